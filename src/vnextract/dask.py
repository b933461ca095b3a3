"""Run vnextract on a Dask cluster: a bag of documents in, a bag of output records out.

    pip install 'vnextract[dask]'

    import dask.bag as db
    from vnextract.dask import extract_bag, read_jsonl

    docs = read_jsonl("corpus/*.jsonl")          # or db.from_sequence([...]) of dicts
    records = extract_bag(docs)                  # lazy: one record per document
    records.map(json.dumps).to_textfiles("out/*.jsonl")

Each record is exactly what ``vnextract extract`` writes for the document
(``{"doc_id", "published", "published_source", "facts"}`` or ``{"doc_id",
"error"}``; the date line is read the same way); ``vnextract.to_frame`` makes
a table of the computed records. Each worker builds its extractor once per
partition, so rule files are not re-read per document.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Optional

from ._run.pool import init_worker, process


def _extract_partition(docs: Iterable[dict[str, Any]], rules: Optional[str], explain: bool
                       ) -> list[dict[str, Any]]:
    init_worker(rules, explain)
    return [process(_as_document(doc)) for doc in docs]


def _as_document(doc: Any) -> dict[str, Any]:
    if isinstance(doc, str):
        return {"doc_id": None, "text": doc, "published": None}
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        return {"doc_id": doc.get("doc_id") if isinstance(doc, dict) else None,
                "error": "a document needs a string 'text'"}
    return {"doc_id": doc.get("doc_id"), "text": doc["text"], "published": doc.get("published")}


def extract_bag(bag: Any, rules: Optional[str] = None, explain: bool = False) -> Any:
    """A ``dask.bag.Bag`` of output records, one per input document, in order."""
    return bag.map_partitions(_extract_partition, rules, explain)


def read_jsonl(pattern: str, blocksize: Optional[int] = None) -> Any:
    """A bag of documents from JSON Lines files (``dask.bag.read_text`` + ``json.loads``)."""
    import dask.bag as db

    return db.read_text(pattern, blocksize=blocksize).filter(str.strip).map(json.loads)
