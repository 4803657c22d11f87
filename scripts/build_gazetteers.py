#!/usr/bin/env python3
"""Regenerate the gazetteers in rules/gazetteers/ from ../shared/data (official sources).

usage: python3 scripts/build_gazetteers.py [--data ../shared/data]

The outputs are committed; this script documents where they came from and rebuilds
them when the sources change. Sources and licences: ../shared/data/SOURCES.md.
"""

from __future__ import annotations

import argparse
import collections
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNTRY = {"E": "England", "W": "Wales", "S": "Scotland", "N": "Northern Ireland"}

# Given names that the 2019 candidate list lacks but election copy meets often:
# politicians of the UK, US, Canada, Australia and India, and common names.
EXTRA_GIVEN = """
Ed:M Nick:M Tim:M Vince:M Boris:M Theresa:F Jeremy:M Keir:M Rishi:M Liz:F Gordon:M Tony:M
Nicola:F Alex:M Humza:M Anas:M Leanne:F Adam:M Arlene:F Michelle:F Mary:F Nigel:M Douglas:M
Danny:M Esther:F Lynne:F Jenny:F Rory:M Byron:M Corri:F Amina:F Malcolm:M Julian:M Ann:F
Margaret:F Andrea:F Harriet:F Yvette:F Hilary:F Diane:F Rebecca:F Kemi:F Priti:F Sajid:M
Kwasi:M Suella:F Penny:F Angela:F Jo:F Jess:F Zarah:F Layla:F Caroline:F Natalie:F Sian:F
Joe:M Donald:M Kamala:F Hillary:F Barack:M Mitt:M Bernie:M Nancy:F Kevin:M Mike:M Chuck:M
Mitch:M Ron:M Gavin:M Pete:M Elizabeth:F Alexandria:F Ted:M Marco:M Lindsey:M Tim:M JD:M
Justin:M Pierre:M Jagmeet:M Stephen:M Erin:F Andrew:M Yves-Francois:M Chrystia:F Mark:M
Anthony:M Scott:M Peter:M Malcolm:M Julia:F Kevin:M Penny:F Adam:M Zali:F Allegra:F Monique:F
Narendra:M Rahul:M Sonia:F Amit:M Arvind:M Mamata:F Yogi:M Nitish:M Akhilesh:M Priyanka:F
Manmohan:M Atal:M Mayawati:F Sharad:M Uddhav:M Shashi:M
Emmanuel:M Marine:F Olaf:M Angela:F Jacinda:F Chris:M Christopher:M Luiz:M Jair:M Javier:M
""".split()


def constituencies(data: Path) -> list[tuple[str, str, str]]:
    rows = csv.DictReader(open(data / "uk_westminster_constituencies_2010-2019.csv", encoding="utf-8"))
    return sorted(
        (r["Constituency"].strip(), r["Constituency Code"].strip(), COUNTRY[r["Constituency Code"][0]])
        for r in rows
    )


def given_names(data: Path) -> list[tuple[str, str]]:
    rows = csv.DictReader(open(data / "hoc_library_ge2019_results_by_candidate.csv", encoding="utf-8"))
    genders: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for r in rows:
        first = r["firstname"].strip()
        if first.isalpha() and first[0].isupper() and len(first) > 1:
            genders[first][r["gender"].strip()[:1].upper() or "?"] += 1
    for item in EXTRA_GIVEN:
        name, gender = item.split(":")
        genders[name][gender] += 1
    out = []
    for name, counts in sorted(genders.items()):
        (top, n), *rest = counts.most_common()
        out.append((name, top if not rest or n > 2 * rest[0][1] else "?"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    out = ROOT / "rules" / "gazetteers"
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "uk-constituencies.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "code", "country"])
        w.writerows(constituencies(args.data))
    with open(out / "given-names.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "gender"])
        w.writerows(given_names(args.data))
    print(f"wrote {out}/uk-constituencies.csv and given-names.csv")


if __name__ == "__main__":
    main()
