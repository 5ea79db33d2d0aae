"""Hard cases for the stories stage, written by hand for newsdesk (the events are invented).

Every item is labelled with its story (``key``) and its kind:

- ``original``: the article that broke the story (``read: False`` when only a blurb was seen);
- ``coverage``: reports that build on it, citing it by link or by name;
- ``relay``: aggregator posts that pass on another outlet's report ("quotes a report from",
  "via", "h/t", a block-quoted excerpt), often of a page we never fetched;
- ``opinion``: columns reacting to the event;
- ``late``: follow-ups 9 to 23 days after the first report, in other words than the first one;
- ``roundup``: newsletters covering several stories. A roundup that is mostly about one story
  carries that story's key; one spread evenly carries a key of its own (``roundup-...``).

``ORIGINALS`` names the outlet that broke each story. Four of them were never fetched (the
FT, the WSJ and Bloomberg are paywalled or answered 403) and are known only through the
citations of others; The Information is seen only as a blurb.

Distractors: Kestrel has an outage and a price cut within five days; Quillon has a leak and a
funding round within a week; Orbitline, Marrow Health and Pellucid Bank each make news about
staff AI token use in the same week.
"""

from __future__ import annotations

ORIGINALS: dict[str, str] = {
    "kestrel-outage": "ft.com",
    "kestrel-frankfurt": "reuters.com",
    "orbitline-quota": "theinformation.com",
    "marrow-leaderboard": "bloomberg.com",
    "pellucid-cap": "cnbc.com",
    "tessellate-deal": "wsj.com",
    "quillon-leak": "404media.co",
    "quillon-funding": "bloomberg.com",
    "harrow-delay": "nikkei.com",
}

ORIGINAL = "@original"  # a link to the story's original item (its URL is made by the generator)
FT_KESTREL = "https://www.ft.com/content/5e6f7a8b-1c2d-4e3f-9a0b-112233445566"
ARS_KESTREL = "https://arstechnica.com/information-technology/2026/04/kestrel-gpu-blackout/"
WSJ_TESSELLATE = "https://www.wsj.com/tech/vantor-nears-deal-for-tessellate-labs-8a7b6c5d"
SEMAFOR_TESSELLATE = "https://www.semafor.com/article/04/13/2026/vantor-tessellate-talks"
BLOOMBERG_QUILLON = "https://www.bloomberg.com/news/articles/2026-04-20/quillon-raises-600-million"
FORTUNE_QUILLON = "https://fortune.com/2026/04/20/quillon-series-c-harrow-capital/"
TOMS_HARROW = "https://www.tomshardware.com/tech-industry/harrow-semi-delays-2nm-to-2027"
FRONT_PAGES = (
    "https://news.ycombinator.com/",
    "https://www.ft.com/",
    "https://www.reuters.com/technology/",
)

# (key, kind, outlet, published, title, text, links, read)
ITEMS: list[tuple[str, str, str, str, str, str, tuple[str, ...], bool]] = [
    # --- Kestrel Cloud: an eleven-hour GPU blackout (FT original, never fetched) -------------
    (
        "kestrel-outage",
        "coverage",
        "theregister.com",
        "2026-04-06T10:00:00Z",
        "Kestrel Cloud's eleven-hour GPU blackout knocks AI coding tools offline",
        "Kestrel Cloud, which rents out graphics processors to AI companies, lost its Reno data "
        "centre for eleven hours on Monday, taking several popular coding assistants down with it. "
        "According to the Financial Times, Kestrel engineers had warned in internal chat channels "
        "weeks earlier that the site's cooling plant was running close to its limits. About 40,000 "
        "customer accounts were affected. Kestrel said service was fully restored by the evening.",
        (FT_KESTREL,),
        True,
    ),
    (
        "kestrel-outage",
        "relay",
        "pixelpost.example",
        "2026-04-06T13:00:00Z",
        "Kestrel's cooling warnings went unheeded",
        "The Kestrel outage that broke half the internet's code completion on Monday may have been "
        "avoidable. Pixelpost quotes a report from Ars Technica: \u201cStaff at Kestrel Cloud told "
        "managers in March that the Reno cooling plant could not cope with a full load, according "
        "to the Financial Times, which saw the messages.\u201d Kestrel has not said what failed. "
        "Eleven hours is a long time to be without your GPUs.",
        (ARS_KESTREL,),
        True,
    ),
    (
        "kestrel-outage",
        "relay",
        "linkpile.example",
        "2026-04-06T18:00:00Z",
        "Link: Kestrel engineers saw the Reno blackout coming",
        "Kestrel Cloud's Reno facility went dark for eleven hours and took thousands of AI "
        "customers with it (via Ars Technica). The Financial Times first reported that engineers "
        "had flagged the overloaded cooling weeks before. Worth reading if you run anything on "
        "rented GPUs.",
        (ARS_KESTREL,),
        True,
    ),
    (
        "kestrel-outage",
        "coverage",
        "techcrunch.com",
        "2026-04-06T15:00:00Z",
        "Kestrel outage leaves AI startups scrambling for compute",
        "Startups that depend on Kestrel Cloud spent Monday moving workloads elsewhere after an "
        "outage at the company's Reno data centre lasted eleven hours. According to the FT, the "
        "failure followed repeated internal warnings about cooling capacity. Founders told us "
        "they had no fallback region and simply waited. Kestrel serves roughly 40,000 accounts, "
        "most of them small AI developers.",
        (),
        True,
    ),
    (
        "kestrel-outage",
        "opinion",
        "thelongview.example",
        "2026-04-08T09:00:00Z",
        "Opinion: The Kestrel blackout shows how fragile the AI tool chain is",
        "When Kestrel Cloud's Reno data centre went dark on Monday, a surprising share of the "
        "software industry stopped writing code. That is the lesson of the Kestrel outage: the "
        "tools we now treat as infrastructure run on a handful of rented GPU halls, and a single "
        "overheated building can idle tens of thousands of developers. Buyers should demand a "
        "second region before the next blackout, not after.",
        (),
        True,
    ),
    (
        "kestrel-outage",
        "late",
        "devdigest.example",
        "2026-04-15T11:00:00Z",
        "What actually happened inside Kestrel's Reno hall",
        "Nine days on, the picture of Kestrel Cloud's Reno failure is clearer. A chiller tripped "
        "during a heat spike, racks hit their thermal limits and the building's automatic "
        "shutdown cut power to every GPU node at once. Restarting the cluster took most of the "
        "eleven hours, because nodes had to be brought back in batches to keep temperatures "
        "down. Kestrel has promised a full post-incident review.",
        (),
        True,
    ),
    (
        "kestrel-outage",
        "late",
        "theverge.com",
        "2026-04-19T16:00:00Z",
        "Kestrel publishes its root-cause report and offers service credits",
        "Kestrel Cloud has published its post-mortem of the April 6 shutdown at its Reno site. "
        "The company blames a chiller fault combined with firmware that shut down all racks "
        "together instead of shedding load gradually. Affected customers will receive service "
        "credits worth 20 percent of a monthly bill. Kestrel says a second cooling loop will be "
        "installed before summer.",
        (),
        True,
    ),
    (
        "kestrel-outage",
        "late",
        "reuters.com",
        "2026-04-28T08:00:00Z",
        "Nevada utility regulator opens inquiry into Kestrel data centre shutdown",
        "Nevada's public utilities commission has opened an inquiry into the April shutdown of "
        "Kestrel Cloud's Reno data centre, the commission said on Tuesday. Regulators want to know "
        "whether the emergency power-down strained the local grid. Kestrel said it would "
        "cooperate fully. The eleven-hour blackout hit tens of thousands of Kestrel customers.",
        (),
        True,
    ),
    # --- Kestrel again, five days later: a new region and a price cut (Reuters original) -----
    (
        "kestrel-frankfurt",
        "original",
        "reuters.com",
        "2026-04-10T09:00:00Z",
        "Kestrel opens Frankfurt region and cuts GPU rental prices by 30 percent",
        "Kestrel Cloud will open a data centre region in Frankfurt next month and cut the hourly "
        "price of its largest GPU instances by 30 percent, the company told Reuters on Friday. "
        "The Frankfurt site will host about 12,000 accelerators. Kestrel said European customers "
        "had asked for local capacity to meet data-residency rules.",
        (),
        True,
    ),
    (
        "kestrel-frankfurt",
        "coverage",
        "zdnet.com",
        "2026-04-10T14:00:00Z",
        "Kestrel heads to Germany with cheaper GPU instances",
        "Kestrel Cloud is expanding into Germany. A Frankfurt region with roughly 12,000 "
        "accelerators opens in May, and hourly rates for the biggest instances drop by 30 "
        "percent, according to Reuters. Data-residency requirements drove the choice of "
        "location, the company said.",
        (ORIGINAL,),
        True,
    ),
    (
        "kestrel-frankfurt",
        "relay",
        "pixelpost.example",
        "2026-04-11T07:00:00Z",
        "Kestrel goes to Frankfurt, prices go down",
        "Kestrel Cloud is opening a Frankfurt region with 12,000 accelerators and cutting its top "
        "GPU prices by nearly a third (via Reuters). European teams with residency rules finally "
        "get a local option.",
        (),
        True,
    ),
    (
        "kestrel-frankfurt",
        "coverage",
        "theregister.com",
        "2026-04-11T12:00:00Z",
        "Kestrel's Frankfurt region undercuts GPU rivals on price",
        "Kestrel Cloud's incoming Frankfurt region will rent its largest GPU instances for 30 "
        "percent less than today's list price, Reuters reported, putting it below the hyperscalers "
        "for comparable accelerators. The site will hold about 12,000 chips and open in May.",
        (),
        True,
    ),
    # --- Orbitline: monthly token quotas (The Information original, seen as a blurb) ---------
    (
        "orbitline-quota",
        "original",
        "theinformation.com",
        "2026-04-07T12:00:00Z",
        "Orbitline tells staff to use two million AI tokens a month",
        "Logistics software maker Orbitline has set every employee a monthly quota of two million "
        "AI tokens.",
        (),
        False,
    ),
    (
        "orbitline-quota",
        "coverage",
        "businessinsider.com",
        "2026-04-07T16:00:00Z",
        "Orbitline employees now have a minimum AI token quota",
        "Orbitline, which makes route-planning software for freight companies, has told staff to "
        "consume at least two million AI tokens each month, according to The Information. "
        "Employees under the quota must explain why in their weekly check-in. An Orbitline "
        "spokesperson said the number was meant to encourage experimentation.",
        (ORIGINAL,),
        True,
    ),
    (
        "orbitline-quota",
        "relay",
        "weeklybits.example",
        "2026-04-08T08:00:00Z",
        "Orbitline's token quota, and why it will backfire",
        "Orbitline now expects each employee to burn through two million AI tokens a month, and "
        "those who fall short have to explain themselves (h/t Business Insider). The Information "
        "first reported the quota. Expect a lot of very long prompts at Orbitline.",
        (),
        True,
    ),
    (
        "orbitline-quota",
        "opinion",
        "thelongview.example",
        "2026-04-09T09:00:00Z",
        "Opinion: Token quotas are the new lines-of-code metric",
        "Orbitline's rule that staff must consume two million AI tokens a month repeats an old "
        "mistake. Counting lines of code rewarded verbose programmers; counting tokens rewards "
        "people who paste whole manuals into a chat window. If Orbitline wants to know whether "
        "its AI tools help, it should measure what ships, not what is consumed.",
        (),
        True,
    ),
    # --- Marrow Health: a token leaderboard, same week (Bloomberg original) ------------------
    (
        "marrow-leaderboard",
        "original",
        "bloomberg.com",
        "2026-04-08T11:00:00Z",
        "Marrow Health ranks engineers on AI use, and some are gaming it",
        "Marrow Health, which sells scheduling software to hospitals, ranks its engineers on a "
        "weekly chart of AI assistant usage, and several told Bloomberg they run scripted "
        "sessions overnight to stay off the bottom of it. The chart was introduced in February. "
        "Marrow said the ranking would be reviewed.",
        (),
        True,
    ),
    (
        "marrow-leaderboard",
        "coverage",
        "healthitwire.example",
        "2026-04-08T17:00:00Z",
        "Hospital software firm Marrow Health reviews AI usage ranking",
        "Marrow Health is reviewing a weekly ranking of engineers by AI assistant use after staff "
        "described running scripted overnight sessions to improve their position, Bloomberg "
        "reported. The ranking started in February at the hospital scheduling vendor.",
        (ORIGINAL,),
        True,
    ),
    (
        "marrow-leaderboard",
        "coverage",
        "axios.com",
        "2026-04-09T10:00:00Z",
        "Marrow Health's AI leaderboard draws scrutiny",
        "A weekly AI usage chart at Marrow Health has staff scripting overnight assistant "
        "sessions, according to Bloomberg. The company, a supplier of hospital scheduling tools, "
        "says it will look again at the ranking it introduced in February.",
        (),
        True,
    ),
    # --- Pellucid Bank: a cap on AI spend, same week (CNBC original) -------------------------
    (
        "pellucid-cap",
        "original",
        "cnbc.com",
        "2026-04-09T13:00:00Z",
        "Pellucid Bank caps staff AI spending after its bill triples",
        "Pellucid Bank has capped how much each employee can spend on AI models after its monthly "
        "bill tripled in a quarter, the bank's chief operating officer told CNBC. Staff will get a "
        "budget of 150 dollars a month, with exceptions for approved projects.",
        (),
        True,
    ),
    (
        "pellucid-cap",
        "coverage",
        "bankingtechdaily.example",
        "2026-04-09T18:00:00Z",
        "Pellucid introduces a monthly AI budget per employee",
        "Pellucid Bank is putting a 150 dollar monthly ceiling on each employee's AI model use, "
        "its operations chief told CNBC, after spending on models tripled in three months. "
        "Approved projects can apply for more.",
        (ORIGINAL,),
        True,
    ),
    (
        "pellucid-cap",
        "relay",
        "linkpile.example",
        "2026-04-10T07:00:00Z",
        "Link: a bank puts staff on an AI allowance",
        "Pellucid Bank's AI bill tripled in a quarter, so every employee now gets 150 dollars a "
        "month of model use and no more (via CNBC).",
        (),
        True,
    ),
    # --- Tessellate Labs bought by Vantor (WSJ original, paywalled, never fetched) -----------
    (
        "tessellate-deal",
        "coverage",
        "theverge.com",
        "2026-04-13T15:00:00Z",
        "Vantor agrees to buy AI code review startup Tessellate Labs for 2.4 billion dollars",
        "Vantor Systems has agreed to acquire Tessellate Labs, whose AI reviewer checks pull "
        "requests for about 9,000 companies, for 2.4 billion dollars in cash and stock. The Wall "
        "Street Journal first reported the talks on Sunday. Tessellate's founders will join "
        "Vantor's developer tools group, and the deal is expected to close in the third quarter.",
        (WSJ_TESSELLATE,),
        True,
    ),
    (
        "tessellate-deal",
        "relay",
        "pixelpost.example",
        "2026-04-13T18:00:00Z",
        "Vantor buys Tessellate",
        "Big week for AI code review. Here is the key passage from Semafor's write-up:\n"
        "> Vantor Systems will pay about 2.4 billion dollars for Tessellate Labs, as first "
        "reported by The Wall Street Journal, in a deal that folds the startup into Vantor's "
        "developer tools business.\n"
        "Tessellate had raised money at a much lower valuation only last year.",
        (SEMAFOR_TESSELLATE,),
        True,
    ),
    (
        "tessellate-deal",
        "relay",
        "devdigest.example",
        "2026-04-14T08:00:00Z",
        "Tessellate Labs sells to Vantor",
        "The acquisition everyone expected is done.\n"
        "> Vantor is paying 2.4 billion dollars for Tessellate, according to The Wall Street "
        "Journal, and will keep the product running under its own name.\n"
        "\u2014 Semafor\n"
        "Tessellate's reviewer is used by some 9,000 companies.",
        (SEMAFOR_TESSELLATE,),
        True,
    ),
    (
        "tessellate-deal",
        "coverage",
        "techcrunch.com",
        "2026-04-13T19:00:00Z",
        "Tessellate Labs lands a 2.4 billion dollar exit to Vantor",
        "Tessellate Labs, the AI code review startup, is being acquired by Vantor Systems for 2.4 "
        "billion dollars, according to the WSJ and a company announcement. The price is roughly "
        "four times Tessellate's last private valuation. About 9,000 customers use its reviewer.",
        (),
        True,
    ),
    (
        "tessellate-deal",
        "opinion",
        "thelongview.example",
        "2026-04-15T09:00:00Z",
        "Opinion: Vantor is buying Tessellate's customers, not its code",
        "Vantor paying 2.4 billion dollars for Tessellate Labs is not a bet on a better AI "
        "reviewer; several are as good. It is a purchase of 9,000 companies that already route "
        "every pull request through Tessellate. Distribution, not models, is what is being "
        "priced in this deal.",
        (),
        True,
    ),
    (
        "tessellate-deal",
        "late",
        "reuters.com",
        "2026-04-29T10:00:00Z",
        "EU competition regulators ask questions about Vantor's Tessellate purchase",
        "European Commission officials have sent questionnaires to customers of Tessellate Labs "
        "as they weigh whether Vantor Systems' takeover of the code review company needs a full "
        "merger investigation, two people familiar with the matter said. Vantor has not yet "
        "formally notified Brussels of the 2.4 billion dollar transaction.",
        (),
        True,
    ),
    # --- Quillon: unreleased model weights leak (404 Media original) -------------------------
    (
        "quillon-leak",
        "original",
        "404media.co",
        "2026-04-14T08:00:00Z",
        "Quillon's unreleased Quillon-3 model weights were posted on a forum",
        "The full weights of Quillon-3, an AI model Quillon has not yet released, were uploaded "
        "to a file-sharing forum on Monday night, 404 Media has confirmed. The 140 gigabyte "
        "archive was downloaded thousands of times before it was removed. Quillon confirmed the "
        "files were genuine and said it was investigating how they left its systems.",
        (),
        True,
    ),
    (
        "quillon-leak",
        "coverage",
        "theverge.com",
        "2026-04-14T13:00:00Z",
        "Quillon confirms leak of its next AI model",
        "Quillon says files posted online on Monday are the real weights of its unreleased "
        "Quillon-3 model, as 404 Media reported. The archive, about 140 gigabytes, spread widely "
        "before moderators pulled it. Quillon is investigating.",
        (ORIGINAL,),
        True,
    ),
    (
        "quillon-leak",
        "relay",
        "weeklybits.example",
        "2026-04-14T18:00:00Z",
        "Quillon-3 is out, just not the way Quillon planned",
        "Someone uploaded the weights of Quillon's unreleased Quillon-3 to a forum and thousands "
        "grabbed them before the takedown (h/t 404 Media). Quillon admits the files are real.",
        (),
        True,
    ),
    (
        "quillon-leak",
        "coverage",
        "arstechnica.com",
        "2026-04-14T20:00:00Z",
        "Leaked Quillon-3 weights spread before takedown",
        "A 140 gigabyte copy of Quillon-3, Quillon's next model, circulated on a forum for hours "
        "on Monday, according to 404 Media. Quillon has confirmed the leak. Researchers who looked "
        "at the files say the model appears close to finished.",
        (ORIGINAL,),
        True,
    ),
    (
        "quillon-leak",
        "opinion",
        "thelongview.example",
        "2026-04-16T09:00:00Z",
        "Opinion: The Quillon leak is a reminder that weights are just files",
        "However much a lab spends on training, the result of it is a file, and files get copied. "
        "The Quillon-3 leak should end the pretence that model weights can be kept secret by "
        "policy alone. Quillon will now have to compete with its own unreleased product.",
        (),
        True,
    ),
    (
        "quillon-leak",
        "late",
        "techcrunch.com",
        "2026-04-24T15:00:00Z",
        "Quillon sues former contractor it says copied its model checkpoint",
        "Quillon has filed a lawsuit in California against a former contractor, alleging he "
        "copied a Quillon-3 checkpoint to a personal drive before his access was revoked. The "
        "complaint says the same file later appeared on a public forum. Quillon is seeking "
        "damages for misappropriation of trade secrets.",
        (),
        True,
    ),
    (
        "quillon-leak",
        "late",
        "theregister.com",
        "2026-05-03T09:00:00Z",
        "Quillon locks down research checkpoints after Quillon-3 escape",
        "Quillon now requires two engineers to approve any download of a model checkpoint and has "
        "cut contractor access to its training cluster, the company said, three weeks after "
        "Quillon-3's weights turned up on a forum. Files are watermarked per user.",
        (),
        True,
    ),
    # --- Quillon again: a funding round (Bloomberg original, 403, never fetched) -------------
    (
        "quillon-funding",
        "coverage",
        "techcrunch.com",
        "2026-04-20T16:00:00Z",
        "Quillon raises 600 million dollars at a 9 billion dollar valuation",
        "Quillon has raised 600 million dollars in a series C round led by Harrow Capital that "
        "values the AI lab at 9 billion dollars, according to Bloomberg. The company plans to "
        "spend most of it on compute.",
        (BLOOMBERG_QUILLON,),
        True,
    ),
    (
        "quillon-funding",
        "relay",
        "pixelpost.example",
        "2026-04-20T19:00:00Z",
        "Quillon's series C",
        "Pixelpost quotes a report from Fortune: \u201cHarrow Capital is leading a 600 million "
        "dollar round in Quillon at a 9 billion dollar valuation, Bloomberg first reported.\u201d "
        "Not bad for a lab that just lost its next model to a forum.",
        (FORTUNE_QUILLON,),
        True,
    ),
    (
        "quillon-funding",
        "coverage",
        "businessinsider.com",
        "2026-04-21T08:00:00Z",
        "Harrow Capital leads Quillon's 600 million dollar round",
        "As first reported by Bloomberg, Quillon has closed a 600 million dollar series C at a 9 "
        "billion dollar valuation with Harrow Capital in the lead. Existing investors also took "
        "part, and the lab says the money will go to training runs.",
        (),
        True,
    ),
    # --- Harrow Semi delays its 2nm chips (Nikkei original, never fetched; every post relays
    # Tom's Hardware, which answered 403; only its excerpts name Nikkei) ---------------------
    (
        "harrow-delay",
        "relay",
        "linkpile.example",
        "2026-04-22T09:00:00Z",
        "Harrow Semi pushes 2nm to 2027",
        "Tom's Hardware reports:\n"
        "> Harrow Semiconductor has told customers its first 2nm processors will slip from late "
        "2026 to the middle of 2027, according to Nikkei, because yields at its new fab are "
        "still too low.\n"
        "That leaves Harrow a full year behind its largest rival.",
        (TOMS_HARROW,),
        True,
    ),
    (
        "harrow-delay",
        "relay",
        "pixelpost.example",
        "2026-04-22T11:00:00Z",
        "Harrow's 2nm slip",
        "Harrow Semiconductor's 2nm chips are now a 2027 product, with low yields at the new fab "
        "to blame (via Tom's Hardware). Customers planning next year's laptops will need a plan "
        "B.",
        (TOMS_HARROW,),
        True,
    ),
    (
        "harrow-delay",
        "relay",
        "weeklybits.example",
        "2026-04-22T15:00:00Z",
        "Harrow Semiconductor delays 2nm processors by half a year",
        "Tom's Hardware, citing Nikkei, says Harrow Semiconductor has warned customers that its "
        "2nm processors will not ship until mid-2027. Poor yields at the company's newest fab "
        "are the reason given.",
        (TOMS_HARROW,),
        True,
    ),
    (
        "harrow-delay",
        "coverage",
        "devdigest.example",
        "2026-04-23T08:00:00Z",
        "Harrow's yield problem and what it means for 2nm laptops",
        "Harrow Semiconductor's first 2nm processors are running about six months late, "
        "according to Tom's Hardware, which says low yields at the new fab are to blame. Laptop "
        "makers that planned around Harrow parts for 2027 designs may switch suppliers.",
        (TOMS_HARROW,),
        True,
    ),
    # --- roundups -------------------------------------------------------------------------
    (
        "roundup-week15",
        "roundup",
        "weeklybits.example",
        "2026-04-10T16:00:00Z",
        "Weekly Bits: a blackout, a quota and a leaderboard",
        "Three things this week. Kestrel Cloud's Reno data centre went dark for eleven hours and "
        "took a lot of coding assistants with it. Orbitline now expects staff to use two million "
        "AI tokens a month. And Marrow Health is rethinking a chart that ranks engineers by AI "
        "use. See you next Friday.",
        FRONT_PAGES[:2],
        True,
    ),
    (
        "tessellate-deal",
        "roundup",
        "devdigest.example",
        "2026-04-17T16:00:00Z",
        "Dev Digest: what Vantor gets for 2.4 billion dollars",
        "This week's letter is mostly about one deal. Vantor Systems is buying Tessellate Labs "
        "for 2.4 billion dollars, and with it an AI reviewer that 9,000 companies run on every "
        "pull request. Tessellate's founders join Vantor's developer tools group, the product "
        "keeps its name, and the deal should close in the third quarter. Vantor paid roughly four "
        "times Tessellate's last valuation. Elsewhere: Quillon's leaked model is still being "
        "passed around.",
        (),
        True,
    ),
    (
        "roundup-links-0421",
        "roundup",
        "linkpile.example",
        "2026-04-21T17:00:00Z",
        "Links for Tuesday",
        "Quillon raised a big series C. Kestrel Cloud posted its post-mortem and is handing out "
        "service credits. Vantor's Tessellate purchase is drawing questions. Pellucid Bank's AI "
        "allowance is being copied by other banks. That is all for today.",
        FRONT_PAGES,
        True,
    ),
    (
        "pellucid-cap",
        "roundup",
        "thestackletter.example",
        "2026-04-10T12:00:00Z",
        "The Stack: banks discover the AI bill",
        "Most of today is about Pellucid Bank, whose AI bill tripled in a quarter. Pellucid now "
        "gives each employee a 150 dollar monthly budget for AI models, with exceptions only for "
        "approved projects, and its operations chief says other banks are watching. Expect "
        "finance departments everywhere to ask for the same per-employee numbers. Also: Orbitline "
        "wants more token use, not less.",
        (),
        True,
    ),
    (
        "roundup-pair-0415",
        "roundup",
        "twobytes.example",
        "2026-04-15T17:00:00Z",
        "Two Bytes: a big exit and a leaked model",
        "Two stories today. Vantor Systems agreed to pay 2.4 billion dollars for Tessellate Labs, "
        "whose AI code reviewer checks pull requests at 9,000 companies. And the weights of "
        "Quillon-3, Quillon's unreleased model, leaked onto a forum and were copied widely before "
        "the takedown. Back on Friday.",
        (),
        True,
    ),
    (
        "quillon-funding",
        "roundup",
        "founderfile.example",
        "2026-04-22T16:00:00Z",
        "Founder File: Quillon's 9 billion dollar week",
        "Our main item is money. Quillon closed a 600 million dollar series C led by Harrow "
        "Capital at a 9 billion dollar valuation, a week after its next model leaked, and says "
        "the cash goes to compute and training runs. Existing investors joined the round. "
        "Briefly: Harrow Semi's 2nm chips slip to 2027.",
        (),
        True,
    ),
]
