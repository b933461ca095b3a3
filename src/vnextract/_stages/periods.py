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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterator, Optional

import regex

from .._context import Mentions, PeriodMention, Published
from .._dates import move_year
from .._rules.patterns import FLAGS, LEFT, alternation, choices, expand_macros, first_letters, fold

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

Dates = Optional[tuple[Optional[str], Optional[str]]]
Groups = dict[str, str]
CUE_REACH = 40  # how far before a period a plan or cut-off word is looked for
CUT_OFF_SPANS = {"first_months", "months", "quarter", "month", "year"}  # may end at a cut-off


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
        # {N} in a period also reads the words that count months there only ("năm tháng đầu năm")
        self.small_numbers.update({fold(k): int(v) for k, v in p.count_words.values.items()})
        self.quarters = {fold(k): int(v) for k, v in p.quarters.values.items()}
        self.month_words = {fold(k): int(v) for k, v in p.month_words.values.items()}
        self.year_stems = {fold(k): int(v) for k, v in p.year_stems.values.items()}
        self.year_branches = {fold(k): int(v) for k, v in p.year_branches.values.items()}
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
        macros["{MONTHWORD}"] = choices(p.month_words.values) if p.month_words.values else r"(?!)"
        macros["{STEM}"] = choices(p.year_stems.values) if p.year_stems.values else r"(?!)"
        macros["{BRANCH}"] = choices(p.year_branches.values) if p.year_branches.values else r"(?!)"
        self.patterns = [(e.name, e.resolve, e.local, e.params,
                          regex.compile(LEFT + "(?:" + expand_macros(e.pattern, macros) + ")", FLAGS))
                         for e in p.patterns]
        self.plan_noun_re = regex.compile(alternation(p.plan_nouns.forms), FLAGS)
        # "đạt 64,8% kế hoạch vốn | năm 2024": the share of a plan, whose year follows
        self.plan_share_re = regex.compile(
            r"\d\s*%\s+" + alternation(p.plan_figures.forms) + r"(?:\s+[\p{L}\p{M}]+){0,3}\s*$", FLAGS)
        self.sentence_only_re = regex.compile(
            r"(?<![\p{L}\p{M}])(?<!" + alternation(p.sentence_only_not_after.forms) + r"\s+)"
            + alternation(p.sentence_only_cues.forms) + r"(?![\p{L}\p{M}])", FLAGS)
        self.cause_re = regex.compile(alternation(p.clause_ends.forms), FLAGS)
        self.target_cue_re = regex.compile(alternation(rules.cues.status.target.forms), FLAGS)
        self.cut_off_re = regex.compile("(?:" + alternation(p.cut_off_prefixes.forms) + r")\s+$", FLAGS)
        self.comparative_before_re = regex.compile(
            "(?:" + alternation(p.comparative_cues.forms) + r")\s+(?:[^\W\d]+\s+){0,4}$", FLAGS)
        self.name_before_re = regex.compile(
            "(?:" + alternation(p.name_cues.forms) + r")\s+(?:[^\W\d]+\s+){0,4}$", FLAGS)
        self.record_before_re = regex.compile(
            "(?:" + alternation(p.record_cues.forms) + r")\s+(?:[^\W\d]+\s+){0,6}$", FLAGS)
        self.base_before_re = regex.compile(
            "(?:" + alternation(p.base_cues.forms) + r")\s+(?:(?:[^\W\d]+|\d+(?:[.,]\d+)*%?)\s+){0,4}$", FLAGS)
        self.share_whole_before_re = regex.compile(
            r"%\s*(?:" + alternation(p.share_wholes.forms) + r")\s+$", FLAGS)
        self.own_link_before_re = regex.compile(r"(?<!\w)(?:" + alternation(p.own_links.forms) + r")\s+$", FLAGS)
        # "so với mức tăng 7,08% | của | năm 2018": right after a figure, the figure's own period
        self.figure_link_before_re = regex.compile(
            r"\d\s*(?:%|(?:[\p{L}\p{M}/]+\s+){1,3}?)\s*(?:" + alternation(p.figure_links.forms) + r")\s+$", FLAGS)


# ------------------------------------------------------------------ resolvers
# Each takes the matched groups (digits; number and month words already read),
# the reference date and the pattern's params, and gives (from, to), or None
# when the date it needs is unknown. ``_rules/resolvers.py`` declares what
# each needs; a test checks the two tables agree.


@dataclass(frozen=True)
class Reference:
    """What a relative period is resolved against.

    ``year`` and ``month`` are the report's: the publication's, or, where the
    text names the period of its latest figures ("8 tháng đầu năm 2012"), that
    period's year and last month ("từ đầu năm đến nay" → 2012-01..2012-08). A
    text with no publication date takes its year from the periods it writes
    out. ``published`` dates "đến nay" and "hiện nay", which only the
    publication date can.
    """

    year: Optional[int]
    month: Optional[int]
    published: Published
    # the whole past year a text reviews ("Xuất khẩu năm 2020: ..." published in January 2021):
    # its months and quarters written without a year are that year's
    reviewed_year: Optional[int] = None

    @classmethod
    def of(cls, pub: Published) -> "Reference":
        return cls(pub.year, pub.month, pub)


AHEAD_MONTHS = 3  # a later span of months with no year is the previous year's (_year_of_span)


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _ym_plus(y: int, m: int, months: int) -> str:
    """The month ``months`` after (or before, if negative) year ``y``, month ``m``."""
    total = y * 12 + m - 1 + months
    return _ym(total // 12, total % 12 + 1)


def _year_of(g: Groups, ref: Reference) -> Optional[int]:
    return int(g["y"]) if "y" in g else ref.year


def _year(g: Groups, ref: Reference, params: dict) -> Dates:
    """A year written out.

    >>> _year({"y": "2020"}, Reference(None, None, Published()), {})
    ('2020', '2020')
    """
    return (g["y"], g["y"])


def _years(g: Groups, ref: Reference, params: dict) -> Dates:
    first, last = g.get("y1", g.get("y")), g.get("y2", g.get("y1", g.get("y")))
    return (first, last) if int(first) <= int(last) else None


def _range(g: Groups, ref: Reference, params: dict) -> Dates:
    return (g["y1"], g["y2"]) if int(g["y1"]) <= int(g["y2"]) else None


def _month(g: Groups, ref: Reference, params: dict) -> Dates:
    """A month; with no year, the report's (or the year before, for a month after publication).

    >>> _month({"m": "11"}, Reference(2024, 2, Published(2024, 2)), {})
    ('2023-11', '2023-11')
    >>> _month({"m": "11"}, Reference(2024, 2, Published(2024, 2)), {"this_year": True})
    ('2024-11', '2024-11')
    """
    m = int(g["m"])
    y = _year_of_span(g, ref, params, m, ahead=0)
    return None if y is None else (_ym(y, m), _ym(y, m))


def _month_range(g: Groups, ref: Reference, params: dict) -> Dates:
    """A span of months ("từ tháng 1 đến tháng 8/2024"), in the year written, else the report's.

    >>> _month_range({"m1": "1", "m2": "8", "y2": "2024"}, Reference(None, None, Published()), {})
    ('2024-01', '2024-08')
    """
    y2 = int(g["y2"]) if "y2" in g else int(g["y1"]) if "y1" in g else ref.year  # "từ đầu năm 2023 đến tháng 5"
    if y2 is None:
        return None
    y1 = int(g.get("y1") or y2)
    if "m1" not in g and y1 != y2:
        return (str(y1), _ym(y2, int(g["m2"])))  # "từ năm 2011 đến tháng 10/2014"
    # "từ đầu năm 2024 đến hết tháng 9/2024": the months of one year
    return (_ym(y1, int(g.get("m1") or 1)), _ym(y2, int(g["m2"])))


def _months(g: Groups, ref: Reference, params: dict) -> Dates:
    """Fixed months of a year ("nửa đầu năm 2024": from_month 1, to_month 6).

    >>> _months({"y": "2024"}, Reference(None, None, Published()), {"from_month": 1, "to_month": 6})
    ('2024-01', '2024-06')
    """
    y = _year_of(g, ref)
    if y is None:
        return None
    return (_ym(y, params["from_month"]), _ym(y, params["to_month"]))


def _year_of_span(g: Groups, ref: Reference, params: dict, first_month: int,
                  ahead: int = AHEAD_MONTHS) -> Optional[int]:
    """The year of a month or span of months written without one: the report's, or the year
    before for one that begins more than ``ahead`` months after the report month ("quý IV", "hai
    tháng cuối năm" in a January report are the ones just ended; in September, the next ones,
    which plans and forecasts name; a single month after the report month is always the past)."""
    y = _year_of(g, ref)
    if y is None or "y" in g or params.get("this_year"):
        return y
    if ref.reviewed_year is not None:
        return ref.reviewed_year
    known = ref.published.month if ref.published.year == ref.year else ref.month
    return y - 1 if known is not None and first_month - known > ahead else y


def _quarter(g: Groups, ref: Reference, params: dict) -> Dates:
    """A quarter, in the year written or the one _year_of_span gives.

    >>> _quarter({"q": "4"}, Reference(2018, 1, Published(2018, 1, 3)), {})
    ('2017-10', '2017-12')
    >>> _quarter({"q": "4"}, Reference(2024, 9, Published(2024, 9)), {})
    ('2024-10', '2024-12')
    """
    q = int(g["q"])
    y = _year_of_span(g, ref, params, 3 * q - 2)
    return None if y is None else (_ym(y, 3 * q - 2), _ym(y, 3 * q))


def _first_months(g: Groups, ref: Reference, params: dict) -> Dates:
    """The first n months of the year written, else of the report year ("7 tháng qua" too).

    >>> _first_months({"n": "7"}, Reference(2022, 8, Published(2022, 8)), {})
    ('2022-01', '2022-07')
    >>> _first_months({"n": "3"}, Reference(2022, 10, Published(2022, 10)), {"months_each": 3})
    ('2022-01', '2022-09')
    """
    n, y = int(g["n"]) * params.get("months_each", 1), _year_of(g, ref)
    return None if not n or n > 12 or y is None else (_ym(y, 1), _ym(y, n))


def _months_past(g: Groups, ref: Reference, params: dict) -> Dates:
    """"N tháng qua": the first N months of the report year, as Vietnamese reports count them
    ("7 tháng qua" in August 2022 → 2022-01..2022-07); when that would run past the report
    month, the N months that end with it.

    >>> _months_past({"n": "3"}, Reference(2024, 2, Published(2024, 2)), {})
    ('2023-12', '2024-02')
    """
    n, Y, M = int(g["n"]), ref.year, ref.month
    if not n or n > 12 or Y is None:
        return None
    if M is None or n <= M:
        return (_ym(Y, 1), _ym(Y, n))
    return (_ym_plus(Y, M, 1 - n), _ym(Y, M))


def _last_months(g: Groups, ref: Reference, params: dict) -> Dates:
    """The last n months of a year ("hai tháng cuối năm"), in the year _year_of_span gives.

    >>> _last_months({"n": "2"}, Reference(2021, 1, Published(2021, 1, 5)), {})
    ('2020-11', '2020-12')
    """
    n = int(g["n"]) if "n" in g else params["n"]
    if not n or n > 12:
        return None
    y = _year_of_span(g, ref, params, 13 - n)
    return None if y is None else (_ym(y, 13 - n), _ym(y, 12))


def _until(g: Groups, ref: Reference, params: dict) -> Dates:
    if "y" not in g:  # "đến hết ngày 15/9": the last such day up to the report
        month = _month({"m": g["m"]}, ref, {})
        return None if month is None else (None, f"{month[1]}-{int(g['d']):02d}")
    y = int(g["y"])
    if "d" in g:
        return (None, f"{y:04d}-{int(g['m']):02d}-{int(g['d']):02d}")
    if "m" in g:
        return (None, _ym(y, int(g["m"])))
    if "q" in g:
        return (None, _ym(y, 3 * int(g["q"])))
    return (None, str(y))


def _day_range(g: Groups, ref: Reference, params: dict) -> Dates:
    """"dịp lễ 30/4 – 1/5", "từ ngày 3 – 9/4/2019", "phiên 31/10": the year is written, else the
    report's (the year before, for a day after publication: "ngày 30/12" read in January)."""
    m1 = g.get("m1", g.get("m2"))
    d2, m2 = g.get("d2", g["d1"]), g.get("m2", m1)
    last = _month({"m": m2}, ref, {}) if "y" not in g else None
    y = int(last[0][:4]) if last is not None else _year_of(g, ref)
    if y is None:
        return None
    y1 = int(g["y1"]) if "y1" in g else y  # "từ ngày 1/10/2023 đến 30/9/2024"
    return (f"{y1:04d}-{int(m1):02d}-{int(g['d1']):02d}", f"{y:04d}-{int(m2):02d}-{int(d2):02d}")


def _year_to_day(g: Groups, ref: Reference, params: dict) -> Dates:
    """"từ đầu năm đến ngày 15-8": January to that day of the year written or the report's."""
    y = _year_of(g, ref)
    return None if y is None else (_ym(y, 1), f"{y:04d}-{int(g['m']):02d}-{int(g['d']):02d}")


def _target_year(g: Groups, ref: Reference, params: dict) -> Dates:
    """A goal's year ("đến năm 2025" → 2025..2025); one already past at publication is a cut-off."""
    y, published = int(g["y"]), ref.published.year
    return (str(y), str(y)) if published is None or y >= published else (None, str(y))


def _now(ref: Reference) -> Optional[str]:
    return ref.published.iso() if ref.published.year is not None else None


def _today(g: Groups, ref: Reference, params: dict) -> Dates:
    """The publication day ("hôm nay", "sáng nay"), or ``back`` days before it ("hôm qua"), known
    only from a full publication date."""
    now = _now(ref)
    if now is None or len(now) < 10:
        return None
    if params.get("back"):
        now = (_dt.date.fromisoformat(now) - _dt.timedelta(days=params["back"])).isoformat()
    return now, now


def _until_now(g: Groups, ref: Reference, params: dict) -> Dates:
    now = _now(ref)
    return None if now is None else (None, now)


def _since(g: Groups, ref: Reference, params: dict) -> Dates:
    """"kể từ đầu năm 2019", "từ cuối tháng 11/2024 (đến nay)": open at the end unless "đến nay"
    is written and the publication date is known."""
    if "m" in g:
        month = _month(g, ref, {})  # with no year written, the last such month before publication
        if month is None:
            return None
        start = month[0] + (f"-{int(g['d']):02d}" if "d" in g else "")  # "từ ngày 9/5"
    else:
        y = _year_of(g, ref) if "y1" not in g else int(g["y1"])
        if y is None:
            return None
        start = _ym(y, 1) if params.get("from_january") else str(y)
    return (start, _now(ref) if params.get("until_now") else None)


def _last_n_years(g: Groups, ref: Reference, params: dict) -> Dates:
    n = int(g["n"])
    return None if not n or ref.year is None else (str(ref.year - n + 1), str(ref.year))


def _this_year(g: Groups, ref: Reference, params: dict) -> Dates:
    """The report year; "năm qua" (``past``) in a text of January dated by its publication
    alone is the year just ended."""
    if ref.year is None:
        return None
    pub = ref.published
    if params.get("past") and pub.month == 1 and pub.year == ref.year and ref.month in (None, 1):
        return (str(ref.year - 1), str(ref.year - 1))
    return (str(ref.year), str(ref.year))


def _school_year(g: Groups, ref: Reference, params: dict) -> Dates:
    """A school year named from the report's date: the one under way or about to start ("năm học
    mới" in September 2024 → 2024..2025; from June on, the next one is meant), moved by
    ``back`` years ("năm học qua" → 2023..2024). A crop year likewise, from the month ``turn``
    its new season is spoken of ("niên vụ này" in March 2024 → 2023..2024).

    >>> _school_year({}, Reference(2024, 11, Published(2024, 11)), {"turn": 10})
    ('2024', '2025')
    """
    if ref.year is None or ref.month is None:
        return None  # with no month the school year under way is unknown
    start = ref.year if ref.month >= int(params.get("turn", 6)) else ref.year - 1
    start -= int(params.get("back", 0))
    return (str(start), str(start + 1))


def _previous_year(g: Groups, ref: Reference, params: dict) -> Dates:
    return None if ref.year is None else (str(ref.year - 1), str(ref.year - 1))


def _previous_month(g: Groups, ref: Reference, params: dict) -> Dates:
    pub = ref.published
    if pub.year is None or pub.month is None:
        return None
    month = _ym_plus(pub.year, pub.month, -1)
    return (month, month)


def _next_n(g: Groups, ref: Reference, params: dict) -> Dates:
    """"12 tháng tới": the n months from the publication's; "hai năm tới": the n years after it."""
    n, pub = int(g["n"]), ref.published
    if not n or pub.year is None:
        return None
    if params["unit"] == "year":
        return (str(pub.year + 1), str(pub.year + n))
    if pub.month is None:
        return None
    return (_ym(pub.year, pub.month), _ym_plus(pub.year, pub.month, n - 1))


def _until_year_end(g: Groups, ref: Reference, params: dict) -> Dates:
    return None if ref.published.year is None else (None, str(ref.published.year))


def _year_to_date(g: Groups, ref: Reference, params: dict) -> Dates:
    """January to the report month: "từ đầu năm đến nay"."""
    Y, M = ref.year, ref.month
    if Y is None:
        return None
    return (_ym(Y, 1), _ym(Y, M) if M else None)  # with no report month, open at the end


CYCLE = 60  # the stems (10) and branches (12) name a year of a sixty-year cycle


def _cycle_year(g: Groups, ref: Reference, params: dict) -> Dates:
    """The year a stem and a branch name ("Tết Giáp Thìn"): the one of the cycle nearest the
    report year. ``cycle_start`` is a year that is the first stem and the first branch (1984,
    Giáp Tý).

    >>> _cycle_year({"stem": "0", "branch": "4"}, Reference(2024, 2, Published(2024, 2)), {"cycle_start": 1984})
    ('2024', '2024')
    >>> _cycle_year({"stem": "3", "branch": "9"}, Reference(2017, 1, Published(2017, 1)), {"cycle_start": 1984})
    ('2017', '2017')
    """
    stem, branch = int(g["stem"]), int(g["branch"])
    if stem < 0 or branch < 0 or (stem - branch) % 2 or ref.year is None:
        return None  # no such year ("Giáp Sửu"), or no report year to place it near
    offset = next((k for k in range(CYCLE) if k % 10 == stem and k % 12 == branch), None)
    if offset is None:
        return None  # a stem past 9 or a branch past 11 in a user's table: no year of the cycle
    start = params["cycle_start"] + offset
    year = start + round((ref.year - start) / CYCLE) * CYCLE
    return (str(year), str(year))


def _from_earlier(g: Groups, ref: Reference, params: dict) -> Dates:
    return (None, None)  # resolved from the period before it (``_relative_to_earlier``)


RESOLVE: dict[str, Callable[[Groups, Reference, dict], Dates]] = {
    "year": _year,
    "years": _years,
    "range": _range,
    "month": _month,
    "month_range": _month_range,
    "months": _months,
    "quarter": _quarter,
    "first_months": _first_months,
    "last_months_of_year": _last_months,
    "until": _until,
    "until_now": _until_now,
    "today": _today,
    "target_year": _target_year,
    "from_year_until_now": lambda g, ref, params: (g["y1"], _now(ref)),
    "since": _since,
    "last_n_years": _last_n_years,
    "this_year": _this_year,
    "previous_year": _previous_year,
    "previous_month": _previous_month,
    "next_n": _next_n,
    "until_year_end": _until_year_end,
    "year_end_in_scope": _from_earlier,
    "school_year": _school_year,
    "year_to_date": _year_to_date,
    "year_to_day": _year_to_day,
    "last_n_months": _months_past,
    "day_range": _day_range,
    "same_period": _from_earlier,
    "recurring": lambda g, ref, params: (None, None),
    "cycle_year": _cycle_year,
    "this_month": _from_earlier,
    "this_month_end": _from_earlier,
    "this_quarter": _from_earlier,
    "year_in_scope": _from_earlier,
    "base": _from_earlier,
}
# Relative periods that, unresolved (no report month), are no mention at all rather than a null
# period: "năm học vừa qua" in an undated interview must not hide the "năm học 2023-2024" before it
SILENT_UNRESOLVED = {"school_year"}
# the spans a record is set over ("8 năm qua", "mức thấp nhất kể từ năm 2009")
RECORD_RESOLVERS = {"last_n_years", "last_n_months", "since"}
FROM_EARLIER = {"base", "same_period", "this_month", "this_month_end", "this_quarter", "year_in_scope",
                "year_end_in_scope"}
# resolved against the report date; the others need only what is written
RELATIVE = {"until_now", "today", "cycle_year", "from_year_until_now", "last_n_years", "this_year",
            "previous_year", "previous_month", "next_n", "until_year_end", "school_year", "year_to_date",
            "last_n_months"}


def resolve(resolver: str, groups: dict[str, Optional[str]], ref: Reference, p: Patterns,
            params: Optional[dict] = None) -> Dates:
    """``(from, to)`` for one match, or None if the date is needed and unknown."""
    g = {k: v for k, v in groups.items() if v is not None}
    for key in ("m", "m1", "m2"):  # "tháng Ba"
        if key in g and not g[key].isdigit():
            g[key] = str(p.month_words.get(fold(g[key]), 0))
    if "q" in g:  # a quarter in Roman numerals or digits
        g["q"] = str(p.quarters.get(fold(g["q"])) or int(g["q"]))
    if "n" in g and not g["n"].isdigit():  # "sáu tháng đầu năm"
        g["n"] = str(p.small_numbers.get(fold(g["n"]), 0))
    if "stem" in g and "branch" in g:  # "Giáp Thìn": places in the sixty-year cycle
        g["stem"] = str(p.year_stems.get(fold(g["stem"]), -1))
        g["branch"] = str(p.year_branches.get(fold(g["branch"]), -1))
    return RESOLVE[resolver](g, ref, params or {})


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


@dataclass(frozen=True)
class Match:
    """A pattern's match, before it is resolved (kept, so that it can be resolved again)."""

    start: int
    end: int
    name: str
    resolver: str
    local: bool
    params: dict
    groups: dict


class Found:
    """The period matches of a text; ``resolve`` turns them into mentions for a reference date."""

    def __init__(self, text: str, matches: list[Match], p: Patterns):
        self.text, self.matches, self.p = text, matches, p

    def resolve(self, ref: Reference, report_period: Optional[PeriodMention] = None) -> Mentions:
        """Every period mention, resolved against ``ref``, longest where they overlap; a base's
        own figure with no period before it in its paragraph dates from the ``report_period``."""
        text, p = self.text, self.p
        candidates = []
        for m in self.matches:
            resolved = resolve(m.resolver, m.groups, ref, p, m.params)
            if resolved is not None and not _valid(*resolved):
                continue  # "đến ngày 31/2/2020", "từ tháng 10/2014 đến tháng 3/2013"
            if resolved is None and m.resolver in SILENT_UNRESOLVED:
                continue
            fr, to = resolved if resolved else (None, None)
            candidates.append(PeriodMention(m.start, m.end, m.name, m.resolver, fr, to,
                                            is_base=m.resolver == "base",
                                            is_target_year=m.resolver == "target_year" and fr is not None,
                                            relative=m.resolver in RELATIVE,
                                            unresolved=resolved is None and m.resolver != "base",
                                            local=m.local,
                                            sentence_only=m.resolver == "recurring",
                                            future=m.resolver != "target_year"
                                            and ref.published.begins_after(fr)))
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
        chosen = [_mark_local(text, _horizon_or_cut_off(text, c, p), p) for c in chosen]
        return Mentions(_relative_to_earlier(text, chosen, p, ref, report_period))


def find_periods(text: str, rules: "RuleSet", spans: Optional[list[tuple[int, int]]] = None) -> Found:
    """Every period expression in ``text`` (or only inside ``spans``), not yet resolved."""
    p = rules.compiled(Patterns)
    matches = []
    bounds = [(0, len(text))] if spans is None else spans
    for name, resolver, local, params, pattern in p.patterns:
        shortest = 3 if resolver == "base" else 1
        for lo, hi in bounds:
            for m in pattern.finditer(text, lo, hi):
                start, end = m.span()
                if end - start < shortest:
                    continue
                while end > start and text[end - 1].isspace():
                    end -= 1
                matches.append(Match(start, end, name, resolver, local, params, m.groupdict()))
    return Found(text, matches, p)


def reference(found: Found, first: Mentions, pub: Published,
              report_period: Optional[PeriodMention]) -> Reference:
    """The date relative periods are resolved against (see ``Reference``).

    ``first`` are the mentions as resolved against the publication date alone.
    The report period ("8 tháng đầu năm 2012" in the lead) gives the report
    month, and the year when the text has no publication date; failing that,
    the latest year the text writes out, or the year after a base it compares
    with ("so với cùng kỳ năm 2017" → 2018).
    """
    year, month = pub.year, pub.month
    if report_period is not None and report_period.to and not report_period.is_base:
        ry = int(report_period.to[:4])
        rm = int(report_period.to[5:7]) if len(report_period.to) >= 7 else None
        if year is None:
            year = ry
        if ry == year and rm is not None:
            month = rm
    if year is None:
        year = _written_year(found, first)
    reviewed = None
    headline_end = found.text.find("\n")
    if (report_period is not None and not report_period.is_base and pub.year is not None
            and report_period.written is None and 0 <= report_period.start < headline_end
            and report_period.from_ == report_period.to
            and report_period.to and len(report_period.to) == 4 and int(report_period.to) == pub.year - 1):
        reviewed = int(report_period.to)  # headline "Xuất khẩu năm 2020: ..." in 2021: "quý II" is 2020's
    return Reference(year, month, pub, reviewed)


def _written_year(found: Found, mentions: Mentions) -> Optional[int]:
    """The latest year the text writes out in a period, else one a base implies."""
    p, text = found.p, found.text
    back = {name: params.get("year_back") for name, _, _, params, _ in p.patterns}
    latest = implied = None
    for m in mentions:
        written = p.year_re.search(text, m.start, m.end)
        if written is None:
            continue
        y = int(written.group())
        if m.is_base:
            years_back = back.get(m.rule) or _inner_base_year_back(found, m, back)
            if years_back:
                implied = max(implied or 0, y + years_back)
        elif m.resolver not in FROM_EARLIER:
            latest = max(latest or 0, y)
    return latest or implied


def _inner_base_year_back(found: Found, m: PeriodMention, back: dict) -> Optional[int]:
    """The year_back of a base matched inside a longer one ("so với | cùng kỳ năm 2017")."""
    return next((back[x.name] for x in found.matches
                 if back.get(x.name) and m.start <= x.start and x.end <= m.end), None)


def _horizon_or_cut_off(text: str, m: PeriodMention, p: Patterns) -> PeriodMention:
    """A goal's year after a plan word is its horizon ("mục tiêu đến năm 2027" → 2027..2027);
    a span after a cut-off word ends the figure's count ("tính đến hết 6 tháng đầu năm 2011" →
    null..2011-06)."""
    if m.is_base or m.unresolved:
        return m
    before = max(0, m.start - CUE_REACH)
    if m.resolver in ("target_year", "until") and m.from_ is None and m.to and len(m.to) == 4:
        if p.target_cue_re.search(text[before:m.start]):
            return replace(m, from_=m.to, is_target_year=True)
    if m.resolver in CUT_OFF_SPANS and m.from_ is not None:
        cut = p.cut_off_re.search(text, before, m.start)
        if cut:
            return replace(m, start=cut.start(), from_=None)
    return m


def _report_quarter(ref: Reference) -> Optional[PeriodMention]:
    """The quarter a report is about: the report month's; but a text dated only by its
    publication in a quarter's first month reports on the quarter just ended (a piece
    published in October writes "trong quý" of July to September)."""
    if ref.year is None or ref.month is None:
        return None
    year, q = ref.year, (ref.month - 1) // 3 + 1
    pub = ref.published
    if (pub.year, pub.month) == (ref.year, ref.month) and ref.month % 3 == 1:
        year, q = (year, q - 1) if q > 1 else (year - 1, 4)
    return PeriodMention(0, 0, "", "quarter", _ym(year, 3 * q - 2), _ym(year, 3 * q))


def _relative_to_earlier(text: str, mentions: list[PeriodMention], p: Patterns, ref: Reference,
                         report_period: Optional[PeriodMention] = None) -> list[PeriodMention]:
    """Resolve the periods that point back at an earlier one.

    A quoted same period takes the period stated before it in its paragraph,
    a year back (or in the year written); "trong tháng" takes the last month
    named before it ("CPI tháng 10/2024 tăng ... Trong tháng, 8 nhóm ...").
    """
    out: list[PeriodMention] = []
    last_month: Optional[PeriodMention] = None
    last_quarter: Optional[PeriodMention] = None
    written: Optional[str] = None  # the year the last single-year period of the sentence writes
    line_start, scanned = 0, 0  # where the line of the mention begins (each gap looked at once)
    for m in mentions:
        if m.start > scanned:
            line_break = text.rfind("\n", scanned, m.start)
            line_start = line_break + 1 if line_break >= 0 else line_start
            scanned = m.start
        if out and _SENTENCE_END.search(text, out[-1].end, m.start):
            written = None  # the gaps between mentions, each looked at once: linear in the mentions
        if (written is not None and m.resolver in YEARLESS_SPANS and m.from_ and m.from_[:4] != written
                and not p.year_re.search(text, m.start, m.end)):
            # "Năm 2018, tỉnh phấn đấu thu ..., trong đó quý IV thu ...": 2018's fourth quarter,
            # whatever the publication date says
            m = replace(m, from_=written + m.from_[4:], to=written + m.to[4:])
        named = not m.is_base and not _labels_aside(text, m)  # not "so với tháng 12/2023", "(quý III/2023: ...)"
        if m.resolver == "month" and named:
            last_month = m
        elif m.resolver == "quarter" and not m.unresolved and named:
            last_quarter = m
        if m.resolver in ("this_month", "this_month_end"):  # the month named last, else the report month
            if last_month is not None:  # (section 6); "cuối tháng" is a cut-off at its end, from null
                month = last_month.to
            elif ref.year is not None and ref.month is not None:
                month = _ym(ref.year, ref.month)
            else:
                month = None
            if month is None:
                m = replace(m, is_base=True)  # no month to point at: not a period
            else:
                m = replace(m, from_=None if m.resolver == "this_month_end" else month, to=month)
        elif m.resolver == "this_quarter":  # "trong quý": the quarter named last, else the report's
            named = last_quarter or _report_quarter(ref)
            m = replace(m, from_=named.from_, to=named.to) if named is not None else replace(m, unresolved=True)
        elif m.resolver in ("year_in_scope", "year_end_in_scope"):
            # "cả năm": the year of the period before it, else the report's; "đến cuối năm": its end
            # (not "Hiện có ...": the publication day says nothing of the year reported on)
            before = next((e for e in _on_its_line(out, line_start) if not e.is_base and e.to
                           and not (e.from_ is None and e.relative)), None)
            if before is None and report_period is not None and report_period.to and not report_period.is_base:
                before = report_period  # "tỷ giá trung tâm cả năm tăng 1,2%" in the headline of a report on 2017
            year = before.to[:4] if before is not None else (str(ref.year) if ref.year else None)
            if before is report_period and before is not None and _twelve_months_of_days(before):
                # a working year ("từ 15/12/2021 đến 14/12/2022"); "đến cuối năm" is a cut-off at its end
                m = replace(m, from_=None if m.resolver == "year_end_in_scope" else before.from_, to=before.to)
            else:
                start = None if m.resolver == "year_end_in_scope" else year  # a cut-off, from null
                m = replace(m, from_=start, to=year) if year else replace(m, unresolved=True)
        elif m.resolver == "same_period":
            before = next((e for e in _on_its_line(out, line_start) if not e.is_base and e.resolver != "same_period"
                           and (e.from_ or e.to)), report_period)
            year = p.year_re.search(text, m.start, m.end)
            if before is None:
                m = replace(m, is_base=True)
            else:
                y = int(year.group()) if year else None
                m = replace(m, from_=move_year(before.from_, y), to=move_year(before.to, y), local=True)
        out.append(m)
        if not m.is_base and m.from_ and m.to and m.from_[:4] == m.to[:4] and p.year_re.search(text, m.start, m.end):
            written = m.from_[:4]
    return out


LINE_LOOK_BACK = 64  # earlier mentions of its line a mention may point back at (bounded in a pasted table)


def _on_its_line(out: list[PeriodMention], line_start: int) -> Iterator[PeriodMention]:
    """The mentions resolved so far that end on the line where the next one stands, nearest first."""
    for n, e in enumerate(reversed(out)):
        if e.end < line_start or n >= LINE_LOOK_BACK:
            return
        yield e


def _twelve_months_of_days(m: PeriodMention) -> bool:
    """Whether ``m`` runs over a year of days from one day to the day before it a year on: the
    working year a police or court report counts ("từ ngày 15/12/2021 đến ngày 14/12/2022"),
    not a six-week campaign across the new year."""
    a, b = m.from_, m.to
    if a is None or b is None or len(a) != 10 or len(b) != 10:
        return False
    try:
        days = (_dt.date.fromisoformat(b) - _dt.date.fromisoformat(a)).days
    except ValueError:
        return False
    return 360 <= days <= 366


_SENTENCE_END = regex.compile(r"[.!?\n](?!\d)")
# a month, quarter or last months written without a year take the year a period before them
# in the same sentence writes (_relative_to_earlier)
YEARLESS_SPANS = ("month", "quarter", "last_months_of_year")


_ASIDE_LABEL_OPEN = regex.compile(r"\(\s*$")
_ASIDE_LABEL_CLOSE = regex.compile(r"\s*:")


def _labels_aside(text: str, m: PeriodMention) -> bool:
    """A period that labels a figure quoted in an aside ("(quý III/2023: 2,34%)"): it names that
    figure's time, not the one the report goes on to speak of."""
    return bool(_ASIDE_LABEL_OPEN.search(text, max(0, m.start - 3), m.start)
                and _ASIDE_LABEL_CLOSE.match(text, m.end, m.end + 3))


_CLAUSE_START = regex.compile(r"[;:.!?()\n]")
_SENTENCE_MARKS = ".!?\n"
_FRAME_COMMA = regex.compile(r"\s*,")
_OPENS_CLAUSE = regex.compile(r",\s*$")
ASIDE_GOES_ON = regex.compile(r"[^()]{1,80}\)")  # more words after the period inside its "(...)"


def _mark_local(text: str, mention: PeriodMention, p: Patterns) -> PeriodMention:
    """Flag a period that names a plan's horizon inside its clause ("quy hoạch ... đến năm 2020")."""
    if mention.is_base:
        return mention
    if ((p.base_before_re.search(text, max(0, mention.start - 40), mention.start)
         or p.comparative_before_re.search(text, max(0, mention.start - 40), mention.start))
            and not p.own_link_before_re.search(text, max(0, mention.start - 12), mention.start)
            and not p.figure_link_before_re.search(text, max(0, mention.start - 40), mention.start)
            and not p.share_whole_before_re.search(text, max(0, mention.start - 12), mention.start)):
        # "so với mức giá năm 2019", "gấp đôi mức giá năm 2019": a comparison base a few words on
        return replace(mention, is_base=True)
    if p.name_before_re.search(text, max(0, mention.start - 40), mention.start):
        return replace(mention, is_base=True)  # "theo chuẩn nghèo giai đoạn 2006-2010": a name
    if p.figure_link_before_re.search(text, max(0, mention.start - 40), mention.start):
        return replace(mention, local=True)  # "mức tăng 4,5% | của quý I/2023": that figure's own, no later one's
    if mention.resolver in RECORD_RESOLVERS and p.record_before_re.search(
            text, max(0, mention.start - 60), mention.start):
        # "mức thấp nhất tại Đà Nẵng trong khoảng 8 năm gần đây": the span of a record, no period
        return replace(mention, is_base=True)
    lo = max(0, mention.start - 120)
    before = text[lo:mention.start]
    cut = None
    for cut in _CLAUSE_START.finditer(before):
        pass
    if mention.local:
        opens = (cut.group() in _SENTENCE_MARKS and not before[cut.end():].strip()) if cut else not before.strip()
        if opens and _FRAME_COMMA.match(text, mention.end):
            return replace(mention, local=False)  # "Từ ngày 1/1/2017, mức lương ...": it frames its sentence
        return mention
    if (cut is not None and cut.group() == "(" and not before[cut.end():].strip()
            and ASIDE_GOES_ON.match(text, mention.end, mention.end + 120)):
        return replace(mention, local=True)  # "(năm 2022 là 3,91%)": an aside's own period
    clause = before[cut.end():] if cut else before
    if p.cause_re.search(clause.rsplit(",", 1)[-1]):
        return replace(mention, local=True)  # "tăng 0,52% do ... học phí năm học 2024-2025": a cause's own time
    if cut is not None and cut.group() == "(" and not clause.strip():
        # "riêng tuần 28 (từ ngày 8 đến 14/7)": a period glossing what the clause singles out
        clause = before[:cut.start()].rsplit(",", 1)[-1]
    if p.sentence_only_re.search(clause):
        mention = replace(mention, sentence_only=True)
    if _OPENS_CLAUSE.search(clause):
        return mention  # "Đề án ... 2021–2025, | từ năm 2021 đến nay ...": a new clause, not the plan's horizon
    if clause.strip() and (p.plan_noun_re.search(clause) or p.plan_share_re.search(clause)):
        return replace(mention, local=True)  # a plan's horizon, or the year of the plan a share is of
    return mention
