"""Where ``extract`` writes: stdout, or a file replaced atomically; and what the user sees meanwhile.

``AtomicOutput`` writes beside the target and renames on success, so a
reader never sees half a file. The file gets the mode a plain ``open`` would
give it (the user's umask, or the mode of the file it replaces), and every
error names the user's path, never the temporary one.

``Progress`` is a tqdm bar on stderr (documents done, of how many when that is
known, rate and time left), shown only when stderr is a terminal.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any, Optional

from .._errors import VnextractError


class OutputError(VnextractError, OSError):
    """The output file cannot be written; the message names the user's path."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class AtomicOutput:
    """Write to a temporary file beside the target and rename it on success."""

    def __init__(self, path: Optional[str], binary: bool = False):
        self.path = path
        self.binary = binary
        self.tmp: Optional[str] = None
        self.fh: Optional[IO[Any]] = None

    def _fail(self, exc: OSError) -> OutputError:
        return OutputError(f"cannot write {self.path}: {exc.strerror or exc}")

    def __enter__(self) -> IO[Any]:
        if self.path is None:
            return sys.stdout.buffer if self.binary else sys.stdout
        target = Path(self.path)
        if target.is_dir():
            raise OutputError(f"cannot write {self.path}: is a directory")
        try:
            mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~_umask()
            fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.absolute().parent)
            os.fchmod(fd, mode)
        except OSError as exc:
            raise self._fail(exc) from None
        self.fh = os.fdopen(fd, "wb") if self.binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.path is None:
            (sys.stdout.buffer if self.binary else sys.stdout).flush()
            return
        try:
            self.fh.close()
            if exc_type is None:
                os.replace(self.tmp, self.path)
        except OSError as error:
            exc_type, exc = OSError, error
        if exc_type is not None:
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            if isinstance(exc, OSError) and not isinstance(exc, OutputError):
                raise self._fail(exc) from None


class Progress:
    """Documents done on a tqdm bar (stderr, a terminal only), and the closing summary line."""

    def __init__(self, enabled: bool, total: Optional[int] = None, stream: Optional[IO[str]] = None):
        from tqdm import tqdm

        stream = stream or sys.stderr
        self.start = time.monotonic()
        self.docs = self.facts = self.errors = self.undated = 0
        self.bar = tqdm(total=total, unit="doc", file=stream, disable=not enabled, dynamic_ncols=True,
                        smoothing=0.1, mininterval=0.2)

    def update(self, record: dict[str, Any]) -> None:
        self.docs += 1
        self.facts += len(record.get("facts", []))
        self.errors += "error" in record
        self.undated += "error" not in record and record.get("published") is None
        self.bar.set_postfix_str(f"{self.facts} facts, {self.errors} errors", refresh=False)
        self.bar.update()

    def close(self) -> None:
        self.bar.close()

    def summary(self) -> str:
        return (f"{self.docs} documents, {self.facts} facts, {self.errors} errors, "
                f"{time.monotonic() - self.start:.2f} s")

    def warnings(self) -> list[str]:
        if not self.undated:
            return []
        if self.undated == 1:
            return ["1 document had no date; its relative periods are null (give --published or a "
                    "'published' field)"]
        return [f"{self.undated} documents had no date; their relative periods are null (give "
                f"--published or a 'published' field)"]
