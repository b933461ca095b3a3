"""Accuracy regression: `vnextract eval` on the gold sets must not fall below these floors.

The floors sit a little under the figures measured when they were last raised
(see the README's evaluation table); raise them as the extractor improves.
"""

import json

import pytest

from vnextract._run.cli import main

from conftest import GOLD

FLOORS = {
    "seeds.jsonl": {"Q": 0.98, "Q+M": 0.95, "Q+P": 0.97, "Triple": 0.95,
                    "kind": 0.97, "direction": 0.97, "status": 0.97, "approx": 0.97},
    # issue 4 asks Triple >= 0.85 on the additional documents
    "extra.jsonl": {"Q": 0.98, "Q+M": 0.91, "Q+P": 0.97, "Triple": 0.90,
                    "kind": 0.97, "direction": 0.97, "status": 0.98, "approx": 0.98},
    # the held-out sets were scored once before any rule was changed for them
    # (README: first look); these floors guard what was learnt from them since
    "holdout.jsonl": {"Q": 0.98, "Q+M": 0.93, "Q+P": 0.97, "Triple": 0.93,
                      "kind": 0.97, "direction": 0.97, "status": 0.97, "approx": 0.97},
    "holdout2.jsonl": {"Q": 0.98, "Q+M": 0.90, "Q+P": 0.97, "Triple": 0.89,
                       "kind": 0.97, "direction": 0.97, "status": 0.97, "approx": 0.97},
    "holdout3.jsonl": {"Q": 0.98, "Q+M": 0.95, "Q+P": 0.94, "Triple": 0.92,
                       "kind": 0.97, "direction": 0.97, "status": 0.97, "approx": 0.97},
    # the corpus's dev half (studied) and the second dev set, written to model real reporting
    "corpus-dev.jsonl": {"Q": 0.97, "Q+M": 0.88, "Q+P": 0.94, "Triple": 0.86,
                         "kind": 0.96, "direction": 0.96, "status": 0.95, "approx": 0.98},
    "corpus2.jsonl": {"Q": 0.98, "Q+M": 0.85, "Q+P": 0.94, "Triple": 0.82,
                      "kind": 0.96, "direction": 0.96, "status": 0.94, "approx": 0.98},
    # the third dev set, first look 0.648 Triple (README), studied since
    "corpus3.jsonl": {"Q": 0.98, "Q+M": 0.85, "Q+P": 0.90, "Triple": 0.78,
                      "kind": 0.97, "direction": 0.97, "status": 0.95, "approx": 0.98},
    # the fourth and fifth dev sets (new topics), first looks 0.454 and 0.530 Triple (README)
    "corpus4.jsonl": {"Q": 0.97, "Q+M": 0.76, "Q+P": 0.86, "Triple": 0.70,
                      "kind": 0.95, "direction": 0.95, "status": 0.96, "approx": 0.98},
    "corpus5.jsonl": {"Q": 0.97, "Q+M": 0.76, "Q+P": 0.87, "Triple": 0.70,
                      "kind": 0.94, "direction": 0.94, "status": 0.90, "approx": 0.98},
    # the sixth set (new topics, first look 0.586 Triple; unstudied until corpus7 took its place)
    "corpus6.jsonl": {"Q": 0.96, "Q+M": 0.75, "Q+P": 0.85, "Triple": 0.68,
                      "kind": 0.97, "direction": 0.97, "status": 0.95, "approx": 0.98},
    # the seventh set (new topics, kept unstudied: first look 0.587 Triple, README)
    "corpus7.jsonl": {"Q": 0.97, "Q+M": 0.75, "Q+P": 0.755, "Triple": 0.585,
                      "kind": 0.975, "direction": 0.975, "status": 0.94, "approx": 0.98},
}


@pytest.mark.parametrize("name", FLOORS)
def test_eval_floor(name, capsys):
    assert main(["eval", str(GOLD / name), "--json"]) == 0
    table = json.loads(capsys.readouterr().out)
    for key, floor in FLOORS[name].items():
        got = table[key]["f1"] if key in table else table["attributes"][key]
        assert got >= floor, f"{name} {key}: {got} < {floor}"


# contract v2 on the v2 compilation of the studied corpus half: the property (Q+M), the subject
# (Q+S), all four (Quad) and the base type
V2_FLOORS = {"Q+M": 0.62, "Q+S": 0.65, "Quad": 0.45, "base_type_accuracy": 0.88}


def test_eval_floor_v2(capsys):
    assert main(["eval", str(GOLD / "v2" / "corpus-dev.jsonl"), "--json"]) == 0
    table = json.loads(capsys.readouterr().out)
    v2 = table["v2"]
    got = {"Q+M": table["Q+M"]["f1"], "Q+S": v2["Q+S"]["f1"], "Quad": v2["Quad"]["f1"],
           "base_type_accuracy": v2["base_type_accuracy"]}
    for key, floor in V2_FLOORS.items():
        assert got[key] >= floor, f"v2 corpus-dev {key}: {got[key]} < {floor}"
