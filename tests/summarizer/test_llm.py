"""The llm backend against a small OpenAI-compatible server on 127.0.0.1 started by the test."""

from __future__ import annotations

import dataclasses
import json
import sys
from http.server import BaseHTTPRequestHandler

import pytest
from loopback import LoopbackServer
from newsdesk.summarizer import summarize
from newsdesk.summarizer.copying import Shingles, copy_ratio, quoted_words, tokens
from newsdesk.summarizer.draft import render_body
from newsdesk.summarizer.llm import LLMError
from testkit import TOPIC, write_config

from newsdesk.config import LLMConfig, SummarizerConfig

PARAPHRASE = (
    "Meta kept an internal ranking of its engineers by the AI tokens they used, the Financial"
    " Times reported."
)
INVENTED = "The leaderboard listed the 250 heaviest users by monthly token spend."
MISATTRIBUTED = "\u201cThere is just so much pressure,\u201d Dana Whitfield told the FT."
COPIED = (  # a paragraph of the FT's, word for word, as if it were ours
    "Meta has quietly ranked its engineers by how many AI tokens they consume, according to"
    " internal documents seen by the Financial Times. The leaderboard, launched in March, showed"
    " the top 100 users by monthly token spend."
)
QUOTED = (
    "\u201cThere is just so much pressure,\u201d one employee told the FT, Ars Technica reported."
)
ANSWER = {
    "headline": "Meta engineers game a token leaderboard",
    "synopsis": [f"{PARAPHRASE} [1]", f"{INVENTED} [1]"],
    "takeaways": [f"{COPIED} [1]"],
    "what_happened": [f"{MISATTRIBUTED} [1][3]", f"{QUOTED} [2]"],
    "reaction": [],
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


def test_each_kind_of_llm_sentence_meets_its_fate(story, server, monkeypatch):
    """A faithful paraphrase and an attributed quote stand; an invented number, a quote given to
    the wrong person and a copied paragraph are flagged for the editor, and --strict drops them."""
    monkeypatch.setenv("TEST_LLM_KEY", "sekret")
    draft = summarize(story, _settings(server))
    flagged = {line.text: line.reasons for line in draft.flagged}
    assert set(flagged) == {INVENTED, MISATTRIBUTED, COPIED}
    # the number first; the meaning verifier may also find its wording ("listed the heaviest")
    # further from the FT's passage than a paraphrase ("showed the top"), which is fair
    assert flagged[INVENTED][0] == "number 250 is not in the cited sources"
    assert any("is not by Dana Whitfield" in r for r in flagged[MISATTRIBUTED])
    assert flagged[COPIED] == ("36 words copied from Financial Times [1] without quotation marks",)
    supported = [line.text for line in draft.prose() if not line.flagged]
    assert PARAPHRASE in supported and QUOTED in supported
    assert draft.generator == "llm" and draft.report()["flagged"] == 3
    # the request: chat completions, the key from the named env var, numbered sources only,
    # and a prompt asking for our own words with quotations verbatim and attributed
    (req,) = _Handler.seen
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer sekret"
    system, user = (m["content"] for m in req["body"]["messages"])
    assert "own words" in system and "verbatim" in system and "name, in the same sentence" in system
    assert "[1] Financial Times" in user and "[3] Example Blog" in user
    # flagged sentences are marked for the editor, and --strict drops them
    body = render_body(draft)
    assert '<mark class="flag" title="number 250 is not in the cited sources' in body
    strict = render_body(draft, strict=True)
    assert "250" not in strict and "Dana Whitfield" not in strict and "quietly" not in strict
    assert f"{PARAPHRASE} [1]" in strict
    copies = Shingles.of({n: it.text for n, it in enumerate(story.items, 1)})
    assert copy_ratio([line.text for line in draft.without_flagged().prose()], copies) == 0


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
    assert out["generator"]["name"] == "llm" and out["verification"]["flagged"] == 3
    bad = {s["text"]: s["reasons"] for s in out["sentences"] if not s["supported"]}
    assert INVENTED in bad and COPIED in bad and PARAPHRASE not in bad


def test_the_llm_draft_is_held_to_the_quoting_budget(story, server, monkeypatch):
    """An answer that is mostly quotation (each verbatim and attributed, so nothing is flagged)
    keeps its own sentences; quoted lines are dropped, last first, until 30% holds."""
    quoted = [
        "\u201cMeta has quietly ranked its engineers by how many AI tokens they consume,\u201d the"
        " Financial Times reported. [1]",
        "\u201cSome staff wrote scripts that sent the same prompt thousands of times to climb the"
        " rankings,\u201d the Financial Times reported. [1]",
        "\u201cThe leaderboard showed the top 100 users by monthly token spend,\u201d Example Blog"
        " reported. [3]",
    ]
    answer = dict(ANSWER, synopsis=[f"{PARAPHRASE} [1]"], takeaways=[], what_happened=quoted)
    monkeypatch.setitem(globals(), "ANSWER", answer)
    lines = [ln.text for ln in summarize(story, _settings(server)).lines()]
    assert PARAPHRASE in lines and len([x for x in lines if quoted_words(x)]) < len(quoted)
    assert sum(map(quoted_words, lines)) <= 0.3 * sum(len(tokens(x)) for x in lines)


def test_the_llms_headline_is_held_to_the_copy_names_and_numbers_rules(story, server, monkeypatch):
    """The model's headline stands when it is its own; one that copies a source's headline, or
    names someone no source names, is replaced (newsdesk's own or the lead's marked)."""
    monkeypatch.setenv("TEST_LLM_KEY", "sekret")
    untitled = dataclasses.replace(story, title=None)
    assert summarize(untitled, _settings(server)).headline == ANSWER["headline"]
    for bad in ("Meta ranks engineers by AI tokens", "Meta engineers game a Zuckerberg board"):
        monkeypatch.setitem(ANSWER, "headline", bad)
        headline = summarize(untitled, _settings(server)).headline
        assert headline != bad and "Meta" in headline
    # a title the caller gave stands over the model's
    assert summarize(story, _settings(server)).headline == story.title
