"""Stage 10: the base of each figure — what a change or a ratio is measured against.

A base is written after a cue ("so với cùng kỳ", "so với tháng trước", "so
với đầu năm", "so với năm 2010") or, for a plan, right after a percentage
("đạt 80% kế hoạch", "vượt 5% dự toán"); ``bases.toml`` gives the words of
each type. A period written after the cue is typed by where it stands from
the figure's own period. A base governs its own clause, the figures of a
list it ends or heads, and the later figures of its sentence that repeat the
construction of one it governs; it never crosses a full stop. A change or
rate with no base is ``unstated``; a level with none has no base
(ANNOTATION-v2.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

import regex

from .._context import Block, Figure, PeriodMention
from .._rules.patterns import FLAGS, alternation, fold

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

TYPES = ("previous_period", "same_period_last_year", "start_of_year", "plan")
UNSTATED, EXPLICIT = "unstated", "explicit"
PERCENT, TIMES = "percent", "times"
OWN_REACH = 80  # how far after a figure its own base may be written
PLAN_REACH = 24  # a plan word right after a percentage ("68% dự toán")
HEAD_REACH = 60  # "So với cùng kỳ, ...": a base that heads its sentence
PERIOD_REACH = 40  # a period written after a cue
ASIDE = regex.compile(r"\s*\([^()]{1,60}\)")  # "(bằng 1,49%)", "(1,41 tạ/ha)" right after a figure
BEFORE_REACH = 200  # a cue before the figure in its clause ("so với tháng trước, CPI tháng 12 giảm 0,12%")
LATER_REACH = 200  # a cue that ends a list, further on in the sentence
MULTIPLE_REACH = 6  # "gấp 2,2 lần năm 2010": the base period right after a multiple


@dataclass(frozen=True)
class BaseFound:
    """A base decided for a figure: its type, where it is written (if it is), its dates."""

    type: str
    start: int = -1
    end: int = -1
    from_: Optional[str] = None
    to: Optional[str] = None


class Patterns:
    def __init__(self, rules: "RuleSet"):
        b = rules.bases
        self.type_of: dict[str, str] = {}
        for name in TYPES:
            for form in getattr(b, name).forms:
                self.type_of.setdefault(fold(form), name)
        cue = alternation(b.cues.forms)
        # a cue and the typed words after it ("so với cùng kỳ năm trước")
        self.typed_re = regex.compile(r"\s*(" + alternation(self.type_of) + ")", FLAGS)
        fillers = r"(?:(?:" + alternation(b.cue_fillers.forms) + r")\s+)?"  # "so với mức cùng kỳ"
        self.cued_re = regex.compile(r"(?:" + cue + r")\s+" + fillers + "(" + alternation(self.type_of) + ")", FLAGS)
        # a cue and anything after it: a period written there is typed by its dates
        self.cue_re = regex.compile(r"(?:" + cue + r")\s+" + fillers, FLAGS)
        plan = alternation(b.plan.forms)
        self.plan_after_re = regex.compile(
            r"\s*(?:(?:" + alternation(b.plan_links.forms) + r")\s+)?(" + plan + ")", FLAGS)
        self.list_join_re = regex.compile(
            r"^[\s,]*(?:(?:" + alternation(b.list_joins.forms) + r")[\s,]*)*$", FLAGS)
        self.not_bare = {fold(f) for f in b.not_bare.forms}
        self.comparative_re = regex.compile(alternation(b.comparatives.forms) + r"\s+", FLAGS)
        # the typed words a few words into the phrase after a comparative ("vụ hè thu năm trước")
        self.typed_within_re = regex.compile(
            r"(?:[\p{L}\p{M}]+\s+){0,4}?(" + alternation(self.type_of) + r")(?![\p{L}\p{M}])", FLAGS)
        kd = rules.cues.kind
        self.change_end_re = regex.compile(
            "(?:" + alternation(list(kd.up.forms) + list(kd.down.forms)) + r")\s*$", FLAGS)
        self.head_re = regex.compile(r"^[\s\-+•]*(?:" + cue + r")\s+", FLAGS)


def decide(block: Block, fig: Figure) -> None:
    p = block.rules.compiled(Patterns)
    found, rule = _find(block, fig, p)
    if found is None and fig.kind in ("change", "rate"):
        found, rule = BaseFound(UNSTATED), "base:unstated"
    fig.base = found
    fig.note("base", rule)
    if found is not None and found.type != UNSTATED:
        block.memo[("base-of-kind", fig.sentence_first, fig.kind)] = found  # for later items of the sentence


def _find(block: Block, fig: Figure, p: Patterns) -> tuple[Optional[BaseFound], str]:
    text, q = block.text, fig.q
    level = fig.kind == "level"
    if level and not (q.canonical.startswith(PERCENT) or q.canonical == TIMES):
        return None, "base:none"  # a plain amount is measured against nothing
    own = _own(block, fig, p)
    if own is not None:
        return own, "base:own-clause"
    ahead = _list_end(block, fig, p)
    if ahead is not None:
        return ahead, "base:list-end"
    head = _heading(block, fig, p)
    if head is not None:
        return head, "base:heads-sentence"
    if fig.kind != "level":
        later = _later(block, fig, p)
        if later is not None:
            return later, "base:ends-list"
    if not fig.new_sentence:  # the last base given to a figure of this kind earlier in the sentence
        before = block.memo.get(("base-of-kind", fig.sentence_first, fig.kind))
        if before is not None:
            return before, "base:repeats-construction"
    return None, "base:none"


def _own(block: Block, fig: Figure, p: Patterns) -> Optional[BaseFound]:
    """A base written in the figure's own clause: right after it (past an aside in
    parentheses that restates it, "giảm 1.893ha (bằng 1,49%) so với năm 2015"), or before it
    with no other figure between ("; so với cùng kỳ năm 2022 tăng 9 dự án")."""
    text, q = block.text, fig.q
    start = q.end
    next_start = fig.next_start
    aside = ASIDE.match(text, q.end, q.end + OWN_REACH)
    if aside is not None:
        start = aside.end()
        later = [x.start for x in block.quantities[fig.index + 1:fig.index + 4] if x.start >= start]
        next_start = later[0] if later else len(text)
    limit = min(next_start, fig.sentence.end, start + OWN_REACH)
    semicolon = text.find(";", q.end, limit)
    if semicolon >= 0:
        limit = semicolon
    before = _before(block, fig, p)
    if q.canonical.startswith(PERCENT):
        plan = p.plan_after_re.match(text, q.end, min(limit, q.end + PLAN_REACH))
        if plan:
            return BaseFound("plan", plan.start(1), plan.end(1))
    found = _read_at(block, fig, p, start, limit)
    # "tăng 2,1% CK", "giảm 4,2% cùng kỳ", "số dự án bằng 90% cùng kỳ"
    if found is None and (fig.kind != "level" or q.canonical.startswith(PERCENT)):
        typed = p.typed_re.match(text, start, min(limit, start + 12))
        if typed is not None and fold(typed.group(1)) not in p.not_bare:
            return BaseFound(p.type_of[fold(typed.group(1))], typed.start(1), typed.end(1))
    if found is None and before is not None:
        return before
    if found is None and q.canonical == TIMES:  # "gấp 2,2 lần năm 2010", "gấp 1,5 lần cùng kỳ"
        typed = p.typed_re.match(text, q.end, limit)
        if typed is not None:
            return BaseFound(p.type_of[fold(typed.group(1))], typed.start(1), typed.end(1))
        written = _written_period(block, q.end)
        if written is not None and written.start <= q.end + MULTIPLE_REACH:
            return _typed_by_dates(block, fig, written.start, written)
    return found


def _before(block: Block, fig: Figure, p: Patterns) -> Optional[BaseFound]:
    """A base cue before the figure in its clause, no figure or ";" between: "so với cùng kỳ
    năm 2022 tăng 9 dự án", "so với tháng 12/2012 tăng 4,37%"."""
    text, q = block.text, fig.q
    lo = max(fig.sentence.start, fig.prev_end, q.start - BEFORE_REACH)
    semicolon = text.rfind(";", lo, q.start)
    if semicolon >= 0:
        lo = semicolon + 1
    for cue in p.cue_re.finditer(text, lo, q.start):
        found = _read_at(block, fig, p, cue.start(), cue.end())
        if found is not None and found.end <= q.start:
            return found
    # "cao hơn tháng trước 0,8%", "vượt cùng kỳ là Quảng Ngãi (tăng 9,7%)": a comparative and its base
    for cue in p.comparative_re.finditer(text, lo, q.start):
        typed = p.typed_within_re.match(text, cue.end(), min(q.start, cue.end() + 40))
        if typed is not None:
            return BaseFound(p.type_of[fold(typed.group(1))], cue.start(), typed.end(1))
    return None


def _later(block: Block, fig: Figure, p: Patterns) -> Optional[BaseFound]:
    """A base that ends a list the figure is an item of, further on in its sentence ("Duyên
    hải Nam Trung Bộ đạt 31.205 ha (giảm 3,8%), Tây Nguyên đạt 19.876 ha (giảm 12%) so với
    cùng kỳ năm trước"): the first cue before the next ";", after another figure of its kind."""
    text, quantities = block.text, block.quantities
    end = min(fig.sentence.end, fig.q.end + LATER_REACH)
    semicolon = text.find(";", fig.q.end, end)
    if semicolon >= 0:
        end = semicolon
    cue = p.cue_re.search(text, fig.q.end, end)
    if cue is None:
        return None
    parallel = any(fig.q.end <= x.start < cue.start() and _kind_word_before(text, x.start, p)
                   for x in quantities[fig.index + 1:fig.index + 8])
    if not parallel:
        return None
    found = _read_at(block, fig, p, cue.start(), end)
    return found


def _read_at(block: Block, fig: Figure, p: Patterns, lo: int, hi: int) -> Optional[BaseFound]:
    """The first base cue in [lo, hi) and what it says."""
    text = block.text
    for cue in p.cue_re.finditer(text, lo, hi):
        typed = p.cued_re.match(text, cue.start(), hi + 40)
        mention = _written_period(block, cue.end())
        if mention is not None and (typed is None or mention.end > typed.end(1)) and not _is_words_only(mention):
            return _typed_by_dates(block, fig, cue.start(), mention)
        if typed is not None:
            kind = p.type_of[fold(typed.group(1))]
            end = max(typed.end(), mention.end if mention is not None and mention.start < typed.end() + 2 else 0)
            if kind == "start_of_year" and _month_of(fig) == 12 and "12" in typed.group(1):
                kind = "same_period_last_year"  # "so với tháng 12 năm trước" of a December figure
            return BaseFound(kind, cue.start(), end)
        return None  # "so với lao động nam": two groups at one time, no base
    return None


def _written_period(block: Block, at: int) -> Optional[PeriodMention]:
    """A dated period written right after a base cue ("so với tháng 12/2023", "so với năm 2010")."""
    if block.periods_in is None:
        return None
    for m in block.periods_in(at, min(len(block.text), at + PERIOD_REACH)):
        if m.start <= at + 12 and (m.from_ or m.to) and m.resolver != "base":
            return m
    return None


def _is_words_only(mention: PeriodMention) -> bool:
    """A relative mention ("cùng kỳ", "năm trước") is typed by its words, not its dates."""
    return mention.relative or mention.resolver in ("base", "same_period")


def _list_end(block: Block, fig: Figure, p: Patterns) -> Optional[BaseFound]:
    """"tăng 5%, 7% và 9% so với cùng kỳ": a base after the last figure of a list."""
    text, quantities = block.text, block.quantities
    end = fig.q.end
    for i in range(fig.index + 1, min(len(quantities), fig.index + 8)):
        nxt = quantities[i]
        if nxt.start >= fig.sentence.end or not p.list_join_re.match(text[end:nxt.start]):
            return None
        later = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
        limit = min(later, fig.sentence.end, nxt.end + OWN_REACH)
        semicolon = text.find(";", nxt.end, limit)
        found = _read_at(block, fig, p, nxt.end, semicolon if semicolon >= 0 else limit)
        if found is not None:
            return found
        end = nxt.end
    return None


def _heading(block: Block, fig: Figure, p: Patterns) -> Optional[BaseFound]:
    """"So với cùng kỳ, ...": a base that opens the figure's sentence governs it."""
    text, sent = block.text, fig.sentence
    head = p.head_re.match(text, sent.start, min(sent.end, sent.start + HEAD_REACH))
    if head is None:
        return None
    comma = text.find(",", head.end(), fig.q.start)
    if comma < 0:
        return None
    return _read_at(block, fig, p, head.start(), comma)


def _kind_word_before(text: str, start: int, p: Patterns) -> bool:
    """A change verb just before a figure ("(giảm 12%)", "tăng 9,7%"): it is an item of a list of changes."""
    return p.change_end_re.search(text, max(0, start - 16), start) is not None


def _month_of(fig: Figure) -> Optional[int]:
    period = fig.period
    if period is None or not period.to or len(period.to) < 7:
        return None
    return int(period.to[5:7])


def _shift(value: Optional[str], months: int) -> Optional[str]:
    if value is None:
        return None
    if len(value) == 4:
        return f"{int(value) + months // 12:04d}" if months % 12 == 0 else None
    y, m = int(value[:4]), int(value[5:7]) + months
    while m < 1:
        y, m = y - 1, m + 12
    while m > 12:
        y, m = y + 1, m - 12
    return f"{y:04d}-{m:02d}{value[7:]}"


def _typed_by_dates(block: Block, fig: Figure, start: int, m: PeriodMention) -> BaseFound:
    """A period written as the base, typed by where it stands from the figure's period."""
    own = fig.period if fig.period is not None and (fig.period.from_ or fig.period.to) else block.report_period
    end = m.end
    if own is not None:
        fr, to = own.from_, own.to
        if (m.from_, m.to) == (_shift(fr, -12), _shift(to, -12)):
            return BaseFound("same_period_last_year", start, end, m.from_, m.to)
        if to and m.to and len(to) == len(m.to) >= 7:
            span = 3 if fr and fr != to and len(fr) == 7 and _shift(fr, 2) == to else 1
            if (m.from_, m.to) == (_shift(fr, -span) if fr else None, _shift(to, -span)) or (
                    m.from_ == m.to and m.to == _shift(to, -1) and fr == to):
                return BaseFound("previous_period", start, end, m.from_, m.to)
            if m.to[5:7] == "12" and int(m.to[:4]) == int(to[:4]) - 1:
                kind = "same_period_last_year" if to[5:7] == "12" else "start_of_year"
                return BaseFound(kind, start, end, m.from_, m.to)
        if to and m.to and len(m.to) == 10 and m.to[5:] == "12-31" and int(m.to[:4]) == int(to[:4]) - 1:
            return BaseFound("start_of_year", start, end, m.from_, m.to)
        if to and m.from_ is None and m.to and len(m.to) == 4 and int(m.to) == int(to[:4]) - 1:
            # "so với cuối năm 2023" of a figure of 2024: the year's start (of its end, the year before)
            kind = "same_period_last_year" if len(to) == 4 or to[5:7] == "12" else "start_of_year"
            return BaseFound(kind, start, end, m.from_, m.to)
    return BaseFound(EXPLICIT, start, end, m.from_, m.to)
