"""The Hacker News threads in a draft: how the thread received the story, in newsdesk's words
(its reach, when it was posted, who commented), its post and first comments quoted word for word,
and the text a thread's [n] is checked against."""

from __future__ import annotations

import re

from newsdesk.summarizer.editorial import stands_alone
from newsdesk.summarizer.sentences import split_sentences
from newsdesk.summarizer.spread import lag

from newsdesk.models import Discussion, StoryInput

MAX_COMMENTS = 5
MAX_DISCUSSION_QUOTES = 2  # per thread, in the body
COMMENT_WORDS = 25  # a longer sentence of a comment is no short quote (it crowds out the rest)


def thread_sentence(d: Discussion, linked: str | None, after: str = "") -> str:
    """'On Hacker News, a thread linking to Circuit Report's article, posted within hours of the
    first report, drew 312 points and 7 comments.' (a thread linking elsewhere, or a text post,
    is named by its title, quoted)."""
    what = (
        f"a thread linking to {linked}'s article" if linked else f"the thread \u201c{d.title}\u201d"
    )
    when = f", posted {after} of the first report," if after.startswith("within") else ""
    return f"On Hacker News, {what}{when} drew {d.points} points and {d.num_comments} comments."


def commenters_sentence(d: Discussion) -> str:
    """'Its top comments, in Hacker News' order, came from gradlewrapper, mkrause and lindqvist.'
    ('' with fewer than two commenters)."""
    authors = list(dict.fromkeys(c.author for c in sorted(d.comments, key=lambda c: c.rank)))
    authors = [a for a in authors[:MAX_COMMENTS] if a]
    if len(authors) < 2:
        return ""
    names = ", ".join(authors[:-1]) + " and " + authors[-1]
    return f"Its top comments, in Hacker News' order, came from {names}."


def linked_source(story: StoryInput, d: Discussion) -> str | None:
    """The name of the story's source a thread links to, if any."""
    if not d.url:
        return None
    for s in story.sources:
        if s.role != "discussion" and d.url in (s.url, *s.also_at):
            return s.name or s.outlet
    return None


def discussion_text(d: Discussion, linked: str | None = None, after: str = "") -> str:
    """The text a discussion source is checked against: its facts and its comments."""
    head = thread_sentence(d, linked, after)
    parts = [head, commenters_sentence(d)] + [
        f"{_said_by(a, poster=True)} {t}" for a, t in [(d.author, d.text)] if t
    ]
    parts += [f"{_said_by(c.author, poster=False)} {c.text}" for c in d.comments if c.text]
    return "\n\n".join(parts)


def _said_by(author: str, *, poster: bool) -> str:
    """How a thread's post or comment is introduced, in the draft and in the text it is checked
    against: 'The poster, nightbuild, wrote:' / 'Commenter mkrause wrote:' (after the sentence
    naming the thread, so 'On Hacker News' is not said three times over)."""
    return f"The poster, {author}, wrote:" if poster else f"Commenter {author} wrote:"


# "a softer version of this.", "this is how", "like that.": a demonstrative standing for what
# came before (the article, another comment), not one naming its noun ("this quarter")
_POINTS_BACK = re.compile(
    r"\b(?:this|these|those)\b(?=\s*(?:[.,;:!?)]|$|(?:is|was|are|were|has|had|happens|happened"
    r"|means|meant|will|would|could|can)\b))|\bthat\s*[.!?;]",
    re.I,
)


def _quotable(text: str) -> str | None:
    """The first sentence of a post or comment that can stand as a short quote on its own: not
    one whose pronoun or demonstrative points at what it answers ('We had a softer version of
    this.', 'That is not laziness'), which is lost in a draft."""
    for sent in split_sentences(text):
        if not 6 <= len(sent.split()) <= COMMENT_WORDS or any(q in sent for q in '"\u201c\u201d'):
            continue
        if stands_alone(sent) and not _POINTS_BACK.search(sent):
            return sent
    return None


def discussion_sentences(story: StoryInput) -> list[tuple[str, tuple[int, ...]]]:
    """What the HN threads add to "Reaction and discussion": the thread's reach, the post of an
    Ask HN, and the first comments (HN's order), each quoted word for word and cited."""
    out: list[tuple[str, tuple[int, ...]]] = []
    for d in story.discussions:
        n = next((k for k, s in enumerate(story.sources, 1) if s.hn_id == d.hn_id), None)
        if n is None:
            continue
        out.append((thread_sentence(d, linked_source(story, d), after_first(story, d)), (n,)))
        if who := commenters_sentence(d):
            out.append((who, (n,)))
        posts = [(d.author, d.text, True)] + [
            (c.author, c.text, False) for c in sorted(d.comments, key=lambda c: c.rank)
        ]
        quoted = 0
        for author, text, poster in posts:
            sent = _quotable(text) if author and text else None
            if sent and quoted < MAX_DISCUSSION_QUOTES:
                out.append((f"{_said_by(author, poster=poster)} \u201c{sent}\u201d", (n,)))
                quoted += 1
    return out


def after_first(story: StoryInput, d: Discussion) -> str:
    first = next((s for s in story.sources if s.role == "original"), None)
    return lag(first.published, d.created) if first else ""
