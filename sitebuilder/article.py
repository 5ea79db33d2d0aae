"""One story page: ``<url>/index.html`` and the ``sources.json`` manifest beside it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import orjson
from newsdesk.sitebuilder import urls, wording
from newsdesk.sitebuilder.models import SourceView, StoryPage
from newsdesk.sitebuilder.render import Renderer


@dataclass(frozen=True)
class ArticleJob:
    """Everything needed to render one story, besides its content file."""

    source_path: str  # absolute path of the content file
    url: str  # site path, e.g. "2026/05/slug/"
    related: tuple[dict[str, Any], ...] = ()  # {url, title, date, counts_line}
    outlet_urls: tuple[tuple[str, str], ...] = ()  # (outlet, site path)
    topic_name: str = ""
    description: str = ""  # plain-text synopsis, for meta tags and JSON-LD

    def inputs(self) -> list[str]:
        """What the page depends on besides its content file (for the incremental key)."""
        out = [self.url, self.topic_name, self.description]
        for r in self.related:
            out += [r["url"], r["title"], r["date"] or "", r["counts_line"]]
        out.append("|")
        for outlet, url in self.outlet_urls:
            out += [outlet, url]
        return out


def sources_manifest(page: StoryPage, url: str, base_url: str) -> dict[str, Any]:
    counts = page.counts
    return {
        "title": page.title,
        "slug": page.slug,
        "url": urls.absolute(base_url, url),
        "status": page.status,
        "counts": {
            "total": counts.total,
            "original": counts.original,
            "coverage": counts.coverage,
            "discussion": counts.discussion,
            "primary": counts.primary,
            "trusted": counts.trusted,
            "not_read": counts.not_read,
            "excluded": counts.excluded,
        },
        "counts_line": counts.line(),
        "verification": {
            "checked": page.checked,
            "flagged": len(page.flags),
            "sentences": [{"text": f.text, "reasons": list(f.reasons)} for f in page.flags],
            # an editor's own sentences no check passed (the page names them as not confirmed)
            "unconfirmed": list(page.unchecked or ()),
            "refused": list(page.refused),  # of those, the ones the check refused
        },
        "sources": [s.to_json() for s in page.sources],
    }


def json_ld(page: StoryPage, url: str, config_site: Any, description: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": description,
        "url": urls.absolute(config_site.base_url, url),
        "mainEntityOfPage": urls.absolute(config_site.base_url, url),
        "datePublished": page.date,
        "dateModified": page.updated or page.date,
        "inLanguage": config_site.language,
        "articleSection": page.topic,
        "author": {"@type": "Organization", "name": config_site.author},
        "publisher": {"@type": "Organization", "name": config_site.title},
        "citation": [
            {
                "@type": "CreativeWork",
                "url": s.url,
                "name": s.title or s.name,
                "publisher": {"@type": "Organization", "name": s.name},
                **({"datePublished": s.published} if s.published else {}),
            }
            for s in page.sources
            if s.url
        ],
    }
    text = compact_json(data)
    # Inside <script>: no '</script>' or '<!--' can be formed by untrusted titles.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def compact_json(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, separators=(",", ":"))``, written by orjson
    (a tenth of the time), which writes the same text for strings, whole numbers, None, lists
    and dicts with string keys; the rest (a lone surrogate, a number past 64 bits) is left to
    json."""
    try:
        return orjson.dumps(data).decode()
    except TypeError:  # (orjson.JSONEncodeError)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class PageParts:
    """What a story page shows that its content file alone decides (no plan needed): a worker
    works it out for the stories it read while the main process plans."""

    by_n: dict[int, SourceView]
    cited_by: dict[int, str]
    timeline: tuple[wording.TimelineRow, ...]
    threads: tuple[wording.ThreadView, ...]


def page_parts(page: StoryPage) -> PageParts:
    by_n = {s.n: s for s in page.sources}
    return PageParts(
        by_n=by_n,
        cited_by={s.n: wording.cited_by(s, by_n) for s in page.sources},
        timeline=wording.timeline(page),
        threads=wording.discussion(page),
    )


def render_article(
    renderer: Renderer, page: StoryPage, job: ArticleJob, parts: PageParts | None = None
) -> dict[str, bytes]:
    """The files of one story: {relative path: bytes}; ``parts``: page_parts(page), if known."""
    site = renderer.config.site
    outlet_urls = dict(job.outlet_urls)
    description = wording.excerpt(job.description, 300)
    parts = parts or page_parts(page)
    html = renderer.render(
        "article.html",
        job.url,
        page_title=f"{page.title} — {site.title}",
        description=description,
        og_type="article",
        noindex=page.is_draft,
        story=page,
        counts=page.counts,
        by_n=parts.by_n,
        cited_by=parts.cited_by,
        timeline=parts.timeline,
        threads=parts.threads,
        outlet_urls=outlet_urls,
        topic_name=job.topic_name or page.topic,
        related=job.related,
        jsonld=json_ld(page, job.url, site, description),
    )
    manifest = sources_manifest(page, job.url, site.base_url)
    return {
        urls.file_for(job.url): html.encode("utf-8"),
        # orjson: json.dumps with indent runs in pure Python (a tenth of rendering a story)
        job.url + "sources.json": orjson.dumps(manifest, option=orjson.OPT_INDENT_2) + b"\n",
    }
