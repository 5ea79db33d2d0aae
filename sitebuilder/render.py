"""Jinja2 templates (autoescape on) and the page context every template gets.

Templates come from the config's ``build.templates_dir`` (relative to the config's folder);
a template missing there falls back to the copy shipped as package data
(``newsdesk.site_templates``), so an installed
newsdesk (``pip install .`` without ``-e``) builds a site from any folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import FunctionType
from typing import Any
from urllib.parse import urlsplit

import jinja2
import markupsafe
from jinja2.runtime import Context as _JinjaContext
from newsdesk.sitebuilder import urls, wording

from newsdesk.config import Config

PACKAGED = Path(str(resources.files("newsdesk.site_templates")))
TEMPLATE_SUFFIXES = (".html", ".css", ".svg", ".xml", ".txt", ".js")
ASSETS = ("style.css", "favicon.svg", "search.js")  # copied from the templates folder into assets/


def template_dirs(config: Config) -> list[Path]:
    """The config's templates folder (if it exists), then the packaged copy."""
    own = config.path(config.build.templates_dir)
    dirs = [own] if own.is_dir() else []
    if PACKAGED.is_dir() and PACKAGED.resolve() not in {d.resolve() for d in dirs}:
        dirs.append(PACKAGED)
    return dirs


def templates_hash(dirs: list[Path]) -> str:
    """One hash over every template file that can be used (part of the build's global key)."""
    h = hashlib.sha256()
    for d in dirs:
        for p in sorted(d.rglob("*")):
            if p.is_file() and p.suffix in TEMPLATE_SUFFIXES:
                h.update(str(p.relative_to(d)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def read_asset(dirs: list[Path], name: str) -> bytes:
    for d in dirs:
        p = d / name
        if p.is_file():
            return p.read_bytes()
    return b""


def _parse(value: str | None) -> dt.datetime | dt.date | None:
    if not value:
        return None
    text = str(value).strip().replace("Z", "+00:00")
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


@lru_cache(maxsize=8192)
def fdate(value: str | None) -> str:
    d = _parse(value)
    return f"{d.day} {d:%b %Y}" if d else (value or "undated")


@lru_cache(maxsize=8192)
def fdatetime(value: str | None) -> str:
    d = _parse(value)
    if isinstance(d, dt.datetime):
        return f"{d.day} {d:%b %Y, %H:%M}"
    return fdate(value)


def host(url: str) -> str:
    return (urlsplit(url).hostname or url).removeprefix("www.")


def striptags_p(html: str) -> str:
    """A one-paragraph fragment without its <p> wrapper (for list items)."""
    s = html.strip()
    if s.startswith("<p>") and s.endswith("</p>") and s.count("<p>") == 1:
        return s[3:-4]
    return s


@lru_cache(maxsize=4096)  # a site has few distinct counts lines, each on many pages
def parts(line: str) -> markupsafe.Markup:
    """A "6 sources · 1 original · 1 not read" line with each part kept whole: a narrow screen
    breaks it between parts, never inside one ("1" at a line's end, "not read" on the next).
    The text is unchanged; each part is a ``span.part`` (the stylesheet keeps it on one line)."""
    pieces = str(markupsafe.escape(line)).split(" · ")  # one escape: " · " has nothing to escape
    return markupsafe.Markup(" · ".join(f'<span class="part">{p}</span>' for p in pieces))


_BYTECODE_CACHE = jinja2.FileSystemBytecodeCache()
_ESCAPE_STR: Callable[[str], str] | None = getattr(markupsafe, "_escape_inner", None)


def _escape(value: Any) -> Any:
    """markupsafe.escape for a template's output: the same text, but a plain string comes back
    as a plain ``str``, not wrapped in Markup (a Python-level ``Markup.__new__`` per ``{{ }}``,
    a few percent of a build). The compiled templates use ``escape`` only on what they output,
    which is joined into the page or into a block's buffer (wrapped in Markup there). So an
    ``int`` (digits, a minus: nothing to escape) is its ``str``, and Markup (``|safe``) is
    itself, where markupsafe.escape would copy each into a new Markup."""
    kind = type(value)
    if kind is str and _ESCAPE_STR is not None:
        return _ESCAPE_STR(value)
    if kind is int:
        return str(value)
    if kind is markupsafe.Markup:
        return value
    return markupsafe.escape(value)


class _Template(jinja2.Template):
    """A template whose compiled code escapes its output with :func:`_escape`."""

    @classmethod
    def _from_namespace(
        cls, environment: jinja2.Environment, namespace: Any, globals: Any
    ) -> jinja2.Template:
        namespace["escape"] = _escape  # the name the compiled code calls
        return super()._from_namespace(environment, namespace, globals)


def _link(root: str) -> Callable[[str], str]:
    """A page's ``u``: a site path → the link to it from that page (``root``: the way back to
    the site's root from the page)."""

    def u(target: str) -> str:
        return (root + target) or "./"

    return u


_U = _link("").__code__


class _Context(_JinjaContext):
    """A template context that calls the link helpers (``u``, ``topic_url``: plain functions
    that take no context) directly: Jinja's ``Context.call`` looks for ``pass_context`` and
    friends on every call first, and a page makes dozens of these calls. Any other callable
    goes through Jinja's own ``call``."""

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (as Jinja's)
        if __obj is urls.topic_url or (__obj.__class__ is FunctionType and __obj.__code__ is _U):
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
            return __obj(*args, **kwargs)  # (neither raises StopIteration: see Context.call)
        return super().call(__obj, *args, **kwargs)


@dataclass(frozen=True)
class TopicLink:
    slug: str
    name: str
    url: str
    description: str = ""


class Renderer:
    """Renders templates into strings with the site-wide context."""

    def __init__(self, config: Config, topics: list[TopicLink]) -> None:
        self.config = config
        self.dirs = template_dirs(config)
        if not self.dirs:
            from newsdesk.errors import BuildError

            raise BuildError(f"no templates folder: {config.path(config.build.templates_dir)}")
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(d) for d in self.dirs]),
            autoescape=True,
            undefined=jinja2.ChainableUndefined,
            trim_blocks=False,
            lstrip_blocks=False,
            auto_reload=False,
            # compiled templates are cached (in the system temp folder, keyed by their source),
            # so a small rebuild does not spend its time compiling them again
            bytecode_cache=_BYTECODE_CACHE,
        )
        self.env.template_class = _Template
        self.env.context_class = _Context
        self.env.filters.update(
            fdate=fdate,
            fdatetime=fdatetime,
            host=host,
            striptags_p=striptags_p,
            parts=parts,
            excerpt=wording.excerpt,
            read_status=wording.read_status,
        )
        self.env.globals.update(topic_url=urls.topic_url, draft_banner=wording.draft_banner)
        self.topics = topics
        self.topic_names = {t.slug: t.name for t in topics}
        self.base_path = urls.base_path(config.site.base_url)

    def linker(self, url: str, absolute_root: bool = False) -> Callable[[str], str]:
        return _link(self.base_path if absolute_root else urls.root_for(url))

    def render(self, template: str, url: str, *, absolute_root: bool = False, **ctx: Any) -> str:
        site = self.config.site
        ctx.setdefault("page_title", site.title)
        ctx.setdefault("description", site.description)
        return self.env.get_template(template).render(
            site=site,
            topics=self.topics,
            topic_names=self.topic_names,
            u=self.linker(url, absolute_root),
            canonical=urls.absolute(site.base_url, url),
            current=url,
            **ctx,
        )
