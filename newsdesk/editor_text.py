"""Which sentences of an edited story an editor wrote and no machine checked.

``newsdesk draft`` stores, in the front matter's ``sentence_keys``, a key for every sentence of
the body that the verifier checked (``newsdesk.text.sentence_key``: its words and the sources
it cites). A sentence of the body whose key is not there was written or changed by an editor
after drafting: the page's caveat names those sentences only, so an editor who deleted,
reordered or restored checked sentences does not put the whole page under doubt. A story file
without ``sentence_keys`` (drafted before the keys existed) keeps the whole-page caveat.
"""

from __future__ import annotations

from typing import Any

from newsdesk.text import body_sentences, cites_a_source, plain_sentence, sentence_key

_MARK = "<mark"


def unchecked(body: str, keys: Any) -> tuple[str, ...] | None:
    """The body's sentences (markers removed) that are neither checked nor flagged, in order;
    None when the file records no keys (then only 'edited by an editor' can be said)."""
    if not isinstance(keys, list):
        return None
    known = {str(k) for k in keys}
    return tuple(
        plain_sentence(s)
        for s in body_sentences(body)
        if _MARK not in s.lower() and sentence_key(s) not in known
    )


def checked_count(body: str, keys: Any) -> int | None:
    """How many of the body's sentences a machine checked: those whose key is recorded
    (drafted, or an editor's passed by ``newsdesk verify --record``) and those still flagged;
    None when the file records no keys. After an edit this, not the count at drafting time,
    is what the page can claim."""
    if not isinstance(keys, list):
        return None
    known = {str(k) for k in keys}
    return sum(_MARK in s.lower() or sentence_key(s) in known for s in body_sentences(body))


def uncited(body: str, keys: Any) -> int:
    """How many of the editor's unchecked sentences (see :func:`unchecked`) cite no source."""
    if not isinstance(keys, list):
        return 0
    known = {str(k) for k in keys}
    return sum(
        _MARK not in s.lower() and sentence_key(s) not in known and not cites_a_source(s)
        for s in body_sentences(body)
    )
