"""Compose benchmarks/data/stories_eval.jsonl from the hand-written seeds in stories_seeds.py.

    python benchmarks/data/make_stories_eval.py   # deterministic: the same file every time

Per seed (one story): the breaking article (or, when the seed's original was paywalled, only a
blurb without full text, or nothing at all: then coverage cites it), 3-6 coverage articles
that paraphrase a subset of the facts in another order with background noise, attribute them
by phrase and/or link - sometimes to an earlier coverage article rather than the original
(multi-hop chains) - and sometimes mention other outlets in ways that are not attribution
("unlike ...", a quoted post). Near-duplicates: syndicated copies of a member with light
edits, and the same URL with tracking parameters or as AMP.

Each line is a `newsdesk stories --input` item plus the labels ``gold_story`` (the seed key),
``gold_duplicate_of`` (the item it copies, or null) and ``gold_original`` (the domain that
broke the story).

It also writes benchmarks/data/stories_hard.jsonl from the hand-written items of
stories_hard_seeds.py (late follow-ups, relays, roundups, opinion, paywalled originals), in
the same format plus ``gold_kind``; ``gold_original`` is null for a roundup of its own.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from stories_hard_seeds import ITEMS as HARD_ITEMS  # noqa: E402
from stories_hard_seeds import ORIGINAL as HARD_ORIGINAL_LINK  # noqa: E402
from stories_hard_seeds import ORIGINALS as HARD_ORIGINALS  # noqa: E402
from stories_seeds import BACKGROUND, COVERAGE_POOL, OUTLETS, SEEDS  # noqa: E402

OUT = Path(__file__).with_name("stories_eval.jsonl")
HARD_OUT = Path(__file__).with_name("stories_hard.jsonl")
SYNDICATORS = ["newsfeedhub.example", "portalnews.example", "wireroom.example"]
RIVALS = ["Bloomberg", "Reuters", "the Financial Times", "The Information", "Axios"]


def phrasing(fact: str, rng: random.Random, first: bool = False) -> str:
    """The breaking article uses a fact's first phrasing; coverage mostly the other one."""
    options = [p.strip() for p in fact.split("||")]
    if first or len(options) == 1:
        return options[0]
    return options[1] if rng.random() < 0.75 else options[0]


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def url_for(outlet: str, when: datetime, title: str) -> str:
    return f"https://www.{outlet}/{when:%Y/%m}/{slug(title)}"


def name_of(outlet: str) -> str:
    return OUTLETS.get(outlet, outlet.split(".")[0].replace("-", " ").title())


def cite(sentence: str, name: str, rng: random.Random) -> str:
    body = sentence.rstrip(".")
    lower = body[0].lower() + body[1:] if not body[:2].isupper() else body
    templates = [
        f"As first reported by {name}, {lower}.",
        f"{body}, according to {name}.",
        f"{body}, {name} reported.",
        f"A report from {name} says {lower}.",
        f"{body} (via {name}).",
        f"According to a report in {name}, {lower}.",
    ]
    return rng.choice(templates)


def noise(rng: random.Random, k: int) -> list[str]:
    return rng.sample(BACKGROUND, k)


def compose(seed: dict, rng: random.Random) -> list[dict]:
    start = datetime.fromisoformat(seed["date"].replace("Z", "+00:00"))
    facts = seed["facts"]
    heads = seed["heads"]
    items: list[dict] = []
    orig = seed["original"]
    mode = "full" if seed["fetched"] else rng.choice(["blurb", "absent"])
    orig_url = url_for(orig, start, heads[0])
    if mode != "absent":
        text = " ".join(phrasing(f, rng, first=True) for f in facts) + " " + noise(rng, 1)[0]
        if mode == "blurb":
            text = phrasing(facts[0], rng, first=True)
        items.append(
            {
                "url": orig_url,
                "title": heads[0],
                "text": text,
                "published": start,
                "source": orig,
                "links": [],
                "read": mode == "full",
                "gold_duplicate_of": None,
            }
        )
    pool = [o for o in COVERAGE_POOL if o != orig]
    coverage = rng.sample(pool, rng.randint(3, 6))
    cited: list[tuple[str, str]] = [(name_of(orig), orig_url)]
    when = start
    for k, outlet in enumerate(coverage):
        when = when + timedelta(hours=rng.uniform(1, 14))
        title = heads[(k + 1) % len(heads)]
        if k >= 1 and rng.random() < 0.4:
            target_name, target_url = cited[-1]  # cite the previous coverage: a chain
        else:
            target_name, target_url = cited[0]
        chosen = [facts[0], *rng.sample(facts[1:], rng.randint(2, min(4, len(facts) - 1)))]
        sentences = [phrasing(f, rng) for f in chosen]
        sentences[0] = cite(sentences[0], target_name, rng)
        rest = sentences[1:]
        rng.shuffle(rest)
        body = [sentences[0], *rest, *noise(rng, rng.randint(1, 2))]
        if rng.random() < 0.3:
            rival = rng.choice([r for r in RIVALS if r.removeprefix("the ") != target_name])
            body.append(
                rng.choice(
                    [
                        f"Unlike {rival}, we were unable to confirm the figures independently.",
                        f'One analyst wrote on X: "according to {rival}, this is only the start."',
                    ]
                )
            )
        links = [target_url] if rng.random() < 0.7 else []
        url = url_for(outlet, when, title)
        items.append(
            {
                "url": url,
                "title": title,
                "text": " ".join(body),
                "published": when,
                "source": outlet,
                "links": links,
                "read": True,
                "gold_duplicate_of": None,
            }
        )
        cited.append((name_of(outlet), url))
    # near-duplicates of readable members
    readable = [i for i in items if i["read"] and len(i["text"].split()) > 40]
    for n in range(rng.choice([1, 1, 2])):
        src = rng.choice(readable)
        kind = rng.choice(["syndicated", "syndicated", "tracking", "amp"])
        dup = dict(src, links=list(src["links"]), gold_duplicate_of=src)
        if kind == "syndicated":
            outlet = SYNDICATORS[n % len(SYNDICATORS)]
            words = src["text"].split()
            if len(words) > 30:
                words[rng.randrange(10, len(words) - 5)] = rng.choice(["also", "reportedly"])
            dup["text"] = (
                " ".join(words) + f" This article originally appeared on {name_of(src['source'])}."
            )
            dup["title"] = rng.choice(heads) if rng.random() < 0.5 else src["title"]
            dup["url"] = f"https://{outlet}/story/{slug(dup['title'])}-{rng.randint(1000, 9999)}"
            dup["source"] = outlet
            dup["published"] = src["published"] + timedelta(hours=rng.uniform(0.5, 3))
        elif kind == "tracking":
            dup["url"] = src["url"] + "?utm_source=rss&utm_medium=feed&fbclid=x" + str(n)
        else:
            dup["url"] = src["url"].replace("https://www.", "https://amp.") + "/amp"
        items.append(dup)
    return items


def hard_rows() -> list[dict]:
    """The hand-written hard cases as labelled input lines (in the order written)."""
    rows = []
    originals: dict[str, str] = {}
    for n, (key, kind, outlet, when, title, text, links, read) in enumerate(HARD_ITEMS, 1):
        host = outlet if outlet.endswith(".example") else f"www.{outlet}"
        url = f"https://{host}/{when[:4]}/{when[5:7]}/{when[8:10]}/{slug(title)}"
        if kind == "original":
            originals[key] = url
        rows.append(
            {
                "id": f"h{n:03d}",
                "url": url,
                "title": title,
                "text": text,
                "published": when,
                "source": outlet,
                "links": [originals[key] if u == HARD_ORIGINAL_LINK else u for u in links],
                "read": read,
                "gold_story": key,
                "gold_duplicate_of": None,
                "gold_original": HARD_ORIGINALS.get(key),
                "gold_kind": kind,
            }
        )
    return rows


def write_hard() -> None:
    rows = hard_rows()
    HARD_OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    stories = {r["gold_story"] for r in rows}
    print(f"{HARD_OUT}: {len(rows)} items, {len(stories)} stories and roundups")


def main() -> None:
    rng = random.Random(20260301)
    rows: list[dict] = []
    for seed in SEEDS:
        for item in compose(seed, random.Random(f"{seed['key']}-{rng.random()}")):
            item["gold_story"] = seed["key"]
            item["gold_original"] = seed["original"]
            rows.append(item)
    rng.shuffle(rows)
    for n, row in enumerate(rows, start=1):
        row["id"] = f"e{n:03d}"
    out = []
    for row in rows:
        dup_of = row["gold_duplicate_of"]
        out.append(
            {
                "id": row["id"],
                "url": row["url"],
                "title": row["title"],
                "text": row["text"],
                "published": row["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                "source": row["source"],
                "links": row["links"],
                "read": row["read"],
                "gold_story": row["gold_story"],
                "gold_duplicate_of": dup_of["id"] if dup_of else None,
                "gold_original": row["gold_original"],
            }
        )
    out.sort(key=lambda r: r["id"])
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    stories = {r["gold_story"] for r in out}
    dups = sum(r["gold_duplicate_of"] is not None for r in out)
    print(f"{OUT}: {len(out)} items, {len(stories)} stories, {dups} near/exact duplicates")
    write_hard()


if __name__ == "__main__":
    main()
