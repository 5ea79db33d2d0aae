"""newsdesk.toml as a typed schema.

Every section is a frozen dataclass (:mod:`newsdesk.config_schema`); :func:`load_config` walks
the parsed TOML against the dataclasses, collects *every* problem (unknown key, wrong type, bad
value, missing required key) with its key path, and raises one :class:`ConfigError` listing
them all.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
import tomllib
import types
import typing
import unicodedata
from pathlib import Path
from typing import Any

from newsdesk.config_schema import (
    DEFAULT_DISCUSSION,
    DEFAULT_PRIMARY,
    DEFAULT_PRIMARY_PATTERNS,
    REQUIRED,
    BuildConfig,
    Config,
    CrawlConfig,
    FeedConfig,
    HackerNewsConfig,
    LLMConfig,
    OutletsConfig,
    SiteConfig,
    StoriesConfig,
    SummarizerConfig,
    TopicConfig,
    plain_text,
)
from newsdesk.errors import ConfigError, toml_error

# fmt: off
__all__ = [
    "REQUIRED", "DEFAULT_DISCUSSION", "DEFAULT_PRIMARY", "DEFAULT_PRIMARY_PATTERNS",
    "SiteConfig", "CrawlConfig", "HackerNewsConfig", "TopicConfig", "FeedConfig",
    "OutletsConfig", "StoriesConfig", "LLMConfig", "SummarizerConfig", "BuildConfig", "Config",
    "load_config", "parse_config",
]
# fmt: on

# --- schema walking -----------------------------------------------------------------------

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# upper bounds of crawl settings: a slow-drip host holds a request for timeout seconds, and a
# failing one for about backoff * 2**retries seconds more
_CRAWL_MOST = {
    "timeout": 600,
    "retries": 10,
    "backoff": 60,
    "max_redirects": 30,
    "max_retry_after": 600,
}

# whole numbers with bounds: 'per_page = 0' ended build-site in a ZeroDivisionError, and a huge
# count sized arrays (num_perm: a signature per article) or requests (hits_per_page) by it
_COUNTS = (
    ("build", "per_page", 1, 10_000),
    ("summarizer", "synopsis_sentences", 1, 50),
    ("summarizer", "takeaways", 0, 50),
    ("summarizer", "body_sentences", 0, 200),
    ("hackernews", "max_pages", 0, 100),
    ("hackernews", "hits_per_page", 1, 1_000),
    ("hackernews", "max_comments", 0, 500),
    ("stories", "num_perm", 1, 1_024),
    ("stories", "shingle_size", 1, 50),
    ("stories", "text_words", 1, 100_000),
)


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list:
        return f"a list of {_type_name(typing.get_args(tp)[0])}s"
    if origin is dict:
        return "a table"
    if dataclasses.is_dataclass(tp):
        return "a table"
    return {str: "string", int: "integer", float: "number", bool: "boolean"}.get(tp, str(tp))


def _convert(tp: Any, value: Any, path: str, errors: list[str]) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
        origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            errors.append(f"{path}: expected a table, got {type(value).__name__}")
            return None
        return _build(typing.cast(type, tp), value, path, errors)
    if origin is list:
        (inner,) = typing.get_args(tp)
        if not isinstance(value, list):
            errors.append(f"{path}: expected {_type_name(tp)}, got {type(value).__name__}")
            return None
        return [_convert(inner, v, f"{path}[{i}]", errors) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            errors.append(f"{path}: expected a table of strings")
            return None
        return dict(value)
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > 2**53:  # float() of a 400-digit integer raises OverflowError
            errors.append(f"{path}: number too large, got {str(value)[:20]}…")
            return None
        return float(value)
    if tp is float and isinstance(value, float) and not math.isfinite(value):
        errors.append(f"{path}: expected a finite number, got {value!r}")  # TOML's inf, nan
        return None
    if tp in (str, int, float, bool) and (type(value) is not tp):
        errors.append(f"{path}: expected {_type_name(tp)}, got {type(value).__name__} {value!r}")
        return None
    return plain_text(value, path, errors) if tp is str else value


def _expected(key: str, fields: list[str]) -> str:
    """'did you mean similarity_threshold?' for a typo, else every key the table has."""
    close = difflib.get_close_matches(key, fields, n=1, cutoff=0.8)
    return f"did you mean {close[0]}?" if close else f"expected one of {', '.join(fields)}"


def _build(cls: type, data: dict[str, Any], path: str, errors: list[str]) -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    prefix = f"{path}." if path else ""
    for key in data:
        if key not in fields:
            errors.append(f"{prefix}{key}: unknown key ({_expected(key, list(fields))})")
    kwargs: dict[str, Any] = {}
    for name, f in fields.items():
        if name in data:
            kwargs[name] = _convert(hints[name], data[name], prefix + name, errors)
        elif f.default is REQUIRED:
            errors.append(f"{prefix}{name}: required key is missing")
    try:
        return cls(**{k: v for k, v in kwargs.items() if v is not None})
    except TypeError:  # a required key was missing: errors already says which
        return None


def _whole(table: Any) -> bool:
    """False for a table that its type errors left out or left with a required key missing."""
    return table is not None and all(
        getattr(table, f.name) is not REQUIRED for f in dataclasses.fields(table)
    )


def _check_values(cfg: Config, errors: list[str]) -> None:
    """Value rules that types alone cannot express."""
    if not re.match(r"^https?://[^/]+", cfg.site.base_url):
        errors.append(f"site.base_url: must be an http(s) URL, got {cfg.site.base_url!r}")
    for name in (
        "concurrency",
        "per_host_concurrency",
        "max_body_bytes",
        "max_redirects",
        "max_entries_per_feed",
    ):
        if getattr(cfg.crawl, name) < 1:
            errors.append(f"crawl.{name}: must be at least 1")
    for name in ("retries", "lookback_days"):
        if getattr(cfg.crawl, name) < 0:
            errors.append(f"crawl.{name}: must not be negative")
    if cfg.crawl.timeout <= 0:
        errors.append("crawl.timeout: must be greater than 0")
    for name, most in _CRAWL_MOST.items():  # larger ones stall a crawl on one bad host
        if getattr(cfg.crawl, name) > most:
            errors.append(f"crawl.{name}: must be at most {most:g}")
    if not 0.0 < cfg.stories.near_duplicate_threshold <= 1.0:
        errors.append("stories.near_duplicate_threshold: must be in (0, 1]")
    if not 0.0 < cfg.stories.similarity_threshold <= 1.0:
        errors.append("stories.similarity_threshold: must be in (0, 1]")
    if not 0.0 <= cfg.stories.entity_guard <= 1.0:
        errors.append("stories.entity_guard: must be in [0, 1]")
    if not 0.0 <= cfg.stories.headline_merge_threshold <= 1.0:
        errors.append("stories.headline_merge_threshold: must be in [0, 1] (0: no merging)")
    for name in ("follow_up_threshold", "headline_threshold"):
        if not 0.0 < getattr(cfg.stories, name) <= 1.0:
            errors.append(f"stories.{name}: must be in (0, 1]")
    if not 0.0 <= cfg.stories.headline_entity_guard <= 1.0:
        errors.append("stories.headline_entity_guard: must be in [0, 1]")
    if cfg.stories.follow_up_days < 0:
        errors.append("stories.follow_up_days: must not be negative")
    if not 0.0 <= cfg.stories.time_decay < 1.0:
        errors.append("stories.time_decay: must be in [0, 1)")
    for table, name, least, most in _COUNTS:
        value = getattr(getattr(cfg, table), name)
        if not least <= value <= most:
            errors.append(f"{table}.{name}: must be from {least} to {most:,}, got {value:,}")
    if cfg.stories.time_window_hours <= 0:
        errors.append("stories.time_window_hours: must be greater than 0")
    if cfg.summarizer.backend not in ("extractive", "llm"):
        errors.append(
            f"summarizer.backend: must be 'extractive' or 'llm', got {cfg.summarizer.backend!r}"
        )
    if cfg.summarizer.quote_words_per_source < 0:
        errors.append("summarizer.quote_words_per_source: must be at least 0")
    if not 0.0 <= cfg.summarizer.quote_share <= 1.0:
        errors.append("summarizer.quote_share: must be in [0, 1]")
    _check_tables(cfg, errors)


def _check_tables(cfg: Config, errors: list[str]) -> None:
    """Value rules of the [[topics]], [[feeds]] and [outlets] tables: unique slugs and ids,
    keywords with letters, feed topics that exist, patterns that compile."""
    seen: set[str] = set()
    for i, t in enumerate(cfg.topics):
        if not _whole(t):  # a key missing or of the wrong type: already listed
            continue
        if not _SLUG.match(t.slug):
            errors.append(f"topics[{i}].slug: {t.slug!r} must be lowercase letters, digits, '-'")
        if t.slug in seen:
            errors.append(f"topics[{i}].slug: {t.slug!r} is used twice")
        seen.add(t.slug)
        if t.mentions < 1:
            errors.append(f"topics[{i}].mentions: must be at least 1")
        if not t.keywords or not all(k.strip() for k in t.keywords):
            errors.append(f"topics[{i}].keywords: must list at least one non-empty keyword")
        for j, k in enumerate(t.keywords):
            if k.strip() and not any(c.isalnum() for c in unicodedata.normalize("NFKC", k)):
                errors.append(f"topics[{i}].keywords[{j}]: {k!r} has no letters or digits")
    if not cfg.topics:
        errors.append("topics: at least one [[topics]] table is required")
    ids: set[str] = set()
    for i, f in enumerate(cfg.feeds):
        if not _whole(f):
            continue
        if f.id in ids:
            errors.append(f"feeds[{i}].id: {f.id!r} is used twice")
        ids.add(f.id)
        named = f" (feed {f.id!r})" if f.id else ""  # the index counts [[feeds]] from 0
        if not re.match(r"^https?://", f.url):
            errors.append(f"feeds[{i}].url{named}: must be an http(s) URL, got {f.url!r}")
        for slug in f.topics:
            if slug not in seen:
                errors.append(f"feeds[{i}].topics{named}: unknown topic {slug!r}")
    for i, pattern in enumerate(cfg.outlets.primary_patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            errors.append(f"outlets.primary_patterns[{i}]: bad regular expression ({exc})")


def parse_config(
    data: dict[str, Any], *, source: str = "<config>", root: Path | None = None
) -> Config:
    """Validate an already-parsed TOML mapping; raise ConfigError listing every problem."""
    errors: list[str] = []
    cfg = _build(Config, data, "", errors)
    if cfg is not None:  # value rules too, so one run reports every problem (DESIGN.md)
        try:
            _check_values(cfg, errors)
        except (AttributeError, TypeError):
            if not errors:
                raise
            # a table left out for its type errors (already listed) leaves a hole here
    if errors or cfg is None:
        raise ConfigError(source, errors or ["invalid configuration"])
    cfg = dataclasses.replace(cfg, root=root or Path("."))
    folder = cfg.path(cfg.summarizer.meaning_model)  # relative to the config, as every path
    if cfg.summarizer.meaning_model and folder.is_dir():  # (the value as written is recorded)
        table = dataclasses.replace(cfg.summarizer, meaning_folder=str(folder))
        cfg = dataclasses.replace(cfg, summarizer=table)
    return cfg


def load_config(path: str | Path = "newsdesk.toml") -> Config:
    """Read and validate a newsdesk.toml; paths inside it are relative to its folder."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ConfigError(str(p), ["no such file (pass --config PATH)"]) from None
    except OSError as exc:
        raise ConfigError(str(p), [f"cannot read: {exc.strerror}"]) from None
    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise ConfigError(str(p), [f"not valid TOML: {exc}"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(str(p), str(exc), text) from None
    except RecursionError:  # [[[[… thousands deep
        raise ConfigError(str(p), ["not valid TOML: arrays or tables nested too deeply"]) from None
    return parse_config(data, source=str(p), root=p.resolve().parent)
