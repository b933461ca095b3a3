"""Stage 4b: attach to each quantity its metric and its period.

Metric: the clause left of the quantity is read from its start (after the
previous quantity, a ";", ":" or "(", or an unjoined comma). In it, an
activity before "cho" is the metric ("giải quyết việc làm cho 12.000 lao
động"); else the phrase from the first metric head word up to its verb
("Giá trị sản xuất công nghiệp | ước đạt"); else, for a count, the counted
noun phrase right of the number ("117 dự án sản xuất công nghiệp ..."); else
a short subject ("Hà Nam | đạt"). A change or share with no subject of its
own takes the metric of the quantity before it.

Period: the nearest period mention before the quantity in its sentence,
else one after it in its clause, else the last one in an earlier sentence
of the paragraph, else the document's report period (stated in its lead).
Comparison bases ("so với cùng kỳ năm 2019") are never periods.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from ._lexicon import Compiled
from ._periods import PeriodMention
from ._quantities import Found
from ._segment import Sentence

CLAUSE_BREAK = regex.compile(r"[;:()\[\]\"“”|•]|\s-\s|\btrong\s+đó\b|,", regex.IGNORECASE)
COUNT_PHRASE_END = regex.compile(r"[,;:.()\[\]\"“”!?|]|\s-\s|\d")
WORD = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
MAX_COUNT_PHRASE_WORDS = 12
MAX_SUBJECT_WORDS = 10


@dataclass
class Attached:
    """Metric and period chosen for one quantity, with the rules that chose them."""

    metric: Optional[tuple[int, int]] = None
    period: Optional[PeriodMention] = None
    period_from_document: bool = False
    clause_start: int = 0
    rules: list[str] = field(default_factory=list)


def clause_start(text: str, lex: Compiled, sent: Sentence, limit: int, q_start: int) -> int:
    """Start of the clause that ends at ``q_start`` (not before ``limit``)."""
    window_start = max(sent.start, limit)
    window = text[window_start:q_start]
    joined = [(m.start(), m.end()) for m in lex.joined_comma_re.finditer(window)]
    best = 0
    for m in CLAUSE_BREAK.finditer(window):
        if m.group() == "," and any(s <= m.start() < e for s, e in joined):
            continue
        best = m.end()
    return window_start + best


def _strip(text: str, start: int, end: int, lex: Compiled) -> tuple[int, int]:
    """Trim clause openers at the start and verbs/qualifiers at the end of a span."""
    while start < end and not text[start].isalnum():
        start += 1
    piece = text[start:end]
    m = lex.opener_re.match(piece)
    if m:
        start += m.end()
        piece = text[start:end]
    m = lex.trailing_verbs_re.search(piece)
    if m:
        end = start + m.start()
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _without_periods(start: int, end: int, periods: list[PeriodMention]) -> list[tuple[int, int]]:
    """Pieces of [start, end) between the period mentions inside it."""
    pieces, pos = [], start
    for p in periods:
        if p.end <= start or p.start >= end:
            continue
        if p.start > pos:
            pieces.append((pos, p.start))
        pos = max(pos, p.end)
    if pos < end:
        pieces.append((pos, end))
    return pieces


def _head_metric(text: str, start: int, end: int, lex: Compiled) -> Optional[tuple[int, int]]:
    head = lex.head_re.search(text, start, end)
    if not head:
        return None
    verb = lex.metric_verb_re.search(text, head.end(), end)
    stop = verb.start() if verb else end
    while stop > head.start() and not text[stop - 1].isalnum():
        stop -= 1
    return head.start(), stop


def _count_phrase(text: str, q: Found, lex: Compiled, periods: list[PeriodMention],
                  unit_start: int) -> tuple[int, int]:
    """The counted noun phrase: the noun and its modifiers right of the number."""
    limit_m = COUNT_PHRASE_END.search(text, q.end, min(len(text), q.end + 200))
    limit = limit_m.start() if limit_m else min(len(text), q.end + 200)
    for p in periods:
        if q.end <= p.start < limit:
            limit = p.start
            break
    end = q.end
    words = 0
    for w in WORD.finditer(text, q.end, limit):
        stop = lex.count_stop_re.match(text, w.start())
        if stop or words >= MAX_COUNT_PHRASE_WORDS:
            break
        end = w.end()
        words += 1
    return unit_start, end


def find_metric(text: str, q: Found, lex: Compiled, sent: Sentence, prev_end: int,
                periods: list[PeriodMention], previous: Optional[tuple[int, int]]) -> tuple[Optional[tuple[int, int]], str]:
    """The metric span for ``q`` and the name of the rule that found it."""
    left_end = q.qualifier_start if q.qualifier_start >= 0 else q.start
    cstart = clause_start(text, lex, sent, prev_end, left_end)
    pieces = _without_periods(cstart, left_end, periods)
    # an activity ("giải quyết việc làm cho 12.000 lao động")
    if pieces:
        p_start, p_end = pieces[-1]
        act = lex.activity_re.search(text[p_start:p_end])
        if act:
            a_start, a_end = _strip(text, p_start, p_start + act.start(), lex)
            if a_end > a_start:
                return (a_start, a_end), "metric:activity"
    for p_start, p_end in pieces:
        s, e = _strip(text, p_start, p_end, lex)
        if e > s:
            found = _head_metric(text, s, e, lex)
            if found and found[1] > found[0]:
                return found, "metric:head-word"
    if q.is_count and q.canonical == "count":
        return _count_phrase(text, q, lex, periods, q.noun_start), "metric:counted-noun"
    subject = _subject(text, pieces, lex)
    if subject is not None:
        return subject, "metric:subject"
    if previous is not None:
        return previous, "metric:inherited"
    return None, "metric:none"


def _subject(text: str, pieces: list[tuple[int, int]], lex: Compiled) -> Optional[tuple[int, int]]:
    if not pieces:
        return None
    s, e = _strip(text, *pieces[-1], lex)
    if e <= s:
        return None
    n_words = len(WORD.findall(text, s, e))
    if 1 <= n_words <= MAX_SUBJECT_WORDS and not lex.kind_re.fullmatch(text[s:e]):
        return s, e
    return None


def find_period(q: Found, sent: Sentence, sentences_in_par: list[Sentence],
                periods: list[PeriodMention], next_start: int, clause_end: int,
                document_period: Optional[PeriodMention], in_related_list: bool
                ) -> tuple[Optional[PeriodMention], str]:
    """The period mention governing ``q`` and the name of the rule that chose it."""
    usable = [p for p in periods if not p.is_base]
    before = [p for p in usable if sent.start <= p.start and p.end <= q.start]
    if before:
        return before[-1], "period:same-sentence"
    after = [p for p in usable if q.end <= p.start < min(next_start, clause_end)]
    if after:
        return after[0], "period:same-clause-after"
    par_start = sentences_in_par[0].start if sentences_in_par else sent.start
    earlier = [p for p in usable if par_start <= p.start and p.end <= sent.start]
    if earlier:
        return earlier[-1], "period:paragraph"
    if document_period is not None and not in_related_list:
        return document_period, "period:document"
    return None, "period:none"
