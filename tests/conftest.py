import json
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"


def load_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def extractor():
    from vnextract import Extractor

    return Extractor()


def vn_number(value: Decimal) -> str:
    """A non-negative Decimal written the Vietnamese way: 1.234.567,89 (the property tests' numbers)."""
    whole, _, frac = f"{value:f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    frac = frac.rstrip("0")
    return ".".join(groups) + ("," + frac if frac else "")
