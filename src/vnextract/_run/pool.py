"""Running the extractor over many documents: one worker per process, results in input order.

``process`` turns one input document into one output record and never
raises; ``run`` streams documents through a pool of processes with a
bounded number of batches in flight, so memory stays flat however long the
input is. ``vnextract.dask`` uses the same two functions on a cluster.
"""

from __future__ import annotations

import collections
import multiprocessing
import sys
from typing import Any, Iterable, Iterator, Optional

from .._dates import check_published
from .._errors import VnextractError
from .._extractor import Extractor

_WORKER: Optional[Extractor] = None
_WORKER_OPTIONS: dict[str, Any] = {}


def init_worker(rules: Optional[str], explain: bool) -> None:
    global _WORKER
    _WORKER = Extractor(rules=rules) if rules else Extractor()
    _WORKER_OPTIONS["explain"] = explain


def process(doc: dict[str, Any]) -> dict[str, Any]:
    """One output record for one input document; never raises."""
    if "error" in doc:
        return {"doc_id": doc["doc_id"], "error": doc["error"]}
    extractor = _WORKER or Extractor()
    explain = _WORKER_OPTIONS.get("explain", False)
    try:
        published = doc.get("published")
        source = "given"
        if published is None:
            published = extractor.published_in(doc["text"])
            source = "date line" if published else None
        facts = extractor.extract(doc["text"], published)
        out: dict[str, Any] = {"doc_id": doc["doc_id"], "published": check_published(published)}
        if source:
            out["published_source"] = source
        out["facts"] = [f.to_json(evidence=explain) for f in facts]
        return out
    except VnextractError as exc:
        return {"doc_id": doc["doc_id"], "error": f"{type(exc).__name__}: {exc}"}
    except Exception as exc:  # noqa: BLE001 - a bad document must not stop the run
        return {"doc_id": doc["doc_id"], "error": f"internal error: {type(exc).__name__}: {exc}"}


def _process_batch(batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [process(doc) for doc in batch]


def _batches(docs: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(docs: Iterable[dict[str, Any]], jobs: int, rules: Optional[str], explain: bool,
        batch_size: int = 16) -> Iterator[dict[str, Any]]:
    """Process documents in input order, on ``jobs`` processes, streaming.

    At most ``4 * jobs`` batches are in flight, so memory stays flat however
    long the input is; results come back in input order.
    """
    if jobs <= 1:
        init_worker(rules, explain)
        for doc in docs:
            yield process(doc)
        return
    ctx = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    with ctx.Pool(jobs, initializer=init_worker, initargs=(rules, explain)) as pool:
        pending: collections.deque = collections.deque()
        for batch in _batches(docs, batch_size):
            pending.append(pool.apply_async(_process_batch, (batch,)))
            while len(pending) >= 4 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
