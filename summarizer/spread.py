"""How the story spread, in newsdesk's own words: sentences composed from the facts newsdesk
holds about its sources (who published what and when, who was first, who could not be read,
whose post is the company's own), and the *record* each such sentence is checked against.

A record is the same facts written out per source ("Circuit Report published its report on
2 March 2026 under the headline “…”. Circuit Report and Valley Courier followed The Ledger Daily,
which first reported the story on 2 March 2026, within hours."; sourcefacts.py). The verifier
checks each clause of a composed sentence against one sentence of a cited source's record
(recordcheck.py), so a composed sentence that misstates a date, a name or who came first is
flagged like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from courlan import extract_domain

from newsdesk.models import StoryInput
from newsdesk.text import MONTHS

Pair = tuple[str, tuple[int, ...]]


@dataclass(frozen=True)
class Fact:
    """What newsdesk knows about one numbered source (not a discussion)."""

    n: int
    name: str
    title: str
    published: str | None
    role: str  # original, coverage, primary
    read: bool
    reason: str = ""
    cites_original: bool = False
    tier: str = "unrated"


def outlet_name(url: str) -> str:
    """An item with no source name is named by its URL's registered domain, as written:
    'https://edition.cnn.com/…' -> 'cnn.com' (the host without 'www.' when no public suffix
    applies, e.g. 'news.example')."""
    try:
        domain = extract_domain(url) if url.startswith(("http://", "https://")) else None
    except Exception:  # courlan is lenient, but a strange URL must not stop a draft
        domain = None
    return (domain or urlsplit(url).hostname or url).lower().removeprefix("www.")


def _parse(when: str | None) -> datetime | None:
    if not when:
        return None
    try:
        return datetime.fromisoformat(when.replace("Z", "+00:00"))
    except ValueError:
        return None


def day(when: str | None, *, year: bool = False) -> str:
    """'2026-03-02T06:00:00Z' -> '2 March' (or '2 March 2026'); '' when undated."""
    d = _parse(when)
    if d is None:
        return ""
    return f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def lag(first: str | None, later: str | None) -> str:
    """How long after ``first`` ``later`` came: 'within hours', 'the next day', 'on 4 March'."""
    a, b = _parse(first), _parse(later)
    if a is None or b is None:
        return ""
    hours = (b - a).total_seconds() / 3600
    if hours <= 12:
        return "within hours"
    if b.date() == a.date():
        return "the same day"
    if (b.date() - a.date()).days == 1:
        return "the next day"
    return f"on {day(later)}"


def facts(story: StoryInput) -> list[Fact]:
    """The story's non-discussion sources (or, for the file interface, its items, named by their
    ``source`` or else their URL's domain; the earliest dated one stands for the original)."""
    if story.sources:
        by_url = {s.url: n for n, s in enumerate(story.sources, 1)}
        # read: its text is in the draft's input (a source the crawl read whose article has no
        # text, a blurb, was not read by newsdesk: "newsdesk read all of them" must be true)
        have = {it.id for it in story.items if it.text.strip()}
        first = next((s for s in story.sources if s.role == "original"), None)
        cite = {by_url[u] for u in first.cited_by if u in by_url} if first else set()
        return [
            Fact(
                n,
                s.name or s.outlet,
                s.title,
                s.published,
                s.role,
                s.read and s.item_id in have,
                s.read_reason if not s.read or s.item_id in have else "no article text",
                n in cite,
                s.tier,
            )
            for n, s in enumerate(story.sources, 1)
            if s.role != "discussion"
        ]
    dated = sorted((it.published, i) for i, it in enumerate(story.items) if it.published)
    lead = dated[0][1] if dated else None
    return [
        Fact(
            i + 1,
            it.source or outlet_name(it.url),
            it.title,
            it.published,
            "original" if i == lead else "coverage",
            bool(it.text),
        )
        for i, it in enumerate(story.items)
        if it.source or it.url
    ]


def names(xs: list[str]) -> str:
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def original(fs: list[Fact]) -> Fact | None:
    return next((f for f in fs if f.role == "original" and f.published), None)


def following(fs: list[Fact], first: Fact) -> list[Fact]:
    """The coverage that came after ``first``, one source per name and none named as ``first``:
    two addresses of one outlet (a syndicated copy, another edition) are one outlet, which
    cannot have followed itself ('Coast Gazette first reported …; Coast Gazette followed')."""
    seen = {first.name.casefold()}
    out = []
    for f in fs:
        name = f.name.casefold()
        if f.role == "coverage" and lag(first.published, f.published) and name not in seen:
            seen.add(name)
            out.append(f)
    return out


NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


NAMED = 3  # outlets a count sentence names; the rest it counts ('A, B, C and two others')


def count_clause(fs: list[Fact]) -> str:
    """'Three outlets reported the story — Circuit Report, Valley Courier and Byte Digest —
    and newsdesk read all three' ('' for fewer than 2): the outlets named, not only counted
    (issue 12), past NAMED the first NAMED it read and a count of the rest. The count
    leads, not an outlet: the verifier reads a record sentence as said of its first name, and
    'nbcnews.com reported: “…”' must not pass as said of nbcnews.com by a sentence that names
    it second (tests/summarizer/test_verify.py)."""
    outlets: dict[str, tuple[str, bool]] = {}  # two addresses of one name are one outlet
    for f in fs:
        if f.role in ("original", "coverage"):
            key = f.name.casefold()
            outlets[key] = (f.name, f.read or outlets.get(key, ("", False))[1])
    if len(outlets) < 2:
        return ""
    total, read = len(outlets), sum(r for _, r in outlets.values())
    # only outlets it read, which it cites: one it could not read is counted, not named
    shown = [n for n, r in outlets.values() if r][: NAMED if total > NAMED + 1 else NAMED + 1]
    rest = total - len(shown)
    other = "other" if rest == 1 else "others"
    who = names(shown + [f"{_word(rest)} {other}"] if rest else shown)
    head = f"{_word(total).capitalize()} outlets reported the story — {who} —"
    if read == total:
        return f"{head} and newsdesk read {'both' if total == 2 else 'all ' + _word(total)}"
    return f"{head} {_word(read)} of which newsdesk could read"


def _word(k: int) -> str:
    return NUMBER_WORDS[k] if k < len(NUMBER_WORDS) else str(k)


def count_sentence(story: StoryInput) -> Pair | None:
    """'Two outlets reported the story — Circuit Report and Valley Courier — and newsdesk
    read both.'"""
    fs = facts(story)
    clause = count_clause(fs)
    cites = tuple(f.n for f in fs if f.read and f.role in ("original", "coverage"))
    if not clause or not cites:
        return None
    return clause + ".", cites


def credit_sentence(story: StoryInput) -> Pair | None:
    """'Circuit Report and Valley Courier cite the report by The Ledger Daily.' What newsdesk
    holds is that they cite it (a link, "first reported by", "follows reports by X and Y"), not
    that they call it first: a source naming two earlier reports credits neither with the first."""
    fs = facts(story)
    first = original(fs)
    citers = [f for f in fs if f.cites_original and f.read]
    if first is None or not citers:
        return None
    verb = "cites" if len(citers) == 1 else "cite"
    text = f"{names([f.name for f in citers])} {verb} the report by {first.name}."
    return text, tuple(f.n for f in citers)


def spread_sentence(story: StoryInput) -> Pair | None:
    """'The Ledger Daily first reported the story on 2 March, in an article newsdesk could not
    read (paywall); Circuit Report and Valley Courier followed within hours.' with the read
    sources it rests on; None when no original is dated or no other outlet reported it."""
    fs = facts(story)
    first = original(fs)
    if first is None:
        return None
    followers = following(fs, first)
    if not followers and not any(f.role == "coverage" for f in fs):
        return None  # the only outlet: "first" tells the reader nothing
    text = f"{first.name} first reported the story on {day(first.published)}"
    if not first.read:
        text += f", in an article this site could not read ({first.reason})"
    cites = [first.n] if first.read else []
    if followers:
        groups: dict[str, list[Fact]] = {}
        for f in followers:
            groups.setdefault(lag(first.published, f.published), []).append(f)
        text += "; " + "; ".join(
            f"{names([f.name for f in g])} followed {when}" for when, g in groups.items()
        )
        cites += [f.n for f in followers if f.read]
    if not cites:  # nothing read to check it against
        return None
    return text + ".", tuple(cites)


def alone_sentence(story: StoryInput) -> Pair | None:
    """'Valley Courier published its report on 24 March.' for a story only one outlet reported
    (and newsdesk read): who reported it and when, which the count and the spread sentences
    leave untold for one outlet (the demo's Lisbon draft was one excerpt and nothing else)."""
    fs = [f for f in facts(story) if f.role in ("original", "coverage")]
    if len(fs) != 1 or not fs[0].read or not fs[0].published:
        return None
    return f"{fs[0].name} published its report on {day(fs[0].published)}.", (fs[0].n,)


def company_sentence(story: StoryInput) -> Pair | None:
    """'Brightforge Engineering published the company's own account on 2 March.' for the first
    primary document that was read and is dated."""
    f = next((f for f in facts(story) if f.role == "primary" and f.read and f.published), None)
    if f is None:
        return None
    text = f"{f.name} published the company's own account on {day(f.published)}"
    first = original(facts(story))
    if first is not None and first is not f and (when := lag(first.published, f.published)):
        text += f", {when} of the first report"
    return text + ".", (f.n,)
