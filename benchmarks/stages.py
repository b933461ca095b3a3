"""Where `extract` spends its time, stage by stage (a cProfile of one pass over the corpus).

    python benchmarks/stages.py [--kb 300] [--sets seeds,extra]

Prints each stage's share of the time (cumulative time of its entry points) and the
functions that cost most on their own.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from _corpus import DEFAULT_SETS, corpus  # noqa: E402

import vnextract  # noqa: E402

# (stage, file, function): the entry points whose cumulative time is the stage's
STAGES = (
    ("blocks: normalise, segment, quantities, periods", "_extractor.py", "_block"),
    ("metric (readings, features, choice)", "metric.py", "decide"),
    ("period attachment", "attach_period.py", "decide"),
    ("kind", "kind.py", "decide"),
    ("status", "status.py", "decide"),
    ("base", "base.py", "decide"),
    ("Fact models", "_extractor.py", "_fact"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=300, help="corpus size in thousands of characters")
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    args = parser.parse_args()
    docs = corpus(args.kb * 1000, tuple(args.sets.split(",")))
    ex = vnextract.Extractor()
    for d in docs[:20]:  # warm up: compile patterns, load models
        ex.extract(d)
    profile = cProfile.Profile()
    profile.enable()
    for d in docs:
        ex.extract(d)
    profile.disable()
    stats = pstats.Stats(profile)
    total = sum(tt for (_, _, _), (_, _, tt, _, _) in stats.stats.items())
    print(f"{sum(map(len, docs)):,} characters, {total:.2f} s under the profiler")
    for stage, file, func in STAGES:
        cumulative = sum(ct for (path, _, name), (_, _, _, ct, _) in stats.stats.items()
                         if name == func and path.endswith(file))
        print(f"  {stage:<50} {100 * cumulative / total:5.1f} %")
    stats.sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()
