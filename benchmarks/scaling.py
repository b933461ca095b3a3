"""Time against input size and fact density: linear growth on normal, dense and pathological input.

    python benchmarks/scaling.py [--max-mb 10] [--max-facts 100000]

One `extract` call per size on one text made of the seed and gold documents
(10 KB → 10 MB); then dense text, where every few words are a figure in one
paragraph (1,000 → 10,000 → 100,000 facts: a repeated change, a repeated
amount, a pasted district table of 10,000 rows with and without periods);
then pathological texts (a megabyte of digits, dots and commas; 100 000
repetitions of "tăng "; long runs of parentheses). For each series it
prints seconds, microseconds per character and per fact: linear growth keeps
those columns flat (a super-linear blow-up makes them grow with the size).
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
    print(f"{'chars':>12} {'facts':>9} {'seconds':>9} {'us/char':>9} {'us/fact':>9}")
    per_k = []
    for size in sizes:
        text = make(size)
        t = time.perf_counter()
        n_facts = len(extractor.extract(text))
        dt = time.perf_counter() - t
        per_k.append(dt / len(text) * 1e6)
        per_fact = f"{dt / n_facts * 1e6:>9.1f}" if n_facts else f"{'-':>9}"
        print(f"{len(text):>12,} {n_facts:>9,} {dt:>9.3f} {per_k[-1]:>9.2f} {per_fact}")
    growth = per_k[-1] / per_k[0] if per_k[0] else float("nan")
    print(f"per-character cost, largest / smallest: {growth:.2f} (linear: close to 1)")
    return growth


# Dense text: one paragraph of figures, as a pasted statistics table gives.
# Each row holds the number of facts given beside it.
DENSE_ROWS = {
    "a change repeated (1 fact a row)": ("tăng 12% ", 1),
    "an amount repeated (1 fact a row)": ("đạt 1.234 tỷ đồng, ", 1),
    "a district table (2 facts a row)": ("Huyện Đông Hưng: 1.234 ha, tăng 5,6%; ", 2),
    "a table with periods and bases (2 facts a row)": ("năm 2020 đạt 1.234 ha, tăng 5,6% so với cùng kỳ; ", 2),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=10.0)
    parser.add_argument("--max-facts", type=int, default=100_000,
                        help="largest number of facts in one dense paragraph")
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
    for name, (row, per_row) in DENSE_ROWS.items():
        counts = [n for n in (1_000, 10_000, 100_000) if n <= args.max_facts]
        series(f"dense, one paragraph: {name}", lambda n, row=row, k=per_row: row * (n // k),
               counts, extractor)
    small = [s for s in (10_000, 100_000, 1_000_000) if s <= top]
    series("digits, dots and commas", digits, small, extractor)
    series('"tăng " repeated (100 000 times at 500 KB)', cue, small[:-1] + [500_000], extractor)
    series("nested parentheses", parens, small, extractor)


if __name__ == "__main__":
    main()
