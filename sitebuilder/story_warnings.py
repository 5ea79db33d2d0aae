"""What a build warns about a story file: invisible characters (taken out of the page), citations
that name no source, and flagged or refused sentences in a published story.

Broken citations in a published story.

A ``[n]`` with no source n (or a text that cites sources while its ``sources:`` list is empty)
is a dead link on the page and a claim that names nobody. ``review approve`` and ``review
record`` refuse it; a status set to ``published`` by hand reaches the build unchecked. The build
then leaves that story out of the site (its summary's status is ``held``, see reader.HELD) and
builds the rest, with one warning naming the file and what is broken (``--strict`` fails the
whole build instead). The file is not touched: fixing it and building again publishes it.

Invisible characters.

A hand-edited title can hold what no editor meant to type: a right-to-left override (U+202E)
pasted with a name, a zero-width space from a chat app, a NUL or an ESC from a YAML escape.
They reached the page's ``<title>``, its headings, the listings and the feeds, where an override
reorders what a reader sees. Rejecting the file would take a published story off the site for
a character nobody can see, so the site drops them (:func:`newsdesk.unprintable.strip_invisible`;
``title`` and ``topic`` on one line; in the body only the controls and the bidi overrides and
isolates, :func:`newsdesk.unprintable.strip_controls`: Thai text breaks its words with zero-width
spaces; the bidi marks a right-to-left text needs stay everywhere) and warns, naming the file
and the field (``sources[2].outlet``), which ``--strict`` makes a failure. The file itself is left as it is:
nothing an editor wrote is rewritten by a build.
"""

from __future__ import annotations

from typing import Any

from newsdesk.sitebuilder.models import StoryPage

from newsdesk import content, frontmatter
from newsdesk.sentence_checks import citation_problems, cited_numbers, clipped
from newsdesk.unprintable import one_line, strip_controls, strip_invisible

_ONE_LINE = ("title", "topic", "slug")  # read as one line wherever they are


def cleaned(cf: content.ContentFile) -> tuple[content.ContentFile, tuple[str, ...]]:
    """``cf`` with the invisible characters out of every text of its front matter and body,
    and one warning per field that held any (the unchanged ``cf`` and none when clean)."""
    fields: list[str] = []
    hidden: set[str] = set()
    meta = _clean(cf.meta, "", fields, hidden)
    body = strip_controls(cf.body)  # a Thai body's zero-width spaces are where its words break
    if body != cf.body:
        fields.append("body")
        hidden |= set(cf.body) - set(body)
    if not fields:
        return cf, ()
    where = cf.path
    shown = ", ".join(fields[:5]) + (f" and {len(fields) - 5} more" if len(fields) > 5 else "")
    chars = ", ".join(f"U+{ord(c):04X}" for c in sorted(hidden))
    warning = (
        f"{where}: invisible or control characters ({chars}) in {shown}, left out of the "
        "page: remove them from the file"
    )
    for key in ("title", "slug"):
        if isinstance(meta.get(key), str) and not meta[key].strip():
            raise content.ContentError(f"{where}: {key}: holds only invisible characters")
    out = content.ContentFile(path=cf.path, meta=meta, body=body, extra=cf.extra)
    out.__dict__["fm"] = frontmatter.validate(meta, cf.path)
    return out, (warning,)


def _clean(value: Any, where: str, fields: list[str], hidden: set[str]) -> Any:
    """``value`` cleaned; the very same object when nothing in it changes (the common case)."""
    if isinstance(value, str):
        if value.isprintable():
            return value
        new = strip_invisible(value)
        if new != value:
            fields.append(where)
            hidden |= set(value) - set(new)
        return one_line(new) if where.rsplit(".", 1)[-1] in _ONE_LINE else new
    if isinstance(value, dict):
        items = {
            k: _clean(v, f"{where}.{k}" if where else str(k), fields, hidden)
            for k, v in value.items()
        }
        return value if all(items[k] is v for k, v in value.items()) else items
    if isinstance(value, list):
        entries = [_clean(v, f"{where}[{i}]", fields, hidden) for i, v in enumerate(value, start=1)]
        return value if all(a is b for a, b in zip(entries, value, strict=True)) else entries
    return value


def attach(page: StoryPage, body: str, invisible: tuple[str, ...]) -> None:
    """Set the page's ``warnings`` (those of ``cleaned`` first, unless it is held: then its one
    line) and ``held`` (the page is frozen; this is how the reader finishes it)."""
    found, held = story_warnings(page, body)
    page.__dict__.update(warnings=found if held else (*invisible, *found), held=held)


def story_warnings(page: StoryPage, body: str) -> tuple[tuple[str, ...], bool]:
    """The warnings about a story's file, and whether the build leaves it out (held: published
    with a broken citation, see module doc; then its one warning says so)."""
    where = page.source_path or page.slug
    numbers = {s.n for s in page.sources}
    problems = citation_problems(body, numbers, page.status)
    held = page.status == "published" and any(n not in numbers for n in cited_numbers(body))
    if held:  # one line: the file, what is broken, what the build did (the rest can wait)
        line = (
            f"{where}: {'; '.join(problems)}: not published (left out of the site, the file "
            "is unchanged): fix the citation or the sources: list and build again"
        )
        return (line,), True
    found = [f"{where}: {p}" for p in problems]
    for s in page.sources:
        if s.url is None:
            found.append(f"{where}: source {s.n} ({s.name}) has no http(s) URL")
    if page.status == "published" and not (page.date or page.updated or page.recorded):
        found.append(
            f"{where}: published with no date (nor an approval or a crawl time on record): left "
            "out of the site's feeds, its page is built; add a date: line"
        )
    if page.status == "published" and not content.has_text(body):  # --force cannot allow it
        found.append(
            f"{where}: published article has no text (an empty story): write its text, or set "
            "its status back to draft"
        )
    if page.status == "published" and (page.review is None or not page.review.editor):
        found.append(
            f"{where}: published with no recorded approval (no editor named): commit the "
            f"status change and run 'newsdesk review record', or run 'newsdesk review approve "
            f"{page.slug}'"
        )
    forced = page.review is not None and page.review.forced  # an editor's explicit decision
    if page.status == "published" and page.flags and not forced:
        first = clipped(page.flags[0].text)
        found.append(
            f"{where}: published article has {len(page.flags)} flagged sentence(s) an editor "
            f"has not fixed, e.g. {first!r}: fix or delete them and remove the <mark> tags, "
            "or approve with 'newsdesk review approve --force'"
        )
    if page.status == "published" and page.refused and not forced:  # (set by hand, say)
        found.append(
            f"{where}: published article has {len(page.refused)} sentence(s) by an editor that "
            "the check refused (refused_keys): fix them and run 'newsdesk verify --story "
            f"{page.slug} --record', or set the status back to draft"
        )
    return tuple(found), held
