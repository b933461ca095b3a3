"""`vnextract extract --jobs 1` against `--jobs 2` on a ~20 MB JSON Lines corpus.

    python benchmarks/parallel.py [--mb 20]

Writes the corpus (seed and gold texts repeated) to a temporary folder, runs
the command line with each job count, and prints wall time, speed-up and the
peak memory (max RSS) of the command's processes, so that flat memory on a
large input can be seen.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import corpus  # noqa: E402


def run(corpus_path: Path, jobs: int) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "vnextract", "extract", str(corpus_path),
                          "--jobs", str(jobs), "-q", "-o", os.devnull], check=True)
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return dt, max(peak, before) / 1024, out.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        docs = corpus(int(args.mb * 1_000_000))
        with open(path, "w", encoding="utf-8") as fh:
            for i, text in enumerate(docs):
                fh.write(json.dumps({"doc_id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
        size = path.stat().st_size / 1e6
        print(f"corpus: {len(docs)} documents, {size:.1f} MB of JSON Lines, {os.cpu_count()} cores")
        t1, m1, _ = run(path, 1)
        print(f"--jobs 1: {t1:7.1f} s   peak RSS {m1:6.0f} MB")
        t2, m2, _ = run(path, 2)
        print(f"--jobs 2: {t2:7.1f} s   peak RSS {m2:6.0f} MB (per process)")
        print(f"speed-up: {t1 / t2:.2f}x")


if __name__ == "__main__":
    main()
