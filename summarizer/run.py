"""Drafting every stored story into content/: the summarizer stage's entry point on the store.

``run_drafts(config, *, strict=False) -> DraftSummary`` is what `newsdesk draft` and
`build-site` call. Each draft is saved with :func:`newsdesk.regenerate.save`, which never
overwrites an editor's work; one :class:`ContentIndex` finds the stories' files for the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.config import Config
from newsdesk.content import has_text
from newsdesk.content_index import ContentIndex
from newsdesk.errors import ContentError
from newsdesk.models import Article, Item, Source, Story, StoryInput
from newsdesk.regenerate import save
from newsdesk.store import Store
from newsdesk.text import counted, sentence_keys


@dataclass(frozen=True)
class DraftSummary:
    stories: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    proposals: int = 0
    skipped: int = 0  # rejected stories with no new sources, or content files to fix
    sentences: int = 0  # in the drafts: checked by this run, or by the run that drafted them
    flagged: int = 0
    problems: tuple[str, ...] = ()  # content files that could not be read (left as they are)
    reused: int = 0  # unchanged or skipped without drafting: inputs and files as last run
    reused_sentences: int = 0  # of ``sentences``, those of the drafts not drafted again
    textless: tuple[str, ...] = ()  # stories not drafted: no source read, so no text to draft

    def _textless(self) -> str:
        """' · 2 not drafted: no source could be read (a, b)', naming 3 and counting the rest."""
        if not self.textless:
            return ""
        shown = ", ".join(self.textless[:3])
        more = f" and {len(self.textless) - 3} more" if len(self.textless) > 3 else ""
        return (
            f" · {len(self.textless)} not drafted: no source could be read, so no text"
            f" ({shown}{more})"
        )

    def line(self) -> str:
        unchanged = f"{self.unchanged} unchanged"
        if self.reused:  # counted among unchanged (or skipped): say which were not redrafted
            unchanged += f" ({self.reused} not redrafted: inputs unchanged)"
        checked = f"{self.sentences - self.reused_sentences} sentences checked"
        if self.reused_sentences:
            # "(and 2 checked when first drafted)" left a newcomer asking which 2
            n = self.reused_sentences
            checked += f" (and {n} in the drafts not redrafted, checked when they were drafted)"
        line = (
            f"drafts: {counted(self.stories, 'story', 'stories')} · {self.created} created"
            f" · {self.updated} updated · {unchanged} · {self.proposals} proposals"
            f" · {self.skipped} skipped · {checked}, {self.flagged} flagged"
        ) + self._textless()
        return line + (" · problems: " + "; ".join(self.problems) if self.problems else "")


def _item(a: Article) -> Item:
    return Item(
        id=a.id,
        url=a.url,
        title=a.title,
        text=a.text,
        published=a.published,
        source=a.site_name or a.source,
        links=a.links,
        read=a.read,
    )


def story_input(config: Config, store: Store, story: Story, discussions: dict) -> StoryInput:
    """The summarizer's input for one stored story: readable sources' articles, its threads."""
    items = []
    for s in story.sources:
        if s.item_id and s.read and s.role != "discussion":
            article = store.article(s.item_id)
            if article is not None and article.text.strip():
                items.append(_item(article))
    topic = config.topic(story.topic)
    return StoryInput(
        items=tuple(items),
        title=story.title,
        story_id=story.story_id,
        topic=story.topic,
        keywords=tuple(topic.keywords) if topic else (),
        sources=story.sources,
        discussions=tuple(discussions[h] for h in story.discussions if h in discussions),
        excluded=story.excluded,
        outlet_names=tuple(sorted(config.outlets.names.items())),
    )


def _source_meta(n: int, s: Source, numbers: dict[str, int], cited_by: list[int]) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "n": n,
        "url": s.url,
        "outlet": s.outlet,
        "name": s.name,
        "title": s.title,
        "published": s.published,
        "role": s.role,
        "tier": s.tier,
        "read": s.read,
        "read_reason": s.read_reason,
        "cited_by": sorted({numbers[u] for u in s.cited_by if u in numbers}),
        "also_at": list(s.also_at),
        "cited_in_draft": bool(cited_by),
    }
    for key in ("hn_id", "points", "num_comments"):
        if getattr(s, key) is not None:
            meta[key] = getattr(s, key)
    return meta


def front_matter(story: Story, draft: Any, version: str) -> dict[str, Any]:
    numbers = {s.url: n for n, s in enumerate(story.sources, 1)}
    used: dict[int, list[int]] = {}
    for line in draft.lines():
        for n in line.cites:
            used.setdefault(n, []).append(1)
    return {
        "title": draft.headline,
        "slug": story.title,
        "topic": story.topic,
        "date": story.first_published,
        "status": "draft",
        "story_id": story.story_id,
        "generator": {"name": draft.generator, "version": version, "settings": draft.settings},
        "reading_time": draft.reading_time,
        "sources": [
            _source_meta(n, s, numbers, used.get(n, [])) for n, s in enumerate(story.sources, 1)
        ],
        "excluded": story.excluded,
        **({"last_crawl": story.updated} if story.updated else {}),
        "verification": draft.report(),
        "discussion": [d.to_json() for d in draft.discussion],
        "timeline": [t.to_json() for t in draft.timeline],
    }


def _rejected_without_news(index: ContentIndex, story: Story) -> Path | None:
    """The file of a rejected story to which no new sources came, else None."""
    existing = index.find(story.story_id)
    if existing is None or existing.status != "rejected":
        return None
    old = {str(s.get("url")) for s in existing.fm.sources}
    return existing.path if {s.url for s in story.sources} <= old else None


def _draft(config: Config, inp: StoryInput, strict: bool) -> tuple[Any, str] | None:
    """The draft of one story and its Markdown body; None when it has no text (no source was
    read, or nothing it says passed the checks with ``strict``)."""
    from newsdesk.summarizer import summarize
    from newsdesk.summarizer.draft import render_body

    if not inp.items and not inp.discussions:
        return None
    draft = summarize(inp, config.summarizer)
    body = render_body(draft, strict=strict)
    return (draft, body) if has_text(body) else None


def _why_textless(story: Story) -> str:
    reasons = sorted({s.read_reason or "not fetched" for s in story.sources if not s.read})
    if any(s.read for s in story.sources):
        return "its sources read have no text the checks passed"
    return "not read: " + ", ".join(reasons[:3])


def run_drafts(config: Config, *, strict: bool = False, reuse: bool = True) -> DraftSummary:
    """Summarize every stored story and save it with regenerate.save (never overwriting
    an editor's work). Rejected stories are skipped unless new sources arrived. A story whose
    inputs and files are as the last run left them is not drafted again (summarizer/
    incremental.py; ``reuse=False``: draft every story)."""
    from newsdesk.summarizer import VERSION
    from newsdesk.summarizer.incremental import DraftCache

    from newsdesk.story_store import load_stories

    strict = strict or config.summarizer.strict
    index = ContentIndex(config.path(config.build.content_dir))
    counts = dict.fromkeys(("created", "updated", "unchanged", "proposal", "skipped"), 0)
    stories = sentences = flagged = reused_sentences = 0
    problems: list[str] = []
    textless: list[str] = []
    with Store(config.path(config.crawl.database)) as store:
        discussions = {d.hn_id: d for d in store.discussions()}
        cache = DraftCache(config, store, discussions, strict=strict, reuse=reuse)
        for story in load_stories(store, topic=None):
            stories += 1
            if (last := cache.reuse(story)) is not None:
                counts["skipped" if last["action"] == "skipped" else "unchanged"] += 1
                sentences, flagged = sentences + last["sentences"], flagged + last["flagged"]
                reused_sentences += last["sentences"]
                continue
            try:
                if (rejected := _rejected_without_news(index, story)) is not None:
                    counts["skipped"] += 1
                    cache.record(story, "skipped", rejected)
                    continue
                drafted = _draft(config, story_input(config, store, story, discussions), strict)
                if drafted is None:  # nothing read, nothing to say: no empty story to publish
                    textless.append(f"{story.title} ({_why_textless(story)})")
                    continue
                draft, body = drafted
                meta = front_matter(story, draft, VERSION)
                meta["sentence_keys"] = sentence_keys(body)  # what the verifier checked
                outcome = save(index, meta, body)
            except ContentError as exc:  # an editor's broken file: skip its story, not all
                counts["skipped"] += 1
                problems.append(f"{exc} (story {story.story_id} not drafted until it is fixed)")
                continue
            sentences += len(draft.lines())
            flagged += len(draft.flagged)
            counts[outcome.action] = counts.get(outcome.action, 0) + 1
            cache.record(
                story, outcome.action, outcome.path, len(draft.lines()), len(draft.flagged)
            )
        cache.save()
    counts["proposals"] = counts.pop("proposal")
    return DraftSummary(
        stories, **counts, sentences=sentences, flagged=flagged, problems=tuple(problems),
        reused=cache.reused, reused_sentences=reused_sentences, textless=tuple(textless),
    )  # fmt: skip
