"""The state passed between stages: what a block of text holds, and what is decided per figure.

The driver (``_extractor``) fills a ``Block`` with what the text-wide stages
find (quantities, period mentions, sentences, the report period), then walks
its quantities in order; for each it makes a ``Figure`` and hands it to the
per-figure stages in turn, each of which writes its own decision (kind,
metric, period, status) with the names of the rules that made it. A later
stage reads an earlier stage's answer; it never overrides it.

All offsets here index the block's normalised text (``Block.text``); the
driver maps them back to the caller's string when it builds the Facts.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional

if TYPE_CHECKING:  # pragma: no cover
    from ._rules import RuleSet
    from ._stages.normalise import Normalised

Span = tuple[int, int]
SCAN_BACK = 600  # how far left of a quantity a cue or a clause start is looked for: keeps huge sentences linear


@dataclass(frozen=True)
class Published:
    """The publication date as parts (any may be None)."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None

    @classmethod
    def parse(cls, value: Optional[str]) -> "Published":
        """``"2024-08"`` → ``Published(2024, 8)``; the value is already checked (``check_published``)."""
        if not value:
            return cls()
        parts = [int(p) for p in value.split("-")]
        return cls(*(parts + [None] * (3 - len(parts))))

    def iso(self) -> Optional[str]:
        if self.year is None:
            return None
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
        return out

    def begins_after(self, start: Optional[str]) -> bool:
        """Whether a period starting at ``start`` (YYYY[-MM[-DD]]) begins after publication."""
        published = self.iso()
        if start is None or published is None:
            return False
        return start[: len(published)] > published[: len(start)]


@dataclass
class Found:
    """A quantity found in the normalised text."""

    start: int
    end: int
    number: Decimal
    unit: str
    canonical: str
    value: Decimal
    number_max: Optional[Decimal] = None
    value_max: Optional[Decimal] = None
    approx: Optional[str] = None
    is_count: bool = False
    sign: Optional[str] = None
    multiple: bool = False
    qualifier_start: int = -1
    noun_start: int = -1  # counts: where the counted noun starts
    whole_end: int = -1  # a share's part ("52" of "52/63 địa phương"): where the whole's count ends
    rules: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PeriodMention:
    """A period expression found in the text and what it resolves to."""

    start: int
    end: int
    rule: str
    resolver: str
    from_: Optional[str]
    to: Optional[str]
    is_base: bool = False
    is_target_year: bool = False  # "đến năm 2025": a goal's year
    relative: bool = False
    unresolved: bool = False  # relative, but no publication date to resolve it
    local: bool = False  # a plan's horizon: governs its own clause only
    sentence_only: bool = False  # "Riêng tháng 11/2024, ...": does not carry to later sentences
    # begins after publication: a forecast's period, kept to its own sentence (but "đến năm 2025"
    # opens a plan and carries)
    future: bool = False
    written: Optional[str] = None  # set when start/end index the caller's string (carried across blocks)


class Mentions(list):
    """Period mentions sorted by start and not overlapping, with range queries by bisection."""

    def __init__(self, items: list[PeriodMention]):
        super().__init__(items)
        self.starts = [m.start for m in items]
        self.ends = [m.end for m in items]
        self.target_year_starts = [m.start for m in items if m.is_target_year]

    def overlapping(self, lo: int, hi: int) -> list[PeriodMention]:
        """Mentions that overlap [lo, hi)."""
        return self[bisect.bisect_right(self.ends, lo):bisect.bisect_left(self.starts, hi)]

    def within_reversed(self, lo: int, hi: int) -> Iterator[PeriodMention]:
        """Mentions inside [lo, hi], nearest ``hi`` first, produced lazily: a caller that
        stops at the first it wants costs no more than the mentions it looks at."""
        first = bisect.bisect_left(self.starts, lo)
        for i in range(bisect.bisect_right(self.ends, hi) - 1, first - 1, -1):
            yield self[i]

    def has_target_year(self, lo: int, hi: int) -> bool:
        """Whether a goal's year ("đến năm 2025") starts in [lo, hi)."""
        i = bisect.bisect_left(self.target_year_starts, lo)
        return i < len(self.target_year_starts) and self.target_year_starts[i] < hi


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index_in_paragraph: int


@dataclass
class Block:
    """A run of whole paragraphs and everything the text-wide stages found in it."""

    norm: "Normalised"
    base: int  # where the block starts in the caller's string
    pub: Published
    rules: "RuleSet"
    quantities: list[Found]
    periods: Mentions
    paragraphs: list[Span]
    sentences: list[Sentence]
    report_period: Optional[PeriodMention]
    related_from: Optional[int]  # where a list of related articles begins, if it does
    opening: str = ""  # the document's first line (its headline), from the first block on
    # word segmentation (underthesea), or None when the caller turned it off
    is_noun_phrase: Optional[Callable[[str], bool]] = None
    # the period mentions of [lo, hi) read alone, each resolved (the driver's period stage);
    # a base stage reads the date inside a comparison ("so với tháng 12/2023") with it
    periods_in: Optional[Callable[[int, int], list["PeriodMention"]]] = None
    figures: list["Figure"] = field(default_factory=list)  # decided so far, in order
    sentence_starts: list[int] = field(default_factory=list)
    by_paragraph: dict[int, list[Sentence]] = field(default_factory=dict)
    first_quantity: dict[int, int] = field(default_factory=dict)  # sentence start -> its first quantity
    taken_periods: set[int] = field(default_factory=set)  # starts of periods figures took as their own
    memo: dict = field(default_factory=dict)  # what a stage worked out once for all the block's figures
    contract_v2: bool = True  # give each figure its property and subject (ANNOTATION-v2.md)

    def __post_init__(self) -> None:
        self.sentence_starts = [s.start for s in self.sentences]
        for s in self.sentences:
            self.by_paragraph.setdefault(s.paragraph, []).append(s)
        for q in self.quantities:
            sent = self.sentence_of(q.start)
            if sent is not None:
                self.first_quantity.setdefault(sent.start, q.start)

    @property
    def text(self) -> str:
        return self.norm.text

    def sentence_of(self, pos: int) -> Optional[Sentence]:
        if not self.sentences:
            return None
        return self.sentences[max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)]


@dataclass
class Figure:
    """One quantity on its way to becoming a Fact; each stage fills in its part."""

    index: int  # in Block.quantities
    q: Found
    sentence: Sentence
    # where the quantity stands (segment stage)
    prev_end: int = 0  # end of the previous quantity of the sentence, else the sentence start
    next_start: int = 0  # start of the next quantity of the block, else the text's end
    left_end: int = 0  # where the words left of the quantity end (before a qualifier, "từ", "(")
    clause_start: int = 0
    clause_end: int = 0  # where the figure's clause ends, for a period after it
    new_sentence: bool = True  # the first figure of its sentence
    sentence_first: int = 0  # index in Block.figures of the first figure of its sentence
    # the plan words before the "(" the figure opens ("kế hoạch năm (1,2 tỷ USD)"): it restates the plan
    plan_aside: Optional[Span] = None
    # decisions
    kind: str = "level"
    direction: Optional[str] = None
    metric: Optional[Span] = None
    carried_metric: Optional[Span] = None  # what a later figure of the paragraph inherits
    metric_sources: list[str] = field(default_factory=list)  # the readings that gave the metric
    property: Optional[Span] = None  # contract v2: the measured property (the metric stage)
    carried_property: Optional[Span] = None  # what a later figure of the paragraph inherits
    property_sources: list = field(default_factory=list)  # the readings the property came from
    subject: Optional[Span] = None  # contract v2: whom the figure belongs to (the metric stage)
    carried_subject: Optional[Span] = None  # what a later figure of the paragraph may inherit
    period: Optional[PeriodMention] = None
    period_rule: str = ""
    status: str = "actual"
    base: Optional[Any] = None  # what it is measured against (base stage: a ``BaseFound``)
    evidence: dict[str, list[str]] = field(default_factory=dict)

    def note(self, stage: str, *rules: str) -> None:
        """Record the rules that made a stage's decision."""
        self.evidence.setdefault(stage, []).extend(rules)
