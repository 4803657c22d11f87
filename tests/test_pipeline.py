"""How the pipeline's base Language is loaded: the quick way must give the very tokenizer spaCy's way gives."""

from __future__ import annotations

import gc

import spacy

import checker.extract.pipeline as pipeline
from checker.models import installed_model

COPY = ("Labour's Margaret Greenwood won Wirral West with 18,898votes, a majority of 417 over Esther McVey "
        "(Con). Turnout: 71.5%, up 1.2pts; the Lib Dems' share fell to 2.4% (-13.8). U.S.-style e-mail "
        "isn't news: Mr. O'Neill said 'it's 3-2' at 10.30pm on 8 May 2015 — see https://example.com/a?b=1.")


def spacy_way(name: str) -> spacy.language.Language:
    """What load_language did before it had a quick path: spaCy loads the model, then our infixes go in."""
    nlp = spacy.load(name, exclude=pipeline.STATISTICAL)
    nlp.tokenizer.infix_finditer = pipeline._infixes(nlp).finditer
    return nlp


def test_the_quick_tokenizer_is_spacys_byte_for_byte():
    name = installed_model()
    quick, slow = pipeline._tokenizer_only(name), spacy_way(name)
    assert quick is not None, "the installed model is laid out as `spacy package` makes it"
    assert quick.tokenizer.to_bytes(exclude=["vocab"]) == slow.tokenizer.to_bytes(exclude=["vocab"])
    assert quick.pipe_names == slow.pipe_names == []
    assert quick.vocab.lookups.tables == slow.vocab.lookups.tables
    assert len(quick.vocab.strings) == len(slow.vocab.strings)
    got = [(t.text, t.whitespace_, t.norm_, t.like_num, t.is_stop) for t in quick(COPY)]
    assert got == [(t.text, t.whitespace_, t.norm_, t.like_num, t.is_stop) for t in slow(COPY)]
    assert "18,898" in [t.text for t in quick(COPY)], "our infix splits digits from a following word"


def test_a_model_without_the_usual_layout_is_loaded_by_spacy(monkeypatch):
    """No meta.json where `spacy package` puts it (a model linked some other way): spacy.load does it."""
    name = installed_model()

    def missing(_name):
        raise OSError("not a package")

    monkeypatch.setattr(pipeline, "get_package_path", missing)
    assert pipeline._tokenizer_only(name) is None
    nlp = pipeline.load_language(name)
    assert [t.text for t in nlp(COPY)] == [t.text for t in spacy_way(name)(COPY)]


def test_a_model_with_its_own_kind_of_tokenizer_is_loaded_by_spacy(monkeypatch):
    """A newsroom model whose config names another tokenizer keeps it: only spaCy knows how to build it."""
    name = installed_model()
    real = pipeline.load_config

    def custom(path, *args, **kwargs):
        config = real(path, *args, **kwargs)
        config["nlp"]["tokenizer"] = {"@tokenizers": "newsroom.Tokenizer.v1"}
        return config

    monkeypatch.setattr(pipeline, "load_config", custom)
    assert pipeline._tokenizer_only(name) is None


def test_building_the_pipeline_leaves_the_collector_as_it_found_it():
    """srsly's msgpack reader, which loads the model's files, turns the collector on whatever it found:
    the command, which pauses it for its run (checker/cli.py), would pay for passes over every claim."""
    gc.disable()
    try:
        pipeline.build_pipeline()
        assert not gc.isenabled()
    finally:
        gc.enable()
    pipeline.build_pipeline()
    assert gc.isenabled()
