"""What each period resolver needs from the pattern that names it.

A period pattern's named groups and ``params`` are checked against this
table when the rule file is loaded, so that a user rule such as
``pattern = 'nửa đầu năm {Y}'`` with ``resolve = "first_months"`` fails at
once ("needs group n") instead of failing on the first text it matches.
The resolvers themselves live with the period stage (``_stages/periods``);
a test checks that the two agree.

Group names: ``y`` a year, ``y1``/``y2`` the years of a span, ``m``/``m1``/
``m2`` months, ``d``/``d1``/``d2`` days, ``q`` a quarter, ``n`` a count of
months or years (digits or a number word).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Needs:
    """Groups a resolver requires (each a tuple of alternatives: any one will do) and params."""

    groups: tuple[tuple[str, ...], ...] = ()
    params: dict[str, type] = field(default_factory=dict)
    optional: dict[str, type] = field(default_factory=dict)


RESOLVERS: dict[str, Needs] = {
    "year": Needs((("y",),)),  # one year: 'năm 2020'
    "years": Needs((("y", "y1"),)),  # a year or a span of years ('vụ Đông Xuân 2022 – 2023')
    "range": Needs((("y1",), ("y2",))),  # a span of years: 'giai đoạn 2011 - 2015'
    # one month, of the year written or the report's ('tháng 5 năm nay': this_year)
    "month": Needs((("m",),), optional={"this_year": bool}),
    "month_range": Needs((("m2",),)),  # 'từ tháng 1 đến tháng 9/2024', 'từ năm 2011 đến tháng 10/2014'
    # fixed months of a year: 'nửa đầu năm 2024' (from_month 1, to_month 6)
    "months": Needs(params={"from_month": int, "to_month": int}),
    "quarter": Needs((("q",),), optional={"this_year": bool}),  # 'quý I/2024'; 'quý I năm nay' (this_year)
    # the first n months: '6 tháng đầu năm 2023'; of quarters (months_each 3): '3 quý đầu năm'
    "first_months": Needs((("n",),), optional={"months_each": int}),
    # the last n months: '6 tháng cuối năm'; n as a param where the words say it: 'quý cuối năm' (3)
    "last_months_of_year": Needs((("n",),), optional={"n": int}),
    # a cut-off, from null: 'đến hết tháng 10/2014', 'đến hết ngày 15/9' (the report's year)
    "until": Needs((("y", "d"),)),
    "until_now": Needs(),  # a cut-off at publication: 'đến nay'
    "today": Needs(optional={"back": int}),  # the day of publication: 'hôm nay', 'sáng nay'; 'hôm qua' (back 1)
    "target_year": Needs((("y",),)),  # a goal's year: 'đến năm 2025'
    "from_year_until_now": Needs((("y1",),)),  # 'từ năm 2021 đến nay'
    # 'kể từ đầu năm 2019', 'từ cuối tháng 11/2024 đến nay': from then, open or until publication
    "since": Needs(optional={"until_now": bool, "from_january": bool}),
    "year_to_day": Needs((("d",), ("m",))),  # 'từ đầu năm đến ngày 15-8'
    "last_n_years": Needs((("n",),)),  # the n years ending with publication: '5 năm qua'
    "this_year": Needs(optional={"past": bool}),  # the publication year: 'năm nay'; 'năm qua' (past)
    "previous_year": Needs(),  # the year before publication: 'năm ngoái'
    "previous_month": Needs(),  # the month before publication: 'tháng trước'
    "next_n": Needs((("n",),), params={"unit": str}),  # '12 tháng tới', 'hai năm tới'
    "until_year_end": Needs(),  # the end of the publication year: 'cuối năm nay'
    "year_end_in_scope": Needs(),  # the end of the year in scope, from null: 'đến cuối năm'
    # 'năm học mới', 'năm học qua' (back 1); a crop year: 'niên vụ này' (turn 10, the month it starts)
    "school_year": Needs(optional={"back": int, "turn": int}),
    "year_to_date": Needs(),  # January to the report month: 'từ đầu năm đến nay'
    "last_n_months": Needs((("n",),)),  # '3 tháng qua'
    "day_range": Needs((("d1",), ("m1", "m2"))),  # 'dịp lễ 30/4 – 1/5', 'từ ngày 3 – 9/4/2019'
    "same_period": Needs(),  # a base's own figure: the period before it, a year back
    "recurring": Needs(),  # every year, every month: 'hằng năm', 'mỗi tháng'; the figure has no period
    # a year of the sixty-year cycle, by its stem and branch: 'Tết Giáp Thìn'
    "cycle_year": Needs((("stem",), ("branch",)), params={"cycle_start": int}),
    "this_month": Needs(),  # the month last named: 'trong tháng'
    "this_month_end": Needs(),  # the end of the month last named: 'cuối tháng' (from null)
    "this_quarter": Needs(),  # the quarter last named, else the report's: 'trong quý'
    "year_in_scope": Needs(),  # the year of the period before it, else the report's: 'cả năm'
    # a comparison base, never a fact's period: 'so với cùng kỳ'; year_back: a year written
    # in it is that many years before the report's ('cùng kỳ năm 2017' in a 2018 report)
    "base": Needs(optional={"year_back": int}),
}


def problems(resolver: str, groups: set[str], params: dict) -> list[str]:
    """Why a pattern with these ``groups`` and ``params`` cannot feed ``resolver`` (empty if it can)."""
    needs = RESOLVERS[resolver]
    given = groups | (set(params) & set(needs.optional))  # a group, or a param the resolver reads instead
    out = [f"resolver {resolver!r} needs group {' or '.join(alts)}"
           for alts in needs.groups if not given & set(alts)]
    for name, kind in needs.params.items():
        if name not in params:
            out.append(f"resolver {resolver!r} needs param {name!r}")
        elif not isinstance(params[name], kind):
            out.append(f"resolver {resolver!r}: param {name!r} must be {kind.__name__}")
    for name, kind in needs.optional.items():
        if name in params and not isinstance(params[name], kind):
            out.append(f"resolver {resolver!r}: param {name!r} must be {kind.__name__}")
    unknown = set(params) - set(needs.params) - set(needs.optional)
    if unknown:
        out.append(f"resolver {resolver!r} takes no param(s) {sorted(unknown)}")
    months = [params.get(k) for k in needs.params if k.endswith("_month")]
    if months and not out and not (all(1 <= m <= 12 for m in months) and months == sorted(months)):
        out.append(f"resolver {resolver!r}: months must lie in 1..12, first before last")
    return out
