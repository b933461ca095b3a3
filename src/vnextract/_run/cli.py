"""The ``vnextract`` command: extract, eval, schema.

``extract`` streams documents (text files, folders, globs, JSON Lines
corpora or stdin) through a pool of worker processes, writes one JSON line
per input document in input order, and never stops on a bad document: it
writes ``{"doc_id", "error"}`` for it (also for an input file it cannot
read), reports unreadable inputs on stderr and exits non-zero at the end.
"""

from __future__ import annotations

import argparse
import glob
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, TextIO

from .._dates import check_published
from .._errors import VnextractError
from .._models import Fact
from .pool import init_worker, process, run

# --------------------------------------------------------------------- inputs


class InputProblem(Exception):
    """An input that cannot be read (reported on stderr, the run goes on)."""


def _expand(paths: list[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if any(ch in name for ch in "*?[") and not path.exists():
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield path  # reported as missing
            for m in matches:
                yield Path(m)
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".txt", ".jsonl"))
            yield from files
        else:
            yield path


def read_documents(paths: list[str], published: Optional[str], problems: list[str]
                   ) -> Iterator[dict[str, Any]]:
    """Yield documents ``{"doc_id", "text", "published"}`` (or ``{"doc_id", "error"}``)."""
    if not paths:
        yield from _read_stream(sys.stdin, "<stdin>", published, problems, stem="stdin")
        return
    for path in _expand(paths):
        if path.is_dir():
            problems.append(f"{path}: is a directory with no .txt or .jsonl files")
            continue
        problem = None
        try:
            if path.suffix == ".jsonl":
                with open(path, "rb") as fh:
                    yield from _read_jsonl(fh, str(path), problems)
                continue
            raw = path.read_bytes()
            try:
                yield {"doc_id": path.stem, "text": raw.decode("utf-8"), "published": published}
                continue
            except UnicodeDecodeError as exc:
                problem = f"not UTF-8 ({exc.reason} at byte {exc.start})"
        except FileNotFoundError:
            problem = "no such file"
        except IsADirectoryError:
            problem = "is a directory"
        except OSError as exc:
            problem = f"cannot read ({exc.strerror})"
        problems.append(f"{path}: {problem}")
        # every named input gets a line in the output, so a consumer sees what was lost
        yield {"doc_id": path.stem if path.suffix != ".jsonl" else str(path), "error": f"{path}: {problem}"}


def _read_stream(stream: TextIO, name: str, published: Optional[str], problems: list[str],
                 stem: str) -> Iterator[dict[str, Any]]:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{name}: not UTF-8 ({exc.reason} at byte {exc.start})")
        return
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lstrip().startswith("{"):  # JSON Lines: bad lines become error records
        yield from _read_jsonl(io.BytesIO(data), name, problems)
    else:
        yield {"doc_id": stem, "text": text, "published": published}


def _read_jsonl(fh: Iterable[bytes], name: str, problems: list[str]) -> Iterator[dict[str, Any]]:
    for n, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            problems.append(f"{where}: not UTF-8 ({exc.reason})")
            yield {"doc_id": where, "error": f"line {n} is not UTF-8"}
            continue
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: malformed JSON ({exc.msg})")
            yield {"doc_id": where, "error": f"line {n} is malformed JSON: {exc.msg}"}
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            problems.append(f"{where}: a line needs an object with a string 'text'")
            doc_id = obj.get("doc_id", where) if isinstance(obj, dict) else where
            yield {"doc_id": doc_id, "error": f"line {n} has no string 'text'"}
            continue
        doc_id = obj.get("doc_id")
        yield {"doc_id": where if doc_id is None else str(doc_id), "text": obj["text"],
               "published": obj.get("published")}


class Progress:
    """A one-line progress counter on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.docs = self.facts = self.errors = 0

    def update(self, record: dict[str, Any]) -> None:
        self.docs += 1
        self.facts += len(record.get("facts", []))
        self.errors += "error" in record
        if self.enabled and (self.docs % 25 == 0 or self.docs < 25):
            rate = self.docs / max(time.monotonic() - self.start, 1e-9)
            sys.stderr.write(f"\r{self.docs} documents, {self.facts} facts, {rate:.0f} docs/s")
            sys.stderr.flush()

    def summary(self) -> str:
        if self.enabled:
            sys.stderr.write("\r" + " " * 60 + "\r")
        return (f"{self.docs} documents, {self.facts} facts, {self.errors} errors, "
                f"{time.monotonic() - self.start:.2f} s")


class AtomicOutput:
    """Write to a temporary file beside the target and rename it on success."""

    def __init__(self, path: Optional[str]):
        self.path = path
        self.tmp: Optional[str] = None

    def __enter__(self) -> TextIO:
        if self.path is None:
            return sys.stdout
        target = Path(self.path).resolve()
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        self.fh = os.fdopen(fd, "w", encoding="utf-8")
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.path is None:
            sys.stdout.flush()
            return
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)


# --------------------------------------------------------------------- commands


def cmd_extract(args: argparse.Namespace) -> int:
    problems: list[str] = []
    try:
        published = check_published(args.published)
    except VnextractError as exc:
        print(f"vnextract: {exc}", file=sys.stderr)
        return 2
    docs = read_documents(args.files, published, problems)
    progress = Progress(enabled=not args.quiet)
    jobs = args.jobs or os.cpu_count() or 1
    with AtomicOutput(args.output) as out:
        for record in run(docs, jobs, args.rules, args.explain):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            progress.update(record)
    for problem in problems:
        print(f"vnextract: {problem}", file=sys.stderr)
    if not args.quiet:
        print(progress.summary(), file=sys.stderr)
    return 1 if problems or progress.errors else 0


def _load_jsonl(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def cmd_eval(args: argparse.Namespace) -> int:
    from .score import LEVELS, score

    gold = [doc for path in args.gold for doc in _load_jsonl(path)]
    ids = [d["doc_id"] for d in gold]
    if len(set(ids)) != len(ids):
        print(f"vnextract eval: a doc_id occurs twice in {' '.join(args.gold)}", file=sys.stderr)
        return 2
    if args.pred:
        predicted = {d["doc_id"]: d.get("facts", []) for d in _load_jsonl(args.pred)}
    else:
        # the same path as `vnextract extract`, date-line detection included
        init_worker(args.rules, False)
        predicted = {}
        for doc in gold:
            record = process({"doc_id": doc["doc_id"], "text": doc["text"], "published": doc.get("published")})
            predicted[doc["doc_id"]] = record.get("facts", [])
    result = score(gold, predicted)
    table = result.table()
    table["documents"] = len(gold)
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
    if args.errors:
        for err in result.errors:
            print(_describe(err))
    return 0


def _describe(err: dict[str, Any]) -> str:
    def fact(f: Optional[dict[str, Any]]) -> str:
        if not f:
            return "-"
        q, m, p = f["quantity"], f.get("metric") or {}, f.get("period") or {}
        return (f"{q['text']!r} [{q['value']:g} {q['canonical_unit']}] metric={m.get('text')!r} "
                f"period={p.get('from')}..{p.get('to')} {f.get('kind')}/{f.get('direction')}/"
                f"{f.get('status')}/{q.get('approx')}")

    head = f"{err['type'].upper():<9} {err['doc_id']}"
    if err["type"] == "partial":
        what = [w for w, ok in (("metric", err["metric_ok"]), ("period", err["period_ok"])) if not ok]
        what += err["wrong"]
        return f"{head} wrong {','.join(what)}\n    pred {fact(err['pred'])}\n    gold {fact(err['gold'])}"
    return f"{head}\n    {'pred' if err['type'] == 'spurious' else 'gold'} {fact(err.get('pred') or err.get('gold'))}"


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(Fact.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnextract", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract facts from text files, folders, globs or JSONL")
    ex.add_argument("files", nargs="*", help=".txt or .jsonl files, folders or globs (default: stdin)")
    ex.add_argument("-o", "--output", help="write JSON Lines here (atomically) instead of stdout")
    ex.add_argument("--published", help="publication date YYYY[-MM[-DD]] for plain text input")
    ex.add_argument("--jobs", "-j", type=int, default=0, help="worker processes (default: all cores)")
    ex.add_argument("--rules", help="a TOML rule file or folder extending the default rules")
    ex.add_argument("--explain", action="store_true", help="add the rules that fired to each fact")
    ex.add_argument("--quiet", "-q", action="store_true", help="no progress or summary on stderr")
    ex.set_defaults(func=cmd_extract)
    ev = sub.add_parser("eval", help="score the extractor (or a prediction file) against gold")
    ev.add_argument("gold", nargs="+", help="gold JSON Lines file(s); several are scored together")
    ev.add_argument("--pred", help="score this prediction file instead of running the extractor")
    ev.add_argument("--rules", help="a TOML rule file or folder extending the default rules")
    ev.add_argument("--json", action="store_true", help="print the table as one JSON object")
    ev.add_argument("--errors", action="store_true", help="list missed, spurious and partly wrong facts")
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
    except (OSError, json.JSONDecodeError) as exc:
        print(f"vnextract: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
