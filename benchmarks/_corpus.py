"""The benchmark corpus: the seed and gold texts, repeated to a target size."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def base_texts() -> list[str]:
    texts = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "gold").glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def corpus(target_chars: int) -> list[str]:
    """Documents cycled from the base texts until they hold ``target_chars`` characters."""
    texts, out, total = base_texts(), [], 0
    while total < target_chars:
        for t in texts:
            out.append(t)
            total += len(t)
            if total >= target_chars:
                break
    return out
