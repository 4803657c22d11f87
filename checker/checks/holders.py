"""`previous-holder`: a gain or a hold agrees with who the copy says held the seat before.

"Labour gain Brinsford East" in copy that says "the seat has been held by Labour's Joanne Pike since 2010" is a
hold told as a gain; "Liberal hold" where "Conservative MP Tom Hughes had held the riding since 2015" is a gain told
as a hold. The copy's own word on who held the seat is the reference: no table is needed.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator

from ..contests import Index
from ..model import Kind, Modality
from ..resolve import Fact
from .base import Check, Outcome


BY_ELECTION = re.compile(r"\bby-?\s?elections?\b", re.IGNORECASE)


class PreviousHolder(Check):
    name = "previous-holder"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        by_path: dict[str, list[Fact]] = defaultdict(list)
        for f in index.by_kind.get(Kind.OUTCOME, []):
            by_path[f.path].append(f)
        for path, facts in sorted(by_path.items()):
            said = [f for f in facts if f.claim.outcome in ("gain", "hold") and f.claim.modality == Modality.ACTUAL
                    and f.claim.role == "winner" and f.claim.party and f.claim.round != "provisional"]
            # (not what a correction says the copy called it before: "… described the result as a Conservative gain")
            # who held the seat: an incumbency ("held since 2010", "(2019: Lab maj 3,112)"), or a winner of the
            # election before ("Labour's Anne Kerr, who held Morland Bridge in 2019"), where no by-election the
            # story tells of may have changed hands since
            by_election = any(BY_ELECTION.search(f.claim.sentence) for f in facts)
            before = [f for f in facts if f.claim.party and (f.claim.outcome == "incumbent" or not by_election
                      and f.claim.modality == Modality.HISTORICAL and f.claim.outcome in ("win", "hold", "gain")
                      and f.claim.role == "winner" and f.claim.year is not None)
                      and not f.claim.text.lower().startswith("regain")]
            # (not "James Frith regains the seat he lost … in 2019": a win now, whatever year its sentence names)
            if not said or not before:
                continue
            seats = {f.claim.place for f in said}
            # An incumbency naming no seat in a round-up of several is the next result's below it ("KINGSMEAD.
            # Vacancy: death of councillor Bill Hext, who had held the seat since 2015. Con 812, LD 690 … Con gain")
            ordered = sorted(said, key=lambda f: f.claim.location.start)
            at = [f.claim.location.start for f in ordered]
            on_line: dict[int, Fact] = {}
            for f in ordered:
                on_line.setdefault(f.claim.location.line, f)
            next_said = {id(g): on_line.get(g.claim.location.line) or (
                ordered[k] if (k := bisect.bisect_right(at, g.claim.location.start)) < len(ordered) else None)
                for g in before}
            # (the result its own line gives first: "Lab GAIN from Con (2019: Lab maj 3,112)")
            won_now = {f.claim.place for f in facts if f.claim.modality == Modality.ACTUAL and f.claim.place
                       and f.claim.role == "winner"}
            for f in said:
                c = f.claim
                place = c.place if c.place is not None or len(won_now) != 1 or len(said) != 1 else next(iter(won_now))
                # ("… recorded as a Plaid gain from the Conservatives" in a story of Caerfyrddin, the one seat won now:
                # that seat's, not Carmarthen East and Dinefwr's, which "Plaid's Jonathan Edwards won in 2019")
                # who held this seat: an incumbency naming it, or naming none where the article's gains and holds
                # are of this one seat
                held = [g for g in before if g.claim.place == place is not None
                        or g.claim.place is None and len(seats) == 1 and (len(said) == 1 or next_said[id(g)] is f)
                        and not (c.sentence.lstrip().startswith("|") and g.claim.paragraph != c.paragraph)
                        or place is None and len(said) == 1 and len({h.claim.place for h in before}) == 1
                        and (g.claim.place is None or next_said[id(g)] is f)]
                # (nor, for a table row's result, a holder told in prose that names no seat: "Redbank had been run by a
                # Conservative minority administration" under a table whose row "Oakhanger … Lab hold" is another's)
                # (not a holder of a seat named in a later entry: "Stannington Moor. … took the seat … ¶ Yarnby.
                # Held by Labour's Colin Pearce since 2017")
                # (one result that names no seat, in copy whose holder is of one seat: "MORLAND BRIDGE … who held
                # Morland Bridge in 2019 … RESULT: LAB GAIN FROM CON")
                parties = {g.claim.party for g in held}
                if len(parties) != 1:
                    continue  # nobody, or two parties, said to hold it: which came last is not told
                prev = parties.pop()
                g = held[0]
                seat = c.place or "the seat"
                if (c.outcome == "gain") == (prev == c.party):
                    right = f"{c.party} hold" if prev == c.party else f"{c.party} gain from {prev}"
                    yield self.finding(
                        f, f"'{c.text}' says {c.party} {'gained' if c.outcome == 'gain' else 'held'} {seat}, but the"
                           f" copy says {g.claim.subject} held it before ({g.claim.text}): a {right}",
                        arithmetic=f"held before by {prev}; won by {c.party}", related=[g],
                        notes={0: "who held it before"}, suggestion=f"did you mean {right}?")
                else:
                    yield self.verified(f, f"{seat}: {c.outcome} for {c.party}, held before by {prev} ✓")
