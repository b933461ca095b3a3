"""Stage 5: what the document says about itself — its date line, its report period, its end.

- ``published_in``: the article's own date line near the top of the text
  (``periods.toml`` ``published_lines``), used when the caller gives none;
  of several, the earliest (a crawl stamp is never older than the article).
- ``report_period``: the period the report covers, from its headline (refined
  by a cut-off in the lead) or from the first period of its lead; paragraphs
  with no period of their own inherit it.
- ``opening``: the document's first line (its headline, at most ``OPENING_CHARS``), where a
  report names its own territory.
- ``related_list_start``: where a list of related articles begins
  (``exclusions.toml`` ``related_headers``); the report period does not reach
  the headlines listed there.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from typing import TYPE_CHECKING, Optional

import regex

from .._context import Found, Mentions, PeriodMention
from .._rules.patterns import FLAGS, alternation, expand_macros

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

Span = tuple[int, int]
BODY_PARAGRAPH_MIN = 150  # a line this long is body text, not a headline, caption or byline
HEADER_LINES = 12  # the date line is looked for in the first lines only
HEADER_CHARS = 3000
# resolvers of periods that can be what a whole report covers
REPORT_SPANS = {"first_months", "quarter", "year", "months", "month_range", "month", "since", "year_to_date",
                "range"}
OPENING_CHARS = 300  # a first line longer than this is cut: a headline is shorter
OPENING_WORDS = 6  # a period among the first words of a sentence frames it
SENTENCE_REACH = 300
WORDS = regex.compile(r"[\p{L}\p{M}\d]+")


class Patterns:
    def __init__(self, rules: "RuleSet"):
        self.published_lines = [regex.compile(expand_macros(e.pattern, rules.macros), FLAGS)
                                for e in rules.periods.published_lines]
        self.related_header = regex.compile(
            r"^\s*(?:" + alternation(rules.exclusions.related_headers.forms) + r")\s*:?\s*$", FLAGS)
        self.year_re = regex.compile(expand_macros("{Y}", rules.macros))


def published_in(head: str, rules: "RuleSet") -> Optional[str]:
    """The article's own date among the date lines of the first lines of ``head`` (normalised
    text), as YYYY-MM-DD: the earliest, since a crawl or update stamp is never older than the
    article it stands above (seed 000: "01/08/2024 ... [GMT+7]" above "08/04/2015 | 10:07:20").
    """
    p = rules.compiled(Patterns)
    found: list[str] = []
    for line in head[:HEADER_CHARS].split("\n")[:HEADER_LINES]:
        for pattern in p.published_lines:
            m = pattern.search(line)
            if m:
                try:
                    found.append(_dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat())
                    break
                except ValueError:
                    continue
    return min(found, default=None)


def opening(text: str) -> str:
    """The document's first line, at most ``OPENING_CHARS`` long: its headline, where a report
    names the territory it is about ("Lào Cai đón 158.000 lượt khách ...")."""
    line_end = text.find("\n", 0, OPENING_CHARS)
    return text[:line_end if line_end >= 0 else OPENING_CHARS]


def related_list_start(text: str, rules: "RuleSet") -> Optional[int]:
    """Where a list of related articles begins ("Tin cùng chuyên mục"), if it does."""
    p = rules.compiled(Patterns)
    pos = 0
    for line in text.split("\n"):
        if p.related_header.match(line):
            return pos
        pos += len(line) + 1
    return None


def period_spans(paragraph_spans: list[Span], found: list[Found], lead_done: bool = False) -> list[Span]:
    """Where periods can matter: paragraphs with a quantity, and the lead up to its first body paragraph."""
    spans: list[Span] = []
    starts = [q.start for q in found]
    lead = not lead_done
    for start, end in paragraph_spans:
        has_quantity = bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)
        if lead or has_quantity:
            if spans and spans[-1][1] + 1 >= start:  # consecutive paragraphs: one span
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        if end - start >= BODY_PARAGRAPH_MIN:
            lead = False
    return spans


def has_body(paragraph_spans: list[Span]) -> bool:
    """Whether the lead is over: a body paragraph has been seen."""
    return any(e - s >= BODY_PARAGRAPH_MIN for s, e in paragraph_spans)


def report_period(text: str, paragraph_spans: list[Span], periods: Mentions, rules: "RuleSet",
                  related_from: Optional[int], figures: list[Found] = ()) -> Optional[PeriodMention]:
    """The report period: the headline's, else the first period of the first body paragraph
    that frames its sentence (stands before that sentence's first ``figures``, or among its
    first words).

    A headline names what the report covers ("Xuất khẩu thủy sản 11 tháng
    năm 2024 đạt ...") where the lead may open with its latest month.
    """
    starts = [q.start for q in figures]
    marks = _SentenceMarks(text)
    year_re = rules.compiled(Patterns).year_re
    headline: Optional[PeriodMention] = None
    body = 0
    for start, end in paragraph_spans:
        if related_from is not None and start >= related_from:
            return headline
        if end - start < BODY_PARAGRAPH_MIN:
            if headline is None and body == 0:
                headline = next((p for p in periods.overlapping(start, end)
                                 if start <= p.start and not p.is_base and not p.unresolved
                                 and not p.local and (p.from_ or p.to)), None)
            continue
        body += 1
        if headline is not None:
            # a cut-off in the first body paragraphs that ends in the headline's last month
            # refines it ("6 tháng đầu năm 2024" ... "Đến 30/6/2024, tổng dư nợ ...")
            # ... or a span from the same start ("8 tháng năm 2023" ... "tính từ đầu năm đến ngày 15-8")
            cut_off = next((p for p in periods.overlapping(start, end)
                            if not p.is_base and _refines(p, headline)), None)
            if cut_off is not None or body >= 2:
                return cut_off or headline
            continue
        # the first period of the lead, preferring one that names its year
        # ("phiên họp tháng 9 ... 9 tháng đầu năm 2024" → 9 tháng đầu năm 2024)
        found = [p for p in periods.overlapping(start, end)
                 if start <= p.start and not p.is_base and not p.unresolved and not p.local
                 and (p.resolver != "since" or p.to)  # "Từ ngày 1/1/2017, ...": a change's date, no report span
                 and (_opens_a_sentence(text, p, marks) or not _after_a_figure(p, starts, marks))]
        dated = [p for p in found if year_re.search(text, p.start, p.end)]
        if dated or found:
            return (dated or found)[0]
        break
    if headline is not None or not body:
        return headline
    # a passage that opens mid-article: the first span it states ("9 tháng đầu năm 2024")
    end = related_from if related_from is not None else len(text)
    return next((p for p in periods.overlapping(0, end) if p.resolver in REPORT_SPANS and not p.is_base
                 and not p.unresolved and not p.local and not p.future
                 and (p.resolver != "since" or len(p.from_ or "") == 7 and p.from_.endswith("-01"))  # a year so far
                 and (_opens_a_sentence(text, p, marks) or not _after_a_figure(p, starts, marks))), None)


def _refines(p: PeriodMention, headline: PeriodMention) -> bool:
    """Whether ``p`` (in the lead) states the headline's period more precisely: a cut-off or a
    span from the same start that ends in the headline's last month or year ("6 tháng đầu năm
    2024" ... "Đến 30/6/2024"), or a statistical year or half that starts in the month before
    it ("Tai nạn giao thông năm 2022" ... "từ ngày 15/12/2021 đến 14/12/2022"). A headline that
    is itself a cut-off ("đến hết năm 2020") is not refined: "Đến ngày 31/12/2020" names its end.
    A holiday named by its year ("Tết Giáp Thìn") is refined by the days the lead gives it."""
    if not p.to or not headline.to or not headline.from_ or p.to == headline.to or not p.to.startswith(headline.to):
        return False
    if headline.resolver == "cycle_year":  # "Tết Giáp Thìn" ... "(từ ngày 8 - 14/2/2024)": the holiday's days
        return p.from_ is not None and p.from_.startswith(headline.from_)
    if p.from_ is None or p.from_ == headline.from_:
        return True
    first = headline.from_ if len(headline.from_) > 4 else headline.from_ + "-01"
    year, month = int(first[:4]), int(first[5:7])
    before = f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"
    return len(p.from_) == 10 and p.from_[:7] == before


class _SentenceMarks:
    """Where the sentence marks (". " and line breaks) of a text stand, found once: the last one
    before a position is a look-up, not a scan back to the text's start (which, for every period
    of one long paragraph, would be quadratic)."""

    def __init__(self, text: str):
        self.dots = [m.start() for m in SENTENCE_DOT.finditer(text)]
        self.breaks = [m.start() for m in LINE_BREAK.finditer(text)]

    def last_before(self, pos: int) -> int:
        """As ``max(text.rfind(". ", 0, pos), text.rfind("\\n", 0, pos))``."""
        i = bisect.bisect_left(self.dots, pos - 1) - 1  # a ". " that ends by ``pos``
        j = bisect.bisect_left(self.breaks, pos) - 1
        return max(self.dots[i] if i >= 0 else -1, self.breaks[j] if j >= 0 else -1)


SENTENCE_DOT = regex.compile(r"\. ")
LINE_BREAK = regex.compile(r"\n")


def _after_a_figure(p: PeriodMention, starts: list[int], marks: _SentenceMarks) -> bool:
    """Whether a figure stands between the start of ``p``'s sentence and ``p``."""
    start = max(marks.last_before(p.start), 0)
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < p.start


def _opens_a_sentence(text: str, p: PeriodMention, marks: _SentenceMarks) -> bool:
    """A period among the first words of its sentence ("Bộ Tài chính cho biết thêm, 9 tháng đầu
    năm 2024, ngành thuế ..."), not one at the end of a clause ("... đi xuống trong quý III")."""
    start = max(marks.last_before(p.start), p.start - SENTENCE_REACH)
    return len(WORDS.findall(text, max(0, start), p.start)) <= OPENING_WORDS
