"""Lines of ours that tell the reader nothing the rest of the draft does not (issue 12, read as
an editor would). "Three outlets reported the story, and newsdesk read all of them." stood as a
key takeaway in every NeuS draft of the read set, beside lines naming each of the three: the
source list shows the count, and a takeaway about newsdesk's reading is no news. The count
stays when it is the draft's only word of an outlet, or of which outlets could not be read.
A body line that tells again a figure the draft has told, with no other figure and at most
NEW_WORDS content words more ("… initial applications totaled 293,000" after "… fell to
293,000"; "… would “get a 5.9% boost” in benefits" after "… would be 5.9%"), goes too, unless
it is its outlet's only line."""

from __future__ import annotations

import re
from collections import Counter

from newsdesk.summarizer.draft import SECTIONS
from newsdesk.summarizer.extractive import Pair
from newsdesk.summarizer.sentences import content_words
from newsdesk.summarizer.spread import count_sentence, facts

from newsdesk.models import StoryInput
from newsdesk.text import MONTHS, WEEKDAYS

UNREAD = "newsdesk could not read"  # spread_sentence's words for the unread first report
# a figure: a number of three digits or more, a decimal, or one with %, $ or a scale word
_FIGURE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|million|billion|trillion))?")
NEW_WORDS = 4  # a line repeating told figures may add this many content words and still go
_MID_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")  # a capitalised word inside a sentence
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year dates a figure; it is not one
# whom a line cites is no word of what it tells: "apnews.com reported that …", "According to X, …"
_SAYS = re.compile(
    r"^(?:According to [^,]{2,80}, |[^,\u201c]{2,80}? (?:reported|wrote)(?: that|:) )"
)
_CALENDAR = frozenset(w.lower()[:n] for w in (*MONTHS, *WEEKDAYS) for n in (3, 4, len(w)))


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


def _figures(text: str) -> set[str]:
    found = {m.group(0).replace(",", "") for m in _FIGURE.finditer(text)}
    found = {f for f in found if not _YEAR.fullmatch(f)}
    return {f for f in found if len(f.strip("$")) >= 3 or not f[-1].isdigit()}


def without_repeats(chosen: dict[str, list[Pair]]) -> dict[str, list[Pair]]:
    """``chosen`` without the body lines that tell only figures told before them (in reading
    order; a year is no figure), adding no name (a month or weekday is none) and at most
    NEW_WORDS other content words, whom the line cites not counted; an outlet's only line
    stays, its one word in the draft."""
    told_figures: set[str] = set()
    told_words: set[str] = set()
    out: dict[str, list[Pair]] = {k: [] for k in chosen}
    # lines of one source each (the count and the credits cite several and tell nothing of theirs)
    heard = Counter(c for pairs in chosen.values() for _, cs in pairs if len(cs) == 1 for c in cs)
    for key, pairs in chosen.items():
        for text, cites in pairs:
            told = _SAYS.sub("", text)
            figures = _figures(told)
            new = set(content_words(_FIGURE.sub(" ", told))) - told_words
            # what follows "… reported that" is mid-sentence: its first word keeps a capital only
            # as a name ("… that Varga hailed …")
            mid = [n for n in _MID_NAME.findall("x " + told) if n.lower() not in _CALENDAR]
            names = {s for n in mid for s in content_words(n)[:1]}
            if (
                key in SECTIONS
                and figures
                and figures <= told_figures
                and len(new) <= NEW_WORDS
                and not names & new
                and all(heard[c] > 1 for c in cites)  # an outlet's only line stays
            ):
                heard.subtract(set(cites))
                continue
            told_figures |= figures
            told_words |= set(content_words(text))
            out[key].append((text, cites))
    return out
