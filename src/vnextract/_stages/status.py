"""Stage 9: the status of each figure (actual, estimate, target).

Status comes from cue words (``cues.toml`` ``status``): an estimate cue
("ước đạt") governs its own clause, a target cue ("mục tiêu", "kế hoạch",
"phấn đấu") the rest of its sentence, "dự kiến" is an estimate for a period
already begun at publication and a target otherwise; a period that starts
after publication ("Đến năm 2025, ... đạt ...") makes a target too. A
figure quoted for a comparison base is actual; a part listed after "Trong
đó," with no verb of its own shares the status of the total it breaks down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from .._context import SCAN_BACK, Block, Figure, PeriodMention, Published
from .._rules.patterns import FLAGS, alternation, at_end, fold

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

OPENING = 40  # how far into a sentence its opening word is looked for


class Patterns:
    def __init__(self, rules: "RuleSet"):
        st = rules.cues.status
        self.status_cue_re = regex.compile(
            alternation(list(st.target.forms) + list(st.planned.forms) + list(st.estimate.forms)
                        + list(st.forecast.forms)), FLAGS)
        self.status_of_cue: dict[str, str] = {}  # folded cue -> "target" | "planned" | "estimate" | "forecast"
        for name, forms in (("estimate", st.estimate.forms), ("forecast", st.forecast.forms),
                            ("planned", st.planned.forms), ("target", st.target.forms)):
            for form in forms:
                self.status_of_cue[fold(form)] = name
        self.breakdown_re = regex.compile(alternation(st.breakdowns.forms), FLAGS)
        self.semicolon_re = regex.compile(";")
        self.own_verb_re = regex.compile(alternation(st.own_verbs.forms), FLAGS)
        self.part_opener_re = regex.compile(alternation(st.part_openers.forms), FLAGS)
        self.parts_opener_re = regex.compile(
            r"[\s+\-•]*(?:" + alternation(list(st.part_openers.forms) + list(st.parts_openers.forms)) + ")", FLAGS)
        self.estimate_end_re = regex.compile(at_end(st.estimate.forms), FLAGS)
        self.target_not_after_re = regex.compile(
            "(?:%|" + alternation(st.target_not_after.forms) + r")\s*$", FLAGS)


def decide(block: Block, fig: Figure) -> None:
    p = block.rules.compiled(Patterns)
    text, q, sent = block.text, fig.q, fig.sentence
    first_figure = block.first_quantity.get(sent.start)
    status, rules = _from_cues(text, fig, block.pub, p, first_figure)
    if "kind:compared-base" in fig.evidence.get("kind", ()) and fig.period_rule in (
            "period:right-after", "period:quoted-base-after"):
        status, rules = "actual", ["status:compared-base"]  # the base's own past figure
    if fig.plan_aside is not None:  # "đạt 68% kế hoạch năm (600 triệu USD)": the plan restated
        status, rules = "target", ["status:plan-restated"]
    if status == "actual" and block.periods.has_target_year(sent.start, q.start):
        # "Đến năm 2025, ... giai đoạn 2021-2025 tăng bình quân 8,5%/năm" in a plan written before 2025
        status, rules = "target", ["status:plan-year-in-sentence"]
    if status == "actual" and not rules:
        total = _total_status(block, fig)
        opening = _skip_blanks(text, sent.start)
        opens_parts = p.part_opener_re.match(text, opening, sent.start + OPENING)
        first = None if fig.new_sentence else block.figures[fig.sentence_first]
        # "Trong đó, khách quốc tế đạt 9,6 triệu; khách nội địa 19,8 triệu": the parts after a first
        # one with a verb of its own keep that verb, and its status (actual)
        after_own_verb = (first is not None and opens_parts and first.status == "actual"
                          and _own_verb(text, sent.start, first.q.start, p))
        if total and opens_parts and not after_own_verb and not _own_verb(text, sent.start, q.start, p):
            # "Trong đó, chi đầu tư phát triển 378,2 nghìn tỷ đồng": a part shares its total's status
            status, rules = total, ["status:part-of-previous"]
        elif fig.new_sentence:
            if (total and total != "actual" and _continues_total(block, fig)
                    and not _own_verb(text, sent.start, q.start, p)
                    and (p.parts_opener_re.match(text, opening, sent.start + OPENING)
                         or fig.kind != "level" and block.figures[fig.sentence_first - 1].kind != "level")):
                # "GRDP ước tăng 8,12%. Xét theo khu vực, nông nghiệp tăng 2,18%; ...": the parts that
                # follow an estimated total in its paragraph (a sentence that opens a breakdown, or
                # changes after a change), with no verb of their own, share its status
                status, rules = total, ["status:parts-of-paragraph-total"]
        elif not after_own_verb:
            if "status:parts-of-paragraph-total" in first.evidence.get("status", ()) and not _own_verb(
                    text, sent.start, q.start, p):
                status, rules = first.status, ["status:parts-of-paragraph-total"]  # the rest of the parts
    fig.status = status
    fig.note("status", *rules)


def _total_status(block: Block, fig: Figure) -> Optional[str]:
    """The status of the first figure of the sentence before this figure's sentence."""
    first = fig.sentence_first
    if first == 0:
        return None
    before = block.figures[first - 1]
    return block.figures[before.sentence_first].status


def _continues_total(block: Block, fig: Figure) -> bool:
    """Whether ``fig`` follows, in the same paragraph and period, the total of the sentence before."""
    first = fig.sentence_first
    if first == 0:
        return False
    total = block.figures[block.figures[first - 1].sentence_first]
    return (total.sentence.paragraph == fig.sentence.paragraph and fig.period is not None
            and total.period is not None and (fig.period.from_, fig.period.to) == (total.period.from_, total.period.to))


def _own_verb(text: str, sent_start: int, q_start: int, p: Patterns) -> bool:
    """A verb of the figure's own in its ";" segment ("chi thường xuyên đạt 951,4 ...")."""
    lo = max(sent_start, q_start - SCAN_BACK)
    seg = text.rfind(";", lo, q_start)
    return bool(p.own_verb_re.search(text, max(seg + 1, lo), q_start))


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _frames(text: str, cue_end: int, first_figure: Optional[int]) -> bool:
    """A cue before the sentence's first figure, set off from it by a comma or opening a list
    with a colon ("được dự báo tiếp tục tăng cao như: ...")."""
    if first_figure is None or cue_end > first_figure:
        return False
    between = text[cue_end:first_figure]
    return "," in between or ":" in between


def _cancelled(text: str, cue_end: int, q_start: int, p: Patterns, sent_start: int,
               frames: bool = False) -> bool:
    """Whether a status cue no longer reaches the figure at ``q_start``.

    A breakdown ("; trong đó X đạt ...") whose part has a verb of its own
    cancels it; so does a ";" between items that are not parts of one
    breakdown ("sản lượng ước 328.358 tấn; lợi nhuận bình quân 25 triệu"),
    but not the ";" between the parts of a sentence that opened a breakdown
    ("Trong đó, thu nội địa ước đạt ...; thu từ dầu thô 50,9 nghìn tỷ đồng", "Xét theo chiều
    hàng, hàng xuất khẩu ước đạt ...; hàng nhập khẩu ...").
    """
    if frames:
        return False  # "Dự kiến cả năm 2024, thu ... đạt ...; chi ... đạt ...": the whole sentence is forecast
    breakdown = p.breakdown_re.search(text, cue_end, q_start)
    brk = breakdown or p.semicolon_re.search(text, cue_end, q_start)
    if brk:
        for verb in p.own_verb_re.finditer(text, brk.end(), q_start):
            if not p.estimate_end_re.search(text, max(0, verb.start() - 20), verb.start()):
                return True
    opened = (p.breakdown_re.search(text, sent_start, cue_end)
              or p.parts_opener_re.match(text, _skip_blanks(text, sent_start), sent_start + OPENING))
    return brk is not None and breakdown is None and not opened


def _from_cues(text: str, fig: Figure, pub: Published, p: Patterns,
               first_figure: Optional[int]) -> tuple[str, list[str]]:
    """``(status, rules)`` from the cues before the figure in its sentence.

    ``first_figure`` is where the sentence's first quantity starts: a cue
    that frames the sentence ("Dự kiến cả năm 2024, thu ...; chi ...") is
    not ended by its ";".
    """
    end, period = fig.q.start, fig.period
    sent_start = max(fig.sentence.start, end - SCAN_BACK)
    target = estimate = planned = None
    for m in p.status_cue_re.finditer(text, sent_start, end):  # one scan for the three kinds of cue
        cue = p.status_of_cue[fold(m.group())]
        if cue in ("estimate", "forecast"):
            estimate = m
        elif cue == "planned":
            planned = m
        elif not p.target_not_after_re.search(text, max(sent_start, m.start() - 20), m.start()):
            target = m

    def reaches(cue: Optional["regex.Match"]) -> bool:
        if cue is None:
            return False
        if period is not None and period.local and "(" in text[cue.end():period.start]:
            return False  # "(9 tháng năm 2023 là 3,87%)": a cue outside an aside does not reach its figure
        return not _cancelled(text, cue.end(), end, p, sent_start, _frames(text, cue.end(), first_figure))

    estimate = estimate if reaches(estimate) else None
    planned = planned if reaches(planned) else None
    if period is not None and period.resolver == "same_period":
        return "actual", ["status:quoted-base"]  # "(cùng kỳ năm trước xuất siêu 14,4 tỷ USD)"
    cues = [c for c in (target, estimate, planned) if c is not None]
    future = _starts_after(period, pub)
    if not cues:
        if future or _cut_off_ahead(period, pub):
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
    if future and p.status_of_cue[word] != "forecast":
        return "target", ["status:future-period"]
    return "estimate", ["status:estimate:" + word]


def _starts_after(period: Optional[PeriodMention], pub: Published) -> bool:
    """True when the period begins after the publication date (a plan's horizon)."""
    if period is None:
        return False
    if period.is_target_year:
        return True
    return pub.begins_after(period.from_)


def _cut_off_ahead(period: Optional[PeriodMention], pub: Published) -> bool:
    """True for a cut-off still to come at publication ("Đến cuối năm 2025, tỷ lệ hộ nghèo còn
    dưới 2%" written in 2024): with no cue, a goal."""
    return period is not None and period.from_ is None and period.to is not None and pub.begins_after(period.to)
