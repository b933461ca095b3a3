"""Run the atheris fuzz target for a bounded number of inputs (see fuzz/fuzz_extract.py)."""

import subprocess
import sys

import pytest

from conftest import ROOT

RUNS = 20000


@pytest.mark.slow
def test_fuzz_extract_bounded():
    out = subprocess.run([sys.executable, str(ROOT / "fuzz" / "fuzz_extract.py"), f"-runs={RUNS}",
                          "-max_total_time=240", "-seed=1"], capture_output=True, text=True, timeout=400)
    assert out.returncode == 0, out.stderr[-3000:]
    assert f"Done {RUNS} runs" in out.stderr, out.stderr[-3000:]
