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
    "holdout.jsonl": {"Q": 0.98, "Q+M": 0.85, "Q+P": 0.96, "Triple": 0.84,
                      "kind": 0.97, "direction": 0.97, "status": 0.97, "approx": 0.97},
    "holdout2.jsonl": {"Q": 0.98, "Q+M": 0.88, "Q+P": 0.95, "Triple": 0.86,
                       "kind": 0.97, "direction": 0.97, "status": 0.97, "approx": 0.97},
    "holdout3.jsonl": {"Q": 0.98, "Q+M": 0.78, "Q+P": 0.93, "Triple": 0.76,
                       "kind": 0.97, "direction": 0.97, "status": 0.97, "approx": 0.97},
}


@pytest.mark.parametrize("name", FLOORS)
def test_eval_floor(name, capsys):
    assert main(["eval", str(GOLD / name), "--json"]) == 0
    table = json.loads(capsys.readouterr().out)
    for key, floor in FLOORS[name].items():
        got = table[key]["f1"] if key in table else table["attributes"][key]
        assert got >= floor, f"{name} {key}: {got} < {floor}"
