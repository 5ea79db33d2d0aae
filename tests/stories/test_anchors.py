"""The entity anchor of late coverage: a follow-up weeks later, told in other words, joins the
story whose rare names it shares; another event of the same company does not; a roundup that
names several stories joins none of them by its names; a burst of its own is a new story."""

from __future__ import annotations

from collections import Counter

from newsdesk.stories import group_items, update_stories
from newsdesk.stories.names import NameCores, all_names, core_names, shared_anchors

from newsdesk.config import StoriesConfig
from newsdesk.store import Store
from newsdesk.story_store import load_stories

from .conftest import article, item  # noqa: TID252

SPILL_1 = (
    "A tanker operated by Morwen Shipping ran aground off Tarrock Island on Sunday and spilled "
    "about 3,000 tonnes of crude oil into the bay. Morwen Shipping said the crew of twenty was "
    "safe. Fishing around Tarrock Island was suspended while booms were laid."
)
SPILL_2 = (
    "Crude oil from a grounded Morwen Shipping tanker has reached the beaches of Tarrock "
    "Island, where volunteers spent Sunday night clearing birds. Morwen Shipping estimates the "
    "spill at 3,000 tonnes and has hired salvage crews to pump out the remaining cargo."
)
FOLLOW_UP = (
    "Investigators blamed a failed steering pump and an exhausted watch officer for the "
    "grounding at Tarrock Island. Morwen Shipping accepted the findings, will pay for the "
    "clean-up and has fitted backup pumps across its fleet, the inquiry said."
)
OTHER_EVENT = (
    "Morwen Shipping ordered six container vessels that run on methanol from a Korean "
    "yard, the company said. Morwen Shipping expects delivery in 2029 and says the order is "
    "its largest ever."
)
ROUNDUP = (
    "Three things this week. Morwen Shipping's Tarrock Island clean-up is nearly done. Velder "
    "Airways at Brannock Airport cut its routes. And Velder Airways pilots at Brannock Airport "
    "voted to strike."
)


def _items(late: str, *extra: tuple[str, str, str, str]) -> list:  # type: ignore[type-arg]
    out = [
        item("a", "https://a.example/2026/05/tanker-aground", "Morwen Shipping tanker runs "
             "aground off Tarrock Island", SPILL_1, "2026-05-03T08:00:00Z"),
        item("b", "https://b.example/news/tarrock-oil", "Oil reaches Tarrock Island beaches "
             "after Morwen Shipping grounding", SPILL_2, "2026-05-03T20:00:00Z"),
        item("late", "https://c.example/2026/05/inquiry-findings", "Steering failure and "
             "fatigue behind the grounding, investigators find", FOLLOW_UP, late),
    ]  # fmt: skip
    out += [item(i, u, t, x, "2026-05-10T09:00:00Z") for i, u, t, x in extra]
    return out


def _story_of(stories, item_id):  # type: ignore[no-untyped-def]
    return next(set(s.item_ids) for s in stories if item_id in s.item_ids)


def test_a_follow_up_weeks_later_in_other_words_joins_by_its_names() -> None:
    items = _items("2026-05-20T10:00:00Z")  # 17 days later, beyond the 96-hour window
    stories = group_items(items, StoriesConfig())
    assert _story_of(stories, "a") == {"a", "b", "late"}


def test_the_same_follow_up_without_the_anchor_stays_apart() -> None:
    """The join comes from the names: the cosine alone is far below the follow-up bar."""
    settings = StoriesConfig(follow_up_days=0.0)
    stories = group_items(_items("2026-05-20T10:00:00Z"), settings)
    assert _story_of(stories, "late") == {"late"}


def test_another_event_of_the_same_company_in_the_fortnight_does_not_join() -> None:
    other = ("ships", "https://d.example/2026/05/morwen-methanol-order", "Morwen Shipping "
             "orders six methanol container ships", OTHER_EVENT)  # fmt: skip
    stories = group_items(_items("2026-05-20T10:00:00Z", other), StoriesConfig())
    assert _story_of(stories, "ships") == {"ships"}
    assert _story_of(stories, "a") == {"a", "b", "late"}


def test_a_roundup_naming_the_story_among_others_does_not_merge_them() -> None:
    roundup = ("roundup", "https://e.example/2026/05/letter", "This week's letter", ROUNDUP)
    stories = group_items(_items("2026-05-20T10:00:00Z", roundup), StoriesConfig())
    assert _story_of(stories, "a") == {"a", "b", "late"}
    assert _story_of(stories, "roundup") == {"roundup"}


def test_names_skip_sentence_openers_and_weekdays() -> None:
    docs = [
        ("Tanker aground", "Investigators said Morwen Shipping ran aground on Sunday."),
        ("Oil spill", "Volunteers met Morwen Shipping staff at Tarrock Island on Monday."),
    ]
    first, second = all_names(docs)[:2]
    assert first == {"morwen shipping"}  # "Investigators" and "Tanker" only open sentences
    assert second == {"morwen shipping", "tarrock island"}


def test_nested_names_count_once_and_a_beat_anchors_nothing() -> None:
    core = core_names(Counter({"kestrel": 3, "kestrel cloud": 3, "reno": 2, "gpu": 1}), 4)
    assert core == {"kestrel", "kestrel cloud", "reno"}
    assert shared_anchors(frozenset({"kestrel", "kestrel cloud"}), core) == 1
    assert shared_anchors(frozenset({"kestrel cloud", "reno"}), core) == 2
    cores = NameCores()
    cores.stories.update({"kestrel cloud": 1, "reno": 1, "biden": 5, "russia": 1})
    assert cores.anchored(frozenset({"kestrel cloud", "reno"}), frozenset(core))
    assert not cores.anchored(frozenset({"biden", "russia"}), frozenset({"biden", "russia"}))


def test_the_store_path_joins_a_late_follow_up_to_the_saved_story(config) -> None:  # type: ignore[no-untyped-def]
    first, second, late = _items("2026-05-20T10:00:00Z")
    with Store(config.path(config.crawl.database)) as store:
        for it in (first, second):
            store.save_article(article(it), content_hash=it.id)
        update_stories(config, store)
        (before,) = load_stories(store)
        store.save_article(article(late), content_hash=late.id)
        update_stories(config, store)
        (after,) = load_stories(store)
    assert after.story_id == before.story_id and set(after.item_ids) == {"a", "b", "late"}


def test_a_name_most_articles_carry_is_the_topic_not_an_anchor() -> None:
    docs = [
        (f"Story {k}", f"Analysts said AI spending at Firm{k} Holdings rose.") for k in range(6)
    ]
    found = all_names(docs)
    assert all("ai" not in f for f in found)
    assert found[0] == {"firm0 holdings"}


def test_a_possessive_ends_a_name() -> None:
    """ "Kestrel's Reno office": two names, not "kestrel reno" (the run is split at the
    apostrophe, straight or curly)."""
    from newsdesk.stories.names import _tokens, names

    proper = frozenset({"kestrel", "reno"})
    for text in ("Staff at Kestrel's Reno office", "Staff at Kestrel\u2019s Reno office"):
        assert names(_tokens("", text), proper) == {"kestrel", "reno"}
    assert names(_tokens("", "Staff at Kestrel Reno office"), proper) == {"kestrel reno"}
