"""Which sentences of an article can be used at all: not boilerplate (sign-up prompts, captions,
headlines without a full stop), and able to stand alone (no opening pronoun or connective, no
first person outside quotation marks, no bare quotation with nobody named as saying it).
"""

from __future__ import annotations

import re

from newsdesk.summarizer.sentences import normalize

_BOILERPLATE = re.compile(
    r"\b(sign up|signup|subscribe|newsletter|read more|click here|all rights reserved|cookies?"
    r"|advertisement|follow us|share this|privacy policy|terms of (use|service)|listen to this"
    r"|story continues|sponsored|image:|photo:|credit:|getty images|log ?in|download the app"
    r"|this article (was|is)|contact us|©|copyright)\b",
    re.I,
)
_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def is_boilerplate(sentence: str) -> bool:
    """Sign-up prompts, 'read more', captions, headlines without a full stop, near-empty text."""
    norm = normalize(sentence)
    if len(norm.split()) < 6 or len(norm.split()) > 70:
        return True
    if _BOILERPLATE.search(norm) or not _END.search(norm):
        return True
    if norm[0].islower() or norm.count('"') % 2:
        return True  # a fragment, or half of a quotation split across sentences
    return not any(c.islower() for c in norm)


_DANGLING_TEXT = (
    "he she they it his her their its this these those that but and also however still yet"
    " meanwhile instead then so"
)
_DANGLING = frozenset(_DANGLING_TEXT.split())
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me|[Oo]urselves)\b")


def needs_context(sentence: str) -> bool:
    """A sentence that cannot stand alone: opens with a pronoun or connective ("He declined…",
    "But…"), speaks in the first person outside quotation marks, or is a bare quotation with
    nobody named as saying it."""
    norm = normalize(sentence)
    first = norm.split(" ", 1)[0].strip('",').lower()
    if first in _DANGLING or norm.startswith(("One,", "Another,", "The other,")):
        return True  # "One, who asked not to be named, said…": one of whom?
    if _FIRST_PERSON.search(re.sub(r'"[^"]*"', " ", norm)):
        return True  # "we launched…" from a company post: fine in a quote, not as our prose
    return norm.startswith('"') and norm.rstrip(" .!?").endswith('"')
