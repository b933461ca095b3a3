"""Stage 6: score predicted facts against gold (ANNOTATION.md section 5).

Per document, a predicted and a gold fact can pair when their quantity spans
overlap, their canonical units are equal and their values (and value_max)
agree within a relative 1e-6. Pairs are one-to-one, chosen by maximum
bipartite matching. Over the pairs: Q (all), Q+M (metric texts fuzz.ratio
≥ 85 after folding), Q+P (period from/to equal, null equal null) and Triple
(all three). Precision, recall and F1 are micro-averaged over documents;
kind, direction, status and approx accuracy are measured over the Q pairs.

Every error is also put in a family (``families``), so the next person sees
where the points are: a metric that is a fragment of the gold one, one whose
boundary differs, or another phrase altogether (or none); a period missing,
one that should not be there, the right mention read to the wrong dates, or
another mention (the wrong scope); a quantity missed or spurious. For every
period error, ``period_places`` also counts where the gold period and the
predicted one stand relative to the quantity (``period_place``), so a wrong
scope says which way it went: the same sentence, an earlier sentence of the
paragraph, an earlier paragraph, later text, the publication date alone, none.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

import regex
from rapidfuzz import fuzz

METRIC_THRESHOLD = 85
LEVELS = ("Q", "Q+M", "Q+P", "Triple")
V2_LEVELS = ("Q+S", "Quad")  # contract v2: the subject, and Triple with it
BASE_TYPES = ("previous_period", "same_period_last_year", "start_of_year", "plan", "explicit", "unstated")
ATTRIBUTES = ("kind", "direction", "status", "approx")
_PUNCT = regex.compile(r"\p{P}+")


@functools.lru_cache(maxsize=1)
def _folds() -> dict[int, str]:
    """The language's letter folds ("Ð" → "Đ"); the contract folds metric texts with them."""
    from .._rules import RuleSet

    return str.maketrans({k: str(v) for k, v in RuleSet.default().text.folds.values.items()
                          if k.isalpha() and str(v).isalpha()})


def fold_metric(text: Optional[str]) -> str:
    """NFC, lower-case, Ð/ð → đ, punctuation dropped, spaces collapsed.

    >>> fold_metric("Giá  Ðô la Mỹ (USD)")
    'giá đô la mỹ usd'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).translate(_folds())).lower()
    return " ".join(_PUNCT.sub("", text).split())


def _close(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def can_pair(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    p, g = pred["quantity"], gold["quantity"]
    return (p["start"] < g["end"] and g["start"] < p["end"]
            and p["canonical_unit"] == g["canonical_unit"]
            and _close(p["value"], g["value"]) and _close(p.get("value_max"), g.get("value_max")))


def metric_matches(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    pm, gm = (pred.get("metric") or {}).get("text"), (gold.get("metric") or {}).get("text")
    if not pm or not gm:
        return not pm and not gm
    return fuzz.ratio(fold_metric(pm), fold_metric(gm)) >= METRIC_THRESHOLD


def subject_matches(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Contract v2: the subjects match by the metric's rule; null equals null."""
    ps, gs = (pred.get("subject") or {}).get("text"), (gold.get("subject") or {}).get("text")
    if not ps or not gs:
        return not ps and not gs
    return fuzz.ratio(fold_metric(ps), fold_metric(gs)) >= METRIC_THRESHOLD


def base_type(fact: Mapping[str, Any]) -> Optional[str]:
    return (fact.get("base") or {}).get("type")


def period_matches(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    pp, gp = pred.get("period") or {}, gold.get("period") or {}
    return pp.get("from") == gp.get("from") and pp.get("to") == gp.get("to")


def metric_family(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> str:
    """Why a paired fact's metric does not match: missing, a fragment of the gold metric (a
    shorter piece of it), a boundary (the two overlap in the text or in their words), or a
    wrong phrase.

    >>> metric_family({"metric": {"text": "tổng sản phẩm", "start": 0, "end": 13}},
    ...               {"metric": {"text": "Tổng sản phẩm trên địa bàn", "start": 0, "end": 26}})
    'metric fragment'
    """
    pm, gm = pred.get("metric") or {}, gold.get("metric") or {}
    if not pm.get("text"):
        return "metric missing"
    if not gm.get("text"):
        return "metric wrong phrase"
    p, g = fold_metric(pm["text"]), fold_metric(gm["text"])
    if p and p in g and len(p) < len(g):
        return "metric fragment"
    overlap = (pm.get("start") is not None and gm.get("start") is not None
               and pm["start"] < gm["end"] and gm["start"] < pm["end"])
    if overlap or set(p.split()) & set(g.split()):
        return "metric boundary"
    return "metric wrong phrase"


def period_family(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> str:
    """Why a paired fact's period does not match: missing, spurious, the right mention read
    wrong (same words, other dates: a wrong form), or another mention (a wrong scope)."""
    pp, gp = pred.get("period") or {}, gold.get("period") or {}
    if not (pp.get("from") or pp.get("to")):
        return "period missing"
    if not (gp.get("from") or gp.get("to")):
        return "period spurious"
    same = (pp.get("start") is not None and gp.get("start") is not None
            and pp["start"] < gp["end"] and gp["start"] < pp["end"])
    return "period wrong form" if same else "period wrong scope"


SENTENCE_END = regex.compile(r"[.!?…](?=\s)|\n")
PLACES = ("same sentence", "earlier sentence", "earlier paragraph", "later text", "publication date", "none")


def period_place(text: str, start: int, end: int, fact: Mapping[str, Any]) -> str:
    """Where ``fact``'s period stands for a quantity at ``text[start:end]`` (one of ``PLACES``):
    a sentence ends at ".", "!", "?" or "…" before a space, a paragraph at a line break.

    >>> text = "Năm 2023, thu đạt 5 tỷ.\\nTháng 5, chi 2 tỷ. Thu 3 tỷ."
    >>> period_place(text, 43, 48, {"period": {"start": 24, "end": 31, "from": "2024-05"}})
    'earlier sentence'
    >>> period_place(text, 43, 48, {"period": {"start": 0, "end": 8, "from": "2023"}})
    'earlier paragraph'
    """
    period = fact.get("period") or {}
    if not (period.get("from") or period.get("to")):
        return "none"
    at = period.get("start")
    if at is None:
        return "publication date"
    if at >= end:
        stop = SENTENCE_END.search(text, end)
        return "same sentence" if stop is None or at < stop.start() else "later text"
    paragraph = text.rfind("\n", 0, start) + 1
    if at < paragraph:
        return "earlier paragraph"
    ends = [m.end() for m in SENTENCE_END.finditer(text, paragraph, start)]
    return "earlier sentence" if ends and at < ends[-1] else "same sentence"


def max_matching(n_pred: int, n_gold: int, edges: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum bipartite matching (augmenting paths); edges[i] = gold indices for pred i."""
    match_gold: list[int] = [-1] * n_gold

    def augment(i: int, seen: list[bool]) -> bool:
        for j in edges[i]:
            if not seen[j]:
                seen[j] = True
                if match_gold[j] < 0 or augment(match_gold[j], seen):
                    match_gold[j] = i
                    return True
        return False

    for i in range(n_pred):
        augment(i, [False] * n_gold)
    return [(i, j) for j, i in enumerate(match_gold) if i >= 0]


@dataclass
class Score:
    """Counts behind the evaluation table; add documents with ``add``."""

    documents: int = 0
    predicted: int = 0
    gold: int = 0
    matches: dict[str, int] = field(default_factory=lambda: {k: 0 for k in LEVELS})
    attribute_hits: dict[str, int] = field(default_factory=lambda: {k: 0 for k in ATTRIBUTES})
    errors: list[dict[str, Any]] = field(default_factory=list)
    families: dict[str, int] = field(default_factory=dict)
    period_places: dict[str, int] = field(default_factory=dict)  # "gold X, predicted Y" → period errors
    # contract v2, counted over the documents whose gold carries subject and base
    v2_documents: int = 0
    v2_predicted: int = 0
    v2_gold: int = 0
    v2_matches: dict[str, int] = field(default_factory=lambda: {k: 0 for k in V2_LEVELS})
    base_pairs: int = 0
    base_hits: int = 0
    base_confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, doc_id: str, predicted: list[Mapping[str, Any]], gold: list[Mapping[str, Any]],
            v2: bool = False, text: Optional[str] = None) -> None:
        """Score one document; ``v2`` when its gold carries subject and base (contract v2);
        ``text``, the document's, places its period errors (``period_places``)."""
        self.documents += 1
        if v2:
            self.v2_documents += 1
            self.v2_predicted += len(predicted)
            self.v2_gold += len(gold)
        self.predicted += len(predicted)
        self.gold += len(gold)
        edges = [[j for j, g in enumerate(gold) if can_pair(p, g)] for p in predicted]
        # prefer pairs that also agree on metric and period, without losing any Q pair
        edges = [sorted(e, key=lambda j, p=p: -(metric_matches(p, gold[j]) + period_matches(p, gold[j])))
                 for p, e in zip(predicted, edges)]
        pairs = max_matching(len(predicted), len(gold), edges)
        paired_pred, paired_gold = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, j in pairs:
            p, g = predicted[i], gold[j]
            m, per = metric_matches(p, g), period_matches(p, g)
            self.matches["Q"] += 1
            self.matches["Q+M"] += m
            self.matches["Q+P"] += per
            self.matches["Triple"] += m and per
            wrong = [a for a in ATTRIBUTES if _attr(p, a) != _attr(g, a)]
            for a in ATTRIBUTES:
                self.attribute_hits[a] += a not in wrong
            if v2:
                subj = subject_matches(p, g)
                self.v2_matches["Q+S"] += subj
                self.v2_matches["Quad"] += subj and m and per
                if not subj:
                    self._count("subject missing" if not p.get("subject") else
                                "subject spurious" if not g.get("subject") else "subject wrong")
                gold_base = base_type(g)
                if gold_base is not None:
                    pred_base = base_type(p) or "none"
                    self.base_pairs += 1
                    self.base_hits += pred_base == gold_base
                    row = self.base_confusion.setdefault(gold_base, {})
                    row[pred_base] = row.get(pred_base, 0) + 1
                    if pred_base != gold_base:
                        self._count("base missing" if pred_base in ("none", "unstated") else "base wrong type")
            if not m:
                self._count(metric_family(p, g))
            if not per:
                self._count(period_family(p, g))
                if text is not None:
                    q = g["quantity"]
                    key = (f"gold {period_place(text, q['start'], q['end'], g)}, "
                           f"predicted {period_place(text, q['start'], q['end'], p)}")
                    self.period_places[key] = self.period_places.get(key, 0) + 1
            if not (m and per) or wrong:
                self.errors.append({"doc_id": doc_id, "type": "partial", "pred": p, "gold": g,
                                    "metric_ok": m, "period_ok": per, "wrong": wrong,
                                    "families": ([metric_family(p, g)] if not m else [])
                                    + ([period_family(p, g)] if not per else [])})
        for i, p in enumerate(predicted):
            if i not in paired_pred:
                self._count("quantity spurious")
                self.errors.append({"doc_id": doc_id, "type": "spurious", "pred": p})
        for j, g in enumerate(gold):
            if j not in paired_gold:
                self._count("quantity missed")
                self.errors.append({"doc_id": doc_id, "type": "missed", "gold": g})

    def _count(self, family: str) -> None:
        self.families[family] = self.families.get(family, 0) + 1

    def table(self) -> dict[str, Any]:
        out: dict[str, Any] = {"documents": self.documents, "predicted": self.predicted, "gold": self.gold}
        for level in LEVELS:
            out[level] = _prf(self.matches[level], self.predicted, self.gold)
        q = self.matches["Q"]
        out["attributes"] = {a: round(self.attribute_hits[a] / q, 4) if q else 0.0 for a in ATTRIBUTES}
        out["families"] = dict(sorted(self.families.items(), key=lambda kv: (-kv[1], kv[0])))
        out["period_places"] = dict(sorted(self.period_places.items(), key=lambda kv: (-kv[1], kv[0])))
        if self.v2_documents:
            v2: dict[str, Any] = {"documents": self.v2_documents}
            for level in V2_LEVELS:
                v2[level] = _prf(self.v2_matches[level], self.v2_predicted, self.v2_gold)
            v2["base_type_accuracy"] = round(self.base_hits / self.base_pairs, 4) if self.base_pairs else 0.0
            v2["base_pairs"] = self.base_pairs
            v2["base_confusion"] = {k: dict(sorted(v.items())) for k, v in sorted(self.base_confusion.items())}
            out["v2"] = v2
        return out


def _attr(fact: Mapping[str, Any], name: str) -> Any:
    if name == "approx":
        return fact["quantity"].get("approx")
    return fact.get(name)


def score(gold_docs: Iterable[Mapping[str, Any]], predicted: Mapping[str, list[Mapping[str, Any]]]) -> Score:
    """Score ``predicted`` (doc_id → facts as JSON dicts) against gold documents."""
    result = Score()
    for doc in gold_docs:
        result.add(doc["doc_id"], list(predicted.get(doc["doc_id"], [])), list(doc["facts"]), v2=is_v2(doc),
                   text=doc.get("text"))
    return result


def is_v2(doc: Mapping[str, Any]) -> bool:
    """Whether a gold document follows contract v2 (it says so, or its facts carry subject and base)."""
    if str(doc.get("contract", "")).lstrip("v") == "2":
        return True
    facts = doc.get("facts") or []
    return bool(facts) and all("subject" in f and "base" in f for f in facts)


def _prf(hit: int, predicted: int, gold: int) -> dict[str, Any]:
    """Precision, recall and F1 of ``hit`` matches among ``predicted`` and ``gold`` facts."""
    p = hit / predicted if predicted else 0.0
    r = hit / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "matches": hit}
