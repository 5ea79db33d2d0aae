"""The Role enum: one order of roles, and values that serialise as the plain strings did."""

from __future__ import annotations

import dataclasses
import json

import yaml

from newsdesk.models import ROLE_RANK, ROLES, Role, Source, SourceCounts, count_sources

# The order stories/attribution.py, stories/lead.py, stories/run.py and summarizer/editorial.py
# each wrote out before issue 15.
WAS = {"original": 0, "coverage": 1, "primary": 2, "discussion": 3}


def test_the_one_order_is_the_one_the_stages_used() -> None:
    assert ROLE_RANK == WAS
    assert list(ROLE_RANK) == list(WAS)
    assert ROLES == ("original", "coverage", "primary", "discussion")
    assert [r.value for r in Role] == list(ROLES)


def test_roles_are_the_strings_they_replace() -> None:
    assert Role.ORIGINAL == "original"
    assert f"{Role.PRIMARY}" == "primary"
    assert {"coverage": 1}[Role.COVERAGE] == 1
    assert json.dumps({Role.DISCUSSION: [Role.ORIGINAL]}) == '{"discussion": ["original"]}'
    assert all(type(r) is str for r in ROLES)  # plain strings, safe for yaml.safe_dump
    assert yaml.safe_dump(list(ROLES)) == "- original\n- coverage\n- primary\n- discussion\n"


def test_counts_keep_their_published_order() -> None:
    """sources.json lists counts in SourceCounts' field order, which is not Role's order."""
    fields = [f.name for f in dataclasses.fields(SourceCounts)]
    assert fields[1:5] == ["original", "coverage", "discussion", "primary"]


def test_counts_count_every_role() -> None:
    def source(role: str) -> Source:
        return Source(
            url=f"https://{role}.example/",
            outlet=f"{role}.example",
            name=role,
            title=role,
            role=role,
            tier="trusted",
            read=True,
        )

    counts = count_sources([source(r) for r in (*ROLES, Role.COVERAGE)])
    assert (counts.original, counts.coverage, counts.primary, counts.discussion) == (1, 2, 1, 1)
    assert counts.line() == "5 sources · 1 original · 1 primary · 5 trusted"


def test_counts_line_leaves_out_parts_that_are_zero() -> None:
    """Issue 14 item 13: '1 source', not '1 source · 0 original · 0 trusted'."""
    lone = Source(
        url="https://blog.example/post",
        outlet="blog.example",
        name="A blog",
        title="A post",
        role="coverage",
        tier="unrated",
        read=True,
    )
    assert count_sources([lone]).line() == "1 source"
    assert " 0 " not in count_sources([lone, lone], excluded=0).line()
    assert count_sources([lone], excluded=2).line() == "1 source · 2 excluded"
