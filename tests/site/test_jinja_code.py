"""jinja_code.FastCode compiles templates to other code than Jinja's; every template must
render exactly what Jinja's own code renders: attribute access on objects, dicts, properties,
Undefined and None, nested blocks, super(), includes, macros, loops and set blocks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jinja2
import pytest
from newsdesk.sitebuilder import jinja_code, render

TEMPLATES = {
    "base.html": (
        "<h>{% block head %}[{{ page.title }}]{% endblock %}</h>"
        "{% block main %}base main{% endblock %}"
        "{% block outer %}o<{% block inner %}{{ page.meta.lang }}{% endblock %}>{% endblock %}"
        "{{ page.missing.deeper }}|{{ page.items }}|{{ d.items()|list|length }}|{{ d.keys is callable }}"
    ),
    "page.html": (
        '{% extends "base.html" %}{% macro card(s) %}<{{ s.name }}:{{ s["name"] }}>'
        "{% endmacro %}"
        "{% block head %}{{ super() }}+{{ page.title|upper }}{% endblock %}"
        "{% block main %}{% for s in page.sources %}{{ loop.index }}.{{ s.name }}"
        "{{ s.role or 'none' }}{{ s.n }}{{ s.nothing }}{{ s.broken }}|{{ card(s) }}"
        "{% include 'card.html' %}{% endfor %}"
        "{% set kept %}{{ page.meta.lang }}-{{ page.meta.nope.at }}{% endset %}{{ kept }}"
        "{{ none_value.attr }}{{ d.thread.title }}{{ d.thread.url }}{{ d.get('thread') }}"
        "{{ text.upper() }}{{ page.sources|length }}{{ page.html|safe }}{{ page.html }}"
        "{% if page.flag.set %}yes{% else %}no{% endif %}{% endblock %}"
        "{% block inner %}{{ super() }}/{{ d.thread['title'] }}{% endblock %}"
    ),
    "card.html": "[{{ s.name }}{{ s.url }}{{ page.meta.lang }}]",
}


@dataclass
class _Source:
    name: str
    role: str | None
    n: int

    @property
    def broken(self) -> str:
        raise AttributeError("inside")  # Jinja then tries the item, then Undefined

    def __getitem__(self, key: str) -> Any:
        return f"item-{key}"


class _Page:
    title = "A <title>"
    html = "<p>x</p>"
    items = "attr wins"
    meta = {"lang": "en"}
    flag = None

    def __init__(self) -> None:
        self.sources = [_Source("Wire", "origin", 1), _Source("B&C", None, 2)]


def _env(fast: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.DictLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.ChainableUndefined,
    )
    if fast:
        env.code_generator_class = jinja_code.FastCode
    return env


def _render(fast: bool, template: str = "page.html") -> str:
    return (
        _env(fast)
        .get_template(template)
        .render(
            page=_Page(),
            d={"thread": {"title": "T<>", "url": None}, "items": 3},
            none_value=None,
            text="abc",
        )
    )


def test_fast_code_renders_what_jinja_renders() -> None:
    ours = _render(True)
    assert ours == _render(False)
    assert "attr wins" in ours and "item-name" in ours and "T&lt;&gt;" in ours


def test_fast_code_is_what_it_says() -> None:
    code = _env(True).compile(TEMPLATES["page.html"], raw=True)
    assert "environment.getattr(_nd_o" in code and "yield concat(" in code
    assert "yield from parent_template" not in code and "yield from context.blocks" not in code


def test_fast_code_raises_what_jinja_raises() -> None:
    for fast in (True, False):
        env = _env(fast)
        env.undefined = jinja2.StrictUndefined
        with pytest.raises(jinja2.UndefinedError, match="'dict object' has no attribute 'x'"):
            env.from_string("{{ d.x }}").render(d={})


def test_the_renderer_compiles_with_fast_code(cfg) -> None:
    renderer = render.Renderer(cfg, [])
    assert renderer.env.code_generator_class is jinja_code.FastCode
    assert renderer.env.bytecode_cache is not None
    assert renderer.env.bytecode_cache.pattern == jinja_code.CACHE_PATTERN  # type: ignore[attr-defined]
