"""Characters per second of vnextract.extract against underthesea.word_tokenize, same text.

    python benchmarks/throughput.py [--mb 1.0] [--runs 5]

Both run over the same documents (the seeds and gold texts repeated to about
1 MB), one call per document, in this one process; each figure is the median
of several timed runs after a warm-up. Prints both speeds, their ratio
(vnextract / word_tokenize; the target is >= 2.0) and the peak memory.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from _corpus import corpus  # noqa: E402


def timed(fn, docs, runs):
    fn(docs[0])  # warm-up: load models, compile patterns
    for d in docs[: min(len(docs), 20)]:
        fn(d)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        for d in docs:
            fn(d)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in millions of characters")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import vnextract
    from underthesea import word_tokenize

    docs = corpus(int(args.mb * 1_000_000))
    chars = sum(map(len, docs))
    extractor = vnextract.Extractor()
    t_extract = timed(extractor.extract, docs, args.runs)
    t_tokenize = timed(word_tokenize, docs, args.runs)
    facts = sum(len(extractor.extract(d)) for d in docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(docs)} documents, {chars:,} characters, {facts:,} facts")
    print(f"vnextract.extract          {chars / t_extract:>12,.0f} chars/s  (median of {args.runs}: {t_extract:.3f} s)")
    print(f"underthesea.word_tokenize  {chars / t_tokenize:>12,.0f} chars/s  (median of {args.runs}: {t_tokenize:.3f} s)")
    print(f"ratio extract / word_tokenize: {t_tokenize / t_extract:.2f}  (target >= 2.0)")
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
