"""The word tables synonyms.py reads, written for newsdesk: interchangeable words, irregular forms,
opposites and common sentence openers. A wrong entry hides a real change from the verifier."""

# each line: words that stand for one another in news prose (the first is the key)
GROUPS = """
    buy purchase acquire acquisition
    company firm business corporation
    say state tell announce declare note remark comment inform notify
    sue lawsuit suit litigation
    start begin launch commence
    stop halt end cease suspend prevent
    rise increase grow climb jump surge soar spike
    fall drop decline decrease plunge slump lower tumble dip sink
    large big major huge massive enormous giant vast
    small little minor tiny slight modest
    quick fast rapid swift
    employee worker staff staffer
    boss chief head leader executive ceo
    lead manage oversee run
    plan intend propose
    ban prohibit bar forbid outlaw
    help assist aid
    show reveal indicate demonstrate
    allow permit let enable
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
    money fund funding cash
    pay payment
    country nation
    city town
    car vehicle automobile
    doctor physician
    child kid
    people person individual resident inhabitant
    journalist reporter correspondent
    rule regulation
    deal agreement accord pact
    talk negotiation discussion
    dispute row conflict
    meet meeting
    probe investigation inquiry investigate examine
    charge accuse indict
    arrest detain
    attack assault
    job position role
    report story article
    study research
    expert specialist analyst
    warn caution advise urge
    criticize criticise condemn slam
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
    ask request seek
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
    difficult hard tough challenging
    important significant crucial vital
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
    occupy seize confiscate
    finish complete
    conclude determine
    heat hot
    praise commend hail laud
    improve boost enhance
    worsen deteriorate
    happen occur
    region area
    shop store retailer
    plane aircraft jet airliner
    ship vessel boat
    hide conceal
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
    keep retain maintain continue preserve renew resume / stop cancel abolish terminate
    keep retain reinstate / remove removed
    inside indoors / outside outdoors
    public / private
    temporary / permanent
    rural / urban
    import / export
    arrive arrival / depart departure
    surplus / deficit
    victory / defeat
    winner / loser
    maximum / minimum
    full / empty
    wet / dry
    hot warm / cold cool
    rich wealthy / poor
    cheap / expensive
    upstream / downstream
    above / below
"""
