"""The schema of newsdesk.toml: one frozen dataclass per section, with the defaults.

:mod:`newsdesk.config` walks parsed TOML against these classes; import them from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

REQUIRED = object()  # marker default: the key must be given
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0, C1; not tab, CR, LF


def plain_text(value: str, path: str, errors: list[str]) -> str | None:
    """A configured string, or None and the problem added to ``errors``: a control character
    (a ``\\u0000`` or ``\\u001b`` escape) would reach every page and feed raw."""
    if bad := CONTROL.search(value):
        errors.append(f"{path}: control character U+{ord(bad[0]):04X} is not allowed")
        return None
    return value


DEFAULT_DISCUSSION = (
    "news.ycombinator.com",
    "slashdot.org",
    "reddit.com",
    "lobste.rs",
    "lemmy.world",
    "mastodon.social",
    "tildes.net",
)
DEFAULT_PRIMARY = (
    "github.com",
    "gitlab.com",
    "arxiv.org",
    "sec.gov",
    "doi.org",
)
DEFAULT_PRIMARY_PATTERNS = (
    r"/press(-releases?)?/",
    r"/newsroom/",
    r"\.pdf$",
    r"/blog/.*(announc|introduc)",
)


@dataclass(frozen=True)
class SiteConfig:
    title: str = REQUIRED  # type: ignore[assignment]
    base_url: str = REQUIRED  # type: ignore[assignment]
    description: str = "Grounded, cited coverage of the topics we follow."
    language: str = "en"
    author: str = "newsdesk"


@dataclass(frozen=True)
class CrawlConfig:
    database: str = REQUIRED  # type: ignore[assignment]
    allow_private_addresses: bool = False
    user_agent: str = "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)"
    concurrency: int = 50
    per_host_concurrency: int = 2
    timeout: float = 15.0
    max_body_bytes: int = 5_000_000
    retries: int = 2
    backoff: float = 0.5
    max_retry_after: float = 60.0
    max_redirects: int = 5
    lookback_days: int = 30
    max_entries_per_feed: int = 500  # the newest; each is a page to fetch


@dataclass(frozen=True)
class HackerNewsConfig:
    enabled: bool = True
    search_url: str = "https://hn.algolia.com/api/v1/search_by_date"
    item_url: str = "https://hacker-news.firebaseio.com/v0/item/{id}.json"
    max_pages: int = 3
    hits_per_page: int = 50
    max_comments: int = 8


@dataclass(frozen=True)
class TopicConfig:
    slug: str = REQUIRED  # type: ignore[assignment]
    name: str = REQUIRED  # type: ignore[assignment]
    keywords: list[str] = REQUIRED  # type: ignore[assignment]
    description: str = ""
    mentions: int = 2  # keyword mentions a page needs when no title and not its lede has one


@dataclass(frozen=True)
class FeedConfig:
    id: str = REQUIRED  # type: ignore[assignment]
    url: str = REQUIRED  # type: ignore[assignment]
    name: str = ""
    topics: list[str] = field(default_factory=list)  # empty: every topic


@dataclass(frozen=True)
class OutletsConfig:
    trusted: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    discussion: list[str] = field(default_factory=lambda: list(DEFAULT_DISCUSSION))
    primary: list[str] = field(default_factory=lambda: list(DEFAULT_PRIMARY))
    primary_patterns: list[str] = field(default_factory=lambda: list(DEFAULT_PRIMARY_PATTERNS))
    names: dict[str, str] = field(default_factory=dict)  # domain -> display name


@dataclass(frozen=True)
class StoriesConfig:
    near_duplicate_threshold: float = 0.7
    num_perm: int = 128
    shingle_size: int = 5
    similarity_threshold: float = 0.24  # tuned on the AllSides tune half (benchmarks/stories.py)
    time_window_hours: float = 96.0
    near_duplicate_min_words: int = 25  # shorter texts are deduplicated by URL only
    text_words: int = 150  # words of an article's text (after its title) used for clustering
    entity_guard: float = 0.5  # a match minus its largest shared term must keep this share
    time_decay: float = 0.9  # share of the similarity lost once a story is a window old
    follow_up_days: float = 30.0  # a story stays open this long after its latest article
    follow_up_threshold: float = 0.55  # cosine a late article (beyond the window) needs to join
    headline_threshold: float = 0.25  # similarity_threshold for items without text
    headline_entity_guard: float = 0.25  # entity_guard for items without text
    headline_merge_threshold: float = 0.25  # stories of headlines merge at this cosine


@dataclass(frozen=True)
class LLMConfig:
    base_url: str = "http://127.0.0.1:11434/v1"
    model: str = "llama3.1"
    api_key_env: str = "NEWSDESK_LLM_API_KEY"
    timeout: float = 120.0
    temperature: float = 0.0


@dataclass(frozen=True)
class SummarizerConfig:
    backend: str = "extractive"
    synopsis_sentences: int = 3
    takeaways: int = 4
    body_sentences: int = 10
    strict: bool = False
    quote_words_per_source: int = 50  # quoted words a draft may take from one source
    quote_share: float = 0.3  # share of a draft's words that may be quoted
    meaning_model: str = ""  # a sentence-embedding model's second opinion ("": off; meaning.py)
    meaning_folder: str = field(default="", metadata={"internal": True})  # it, found (config.py)
    llm: LLMConfig = field(default_factory=LLMConfig)


@dataclass(frozen=True)
class BuildConfig:
    content_dir: str = "content"
    templates_dir: str = "site_templates"
    out: str = "_site"
    per_page: int = 20


@dataclass(frozen=True)
class Config:
    site: SiteConfig = REQUIRED  # type: ignore[assignment]
    crawl: CrawlConfig = REQUIRED  # type: ignore[assignment]
    hackernews: HackerNewsConfig = field(default_factory=HackerNewsConfig)
    topics: list[TopicConfig] = REQUIRED  # type: ignore[assignment]
    feeds: list[FeedConfig] = field(default_factory=list)
    outlets: OutletsConfig = field(default_factory=OutletsConfig)
    stories: StoriesConfig = field(default_factory=StoriesConfig)
    summarizer: SummarizerConfig = field(default_factory=SummarizerConfig)
    build: BuildConfig = field(default_factory=BuildConfig)
    root: Path = field(default=Path("."), metadata={"internal": True})

    def path(self, value: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.root / p

    def topic(self, slug: str) -> TopicConfig | None:
        return next((t for t in self.topics if t.slug == slug), None)
