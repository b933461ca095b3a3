"""One reading of a document for both doors: the date line, `published`, and where it came from."""

import datetime
import json

import pytest

import vnextract
from vnextract import Extractor, PublishedDateError
from vnextract._run.cli import main

from conftest import GOLD, load_jsonl

# every gold set but the held-out corpus-test, whose errors are never read
SETS = ["seeds", "extra", "holdout", "holdout2", "holdout3", "corpus-dev", "corpus-relabel", "corpus-relabel2"]
GOLD_DOCS = [d for s in SETS for d in load_jsonl(GOLD / f"{s}.jsonl")]


def _doc(doc_id):
    return next(d for d in GOLD_DOCS if d["doc_id"] == doc_id)


def test_date_line_never_contradicts_gold(extractor):
    """Where the reader finds a date line, it is the date the annotators gave (GUIDELINES:
    the article's own date, not the crawl stamp); where gold has no date, it finds none."""
    found = 0
    for doc in GOLD_DOCS:
        got = extractor.published_in(doc["text"])
        if got is not None:
            assert got == doc["published"], doc["doc_id"]
            found += 1
        elif doc["published"] is None:
            assert got is None
    assert found >= 35


@pytest.mark.parametrize("doc_id,published", [
    ("000_9c714e85150595be", "2015-04-08"),  # crawl stamp "[GMT+7]" above the article's own line
    ("002_60c81751959e1e68", "2020-12-30"),
    ("x03_fdi_haiduong", "2024-04-05"),  # "05/04/2024 14:20 GMT+7"
    ("x11_nganhang_nghean_6t2024", "2024-07-12"),  # "12/07/2024 | 08:30 GMT+7"
    ("x04_dulich_kiengiang", "2023-07-14"),  # "Cập nhật lúc: ... 03/11/2023 (GMT+7)" above the article's
    ("x12_ntm_ocop_phutho_2024", "2024-03-15"),
    ("m17", "2021-03-04"),  # "Cập nhật, 10:12, Thứ Năm, 04/03/2021 (GMT+7)"
    ("m63", "2018-08-03"),  # "09:27 03-08-2018 | :417"
    ("m03", "2016-09-22"),  # "22.09.2016"
])
def test_common_date_line_forms(extractor, doc_id, published):
    assert extractor.published_in(_doc(doc_id)["text"]) == published


def test_extract_reads_the_date_line_by_default():
    doc = _doc("x03_fdi_haiduong")
    given = vnextract.extract(doc["text"], doc["published"])
    read = vnextract.extract(doc["text"])
    assert read == given and sum(f.period is not None for f in read) > 20
    assert (read.published, read.published_source) == ("2024-04-05", "date line")
    assert (given.published, given.published_source) == ("2024-04-05", "given")
    bare = vnextract.extract(doc["text"], read_dateline=False)
    assert (bare.published, bare.published_source) == (None, None)
    assert sum(f.period is None for f in bare) > sum(f.period is None for f in read)
    ex = Extractor()
    assert list(ex.iter_extract(doc["text"])) == read
    assert list(ex.iter_extract(doc["text"], read_dateline=False)) == bare
    assert ex.extract(doc["text"], read_dateline=False) == bare


@pytest.mark.parametrize("value,expected", [
    ("2023-11-30T10:00:00", "2023-11-30"), ("2023-11-30 10:00", "2023-11-30"),
    ("2023-11-30T10:00:00+07:00", "2023-11-30"), ("2023-11-30T23:59:59.5Z", "2023-11-30"),
    ("30/11/2023", "2023-11-30"), ("5/4/2024", "2024-04-05"),
    (datetime.datetime(2023, 11, 30, 10), "2023-11-30"),
])
def test_published_accepts_datetimes_and_day_first(value, expected):
    facts = vnextract.extract("Năm nay doanh thu đạt 5 tỷ đồng.", value)
    assert facts.published == expected and facts[0].period.from_ == expected[:4]


@pytest.mark.parametrize("value", ["31/02/2024", "2023-11-30T25:00", "11/30/2023", "2023-13-01T10:00:00"])
def test_impossible_dates_are_still_errors(value):
    with pytest.raises(PublishedDateError):
        vnextract.extract("tăng 5%", value)


def test_python_and_the_shell_agree(tmp_path, capsys):
    doc = _doc("x11_nganhang_nghean_6t2024")
    path = tmp_path / "x11.txt"
    path.write_text(doc["text"], encoding="utf-8")
    assert main(["extract", str(path), "-j", "1", "-q"]) == 0
    record = json.loads(capsys.readouterr().out)
    facts = vnextract.extract(doc["text"])
    assert record["published"] == facts.published == "2024-07-12"
    assert record["published_source"] == facts.published_source == "date line"
    assert record["facts"] == [f.to_json() for f in facts]


def test_undated_documents_are_counted_in_a_warning(tmp_path, capsys):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Năm nay doanh thu đạt 5 tỷ đồng.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Ngày đăng: 30/10/2023\nNăm nay doanh thu đạt 5 tỷ đồng.", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-j", "1"]) == 0
    captured = capsys.readouterr()
    records = [json.loads(x) for x in captured.out.splitlines()]
    assert [r["published"] for r in records] == [None, None, "2023-10-30"]
    assert [r["facts"][0]["period"] for r in records[:2]] == [None, None]
    assert "2 documents had no date; their relative periods are null" in captured.err
    assert main(["extract", str(tmp_path), "-j", "1", "--published", "2024-01-01"]) == 0
    assert "had no date" not in capsys.readouterr().err
