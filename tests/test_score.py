"""Hand-computed scoring cases (ANNOTATION.md section 5)."""

import pytest

from vnextract import score
from vnextract._run.score import fold_metric, max_matching


def fact(start, end, value, unit="VND", metric="giá trị sản xuất", frm="2020", to="2020",
         value_max=None, kind="level", direction=None, status="actual", approx=None):
    period = None if frm is None and to is None else {"text": None, "start": None, "end": None, "from": frm, "to": to}
    return {"quantity": {"text": "x" * (end - start), "start": start, "end": end, "number": value,
                         "number_max": value_max, "unit": "u", "value": value, "value_max": value_max,
                         "canonical_unit": unit, "approx": approx},
            "metric": {"text": metric, "start": 0, "end": len(metric)} if metric else None,
            "period": period, "kind": kind, "direction": direction, "status": status}


def table(gold, pred):
    return score([{"doc_id": "d", "facts": gold}], {"d": pred}).table()


def test_perfect_match():
    g = [fact(0, 5, 10), fact(10, 15, 2.5, unit="percent")]
    t = table(g, g)
    for level in ("Q", "Q+M", "Q+P", "Triple"):
        assert t[level] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "matches": 2}


def test_overlap_is_enough_but_disjoint_is_not():
    g = [fact(10, 20, 5)]
    assert table(g, [fact(19, 25, 5)])["Q"]["matches"] == 1
    assert table(g, [fact(20, 25, 5)])["Q"]["matches"] == 0


def test_unit_and_value_must_agree():
    g = [fact(0, 5, 100)]
    assert table(g, [fact(0, 5, 100, unit="USD")])["Q"]["matches"] == 0
    assert table(g, [fact(0, 5, 100.00001)])["Q"]["matches"] == 1  # within 1e-6 relative
    assert table(g, [fact(0, 5, 100.001)])["Q"]["matches"] == 0


def test_ranges_compare_value_max():
    g = [fact(0, 5, 10, value_max=15)]
    assert table(g, [fact(0, 5, 10, value_max=15)])["Q"]["matches"] == 1
    assert table(g, [fact(0, 5, 10)])["Q"]["matches"] == 0
    assert table(g, [fact(0, 5, 10, value_max=16)])["Q"]["matches"] == 0


def test_one_to_one_maximum_matching():
    # two predictions overlap the first gold; only a maximum matching pairs both gold facts
    g = [fact(0, 10, 5), fact(8, 20, 5)]
    p = [fact(5, 9, 5), fact(0, 3, 5)]
    t = table(g, p)
    assert t["Q"]["matches"] == 2
    # three predictions, one gold: one pair, precision 1/3
    t = table([fact(0, 10, 5)], [fact(0, 10, 5), fact(1, 9, 5), fact(2, 8, 5)])
    assert t["Q"] == {"precision": round(1 / 3, 4), "recall": 1.0, "f1": 0.5, "matches": 1}


def test_metric_threshold_85():
    # fuzz.ratio("abcdefghij", "abcdefghxy") = 80 ; ("abcdefghijklmnopqrst", "abcdefghijklmnopqrsx") = 95
    g = [fact(0, 5, 1, metric="abcdefghij")]
    assert table(g, [fact(0, 5, 1, metric="abcdefghxy")])["Q+M"]["matches"] == 0
    g = [fact(0, 5, 1, metric="abcdefghijklmnopqrst")]
    assert table(g, [fact(0, 5, 1, metric="abcdefghijklmnopqrsx")])["Q+M"]["matches"] == 1


def test_metric_folding():
    assert fold_metric("Ðảng  bộ, (Sở)") == "đảng bộ sở"
    g = [fact(0, 5, 1, metric="Kim ngạch xuất, nhập khẩu")]
    assert table(g, [fact(0, 5, 1, metric="kim ngạch xuất nhập khẩu")])["Q+M"]["matches"] == 1


def test_null_periods_equal():
    g = [fact(0, 5, 1, frm=None, to=None)]
    assert table(g, [fact(0, 5, 1, frm=None, to=None)])["Q+P"]["matches"] == 1
    assert table(g, [fact(0, 5, 1)])["Q+P"]["matches"] == 0
    g = [fact(0, 5, 1, frm=None, to="2014")]
    assert table(g, [fact(0, 5, 1, frm=None, to="2014")])["Triple"]["matches"] == 1


def test_attribute_accuracy_over_pairs():
    g = [fact(0, 5, 1, kind="change", direction="up"), fact(10, 15, 2)]
    p = [fact(0, 5, 1, kind="change", direction="down"), fact(10, 15, 2, approx="over")]
    t = table(g, p)
    assert t["attributes"] == {"kind": 1.0, "direction": 0.5, "status": 1.0, "approx": 0.5}


def test_micro_average_over_documents():
    docs = [{"doc_id": "a", "facts": [fact(0, 5, 1)]}, {"doc_id": "b", "facts": [fact(0, 5, 1), fact(9, 12, 3)]}]
    pred = {"a": [fact(0, 5, 1)], "b": [fact(0, 5, 1), fact(20, 22, 4)]}
    t = score(docs, pred).table()
    assert t["Q"]["matches"] == 2 and t["Q"]["precision"] == round(2 / 3, 4) and t["Q"]["recall"] == round(2 / 3, 4)


def test_max_matching_small():
    assert sorted(max_matching(3, 3, [[0, 1], [0], [1, 2]])) == [(0, 1), (1, 0), (2, 2)]


def test_empty():
    t = table([], [])
    assert t["Q"]["f1"] == 0.0 and t["predicted"] == 0


def test_error_families_name_where_the_points_are():
    from vnextract._run.score import metric_family, period_family

    def fact(metric, m_start, period=None, p_start=None):
        return {"metric": {"text": metric, "start": m_start, "end": m_start + len(metric)},
                "period": period and {"from": period[0], "to": period[1], "start": p_start,
                                      "end": None if p_start is None else p_start + 5}}

    gold = fact("tổng vốn đăng ký", 10, ("2024", "2024"), 0)
    assert metric_family(fact("vốn đăng ký", 15), gold) == "metric fragment"
    assert metric_family(fact("tổng vốn đăng ký của tỉnh", 10), gold) == "metric boundary"
    assert metric_family(fact("lao động", 40), gold) == "metric wrong phrase"
    assert metric_family({"metric": None}, gold) == "metric missing"
    assert period_family(fact("x", 0), gold) == "period missing"
    assert period_family(gold, fact("x", 0)) == "period spurious"
    assert period_family(fact("x", 0, ("2023", "2023"), 0), gold) == "period wrong form"
    assert period_family(fact("x", 0, ("2023", "2023"), 50), gold) == "period wrong scope"


def test_eval_prints_families(capsys):
    from vnextract._run.cli import main
    from conftest import GOLD

    assert main(["eval", str(GOLD / "extra.jsonl"), "--json"]) == 0
    import json
    table = json.loads(capsys.readouterr().out)
    assert set(table["families"]) <= {"metric fragment", "metric boundary", "metric wrong phrase", "metric missing",
                                      "period missing", "period spurious", "period wrong form",
                                      "period wrong scope", "quantity missed", "quantity spurious"}
    assert sum(table["families"].values()) > 0


def test_period_places_say_which_way_a_scope_went():
    """Each period error counts where the gold period and the predicted one stand; the places of
    an invented text, one per kind, and their count in the score."""
    from vnextract._run.score import period_place, score

    text = "Năm 2023, thu đạt 5 tỷ đồng.\nTháng 5, chi đạt 2 tỷ đồng. Thu đạt 3 tỷ đồng trong tháng 5. Quý II khác."
    q = text.index("3 tỷ đồng")
    qty = {"text": "3 tỷ đồng", "start": q, "end": q + 9, "value": 3e9, "canonical_unit": "VND"}

    def at(words, dates=("2024-05", "2024-05")):
        i = text.index(words)
        return {"quantity": qty, "metric": None,
                "period": {"text": words, "start": i, "end": i + len(words), "from": dates[0], "to": dates[1]}}

    assert period_place(text, q, q + 9, at("trong tháng 5")) == "same sentence"
    assert period_place(text, q, q + 9, at("Tháng 5")) == "earlier sentence"
    assert period_place(text, q, q + 9, at("Năm 2023")) == "earlier paragraph"
    assert period_place(text, q, q + 9, at("Quý II")) == "later text"
    assert period_place(text, q, q + 9, {"period": {"from": "2024", "to": "2024", "start": None}}) == "publication date"
    assert period_place(text, q, q + 9, {"period": None}) == "none"
    gold = {"doc_id": "d", "text": text, "facts": [at("Tháng 5")]}
    table = score([gold], {"d": [at("Năm 2023", ("2023", "2023"))]}).table()
    assert table["period_places"] == {"gold earlier sentence, predicted earlier paragraph": 1}
    assert table["families"] == {"period wrong scope": 1}
