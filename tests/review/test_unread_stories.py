"""A feed whose entries point at dead pages: no empty story is drafted, approved or built.

A newcomer's crawl of such a feed gave one draft per entry with no text, whose only source was
"not read: http 404"; approve published it and ``build-site --strict`` passed it.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path

from click.testing import CliRunner
from loopback import LoopbackServer
from newsdesk.review import actions as review

from newsdesk import content
from newsdesk.cli import cli
from newsdesk.regenerate import save_generated

TITLES = [
    "Tokenmaxxing spreads to a bank's engineering floor",
    "A games studio bans tokenmaxxing after its bill triples",
    "Regulators ask whether tokenmaxxing misleads investors",
]


def _feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>{base}/gone/{i}.html</link>"
        f"<pubDate>Mon, 0{i + 1} Jun 2026 09:00:00 GMT</pubDate></item>"
        for i, t in enumerate(TITLES)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Dead links</title>'
        f"<link>{base}/</link>{items}</channel></rss>"
    ).encode()


class _DeadLinks(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        host = f"http://{self.headers['Host']}"
        if self.path == "/feed.xml":
            body, kind, code = _feed(host), "application/rss+xml", 200
        elif self.path.startswith("/hn/"):
            body, kind, code = b'{"hits": [], "nbPages": 0}', "application/json", 200
        else:
            body, kind, code = b"not found", "text/plain", 404
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _run(config: Path, *args: str) -> tuple[int, str]:
    """The exit status and what was said (the one-line error is the exception app._run shows)."""
    result = CliRunner().invoke(cli, [*args, "--config", str(config)])
    said = (
        "" if result.exception is None else f"{type(result.exception).__name__}: {result.exception}"
    )
    return result.exit_code, result.output + said


def test_dead_links_give_no_draft_and_the_summary_says_why(tmp_path: Path, newsdesk_toml) -> None:
    with LoopbackServer(_DeadLinks) as srv:
        config = newsdesk_toml(
            site={"base_url": "http://127.0.0.1/"},
            crawl={"allow_private_addresses": True, "timeout": 2.0, "retries": 0,
                   "lookback_days": 0},
            hackernews={"search_url": f"{srv.base}/hn/search",
                        "item_url": f"{srv.base}/hn/item/{{id}}.json"},
            feeds=[{"id": "dead", "url": f"{srv.base}/feed.xml"}],
        )  # fmt: skip
        for command in ("crawl", "stories"):
            code, out = _run(config, command)
            assert code == 0, out
    code, out = _run(config, "draft")
    assert code == 0, out
    assert "0 created" in out
    assert "3 not drafted: no source could be read" in out and "not read: http 404" in out
    cdir = tmp_path / "content"
    assert not list(cdir.rglob("*.md")) if cdir.exists() else True
    code, out = _run(config, "draft")  # a second run says the same, and writes nothing either
    assert code == 0 and "3 not drafted" in out, out


def test_an_empty_draft_is_refused_by_approve_and_by_a_strict_build(project: Path, drafts) -> None:
    """An empty draft already written (by an earlier version) is kept as it is, for the editor
    to reject or write; it cannot be published, and a published one fails --strict."""
    cdir = project / "content"
    meta = drafts.make_meta(title="Tokenmaxxing at a bank")
    path = save_generated(cdir, meta, "\n").path
    before = path.read_bytes()
    for fmt, marker in [("plain", "0; no text"), ("markdown", "❌ no text"),
                        ("json", '"no_text": true')]:  # fmt: skip
        code, out = _run(project / "newsdesk.toml", "review", "list", "--format", fmt)
        assert code == 0 and marker in out, out  # said before an editor tries approve
    code, out = _run(project / "newsdesk.toml", "review", "approve", "tokenmaxxing-at-a-bank")
    assert code == 1
    assert "tokenmaxxing-at-a-bank has no text to publish" in out and "Traceback" not in out
    assert path.read_bytes() == before
    code, out = _run(project / "newsdesk.toml", "review", "approve", "tokenmaxxing-at-a-bank",
                     "--force")  # fmt: skip
    assert code == 1 and path.read_bytes() == before

    cf = content.read(path)  # published by hand: the strict build refuses it
    content.replace_meta(cf, {**cf.meta, "status": "published"})
    code, out = _run(project / "newsdesk.toml", "build-site", "--offline", "--strict")
    assert code == 1 and "has no text" in out, out
    assert review.reject(cdir, "tokenmaxxing-at-a-bank", editor="Ada", reason="dead links")
