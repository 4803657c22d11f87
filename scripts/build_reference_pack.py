"""Build the shipped `uk-ge` reference pack (rules/reference/uk-ge.csv) from the published files.

Run from the checkout: `python scripts/build_reference_pack.py /work/shared/data`. The pack is our
own layout (checker/reference/tables.py LAYOUT), so the package reads one small file rather than
five differently shaped ones; rules/reference/LICENCE.md says where every figure comes from.
"""

from __future__ import annotations

import sys
from pathlib import Path

from checker.reference.tables import (Reference, read_dc_2015, read_hoc_2005_2017, read_hoc_candidates,
                                      read_hoc_constituencies, write_layout)


def build(data: Path) -> Reference:
    ref = Reference()
    # Candidates first: a later file only fills what an earlier one lacks (electorates, turnout).
    ref.merge(read_hoc_candidates(data / "hoc_library_ge2024_results_by_candidate.csv", 2024))
    ref.merge(read_hoc_constituencies(data / "hoc_library_ge2024_results_by_constituency.csv", 2024))
    ref.merge(read_hoc_candidates(data / "hoc_library_ge2019_results_by_candidate.csv", 2019))
    ref.merge(read_dc_2015(data / "ge2015_party_votes_democracyclub.csv"))
    ref.merge(read_hoc_2005_2017(data / "hoc_library_2005-2017_subset.csv"))
    # Each seat's previous winner (what "gain" and "hold" are measured against): 2024's from the Commons
    # Library's `Result` column (notional 2019 results on the new boundaries), 2015–2019's from the election
    # before on the same boundaries.
    ref.fill_previous()
    return ref


if __name__ == "__main__":
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
    out = Path(__file__).resolve().parent.parent / "rules" / "reference" / "uk-ge.csv"
    ref = build(src)
    write_layout(ref, out)
    for (year, body), el in sorted(ref.elections.items()):
        missing = sum(1 for s in el.seats.values() if s.electorate is None)
        previous = sum(1 for s in el.seats.values() if s.previous)
        print(f"{year} {body}: {len(el.seats)} seats, {sum(len(s.entries) for s in el.seats.values())} lines, "
              f"{missing} without an electorate, {previous} with the previous winner")
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")
