"""Lines of ours that tell the reader nothing the rest of the draft does not (issue 12, read as
an editor would). "Three outlets reported the story, and newsdesk read all of them." stood as a
key takeaway in every NeuS draft of the read set, beside lines naming each of the three: the
source list shows the count, and a takeaway about newsdesk's reading is no news. The count
stays when it is the draft's only word of an outlet, or of which outlets could not be read."""

from __future__ import annotations

from newsdesk.summarizer.extractive import Pair
from newsdesk.summarizer.spread import count_sentence, facts

from newsdesk.models import StoryInput

UNREAD = "newsdesk could not read"  # spread_sentence's words for the unread first report


def count_adds_nothing(story: StoryInput, rest: list[str]) -> bool:
    """Whether the outlet count says nothing ``rest`` (the draft's other lines, quotes
    included) does not: every outlet it counts is named there, and every one newsdesk could
    not read is named in a line that says so."""
    reporting = [f for f in facts(story) if f.role in ("original", "coverage")]
    if not reporting or any(f.name not in " ".join(rest) for f in reporting):
        return False
    unread = [f for f in reporting if not f.read]
    return all(any(f.name in t and UNREAD in t for t in rest) for f in unread)


def without_padding(
    story: StoryInput, chosen: dict[str, list[Pair]], quotes: list[str]
) -> dict[str, list[Pair]]:
    """``chosen`` without the outlet count when it adds nothing."""
    count = count_sentence(story)
    if count is None:
        return chosen
    rest = [t for pairs in chosen.values() for t, _ in pairs if t != count[0]] + quotes
    if not count_adds_nothing(story, rest):
        return chosen
    return {k: [p for p in pairs if p[0] != count[0]] for k, pairs in chosen.items()}
