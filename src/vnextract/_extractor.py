"""The pipeline: normalise → segment → quantities → metric and period → facts.

``Extractor`` holds a rule set (compiled once) and runs the stages; every
span it returns indexes the caller's original string.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Union

import regex

from ._attach import SCAN_BACK, clause_start, find_metric, find_period, left_end_of
from ._errors import InputError, PublishedDateError
from ._facts import as_float, classify_kind, classify_status
from ._lexicon import Compiled
from ._models import Fact, Metric, Period, Quantity, _DATE
from ._normalise import Normalised, normalise
from ._periods import Mentions, PeriodMention, Published, find_periods
from ._quantities import Found, find_quantities
from ._rules import RuleSet
from ._segment import Sentence, paragraphs, sentences

PublishedLike = Union[str, _dt.date, None]
YEAR_IN = regex.compile(r"(?:19|20)\d{2}")
BODY_PARAGRAPH_MIN = 150
BLOCK_CHARS = 200_000  # long texts are worked through in blocks of whole paragraphs
HEADER_LINES = 12


def check_published(published: PublishedLike) -> Optional[str]:
    """``published`` as ``YYYY[-MM[-DD]]`` or None; a typed error for anything else."""
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        published = published.date()
    if isinstance(published, _dt.date):
        return published.isoformat()
    if not isinstance(published, str):
        raise PublishedDateError(f"published must be a str or a date, not {type(published).__name__}")
    value = published.strip()
    if not _DATE.match(value):
        raise PublishedDateError(f"published {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            raise PublishedDateError(f"published {published!r} is not a real date") from None
    return value


NOUN_TAGS = ("N", "Nc", "Nu")


@functools.lru_cache(maxsize=20000)
def _first_noun(window: str) -> Optional[str]:
    """The first word of ``window`` if underthesea tags it a common noun, else None.

    A Vietnamese word may be several syllables ("nghệ nhân"); the tagger also
    tells a counted noun ("5 nghệ nhân") from a verb ("99,99 bán ra").
    """
    from underthesea import pos_tag

    words = window.split()
    if not words:
        return None
    tagged = pos_tag(" ".join(words[:6]))
    if not tagged:
        return None
    word, tag = tagged[0]
    return word if tag in NOUN_TAGS and window.startswith(word) else None


@functools.lru_cache(maxsize=20000)
def _ends_with_noun(phrase: str) -> bool:
    """Whether underthesea tags the last word of ``phrase`` a noun (a name, not a verb)."""
    from underthesea import pos_tag

    tagged = pos_tag(" ".join(phrase.split()[-8:]))
    return bool(tagged) and tagged[-1][1] in NOUN_TAGS


class Extractor:
    """Extracts facts from Vietnamese economic text with one rule set.

    ``Extractor()`` uses the shipped rules; ``Extractor(rules=RuleSet.default()
    .extend("my_rules.toml"))`` adds a user's own. ``segment_words=False``
    skips underthesea for open-ended counted nouns (faster, slightly cruder units).
    """

    def __init__(self, rules: Optional[Union[RuleSet, str, Path, Mapping[str, Any]]] = None,
                 *, segment_words: bool = True):
        if rules is None:
            rules = RuleSet.default()
        elif not isinstance(rules, RuleSet):
            rules = RuleSet.default().extend(rules)
        self.rules = rules
        self.lex: Compiled = rules.compiled
        self.segment_words = segment_words

    def published_in(self, text: str) -> Optional[str]:
        """The article's own date line near the top of ``text``, as YYYY-MM-DD, if any."""
        norm = normalise(text[:3000] if isinstance(text, str) else "")
        for line in norm.text.split("\n")[:HEADER_LINES]:
            for pattern in self.lex.published_line_res:
                m = pattern.search(line)
                if m:
                    try:
                        return _dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
                    except ValueError:
                        continue
        return None

    def extract(self, text: str, published: PublishedLike = None) -> list[Fact]:
        """The facts in ``text``; ``published`` resolves relative periods ("5 năm qua")."""
        return list(self.iter_extract(text, published))

    def iter_extract(self, text: str, published: PublishedLike = None) -> Iterator[Fact]:
        """The facts of ``text`` one by one, working through it block by block.

        A block is a run of whole paragraphs of at most ``BLOCK_CHARS``
        characters; only the document's report period (from its lead) and
        whether a list of related articles has begun carry from one block to
        the next, so memory stays bounded by the block however long the text.
        """
        if not isinstance(text, str):
            raise InputError(f"extract() takes a str, not {type(text).__name__}")
        pub = Published.parse(check_published(published))
        if not text.strip():
            return
        state = _Carry()
        for base, end in blocks(text, BLOCK_CHARS):
            yield from self._extract(normalise(text[base:end]), pub, base, state)

    def _extract(self, norm: Normalised, pub: Published, base: int, state: "_Carry") -> list[Fact]:
        text, lex = norm.text, self.lex
        related_from = self._related_list_start(text)
        if state.in_related:
            related_from = 0
        found = find_quantities(text, lex, _first_noun if self.segment_words else None)
        if not found:
            if related_from is not None:
                state.in_related = True
            return []
        periods = find_periods(text, lex, pub, self._period_spans(text, found, state.lead_done))
        sents = sentences(text)
        sent_starts = [s.start for s in sents]
        if state.lead_done:
            doc_period = state.doc_period
        else:
            doc_period = self._document_period(text, periods, related_from)
            if doc_period is not None:
                ds, de = norm.span(doc_period.start, doc_period.end)
                state.doc_period = replace(doc_period, start=base + ds, end=base + de,
                                           written=norm.original[ds:de])
            state.lead_done = any(e - s >= BODY_PARAGRAPH_MIN for s, e in paragraphs(text))
        if related_from is not None:
            state.in_related = True
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in sents:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        first_quantity: dict[int, int] = {}  # sentence start -> start of its first quantity
        for q in found:
            si = max(0, bisect.bisect_right(sent_starts, q.start) - 1)
            if sents:
                first_quantity.setdefault(sents[si].start, q.start)
        facts: list[Fact] = []
        total_status: Optional[str] = None
        sentence_first_status: Optional[str] = None
        breaks_down = lists_parts = False
        prev_metric: Optional[tuple[int, int]] = None
        prev_sentence = -1
        prev_end = 0
        for i, q in enumerate(found):
            si = max(0, bisect.bisect_right(sent_starts, q.start) - 1)
            sent = sents[si] if sents else Sentence(0, len(text), 0, 0)
            if si != prev_sentence:
                # the status of the previous sentence's first figure: the total a "Trong đó" breaks down
                total_status = sentence_first_status if prev_sentence >= 0 else None
                sentence_first_status = None
                prev_end = sent.start
                opening = _skip_blanks(text, sent.start)  # what the sentence opens with, read once
                breaks_down = bool(lex.breakdown_re.match(text, opening, sent.start + 40))
                lists_parts = bool(lex.part_opener_re.match(text, opening, sent.start + 40))
                if prev_sentence >= 0 and sents[prev_sentence].paragraph != sent.paragraph:
                    prev_metric = None
            next_start = found[i + 1].start if i + 1 < len(found) else len(text)
            left_end = left_end_of(text, q)
            cstart = clause_start(text, lex, sent, prev_end, left_end)
            metric, metric_rule = find_metric(text, q, lex, sent, prev_end, left_end, cstart,
                                              periods, prev_metric, next_start,
                                              _ends_with_noun if self.segment_words else None)
            clause_end = self._clause_end(text, q.end, sent.end)
            period, period_rule = find_period(
                q, sent, by_paragraph.get(sent.paragraph, []), periods, next_start, cstart, clause_end,
                doc_period, related_from is not None and q.start >= related_from, first_quantity,
                breaks_down)
            right_after = self._period_right_after(text, q, periods)
            if right_after is not None and period is not right_after and period_rule != "period:quoted-base-after":
                # "giải quyết việc làm cho 15.000 lao động trong 6 tháng cuối năm"
                period, period_rule = right_after, "period:right-after"
            kind, direction, kind_rules = classify_kind(text, q, cstart, lex)
            if (kind != "level" and metric_rule == "metric:counted-noun" and metric == (q.noun_start, q.end)
                    and prev_metric is not None and prev_end > sent.start):
                # "là 318.450 người, tăng 12.300 người": a change counts what the level before it counts
                metric, metric_rule = prev_metric, "metric:change-of-previous"
            if "kind:compared-base" in kind_rules and facts and prev_end > sent.start:
                # "tín dụng tăng 15%, cao hơn mức 13,78% của năm 2023": the base is what the figure
                # before it is, a change or a level
                kind, direction = facts[-1].kind, facts[-1].direction
            if (kind == "level" and not kind_rules and facts and facts[-1].kind != "level"
                    and cstart == prev_end > sent.start and lex.elided_verb_re.match(text, prev_end, left_end)):
                # "tăng 10,2% về lượng và 23,9% về trị giá": the verb is not repeated
                kind, direction, kind_rules = facts[-1].kind, facts[-1].direction, ["kind:elided"]
            status, status_rules = classify_status(text, q, sent.start, period, pub, lex,
                                                   first_quantity.get(sent.start))
            if "kind:compared-base" in kind_rules and period_rule in ("period:right-after",
                                                                        "period:quoted-base-after"):
                status, status_rules = "actual", ["status:compared-base"]  # the base's own past figure
            if status == "actual" and periods.has_target_year(sent.start, q.start):
                # "Đến năm 2025, ... giai đoạn 2021-2025 tăng bình quân 8,5%/năm" in a plan written before 2025
                status, status_rules = "target", ["status:plan-year-in-sentence"]
            if (status == "actual" and not status_rules and total_status and lists_parts
                    and not self._own_verb(text, sent.start, q.start)):
                # "Trong đó, chi đầu tư phát triển 378,2 nghìn tỷ đồng": a part shares its total's status
                status, status_rules = total_status, ["status:part-of-previous"]
            facts.append(self._fact(norm, base, q, metric, period, kind, direction, status, {
                "quantity": q.rules, "metric": [metric_rule], "period": [period_rule]
                + ([period.rule] if period else []), "kind": kind_rules, "status": status_rules}))
            if sentence_first_status is None:
                sentence_first_status = status
            if metric is not None:
                prev_metric = metric
            prev_sentence, prev_end = si, q.end
        return facts

    def _period_right_after(self, text: str, q: Found, periods: Mentions) -> Optional[PeriodMention]:
        """A period that follows the figure directly or after a link word ("trong", "vào")."""
        for p in periods.overlapping(q.end, q.end + 16):
            if p.start >= q.end and not p.is_base and self.lex.period_link_re.fullmatch(text, q.end, p.start):
                return p
        return None

    def _own_verb(self, text: str, sent_start: int, q_start: int) -> bool:
        """A verb of the figure's own in its ";" segment ("chi thường xuyên đạt 951,4 ...")."""
        lo = max(sent_start, q_start - SCAN_BACK)  # bounded: a huge sentence stays linear
        seg = text.rfind(";", lo, q_start)
        return bool(self.lex.own_verb_re.search(text, max(seg + 1, lo), q_start))

    def _clause_end(self, text: str, pos: int, limit: int) -> int:
        limit = min(limit, pos + 200)  # only the next few words matter; keeps a huge sentence linear
        m = self.lex.period_clause_end_re.search(text, pos, limit)
        return m.start() if m else limit

    @staticmethod
    def _period_spans(text: str, found: list[Found], lead_done: bool = False) -> list[tuple[int, int]]:
        """Where periods can matter: paragraphs with a quantity, and the lead up to its first body paragraph."""
        spans: list[tuple[int, int]] = []
        starts = [q.start for q in found]
        lead = not lead_done
        for start, end in paragraphs(text):
            has_quantity = bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)
            if lead or has_quantity:
                if spans and spans[-1][1] + 1 >= start:  # consecutive paragraphs: one span
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
            if end - start >= BODY_PARAGRAPH_MIN:
                lead = False
        return spans

    def _related_list_start(self, text: str) -> Optional[int]:
        pos = 0
        for line in text.split("\n"):
            if self.lex.related_header_re.match(line):
                return pos
            pos += len(line) + 1
        return None

    def _document_period(self, text: str, periods: Mentions,
                         related_from: Optional[int]) -> Optional[PeriodMention]:
        """The report period: the headline's, else the first period of the first body paragraph.

        A headline names what the report covers ("Xuất khẩu thủy sản 11 tháng
        năm 2024 đạt ...") where the lead may open with its latest month.
        """
        headline: Optional[PeriodMention] = None
        body = 0
        for start, end in paragraphs(text):
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
                cut_off = next((p for p in periods.overlapping(start, end)
                                if p.resolver == "until" and not p.is_base and p.to and headline.to
                                and p.to.startswith(headline.to) and p.to != headline.to), None)
                if cut_off is not None or body >= 2:
                    return cut_off or headline
                continue
            # the first period of the lead, preferring one that names its year
            # ("phiên họp tháng 9 ... 9 tháng đầu năm 2024" → 9 tháng đầu năm 2024)
            found = [p for p in periods.overlapping(start, end)
                     if start <= p.start and not p.is_base and not p.unresolved]
            dated = [p for p in found if YEAR_IN.search(text, p.start, p.end)]
            return (dated or found or [None])[0]
        return headline if body else None

    def _fact(self, norm: Normalised, base: int, q: Found, metric: Optional[tuple[int, int]],
              period: Optional[PeriodMention], kind: str, direction: Optional[str],
              status: str, evidence: dict[str, list[str]]) -> Fact:
        # Built with model_construct: every field is produced here in its final, valid
        # form, and validation would cost a tenth of the run time on dense text.
        original = norm.original
        qs, qe = norm.span(q.start, q.end)
        quantity = Quantity.model_construct(
            text=original[qs:qe], start=base + qs, end=base + qe, number=float(abs(q.number)),
            number_max=as_float(q.number_max), unit=q.unit, value=float(abs(q.value)),
            value_max=as_float(q.value_max), canonical_unit=q.canonical, approx=q.approx)
        metric_model = None
        if metric is not None:
            ms, me = norm.span(*metric)
            metric_model = Metric.model_construct(text=original[ms:me], start=base + ms, end=base + me)
        period_model = None
        if period is not None and not period.unresolved:
            if period.written is not None:  # carried from an earlier block: already absolute
                period_model = Period.model_construct(text=period.written, start=period.start,
                                                      end=period.end, from_=period.from_, to=period.to)
            else:
                ps, pe = norm.span(period.start, period.end)
                period_model = Period.model_construct(text=original[ps:pe], start=base + ps,
                                                      end=base + pe, from_=period.from_, to=period.to)
        return Fact.model_construct(quantity=quantity, metric=metric_model, period=period_model,
                                    kind=kind, direction=direction, status=status, evidence=evidence)


@dataclass
class _Carry:
    """What one block of a long text hands to the next."""

    doc_period: Optional[PeriodMention] = None
    lead_done: bool = False
    in_related: bool = False


def blocks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` of at most about ``size`` characters, cut after a newline when one is near."""
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(". ", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            if cut >= 0:
                end = cut + 1
        yield start, end
        start = end


@functools.lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, published: PublishedLike = None) -> list[Fact]:
    """Extract facts from ``text`` with the default rules (see ``Extractor``)."""
    return default_extractor().extract(text, published)


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
