"""`control`: a party said to have taken overall control, or to have an outright majority, holds more than
half the seats.

"The party has taken overall control of the 60-seat council, finishing with 29 councillors" and "Republicans
secured an outright majority with 19 seats" in a 40-seat House both claim what their own figures deny: a
majority needs more than half of the seats there are (31 of 60, 21 of 40).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..contests import Index
from ..numbers import find_numbers
from ..model import COUNTED_APART, Kind, Modality
from ..resolve import Fact
from .base import Check, Outcome, figure_at, fmt
from .tiers import tier_of

CONTROL = re.compile(
    r"\b(?:taken|took|takes|won|wins|win|gained|gains|secured|secures|has|have|holds|hold|with|retained|kept|"
    r"regained|keeps|retains|enough\s+for|giving\s+(?:it|them)|gives\s+(?:it|them))\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:overall|outright|absolute)\s+(?:control|majority)\b", re.I)
"""Words that claim a majority of the body's seats for the party the sentence is about."""
DENIED = re.compile(r"\b(?:no|not|short|without|fail\w*|fell|lost|losing|den\w+|depriv\w+|needs?|needed|lacks?|"
                    r"would|could|might|hoped?|hopes|bid|aim\w*|target\w*)\b", re.I)
"""Words before the claim that deny it, or make it a hope or a target ("no overall control", "short of")."""


def _claims_control(sentence: str) -> bool:
    """Whether the sentence claims a majority of the body's seats, undenied."""
    m = CONTROL.search(sentence)
    return m is not None and not DENIED.search(sentence, 0, m.start())


class Control(Check):
    name = "control"

    def run(self, index: Index) -> Iterator[Outcome]:
        sentences: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        claims_control: dict[str, bool] = {}  # each sentence asked once: its facts ask the same (15,000 of them)
        for kind in (Kind.SEATS, Kind.TOTAL_SEATS):
            for f in index.by_kind.get(kind, []):
                c = f.claim
                if c.value is not None and c.modality == Modality.ACTUAL and not c.hedge and c.round is None \
                        and tier_of(c.column) == "total":
                    said = claims_control.get(c.sentence)
                    if said is None:
                        said = claims_control[c.sentence] = _claims_control(c.sentence)
                    if said:
                        sentences[(f.path, c.sentence)].append(f)
        for _, facts in sorted(sentences.items(), key=lambda kv: kv[0]):
            held = [f for f in facts if f.kind == Kind.SEATS and f.subject_kind == "party"]
            sizes = {f.claim.value for f in facts if f.kind == Kind.TOTAL_SEATS}
            if not held or len(sizes) != 1:
                continue  # a size the sentence gives: another's ("the 650 seats") is not taken for it
            size = sizes.pop()
            top = max(held, key=lambda f: (f.claim.value, -f.claim.location.start))
            needed = size // 2 + 1
            working = f"{top.claim.text} of {fmt(size)}; a majority is {fmt(needed)}"
            if top.claim.value >= needed:
                yield self.verified(top, f"{top.subject}: {working} ✓")
                continue
            yield self.finding(
                top, f"{top.subject} is said to have a majority, but {top.claim.text} of {fmt(size)} seats is not more"
                     f" than half", stated=top.claim.value, expected=needed, arithmetic=working,
                related=[f for f in facts if f.kind == Kind.TOTAL_SEATS][:1], self_contained=True)


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
CONDITIONAL = re.compile(r"\b(?:could|would|might|may|if|unless|should)\b", re.I)
"""A target told of a body as it might be ("could push the House to 122, with 62 then needed"), not as it is."""
THE_MARK = re.compile(r"\s+(?:seats\s+)?(?:needed|required)\s+for\s+(?:a|an\s+overall|an\s+outright)\s+majority\b", re.I)
"""After "the N": the body's majority mark as it stands, in a sentence of what a coalition would have ("would have 328
seats, two more than the 326 needed for a majority")."""
MORE_AFTER = re.compile(r"\s*(?:more|further|extra|additional|others?)\b", re.I)
"""Words after a target's figure that make it a distance still to go, not the target itself."""
MAJORITY_TARGET = re.compile(r"\bmajority\b|\bto govern\b|\bgovern alone\b|\bhalfway mark\b|\bfor control\b|"
                             r"\bto (?:take |win |have )?control\b", re.I)
"""Words that make a target the seats a majority of the body takes."""
NOT_A_BARE_MAJORITY = re.compile(r"two-thirds|three-fifths|three-quarters|super-?majority|veto|filibuster|quorum|"
                                 r"status|tie-?break|vice[- ]president|casting vote|without the speaker|speaker", re.I)
"""Targets of another kind in the same sentence: a supermajority, a quorum, a tie the vice-president breaks."""


OTHER_BODY = re.compile(r"\s+(?:sitting\s+|voting\s+|elected\s+)?(?:members|seats|MPs|MSPs|MLAs|TDs|councillors)\b",
                        re.IGNORECASE)
"""After a figure in a target's sentence: the size of the body the target is of, given there."""


class MajorityTarget(Check):
    """`majority-target`: the seats the copy says a majority needs are more than half the body it sizes in the same
    sentence, by one seat or half a seat ("the 44 seats needed to govern in the 88-seat Legislative Assembly": 45)."""

    name = "majority-target"

    def run(self, index: Index) -> Iterator[Outcome]:
        by_sentence: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for kind in (Kind.SEATS, Kind.TOTAL_SEATS):
            for f in index.by_kind.get(kind, []):
                if f.claim.value is not None and not f.claim.hedge:
                    by_sentence[(f.path, f.claim.sentence)].append(f)
        # The one size an article gives a body, for a target told in a sentence of no size ("All 650 seats in the
        # House of Commons … are up for election." then "A party needs 325 seats to command an overall majority.")
        # (only where the article gives one size in all, of any election or projection, and the target is within
        # three seats, or a twentieth of the body, of half of it: a slip, not another body's target — "the 326 needed
        # for a majority" of the 630-seat Bundestag is the Commons' figure)
        article_sizes: dict[str, set[float]] = defaultdict(set)
        sized: dict[tuple[str, float], Fact] = {}
        for f in index.by_kind.get(Kind.TOTAL_SEATS, []):
            if f.claim.value is not None and COUNTED_APART not in f.claim.evidence:
                # (not a part of the chamber counted apart: "224 of the 299 seats where voting took place")
                article_sizes[f.path].add(f.claim.value)
                if f.claim.modality in (Modality.ACTUAL, Modality.FORECAST) and not f.claim.column \
                        and f.claim.year is None and not YEAR.search(f.claim.sentence):
                    sized.setdefault((f.path, f.claim.value), f)  # (a projection's "69-seat Landtag" sizes the body
                    # all the same; not "under a smaller 338-seat House" in 2021)
        for (path, sentence), facts in sorted(by_sentence.items(), key=lambda kv: kv[0]):
            targets = [f for f in facts if f.kind == Kind.SEATS and f.claim.modality == Modality.THRESHOLD]
            sizes = {f.claim.value for f in facts if f.kind == Kind.TOTAL_SEATS and (
                f.claim.modality == Modality.ACTUAL or f.claim.modality == Modality.HISTORICAL and f.claim.year)}
            # (an earlier election's body sizes the target told beside it: "In 2021 the Conservatives won 47 of the 87
            # seats, two more than the 45 needed for an overall majority"; not a body of old, "49 seats for a majority,
            # compared with 31 in the old 60-seat chamber")
            # (a ward's "(three seats)" beside the council's 60 sizes no body a target of 32 is of; and never beside
            # another body's size: not "75 members are needed for a majority of the 149 sitting members")
            bodies = {z for z in article_sizes[path] if targets and z > targets[0].claim.value} if targets else set()
            body = sized.get((path, next(iter(bodies)))) if len(bodies) == 1 else None
            if len(targets) == 1 and not sizes and body is not None \
                    and targets[0].claim.year is None and not any(
                        n.text != targets[0].claim.text and n.value != body.claim.value and OTHER_BODY.match(sentence, n.end)
                        and sentence[max(0, n.start - 4):n.start].lower() == "the " for n in find_numbers(sentence)) \
                    and abs(targets[0].claim.value - body.claim.value / 2) <= max(3.0, body.claim.value * 0.05) \
                    and (not CONDITIONAL.search(sentence, 0, at := figure_at(sentence, targets[0].claim.text))
                         or sentence[max(0, at - 4):at].lower() == "the "
                         and THE_MARK.match(sentence, at + len(targets[0].claim.text)) is not None) \
                    and not MORE_AFTER.match(
                        sentence, max(0, figure_at(sentence, targets[0].claim.text)) + len(targets[0].claim.text)):
                # (not "Labour needs 20 more seats for a majority": a distance, not the target)
                sizes = set(bodies)
                facts = facts + [body]
            if len(targets) != 1 or len(sizes) != 1 or not (
                    MAJORITY_TARGET.search(sentence) or "majority" in (targets[0].claim.column or "")) \
                    or NOT_A_BARE_MAJORITY.search(sentence):
                continue  # (a table's row says it in its column: "| Parliament | Seats | Majority |")
            target, size = targets[0], sizes.pop()
            needed = size // 2 + 1
            working = f"{fmt(size)} // 2 + 1 = {fmt(needed)}"
            if target.claim.value == needed:
                yield self.verified(target, f"a majority of {fmt(size)} seats: {working} ✓")
                continue
            yield self.finding(
                target, f"{target.claim.text} seats are not a majority of {fmt(size)}: a majority is {fmt(needed)}",
                stated=target.claim.value, expected=needed, arithmetic=working,
                related=[f for f in facts if f.kind == Kind.TOTAL_SEATS][:1], self_contained=True)
