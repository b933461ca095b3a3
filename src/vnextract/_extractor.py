"""The driver: blocks of text → stages → Facts. It decides nothing itself.

    normalise → segment → quantities → periods → report period
        → for each figure: locate → kind → metric → period → status → Fact

``Extractor`` holds a rule set and runs the stages in that order over one
shared ``Block`` (``_context``); each stage owns its decisions and writes
them on the figure, and no later step overrides an earlier stage's answer.
Every span returned indexes the caller's original string.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Union

from ._context import Block, Figure, PeriodMention, Published, Sentence
from ._dates import PublishedLike, check_published
from ._errors import InputError
from ._models import Base, Fact, Facts, Metric, Period, Quantity, Span, Subject
from ._rules import RuleSet
from ._stages import attach_period, kind, metric, report, segment, status, words
from ._stages import base as base_stage
from ._stages.normalise import Folding, Normalised, normalise
from ._stages.periods import Reference, find_periods, reference
from ._stages.quantities import find_quantities

CONTRACTS = ("v1", "v2")  # ANNOTATION.md, and ANNOTATION-v2.md (property, subject, base)
# v2 takes effect once the real-text work under v1 is done (docs/contract.md); until then v1 is the default
DEFAULT_CONTRACT = "v1"
BLOCK_CHARS = 200_000  # long texts are worked through in blocks of whole paragraphs
SENTENCE_REACH = 300  # a fact's sentence is clipped to this many characters each side of it
FIGURE_STAGES = (segment.locate, kind.decide, metric.decide, attach_period.decide, status.decide, base_stage.decide)


class Extractor:
    """Extracts facts from Vietnamese economic text with one rule set.

    ``Extractor()`` uses the shipped rules; ``Extractor(rules=RuleSet.default()
    .extend("my_rules.toml"))`` adds a user's own. ``segment_words=False``
    skips underthesea for open-ended counted nouns (faster, slightly cruder units).
    ``contract="v1"`` (the default, ``DEFAULT_CONTRACT``) gives the first
    contract's facts (the part of a breakdown as ``metric``, no subject or base);
    ``contract="v2"`` gives each fact its measured property as ``metric``, its
    ``subject`` and its ``base`` (ANNOTATION-v2.md).
    """

    def __init__(self, rules: Optional[Union[RuleSet, str, Path, Mapping[str, Any]]] = None,
                 *, segment_words: bool = True, contract: str = DEFAULT_CONTRACT):
        if rules is None:
            rules = RuleSet.default()
        elif not isinstance(rules, RuleSet):
            rules = RuleSet.default().extend(rules)
        if contract not in CONTRACTS:
            raise InputError(f"contract must be one of {', '.join(CONTRACTS)}, not {contract!r}")
        self.rules = rules
        self.segment_words = segment_words
        self.contract = contract

    def normalise(self, text: str) -> Normalised:
        """``text`` folded and NFC-normalised for matching, with a map back to ``text``."""
        return normalise(text, self.rules.compiled(Folding.from_rules))

    def published_in(self, text: str) -> Optional[str]:
        """The article's own date line near the top of ``text``, as YYYY-MM-DD, if any."""
        if not isinstance(text, str):
            return None
        return report.published_in(self.normalise(text[:report.HEADER_CHARS]).text, self.rules)

    def published_of(self, text: str, published: PublishedLike = None, *,
                     read_dateline: bool = True) -> tuple[Optional[str], Optional[str]]:
        """The date that resolves ``text``'s relative periods, and where it came from.

        The caller's ``published`` wins (``"given"``); else the article's own date
        line (``"date line"``) unless ``read_dateline=False``; else ``(None, None)``.
        Every door (``extract``, the command line, Dask) reads a document this way.
        """
        given = check_published(published)
        if given is not None:
            return given, "given"
        found = self.published_in(text) if read_dateline else None
        return (found, "date line") if found else (None, None)

    def extract(self, text: str, published: PublishedLike = None, *, read_dateline: bool = True) -> Facts:
        """The facts in ``text``; ``published`` resolves relative periods ("5 năm qua").

        Without ``published`` the article's own date line is read (``read_dateline=False``
        opts out). The result is a list that also carries ``published`` and
        ``published_source`` (see ``Facts``).
        """
        date, source = self.published_of(text, published, read_dateline=read_dateline)
        facts = Facts(self.iter_extract(text, date, read_dateline=False))
        facts.published, facts.published_source = date, source
        facts.contract = self.contract
        return facts

    def iter_extract(self, text: str, published: PublishedLike = None, *,
                     read_dateline: bool = True) -> Iterator[Fact]:
        """The facts of ``text`` one by one, working through it block by block.

        A block is a run of whole paragraphs of at most ``BLOCK_CHARS``
        characters; only the document's report period (from its lead) and
        whether a list of related articles has begun carry from one block to
        the next, so memory stays bounded by the block however long the text.
        The publication date is found as ``published_of`` says.
        """
        if not isinstance(text, str):
            raise InputError(f"extract() takes a str, not {type(text).__name__}")
        date, _ = self.published_of(text, published, read_dateline=read_dateline)
        pub = Published.parse(date)
        if not text.strip():
            return
        carry = _Carry()
        for base, end in blocks(text, BLOCK_CHARS):
            yield from self._extract(self.normalise(text[base:end]), pub, base, carry)

    def sentence_at(self, text: str, start: int, end: int) -> Span:
        """The sentence of ``text`` around the span ``start:end`` (clipped when very long),
        found by the segment stage as the extractor finds a fact's sentence."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", max(start, end))
        line_end = len(text) if line_end < 0 else line_end
        norm = self.normalise(text[line_start:line_end])
        found = (line_start, line_end)
        for sent in segment.sentences(norm.text, [(0, len(norm.text))], self.rules):
            s, e = norm.span(sent.start, sent.end)
            if s <= start - line_start < e:
                found = (line_start + s, line_start + e)
                break
        return _clipped(text, found, start, end)

    def _extract(self, norm: Normalised, pub: Published, base: int, carry: "_Carry") -> list[Fact]:
        block = self._block(norm, pub, base, carry)
        if block is None:
            return []
        facts = []
        for i, q in enumerate(block.quantities):
            fig = Figure(index=i, q=q, sentence=block.sentence_of(q.start) or Sentence(0, len(block.text), 0, 0))
            for stage in FIGURE_STAGES:
                stage(block, fig)
            block.figures.append(fig)
            facts.append(_fact(block, fig, block.contract_v2))
        return facts

    def _block(self, norm: Normalised, pub: Published, base: int, carry: "_Carry") -> Optional[Block]:
        """The text-wide stages over one block; None when it holds no quantity."""
        text, rules = norm.text, self.rules
        related_from = 0 if carry.in_related else report.related_list_start(text, rules)
        found = find_quantities(text, rules, words.first_noun if self.segment_words else None)
        if related_from is not None:
            carry.in_related = True
        if carry.opening is None:  # read in the first block, with or without a quantity
            carry.opening = report.opening(text)
        if not found:
            return None
        paragraph_spans = segment.paragraphs(text)
        matched = find_periods(text, rules, report.period_spans(paragraph_spans, found, carry.lead_done))
        periods = matched.resolve(Reference.of(pub))
        # relative periods are read against the report's own date ("từ đầu năm đến nay" in a
        # report on "8 tháng đầu năm 2012" ends in August 2012)
        stated = (report.report_period(text, paragraph_spans, periods, rules, related_from, found)
                  if not carry.lead_done else carry.report_period)
        periods = matched.resolve(reference(matched, periods, pub, stated), stated)
        if not carry.lead_done:
            doc_period = report.report_period(text, paragraph_spans, periods, rules, related_from, found)
            if doc_period is not None:
                ds, de = norm.span(doc_period.start, doc_period.end)
                carry.report_period = replace(doc_period, start=base + ds, end=base + de,
                                              written=norm.original[ds:de])
            carry.lead_done = report.has_body(paragraph_spans)
        return Block(norm=norm, base=base, pub=pub, rules=rules, quantities=found, periods=periods,
                     paragraphs=paragraph_spans, sentences=segment.sentences(text, paragraph_spans, rules),
                     report_period=carry.report_period, related_from=related_from, opening=carry.opening,
                     is_noun_phrase=words.ends_with_noun if self.segment_words else None,
                     periods_in=functools.partial(_periods_in, text, rules, Reference.of(pub)),
                     contract_v2=self.contract == "v2")


def _periods_in(text: str, rules: RuleSet, ref: Reference, lo: int, hi: int) -> list[PeriodMention]:
    """The period mentions of ``text[lo:hi]`` read on their own (a base stage asks for the date
    inside a comparison, which the text-wide reading takes whole as a base)."""
    return list(find_periods(text, rules, [(lo, hi)]).resolve(ref))


def _float(value: Optional[Decimal]) -> Optional[float]:
    return None if value is None else float(value)


def _fact(block: Block, fig: Figure, v2: bool = True) -> Fact:
    """The Fact of a decided figure, its spans mapped to the caller's string.

    Built with ``construct_all`` (a leaner model_construct): every field is produced here in its final,
    valid form, and validation would cost a tenth of the run time on dense text.
    """
    norm, base, q = block.norm, block.base, fig.q
    original = norm.original
    qs, qe = norm.span(q.start, q.end)
    quantity = Quantity.construct_all(
        text=original[qs:qe], start=base + qs, end=base + qe, number=float(abs(q.number)),
        number_max=_float(q.number_max), unit=q.unit, value=float(abs(q.value)),
        value_max=_float(q.value_max), canonical_unit=q.canonical, approx=q.approx)
    metric_model = subject = None
    metric_span = fig.property if v2 else fig.metric
    if metric_span is not None:
        ms, me = norm.span(*metric_span)
        metric_model = Metric.construct_all(text=original[ms:me], start=base + ms, end=base + me)
    if v2 and fig.subject is not None:
        js, je = norm.span(*fig.subject)
        subject = Subject.construct_all(text=original[js:je], start=base + js, end=base + je)
    ss, se = norm.span(fig.sentence.start, fig.sentence.end)
    sentence = _clipped(original, (ss, se), qs, qe, base)
    return Fact.construct_all(quantity=quantity, metric=metric_model, period=_period(block, fig.period),
                                kind=fig.kind, direction=fig.direction, status=fig.status,
                                subject=subject, base=_base(block, fig.base) if v2 else None,
                                evidence={"quantity": q.rules, **fig.evidence}, sentence=sentence)


def _base(block: Block, found: Optional["base_stage.BaseFound"]) -> Optional[Base]:
    if found is None:
        return None
    if found.start < 0:
        return Base.construct_all(type=found.type, text=None, start=None, end=None, from_=found.from_,
                                    to=found.to)
    bs, be = block.norm.span(found.start, found.end)
    return Base.construct_all(type=found.type, text=block.norm.original[bs:be], start=block.base + bs,
                                end=block.base + be, from_=found.from_, to=found.to)


def _clipped(text: str, sentence: tuple[int, int], start: int, end: int, base: int = 0) -> Span:
    """The sentence span, cut to ``SENTENCE_REACH`` characters each side of ``start:end``
    (a pasted table can be one sentence of thousands of facts), as a Span offset by ``base``."""
    s, e = max(sentence[0], start - SENTENCE_REACH), min(sentence[1], end + SENTENCE_REACH)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span.construct_all(text=text[s:e], start=base + s, end=base + e)


def _period(block: Block, period: Optional[PeriodMention]) -> Optional[Period]:
    if period is None or period.unresolved:
        return None
    if period.written is not None:  # carried from an earlier block: already absolute
        return Period.construct_all(text=period.written, start=period.start, end=period.end,
                                      from_=period.from_, to=period.to)
    ps, pe = block.norm.span(period.start, period.end)
    return Period.construct_all(text=block.norm.original[ps:pe], start=block.base + ps,
                                  end=block.base + pe, from_=period.from_, to=period.to)


@dataclass
class _Carry:
    """What one block of a long text hands to the next."""

    report_period: Optional[PeriodMention] = None
    opening: Optional[str] = None  # the document's first line, read in the first block
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


def extract(text: str, published: PublishedLike = None, *, read_dateline: bool = True) -> Facts:
    """Extract facts from ``text`` with the default rules (see ``Extractor.extract``)."""
    return default_extractor().extract(text, published, read_dateline=read_dateline)
