"""The wire draft's last step (wire.py): what a reader cannot follow left out or told in full,
the lines about whom each outlet linked to and quoted told against the rest of the draft, so
they add only what it does not already give (issue 12), and the quoting share held.

Lines of ours that tell the reader nothing the rest of the draft does not (issue 12, read as
an editor would). "Three outlets reported the story, and newsdesk read all of them." stood as a
key takeaway in every NeuS draft of the read set, beside lines naming each of the three: the
source list shows the count, and a takeaway about newsdesk's reading is no news. The count
stays when it is the draft's only word of an outlet, or of which outlets could not be read.
A body line that tells again a figure the draft has told, with no other figure and at most
NEW_WORDS content words more ("… initial applications totaled 293,000" after "… fell to
293,000"; "… would “get a 5.9% boost” in benefits" after "… would be 5.9%"), goes too, unless
it is its outlet's only line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from newsdesk.summarizer.compose import Numbering, checker, quote_text, source_texts, told_lines
from newsdesk.summarizer.copying import Shingles
from newsdesk.summarizer.described import described
from newsdesk.summarizer.draft import SECTIONS
from newsdesk.summarizer.excerpts import hold_share
from newsdesk.summarizer.extractive import Pair
from newsdesk.summarizer.people import introduced
from newsdesk.summarizer.quotes import Quote
from newsdesk.summarizer.sentences import content_words
from newsdesk.summarizer.sourcepeople import tell_people
from newsdesk.summarizer.spread import count_sentence, facts
from newsdesk.summarizer.subjects import companies, readable

from newsdesk.config import SummarizerConfig
from newsdesk.models import StoryInput
from newsdesk.text import MONTHS, WEEKDAYS

UNREAD = "this site could not read"  # spread_sentence's words for the unread first report
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


QuotePair = tuple[Quote, tuple[int, ...]]


def finish_budget(
    chosen: dict[str, list[Pair]],
    kept: list[QuotePair],
    num: Numbering,
    settings: SummarizerConfig,
    story: StoryInput,
    keep: frozenset[str] = frozenset(),
) -> tuple[dict[str, list[Pair]], list[QuotePair]]:
    """Lines whose subject the reader has not met left out, a person met by surname alone given
    the full name (or the line left out), the people lines told, the outlet count left out
    when the rest names every outlet and a repeated figure left out (``without_padding``),
    then the share held."""
    reading = [(k, pair) for k, pairs in chosen.items() for pair in pairs]
    followed = readable([text for _, (text, _) in reading], companies(story), story.title or "")
    order = sorted(followed)
    cited = [" ".join(num.texts.get(c) or "" for c in reading[i][1][1]) for i in order]
    texts = [t for t in num.texts.values() if t]
    fits = _fitting(num, story)
    named = introduced(
        [followed[i] for i in order], cited, texts, lambda t, j: fits(t, reading[order[j]][1][1])
    )
    out: dict[str, list[Pair]] = {k: [] for k in chosen}
    for j, i in enumerate(order):
        if j in named:
            out[reading[i][0]].append((named[j], reading[i][1][1]))
    out = credited(out, num, fits)
    outlets = {w for n in [*num.names.values(), *num.agencies.values()] for w in n.split()}
    out = described(out, num.texts, outlets, fits)
    lines = [quote_text(q, qc, num) for q, qc in kept]
    # before the share is held: the share is of the finished draft's words
    others = [t for k, pairs in out.items() if k != SECTIONS[0] for t, _ in pairs]
    out[SECTIONS[0]] = tell_people(story, out[SECTIONS[0]], others, lines)
    # repeats and padding go first, even when their words of ours were what let a quoted line
    # stay within the share: a line kept only to dilute the quoting is padding all the same
    # (unless the quoted lines that leaves out were what named an outlet the count counts)
    out = without_repeats(out)
    lean = without_padding(story, out, lines)
    held, dropped = _held(lean, lines, settings.quote_share, keep, num)
    told = told_lines(held)
    if lean != out and not count_adds_nothing(
        story, told + [q for i, q in enumerate(lines) if i not in dropped]
    ):
        held, dropped = _held(out, lines, settings.quote_share, keep, num)
    return held, [qq for i, qq in enumerate(kept) if i not in dropped]


def _held(
    groups: dict[str, list[Pair]],
    lines: list[str],
    share: float,
    keep: frozenset[str],
    num: Numbering,
) -> tuple[dict[str, list[Pair]], set[int]]:
    """:func:`hold_share`, and a line it leaves naming a person by surname alone (``introduced``
    would change or drop it) left out too, the share held again without it: the share puts
    back a later line without the earlier one that gave the full name (a read row kept '…,
    Keellings.' and dropped 'climatologist David Keellings')."""
    texts = [t for t in num.texts.values() if t]
    for _ in range(sum(len(pairs) for pairs in groups.values()) + 1):
        held, dropped = hold_share(groups, lines, share, keep)
        told = [pair for pairs in held.values() for pair in pairs]
        cited = [" ".join(num.texts.get(c) or "" for c in cites) for _, cites in told]
        named = introduced([t for t, _ in told], cited, texts)
        stray = {t for j, (t, _) in enumerate(told) if named.get(j) != t}
        if not stray:
            break
        groups = {k: [p for p in pairs if p[0] not in stray] for k, pairs in groups.items()}
    return held, dropped


def _fitting(num: Numbering, story: StoryInput) -> Callable[[str, tuple[int, ...]], bool]:
    """Whether a line newsdesk rewrote is verified against what it cites and copies no run,
    nor most of one sentence (the sources' shingles made only when a line is asked about)."""
    check = checker(num)
    copies: list[Shingles] = []

    def fits(text: str, cites: tuple[int, ...]) -> bool:
        copies[:] = copies or [Shingles.of(source_texts(story, num))]
        copied = copies[0].copied(text) or copies[0].close(text) is not None  # closecopy.py
        return not check.check(text, cites) and not copied

    return fits


def credited(
    groups: dict[str, list[Pair]],
    num: Numbering,
    fits: Callable[[str, tuple[int, ...]], bool],
) -> dict[str, list[Pair]]:
    """The draft with the first line crediting a news agency's report ('Meridian Wire (via
    Valley Courier) reported …') saying what that means ('Meridian Wire, in a report run by
    Valley Courier, reported …'; 'According to a Meridian Wire report run by Valley Courier,
    …'), unless a line before has said it ('Valley Courier ran a report credited to Meridian
    Wire in its dateline', sourcefacts.relay): the
    source list names only the outlet that ran it (the demo's draft opened on the credit).
    Once said, the lines after it do not say it again (:func:`_said_once`)."""
    out = {k: list(v) for k, v in groups.items()}
    order = [(k, i) for k, pairs in out.items() for i in range(len(pairs))]
    for n, agency in num.agencies.items():
        name, credit = num.names.get(n, ""), num.credit(n)
        article = "an" if agency[:1].lower() in "aeiou" else "a"
        for j, (key, i) in enumerate(order):
            text, cites = out[key][i]
            if f"{name} ran a report by" in text or f"credited to {agency} in its dateline" in text:
                break  # sourcefacts.relay: the line says whose report it is
            if credit not in text:
                continue
            kind = agency_kind(agency, num.texts.values())  # what the reader is told it is
            report = f"a report by {kind} that {name} ran" if kind else f"{article} {name} report"
            report += "" if kind else f" credited to {agency}"
            told = text.replace(f"According to {credit},", f"According to {report},")
            for verb in ("reported", "wrote"):  # a lede's credit after the event (paraphrase.LEDE)
                told = told.replace(f", {credit} {verb}.", f", according to {report}.")
            who = f"{kind}, in a report run by {name}," if kind else f"{name}, in a report"
            told = told.replace(credit, who + ("" if kind else f" credited to {agency},"), 1)
            told = told[:1].upper() + told[1:]
            if fits(told, cites):
                out[key][i] = (told, cites)
                _said_once(out, order[j + 1 :], (agency, name, credit), fits)
            break
    return out


_KIND = r"(news agency|wire service|news service|press agency)"


def agency_kind(agency: str, texts: Iterable[str | None]) -> str:
    """'the Meridian Wire news agency' when a source says the agency is one ('Meridian Wire, a
    news agency', 'the news agency Meridian Wire', 'the Meridian Wire news agency'), else ''
    (a dateline's credit alone says whose report it is, not what the agency is: the line then
    says how newsdesk knows, 'a Valley Courier report credited to Meridian Wire')."""
    name = re.escape(agency)
    said = re.compile(
        rf"{name}, (?:an?|the) (?:[\w-]+ ){{0,3}}?{_KIND}\b|\b{_KIND},? {name}|the {name} {_KIND}",
        re.I,
    )
    found = next((m for t in texts if t and (m := said.search(t))), None)
    kind = next((k for k in found.groups() if k), "") if found else ""
    return f"the {agency} {kind.lower()}" if kind else ""


def _said_once(
    out: dict[str, list[Pair]],
    after: list[tuple[str, int]],
    who: tuple[str, str, str],
    fits: Callable[[str, tuple[int, ...]], bool],
) -> None:
    """The lines after the one saying whose report an outlet ran, without saying it again:
    'Meridian Wire (via Valley Courier) reported …' -> 'Meridian Wire reported …' (a line the
    verifier would not pass so is kept as it was), and 'Valley Courier ran a report credited to
    Meridian Wire in its dateline, a report that also ran in Harbor Times.' left out (the source list says where else it ran:
    'also at'; the demo's TokenRank synopsis told the relay twice in four sentences)."""
    agency, name, credit = who
    for key, i in reversed(after):
        text, cites = out[key][i]
        if text.startswith(f"{name} ran a report") and ", a report that also ran" in text:
            del out[key][i]
        elif (told := text.replace(credit, agency)) != text and fits(told, cites):
            out[key][i] = (told, cites)
