"""People named by surname alone: a reader must have met them first.

A source introduces "A Norvale spokesperson, Rita Calloway" and later writes "Calloway said…".
Lifted into a draft in another order, "Calloway said…" can come before the introduction, and the
reader meets a stranger. The extractive backend never rewrites a sentence, so such a body
sentence is left out (``unintroduced``); a quote's attribution, which newsdesk writes itself,
gets the full name when the quote's source gives it (``full_speaker``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.copying import RUN
from newsdesk.summarizer.sentences import STOPWORDS, normalize

# a capitalised word, accents included ("Inês", "Müller", "Jean-Luc")
_NAME = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
# "Rita Calloway", "Inês Carvalho": two capitalised words, the second the surname
_FULL = re.compile(rf"\b({_NAME}) ({_NAME})\b")


def full_names(texts: Iterable[str]) -> dict[str, set[str]]:
    """surname -> the full names the texts give for it."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for first, last in _FULL.findall(normalize(text)):
            out.setdefault(last, set()).add(f"{first} {last}")
    return out


def _bare(sentence: str, names: dict[str, set[str]]) -> set[str]:
    """Surnames the sentence uses without the first name right before them."""
    norm = normalize(sentence)
    found = set()
    for m in re.finditer(rf"\b{_NAME}\b", norm):
        word = m.group(0)
        if word not in names:
            continue
        before = norm[: m.start()].rstrip()
        first = before.rsplit(" ", 1)[-1] if before else ""
        # 'Joe Manchin': a first name here, whatever 'President Joe Biden' paired it with
        # ('cnn.com quoted Joe Manchin.' was given 'President Joe Manchin', session 36)
        named = re.match(rf" {_NAME}\b", norm[m.end() :])
        if f"{first} {word}" not in names[word] and not named:
            found.add(word)
    return found


def _people(texts: Sequence[str]) -> dict[str, set[str]]:
    """surname -> full names, for people: a first name is no ordinary word of the story ("The
    Ledger" is not)."""
    common = {w.lower() for t in texts for w in re.findall(r"\b[a-z][a-z]+\b", t)}
    names = {
        last: {f for f in full if f.split()[0].lower() not in common | STOPWORDS}
        for last, full in full_names(texts).items()
    }
    return {last: full for last, full in names.items() if full}


def unintroduced(lines: Sequence[str], texts: Iterable[str]) -> set[int]:
    """Indexes of ``lines`` (in reading order) that name a person by surname alone before any
    earlier line has given the full name."""
    names = _people(list(texts))
    met: set[str] = set()
    out = set()
    for i, line in enumerate(lines):
        norm = normalize(line)
        for last, full in names.items():
            if any(f in norm for f in full):
                met.add(last)
        if any(last not in met for last in _bare(line, names)):
            out.add(i)
    return out


def full_speaker(speaker: str, source_text: str) -> str:
    """'Calloway' -> 'Rita Calloway' when the quote's own source gives one full name for it."""
    if not re.fullmatch(_NAME, speaker):
        return speaker
    full = full_names([source_text]).get(speaker, set())
    return next(iter(full)) if len(full) == 1 else speaker


def introduced(
    lines: Sequence[str],
    cited: Sequence[str],
    texts: Iterable[str],
    fits: Callable[[str, int], bool] = lambda text, i: True,
) -> dict[int, str]:
    """Index -> text of the ``lines`` (in reading order) a reader can follow: a person named by
    surname alone before any earlier line gave the full name gets it where the surname first
    stands outside quotation marks ('Calloway said …' -> 'Rita Calloway said …'), with what
    the line's source says the person is when it says it and the line, so told, ``fits`` (is
    verified and copies no run: 'Inês Carvalho, who will lead the office, said …'; she was a
    bare name), when the line's own source (``cited``, one per line) gives one full name; else
    the line is left out (issue 12: no stranger in a draft)."""
    names = {  # surnames that are no word of WordNet: 'House' of 'White House' is no person's
        last: full for last, full in _people(list(texts)).items() if not lexicon.bases(last.lower())
    }
    met: set[str] = set()
    out = {}
    for i, line in enumerate(lines):
        told: str | None = line
        for last in sorted(_bare(line, names)):
            if any(f in normalize(line) for f in names[last]) or last in met:
                continue
            full = full_names([cited[i]]).get(last, set()) & names[last]
            if not told or len(full) != 1:
                told = None
                continue
            name = next(iter(full))
            role = speaker_role(name, cited[i])
            roled = _give(told, last, name, role) if role else None
            told = roled if roled and fits(roled, i) else _give(told, last, name)
        if told is None:
            continue
        met.update(last for last, full in names.items() if any(f in normalize(told) for f in full))
        out[i] = told
    return out


def _give(line: str, last: str, full: str, role: str | None = None) -> str | None:
    """``line`` with the surname's first mention written in full, None when that mention is
    inside quotation marks (a quotation is never rewritten); given a ``role``, the name is
    followed by it ('Inês Carvalho, who …, said') when the mention is the subject of a verb,
    else None."""
    parts = re.split(r"([\u201c\u201d\"])", line)
    inside = False
    for j, part in enumerate(parts):
        if part in ("\u201c", "\u201d", '"'):
            inside = part == "\u201c" or (part == '"' and not inside)
            continue
        first = full.split()[0]
        m = re.search(rf"(?<!{re.escape(first)} )\b{re.escape(last)}\b", part)
        if m:
            if inside:
                return None
            if role is not None:
                if not re.match(r" [a-z]+\b(?!['\u2019])", part[m.end() :]):
                    return None
                full = f"{full}, {role},"
            parts[j] = part[: m.start()] + full + part[m.end() :]
            return "".join(parts)
    return line


# what a source says a person is, right after the name: "Priya Raman, a staff engineer who …",
# "Lena Marchetti is Brightforge's vice president of engineering."
_ROLE = r"(?P<role>(?:an?|the|[A-Z][\w-]*['’]s) [^,.;:()\"“”]{2,70}?)"
_ROLE_END = r"(?=,| who | which | that | since | until |\.|;|$)"
_ROLE_WORDS = 6


_THE_COMPANYS = re.compile(r"the (?:company|firm)['’]s\b")
# a job title written before a name with no article ("sent by chief technology officer Anneke
# Vos"): lower-case words ending in one of these
_TITLE = re.compile(
    r"\b(?P<role>(?:[a-z][\w-]* ){0,3}(?:officer|executive|president|director|spokesperson"
    r"|spokesman|spokeswoman|manager|engineer|founder|chair)) (?P<name>[A-Z][\w'’-]+ [A-Z][\w'’-]+)"
)


def speaker_role(speaker: str, source_text: str, company: str | None = None) -> str | None:
    """What the quote's own source says a full-named speaker is ("a staff engineer",
    "Brightforge's vice president of engineering"), in its words, or None. A role that names
    the speaker's organisation only as "the company" gives way to one that names it; given
    the ``company`` the source is about, "the company's …" names it, and a title written
    before the name ("chief technology officer Anneke Vos") becomes "the chief technology
    officer" (before, the demo's Anneke Vos and Lena Marchetti were bare names)."""
    if not _FULL.fullmatch(speaker):
        return None
    text, name = normalize(source_text), re.escape(speaker)
    found = [
        m["role"]
        for pattern in (
            rf"\b{name}, {_ROLE}{_ROLE_END}",
            rf"\b{name} is {_ROLE}{_ROLE_END}",
        )
        for m in re.finditer(pattern, text)
        if len(m["role"].split()) <= _ROLE_WORDS
    ]
    found += _role_before(speaker, text) or _led_by(speaker, text) or _who(speaker, text)
    if company:
        found = [owned(r, company) for r in found]
        # "the …", not "Norvale's …": a name the quote's passage does not hold is flagged by
        # `newsdesk verify` (the company's name is rarely in the quote's own sentences)
        found += [f"the {r}" for r in _titles(speaker, text)]
    named = [r for r in found if not _THE_COMPANYS.match(r)]
    return (named or found or [None])[0]


def owned(text: str, company: str | None) -> str:
    """'the company's vice president' -> 'Brightforge's vice president' (``company`` given)."""
    return _THE_COMPANYS.sub(f"{company}'s", text, count=1) if company else text


def _titles(speaker: str, text: str) -> list[str]:
    """Job titles written right before the speaker's name with no article or owner before
    them ("sent by chief technology officer Anneke Vos"; not "Brightforge's staff engineer
    …", not "The Labor Department's chief economist …")."""
    out = []
    for m in _TITLE.finditer(text):
        before = text[: m.start()].split()[-1:]
        role = m["role"].split()
        cut = max((k for k, w in enumerate(role) if w in STOPWORDS), default=-1)
        if cut >= 0:  # "sent by chief …": the title starts after "by"
            before, role = role[cut : cut + 1], role[cut + 1 :]
        owned = before and (before[0][:1].isupper() or before[0].endswith(("'s", "’s")))
        if m["name"] == speaker and len(role) > 1 and not owned:
            out.append(" ".join(role))
    return out


def main_company(names: Iterable[str], text: str) -> str | None:
    """Of the story's company ``names`` (subjects.companies), the one ``text`` names most often
    (not an acronym such as "AI"); None when it names none."""
    counts = {n: len(re.findall(rf"\b{re.escape(n)}\b", text)) for n in names if not n.isupper()}
    best = max(sorted(counts), key=lambda n: counts[n], default=None)
    return best if best and counts[best] else None


def _role_before(speaker: str, text: str) -> list[str]:
    """Roles written before the name ("A Norvale spokesperson, Rita Calloway, said"): the
    nearest "a"/"an" or possessive within ``_ROLE_WORDS`` words before ", Name"."""
    out = []
    for m in re.finditer(rf", {re.escape(speaker)}\b", text):
        before = re.split(r"[,.;:()\"“”]", text[: m.start()])[-1].split()[-_ROLE_WORDS:]
        for k in range(len(before) - 2, -1, -1):  # a role has two words at least
            w = before[k]
            if w in ("a", "an", "A", "An") or re.fullmatch(r"[A-Z][\w-]*['’]s", w):
                out.append(" ".join([w.lower() if w in ("A", "An") else w, *before[k + 1 :]]))
                break
    return out


def _who(speaker: str, text: str) -> list[str]:
    """A role the source gives only as a clause ("Marcus Ebi, who managed a platform team at
    Brightforge until January, said"): the clause, as short as keeps the name and it under a
    copied run ("who managed a platform team") and ending on a word of meaning, not on "a",
    "at" or "until"; none when that leaves no more than its verb."""
    out = []
    for m in re.finditer(rf"\b{re.escape(speaker)}, who ([^,.;:()\"“”]{{3,120}})", text):
        words = m[1].split()[: RUN - 2 - len(speaker.split())]
        while words and (words[-1].lower() in STOPWORDS or not words[-1][-1:].isalnum()):
            words.pop()
        if len(words) > 2:
            out.append(" ".join(["who", *words]))
    return out


# 'The office will house …, and will be led by Inês Carvalho' -> 'who will lead the office'
_LED_VERBS = {
    "led": ("lead", "leads", "led"),
    "headed": ("head", "heads", "headed"),
    "run": ("run", "runs", "ran"),
    "managed": ("manage", "manages", "managed"),
    "chaired": ("chair", "chairs", "chaired"),
}


# between the subject and its passive, only a predicate of its own joined by 'and' ('will house
# teams …, and'): not 'The company said its lab would be run by …' (the lab's head, not the
# company's) nor 'The new office will be led by …' ('who will lead the new')
_OWN_PREDICATE = r"(?:(?:will|would|is|are|was|were|has|have|had)\b[^.;:\"“”]*?,? and )?"


def _led_by(speaker: str, text: str) -> list[str]:
    """A role the source gives only in the passive, of the subject of its sentence ("The
    office will house …, and will be led by Inês Carvalho, who joins from …"): "who will lead
    the office"."""
    out = []
    for m in re.finditer(
        rf"(?:^|[.!?]\s+)The (?P<noun>[a-z]+) {_OWN_PREDICATE}(?P<aux>will be|would be|is|are"
        rf"|was|were) (?P<verb>{'|'.join(_LED_VERBS)}) by {re.escape(speaker)}\b",
        text,
    ):
        base, present, past = _LED_VERBS[m["verb"]]
        aux = m["aux"]
        verb = (
            f"{aux.split()[0]} {base}" if " " in aux else present if aux in ("is", "are") else past
        )
        out.append(f"who {verb} the {m['noun']}")
    return out
