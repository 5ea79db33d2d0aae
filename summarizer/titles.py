"""A title before a name ("Gov. Jane Roe", "Mayor Ines Varga"): said of that person by the source?

The name check reads "Gov." as a name of its own: "Gov. Jane Roe" for a source that says only
"Jane Roe" failed as "name Gov is not in the cited sources", an editor's puzzle; and where the
source has "governor" (or "government") anywhere, the title passed whoever it was said of.

A title is the source's when a sentence of a cited source that names the person (their last
name) has the title in any of its forms ("Gov.", "governor", "Governor"), or the sentence after
it opens on it ("Jane Roe signed the bill. The governor said …"): "the governor, Jane Roe", "Jane Roe,
the state's governor", "Gov. Roe". Otherwise the reason is "title Gov. is not in the source",
in place of the name check's reason for the title word. A person the source never names is the
name check's business, not this one's. Honorifics ("Mr.", "Ms.") claim nothing and are not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsdesk.summarizer.relations import person_noun
from newsdesk.summarizer.sentences import normalize, source_sentences

# an abbreviated title and the words the source may say it in
_SPELLED = {
    "Gov": "governor",
    "Sen": "senator",
    "Rep": "representative congressman congresswoman congressmember",
    "Dr": "doctor physician",
    "Gen": "general",
    "Lt": "lieutenant",
    "Col": "colonel",
    "Adm": "admiral",
    "Sgt": "sergeant",
    "Capt": "captain",
    "Cmdr": "commander",
    "Prof": "professor",
    "Rev": "reverend",
}
_ABBREVIATED = {w: a for a, words in _SPELLED.items() for w in words.split()}
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_TITLED = re.compile(rf"\b(?:({'|'.join(_SPELLED)})\.|([A-Z][a-z]+)) ({_NAME})")


def unsupported(
    text: str, sources: Sequence[str], missing: Sequence[str]
) -> tuple[list[str], list[str]]:
    """(reasons for the claim's titles that no cited source gives the person, the names of
    ``missing`` that are not such a title). A title spelled out ("Mayor") is read only when the
    name check misses its word: one a source has anywhere passes, as it did."""
    reasons, titles = [], set()
    for shown, forms, person in _titles(normalize(text)):
        if not shown.endswith(".") and shown not in missing:
            continue
        last = person.split()[-1].removesuffix("'s").removesuffix("’s")
        held = {_held(forms, last, _sentences(s)) for s in sources}
        if "given" in held or held == {"unnamed"}:
            titles.add(shown.rstrip("."))  # the title is the source's; the person not named
            continue
        reasons.append(f"title {shown} is not in the source")
        titles.add(shown.rstrip("."))
    return reasons, [n for n in missing if n not in titles]


def _titles(text: str) -> list[tuple[str, frozenset[str], str]]:
    """(title as written, the forms a source may give it in, the person) for each title before
    a name: an abbreviation of ``_SPELLED``, or a capitalised word that names a person
    ("Mayor", "Senator"; relations.person_noun)."""
    out = []
    for m in _TITLED.finditer(text):
        short, word, person = m.groups()
        if short:
            forms = {short.lower(), *_SPELLED[short].split()}
            out.append((f"{short}.", frozenset(forms), person))
        elif word and person_noun(word.lower()) and word.lower() not in ("mr", "ms", "mrs"):
            forms = {word.lower(), _ABBREVIATED.get(word.lower(), word).lower()}
            out.append((word, frozenset(forms), person))
    return out


def titled(text: str) -> frozenset[str]:
    """Every form of every title ``text`` gives someone ("Gov. Jane Roe": gov, governor)."""
    return frozenset().union(*(forms for _, forms, _ in _titles(normalize(text))))


@lru_cache(maxsize=64)
def _sentences(source: str) -> tuple[str, ...]:
    return tuple(normalize(s).lower() for s in source_sentences(source))


def _held(forms: frozenset[str], last: str, sentences: Sequence[str]) -> str:
    """ "given" when a sentence naming ``last`` has one of ``forms`` (or the one after it opens
    on it: "The governor said"),
    "bare" when sentences name the person without it, "unnamed" when none names them."""
    named = re.compile(rf"(?<![\w-]){re.escape(last.lower())}(?![\w-])")
    title = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(forms)))})(?![\w-])")
    opens = re.compile(rf"\W*the\s+(?:[\w'’-]+\s+)?{title.pattern}")  # "The state's governor"
    found = "unnamed"
    for k, sent in enumerate(sentences):
        if named.search(sent):
            found = "bare"
            after = sentences[k + 1] if k + 1 < len(sentences) else ""
            if title.search(sent) or opens.match(after):
                return "given"  # "Jane Roe signed it. The governor said …"
    return found
