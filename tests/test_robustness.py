"""Hostile input: typed errors, clean empty results, spans that index the caller's string."""

import datetime
import time
import unicodedata

import pytest

from vnextract import Extractor, InputError, PublishedDateError, RuleError, RuleSet, extract
from vnextract import Extractor as _Extractor

normalise = _Extractor().normalise


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["a"]])
def test_non_str_is_a_typed_error(bad):
    with pytest.raises(InputError):
        extract(bad)


@pytest.mark.parametrize("pub", ["2020/12/30", "30-12-2020", "2020-13", "2020-02-30", "soon", 2020])
def test_bad_published_names_the_value(pub):
    with pytest.raises(PublishedDateError) as info:
        extract("tăng 5%", pub)
    assert str(pub) in str(info.value) or type(pub).__name__ in str(info.value)


def test_published_accepts_date_objects():
    assert extract("5 năm qua doanh thu đạt 5 tỷ đồng", datetime.date(2015, 4, 8))[0].period.from_ == "2011"


@pytest.mark.parametrize("text", ["", "   \n\t ", "\u00a0"])
def test_empty_gives_empty(text):
    assert extract(text) == []


ODD = [
    "\ud800 tăng 5% \udfff", "\x00\x01 đạt 10 tỷ đồng \x7f", "\u202e đạt 10 tỷ đồng \u202c",
    "😀 tăng 3,5% 🚀", "9" * 10000 + " tỷ đồng", "." * 100000, "1.2.3.4.5,6,7,8 %",
    "(((((" * 1000 + "5%" + ")))))" * 1000, "tăng " * 5000 + "5%",
]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_odd_strings_do_not_crash(text):
    for fact in extract(text):
        q = fact.quantity
        assert text[q.start:q.end] == q.text


def test_spans_index_original_after_normalisation():
    nfd = unicodedata.normalize("NFD", "Giá trị sản xuất đạt")
    text = f"Ðến hết năm 2014, {nfd} 155.697\u00a0tỷ đồng, tăng bình quân 10,5%/năm."
    facts = extract(text)
    assert [f.quantity.text for f in facts] == ["155.697\u00a0tỷ đồng", "10,5%/năm"]
    for f in facts:
        for span in (f.quantity, f.metric, f.period):
            assert text[span.start:span.end] == span.text
    assert facts[0].period.text.startswith("Ðến")
    assert facts[0].quantity.unit == "tỷ đồng"


def test_html_character_references_are_read_with_spans_intact():
    """Scraped text keeps "&nbsp;" or "&#8211;": read as the characters they stand for, the
    spans still index the caller's string, an unknown name and a bare "&" stay as written."""
    text = "Kim ngạch xuất khẩu giai đoạn 2019&#8211;2023 đạt 1.234,5 triệu&nbsp;USD, tăng 12,3%."
    facts = extract(text)
    assert [(f.quantity.text, f.quantity.canonical_unit) for f in facts] == [
        ("1.234,5 triệu&nbsp;USD", "USD"), ("12,3%", "percent")]
    assert facts[0].metric.text == "Kim ngạch xuất khẩu"
    assert (facts[0].period.text, facts[0].period.from_, facts[0].period.to) == ("giai đoạn 2019&#8211;2023", "2019", "2023")
    for f in facts:
        for span in (f.quantity, f.metric, f.period):
            assert text[span.start:span.end] == span.text
    n = normalise("S&amp;P &abc; a&b; &#x2013;")
    assert n.text == "S&P &abc; a&b; -"
    assert [n.span(i, i + 1)[0] for i in range(len(n.text))] == sorted(n.span(i, i + 1)[0] for i in range(len(n.text)))


def test_normalise_map_is_monotone():
    text = "a\u0301b\u00d0\u200bc\u00a0d" + unicodedata.normalize("NFD", "ệ")
    n = normalise(text)
    assert n.text == "ábĐc dệ"
    starts = [n.span(i, i + 1)[0] for i in range(len(n.text))]
    assert starts == sorted(starts)


def _time(fn, text):
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t)
    return best


def _grows_under(limit, fn, small, big):
    """Whether t(big) < limit * t(small). A busy machine slows one measurement, a superlinear
    term slows every one: measured again, up to three times, before it counts as a failure.
    True, or the last (small, big) timings for the failure message."""
    for _ in range(3):
        t_small, t_big = _time(fn, small), _time(fn, big)
        if t_big < limit * max(t_small, 0.002):
            return True
    return (t_small, t_big)


ADVERSARIAL = {
    "digits-and-separators": "1.2,3." * 20000,
    "long-digit-run": "9" * 120000,
    "repeated-cue": "tăng " * 20000,
    "nested-parentheses": "(" * 60000 + ")" * 60000,
    "dots": "." * 120000,
    "units-without-numbers": "tỷ đồng " * 15000,
    # bare numbers, each looked at for a following "trong số" (once quadratic)
    "random-digits": "".join("0123456789.,"[(i * 7919 + i // 13) % 12] for i in range(120000)),
    "bare-number-shares": "5 trong 6 số 7 " * 3000,
    # numerals: every word a possible start, each read at most a bounded number of words ahead
    "number-words": "hai mươi mốt nghìn không trăm " * 4000,
    "year-or-five": "năm " * 30000,
    "compound-scales": "3 tỷ 200 triệu 5 " * 6000,
    "ambiguous-hundreds": "một trăm hai trăm ba " * 5000,
}


DENSE_ROWS = {
    "change": "tăng 12% ",
    "amount": "đạt 1.234 tỷ đồng, ",
    "table": "Huyện Đông Hưng: 1.234 ha, tăng 5,6%; ",
    "table-with-periods": "năm 2020 đạt 1.234 ha, tăng 5,6% so với cùng kỳ; ",
    "shares-in-asides": "Trong đó xã A có 12 hộ (chiếm 3%), ",
    "months-in-asides": "tháng 5/2024 (12%) ",
    "targets": "Đến năm 2025 tỷ lệ đạt 50%, ",
    "number-words": "có bốn mươi hai tỷ đồng, ",
    "ranges": "giá từ 8.000 đồng đến 9.500 đồng/kg; ",
    "compound-currency": "đạt US$ 3 tỷ 200 triệu, ",
}


DATED_ROWS = {
    # each bare quarter takes its sentence's written year: a look back at every earlier one was
    # quadratic (19 s for 800 rows)
    "bare-quarters": "quý I tăng 5%, ",
    "respective-periods": "tháng 9 và tháng 10 tăng lần lượt 1% và 2%, ",
    # "Trong năm," on every line looked back over every earlier period of the text (81x for 10x)
    "this-year-lines": "Trong năm, Sở thu hồi 9 giấy phép.\n",
}
# (name, row, publication date, rows in the small input): dated rows resolve relative periods
FACT_ROWS = ([(name, row, None, 300) for name, row in DENSE_ROWS.items()]
             + [(name, row, "2024-06-01", 200) for name, row in DATED_ROWS.items()])


@pytest.mark.parametrize("name,row,published,rows", FACT_ROWS, ids=[r[0] for r in FACT_ROWS])
def test_dense_facts_are_linear(name, row, published, rows):
    """Ten times the facts in one paragraph (a pasted table) costs under fifteen times the time."""
    ex = Extractor()
    small, big = row * rows, row * (10 * rows)
    run = lambda text: ex.extract(text, published)  # noqa: E731
    n_small, n_big = len(run(small)), len(run(big))
    assert n_big >= 10 * n_small > 0, (name, n_small, n_big)  # the rows really are facts
    assert _grows_under(15, run, small, big) is True, name


@pytest.mark.parametrize("name", DENSE_ROWS)
def test_dense_quantities_are_linear(name):
    """The quantity stage alone, where a look-up that runs to the end of the text shows first
    (a range's joining word "và" once was: 35 times the time for 10 times the rows)."""
    from vnextract._stages.quantities import find_quantities

    rules = RuleSet.default()
    small, big = (normalise(DENSE_ROWS[name] * n).text for n in (150, 1500))
    assert len(find_quantities(big, rules)) >= 10 * len(find_quantities(small, rules)) > 0
    assert _grows_under(15, lambda text: find_quantities(text, rules), small, big) is True, name


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_adversarial_input_is_linear(name):
    """Doubling an adversarial input must not much more than double the time."""
    ex = Extractor(segment_words=False)
    small = ADVERSARIAL[name][: len(ADVERSARIAL[name]) // 4]
    big = ADVERSARIAL[name]
    assert _grows_under(4 * 3, ex.extract, small, big) is True, name


def test_rule_errors_name_file_entry_and_reason(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[units.units]]\nname = "x"\nforms = ["x"]\ncanonical = "X"\nfactor = "big"\n', encoding="utf-8")
    with pytest.raises(RuleError) as info:
        RuleSet.default().extend(bad)
    assert "bad.toml" in str(info.value) and "units -> units -> 0 -> factor" in str(info.value)
    with pytest.raises(RuleError, match="bad regex"):
        RuleSet.default().extend({"periods": {"patterns": [{"name": "p", "pattern": "(", "resolve": "year"}]}})
    with pytest.raises(RuleError, match="duplicate name"):
        RuleSet.default().extend({"units": {"units": [
            {"name": "a", "forms": ["a"], "canonical": "A", "factor": 1},
            {"name": "a", "forms": ["b"], "canonical": "A", "factor": 1}]}})
    with pytest.raises(RuleError, match="unknown rule file"):
        RuleSet.default().extend({"unitz": {}})
    with pytest.raises(RuleError, match="cannot read"):
        (tmp_path / "broken.toml").write_text("[[", encoding="utf-8")
        RuleSet.default().extend(tmp_path / "broken.toml")


def test_extend_returns_new_set_and_works():
    base = RuleSet.default()
    assert extract("tăng 5 chiếc thuyền thúng")[0].quantity.canonical_unit == "count"
    ext = base.extend({"units": {"units": [
        {"name": "sải", "forms": ["sải"], "canonical": "m", "factor": 1.7}]}})
    assert ext is not base
    assert Extractor(rules=ext).extract("dài 10 sải")[0].quantity.value == pytest.approx(17)
    assert all(f.quantity.canonical_unit != "m" for f in Extractor().extract("dài 10 sải"))  # default untouched


def test_blocks_give_the_same_facts(monkeypatch):
    """Working through a long text in small blocks changes nothing (cuts fall between paragraphs)."""
    import vnextract._extractor as ext
    from conftest import GOLD, load_jsonl

    text = "\n\n".join(d["text"] for d in load_jsonl(GOLD / "extra.jsonl"))
    whole = [f.model_dump(mode="json") for f in Extractor().extract(text, "2024-12-31")]
    monkeypatch.setattr(ext, "BLOCK_CHARS", 3000)
    blocked = [f.model_dump(mode="json") for f in Extractor().extract(text, "2024-12-31")]
    assert blocked == whole and len(whole) > 300
    for f in blocked:
        assert text[f["quantity"]["start"]:f["quantity"]["end"]] == f["quantity"]["text"]


@pytest.mark.slow
def test_fifty_megabytes_with_bounded_memory():
    """A 50 MB string is worked through block by block: memory does not grow with the text."""
    import resource
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from _corpus import corpus

    unit = "\n\n".join(corpus(1_000_000))
    ex = Extractor(segment_words=False)
    per_mb = sum(1 for _ in ex.iter_extract(unit, "2024-12-31"))
    text = "\n\n".join([unit] * 50)
    del unit
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    count = 0
    last_end = -1
    for fact in ex.iter_extract(text, "2024-12-31"):
        assert fact.quantity.start > last_end - 1
        last_end = fact.quantity.start
        count += 1
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert len(text) > 50_000_000
    assert count >= 50 * per_mb - 50
    assert grown_mb < 400, f"peak memory grew by {grown_mb:.0f} MB"


# ------------------------------------------------------------------ old spellings (text.toml spellings)

def test_old_spellings_are_read_with_spans_intact():
    text = unicodedata.normalize("NFD", "Ðến hết quí III/2023, vốn đăng kí đạt 155.697\u00a0tỷ đồng; ") + \
        "Quí I/2024 doanh thu 5 tỷ đô la Mĩ."
    facts = extract(text)
    assert [(f.period.from_, f.period.to) for f in facts] == [(None, "2023-09"), ("2024-01", "2024-03")]
    assert facts[1].period.text == "Quí I/2024" and facts[1].quantity.canonical_unit == "USD"
    for f in facts:
        for span in (f.quantity, f.metric, f.period, f.sentence):
            assert text[span.start:span.end] == span.text


def test_respelling_keeps_case_length_and_other_words():
    n = normalise("QUÍ I, Quí II, quí III; Quinh, equip, quít")
    assert n.text == "QUÝ I, Quý II, quý III; Quinh, equip, quít"
    assert len(n.text) == len(n.original) and not n.break_at


def test_a_spelling_that_changes_length_fails_on_load():
    with pytest.raises(RuleError, match="same length"):
        RuleSet.default().extend({"text": {"spellings": {"values": {"qúi": "quý"[:2]}}}})
