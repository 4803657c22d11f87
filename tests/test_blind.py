"""The blind sets (issue 13) as regression tests: articles written by people who never read the checker,
with one planted slip each or none, the truth in `truth.json`. Each set is checked as one folder, as an
archive would be (bench/blind.py scores it; `python bench/blind.py tests/blind/set1 -v` lists every miss).

The floors are the scores when each set was added: a change to the reader may raise them (then raise the
floor), never lower them. They are far from the goal (90% of slips found as errors, no false error), which
is the point of keeping them: they measure the checker on copy nobody here wrote.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from blind import score  # noqa: E402  (bench/ is not a package)

FLOORS = {
    # set: (planted slips found as errors at least, false errors at most)
    "set1": (35, 0),
    "set2": (42, 3),  # blind when first scored (16, 35); tuned on since
    "set3": (38, 0),  # blind when first scored (26, 18); tuned on since
    "set4": (36, 0),  # blind when first scored (18, 12); tuned on since
    "set5": (35, 0),  # blind when first scored (16, 28 on the code it was written against); tuned on since (in the
    # session of 6 December an accidental find went: a false 'rank' error that named the Whitby wire story's line)
    "set6": (36, 0),  # blind when first scored (15, 9: written after the code was final); tuned on since
    "set13": (33, 0),  # blind when first scored (21, 8; 20, 8 on its session's starting code); tuned on since
    "set14": (32, 0),  # never tuned on in its own session (18, 12 on its starting code; 19, 11 on its final); tuned on
    # since (in the session of 5 December (fourth) an accidental find went, a16's turnout 'found' from a subgroup's
    # 421 votes misread as everyone's, and a03 was found instead; in the session of 6 December (second) another:
    # a02's Brannock West share, 'found' by setting its votes against another entry's, once each entry's seat is read)
    "set15": (23, 0),  # blind when first scored (17, 23; 17, 26 on its session's starting code); its false errors
    # tuned on since, not its misses
    "set16": (33, 0),  # blind when first scored (25, 12, on the session's starting code and on its code of that hour); its
    # false errors tuned on since
    "set17": (30, 0),  # held out in the session of 5 December (second) (16, 11 on its starting code; 16, 10 on its
    # final); read and tuned on in the session of 5 December (third)
    "set18": (31, 0),  # blind when first scored (20, 16 on the starting code of 5 December (third)); tuned on since
    # (in the session of 6 December (fourth) an accidental find went: a49's table majority, 'found' by a false
    # 'majority-exceeds-votes' error on its line, now a warning of the two majorities it gives; a59's preferences
    # split, once a lucky warning, is now found by the new rule transfer-split). (set32, set33 and set34, written
    # blind in that session and never read, are in tests/blind with no floor: the next session reads them)
    "set18a": (32, 0),  # blind when first scored (24, 24 on the same starting code); tuned on since
    "set19": (31, 0),  # held out in the session of 5 December (third) (21, 15 on its starting code; 21, 12 on its
    # final); read and tuned on in the session of 5 December (fourth)
    # (32 until 7 December (third): a28's slip had been 'found' by setting 116 remaining seats, misread as
    # independents', against their six; two tallies that far apart are now never one figure told twice)
    "set20": (36, 1),  # blind when first scored (26, 35 on the starting code of 5 December (fourth)); tuned on since
    "set21": (27, 0),  # held out: written blind during the session of 5 December (fourth), scored on its starting
    # (24, 13) and final code (24, 14); read and tuned on in the session of 6 December
    "set22": (25, 0),  # held out likewise (the starting code stopped on it with an internal error: an open-ended total;
    # with that one guard, 19, 28; 19, 15 on the final code); read and tuned on in the session of 6 December
    "set23": (28, 2),  # written blind at the start of the session of 6 December, scored untouched (22, 26 on its
    # starting code), then read: its council round-up under HTML headings and explainer cases fixed
    "set24": (29, 0),  # held out: written blind in the session of 6 December, scored on its starting (26, 16) and
    # final code (25, 11); read and tuned on in the session of 6 December (second)
    "set25": (33, 0),  # held out likewise, written late in that session (21, 15 on its starting code; 23, 15 on its
    # final); read and tuned on in the session of 6 December (second)
    "set26": (28, 1),  # written blind at the start of the session of 6 December (second), scored untouched (23, 23 on
    # its starting code, and on the code of that hour), then read. (29 until 7 December (second): a18's slip, a
    # share, had been "found" through a majority set against the wrong runner-up; that reading is mended, and no
    # check recomputes a share from a list's counts with no total stated)
    "set27": (28, 0),  # held out: written blind during that session, never read, scored on its starting (20, 12) and
    # final code
    "set28": (30, 0),  # held out likewise, written later in that session (23, 30 on its starting code), never read
    # (set27 and set28 were read and their classes fixed in the session of 6 December (third): 25/0 and 29/0)
    "set31": (26, 0),  # written blind in the session of 6 December (third) for reading: 24, 7 on its starting code,
    # 23, 7 untouched; read and its classes fixed
    "set29": (28, 0),  # held out in the session of 6 December (third), never read there (18, 26 on its starting code;
    # 20, 24 on its final); read and its classes fixed in the session of 6 December (fourth)
    "set30": (28, 1),  # held out likewise (24, 20 on its starting code; 24, 19 on its final); read in the session of
    # 6 December (fourth): two false errors left (a state legislature round-up's chamber sizes, an analysis's
    # 'Measured against that' after two earlier majorities)
    "set32": (32, 1),  # held out in the session of 6 December (fourth), never read there (25, 4 on its starting code;
    # 26, 4 on its final); read in the session of 6 December (fifth)
    "set33": (25, 1),  # held out likewise (20, 54; 21, 55: copy from abroad); read in the session of 6 December (fifth)
    "set34": (29, 0),  # written late in that session after its changes, scored once (26, 24); read in the next
    "set35": (30, 2),  # held out at the start of the session of 6 December (fifth) (20, 26), read late in it and in the
    # next
    # (29 until 7 December (third): a30's slip had been 'found' through 120 members misread as Te Pati
    # Maori's seats against its six; now a warning that says why)
    "set36": (32, 1),  # held out likewise (23, 20 on its starting code; 25, 19 on its final); read in the session of
    # 6 December (sixth)
    "set37": (30, 2),  # written late in the session of 6 December (fifth), never read there (24, 18; 25, 18); a few of
    # its false errors read in the session of 6 December (sixth)
    "set38": (36, 1),  # written blind at the start of the session of 6 December (sixth), scored untouched (26, 12 on
    # its starting code; 26, 13 on the code of that hour), then read and its classes fixed
    "set39": (30, 3),  # written blind at the start of that session, held out (19, 7 on its starting code; 21, 5 after
    # set36's and set38's classes), then its list of failures read late and four of its classes fixed. (set40,
    # written blind mid-session and never read, is in tests/blind with no floor: the next session reads it)
    "set40": (30, 0),  # written blind mid-session in the session of 6 December (sixth), never read there (18, 21 on
    # its starting code; 18, 16 on its final); read in the session of 6 December (seventh)
    # (31 until 7 December (third): a42's slip had been 'found' by setting a county's two Conservative seats
    # against another article's 121; now a warning)
    "set41": (34, 0),  # written blind at the start of the session of 6 December (seventh), scored untouched (22, 14 on
    # its starting code; 22, 13 after set40's classes), then read and its classes fixed
    "set42": (27, 4),  # written blind at the start of that session and held out (25, 18 on its starting code; 25, 17 on
    # the code of its first commit), then its list of failures read late and some of its classes fixed
    "set43": (30, 0),  # written blind late in the session of 6 December (seventh), never read there (22, 14 on its
    # starting code; 26, 13 on its final); read in the session of 6 December (eighth)
    "set44": (26, 1),  # written blind at the start of the session of 6 December (eighth) and held out (18, 20 on its
    # starting code; 17, 19 on the code of that session's first commit), then read and its classes fixed. (set45,
    # written blind at the start of that session, and set46, written mid-session, both never read, are in tests/blind
    # with no floor: the next session reads them)
    "set45": (31, 1),  # written blind at the start of the session of 6 December (eighth), never read there (25, 36 on
    # its starting code; 25, 38 on its final); read in the session of 7 December
    "set46": (29, 1),  # written blind mid-session in the session of 6 December (eighth), never read there (27, 18; 28,
    # 16); read in the session of 7 December
    "set47": (30, 3),  # written blind at the start of the session of 7 December and held out (23, 22 on its starting
    # code; 25, 21 on the code of that session's first commit), then read and its classes fixed
    # (32 until 7 December (third): a12's and a49's slips had been 'found' by setting tallies of other bodies
    # against each other, 122 members against six seats and 72 Lib Dem MPs against an area's seven; now warnings)
    "set48": (20, 4),  # written blind mid-session on 7 December and never read there (18, 32 on its starting code; 20,
    # 25 on its final); read in the session of 7 December (second) (21 until 7 December (fourth): a42's swing slip had
    # been 'found' by an error at its line that read "polled 2,667 more votes than his party" as a margin)
    "set49": (30, 0),  # written blind at the start of the session of 7 December (second), held out until its first
    # commit (20, 20 on its starting code and on that commit), then read
    "set50": (33, 0),  # written blind mid-session on 7 December (second) and never read there (23, 14 on its starting
    # code and on its final); read in the session of 7 December (third) (32 there for an hour: a03's seat slip had been
    # 'found' by setting 72 MSPs together against the Greens' eight)
    "set51": (25, 5),  # written blind at the start of the session of 7 December (third), scored untouched (24, 36 on
    # its starting code and on the code of that hour), then read and its classes fixed
    "set52": (22, 0),  # written blind mid-session on 7 December (third), scored untouched (20, 39 on its starting code
    # and on the code of that hour), then its false errors read
    "set53": (26, 10),  # written blind late in the session of 7 December (third), scored untouched (24, 31 on its
    # starting code; 24, 29 on that session's second commit), then its false errors read
    "set54": (35, 0),  # written blind at the end of the session of 7 December (third) and never read there (29, 15 on
    # its starting code; 29, 14 on its final); scored untouched on the next session's starting code (29, 14), then read
    "set55": (21, 1),  # written blind at the start of the session of 7 December (fourth), scored untouched (21, 28 on
    # its starting code and on the code of that hour), then read and its classes fixed
    "set56": (30, 6),  # written blind mid-session on 7 December (fourth), scored untouched (29, 19 on its starting
    # code; 28, 19 on that session's first commit), then read and some of its classes fixed
    "set57": (31, 0),  # written blind at the end of the session of 7 December (fourth) and never read there (22, 24 on
    # its starting code; 22, 23 on its final); scored untouched on the next session's starting code (22, 23), then read
    "set58": (32, 0),  # written blind at the start of the session of 7 December (fifth), scored untouched (19, 9 on its
    # starting code; 20, 11 once set57's classes were in), then read and its classes fixed
    "set59": (27, 8),  # written blind mid-session on 7 December (fifth) and never read there (23, 26 on its starting
    # code and on its final); scored untouched on the next session's starting code (23, 26), then read
    "set60": (22, 1),  # written blind at the start of the session of 7 December (sixth), scored untouched (20, 17 on
    # its starting code; 19, 19 once set59's classes were in), then read and its classes fixed
    "set61": (24, 12),  # written blind mid-session on 7 December (sixth), scored untouched (24, 21 on its starting code
    # and on that session's second commit), then read and some of its classes fixed
    "set62": (29, 10),  # written blind late on 7 December (sixth), scored untouched (25, 22 on its starting code and
    # on that session's third commit), then read in its last hour
    "set63": (34, 2),  # written blind in the last hour of 7 December (sixth), never read there (26, 3 on that session's
    # starting code and on its final); scored untouched on the next session's starting code (26, 3), then read
    "set64": (30, 0),  # written blind at the start of the session of 7 December (seventh), scored untouched (23, 18 on
    # its starting code and on that session's first commit), then read and its classes fixed
    "set65": (25, 3),  # written blind mid-session on 7 December (seventh), scored untouched (21, 23 on its starting
    # code; 21, 22 on that session's second and third commits), then read and its classes fixed
    "set66": (20, 0),  # written blind late on 7 December (seventh), never read there (16, 20 on that session's starting
    # code; 17, 16 on its final); scored untouched on the next session's starting code (17, 16), then read
    "set67": (21, 0),  # written blind at the start of 7 December (eighth), scored untouched (19, 12 on its starting
    # code and on b0bd993; 19, 15 on a4f074f, whose cause was taken out), then read and its classes fixed
    "set68": (26, 2),  # written blind mid-session on 7 December (eighth), never read there (20, 26 on that session's
    # starting code; 20, 25 on its final); scored untouched on the next session's starting code (20, 25), then read
    "set70": (28, 2),  # written blind mid-session on 7 December (ninth), scored untouched (26, 9 on its starting code
    # and on 6edadd3), then read and its classes fixed
    "set69": (28, 5),  # written blind at the start of 7 December (ninth), never read there (22, 14 on that session's
    # starting and final code); scored untouched on the next session's start (22, 14), then read
    "set71": (24, 0),  # written blind in the last hour of 7 December (ninth), never read there (14, 11 on that
    # session's starting code; 15, 11 on its final); scored untouched on the next session's start (15, 11), then read
    "set72": (28, 0),  # written blind at the start of 7 December (tenth), scored untouched (24, 13 on its starting
    # code; 26, 13 on a3d1f1b), then read and its classes fixed
}
PLANTED = {"set15": 30}
"""Planted slips a set holds at least, where not 40 (the issue's floor): set15 was written as half traps, 30 slips
and 30 clean articles."""


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_blind_set_scores_at_least_as_well_as_when_it_was_added(name: str) -> None:
    s = score(ROOT / "tests" / "blind" / name)
    found, false = FLOORS[name]
    assert s.planted >= PLANTED.get(name, 40)  # the issue asks for at least 40 planted slips a set
    assert s.as_error >= found, "\n".join(s.misses)
    assert s.false_errors <= false, "\n".join(s.false)
