"""Compile hand-written gold sources (gold/src/<set>/*.toml) into gold/<set>.jsonl.

Annotators write each fact by reading the text; this tool only turns the
human-friendly source into the contract's JSON: it finds the character
offsets of the quoted spans, checks every field, and warns where a value does
not look like number x unit factor. It never runs the extractor.

Source format (one TOML file per document)::

    doc_id = "002_60c81751959e1e68"
    published = "2020-12-30"            # omit when unknown
    text_file = "seeds/002_60c81751959e1e68.txt"   # relative to the repo root

    [[facts]]
    q = "68.800 tỷ đồng"                # quantity text, exactly as in the document
    q_at = "trên 68.800 tỷ đồng, giảm"  # optional: a longer anchor that contains q
    q_n = 1                             # optional: which occurrence of q_at (or q), 1-based
    number = 68800
    unit = "tỷ đồng"
    value = 6.88e13
    cu = "VND"                          # canonical_unit
    approx = "over"                     # optional
    number_max = 15                     # optional, ranges only (with value_max)
    metric = "Giá trị sản xuất công nghiệp"   # metric_at / metric_n optional
    period = "Năm 2020"                 # optional; period_at / period_n optional
    from = "2020"                       # optional (null when omitted)
    to = "2020"
    kind = "level"
    direction = "down"                  # optional
    status = "estimate"

Metric and period mentions without ``_at``/``_n`` resolve to the occurrence
nearest before the quantity (or, if none precedes it, the first after).
With no ``period`` text but a ``from``/``to``, the period comes from the
publication date (text/start/end null). With neither, the period is null.

Usage: python gold/build.py                 # all sets
       python gold/build.py --check         # verify the .jsonl files are up to date
       python gold/build.py FILE.toml ...   # check these sources and print their facts
"""

from __future__ import annotations

import json
import sys
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vnextract._models import Document  # noqa: E402

ALLOWED_KEYS = {
    "q", "q_at", "q_n", "number", "number_max", "unit", "value", "value_max", "cu",
    "approx", "metric", "metric_at", "metric_n", "period", "period_at", "period_n",
    "from", "to", "kind", "direction", "status", "note",
}

SCALES = {"triệu tỷ": 1e15, "triệu tỉ": 1e15, "nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6,
          "tỷ": 1e9, "tỉ": 1e9, "vạn": 1e4}
BASE = {"twh": 1e9, "gwh": 1e6, "km": 1e3, "ha": 1e4, "hécta": 1e4, "km2": 1e6, "km²": 1e6, "tấn": 1e3, "tạ": 1e2,
        "yến": 10, "lít": 1e-3, "mwh": 1e3, "kw": 1e3, "mw": 1e6, "mwp": 1e6, "gw": 1e9}


class GoldError(ValueError):
    pass


def _occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _locate(text: str, needle: str, anchor: str | None, nth: int | None,
            near: int | None, what: str) -> tuple[int, int]:
    """Offsets of ``needle``: inside the nth/unique ``anchor``, or nearest ``near``."""
    if anchor is not None:
        hits = _occurrences(text, anchor)
        if not hits:
            raise GoldError(f"{what} anchor {anchor!r} not in text")
        if nth is None and len(hits) > 1:
            raise GoldError(f"{what} anchor {anchor!r} occurs {len(hits)} times: give {what}_n")
        base = hits[(nth or 1) - 1]
        inner = anchor.find(needle)
        if inner < 0:
            raise GoldError(f"{what} {needle!r} not inside its anchor {anchor!r}")
        return base + inner, base + inner + len(needle)
    hits = _occurrences(text, needle)
    if not hits:
        raise GoldError(f"{what} {needle!r} not in text")
    if nth is not None:
        if nth > len(hits):
            raise GoldError(f"{what} {needle!r} occurs {len(hits)} times, not {nth}")
        start = hits[nth - 1]
    elif near is None:
        if len(hits) > 1:
            raise GoldError(f"{what} {needle!r} occurs {len(hits)} times: give {what}_at or {what}_n")
        start = hits[0]
    else:
        before = [h for h in hits if h <= near]
        start = before[-1] if before else hits[0]
    return start, start + len(needle)


def _expected_value(number: float, unit: str) -> float | None:
    u = unicodedata.normalize("NFC", unit).lower()
    factor = 1.0
    for word, f in sorted(SCALES.items(), key=lambda kv: -len(kv[0])):
        if u.startswith(word + " ") or u == word:
            factor, u = f, u[len(word):].strip()
            break
    head = u.split("/")[0].strip()
    if head in BASE:
        factor *= BASE[head]
    return number * factor


def build_fact(text: str, raw: dict, where: str) -> dict:
    unknown = set(raw) - ALLOWED_KEYS
    if unknown:
        raise GoldError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("q", "number", "unit", "value", "cu", "metric", "kind", "status"):
        if key not in raw:
            raise GoldError(f"{where}: missing {key!r}")
    qs, qe = _locate(text, raw["q"], raw.get("q_at"), raw.get("q_n"), None, "q")
    ms, me = _locate(text, raw["metric"], raw.get("metric_at"), raw.get("metric_n"), qs, "metric")
    period = None
    if "period" in raw:
        ps, pe = _locate(text, raw["period"], raw.get("period_at"), raw.get("period_n"), qs, "period")
        period = {"text": raw["period"], "start": ps, "end": pe,
                  "from": raw.get("from"), "to": raw.get("to")}
    elif "from" in raw or "to" in raw:
        period = {"text": None, "start": None, "end": None,
                  "from": raw.get("from"), "to": raw.get("to")}
    if ("number_max" in raw) != ("value_max" in raw):
        raise GoldError(f"{where}: number_max and value_max go together")
    kind, direction = raw["kind"], raw.get("direction")
    if kind == "level" and direction is not None:
        raise GoldError(f"{where}: a level has no direction")
    if kind != "level" and direction is None:
        raise GoldError(f"{where}: a {kind} needs a direction")
    expected = _expected_value(raw["number"], raw["unit"])
    if expected is not None and raw["cu"] in {"VND", "USD", "m2", "kg", "count", "kWh", "W", "m3"}:
        if abs(expected - raw["value"]) > 1e-6 * max(abs(expected), 1):
            print(f"warning: {where}: value {raw['value']} but {raw['number']} {raw['unit']} "
                  f"looks like {expected}", file=sys.stderr)
    return {
        "quantity": {"text": raw["q"], "start": qs, "end": qe, "number": raw["number"],
                     "number_max": raw.get("number_max"), "unit": raw["unit"],
                     "value": raw["value"], "value_max": raw.get("value_max"),
                     "canonical_unit": raw["cu"], "approx": raw.get("approx")},
        "metric": {"text": raw["metric"], "start": ms, "end": me},
        "period": period,
        "kind": kind, "direction": direction, "status": raw["status"],
    }


def build_document(path: Path) -> dict:
    src = tomllib.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / src["text_file"]).read_bytes().decode("utf-8")
    facts = []
    for i, raw in enumerate(src.get("facts", []), 1):
        facts.append(build_fact(text, raw, f"{path.name} fact {i} ({raw.get('q')!r})"))
    spans = [(f["quantity"]["start"], f["quantity"]["end"]) for f in facts]
    if len(set(spans)) != len(spans):
        dup = sorted({s for s in spans if spans.count(s) > 1})
        raise GoldError(f"{path.name}: two facts share the quantity span(s) {dup}")
    facts.sort(key=lambda f: f["quantity"]["start"])
    doc = {"doc_id": src["doc_id"], "published": src.get("published"), "text": text, "facts": facts}
    Document.model_validate(doc)  # every field valid per the contract
    return doc


def build_set(folder: Path) -> str:
    lines = [json.dumps(build_document(p), ensure_ascii=False) for p in sorted(folder.glob("*.toml"))]
    return "".join(line + "\n" for line in lines)


def show(paths: list[str]) -> int:
    """Check single sources and print a one-line digest of each fact, for review."""
    status = 0
    for name in paths:
        try:
            doc = build_document(Path(name))
        except (GoldError, KeyError, ValueError) as exc:
            print(f"error: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        print(f"{doc['doc_id']}: {len(doc['facts'])} facts (published {doc['published']})")
        for f in doc["facts"]:
            q, p = f["quantity"], f["period"] or {}
            print(f"  {q['start']:>5} {q['text']!r:28} {q['value']:g} {q['canonical_unit']:<8}"
                  f" | {f['metric']['text'][:40]!r} | {p.get('from')}..{p.get('to')}"
                  f" | {f['kind']}/{f['direction']}/{f['status']}/{q['approx']}")
    return status


def main(argv: list[str]) -> int:
    files = [a for a in argv if a.endswith(".toml")]
    if files:
        return show(files)
    check = "--check" in argv
    status = 0
    for folder in sorted(p for p in (ROOT / "gold" / "src").iterdir() if p.is_dir()):
        out = ROOT / "gold" / f"{folder.name}.jsonl"
        try:
            content = build_set(folder)
        except GoldError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        n_docs = content.count("\n")
        n_facts = sum(len(json.loads(line)["facts"]) for line in content.splitlines())
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                print(f"{out.name} is out of date: run python gold/build.py", file=sys.stderr)
                status = 1
        else:
            out.write_text(content, encoding="utf-8")
        print(f"{out.name}: {n_docs} documents, {n_facts} facts")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
