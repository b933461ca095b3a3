"""Stage 5: classify each quantity (kind, direction, status) and build the Fact.

Kind and direction come from the verb just left of the quantity ("tăng",
"giảm", "tăng bình quân", "giảm còn"), a sign ("(+10,07%)") or a multiple
("gấp 1,7 lần"). Status comes from cue words: an estimate cue ("ước đạt")
governs its own clause, a target cue ("mục tiêu", "kế hoạch", "phấn đấu")
the rest of its sentence, "dự kiến" is an estimate for a period already
begun at publication and a target otherwise; a period that starts after
publication ("Đến năm 2025, ... đạt ...") makes a target too.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from ._attach import SCAN_BACK
from ._lexicon import Compiled, fold
from ._periods import PeriodMention, Published
from ._quantities import Found

def _frames(text: str, cue_end: int, first_figure: Optional[int]) -> bool:
    """A cue before the sentence's first figure, set off from it by a comma."""
    return first_figure is not None and cue_end <= first_figure and "," in text[cue_end:first_figure]


def _cancelled(text: str, cue_end: int, q_start: int, lex: Compiled, sent_start: int,
               frames: bool = False) -> bool:
    """Whether a status cue no longer reaches the figure at ``q_start``.

    A breakdown ("; trong đó X đạt ...") whose part has a verb of its own
    cancels it; so does a ";" between items that are not parts of one
    breakdown ("sản lượng ước 328.358 tấn; lợi nhuận bình quân 25 triệu"),
    but not the ";" between the parts of a sentence that opened a breakdown
    ("Trong đó, thu nội địa ước đạt ...; thu từ dầu thô 50,9 nghìn tỷ đồng").
    """
    if frames:
        return False  # "Dự kiến cả năm 2024, thu ... đạt ...; chi ... đạt ...": the whole sentence is forecast
    breakdown = lex.breakdown_re.search(text, cue_end, q_start)
    brk = breakdown or lex.semicolon_re.search(text, cue_end, q_start)
    if brk:
        for verb in lex.own_verb_re.finditer(text, brk.end(), q_start):
            if not lex.estimate_end_re.search(text, max(0, verb.start() - 20), verb.start()):
                return True
    return brk is not None and breakdown is None and not lex.breakdown_re.search(text, sent_start, cue_end)


def classify_kind(text: str, q: Found, clause_start: int, lex: Compiled
                  ) -> tuple[str, Optional[str], list[str]]:
    """``(kind, direction, rules)`` from the words just left of ``q``."""
    end = q.qualifier_start if q.qualifier_start >= 0 else q.start
    if q.sign:
        return "change", ("up" if q.sign == "+" else "down"), ["kind:sign"]
    window = text[clause_start:end]
    direction = None
    rate = multiple = False
    rules: list[str] = []
    pos = len(window)
    after_base = False  # the last word skipped was a base marker ("mức")
    for _ in range(8):
        stripped = window[:pos].rstrip(" ,(")
        m = None
        for cand in lex.kind_re.finditer(stripped, max(0, len(stripped) - 30), overlapped=True):
            if cand.end() == len(stripped):
                m = cand
        if m is None:
            break
        role = lex.kind_words[fold(m.group())]
        pos = m.start()
        if role == "skip":
            after_base = fold(m.group()) in lex.base_markers
            continue
        if after_base and role in ("up", "down"):
            rules.append("kind:compared-base")
            return "level", None, rules  # "thấp hơn mức 57,2%": the base's own level
        if role == "rate":
            rate = True
            rules.append("kind:" + fold(m.group()))
            continue
        if role == "multiple":
            multiple = True
            rules.append("kind:" + fold(m.group()))
            continue
        if role == "to_level":
            rules.append("kind:to-level:" + fold(m.group()))
            # "giảm còn 2,5%", "tăng lên 30%": the new level
            return "level", None, rules
        direction = role  # "up" or "down"
        rules.append("kind:" + fold(m.group()))
        break
    if q.multiple or multiple:
        return "change", direction or "up", rules + ["kind:multiple"]
    if direction is None and q.canonical == "percent" and lex.growth_re.search(window):
        return "change", "up", rules + ["kind:growth"]
    if direction:
        per_year = q.canonical.endswith("/year") and q.canonical.startswith("percent")
        if rate or per_year:
            return "rate", direction, rules
        return "change", direction, rules
    return "level", None, rules


def classify_status(text: str, q: Found, sent_start: int, period: Optional[PeriodMention],
                    pub: Published, lex: Compiled, first_figure: Optional[int] = None
                    ) -> tuple[str, list[str]]:
    """``(status, rules)`` for ``q`` in the sentence starting at ``sent_start``.

    ``first_figure`` is where the sentence's first quantity starts: a cue
    that frames the sentence ("Dự kiến cả năm 2024, thu ...; chi ...") is
    not ended by its ";".
    """
    end = q.start
    sent_start = max(sent_start, end - SCAN_BACK)  # bounded, so a huge sentence stays linear
    target = estimate = planned = None
    for m in lex.status_cue_re.finditer(text, sent_start, end):  # one scan for the three kinds of cue
        cue = lex.status_of_cue[fold(m.group())]
        if cue == "estimate":
            estimate = m
        elif cue == "planned":
            planned = m
        elif not lex.target_not_after_re.search(text, max(sent_start, m.start() - 20), m.start()):
            target = m

    def reaches(cue: Optional[regex.Match]) -> bool:
        if cue is None:
            return False
        if period is not None and period.local and "(" in text[cue.end():period.start]:
            return False  # "(9 tháng năm 2023 là 3,87%)": a cue outside an aside does not reach its figure
        return not _cancelled(text, cue.end(), end, lex, sent_start, _frames(text, cue.end(), first_figure))

    estimate = estimate if reaches(estimate) else None
    planned = planned if reaches(planned) else None
    if period is not None and period.resolver == "same_period":
        return "actual", ["status:quoted-base"]  # "(cùng kỳ năm trước xuất siêu 14,4 tỷ USD)"
    cues = [c for c in (target, estimate, planned) if c is not None]
    future = _starts_after(period, pub)
    if not cues:
        if future:
            return "target", ["status:future-period"]
        return "actual", []
    nearest = max(cues, key=lambda c: c.end())
    word = fold(nearest.group())
    if nearest is target:
        return "target", ["status:target:" + word]
    if nearest is planned:
        if future or period is None and pub.year is None:
            return "target", ["status:planned-future:" + word]
        return "estimate", ["status:planned-begun:" + word]
    if future:
        return "target", ["status:future-period"]
    return "estimate", ["status:estimate:" + word]


def _starts_after(period: Optional[PeriodMention], pub: Published) -> bool:
    """True when the period begins after the publication date (a plan's horizon)."""
    if period is None:
        return False
    if period.is_target_year:
        return True
    if pub.year is None or period.from_ is None:
        return False
    begin = period.from_
    published = pub.iso() or ""
    return begin[: len(published)] > published[: len(begin)]


def as_float(value: Optional[Decimal]) -> Optional[float]:
    return None if value is None else float(value)
