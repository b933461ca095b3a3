"""Stage 4: find period expressions and resolve them to ``from``/``to``.

The patterns come from ``periods.toml``, each naming a resolver; this module
only knows how each resolver turns the matched groups (and the publication
date) into dates. Overlapping matches keep the longest. A period that
points back at an earlier one ("trong tháng", "(cùng kỳ năm trước ...)") is
resolved from it; a comparison base ("so với cùng kỳ năm 2019") is marked,
never a fact's period.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterator, Optional

import regex

from .._context import Mentions, PeriodMention, Published
from .._rules.patterns import FLAGS, LEFT, alternation, choices, expand_macros, first_letters, fold

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

Dates = Optional[tuple[Optional[str], Optional[str]]]
Groups = dict[str, str]


class Patterns:
    """The period patterns of a rule set and the words around them, compiled once."""

    def __init__(self, rules: "RuleSet"):
        p = rules.periods
        numbers = rules.numbers
        number_words = {fold(k): v for k, v in numbers.number_words.values.items()}
        never_alone = {fold(w) for w in numbers.never_alone.forms}
        # {N}: digits or a number word up to twelve ("sáu tháng đầu năm")
        self.small_numbers = {w: int(v) for w, v in number_words.items()
                              if v == int(v) and 1 <= v <= 12 and w not in never_alone}
        self.quarters = {fold(k): int(v) for k, v in p.quarters.values.items()}
        self.year_re = regex.compile(expand_macros("{Y}", rules.macros))
        # no left bound: one at every position would slow every {N} pattern down
        macros = dict(rules.macros)
        macros["{N}"] = (first_letters(self.small_numbers, also=r"\d") + r"(?:\d{1,2}|"
                         + choices(self.small_numbers) + r"(?![\p{L}\p{M}]))")
        season = choices(p.seasons.forms)
        macros["{SEASON}"] = season + r"(?:\s*-\s*" + season + r")?(?![\p{L}\p{M}])"
        # the range words that are words ("đến", "tới"; "-" is written in the patterns themselves)
        macros["{TO}"] = choices([w for w in numbers.range_words.forms if any(c.isalpha() for c in w)]
                                 or ["-"])
        self.patterns = [(e.name, e.resolve, e.local, e.params,
                          regex.compile(LEFT + "(?:" + expand_macros(e.pattern, macros) + ")", FLAGS))
                         for e in p.patterns]
        self.plan_noun_re = regex.compile(alternation(p.plan_nouns.forms), FLAGS)
        self.sentence_only_re = regex.compile(alternation(p.sentence_only_cues.forms), FLAGS)
        self.base_before_re = regex.compile(
            "(?:" + alternation(p.base_cues.forms) + r")\s+(?:(?:[^\W\d]+|\d+(?:[.,]\d+)*%?)\s+){0,4}$", FLAGS)


# ------------------------------------------------------------------ resolvers
# Each takes the matched groups (digits, number words already read), the
# publication date and the pattern's params, and gives (from, to), or None
# when the date it needs is unknown. ``_rules/resolvers.py`` declares what
# each needs; a test checks the two tables agree.


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + delta
    return total // 12, total % 12 + 1


def _year_or_published(g: Groups, pub: Published) -> Optional[int]:
    return int(g["y"]) if "y" in g else pub.year


def _year(g: Groups, pub: Published, params: dict) -> Dates:
    """>>> _year({"y": "2020"}, Published(), {})
    ('2020', '2020')
    """
    return (g["y"], g["y"])


def _years(g: Groups, pub: Published, params: dict) -> Dates:
    first, last = g.get("y1", g.get("y")), g.get("y2", g.get("y1", g.get("y")))
    return (first, last) if int(first) <= int(last) else None


def _range(g: Groups, pub: Published, params: dict) -> Dates:
    return (g["y1"], g["y2"]) if int(g["y1"]) <= int(g["y2"]) else None


def _month(g: Groups, pub: Published, params: dict) -> Dates:
    """A month; with no year, the publication's (or the year before, for a later month).

    >>> _month({"m": "11"}, Published(2024, 2), {})
    ('2023-11', '2023-11')
    """
    m = int(g["m"])
    if "y" in g:
        y = int(g["y"])
    elif pub.year is None:
        return None
    else:
        y = pub.year if pub.month is None or m <= pub.month else pub.year - 1
    return (_ym(y, m), _ym(y, m))


def _month_range(g: Groups, pub: Published, params: dict) -> Dates:
    if "m1" not in g and g["y1"] != g["y2"]:
        return (g["y1"], _ym(int(g["y2"]), int(g["m2"])))  # "từ năm 2011 đến tháng 10/2014"
    # "từ đầu năm 2024 đến hết tháng 9/2024": the months of one year
    return (_ym(int(g["y1"]), int(g.get("m1") or 1)), _ym(int(g["y2"]), int(g["m2"])))


def _months(g: Groups, pub: Published, params: dict) -> Dates:
    """Fixed months of a year ("nửa đầu năm 2024": from_month 1, to_month 6).

    >>> _months({"y": "2024"}, Published(), {"from_month": 1, "to_month": 6})
    ('2024-01', '2024-06')
    """
    y = _year_or_published(g, pub)
    if y is None:
        return None
    return (_ym(y, params["from_month"]), _ym(y, params["to_month"]))


def _quarter_number(g: Groups, quarters: dict[str, int]) -> int:
    return quarters.get(fold(g["q"])) or int(g["q"])


def _first_or_last_months(first: bool) -> Callable[..., Dates]:
    def resolve(g: Groups, pub: Published, params: dict) -> Dates:
        n = int(g["n"])
        y = _year_or_published(g, pub)
        if not n or n > 12 or y is None:
            return None
        return (_ym(y, 1), _ym(y, n)) if first else (_ym(y, 13 - n), _ym(y, 12))
    return resolve


def _until(g: Groups, pub: Published, params: dict) -> Dates:
    y = int(g["y"])
    if "d" in g:
        return (None, f"{y:04d}-{int(g['m']):02d}-{int(g['d']):02d}")
    if "m" in g:
        return (None, _ym(y, int(g["m"])))
    if "q" in g:
        return (None, _ym(y, 3 * int(g["q"])))
    return (None, str(y))


def _day_range(g: Groups, pub: Published, params: dict) -> Dates:
    """"dịp lễ 30/4 – 1/5", "dịp lễ 2/9": the year is written or the publication's."""
    y = _year_or_published(g, pub)
    if y is None:
        return None
    d2, m2 = g.get("d2", g["d1"]), g.get("m2", g["m1"])
    return (f"{y:04d}-{int(g['m1']):02d}-{int(g['d1']):02d}", f"{y:04d}-{int(m2):02d}-{int(d2):02d}")


def _target_year(g: Groups, pub: Published, params: dict) -> Dates:
    y = int(g["y"])
    return (str(y), str(y)) if pub.year is None or y > pub.year else (None, str(y))


def _needs_published(fn: Callable[[Groups, Published, dict], Dates]) -> Callable[..., Dates]:
    def resolve(g: Groups, pub: Published, params: dict) -> Dates:
        return None if pub.year is None else fn(g, pub, params)
    return resolve


def _last_n_years(g: Groups, pub: Published, params: dict) -> Dates:
    n = int(g["n"])
    return (str(pub.year - n + 1), str(pub.year)) if n else None


def _year_to_date(g: Groups, pub: Published, params: dict) -> Dates:
    Y, M = pub.year, pub.month
    return (_ym(Y, 1), _ym(Y, M)) if M else (str(Y), str(Y))


def _last_n_months(g: Groups, pub: Published, params: dict) -> Dates:
    n = int(g["n"])
    if not n or pub.month is None:
        return None
    fy, fm = _shift_month(pub.year, pub.month, -(n - 1))
    return (_ym(fy, fm), _ym(pub.year, pub.month))


def _from_earlier(g: Groups, pub: Published, params: dict) -> Dates:
    return (None, None)  # resolved from the period before it (``_relative_to_earlier``)


RESOLVE: dict[str, Callable[[Groups, Published, dict], Dates]] = {
    "year": _year,
    "years": _years,
    "range": _range,
    "month": _month,
    "month_range": _month_range,
    "months": _months,
    "quarter": lambda g, pub, params: None,  # set with the rule set's Roman numerals in ``resolve``
    "first_months": _first_or_last_months(True),
    "last_months_of_year": _first_or_last_months(False),
    "until": _until,
    "until_now": _needs_published(lambda g, pub, params: (None, pub.iso())),
    "target_year": _target_year,
    "from_year_until_now": _needs_published(lambda g, pub, params: (g["y1"], pub.iso())),
    "last_n_years": _needs_published(_last_n_years),
    "this_year": _needs_published(lambda g, pub, params: (str(pub.year), str(pub.year))),
    "previous_year": _needs_published(lambda g, pub, params: (str(pub.year - 1), str(pub.year - 1))),
    "year_to_date": _needs_published(_year_to_date),
    "last_n_months": _needs_published(_last_n_months),
    "day_range": _day_range,
    "same_period": _from_earlier,
    "this_month": _from_earlier,
    "base": _from_earlier,
}
FROM_EARLIER = {"base", "same_period", "this_month"}
RELATIVE = {"until_now", "from_year_until_now", "last_n_years", "this_year", "previous_year",
            "year_to_date", "last_n_months"}


def resolve(resolver: str, groups: dict[str, Optional[str]], pub: Published, p: Patterns,
            params: Optional[dict] = None) -> Dates:
    """``(from, to)`` for one match, or None if the date is needed and unknown."""
    g = {k: v for k, v in groups.items() if v is not None}
    if "q" in g:  # a quarter in Roman numerals or digits
        q = _quarter_number(g, p.quarters)
        if resolver == "quarter":
            y = _year_or_published(g, pub)
            return None if y is None else (_ym(y, 3 * q - 2), _ym(y, 3 * q))
        g["q"] = str(q)
    return RESOLVE[resolver](g, pub, params or {})


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


# ------------------------------------------------------------------ finding


def _matches(pattern: "regex.Pattern", text: str, spans: Optional[list[tuple[int, int]]]
             ) -> Iterator["regex.Match"]:
    if spans is None:
        yield from pattern.finditer(text)
        return
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


def find_periods(text: str, rules: "RuleSet", pub: Published,
                 spans: Optional[list[tuple[int, int]]] = None) -> Mentions:
    """Every period mention in ``text`` (or only inside ``spans``), longest where they overlap."""
    p = rules.compiled(Patterns)
    candidates = []
    for name, resolver, local, params, pattern in p.patterns:
        for m in _matches(pattern, text, spans):
            if m.end() == m.start():
                continue
            groups = m.groupdict()
            if groups.get("n") and not groups["n"].isdigit():  # "sáu tháng đầu năm"
                groups["n"] = str(p.small_numbers.get(fold(groups["n"]), 0))
            resolved = resolve(resolver, groups, pub, p, params)
            if resolved is not None and not _valid(*resolved):
                continue  # "đến ngày 31/2/2020", "từ tháng 10/2014 đến tháng 3/2013"
            if resolved is None and resolver not in RELATIVE and resolver not in FROM_EARLIER:
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
                                            future=resolver != "target_year" and pub.begins_after(fr)))
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
    return Mentions(_relative_to_earlier(text, [_mark_local(text, c, p) for c in chosen], p))


def _relative_to_earlier(text: str, mentions: list[PeriodMention], p: Patterns) -> list[PeriodMention]:
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
            before = next((e for e in reversed(out) if not e.is_base and e.resolver != "same_period"
                           and (e.from_ or e.to) and "\n" not in text[e.end:m.start]), None)
            year = p.year_re.search(text, m.start, m.end)
            if before is None:
                m = replace(m, is_base=True)
            else:
                m = replace(m, from_=_move_year(before.from_, year), to=_move_year(before.to, year), local=True)
        out.append(m)
    return out


def _move_year(value: Optional[str], year: Optional["regex.Match"]) -> Optional[str]:
    if value is None:
        return None
    y = int(year.group()) if year else int(value[:4]) - 1
    return f"{y:04d}{value[4:]}"


_CLAUSE_START = regex.compile(r"[;:.!?()\n]")
_OPENS_CLAUSE = regex.compile(r",\s*$")
ASIDE_GOES_ON = regex.compile(r"[^()]{1,80}\)")  # more words after the period inside its "(...)"


def _mark_local(text: str, mention: PeriodMention, p: Patterns) -> PeriodMention:
    """Flag a period that names a plan's horizon inside its clause ("quy hoạch ... đến năm 2020")."""
    if mention.is_base:
        return mention
    if p.base_before_re.search(text, max(0, mention.start - 40), mention.start):
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
    if p.sentence_only_re.search(clause):
        mention = replace(mention, sentence_only=True)
    if _OPENS_CLAUSE.search(clause):
        return mention  # "Đề án ... 2021–2025, | từ năm 2021 đến nay ...": a new clause, not the plan's horizon
    if clause.strip() and p.plan_noun_re.search(clause):
        return replace(mention, local=True)
    return mention
