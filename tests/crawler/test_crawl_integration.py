"""End to end against a real HTTP server on 127.0.0.1 serving our fixture web."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from crawl_config import ALL_FEEDS, write_config
from fixture_site import ETAG, FixtureServer
from newsdesk.crawler import crawl
from newsdesk.crawler.warc import Archive

from newsdesk.config import load_config
from newsdesk.store import Store


def _errors(store: Store) -> dict[str, str]:
    return {
        r["url"].split("/", 3)[-1]: r["error"]
        for r in store.db.execute("SELECT * FROM fetch_errors")
    }


def test_crawl_explains_every_failure_and_completes(tmp_path: Path, server) -> None:
    config = load_config(write_config(tmp_path, server.base, ALL_FEEDS))
    summary = crawl(config, progress=False)
    # good, atom, rdf, latin1, bozo, flaky (500 then 200), ratelimited (429 then 200)
    assert (summary.feeds_fetched, summary.feeds_failed, summary.feeds_malformed) == (7, 5, 1)
    with Store(config.path(config.crawl.database)) as store:
        errors = _errors(store)
        assert errors["feeds/slow.xml"].startswith("timed out")
        assert errors["feeds/loop-a.xml"] == "redirect loop"
        assert errors["feeds/html.xml"].startswith("an HTML page, not a feed (text/html")
        assert errors["feeds/huge.xml"] == "body over 200000 bytes"
        assert errors["private/feed.xml"].startswith("disallowed by")
        assert errors["feeds/bozo.xml"].startswith("malformed feed, parsed anyway")
        assert errors["articles/off.html"].startswith("no topic keyword")
        assert store.feed_state("bozo")["bozo"] == 1
        assert store.feed_state("slow")["last_error"].startswith("timed out")
        articles = {a.url.rsplit("/", 1)[1]: a for a in store.articles()}
        entries = {e.url.rsplit("/", 1)[1]: e for e in store.entries()}
        discussions = {d.hn_id: d for d in store.discussions()}
    assert server.hits["/feeds/flaky.xml"] == 2 and server.hits["/feeds/ratelimited.xml"] == 2
    assert (
        entries["latin1.html"].title
        == "Caf\u00e9 staff embrace tokenmaxxing \u2013 \u00bfpor qu\u00e9?"
    )
    # the off-topic page was checked once and is not an article
    assert "off.html" not in articles and server.hits["/articles/off.html"] == 1
    reasons = {name: (a.read, a.read_reason) for name, a in articles.items()}
    assert reasons["a1.html"] == (True, "full text")
    assert reasons["paywalled.html"] == (False, "paywall")
    assert reasons["forbidden.html"] == (False, "http 403")
    assert reasons["secret.html"] == (False, "robots")
    assert reasons["flaky.html"] == (True, "full text")  # 503 then 200
    assert server.hits["/private/secret.html"] == 0
    assert articles["forbidden.html"].text == "Forbidden blurb about tokenmaxxing."
    a1 = articles["a1.html"]
    assert a1.links == ("https://www.ledger.example/story",) and a1.author == "Rowan Vale"
    moved = articles["moved"]
    assert moved.final_url.endswith("/articles/a2.html") and moved.redirects == (moved.url,)
    # HN: comments in kids order, dead and deleted skipped, max_comments = 3
    story = discussions[9001]
    assert [c.id for c in story.comments] == [9102, 9104, 9105]
    assert story.comments[1].text == "Goodhart's law again."
    assert (story.url, story.points, story.num_comments) == (
        f"{server.base}/articles/a1.html",
        120,
        5,
    )
    ask = discussions[9002]
    assert ask.url is None and ask.text == 'Our dashboard ranks token use.\n\nIs this "normal"?'
    assert [c.author for c in ask.comments] == ["dee", "eli"]
    assert "problems:" in summary.line() and "bozo: malformed feed" in summary.line()
    # an article's HN thread that no keyword search returns is found by its URL
    assert discussions[9003].url == f"{server.base}/articles/flaky.html"
    # every request says who we are, with the configured user agent
    agents = {h.get("user-agent") for seen in server.seen_headers.values() for h in seen}
    assert agents == {config.crawl.user_agent}


def test_second_crawl_is_conditional_and_refetches_nothing(tmp_path: Path, server) -> None:
    config = load_config(write_config(tmp_path, server.base, ["good", "atom", "rdf"]))
    first = crawl(config, progress=False)
    pages_before = {p: n for p, n in server.hits.items() if p.startswith("/articles/")}
    second = crawl(config, progress=False)
    assert first.feeds_fetched == 3 and first.articles_extracted > 0
    assert (second.feeds_fetched, second.feeds_not_modified) == (0, 3)
    assert (second.entries_new, second.articles_extracted, second.articles_blurb_only) == (0, 0, 0)
    assert server.seen_headers["/feeds/good.xml"][-1].get("if-none-match") == ETAG
    assert "if-modified-since" in server.seen_headers["/feeds/atom.xml"][-1]
    assert {p: n for p, n in server.hits.items() if p.startswith("/articles/")} == pages_before


def test_ssrf_guard_refuses_loopback_by_default(tmp_path: Path, server) -> None:
    config = load_config(
        write_config(tmp_path, server.base, ["good"], allow_private_addresses=False)
    )
    summary = crawl(config, progress=False)
    assert summary.feeds_failed == 1 and "non-public address 127.0.0.1" in summary.line()
    assert not server.hits


def test_record_then_replay_without_the_server(tmp_path: Path, server) -> None:
    config = load_config(write_config(tmp_path, server.base, ["good", "rdf"]))
    archive = tmp_path / "crawl.warc.gz"
    recorded = crawl(config, record=archive, progress=False)
    assert recorded.articles_extracted > 0 and Archive.load(archive).records
    server.httpd.shutdown()  # nothing may be fetched from now on
    (tmp_path / "data").rename(tmp_path / "data.live")
    replayed = crawl(config, replay=archive, progress=False)
    assert (replayed.articles_extracted, replayed.articles_blurb_only) == (
        recorded.articles_extracted,
        recorded.articles_blurb_only,
    )
    with (
        Store(tmp_path / "data.live" / "test.db") as live,
        Store(config.path(config.crawl.database)) as rep,
    ):
        assert sorted(json.dumps(a.to_json()) for a in live.articles()) == sorted(
            json.dumps(a.to_json()) for a in rep.articles()
        )


def test_cli_crawl_and_articles_jsonl(tmp_path: Path, server) -> None:
    cfg = write_config(tmp_path, server.base, ["good", "atom"])
    run = [sys.executable, "-m", "newsdesk"]
    proc = subprocess.run([*run, "crawl", "--config", str(cfg)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") == 1 and proc.stdout.startswith("crawl: feeds: 2 fetched")
    out = subprocess.run(
        [*run, "articles", "--config", str(cfg), "--format", "jsonl", "--topic", "tokenmaxxing"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    keys = {
        "id",
        "url",
        "canonical_url",
        "title",
        "text",
        "author",
        "site_name",
        "published",
        "language",
        "links",
        "read",
    }
    assert lines and all(keys <= set(line) for line in lines)  # DESIGN.md's keys, every line
    assert len({line["id"] for line in lines}) == len(lines)
    for line in lines:
        assert isinstance(line["text"], str) and isinstance(line["links"], list)
        assert all(isinstance(u, str) for u in line["links"])
        assert line["url"].startswith(server.base) and line["canonical_url"]
    assert {line["read"]["reason"] for line in lines} >= {"full text", "paywall", "http 403"}
    bad = subprocess.run(
        [*run, "articles", "--config", str(cfg), "--topic", "nope"], capture_output=True, text=True
    )
    assert bad.returncode == 1 and "unknown topic 'nope'" in bad.stderr


def test_per_host_limit_is_never_exceeded(tmp_path: Path) -> None:
    with FixtureServer(article_delay=0.2) as server:
        cfg = write_config(
            tmp_path, server.base, ["good", "atom", "rdf", "latin1"], per_host_concurrency=2
        )
        summary = crawl(load_config(cfg), progress=False)
        assert summary.articles_extracted >= 5
        assert server.peak == 2  # the limit, reached and never exceeded


def test_global_limit_holds_across_hosts(tmp_path: Path) -> None:
    """Two hosts, two requests allowed per host, two in all: never more than two at once."""
    from fixture_site import Gauge

    gauge = Gauge()
    with (
        FixtureServer(article_delay=0.2, gauge=gauge) as one,
        FixtureServer(article_delay=0.2, gauge=gauge) as two,
    ):
        cfg = write_config(
            tmp_path, one.base, ["good", "atom"], per_host_concurrency=2, concurrency=2
        )
        extra = "".join(
            f'\n[[feeds]]\nid = "{f}2"\nurl = "{two.base}/feeds/{f}.xml"\n'
            for f in ("good", "atom")
        )
        cfg.write_text(cfg.read_text(encoding="utf-8") + extra, encoding="utf-8")
        summary = crawl(load_config(cfg), progress=False)
        assert summary.feeds_fetched == 4 and summary.articles_extracted >= 4
        assert one.hits["/articles/a1.html"] == 1 and two.hits["/articles/a1.html"] == 1
        assert gauge.peak == 2  # the global limit, reached and never exceeded
