"""Time against input size: linear growth on normal and pathological input.

    python benchmarks/scaling.py [--max-mb 10]

One `extract` call per size on one text made of the seed and gold documents
(10 KB → 10 MB), then on pathological texts (a megabyte of digits, dots and
commas; 100 000 repetitions of "tăng "; long runs of parentheses). For each
series it prints seconds and microseconds per character: linear
growth keeps the last column flat (a super-linear blow-up makes it grow
with the size).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from _corpus import corpus  # noqa: E402


def series(name, make, sizes, extractor):
    print(f"\n{name}")
    print(f"{'chars':>12} {'seconds':>9} {'us/char':>9}")
    per_k = []
    for size in sizes:
        text = make(size)
        t = time.perf_counter()
        extractor.extract(text)
        dt = time.perf_counter() - t
        per_k.append(dt / len(text) * 1e6)
        print(f"{len(text):>12,} {dt:>9.3f} {per_k[-1]:>9.2f}")
    growth = per_k[-1] / per_k[0] if per_k[0] else float("nan")
    print(f"per-character cost, largest / smallest: {growth:.2f} (linear: close to 1)")
    return growth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=10.0)
    args = parser.parse_args()

    import vnextract

    extractor = vnextract.Extractor()
    for text in corpus(200_000):  # warm-up: compile patterns, load the tagger
        extractor.extract(text)
    top = int(args.max_mb * 1_000_000)
    sizes = [s for s in (10_000, 100_000, 1_000_000, 10_000_000) if s <= top]

    def news(size):
        return "\n\n".join(corpus(size))[:size]

    rng = random.Random(7)

    def digits(size):
        return "".join(rng.choice("0123456789.,") for _ in range(size))

    def cue(size):
        return "tăng " * (size // 5)

    def parens(size):
        return "(" * (size // 2) + "5%" + ")" * (size // 2)

    series("news text (seeds and gold, concatenated)", news, sizes, extractor)
    small = [s for s in (10_000, 100_000, 1_000_000) if s <= top]
    series("digits, dots and commas", digits, small, extractor)
    series('"tăng " repeated (100 000 times at 500 KB)', cue, small[:-1] + [500_000], extractor)
    series("nested parentheses", parens, small, extractor)


if __name__ == "__main__":
    main()
