"""The word tables synonyms.py reads, written for newsdesk: interchangeable words, irregular forms,
opposites and common sentence openers. A wrong entry hides a real change from the verifier."""

# each line: words that stand for one another in news prose (the first is the key)
GROUPS = """
    buy purchase acquire acquisition
    company firm business corporation
    say state tell announce declare
    sue lawsuit suit litigation
    start begin launch
    stop halt end cease suspend prevent
    rise increase grow climb jump surge
    fall drop decline decrease plunge slump lower
    large big major huge
    small little minor
    quick fast rapid swift
    employee worker staff staffer
    boss chief head leader executive ceo
    lead manage oversee run
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
    kill slay cull
    centre center middle
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
    attack assault
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
    mail letter
    create form establish
    maker producer manufacturer
    defect fault
    steal theft
    convict guilty
    wrong false
    want hope wish
    signal hint
    slow ease
    demolish raze
    occupy seize
    finish complete
    conclude determine
    heat hot
    blame responsible
    divide split
    switch move shift
    newspaper paper
"""


# each line: two words (or groups, split by "/") that say opposite things
OPPOSITES = """
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
    rise / slow
    cut reduce lower / raise hike
    already / still yet
    mild minor / severe serious
    unchanged / raise cut
    guilty convict / acquit
    find discover / lose
    safe / risky
    fair / unfair
    double / halve
    create add / cut eliminate
    cancel / proceed
    beat exceed top / miss
"""


# ordinary words that often open a sentence: capitalised there, they are not names
COMMON = """
    after again ahead all also although among another any anyone around as at because before
    both but by despite during each either even every few first for from further given here
    however if in instead it last later many meanwhile more most much next no none now of on once
    one only other over overall since some still such than that the then there these they this
    nobody nothing everyone everybody someone something
    those though through thus to today together under unlike until up when where whether while
    with within without work entry access support help care service staff crews families owners
    officials residents visitors people workers users customers players fans voters drivers
    passengers tenants parents children students teachers patients doctors police troops experts
    critics analysts investors shareholders lawmakers leaders members researchers scientists
    engineers inspectors firefighters forecasters organizers organisers farmers protesters
    construction sales prices costs profits shares rates inflation demand growth production
    trade traffic travel flights trains roads schools hospitals health safety security power
    water energy food housing rent fees taxes jobs wages pay spending funding money talks
    plans work repairs tests trials results figures data reports records rules laws changes
    cases deaths injuries damage losses fire smoke snow rain storms floods heat weather
    shipments exports imports supplies stocks markets banks companies firms businesses citing
    rising falling higher lower cheaper more fewer several most half nearly about almost both
    under weeks months years days hours today yesterday tomorrow earlier later
"""
