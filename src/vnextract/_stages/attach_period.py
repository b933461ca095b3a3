"""Stage 8: the period of each figure, chosen among the period mentions around it.

The nearest period mention before the quantity in its sentence, else one
after it in its clause, else the last one in an earlier sentence of the
paragraph that carries (it frames its sentence, or is the paragraph's
first), else the document's report period. A period right after the figure
("cho 15.000 lao động trong 6 tháng cuối năm") is its own whatever stands
before it; a figure quoted for a base ("mức tăng 5,48% của cùng kỳ năm
2023") takes the base's period. Comparison bases ("so với cùng kỳ năm 2019")
are never periods.
"""

from __future__ import annotations

import bisect

from typing import TYPE_CHECKING, Optional

import regex

from .._context import Block, Figure, Mentions, PeriodMention, Sentence
from .._dates import move_year
from .._rules.patterns import FLAGS, alternation

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

RATIO_UNITS = ("percent", "times")  # canonical units of a ratio to a base
QUOTED_BASE_REACH = 30  # "của cùng kỳ năm 2023" within a few words after the figure
AFTER_REACH = 40  # a period after the figure in its clause
RIGHT_AFTER_REACH = 16
OPENING = 40  # how far into a sentence its opening word is looked for
ASIDE_REACH = 40  # how far before a period the "(" of its aside may open
# a period among the first words of a sentence with no figure opens it ("Giá sầu riêng đầu tháng 9
# tại vườn dao động mạnh.")
OPENING_WORDS = 8
PHRASE_BREAK = regex.compile(r"[;,:()]")
OWN = ("period:same-sentence", "period:same-clause-after", "period:right-after")
# periods a figure takes from outside its sentence
CARRIED = frozenset({"period:paragraph", "period:previous-paragraph", "period:previous-paragraph-total",
                     "period:document"})
# the "(" between a period (or a base) and the figure it labels; up to two words may open the
# aside: "(tăng 9,1%)", "(khoảng 12%)"
PAREN_OPEN = regex.compile(r"\s*\(\s*(?:[\p{L}\p{M}]+\s+){0,2}")
RESPECTIVE_REACH = 200  # how far before a figure its "lần lượt" is looked for
PAREN_LABEL_REACH = 60
# kept to their clause, but framing the whole sentence when they stand before its first figure
# ("Sản lượng lúa cả năm ước đạt 1,2 triệu tấn, tăng 5%"; "Cùng kỳ năm trước, tỉnh thu hút ...")
FRAMING_LOCAL = {"year_in_scope", "same_period"}
WORD = regex.compile(r"[\p{L}\p{M}\d]+")  # a period right after the figure, with at most a link word between


class Patterns:
    def __init__(self, rules: "RuleSet"):
        # (a footnote mark may stand between: "vượt mức 7,93%[1] của quý II")
        self.period_link_re = regex.compile(
            r"(?:\[\d{1,2}\])?\s*(?:" + alternation(rules.periods.after_links.forms) + "|"
            + alternation(rules.periods.share_wholes.forms) + r")?\s*", FLAGS)
        # a sentence opened by one of these breaks down the figure before it ("Trong đó, ...")
        self.breakdown_re = regex.compile(alternation(rules.cues.status.breakdowns.forms), FLAGS)
        self.respective_re = regex.compile(alternation(rules.metrics.respectively.forms), FLAGS)
        # between periods listed one after another: a comma, ";" or the join of a list's last item
        self.run_join_re = regex.compile(r"\s*(?:[,;]|" + alternation(rules.metrics.item_joins.forms) + r")\s*", FLAGS)
        # "so với cùng kỳ năm 2018 (54.330 tỷ đồng)": the cue that opens a base and the words of a
        # same-period base (the "(" between the base and the figure it quotes is PAREN_OPEN)
        self.base_cue_re = regex.compile(alternation(rules.bases.cues.forms) + r"\s+", FLAGS)
        self.same_period_re = regex.compile(alternation(rules.bases.same_period_last_year.forms), FLAGS)
        # "... du lịch Hà Giang | trong | tháng 7 vừa qua.": a link word right before a period
        self.closing_link_re = regex.compile(
            r"(?<![\p{L}\p{M}])(?:" + alternation(rules.periods.after_links.forms) + r")\s+$", FLAGS)
        self.closing_gap_re = regex.compile(r"[^;\n]*")  # no ";" or line between the figure and it
        self.clause_cue_re = regex.compile(
            r"(?<![\p{L}\p{M}])" + alternation(rules.periods.clause_ends.forms) + r"(?![\p{L}\p{M}])", FLAGS)
        # ", tăng 5%" right after a figure: the change of that figure, in its period
        self.change_after_re = regex.compile(
            r"\s*,\s*(?:" + alternation(list(rules.cues.kind.up.forms) + list(rules.cues.kind.down.forms)) + r")\s*$", FLAGS)
        self.flow_head_re = regex.compile(alternation(rules.periods.flow_heads.forms), FLAGS)
        # "Họ gửi về hơn 12.000 tỷ đồng mỗi năm": a usual amount (not "bình quân mỗi tháng", an average)
        self.recurring_re = regex.compile(
            r"(?<!" + alternation(rules.periods.recurring_not_after.forms) + r"\s+)"
            + alternation(rules.periods.recurring_cues.forms), FLAGS)
        # "gói hỗ trợ | 15.000 tỷ đồng": a programme named by its size, a word or two between
        self.named_size_re = regex.compile(
            alternation(rules.periods.named_sizes.forms) + r"(?:\s+\p{Ll}[\p{L}\p{M}]*){0,2}\s*$", FLAGS)


def decide(block: Block, fig: Figure) -> None:
    p = block.rules.compiled(Patterns)
    period, rule = find_period(block, fig, _breaks_down(block, fig.sentence))
    right_after = _period_right_after(block.text, fig.q.end, block.periods, p)
    if right_after is not None and period is not right_after and rule != "period:quoted-base-after":
        # "giải quyết việc làm cho 15.000 lao động trong 6 tháng cuối năm"
        period, rule = right_after, "period:right-after"
    respective = _respective_period(block, fig, p)
    if respective is not None:  # "Tháng 9 và tháng 10, CPI tăng lần lượt 0,3% và 0,5%"
        period, rule = respective, "period:respectively"
    plan = _plan_year(block, fig, period)
    if plan is not None:  # "đạt 68% kế hoạch năm (600 triệu USD)": the year's plan
        period, rule = plan, "period:plan-restated"
    quoted = _base_quoted(block, fig, period, p)
    if quoted is not None:  # "tăng 26,8% so với cùng kỳ năm 2018 (54.330 tỷ đồng)": the base's own level
        period, rule = quoted, "period:base-quoted"
    same = _level_of_same_period(block, fig, period, p)
    if same is not None:  # "mức 51,3 điểm cùng kỳ năm 2023"
        period, rule = same, "period:level-of-same-period"
    labelled = _period_before_paren(block.text, fig.q.start, block.periods)
    if labelled is not None:  # "cao hơn quý I (5,87%)": the figure in "(...)" is that period's own
        period, rule = labelled, "period:labels-aside"
    if period is not None and rule in OWN and fig.new_sentence:
        block.taken_periods.add(period.start)  # the period of a sentence's first figure governs on
    if period is not None and rule not in OWN and _named_size(block, fig, p):
        # "gói hỗ trợ 15.000 tỷ đồng": the size that names a programme is of no period the
        # text gives elsewhere
        fig.note("period", "period:named-size")
        fig.period, fig.period_rule = None, "period:named-size"
        return
    if rule in CARRIED and fig.kind == "level" and _recurring(block, fig.sentence, p):
        # "Theo hiệp hội, mỗi năm có khoảng 400.000 tấn ...": of no one period, and the sentence
        # writes none
        fig.note("period", "period:recurring")
        fig.period, fig.period_rule = None, "period:recurring"
        return
    if period is not None and period.resolver == "recurring":
        # "Hằng năm, lượng kiều hối ... khoảng 480 triệu USD": a yearly amount, of no one period
        fig.note("period", "period:recurring", period.rule)
        fig.period, fig.period_rule = None, "period:recurring"
        return
    if (period is not None and period.resolver == "today" and block.related_from is not None
            and fig.q.start >= block.related_from):
        # "Tin liên quan: - Giá xăng giảm 400 đồng/lít từ 15 giờ chiều nay": a listed headline's
        # "today" is the day of that article, which the page does not give
        fig.note("period", "period:related-headline-day", period.rule)
        fig.period, fig.period_rule = None, "period:related-headline-day"
        return
    fig.period, fig.period_rule = period, rule
    fig.note("period", rule, *([period.rule] if period else []))


NAMED_SIZE_REACH = 40  # how far before a figure the words of a programme's name are looked for


def _named_size(block: Block, fig: Figure, p: Patterns) -> bool:
    """Whether ``fig`` is the size a programme is named by ("gói hỗ trợ 15.000 tỷ đồng")."""
    q = fig.q
    before = q.qualifier_start if q.qualifier_start >= 0 else q.start
    return p.named_size_re.search(block.text, max(fig.sentence.start, before - NAMED_SIZE_REACH), before) is not None


def _recurring(block: Block, sent: Sentence, p: Patterns) -> bool:
    """Whether ``sent`` says "mỗi năm" (a usual amount); looked for once per sentence."""
    key = ("recurring", sent.start)
    if key not in block.memo:
        block.memo[key] = p.recurring_re.search(block.text, sent.start, sent.end) is not None
    return block.memo[key]


def _breaks_down(block: Block, sent: Sentence) -> bool:
    """Whether ``sent`` opens a breakdown of the figure before it ("Trong đó, ...")."""
    p = block.rules.compiled(Patterns)
    text, start = block.text, sent.start
    opening = start
    while opening < len(text) and text[opening].isspace():
        opening += 1
    return bool(p.breakdown_re.match(text, opening, start + OPENING))


def _respective_period(block: Block, fig: Figure, p: Patterns) -> Optional[PeriodMention]:
    """The i-th of periods joined by "và" or commas before a "respectively" word ("lần lượt"), for
    the i-th figure after that word, when there are as many figures as periods."""
    text, sent, q = block.text, fig.sentence, fig.q
    marker = None
    for marker in p.respective_re.finditer(text, max(sent.start, q.start - RESPECTIVE_REACH), q.start):
        pass  # the last marker before the figure, looked for nearby only (linear in dense text)
    if marker is None:
        return None
    run: list[PeriodMention] = []
    for m in block.periods.overlapping(max(sent.start, marker.start() - RESPECTIVE_REACH), marker.start()):
        if m.is_base or not (m.from_ or m.to) or m.start < sent.start:
            continue
        if run and not p.run_join_re.fullmatch(text, run[-1].end, m.start):
            run = []
        run.append(m)
    if len(run) < 2:
        return None
    quantities, start_of = block.quantities, (lambda x: x.start)  # sorted by start: bisect, no copy per figure
    lo = bisect.bisect_left(quantities, marker.end(), key=start_of)
    hi = bisect.bisect_left(quantities, sent.end, key=start_of)
    i = bisect.bisect_left(quantities, q.start, key=start_of) - lo
    return run[i] if hi - lo == len(run) and 0 <= i < len(run) else None


def _period_before_paren(text: str, q_start: int, periods: Mentions) -> Optional[PeriodMention]:
    """A period right before the "(" that opens with the figure ("cao hơn quý I (5,87%)", "so với
    cùng kỳ năm 2023 (6,1 triệu tấn)"): the figure quoted is that period's (a base's own level)."""
    for m in periods.overlapping(max(0, q_start - PAREN_LABEL_REACH), q_start):
        if m.end <= q_start and PAREN_OPEN.fullmatch(text, m.end, q_start) and (m.from_ or m.to):
            return m
    return None


def _dated_or_report(block: Block, period: Optional[PeriodMention]) -> Optional[PeriodMention]:
    """``period`` if it has dates, else the report period if that has; None otherwise."""
    for candidate in (period, block.report_period):
        if candidate is not None and (candidate.from_ or candidate.to):
            return candidate
    return None


def _plan_year(block: Block, fig: Figure, period: Optional[PeriodMention]) -> Optional[PeriodMention]:
    """The whole year of ``period`` (or of the report), spanning the plan's words, for a figure
    that restates a plan ("đạt 68% kế hoạch năm (600 triệu USD)")."""
    source = _dated_or_report(block, period)
    if fig.plan_aside is None or source is None:
        return None
    year = (source.to or source.from_)[:4]
    return PeriodMention(*fig.plan_aside, "plan-year", "plan_year", year, year, relative=source.relative)


def _base_quoted(block: Block, fig: Figure, period: Optional[PeriodMention], p: Patterns
                 ) -> Optional[PeriodMention]:
    """The period of a figure quoted in "(...)" right after a comparison base, which is the base's
    own level: for the same period of another year ("so với cùng kỳ năm 2018 (54.330 tỷ đồng)"),
    the figure's own period moved to the year written, else a year back; otherwise the period
    the base writes ("so với quý II/2023 (14,5%)")."""
    text, q = block.text, fig.q
    base = next(block.periods.within_reversed(max(fig.sentence.start, q.start - PAREN_LABEL_REACH), q.start), None)
    if base is None or not base.is_base or not PAREN_OPEN.fullmatch(text, base.end, q.start):
        return None
    cue = p.base_cue_re.match(text, base.start, base.end)
    # "gấp 1,5 lần cùng kỳ năm 2023 (khoảng 8.000 đồng/kg)": "cùng kỳ" is a base with no cue too
    after_cue = cue.end() if cue is not None else base.start
    if cue is None and not p.same_period_re.match(text, base.start, base.end):
        return None
    written = _written_in(block, after_cue, base.end)
    if p.same_period_re.search(text, after_cue, base.end):
        return _same_period_of(base, written, _dated_or_report(block, period))
    return written


def _same_period_of(base: PeriodMention, written: Optional[PeriodMention],
                    own: Optional[PeriodMention]) -> Optional[PeriodMention]:
    """The same period as ``own`` in the year ``written`` names ("cùng kỳ năm 2018"), else a
    year back ("cùng kỳ năm trước"), spanning ``base``."""
    if own is None:
        return None
    year = written.to if written is not None and written.from_ == written.to and len(written.to) == 4 else None
    y = int(year) if year else None
    return PeriodMention(base.start, base.end, "base-quoted", "same_period", move_year(own.from_, y),
                         move_year(own.to, y), local=True)


def _level_of_same_period(block: Block, fig: Figure, period: Optional[PeriodMention], p: Patterns
                          ) -> Optional[PeriodMention]:
    """"thấp hơn mức 49,1 điểm của quý II và mức 51,3 điểm cùng kỳ năm 2023": a level that "cùng kỳ"
    follows right away is the level of that same period of another year (after a change, "tăng 5%
    cùng kỳ" names the change's base instead); the same period as the sentence's first figure's."""
    text, q = block.text, fig.q
    if fig.kind != "level" or q.canonical.startswith(RATIO_UNITS):
        return None  # "số dự án bằng 90% cùng kỳ": a ratio to the base, of the figure's own period
    base = next(iter(block.periods.overlapping(q.end, q.end + QUOTED_BASE_REACH)), None)
    if (base is None or not base.is_base or base.start < q.end or text[q.end:base.start].strip()
            or not p.same_period_re.match(text, base.start, base.end)):
        return None
    first = block.figures[fig.sentence_first] if fig.sentence_first < len(block.figures) else None
    own = first.period if first is not None and first.sentence.start == fig.sentence.start else period
    return _same_period_of(base, _written_in(block, base.start, base.end), _dated_or_report(block, own))


def _written_in(block: Block, start: int, end: int) -> Optional[PeriodMention]:
    """The first dated period written inside a base ("năm 2018" in "so với cùng kỳ năm 2018")."""
    return next((m for m in (block.periods_in(start, end) if block.periods_in else [])
                 if (m.from_ or m.to) and m.resolver != "base" and not m.relative), None)


def _period_right_after(text: str, q_end: int, periods: Mentions, p: Patterns) -> Optional[PeriodMention]:
    """A period that follows the figure directly or after a link word ("trong", "vào")."""
    for m in periods.overlapping(q_end, q_end + RIGHT_AFTER_REACH):
        if (m.start >= q_end and not m.is_base and p.period_link_re.fullmatch(text, q_end, m.start)
                and "\n" not in text[q_end:m.start]):  # not the period opening the next line
            return m
    return None


def find_period(block: Block, fig: Figure, breaks_down: bool = False
                ) -> tuple[Optional[PeriodMention], str]:
    """The period mention governing ``fig`` and the name of the rule that chose it.

    A period carries into later sentences of its paragraph when it opens its
    own sentence (stands before that sentence's first figure, or at its start
    when the sentence has none) or when the first figure of its sentence took
    it as its own;
    one met only in a later clause ("...; bình quân 8 tháng tăng 30,15%.", "...
    do học phí năm học 2023-2024") stays where it is, unless the sentence of
    ``fig`` ``breaks_down`` the figure just before ("Trong đó, ..."), which
    takes the last period.
    """
    q, sent, periods = fig.q, fig.sentence, block.periods
    quoted = [m for m in periods.overlapping(q.end, min(fig.clause_end, q.end + QUOTED_BASE_REACH))
              if m.resolver == "same_period" and not m.is_base]
    if quoted:  # "mức tăng 5,48% của cùng kỳ năm 2023": the base's own figure
        return quoted[0], "period:quoted-base-after"
    prev = block.figures[-1] if block.figures and not fig.new_sentence else None
    if (prev is not None and prev.period is not None and prev.period.local and prev.period_rule in OWN
            and prev.period.start > sent.start
            and block.rules.compiled(Patterns).change_after_re.fullmatch(block.text, prev.q.end, q.start)):
        return prev.period, "period:change-of-previous"  # "cả năm đạt 6.000 tỷ đồng, tăng 5%"
    first = block.quantities[block.figures[fig.sentence_first].index].start if not fig.new_sentence else q.start
    before = next((m for m in periods.within_reversed(sent.start, q.start)
                   if not m.is_base and (not m.local or m.start >= fig.clause_start
                                         or _same_aside(block.text, m, q.start)
                                         or (m.end <= first and m.resolver in FRAMING_LOCAL))), None)
    if before is not None:
        kept = _kept_over_modifier(block, fig, before)
        if kept is not None:
            return kept, "period:same-sentence-kept"
        return before, "period:same-sentence"
    after = [m for m in periods.overlapping(q.end, min(fig.next_start, fig.clause_end, q.end + AFTER_REACH))
             if not m.is_base and m.start >= q.end]
    if after:
        return after[0], "period:same-clause-after"
    closing = _closing(block, fig)
    if closing is not None:
        return closing, "period:sentence-end"
    in_paragraph = block.by_paragraph.get(sent.paragraph, [])
    par_start = in_paragraph[0].start if in_paragraph else sent.start
    carried = _carried(block, par_start, sent.start, breaks_down)
    if carried is not None and _is_cut_off(carried) and _measures_a_flow(block, fig):
        # "Đến cuối tháng 12, toàn tỉnh có 1.240 trạm biến áp. Sản lượng điện đạt 4.100 triệu kWh": a cut-off
        # dates what stands at it, not what flowed over the period; an earlier span or the report's does
        carried = _carried(block, par_start, carried.start, breaks_down, spans_only=True)
        if carried is None and block.report_period is not None and not _is_cut_off(block.report_period):
            return block.report_period, "period:document-flow"
    if carried is not None:
        return carried, "period:paragraph"
    if sent.paragraph > 0 and in_paragraph and _breaks_down(block, in_paragraph[0]):
        # a paragraph opened by "Trong đó, ..." breaks down the total that ends the one before it
        # ("... đưa tổng kim ngạch 7 tháng đầu năm lên 9,14 tỷ USD. ¶ Trong đó, sản phẩm gỗ ...")
        # (not a base's figure quoted in an aside: "... (tháng 11/2017: 21.481 xe). ¶ Trong đó, ...")
        total_period = _broken_down_total(block, sent.paragraph)
        if total_period is not None:
            return total_period, "period:previous-paragraph-total"
        before = block.by_paragraph.get(sent.paragraph - 1, [])
        carried = _carried(block, before[0].start, par_start, False) if before else None
        if carried is not None:
            return carried, "period:previous-paragraph"
    if block.report_period is not None and not (
            block.related_from is not None and q.start >= block.related_from):
        return block.report_period, "period:document"
    return None, "period:none"


def _broken_down_total(block: Block, paragraph: int) -> Optional[PeriodMention]:
    """The period of the total that ends the paragraph before ``paragraph``, which a paragraph
    opened by "Trong đó, ..." breaks down; worked out at its first figure and kept for every
    later figure of the paragraph (they all break down the same total)."""
    key = ("breakdown-total", paragraph)
    if key not in block.memo:
        total = next((f for f in reversed(block.figures) if f.period is None or not f.period.local), None)
        ok = (total is not None and total.sentence.paragraph == paragraph - 1
              and total.period is not None and not (total.period.is_base or total.period.sentence_only))
        block.memo[key] = total.period if ok else None
    return block.memo[key]


def _closing(block: Block, fig: Figure) -> Optional[PeriodMention]:
    """"Khoảng 156.400 lượt khách đã tới tham quan, du lịch Hà Giang trong tháng 7 vừa qua.": a
    period that closes the sentence of its last figure, after a link word ("trong", "vào"), dates
    it across the commas of its predicate (no ";", no cause word, no other figure between)."""
    text, q, sent = block.text, fig.q, fig.sentence
    if fig.next_start < sent.end:
        return None  # another figure follows in the sentence
    p = block.rules.compiled(Patterns)
    last = next(block.periods.within_reversed(q.end, sent.end), None)
    if (last is None or last.is_base or text[last.end:sent.end].strip(" .!?…)\"'")
            or not p.closing_link_re.search(text, max(q.end, last.start - 16), last.start)
            or not p.closing_gap_re.fullmatch(text, q.end, last.start)
            or p.clause_cue_re.search(text, q.end, last.start)):
        return None
    return last


def _kept_over_modifier(block: Block, fig: Figure, before: PeriodMention) -> Optional[PeriodMention]:
    """"Tính đến hết ngày 15/9, tỉnh đã giải ngân 2.174,6 tỷ đồng vốn đầu tư công năm 2024, đạt
    47,8% kế hoạch": a period written inside the noun phrase after the previous figure ("vốn ...
    năm 2024") names that phrase, not a new time: a later figure keeps the period the previous
    one took from before it."""
    if not block.figures or before.start >= fig.clause_start:
        return None
    previous = block.figures[-1]
    if (previous.period_rule == "period:same-sentence-kept" and previous.sentence.start == fig.sentence.start
            and before.start < previous.q.start):
        return previous.period  # the figures after it keep it too: "..., đạt 47,8% kế hoạch, tăng 5%"
    if before.start < fig.prev_end:
        return None
    if (previous.sentence.start != fig.sentence.start or previous.period_rule != "period:same-sentence"
            or previous.period is None or previous.period.end > previous.q.start):
        return None
    if PHRASE_BREAK.search(block.text, previous.q.end, before.start):
        return None  # "..., năm 2024 đạt ...": the period opens a clause of its own
    return previous.period


def _same_aside(text: str, m: PeriodMention, q_start: int) -> bool:
    """Whether ``m`` and the figure stand in one "(...)" ("(cùng kỳ năm 2015 tăng 4,52%, góp 1,37 điểm %)")."""
    opened = text.rfind("(", max(0, m.start - ASIDE_REACH), m.start)
    return (opened >= 0 and text.find(")", opened, m.start) < 0
            and text.find(")", m.end, q_start) < 0 and text.find("(", m.end, q_start) < 0)


def _carried(block: Block, start: int, end: int, breaks_down: bool, spans_only: bool = False
             ) -> Optional[PeriodMention]:
    """The nearest period in [start, end) that carries on to later sentences (``spans_only``:
    that is no cut-off)."""
    for m in block.periods.within_reversed(start, end):
        if (not m.is_base and not m.local and not m.future and not m.sentence_only
                and not (spans_only and _is_cut_off(m))
                and (breaks_down or m.start in block.taken_periods or _opens_its_sentence(block, m))):
            return m
    return None


def _is_cut_off(m: PeriodMention) -> bool:
    """"đến cuối tháng 12/2024": up to a date, from null (section 6)."""
    return m.from_ is None and m.to is not None


def _measures_a_flow(block: Block, fig: Figure) -> bool:
    """Whether the metric of ``fig`` opens with one of ``flow_heads`` ("sản lượng", "doanh thu"):
    an amount over a span, not a stock at a date."""
    if fig.kind != "level":
        return False
    p = block.rules.compiled(Patterns)
    # a part's figure ("khai thác nội địa 15.840 tấn") is of the flow its sentence opens with
    first = block.figures[fig.sentence_first] if fig.sentence_first < len(block.figures) else fig
    return any(f.metric is not None and p.flow_head_re.match(block.text, f.metric[0], f.metric[1]) is not None
               for f in (fig, first))


def _opens_its_sentence(block: Block, m: PeriodMention) -> bool:
    """Whether ``m`` stands before its sentence's first figure, or, in a sentence with no
    figure, among its first words ("Năm 2023, ...", "Tính chung 9 tháng năm 2016, ...")."""
    sent = block.sentence_of(m.start)
    if sent is None:
        return True
    first = block.first_quantity.get(sent.start)
    if first is not None:
        return m.start < first
    return len(WORD.findall(block.text, sent.start, m.start)) <= OPENING_WORDS
