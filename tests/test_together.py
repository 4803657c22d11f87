"""`combined-seats`: the seats several parties hold together, against each party's own total in the copy."""

from __future__ import annotations

from checker.model import Kind, Severity


def errors(report, rule="combined-seats"):
    return [f for f in report.findings if f.severity == Severity.ERROR and f.rule == rule]


def test_the_parties_a_sentence_names_before_the_figure_are_its_sides(claims_of):
    (c,) = [c for c in claims_of("National, ACT and NZ First together hold 68 seats in the 123-seat Parliament.")
            if c.kind == Kind.COMBINED_SEATS]
    assert c.value == 68 and c.subject is None and len(c.sides) == 3 and "ACT" in c.sides


def test_together_they_after_a_sentence_naming_two_parties_adds_their_seats(check_texts):
    text = ("Coalition deal in Ashcombe\n\nThe Liberal Democrats finished with 19 seats and the Greens with"
            " eight on the 60-seat council.\n\nTogether they will command 29 seats, leaving the Conservatives'"
            " 24 in opposition.")
    (e,) = errors(check_texts({"ashcombe.txt": text}))
    assert e.expected == 27 and e.location.line == 5
    assert errors(check_texts({"ashcombe.txt": text.replace("29 seats", "27 seats")})) == []


def test_seats_between_them_in_one_sentence(check_texts):
    text = ("Labour won 41 seats and Plaid Cymru 15 in the 96-seat Senedd, so the two parties have 58 seats"
            " between them, enough to pass a budget.")
    (e,) = errors(check_texts({"senedd.txt": text}))
    assert e.expected == 56


def test_others_counted_in_or_a_party_with_no_total_are_not_added(check_texts):
    texts = {
        "a.txt": ("The Greens won 14 seats and Labour 12. With the backing of two independents, the two parties"
                  " together hold 28 seats."),
        "b.txt": "Labour won 30 seats. Labour and the SNP together hold 55 seats in the chamber.",
        "c.txt": ("In 2019 the Conservatives won 20 seats and the Lib Dems 9. This time Labour took 25 and the"
                  " Greens 6. The Conservatives and Lib Dems together held 29 seats in 2019."),
    }
    assert errors(check_texts(texts)) == []


def test_a_round_up_of_two_councils_never_adds_another_councils_figures(check_texts):
    text = ("Round-up\n\nIn Redcastle, Labour won 22 seats and the Greens 9; together they hold 31 of the 50.\n\n"
            "In Thornbury, Labour won 12 and the Greens 4, and the two parties have 16 between them.")
    assert errors(check_texts({"roundup.txt": text})) == []


def test_the_claims_json_names_the_sides(tmp_path):
    import json
    import subprocess
    import sys
    (tmp_path / "a.txt").write_text("Labour won 41 seats and Plaid Cymru 15, so the two parties have 56 seats between"
                                    " them.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "checker", str(tmp_path), "--claims", "--format", "json",
                          "--no-cache"], capture_output=True, text=True, check=True).stdout
    (c,) = [c for d in json.loads(out)["documents"] for c in d["claims"] if c["kind"] == "combined_seats"]
    assert c["sides"] == ["Labour", "Plaid Cymru"] and c["value"] == 56
