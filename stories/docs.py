"""The stage's working record of an article (:class:`Doc`), built from a store Article, a file
Item or a Hacker News text post; and how Hacker News discussions join stories.

Hacker News discussions (:func:`attach`) attach to the story of the article they link to.
A link post whose URL (canonicalised; duplicates' URLs count) belongs to a story's article
becomes a ``discussion`` source of that story, with its points and comment count, and its id
joins ``Story.discussions``. A text post (Ask HN) has no link: it is an item of its own
(``hn-<id>``) that clusters like an article, so it joins a story on its topic or, with no
match, becomes a story of its own. Link posts whose article is in no story stay unattached
(counted in the summary).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from newsdesk.stories.canonical import canonical_url, domain_in, outlet_of, without_tracking

from newsdesk.config import OutletsConfig
from newsdesk.models import Article, Discussion, Item, Source


@dataclass(frozen=True)
class Doc:
    id: str
    url: str
    canonical: str
    outlet: str
    title: str
    text: str
    published: str | None
    hours: float | None  # published, in hours since the epoch
    source: str
    links: tuple[str, ...]
    read: bool
    read_reason: str = "full text"
    site_name: str | None = None
    topics: tuple[str, ...] = ()
    declares: str | None = None  # the canonical URL of the original the page says it repeats


def parse_time(value: str | None) -> float | None:
    """Hours since the epoch of an ISO 8601 date/time (naive means UTC); None if unparsable."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp() / 3600.0


def from_item(item: Item) -> Doc:
    canonical = canonical_url(item.url) if item.url else f"item:{item.id}"
    return Doc(
        id=item.id,
        url=without_tracking(item.url),
        canonical=canonical,
        outlet=outlet_of(item.url) if item.url else "",
        title=item.title,
        text=item.text,
        published=item.published,
        hours=parse_time(item.published),
        source=item.source or "",
        links=tuple(item.links),
        read=item.read and bool(item.text.strip()),
        read_reason="full text" if item.read and item.text.strip() else "no text",
        declares=_declares(item.declared_original, canonical),
    )


def from_article(article: Article) -> Doc:
    canonical = canonical_url(article.canonical_url or article.final_url or article.url)
    return Doc(
        id=article.id,
        url=without_tracking(article.canonical_url or article.final_url or article.url),
        canonical=canonical,
        outlet=outlet_of(canonical),
        title=article.title,
        text=article.text,
        published=article.published,
        hours=parse_time(article.published),
        source=article.source,
        links=tuple(article.links),
        read=article.read,
        read_reason=article.read_reason,
        site_name=article.site_name,
        topics=tuple(article.topics),
        declares=_declares(article.declared_original, canonical),
    )


def _declares(declared: str | None, own: str) -> str | None:
    """The declared original as a canonical URL; None when there is none or it is the page's
    own (a page never stands as its own original)."""
    if not declared:
        return None
    target = canonical_url(declared)
    return target if target != own else None


def fill_times(docs: list[Doc]) -> list[float]:
    """Publication hours for every doc: an undated doc takes the time of the dated doc before
    it in input order (or after it, at the start); all undated means one time for all."""
    out: list[float | None] = [d.hours for d in docs]
    last: float | None = None
    for i, h in enumerate(out):
        if h is None:
            out[i] = last
        else:
            last = h
    nxt: float | None = None
    for i in range(len(out) - 1, -1, -1):
        if out[i] is None:
            out[i] = nxt
        else:
            nxt = out[i]
    return [h if h is not None else 0.0 for h in out]


HN_PREFIX = "hn-"


def is_text_post(d: Discussion) -> bool:
    return not d.url or canonical_url(d.url) == canonical_url(d.hn_url)


def text_post_doc(d: Discussion) -> Doc:
    """An Ask HN post as a clusterable document."""
    return Doc(
        id=f"{HN_PREFIX}{d.hn_id}",
        url=d.hn_url,
        canonical=canonical_url(d.hn_url),
        outlet="news.ycombinator.com",
        title=d.title,
        text=d.text,
        published=d.created,
        hours=parse_time(d.created),
        source="hackernews",
        links=(),
        read=True,
        read_reason="discussion",
        site_name="Hacker News",
        topics=tuple(d.topics),
    )


def discussion_source(d: Discussion, outlets: OutletsConfig) -> Source | None:
    """The source entry of an HN discussion, or None when HN is a blocked outlet."""
    if domain_in(d.hn_url, outlets.blocked):
        return None
    return Source(
        url=d.hn_url,
        outlet="news.ycombinator.com",
        name=outlets.names.get("news.ycombinator.com", "Hacker News"),
        title=d.title,
        role="discussion",
        tier="trusted" if domain_in(d.hn_url, outlets.trusted) else "unrated",
        read=True,
        read_reason="discussion",
        published=d.created,
        hn_id=d.hn_id,
        points=d.points,
        num_comments=d.num_comments,
    )


def attach(
    discussions: list[Discussion], story_of_url: dict[str, str]
) -> tuple[dict[str, list[Discussion]], int]:
    """({story id: its link-post discussions}, number left unattached)."""
    out: dict[str, list[Discussion]] = {}
    unattached = 0
    for d in discussions:
        if is_text_post(d):
            continue
        story = story_of_url.get(canonical_url(d.url or ""))
        if story is None:
            unattached += 1
            continue
        out.setdefault(story, []).append(d)
    return out, unattached
