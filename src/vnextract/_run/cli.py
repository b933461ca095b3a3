"""The ``vnextract`` command: extract, eval, schema.

``extract`` streams documents (text files, folders, globs, JSON Lines
corpora or stdin; ``inputs``) through a pool of worker processes (``pool``),
writes one JSON line per input document in input order (or one CSV or
Parquet row per fact, ``--format``), and never stops on a bad document: it
writes ``{"doc_id", "error"}`` for it (also for an input file it cannot
read), reports unreadable inputs on stderr and exits 1 at the end. A run
that cannot start (bad rules, an unwritable output, a worker that fails to
start) exits 2 with one message. ``eval`` names on stderr every gold document
the extractor failed on (its facts count as missed) and then exits 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Optional

from .._version import __version__
from .._dates import check_published
from .._errors import VnextractError
from .._models import Fact
from .._table import CsvTable, ParquetTable, need
from .inputs import count_documents, read_documents
from .output import AtomicOutput, Progress
from .pool import CONTRACTS, DEFAULT_CONTRACT, init_worker, load_rules, process, run, worker_extractor

FORMATS = {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


class JsonLines:
    """One JSON line per output record."""

    def __init__(self, stream: Any):
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        pass


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    return FORMATS.get(Path(args.output).suffix.lower(), "jsonl") if args.output else "jsonl"


# --------------------------------------------------------------------- commands


def cmd_extract(args: argparse.Namespace) -> int:
    problems: list[str] = []
    published = check_published(args.published)
    fmt = _format(args)
    if fmt == "parquet":
        need("pyarrow.parquet", "--format parquet")
        if args.output is None:
            print("vnextract: --format parquet needs -o FILE (Parquet is not streamed to stdout)",
                  file=sys.stderr)
            return 2
    load_rules(args.rules)  # a bad rule file stops here, before any worker starts
    jobs = args.jobs or os.cpu_count() or 1
    show = not args.quiet and sys.stderr.isatty()
    progress = Progress(enabled=show, total=count_documents(args.files) if show else None)
    docs = read_documents(args.files, published, problems)
    writer_of = {"jsonl": JsonLines, "csv": CsvTable, "parquet": ParquetTable}[fmt]
    try:
        with AtomicOutput(args.output, binary=fmt == "parquet") as out:
            writer = writer_of(out)
            for record in run(docs, jobs, args.rules, args.explain, sentences=fmt != "jsonl",
                              contract=args.contract):
                writer.write(record)
                progress.update(record)
            writer.close()
    finally:
        progress.close()
    for problem in problems:
        print(f"vnextract: {problem}", file=sys.stderr)
    for warning in progress.warnings():
        print(f"vnextract: warning: {warning}", file=sys.stderr)
    if not args.quiet:
        print(progress.summary(), file=sys.stderr)
    return 1 if problems or progress.errors else 0


class UsageError(VnextractError, ValueError):
    """A command given input it cannot use (a gold file that is not JSON Lines, no matching ids)."""


def _load_jsonl(path: str, what: str, needs: tuple[str, ...]) -> list[dict[str, Any]]:
    """The documents of a JSON Lines file; a ``UsageError`` that says what is wrong with it."""
    docs = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise UsageError(f"{path}:{n} is not JSON ({exc.msg}): a {what} file is JSON Lines, "
                                     f"one document per line as `vnextract extract` writes it") from None
                missing = [k for k in needs if not isinstance(obj, dict) or k not in obj]
                if missing and not (isinstance(obj, dict) and "error" in obj and "doc_id" in obj):
                    raise UsageError(f"{path}:{n}: a {what} document is a JSON object with "
                                     f"{', '.join(repr(k) for k in needs)}; this one lacks {', '.join(repr(k) for k in missing)}")
                docs.append(obj)
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror})") from None
    if not docs:
        raise UsageError(f"{path}: no documents")
    return docs


def _ids(ids: list[str], n: int = 3) -> str:
    return ", ".join(repr(i) for i in ids[:n]) + (", ..." if len(ids) > n else "")


def cmd_eval(args: argparse.Namespace) -> int:
    from .score import LEVELS, V2_LEVELS, is_v2, score

    gold = [doc for path in args.gold for doc in _load_jsonl(path, "gold", ("doc_id", "text", "facts"))]
    ids = [d["doc_id"] for d in gold]
    known = set(ids)
    if len(known) != len(ids):
        raise UsageError(f"a doc_id occurs twice in {' '.join(args.gold)}")
    if args.subset and not args.pred:
        raise UsageError("--subset scores the gold documents present in --pred: give --pred")
    init_worker(args.rules, False)
    failed: dict[str, str] = {}  # doc_id: why the extractor wrote no facts for it
    if args.pred:
        records = _load_jsonl(args.pred, "prediction", ("doc_id", "facts"))
        predicted = {d["doc_id"]: d.get("facts", []) for d in records}
        failed = {d["doc_id"]: d["error"] for d in records if "error" in d and d["doc_id"] in known}
        if not set(predicted) & known:
            raise UsageError(f"no doc_id of {args.pred} ({_ids(list(predicted))}) is a gold doc_id "
                             f"({_ids(ids)}): were they written from the same documents?")
        if args.subset:
            gold = [d for d in gold if d["doc_id"] in predicted]
        elif len(gold) > len(set(predicted) & known):
            print(f"vnextract: note: {len(gold) - len(set(predicted) & known)} of {len(gold)} gold "
                  f"documents have no prediction; their facts count as missed (--subset leaves them out)",
                  file=sys.stderr)
    else:
        # the same path as `vnextract extract`: the gold's published, else the date line
        predicted = {}
        for doc in gold:
            record = process({"doc_id": doc["doc_id"], "text": doc["text"], "published": doc.get("published"),
                              "contract": "v2" if is_v2(doc) else "v1"})
            predicted[doc["doc_id"]] = record.get("facts", [])
            if "error" in record:
                failed[doc["doc_id"]] = record["error"]
    result = score(gold, predicted)
    table = result.table()
    table["documents"] = len(gold)
    table["failed"] = failed
    for doc_id, error in failed.items():  # a failed document scores as no facts: say so, and exit 1
        print(f"vnextract: {doc_id}: the extractor failed ({error}); its facts count as missed", file=sys.stderr)
    if args.json:
        print(json.dumps(table, ensure_ascii=False))
    else:
        print(f"{' + '.join(args.gold)}: {len(gold)} documents, {result.gold} gold facts, "
              f"{result.predicted} predicted")
        print(f"{'level':<8} {'P':>7} {'R':>7} {'F1':>7} {'matches':>8}")
        for level in LEVELS:
            row = table[level]
            print(f"{level:<8} {row['precision']:>7.3f} {row['recall']:>7.3f} {row['f1']:>7.3f} "
                  f"{row['matches']:>8}")
        print("attribute accuracy over Q pairs: " + ", ".join(
            f"{k} {v:.3f}" for k, v in table["attributes"].items()))
        if "v2" in table:  # contract v2 gold: subject and base
            v2 = table["v2"]
            for level in V2_LEVELS:
                row = v2[level]
                print(f"{level:<8} {row['precision']:>7.3f} {row['recall']:>7.3f} {row['f1']:>7.3f} "
                      f"{row['matches']:>8}   (contract v2, {v2['documents']} documents)")
            print(f"base type accuracy {v2['base_type_accuracy']:.3f} over {v2['base_pairs']} pairs whose gold "
                  f"has a base; gold type -> predicted: " + "; ".join(
                      f"{g}: " + ", ".join(f"{p} {n}" for p, n in row.items()) for g, row in v2["base_confusion"].items()))
        if table["families"]:
            print("errors by family: " + ", ".join(f"{k} {v}" for k, v in table["families"].items()))
        if table["period_places"]:
            print("period errors, where each period stands: " + "; ".join(
                f"{k} {v}" for k, v in table["period_places"].items()))
    if args.errors:
        texts = {d["doc_id"]: d["text"] for d in gold}
        for err in result.errors:
            q = (err.get("gold") or err["pred"])["quantity"]
            err["sentence"] = worker_extractor().sentence_at(texts[err["doc_id"]], q["start"], q["end"]).text
            print(json.dumps(err, ensure_ascii=False) if args.json else _describe(err))
    return 1 if failed else 0


def _describe(err: dict[str, Any]) -> str:
    def fact(f: Optional[dict[str, Any]]) -> str:
        if not f:
            return "-"
        q, m, p = f["quantity"], f.get("metric") or {}, f.get("period") or {}
        return (f"{q['text']!r} [{q['value']:g} {q['canonical_unit']}] metric={m.get('text')!r} "
                f"period={p.get('from')}..{p.get('to')} {f.get('kind')}/{f.get('direction')}/"
                f"{f.get('status')}/{q.get('approx')}")

    head = f"{err['type'].upper():<9} {err['doc_id']}"
    context = f"\n    in   {err['sentence']}" if err.get("sentence") else ""
    if err["type"] == "partial":
        what = [w for w, ok in (("metric", err["metric_ok"]), ("period", err["period_ok"])) if not ok]
        what += err["wrong"]
        families = f" [{'; '.join(err['families'])}]" if err.get("families") else ""
        return (f"{head} wrong {','.join(what)}{families}\n    pred {fact(err['pred'])}\n"
                f"    gold {fact(err['gold'])}" + context)
    side = "pred" if err["type"] == "spurious" else "gold"
    return f"{head}\n    {side} {fact(err.get('pred') or err.get('gold'))}{context}"


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(Fact.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))
    return 0


def _jobs(value: str) -> int:
    """``--jobs``: a number of processes, or 0 for all cores."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"{jobs} processes: give 1 or more, or 0 for all cores")
    return jobs


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnextract", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract facts from text files, folders, globs or JSONL")
    ex.add_argument("files", nargs="*", help=".txt or .jsonl files, folders or globs (default: stdin)")
    ex.add_argument("-o", "--output", help="write here (atomically) instead of stdout")
    ex.add_argument("--format", "-f", choices=("jsonl", "csv", "parquet"),
                    help="jsonl: one record per document (default); csv, parquet: one row per fact "
                         "(default: from the -o suffix)")
    ex.add_argument("--published", help="publication date (YYYY[-MM[-DD]], an ISO date-time or dd/mm/yyyy) "
                                        "for plain text input; else the article's date line is read")
    ex.add_argument("--jobs", "-j", type=_jobs, default=0, help="worker processes (default 0: all cores)")
    ex.add_argument("--rules", help="a TOML rule file or folder extending the default rules")
    ex.add_argument("--contract", choices=CONTRACTS, default=DEFAULT_CONTRACT,
                    help=f"v1: the first contract (a breakdown's part as metric); v2: metric is the "
                         f"measured property, with subject and base (default: {DEFAULT_CONTRACT})")
    ex.add_argument("--explain", action="store_true",
                    help="add the rules that fired and the sentence around it to each fact")
    ex.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary on stderr")
    ex.set_defaults(func=cmd_extract)
    ev = sub.add_parser("eval", help="score the extractor (or a prediction file) against gold")
    ev.add_argument("gold", nargs="+", help="gold JSON Lines file(s); several are scored together")
    ev.add_argument("--pred", help="score this prediction file instead of running the extractor")
    ev.add_argument("--subset", action="store_true",
                    help="score only the gold documents present in --pred (a second annotator's labels)")
    ev.add_argument("--rules", help="a TOML rule file or folder extending the default rules")
    ev.add_argument("--json", action="store_true",
                    help="print the table as one JSON object (and each error as a JSON line)")
    ev.add_argument("--errors", action="store_true",
                    help="list missed, spurious and partly wrong facts, each with its sentence")
    ev.set_defaults(func=cmd_eval)
    sc = sub.add_parser("schema", help="print the JSON Schema of a fact")
    sc.set_defaults(func=cmd_schema)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except VnextractError as exc:
        print(f"vnextract: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `vnextract extract ... | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (OSError, json.JSONDecodeError) as exc:
        print(f"vnextract: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
