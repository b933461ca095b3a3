"""Check that a speed change leaves the output of ``extract`` byte for byte as it was.

    python benchmarks/identical.py --write [--ref /tmp/speedref]   # before the change
    python benchmarks/identical.py [--ref /tmp/speedref]           # after: exits 1 on any difference

Every text the project holds is run: each gold set (``gold/*.jsonl``, ``gold/v2/*.jsonl``,
with the document's published date, as ``vnextract eval`` does), the files under
``gold/texts/``, ``seeds/`` and the shared corpus (``/work/shared/corpus``, with the dates of
its INDEX.tsv), each under contract v1 and v2, with the given date and again with none (the
date line path). A fact is written as ``to_json(evidence=True, sentence=True)``, so the
rules that fired and the sentence are checked too, with the document's ``published`` and
``published_source``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import vnextract  # noqa: E402

SHARED_CORPUS = Path("/work/shared/corpus")


def _index_dates(folder: Path) -> dict[str, str]:
    """``{file stem: published}`` from an INDEX.tsv beside the texts, when there is one."""
    for index in (folder / "INDEX.tsv", folder.parent / "INDEX.tsv"):
        if index.exists():
            with open(index, encoding="utf-8") as fh:
                return {row["id"]: row.get("published") or "" for row in csv.DictReader(fh, delimiter="\t")
                        if row.get("id")}
    return {}


def documents() -> list[tuple[str, str, str | None]]:
    """``(name, text, published)`` for every text, each (text, date) pair once."""
    docs: list[tuple[str, str, str | None]] = []
    for path in sorted(ROOT.glob("gold/*.jsonl")) + sorted(ROOT.glob("gold/v2/*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    docs.append((f"{path.relative_to(ROOT)}:{rec['doc_id']}", rec["text"], rec.get("published")))
    folders = [p for p in sorted((ROOT / "gold" / "texts").rglob("*")) if p.is_dir()] + [ROOT / "gold" / "texts"]
    folders += [ROOT / "seeds", SHARED_CORPUS / "texts", SHARED_CORPUS]
    for folder in folders:
        dates = _index_dates(folder)
        for path in sorted(folder.glob("*.txt")):
            docs.append((str(path), path.read_bytes().decode("utf-8"), dates.get(path.stem) or None))
    seen, out = set(), []
    for name, text, published in docs:
        if (text, published) not in seen:
            seen.add((text, published))
            out.append((name, text, published))
    return out


def outputs(docs) -> dict[str, str]:
    """``{run key: the run's JSON}``: each document under both contracts, with its date and with none."""
    extractors = {c: vnextract.Extractor(contract=c) for c in ("v1", "v2")}
    out = {}
    for name, text, published in docs:
        digest = hashlib.sha1(f"{published}\0{text}".encode()).hexdigest()[:10]
        for contract, ex in extractors.items():
            for date in dict.fromkeys((published, None)):
                facts = ex.extract(text, date)
                record = {"published": facts.published, "published_source": facts.published_source,
                          "contract": facts.contract,
                          "facts": [f.to_json(evidence=True, sentence=True) for f in facts]}
                out[f"{name} [{digest}] {contract} published={date}"] = json.dumps(
                    record, ensure_ascii=False, sort_keys=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="/tmp/speedref", help="folder of the reference (default: %(default)s)")
    parser.add_argument("--write", action="store_true", help="write the reference instead of checking against it")
    args = parser.parse_args()
    ref = Path(args.ref) / "reference.jsonl"
    docs = documents()
    t = time.perf_counter()
    got = outputs(docs)
    seconds = time.perf_counter() - t
    facts = sum(line.count('"quantity"') for line in got.values())
    if args.write:
        ref.parent.mkdir(parents=True, exist_ok=True)
        with open(ref, "w", encoding="utf-8") as fh:
            for key, line in got.items():
                fh.write(json.dumps({"key": key, "output": line}, ensure_ascii=False) + "\n")
        print(f"wrote {len(got)} runs of {len(docs)} texts ({facts:,} facts) to {ref} in {seconds:.1f} s")
        return 0
    with open(ref, encoding="utf-8") as fh:
        want = {r["key"]: r["output"] for r in map(json.loads, fh)}
    differ = [k for k in want if got.get(k) != want[k]] + [k for k in got if k not in want]
    for key in differ[:20]:
        print(f"DIFFERS: {key}")
    print(f"{len(got)} runs of {len(docs)} texts ({facts:,} facts) in {seconds:.1f} s: "
          f"{'identical' if not differ else f'{len(differ)} runs differ'}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
