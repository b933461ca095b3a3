"""Stage 4a: find period expressions and resolve them to ``from``/``to``.

The patterns and their resolvers come from ``rules/periods.toml``; this
module only knows how each resolver turns matched groups and the
publication date into dates. Overlapping matches keep the longest.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import dataclass, replace
from typing import Iterator, Optional

import regex

from ._lexicon import Compiled, fold

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class Published:
    """The publication date as parts (any may be None)."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None

    @classmethod
    def parse(cls, value: Optional[str]) -> "Published":
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


@dataclass(frozen=True)
class PeriodMention:
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


def _num(value: Optional[str]) -> Optional[int]:
    if value is None:
        return None
    value = fold(value)
    return int(value) if value.isdigit() else None


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + delta
    return total // 12, total % 12 + 1


def resolve(resolver: str, groups: dict[str, Optional[str]], pub: Published
            ) -> Optional[tuple[Optional[str], Optional[str]]]:
    """``(from, to)`` for one match, or None if the date is needed and unknown."""
    g = {k: v for k, v in groups.items() if v is not None}
    y = _num(g.get("y"))
    Y, M = pub.year, pub.month
    if resolver in ("base", "same_period", "this_month"):
        return (None, None)  # resolved from the period before it (``_relative_to_earlier``)
    if resolver == "year":
        return (str(y), str(y))
    if resolver == "range":
        return (g["y1"], g["y2"]) if int(g["y1"]) <= int(g["y2"]) else None
    if resolver == "month":
        m = _num(g["m"])
        if y is None:
            if Y is None:
                return None
            y = Y if M is None or m <= M else Y - 1
        return (_ym(y, m), _ym(y, m))
    if resolver == "month_range":
        m1 = _num(g.get("m1")) or 1
        if "m1" not in g and g["y1"] != g["y2"]:
            return (g["y1"], _ym(int(g["y2"]), _num(g["m2"])))  # "từ năm 2011 đến tháng 10/2014"
        # "từ đầu năm 2024 đến hết tháng 9/2024": the months of one year
        return (_ym(int(g["y1"]), m1), _ym(int(g["y2"]), _num(g["m2"])))
    if resolver == "quarter":
        q = ROMAN.get(fold(g["q"])) or int(g["q"])
        if y is None:
            if Y is None:
                return None
            y = Y
        return (_ym(y, 3 * q - 2), _ym(y, 3 * q))
    if resolver in ("first_months", "last_months_of_year"):
        n = _num(g["n"])
        if not n or n > 12:
            return None
        if y is None:
            if Y is None:
                return None
            y = Y
        if resolver == "first_months":
            return (_ym(y, 1), _ym(y, n))
        return (_ym(y, 13 - n), _ym(y, 12))
    if resolver == "until":
        if "d" in g:
            return (None, f"{y:04d}-{_num(g['m']):02d}-{_num(g['d']):02d}")
        if "m" in g:
            return (None, _ym(y, _num(g["m"])))
        if "q" in g:
            q = ROMAN.get(fold(g["q"])) or int(g["q"])
            return (None, _ym(y, 3 * q))
        return (None, str(y))
    if resolver == "day_range":  # "dịp lễ 30/4 – 1/5", "dịp lễ 2/9": the year is written or the publication's
        if y is None:
            if Y is None:
                return None
            y = Y
        d2, m2 = g.get("d2", g["d1"]), g.get("m2", g["m1"])
        return (f"{y:04d}-{_num(g['m1']):02d}-{_num(g['d1']):02d}", f"{y:04d}-{_num(m2):02d}-{_num(d2):02d}")
    if resolver == "target_year":
        if Y is None or y > Y:
            return (str(y), str(y))
        return (None, str(y))
    if resolver == "until_now":
        return (None, pub.iso()) if Y is not None else None
    if resolver == "from_year_until_now":
        return (g["y1"], pub.iso()) if Y is not None else None
    if Y is None:
        return None
    if resolver == "last_n_years":
        n = _num(g["n"])
        return (str(Y - n + 1), str(Y)) if n else None
    if resolver == "this_year":
        return (str(Y), str(Y))
    if resolver == "previous_year":
        return (str(Y - 1), str(Y - 1))
    if resolver == "year_to_date":
        return (_ym(Y, 1), _ym(Y, M)) if M else (str(Y), str(Y))
    if resolver == "last_n_months":
        n = _num(g["n"])
        if not n or M is None:
            return None
        fy, fm = _shift_month(Y, M, -(n - 1))
        return (_ym(fy, fm), _ym(Y, M))
    raise ValueError(f"unknown period resolver {resolver!r}")  # pragma: no cover - validated on load


def _valid(fr: Optional[str], to: Optional[str]) -> bool:
    """Both ends are real dates and the period does not run backwards."""
    for value in (fr, to):
        if value is not None and len(value) == 10:
            try:
                _dt.date.fromisoformat(value)
            except ValueError:
                return False
    if fr is not None and to is not None:
        n = min(len(fr), len(to))
        return fr[:n] <= to[:n]
    return True


def _begins_after(fr: Optional[str], pub: Published) -> bool:
    published = pub.iso()
    if fr is None or published is None:
        return False
    return fr[: len(published)] > published[: len(fr)]


RELATIVE = {"until_now", "from_year_until_now", "last_n_years", "this_year", "previous_year",
            "year_to_date", "last_n_months"}


def _matches(pattern, text: str, spans: Optional[list[tuple[int, int]]]):
    if spans is None:
        yield from pattern.finditer(text)
        return
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


class Mentions(list):
    """Period mentions sorted by start and not overlapping, with range queries by bisection."""

    def __init__(self, items: list[PeriodMention]):
        super().__init__(items)
        self.starts = [m.start for m in items]
        self.ends = [m.end for m in items]
        self.target_year_starts = [m.start for m in items if m.is_target_year]

    def has_target_year(self, lo: int, hi: int) -> bool:
        """Whether a goal's year ("đến năm 2025") starts in [lo, hi)."""
        i = bisect.bisect_left(self.target_year_starts, lo)
        return i < len(self.target_year_starts) and self.target_year_starts[i] < hi

    def overlapping(self, lo: int, hi: int) -> list[PeriodMention]:
        """Mentions that overlap [lo, hi)."""
        return self[bisect.bisect_right(self.ends, lo):bisect.bisect_left(self.starts, hi)]

    def within(self, lo: int, hi: int) -> list[PeriodMention]:
        """Mentions that lie inside [lo, hi]."""
        return self[bisect.bisect_left(self.starts, lo):bisect.bisect_right(self.ends, hi)]

    def within_reversed(self, lo: int, hi: int) -> Iterator[PeriodMention]:
        """Mentions inside [lo, hi], nearest ``hi`` first, produced lazily: a caller that
        stops at the first it wants costs no more than the mentions it looks at."""
        first = bisect.bisect_left(self.starts, lo)
        for i in range(bisect.bisect_right(self.ends, hi) - 1, first - 1, -1):
            yield self[i]


def find_periods(text: str, lex: Compiled, pub: Published,
                 spans: Optional[list[tuple[int, int]]] = None) -> Mentions:
    """Every period mention in ``text`` (or only inside ``spans``), longest where they overlap."""
    candidates = []
    for name, resolver, local, pattern in lex.periods:
        for m in _matches(pattern, text, spans):
            if m.end() == m.start():
                continue
            groups = m.groupdict()
            if groups.get("n") and not groups["n"].isdigit():  # "sáu tháng đầu năm"
                groups["n"] = str(lex.small_numbers.get(fold(groups["n"]), 0))
            resolved = resolve(resolver, groups, pub)
            if resolved is not None and not _valid(*resolved):
                continue  # "đến ngày 31/2/2020", "từ tháng 10/2014 đến tháng 3/2013"
            if resolved is None and resolver not in RELATIVE and resolver not in ("base", "same_period", "this_month"):
                continue
            if resolver == "base" and m.end() - m.start() <= 2:
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            fr, to = resolved if resolved else (None, None)
            candidates.append(PeriodMention(start, end, name, resolver, fr, to,
                                            is_base=resolver == "base",
                                            is_target_year=resolver == "target_year" and fr is not None,
                                            relative=resolver in RELATIVE,
                                            unresolved=resolved is None and resolver != "base",
                                            local=local,
                                            future=resolver != "target_year" and _begins_after(fr, pub)))
    candidates.sort(key=lambda c: (-(c.end - c.start), c.start))
    starts: list[int] = []  # chosen spans, sorted and disjoint
    chosen: list[PeriodMention] = []
    for c in candidates:
        i = bisect.bisect_left(starts, c.start)
        if i < len(chosen) and chosen[i].start < c.end:
            continue
        if i > 0 and chosen[i - 1].end > c.start:
            continue
        starts.insert(i, c.start)
        chosen.insert(i, c)
    return Mentions(_relative_to_earlier(text, [_mark_local(text, c, lex) for c in chosen]))


def _relative_to_earlier(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """Resolve the periods that point back at an earlier one.

    A quoted same period takes the period stated before it in its paragraph,
    a year back (or in the year written); "trong tháng" takes the last month
    named before it ("CPI tháng 10/2024 tăng ... Trong tháng, 8 nhóm ...").
    """
    out: list[PeriodMention] = []
    last_month: Optional[PeriodMention] = None
    for m in mentions:
        if m.resolver == "month":
            last_month = m
        if m.resolver == "this_month":
            m = (replace(m, from_=last_month.from_, to=last_month.to) if last_month is not None
                 else replace(m, is_base=True))  # no month to point at: not a period
        elif m.resolver == "same_period":
            before = next((p for p in reversed(out) if not p.is_base and p.resolver != "same_period"
                           and (p.from_ or p.to) and "\n" not in text[p.end:m.start]), None)
            year = regex.search(r"\d{4}", text[m.start:m.end])
            if before is None:
                m = replace(m, is_base=True)
            else:
                m = replace(m, from_=_move_year(before.from_, year), to=_move_year(before.to, year), local=True)
        out.append(m)
    return out


def _move_year(value: Optional[str], year: Optional[regex.Match]) -> Optional[str]:
    if value is None:
        return None
    y = int(year.group()) if year else int(value[:4]) - 1
    return f"{y:04d}{value[4:]}"


_CLAUSE_START = regex.compile(r"[;:.!?()\n]")
_OPENS_CLAUSE = regex.compile(r",\s*$")
ASIDE_GOES_ON = regex.compile(r"[^()]{1,80}\)")  # more words after the period inside its "(...)"


def _mark_local(text: str, mention: PeriodMention, lex: Compiled) -> PeriodMention:
    """Flag a period that names a plan's horizon inside its clause ("quy hoạch ... đến năm 2020")."""
    if mention.is_base:
        return mention
    if lex.base_before_re.search(text, max(0, mention.start - 40), mention.start):
        # "so với mức giá năm 2019", "gấp đôi mức giá năm 2019": a comparison base a few words on
        return replace(mention, is_base=True)
    lo = max(0, mention.start - 120)
    before = text[lo:mention.start]
    cut = None
    for cut in _CLAUSE_START.finditer(before):
        pass
    if mention.local:
        return mention
    if (cut is not None and cut.group() == "(" and not before[cut.end():].strip()
            and ASIDE_GOES_ON.match(text, mention.end)):
        return replace(mention, local=True)  # "(năm 2022 là 3,91%)": an aside's own period
    clause = before[cut.end():] if cut else before
    if lex.sentence_only_re.search(clause):
        mention = replace(mention, sentence_only=True)
    if _OPENS_CLAUSE.search(clause):
        return mention  # "Đề án ... 2021–2025, | từ năm 2021 đến nay ...": a new clause, not the plan's horizon
    if clause.strip() and lex.plan_noun_re.search(clause):
        return replace(mention, local=True)
    return mention
