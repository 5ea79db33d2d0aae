"""render._Context calls the link helpers directly; every call must give what Jinja's own
Context.call gives, in loops, blocks and includes, and for any other callable a site's
templates may use (pass_context functions, macros, callable objects)."""

from __future__ import annotations

from typing import Any

import jinja2
import markupsafe
from newsdesk.sitebuilder import render, urls

TEMPLATES = {
    "base.html": (
        "<a href=\"{{ u('') }}\">home</a>{% block main %}{% endblock %}"
        "{{ whoami() }}{{ twice('x') }}"
    ),
    "page.html": (
        '{% extends "base.html" %}{% macro link(t) %}<{{ u(t) }}>{% endmacro %}'
        "{% block main %}{% for t in targets %}{{ u(t) }}|{{ link(t) }}|"
        "{{ u(topic_url(t)) }}|{% include 'card.html' %}{% endfor %}"
        "{{ u('about/') }}{{ topic_url('odd slug/') }}{% endblock %}"
    ),
    "card.html": "[{{ u(t ~ 'x/') }}{{ t|length }}]",
}


@jinja2.pass_context
def _whoami(ctx: Any) -> str:
    return str(ctx.get("current"))


class _Twice:
    def __call__(self, text: str) -> str:
        return text * 2


def _render(context_class: type[jinja2.runtime.Context], url: str) -> str:
    env = jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), autoescape=True)
    env.context_class = context_class
    env.globals.update(topic_url=urls.topic_url, whoami=_whoami, twice=_Twice())
    return env.get_template("page.html").render(
        u=render._link(urls.root_for(url)),
        current=url,
        targets=["", "topics/agents/", "a b/", "2026/05/story/"],
    )


def test_direct_calls_render_what_jinja_calls_render() -> None:
    for url in ("", "latest/", "2026/05/story/", "topics/x/page/2/"):
        ours = _render(render._Context, url)
        assert ours == _render(jinja2.runtime.Context, url)
        assert url in ours  # the pass_context function saw the page


def test_the_renderer_uses_the_direct_context(cfg) -> None:
    renderer = render.Renderer(cfg, [])
    assert renderer.env.context_class is render._Context
    u = renderer.linker("2026/05/story/")
    assert u("") == "../../../" and u("about/") == "../../../about/"
    assert renderer.linker("")("") == "./"


class _Html:
    def __html__(self) -> str:
        return "<b>mine</b>"


class _Level(int):
    def __str__(self) -> str:
        return "<level>"


VALUES = [0, -12, 10**30, True, False, None, 1.5, "a<b>&'\"", "", markupsafe.Markup("<i>ok</i>"),
          _Html(), _Level(3), ["<x>", 1]]  # fmt: skip
ESCAPING = {
    "base.html": "{% block main %}{% endblock %}|{% set kept %}{{ v }}{% endset %}{{ kept }}",
    "page.html": (
        '{% extends "base.html" %}{% block main %}{{ v }}|{{ v ~ "<" }}|{{ [v]|first }}|'
        "{% for x in [v, v] %}{{ x }}{% include 'card.html' %}{% endfor %}{% endblock %}"
    ),
    "card.html": "[{{ v }}]",
}


def _escaped(template_class: type[jinja2.Template], value: Any) -> str:
    env = jinja2.Environment(loader=jinja2.DictLoader(ESCAPING), autoescape=True)
    env.template_class = template_class
    return env.get_template("page.html").render(v=value)


def test_output_escapes_as_markupsafe_does() -> None:
    for value in VALUES:
        assert str(render._escape(value)) == str(markupsafe.escape(value)), value
        assert _escaped(render._Template, value) == _escaped(jinja2.Template, value), value
