"""Facts as a table: `extract --format csv|parquet` and `vnextract.to_frame`, one row per fact."""

import datetime
import json
import sys

import pandas as pd
import pytest

import vnextract
from vnextract._run.cli import main
from vnextract._table import NAMES

from conftest import GOLD, load_jsonl

TEXT = ("Thứ Ba, 08/10/2024 - 15:20\n"
        "Quý III/2024, giá trị sản xuất công nghiệp ước đạt trên 68.800 tỷ đồng, giảm 1,7%. "
        "Năm 2023, kim ngạch xuất khẩu đạt 1.456 triệu USD.")
# a month's exports with a month-on-month and a year-on-year change, and one market of the total
ANALYST = ("Tháng 9/2024, kim ngạch xuất khẩu đạt 35 tỷ USD, tăng 10% so với tháng trước và tăng 15% "
           "so với cùng kỳ năm trước. Trong đó, thị trường Nhật Bản đạt 4 tỷ USD.")
V2_COLUMNS = ("subject", "subject_start", "subject_end", "base_type", "base_text", "base_from", "base_to",
              "base_text_start", "base_text_end")


def _records(tmp_path, capsys, *extra):
    corpus = tmp_path / "c.jsonl"
    docs = load_jsonl(GOLD / "seeds.jsonl")[:3]
    corpus.write_text("".join(json.dumps({"doc_id": d["doc_id"], "text": d["text"]}, ensure_ascii=False) + "\n"
                              for d in docs), encoding="utf-8")
    assert main(["extract", str(corpus), "-j", "1", "-q", "--explain", *extra]) == 0
    return corpus, [json.loads(x) for x in capsys.readouterr().out.splitlines()]


def _plain(frame):
    """Every cell as a plain Python value (None for any kind of missing, dates as ISO strings)."""
    out = []
    for row in frame.astype(object).itertuples(index=False):
        cells = []
        for v in row:
            if v is None or (not isinstance(v, str) and pd.isna(v)):
                cells.append(None)
            elif isinstance(v, (pd.Timestamp, datetime.date)):
                cells.append(v.strftime("%Y-%m-%d"))
            elif isinstance(v, float) and v.is_integer():
                cells.append(int(v))
            else:
                cells.append(v)
        out.append(cells)
    return out


def test_to_frame_columns_and_dtypes():
    facts = vnextract.extract(TEXT)
    frame = vnextract.to_frame(facts)
    assert list(frame.columns) == list(NAMES)
    assert len(frame) == len(facts) == 3
    for name in ("doc_id", "quantity", "metric", "from", "to", "kind", "sentence", "canonical_unit"):
        assert isinstance(frame[name].dtype, pd.StringDtype), name
    for name in ("quantity_start", "metric_end", "period_text_start", "sentence_end"):
        assert str(frame[name].dtype) == "Int64", name
    assert frame["value"].dtype == "float64" and frame["value_max"].isna().all()
    assert str(frame["period_start"].dtype).startswith("datetime64")
    first = frame.iloc[0]
    assert first["quantity"] == "68.800 tỷ đồng" and first["value"] == pytest.approx(6.88e13)
    assert first["approx"] == "over" and first["status"] == "estimate"
    # from/to stay the contract's strings; period_start/period_end are the days they cover
    assert (first["from"], first["to"]) == ("2024-07", "2024-09")
    assert first["period_start"] == pd.Timestamp("2024-07-01")
    assert first["period_end"] == pd.Timestamp("2024-09-30")
    assert frame.iloc[2]["period_end"] == pd.Timestamp("2023-12-31")
    # the published date and where it came from travel with each row
    assert first["published"] == "2024-10-08" and first["published_source"] == "date line"
    # the sentence around each fact, with offsets into the text
    for _, row in frame.iterrows():
        assert TEXT[row["sentence_start"]:row["sentence_end"]] == row["sentence"]
        assert TEXT[row["quantity_start"]:row["quantity_end"]] == row["quantity"]
        assert row["quantity"] in row["sentence"]
    assert frame.iloc[2]["sentence"] == "Năm 2023, kim ngạch xuất khẩu đạt 1.456 triệu USD."


def test_to_frame_of_records_skips_errors_and_keeps_ids(tmp_path, capsys):
    _, records = _records(tmp_path, capsys)
    records.append({"doc_id": "broken", "error": "line 4 is malformed JSON"})
    frame = vnextract.to_frame(records)
    assert len(frame) == sum(len(r.get("facts", [])) for r in records) > 0
    assert list(frame["doc_id"].unique()) == [r["doc_id"] for r in records[:3]]
    assert frame["sentence"].notna().all()  # --explain records carry their sentence
    empty = vnextract.to_frame([])
    assert list(empty.columns) == list(NAMES) and len(empty) == 0


def test_long_sentence_is_clipped_around_the_fact():
    row = "Huyện A: 1.234 ha, tăng 5,6%; "
    text = row * 400  # one sentence of 12,000 characters (a pasted table)
    facts = vnextract.extract(text, "2024-01-01")
    middle = facts[len(facts) // 2]
    assert len(middle.sentence.text) <= 2 * 300 + len(middle.quantity.text)
    assert middle.quantity.text in middle.sentence.text
    assert text[middle.sentence.start:middle.sentence.end] == middle.sentence.text


@pytest.mark.parametrize("contract", ["v1", "v2"])
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_csv_and_parquet_round_trip_through_pandas(tmp_path, capsys, fmt, contract):
    corpus, records = _records(tmp_path, capsys, "--contract", contract)
    out = tmp_path / f"facts.{fmt}"
    assert main(["extract", str(corpus), "-j", "1", "-q", "-o", str(out), "--contract", contract]) == 0  # format from the suffix
    read = pd.read_csv(out, dtype=str, keep_default_na=False, na_values=[""]) if fmt == "csv" \
        else pd.read_parquet(out)
    assert list(read.columns) == list(NAMES)
    expected = vnextract.to_frame(records)
    assert len(read) == len(expected) == sum(len(r["facts"]) for r in records)
    if fmt == "csv":  # CSV holds text: compare it with the frame's values as text
        got = [[None if v is None or v != v else v for v in row] for row in read.astype(object).values.tolist()]
        want = [[None if v is None else str(v) for v in row] for row in _plain(expected)]
        for name in ("value", "value_max", "number", "number_max"):
            i = NAMES.index(name)
            for g, w in zip(got, want):
                g[i] = None if g[i] is None else float(g[i])
                w[i] = None if w[i] is None else float(w[i])
        assert got == want
    else:
        assert _plain(read) == _plain(expected)
        assert str(read["period_start"].dtype) in ("object", "datetime64[ms]", "datetime64[ns]")


def test_format_flag_and_parquet_needs_a_file(tmp_path, capsys):
    corpus, _ = _records(tmp_path, capsys)
    assert main(["extract", str(corpus), "-j", "1", "-q", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split(",")[:3] == ["doc_id", "source", "published"] and len(lines) > 10
    assert main(["extract", str(corpus), "-j", "1", "-q", "--format", "parquet"]) == 2
    assert "needs -o" in capsys.readouterr().err


def test_missing_pandas_says_which_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with pytest.raises(vnextract.DependencyError, match=r"vnextract\[table\]"):
        vnextract.to_frame(vnextract.extract("Doanh thu đạt 5 tỷ đồng."))


def test_missing_pyarrow_stops_parquet_with_one_message(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    path = tmp_path / "a.txt"
    path.write_text("Doanh thu đạt 5 tỷ đồng.", encoding="utf-8")
    assert main(["extract", str(path), "-j", "1", "-q", "-o", str(tmp_path / "f.parquet")]) == 2
    err = capsys.readouterr().err
    assert "pyarrow" in err and "vnextract[table]" in err and "Traceback" not in err
    assert not (tmp_path / "f.parquet").exists()


def test_readme_table_example_is_what_to_frame_gives():
    """The README's "As a table" block runs, and its printed table is the one shown there."""
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("### As a table"):]
    code = block[block.index("```python") + len("```python"):block.index("```\n", block.index("```python") + 9)]
    lines = code.strip().splitlines()
    shown = [line[2:] for line in lines if line.startswith("# ")]
    namespace = {"vnextract": vnextract}
    exec("\n".join(line for line in lines if not line.startswith("#")), namespace)  # noqa: S102
    columns = lines[[i for i, line in enumerate(lines) if line.startswith("df[")][0]]
    with pd.option_context("display.width", 250, "display.max_columns", 40):
        got = eval(columns, namespace).to_string()  # noqa: S307
    assert got.splitlines() == shown


def test_v2_frame_tells_month_on_month_from_year_on_year():
    """An analyst keeps the year-on-year changes: two changes of the same month and metric
    differ only by their base, and the part of a breakdown has its subject."""
    frame = vnextract.to_frame(vnextract.Extractor(contract="v2").extract(ANALYST))
    assert frame["contract"].tolist() == ["v2"] * 4
    changes = frame[frame["kind"] == "change"]
    assert changes["quantity"].tolist() == ["10%", "15%"]
    assert changes["base_type"].tolist() == ["previous_period", "same_period_last_year"]
    assert changes["base_text"].tolist() == ["so với tháng trước", "so với cùng kỳ năm trước"]
    for _, row in changes.iterrows():
        assert ANALYST[row["base_text_start"]:row["base_text_end"]] == row["base_text"]
    yoy = frame[frame["base_type"].eq("same_period_last_year").fillna(False)]
    assert yoy[["quantity", "metric", "from", "to"]].values.tolist() == [["15%", "kim ngạch xuất khẩu", "2024-09", "2024-09"]]
    levels = frame[frame["kind"] == "level"]
    assert levels["base_type"].isna().all()
    assert levels["subject"].fillna("-").tolist() == ["-", "thị trường Nhật Bản"]
    part = levels.iloc[1]
    assert ANALYST[part["subject_start"]:part["subject_end"]] == "thị trường Nhật Bản"


def test_v1_rows_leave_subject_and_base_empty():
    frame = vnextract.to_frame(vnextract.Extractor(contract="v1").extract(ANALYST))
    assert frame["contract"].tolist() == ["v1"] * 4
    assert frame["kind"].tolist() == ["level", "change", "change", "level"]
    for name in V2_COLUMNS:
        assert frame[name].isna().all(), name


@pytest.mark.parametrize("contract", ["v1", "v2"])
def test_csv_carries_contract_subject_and_base(tmp_path, capsys, contract):
    text = tmp_path / "t9.txt"
    text.write_text(ANALYST, encoding="utf-8")
    out = tmp_path / "facts.csv"
    assert main(["extract", str(text), "-j", "1", "-q", "--contract", contract, "-o", str(out)]) == 0
    read = pd.read_csv(out, dtype=str, keep_default_na=False, na_values=[""])
    assert list(read.columns) == list(NAMES) and len(read) == 4
    assert read["contract"].tolist() == [contract] * 4
    if contract == "v1":
        assert read[list(V2_COLUMNS)].isna().all().all()
        return
    assert read["base_type"].fillna("").tolist() == ["", "previous_period", "same_period_last_year", ""]
    assert read["subject"].fillna("").tolist() == ["", "", "", "thị trường Nhật Bản"]
    yoy = read.iloc[2]
    assert ANALYST[int(yoy["base_text_start"]):int(yoy["base_text_end"])] == yoy["base_text"]


def test_to_frame_contract_comes_from_the_record():
    """A record's contract reaches its rows; loose facts, which do not say, give null."""
    facts = vnextract.Extractor(contract="v2").extract(ANALYST)
    record = {"doc_id": "t9", "contract": "v2", "facts": [f.to_json() for f in facts]}
    frame = vnextract.to_frame([record])
    assert frame["contract"].tolist() == ["v2"] * 4
    assert frame["base_type"].fillna("").tolist() == ["", "previous_period", "same_period_last_year", ""]
    assert vnextract.to_frame(list(facts))["contract"].isna().all()


def test_readme_names_every_column():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = " ".join(readme[readme.index("### As a table"):readme.index("## Command line")].split())
    for name in NAMES:  # an offset pair may be written `x_start`/`_end`
        assert f"`{name}`" in section or f"{name[:-4]}_start`/`_end`" in section, name
