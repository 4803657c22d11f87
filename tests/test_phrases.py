"""The matchers' phrases kept tokenized in the cache's folder (checker/extract/phrases.py), and rules read
without validating them again when the run validated the same files (checker/ruleset.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import checker.extract.phrases as phrases
from checker.extract.gazetteer import Gazetteer
from checker.extract.phrases import FILE, PhraseTokens, tokenizer_identity
from checker.extract.pipeline import build_pipeline, load_language
from checker.extract.tokens import CueTagger
from checker.ruleset import DEFAULT_RULES_DIR, RuleError, load_ruleset, rules_stamp
from checker.run.cache import OWN_FILES, PHRASES_NAME
from checker.run.seal import KEY_ENV, user_seal

ROOT = Path(__file__).resolve().parent.parent
COPY = ("Labour's Margaret Greenwood held Wirral West, and the Lib Dems took Sheffield Hallam; in Ynys Mon "
        "Plaid Cymru won. In the North East the SNP and Reform UK lost votes. The Senate and the House of "
        "Commons: Thanet South, Brighton Pavilion and St Albans. Turnout fell to 61%, a majority of 2,410.")


@pytest.fixture(autouse=True)
def key(monkeypatch):
    monkeypatch.setenv(KEY_ENV, "phrases-test-key")


@pytest.fixture(scope="module")
def base():
    return load_language()


def cache_folder(tmp_path: Path) -> Path:
    (tmp_path / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n", encoding="utf-8")
    return tmp_path


def matchers(ruleset, nlp, tokens: PhraseTokens | None) -> dict:
    """Every pattern of the gazetteer's and the cue tagger's matchers (as PhraseMatcher pickles them)."""
    g = Gazetteer(nlp, ruleset, phrases=tokens)
    c = CueTagger(nlp, ruleset.lexicon, tokens)
    out = {}
    for name in ("party_matcher", "local_matcher", "chamber_matcher", "place_matcher", "region_matcher"):
        out[name] = {k: sorted(v) for k, v in getattr(g, name).__reduce__()[1][1].items()}
    out["cues"] = {k: sorted(v) for k, v in c.matcher.__reduce__()[1][1].items()}
    return out


def found(ruleset, nlp, tokens: PhraseTokens | None) -> list:
    g = Gazetteer(nlp, ruleset, phrases=tokens)
    c = CueTagger(nlp, ruleset.lexicon, tokens)
    doc = nlp.make_doc(COPY)
    return [(m.vocab.strings[i], a, b) for m in (g.party_matcher, g.place_matcher, g.region_matcher,
                                                 g.chamber_matcher, c.matcher) for i, a, b in m(doc)]


def test_kept_phrases_give_the_very_matchers_tokenizing_gives(tmp_path, ruleset, base):
    folder = cache_folder(tmp_path)
    fresh = matchers(ruleset, load_language(), None)
    first = PhraseTokens(base, folder)
    assert matchers(ruleset, base, first) == fresh
    first.save()
    assert first.missed > 1000 and (folder / FILE).is_file()
    nlp = load_language()
    kept = PhraseTokens(nlp, folder)
    assert len(kept.kept) == len(first.used)
    assert matchers(ruleset, nlp, kept) == fresh
    assert kept.missed == 0, "every phrase came from the file"
    assert found(ruleset, nlp, kept) == found(ruleset, load_language(), None)
    assert len(found(ruleset, nlp, kept)) > 10


def test_a_kept_phrase_gives_both_its_hashes(tmp_path, ruleset, base):
    """ORTH is the token's text, LOWER the vocabulary's lowering of it, as for a new lexeme."""
    folder = cache_folder(tmp_path)
    tokens = PhraseTokens(base, folder)
    tokens.patterns(["St. Helens North", "LABOUR"], "ORTH")
    tokens.save()
    kept = PhraseTokens(load_language(), folder)
    for attr in ("ORTH", "LOWER"):
        got = kept.patterns(["St. Helens North", "LABOUR"], attr)
        doc = [d for d in PhraseTokens(load_language()).patterns(["St. Helens North", "LABOUR"], attr)]
        attr_id = {"ORTH": 65, "LOWER": 66}[attr]
        assert got == [[t.lex.orth if attr_id == 65 else t.lex.lower for t in d] for d in doc]


def written(folder: Path, change) -> None:
    """Rewrite the kept file's JSON with `change`, sealed with this user's key again."""
    seal, _ = user_seal()
    raw = (folder / FILE).read_bytes()
    data = json.loads(raw[16:])
    change(data)
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    (folder / FILE).write_bytes(seal.close(phrases._context(data["tokenizer"]), body))


def filled(tmp_path: Path, ruleset, base) -> Path:
    folder = cache_folder(tmp_path)
    tokens = PhraseTokens(base, folder)
    matchers(ruleset, base, tokens)
    tokens.save()
    assert PhraseTokens(load_language(), folder).kept
    return folder


def test_a_file_not_sealed_with_this_users_key_is_ignored(tmp_path, ruleset, base, monkeypatch):
    folder = filled(tmp_path, ruleset, base)
    monkeypatch.setenv(KEY_ENV, "someone-else")
    assert PhraseTokens(load_language(), folder).kept == {}
    monkeypatch.setenv(KEY_ENV, "phrases-test-key")
    raw = bytearray((folder / FILE).read_bytes())
    raw[-3] ^= 1  # one bit of the JSON changed, the seal left as it was
    (folder / FILE).write_bytes(bytes(raw))
    assert PhraseTokens(load_language(), folder).kept == {}


def test_tokens_that_do_not_give_back_their_phrase_are_not_trusted(tmp_path, ruleset, base):
    folder = filled(tmp_path, ruleset, base)

    def split_wrong(data):
        data["phrases"]["Sheffield Hallam"] = [["Sheffield", "Hallam"], "00"]  # "SheffieldHallam"

    written(folder, split_wrong)
    tokens = PhraseTokens(load_language(), folder)
    assert tokens.kept == {}, "the whole file is dropped, not only the bad phrase"
    nlp = load_language()
    assert matchers(ruleset, nlp, PhraseTokens(nlp, folder)) == matchers(ruleset, load_language(), None)


@pytest.mark.parametrize("change", [
    lambda d: d.update(tokenizer="0" * 64),
    lambda d: d.update(version=0),
    lambda d: d["phrases"].update({"Sheffield Hallam": ["Sheffield Hallam", "0"]}),
    lambda d: d["phrases"].update({"Sheffield Hallam": [["Sheffield", "Hallam"], "1x"]}),
    lambda d: d["phrases"].update({"Sheffield Hallam": [["Sheffield", 7], "10"]}),
], ids=["another tokenizer", "another version", "not a list", "bad spaces", "not text"])
def test_a_file_for_another_tokenizer_or_malformed_is_ignored(tmp_path, ruleset, base, change):
    folder = filled(tmp_path, ruleset, base)
    written(folder, change)
    assert PhraseTokens(load_language(), folder).kept == {}


def test_the_tokenizer_is_fingerprinted_by_what_splits_text(base):
    nlp = load_language()
    assert tokenizer_identity(nlp) == tokenizer_identity(base)
    nlp.tokenizer.add_special_case("Hallam", [{65: "Hal"}, {65: "lam"}])
    assert tokenizer_identity(nlp) != tokenizer_identity(base)
    other = load_language()
    other.tokenizer.infix_finditer = lambda text: iter(())  # not a compiled pattern's: nothing kept for it
    assert tokenizer_identity(other) is None
    assert PhraseTokens(other, "/nonexistent").patterns(["Sheffield Hallam"], "ORTH")[0].text == "Sheffield Hallam"


def test_a_new_special_case_is_not_read_from_a_file_kept_for_the_old_tokenizer(tmp_path, ruleset, base):
    folder = filled(tmp_path, ruleset, base)
    nlp = load_language()
    nlp.tokenizer.add_special_case("Hallam", [{65: "Hal"}, {65: "lam"}])
    tokens = PhraseTokens(nlp, folder)
    assert tokens.kept == {}
    assert [t.text for t in tokens.patterns(["Sheffield Hallam"], "LOWER")[0]] == ["Sheffield", "Hal", "lam"]


def test_nothing_is_written_where_the_cache_is_not(tmp_path, ruleset, base):
    tokens = PhraseTokens(base, tmp_path)  # no CACHEDIR.TAG: not a folder the claims cache made
    matchers(ruleset, base, tokens)
    tokens.save()
    assert list(tmp_path.iterdir()) == []
    none = PhraseTokens(base, None)
    matchers(ruleset, base, none)
    none.save()
    assert none.used == {} and list(tmp_path.iterdir()) == []


def test_the_file_is_one_of_the_caches_own():
    assert FILE == PHRASES_NAME and PHRASES_NAME in OWN_FILES


def test_a_build_with_the_cache_folder_keeps_and_reads_the_phrases(tmp_path):
    folder = cache_folder(tmp_path)
    build_pipeline(phrases=folder)
    assert (folder / FILE).is_file()
    before = (folder / FILE).read_bytes()
    nlp = build_pipeline(phrases=folder)
    assert (folder / FILE).read_bytes() == before, "nothing missed: not written again"
    plain = build_pipeline()
    assert [(m.name, m.start, m.end) for m in _mentions(nlp)] == [(m.name, m.start, m.end) for m in _mentions(plain)]


def _mentions(nlp):
    from checker.corpus import Document
    from checker.extract.pipeline import extract

    return list(extract(nlp, [Document.from_text("copy.txt", COPY)]))[0].mentions


# --- rules read without validating them again -------------------------------------------------------------

def test_rules_read_without_validating_are_the_same_rules():
    assert load_ruleset(validate=False) == load_ruleset()


def broken_rules(tmp_path: Path) -> Path:
    """The shipped rules, one of them naming a check type there is none of."""
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    path = sorted((rules / "checks").glob("*.toml"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('check = "', 'check = "no_such_', 1), encoding="utf-8")
    return rules


def test_a_build_validates_rules_unless_told_the_same_files_were(tmp_path):
    rules = broken_rules(tmp_path)
    with pytest.raises(RuleError, match="unknown check type"):
        load_ruleset(rules)
    stale = rules_stamp([DEFAULT_RULES_DIR])
    with pytest.raises(RuleError, match="unknown check type"):
        build_pipeline(rules, validated=stale)
    build_pipeline(rules, validated=rules_stamp([rules]))  # the caller validated these very files


def test_a_stamp_changes_with_any_rule_file(tmp_path):
    rules = broken_rules(tmp_path)
    stamp = rules_stamp([rules])
    (rules / "lexicon.toml").write_text((rules / "lexicon.toml").read_text(encoding="utf-8") + "\n",
                                        encoding="utf-8")
    assert rules_stamp([rules]) != stamp


def test_the_standbys_build_does_not_import_the_checks():
    """Given the stamp the run validated, the pipeline reads the rules without importing every check."""
    code = ("import sys\nfrom checker.run.parallel import PipelineArgs\nfrom checker.ruleset import rules_stamp, "
            "DEFAULT_RULES_DIR\nPipelineArgs(validated=rules_stamp([DEFAULT_RULES_DIR])).build()\n"
            "print('checker.checks' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "False"


def test_the_command_keeps_the_phrases_in_its_cache_and_nowhere_without_it(tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "a.txt").write_text(COPY, encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", KEY_ENV: "phrases-test-key"}
    run = [sys.executable, "-m", "checker", str(copy), "--format", "json", "--jobs", "1"]
    subprocess.run([*run, "--no-cache"], capture_output=True, cwd=tmp_path, env=env)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy"]
    subprocess.run([*run, "--cache-dir", str(tmp_path / "cache")], capture_output=True, cwd=tmp_path, env=env)
    assert (tmp_path / "cache" / FILE).is_file()
