"""The gold files: valid per the contract, spans index the text, compiled sources up to date."""

import subprocess
import sys
from pathlib import Path

import pytest

from vnextract import Document

from conftest import GOLD, ROOT, load_jsonl

GOLD_FILES = sorted(GOLD.glob("*.jsonl"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_spans_and_fields(path):
    docs = load_jsonl(path)
    assert docs
    ids = [d["doc_id"] for d in docs]
    assert len(ids) == len(set(ids))
    for doc in docs:
        Document.model_validate(doc)
        text = doc["text"]
        for f in doc["facts"]:
            q = f["quantity"]
            assert text[q["start"]:q["end"]] == q["text"], (doc["doc_id"], q)
            m = f["metric"]
            assert text[m["start"]:m["end"]] == m["text"], (doc["doc_id"], m)
            p = f["period"]
            if p and p["text"] is not None:
                assert text[p["start"]:p["end"]] == p["text"], (doc["doc_id"], p)
            assert (f["direction"] is None) == (f["kind"] == "level")
            assert (q["number_max"] is None) == (q["value_max"] is None)


def test_gold_sets_present():
    names = {p.name for p in GOLD_FILES}
    assert {"seeds.jsonl", "extra.jsonl"} <= names
    assert len(load_jsonl(GOLD / "seeds.jsonl")) == 5
    assert len(load_jsonl(GOLD / "extra.jsonl")) >= 10


def test_compiled_gold_is_up_to_date():
    out = subprocess.run([sys.executable, str(GOLD / "build.py"), "--check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_seed_texts_are_byte_for_byte():
    docs = {d["doc_id"]: d["text"] for d in load_jsonl(GOLD / "seeds.jsonl")}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        assert docs[path.stem] == path.read_bytes().decode("utf-8")
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():  # CI and developers have the contract beside the repo
        for path in sorted(shared.glob("*.txt")):
            assert (ROOT / "seeds" / path.name).read_bytes() == path.read_bytes()
