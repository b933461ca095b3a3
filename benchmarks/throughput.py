"""Characters per second of vnextract.extract against underthesea.word_tokenize, same text.

    python benchmarks/throughput.py [--mb 1.0] [--runs 5]

Both run over the same documents (the seed pages and the `seeds` and `extra` gold texts,
or the sets given with --sets, repeated to about 1 MB), one call per document, in this one process, taking turns run by run
after a warm-up. Prints both speeds (medians), the median of the per-run
ratios (vnextract / word_tokenize; issue 11 targets >= 4 on the gold and corpus texts, >= 6 on the default corpus) and the peak memory.
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

from _corpus import DEFAULT_SETS, corpus  # noqa: E402


def warm_up(fn, docs):
    fn(docs[0])  # load models, compile patterns
    for d in docs[: min(len(docs), 20)]:
        fn(d)


def one_pass(fn, docs) -> float:
    t = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - t


def paired(fn_a, fn_b, docs, runs):
    """Median times of ``fn_a`` and ``fn_b`` and the median of their per-run ratios.

    The two run in turn (a, b, a, b, ...), so a change in the load of a shared
    machine touches both sides of each ratio alike.
    """
    warm_up(fn_a, docs)
    warm_up(fn_b, docs)
    times_a, times_b = [], []
    for _ in range(runs):
        times_a.append(one_pass(fn_a, docs))
        times_b.append(one_pass(fn_b, docs))
    ratios = [b / a for a, b in zip(times_a, times_b)]
    return statistics.median(times_a), statistics.median(times_b), statistics.median(ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in millions of characters")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS),
                        help="gold sets whose texts join the seed pages (default: %(default)s)")
    args = parser.parse_args()

    import vnextract
    from underthesea import word_tokenize

    docs = corpus(int(args.mb * 1_000_000), tuple(s for s in args.sets.split(",") if s))
    chars = sum(map(len, docs))
    extractor = vnextract.Extractor()
    t_extract, t_tokenize, ratio = paired(extractor.extract, word_tokenize, docs, args.runs)
    facts = sum(len(extractor.extract(d)) for d in docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: seeds + {args.sets}: {len(docs)} documents, {chars:,} characters, {facts:,} facts")
    print(f"vnextract.extract          {chars / t_extract:>12,.0f} chars/s  (median of {args.runs}: {t_extract:.3f} s)")
    print(f"underthesea.word_tokenize  {chars / t_tokenize:>12,.0f} chars/s  (median of {args.runs}: {t_tokenize:.3f} s)")
    print(f"ratio extract / word_tokenize: {ratio:.2f}  (median of the paired runs; targets (issue 11): >= 4 on gold texts, >= 6 on the default corpus)")
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
