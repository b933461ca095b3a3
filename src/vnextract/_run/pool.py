"""Running the extractor over many documents: one worker per process, results in input order.

``process`` turns one input document into one output record and never
raises; ``run`` streams documents through a pool of processes with a
bounded number of batches in flight, so memory stays flat however long the
input is. ``vnextract.dask`` uses the same two functions on a cluster.

The pool never hangs. The caller loads and validates the rules before any
worker starts (``load_rules``); a worker that still fails to start (or a
worker process that dies) ends the run with one ``WorkerError``, where a
``multiprocessing.Pool`` would start new workers for ever.
"""

from __future__ import annotations

import collections
import concurrent.futures
import multiprocessing
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterable, Iterator, Optional

from .._errors import VnextractError
from .._extractor import CONTRACTS, DEFAULT_CONTRACT, Extractor
from .._rules import RuleSet

_WORKER: Optional[Extractor] = None
_WORKER_OPTIONS: dict[str, Any] = {}
_START_ERROR: Optional[str] = None
_OTHER_CONTRACT: dict[str, Extractor] = {}


class WorkerError(VnextractError, RuntimeError):
    """A worker process could not start or died; the run cannot go on."""


def load_rules(rules: Optional[str]) -> RuleSet:
    """The rule set a run will use, loaded and validated (``RuleError`` if it does not load)."""
    return RuleSet.default().extend(rules) if rules else RuleSet.default()


def init_worker(rules: Optional[str], explain: bool, sentences: bool = False, contract: str = DEFAULT_CONTRACT) -> None:
    global _WORKER
    _WORKER = Extractor(rules=load_rules(rules), contract=contract)
    _WORKER_OPTIONS["explain"] = explain
    _WORKER_OPTIONS["sentences"] = sentences
    _OTHER_CONTRACT.clear()


def worker_extractor(contract: Optional[str] = None) -> Extractor:
    """This process's extractor (``init_worker``'s, else the default); with ``contract``, one
    with the same rules that follows that contract (eval reads v1 and v2 gold alike)."""
    worker = _WORKER or Extractor()
    if contract is None or contract == worker.contract:
        return worker
    if contract not in _OTHER_CONTRACT:
        _OTHER_CONTRACT[contract] = Extractor(rules=worker.rules, segment_words=worker.segment_words,
                                              contract=contract)
    return _OTHER_CONTRACT[contract]


def _start_worker(rules: Optional[str], explain: bool, sentences: bool, contract: str = DEFAULT_CONTRACT) -> None:
    """``init_worker`` in a pool process: a failure is kept and reported with the first batch,
    so that the parent stops the run with one message (and no traceback per worker)."""
    global _START_ERROR
    try:
        init_worker(rules, explain, sentences, contract)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        _START_ERROR = f"{type(exc).__name__}: {exc}"


def process(doc: dict[str, Any]) -> dict[str, Any]:
    """One output record for one input document; never raises.

    ``{"doc_id", "source", "contract", "published", "published_source", "facts"}``, or
    ``{"doc_id", "source", "error"}``; ``source`` only when the document has one.
    """
    head: dict[str, Any] = {"doc_id": doc.get("doc_id")}
    if "source" in doc:
        head["source"] = doc["source"]
    if "error" in doc:
        return {**head, "error": doc["error"]}
    explain = _WORKER_OPTIONS.get("explain", False)
    sentences = explain or _WORKER_OPTIONS.get("sentences", False)
    try:
        extractor = worker_extractor(doc.get("contract"))
        facts = extractor.extract(doc["text"], doc.get("published"))
        return {**head, "contract": facts.contract, "published": facts.published,
                "published_source": facts.published_source,
                "facts": [f.to_json(evidence=explain, sentence=sentences) for f in facts]}
    except VnextractError as exc:
        return {**head, "error": f"{type(exc).__name__}: {exc}"}
    except Exception as exc:  # noqa: BLE001 - a bad document must not stop the run
        return {**head, "error": f"internal error: {type(exc).__name__}: {exc}"}


def _process_batch(batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if _START_ERROR is not None:
        raise WorkerError(f"a worker process failed to start: {_START_ERROR}")
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
        batch_size: int = 16, sentences: bool = False, contract: str = DEFAULT_CONTRACT) -> Iterator[dict[str, Any]]:
    """Process documents in input order, on ``jobs`` processes, streaming.

    At most ``4 * jobs`` batches are in flight, so memory stays flat however
    long the input is; results come back in input order. Raises ``WorkerError``
    when a worker cannot start or dies.
    """
    if jobs <= 1:
        init_worker(rules, explain, sentences, contract)
        for doc in docs:
            yield process(doc)
        return
    ctx = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    pool = concurrent.futures.ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_start_worker,
                                                  initargs=(rules, explain, sentences, contract))
    try:
        pending: collections.deque = collections.deque()
        for batch in _batches(docs, batch_size):
            pending.append(pool.submit(_process_batch, batch))
            while len(pending) >= 4 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool as exc:
        raise WorkerError(f"a worker process died ({exc})") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
