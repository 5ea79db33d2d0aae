"""The front matter of a content file, typed: one parser and one validator for every reader.

The keys are described in :mod:`newsdesk.content`'s docstring, whose ``parse`` is the one parser:
:func:`split` finds the ``---`` fences, :func:`load` turns the YAML between them into a mapping
(:mod:`newsdesk.yaml_block` for the block style newsdesk writes, libyaml through
:mod:`newsdesk.fast_yaml` for the rest) and :func:`validate` checks it and returns a
:class:`FrontMatter`. Every error is a ``ContentError`` naming the file and the key.

The validator checks what the readers rely on: a mapping; a known ``status``; a ``title`` and a
``slug``; lists where lists are read (``sources``, ``discussion``, …, of mappings where entries
are read as mappings); mappings where mappings are read (``verification``, ``review``, …); a
string ``topic``; ISO 8601 or YAML dates; a whole ``reading_time``. Other keys and values are
kept as written, except a key a letter or two off a known one (a typo: ``stauts``);
:attr:`FrontMatter.raw` holds the mapping as parsed, to write the file back unchanged.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from newsdesk import fast_yaml, yaml_block
from newsdesk.errors import ContentError

STATUSES = ("draft", "published", "rejected", "proposal")


class UnknownStatus(ContentError):
    """A ``status:`` that is none of STATUSES; the message names it and them."""


_STATUS_LINE = re.compile(rb"^status:[ \t]*[\"']?([^\"'#\r\n]*?)[\"']?[ \t]*(?:#.*)?$", re.M)
# ``---`` line, the YAML, ``---`` line, the body
FENCED = re.compile(r"\A---\s*\n(.*?)\n---\s*\n?(.*)\Z", re.S)
# keys read as lists whose entries are read as mappings
ENTRY_LISTS = ("sources", "discussion", "timeline", "corrections", "review_log")
# keys read as lists of plain values
VALUE_LISTS = ("dismissed_sources",)
# keys read as mappings
MAPPINGS = ("generator", "verification", "review")
# keys read as dates: a string or a YAML date/datetime
DATES = ("date", "updated", "last_crawl")
# lists inside the entries of a list, or inside a mapping: (outer key, inner key)
NESTED_LISTS = (
    ("sources", "cited_by"),
    ("sources", "also_at"),
    ("discussion", "comments"),
    ("verification", "sentences"),
)
# whole numbers that readers do arithmetic with: (outer key or None, key)
WHOLE_NUMBERS = (
    (None, "excluded"),
    (None, "reading_time"),
    ("sources", "n"),
    ("verification", "checked"),
    ("verification", "flagged"),
)

# the keys newsdesk reads or writes (docs/formats.md): another key is kept as written, but one a
# letter or two off a known key, or in capitals ('Slug'), is a typo ('stauts: published')
KNOWN_KEYS = (
    *ENTRY_LISTS,
    *VALUE_LISTS,
    *MAPPINGS,
    *DATES,
    *("title", "slug", "topic", "status", "story_id", "body_hash", "meta_hash"),
    *("reading_time", "excluded", "sentence_keys", "refused_keys", "accepted_hash", "accept"),
)

Entry = Mapping[str, Any]
DateValue = str | dt.date | None  # dt.datetime is a dt.date


@dataclass(frozen=True)
class FrontMatter:
    """A content file's front matter, validated. ``raw`` is the mapping as parsed."""

    raw: Mapping[str, Any]
    title: str
    slug: str
    status: str
    topic: str
    date: DateValue
    updated: DateValue
    last_crawl: DateValue
    story_id: str | None
    body_hash: str | None
    meta_hash: str | None
    accepted_hash: str | None
    sources: tuple[Entry, ...]
    discussion: tuple[Entry, ...]
    timeline: tuple[Entry, ...]
    corrections: tuple[Entry, ...]
    review_log: tuple[Entry, ...]
    dismissed_sources: tuple[Any, ...]
    generator: Entry | None
    verification: Entry | None
    review: Entry | None
    accept: bool  # a proposal an editor marked ``accept: true``


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_OPENING = re.compile(r"---\s*\n")  # FENCED's first line, as FENCED first tries it


def split(text: str, path: Path) -> tuple[str, str]:
    """(front matter YAML, body) of a content file's text. A byte-order mark before the first
    fence (Notepad writes one) is ignored."""
    text = text.removeprefix("\ufeff")
    opening = _OPENING.match(text)
    if opening is not None:  # FENCED's match, without its lazy scan (0.07 ms a file)
        end = text.find("\n---", opening.end())
        if end >= 0:
            return text[opening.end() : end], text[end + 4 :].lstrip()  # (lstrip: \s*)
    m = FENCED.match(text)
    if m:
        return m.group(1), m.group(2)
    if re.match(r"---[ \t]*\n", text):
        raise ContentError(f"{path}: front matter is not closed (no second '---' line)")
    raise ContentError(f"{path}: no front matter (the file must start with a '---' line)")


def load(front: str, path: Path) -> Any:
    """The YAML between the fences, as Python values (what yaml's SafeLoader gives)."""
    try:
        return yaml_block.load(front) or {}
    except yaml.YAMLError as exc:
        raise ContentError(
            f"{path}: front matter is not valid YAML{fast_yaml.where_broken(exc, front)}"
        ) from None
    except fast_yaml.TooLarge as exc:
        raise ContentError(f"{path}: front matter refused: {exc}") from None
    except ValueError as exc:  # a date that is not one: 2026-13-45
        raise ContentError(f"{path}: front matter holds a value YAML cannot read: {exc}") from None
    except RecursionError:
        raise ContentError(f"{path}: front matter is nested too deeply") from None


def _check_required(meta: Any, path: Path) -> None:
    if not isinstance(meta, dict):
        raise ContentError(f"{path}: front matter must be a mapping of keys to values")
    status = meta.get("status", "draft")
    if status not in STATUSES:
        hint, known = _did_you_mean(str(status).strip().lower(), STATUSES), ", ".join(STATUSES)
        raise UnknownStatus(
            f"{path}: unknown status {status!r}{hint}; the known statuses are {known}"
        )
    for key in meta:
        if key not in KNOWN_KEYS and (hint := _did_you_mean(str(key).lower(), KNOWN_KEYS)):
            raise ContentError(f"{path}: unknown key {key!r}{hint}")
    for key in ("title", "slug"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise ContentError(f"{path}: front matter key {key!r} is missing or empty")


def says_published(raw: bytes) -> bool:
    """Whether a file that does not read meant to be published: its ``status:`` line says
    published in any case (``Published``) or misspelt so that the error suggests it
    (``publised``). Such a file fails the build rather than vanish from the site."""
    line = _STATUS_LINE.search(raw)
    value = line.group(1).decode("utf-8", "replace") if line else ""
    return _closest_status(value) == "published"


def _closest_status(value: str) -> str | None:
    """The status ``value`` was meant as, in any case ('PUBLISHED', 'Publised'): only lower case
    is accepted, but a case slip is a typo, suggested as _check_required's hint suggests it."""
    close = difflib.get_close_matches(value.strip().lower(), STATUSES, n=1, cutoff=0.8)
    return close[0] if close else None


def _did_you_mean(word: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.8)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _is_date(value: str) -> bool:
    """An ISO 8601 date or date and time ('2026-03-02', '2026-03-02T09:00:00Z'), or empty."""
    try:
        dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return not value.strip()
    return True


def _fail(path: Path, key: str, expected: str, value: Any) -> ContentError:
    return ContentError(f"{path}: {key}: expected {expected}, got {_show(value)}")


def _check_types(meta: dict[str, Any], path: Path) -> None:
    for key in (*ENTRY_LISTS, *VALUE_LISTS):
        value = meta.get(key)
        if value is not None and not isinstance(value, list):
            raise _fail(path, key, "a list", value)
        if key in ENTRY_LISTS:
            for i, entry in enumerate(value or [], start=1):
                if not isinstance(entry, dict):
                    raise _fail(path, f"{key}[{i}]", "a mapping", entry)
    for key in MAPPINGS:
        value = meta.get(key)
        if value is not None and not isinstance(value, dict):
            raise _fail(path, key, "a mapping", value)
    for key in DATES:
        value = meta.get(key)
        if value is not None and not isinstance(value, str | dt.date):
            raise _fail(path, key, "a date or a string", value)
        if isinstance(value, str) and not _is_date(value):
            raise _fail(path, key, "a date like 2026-03-02 or 2026-03-02T09:00:00Z", value)
    topic = meta.get("topic")
    if topic is not None and not isinstance(topic, str):
        raise _fail(path, "topic", "a string", topic)
    _check_nested(meta, path)


def _holders(meta: dict[str, Any], outer: str | None) -> list[tuple[str, Any]]:
    """(name, mapping) of the mappings that ``outer`` holds: itself, or its list's entries."""
    if outer is None:
        return [("", meta)]
    value = meta.get(outer)
    if isinstance(value, list):
        return [(f"{outer}[{i}].", e) for i, e in enumerate(value, start=1)]
    return [(f"{outer}.", value)] if isinstance(value, dict) else []


def _check_nested(meta: dict[str, Any], path: Path) -> None:
    """The lists inside entries (``sources[2].cited_by``) and inside mappings; the numbers."""
    for outer, inner in NESTED_LISTS:
        for where, holder in _holders(meta, outer):
            item = holder.get(inner) if isinstance(holder, dict) else None
            if item is not None and not isinstance(item, list):
                raise _fail(path, f"{where}{inner}", "a list", item)
    for maybe_outer, key in WHOLE_NUMBERS:
        for where, holder in _holders(meta, maybe_outer):
            num = holder.get(key) if isinstance(holder, dict) else None
            if num is not None and (not isinstance(num, int) or isinstance(num, bool)):
                raise _fail(path, f"{where}{key}", "a whole number", num)
    verification = meta.get("verification")
    sentences = verification.get("sentences") if isinstance(verification, dict) else None
    for i, sentence in enumerate(sentences or [], start=1):
        reasons = sentence.get("reasons") if isinstance(sentence, dict) else None
        if reasons is not None and not isinstance(reasons, list):
            raise _fail(path, f"verification.sentences[{i}].reasons", "a list", reasons)


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def validate(meta: Any, path: Path) -> FrontMatter:
    """The parsed front matter as a FrontMatter; ContentError naming the file and the key."""
    _check_required(meta, path)
    _check_types(meta, path)
    return FrontMatter(
        raw=meta,
        title=meta["title"],
        slug=meta["slug"],
        status=str(meta.get("status", "draft")),
        topic=meta.get("topic") or "",
        date=meta.get("date"),
        updated=meta.get("updated"),
        last_crawl=meta.get("last_crawl"),
        story_id=_optional_str(meta.get("story_id")),
        body_hash=_optional_str(meta.get("body_hash")),
        meta_hash=_optional_str(meta.get("meta_hash")),
        accepted_hash=_optional_str(meta.get("accepted_hash")),
        sources=tuple(meta.get("sources") or ()),
        discussion=tuple(meta.get("discussion") or ()),
        timeline=tuple(meta.get("timeline") or ()),
        corrections=tuple(meta.get("corrections") or ()),
        review_log=tuple(meta.get("review_log") or ()),
        dismissed_sources=tuple(meta.get("dismissed_sources") or ()),
        generator=meta.get("generator"),
        verification=meta.get("verification"),
        review=meta.get("review"),
        accept=meta.get("accept") is True,
    )


def iso(value: Any) -> str | None:
    """Front-matter dates arrive as strings or (unquoted YAML) datetimes: one ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
