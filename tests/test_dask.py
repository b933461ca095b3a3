"""The Dask runner gives the same records as the single-process command line."""

import json

import dask.bag as db
from distributed import Client, LocalCluster

from vnextract._run.pool import process
from vnextract.dask import extract_bag, read_jsonl

from conftest import GOLD, load_jsonl


def test_local_cluster_matches_single_process(tmp_path):
    docs = load_jsonl(GOLD / "seeds.jsonl") + load_jsonl(GOLD / "extra.jsonl")
    docs = [{"doc_id": d["doc_id"], "text": d["text"], "published": d["published"]} for d in docs]
    expected = [process(d) for d in docs]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        from_memory = extract_bag(db.from_sequence(docs, npartitions=4)).compute()
        from_files = extract_bag(read_jsonl(str(corpus), blocksize=20_000)).compute()
    assert from_memory == expected
    assert from_files == expected


def test_bad_documents_become_error_records():
    out = extract_bag(db.from_sequence([{"doc_id": "a"}, {"doc_id": "b", "text": "tăng 5%"}])).compute(
        scheduler="synchronous")
    assert "error" in out[0] and out[1]["facts"][0]["quantity"]["value"] == 5
