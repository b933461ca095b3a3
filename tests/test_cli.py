"""The command line: extract (order, errors, atomic output, identity, progress, the pool), eval, schema."""

import json
import os
import stat
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
    assert set(fact["evidence"]) == {"quantity", "metric", "period", "kind", "status", "base"}


@pytest.mark.parametrize("contract", ["v1", "v2"])
def test_explain_shows_what_decided_base_property_and_subject(tmp_path, capsys, contract):
    """Each fact says which rule found its base; under v2 its metric evidence also says which
    readings gave the property and the subject."""
    doc = tmp_path / "t9.txt"
    doc.write_text("Tháng 9/2024, kim ngạch xuất khẩu đạt 35 tỷ USD, tăng 10% so với tháng trước và tăng 15% "
                   "so với cùng kỳ năm trước. Trong đó, thị trường Nhật Bản đạt 4 tỷ USD.", encoding="utf-8")
    _, out, _ = run_cli(["extract", str(doc), "--explain", "--contract", contract, "-j", "1", "-q"], capsys)
    record = json.loads(out)
    assert record["contract"] == contract
    evidence = [f["evidence"] for f in record["facts"]]
    assert [e["base"] for e in evidence[::3]] == [["base:none"], ["base:none"]]  # the two plain levels
    for change in evidence[1:3]:  # each change names the rule that found "so với ..."
        assert len(change["base"]) == 1 and change["base"][0] not in ("base:none", "base:unstated")
    heads = [[rule.split(":")[0] for rule in e["metric"]] for e in evidence]
    if contract == "v1":
        assert heads == [["metric"]] * 4
        return
    assert heads == [["metric", "property", "subject"]] * 4
    assert [e["metric"][-1] == "subject:none" for e in evidence] == [True, True, True, False]


def test_eval_json_levels(capsys):
    code, out, _ = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--json"], capsys)
    table = json.loads(out)
    assert code == 0 and {"Q", "Q+M", "Q+P", "Triple", "attributes"} <= set(table)


def test_eval_pred_file_and_errors(tmp_path, capsys):
    pred = tmp_path / "p.jsonl"
    run_cli(["extract", str(GOLD / "seeds.jsonl"), "-o", str(pred), "-j", "1", "-q", "--contract", "v1"], capsys)
    _, out, _ = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--pred", str(pred), "--json"], capsys)
    _, direct, _ = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--json"], capsys)
    assert json.loads(out) == json.loads(direct)
    # scoring gold against itself is perfect
    _, out, _ = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--pred", str(GOLD / "seeds.jsonl"), "--json"], capsys)
    assert json.loads(out)["Triple"]["f1"] == 1.0


def test_schema(capsys):
    code, out, _ = run_cli(["schema"], capsys)
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Fact"
    # the contract v2 fields, each described, and the six base types
    for name in ("metric", "subject", "base"):
        assert "contract v2" in schema["properties"][name]["description"].lower(), name
    assert len(schema["$defs"]["Base"]["properties"]["type"]["enum"]) == 6
    assert {"type", "text", "start", "end", "from", "to"} == set(schema["$defs"]["Base"]["properties"])


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


def test_eval_names_the_documents_the_extractor_failed_on(capsys, monkeypatch):
    import vnextract

    real = vnextract.Extractor.extract

    def flaky(self, text, published=None):
        if "Nghị quyết 04" in text:  # one seed page: an internal error deep in a stage
            raise IndexError("string index out of range")
        return real(self, text, published)

    monkeypatch.setattr(vnextract.Extractor, "extract", flaky)
    code, out, err = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--json"], capsys)
    table = json.loads(out)
    assert code == 1 and len(table["failed"]) >= 1
    assert all("internal error: IndexError" in why for why in table["failed"].values())
    assert all(doc_id in err and "count as missed" in err for doc_id in table["failed"])
    assert table["Q"]["recall"] < 1.0  # the failed page's facts are missed, not left out
    monkeypatch.setattr(vnextract.Extractor, "extract", real)
    code, out, err = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--json"], capsys)
    assert code == 0 and json.loads(out)["failed"] == {} and "failed" not in err


# ------------------------------------------------------------------ the pool never hangs

def _subprocess(args, script=None, timeout=120):
    cmd = [sys.executable, "-c", script, *args] if script else [sys.executable, "-m", "vnextract", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def test_bad_rule_file_with_two_jobs_exits_at_once(tmp_path):
    text = tmp_path / "mine.txt"
    text.write_text("Doanh thu đạt 5 tỷ đồng.", encoding="utf-8")
    out = _subprocess(["extract", str(text), "--rules", str(tmp_path / "nope.toml"), "--jobs", "2"], timeout=60)
    assert out.returncode == 2
    assert "nope.toml: no such rule file" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


FAILING_WORKER = """
import sys
import vnextract._run.pool as pool
def fail(*args, **kwargs):
    raise RuntimeError("cannot load the word segmenter")
pool.{target} = fail
from vnextract._run.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("target,message", [
    ("init_worker", "a worker process failed to start: RuntimeError: cannot load the word segmenter"),
    ("process", "a worker process died"),
])
def test_a_worker_that_cannot_start_or_dies_ends_the_run(tmp_path, target, message):
    text = tmp_path / "mine.txt"
    text.write_text("Doanh thu đạt 5 tỷ đồng.", encoding="utf-8")
    script = FAILING_WORKER.format(target=target)
    if target == "process":  # the worker process exits under the pool's feet
        script = script.replace('raise RuntimeError("cannot load the word segmenter")', "import os; os._exit(3)")
    out = _subprocess(["extract", str(text), "--jobs", "2", "-q"], script=script, timeout=60)
    assert out.returncode == 2, out.stderr
    assert message in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


# ------------------------------------------------------------------ small things users expect

def test_version_and_python_dash_m(capsys):
    from importlib.metadata import version

    import vnextract

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"vnextract {version('vnextract')}" == f"vnextract {vnextract.__version__}"
    out = _subprocess(["--version"])
    assert out.returncode == 0 and out.stdout.strip() == f"vnextract {vnextract.__version__}"
    out = _subprocess(["eval", str(GOLD / "seeds.jsonl"), "--json"])
    assert out.returncode == 0 and json.loads(out.stdout)["documents"] == 5


@pytest.mark.parametrize("jobs", ["-1", "-4", "two"])
def test_jobs_must_be_zero_or_more(jobs, capsys):
    with pytest.raises(SystemExit) as info:
        main(["extract", "x.txt", "--jobs", jobs])
    assert info.value.code == 2 and "--jobs" in capsys.readouterr().err


def test_jobs_zero_means_all_cores(tmp_path, capsys, monkeypatch):
    import vnextract._run.cli as cli

    seen = []
    monkeypatch.setattr(cli, "run", lambda docs, jobs, *a, **k: seen.append(jobs) or iter(()))
    main(["extract", str(tmp_path), "--jobs", "0", "-q"])
    main(["extract", str(tmp_path), "--jobs", "3", "-q"])
    assert seen == [os.cpu_count() or 1, 3]


def test_output_keeps_the_umask_and_an_existing_mode(tmp_path, capsys):
    target = tmp_path / "out.jsonl"
    old = os.umask(0o027)
    try:
        assert main(["extract", str(GOLD / "seeds.jsonl"), "-o", str(target), "-j", "1", "-q"]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    target.chmod(0o604)
    assert main(["extract", str(GOLD / "seeds.jsonl"), "-o", str(target), "-j", "1", "-q"]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o604


@pytest.mark.parametrize("where", ["no/such/folder/out.jsonl", "."])
def test_output_errors_name_the_users_path(tmp_path, capsys, where):
    target = str(tmp_path / where)
    code = main(["extract", str(GOLD / "seeds.jsonl"), "-o", target, "-j", "1", "-q"])
    err = capsys.readouterr().err
    assert code == 2 and f"cannot write {target}" in err
    assert ".out.jsonl." not in err and "tmp" not in err.replace(str(tmp_path), "")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# ------------------------------------------------------------------ identity

def _texts(tmp_path, names):
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{name}: doanh thu đạt 5 tỷ đồng.", encoding="utf-8")


def test_doc_ids_are_paths_under_the_argument(tmp_path, capsys):
    _texts(tmp_path / "in", ["a/report.txt", "b/report.txt", "top.txt"])
    for args in ([str(tmp_path / "in")], [str(tmp_path / "in" / "*" / "report.txt"), str(tmp_path / "in" / "top.txt")]):
        code, out, _ = run_cli(["extract", *args, "-j", "1", "-q"], capsys)
        records = [json.loads(x) for x in out.splitlines()]
        assert code == 0 and [r["doc_id"] for r in records] == ["a/report", "b/report", "top"]
        assert [r["source"] for r in records] == [str(tmp_path / "in" / n) for n in ("a/report.txt", "b/report.txt", "top.txt")]


def test_same_name_twice_is_a_duplicate_error(tmp_path, capsys):
    _texts(tmp_path, ["a/report.txt", "b/report.txt"])
    code, out, err = run_cli(["extract", str(tmp_path / "a" / "report.txt"), str(tmp_path / "b" / "report.txt"),
                              "-j", "1", "-q"], capsys)
    records = [json.loads(x) for x in out.splitlines()]
    assert code == 1 and [r["doc_id"] for r in records] == ["report", "report"]
    assert "facts" in records[0] and "duplicate doc_id 'report'" in records[1]["error"]
    assert f"first in {tmp_path / 'a' / 'report.txt'}" in err


def test_text_and_jsonl_in_one_folder_keep_their_kinds(tmp_path, capsys):
    """Like `extract gold/`: texts under texts/ and JSON Lines holding documents of the same names."""
    _texts(tmp_path, ["texts/x01.txt", "texts/x02.txt"])
    lines = [{"doc_id": "x01", "text": "tăng 5%", "published": "2024-01-02"}, {"doc_id": "x02", "text": "đạt 7 ha"}]
    (tmp_path / "set.jsonl").write_text("".join(json.dumps(d) + "\n" for d in lines), encoding="utf-8")
    (tmp_path / "again.jsonl").write_text(json.dumps(lines[1]) + "\n", encoding="utf-8")
    code, out, err = run_cli(["extract", str(tmp_path), "-j", "1", "-q"], capsys)
    records = {(r["doc_id"], r["source"]): r for r in map(json.loads, out.splitlines())}
    assert set(records) == {("x02", str(tmp_path / "again.jsonl")), ("x01", str(tmp_path / "set.jsonl")),
                            ("x02", str(tmp_path / "set.jsonl")), ("texts/x01", str(tmp_path / "texts/x01.txt")),
                            ("texts/x02", str(tmp_path / "texts/x02.txt"))}
    assert records[("x01", str(tmp_path / "set.jsonl"))]["facts"][0]["quantity"]["text"] == "5%"  # read as JSON
    assert records[("x01", str(tmp_path / "set.jsonl"))]["published_source"] == "given"
    # the one real collision: x02 in two JSON Lines files
    assert "duplicate doc_id 'x02'" in records[("x02", str(tmp_path / "set.jsonl"))]["error"]
    assert code == 1 and "duplicate doc_id 'x02'" in err


# ------------------------------------------------------------------ progress

def test_progress_bar_has_total_rate_and_time_left():
    import io

    from vnextract._run.output import Progress

    stream = io.StringIO()
    progress = Progress(enabled=True, total=4, stream=stream)
    for record in ({"facts": [1, 2]}, {"facts": []}, {"error": "x"}, {"facts": [3]}):
        progress.update(record)
    progress.close()
    shown = stream.getvalue()
    assert "4/4" in shown and "doc/s" in shown and "<00:00" in shown and "3 facts, 1 errors" in shown
    assert progress.summary().startswith("4 documents, 3 facts, 1 errors")
    silent = io.StringIO()
    quiet = Progress(enabled=False, total=4, stream=silent)
    quiet.update({"facts": []})
    quiet.close()
    assert silent.getvalue() == ""


def test_documents_are_counted_for_the_total(tmp_path):
    from vnextract._run.inputs import count_documents

    _texts(tmp_path, ["a.txt", "sub/b.txt"])
    (tmp_path / "c.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n', encoding="utf-8")
    assert count_documents([str(tmp_path)]) == 5
    assert count_documents([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]) == 2
    assert count_documents([]) is None  # stdin: unknown


def test_quiet_silences_and_the_summary_stays(capsys):
    """--quiet leaves only warnings about the data (two seeds have no date) on stderr."""
    _, _, err = run_cli(["extract", str(GOLD / "seeds.jsonl"), "-j", "1", "-q"], capsys)
    assert err.splitlines() == ["vnextract: warning: 2 documents had no date; their relative periods are null "
                                "(give --published or a 'published' field)"]
    _, _, err = run_cli(["extract", str(GOLD / "seeds.jsonl"), "-j", "1"], capsys)
    assert err.strip().splitlines()[-1].startswith("5 documents, 79 facts, 0 errors")


# ------------------------------------------------------------------ eval

def test_eval_with_no_matching_id_is_an_error(tmp_path, capsys):
    pred = tmp_path / "p.jsonl"
    pred.write_text(json.dumps({"doc_id": "texts/000", "facts": []}) + "\n", encoding="utf-8")
    code, out, err = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--pred", str(pred)], capsys)
    assert code == 2 and out == ""
    assert "no doc_id of" in err and "'texts/000'" in err and "'000_9c714e85150595be'" in err


def test_eval_errors_json_is_json_lines_only_with_sentences(capsys):
    code, out, _ = run_cli(["eval", str(GOLD / "holdout3.jsonl"), "--errors", "--json"], capsys)
    lines = [json.loads(x) for x in out.splitlines()]  # every line is JSON
    assert code == 0 and "Triple" in lines[0] and len(lines) > 10
    texts = {d["doc_id"]: d["text"] for d in load_jsonl(GOLD / "holdout3.jsonl")}
    for err in lines[1:]:
        assert err["type"] in ("partial", "spurious", "missed")
        q = (err.get("gold") or err["pred"])["quantity"]
        assert q["text"] in err["sentence"] and err["sentence"] in texts[err["doc_id"]]


def test_eval_error_lines_show_the_sentence(tmp_path, capsys):
    gold = load_jsonl(GOLD / "seeds.jsonl")
    pred = tmp_path / "p.jsonl"
    wrong = json.loads(json.dumps(gold[2]))
    wrong["facts"][0]["metric"]["text"] = "something else entirely"
    pred.write_text(json.dumps(wrong, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, err = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--pred", str(pred), "--errors", "--subset"], capsys)
    q = wrong["facts"][0]["quantity"]
    block = out[out.index("PARTIAL"):]
    assert code == 0 and "wrong metric" in block
    context = block.splitlines()[3]
    assert context.startswith("    in   ") and q["text"] in context


@pytest.mark.parametrize("content,message", [
    ("Doanh thu đạt 5 tỷ đồng.\n", "is not JSON"),
    ('{"doc_id": "a", "text": "x"}\n', "lacks 'facts'"),
    ("", "no documents"),
])
def test_eval_says_what_is_wrong_with_a_gold_file(tmp_path, capsys, content, message):
    path = tmp_path / "mine.txt"
    path.write_text(content, encoding="utf-8")
    code, out, err = run_cli(["eval", str(path)], capsys)
    assert code == 2 and message in err and str(path) in err and "Traceback" not in err


def test_eval_subset_scores_a_second_annotator(capsys):
    dev = {d["doc_id"] for d in load_jsonl(GOLD / "corpus-dev.jsonl")}
    both = [d for d in load_jsonl(GOLD / "corpus-relabel.jsonl") if d["doc_id"] in dev]
    code, out, err = run_cli(["eval", str(GOLD / "corpus-dev.jsonl"), "--pred", str(GOLD / "corpus-relabel.jsonl"),
                              "--subset", "--json"], capsys)
    table = json.loads(out)
    assert code == 0 and table["documents"] == len(both) >= 5
    assert table["predicted"] == sum(len(d["facts"]) for d in both)
    assert table["Q"]["f1"] > 0.9 and table["Triple"]["f1"] < 1.0  # two annotators: close, not identical
    code, out, err = run_cli(["eval", str(GOLD / "corpus-dev.jsonl"), "--pred", str(GOLD / "corpus-relabel.jsonl"),
                              "--json"], capsys)
    assert json.loads(out)["documents"] == len(dev)
    assert f"{len(dev) - len(both)} of {len(dev)} gold documents have no prediction" in err
    code, _, err = run_cli(["eval", str(GOLD / "seeds.jsonl"), "--subset"], capsys)
    assert code == 2 and "--subset" in err


def test_a_terminal_gets_the_bar_with_its_total(tmp_path, capsys, monkeypatch):
    _texts(tmp_path, ["a.txt", "b.txt", "c/d.txt"])
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run_cli(["extract", str(tmp_path), "-j", "1"], capsys)
    assert code == 0 and "3/3" in err and "doc/s" in err
    _, _, err = run_cli(["extract", str(tmp_path), "-j", "1", "-q"], capsys)
    assert "3/3" not in err
