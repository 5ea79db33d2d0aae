"""An Ask HN thread told as a short piece in newsdesk's words: what was asked (the poster's
question, quoted and attributed), how many answered, and a headline that says what the thread
is about ("Hacker News readers answer whether tokenmaxxing is happening at their company")
instead of the thread's raw title."""

from __future__ import annotations

import re

from newsdesk.summarizer.sentences import split_sentences

from newsdesk.models import Discussion
from newsdesk.text import counted

QUESTION_WORDS = (4, 40)  # a post's question quoted whole: not a fragment, not a paragraph
CLAUSE_WORDS = 7  # the whether-clause of a headline ('Hacker News readers answer whether …')

_ASK = re.compile(r"^\s*Ask HN\s*[:\-\u2013\u2014]\s*", re.I)
_BE = re.compile(r"^(?P<aux>Is|Are|Was|Were)\s+(?P<rest>[^?]+?)\s*\?$")
# a question that leans on the post before it: 'Is that normal where you live?', 'Is anything
# like this pinned up at your harbour?' (the title's question is told instead)
_LEANS = re.compile(
    r"^\w+ (?:that|this|these|those|it|they)\b|\blike (?:this|that)\b|\bsuch\b", re.I
)
_PARTICIPLE = re.compile(r"^[a-z]+(?:ing|ed)$")
_FIRST = frozenset(("i", "me", "my", "mine", "we", "us", "our", "ours", "i'm", "we're"))
# the asker's readers, told from the outside ('your company' → 'their company')
_PERSON = {"your": "their", "yours": "theirs", "you": "they", "yourself": "themselves"}


def is_question(d: Discussion) -> bool:
    """A text post that asks its readers something: an Ask HN, or a title that is a question."""
    return d.url is None and bool(_ASK.match(d.title) or d.title.rstrip().endswith("?"))


def question(d: Discussion) -> str | None:
    """What the poster asked, word for word: the post's last sentence that is a question, else
    the title's question without its 'Ask HN:' prefix (None: neither is one)."""
    asked = [
        s
        for s in split_sentences(d.text)
        if s.endswith("?") and not any(q in s for q in '"\u201c\u201d') and not _LEANS.search(s)
    ]
    lo, hi = QUESTION_WORDS
    asked = [s for s in asked if lo <= len(s.split()) <= hi]
    if asked:
        return asked[-1]
    title = _ASK.sub("", d.title).strip()
    return title if title.endswith("?") and lo <= len(title.split()) <= hi else None


def asked_sentence(d: Discussion) -> str | None:
    """'On Hacker News, nightbuild asked: “Is token maxxing a thing where you work …?”'."""
    q = question(d)
    if q is None:
        return None
    who = d.author or "a reader"
    return f"On Hacker News, {who} asked: \u201c{q}\u201d"


def answered_sentence(d: Discussion) -> str:
    """'The question drew 2 answers and 58 points.' (the thread's reach, counted by HN)."""
    answers = "no answers" if not d.num_comments else counted(d.num_comments, "answer", "answers")
    return f"The question drew {answers} and {counted(d.points, 'point', 'points')}."


def checked_text(d: Discussion) -> list[str]:
    """The thread's facts in the words the draft tells them, for the text its [n] is checked
    against ('' left out)."""
    if not is_question(d):
        return []
    asked = asked_sentence(d)
    told = [asked.replace("\u201c", "").replace("\u201d", "")] if asked else []
    return [*told, answered_sentence(d)]


def whether(title: str) -> str | None:
    """The yes-or-no question of a title as a whether-clause told from the outside: 'Ask HN: Is
    tokenmaxxing happening at your company?' → 'whether tokenmaxxing is happening at their
    company' (None: a question of another form, or too long for a headline)."""
    m = _BE.match(_ASK.sub("", title).strip())
    if m is None:
        return None
    words = m.group("rest").split()
    # the participle after a subject of a word or more ('tokenmaxxing' is the subject's)
    at = next((i for i, w in enumerate(words) if i and _PARTICIPLE.match(w)), None)
    if at is None or not 1 <= at <= 4 or len(words) + 1 > CLAUSE_WORDS:
        return None
    if _FIRST.intersection(w.lower().strip(",.") for w in words):
        return None  # 'Is my team …': the poster's, which a whether-clause would give no one
    told = [*words[:at], m.group("aux").lower(), *words[at:]]
    told = [_PERSON.get(w.lower(), w) for w in told]
    return "whether " + " ".join(told)


def asked_headline(d: Discussion) -> str | None:
    """'Hacker News readers answer whether tokenmaxxing is happening at their company'; a
    question of another form quoted as the poster's, without 'Ask HN:' ('Hacker News readers
    answer: “Does your ferry operator publish its fuel costs?”'). None: no question."""
    if not is_question(d):
        return None
    verb = "answer" if d.num_comments else "are asked"
    if clause := whether(d.title):
        return f"Hacker News readers {verb} {clause}"
    title = _ASK.sub("", d.title).strip()
    if not title.endswith("?") or any(q in title for q in '"\u201c\u201d'):
        return None
    return f"Hacker News readers {verb}: \u201c{title}\u201d"
