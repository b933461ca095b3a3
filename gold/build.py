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

    # schema v2 (ANNOTATION-v2.md), optional, written to gold/v2/<set>.jsonl only:
    property = "kim ngạch xuất khẩu"    # the measured property when `metric` names a part; property_at / _n
    subject = "Bắc Ninh"                # whom or what the figure belongs to; subject_at / subject_n
    base_type = "same_period_last_year" # previous_period | same_period_last_year | start_of_year |
                                        # plan | explicit | unstated
    base = "so với cùng kỳ năm trước"   # the base phrase as written (not for unstated); base_at / base_n
    base_from = "2010"                  # explicit bases only: the base period, resolved like a period
    base_to = "2010"

Metric, period and v2 mentions without ``_at``/``_n`` resolve to the occurrence
nearest before the quantity (or, if none precedes it, the first after).
With no ``period`` text but a ``from``/``to``, the period comes from the
publication date (text/start/end null). With neither, the period is null.

Usage: python gold/build.py                 # all sets (and gold/v2/ for the sets that carry v2 fields)
       python gold/build.py --check         # verify the .jsonl files are up to date
       python gold/build.py FILE.toml ...   # check these sources and print their facts
"""

from __future__ import annotations

import json
import sys
import tomllib
import unicodedata
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vnextract._models import Document  # noqa: E402

ALLOWED_KEYS = {
    "q", "q_at", "q_n", "number", "number_max", "unit", "value", "value_max", "cu",
    "approx", "metric", "metric_at", "metric_n", "period", "period_at", "period_n",
    "from", "to", "kind", "direction", "status", "note",
    # schema v2
    "property", "property_at", "property_n", "subject", "subject_at", "subject_n",
    "base_type", "base", "base_at", "base_n", "base_from", "base_to",
}
V2_KEYS = {"property", "subject", "base_type", "base", "base_from", "base_to"}
BASE_TYPES = {"previous_period", "same_period_last_year", "start_of_year", "plan", "explicit", "unstated"}

SCALES = {"triệu tỷ": 1e15, "triệu tỉ": 1e15, "nghìn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỷ": 1e12, "ngàn tỉ": 1e12, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6,
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
    fact = {
        "quantity": {"text": raw["q"], "start": qs, "end": qe, "number": raw["number"],
                     "number_max": raw.get("number_max"), "unit": raw["unit"],
                     "value": raw["value"], "value_max": raw.get("value_max"),
                     "canonical_unit": raw["cu"], "approx": raw.get("approx")},
        "metric": {"text": raw["metric"], "start": ms, "end": me},
        "period": period,
        "kind": kind, "direction": direction, "status": raw["status"],
    }
    if V2_KEYS & set(raw):
        fact["v2"] = build_v2(text, raw, qs, fact, where)
    return fact


def build_v2(text: str, raw: dict, qs: int, fact: dict, where: str) -> dict:
    """The v2 fields of a fact (ANNOTATION-v2.md): metric as the property, subject, base."""
    metric = fact["metric"]
    if "property" in raw:
        ps, pe = _locate(text, raw["property"], raw.get("property_at"), raw.get("property_n"), qs, "property")
        metric = {"text": raw["property"], "start": ps, "end": pe}
    subject = None
    if raw.get("subject"):
        ss, se = _locate(text, raw["subject"], raw.get("subject_at"), raw.get("subject_n"), qs, "subject")
        subject = {"text": raw["subject"], "start": ss, "end": se}
    base = None
    btype = raw.get("base_type")
    if btype is not None:
        if btype not in BASE_TYPES:
            raise GoldError(f"{where}: base_type {btype!r} is not one of {sorted(BASE_TYPES)}")
        if btype == "unstated":
            if "base" in raw:
                raise GoldError(f"{where}: an unstated base has no base text")
            base = {"type": btype, "text": None, "start": None, "end": None, "from": None, "to": None}
        else:
            if "base" not in raw:
                raise GoldError(f"{where}: base_type {btype!r} needs the base phrase as written (base = ...)")
            bs, be = _locate(text, raw["base"], raw.get("base_at"), raw.get("base_n"), qs, "base")
            if (btype == "explicit") != ("base_from" in raw or "base_to" in raw):
                raise GoldError(f"{where}: base_from/base_to go with an explicit base, and only with it")
            base = {"type": btype, "text": raw["base"], "start": bs, "end": be,
                    "from": raw.get("base_from"), "to": raw.get("base_to")}
    elif "base" in raw or "base_from" in raw or "base_to" in raw:
        raise GoldError(f"{where}: a base needs its base_type")
    if fact["kind"] != "level" and base is None:
        raise GoldError(f"{where}: a {fact['kind']} needs a base_type (\"unstated\" when none governs it)")
    return {"metric": metric, "subject": subject, "base": base}


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
    Document.model_validate({**doc, "facts": [{k: v for k, v in f.items() if k != "v2"} for f in facts]})
    return doc


def v1(doc: dict) -> dict:
    """The document as contract v1 has it (no v2 fields)."""
    return {**doc, "facts": [{k: v for k, v in f.items() if k != "v2"} for f in doc["facts"]]}


def v2(doc: dict) -> dict:
    """The document under contract v2: metric as the property, subject and base on every fact."""
    facts = []
    for f in doc["facts"]:
        extra = f.get("v2") or {"metric": f["metric"], "subject": None, "base": None}
        facts.append({**{k: v for k, v in f.items() if k != "v2"}, **extra})
    return {**doc, "contract": "v2", "facts": facts}


def build_set(folder: Path) -> tuple[str, Optional[str]]:
    """The set's v1 JSON Lines, and its v2 JSON Lines when every fact of it carries v2 fields."""
    docs = [build_document(p) for p in sorted(folder.glob("*.toml"))]
    first = "".join(json.dumps(v1(d), ensure_ascii=False) + "\n" for d in docs)
    complete = docs and all("v2" in f for d in docs for f in d["facts"])
    second = "".join(json.dumps(v2(d), ensure_ascii=False) + "\n" for d in docs) if complete else None
    return first, second


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
            if "v2" in f:
                x = f["v2"]
                base = x["base"] or {}
                print(f"        v2: property {x['metric']['text'][:40]!r} | subject "
                      f"{(x['subject'] or {}).get('text')!r} | base {base.get('type')} {base.get('text')!r}"
                      f" {base.get('from') or ''}..{base.get('to') or ''}")
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
            content, content_v2 = build_set(folder)
        except GoldError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        n_docs = content.count("\n")
        n_facts = sum(len(json.loads(line)["facts"]) for line in content.splitlines())
        out_v2 = ROOT / "gold" / "v2" / f"{folder.name}.jsonl"
        for path, body in ((out, content), (out_v2, content_v2)):
            if body is None:
                continue
            if check:
                if not path.exists() or path.read_text(encoding="utf-8") != body:
                    print(f"{path.relative_to(ROOT)} is out of date: run python gold/build.py", file=sys.stderr)
                    status = 1
            else:
                path.parent.mkdir(exist_ok=True)
                path.write_text(body, encoding="utf-8")
        print(f"{out.name}: {n_docs} documents, {n_facts} facts" + (" (and v2)" if content_v2 else ""))
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
