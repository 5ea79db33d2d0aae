"""Editorial quality of extractive drafts: whose voice, which sentences lead, what a takeaway is.

These tests judge which sentences the ranker picks (``selection``); the wire-style draft built
from them, where every borrowed word is quoted and credited, is tested in test_wire.py.

The story below is written for these tests (invented company, outlets and people): a trusted
coverage article (the lead, the original is paywalled), a wire rewrite, a link-blog post, and the
company's own blog post (a primary source) written in the first person.
"""

from __future__ import annotations

import pytest
from newsdesk.summarizer import selection as summarize  # the ranker's picks, as written
from newsdesk.summarizer.editorial import is_bio, is_opinion, same_fact, section_of, stands_alone

from newsdesk.config import SummarizerConfig
from newsdesk.models import Item, Source, StoryInput

LEAD = (
    "Staff at Halloway Systems say a ranking of engineers by their AI prompt counts pushed "
    "colleagues to run pointless assistant sessions, a habit some call promptmaxxing. "
    "The company paused the ranking on Thursday.\n\n"
    "The ranking, called PromptBoard, was first described by the Eastgate Ledger on Wednesday. "
    "Two engineers said colleagues re-sent the same request dozens of times to stay near the top.\n\n"
    "Halloway said in a statement on Thursday that it had paused PromptBoard and would not use "
    "prompt counts in pay decisions. Nadia Orr, a Halloway spokesperson, told the Courier that "
    "prompt spending had climbed 65 percent since October.\n\n"
    "Halloway makes billing software used by about 3,000 small firms."
)
WIRE = (
    "Halloway Systems, a billing software maker, has paused an internal ranking of engineers by "
    "their use of AI assistants after staff said colleagues were padding their numbers. "
    "The company also said it would review its other usage dashboards. "
    "Some engineers left assistant sessions running overnight to climb the ranking, according to "
    "two employees. Others said the ranking had been harmless fun for most teams. "
    "Analysts said usage rankings tend to reward volume over results."
)
LINK = (
    "Today's most predictable story: Halloway ranked engineers by prompts and the engineers "
    "climbed the ranking. The good write-up is over at the Courier (via the Courier), which has "
    "engineers describing overnight assistant sessions. Credit to Halloway for pausing the "
    "ranking within a day of the first report. I suspect plenty of other companies keep a "
    "dashboard exactly like this one."
)
BLOG = (
    "Last year we launched PromptBoard to show how teams at Halloway use AI assistants.\n\n"
    "The dashboard also showed a ranking of individual engineers. Some people described running "
    "assistant sessions overnight to climb the ranking of individual engineers.\n\n"
    "PromptBoard will keep showing assistant spending per team, without names and without an "
    "order. Prompt counts will not be used in pay decisions at Halloway.\n\n"
    "To everyone who raised this, internally and otherwise: thank you.\n\n"
    "Mara Ellis is Halloway's chief technology officer."
)
OPINION = (
    "Today's most predictable story",
    "The good write-up is over at",
    "Credit to Halloway",
    "thank you",
    "I suspect",
)


def _source(n: int, role: str, tier: str, item_id: str | None, name: str) -> Source:
    return Source(
        f"https://{name.lower().replace(' ', '')}.example/{n}",
        f"{name.lower().replace(' ', '')}.example",
        name,
        f"{name} on PromptBoard",
        role,
        tier,
        item_id is not None,
        "full text" if item_id else "paywall",
        f"2026-04-0{n}T09:00:00Z",
        item_id,
    )


@pytest.fixture
def halloway() -> StoryInput:
    texts = {"lead": LEAD, "wire": WIRE, "link": LINK, "blog": BLOG}
    items = tuple(
        Item(k, f"https://{k}.example/a", f"{k} headline", t, f"2026-04-0{i + 2}T10:00:00Z", k)
        for i, (k, t) in enumerate(texts.items())
    )
    sources = (
        _source(1, "original", "trusted", None, "Eastgate Ledger"),
        _source(2, "coverage", "trusted", "lead", "Courier"),
        _source(3, "coverage", "trusted", "wire", "Wire Service"),
        _source(4, "coverage", "unrated", "link", "Link Digest"),
        _source(5, "primary", "unrated", "blog", "Halloway Engineering"),
    )
    return StoryInput(
        items=items,
        title="Halloway pauses PromptBoard",
        keywords=("promptmaxxing",),
        sources=sources,
    )


def test_link_blog_commentary_never_appears_as_prose(halloway):
    draft = summarize(halloway, SummarizerConfig())
    assert len(draft.prose()) >= 3  # an empty draft held no commentary either
    for line in draft.prose():
        assert not any(p.lower() in line.text.lower() for p in OPINION), line.text
        assert "(via" not in line.text


def test_primary_first_person_and_bio_lines_stay_out(halloway):
    draft = summarize(halloway, SummarizerConfig())
    texts = [line.text for line in draft.prose()]
    assert not any(t.startswith("Last year we launched") for t in texts)
    assert not any(t.startswith("Mara Ellis is") for t in texts)
    # the synopsis is reported news: nothing from the company's own post
    assert all(5 not in line.cites[:1] for line in draft.synopsis)


def test_synopsis_opens_with_the_leads_event_sentence(halloway):
    draft = summarize(halloway, SummarizerConfig())
    assert draft.synopsis[0].text.startswith("Staff at Halloway Systems say a ranking")
    assert draft.synopsis[0].cites[0] == 2
    assert 2 <= len(draft.synopsis) <= 3


def test_synopsis_and_takeaways_stand_alone(halloway):
    draft = summarize(halloway, SummarizerConfig())
    for line in list(draft.synopsis) + list(draft.takeaways):
        assert stands_alone(line.text), line.text
    top = " ".join(line.text for line in list(draft.synopsis) + list(draft.takeaways))
    assert "also said" not in top and "Some engineers left" not in top
    assert "Some people described" not in top


def test_sentences_pointing_back_stay_out_of_the_body_too(halloway):
    draft = summarize(halloway, SummarizerConfig())
    assert not any(line.text.startswith("Others said") for line in draft.prose())
    assert not any("also showed" in line.text for line in draft.prose())


def test_takeaways_favour_figures(halloway):
    draft = summarize(halloway, SummarizerConfig())
    assert any("65 percent" in line.text for line in draft.takeaways)


def test_each_fact_is_told_once_and_everything_verifies(halloway):
    draft = summarize(halloway, SummarizerConfig())
    prose = [line.text for line in draft.prose() if not line.text.startswith("On Hacker News")]
    for i, a in enumerate(prose):
        for b in prose[i + 1 :]:
            assert not same_fact(a, b), (a, b)
    # verified: the one flag the ranker's picks carry is that they copy (the wire draft quotes)
    assert all("copied from" in r for line in draft.flagged for r in line.reasons)


def test_sections_place_statements_as_reaction_and_profiles_as_background():
    assert section_of(
        "Halloway said in a statement on Thursday that it had paused PromptBoard."
    ) == ("Reaction and discussion")
    assert section_of("Halloway makes billing software used by about 3,000 small firms.") == (
        "Background"
    )
    assert section_of("Two engineers said colleagues re-sent the same request.") == (
        "What happened"
    )


@pytest.mark.parametrize(
    ("sentence", "opinion"),
    [
        ("The good write-up is over at the Courier (via the Courier), which has names.", True),
        ("Credit to Halloway for pausing the ranking within a day.", True),
        ("To everyone who raised this, internally and otherwise: thank you.", True),
        ("If your employer ranks people by prompts, replies are open.", True),
        ('"We never wanted a chart," Mara Ellis wrote in the post.', False),
        ("Halloway paused the ranking on Thursday after staff complained.", False),
    ],
)
def test_voice_and_opinion(sentence, opinion):
    assert is_opinion(sentence) is opinion


def test_dangling_openers_and_bios():
    assert not stands_alone("The dashboard also showed a ranking of individual engineers.")
    assert not stands_alone("Some people described running sessions overnight.")
    assert not stands_alone("The change follows reports by two newspapers.")
    assert stands_alone("Halloway Systems has paused its PromptBoard ranking.")
    assert is_bio("Mara Ellis is Halloway's chief technology officer.")
    assert not is_bio("Halloway paused its PromptBoard ranking on Thursday.")


def test_the_leads_next_sentence_may_follow_it_with_its_context():
    lead = (
        "Fernhollow Games will lay off 220 of its 1,400 staff, the studio said on Monday. "
        "The studio is also cancelling an unannounced racing game after four years of work. "
        "Chief executive Ada Brennan blamed higher development costs."
    )
    other = (
        "Fernhollow Games is cutting 220 jobs and cancelling a racing game, the studio said. "
        "The cuts add to thousands of games industry job losses this year. "
        "A union representing Fernhollow staff said it would seek talks with management."
    )
    story = StoryInput(
        items=(
            Item("a", "https://a.example/1", "Fernhollow cuts", lead, "2026-05-01T08:00:00Z"),
            Item("b", "https://b.example/2", "Fernhollow jobs", other, "2026-05-01T12:00:00Z"),
        ),
        title="Fernhollow Games lays off 220",
    )
    draft = summarize(story, SummarizerConfig())
    texts = [line.text for line in draft.synopsis]
    assert texts[0].startswith("Fernhollow Games will lay off 220")
    # it follows the lead, never separated from its antecedent (the assert read 'not also or …',
    # which held with the sentence left out)
    assert texts[1].startswith("The studio is also cancelling an unannounced racing game")
    for line in draft.takeaways:  # out of the lead's company, these would point at nothing
        assert "also cancelling" not in line.text and not line.text.startswith("The cuts")


def test_a_comparison_with_nothing_named_points_back():
    from newsdesk.summarizer.editorial import opens_with_reference

    assert opens_with_reference("Norvale's contest was smaller, but it attached prizes to it.")
    assert opens_with_reference("The prizes were much larger this year.")
    assert not opens_with_reference("Norvale's contest was smaller than Brightforge's.")
    assert not opens_with_reference("Spending was far larger compared with the year before.")
    assert not opens_with_reference('"Ours was smaller," said Rita Calloway of Norvale.')
    assert not opens_with_reference("Norvale ended its contest after spending tripled.")


def test_a_share_of_something_said_before_points_back():
    from newsdesk.summarizer.subjects import points_back

    assert points_back("The first Monday of the strike was one of them.")
    assert points_back("Several of those were shut by noon.")
    assert not points_back("One of the three ferries was shut by noon.")
    assert not points_back("The council met them on Monday.")
    assert points_back("Most of them stayed.")
    assert not points_back("Many of those killed in the storm were fishermen, the coastguard said.")
    assert not points_back(
        "The ministry wrote to 200 farmers, and most of them replied within a week."
    )


def test_a_quoted_fragment_never_ends_on_an_abbreviation_glued_to_the_next_word():
    from newsdesk.summarizer.fragments import _fits

    words = [
        "on",
        "the",
        "anniversary",
        "of",
        "the",
        "Sept.",
        "11",
        "attacks",
        "the",
        "archive",
        "opened",
    ]
    assert not _fits(words, 2, 6, 0)  # '“anniversary of the Sept”. 11'
    assert _fits(words, 2, 8, 0)  # '“anniversary of the Sept. 11 attacks”'
    ferry = ["the", "ferry", "would", "leave", "at", "9", "p.m"]  # a run ends before the '.'
    assert not _fits(ferry, 1, 7, 0)  # '“ferry would leave at 9 p.m”. each night'
    named = [
        "met",
        "the",
        "family",
        "of",
        "Marine",
        "Corps",
        "Lance",
        "Cpl.",
        "Ray",
        "on",
        "Sunday",
    ]
    assert not _fits(named, 1, 5, 0)  # 'the “family of Marine” Corps': a name cut in two
