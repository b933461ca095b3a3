"""Hypothesis properties: numbers round-trip, spans index the input, nothing crashes."""

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from vnextract import Extractor, RuleSet
from vnextract._stages.numbers import parse_number
from conftest import vn_number

EX = Extractor(segment_words=False)
normalise = EX.normalise
RULES = RuleSet.default()
UNITS = [(form, u) for u in RULES.units.units for form in u.forms if u.canonical != "times" and form != "đ"]
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999"), places=2,
                      allow_nan=False, allow_infinity=False)


@SETTINGS
@given(amounts)
def test_vietnamese_numbers_parse_back(value):
    text = vn_number(value)
    parsed = parse_number(text)
    if "," in text and len(text.split(",")[1]) == 3 and "." not in text:
        # "1,234" alone is ambiguous: a decimal comma, unless the thing counted cannot be fractional
        assert parsed == value
        assert parse_number(text, integer_only=True) == value * 1000
    else:
        assert parsed == value


@SETTINGS
@given(amounts, st.sampled_from(UNITS))
def test_number_with_any_unit_round_trips(value, unit):
    form, rule = unit
    if rule.fractional:  # "13,6 năm": a unit only after a number with a decimal part
        assume(value != value.to_integral_value())
    written = vn_number(value)
    text = f"Sản lượng đạt {written} {form} trong năm."
    facts = EX.extract(text)
    assert len(facts) == 1, (text, [f.quantity.text for f in facts])
    q = facts[0].quantity
    assert q.canonical_unit == rule.canonical
    assert q.value == pytest.approx(float(value) * rule.factor, rel=1e-9)
    assert text[q.start:q.end] == q.text


odd_chars = st.sampled_from(list("0123456789.,%/-–() \u00a0\u00d0\u0301\u200b\nđĐtăngiảmtỷđồngUSDhanăm:;"))


@SETTINGS
@given(st.text(alphabet=odd_chars, max_size=200))
def test_spans_index_input_on_dense_text(text):
    for fact in EX.extract(text):
        for span in (fact.quantity, fact.metric, fact.period):
            if span is not None and span.text is not None:
                assert text[span.start:span.end] == span.text


@SETTINGS
@given(st.text(max_size=300))
def test_any_text_no_crash(text):
    for fact in EX.extract(text):
        assert text[fact.quantity.start:fact.quantity.end] == fact.quantity.text


@SETTINGS
@given(st.text(max_size=200))
def test_normalise_map_covers_input(text):
    n = normalise(text)
    s, e = n.span(0, len(n.text))
    assert 0 <= s <= e <= len(text)


SUBJECTS = ["Kim ngạch xuất khẩu", "Giá trị sản xuất công nghiệp", "Tổng mức bán lẻ hàng hóa",
            "Thu ngân sách nhà nước", "Dư nợ tín dụng", "Sản lượng lúa"]
VERBS = ["đạt", "ước đạt", "ước tính đạt", "là"]
PERIODS = ["Năm 2023", "Quý I/2024", "9 tháng năm 2023", "Tháng 10/2023", "Giai đoạn 2016 - 2020"]
UNIT_WORDS = ["tỷ đồng", "triệu USD", "nghìn tấn", "ha", "triệu đồng"]


@SETTINGS
@given(st.sampled_from(PERIODS), st.sampled_from(SUBJECTS), st.sampled_from(VERBS), amounts,
       st.sampled_from(UNIT_WORDS), st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1),
       st.sampled_from(["tăng", "giảm"]))
def test_generated_statistical_sentences(period, subject, verb, value, unit, pct, change):
    text = f"{period}, {subject.lower()} {verb} {vn_number(value)} {unit}, {change} {vn_number(pct)}% so với cùng kỳ."
    facts = EX.extract(text, "2024-12-31")
    assert len(facts) == 2, (text, [f.quantity.text for f in facts])
    level, delta = facts
    assert level.kind == "level" and delta.kind == "change"
    assert delta.direction == ("up" if change == "tăng" else "down")
    assert level.metric.text == subject.lower() and delta.metric.text == subject.lower()
    assert level.period is not None and level.period.text == period
    assert level.status == ("estimate" if verb.startswith("ước") else "actual")
    assert delta.quantity.value == pytest.approx(float(pct))
    for f in facts:
        for span in (f.quantity, f.metric, f.period):
            assert text[span.start:span.end] == span.text


# the word lists' alternations are written as trees of shared beginnings (a speed-up): they
# must match exactly where, and exactly what, the plain longest-first alternation matches,
# also when what follows makes the engine backtrack into them
_LETTERS = "aAbBăĂtT"
_FORMS = st.lists(st.lists(st.text(st.sampled_from(list(_LETTERS)), min_size=1, max_size=3), min_size=1, max_size=3)
                  .map(lambda words: " ".join(words)), min_size=1, max_size=8)
_NAMES = st.lists(st.lists(st.text(st.sampled_from(list(_LETTERS + " ")), min_size=1, max_size=4)
                           .filter(str.strip), min_size=1, max_size=3).map(", ".join), min_size=1, max_size=6)
_TEXT = st.text(st.sampled_from(list(_LETTERS + "  ,;")), max_size=40)


def _same_matches(fast: str, slow: str, text: str, flags) -> None:
    import regex
    for tail in ("", r"\s+b", "t", r"(?![\p{L}\p{M}\d])"):
        a, b = regex.compile(fast + tail, flags), regex.compile(slow + tail, flags)
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        for pos in range(len(text)):
            x, y = a.match(text, pos), b.match(text, pos)
            assert (x and x.span()) == (y and y.span())


@SETTINGS
@given(_FORMS, _TEXT)
def test_shared_beginnings_match_as_the_plain_alternation(forms, text):
    from vnextract._rules.patterns import FLAGS, choices, form_regex
    plain = "(?:" + "|".join(form_regex(f) for f in sorted(set(forms), key=lambda f: (-len(f), f))) + ")"
    _same_matches(choices(forms), plain, text, FLAGS)
    _same_matches(choices(forms), plain, text, 0)  # case-sensitive
    _same_matches(choices(forms, ignore_case=True), plain, text, FLAGS)


@SETTINGS
@given(_FORMS, _TEXT, st.booleans())
def test_word_list_alternation_matches_as_the_plain_one(forms, text, left):
    from vnextract._rules.patterns import FLAGS, LEFT, RIGHT, alternation, first_letters, form_regex
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    plain = (first_letters(set(forms)) + (LEFT if left else "") + "(?:" + "|".join(map(form_regex, ordered)) + ")"
             + RIGHT)
    _same_matches(alternation(forms, left=left), plain, text, FLAGS)


@SETTINGS
@given(_NAMES, _TEXT)
def test_shared_beginnings_of_names_match_as_the_plain_alternation(names, text):
    from vnextract._rules.patterns import FLAGS, LEFT, RIGHT, first_letters, name_pattern, names_alternation
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    plain = first_letters(set(names)) + LEFT + "(?:" + "|".join(name_pattern(n) for n in ordered) + ")" + RIGHT
    _same_matches(names_alternation(names), plain, text, FLAGS)
