"""A user's own TOML rule file works without editing Python.

The file names the rule files it adds to (``[periods]``, ``[numbers]``, ...)
and is passed to ``RuleSet.default().extend(...)``: word rules grow, named
entries are added (or replace their namesakes), and a rule that cannot work
fails on load, naming the file, the entry and the reason.
"""

from __future__ import annotations

import pytest

import vnextract
from vnextract import RuleError, RuleSet

# A period rule of the user's own: the first half of a year. The year is a named group, so the
# year written is the one read (without it, the "months" resolver takes the report's year).
FIRST_HALF = """\
[[periods.patterns]]
name = "nua-dau-nam-cua-toi"
pattern = 'nửa đầu năm (?P<y>{Y})'
resolve = "months"
params = { from_month = 1, to_month = 6 }
"""

# "từ 10 cho đến 15 tỷ đồng": one more word between the two ends of a range (numbers.toml `range_words`)
CHO_DEN = """\
[numbers]
range_words = ["cho đến"]
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _period(fact):
    return (fact.period.from_, fact.period.to) if fact.period is not None else None


def test_a_user_period_rule_reads_its_period(tmp_path):
    rules = RuleSet.default().extend(_write(tmp_path, "nua_dau_nam.toml", FIRST_HALF))
    facts = vnextract.Extractor(rules=rules).extract("Nửa đầu năm 2024, xuất khẩu đạt 2 tỷ USD.")
    assert [f.quantity.text for f in facts] == ["2 tỷ USD"]
    assert _period(facts[0]) == ("2024-01", "2024-06")
    assert "nua-dau-nam-cua-toi" in facts[0].evidence["period"]  # the user's rule read it


def test_the_user_rule_alone_reads_it(tmp_path):
    """With the shipped "first-half" pattern taken out, the user's file is what reads the half-year."""
    text = "Nửa đầu năm 2024, xuất khẩu đạt 2 tỷ USD."
    bare = RuleSet.default().without(("periods", "patterns", "first-half"))
    assert _period(vnextract.Extractor(rules=bare).extract(text)[0]) == ("2024", "2024")  # "năm 2024" only
    rules = bare.extend(_write(tmp_path, "nua_dau_nam.toml", FIRST_HALF))
    assert _period(vnextract.Extractor(rules=rules).extract(text)[0]) == ("2024-01", "2024-06")


def test_a_user_rule_as_a_dict():
    rules = RuleSet.default().extend({"periods": {"patterns": [{
        "name": "nua-dau-nam-cua-toi", "pattern": "nửa đầu năm (?P<y>{Y})", "resolve": "months",
        "params": {"from_month": 1, "to_month": 6}}]}})
    facts = vnextract.Extractor(rules=rules).extract("Nửa đầu năm 2024, xuất khẩu đạt 2 tỷ USD.")
    assert _period(facts[0]) == ("2024-01", "2024-06")


@pytest.mark.parametrize("entry,reason", [
    # no params: "months" cannot know which months
    ("resolve = \"months\"\n", "resolver 'months' needs param 'from_month'"),
    ("resolve = \"months\"\nparams = { from_month = 1 }\n", "resolver 'months' needs param 'to_month'"),
    # "first_months" counts the months in group n, which the pattern lacks
    ("resolve = \"first_months\"\n", "resolver 'first_months' needs group n"),
    ("resolve = \"months\"\nparams = { from_month = 7, to_month = 6 }\n",
     "resolver 'months': months must lie in 1..12, first before last"),
])
def test_a_rule_that_cannot_work_fails_on_load(tmp_path, entry, reason):
    path = _write(tmp_path, "hong.toml", "[[periods.patterns]]\nname = \"nua-dau-nam-hong\"\n"
                                         "pattern = 'nửa đầu năm {Y}'\n" + entry)
    with pytest.raises(RuleError) as info:
        RuleSet.default().extend(path)
    message = str(info.value)
    assert str(path) in message  # the file
    assert "[periods -> patterns -> nua-dau-nam-hong]" in message  # the entry
    assert reason in message  # the reason


def test_a_dict_rule_that_cannot_work_fails_on_load():
    with pytest.raises(RuleError, match=r"<dict>: \[periods -> patterns -> x\] resolver 'months' needs param"):
        RuleSet.default().extend({"periods": {"patterns": [{"name": "x", "pattern": "nửa đầu năm {Y}",
                                                              "resolve": "months"}]}})


def test_a_user_range_word_joins_a_range(tmp_path):
    text = "Vốn đầu tư mỗi dự án từ 10 cho đến 15 tỷ đồng."
    without = vnextract.Extractor().extract(text)
    assert [(f.quantity.value, f.quantity.value_max) for f in without] == [(1.5e10, None)]  # "10" alone
    rules = RuleSet.default().extend(_write(tmp_path, "cho_den.toml", CHO_DEN))
    facts = vnextract.Extractor(rules=rules).extract(text)
    assert len(facts) == 1
    q = facts[0].quantity
    assert (q.text, q.value, q.value_max, q.canonical_unit) == ("10 cho đến 15 tỷ đồng", 1e10, 1.5e10, "VND")


def test_a_user_range_word_also_joins_period_spans(tmp_path):
    """Range words that are words also join the two ends of a period ({TO} in periods.toml)."""
    text = "Từ tháng 1 cho đến tháng 6/2024, xuất khẩu đạt 2 tỷ USD."
    assert _period(vnextract.Extractor().extract(text)[0]) != ("2024-01", "2024-06")
    rules = RuleSet.default().extend(_write(tmp_path, "cho_den.toml", CHO_DEN))
    assert _period(vnextract.Extractor(rules=rules).extract(text)[0]) == ("2024-01", "2024-06")


def test_a_param_stands_for_a_group_only_where_the_resolver_reads_it():
    # "last_months_of_year" takes n from the words ('6 tháng cuối năm') or, for 'quý cuối năm', as a param
    rules = RuleSet.default().extend({"periods": {"patterns": [{
        "name": "hai-thang-chot", "pattern": "hai tháng chót năm", "resolve": "last_months_of_year",
        "params": {"n": 2}}]}})
    facts = vnextract.Extractor(rules=rules).extract("Hai tháng chót năm, thu ngân sách đạt 900 tỷ đồng.",
                                                     published="2024-12-20")
    assert _period(facts[0]) == ("2024-11", "2024-12")
    with pytest.raises(RuleError, match="resolver 'first_months' needs group n"):  # it reads n from the text only
        RuleSet.default().extend({"periods": {"patterns": [{
            "name": "x", "pattern": "mấy tháng đầu năm", "resolve": "first_months", "params": {"n": 2}}]}})
