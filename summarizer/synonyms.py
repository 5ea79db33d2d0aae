"""Word meaning, lightly: a Snowball stem per word, then a small hand-written table of words
news writing uses interchangeably, so a paraphrase ("the firm purchased" for "the company
bought") is matched word for word by meaning rather than by spelling.

``lemma(word)`` is the key every aligned comparison uses: the stem of the word, or of its group's
first word when the word is in the table. The table holds only words that are interchangeable in
news prose in both directions; it is deliberately small (a wrong entry hides a real change).
Irregular verb forms are listed once under their base form.
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer
from newsdesk.summarizer.sentences import STOPWORDS, normalize, words

_STEM = snowballstemmer.stemmer("english").stemWord

# each line: words that stand for one another in news prose (the first is the key)
_GROUPS = """
    buy purchase acquire acquisition
    company firm business corporation
    say state tell announce declare
    sue lawsuit suit litigation
    start begin launch
    stop halt end cease suspend
    rise increase grow climb jump surge
    fall drop decline decrease plunge slump
    large big major huge
    small little minor
    quick fast rapid swift
    employee worker staff staffer
    boss chief head leader executive ceo
    plan intend propose
    ban prohibit bar
    help assist aid
    show reveal indicate demonstrate
    allow permit let
    need require
    try attempt
    get obtain receive
    use employ utilize
    build construct
    kill slay
    die death dead
    hire recruit
    dismiss sack
    cut reduce slash trim
    win victory
    lose loss defeat
    vote ballot
    law legislation statute
    bill measure
    lawmaker legislator
    official authority
    government administration
    price cost
    money fund funding
    pay payment
    country nation
    city town
    car vehicle
    doctor physician
    child kid
    people person resident inhabitant
    rule regulation
    deal agreement accord pact
    talk negotiation
    dispute row conflict
    meet meeting
    probe investigation inquiry investigate
    charge accuse indict
    arrest detain
    attack assault strike
    job position role
    report story article
    study research
    expert specialist analyst
    warn caution advise urge
    criticize criticise condemn
    support endorse
    oppose resist
    leave quit resign exit depart
    close shut
    open reopen
    release publish issue
    delay postpone
    approve authorize authorise
    reject refuse deny
    repair fix
    discover find
    shortage lack
    goal target aim
    sales revenue
    profit earnings
    storm hurricane
    fire blaze wildfire
    flood flooding
    vaccine shot jab
    school education
    student pupil
    teacher educator
    police officer
    court judge
    prison jail
    hospital clinic
    week weekly
    month monthly
    year annual yearly
    total overall
    many numerous
    about roughly approximately nearly almost around
    contest challenge dispute fight
    walkout
    ruling decision verdict judgment
    suspect accused
    victim casualty
    injure wound hurt
    crash collision accident
    blast explosion
    shooting gunfire
    protest demonstration rally
    protester demonstrator
    troop soldier
    army military
    weapon arms
    border frontier
    refugee migrant asylum
    election poll
    candidate contender
    president leader
    minister secretary
    spokesperson spokesman spokeswoman representative
    lawyer attorney counsel
    customer client consumer
    shopper buyer
    market exchange
    share stock
    investor shareholder
    bank lender
    loan credit
    debt borrowing
    tax levy
    budget spending
    economy economic
    inflation prices
    wage salary pay
    unemployment jobless
    factory plant
    product goods
    supply provide deliver
    demand appetite
    shortage scarcity
    outage blackout
    device gadget
    phone smartphone handset
    app application
    online internet web
    data information
    hack breach cyberattack
    flaw bug vulnerability weakness
    patch update
    scientist researcher
    discovery finding
    evidence proof
    result outcome
    effect impact
    risk danger threat
    safe secure
    illness disease sickness
    patient sufferer
    treatment therapy
    drug medicine medication
    trial test
    climate weather
    emission pollution
    energy power electricity
    fuel gas petrol gasoline
    plan scheme proposal program programme
    project scheme
    rise hike
    record unprecedented
    cancel scrap axe
    postpone defer
    reveal disclose
    ask request
    agree consent
    promise pledge vow
    consider weigh
    expect predict forecast anticipate
    explain clarify
    confirm verify
    affect hit
    cause trigger spark
    destroy ruin wreck
    damage harm
    repair restore
    remove withdraw pull
    replace substitute
    choose select pick
    name appoint nominate
    elect vote
    join enter
    return come
    visit tour
    flee escape
    rescue save
    die perish
    former previous ex
    recent latest
    main key central chief principal
    entire whole full complete
    several multiple various
    enough sufficient
    difficult hard tough
    important significant
    possible potential
    strict tough stringent
    free complimentary
    immediately promptly
    again anew
"""

_IRREGULAR = """
    buy bought | say said | tell told | begin began begun | rise rose risen | fall fell fallen
    grow grew grown | win won | lose lost | pay paid | meet met | leave left | find found
    build built | cut cut | get got gotten | give gave given | take took taken | make made
    hold held | uphold upheld | withhold withheld | bring brought | seek sought | sell sold | spend spent | send sent | keep kept
    think thought | write wrote written | speak spoke spoken | choose chose chosen
    run ran | come came | go went gone | see saw seen | know knew known | fly flew flown
    drive drove driven | steal stole stolen | shut shut | strike struck | lead led
"""


# each line: two words (or groups, split by "/") that say opposite things
_OPPOSITES = """
    rise raise / fall cut
    win / lose
    accept approve / reject
    open / close
    start / stop
    support praise welcome / oppose criticize
    birth born / death
    block / uphold
    convict sentence guilty / clear acquit innocent
    free / pay charge
    allow / ban
    hire / dismiss
    buy / sell
    admit / deny
    add / drop
    gain profit / loss
    expand extend lengthen / shrink shorten
    succeed / fail
    high higher / low lower
    early earlier / late later
    strong / weak
    best / worst
    agree / refuse
    healthy / ill sick
    safe / unsafe dangerous
    join / leave
    increase / reduce
"""


def _stem(word: str) -> str:
    return str(_STEM(word.lower().removesuffix("'s").strip("'-")))


def _irregular() -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in _IRREGULAR.split("|"):
        base, *forms = entry.split()
        for form in forms:
            out[form] = base
    return out


_IRREGULAR_FORMS = _irregular()


def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _GROUPS.strip().splitlines():
        group = line.split()
        key = _stem(group[0])
        for w in group:
            out.setdefault(_stem(w), key)
    return out


_SYNONYMS = _table()
# verbs and adverbs that carry little of a claim: a paraphrase adds them freely ("put money into")
LIGHT = frozenset(
    [
        "put",
        "get",
        "got",
        "make",
        "made",
        "take",
        "took",
        "give",
        "gave",
        "keep",
        "kept",
        "back",
        "able",
        "well",
        "also",
    ]
)

_SUFFIXES = ("tion", "tions", "ment", "ments", "ness", "ity", "ities", "ing", "ings", "ers")


def ordinary(word: str) -> bool:
    """Whether a capitalised first word is an ordinary word ("Negotiations", "People"), not a
    name: a word of the synonym table, or one with a suffix names rarely have."""
    low = word.lower()
    return _stem(low) in _SYNONYMS or (len(low) > 6 and low.endswith(_SUFFIXES))


@lru_cache(maxsize=65536)
def _opposites() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in _OPPOSITES.strip().splitlines():
        left, right = ({lemma(w) for w in side.split()} for side in line.split("/"))
        for a in left:
            out.setdefault(a, set()).update(right)
        for b in right:
            out.setdefault(b, set()).update(left)
    return {k: frozenset(v) for k, v in out.items()}


def opposites(key: str) -> frozenset[str]:
    """The lemmas that say the opposite of lemma ``key`` ('rise' -> {'fall', 'cut', ...})."""
    global _OPPOSITE_TABLE
    if _OPPOSITE_TABLE is None:
        _OPPOSITE_TABLE = _opposites()
    return _OPPOSITE_TABLE.get(key, frozenset())


_OPPOSITE_TABLE: dict[str, frozenset[str]] | None = None


def lemma(word: str) -> str:
    """The comparison key of a word: 'purchased' -> 'buy', 'Lawsuits' -> 'sue', 'rose' -> 'rise'."""
    low = word.lower().removesuffix("'s")
    s = _stem(_IRREGULAR_FORMS.get(low, low))
    return _SYNONYMS.get(s, s)


def lemmas(text: str) -> list[str]:
    """The comparison keys of a text's content words (stopwords and 1–2 letter words left out)."""
    return [
        lemma(w)
        for w in words(normalize(text))
        if len(w) > 2 and w.lower() not in STOPWORDS and w.lower() not in LIGHT
    ]
