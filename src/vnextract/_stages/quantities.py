"""Stage 3: find quantities — a numeral with its unit — in normalised text.

Two cheap scans find where numerals may start (digit runs and number words);
from each, in text order, one reader (``numbers.read_numeral``) reads the
numeral, composing scale and number words ("3 tỷ 200 triệu", "bốn mươi hai
tỷ"); this stage then reads what it measures, with patterns anchored at the
current position: a range's other end ("2,5 triệu - 3 triệu", "từ 6% đến
8%"), a unit with its denominators ("đồng/người/tháng"), a counted noun, or
a currency written before the number ("US$ 3 tỷ"); and it looks once to the
left (qualifier, sign, "từ ... đến"). Dates, times, identifiers and page
furniture are removed first by the exclusion patterns. The words come from
``numbers.toml``, ``units.toml``, ``counts.toml``, ``qualifiers.toml`` and
``exclusions.toml``.
"""

from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Callable, Iterator, Optional

import regex

from .._context import Found
from .._rules.patterns import FLAGS, alternation, at_end, choices, expand_macros, fold, names_alternation
from .numbers import Numeral, NumeralWords, parse_number, read_numeral

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

# A number starts after no letter or digit, or glued to a lower-case word when it is plainly a
# figure ("tăng10,62%", "đạt1.234 tỷ": a missing space); never inside a digit group ("10,|62").
NUMBER_RE = regex.compile(r"(?:(?<![\p{L}\p{M}\d_])|(?<=\p{Ll})(?=\d+[.,]\d|\d+\s?%))(?<!\d[.,])"
                          r"([+-]?)((?>\d+(?:[.,]\d+)*))(?!\d)")
NEXT_WORD_RE = regex.compile(r"[ ]+(\p{Ll}[\p{L}\p{M}]*)(?:[ ]+(\p{Ll}[\p{L}\p{M}]*))?")
NAMED_AFTER = regex.compile(r"\s+\p{Lu}\p{Ll}*\s+\p{Lu}")
PROPER_NAME = regex.compile(r"\s*(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)")
CLAUSE_END = regex.compile(r"[.;:!?\n]")
DIGIT = regex.compile(r"\d")
GROUPED = regex.compile(r"\d{1,3}(?:\.\d{3})+")  # "950.000": a whole number written with its thousands
FRACTION_AFTER = regex.compile(r"\s*/\s*([2-9]|10)(?![\d/.,%])\s+(\p{Ll}[\p{L}\p{M}]*)")  # "1/3 nhu cầu"
PRODUCT_BEFORE_PER = regex.compile(r"[ ]+(\p{Ll}[\p{L}\p{M}]*)(?=\s*/)")
DECIMAL_PART = regex.compile(r"\d,\d+$|\d\.\d{1,2}$")  # "13,6", "8.5": a fraction written out
MAX_ENUMERATED = 12
SENTENCE_OPENERS = ".!?:;\n\"'(-*"  # a capital after these opens a sentence, not a name
TIMES, PERCENT, COUNT = "times", "percent", "count"  # canonical units the reader treats apart
ONE = Decimal(1)
REACH = 40  # how far right of a number a join word or a word after it is looked for
# how far a unit or noun pattern anchored after a number may look: `regex` scans to the end of
# the text when a match is given no end
AHEAD = 200
SegmentWord = Optional[Callable[[str], Optional[str]]]


class Patterns:
    """What the quantity reader needs from a rule set, compiled once."""

    def __init__(self, rules: "RuleSet"):
        numbers, units, counts, q = rules.numbers, rules.units, rules.counts, rules.qualifiers
        self.year_re = regex.compile(expand_macros("{Y}", rules.macros))
        self.numerals = rules.compiled(NumeralWords)
        # where a numeral in words may start ("năm" only where no digits follow: "năm 2024" is a year)
        heads = {fold(w) for w in numbers.number_words.values}
        years = {fold(w) for w in numbers.year_or_five.values}
        self.word_start_re = regex.compile(
            "(?:" + alternation(heads) + "|" + (alternation(years) + r"(?![ ]*\d)" if years else "(?!)") + ")", FLAGS)
        self.year_words = years
        self.year_before_re = regex.compile(at_end(numbers.year_before.forms), FLAGS)
        self.names_after_re = regex.compile(at_end(numbers.names_after.forms), FLAGS)
        self.multiple_words = {fold(w) for w in numbers.multiple_words.forms}
        self.never_alone_words = {fold(w) for w in numbers.never_alone.forms}
        self.scaled_only_words = {fold(w) for w in numbers.scaled_only.forms}
        # "gấp đôi": a multiple word before a number word (cues.toml kind.multiple)
        self.multiple_before_re = regex.compile(at_end(rules.cues.kind.multiple.forms), FLAGS)
        # ranges: "10 - 15%", "từ 10 đến 15 tỷ đồng", "giữa 300 và 400 tỷ đồng"
        self.range_word_re = regex.compile(r"[ ]*" + choices(numbers.range_words.forms) + r"(?![\p{L}\p{M}])[ ]*",
                                           FLAGS)
        pairs = {fold(opener): {fold(j) for j in joins} for opener, joins in numbers.range_pairs.values.items()}
        self.pairs = pairs
        self.pair_word_re = regex.compile(r"[ ]*(" + choices({j for js in pairs.values() for j in js} or ["(?!)"])
                                          + r")(?![\p{L}\p{M}])[ ]*", FLAGS)
        self.pair_opener_re = regex.compile("(" + alternation(pairs) + r")\s*$", FLAGS)
        openers = list(numbers.range_openers.forms) + list(pairs)
        self.range_opener_end_re = regex.compile(alternation(openers) + r"\s*$", FLAGS)
        # units and denominators
        self.unit_by_form = {fold(form): unit for unit in units.units for form in unit.forms}
        self.multiple_unit = next((u.forms[0] for u in units.units if u.canonical == TIMES), TIMES)
        self.denominator_by_form = {fold(f): d for d in units.denominators for f in d.forms}
        self.count_nouns = {fold(n) for n in counts.nouns.forms}
        self.not_nouns = {fold(n) for n in counts.not_nouns.forms}
        self.unit_re = regex.compile(r"\s*(" + alternation(self.unit_by_form, False) + ")", FLAGS)
        # the unit "đ" and other one-letter forms must not be glued to a word on the left
        denominator_forms = set(self.denominator_by_form) | set(self.unit_by_form) | self.count_nouns
        denominator_forms.discard("%")
        # "/người", "/ha", and per a number of them: "12,8 bác sĩ/10.000 dân", "/1 vạn dân"
        scales = self.numerals.scales
        per = r"(?:/|" + alternation(units.per_words.forms) + r"(?=[ ]))" if units.per_words.forms else "/"
        self.denominator_re = regex.compile(
            r"\s*" + per + r"\s*(?:(?P<per>\d{1,3}(?:\.\d{3})+|\d+)?[ ]*(?P<scale>" + alternation(scales) + r")?[ ]+"
            r"(?=\p{L}))?(?P<unit>" + alternation(denominator_forms, False) + ")", FLAGS)
        self.count_noun_re = regex.compile(r"[^\S\n]+(" + alternation(self.count_nouns) + ")", FLAGS)  # not past a line
        # "Số trường hợp vi phạm là | 11.240": a count subject opens the clause, a link ends it; no
        # figure or clause mark between
        self.count_subject_re = regex.compile(
            r"(?:^|(?<=[.;:\n]\s*)|(?<=,\s*))" + alternation(counts.count_subjects.forms)
            + r"(?!\s+" + alternation(counts.count_subject_not.forms) + r")"
            + r"\s[^\d.;:,\n()]{1,100}?\s(?:" + alternation(counts.count_links.forms)
            + r")\s+$", FLAGS) if counts.count_subjects.forms else regex.compile("(?!)")
        self.fractions = {fold(k): Decimal(str(v)) for k, v in numbers.fraction_words.values.items()}
        self.fraction_re = regex.compile(r"(?<![\p{L}\p{M}])" + alternation(self.fractions) + r"(?![\p{L}\p{M}])",
                                         FLAGS) if self.fractions else None
        # the whole's noun after a fraction, not a comparison's base ("một nửa | so với năm trước")
        self.fraction_whole_re = regex.compile(
            r"[ ]+(?!" + alternation(rules.bases.cues.forms) + r")\p{Ll}", FLAGS)
        self.fraction_share_re, self.fraction_ratio_re = (
            regex.compile(r"(?<![\p{L}\p{M}])" + alternation(cues.forms) + r"(?![\p{L}\p{M}])", FLAGS)
            for cues in (numbers.fraction_share_cues, numbers.fraction_ratio_cues))
        # "9 trong số 11 nhóm" (a word, spaced) or "52/63 địa phương" (a mark, spacing optional)
        share_words = [f for f in counts.share_of.forms if f[:1].isalpha()]
        share_marks = [f for f in counts.share_of.forms if not f[:1].isalpha()]
        join = alternation(rules.metrics.item_joins.forms)  # "và"
        # between the items of a list of figures: "1.104, 968 và 845 người"
        self.list_item_join_re = regex.compile(r"\s*(?:,|" + join + r")\s*(?=\d)", FLAGS)
        # between the names a count lists: "3 chuỗi Alpha, | Beta | và | Gamma"
        self.list_intro_re = regex.compile(r"\s*(?:" + alternation(counts.list_intros.forms) + r")(?=\s*\p{Lu})", FLAGS)
        self.name_join_re = regex.compile(
            r"\s*(?:,\s*(?:" + join + r"\s+)?|\s+(?:" + join + r")\s+)(?=\p{Lu})", FLAGS)
        # "mầm non 689 người, | tiểu học | 574": a named item of a list after a figure
        self.named_item_re = regex.compile(
            r"\s*(?:[,;]\s*(?:" + join + r"\s+)?|\s+(?:" + join + r")\s+)((?:[\p{L}\p{M}]+\s+){1,4})$", FLAGS)
        self.named_item_end_re = regex.compile(r"\s*(?:[,;.)]|\s(?:" + join + r")\s|$)", FLAGS)
        self.share_of_re = regex.compile("|".join(
            [r"\s+(?:" + alternation(share_words) + r")\s+"] * bool(share_words)
            + [r"\s*(?:" + choices(share_marks) + r")\s*"] * bool(share_marks)) or "(?!)", FLAGS)
        self.not_noun_re = regex.compile(r"\s+(" + alternation(self.not_nouns) + ")", FLAGS)
        self.threshold_before_re = regex.compile(at_end(counts.threshold_before.forms), FLAGS)
        self.threshold_not_between_re = regex.compile(alternation(counts.threshold_not_between.forms), FLAGS)
        self.threshold_after_re = regex.compile(
            r"[^;:.()\n,\d]{0,40}?(?<![\p{L}\p{M}])" + alternation(counts.threshold_after.forms), FLAGS)
        # "bảy tỉnh, thành phố có ...": a comma between two counted nouns joins them
        self.noun_pair_re = regex.compile(alternation(self.count_nouns) + r"\s*,\s*" + alternation(self.count_nouns),
                                          FLAGS)
        # ... as do those of a classification name ("huyện, thị xã, thành phố")
        self.joined_name_re = regex.compile(names_alternation(rules.metrics.classification_names.forms), FLAGS)
        # currencies written before the number ("US$ 3 tỷ", "€40"), and the money of a bare "200k"
        self.prefix_unit = {fold(f): u for u in units.units for f in u.before}
        self.prefix_last_chars = {f[-1].lower() for f in self.prefix_unit}  # a cheap test before the search
        self.prefix_re = regex.compile(r"(?<![/\p{L}\p{M}\d])(" + choices(self.prefix_unit or ["(?!)"])
                                       + r")[ ]?$", FLAGS) if self.prefix_unit else None
        self.prefix_not_after_re = regex.compile(at_end(units.prefix_not_after.forms), FLAGS)
        self.prefix_not_before_re = regex.compile(r"[ ]+" + alternation(units.prefix_not_before.forms), FLAGS)
        self.money_cue_re = regex.compile(alternation(units.money_cues.forms) + r"[^.,;:!?\n\d]{0,30}$", FLAGS)
        self.implied_money = next((u for u in units.units if u.implied), None)
        # qualifiers (approx), matched at the end of the text left of a number
        self.approx_by_form = {}
        for approx, forms in (("about", q.about.forms), ("over", q.over.forms), ("under", q.under.forms)):
            for form in forms:
                self.approx_by_form[fold(form)] = approx
        self.not_before_percent = {fold(w) for w in q.not_before_percent.forms}
        self.qualifier_re = regex.compile(
            "(?<!" + alternation(list(q.comparatives.forms) + list(q.word_heads.forms)) + r"\s+)("
            + alternation(self.approx_by_form) + r")\s*$",
            FLAGS)
        self.exclusions = [(e.name, regex.compile(expand_macros(e.pattern, rules.macros), FLAGS))
                           for e in rules.exclusions.patterns]


def excluded_spans(text: str, rules: "RuleSet") -> list[tuple[int, int, str]]:
    """Spans of text that are never quantities, sorted by start."""
    p = rules.compiled(Patterns)
    spans = [(m.start(), m.end(), name) for name, pat in p.exclusions for m in pat.finditer(text)]
    spans.sort()
    return spans


class _Excluded:
    def __init__(self, spans: list[tuple[int, int, str]]):
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.max_end: list[int] = []
        best = -1
        for _, e, _ in spans:
            best = max(best, e)
            self.max_end.append(best)

    def covering(self, pos: int) -> Optional[str]:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.max_end[i] > pos:
            s, e, name = self.spans[i]
            if s <= pos < e:
                return name
            i -= 1
        return None


def find_quantities(text: str, rules: "RuleSet", segment_word: SegmentWord = None) -> list[Found]:
    """All quantities in ``text`` (already normalised), in order.

    ``segment_word(window)`` returns the first word of ``window`` if it is a
    noun, else None (a Vietnamese word may be several syllables); it decides
    whether and what an open-ended count counts. Without it, the first
    syllable is taken.
    """
    p = rules.compiled(Patterns)
    excluded = _Excluded(excluded_spans(text, rules))
    found: list[Found] = []
    bare: list[regex.Match] = []  # numbers with no unit, candidates for "9 trong số 11 nhóm"
    consumed = 0
    for in_words, m in _starts(text, p):
        start = m.start() if in_words else m.start(2)
        if start < consumed or excluded.covering(start):
            continue
        reader = _Reader(text, p, excluded, consumed, segment_word)
        q = reader.read_words(m) if in_words else reader.read_digits(m)
        if q is not None:
            found.append(q)
            consumed = q.end
        elif reader.reached > start:
            consumed = reader.reached  # a numeral read but not trusted: none of its parts is read alone
        elif not in_words and not m.group(1):
            bare.append(m)
    found.extend(_shares_of(text, bare, found, p))
    found.extend(_listed_before(text, bare, found, p))
    found.extend(_listed_after(text, bare, found, p))
    found.extend(_counted_by_subject(text, bare, found, p))
    found.extend(_listed_ratios(text, bare, found, p))
    found.extend(_word_fractions(text, found, excluded, p))
    found.sort(key=lambda f: f.start)
    _scaled_in_lists(text, found)
    return _without_thresholds(text, found, p)


# after a per word ("mỗi") these are no denominator: a recurring amount keeps its own unit
# ("12.000 tỷ đồng mỗi năm"); a count is not divided ("2 triệu đồng mỗi hộ" counts elsewhere)
PER_WORD_NOT = {"year", "month", "day", "s", COUNT}
SUBJECT_REACH = 120  # how far before a bare number its count subject ("Số trường hợp ... là") may open
BARE_END = regex.compile(r"\s*(?:[,.;:)\n]|$)")  # the bare number closes its clause


def _counted_by_subject(text: str, bare: list[regex.Match], found: list[Found], p: Patterns) -> list[Found]:
    """"Số trường hợp vi phạm nồng độ cồn là 11.240": a bare number that completes a clause
    opened by a count word (``counts.toml`` ``count_subjects``, linked by ``count_links``) counts."""
    taken = {q.start for q in found}
    out = []
    for m in bare:
        start = m.start(2)
        if m.group(1) or start in taken or not BARE_END.match(text, m.end(2)):
            continue
        subject = p.count_subject_re.search(text, max(0, start - SUBJECT_REACH), start)
        number = parse_number(m.group(2)) if subject is not None else None
        if number is None or number != number.to_integral_value():
            continue
        out.append(Found(start=start, end=m.end(2), number=number, unit="", canonical=COUNT, value=number,
                         is_count=True, rules=["count:subject"]))
    return out


SHARE_WORDS_BEFORE = 30  # how far before a fraction its share word ("chiếm hơn") is looked for


def _word_fractions(text: str, found: list[Found], excluded: "_Excluded", p: Patterns) -> list[Found]:
    """"chiếm hơn một nửa tổng số", "giảm gần một nửa so với năm trước": a part of a whole
    written in words (``numbers.toml`` ``fraction_words``). A share (percent) after a share word,
    or before the whole's noun unless a ratio word stands before it ("bằng một nửa tốc độ ...");
    otherwise a ratio to a base (times)."""
    if p.fraction_re is None:
        return []
    spans = sorted((q.start, q.end) for q in found)  # ``found`` is not sorted yet
    starts = [start for start, _ in spans]
    out = []
    for m in p.fraction_re.finditer(text):
        i = bisect.bisect_right(starts, m.start())
        if (i and spans[i - 1][1] > m.start()) or (i < len(spans) and spans[i][0] < m.end()) \
                or excluded.covering(m.start()):
            continue
        value = p.fractions[fold(m.group())]
        before = max(0, m.start() - SHARE_WORDS_BEFORE)
        share = (p.fraction_share_re.search(text, before, m.start()) is not None
                 or (p.fraction_whole_re.match(text, m.end()) is not None
                     and p.fraction_ratio_re.search(text, before, m.start()) is None))
        q = Found(start=m.start(), end=m.end(), number=value, unit="", canonical=PERCENT if share else TIMES,
                  value=value * 100 if share else value, rules=["fraction:words"])
        _qualify(text, q, p, True)
        out.append(q)
    return out


LIST_GAP = 80  # characters between two items of a list of figures
LIST_GAP_BREAK = regex.compile(r"[\d\n]|[.!?](?:\s|$)")  # no other figure, line or sentence end between


def _scaled_in_lists(text: str, found: list[Found]) -> None:
    """"... với 352 tỷ đồng; Đồng Phú đứng thứ hai với 286 tỷ; tiếp theo là Bình Long 231 tỷ":
    a number with a scale word and no unit, next to a figure of the same scale with one, has that
    figure's unit (the list writes it once). Both neighbours are tried, left first, so that a
    run takes the unit from either end. In place."""

    def unit_of(q: Found, scale: str) -> bool:
        return q.canonical != COUNT and scale in q.rules and any(r.startswith("unit:") for r in q.rules)

    def lend(i: int, j: int) -> None:
        q, nb = found[i], found[j]
        scales = [r for r in q.rules if r.startswith("scale:")]
        scale = scales[0] if len(scales) == 1 and all(r == "range" or r in scales for r in q.rules) else None
        if scale is None or q.canonical != COUNT or not unit_of(nb, scale):
            return
        lo, hi = (nb.end, q.start) if j < i else (q.end, nb.start)
        if hi - lo > LIST_GAP or LIST_GAP_BREAK.search(text, lo, hi):
            return
        if not nb.number:
            return  # "0 tỷ đồng" gives no unit factor
        ratio = nb.value / nb.number
        found[i] = replace(q, unit=nb.unit, canonical=nb.canonical, is_count=False, noun_start=-1,
                           value=q.number * ratio, value_max=q.number_max * ratio if q.number_max is not None else None,
                           rules=q.rules + [r for r in nb.rules if r.startswith("unit:")] + ["unit:listed-scale"])

    for i in range(1, len(found)):
        lend(i, i - 1)
    for i in range(len(found) - 2, -1, -1):
        lend(i, i + 1)


SET_NOUN_AFTER = regex.compile(r"[ \t]+\p{Ll}")  # a lowercase noun right after a share: the set it is of
THRESHOLD_GAP = 100  # characters from a count's noun to a figure bounding its set
CLAUSE_MARK = regex.compile(r"[;:.()\n\[\]]|,(?!\d)")


def _without_thresholds(text: str, found: list[Found], p: Patterns) -> list[Found]:
    """Drop the figures that only bound the set a count (or a share) before them counts
    ("bảy tỉnh có kim ngạch xuất khẩu vượt mốc 1 tỉ USD": 7 is a fact, 1 tỉ USD not)."""
    out: list[Found] = []
    for q in found:
        count = out[-1] if out else None
        # a set: a count of it, or a share of it ("11% số lao động thu nhập dưới 4 triệu đồng")
        is_set = count is not None and ((count.is_count and count.canonical == COUNT and count.number > 1)
                                        or (count.canonical == PERCENT and SET_NOUN_AFTER.match(text, count.end)))
        if is_set and 0 < q.start - count.end <= THRESHOLD_GAP:
            gap = text[count.end:q.start]
            bound = p.threshold_before_re.search(text, count.end, q.start)
            before_bound = bound.start() - count.end if bound is not None else None
            if bound is None and p.threshold_after_re.match(text, q.end):  # "đạt từ 15 tiêu chí trở lên"
                before_bound = len(gap)
            phrase = (p.noun_pair_re.sub(" ", p.joined_name_re.sub(" ", text[count.noun_start:q.start]))
                      if count.noun_start >= 0 else gap)
            if (before_bound is not None and not CLAUSE_MARK.search(phrase)
                    and not p.threshold_not_between_re.search(gap, 0, before_bound)):
                continue
        out.append(q)
    return out


def _starts(text: str, p: Patterns) -> Iterator[tuple[bool, regex.Match]]:
    """Digit runs and number words, in text order: (in words, match)."""
    digits = ((False, m) for m in NUMBER_RE.finditer(text))
    words = ((True, m) for m in p.word_start_re.finditer(text))
    return heapq.merge(digits, words, key=lambda item: item[1].start())


def _shares_of(text: str, bare: list[regex.Match], found: list[Found], p: Patterns) -> list[Found]:
    """"9 trong số 11 nhóm": a bare number counts the noun of the count after it; "đã bàn giao
    2.150/3.400 ha": a bare number right before "/" and an amount is a part of it, in its unit
    and scale."""
    by_start = {q.start: q for q in found if not q.number_max}
    out = []
    for m in bare:
        link = p.share_of_re.match(text, m.end(2), m.end(2) + 40)  # bounded: a required word is looked for only here
        whole = by_start.get(link.end()) if link else None
        if whole is None:
            continue
        counted = whole.is_count and whole.canonical == COUNT
        if not counted and (link.group() != "/" or whole.canonical == "percent"):
            continue  # an amount's part is written "a/b" only: "120 trên 300 ha" is no such part
        number = parse_number(m.group(2))
        if number is None or number > whole.number or not whole.number:
            continue
        value = number if counted else number * whole.value / whole.number
        out.append(replace(whole, start=m.start(2), end=m.end(2), number=number, value=value,
                           number_max=None, value_max=None, approx=None, sign=None, qualifier_start=-1,
                           noun_start=whole.noun_start, whole_end=whole.end,
                           rules=["count:share-of" if counted else "amount:part-of"]))
        if "count:share-whole" not in whole.rules:
            whole.rules.append("count:share-whole")
    return out


def _listed_before(text: str, bare: list[regex.Match], found: list[Found], p: Patterns) -> list[Found]:
    """"lần lượt là 1.104, 968 và 845 người": the bare numbers of a list take the unit written
    after its last item (each item a number alone, joined by "," or the list's last join). A
    list has three items at least: two bare numbers before a figure ("tháng 6.2019, 2 nhà máy"
    is no list)."""
    by_start = {q.start: q for q in found if q.number_max is None and q.number}
    chain: dict[int, int] = {}  # an item's start: how many bare items stand before the figure, it included
    out: list[Found] = []
    for m in reversed(bare):  # from the right, so that each item may lean on the next
        join = p.list_item_join_re.match(text, m.end(2), m.end(2) + 12)
        last = by_start.get(join.end()) if join else None
        number = parse_number(m.group(2)) if last is not None and not m.group(1) else None
        if number is None:
            continue
        item = replace(last, start=m.start(2), end=m.end(2), number=number, value=last.value / last.number * number,
                       approx=None, sign=None, qualifier_start=-1, noun_start=-1, whole_end=-1,
                       rules=["unit:listed-after"])
        by_start[item.start] = item
        chain[item.start] = chain.get(last.start, 0) + 1
        out.append(item)
    heads = [q for q in out if chain[q.start] >= 2]  # the first item of a list long enough
    keep: set[int] = set()
    for head in heads:
        q = head
        while q is not None and q.start not in keep and "unit:listed-after" in q.rules:
            keep.add(q.start)
            join = p.list_item_join_re.match(text, q.end, q.end + 12)
            q = by_start.get(join.end()) if join else None
    return [q for q in out if q.start in keep]


NAMED_ITEM_REACH = 40  # a named item: a join, up to four words, the bare number


def _listed_after(text: str, bare: list[regex.Match], found: list[Found], p: Patterns) -> list[Found]:
    """"mầm non 689 người, tiểu học 574, THCS 362 và THPT 128": in a list of named items whose
    first figure is a plain count, the bare numbers after the names count the same noun. Two
    bare items at least (a list of three), each ended by a join or the clause's end; a scaled
    first figure ("196,3 triệu đôi, ...") lends no unit."""
    taken = {q.start for q in found}
    heads = sorted((q for q in found if q.is_count and q.canonical == COUNT and q.number_max is None
                    and q.number and q.value == q.number), key=lambda q: q.end)
    out: list[Found] = []
    items = iter(sorted((m for m in bare if not m.group(1) and m.start(2) not in taken), key=lambda m: m.start(2)))
    pending = next(items, None)
    for head in heads:
        run, last_end = [], head.end
        while pending is not None and pending.start(2) < last_end:
            pending = next(items, None)
        while pending is not None:
            start = pending.start(2)
            if start - last_end > NAMED_ITEM_REACH or not p.named_item_re.search(text, last_end, start):
                break
            if not p.named_item_end_re.match(text, pending.end(2), pending.end(2) + 6):
                break
            number = parse_number(pending.group(2))
            if number is None:
                break
            run.append(replace(head, start=start, end=pending.end(2), number=number, value=number,
                               approx=None, sign=None, qualifier_start=-1, noun_start=-1, whole_end=-1,
                               rules=["unit:listed-first"]))
            last_end = pending.end(2)
            pending = next(items, None)
        if len(run) >= 2:
            out.extend(run)
    return out


RATIO_SLASH = regex.compile(r"\s*/\s*")
ASIDE_OPENS = regex.compile(r"\s*\(")


def _listed_ratios(text: str, bare: list[regex.Match], found: list[Found], p: Patterns) -> list[Found]:
    """"mầm non 196/280 trường (70%), tiểu học 215/262 (82,1%), THCS 159/222 (71,6%)": in a list
    of named items whose first figure is a share of counts ("196/280 trường"), the bare pairs
    "N/M" after the names count the same noun (contract section 2: a number without a unit that
    counts its neighbour's noun). Each pair is ended by a join, the clause's end or a "(...)"."""
    taken = {q.start for q in found}
    heads = sorted((q for q in found if q.is_count and q.canonical == COUNT and "count:share-whole" in q.rules),
                   key=lambda q: q.end)
    items = sorted((m for m in bare if not m.group(1) and m.start(2) not in taken), key=lambda m: m.start(2))
    out: list[Found] = []
    i = 0
    for head in heads:
        last_end = head.end
        while i < len(items) and items[i].start(2) < last_end:
            i += 1
        while i + 1 < len(items):
            part, whole = items[i], items[i + 1]
            start = part.start(2)
            if (start - last_end > NAMED_ITEM_REACH or not p.named_item_re.search(text, last_end, start)
                    or not RATIO_SLASH.fullmatch(text, part.end(2), whole.start(2))
                    or not (p.named_item_end_re.match(text, whole.end(2), whole.end(2) + 6)
                            or ASIDE_OPENS.match(text, whole.end(2)))):
                break
            n, m = parse_number(part.group(2)), parse_number(whole.group(2))
            if n is None or m is None or n > m:
                break
            for match, number in ((part, n), (whole, m)):
                out.append(replace(head, start=match.start(2), end=match.end(2), number=number, value=number,
                                   approx=None, sign=None, qualifier_start=-1, noun_start=-1, whole_end=-1,
                                   rules=["unit:listed-ratio"]))
            last_end = whole.end(2)
            close = text.find(")", last_end, last_end + NAMED_ITEM_REACH) if ASIDE_OPENS.match(text, last_end) else -1
            last_end = close + 1 if close >= 0 else last_end
            i += 2
    return out


@dataclass
class _Measure:
    """What a numeral measures: its unit (with denominators) or the noun it counts."""

    end: int
    canonical: str  # the unit's own canonical unit, denominators apart
    factor: Decimal  # into the canonical unit, denominators divided out
    parts: list[str]  # the unit as written, without the numeral's scale word
    rules: list[str]
    name: str = ""  # the unit rule's name ("" for a count)
    is_count: bool = False
    multiple: bool = False
    noun_start: int = -1
    denominators: list[str] = field(default_factory=list)

    @property
    def full(self) -> str:
        return "/".join([self.canonical] + self.denominators)


class _Reader:
    """Reads the quantity at one numeral; ``reached`` is how far it read when it found none."""

    def __init__(self, text: str, p: Patterns, excluded: _Excluded, floor: int, segment_word: SegmentWord):
        self.text, self.p, self.excluded, self.floor, self.segment_word = text, p, excluded, floor, segment_word
        self.reached = -1
        self.units: dict[int, Optional[_Measure]] = {}  # the unit read at a position, read once

    # -- where a numeral starts ------------------------------------------------

    def read_digits(self, m: regex.Match) -> Optional[Found]:
        """A quantity from a digit run: "155.697 tỷ đồng", "(+10,07%)", "US$ 3 tỷ", "15K đồng"."""
        text = self.text
        start = m.start(2)
        sign = m.group(1) or None
        if sign:
            before = text[:m.start(1)].rstrip()
            if m.start(1) > 0 and text[m.start(1) - 1] not in "( " or (before and before[-1].isdigit()):
                sign = None
            else:
                start = m.start(1)
        num = read_numeral(text, m.start(2), self.p.numerals)
        if num is None:
            return None
        if num.refused or num.glued:
            self.reached = num.end
        if num.refused:
            return None
        fraction = self._fraction(num) if not sign else None
        if fraction is not None:
            return fraction
        return self._quantity(num, start, sign)

    def _fraction(self, num: Numeral) -> Optional[Found]:
        """"khoảng 1/2 diện tích", "gần bằng 1/3 nhu cầu", "hơn 2/3 số xã": parts of a whole, a
        share (percent). Not before a counted noun ("7/9 KCN", "1/3 huyện": a count out of a
        count) nor a word that makes it a date ("31/8 và 1/9 lên tới")."""
        text, p = self.text, self.p
        if len(num.raw) != 1 or not num.raw.isdigit() or num.raw == "0":
            return None
        m = FRACTION_AFTER.match(text, num.end)
        if (m is None or int(num.raw) >= int(m.group(1)) or fold(m.group(2)) in p.not_nouns
                or p.count_noun_re.match(text, m.end(1), m.end(1) + AHEAD)):
            return None
        part, whole = Decimal(num.raw), Decimal(m.group(1))
        q = Found(start=num.start, end=m.end(1), number=part / whole, unit="", canonical=PERCENT,
                  value=Decimal(100) * part / whole, rules=["fraction"])
        _qualify(text, q, p, False)
        return q

    def read_words(self, m: regex.Match) -> Optional[Found]:
        """A quantity spelled in words: "hai nhóm", "bốn mươi hai tỷ đồng", "gấp đôi"."""
        text, p = self.text, self.p
        start, word = m.start(), fold(m.group())
        num = read_numeral(text, start, p.numerals)
        gap = p.multiple_before_re.search(text, max(0, start - 12), start)
        if gap and gap.start() >= self.floor and word in p.multiple_words and (num is None or num.tokens == 1):
            value = p.numerals.heads[word]
            return Found(start=gap.start(), end=m.end(), number=value, unit=p.multiple_unit, canonical=TIMES,
                         value=value, multiple=True, rules=["number-word:multiple"])
        if num is None:
            return None
        self.reached = num.end
        if (num.refused or word in p.never_alone_words or p.names_after_re.search(text, max(0, start - 16), start)
                or _a_name(text, start)):
            return None  # "lần thứ hai", "tháng ba": it names or ranks; "Ba Vì": a name
        if num.tokens == 1 and word in p.scaled_only_words:
            return None  # "một số", "một dự án": an article
        q = self._quantity(num, start, None)
        if q is None or num.tokens > 1 or num.scaled or word not in p.year_words:
            return q
        # "năm" alone: five before a unit or a counted noun, unless the words before make it the year
        if p.year_before_re.search(text, max(0, start - 16), start):
            return None
        return q

    # -- what it measures -------------------------------------------------------

    def _quantity(self, num: Numeral, start: int, sign: Optional[str]) -> Optional[Found]:
        prefix = self._prefix(start)
        q_start = prefix[1] if prefix else start
        opener = bool(self.p.range_opener_end_re.search(self.text, max(0, q_start - 12), q_start))
        q = self._range(num, start, prefix) or self._single(num, prefix)
        if q is None:
            return None
        # "USD 26,1%": a currency before a figure with its own unit names a part, it is no unit of it
        q.start = q_start if "unit:written-before" in q.rules else start
        if sign:
            q.sign = sign
            q.rules.insert(0, "sign:" + sign)
            if sign == "-":
                q.number, q.value = -q.number, -q.value
        _qualify(self.text, q, self.p, opener)
        return q

    def _single(self, num: Numeral, prefix) -> Optional[Found]:
        measure = self._measure(num, num.end, prefix)
        if measure is None:
            return None
        integer_only = measure.is_count and not measure.denominators
        value = num.value(integer_only and not num.scaled)
        if value is None:
            return None
        return self._found(num, num, value, None, measure)

    def _range(self, first: Numeral, start: int, prefix) -> Optional[Found]:
        """One quantity for both ends of a range: "10-15%", "2,5 triệu - 3 triệu đồng", "giữa 3 và 4 tỷ"."""
        text, p = self.text, self.p
        if first.raw and p.year_re.fullmatch(first.raw):
            return None  # "2016 - 2020" is a period
        own = None  # the first end's own unit: "từ 8.000 đồng đến 9.500 đồng/kg"
        join = self._join(start, first.end)
        if join is None:
            own = self._unit(first, first.end)
            join = self._join(start, own.end) if own else None
        if join is None or self.excluded.covering(join.end()):
            return None
        last = read_numeral(text, join.end(), p.numerals)
        if last is None or last.refused or (not last.raw and not last.scaled and last.head in p.year_words):
            return None
        if (first.tokens == 1 and first.head in p.year_words
                and (last.raw or not p.range_opener_end_re.search(text, max(0, start - 12), start))):
            return None  # "năm" opens a range only as "từ năm đến bảy tỷ"; "năm tới 20 dự án" is next year
        measure = self._measure(last, last.end, prefix)
        if measure is None:
            return None
        if own is not None and (own.name != measure.name
                                or measure.denominators[:len(own.denominators)] != own.denominators):
            return None  # "5% - 2021", "8 triệu USD - 9 tỷ đồng": two figures
        integer_only = measure.is_count and not measure.denominators
        low = first.value(integer_only and not last.scaled)
        high = last.value(integer_only and not last.scaled)
        if low is None or high is None:
            return None
        if not first.scaled and own is None and not (GROUPED.fullmatch(first.raw) and low * last.scale >= high):
            # "7 - 7,5 triệu": the scale word of one end serves both; "950.000 – 1 triệu đồng" is
            # written in full
            low *= last.scale
        if high <= low:
            return None  # "3 - 2" is no range
        q = self._found(first, last, low, high, measure)
        q.rules.insert(0, "range")
        return q

    def _join(self, start: int, pos: int) -> Optional[regex.Match]:
        """The word joining a range's ends at ``pos`` ("-", "đến"; "và" after "giữa" left of ``start``)."""
        p, text = self.p, self.text
        join = p.range_word_re.match(text, pos, pos + REACH)  # bounded: a lone required word ("và") would
        if join is not None:                                  # otherwise be looked for to the end of the text
            return join
        join = p.pair_word_re.match(text, pos, pos + REACH)
        if join is None:
            return None
        opener = p.pair_opener_re.search(text, max(0, start - 12), start)
        return join if opener and fold(join.group(1)) in p.pairs[fold(opener.group(1))] else None

    def _found(self, first: Numeral, last: Numeral, low: Decimal, high: Optional[Decimal],
               measure: _Measure) -> Found:
        """The quantity of numerals ``first`` (to ``last``, a range) worth ``low`` (to ``high``)."""
        parts, rules = [], []
        if last.scale_start >= 0:
            written = self.text[last.scale_start:last.scale_end]
            parts.append(written.lower())
            rules.append("scale:" + fold(written))
        if first.head:
            rules.append("number-word:" + first.head)
        elif first.tokens > 2:
            rules.append("numeral:compound")
        scale, factor = last.scale, measure.factor
        return Found(start=first.start, end=measure.end, number=low / scale if scale != ONE else low,
                     unit=_join_unit(parts + measure.parts), canonical=measure.full, value=low * factor,
                     number_max=None if high is None else (high / scale if scale != ONE else high),
                     value_max=None if high is None else high * factor, is_count=measure.is_count,
                     multiple=measure.multiple, noun_start=measure.noun_start, rules=rules + measure.rules)

    def _prefix(self, start: int) -> Optional[tuple[object, int, str]]:
        """A currency written just before the number ("US$ 3 tỷ", "€40"): (unit, start, as written)."""
        p, text = self.p, self.text
        if p.prefix_re is None or not any(text[i:i + 1].lower() in p.prefix_last_chars
                                          for i in (start - 1, start - 2) if i >= 0):
            return None
        m = p.prefix_re.search(text, max(self.floor, start - 8), start)
        if m is None or (m.end() > m.end(1)  # "tỷ giá USD 24.150" (but "có giá €40": glued, it is the unit)
                         and p.prefix_not_after_re.search(text, max(0, m.start() - 16), m.start())):
            return None
        return p.prefix_unit[fold(m.group(1))], m.start(), m.group(1)

    def _unit(self, num: Numeral, pos: int) -> Optional[_Measure]:
        """A unit right after ``num`` at ``pos``, with its denominators; None if none is written."""
        if pos not in self.units:  # read once: a range's first end, then the same figure alone
            self.units[pos] = self._read_unit(num, pos)
        return self.units[pos]  # complete with its denominators: nothing changes it after

    def _read_unit(self, num: Numeral, pos: int) -> Optional[_Measure]:
        text, p = self.text, self.p
        m = p.unit_re.match(text, pos, pos + AHEAD)
        if m is None:
            return None
        unit = p.unit_by_form[fold(m.group(1))]
        if self._gives_way(unit, pos, m.end()):
            return None
        if unit.fractional and not DECIMAL_PART.search(num.raw):
            return None  # "5 năm qua" is a period; "13,6 năm" a term
        if (num.scale_start >= 0 and not unit.scalable and not num.glued) or (unit.canonical == TIMES and num.head):
            return None  # "5 triệu %" is no unit; "hai lần" counts occasions
        if num.glued and not unit.money:
            return None
        written = m.group(1) if _acronym(m.group(1), unit) else m.group(1).lower()
        measure = _Measure(end=m.end(), canonical=unit.canonical, factor=Decimal(repr(unit.factor)),
                           parts=[written], rules=["unit:" + unit.name], name=unit.name,
                           multiple=unit.canonical == TIMES)
        return self._denominators(measure)

    def _gives_way(self, unit, pos: int, unit_end: int) -> bool:
        """Whether the unit read at ``pos`` is the first word of a counted noun instead: a unit that
        stands alone before a noun ("96 điểm bưu điện văn hóa": a count of the noun), or a multiple
        that begins a longer counted noun ("13 lần tăng": occasions)."""
        return ((unit.alone and self._noun_after(unit_end))
                or (unit.canonical == TIMES and self._longer_noun(pos, unit_end)))

    def _longer_noun(self, pos: int, unit_end: int) -> bool:
        """Whether a counted noun read at ``pos`` runs past a unit that ends at ``unit_end``."""
        noun = self.p.count_noun_re.match(self.text, pos, pos + AHEAD)
        return noun is not None and noun.end() > unit_end

    def _measure(self, num: Numeral, pos: int, prefix) -> Optional[_Measure]:
        """What ``num`` measures, read from ``pos``: a unit, a currency written before it, a counted noun."""
        text, p = self.text, self.p
        unit = self._unit(num, pos)
        if unit is not None:
            return unit
        written = p.unit_re.match(text, pos, pos + AHEAD)
        if written and not self._gives_way(p.unit_by_form[fold(written.group(1))], pos, written.end()):
            return None  # a unit that does not fit: "15K người", "5 triệu %", "hai mươi lần"
        if prefix is not None and not p.prefix_not_before_re.match(text, pos, pos + REACH):
            unit, _, written = prefix
            measure = _Measure(end=pos, canonical=unit.canonical, factor=Decimal(repr(unit.factor)),
                               parts=[written if _acronym(written, unit, unit.before) else written.lower()],
                               rules=["unit:" + unit.name, "unit:written-before"], name=unit.name)
            return self._denominators(measure)
        if num.glued:
            return self._implied_money(num, pos)  # None for "màn hình 5K": no amount
        return self._count(num, pos)

    def _enumerates(self, num: Numeral, pos: int) -> bool:
        """Whether the names after the counted noun at ``pos`` are as many as ``num`` counts and a
        figure of their clause follows them: the count only introduces the names it lists."""
        value = num.value(integer_only=True)
        if value is None or value != int(value) or not 2 <= int(value) <= MAX_ENUMERATED or num.scaled:
            return False
        names, at = 0, pos
        intro = self.p.list_intro_re.match(self.text, at, at + AHEAD)
        if intro:  # "bốn thành viên | gồm Toyota, Hyundai, ..."
            at = intro.end()
        while names < MAX_ENUMERATED:
            name = PROPER_NAME.match(self.text, at, at + AHEAD)
            if name is None:
                break
            names, at = names + 1, name.end()
            join = self.p.name_join_re.match(self.text, at, at + 12)
            if join is None:
                break
            at = join.end()
        if names != int(value):
            return False
        clause = CLAUSE_END.search(self.text, at, at + AHEAD)
        return bool(DIGIT.search(self.text, at, clause.start() if clause else at + AHEAD))

    def _noun_after(self, pos: int) -> bool:
        """Whether a lower-case word that is no function word follows ``pos``."""
        nxt = NEXT_WORD_RE.match(self.text, pos, pos + AHEAD)
        return bool(nxt) and fold(nxt.group(1)) not in self.p.not_nouns and not self.p.not_noun_re.match(
            self.text, pos, pos + AHEAD)

    def _implied_money(self, num: Numeral, pos: int) -> Optional[_Measure]:
        """An amount in the implied currency when a money cue stands just before it ("giá vé 200k",
        "doanh thu ... ước khoảng 610 tỉ"); None without one."""
        money, p = self.p.implied_money, self.p
        if money is None or not p.money_cue_re.search(self.text, max(0, num.start - 48), num.start):
            return None
        measure = _Measure(end=pos, canonical=money.canonical, factor=Decimal(repr(money.factor)), parts=[],
                           rules=["unit:" + money.name, "unit:money-cue"], name=money.name)
        return self._denominators(measure)

    def _count(self, num: Numeral, pos: int) -> Optional[_Measure]:
        """A counted noun after ``num`` ("117 dự án", "5 nghệ nhân ưu tú"), or its scale word alone ("1,2 triệu")."""
        text, p = self.text, self.p
        noun = p.count_noun_re.match(text, pos, pos + AHEAD)
        if noun and num.head and not noun.group(1)[:1].islower():
            noun = None  # "Năm Căn": a name
        if noun and num.head and not num.scaled and NAMED_AFTER.match(text, noun.end(), noun.end() + AHEAD):
            return None  # "hai tỉnh Hưng Yên và Thái Bình" lists names, it measures nothing
        if noun and self._enumerates(num, noun.end()):
            return None  # "doanh thu của 3 chuỗi Alpha, Beta và Gamma đạt ...": names, no measure
        if noun:
            measure = _Measure(end=noun.end(), canonical=COUNT, factor=ONE, parts=[noun.group(1).lower()],
                               rules=["count:" + fold(noun.group(1))], is_count=True, noun_start=noun.start(1))
            return self._denominators(measure)
        word = None
        if not num.head or num.tokens > 1:  # an open-ended count: not after one number word ("hai bên")
            nxt = NEXT_WORD_RE.match(text, pos, pos + AHEAD)
            if nxt and fold(nxt.group(1)) not in p.not_nouns and not p.not_noun_re.match(text, pos, pos + AHEAD):
                word = nxt.group(1)
                if self.segment_word is not None:
                    word = self.segment_word(text[nxt.start(1):nxt.start(1) + 40])
                if (not word or fold(word) in p.not_nouns or p.year_re.fullmatch(num.raw)
                        or not word[:1].islower()):
                    word = None
        if word:
            noun_start = text.index(word, pos)
            if not num.head and self._enumerates(num, noun_start + len(word)):
                return None
            measure = _Measure(end=noun_start + len(word), canonical=COUNT, factor=ONE, parts=[word.lower()],
                               rules=["count:open-ended"], is_count=True, noun_start=noun_start)
            return self._denominators(measure)
        if num.scale_start < 0:
            return None
        money = self._implied_money(num, pos)  # "doanh thu ... ước khoảng 610 tỉ"
        if money is not None:
            return money
        measure = _Measure(end=pos, canonical=COUNT, factor=ONE, parts=[], rules=[], is_count=True,
                           noun_start=num.scale_start)  # "1,2 triệu" with no noun: a count
        return self._denominators(measure)

    def _denominators(self, measure: _Measure) -> _Measure:
        """Denominators after the unit: "/người/tháng", "/ha", "/năm"."""
        text, p = self.text, self.p
        after = measure.end
        while True:
            dm = p.denominator_re.match(text, after, after + 40)
            product = None
            if not dm and not measure.denominators and not measure.is_count:
                # "14 - 15 kg sữa/con/ngày": the product measured, between the unit and its denominators
                product = PRODUCT_BEFORE_PER.match(text, after, after + 40)
                dm = p.denominator_re.match(text, product.end(), product.end() + 40) if product else None
            if not dm:
                break
            if product is not None:
                measure.parts.append(" " + product.group(1).lower())
            form = fold(dm.group("unit"))
            den = p.denominator_by_form.get(form) or p.unit_by_form.get(form)
            if "/" not in text[dm.start():dm.start("unit")] and (den is None or den.canonical in PER_WORD_NOT):
                break  # "mỗi lượng" is "/lượng"; "12.000 tỷ đồng mỗi năm" keeps its unit, "mỗi hộ" counts
            if den is not None and den.fractional:
                den = None  # a unit only after a decimal number: no denominator ("/năm" is one of its own)
            if dm.group("per") and den is not None and den.canonical == measure.canonical:
                break  # "21.380 tỷ đồng/38.540 tỷ đồng": an amount out of another, two figures
            if den is not None:
                measure.denominators.append(den.canonical)
                measure.factor /= Decimal(repr(den.factor))
            else:
                measure.denominators.append(COUNT)
            per = ""
            if dm.group("per") or dm.group("scale"):
                size = Decimal(dm.group("per").replace(".", "")) if dm.group("per") else ONE
                size *= p.numerals.scales[fold(dm.group("scale"))] if dm.group("scale") else ONE
                if size == 0:
                    break
                measure.factor /= size
                per = " ".join(g for g in (dm.group("per"), dm.group("scale")) if g) + " "
            written = dm.group("unit")
            written = written if den is not None and _acronym(written, den) else written.lower()
            measure.parts.append("/" + per + written)
            after = dm.end()
            measure.rules.append("per:" + form)
        measure.end = after
        return measure


def _a_name(text: str, start: int) -> bool:
    """A number word written with a capital inside a sentence is a name ("huyện Ba Vì")."""
    if not text[start].isupper():
        return False
    before = text[:start].rstrip(" ")
    return bool(before) and before[-1] not in SENTENCE_OPENERS


def _acronym(written: str, unit, forms=None) -> bool:
    """Keep the writer's capitals only for forms the rule file writes with capitals (USD, kWh)."""
    return any(f.lower() == written.lower() and any(c.isupper() for c in f) for f in (forms or unit.forms))


def _join_unit(parts: list[str]) -> str:
    """The unit as written, single-spaced; parts are already cased (acronyms kept, the rest lower)."""
    out = ""
    for part in parts:
        piece = " ".join(part.split())
        if piece.startswith("/") or not out:
            out += piece
        else:
            out += " " + piece
    return out.replace("/ ", "/")


def _qualify(text: str, q: Found, p: Patterns, from_word: bool) -> None:
    """Set ``approx`` from a qualifier word just left of the quantity."""
    left_end = q.start
    left = text[max(0, left_end - 40):left_end]
    if from_word:
        left = p.range_opener_end_re.sub("", left)
    if q.sign:
        left = left.rstrip("( ")
    qm = p.qualifier_re.search(left)
    if qm and q.canonical.startswith(PERCENT) and fold(qm.group(1)) in p.not_before_percent:
        qm = None  # "vượt 2,7% dự toán": the verb of a change
    if qm:
        q.approx = p.approx_by_form[fold(qm.group(1))]
        q.qualifier_start = left_end - len(left) + qm.start(1)
        q.rules.append("approx:" + fold(qm.group(1)))
