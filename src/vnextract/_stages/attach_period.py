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
from .._rules.patterns import FLAGS, alternation

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

QUOTED_BASE_REACH = 30  # "của cùng kỳ năm 2023" within a few words after the figure
AFTER_REACH = 40  # a period after the figure in its clause
RIGHT_AFTER_REACH = 16
OPENING = 40  # how far into a sentence its opening word is looked for  # a period right after the figure, with at most a link word between


class Patterns:
    def __init__(self, rules: "RuleSet"):
        self.period_link_re = regex.compile(
            r"\s*(?:" + alternation(rules.periods.after_links.forms) + r")?\s*", FLAGS)
        # a sentence opened by one of these breaks down the figure before it ("Trong đó, ...")
        self.breakdown_re = regex.compile(alternation(rules.cues.status.breakdowns.forms), FLAGS)


def decide(block: Block, fig: Figure) -> None:
    p = block.rules.compiled(Patterns)
    q = fig.q
    in_related_list = block.related_from is not None and q.start >= block.related_from
    breaks_down = _breaks_down(block, fig, p)
    period, rule = find_period(fig, block.by_paragraph.get(fig.sentence.paragraph, []), block.periods,
                               block.report_period, in_related_list, block.first_quantity, breaks_down)
    right_after = _period_right_after(block.text, q.end, block.periods, p)
    if right_after is not None and period is not right_after and rule != "period:quoted-base-after":
        # "giải quyết việc làm cho 15.000 lao động trong 6 tháng cuối năm"
        period, rule = right_after, "period:right-after"
    fig.period, fig.period_rule = period, rule
    fig.note("period", rule, *([period.rule] if period else []))


def _breaks_down(block: Block, fig: Figure, p: Patterns) -> bool:
    """Whether the figure's sentence opens a breakdown of the figure before it ("Trong đó, ...")."""
    text, start = block.text, fig.sentence.start
    opening = start
    while opening < len(text) and text[opening].isspace():
        opening += 1
    return bool(p.breakdown_re.match(text, opening, start + OPENING))


def _period_right_after(text: str, q_end: int, periods: Mentions, p: Patterns) -> Optional[PeriodMention]:
    """A period that follows the figure directly or after a link word ("trong", "vào")."""
    for m in periods.overlapping(q_end, q_end + RIGHT_AFTER_REACH):
        if m.start >= q_end and not m.is_base and p.period_link_re.fullmatch(text, q_end, m.start):
            return m
    return None


def find_period(fig: Figure, sentences_in_par: list[Sentence], periods: Mentions,
                document_period: Optional[PeriodMention], in_related_list: bool,
                first_quantity: Optional[dict[int, int]] = None, breaks_down: bool = False
                ) -> tuple[Optional[PeriodMention], str]:
    """The period mention governing ``fig`` and the name of the rule that chose it.

    ``first_quantity`` maps a sentence's start to where its first quantity
    starts: a period carries into later sentences of its paragraph when it
    frames its own sentence (stands before that sentence's first figure) or
    is the first period of the paragraph; one met only in a later clause
    ("...; bình quân 8 tháng tăng 30,15%.") stays in its sentence, unless
    the sentence of ``fig`` ``breaks_down`` the figure just before ("Trong đó,
    ..."), which takes the last period.
    """
    q, sent = fig.q, fig.sentence
    quoted = [p for p in periods.overlapping(q.end, min(fig.clause_end, q.end + QUOTED_BASE_REACH))
              if p.resolver == "same_period" and not p.is_base]
    if quoted:  # "mức tăng 5,48% của cùng kỳ năm 2023": the base's own figure
        return quoted[0], "period:quoted-base-after"
    before = next((p for p in periods.within_reversed(sent.start, q.start)
                   if not p.is_base and (not p.local or p.start >= fig.clause_start)), None)
    if before is not None:
        return before, "period:same-sentence"
    after = [p for p in periods.overlapping(q.end, min(fig.next_start, fig.clause_end, q.end + AFTER_REACH))
             if not p.is_base and p.start >= q.end]
    if after:
        return after[0], "period:same-clause-after"
    par_start = sentences_in_par[0].start if sentences_in_par else sent.start
    for p in periods.within_reversed(par_start, sent.start):  # the nearest that carries
        if (not p.is_base and not p.local and not p.future and not p.sentence_only
                and (breaks_down or _frames_its_sentence(p, sentences_in_par, first_quantity, periods))):
            return p, "period:paragraph"
    if document_period is not None and not in_related_list:
        return document_period, "period:document"
    return None, "period:none"


def _frames_its_sentence(p: PeriodMention, sentences_in_par: list[Sentence],
                         first_quantity: Optional[dict[int, int]], periods: Mentions) -> bool:
    """Whether ``p`` stands before its sentence's first figure, or is the first period of the paragraph."""
    if first_quantity is None or not sentences_in_par:
        return True
    i = bisect.bisect_right(sentences_in_par, p.start, key=lambda s: s.start) - 1
    start = sentences_in_par[max(i, 0)].start
    if p.start < first_quantity.get(start, p.start + 1):
        return True
    return i <= 0 and not any(not m.is_base and m is not p for m in periods.within_reversed(start, p.start))
