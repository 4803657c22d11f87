"""Outcome claims: who won a seat, and whether it changed hands, stated in words rather than figures.

Read as a pattern, not as sentences one by one: a side (a party or a person, as the gazetteer and the
people component found them), a verb of winning, holding, gaining or losing, what was won (a seat the
gazetteer or the seat's role names, or "the seat", "his Westmorland and Lonsdale seat", "the key Labour
target of Nuneaton") and the other side if the copy names it ("from the Conservatives", "to the SNP"):

- result lines: "Wirral West: Labour hold", "Lab GAIN from Con", "SNP gain from Labour", "Labour hold,
  majority 3,797";
- prose: "Labour gained Hove from the Conservatives", "the Conservatives held Bury North", "won the seat
  from Labour", "the SNP took Paisley from Labour", "Ian Murray held on to Edinburgh South", "Tim Farron,
  who retained his Westmorland and Lonsdale seat", "Esther McVey, who lost Wirral West to Labour".

Not read: seat counts ("Labour gained 20 seats", "held on to most of their seats"), anything negated,
hoped for or forecast ("failed to hold", "was hoping to win", "will hold"), incumbency ("who had held the
seat since 1997"), and whatever the verb's object is not a single seat ("won the election", "held a
referendum", "gained fame"). Each claim is a plain `Claim` of kind OUTCOME, with no figure: `subject` the side
the words name, `role` 'winner' or 'loser', `counterpart` the other side, `place` the seat, `outcome` 'gain',
'hold', 'win' or 'loss'.
"""

from __future__ import annotations

from ..model import Claim, Kind, Modality
from .context import DEFEATS, Context
from .gazetteer import Span
from .reading import PLACE_COLUMNS, Reading, is_year
from .view import View

GAIN_VERBS = {"gain", "gains", "gained", "captured", "captures", "seized", "seizes", "snatched", "snatches",
              "wrested", "wrests", "regained", "regains", "flipped", "flips"}
HOLD_VERBS = {"hold", "holds", "held", "retained", "retains", "kept", "keeps", "defended", "defends"}
WIN_VERBS = {"won", "wins", "took", "takes"}
LOSS_VERBS = {"lost", "loses"}
DEFEAT_VERBS = DEFEATS
"""A person's win over a rival the object names: "Carla Ruiz narrowly defeated Republican Tom Hadley"."""
OFF_VERBS = frozenset({"holding", "held", "holds", "hold", "fended", "fending", "fends", "saw", "seeing", "sees",
                       "fought", "fighting", "fights", "staved", "staving"})
"""… "off" a rival: "holding off Democrat Marcus Lyle", "saw off the Conservative"."""
EDGE_VERBS = frozenset({"edged", "edges", "edging", "pipped", "pips", "pipping", "defeating", "beating", "ousting",
                        "unseating", "toppling", "toppled", "topples"})
"""Verbs of a narrow or plain win over a rival the object names: "Calderon edges Lyle"."""
HOLD_ON = {"held", "holds", "hold", "hung", "clung", "hangs", "clings", "hanging", "clinging", "holding"}
"""… "on to", "onto": "Ian Murray held on to Edinburgh South", "clung on to his seat"."""
BACK = {"won", "took", "wins", "takes"}
"""… "back": "Labour won back Hove", a gain."""
HEADLINE = {"hold", "gain", "holds", "gains"}
"""Bare result words right after a party: "Labour hold", "Lab GAIN from Con"."""

BETWEEN = {",", "who", "which", "that", "has", "have", "comfortably", "narrowly", "easily", "duly", "also", "then",
           "finally", "now", "successfully", "managed", "to", "just", "only", "safely", "convincingly", "again",
           "eventually", "ultimately", "overwhelmingly", "resoundingly", "first", "once", "still",
           "went", "on", "(", ")", "–", "—", "yesterday", "today", "overnight"}
"""Words that may stand between a side and its verb ("Tim Farron, who retained", "Gethins managed to hold")."""
NOT_SAID = {"not", "n't", "never", "failed", "fail", "fails", "could", "would", "will", "might", "may", "should",
            "must", "can", "cannot", "hoping", "hope", "hopes", "hoped", "expected", "expects", "likely", "bid",
            "target", "targeting", "targeted", "aiming", "aims", "aim", "wants", "want", "wanted", "trying", "tried",
            "try", "if", "unless", "whether", "predicted", "projected", "forecast", "needs", "need", "needed",
            "had", "'d", "shall", "set", "poised", "seeking", "seeks", "sought", "attempt", "attempting", "chance",
            "since", "until", "till"}
"""Words before the verb in its clause that make it no outcome: negated, hoped for, forecast — or, "had", an
earlier election's ("who had held the seat since 1997")."""
WON_VERBS = frozenset({"won", "took", "gained", "captured"})
"""Verbs of winning a seat at an earlier election ("The Conservatives won it in 2019"): its holder since."""
INCUMBENT_VERBS = {"held", "represented", "controlled", "run", "ran"}
"""Verbs of holding a seat or a council, before "since 2010"."""
NOT_INCUMBENT = {"not", "n't", "never", "first", "until", "till"}
"""Words that make "held … since" no holding up to now: "had not held it since 1997"."""
CONDITIONS = {"since", "if", "unless", "whether", "until", "before", "when"}
"""Words opening the clause that make its outcome another time's, or none: "the closest since the Lib Dem's Mark
Oaten won Winchester by two", "if Labour gains Hove"."""
DETERMINERS = {"the", "his", "her", "their", "its", "a", "an", "this", "that", "our"}
SEAT_NOUNS = {"seat", "constituency", "marginal", "stronghold", "target", "bellwether"}
OBJECT_WORDS = {"key", "marginal", "new", "former", "safe", "ultra-marginal", "bellwether", "seaside", "target",
                "top", "northern", "southern", "commuter", "rural", "coastal", "parliamentary", "westminster",
                "old", "home", "own", "previously", "-", "held", "tory-held", "labour-held", "long-held", "ultra",
                "top-target", "number", "one", "city", "town", "vacant"}
"""Words inside a seat's noun phrase before the noun ("the key Labour target of Nuneaton")."""
STOPS = {";", ".", "who", "which", "but", "after", "while", "by", "with", "in", "and", "since", "until"}
"""Words that end the search for the other side."""
LEAD_STOPS = {";", ".", "who", "which", "but", "after", "while", "since", "until", "and", "as"}
"""Words that end the search for "from"/"to" after the object ("took Putney, in south-west London, from the
Tories" reads on; "held Bury North and Labour won …" does not)."""
OPENERS = {"the", "a", "an", "but", "and", "as", "while", "then", "when", "after", "before", "meanwhile", "elsewhere",
           "however", "in", "at", "so", "yet", "both", "there", "overall", "nationally", "locally", "finally"}
"""Capitalised words before a party that are no given name ("The Conservatives", "Meanwhile Labour")."""
YEAR_STOPS = {",", ";", "who", "which", "that", "it", "when", "where", "since", "after", "before", "—", "–", "("}
"""Words after which a year is another clause's, not the outcome's."""
NAME_CONNECTORS = {"and", "upon", "of", "the", "on", "under", "&", "-", "le", "in"}
NOT_A_SEAT = {"The", "A", "An", "It", "Its", "His", "Her", "Their", "This", "That", "Parliament", "Westminster",
              "Government", "Power", "Office", "Downing", "Number", "Majority", "Minority", "Re-election", "Election",
              "Control", "Landslide", "Victory"}
"""Capitalised words after a verb of winning that start no seat's name ("won The …", "held Power")."""
OPEN_ENDS = {",", ".", ";", ":", "–", "—", "-", "(", "!", "?", "and", "as", "after", "in", "at", "on", "for",
             "but", "while", "despite", "with", "by", "|", "\n", ""}
"""What may follow a bare result word ("Labour hold, majority 3,797"; "Labour hold" at a line's end)."""


class OutcomeReader:
    """Outcome claims of one Doc, made with the claim maker's helpers (`builder`): its sentences, locations."""

    def __init__(self, v: View, ctx: Context, builder):
        self.v = v
        self.ctx = ctx
        self.b = builder

    def read(self, start_index: int) -> list[Claim]:
        v = self.v
        out: list[Claim] = []
        taken: set[int] = set()
        for i, w in enumerate(v.lowers):
            if i in taken or not w or not w[0].isalpha():
                continue
            verb = self._verb(i)
            if verb is None:
                continue
            end, verdict = verb
            claim = self._claim(i, end, verdict, start_index + len(out))
            if claim is not None:
                out.append(claim)
                taken.update(range(i, end))
        by_election = "by-election" in v.lowers or "by-elections" in v.lowers or any(
            v.lower(k) == "by" and v.lower(k + 1) == "-" and v.lower(k + 2).startswith("election") for k in range(v.n))
        for i, w in enumerate(v.lowers):
            if w == "since" and is_year(v, i + 1) and (claim := self._incumbent(i, start_index + len(out))):
                out.append(claim)
            elif w == "in" and is_year(v, i + 1) and not by_election and self.ctx.current_year is not None \
                    and int(v.num(i + 1).value) < self.ctx.current_year \
                    and (claim := self._incumbent(i, start_index + len(out), INCUMBENT_VERBS - {"run", "ran"})):
                out.append(claim)  # "Labour's Anne Kerr, who held Morland Bridge in 2019": the seat's before (with
                # no by-election in the story to have changed it since)
            elif w == "in" and is_year(v, i + 1) and not by_election and (
                    self.ctx.current_year is None or int(v.num(i + 1).value) < self.ctx.current_year) \
                    and self._won_the_seat_before(i) \
                    and (claim := self._incumbent(i, start_index + len(out), WON_VERBS)):
                out.append(claim)  # "The Conservatives won it in 2019 with a majority of 5,102": theirs before
            elif w == "(" and is_year(v, i + 1) and v.lower(i + 2) == ":" \
                    and (claim := self._bracketed_holder(i, start_index + len(out))):
                out.append(claim)  # "Lab GAIN from Con (2019: Lab maj 3,112)"
        return out

    def _won_the_seat_before(self, i: int) -> bool:
        """Right before "in 2019": a verb of winning and the seat itself ("won it", "took the seat", "won Hale
        Vale"), not a count ("won 412 seats in 2019")."""
        v = self.v
        k = i - 1
        if v.lower(k) in ("it", "seat", "ward", "constituency", "riding", "division"):
            k -= 1 if v.lower(k) == "it" else 2 if v.lower(k - 1) == "the" else 99
        elif (m := self.v.mention_at[k]) is not None and m.kind == "place":
            k = m.start - 1
        else:
            return False
        return k >= 0 and v.lower(k) in WON_VERBS

    def _bracketed_holder(self, i: int, index: int) -> Claim | None:
        """A results line's note of the election before: "(2019: Lab maj 3,112)" says Labour held the seat."""
        v = self.v
        m = v.mention_at[i + 3]
        if m is None or m.kind != "party" or m.start != i + 3 or v.lower(m.end) not in ("maj", "maj.", "majority", "hold",
                                                                                        "held", "win", "won"):
            return None
        place, _ = self._place_near(i, m, True)
        if place is None:  # the line's own outcome's seat ("Brackley Edge" over "Lab GAIN from Con (2019: …)")
            named = {p.name for p in self.ctx.places_in_para[v.para_of[i]] if p.start < i}
            place = named.pop() if len(named) == 1 else None
        year = int(v.num(i + 1).value)
        return Claim(
            index=index, kind=Kind.OUTCOME, value=None, low=None, high=None,
            text=v.span_text(i + 1, m.end), location=self.b._loc(i + 1, m.end), sentence=self.b._sentence(i),
            subject=m.name, subject_kind="party", subject_via="incumbent", party=m.name, place=place, year=year,
            modality=Modality.HISTORICAL, role=None, confidence=1.0,
            evidence=(f"'({v.span_text(i + 1, m.end)}'", f"held before by {m.name}"), paragraph=v.para_of[i],
            outcome="incumbent",
        )

    def _incumbent(self, since: int, index: int, verbs: frozenset[str] | set[str] = INCUMBENT_VERBS) -> Claim | None:
        """Who held the seat before, since when: "The seat has been held by Labour's Joanne Pike since 2010",
        "Tom Hughes, who had held the riding since 2015", "which Labour has held at every election since 1997".
        An OUTCOME claim of the earlier time, `outcome` 'incumbent', so a gain or a hold can be set against it."""
        v = self.v
        lo = max(v.sentence_bounds(since)[0], since - 14)
        verb = next((k for k in range(since - 1, lo - 1, -1) if v.lower(k) in verbs), None)
        if verb is None or any(v.lower(k) in NOT_INCUMBENT for k in range(lo, verb)):
            return None
        side = None
        if v.lower(verb + 1) == "by":  # the passive: "has been held by Labour's Joanne Pike since 2010"
            side = next((m for k in range(verb + 2, since) if (m := v.mention_at[k]) is not None
                         and m.kind in ("party", "person") and v.text(m.start)[:1].isupper()), None)
            if side is not None and side.kind == "party" and (p := v.mention_at[side.end + (v.lower(
                    side.end) in ("'s", "’s"))]) is not None and p.kind == "person":
                side = p  # "Labour's Joanne Pike": her, of Labour
        else:
            k = verb - 1
            while k >= lo and v.lower(k) in ("has", "have", "had", "who", "which", "that", ",", "continuously"):
                k -= 1
            m = v.mention_at[k] if k >= lo else None
            if m is not None and m.kind in ("party", "person") and v.text(m.start)[:1].isupper():
                side = m  # "which Labour has held", "Tom Hughes, who had held" (not "the party has held": whose?)
        if side is None:
            return None
        party = side.party if side.kind == "person" else side.name
        if party is None:
            return None
        place, _ = self._place_near(since, side, False)
        if place is None and (named := self._named_object(verb + 1, ("since",))) is not None:
            place = named.name  # "who have run Wexcombe since 2019": a council or seat no gazetteer knows
        if place is None:  # "Brinsford East should declare within the hour. The seat has been held by …": that seat
            named = {m.name for m in self.ctx.places_in_para[v.para_of[since]] if m.start < since}
            place = named.pop() if len(named) == 1 else None
        year = int(v.num(since + 1).value)
        return Claim(
            index=index, kind=Kind.OUTCOME, value=None, low=None, high=None,
            text=v.span_text(verb, since + 2), location=self.b._loc(verb, since + 2), sentence=self.b._sentence(since),
            subject=side.name, subject_kind=side.kind, subject_via="incumbent", party=party, place=place,
            year=year, modality=Modality.HISTORICAL, role=None, confidence=round(min(1.0, side.score / 100.0), 2),
            evidence=(f"'{v.span_text(verb, since + 2)}'", f"held before by {side.name}"), paragraph=v.para_of[since],
            outcome="incumbent",
        )

    # -- the verb ------------------------------------------------------------------------------------

    def _verb(self, i: int) -> tuple[int, str] | None:
        """The verb at token i: (the token after it, 'gain' | 'hold' | 'win' | 'loss'), or None."""
        v = self.v
        w = v.lower(i)
        if w in HOLD_ON and v.lower(i + 1) == "on" and v.lower(i + 2) == "to":
            return i + 3, "hold"
        if w in HOLD_ON and v.lower(i + 1) in ("onto", "on"):
            return i + 2, "hold"
        if w in BACK and v.lower(i + 1) == "back":
            return i + 2, "gain"
        if w in ("was", "is", "been") and v.lower(i + 1) == "re" and v.lower(i + 2) == "-" and v.lower(i + 3) == "elected":
            return i + 4, "win"  # "Colleen MacIsaac was re-elected in Halifax West"
        if w in GAIN_VERBS:
            return i + 1, "gain"
        if w in HOLD_VERBS:
            return i + 1, "hold"
        if w in WIN_VERBS:
            return i + 1, "win"
        if w in LOSS_VERBS:
            return i + 1, "loss"
        if w in DEFEAT_VERBS:
            return i + 1, "defeat"
        if w in OFF_VERBS and v.lower(i + 1) == "off":
            return i + 2, "defeat"  # "Ruth Calderon holding off Democrat Marcus Lyle", "saw off the Tory"
        if w in EDGE_VERBS:
            return i + 1 + (v.lower(i + 1) == "out"), "defeat"  # "Calderon edges Lyle", "edged out Laura Pidcock"
        return None

    # -- one claim -----------------------------------------------------------------------------------

    def _claim(self, i: int, end: int, verdict: str, index: int) -> Claim | None:
        v = self.v
        subject = self._subject(i)
        if subject is None:
            return None
        side, gap = subject
        headline = v.lower(i) in HEADLINE and side.kind == "party" and side.end == i
        beaten = None
        if verdict == "defeat":  # "Democrat Carla Ruiz narrowly defeated Republican Tom Hadley": a win over a rival
            if side.kind != "person" or (beaten := self._beaten(end)) is None:
                return None
            obj: tuple[Span | None, int] | None = (None, beaten.end)
            verdict = "win"
        else:
            obj = self._object(end, verdict, headline)
        if obj is None:
            return None
        seat, k = obj
        for t in range(end, min(v.clause_end[i], end + 14)):
            if v.lower(t) in ("since", "until", "till", "between") or v.lower(t) == "from" and is_year(v, t + 1):
                return None  # "held the seat from 2010 until 2015", "has held it since 1997": incumbency
        other, via = (beaten, "over") if beaten is not None else self._other_side(k, verdict)
        if beaten is None and ((via == "to") != (verdict == "loss") or other is not None
                               and other.via.startswith("pronoun")):
            other, via = None, ""  # "won it, according to him": no side; "held it from 2010" is no gain from anyone
        if verdict == "win" and via == "from":
            verdict = "gain"  # "won the seat from Labour", "took Paisley from Labour"
        if verdict == "hold" and via == "from":
            other, via = None, ""
        r = Reading(i, Kind.VOTES, "")
        year = self.ctx.year(r)
        if year is None:
            year = self._year_after(end)  # "won Winchester by two in 1997", "which he took … in 2015"
        modality, year, why = self.ctx.modality(r, year)
        if modality not in (Modality.ACTUAL, Modality.HISTORICAL):
            return None
        if modality == Modality.HISTORICAL and year is None:
            return None  # "who had held the seat since 1997": an earlier election, not said which
        if seat is not None:
            place, place_conf = seat.name, 1.0
        elif (row := self._row_name(i)) is not None:
            place, place_conf = row, 0.9  # "| Wexcombe | LD | LD gain | …": the row's council or seat
        else:
            # "Labour hold" under a seat's heading, "his seat", "won with 17,838 votes": the one seat the sentence
            # names, the person's seat as the article says it, or (a result line) the one its paragraph names
            place, place_conf = self._place_near(i, side, headline)
        role = "loser" if verdict == "loss" else "winner"
        party = side.party if side.kind == "person" else side.name
        if side.kind == "person" and v.lower(k) == "for" and k + 1 < v.n and (m := v.mention_at[k + 1]) is not None \
                and m.kind == "party" and m.start == k + 1:
            party = m.name  # "Clive Oakley held Charnwood for Labour"
        evidence = [f"'{v.span_text(i, end)}'", f"{'loser' if role == 'loser' else 'winner'} {side.name} "
                    f"({'beside' if gap == 0 else 'subject'})"]
        if other is not None:
            evidence.append(f"{via} {other.name}")
        if seat is not None:
            evidence.append(f"the seat {seat.name} (its object)")
        if why:
            evidence.append(why)
        confidence = min(1.0, side.score / 100.0)
        if seat is None and place is not None:
            confidence = min(confidence, max(place_conf, 0.7))
        return Claim(
            index=index, kind=Kind.OUTCOME, value=None, low=None, high=None,
            text=v.span_text(i, end), location=self.b._loc(i, end), sentence=self.b._sentence(i),
            subject=side.name, subject_kind=side.kind,
            subject_via=side.via if side.via.startswith("pronoun") else ("beside" if gap == 0 else "subject"),
            party=party, place=place, counterpart=other.name if other is not None else None,
            year=year, modality=modality, role=role, confidence=round(confidence, 2),
            evidence=tuple(evidence), paragraph=v.para_of[i], outcome=verdict,
        )

    def _subject(self, i: int) -> tuple[Span, int] | None:
        """The side the verb is about: the nearest party or person before it in its clause, with at most a
        few words between ("Tim Farron, who retained", "Gethins managed to hold"), none of them saying it did
        not happen or had happened before."""
        v = self.v
        lo = max(v.sentence_bounds(i)[0], i - 12)
        k = i - 1
        gap = 0
        while k >= lo:
            m = v.mention_at[k]
            if m is not None and m.kind in ("person", "party") and m.end == k + 1:
                # "Stephen Kinnock (Labour) won": the party in brackets names the person before it
                if m.kind == "party" and v.lower(m.start - 1) == "(" and v.lower(m.end) == ")":
                    k = m.start - 2
                    before = v.mention_at[k] if k >= 0 else None
                    if before is None or before.kind != "person" or before.end != k + 1:
                        return None  # "Sarah Green (Liberal Democrat) won": a name the people component missed
                    continue
                if m.kind == "party" and m.start > 0 and not v.t.sent_starts[m.start] and v.mention_at[m.start - 1] \
                        is None and v.text(m.start - 1)[:1].isupper() and v.text(m.start - 1).isalpha() \
                        and v.lower(m.start - 1) not in OPENERS:
                    return None  # "Sarah Green won": the party's name is a person's surname
                if v.lower(k + 1) in ("'s", "’s"):
                    return None  # "Labour's candidate held": whoever it is, not the party itself
                if m.kind == "party":
                    j = m.start - 1
                    j -= v.lower(j) in ("the", "a")
                    person = v.mention_at[j - 1] if j >= 1 and v.lower(j) in ("of", ",") else None
                    if person is not None and person.kind == "person" and person.end == j:
                        m = person  # "George Galloway of the Respect Party lost", "Sarah Green, the Liberal
                        # Democrat who held": the person
                    elif j >= 1 and v.lower(j) == "," and v.lower(m.start - 1) in ("the", "a") \
                            and v.lower(m.end) in ("who", "that") and self._unread_name(j - 1):
                        return None  # "Sarah Green, the Liberal Democrat who held": someone the people component missed
                if any(v.lower(j) in NOT_SAID for j in range(max(v.clause_start[m.start], m.start - 4), m.start)) \
                        or any(v.lower(j) in CONDITIONS for j in range(v.clause_start[m.start], m.start)):
                    return None  # "if Labour held", "could the Tories hold", "the closest since X won Winchester"
                if v.lower(i - 1) == "to" and v.lower(i - 2) not in ("managed", "on"):
                    return None  # "hoping to win", "failed to hold": an infinitive is no outcome
                return m, gap
            w = v.lower(k)
            if w in NOT_SAID or v.num(k) is not None or m is not None or w not in BETWEEN:
                return None
            if w not in (",", "(", ")"):
                gap += 1
            k -= 1
        return None

    def _unread_name(self, k: int) -> bool:
        """Token k ends a name no person mention covers: "Sarah Mills", or "Sarah Green" read as the Green party."""
        v = self.v
        if k < 1 or not v.text(k)[:1].isupper() or not v.text(k).isalpha():
            return False
        m = v.mention_at[k]
        if m is None:
            return True
        return m.kind == "party" and m.start >= 1 and v.mention_at[m.start - 1] is None \
            and v.text(m.start - 1)[:1].isupper() and v.lower(m.start - 1) not in OPENERS

    def _row_name(self, i: int) -> str | None:
        """The council or seat a table row names in its first cell, when the first column is of those."""
        v = self.v
        cell = v.cells[i]
        if cell is None or cell.column == 0 or not cell.headers or not any(
                w in cell.headers[0] for w in PLACE_COLUMNS):
            return None
        k = i
        while k > 0 and v.cells[k - 1] is None or k > 0 and v.cells[k - 1].row == cell.row \
                and v.cells[k - 1].table == cell.table:
            k -= 1
            if i - k > 40:
                return None
        first = [t for t in range(k, i) if v.cells[t] is not None and v.cells[t].column == 0
                 and v.cells[t].row == cell.row and v.cells[t].table == cell.table]
        return v.span_text(first[0], first[-1] + 1) if first else None

    def _beaten(self, j: int) -> Span | None:
        """The person a defeat verb's object names, from token j ("narrowly defeated Republican Tom Hadley")."""
        v = self.v
        k = j
        while k < v.n and v.lower(k) in ("comfortably", "narrowly", "easily", "the", "incumbent", "sitting"):
            k += 1
        for t in range(k, min(v.n, k + 4)):
            m = v.mention_at[t]
            if m is not None and m.kind == "person":
                return m
            if m is None and not v.text(t)[:1].isupper():
                return None
        return None

    def _object(self, j: int, verdict: str, headline: bool) -> tuple[Span | None, int] | None:
        """What was won, from token j: (the seat if named, the token after the object); None if the object is
        not one seat. A bare result word after a party ("Labour hold,") needs none."""
        v = self.v
        n = v.n
        k = j
        while k < n and v.lower(k) in ("comfortably", "narrowly", "easily", "safely", "convincingly", "again"):
            k += 1
        place = self._place_at(k)
        if place is not None:
            return place, place.end
        if v.lower(k) in ("in", "at") and (p := self._place_at(k + 1)) is not None \
                and (verdict in ("win", "loss") or v.lower(j - 1) == "on" or headline):
            return p, p.end  # "lost in Don Valley to …", "won in Hove", "clung on in Basildon and Billericay"
        if (named := self._named_object(k)) is not None:
            return named, named.end  # "held on to Bangor Aberconwy": a seat no gazetteer knows, named as written
        if v.lower(k) in DETERMINERS:
            seat: Span | None = None
            t = k + 1
            while t < min(n, k + 8) and t < v.clause_end[k]:
                w = v.lower(t)
                m = v.mention_at[t]
                if m is not None and m.kind == "place":
                    seat = m
                    t = m.end
                    continue
                if w in SEAT_NOUNS:
                    if v.lower(t + 1) in ("seats", "constituencies"):
                        return None
                    t += 1
                    if v.lower(t) in ("of", "in") and (p := self._place_at(t + 1)) is not None:
                        seat, t = p, p.end  # "the seat of Paisley and …", "his seat in Sheffield Hallam"
                    if seat is None and v.lower(k) in ("a", "an"):
                        return None  # "regained a seat in Atlantic Canada": one of several, not a seat named
                    return seat, t
                if m is not None and m.kind == "party" and v.lower(m.end) not in ("'s", "’s"):
                    t = m.end  # "the key Labour target of Nuneaton"
                    continue
                if w in OBJECT_WORDS:
                    t += 1
                    continue
                return None
            return None
        if headline:
            if k >= n or v.lower(k) in OPEN_ENDS or v.t.is_space[k] or v.lower(k) == "from":
                return None, k
            return None
        # "Labour won with 17,838 votes", "Labour gained from the Conservatives": no object, but a figure or a side
        if v.lower(k) == "from" and verdict in ("gain", "win"):
            return None, k
        if v.lower(k) == "to" and verdict == "loss":
            return None, k
        if v.lower(k) in ("with", "by") and any(v.num(t) is not None and not is_year(v, t)
                                               for t in range(k + 1, min(n, k + 5))):
            return None, k
        return None

    def _named_object(self, k: int, ends: tuple[str, ...] = ()) -> Span | None:
        """A capitalised name right after the verb and before the clause goes on ("from", "with", a full stop):
        a seat named by its role, as the gazetteer's own role reading does, for names it leaves (2024 seats of
        six words, or after "held on to"). The check compares it only if the results table has such a seat."""
        v = self.v
        n = v.n
        if k >= n or not v.text(k)[:1].isupper() or not v.text(k).isalpha() or v.text(k) in NOT_A_SEAT:
            return None
        t = k
        while t < n and t < k + 9:
            w = v.text(t)
            m = v.mention_at[t]
            if m is not None and m.kind != "place":
                return None
            if w[:1].isupper() and (w.isalpha() or "-" in w) or v.lower(t) in NAME_CONNECTORS and t > k:
                t += 1
                continue
            break
        while t > k and v.lower(t - 1) in NAME_CONNECTORS:
            t -= 1
        after = v.lower(t) if t < n else ""
        if t == k or not (after in ("from", "with", "by", "for", ".", ",", ";", "at", "in", "!", "", *ends)
                          or v.t.is_space[t] and "\n" in v.text(t)):
            return None
        return Span("place", k, t, v.span_text(k, t), via="role: an outcome's object", score=90.0)

    def _place_at(self, k: int) -> Span | None:
        """A seat the gazetteer (or its role) names, starting at k, or after "the"."""
        v = self.v
        if v.lower(k) == "the" and (m := v.mention_at[k + 1] if k + 1 < v.n else None) is not None \
                and m.kind == "place" and m.start == k + 1:
            return m
        m = v.mention_at[k] if 0 <= k < v.n else None
        if m is not None and m.kind == "place" and m.start == k:
            return m
        return None

    def _other_side(self, k: int, verdict: str) -> tuple[Span | None, str]:
        """The other side: "from the Conservatives", "to the SNP", "to 20-year-old student, Mhairi Black" —
        right after the object, or after a figure ("by 417 votes to Labour"). A possessive is not the side
        itself ("to Mr Johnson's party")."""
        v = self.v
        if k >= v.n:
            return None, ""
        end = min(v.clause_end[k], k + 12)
        t = k
        while t < end and v.lower(t) not in ("from", "to"):
            m = v.mention_at[t]
            in_name = v.lower(t) == "and" and v.text(t + 1)[:1].isupper() and v.mention_at[t + 1] is None \
                if t + 1 < v.n else False  # "took Inverness, Skye and West Ross-shire from Labour"
            if m is not None and m.kind in ("person", "party") or v.lower(t) in LEAD_STOPS and not in_name \
                    or t - k > 7:
                return None, ""
            t += 1
        if t >= end:
            return None, ""
        via = v.lower(t)
        for s in range(t + 1, min(t + 9, v.n)):
            m = v.mention_at[s]
            if m is not None and m.kind in ("person", "party"):
                return (None, "") if v.lower(m.end) in ("'s", "’s") else (m, via)
            if m is None and s <= t + 2 and v.text(s)[:1].isupper() and v.text(s).isalpha() \
                    and v.lower(s + 1) in (".", ",", ";", "") and v.lower(s - 1) in ("from", "the"):
                # "gained Bradford West from Respect": a side no gazetteer knows, named as written
                return Span("unknown", s, s + 1, v.text(s), via="as written"), via
            if v.lower(s) in STOPS or v.t.is_space[s] and "\n" in v.text(s):
                return None, ""
            if v.num(s) is not None and not (v.lower(s + 1).startswith("year") or v.lower(s + 1) == "-"):
                return None, ""  # "held the seat from 2010", "to 45%"
        return None, ""

    def _place_near(self, i: int, side: Span, headline: bool) -> tuple[str | None, float]:
        """The seat of an outcome whose words do not name one: the one seat its sentence names, else the
        person's seat as this article binds it, else — for a result line ("Labour hold, majority 3,797") —
        the one seat its paragraph names. Nothing further: a seat further off is for the check to assume."""
        v, ctx = self.v, self.ctx
        here = {m.name for m in ctx.in_sentence[v.sent_of[i]] if m.kind == "place"
                and v.clause_start[i] <= m.start < v.clause_end[i]}  # "She won by 22 votes – but … in Perth": not hers
        if len(here) == 1:
            return here.pop(), 0.95
        if here:
            return None, 1.0
        if side.kind == "person" and side.name in ctx.bindings:
            return ctx.bindings[side.name]
        if headline:
            para = {m.name for m in ctx.places_in_para[v.para_of[i]] if m.start < i}
            if len(para) == 1:
                return para.pop(), 0.9
            if not para and (headed := ctx._section_places().get(v.para_of[i])) is not None:
                return headed, 0.9  # "Result: Conservative gain from Labour" under "ORCHARD WARD BY-ELECTION"
        return None, 1.0

    def _year_after(self, end: int) -> int | None:
        """A year the clause gives right after the verb and its object: "won Winchester by two in 1997", "at the
        2010 election" — not one of a clause that follows ("won back Stroud, the seat it lost in 2010")."""
        v = self.v
        for t in range(end, min(v.clause_end[end - 1], end + 12)):
            if v.lower(t) in YEAR_STOPS:
                return None
            if is_year(v, t) and v.lower(t - 1) in ("in", "the", "of"):
                return int(v.num(t).value)
        return None
