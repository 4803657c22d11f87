"""Generate a corpus of election articles with varied wording and some planted errors.

Deterministic for a given seed. Each article reports two to four constituency results
(real constituency names, invented people and figures that add up), a national
paragraph, and background paragraphs with distractors (ages, dates, money, poll sample
sizes). One article in `--planted-every` carries one planted discrepancy, recorded in
`manifest.json` beside the articles.

`--length short` writes results-night items instead (about 80 words: a headline, one seat's
result and the national seat totals, no background), for measuring per-story overhead.

usage: python bench/generate.py OUT_DIR [-n 1000] [--seed 7] [--planted-every 5] [--length long|short]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTIES = [("Labour", "Labour"), ("Conservative", "the Conservatives"), ("Liberal Democrat", "the Liberal Democrats"),
           ("Green", "the Greens"), ("Reform UK", "Reform UK")]
POSSESSIVE = {"Labour": "Labour's", "Conservative": "The Conservatives'", "Liberal Democrat": "The Liberal Democrats'",
              "Green": "The Greens'", "Reform UK": "Reform UK's"}
GIVEN = ["Alice", "Ben", "Catherine", "David", "Emma", "Farid", "Grace", "Hugh", "Imogen", "James", "Karen",
         "Liam", "Maria", "Neil", "Olivia", "Peter", "Rachel", "Simon", "Tanya", "Victor", "Wendy", "Yusuf"]
FAMILY = ["Ashworth", "Bellamy", "Carver", "Dunmore", "Ellison", "Fairbrother", "Gilchrist", "Hartley", "Ingram",
          "Jessop", "Kendrick", "Lockwood", "Marsden", "Norcott", "Oakley", "Pennington", "Quarrie", "Radcliffe",
          "Sutcliffe", "Thornbury", "Underwood", "Varley", "Whitworth", "Yardley", "Abbott", "Barlow", "Chadwick",
          "Dalton", "Eastwood", "Fletcher", "Gough", "Holloway", "Iqbal", "Jennings", "Kaur", "Lister", "Mahmood",
          "Nuttall", "Osborne", "Patel", "Rahman", "Shaw", "Tennant", "Upton", "Vickers", "Walsh", "Young",
          "Ahmed", "Brennan", "Crowther", "Doherty", "Egan", "Foster", "Greaves", "Hussain", "Irving", "Jarvis",
          "Kirby", "Lamb", "McAllister", "Naylor", "O'Hara", "Pryce", "Riley", "Singh", "Tate", "Wainwright"]

WIN = [
    "{w} held {seat} for {wp} with {wv} votes, ahead of {rp} candidate {r} on {rv}.",
    "In {seat}, {wp} candidate {w} polled {wv} votes to {r}'s {rv}.",
    "{w} ({wp}) took {seat} with {wv} votes; {r} of {rp_the} came second with {rv}.",
    "{wposs} {w} won {seat}, receiving {wv} votes, while {r} finished second on {rv}.",
]
MAJ = [
    "That gave {wh} a majority of {m}.",
    "{ws} majority was {m}.",
    "It left {wh} with a majority of {m}, down from {old} in {prev}.",
    "The majority of {m} compares with {old} at the {prev} election.",
]
SHARE = [
    "{w} took {s} per cent of the vote.",
    "That was a {s}% share of the vote for {wh}.",
]
FILLER = [
    "The count at the {venue} was delayed until {hour}.{minute:02d}am after a recount was requested in a "
    "neighbouring ward, and officials said {staff} staff had worked through the night.",
    "A survey of {poll:,} voters by a local university before polling day had suggested a closer race, "
    "though its authors cautioned that the sample was small.",
    "The {age}-year-old, a former {job}, told supporters the campaign had cost about £{money:,} and "
    "thanked the {vols} volunteers who had knocked on doors since {month}.",
    "Local issues dominated the campaign: the closure of the {thing} on {day} {month}, bus routes and the "
    "state of the high street, where {shops} shops have closed in five years.",
    "Speaking after the declaration, the returning officer thanked the police and the count staff and said "
    "the result would be published on the council's website by {hour} o'clock.",
]
NATIONAL = [
    "Nationally, {p1} won {s1} seats and {p2} {s2}, with {p3} on {s3}.",
    "Across the country {p1} finished with {s1} seats, {p2} with {s2} and {p3} with {s3}.",
]
VENUES = ["leisure centre", "town hall", "sports hall", "civic centre", "racecourse"]
JOBS = ["teacher", "nurse", "solicitor", "engineer", "shop manager", "soldier"]
MONTHS = ["January", "February", "March", "April"]
THINGS = ["library", "swimming pool", "maternity unit", "police station"]


def constituencies() -> list[str]:
    with open(ROOT / "rules" / "gazetteers" / "uk-constituencies.csv", newline="", encoding="utf-8") as f:
        return [row["name"] for row in csv.DictReader(f) if "," not in row["name"]]


def given_names() -> list[str]:
    with open(ROOT / "rules" / "gazetteers" / "given-names.csv", newline="", encoding="utf-8") as f:
        return GIVEN + [row["name"] for row in csv.DictReader(f)][::7]


def person(rng: random.Random, used: set[str], given: list[str]) -> str:
    """A name no one else in the world has, whose surname no one else in its seat has."""
    while True:
        name = f"{rng.choice(given)} {rng.choice(FAMILY)}"
        if name not in used:
            used.add(name)
            return name


def world(rng: random.Random, year: int) -> tuple[dict[str, dict], dict[str, int]]:
    """One election: each seat's result and the national seat totals, so articles agree."""
    seats: dict[str, dict] = {}
    used: set[str] = set()
    given = given_names()
    for seat in constituencies():
        (wp, w_the), (rp, r_the), (tp, _) = rng.sample(PARTIES, 3)
        surnames: set[str] = set()
        names = []
        while len(names) < 3:
            n = person(rng, used, given)
            if n.split()[-1] not in surnames:
                surnames.add(n.split()[-1])
                names.append(n)
        wv = rng.randint(14_000, 30_000)
        rv = wv - rng.randint(300, 12_000)
        tv = rng.randint(1_000, rv - 200)
        m = wv - rv
        seats[seat] = dict(w=names[0], r=names[1], t=names[2], wp=wp, rp=rp, rp_the=r_the, tp=tp, wv=wv, rv=rv, tv=tv,
                           m=m, old=max(150, m + rng.choice([-1, 1]) * rng.randint(200, 3000)),
                           share=round(100 * wv / (wv + rv + tv), 1))
    parties = [p for p, _ in PARTIES]
    rng.shuffle(parties)
    national = {parties[0]: rng.randint(290, 330)}
    national[parties[1]] = rng.randint(180, 620 - national[parties[0]])
    national[parties[2]] = rng.randint(5, 640 - sum(national.values()))
    return seats, national


def _filler(rng: random.Random) -> str:
    return rng.choice(FILLER).format(
        venue=rng.choice(VENUES), hour=rng.randint(1, 5), minute=rng.randint(0, 59), staff=rng.randint(40, 200),
        poll=rng.randint(500, 2000), age=rng.randint(28, 70), job=rng.choice(JOBS),
        money=rng.randint(5, 60) * 1000, vols=rng.randint(20, 300), month=rng.choice(MONTHS),
        thing=rng.choice(THINGS), day=rng.randint(1, 28), shops=rng.randint(5, 40))


def article(rng: random.Random, seats: dict[str, dict], national: dict[str, int], plant: str | None,
            year: int = 2015, short: bool = False) -> tuple[str, dict | None]:
    """One article and its planted error's rule and line. `short`: one seat, no background (about 80
    words); the long article's random draws are unchanged by the option, so its archives stay the same."""
    paras: list[str] = []
    planted = None
    chosen = rng.sample(sorted(seats), 1 if short else rng.randint(2, 4))
    if short:
        paras.append(f"{chosen[0]}: the result in the {year} general election, declared overnight")
    else:
        paras.append(f"Results from {', '.join(chosen[:-1])} and {chosen[-1]} in the {year} general election")
    for k, seat in enumerate(chosen):
        r = dict(seats[seat])
        m, share = r["m"], r["share"]
        if plant and k == 0:
            if plant == "majority-arithmetic":
                m += rng.choice([-90, 90, 900, -900])
            elif plant == "share-over-100":
                share += 100
        surname = r["w"].split()[-1]
        fmt = dict(w=r["w"], r=r["r"], seat=seat, wp=r["wp"], rp=r["rp"], rp_the=r["rp_the"], wposs=POSSESSIVE[r["wp"]], wv=f"{r['wv']:,}",
                   rv=f"{r['rv']:,}", m=f"{m:,}", old=f"{r['old']:,}", prev=year - 5,
                   ws=f"Mr {surname}'s" if rng.random() < .5 else f"{r['w']}'s", wh=f"Mr {surname}",
                   s=f"{share:.1f}")
        sentences = [rng.choice(WIN).format(**fmt), f"{r['t']} was third with {r['tv']:,}."]
        maj = rng.choice(MAJ)
        if "down from" in maj and r["old"] < m:
            maj = maj.replace("down from", "up from")
        sentences.append(maj.format(**fmt))
        if rng.random() < .6 or plant == "share-over-100" and k == 0 or short:
            sentences.append(rng.choice(SHARE).format(**fmt))
        text = " ".join(sentences)
        if plant == "direction" and k == 0:
            text += f" Turnout fell from {rng.randint(55, 62)}.1 per cent to {rng.randint(64, 70)}.4 per cent."
        paras.append(text)
        if plant and k == 0:
            planted = {"rule": plant, "paragraph": len(paras) - 1}
        if not short:
            paras.append(_filler(rng))
    (p1, s1), (p2, s2), (p3, s3) = national.items()
    if plant == "seat-sum":
        s2 = 660 - s1 - s3 + rng.randint(0, 20)
        planted = {"rule": plant, "paragraph": len(paras)}
    the = {"Liberal Democrat": "the Liberal Democrats", "Green": "the Greens", "Conservative": "the Conservatives"}
    paras.append(rng.choice(NATIONAL).format(p1=the.get(p1, p1), p2=the.get(p2, p2), p3=the.get(p3, p3),
                                             s1=s1, s2=s2, s3=s3))
    while not short and sum(len(p.split()) for p in paras) < 560:
        paras.append(_filler(rng))
    text = "\n\n".join(paras) + "\n"
    if planted:
        para_start = text.index(paras[planted["paragraph"]])
        planted["line"] = text[:para_start].count("\n") + 1
        del planted["paragraph"]
    return text, planted


def generate(out: Path, n: int, seed: int = 7, planted_every: int = 5, short: bool = False) -> dict:
    """Write `n` articles to `out` and their manifest beside it. The first k articles of a run
    are the same whatever `n` is, so a smaller archive is a prefix of a larger one."""
    rng = random.Random(seed)
    seats, national = world(rng, 2015)
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict | None] = {}
    kinds = ["majority-arithmetic", "share-over-100", "direction", "seat-sum"]
    for i in range(n):
        plant = kinds[(i // planted_every) % len(kinds)] if planted_every and i % planted_every == 0 else None
        text, planted = article(rng, seats, national, plant, short=short)
        name = f"article_{i:05d}.txt"
        (out / name).write_text(text, encoding="utf-8")
        manifest[name] = planted
    (out.parent / f"{out.name}.manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--planted-every", type=int, default=5)
    ap.add_argument("--length", choices=["long", "short"], default="long",
                    help="long: about 600 words, two to four seats; short: about 80 words, one seat")
    a = ap.parse_args()
    m = generate(a.out, a.n, a.seed, a.planted_every, short=a.length == "short")
    print(f"{len(m)} articles in {a.out}, {sum(v is not None for v in m.values())} with a planted error")


if __name__ == "__main__":
    main()
