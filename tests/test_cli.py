"""The command line: extract (order, errors, atomic output), eval, schema."""

import json
import subprocess
import sys

import pytest

from vnextract._run.cli import main

from conftest import GOLD, ROOT, load_jsonl


def run_cli(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_gold_file_keeps_order(capsys):
    code, out, err = run_cli(["extract", str(GOLD / "seeds.jsonl"), "--jobs", "1", "-q"], capsys)
    assert code == 0
    lines = [json.loads(x) for x in out.splitlines()]
    assert [d["doc_id"] for d in lines] == [d["doc_id"] for d in load_jsonl(GOLD / "seeds.jsonl")]
    assert all(d["facts"] for d in lines)


def test_extract_parallel_equals_serial(tmp_path, capsys):
    docs = load_jsonl(GOLD / "extra.jsonl") * 3
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"doc_id": f"{i}", "text": d["text"], "published": d["published"]},
                                          ensure_ascii=False) + "\n" for i, d in enumerate(docs)), encoding="utf-8")
    _, serial, _ = run_cli(["extract", str(corpus), "--jobs", "1", "-q"], capsys)
    _, parallel, _ = run_cli(["extract", str(corpus), "--jobs", "2", "-q"], capsys)
    assert serial == parallel
    assert len(serial.splitlines()) == len(docs)


def test_plain_text_reads_date_line_and_published_flag(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Thứ 4, 08/04/2015 | 10:07:20\n5 năm qua, doanh thu đạt 5 tỷ đồng.", encoding="utf-8")
    _, out, _ = run_cli(["extract", str(path), "-j", "1", "-q"], capsys)
    rec = json.loads(out)
    assert rec["doc_id"] == "a" and rec["published"] == "2015-04-08" and rec["published_source"] == "date line"
    assert rec["facts"][0]["period"]["from"] == "2011"
    _, out, _ = run_cli(["extract", str(path), "-j", "1", "-q", "--published", "2020-01-01"], capsys)
    assert json.loads(out)["facts"][0]["period"]["from"] == "2016"


def test_bad_inputs_reported_run_continues(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Doanh thu đạt 5 tỷ đồng.", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Doanh thu đạt 5 tỷ đồng".encode("utf-16"))
    jl = tmp_path / "c.jsonl"
    jl.write_text('{"doc_id": "x", "text": "tăng 5%"}\n{broken\n{"doc_id": "y"}\n', encoding="utf-8")
    code, out, err = run_cli(["extract", str(good), str(latin), str(tmp_path / "missing.txt"), str(jl),
                              "-j", "1", "-q"], capsys)
    assert code == 1
    records = [json.loads(x) for x in out.splitlines()]
    assert [r["doc_id"] for r in records] == ["good", "latin", "missing", "x", f"{jl}:2", "y"]
    assert [("error" in r) for r in records] == [False, True, True, False, True, True]
    assert "not UTF-8" in records[1]["error"] and "no such file" in records[2]["error"]
    assert "latin.txt: not UTF-8" in err and "missing.txt: no such file" in err
    assert f"{jl}:2: malformed JSON" in err


def test_output_file_is_atomic(tmp_path, capsys):
    target = tmp_path / "out.jsonl"
    code, _, _ = run_cli(["extract", str(GOLD / "seeds.jsonl"), "-o", str(target), "-j", "1", "-q"], capsys)
    assert code == 0 and len(target.read_text(encoding="utf-8").splitlines()) == 5
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl.")]


def test_explain_shows_rules(capsys):
    doc = GOLD / "seeds.jsonl"
    _, out, _ = run_cli(["extract", str(doc), "--explain", "-j", "1", "-q"], capsys)
    fact = json.loads(out.splitlines()[0])["facts"][0]
    assert set(fact["evidence"]) == {"quantity", "metric", "period", "kind", "status"}


def test_eval_json_levels(capsys):
    code, out, _ = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--json"], capsys)
    table = json.loads(out)
    assert code == 0 and {"Q", "Q+M", "Q+P", "Triple", "attributes"} <= set(table)


def test_eval_pred_file_and_errors(tmp_path, capsys):
    pred = tmp_path / "p.jsonl"
    run_cli(["extract", str(GOLD / "seeds.jsonl"), "-o", str(pred), "-j", "1", "-q"], capsys)
    _, out, _ = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--pred", str(pred), "--json"], capsys)
    _, direct, _ = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--json"], capsys)
    assert json.loads(out) == json.loads(direct)
    # scoring gold against itself is perfect
    _, out, _ = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--pred", str(GOLD / "seeds.jsonl"), "--json"], capsys)
    assert json.loads(out)["Triple"]["f1"] == 1.0


def test_schema(capsys):
    code, out, _ = run_cli(["schema"], capsys)
    assert code == 0 and json.loads(out)["title"] == "Fact"


def test_console_script_stdin():
    out = subprocess.run([sys.executable, "-m", "vnextract", "extract", "-j", "1", "-q"],
                         input="Kim ngạch đạt 2 tỷ USD".encode(), capture_output=True, cwd=ROOT)
    assert out.returncode == 0
    rec = json.loads(out.stdout)
    assert rec["doc_id"] == "stdin" and rec["facts"][0]["quantity"]["value"] == 2e9


def test_eval_scores_several_gold_files_together(capsys):
    code, out, _ = run_cli(["eval", str(GOLD / "seeds.jsonl"), str(GOLD / "extra.jsonl"), "--json"], capsys)
    assert code == 0 and json.loads(out)["documents"] == 17
    code, _, err = run_cli(["eval", str(GOLD / "seeds.jsonl"), str(GOLD / "seeds.jsonl")], capsys)
    assert code == 2 and "occurs twice" in err
