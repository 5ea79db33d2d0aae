"""A story whose ``topic`` is not one of the config's: it made a topic page of its own, silently
(a typo, 'tokenmaxing', split the topic in two). Now a warning naming the file and the topic,
and a failure under ``--strict``."""

from __future__ import annotations

import pytest
from newsdesk.sitebuilder import build
from sitekit import story, write_story

from newsdesk.errors import BuildError


def test_a_topic_not_in_the_config_is_a_warning_naming_file_and_topic(cfg, content_dir) -> None:
    path = write_story(content_dir, story(topic="tokenmaxing"))
    summary = build(cfg)
    assert summary.stories == 1  # still built: a warning, not a lost story
    (warning,) = [w for w in summary.warnings if "not one of the config's topics" in w]
    assert str(path) in warning and "'tokenmaxing'" in warning
    assert "did you mean 'tokenmaxxing'?" in warning
    with pytest.raises(BuildError, match="tokenmaxing"):
        build(cfg, strict=True)


def test_a_configured_topic_is_no_warning(cfg, content_dir) -> None:
    write_story(content_dir, story(topic="tokenmaxxing"))
    assert not [w for w in build(cfg).warnings if "topic" in w]
