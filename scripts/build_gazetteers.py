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
Alice:F Amelia:F Olivia:F Isla:F Ava:F Emily:F Sophia:F Grace:F Lily:F Freya:F Ella:F Mia:F
Evie:F Poppy:F Charlotte:F Isabella:F Daisy:F Sienna:F Florence:F Phoebe:F Matilda:F Ruby:F
Millie:F Rosie:F Imogen:F Harper:F Willow:F Eliza:F Esme:F Maisie:F Holly:F Erin:F Abigail:F
Jessica:F Lucy:F Hannah:F Chloe:F Megan:F Lauren:F Bethany:F Amy:F Katie:F Sophie:F Georgia:F
Eleanor:F Heather:F Gillian:F Gill:F Janet:F Carol:F Susan:F Sue:F Linda:F Patricia:F Barbara:F
Sandra:F Tracey:F Tracy:F Karen:F Julie:F Joanne:F Nicola:F Claire:F Clare:F Kate:F Kathryn:F
Catherine:F Katherine:F Helen:F Joan:F Jean:F Jane:F Judith:F Pauline:F Wendy:F Tanya:F Tania:F
Rachel:F Sarah:F Sara:F Emma:F Louise:F Lisa:F Donna:F Deborah:F Debbie:F Dawn:F Fiona:F Kirsty:F
Siobhan:F Siobhain:F Sorcha:F Aoife:F Niamh:F Orla:F Roisin:F Ciara:F Eilidh:F Morag:F Ailsa:F
Rhian:F Cerys:F Bethan:F Ffion:F Nia:F Seren:F Carys:F Angharad:F Eluned:F Gwen:F Megan:F
Priya:F Anjali:F Aisha:F Fatima:F Zainab:F Maryam:F Nadia:F Yasmin:F Samina:F Shabana:F Naz:F
Tessa:F Madeleine:F Susannah:F Deanne:F Femi:? Jennifer:F Rose:F Rosemary:F Valerie:F Yvonne:F
Oliver:M George:M Noah:M Arthur:M Harry:M Leo:M Muhammad:M Jack:M Charlie:M Oscar:M Jacob:M
Henry:M Thomas:M Freddie:M Alfie:M Theo:M William:M Theodore:M Archie:M Joshua:M Alexander:M
James:M Isaac:M Edward:M Lucas:M Tommy:M Finley:M Max:M Logan:M Ethan:M Teddy:M Benjamin:M
Ben:M Arlo:M Joseph:M Sebastian:M Hugo:M Elijah:M Reggie:M Albert:M Louis:M Dylan:M Ronnie:M
Samuel:M Sam:M Daniel:M Matthew:M Luke:M Ryan:M Liam:M Callum:M Connor:M Jamie:M Lewis:M
Robert:M Rob:M Bob:M Richard:M Rick:M David:M Dave:M John:M Paul:M Michael:M Simon:M Neil:M
Ian:M Iain:M Alan:M Alastair:M Alistair:M Graham:M Kenneth:M Ken:M Keith:M Colin:M Derek:M
Trevor:M Barry:M Gary:M Wayne:M Dean:M Lee:M Darren:M Craig:M Stuart:M Stewart:M Russell:M
Philip:M Phil:M Martin:M Brian:M Roger:M Geoffrey:M Graeme:M Hugh:M Hamish:M Angus:M Fergus:M
Euan:M Ewan:M Ruaridh:M Gareth:M Rhys:M Dafydd:M Gethin:M Huw:M Aled:M Owain:M Iwan:M Emyr:M
Sean:M Declan:M Ciaran:M Padraig:M Eamonn:M Conor:M Niall:M Cormac:M Seamus:M Liam:M
Mohammed:M Mohammad:M Ahmed:M Ahmad:M Imran:M Tariq:M Faisal:M Farid:M Yusuf:M Omar:M Ali:M
Hassan:M Amjad:M Akil:M Khalid:M Rashid:M Sajjad:M Shahid:M Sanjay:M Sudhir:M Rajesh:M Raj:M
Sunil:M Vijay:M Ravi:M Arjun:M Kuldip:M Gurdeep:M Harjit:M Jaswant:M Chidi:M Kwame:M Kofi:M
Victor:M Vincent:M Wesley:M Wes:M Tyrone:M Cyrus:M Elmars:M Francois:M Monty:M Yace:M Reece:M
Maurice:M Norman:M Harold:M Walter:M Frank:M Frederick:M Fred:M Ernest:M Leonard:M Stanley:M
""".split()


def constituencies(data: Path) -> list[tuple[str, str, str]]:
    rows = csv.DictReader(open(data / "uk_westminster_constituencies_2010-2019.csv", encoding="utf-8"))
    # The constituency list spells one name with a replacement character ("Ynys M\ufffdn");
    # the 2015 results spell it right, so take names from there by GSS code when they differ.
    results = csv.DictReader(open(data / "ge2015_party_votes_democracyclub.csv", encoding="utf-8"))
    good = {r["Constituency Code"].strip(): r["Constituency"].strip() for r in results}
    out = []
    for r in rows:
        name, code = r["Constituency"].strip(), r["Constituency Code"].strip()
        if "\ufffd" in name:
            name = good.get(code, name.replace("\ufffd", ""))
        out.append((name, code, COUNTRY[code[0]]))
    return sorted(out)


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
