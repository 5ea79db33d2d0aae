"""A broader table of words news prose uses for one another, read by synonyms.py after
wordtables.GROUPS (same format: one group a line, its key first). A word may stand in several
groups ("drop" a plan = withdraw it; prices drop = fall): it matches a word of any of them.

Written from general news usage, not from the judged pairs' failures; each group holds words a
summary may put for one another without changing what is claimed. Words that only look alike,
or that change a claim's strength ("some" for "all", "may" for "will"), stay out.

Words the alignment reads past (synonyms.py): they carry little of what a claim says, so a
paraphrase may add or drop them without saying something the passage does not.
"""

from __future__ import annotations

import re

NEWS_GROUPS = """
    increase raise lift boost hike expand
    reduce lower decrease shrink lessen ease curb
    drop withdraw abandon scrap ditch shelve
    remove withdraw pull retract
    application request bid petition
    sell market
    treatment medicine drug remedy
    approve clear authorize sanction endorse
    allow approve accept
    reject dismiss oppose
    proposal plan scheme bid offer
    offer give provide grant
    supply provide furnish
    home house dwelling property
    location site place spot venue
    different another alternative
    farmland field farm
    edge outskirt fringe periphery border
    say announce tell report state
    dismiss fire sack oust
    replace succeed
    appoint name install
    find discover detect spot identify uncover reveal
    show find conclude determine
    develop create devise design invent
    test trial study examine
    group cohort sample
    rare uncommon unusual
    early initial
    suspend halt stop pause
    crossing sailing trip journey route service
    traveller passenger commuter
    book reserve
    customer subscriber user member
    fee price charge fare
    join subscribe enroll register sign
    blame cite attribute
    expensive costly pricey
    cost price expense
    warn caution alert
    harm hurt damage
    inflation prices
    unchanged steady
    keep hold maintain retain
    decision move ruling choice
    predict expect forecast anticipate
    economist analyst
    slow ease cool
    contain control
    injure hurt wound harm
    fire blaze flames
    smoke fumes
    dismiss sack fire
    match game fixture
    win victory
    manager coach boss
    take lead head
    replacement successor
    team club side squad
    scientist researcher
    spot detect find identify
    need require must
    study trial test research
    vessel ship boat
    wait queue
    offshore coast
    dock port harbour harbor
    contract deal agreement
    pay wage salary raise
    shift hour
    stoppage strike walkout
    confirm verify
    case infection
    vaccinate immunize immunise inoculate
    shop store retailer
    job post position role
    worker employee staff personnel workforce
    publisher publishing
    rival competitor opponent
    undisclosed secret
    combine merge unite
    harvest crop yield
    dry drought
    rain rainfall
    aid help assistance support relief
    emergency urgent
    introduce launch unveil roll
    ticket pass fare
    review report inquiry audit
    overcrowd crowd
    guard officer warden
    inmate prisoner
    accept acknowledge admit
    hire recruit employ
    ministry department
    crack fracture split
    beam girder
    inspection check examination
    vehicle traffic car
    close shut shutdown closure
    arrange plan organise organize schedule
    routine regular
    pregnant expectant
    refer send direct transfer
    temporary interim acting
    debut first
    record best
    champion winner titleholder holder
    race marathon contest
    finish end complete conclude
    opponent challenger
    cancel scrap axe drop
    stuck stranded trapped
    approve pass adopt
    strong robust solid
    weak fragile poor
    poll survey
    protest demonstrate
    attack strike raid assault
    kill slay
    dead killed
    injure injury wound
    storm gale
    evacuate clear
    resident local inhabitant
    authority official agency
    agency body regulator watchdog
    regulator watchdog supervisor
    lawmaker legislator parliamentarian senator representative
    parliament legislature congress assembly
    leader head chief
    chief executive boss
    spokesman spokeswoman spokesperson
    statement announcement
    figure number data statistic
    quarter period
    profit income earnings
    revenue sales turnover
    share stake
    firm business company group
    plant factory facility site works
    station plant
    power energy electricity
    close shut end
    warn threaten
    urge call press
    investigate probe examine
    accuse allege charge blame
    deny dispute reject
    fine penalty penalise penalize punish
    court tribunal
    judge justice
    jail imprison prison
    release free freed discharge
    bail bond
    pedestrian walker
    crash collision accident
    highway motorway road
    train rail railway
    bus coach
    airline carrier
    flight plane
    delay disruption
    damage destruction
    rebuild reconstruct restore
    fund finance pay
    budget funds money
    buy acquire purchase take
    begin start open launch
    soon shortly
    big large major significant
    key main important
    help support back
    extend prolong lengthen
    complain criticise criticize object
    concern worry fear
    doubt question uncertainty
    nearly almost roughly about around approximately
    several some many multiple
    amount sum total
    disclose reveal
"""


# verbs and adverbs that carry little of a claim: a paraphrase adds them freely ("put money into")
_LIGHT_WORDS = """
    become became becoming becomes remain remained remains stay stayed stays seem seemed seems
    now currently every put get got make made take took give gave keep kept back able well also
    live schedule scheduled company companies firm firms
    """
# closed-class words the stopword list lacks (relative pronouns, prepositions, conjunctions,
# "another" and the connectives that add or concede: "meanwhile", "moreover", "nevertheless"):
# grammar, not meaning, so a paraphrase may add or drop them ("a deal whose value ...");
# the causal ones ("therefore", "thus") stay words: a claim that adds a cause says more
_CLOSED_CLASS = """
    whose whoever whomever whatever whichever among amongst amid amidst toward towards beyond
    beneath besides whereas whilst either
    another meantime meanwhile nonetheless nevertheless furthermore moreover additionally
    likewise respectively anyway whereby
    """
LIGHT = frozenset((_LIGHT_WORDS + _CLOSED_CLASS).split())
# verbs that only say one event brought about another ("the strike prompted the airline to
# cancel flights" for "… cancelled flights as staff went on strike": "as", "after", "because"
# are stopwords); light for the alignment only, negation and roles still read them
_CAUSAL = "prompted prompting led caused causing triggered sparked forced resulted resulting"
CAUSAL = frozenset(_CAUSAL.split())
# vague counts ("for several days" against "for days", "a number of farmers" against "some
# farmers": "some" is a stopword, and phrases.py reads "a number of" and "a few" as "several");
# light for the alignment only: a duration's unit is still checked (timeunits.missing_times)
# and "many" stays a word, having an opposite ("few")
VAGUE = frozenset(["several", "multiple", "various", "numerous"])

# the words before one told (relations.py, bystanders.py), who is no speaker: "told (the)",
# "in an interview with", "speaking to"
TELLS = re.compile(
    r"\b(?:told|tells|telling|(?:interview|speaking|spoke|talk\w*)\b.*\b(?:with|to))(?: the)?$"
)
# abbreviated titles before a name ("Gov. Andrew Cuomo"), which name no one else (relations.py)
_TITLES = "Gov Sen Rep Dr Gen Lt Col Adm Sgt Capt Cmdr Prof Mr Mrs Ms Rev"
TITLES = frozenset(_TITLES.split())
