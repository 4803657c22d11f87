"""`most-votes`: the candidate the copy says won a seat has more votes than anyone it lists beside them.

"Conservative Ian Holt has won the Eastgate ward seat … Sarah Mott (Liberal Democrat) 1,263, Ian Holt
(Conservative) 1,208": under first past the post the winner polls the most, so a count or the result is wrong.
Only counts the copy sets out together (one results list, table or sentence) are compared, and never a seat
counted in rounds (preferences, transfers, a run-off, a recount) or one of several seats, where the first
count's leader need not win.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..contests import Contest, Index, contest_id, single
from ..model import INTERMEDIATE, Kind, Modality
from ..resolve import ROUND_WORDS, Fact
from .base import Check, Outcome, fmt

ROUNDS_ALSO = re.compile(r"\bpreference\b|\brun-?off\b|\bprimar(?:y|ies)\b|\beliminat|\bsurplus\b|\bquota\b|two-party",
                         re.IGNORECASE)
"""Words of a count in rounds beyond resolve's ROUND_WORDS, where the one who led the first need not have won."""
FIELD_RESULT = re.compile(r"^\s*result\s*:", re.I | re.M)
"""A front matter's result field: "result: LD gain from Con"."""
LATER_ROUNDS = ("final", "transfer", INTERMEDIATE, "provisional")


class MostVotes(Check):
    name = "most-votes"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        for cid, contest in sorted(index.contests.items()):
            if "\x1f" in cid and cid.rsplit("\x1f", 1)[1] in LATER_ROUNDS:
                continue
            for path in sorted({f.path for f in contest.facts}):
                yield from self._path(index, cid, contest, path)

    def _path(self, index: Index, cid: str, contest: Contest, path: str) -> Iterator[Outcome]:
        # Said to have won with their votes ("Holt won the seat with 1,208", "Maria Miller held Basingstoke … polled
        # 25,769"): not a lead given to someone, which names the winner only by a guess at its owner
        winners = [c for c in contest.candidates.values()
                   if any(f.path == path and f.kind == Kind.VOTES for f in c.roles.get("winner", ()))]
        if not winners:
            # … or by its party's outcome in the seat ("BROOK FARM (Dunsford DC; Lab) - Con gain from Lab" over "Con
            # 742, Lab 761"): the one candidate of that party
            lines = {f.claim.location.line for f in contest.facts.in_path(path) if f.kind == Kind.VOTES}
            told = {f.claim.party for f in index.in_path(Kind.OUTCOME, path)
                    if f.claim.role == "winner" and f.claim.outcome in ("gain", "hold", "win") and f.claim.party
                    and f.claim.modality == Modality.ACTUAL and f.claim.year is None and f.claim.round is None
                    and (f.claim.place == contest.key and any(0 <= line - f.claim.location.line <= 2 for line in lines)
                         or f.claim.place in (None, contest.key) and FIELD_RESULT.search(f.claim.sentence)
                         and len({g.contest for g in index.in_path(Kind.VOTES, path) if g.contest}) == 1)}
            # (or the front matter's "result: LD gain from Con" over the one count the article gives)
            # (told on the counts' own line or just above them: an entry's "- Con gain from Lab" over "Con 742, …")
            if len(told) == 1:
                party = told.pop()
                winners = [c for c in contest.candidates.values() if c.party == party or c.key == f"party:{party}"]
        if not winners:
            # … or by an outcome that names them ("Liberal Democrat Sally Ames gained Brook ward"), their shares set
            # out with the others' ("Finch polled 39.6 per cent …, while Ames took 38.2 per cent")
            named = {f.subject for f in index.in_path(Kind.OUTCOME, path)
                     if f.claim.role == "winner" and f.subject_kind == "person" and (
                         f.claim.place == contest.key or f.claim.place is None and f.subject in contest.candidates
                         and f.claim.counterpart in contest.candidates)
                     # (or a headline's "Calderon edges Lyle" that names no seat, both sides candidates of this one)
                     and f.claim.modality == Modality.ACTUAL and f.claim.year is None and f.claim.round is None}
            winners = [c for c in contest.candidates.values() if c.key in named]
        if len(winners) != 1 or index.several_seats(contest, path) or _in_rounds(index, cid, contest, path):
            return
        winner = winners[0]
        mine = single(winner.votes, path)
        counts = "votes"
        if mine is None and not any(single(c.votes, path) for c in contest.candidates.values()):
            mine, counts = single(winner.shares, path), "shares"  # a story that gives shares only
        if mine is None or mine.path != path or not _counted(mine) or counts == "shares" and mine.claim.unit != "percent":
            return
        for other in contest.candidates.values():
            theirs = single(getattr(other, counts), path) if other is not winner else None
            if theirs is None or theirs.path != path or not _counted(theirs) or not _set_out_together(mine, theirs):
                continue
            if theirs.claim.low <= mine.claim.high:
                yield self.verified(theirs, f"{contest.key}: {theirs.claim.text} ≤ the winner's {mine.claim.text} ✓")
                continue
            said = sorted((f for f in index.in_path(Kind.OUTCOME, path) if f.subject in (
                winner.key, winner.party) and f.claim.role == "winner"), key=lambda f: f.subject != winner.key) \
                or sorted((f for f in winner.roles.get("winner", ()) if f.path == path and f is not mine),
                          key=lambda f: f.claim.location.start)  # (or the words that made them the winner: "Daniels
            # won Tuesday's special election … by 376 votes")
            who, rival = winner.key.removeprefix("party:"), other.key.removeprefix("party:")
            yield self.finding(
                mine, f"{who} is said to have won, but {rival} polled more: {theirs.claim.text} to {mine.claim.text}"
                      + (" per cent" if counts == "shares" else ""),
                stated=mine.claim.value, expected=theirs.claim.value,
                arithmetic=f"{theirs.claim.text} > {mine.claim.text}",
                related=[theirs, *said[:1]], notes={0: f"{rival}'s {counts}", 1: f"{who} said to have won"})


def _counted(f: Fact) -> bool:
    c = f.claim
    return c.modality == Modality.ACTUAL and c.year is None and c.round is None and c.value is not None \
        and f.subject is not None


def _set_out_together(a: Fact, b: Fact) -> bool:
    """Two counts the copy gives as one result: in one sentence or table column, or on neighbouring lines of one
    list."""
    if a.claim.sentence == b.claim.sentence or a.claim.column and a.claim.column == b.claim.column:
        return True
    return a.claim.paragraph == b.claim.paragraph and abs(a.claim.location.line - b.claim.location.line) <= 12 and \
        a.claim.location.line != b.claim.location.line and len(a.claim.sentence) <= 100 and len(b.claim.sentence) <= 100


def _in_rounds(index: Index, cid: str, contest: Contest, path: str) -> bool:
    """Whether the copy counts this seat in rounds: a later round's figures, or words of one in its sentences (any of
    the article's: a story of one seat told in rounds says so once)."""
    if any((later := index.contests.get(f"{cid}\x1f{r}")) is not None
           and any(f.kind in (Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MARGIN) for f in later.facts)
           for r in LATER_ROUNDS):
        return True  # (not a turnout a correction withdrew: "An earlier version gave the turnout as 31 per cent")
    # … or anywhere in the article ("No candidate passed 50%, so the two leaders went through to a second round"),
    # unless it reports several seats: then in this seat's own sentences (a round-up's STV ward is not its
    # first-past-the-post wards' story)
    everything = index.all_in_path(path)
    if len({g.contest for g in everything if g.contest and g.kind == Kind.VOTES}) > 1:
        everything = contest.facts.in_path(path)
    return any(tells_of_rounds(g.claim.sentence) for g in everything)


def tells_of_rounds(sentence: str) -> bool:
    """A sentence that speaks of a count in rounds (the shards bring such sentences to this check too)."""
    return bool(ROUND_WORDS.search(sentence) or ROUNDS_ALSO.search(sentence))
