"""What each period pattern costs when scanned over the corpus alone (the text-wide period scan).

    python benchmarks/period_patterns.py [--kb 200] [--top 15] [--fused]

Prints the slowest patterns (best of 3 scans, milliseconds and matches) and their total;
``--fused`` also times one alternation of every pattern as a look-ahead, the obvious way to
scan once instead of once per pattern.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from _corpus import DEFAULT_SETS, corpus  # noqa: E402

import vnextract  # noqa: E402
from vnextract._stages import periods  # noqa: E402

GROUP_NAME = regex.compile(r"\(\?P<\w+>")


def _best_of(runs: int, scan) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        found = scan()
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=200, help="corpus size in thousands of characters")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--fused", action="store_true")
    args = parser.parse_args()
    text = "\n".join(corpus(args.kb * 1000, tuple(DEFAULT_SETS)))
    patterns = vnextract.Extractor().rules.compiled(periods.Patterns).patterns
    timed = []
    for name, _resolver, _local, _params, pattern in patterns:
        seconds, found = _best_of(3, lambda p=pattern: sum(1 for _ in p.finditer(text)))
        timed.append((seconds, name, found))
    timed.sort(reverse=True)
    print(f"{len(text):,} characters, {len(timed)} period patterns, "
          f"{sum(t for t, _, _ in timed) * 1000:.0f} ms for all of them")
    for seconds, name, found in timed[:args.top]:
        print(f"  {seconds * 1000:7.1f} ms  {found:6d}  {name}")
    if args.fused:
        fused = regex.compile("|".join("(?=" + GROUP_NAME.sub("(?:", p.pattern) + ")" for *_, p in patterns),
                              patterns[0][4].flags)
        seconds, found = _best_of(1, lambda: sum(1 for _ in fused.finditer(text)))
        print(f"one fused alternation of look-aheads: {seconds * 1000:.0f} ms ({found} positions)")


if __name__ == "__main__":
    main()
