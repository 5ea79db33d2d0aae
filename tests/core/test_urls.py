"""One list of tracking parameters: the stories stage and the draft's source list agree."""

from __future__ import annotations

import pytest
from newsdesk.stories.canonical import canonical_url, without_tracking

from newsdesk.source_list import url_key

TRACKED = [
    "https://news.example/a?utm_source=x&id=3",
    "https://news.example/a?id=3&UTM_Medium=y",
    "https://news.example/a?id=3&fbclid=1",
    "https://news.example/a?igshid=abc&id=3",
    "https://news.example/a?id=3&ocid=rss&mc_cid=9",
]


@pytest.mark.parametrize("url", TRACKED)
def test_tracking_parameters_never_make_a_new_source(url: str) -> None:
    plain = "https://news.example/a?id=3"
    assert url_key(url) == url_key(plain)
    assert canonical_url(url) == canonical_url(plain)
    assert without_tracking(url) == plain


def test_other_parameters_still_make_a_different_page() -> None:
    assert url_key("https://news.example/a?id=3") != url_key("https://news.example/a?id=4")
    assert canonical_url("https://news.example/a?id=3") != canonical_url(
        "https://news.example/a?id=4"
    )
