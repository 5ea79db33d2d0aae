"""The llm backend: any OpenAI-compatible chat-completions endpoint (Ollama, vLLM, …).

The model sees only the numbered source texts, is asked for the story in its own words (quotations
verbatim, short and attributed), must end every sentence with [n] citations, and answers in JSON.
Its sentences then go through the same verifier as the extractive backend's and the copy check
(copying.py: a run of 8 or more words from one source outside quotation marks); nothing it
writes is trusted. A flagged sentence is marked for the editor, or dropped with
``summarizer.strict``. The API key is read from the environment variable named by
``summarizer.llm.api_key_env`` (optional for local servers).
"""

from __future__ import annotations

import json
import os
import re
import time
from typing import Any

import httpx
from newsdesk.summarizer.compose import Numbering
from newsdesk.summarizer.verify import split_markers

from newsdesk.config import SummarizerConfig
from newsdesk.errors import NewsdeskError
from newsdesk.models import StoryInput

SOURCE_CHARS = 6000
MAX_ANSWER = 4_000_000  # bytes of an endpoint's answer
KEYS = ("synopsis", "takeaways", "what_happened", "reaction", "background")
SECTION_OF = {
    "what_happened": "What happened",
    "reaction": "Reaction and discussion",
    "background": "Background",
}
SYSTEM = (
    "You are a careful news editor. Write a neutral summary of one news story using ONLY the "
    "numbered sources given. Never add facts, names, numbers or quotes that are not in them. "
    "Write in your own words: do not copy sentences or long phrases from the sources. When a "
    "source's exact words matter, quote them verbatim in double quotation marks and name, in the "
    'same sentence, who said them and the outlet that reported them ("..., Priya Raman told '
    'Circuit Report"); keep quotations short, at most about 50 quoted words from any one source '
    'and under a third of your words. Attribute claims ("According to Valley Courier, '
    '..."). End every sentence with the numbers of the sources that support it, like [1] or '
    '[2][3]. Answer with one JSON object with the keys "headline" (string), "synopsis" (2 '
    'or 3 sentences), "takeaways", "what_happened", "reaction", "background" (each a '
    "list of sentences)."
)


class LLMError(NewsdeskError):
    """The LLM endpoint could not be reached or answered something unusable."""


def prompt(story: StoryInput, num: Numbering) -> str:
    parts = [f"Story: {story.title or ''}".strip()]
    for n, text in sorted(num.texts.items()):
        if text:
            name = num.names.get(n, "")
            record = num.records.get(n, "")  # what newsdesk holds about it: dates, who was first
            parts.append(f"[{n}] {name}\n{text[:SOURCE_CHARS]}\n\n{record}".rstrip())
    return "\n\n".join(parts)


def complete(settings: SummarizerConfig, messages: list[dict[str, str]]) -> str:
    """One chat completion; the answer's text."""
    cfg = settings.llm
    headers = {"Content-Type": "application/json"}
    key = os.environ.get(cfg.api_key_env, "")
    if key:
        headers["Authorization"] = f"Bearer {key}"
    url = cfg.base_url.rstrip("/") + "/chat/completions"
    body = {"model": cfg.model, "messages": messages, "temperature": cfg.temperature}
    try:
        status, raw = _post(url, body, headers, cfg.timeout)
    except httpx.HTTPError as exc:
        raise LLMError(f"LLM endpoint {url}: {exc.__class__.__name__}: {exc}") from None
    if status != 200:
        text = raw[:200].decode("utf-8", "replace")
        raise LLMError(f"LLM endpoint {url}: HTTP {status}: {text}")
    try:
        return str(json.loads(raw)["choices"][0]["message"]["content"])
    except (ValueError, KeyError, IndexError, TypeError, RecursionError):
        raise LLMError(f"LLM endpoint {url}: not an OpenAI-style chat completion") from None


def _post(url: str, body: Any, headers: dict[str, str], timeout: float) -> tuple[int, bytes]:
    """(status, body) of the request, within ``timeout`` seconds in all and ``MAX_ANSWER``
    bytes: httpx's timeout bounds each read, so an endpoint that drips an answer, or never
    ends one, held the draft for ever."""
    deadline = time.monotonic() + timeout
    with httpx.stream("POST", url, json=body, headers=headers, timeout=timeout) as resp:
        data = bytearray()
        for chunk in resp.iter_bytes():
            data += chunk
            if len(data) > MAX_ANSWER:
                raise LLMError(f"LLM endpoint {url}: answer over {MAX_ANSWER} bytes")
            if time.monotonic() > deadline:
                raise LLMError(f"LLM endpoint {url}: no whole answer in {timeout:g} s")
        return resp.status_code, bytes(data)


def parse(answer: str) -> dict[str, Any]:
    """The JSON object in the answer (code fences tolerated); else its lines as one section."""
    m = re.search(r"\{.*\}", answer, re.S)
    if m:
        try:
            data = json.loads(m.group(0))
            if isinstance(data, dict):
                return data
        except (ValueError, RecursionError):  # the endpoint's answer is not trusted
            pass
    lines = [x.strip(" -*\t") for x in answer.splitlines() if x.strip()]
    return {"synopsis": lines[:3], "what_happened": lines[3:]}


def _sentences(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    return []


def generate(
    story: StoryInput, settings: SummarizerConfig, num: Numbering, headline: str
) -> tuple[dict[str, list[tuple[str, tuple[int, ...]]]], str]:
    """Ask the model; return its sentences as (text, cites) groups and its headline."""
    answer = complete(
        settings,
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt(story, num)}],
    )
    data = parse(answer)
    groups: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for key in KEYS:
        pairs = [split_markers(s) for s in _sentences(data.get(key))]
        groups[SECTION_OF.get(key, key)] = [(t, c) for t, c in pairs if t]
    title = data.get("headline")
    return groups, title.strip() if isinstance(title, str) and title.strip() else headline
