"""Article extraction with trafilatura (text, metadata, body links) and htmldate (date).

An article is *read* when trafilatura finds enough text; otherwise the caller keeps the
feed's blurb and a reason: "paywall" (the page declares itself paywalled, by schema.org
``isAccessibleForFree: false`` or a paywall marker, and shows little text), or
"extraction failed" (too little text found).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

import htmldate
import lxml.html
import trafilatura
from newsdesk.crawler.urls import clean_url, registered_domain
from trafilatura.settings import Document

MIN_TEXT = 200  # characters of extracted text below which the page was not really read
PAYWALL_TEXT = 1200  # a declared-paywalled page with less text than this is the stub

_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
MAX_TAGS = 40_000  # a page is cut after this many tags (opening and closing) (bound_page)
MAX_ANCHORS = 2000  # links past this many are unwrapped before extraction (bound_links)
MAX_LINKS = 500  # outbound body links kept per article
MAX_URL = 2000  # characters: a longer declared URL (canonical or original) is not kept
_ANCHOR = re.compile(r"<(/?)a\b[^>]*>", re.I)
_PAYWALL_JSONLD = re.compile(r'"isAccessibleForFree"\s*:\s*"?(false|False)"?')
_PAYWALL_MARKER = re.compile(
    r'class="[^"]*\b(paywall|subscriber-only|premium-gate|meteredContent)\b', re.I
)


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str
    author: str | None
    site_name: str | None
    published: str | None  # ISO 8601 (date, or date and time when the page gives it)
    language: str | None
    links: tuple[str, ...]
    canonical_url: str
    read: bool
    read_reason: str
    declared_original: str | None = None  # the off-site URL the page names as its canonical


def decode(body: bytes, content_type: str) -> str:
    m = re.search(r"charset=([\w.-]+)", content_type or "", re.I)
    if m:
        try:
            return body.decode(m.group(1), errors="replace")
        except LookupError:
            pass
    return trafilatura.utils.decode_file(body)


def bound_page(html: str) -> str:
    """The page cut to what extraction can handle in bounded time, in linear passes.

    trafilatura's and htmldate's time grows faster than linearly with the number of elements
    and of links (a 0.9 MB page of 20,000 links took 13 s of CPU; 80,000 links, 154 s), so a
    page is cut after :data:`MAX_TAGS` tags, and links after the first :data:`MAX_ANCHORS`
    are unwrapped (their text kept). No real article comes near either number."""
    if html.count("<") > MAX_TAGS:
        pos = -1
        for _ in range(MAX_TAGS):
            pos = html.find("<", pos + 1)
        html = html[:pos]
    return bound_links(html)


def bound_links(html: str, limit: int = MAX_ANCHORS) -> str:
    """The page with every link after the first ``limit`` unwrapped (its text kept)."""
    if html.count("<a") <= limit and html.count("<A") <= limit:
        return html
    opened = 0

    def keep_first(m: re.Match[str]) -> str:
        nonlocal opened
        if m.group(1):  # a closing tag: kept while its opening tag was
            return m.group(0) if opened <= limit else ""
        opened += 1
        return m.group(0) if opened <= limit else ""

    return _ANCHOR.sub(keep_first, html)


def extract_page(body: bytes, *, url: str, content_type: str = "") -> Extracted:
    """Extract one page fetched from ``url`` (the final URL after redirects)."""
    html = bound_page(decode(body, content_type))
    doc: Document | None
    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_links=True,
            include_comments=False,
            include_tables=True,
        )
        doc = found if isinstance(found, Document) else None  # a dict only when as_dict=True
    except Exception:  # trafilatura on hostile HTML: treat as an extraction failure
        doc = None
    tree = _tree(html)
    # with include_links trafilatura writes links as Markdown; keep the anchor text only
    text = _MD_LINK.sub(r"\1", doc.text or "").strip() if doc is not None else ""
    if doc is not None and doc.title:
        first, _, rest = text.partition("\n")
        if first.strip() == doc.title.strip():  # trafilatura keeps the headline as line one
            text = rest.strip()
    declared = _declared(doc, tree)
    links = _body_links(doc, url)
    paywalled = bool(_PAYWALL_JSONLD.search(html) or _PAYWALL_MARKER.search(html))
    if paywalled and len(text) < PAYWALL_TEXT:
        read, reason = False, "paywall"
    elif len(text) < MIN_TEXT:
        read, reason = False, "extraction failed"
    else:
        read, reason = True, "full text"
    return Extracted(
        title=(doc.title if doc is not None and doc.title else _title(tree)) or "",
        text=text,
        author=(doc.author or None) if doc is not None else None,
        site_name=(doc.sitename or None) if doc is not None else _meta(tree, "og:site_name"),
        published=_date(html, url, tree),
        language=_language(doc, tree),
        links=links,
        canonical_url=_canonical(declared, url),
        read=read,
        read_reason=reason,
        declared_original=_declared_original(declared, url),
    )


def _tree(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _meta(tree: lxml.html.HtmlElement | None, prop: str) -> str | None:
    if tree is None:
        return None
    for el in tree.xpath(f'//meta[@property="{prop}" or @name="{prop}"]'):
        if el.get("content"):
            return el.get("content").strip()
    return None


def _title(tree: lxml.html.HtmlElement | None) -> str | None:
    if tree is None:
        return None
    found = tree.xpath("//title/text()")
    return found[0].strip() if found else _meta(tree, "og:title")


def _declared(doc: object, tree: lxml.html.HtmlElement | None) -> list[str]:
    """The absolute URLs the page declares as its own, most authoritative first: rel=canonical,
    og:url, then what trafilatura read. One that does not parse ("http://[x/y") is left out: it
    raised in the site comparison and cost the page its text; so is one with a user name or
    password (no page's address; "http://a.evil\\@b.example/" is a.evil's page to a browser,
    b.example's to Python), or one longer than MAX_URL (a megabyte was stored as the identity)."""
    candidates = []
    if tree is not None:
        candidates += [el.get("href") for el in tree.xpath('//link[@rel="canonical"]')]
    candidates += [_meta(tree, "og:url"), getattr(doc, "url", None)]
    out = []
    for c in candidates:
        c = (c or "").strip()
        if c.startswith(("http://", "https://")) and len(c) <= MAX_URL and _parses(c):
            out.append(c)
    return out


def _parses(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a bad host or port)
    except ValueError:
        return False
    return "@" not in parts.netloc


def _canonical(declared: list[str], url: str) -> str:
    for c in declared:
        if _own_page(c, url):
            return clean_url(c)
    return clean_url(url)


def _declared_original(declared: list[str], url: str) -> str | None:
    """The original a syndicated copy names: the page's first declared URL when it is on
    another site and not a home page (MSN's copy of a CNN report names CNN's URL). Kept apart
    from the canonical URL, as a claim: the copy never takes that URL as its own (see
    :func:`_own_page`); the stories stage reads the claim as "this repeats that"."""
    if not declared or same_site(declared[0], url):
        return None
    cleaned = clean_url(declared[0])  # percent-encoding the query can make it longer
    return cleaned if len(cleaned) <= MAX_URL and urlsplit(cleaned).path.strip("/") else None


def _own_page(declared: str, url: str) -> bool:
    """A page may name its canonical URL on its own site only, and not its home page (unless
    it is the home page). A canonical on another site would credit that outlet with text it
    never served, and make the crawler skip the real article there as stored; one pointing at
    the home page (a common template mistake) made every article of the site one duplicate."""
    if not same_site(declared, url):
        return False
    return urlsplit(declared).path.strip("/") != "" or urlsplit(url).path.strip("/") == ""


def same_site(a: str, b: str) -> bool:
    """Whether two URLs are one outlet's: the same registered domain ("edition.cnn.com" and
    "www.cnn.com"; courlan, as the stories stage reads outlets), and not two different
    subdomains of it, neither of them "www" (on a shared host, "alice.substack.com" is not
    "bob.substack.com"). Hosts are compared IDNA-encoded: "bücher.de" is "xn--bcher-kva.de"."""
    import courlan

    a, b = _ascii_host(a), _ascii_host(b)
    ha, hb = (urlsplit(u).hostname or "" for u in (a, b))
    da = courlan.extract_domain(a) or registered_domain(a)
    if da != (courlan.extract_domain(b) or registered_domain(b)):
        return False
    bare = {da, f"www.{da}"}
    return ha == hb or ha in bare or hb in bare


def _ascii_host(url: str) -> str:
    """The URL's host IDNA-encoded, for comparing sites (user info and port dropped)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        wire = host.encode("idna").decode("ascii")
    except UnicodeError:  # an empty or overlong label: compared as it is
        return url
    return url if wire == host else urlunsplit(parts._replace(netloc=wire))


def _body_links(doc: object, url: str) -> tuple[str, ...]:
    """Absolute links in the article body pointing to another site, in order, deduplicated."""
    body = getattr(doc, "body", None)
    if body is None:
        return ()
    own = registered_domain(url)
    out: dict[str, None] = {}  # ordered, with constant-time membership (a list was quadratic)
    for ref in body.iter("ref"):
        target = (ref.get("target") or "").strip()
        if not target.startswith(("http://", "https://")) or target in out:
            continue
        if registered_domain(target) == own:
            continue
        out[target] = None
        if len(out) >= MAX_LINKS:
            break
    return tuple(out)


def _date(html: str, url: str, tree: lxml.html.HtmlElement | None) -> str | None:
    """The publication time: the page's article:published_time when it has one, else htmldate."""
    exact = _meta(tree, "article:published_time")
    if exact and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", exact):
        return utc_iso(exact)
    try:
        found = htmldate.find_date(
            html, url=url, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S%z"
        )
    except Exception:
        found = None
    return utc_iso(found) if found else None


def utc_iso(value: str) -> str | None:
    """'2026-03-02T15:10:00+01:00' -> '2026-03-02T14:10:00Z' (naive times are taken as UTC);
    None for what is not an ISO time, or one that leaves years 1-9999 in UTC (a page's
    ``9999-12-31T23:00:00-05:00`` raised OverflowError and ended the crawl)."""
    try:
        when = datetime.fromisoformat(value.strip())
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}" if when.year >= 1000 else None
    except (ValueError, OverflowError):
        return None


def _language(doc: object, tree: lxml.html.HtmlElement | None) -> str | None:
    lang = getattr(doc, "language", None)
    if not lang and tree is not None:
        lang = tree.get("lang") or _meta(tree, "og:locale")
    if not lang:
        return None
    return lang.replace("_", "-").split("-")[0].lower() or None
