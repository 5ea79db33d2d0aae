"""Summarizer benchmark: ROUGE of the extractive backend against lead-3 and plain LexRank
baselines computed in the same run, the copy ratio (share of a draft's words in runs of 8 or more
words copied from a source outside quotation marks) of the wire-style draft beside the plain
sentence selection it replaced and lead-3, the quoted share, the outlets named in no line and
the drafts naming none, time per story for a 20-article story, and the share of sentences the
verifier accepts.

    .venv/bin/pip install -q -e '.[bench]' && .venv/bin/python benchmarks/summarize.py [--copying]

``--rows 0-39,120-137`` keeps only those NeuS rows (indexes of the first 150); ``--print`` prints
each kept NeuS story's draft body (Markdown) and nothing else, to read drafts as an editor would.

The *close copy* figure (session 35, closecopy.py) is the share of a draft's words in lines that
keep most of one source sentence in its order in runs shorter than 8 (patchwriting: "Priya Raman,
a staff engineer, said the leaderboard changed behaviour within weeks", 12 of its words in runs of
5 and 7), with how many lines that is.

``--copying`` prints only the copy ratio, close copy, the outlet's wording between fragments, quoted share,
lines per draft, unmet subjects and flagged lines per system (no ROUGE, planted errors or
timing). The outlet's wording between fragments (copying.wording_ratio) is the share of words
outside quotation marks that lie in a copied run of 8+ once the marks are ignored: a retold
sentence whose run is broken only by short quoted fragments. Since session 33 the copy ratio
counts them too where 8 or more stand outside the marks in one run (copying.fragment_runs);
this figure counts every one: how much of a draft still reads in the outlet's words.

Data: benchmarks/data/summaries/*.json (stories and reference summaries written for newsdesk).
If ../shared/eval/summarization/allsides_neus is present, the same figures are also printed on
its real multi-outlet stories (AllSides editors' roundups as references); it is read, never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

from rouge_score import rouge_scorer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.summarizer import selection, summarize  # noqa: E402
from newsdesk.summarizer.compose import numbering  # noqa: E402
from newsdesk.summarizer.copying import (  # noqa: E402
    Shingles,
    copy_ratio,
    quoted_words,
    tokens,
    wording_ratio,
)
from newsdesk.summarizer.draft import Line  # noqa: E402
from newsdesk.summarizer.rank import lead, plain_lexrank  # noqa: E402
from newsdesk.summarizer.subjects import companies, unmet  # noqa: E402

from newsdesk.config import SummarizerConfig  # noqa: E402
from newsdesk.models import Item, StoryInput  # noqa: E402
from newsdesk.text import split_sentences  # noqa: E402

_WORDS = re.compile(r"[a-z0-9]+")
DATA = ROOT / "benchmarks" / "data" / "summaries"
EVAL = Path(os.environ.get("NEWSDESK_EVAL") or ROOT.parent / "shared/eval")  # ../shared/eval
NEUS = EVAL / "summarization/allsides_neus/allsides_raw_crawled_2021-04_to_2021-10.jsonl"
K = 3  # every system gets three sentences
METRICS = ("rouge1", "rouge2", "rougeL")


def our_stories() -> list[tuple[StoryInput, str]]:
    out = []
    for f in sorted(DATA.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        items = tuple(
            Item(i["id"], i["url"], i["title"], i["text"], i.get("published"), i.get("source"))
            for i in d["items"]
        )
        out.append((StoryInput(items=items, title=d.get("title")), " ".join(d["reference"])))
    return out


def neus_stories(limit: int = 150) -> list[tuple[StoryInput, str]]:
    if not NEUS.exists():
        return []
    out = []
    for line in NEUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        items = tuple(
            Item(
                side, a.get("newsLink") or side, a.get("newsTitle") or "", "\n\n".join(a["newBody"])
            )
            for side, a in sorted(row["news"].items())
            if isinstance(a, dict) and a.get("newBody")
        )
        if len(items) >= 2 and row.get("roundup"):
            out.append((StoryInput(items=items, title=row["issue"]), " ".join(row["roundup"])))
        if len(out) >= limit:
            break
    return out


def extractive(story: StoryInput) -> list[str]:
    return [line.text for line in summarize(story, SummarizerConfig()).prose()][:K]


def selected(story: StoryInput) -> list[str]:
    """The ranker's picks as the sources wrote them: the extractive drafts before issue 12."""
    return [line.text for line in selection(story, SummarizerConfig()).prose()][:K]


_REPORTED = re.compile(r"^(?:According to [^,]+, |\S.*? reported that )")


def _ends(story: StoryInput) -> set[tuple[str, ...]]:
    """The last three words of every source sentence of the story."""
    out = set()
    for it in story.items:
        for sentence in split_sentences(it.text):
            w = _WORDS.findall(sentence.lower().replace("\u2019", "'"))
            if len(w) >= 3:
                out.add(tuple(w[-3:]))
    return out


def told_whole(lines: list[str], story: StoryInput) -> tuple[int, int]:
    """(reported lines, those that end where their source sentence ends): how often an
    outlet's claim is told to its end rather than cut (a cut can drop where a change went)."""
    ends, told, whole = _ends(story), 0, 0
    for line in lines:
        if _REPORTED.match(line):
            told += 1
            whole += tuple(_WORDS.findall(line.lower().replace("\u2019", "'"))[-3:]) in ends
    return told, whole


def copying(name: str, stories: list[tuple[StoryInput, str]]) -> None:
    """Per system, over whole drafts (every line): the copy ratio, the quoted share per draft
    (median, max), lines per draft, lines whose subject the reader has not met, lines flagged."""
    systems = {
        "wire draft (now)": lambda s: summarize(s, SummarizerConfig()).lines(),
        "selection (before)": lambda s: selection(s, SummarizerConfig()).lines(),
        "lead-3": lambda s: [Line(t, (1,)) for t in lead([it.text for it in s.items], K)],
    }
    print(
        f"\n{name}: {len(stories)} stories; copy ratio = words in copied runs of 8+ outside"
        " quotation marks (target 0%); close copy = words in lines keeping 8+ words of one source"
        " sentence, in its order, in runs of 4+ outside quotation marks that make up 60%+ of"
        " the line from its first run to its last (closecopy.py, target 0%);"
        " outlet's wording between fragments = words outside"
        " quotation marks in such a run once the marks are ignored; quoted share per draft;"
        " lines per draft"
    )
    for sys_name, fn in systems.items():
        copied = total = quoted = worded = close = 0.0
        close_lines = 0
        shares, counts = [], []
        strangers = flagged = heard = sources = told = whole = unnamed = bare = 0
        for story, _ in stories:
            drawn = fn(story)
            lines = [ln.text for ln in drawn]
            shingles = Shingles.of({i: it.text for i, it in enumerate(story.items, 1)})
            words = sum(len(tokens(x)) for x in lines)
            copied += copy_ratio(lines, shingles) * words
            worded += wording_ratio(lines, shingles) * words
            near = [x for x in lines if shingles.close(x) is not None]
            close += sum(len(tokens(x)) for x in near)
            close_lines += len(near)
            total += words
            quoted += sum(quoted_words(x) for x in lines)
            shares.append(sum(quoted_words(x) for x in lines) / words if words else 0.0)
            counts.append(len(lines))
            strangers += len(unmet(lines, companies(story), story.title or ""))
            flagged += sum(ln.flagged for ln in drawn)
            readable = {i for i, it in enumerate(story.items, 1) if it.text.strip()}
            heard += len(readable & {n for ln in drawn for n in ln.cites})
            sources += len(readable)
            names = numbering(story).names
            said = [n for n in readable if _named(names.get(n, ""), lines)]
            unnamed += len(readable) - len(said)
            bare += bool(readable) and not said
            t, w = told_whole(lines, story)
            told, whole = told + t, whole + w
        print(
            f"{sys_name:<20} copy {copied / max(total, 1):6.1%}"
            f" | close copy {close / max(total, 1):5.1%} ({close_lines} lines)"
            f" | outlet's wording between fragments {worded / max(total, 1):5.1%}"
            f" | quoted {quoted / max(total, 1):5.1%} of words, per draft median"
            f" {statistics.median(shares):5.1%} max {max(shares):5.1%}"
            f" | lines median {statistics.median(counts):g} (min {min(counts)}, max {max(counts)})"
            f" | unmet subjects {strangers} | flagged {flagged}"
            f" | sources cited {heard}/{sources}"
            f" | outlets named in no line {unnamed}/{sources}"
            f" | drafts naming no outlet {bare}"
            + (f" | reported lines told to the end {whole}/{told}" if told else "")
        )


def _named(name: str, lines: list[str]) -> bool:
    """Whether an outlet's name is in a line (the outlet count names none)."""
    return bool(name) and any(name.lower() in line.lower() for line in lines)


def evaluate(name: str, stories: list[tuple[StoryInput, str]]) -> dict[str, dict[str, float]]:
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    systems = {
        "extractive": extractive,
        "selection": selected,
        "lead-3": lambda s: lead([it.text for it in s.items], K),
        "lexrank": lambda s: plain_lexrank([it.text for it in s.items], K),
    }
    results: dict[str, dict[str, float]] = {}
    for sys_name, fn in systems.items():
        scores = {m: [] for m in METRICS}
        for story, ref in stories:
            got = scorer.score(ref, " ".join(fn(story)))
            for m in METRICS:
                scores[m].append(got[m].fmeasure)
        results[sys_name] = {m: statistics.fmean(v) for m, v in scores.items()}
    print(f"\n{name}: {len(stories)} stories, {K} sentences per summary, mean ROUGE F1")
    print(f"{'system':<12}" + "".join(f"{m:>10}" for m in METRICS))
    for sys_name, r in results.items():
        print(f"{sys_name:<12}" + "".join(f"{r[m]:>10.4f}" for m in METRICS))
    for base in ("lead-3", "lexrank", "selection"):
        ratios = " ".join(
            f"{m} x{results['extractive'][m] / max(results[base][m], 1e-9):.2f}" for m in METRICS
        )
        print(f"extractive vs {base}: {ratios}")
    return results


def verified_share(stories: list[tuple[StoryInput, str]]) -> tuple[int, int]:
    checked = flagged = 0
    for story, _ in stories:
        d = summarize(story, SummarizerConfig())
        checked += len(d.lines())
        flagged += len(d.flagged)
    return checked, flagged


def planted_errors(stories: list[tuple[StoryInput, str]]) -> None:
    """Plant one error per verified sentence (a changed number, a swapped-in name, a changed
    word inside a quote, a quote given to another person the story quotes, a "not" added after
    the first auxiliary verb, a citation moved to another source) and count how many the checker
    catches; unchanged sentences must all stay supported."""
    import re

    from newsdesk.summarizer import verify_text
    from newsdesk.summarizer.polarity import negated
    from newsdesk.summarizer.quotes import find_quotes
    from newsdesk.summarizer.sentences import normalize, split_sentences
    from newsdesk.summarizer.speakers import speaker_name, speaker_words

    caught = {"number": [0, 0], "name": [0, 0], "quote": [0, 0], "speaker": [0, 0]}
    caught["negation"] = [0, 0]
    caught["citation"] = [0, 0]
    clean = [0, 0]
    for story, _ in stories:
        lines = summarize(story, SummarizerConfig()).prose()
        # the people quoted anywhere in the story: a quote moved to one of them is the
        # misattribution the name check cannot see (the name is in the sources)
        people = sorted(
            {
                speaker_name(q.speaker)
                for it in story.items
                for sent in split_sentences(it.text)
                for q in find_quotes(sent)
                if speaker_name(q.speaker)[:1].isupper()
            }
        )
        n_items = len(story.items)
        for line in lines:
            marks = "".join(f"[{n}]" for n in line.cites)
            clean[1] += 1
            clean[0] += verify_text(story, [f"{line.text} {marks}"])[0].supported
            variants = {}
            m = re.search(r"\d+", line.text)
            if m:
                variants["number"] = (
                    line.text[: m.start()] + str(int(m.group()) + 7) + line.text[m.end() :]
                )
            m = re.search(r"(?<=\s)[A-Z][a-z]{3,}", line.text)
            if m:
                variants["name"] = line.text[: m.start()] + "Zorvath" + line.text[m.end() :]
            m = re.search(r"([\"\u201c])(\w+ \w+ )(\w+)", line.text)
            if m:
                variants["quote"] = line.text[: m.start(3)] + "banana" + line.text[m.end(3) :]
            m = re.search(r"\b(is|are|was|were|has|have|had|will|would|can|could|did)\b", line.text)
            if m and not negated(line.text):  # the same words, the opposite claim
                variants["negation"] = line.text[: m.end()] + " not" + line.text[m.end() :]
            said = find_quotes(normalize(line.text))
            name = speaker_name(said[0].speaker) if said else ""
            if name and name in line.text:
                who = speaker_words(name)
                other = next((p for p in people if not speaker_words(p) & who), None)
                if other:
                    variants["speaker"] = line.text.replace(name, other, 1)
            for kind, text in variants.items():
                caught[kind][1] += 1
                caught[kind][0] += not verify_text(story, [f"{text} {marks}"])[0].supported
            others = [n for n in range(1, n_items + 1) if n not in line.cites]
            if others:
                caught["citation"][1] += 1
                v = verify_text(story, [f"{line.text} [{others[0]}]"])[0]
                caught["citation"][0] += not v.supported
        for q in summarize(story, SummarizerConfig()).quotes:  # "> “…” — speaker, …" lines
            marks = "".join(f"[{n}]" for n in q.cites)
            clean[1] += 1
            clean[0] += verify_text(story, [f"> {q.text} {marks}"])[0].supported
            name = speaker_name(q.quote.speaker) if q.quote else ""
            who = speaker_words(name)
            other = next((p for p in people if not speaker_words(p) & who), None)
            words, sep, attribution = q.text.partition(" \u2014 ")
            if who and other and name in attribution:
                swapped = f"> {words}{sep}{attribution.replace(name, other, 1)} {marks}"
                caught["speaker"][1] += 1
                caught["speaker"][0] += not verify_text(story, [swapped])[0].supported
    print(f"verifier, unchanged sentences supported: {clean[0]}/{clean[1]}")
    print(
        "verifier, planted errors caught: "
        + ", ".join(f"{k} {c}/{t} ({c / max(t, 1):.0%})" for k, (c, t) in caught.items())
    )


def twenty_article_story(stories: list[tuple[StoryInput, str]]) -> StoryInput:
    """20 long articles (each ~7 of our articles joined, ~35 sentences): the timing input."""
    pool = [it for s, _ in stories for it in s.items]
    items = tuple(
        Item(
            f"a{j}",
            f"https://example.org/{j}",
            f"Article {j}",
            "\n\n".join(pool[(j * 3 + k) % len(pool)].text for k in range(7)),
        )
        for j in range(20)
    )
    return StoryInput(items=items, title="Twenty articles")


def rows(spec: str) -> list[int]:
    """'0-39,120-137' -> [0, ..., 39, 120, ..., 137]."""
    out: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def print_drafts(stories: list[tuple[StoryInput, str]], indexes: list[int]) -> None:
    """Each story's draft body as the content file has it, to be read whole."""
    from newsdesk.summarizer.draft import render_body

    for i, (story, _) in zip(indexes, stories, strict=True):
        print(f"\n===== row {i}: {story.title}")
        print(render_body(summarize(story, SummarizerConfig())))


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    ap.add_argument("--copying", action="store_true", help="the copy and quoting figures only")
    ap.add_argument("--rows", help="NeuS rows to keep, e.g. 40-119,138-149")
    ap.add_argument("--print", action="store_true", help="print the kept NeuS drafts' bodies")
    half = ap.add_mutually_exclusive_group()
    half.add_argument("--even", action="store_true", help="NeuS even rows only (develop)")
    half.add_argument("--odd", action="store_true", help="NeuS odd rows only (report)")
    return ap.parse_args()


def main() -> None:
    args = _args()
    only_copying = args.copying  # the copy and quoting figures alone (faster)
    ours = our_stories()
    neus = neus_stories()
    indexes = list(range(len(neus)))
    if args.rows:  # e.g. the rows no rule was read on: --rows 40-119,138-149
        indexes = [i for i in rows(args.rows) if i < len(neus)]
        neus = [neus[i] for i in indexes]
        print(f"AllSides/NeuS: rows {args.rows} only ({len(neus)} stories)")
    for half, start in (("even", 0), ("odd", 1)):  # develop on the even rows, report the odd
        if getattr(args, half):
            neus, indexes = neus[start::2], indexes[start::2]
            print(f"AllSides/NeuS: {half} rows only ({len(neus)} stories)")
    if args.print:  # after the half is chosen: '--even --print' printed the report rows too
        print_drafts(neus, indexes)
        return
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    copying("newsdesk reference set", ours)
    if neus:
        copying("AllSides/NeuS real-world stories", neus)
    if only_copying:
        return
    evaluate("newsdesk reference set (benchmarks/data/summaries)", ours)
    if neus:
        evaluate("AllSides/NeuS real-world stories (../shared/eval, read only)", neus)
    planted_errors(ours + neus)
    big = twenty_article_story(ours)
    sentences = sum(len(it.text.split(". ")) for it in big.items)
    summarize(big, SummarizerConfig())  # warm-up (pysbd rules, imports)
    times, base = [], []
    for _ in range(7):
        t0 = time.perf_counter()
        summarize(big, SummarizerConfig())
        times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        plain_lexrank([it.text for it in big.items], K)
        base.append(time.perf_counter() - t0)
    med, med_base = statistics.median(times), statistics.median(base)
    print(
        f"\n20-article story (~{sentences} sentences): median {med:.3f} s per story"
        f" (plain LexRank baseline {med_base:.3f} s, ratio x{med / med_base:.2f}); target < 2 s"
    )
    for name, set_ in (("reference set", ours), ("real-world set", neus)):
        if set_:
            checked, flagged = verified_share(set_)
            print(
                f"verified ({name}): {checked - flagged}/{checked} lines"
                f" = {(checked - flagged) / max(checked, 1):.1%} (target 100% for extractive)"
            )


if __name__ == "__main__":
    main()
