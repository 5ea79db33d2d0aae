"""The llm backend against a small OpenAI-compatible server on 127.0.0.1 started by the test."""

from __future__ import annotations

import dataclasses
import json
import sys
from http.server import BaseHTTPRequestHandler

import pytest
from loopback import LoopbackServer
from newsdesk.summarizer import summarize
from newsdesk.summarizer.llm import LLMError
from newsdesk.summarizer.markdown import render_body
from testkit import TOPIC, write_config

from newsdesk.config import LLMConfig, SummarizerConfig

ANSWER = {
    "headline": "Meta engineers game a token leaderboard",
    "synopsis": [
        "Meta ranked its engineers by how many AI tokens they consume, the Financial Times reported. [1][2]",
        "The leaderboard showed the top 100 users by monthly token spend. [1][3]",
    ],
    "takeaways": ["Some staff wrote scripts that sent the same prompt thousands of times. [1][2]"],
    # one invented quote and one wrong number, both must be caught
    "what_happened": [
        "\u201cWe were told to burn tokens or be fired,\u201d one employee told the FT. [1]",
        "In 2024, Meta spent $4.5 billion on AI infrastructure. [1]",
    ],
    "reaction": ["Critics on social media called the practice tokenmaxxing. [2]"],
    "background": [],
}


class _Handler(BaseHTTPRequestHandler):
    seen: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.seen.append(
            {"path": self.path, "auth": self.headers.get("Authorization"), "body": body}
        )
        content = "```json\n" + json.dumps(ANSWER) + "\n```"
        payload = json.dumps(
            {"choices": [{"message": {"role": "assistant", "content": content}}]}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    _Handler.seen = []
    with LoopbackServer(_Handler) as srv:
        yield f"{srv.base}/v1"


def _settings(base_url: str) -> SummarizerConfig:
    return SummarizerConfig(
        backend="llm", llm=LLMConfig(base_url=base_url, model="tiny", api_key_env="TEST_LLM_KEY")
    )


def test_invented_quote_and_wrong_number_are_both_caught(story, server, monkeypatch):
    monkeypatch.setenv("TEST_LLM_KEY", "sekret")
    draft = summarize(story, _settings(server))
    flagged = {line.text: line.reasons for line in draft.flagged}
    assert set(flagged) == {
        "\u201cWe were told to burn tokens or be fired,\u201d one employee told the FT.",
        "In 2024, Meta spent $4.5 billion on AI infrastructure.",
    }
    assert any(
        "quote" in r
        for r in flagged[
            "\u201cWe were told to burn tokens or be fired,\u201d one employee told the FT."
        ]
    )
    assert flagged["In 2024, Meta spent $4.5 billion on AI infrastructure."] == (
        "number 4.5 is not in the cited sources",
    )
    assert draft.generator == "llm" and draft.report()["flagged"] == 2
    # the request: chat completions, the key from the named env var, numbered sources only
    (req,) = _Handler.seen
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer sekret"
    user = req["body"]["messages"][-1]["content"]
    assert "[1] Financial Times" in user and "[3] Example Blog" in user
    # flagged sentences are marked for the editor, and --strict drops them
    body = render_body(draft)
    assert '<mark class="flag" title="number 4.5 is not in the cited sources">' in body
    strict = render_body(draft, strict=True)
    assert "4.5 billion" not in strict and "burn tokens" not in strict
    assert "Critics on social media called the practice tokenmaxxing. [2]" in strict


def test_unreachable_endpoint_is_a_one_line_user_error(story):
    with pytest.raises(LLMError, match="LLM endpoint http://127.0.0.1:9/v1"):
        summarize(
            story,
            dataclasses.replace(
                _settings("http://127.0.0.1:9/v1"),
                llm=LLMConfig(base_url="http://127.0.0.1:9/v1", timeout=2),
            ),
        )


def test_summarize_command_with_the_llm_backend(story, server, tmp_path):
    import subprocess

    write_config(
        tmp_path,
        name="nd.toml",
        crawl={"database": "x.db"},
        topics=[TOPIC | {"slug": "t", "name": "T"}],
        summarizer={"llm": {"base_url": server, "model": "tiny"}},
    )
    items = [
        {"id": it.id, "url": it.url, "title": it.title, "text": it.text, "source": it.source}
        for it in story.items
    ]
    (tmp_path / "story.json").write_text(json.dumps({"items": items}), encoding="utf-8")
    args = ["summarize", "--input", "story.json", "--backend", "llm", "--config", "nd.toml"]
    r = subprocess.run(
        [sys.executable, "-m", "newsdesk", *args],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["generator"]["name"] == "llm" and out["verification"]["flagged"] == 2
    bad = {s["text"]: s["reasons"] for s in out["sentences"] if not s["supported"]}
    assert "In 2024, Meta spent $4.5 billion on AI infrastructure." in bad
