"""The shape of a rule file: every key known, every rule named and carrying its examples.

A rule file is a TOML file under ``lang/<language>/`` (or a user's own file
extending it). Its top-level tables are its rules:

- a **word rule** is a list of written forms (``[verbs] forms = [...]``;
  a user file may write the bare list ``verbs = [...]``);
- a **named entry** is one of a list of tables with a ``name`` (a unit, a
  scale word, a period pattern, an exclusion);
- a **table** maps written forms to values (number words, Roman quarters).

Each rule carries ``examples`` (texts it must read in a stated way) and
``negative`` cases (texts it must not misread). One test runs them all and
checks that every rule is needed by at least one of its examples. A key the
schema does not know is an error, not a silent no-op (as in dateparser's
language data); the error names the file, the entry and the reason.
"""

from __future__ import annotations

import unicodedata
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .resolvers import RESOLVERS


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Example(_Model):
    """A worked example (Duckling-style). Fields left unset are not checked.

    Which fact is checked: the one whose quantity text is ``quantity``, else
    the ``index``-th (default: the last). ``before`` is context a pattern
    looks back at ("dịp lễ " before "30/4 – 1/5").
    """

    text: str
    before: str = ""
    published: Optional[str] = None
    index: int = -1
    quantity: Optional[str] = None
    # the quantity read
    value: Optional[float] = None
    value_max: Optional[float] = None
    unit: Optional[str] = None  # the canonical unit
    approx: Optional[str] = None
    no_quantity: bool = False
    excluded: list[str] = []  # pieces of text no number of which is a quantity
    # the metric
    metric: Optional[str] = None
    no_metric: bool = False
    # the period
    from_: Optional[str] = Field(default=None, alias="from")
    to: Optional[str] = None  # (for a date-line rule: the publication date it reads)
    no_period: bool = False
    # kind, direction, status of every fact of the text, in order ("" for no direction)
    kinds: list[str] = []
    directions: list[str] = []
    statuses: list[str] = []
    # contract v2 (read with Extractor(contract="v2")): the property, the subject, the base's type
    # ("none" for no base)
    property: Optional[str] = None
    subject: Optional[str] = None
    no_subject: bool = False
    base: Optional[str] = None

    @model_validator(mode="before")
    @classmethod
    def _text_alone(cls, data: Any) -> Any:
        return {"text": data} if isinstance(data, str) else data


class Rule(_Model):
    examples: list[Example] = []
    negative: list[Example] = []


class Words(Rule):
    """A word rule: written forms, matched as whole words, case-insensitively, longest first."""

    forms: list[str] = []

    @model_validator(mode="before")
    @classmethod
    def _bare_list(cls, data: Any) -> Any:
        return {"forms": data} if isinstance(data, list) else data


class Table(Rule):
    """A table from written forms to values."""

    values: dict[str, Any] = {}

    @model_validator(mode="before")
    @classmethod
    def _bare_table(cls, data: Any) -> Any:
        if isinstance(data, dict) and not set(data) & {"values", "examples", "negative"}:
            return {"values": data}
        return data


class Scale(Rule):
    name: str
    forms: list[str] = Field(min_length=1)
    factor: float = Field(gt=0)
    glued: bool = False  # written glued to the digits ("15K"): read before a money unit or after a money cue


class Unit(Rule):
    name: str
    forms: list[str] = Field(min_length=1)
    canonical: str
    factor: float = Field(gt=0)
    scalable: bool = True
    before: list[str] = []  # forms also written before the number ("US$ 3 tỷ", "€40")
    money: bool = False  # a currency: "15K" may stand before it
    implied: bool = False  # the currency of a bare "200k" after a money cue (units.toml ``money_cues``)
    alone: bool = False  # a unit only with no noun after it; else the word is a counted noun ("96 điểm bưu điện")
    # a unit only after a number with a decimal part ("13,6 năm", "73,7 tuổi"); after a whole
    # number the word is a span of time or a threshold ("5 năm qua", "từ 65 tuổi trở lên")
    fractional: bool = False


class Pattern(Rule):
    """A regex rule (module ``regex``, case-insensitive) with the macros of its file expanded.

    Period patterns name a ``resolve``r that turns their groups into dates;
    the resolver says which groups and ``params`` it needs, and a pattern that
    lacks them fails on load.
    """

    name: str
    pattern: str
    resolve: Optional[str] = None
    params: dict[str, Any] = {}
    local: bool = False  # a period that governs its own clause only ("cả năm")

    @field_validator("resolve")
    @classmethod
    def _known_resolver(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and value not in RESOLVERS:
            raise ValueError(f"unknown resolver {value!r}; known: {', '.join(sorted(RESOLVERS))}")
        return value


class RuleFile(_Model):
    pass


class TextFile(RuleFile):
    """How text is read before anything is matched."""

    folds: Table = Table()  # characters folded one-for-one before NFC ("Ð" → "Đ"); "" drops one
    spellings: Table = Table()  # old spellings of whole words read as today's ("quí" → "quý")
    abbreviations: Words = Words()  # a "." after these ends no sentence ("TP.", "ThS.")
    # a dateline that opens a paragraph ("TP.HCM (TTXVN) - "): a sentence of its own, which the
    # words of the first figure do not reach back into
    datelines: list[Pattern] = []

    @field_validator("spellings")
    @classmethod
    def _same_length(cls, table: Table) -> Table:
        """A spelling replaces a word by one of the same length, so the offset map stays exact."""
        for old, new in table.values.items():
            a, b = unicodedata.normalize("NFC", old), unicodedata.normalize("NFC", str(new))
            if not (a.isalpha() and b.isalpha() and a == a.lower() and b == b.lower() and len(a) == len(b)):
                raise ValueError(f"spelling {old!r} = {new!r}: both must be lower-case words of the "
                                 f"same length (the offset map stays exact)")
        return table


class NumbersFile(RuleFile):
    scales: list[Scale] = []
    number_words: Table = Table()  # words a numeral may start with, and their values
    tens_words: Words = Words()  # after a digit word: tens ("hai mươi")
    hundreds_words: Words = Words()  # after a digit word: hundreds ("hai trăm")
    zero_words: Words = Words()  # after a scale word: a zero class ("nghìn không trăm hai mươi", "triệu không nghìn")
    zero_tens: Words = Words()  # after hundreds or a scale word: no tens ("trăm linh năm")
    units_after_tens: Table = Table()  # units digits written only after tens ("hai mươi mốt", "mười lăm")
    not_after_tens: Words = Words()  # digit words that never follow tens ("hai mươi năm" is twenty years)
    year_or_five: Table = Table()  # a digit word that is also "year" ("năm"), read as a number in context
    year_before: Words = Words()  # before "năm", these make it the year ("cả năm doanh nghiệp")
    names_after: Words = Words()  # after these a number word names or ranks ("lần thứ hai", "tháng ba")
    halves: Words = Words()
    # "một nửa", "một phần ba": a part of a whole in words, and its value
    fraction_words: Table = Table()
    fraction_share_cues: Words = Words()  # before a fraction, these make it a share: "chiếm hơn một nửa"
    fraction_ratio_cues: Words = Words()  # ... and these a ratio to a base, whatever follows: "bằng một nửa"
    scale_not_before: Words = Words()
    multiple_words: Words = Words()
    never_alone: Words = Words()
    scaled_only: Words = Words()
    range_words: Words = Words()  # between the two ends of a range ("10 đến 15", "10-15")
    range_openers: Words = Words()  # before its first end ("từ 10 đến 15"), left out of the span
    range_pairs: Table = Table()  # an opener and the words that join the ends after it ("giữa 3 và 4")


class UnitsFile(RuleFile):
    units: list[Unit] = []
    denominators: list[Unit] = []
    money_cues: Words = Words()  # before a bare "200k": an amount of the implied currency
    prefix_not_after: Words = Words()  # a currency written before a number after these is no unit of it
    prefix_not_before: Words = Words()  # ... nor when the number is followed by these ("USD 2 tháng")
    per_words: Words = Words()  # written for "/" before a denominator: "1,7 triệu đồng mỗi lượng"


class CountsFile(RuleFile):
    nouns: Words = Words()
    not_nouns: Words = Words()
    share_of: Words = Words()
    threshold_before: Words = Words()  # "bảy tỉnh có kim ngạch vượt mốc | 1 tỉ USD": bounds the set counted
    list_intros: Words = Words()  # "bốn thành viên | gồm Toyota, Hyundai, ...": the names it lists follow
    threshold_after: Words = Words()  # "14 xã đạt từ 15 tiêu chí | trở lên": bounds the set counted
    threshold_not_between: Words = Words()  # "42 dự án với tổng vốn hơn …": the figure belongs to the set
    classifiers: Words = Words()  # "1.500 con | gia súc": the noun after a classifier names what is counted
    count_subjects: Words = Words()  # "Số trường hợp vi phạm là | 11.240": a bare number after them counts
    count_links: Words = Words()  # ... when one of these links it to the subject
    count_subject_not: Words = Words()  # ... but not a count word that begins these ("số liệu", "số hóa")


class ExclusionsFile(RuleFile):
    patterns: list[Pattern] = []
    related_headers: Words = Words()


class PeriodsFile(RuleFile):
    macros: Table = Table()  # {Y}, {M}, {D}: regex pieces usable in every pattern of the rule set
    quarters: Table = Table()  # Roman quarter numbers
    month_words: Table = Table()  # "tháng Ba": months named in words, for {MONTHWORD}
    # "Tết Giáp Thìn": the ten stems and twelve branches that name a year of the sixty-year cycle,
    # each with its place in the cycle, for {STEM} and {BRANCH}; ``cycle_start``: a year both start
    year_stems: Table = Table()
    year_branches: Table = Table()
    count_words: Table = Table()  # number words that count months or years in a period only ("năm tháng")
    cut_off_prefixes: Words = Words()  # "tính đến hết 6 tháng đầu năm 2011": the span's end is a cut-off
    patterns: list[Pattern] = []
    published_lines: list[Pattern] = []
    plan_nouns: Words = Words()
    plan_figures: Words = Words()  # "đạt 72,5% kế hoạch năm | (1,2 tỷ USD)": the figure restates the year's plan
    base_cues: Words = Words()
    share_wholes: Words = Words()  # "2,2% GDP | năm 2020": the whole a share is of, then its period
    figure_links: Words = Words()  # "so với mức 7,08% | của | năm 2018": after a figure, its own period
    own_links: Words = Words()  # "gấp 10 lần | trong | năm 2020": the period is the figure's own
    comparative_cues: Words = Words()  # "cao hơn vụ hè thu năm ngoái 0,8 tấn/ha": a base, words only between
    name_cues: Words = Words()  # "chuẩn nghèo giai đoạn 2006-2010": a standard's years, no period
    record_cues: Words = Words()  # "cao nhất trong vòng 8 năm qua": the span of a record is no period
    clause_ends: Words = Words()
    after_links: Words = Words()
    sentence_only_cues: Words = Words()
    recurring_cues: Words = Words()  # "mỗi năm": a usual amount, no period but the sentence's own
    flow_heads: Words = Words()  # "sản lượng": a metric over a span, which a cut-off before does not date
    named_sizes: Words = Words()  # "gói 120.000 tỷ đồng": a programme named by its size, no period
    recurring_not_after: Words = Words()  # "bình quân": "bình quân mỗi tháng" averages the period
    sentence_only_not_after: Words = Words()
    seasons: Words = Words()


class QualifiersFile(RuleFile):
    about: Words = Words()
    over: Words = Words()
    under: Words = Words()
    comparatives: Words = Words()
    not_before_percent: Words = Words()
    word_heads: Words = Words()  # "nước | ngoài": the qualifier word ends a word, it qualifies nothing


class StatusCues(_Model):
    estimate: Words = Words()
    forecast: Words = Words()  # an estimate even of a period still to come
    target: Words = Words()
    planned: Words = Words()
    target_not_after: Words = Words()
    breakdowns: Words = Words()
    own_verbs: Words = Words()
    part_openers: Words = Words()
    parts_openers: Words = Words()


class KindCues(_Model):
    up: Words = Words()
    down: Words = Words()
    to_level: Words = Words()
    rate: Words = Words()
    multiple: Words = Words()
    skip: Words = Words()
    growth: Words = Words()
    base_markers: Words = Words()
    quoted_links: Words = Words()  # "chưa đạt mức 8,64% | của | quý I": a base figure's own period follows


class CuesFile(RuleFile):
    status: StatusCues = StatusCues()
    kind: KindCues = KindCues()


class MetricsFile(RuleFile):
    heads: Words = Words()
    weak_heads: Words = Words()
    head_prefixes: Words = Words()
    verbs: Words = Words()
    figure_verbs: Words = Words()  # "bằng": ends a metric before a figure, not before a noun
    trailing_only: Words = Words()
    compounds: Words = Words()
    ender_exceptions: Words = Words()
    activity_markers: Words = Words()
    activity_openers: Words = Words()
    part_verbs: Words = Words()
    part_rank_verbs: Words = Words()
    part_prefixes: Words = Words()
    part_attributes: Words = Words()  # "vốn", "trị giá": said of the part whose figure comes before
    tail_before_counted_names: Words = Words()  # "tổng doanh thu | của 3 chuỗi Alpha, Beta và Gamma"
    relative_markers: Words = Words()  # "tổng số xe | đang | lưu hành": a clause inside a head's phrase
    count_share_links: Words = Words()  # "có 46/70 thôn đạt chuẩn, | tỷ lệ | 65,7%": the share of what the count counts
    part_name: Words = Words()  # the shape of a part's proper name, as regex pieces
    rank_verbs: Words = Words()
    place_markers: Words = Words()
    change_joins: Words = Words()
    about_markers: Words = Words()
    about_ends: Words = Words()
    topic_markers: Words = Words()
    place_tails: Words = Words()
    superlatives: Words = Words()
    superlative_shapes: Words = Words()  # regex pieces: "nhiều vụ nhất", a superlative around its noun
    count_phrase_stops: Words = Words()
    count_phrase_verbs: Words = Words()  # stops that end a counted phrase only before another quantity
    count_phrase_joins: Words = Words()
    count_phrase_exceptions: Words = Words()
    clause_openers: Words = Words()
    joined_commas: Words = Words()  # regexes: commas inside a coordinated metric
    classification_names: Words = Words()  # names whose commas and "và" join, not list (plain words)
    place_list_links: Words = Words()  # "..., tại Cần Thơ 7.300 đồng/kg": places compared, each a part
    aside_share_verbs: Words = Words()  # "(chiếm 40%)": a share in an aside after a noun phrase
    aside_share_links: Words = Words()  # "thuộc về | nhóm doanh nghiệp nhỏ (chiếm 55%)": where that phrase begins
    generic_counted: Words = Words()  # "người", "em": a count of them may go on counting the set before
    anaphors: Words = Words()  # "con số này": points back at a measure, never names one
    appositive_openers: Words = Words()  # ", một trong những ..., ": an aside between subject and verb
    set_heads: Words = Words()  # "Số lượt hành khách vận chuyển": a counted set keeps its object verb
    price_bases: Words = Words()  # "theo giá hiện hành": which prices a value is counted at, no metric
    growth_prefixes: Words = Words()  # "tốc độ tăng trưởng | GRDP": a growth's metric is what grows
    compared_openers: Words = Words()  # "thấp hơn bình quân cả nước | 1,5 điểm": what a figure is compared with
    growth_tails: Words = Words()  # "GRDP | bình quân" after a growth prefix: the rate's marker
    reporting_verbs: Words = Words()  # "Bộ Công Thương cho biết | sản lượng urê": what is said follows
    fronting_markers: Words = Words()  # "Với | 2.345 tỷ đồng, Bình Dương là ...": the figure is the next clause's
    function_words: Words = Words()  # "của", "trong": a reading made only of these names nothing
    dangling_ends: Words = Words()  # "... giao và": a reading that ends on a join is cut inside one
    empty_names: Words = Words()  # "bình quân", "thứ ba", "đầu vụ": a whole reading that names nothing
    respectively: Words = Words()  # "lần lượt": the i-th figure after it takes the i-th name before it
    item_joins: Words = Words()  # "và": joins the last item of a list
    clause_breaks: Words = Words()
    list_openers: Words = Words()
    naming_verbs: Words = Words()
    set_openers: Words = Words()  # words opening a set "là" names a member of ("Các địa phương ... là")
    naming_links: Words = Words()
    tails: Words = Words()
    tail_before_names: Words = Words()
    fixed_names: Words = Words()
    owner_markers: Words = Words()
    object_particles: Words = Words()  # "tuyển | được | 640 sinh viên": between a verb and the count it takes
    verb_openers: Words = Words()
    agent_aspects: Words = Words()  # "các DN | đã | bồi thường 6.520 tỷ đồng": money the verb pays, not the agent's
    subject_ends: Words = Words()
    agent_verbs: Words = Words()
    part_list_openers: Words = Words()  # "Trong đó, <part> tăng 5% về số lượng": a list of parts, "về X" no metric
    agents: Words = Words()
    modifier_openers: Words = Words()
    predicate_openers: Words = Words()  # of those, the ones that open the clause's predicate: the reading ends there
    passive_markers: Words = Words()  # "lúa tươi | được thương lái thu mua 7.300 đồng/kg": what the figure is paid for
    receiving_verbs: Words = Words()  # "Lào Cai đón | 5,1 triệu lượt khách": the counted noun, not the host
    participles: Words = Words()  # "vốn FDI thu hút | đạt": a verb before another verb modifies the noun
    end_tails: Words = Words()  # "tồn kho | toàn ngành": a tail only where nothing follows it
    tail_keepers: Words = Words()  # "mức bình quân | cả nước": the average a tail says whose, kept whole
    price_links: Words = Words()  # "Phân DAP | có giá | 21.000 đồng/kg": the price is of the thing before
    passive_price_links: Words = Words()  # "cá ngừ | được thu mua | với giá | 65.000 đồng/kg": after a passive group
    whole_set_ends: Words = Words()  # "47/51 xã | được công nhận ...": the whole counts the set before the part's predicate
    share_leads: Words = Words()  # "có khoảng | 11% số lao động ...": all that may stand before a share of the set after it
    object_verbs: Words = Words()  # "vốn ngân sách cấp tỉnh | giải ngân 4.215 tỷ đồng": a verb whose object is the figure
    owner_openers: Words = Words()  # contract v2: "xuất khẩu thủy sản | sang thị trường Hàn Quốc"  # "tỷ lệ hộ nghèo | theo chuẩn nghèo": a shorter reading ends before


class BasesFile(RuleFile):
    """What a change or a ratio is measured against (ANNOTATION-v2.md): the cue, the words of
    each base type, the links between a percentage and its plan, the joins of a list."""

    cues: Words = Words()
    cue_fillers: Words = Words()  # "so với mức cùng kỳ": words between the cue and the base
    previous_period: Words = Words()
    same_period_last_year: Words = Words()
    start_of_year: Words = Words()
    plan: Words = Words()
    plan_links: Words = Words()
    comparatives: Words = Words()  # "cao hơn tháng trước 0,8%": a base before the figure
    not_bare: Words = Words()  # typed words that name no base without a cue ("tăng 5% năm trước")
    list_joins: Words = Words()


class ModelFile(RuleFile):
    """Learned weights: which reading of a figure's metric to trust, feature by feature
    (written by ``training/train_metric.py`` from the gold sets; a user may override any)."""

    metric: Table = Table()
    property: Table = Table()  # contract v2: the measured property
    subject: Table = Table()  # contract v2: whom the figure belongs to (or none)


SCHEMAS: dict[str, type[RuleFile]] = {
    "text": TextFile, "numbers": NumbersFile, "units": UnitsFile, "counts": CountsFile,
    "exclusions": ExclusionsFile, "qualifiers": QualifiersFile, "periods": PeriodsFile,
    "cues": CuesFile, "metrics": MetricsFile, "bases": BasesFile, "model": ModelFile,
}
FILES = tuple(SCHEMAS)
