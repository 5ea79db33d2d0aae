"""The Hacker News threads in a draft: how the thread received the story, in newsdesk's words
(its reach, when it was posted, who commented), its post and first comments quoted word for word,
and the text a thread's [n] is checked against."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsdesk.summarizer.asked import answered_sentence, asked_sentence, checked_text, is_question
from newsdesk.summarizer.draft import CommentHighlight, DiscussionHighlight
from newsdesk.summarizer.editorial import stands_alone
from newsdesk.summarizer.sentences import split_sentences
from newsdesk.summarizer.spread import lag

from newsdesk.models import Discussion, StoryInput

if TYPE_CHECKING:
    from newsdesk.summarizer.excerpts import Budget

Pair = tuple[str, tuple[int, ...]]

MAX_COMMENTS = 5
MAX_DISCUSSION_QUOTES = 2  # per thread, in the body
COMMENT_CHARS = 400  # a comment of two short paragraphs is shown whole (at 240 the demo's
# TokenRank box lost gradlewrapper's second paragraph, the one sentence the article quotes)
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
    # the commenters' names stay checkable: a draft written before they were dropped cites them
    parts = [head, commenters_sentence(d), *checked_text(d)]
    for author, text, poster in [(d.author, d.text, True)] + [
        (c.author, c.text, False) for c in d.comments
    ]:
        if text:
            parts.append(f"{_said_by(author, poster=poster)} {text}")
            # the sentence a draft may quote, with who wrote it: a later paragraph of a post
            # whose first quotes a phrase was read as nobody's (the Ask HN poster's question)
            if (sent := _quotable(text)) and not text.startswith(sent):
                parts.append(f"{_said_by(author, poster=poster)} {sent}")
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
    r"|means|meant|will|would|could|can)\b))|\bthat\s*[.!?;]"
    # 'the same chart' (the one the post named), not 'the same day' or 'the same as'
    r"|\bthe same\b(?!\s+(?:day|days|time|week|month|year|way|as)\b)",
    re.I,
)


# 'it', 'they' with nothing before them they could stand for: no determiner or possessive
# ('the chart … next to it'), no name after the first word ('Brightforge turned it off')
_THIRD = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)
_ANTECEDENT = re.compile(
    r"\b(?:the|a|an|our|my|your|his|her|this|these|those|every|each)\b|(?<=\s)[A-Z][a-z]"
)
_NO_NAME = frozenset(
    ("nobody", "somebody", "someone", "everyone", "everybody", "anyone", "nothing", "something")
    + ("we", "i", "you", "he", "she", "there", "it", "they", "this", "that", "what")
)


def _pronoun_first(sent: str) -> bool:
    """Whether an 'it' or 'they' comes before anything it could stand for: 'Nobody has said it
    counts for anything' (it: the slide the post named a sentence before)."""
    m = _THIRD.search(sent)
    if m is None:
        return False
    before = sent[: m.start()]
    first = before.split()[0].lower().strip(",") if before.split() else ""
    return not _ANTECEDENT.search(before) and (not first or first in _NO_NAME)


def _quotable(text: str) -> str | None:
    """The first sentence of a post or comment that can stand as a short quote on its own: not
    one whose pronoun or demonstrative points at what it answers ('We had a softer version of
    this.', 'That is not laziness', 'Nobody has said it counts', 'asking for the same chart',
    a later sentence's 'The chart …'), which is lost in a draft."""
    for i, sent in enumerate(split_sentences(text)):
        if not 6 <= len(sent.split()) <= COMMENT_WORDS or any(q in sent for q in '"\u201c\u201d'):
            continue
        if i and re.match(r"The [a-z]", sent):  # 'The chart quietly disappeared': named before
            continue
        if stands_alone(sent) and not _POINTS_BACK.search(sent) and not _pronoun_first(sent):
            return sent
    return None


def discussion_sentences(story: StoryInput) -> list[tuple[str, tuple[int, ...]]]:
    """What the HN threads add to "Reaction and discussion": the thread's reach, and its first
    comments (HN's order), or the post of an Ask HN when too few comments can be quoted, each
    quoted word for word and cited. An Ask HN is told as what was asked (the poster's question,
    quoted), how many answered, and what the answers said (asked.py); who the top commenters
    were is no news to a reader, so it is not said."""
    out: list[tuple[str, tuple[int, ...]]] = []
    for d in story.discussions:
        n = next((k for k, s in enumerate(story.sources, 1) if s.hn_id == d.hn_id), None)
        if n is None:
            continue
        if is_question(d) and (asked := asked_sentence(d)):
            out += [(asked, (n,)), (answered_sentence(d), (n,))]
            out += _quoted(d, n, post=False)
            continue
        out.append((thread_sentence(d, linked_source(story, d), after_first(story, d)), (n,)))
        out += _quoted(d, n)
    return out


def _quoted(d: Discussion, n: int, *, post: bool = True) -> list[tuple[str, tuple[int, ...]]]:
    """Up to MAX_DISCUSSION_QUOTES short quotes of a thread: how it received the story is in
    its comments, so they come first (HN's order), then the post (an Ask HN's question) when
    too few can be quoted (``post``: the post's question is not told already); told in the
    thread's order, the post before its comments."""
    posts = [(c.author, c.text, False) for c in sorted(d.comments, key=lambda c: c.rank)]
    if post:
        posts.append((d.author, d.text, True))
    chosen: list[tuple[bool, int, str]] = []
    for i, (author, text, poster) in enumerate(posts):
        sent = _quotable(text) if author and text else None
        if sent and len(chosen) < MAX_DISCUSSION_QUOTES:
            chosen.append((not poster, i, f"{_said_by(author, poster=poster)} \u201c{sent}\u201d"))
    return [(line, (n,)) for _, _, line in sorted(chosen)]


def after_first(story: StoryInput, d: Discussion) -> str:
    first = next((s for s in story.sources if s.role == "original"), None)
    return lag(first.published, d.created) if first else ""


def reception(
    talk: list[Pair], heads: list[Pair], budget: Budget, *, alone: bool
) -> tuple[list[Pair], frozenset[str]]:
    """The thread lines a draft keeps (``talk``: discussion_sentences; ``heads``: those of
    newsdesk's words) and those the quoting share does not count. When the threads are the
    story's only readable sources (``alone``), their quoted comments are how the thread received
    it and the draft's only word of what was said: held to the per-source limit only (the
    share, counted against two lines of counts, left the demo's Ask HN draft with no comment at
    all). Otherwise every quote takes its place in the budget."""
    kept = [p for p in talk if p in heads or budget.take(p[0], p[1][0], lead=alone)]
    # an Ask HN's question, quoted in newsdesk's line that opens it, is its reception too
    told = frozenset(p[0] for p in kept if alone)
    return kept, told


def shorten(text: str, limit: int = COMMENT_CHARS) -> str:
    """Whole paragraphs, then whole sentences, up to ``limit`` characters, paragraphs apart (a
    blank line between); text left out ends the last with '…' (else cut at a word)."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    if sum(len(p) + 2 for p in paras) <= limit + 2:
        return "\n\n".join(paras)
    out: list[str] = []
    room = limit
    for para in paras:
        sents = split_sentences(para)
        kept = []
        for sent in sents:
            if len(sent) + 1 > room:
                break
            kept.append(sent)
            room -= len(sent) + 1
        if kept:
            out.append(" ".join(kept))
        if len(kept) < len(sents):
            break
    if not out:
        return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
    return "\n\n".join(out) + " \u2026"


def highlights(story: StoryInput) -> tuple[DiscussionHighlight, ...]:
    """The story's HN threads with their top comments in HN's order, shortened."""
    n_of = {s.hn_id: n for n, s in enumerate(story.sources, 1) if s.hn_id is not None}
    out = []
    for d in story.discussions:
        comments = tuple(
            CommentHighlight(c.id, c.author, shorten(c.text), c.url)
            for c in sorted(d.comments, key=lambda c: c.rank)[:MAX_COMMENTS]
            if c.text.strip()
        )
        out.append(
            DiscussionHighlight(
                n_of.get(d.hn_id, 0), d.hn_id, d.hn_url, d.title, d.points, d.num_comments, comments
            )
        )
    return tuple(out)
