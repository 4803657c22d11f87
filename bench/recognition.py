"""How well does factcheck RECOGNISE the figures in real published copy?

Scores `factcheck --claims --format json` against hand labels made before the tool was run
on these articles (bench/labels/real30.json: 30 articles from ../shared/real, every election
figure with its file, line, number as written, kind, subject, seat and year).

    python bench/recognition.py              # totals, by kind, by prose vs list/table lines
    python bench/recognition.py -v           # ... and every miss (file:line number kind)
    python bench/recognition.py --json       # machine-readable totals
    python bench/recognition.py --claims-json saved.json   # score a saved claims dump

It measures recognition only (was the figure read, and read as the right kind, for the right
person or party, for the right election), not the checks run on the figures.

Matching. A label is extracted when a claim on the same file, with the label's line inside
the claim's [line, end_line], has the same numeric value. Numbers are normalised: "1,234" ->
1234, "12.5%" -> 12.5, "+2.0" -> 2.0 (signs are ignored: copy writes a loss as "-47" or
"lost 47"), "3.8 million" -> 3,800,000, "one".."twenty", "thirty".."ninety", "zero",
"a hundred" -> numbers. Claims whose value is null (direction words: "up", "cut") and
finishing places ("second": kind rank, not a figure the labels carry) are not matched. Each
claim is matched to at most one label; when a line holds the same value twice, each label
takes the unused claim that fits it best (right kind, then right subject, then leftmost).

Kind mapping (the tool's kind -> the label kinds it counts as right for):
    votes            -> votes
    votes_cast       -> turnout            (total votes cast, "29.7 million cast valid votes")
    share            -> share
    majority         -> majority
    majority_share   -> majority           (a majority given in %)
    margin           -> majority           (a lead / winning margin: labels fold margins into
                                            "majority")
    seats            -> seats
    total_seats      -> chamber            (size of a chamber or of a nation's block of seats)
    seat_change, share_change, change -> change
    turnout          -> turnout
    electorate       -> electorate
    swing            -> swing
  and by the claim's modality, whatever its kind:
    forecast         -> poll               (a label of kind "poll" is right only if the claim
                                            is a forecast, and a forecast claim is wrong for
                                            any other label kind)
    threshold        -> "other" labels whose note says threshold ("326 needed")
  A label's optional "alt_kinds" are accepted too. Labels of kind "other" that are not
  thresholds (votes per seat, hypothetical seats, candidate counts...) have no tool kind to
  match and are left out of the kind-correctness denominator.

Subject. Right if the label's subject (or one of its "alt_subjects") matches the claim's
subject or party: party names through an alias table (Tory/Tories/Con -> Conservative, Lib
Dem/LD -> Liberal Democrat, Sinn Féin -> Sinn Fein, Dems -> Democrat ...), people by full
name or surname. Labels with no subject (turnout, chamber sizes, combined figures) are left
out of the subject denominator.

Year. Counted only when both the label and the claim have one; how often the claim has one
at all is reported as "year stated".

Line type. A line is "list" (results lists, tables, scoreboards, bullets) if it starts with a
bullet or "1." marker, has six words or fewer and no closing full stop, is "Name - 123" / "Name: 123" shaped (a name,
then a separator, then a number, no sentence stop before it), ends in a number after a dash (14 words or fewer),
or holds at least four numbers and at least one number per two words; otherwise "prose".

Headline totals leave out labels of kind "poll" (they are reported on their own line).
Deterministic: output is sorted, no randomness, the tool is run with --no-cache.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "labels", "real30.json")
REAL_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "real"))

KIND_MAP = {
    "votes": {"votes"},
    "votes_cast": {"turnout"},
    "share": {"share"},
    "majority": {"majority"},
    "majority_share": {"majority"},
    "margin": {"majority"},
    "seats": {"seats"},
    "total_seats": {"chamber"},
    "seat_change": {"change"},
    "share_change": {"change"},
    "change": {"change"},
    "turnout": {"turnout"},
    "electorate": {"electorate"},
    "swing": {"swing"},
}
UNMATCHED_TOOL_KINDS = {"rank"}

WORDS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}

PARTY_ALIASES = {
    "conservative": ["conservatives", "tory", "tories", "con", "conservative party", "cons"],
    "labour": ["lab", "labour party"],
    "liberal democrat": ["liberal democrats", "lib dem", "lib dems", "libdem", "libdems", "ld",
                         "ldem", "lib", "liberal democrat party"],
    "snp": ["scottish national party", "scottish nationalists", "nationalists"],
    "green": ["greens", "green party", "the green party"],
    "ukip": ["uk independence party", "united kingdom independence party"],
    "plaid cymru": ["pc", "plaid"],
    "sinn fein": ["sf"],
    "sdlp": ["social democratic and labour party", "social democrat and labour party",
             "social democratic & labour party", "social democrat & labour party"],
    "uup": ["ulster unionist party", "ulster unionists"],
    "dup": ["democratic unionist party", "democratic unionists"],
    "democrat": ["democrats", "democratic", "democratic party", "dem", "dems", "d"],
    "republican": ["republicans", "gop", "republican party", "r"],
    "liberal": ["liberals", "liberal party", "liberal party of canada"],
    "ndp": ["new democratic party", "new democrats"],
    "bloc quebecois": ["bloc", "bq"],
    "independent": ["ind", "independents"],
    "other": ["others", "oth"],
    "monster raving loony": ["official monster raving loony party", "loony", "omrlp"],
    "bjp": ["bharatiya janata party"],
    "nda": ["national democratic alliance"],
    "congress": ["indian national congress", "inc"],
}
CANON = {}
for canon, aliases in PARTY_ALIASES.items():
    CANON[canon] = canon
    for a in aliases:
        CANON[a] = canon


def norm_name(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[’'`]", "", s)
    s = re.sub(r"[^a-z0-9&]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return CANON.get(s, s)


def subject_ok(label_subjects, claim):
    names = [n for n in (claim.get("subject"), claim.get("party")) if n]
    if not names:
        return False
    for ls in label_subjects:
        a = norm_name(ls)
        for n in names:
            b = norm_name(n)
            if a == b:
                return True
            ta, tb = a.split(), b.split()
            if a in PARTY_ALIASES or b in PARTY_ALIASES:
                continue  # parties: aliases only ("Liberal" is not "Liberal Democrat")
            # people: surname match either way ("Mr Gethins", "Lady Victoria Borwick")
            if ta and tb and ta[-1] == tb[-1]:
                return True
    return False


def parse_number(text):
    t = text.strip().lower().replace("\u2212", "-")
    t = t.replace("%", "").replace("per cent", "").strip()
    t = t.lstrip("+-~").strip()
    if t in WORDS:
        return float(WORDS[t])
    m = re.fullmatch(r"([0-9][0-9,]*(?:\.[0-9]+)?)\s*([a-z]+)?", t)
    if not m:
        raise ValueError(f"cannot read number {text!r}")
    v = float(m.group(1).replace(",", ""))
    if m.group(2):
        if m.group(2) not in SCALES:
            raise ValueError(f"cannot read number {text!r}")
        v *= SCALES[m.group(2)]
    return v


def same_value(a, b):
    return abs(abs(a) - abs(b)) <= 1e-6 * max(1.0, abs(a))


LIST_SEP = re.compile(r"^[^.!?]{0,60}?\s[-–—:]\s*[+-]?\d|^[^.!?]{0,60}?:\s*[+-]?\d")
BULLET = re.compile(r"^\s*(?:[•*·]|-\s|\d{1,2}\.\s)")
NUMTOK = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?")


def line_type(text):
    s = text.strip()
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", s)
    nums = NUMTOK.findall(s)
    short = len(s.split()) <= 6 and not s.endswith(".")
    if BULLET.match(text) or short or LIST_SEP.match(s):
        return "list"
    if re.search(r"\s[-–—]\s*[+-]?\d[\d,.]*%?\s*$", s) and len(s.split()) <= 14:
        return "list"
    if len(nums) >= 4 and len(nums) * 2 >= len(words):
        return "list"
    return "prose"


def effective_kinds(claim):
    mod = claim.get("modality")
    if mod == "forecast":
        return {"poll"}
    if mod == "threshold":
        return {"threshold"}
    return KIND_MAP.get(claim["kind"], set())


def kind_ok(label, claim):
    """True/False, or None when the label has no tool kind to compare with."""
    eff = effective_kinds(claim)
    lk = label["kind"]
    if lk == "other":
        if "threshold" in (label.get("note") or ""):
            return "threshold" in eff
        return None
    wanted = {lk} | set(label.get("alt_kinds") or [])
    return bool(wanted & eff)


def run_tool(files):
    exe = shutil.which("factcheck")
    cmd = ([exe] if exe else [sys.executable, "-m", "checker"]) + [
        "--claims", "--format", "json", "--no-cache", *files]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"factcheck failed ({proc.returncode}): {proc.stderr.strip()[:2000]}")
    return json.loads(proc.stdout)


def score(labels, claims_doc, real_dir):
    by_file = {}
    for doc in claims_doc["documents"]:
        by_file[os.path.basename(doc["path"])] = [
            c for c in doc["claims"]
            if c.get("value") is not None and c["kind"] not in UNMATCHED_TOOL_KINDS]
    lines_of = {}
    results = []
    # deterministic order: file, line, then label order in the file
    ordered = sorted(enumerate(labels["figures"]), key=lambda p: (p[1]["file"], p[1]["line"], p[0]))
    used = set()
    for _, lab in ordered:
        f = lab["file"]
        if f not in lines_of:
            with open(os.path.join(real_dir, f), encoding="utf-8") as fh:
                lines_of[f] = fh.read().split("\n")
        text = lines_of[f][lab["line"] - 1]
        val = parse_number(lab["number"])
        subjects = [s for s in [lab.get("subject")] + list(lab.get("alt_subjects") or []) if s]
        cands = []
        for i, c in enumerate(by_file.get(f, [])):
            if (f, i) in used:
                continue
            if not (c["line"] <= lab["line"] <= c.get("end_line", c["line"])):
                continue
            if not same_value(val, c["value"]):
                continue
            k = kind_ok(lab, c)
            s = subject_ok(subjects, c) if subjects else None
            cands.append(((0 if k else 1), (0 if s else 1), c["line"], c["column"], i, c))
        rec = {"label": lab, "line_type": line_type(text), "claim": None,
               "kind_ok": None, "subject_ok": None, "year_ok": None,
               "subject_missing": None, "year_stated": None}
        if cands:
            cands.sort(key=lambda t: t[:5])
            _, _, _, _, i, c = cands[0]
            used.add((f, i))
            rec["claim"] = {k: c.get(k) for k in ("kind", "text", "value", "subject", "party",
                                                  "year", "modality", "line", "column")}
            rec["kind_ok"] = kind_ok(lab, c)
            rec["subject_ok"] = subject_ok(subjects, c) if subjects else None
            rec["subject_missing"] = bool(subjects) and not (c.get("subject") or c.get("party"))
            rec["year_stated"] = (c.get("year") is not None) if lab.get("year") is not None else None
            if lab.get("year") is not None and c.get("year") is not None:
                rec["year_ok"] = int(lab["year"]) == int(c["year"])
        results.append(rec)
    return results


def summarise(recs):
    n = len(recs)
    ext = [r for r in recs if r["claim"]]
    def frac(xs, key):
        vals = [r[key] for r in xs if r[key] is not None]
        return {"right": sum(1 for v in vals if v), "of": len(vals),
                "pct": round(100.0 * sum(1 for v in vals if v) / len(vals), 1) if vals else None}
    return {
        "labelled": n,
        "extracted": len(ext),
        "extracted_pct": round(100.0 * len(ext) / n, 1) if n else None,
        "kind": frac(ext, "kind_ok"),
        "subject": frac(ext, "subject_ok"),
        "year": frac(ext, "year_ok"),
        # of the extracted figures whose label has a subject, how many claims carried none
        "subject_missing": sum(1 for r in ext if r["subject_missing"]),
        # of the extracted figures whose label has a year, how many claims carried one
        "year_stated": frac(ext, "year_stated"),
    }


def report(recs):
    main = [r for r in recs if r["label"]["kind"] != "poll"]
    out = {
        "schema": "factcheck-recognition/1",
        "articles": len({r["label"]["file"] for r in recs}),
        "total": summarise(main),
        "total_including_poll": summarise(recs),
        "by_kind": {},
        "by_line_type": {},
    }
    kinds = sorted({r["label"]["kind"] for r in recs})
    for k in kinds:
        out["by_kind"][k] = summarise([r for r in recs if r["label"]["kind"] == k])
    for t in ("prose", "list"):
        out["by_line_type"][t] = summarise([r for r in main if r["line_type"] == t])
    return out


def fmt_pct(d):
    return "   -  " if d["pct"] is None else f"{d['pct']:5.1f}%"


def print_table(out):
    print(f"factcheck recognition on {out['articles']} real articles (labels: bench/labels/real30.json)")
    print()
    hdr = f"{'':22} {'labelled':>8} {'extracted':>10}   {'kind right':>16}   {'subject right':>16}   {'year right':>16}"
    print(hdr)
    def row(name, s):
        k, su, y = s["kind"], s["subject"], s["year"]
        print(f"{name:22} {s['labelled']:8d} {s['extracted']:4d} {s['extracted_pct']:5.1f}%"
              f"   {k['right']:4d}/{k['of']:<4d} {fmt_pct(k)}   {su['right']:4d}/{su['of']:<4d} {fmt_pct(su)}"
              f"   {y['right']:4d}/{y['of']:<4d} {fmt_pct(y)}")
    row("ALL (excl. poll)", out["total"])
    row("all incl. poll", out["total_including_poll"])
    print()
    for k, s in out["by_kind"].items():
        row(f"kind {k}", s)
    print()
    for t, s in out["by_line_type"].items():
        row(f"{t} lines", s)
    print()
    t = out["total"]
    print("kind right / subject right / year right are shares of the extracted figures that can be"
          " judged (see the module docstring for the mapping).")
    print(f"Of the {t['subject']['of'] - t['subject']['right']} extracted figures with the wrong subject,"
          f" {t['subject_missing']} had no subject or party at all.")
    ys = t["year_stated"]
    print(f"Year: of {ys['of']} extracted figures whose label has a year, the claim stated one for"
          f" {ys['right']} ({fmt_pct(ys).strip()}); 'year right' is judged on those only.")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every miss, and every extracted figure with the wrong kind, subject or year")
    ap.add_argument("--json", action="store_true", help="print machine-readable totals")
    ap.add_argument("--labels", default=LABELS)
    ap.add_argument("--real-dir", default=REAL_DIR, help="folder holding the articles")
    ap.add_argument("--claims-json", help="score this saved `factcheck --claims --format json` output instead of running the tool")
    args = ap.parse_args(argv)

    with open(args.labels, encoding="utf-8") as fh:
        labels = json.load(fh)
    if args.claims_json:
        with open(args.claims_json, encoding="utf-8") as fh:
            claims_doc = json.load(fh)
    else:
        files = [os.path.join(args.real_dir, a) for a in labels["articles"]]
        claims_doc = run_tool(files)
    recs = score(labels, claims_doc, args.real_dir)
    out = report(recs)
    if args.json:
        if args.verbose:
            out["misses"] = [
                {k: r["label"].get(k) for k in ("file", "line", "number", "kind", "subject")}
                for r in recs if not r["claim"]]
        print(json.dumps(out, indent=2, sort_keys=True))
        return 0
    print_table(out)
    if args.verbose:
        def who(lab):
            return lab.get("subject") or "-"
        print()
        misses = [r for r in recs if not r["claim"]]
        print(f"MISSES ({len(misses)}):")
        for r in misses:
            lab = r["label"]
            print(f"  {lab['file']}:{lab['line']} {lab['number']} {lab['kind']} [{who(lab)}] ({r['line_type']})")
        for key, title in (("kind_ok", "WRONG KIND"), ("subject_ok", "WRONG SUBJECT"), ("year_ok", "WRONG YEAR")):
            bad = [r for r in recs if r["claim"] and r[key] is False]
            print()
            print(f"{title} ({len(bad)}):")
            for r in bad:
                lab, c = r["label"], r["claim"]
                print(f"  {lab['file']}:{lab['line']} {lab['number']} label {lab['kind']}/{who(lab)}/{lab.get('year')}"
                      f" -> tool {c['kind']}({c['modality']})/{c['subject'] or c['party'] or '-'}/{c['year']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
