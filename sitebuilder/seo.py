"""sitemap.xml and robots.txt (canonical links, Open Graph, Twitter cards and JSON-LD are in the
templates and :mod:`sitebuilder.article`)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from newsdesk.sitebuilder import urls
from newsdesk.sitebuilder.pages import PageJob

from newsdesk.config import Config


def sitemap(config: Config, pages: list[tuple[str, str | None]]) -> bytes:
    """pages: (site path, lastmod or None), e.g. ("2026/05/slug/", "2026-05-12")."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for url, lastmod in pages:
        loc = escape(urls.absolute(config.site.base_url, url))
        mod = f"<lastmod>{escape(lastmod[:10])}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{loc}</loc>{mod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def robots(config: Config) -> bytes:
    sm = urls.absolute(config.site.base_url, "sitemap.xml")
    return f"User-agent: *\nAllow: /\nDisallow: {urls.base_path(config.site.base_url)}404.html\n\nSitemap: {sm}\n".encode()


def seo_jobs(config: Config, pages: list[tuple[str, str | None]]) -> list[PageJob]:
    pages = sorted(set(pages))
    return [
        PageJob("sitemap.xml", ["sitemap", pages], lambda: sitemap(config, pages)),
        PageJob("robots.txt", ["robots"], lambda: robots(config)),
    ]


def page_url_of(path: str) -> str:
    """Output file → site path: 'a/b/index.html' → 'a/b/', 'index.html' → ''."""
    if path == "index.html":
        return ""
    return path[: -len("index.html")] if path.endswith("/index.html") else path
