"""A broader table of words news prose uses for one another, read by synonyms.py after
wordtables.GROUPS (same format: one group a line, its key first). A word may stand in several
groups ("drop" a plan = withdraw it; prices drop = fall): it matches a word of any of them.

Written from general news usage, not from the judged pairs' failures; each group holds words a
summary may put for one another without changing what is claimed. Words that only look alike,
or that change a claim's strength ("some" for "all", "may" for "will"), stay out.
"""

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
