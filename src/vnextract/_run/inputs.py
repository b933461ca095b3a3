"""The documents of a command line: text files, folders, globs, JSON Lines corpora or stdin.

Each document is ``{"doc_id", "source", "text", "published"}``, or
``{"doc_id", "source", "error"}`` for one that cannot be read (the problem
is also noted for stderr). Identity:

- a ``.txt`` file named on the command line is its stem (``seeds/001.txt`` →
  ``001``); one found in a folder or by a glob is its path relative to that
  folder (or to the glob's fixed part), without the suffix (``a/report``,
  ``b/report``), so files of the same name in two folders stay apart;
- a ``.jsonl`` line keeps its own ``doc_id`` (else ``path:line``): a folder
  holding ``.txt`` and ``.jsonl`` files reads each as its own kind;
- ``source`` is the file the document came from, as the user named it;
- a ``doc_id`` seen before is an error record, not a second document.
"""

from __future__ import annotations

import glob
import io
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, TextIO

SUFFIXES = (".txt", ".jsonl")
COUNT_BYTES = 1 << 30  # JSON Lines up to this size in all are counted for the progress bar


def expand(paths: list[str]) -> Iterator[tuple[Path, Optional[Path]]]:
    """Each input file with the folder its id is relative to (None: the file was named)."""
    for name in paths:
        path = Path(name)
        if glob.has_magic(name) and not path.exists():
            base = _fixed_part(name)
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield path, None  # reported as missing
            for m in matches:
                found = Path(m)
                if found.is_dir():
                    yield from _folder(found, found)
                else:
                    yield found, base
        elif path.is_dir():
            yield from _folder(path, path)
        else:
            yield path, None


def _folder(folder: Path, base: Path) -> Iterator[tuple[Path, Optional[Path]]]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    if not files:
        yield folder, base  # reported as a folder with nothing to read
    for path in files:
        yield path, base


def _fixed_part(pattern: str) -> Path:
    """The folder a glob starts from: its leading parts without a wildcard."""
    parts = Path(pattern).parts
    fixed = parts[: next((i for i, p in enumerate(parts) if glob.has_magic(p)), len(parts))]
    return Path(*fixed) if fixed else Path(".")


def text_id(path: Path, base: Optional[Path]) -> str:
    """The id of a text file: its stem when named, else its path under ``base`` without suffix.

    >>> text_id(Path("in/a/report.txt"), Path("in")), text_id(Path("in/a/report.txt"), None)
    ('a/report', 'report')
    """
    if base is None:
        return path.stem
    try:
        relative = path.relative_to(base)
    except ValueError:
        return path.stem
    return relative.with_suffix("").as_posix()


def read_documents(paths: list[str], published: Optional[str], problems: list[str]
                   ) -> Iterator[dict[str, Any]]:
    """Every document of ``paths`` (stdin when empty), each id once."""
    return unique_ids(_documents(paths, published, problems), problems)


def _documents(paths: list[str], published: Optional[str], problems: list[str]) -> Iterator[dict[str, Any]]:
    if not paths:
        yield from _read_stream(sys.stdin, published, problems)
        return
    for path, base in expand(paths):
        if path.is_dir():
            problems.append(f"{path}: is a directory with no .txt or .jsonl files")
            continue
        source = str(path)
        problem = None
        try:
            if path.suffix == ".jsonl":
                with open(path, "rb") as fh:
                    yield from _read_jsonl(fh, source, problems)
                continue
            raw = path.read_bytes()
            try:
                yield {"doc_id": text_id(path, base), "source": source, "text": raw.decode("utf-8"),
                       "published": published}
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
        doc_id = source if path.suffix == ".jsonl" else text_id(path, base)
        yield {"doc_id": doc_id, "source": source, "error": f"{path}: {problem}"}


def _read_stream(stream: TextIO, published: Optional[str], problems: list[str]) -> Iterator[dict[str, Any]]:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"<stdin>: not UTF-8 ({exc.reason} at byte {exc.start})")
        return
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lstrip().startswith("{"):  # JSON Lines: bad lines become error records
        yield from _read_jsonl(io.BytesIO(data), "<stdin>", problems)
    else:
        yield {"doc_id": "stdin", "source": "<stdin>", "text": text, "published": published}


def _read_jsonl(fh: Iterable[bytes], source: str, problems: list[str]) -> Iterator[dict[str, Any]]:
    for n, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        where = f"{source}:{n}"
        head = {"doc_id": where, "source": source}
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            problems.append(f"{where}: not UTF-8 ({exc.reason})")
            yield {**head, "error": f"line {n} is not UTF-8"}
            continue
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: malformed JSON ({exc.msg})")
            yield {**head, "error": f"line {n} is malformed JSON: {exc.msg}"}
            continue
        if isinstance(obj, dict) and obj.get("doc_id") is not None:
            head["doc_id"] = str(obj["doc_id"])
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            problems.append(f"{where}: a line needs an object with a string 'text'")
            yield {**head, "error": f"line {n} has no string 'text'"}
            continue
        yield {**head, "text": obj["text"], "published": obj.get("published")}


def unique_ids(docs: Iterable[dict[str, Any]], problems: list[str]) -> Iterator[dict[str, Any]]:
    """The documents, a repeated ``doc_id`` turned into an error record naming both sources."""
    seen: dict[str, Optional[str]] = {}
    for doc in docs:
        doc_id = doc["doc_id"]
        if doc_id in seen:
            message = f"duplicate doc_id {doc_id!r} (first in {seen[doc_id]})"
            problems.append(f"{doc.get('source')}: {message}")
            yield {"doc_id": doc_id, "source": doc.get("source"), "error": message}
            continue
        seen[doc_id] = doc.get("source")
        yield doc


def count_documents(paths: list[str]) -> Optional[int]:
    """How many documents ``paths`` hold, when that is cheap to know (None: unknown).

    A text file is one; a JSON Lines file is one per non-blank line, counted
    while all JSON Lines together stay under ``COUNT_BYTES``; stdin is unknown.
    """
    if not paths:
        return None
    total, budget = 0, COUNT_BYTES
    for path, _ in expand(paths):
        if path.suffix != ".jsonl" or not path.is_file():
            total += not path.is_dir()
            continue
        try:
            budget -= os.path.getsize(path)
            if budget < 0:
                return None
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            total += 1  # an unreadable file is one error record
    return total
