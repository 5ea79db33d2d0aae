"""Which sentences of an edited story an editor wrote and no machine checked.

``newsdesk draft`` stores, in the front matter's ``sentence_keys``, a key for every sentence of
the body that the verifier checked (``newsdesk.text.sentence_key``: its words and the sources
it cites). A sentence of the body whose key is not there was written or changed by an editor
after drafting: the page's caveat names those sentences only, so an editor who deleted,
reordered or restored checked sentences does not put the whole page under doubt. A story file
without ``sentence_keys`` (drafted before the keys existed) keeps the whole-page caveat.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsdesk.text import (
    body_sentences,
    cites_a_source,
    line_sentences,
    plain_sentence,
    sentence_key,
)

_MARK = "<mark"
UNCONFIRMED = '<mark class="unconfirmed" title="an editor\'s sentence the check did not confirm">'


@dataclass(frozen=True)
class Tally:
    """A body read against its recorded keys, in one pass."""

    unchecked: tuple[str, ...]  # the editor's sentences no check passed, markers removed, in order
    checked: int  # sentences a machine checked: key recorded (drafted, or passed by
    # ``newsdesk verify --record``), or still flagged; after an edit, what the page can claim
    uncited: int  # of the unchecked, those that cite no source


def tally(body: str, keys: Any) -> Tally | None:
    """The body's sentences sorted into checked and the editor's own; None when the file
    records no keys (then only 'edited by an editor' can be said)."""
    if not isinstance(keys, list):
        return None
    known = {str(k) for k in keys}
    mine: list[str] = []
    checked = uncited = 0
    for s in body_sentences(body):
        if _MARK in s.lower() or sentence_key(s) in known:
            checked += 1
        else:
            mine.append(plain_sentence(s))
            uncited += not cites_a_source(s)
    return Tally(tuple(mine), checked, uncited)


def unchecked(body: str, keys: Any) -> tuple[str, ...] | None:
    """The body's sentences (markers removed) that are neither checked nor flagged, in order;
    None when the file records no keys."""
    told = tally(body, keys)
    return None if told is None else told.unchecked


def marked(body: str, keys: Any) -> str:
    """The body as the page shows it: each of the editor's sentences that no check confirmed
    inside ``<mark class="unconfirmed">`` where it stands (the story file keeps its text; the
    page had only its caveat and a list at the foot). A quote line is marked before its
    caption ('“…” — speaker [2]'), which the page sets apart."""
    if not isinstance(keys, list):
        return body
    known = {str(k) for k in keys}
    lines = body.splitlines()
    for i, line in enumerate(lines):
        for s in line_sentences(line):
            if _MARK in s.lower() or sentence_key(s) in known:
                continue
            words = s.rpartition(" \u2014 ")[0] or s
            lines[i] = lines[i].replace(words, f"{UNCONFIRMED}{words}</mark>", 1)
    return "\n".join(lines)
