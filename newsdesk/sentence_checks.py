"""The sentences of a story's body that no check passed: flagged ones, and an editor's own.

Flagged sentences still in a draft are what `review approve` refuses and `review show` explains.

The summarizer wraps each sentence it could not verify in ``<mark class="flag" title="why">``
and lists it in ``verification.sentences`` with its reasons. An editor fixes one by rewriting it
(or deleting it) and removing the mark. A flag counts as outstanding while its mark is in the
body, or while its sentence is still in the body word for word (as a reader sees it: Markdown
escapes and entities undone). A sentence ``draft --drop-flagged`` dropped is not outstanding. A report
that counts flags without listing them keeps them all while the body is untouched.

Which sentences of an edited story an editor wrote and no machine checked (:func:`tally`).
``newsdesk draft`` stores, in the front matter's ``sentence_keys``, a key for every sentence of
the body that the verifier checked (``newsdesk.text.sentence_key``: its words and the sources
it cites). A sentence of the body whose key is not there was written or changed by an editor
after drafting: the page's caveat names those sentences only, so an editor who deleted,
reordered or restored checked sentences does not put the whole page under doubt. A story file
without ``sentence_keys`` (drafted before the keys existed) keeps the whole-page caveat.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newsdesk.content import ContentFile
from newsdesk.frontmatter import FrontMatter
from newsdesk.text import (
    body_sentences,
    cites_a_source,
    line_sentences,
    plain_sentence,
    sentence_key,
)

MARK = re.compile(r"<mark\b[^>]*\bclass=[\"']?flag\b[^>]*>(.*?)</mark>", re.S | re.I)
_TITLE = re.compile(r"\btitle=(?:\"([^\"]*)\"|'([^']*)')", re.I)
_CITE = re.compile(r"\[(\d+)\]")
_CITES_AFTER = re.compile(r"(?:\s*\[\d+\])+")


@dataclass(frozen=True)
class Flag:
    text: str  # the sentence, without marks
    reasons: tuple[str, ...]
    cites: tuple[int, ...]  # the source numbers the sentence cites


def clipped(sentence: str) -> str:
    """A flagged sentence as an error message quotes it: 80 characters at most."""
    return sentence if len(sentence) <= 80 else sentence[:77] + "..."


def strip_marks(text: str) -> str:
    """The text with every <mark class="flag"> tag removed (its content kept)."""
    return MARK.sub(lambda m: m.group(1), text)


_MD_ESCAPE = re.compile(r"\\([\\`*_\[\]#+\-.!(){}<>|])")


def norm(text: str) -> str:
    """Compare as the reader sees it: marks, Markdown escapes and HTML entities undone."""
    plain = html.unescape(_MD_ESCAPE.sub(r"\1", strip_marks(text)))
    return " ".join(plain.split())


def _cites(sentence: str, body: str) -> tuple[int, ...]:
    found = [int(n) for n in _CITE.findall(sentence)]
    if not found:  # the markers may follow the sentence (or its closing mark) in the body
        flat = norm(body)
        at = flat.find(norm(sentence))
        if at >= 0:
            m = _CITES_AFTER.match(flat, at + len(norm(sentence)))
            found = [int(n) for n in _CITE.findall(m.group(0))] if m else []
    return tuple(dict.fromkeys(found))


def _reported(fm: FrontMatter) -> list[Mapping[str, Any]]:
    sentences = fm.verification.get("sentences") if fm.verification is not None else None
    out: list[Mapping[str, Any]] = []
    for s in sentences or []:
        if not isinstance(s, dict) or not s.get("text"):
            continue
        if s.get("reasons") or s.get("supported") is False:
            out.append(s)
    return out


def reported_count(fm: FrontMatter) -> int:
    """How many flagged sentences the verification report counts (listed or not)."""
    ver = fm.verification
    try:
        return int(ver.get("flagged") or 0) if ver is not None else 0
    except (TypeError, ValueError):
        return 0


def outstanding_flags(cf: ContentFile) -> list[Flag]:
    """The flagged sentences an editor has not fixed yet, in body order where known."""
    body = cf.body
    flat = norm(body)
    flags: list[Flag] = []
    seen: set[str] = set()
    for s in _reported(cf.fm):
        text = norm(str(s["text"]))
        if text not in flat:
            continue  # rewritten or deleted by the editor, or dropped by draft --drop-flagged
        reasons = tuple(str(r) for r in s.get("reasons") or []) or ("not supported",)
        flags.append(Flag(text, reasons, _cites(str(s["text"]), body)))
        seen.add(text)
    for m in MARK.finditer(body):
        inner = norm(m.group(1))
        if not inner or any(inner in t or t in inner for t in seen):
            continue
        tm = _TITLE.search(m.group(0))
        reason = html.unescape(tm.group(1) or tm.group(2)) if tm else "flagged"
        flags.append(Flag(inner, (reason,), _cites(m.group(1), body)))
        seen.add(inner)
    missing = reported_count(cf.fm) - len(flags)
    if not cf.edited and missing > 0 and not _reported(cf.fm):  # a count without a list
        flags.append(
            Flag(f"({missing} more flagged sentence(s) counted but not listed)", ("flagged",), ())
        )
    return flags


# [n] and [n, m] as the site links them (sitebuilder/markdown.py), so both count the same ones
_BODY_CITE = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_SEPARATOR = re.compile(r"\s*[,;]\s*")


def cited_numbers(body: str) -> list[int]:
    """Every source number the text cites, in order of first citation."""
    groups = _BODY_CITE.findall(body)
    if "".join(groups).isdigit():  # every group one number (a story's usual [n]): no split
        return list(dict.fromkeys(map(int, groups)))
    found = (
        int(n)
        for group in groups
        for n in ((group,) if group.isdigit() else _SEPARATOR.split(group))
    )
    return list(dict.fromkeys(found))


def source_numbers(fm: FrontMatter) -> set[int]:
    """The numbers of the story's ``sources:`` list (entries without a number are skipped)."""
    out: set[int] = set()
    for s in fm.sources:
        try:
            out.add(int(s.get("n")))  # type: ignore[arg-type]
        except (TypeError, ValueError, AttributeError):
            continue
    return out


def citation_problems(body: str, numbers: set[int], status: str) -> list[str]:
    """Why a story's citations would publish a broken page, one line each (empty: none).
    `review approve` and `review record` refuse these; `build-site` reports them."""
    cited = cited_numbers(body)
    if cited and not numbers:
        listed = "".join(f"[{n}]" for n in cited[:5]) + ("…" if len(cited) > 5 else "")
        return [f"the text cites {listed} but the story has no sources: list"]
    problems = [f"citation [{n}] has no source {n} (broken internal link)" for n in cited
                if n not in numbers]  # fmt: skip
    if not numbers and status == "published":
        problems.append("a published story needs at least one source; its sources: list is empty")
    return problems


def story_problems(cf: ContentFile, status: str | None = None) -> list[str]:
    """`citation_problems` of a content file (as if its status were ``status``)."""
    return citation_problems(cf.body, source_numbers(cf.fm), status or cf.status)


_MARK = "<mark"
UNCONFIRMED = '<mark class="unconfirmed" title="an editor\'s sentence the check did not confirm">'
REFUSED = '<mark class="unconfirmed" title="an editor\'s sentence the check refused">'


@dataclass(frozen=True)
class Tally:
    """A body read against its recorded keys, in one pass."""

    unchecked: tuple[str, ...]  # the editor's sentences no check passed, markers removed, in order
    checked: int  # sentences a machine checked: key recorded (drafted, or passed by
    # ``newsdesk verify --record``), or still flagged; after an edit, what the page can claim
    uncited: int  # of the unchecked, those that cite no source
    refused: tuple[str, ...] = ()  # of the unchecked, those a check ran on and refused
    # (``refused_keys``, recorded by ``verify --record`` and ``review approve``); the others
    # were not checked yet


def _keys(recorded: Any) -> list[str]:
    """A recorded list of sentence keys as strings (anything else: none)."""
    return [str(k) for k in recorded] if isinstance(recorded, list) else []


def _confirmed(sentence: str, key: str, known: set[str]) -> bool:
    """A sentence a machine checked: still flagged (marked), or its key recorded."""
    return _MARK in sentence.lower() or key in known


def tally(body: str, keys: Any, refused_keys: Any = None) -> Tally | None:
    """The body's sentences sorted into checked and the editor's own; None when the file
    records no keys (then only 'edited by an editor' can be said)."""
    if not isinstance(keys, list):
        return None
    known = {str(k) for k in keys}
    no = set(_keys(refused_keys))
    mine: list[str] = []
    refused: list[str] = []
    checked = uncited = 0
    for s in body_sentences(body):
        key = sentence_key(s)
        if _confirmed(s, key, known):
            checked += 1
        else:
            mine.append(plain_sentence(s))
            uncited += not cites_a_source(s)
            if key in no:
                refused.append(mine[-1])
    return Tally(tuple(mine), checked, uncited, tuple(refused))


def file_tally(meta: Mapping[str, Any], body: str) -> Tally | None:
    """:func:`tally` of a story file's body with its recorded ``sentence_keys`` and
    ``refused_keys``."""
    return tally(body, meta.get("sentence_keys"), meta.get("refused_keys"))


def record_checks(
    meta: Mapping[str, Any], body: str, passed: Iterable[str], refused: Iterable[str]
) -> dict[str, Any] | None:
    """The front matter with the keys of sentences a check passed added to ``sentence_keys``
    and those it refused kept in ``refused_keys`` (a sentence that passes, or that left the
    body, leaves it); None when nothing changes."""
    old = meta.get("sentence_keys")
    keys = _keys(old)
    new = [k for k in dict.fromkeys(passed) if k not in keys]
    ok = set(keys) | set(new)
    in_body = {sentence_key(s) for s in body_sentences(body)}
    was = meta.get("refused_keys")
    no = _keys(was)
    no = [k for k in dict.fromkeys([*no, *refused]) if k not in ok and k in in_body]
    out = {**meta, "sentence_keys": keys + new}
    if no:
        out["refused_keys"] = no
    else:
        out.pop("refused_keys", None)
    return None if out == dict(meta) else out


def unchecked(body: str, keys: Any) -> tuple[str, ...] | None:
    """The body's sentences (markers removed) that are neither checked nor flagged, in order;
    None when the file records no keys."""
    told = tally(body, keys)
    return None if told is None else told.unchecked


def marked(body: str, keys: Any, refused_keys: Any = None) -> str:
    """The body as the page shows it: each of the editor's sentences that no check confirmed
    inside ``<mark class="unconfirmed">`` where it stands (the story file keeps its text; the
    page had only its caveat and a list at the foot). A quote line is marked before its
    caption ('“…” — speaker [2]'), which the page sets apart. A sentence a check ran on and
    refused (``refused_keys``) is marked as refused, the others as not yet confirmed."""
    if not isinstance(keys, list):
        return body
    known = {str(k) for k in keys}
    refused = set(_keys(refused_keys))
    lines = body.splitlines()
    for i, line in enumerate(lines):
        for s in line_sentences(line):
            if _confirmed(s, sentence_key(s), known):
                continue
            words = s.rpartition(" \u2014 ")[0] or s
            mark = REFUSED if sentence_key(s) in refused else UNCONFIRMED
            lines[i] = lines[i].replace(words, f"{mark}{words}</mark>", 1)
    return "\n".join(lines)
