"""'X told Y' names Y as the one told: a source where Y only saw X's memo does not support it
(listeners.py). (Sources written for these tests: invented college, people and outlets.)"""

from __future__ import annotations

from newsdesk.summarizer.listeners import wrong_listener
from newsdesk.summarizer.verify import Checker

MEMO = (
    "Fenmore College will close its library on Sundays from April. "
    "A note seen by the Campus Herald, sent to staff by the head librarian, Hana Ito, on Friday, "
    "said the Sunday opening had cost more than the college could afford. "
    "Students have started a petition against the change."
)
INTERVIEW = (
    "Fenmore College will close its library on Sundays from April. "
    "Hana Ito, the head librarian, told the Campus Herald that the Sunday opening had cost more "
    "than the college could afford."
)


def test_a_listener_who_only_saw_the_memo_is_wrong():
    line = "Hana Ito told the Campus Herald the Sunday opening cost more than the college could afford. [1]"
    reasons = Checker({1: MEMO}, outlet_names={1: "Campus Herald"}).verdict(line).reasons
    assert reasons == (
        "wrong listener: the source has Campus Herald see Hana Ito's note,"
        " not Hana Ito tell Campus Herald",
    ), reasons


def test_a_listener_the_source_has_told_passes():
    line = (
        "Ito told the Campus Herald the Sunday opening cost more than the college could afford. [1]"
    )
    reasons = Checker({1: INTERVIEW}, outlet_names={1: "Campus Herald"}).verdict(line).reasons
    assert reasons == (), reasons
    # told, in one source, outweighs seen in another
    assert wrong_listener(line, [MEMO, INTERVIEW]) == []


def test_a_source_silent_on_how_it_learned_is_left_to_the_other_checks():
    silent = "Hana Ito said the Sunday opening had cost more than the college could afford."
    assert wrong_listener("Ito told the Campus Herald the opening cost too much.", [silent]) == []
    assert wrong_listener("Ito told staff the opening cost too much.", [MEMO]) == []
