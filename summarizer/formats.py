"""The summarizer's file formats: what ``newsdesk summarize`` and ``newsdesk verify`` read (a
story.json file, a file of lines) and what the verifier answers (a Verdict and its JSON form).

The story.json file interface: ``{"title"?, "items": [{"id", "url", "title", "text",
"published"?, "source"?, "site_name"?}]}`` -> StoryInput (no database, no config).

The verdict on one sentence (verify.Checker.verdict), and its JSON form.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.models import Item, StoryInput


def _item(raw: object, where: str) -> Item:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: expected an object")
    for key in ("id", "url", "title", "text"):
        if not isinstance(raw.get(key), str):
            raise InputError(f"{where}: {key!r} must be a string")
    for key in ("published", "source", "site_name"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise InputError(f"{where}: {key!r} must be a string")
    return Item(
        id=raw["id"],
        url=raw["url"],
        title=raw["title"],
        text=raw["text"],
        published=raw.get("published"),
        # the outlet's name: `newsdesk articles` writes it as site_name (its "source" is the
        # feed's id there), a hand-written file as source
        source=raw.get("site_name") or raw.get("source"),
    )


def load_story(path: str | Path, keywords: tuple[str, ...] = ()) -> StoryInput:
    """Read and check a story.json; InputError names the file (and the line or item)."""
    p = Path(path)
    try:
        raw_text = p.read_text(encoding="utf-8")
        if not raw_text.strip():
            raise InputError(f'{p}: empty file (expected an object with an "items" list)')
        data = json.loads(raw_text)
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except UnicodeDecodeError:
        raise InputError(f"{p}: not UTF-8 text") from None
    except OSError as exc:  # a folder, no permission, ...: still one line, no traceback
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{p}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except RecursionError:  # [[[[… 100,000 deep
        raise InputError(f"{p}: JSON nested too deeply") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise InputError(f'{p}: expected an object with an "items" list')
    if data.get("title") is not None and not isinstance(data["title"], str):
        raise InputError(f"{p}: 'title' must be a string")
    items = tuple(_item(raw, f"{p}: items[{i}]") for i, raw in enumerate(data["items"]))
    if not items:
        raise InputError(f"{p}: 'items' is empty")
    ids = [it.id for it in items]
    if len(set(ids)) != len(ids):
        raise InputError(f"{p}: item ids must be unique")
    return StoryInput(items=items, title=data.get("title"), keywords=keywords)


def load_lines(path: str | Path) -> list[str]:
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except UnicodeDecodeError as exc:
        line = p.read_bytes()[: exc.start].count(b"\n") + 1
        raise InputError(f"{p}: line {line}: not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None


@dataclass(frozen=True)
class Verdict:
    """The verdict on one sentence: ``supported`` is True exactly when ``reasons`` is empty."""

    text: str
    cites: tuple[int, ...] = ()
    reasons: tuple[str, ...] = ()
    suggested: tuple[int, ...] = ()  # sources that support it on their own (when it fails)

    @property
    def supported(self) -> bool:
        return not self.reasons

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"text": self.text, "supported": self.supported}
        out["reasons"] = list(self.reasons)
        return out | ({} if self.supported else {"suggested": list(self.suggested)})


def short(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for a reason's quotation."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
