"""Stage 3: find quantities — a number with its scale word and unit — in normalised text.

A cheap scan finds every digit run; each is then read left to right
(range, scale word, unit, denominators, or a counted noun) with patterns
anchored at the current position, and looked at once to the left
(qualifier, sign, "từ ... đến"). Dates, times, identifiers and page
furniture are removed first by the exclusion patterns. The words come from
``numbers.toml``, ``units.toml``, ``counts.toml``, ``qualifiers.toml`` and
``exclusions.toml``.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Callable, Optional

import regex

from .._context import Found
from .._rules.patterns import FLAGS, alternation, at_end, choices, expand_macros, fold
from .numbers import parse_number

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

REACH = 200  # how far a pattern anchored at a position may look: regex scans to the end of the text otherwise
NUMBER_RE = regex.compile(r"(?<![\p{L}\p{M}\d_])([+-]?)((?>\d+(?:[.,]\d+)*))(?!\d)")
NEXT_WORD_RE = regex.compile(r"[ ]+(\p{Ll}[\p{L}\p{M}]*)(?:[ ]+(\p{Ll}[\p{L}\p{M}]*))?")
NAMED_AFTER = regex.compile(r"\s+\p{Lu}\p{Ll}*\s+\p{Lu}")
TIMES, PERCENT, COUNT = "times", "percent", "count"  # canonical units the reader treats apart


class Patterns:
    """What the quantity reader needs from a rule set, compiled once."""

    def __init__(self, rules: "RuleSet"):
        numbers, units, counts, q = rules.numbers, rules.units, rules.counts, rules.qualifiers
        self.year_re = regex.compile(expand_macros("{Y}", rules.macros))
        # ranges: "10 - 15%", "từ 10 đến 15 tỷ đồng"
        self.range_re = regex.compile(r"\s*" + choices(numbers.range_words.forms)
                                      + r"\s*(\d+(?:[.,]\d+)*)(?!\d)", FLAGS)
        opener = choices(numbers.range_openers.forms)
        self.range_opener_re = regex.compile(r"(?:^|[^\p{L}])" + opener + r"\s*$", FLAGS)
        self.range_opener_end_re = regex.compile(r"\b" + opener + r"\s*$", FLAGS)
        # scale words
        self.scale_factor = {fold(f): s.factor for s in numbers.scales for f in s.forms}
        self.scale_re = regex.compile(r"\s*(" + alternation(self.scale_factor, False) + ")"
                                      + r"(?!\s+" + alternation(numbers.scale_not_before.forms) + ")", FLAGS)
        self.number_words = {fold(k): v for k, v in numbers.number_words.values.items()}
        self.multiple_words = {fold(w) for w in numbers.multiple_words.forms}
        self.never_alone_words = {fold(w) for w in numbers.never_alone.forms}
        self.scaled_only_words = {fold(w) for w in numbers.scaled_only.forms}
        self.half_re = regex.compile(r"\s+(" + alternation(numbers.halves.forms) + ")", FLAGS)
        self.number_word_re = regex.compile(r"(?P<w>" + alternation(self.number_words) + ")", FLAGS)
        # "gấp đôi": a multiple word before a number word (cues.toml kind.multiple)
        self.multiple_before_re = regex.compile(at_end(rules.cues.kind.multiple.forms), FLAGS)
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
        self.denominator_re = regex.compile(r"\s*/\s*(" + alternation(denominator_forms, False) + ")", FLAGS)
        self.count_noun_re = regex.compile(r"\s+(" + alternation(self.count_nouns) + ")", FLAGS)
        self.share_of_re = regex.compile(r"\s+(?:" + alternation(counts.share_of.forms) + r")\s+", FLAGS)
        self.not_noun_re = regex.compile(r"\s+(" + alternation(self.not_nouns) + ")", FLAGS)
        # qualifiers (approx), matched at the end of the text left of a number
        self.approx_by_form = {}
        for approx, forms in (("about", q.about.forms), ("over", q.over.forms), ("under", q.under.forms)):
            for form in forms:
                self.approx_by_form[fold(form)] = approx
        self.not_before_percent = {fold(w) for w in q.not_before_percent.forms}
        self.qualifier_re = regex.compile(
            "(?<!" + alternation(q.comparatives.forms) + r"\s+)(" + alternation(self.approx_by_form) + r")\s*$",
            FLAGS)
        self.exclusions = [(e.name, regex.compile(expand_macros(e.pattern, rules.macros), FLAGS))
                           for e in rules.exclusions.patterns]


def _scale_of(scale_m: Optional["regex.Match"], p: Patterns) -> Decimal:
    """The factor of a matched scale word ("tỷ" → 1e9), or 1."""
    return Decimal(repr(p.scale_factor[fold(scale_m.group(1))])) if scale_m else Decimal("1")


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


def find_quantities(text: str, rules: "RuleSet",
                    segment_word: Optional[Callable[[str], Optional[str]]] = None) -> list[Found]:
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
    for m in NUMBER_RE.finditer(text):
        if m.start(2) < consumed:
            continue
        hit = excluded.covering(m.start(2))
        if hit:
            continue
        q = _read(text, m, p, segment_word)
        if q is None:
            if not m.group(1):
                bare.append(m)
            continue
        found.append(q)
        consumed = q.end
    found.extend(_shares_of(text, bare, found, p))
    found.sort(key=lambda f: f.start)  # _number_words bisects on the starts
    found.extend(_number_words(text, p, excluded, found))
    found.sort(key=lambda f: f.start)
    return found


def _shares_of(text: str, bare: list[regex.Match], found: list[Found], p: Patterns) -> list[Found]:
    """"9 trong số 11 nhóm": a bare number counts the noun of the count after it."""
    by_start = {q.start: q for q in found if q.is_count and q.canonical == COUNT}
    out = []
    for m in bare:
        link = p.share_of_re.match(text, m.end(2), m.end(2) + 40)  # bounded: a required word is looked for only here
        whole = by_start.get(link.end()) if link else None
        if whole is None:
            continue
        number = parse_number(m.group(2))
        if number is None or number > whole.number:
            continue
        out.append(replace(whole, start=m.start(2), end=m.end(2), number=number, value=number,
                           number_max=None, value_max=None, approx=None, sign=None, qualifier_start=-1,
                           noun_start=whole.noun_start, rules=["count:share-of"]))
    return out


def _read(text: str, m: regex.Match, p: Patterns,
          segment_word: Optional[Callable[[str], Optional[str]]], allow_range: bool = True) -> Optional[Found]:
    rules: list[str] = []
    start, pos = m.start(2), m.end(2)
    raw = m.group(2)
    sign = m.group(1) or None
    if sign:
        before = text[:m.start(1)].rstrip()
        if m.start(1) > 0 and text[m.start(1) - 1] not in "( " or (before and before[-1].isdigit()):
            sign = None
        else:
            start = m.start(1)
    left = text[max(0, start - 40):start]
    from_word = bool(p.range_opener_re.search(left))
    # range: "10-15%", "từ 10 đến 15 tỷ đồng", "7 - 7,5 triệu"
    number_max_raw = None
    rng = p.range_re.match(text, pos, pos + REACH) if allow_range else None
    if rng and not p.year_re.fullmatch(raw):
        number_max_raw, range_end = rng.group(1), rng.end()
    else:
        rng = None
    after = range_end if rng else pos
    scale_m = p.scale_re.match(text, after, after + REACH)
    scale = _scale_of(scale_m, p)
    unit_parts: list[str] = []
    if scale_m:
        unit_parts.append(scale_m.group(1).lower())
        after = scale_m.end()
        rules.append("scale:" + fold(scale_m.group(1)))
    canonical = None
    noun_start = -1
    factor = Decimal("1")
    is_count = multiple = False
    unit_m = p.unit_re.match(text, after, after + REACH)
    if unit_m and scale_m and not p.unit_by_form[fold(unit_m.group(1))].scalable:
        unit_m = None  # "5 triệu %" is no unit
    if unit_m:
        unit = p.unit_by_form[fold(unit_m.group(1))]
        canonical, factor = unit.canonical, Decimal(repr(unit.factor))
        unit_parts.append(unit_m.group(1) if _acronym(unit_m.group(1), unit) else unit_m.group(1).lower())
        after = unit_m.end()
        multiple = canonical == TIMES
        rules.append("unit:" + unit.name)
    else:
        noun = p.count_noun_re.match(text, after, after + REACH)
        if noun:
            unit_parts.append(noun.group(1).lower())
            noun_start, after = noun.start(1), noun.end()
            rules.append("count:" + fold(noun.group(1)))
        else:
            nxt = NEXT_WORD_RE.match(text, after, after + REACH)
            word = None
            if nxt and fold(nxt.group(1)) not in p.not_nouns and not p.not_noun_re.match(text, after, after + REACH):
                word = nxt.group(1)
                if segment_word is not None:
                    word = segment_word(text[nxt.start(1):nxt.start(1) + 40])
                if not word or fold(word) in p.not_nouns or p.year_re.fullmatch(raw) or not word[:1].islower():
                    word = None
            if word:
                noun_start = text.index(word, after)
                unit_parts.append(word.lower())
                after = noun_start + len(word)
                rules.append("count:open-ended")
            elif not scale_m:
                return None
            else:
                noun_start = scale_m.start(1)
        canonical, is_count = COUNT, True
    # denominators: "/người/tháng", "/ha", "/năm"
    denominators: list[str] = []
    divisor = Decimal("1")
    while True:
        dm = p.denominator_re.match(text, after, after + 40)
        if not dm:
            break
        form = fold(dm.group(1))
        den = p.denominator_by_form.get(form) or p.unit_by_form.get(form)
        if den is not None:
            denominators.append(den.canonical)
            divisor *= Decimal(repr(den.factor))
        else:
            denominators.append(COUNT)
        unit_parts.append("/" + (dm.group(1) if den is not None and _acronym(dm.group(1), den) else dm.group(1).lower()))
        after = dm.end()
        rules.append("per:" + form)
    is_integer_thing = is_count and not denominators
    number = parse_number(raw, integer_only=is_integer_thing, scale_follows=bool(scale_m))
    if number is None:
        return None
    if sign == "-":
        number = -number
    number_max = None
    if number_max_raw is not None:
        number_max = parse_number(number_max_raw, integer_only=is_integer_thing,
                                  scale_follows=bool(scale_m))
        if number_max is None or number_max <= abs(number):
            # "3 - 2" is no range: keep the first number alone
            number_max = None
            return _read(text, m, p, segment_word, allow_range=False)
    if canonical == COUNT and not unit_parts:
        return None
    unit_text = _join_unit(unit_parts)
    canonical_full = "/".join([canonical] + denominators)
    multiplier = scale * factor / divisor
    q = Found(start=start, end=after, number=number, unit=unit_text, canonical=canonical_full,
              value=number * multiplier, number_max=number_max,
              value_max=number_max * multiplier if number_max is not None else None,
              is_count=is_count, sign=sign, multiple=multiple, noun_start=noun_start, rules=rules)
    _qualify(text, q, p, from_word)
    return q


def _acronym(written: str, unit) -> bool:
    """Keep the writer's capitals only for forms the rule file writes with capitals (USD, kWh)."""
    return any(f.lower() == written.lower() and any(c.isupper() for c in f) for f in unit.forms)


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


def _number_words(text: str, p: Patterns, excluded: _Excluded, found: list[Found]) -> list[Found]:
    """Quantities spelled in words: "hai nhóm", "ba triệu rưỡi", "gấp đôi"."""
    if not p.number_words:
        return []
    out: list[Found] = []
    taken_starts = [f.start for f in found]
    pattern = p.number_word_re
    for m in pattern.finditer(text):
        gap = p.multiple_before_re.search(text, max(0, m.start() - 12), m.start())
        start = gap.start() if gap else m.start()
        i = bisect.bisect_right(taken_starts, start) - 1
        if (i >= 0 and found[i].end > start) or excluded.covering(start):
            continue
        word = fold(m.group("w"))
        value = Decimal(repr(p.number_words[word]))
        after = m.end()
        scale_m = p.scale_re.match(text, after, after + REACH)
        if gap:
            if word not in p.multiple_words:
                continue
            q = Found(start=start, end=m.end("w"), number=value, unit=p.multiple_unit, canonical=TIMES,
                      value=value, multiple=True, rules=["number-word:multiple"])
            out.append(q)
            continue
        if word in p.never_alone_words or (value < 1 and not scale_m):
            continue  # "nửa" only before a scale word: "nửa triệu lượt khách"
        unit_parts = []
        scale = _scale_of(scale_m, p)
        if scale_m:
            unit_parts.append(scale_m.group(1).lower())
            after = scale_m.end()
            half = p.half_re.match(text, after, after + REACH)
            if half:
                value += Decimal("0.5")
                after = half.end()
        elif word in p.scaled_only_words:
            continue  # "một số", "năm nay": too often not a quantity
        unit_m = p.unit_re.match(text, after, after + REACH)
        if unit_m and p.unit_by_form[fold(unit_m.group(1))].canonical not in (TIMES, PERCENT):
            unit = p.unit_by_form[fold(unit_m.group(1))]
            unit_parts.append(unit_m.group(1) if _acronym(unit_m.group(1), unit) else unit_m.group(1).lower())
            canonical, factor, is_count = unit.canonical, Decimal(repr(unit.factor)), False
            after = unit_m.end()
        else:
            noun = p.count_noun_re.match(text, after, after + REACH)
            noun_start = scale_m.start(1) if scale_m else -1
            if noun and not scale_m and NAMED_AFTER.match(text, noun.end(), noun.end() + REACH):
                continue  # "hai tỉnh Hưng Yên và Thái Bình" lists names, it measures nothing
            if noun:
                unit_parts.append(noun.group(1).lower())
                noun_start, after = noun.start(1), noun.end()
            elif not scale_m:
                continue
            canonical, factor, is_count = COUNT, Decimal("1"), True
        q = Found(start=m.start("w"), end=after, number=value, unit=_join_unit(unit_parts),
                  canonical=canonical, value=value * scale * factor, is_count=is_count,
                  noun_start=noun_start if is_count else -1, rules=["number-word:" + word])
        _qualify(text, q, p, False)
        out.append(q)
    return out
