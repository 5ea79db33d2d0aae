"""The copy rule's evidence quotes the source's own words as written (copywords.py): not the
words as compared (lower-cased, tenses folded, "$" dropped). (A source written for these tests:
invented port, people and outlet.)"""

from __future__ import annotations

from newsdesk.summarizer.copying import Shingles, plain_words
from newsdesk.summarizer.copywords import as_written
from newsdesk.summarizer.filecheck import copy_reasons

SOURCE = (
    "Ostrava Freight said on Thursday that its profit had fallen to $4.2 million in the first half"
    " of the year. Its chief executive, Milan Dvorak, said the company could still meet its"
    " targets if the port was reopened before the autumn. Dock workers have been on strike since"
    " May."
)
NAMES = {1: "Dock Review"}


def _evidence(sentence: str) -> str:
    (reason,) = copy_reasons(sentence, Shingles.of({1: SOURCE}), NAMES)
    return reason.split("(\u201c", 1)[1].split("\u201d)", 1)[0]


def test_the_evidence_keeps_the_sources_tenses_case_and_signs():
    # the sentence backshifts nothing and says "has" / "can" / "is": the source says otherwise
    shown = _evidence(
        "The firm says its profit has fallen to $4.2 million in the first half of the year. [1]"
    )
    assert shown == "its profit had fallen to $4.2 million in the first half of …", shown
    shown = _evidence(
        "Milan Dvorak says the company can still meet its targets if the port is reopened soon. [1]"
    )
    assert shown == "Milan Dvorak, said the company could still meet its targets if the …", shown


def test_as_written_finds_the_folded_run_in_the_source():
    run = plain_words("Ostrava Freight says on Thursday that its profit")  # as compared
    assert as_written(run, SOURCE, shown=12) == "Ostrava Freight said on Thursday that its profit"
    assert as_written(run, SOURCE, shown=3) == "Ostrava Freight said …"
    assert as_written(plain_words("not in it"), SOURCE, shown=12) is None
