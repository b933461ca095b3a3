"""Stage 2: paragraphs, sentences and clauses (character spans of the normalised text).

Splitting is by layout and punctuation, so every span indexes the text.
A sentence ends at ".", "!", "?" or "…" followed by a space and a capital
letter, a digit or a quote, except after an abbreviation (``text.toml``:
"TP.", "ThS."). Paragraphs are lines. For each figure, ``locate`` finds the
clause it stands in: where the words before it start and end, and how far
a period after it can reach.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .._context import Block, Figure, Sentence
from .._rules.patterns import FLAGS, alternation, choices, counted_names, names_alternation

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

Span = tuple[int, int]
# an aside closed before the figure ("khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) đạt")
# (a year may stand in it: "(giá so sánh 2010)")
ASIDE = regex.compile(r"\((?=(?:[^()\d;]|(?<!\d)(?:19|20)\d\d(?!\d)){1,60}\)\s*(?:[\p{L}\p{M}]|$))(?:[^()\d;]|(?<!\d)(?:19|20)\d\d(?!\d)){1,60}\)")
ACRONYM_IN_PARENS = regex.compile(r"\(\s*\p{Lu}[\p{L}\d&.-]{1,11}\s*\)")
PAREN_BEFORE = regex.compile(r"\(\s*[+-]?\s*$")
PLAN_REACH = 60  # "bằng 93,4% dự toán năm được BHXH Việt Nam giao (1.163 tỷ đồng)"
CLAUSE_END_REACH = 200  # only the next few words after a figure matter for its clause's end


@dataclass(frozen=True)
class Patterns:
    sentence_end: "regex.Pattern"
    dateline: "regex.Pattern"
    joined_comma: "regex.Pattern"
    clause_break: "regex.Pattern"
    period_clause_end: "regex.Pattern"
    range_opener_before: "regex.Pattern"
    plan_aside: "regex.Pattern"

    @classmethod
    def from_rules(cls, rules: "RuleSet") -> "Patterns":
        m = rules.metrics
        # no abbreviation: the look-behind is left out (an empty choice would match before every ".")
        abbreviations = rules.text.abbreviations.forms
        not_after = r"(?<!\b" + choices(abbreviations) + ")" if abbreviations else ""
        return cls(
            sentence_end=regex.compile(not_after + r"(?:[.!?…]+[\"')\]]*)(?=\s+[\p{Lu}\d\"'(\-•])"),
            dateline=regex.compile(r"\s*(?:" + "|".join(f"(?:{d.pattern})" for d in rules.text.datelines) + ")"
                                   if rules.text.datelines else r"(?!)"),
            # the commas of a joined phrase, of an official name, and of the names a count lists
            # ("3 chuỗi Alpha, Beta và Gamma") break no clause
            joined_comma=regex.compile("|".join(
                [f"(?:{p})" for p in m.joined_commas.forms] + [names_alternation(m.classification_names.forms),
                                                               counted_names(rules.counts.list_intros.forms,
                                                                             m.item_joins.forms)]),
                FLAGS),
            clause_break=regex.compile(r"[;:()\[\]\"|•,]|" + alternation(m.clause_breaks.forms), FLAGS),
            period_clause_end=regex.compile(
                r"[;,(]|\s" + alternation(rules.periods.clause_ends.forms) + r"\s", FLAGS),
            # the "từ" of "từ 10 đến 15" (the "giữa" of "giữa 3 và 4"), which the words before the figure
            # do not include
            range_opener_before=regex.compile(alternation(list(rules.numbers.range_openers.forms)
                                                          + list(rules.numbers.range_pairs.values)) + r"\s*$",
                                              FLAGS),
            # "kế hoạch năm (", "kế hoạch vốn năm 2024 (" right before a figure: no mark between
            plan_aside=regex.compile(
                alternation(rules.periods.plan_figures.forms) + r"(?:\s+[\p{L}\p{M}\d/]+){0,6}?(?=\s*\(\s*$)", FLAGS),
        )


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-blank lines of ``text``.

    >>> paragraphs("Tiêu đề\\n\\nĐoạn một.")
    [(0, 7), (9, 18)]
    """
    spans, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def sentences(text: str, paragraph_spans: list[Span], rules: "RuleSet") -> list[Sentence]:
    """Sentence spans of ``text``, each tagged with its paragraph number."""
    p = rules.compiled(Patterns.from_rules)
    out: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans):
        start, k = p_start, 0
        dateline = p.dateline.match(text, p_start, p_end)
        if dateline is not None and dateline.end() < p_end:  # "TP.HCM (TTXVN) - ": a sentence of its own
            out.append(Sentence(start, dateline.end(), p_index, k))
            start, k = dateline.end(), 1
        for m in p.sentence_end.finditer(text, start, p_end):
            out.append(Sentence(start, m.end(), p_index, k))
            k += 1
            start = m.end()
            while start < p_end and text[start].isspace():
                start += 1
        if start < p_end:
            out.append(Sentence(start, p_end, p_index, k))
    return out


def locate(block: Block, fig: Figure) -> None:
    """Where ``fig`` stands: the words before it, its clause, and the figures around it."""
    p = block.rules.compiled(Patterns.from_rules)
    text, q = block.text, fig.q
    previous = block.figures[-1] if block.figures else None
    fig.new_sentence = previous is None or previous.sentence != fig.sentence
    fig.prev_end = fig.sentence.start if fig.new_sentence else previous.q.end
    fig.sentence_first = len(block.figures) if fig.new_sentence else previous.sentence_first
    following = fig.index + 1
    fig.next_start = block.quantities[following].start if following < len(block.quantities) else len(text)
    fig.left_end = left_end_of(text, q.start, q.qualifier_start, p)
    fig.clause_start = clause_start(text, p, fig.sentence.start, fig.prev_end, fig.left_end)
    limit = min(fig.sentence.end, q.end + CLAUSE_END_REACH)  # bounded: a huge sentence stays linear
    end = p.period_clause_end.search(text, q.end, limit)
    fig.clause_end = end.start() if end else limit
    before = q.qualifier_start if q.qualifier_start >= 0 else q.start
    plan = p.plan_aside.search(text, max(fig.prev_end, before - PLAN_REACH), before)
    fig.plan_aside = plan.span() if plan else None


def left_end_of(text: str, start: int, qualifier_start: int, p: Patterns) -> int:
    """Where the words left of a quantity end: before its qualifier, "từ" or the "(" it stands in."""
    end = qualifier_start if qualifier_start >= 0 else start
    paren = PAREN_BEFORE.search(text, max(0, end - 4), end)
    if paren:
        return paren.start()
    rng = p.range_opener_before.search(text, max(0, end - 6), end)
    return rng.start() if rng else end


def clause_start(text: str, p: Patterns, sent_start: int, limit: int, q_start: int) -> int:
    """Start of the clause that ends at ``q_start`` (not before ``limit``)."""
    window_start = max(sent_start, limit)
    window = text[window_start:q_start]
    joined = None  # the spans a break inside does not count, looked for only when there is a break
    best = 0
    for m in p.clause_break.finditer(window):
        if joined is None:
            joined = [(j.start(), j.end()) for j in p.joined_comma.finditer(window)]
            joined += [(j.start(), j.end()) for j in ACRONYM_IN_PARENS.finditer(window)]
            joined += [(j.start(), j.end()) for j in ASIDE.finditer(window)]
        if any(s <= m.start() < e for s, e in joined):
            continue
        best = m.end()
    return window_start + best
