"""Parse a written number into a Decimal, settling "." and "," from context.

Vietnamese writes "155.697" for 155697 and "10,5" for 10.5; English-style
"1,234.56" also occurs. Like price-parser, the rule is: with both marks, the
last one is the decimal mark; with one mark repeated, it groups thousands;
with a single "." followed by exactly three digits, it groups thousands;
a single "," is a decimal comma, except before exactly three digits when
the thing counted cannot be fractional and no scale word follows
("7,357 lượt xem" → 7357, but "305,935 ngàn tấn" → 305.935).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

MAX_DIGITS = 60  # longer digit runs are not quantities (and would be slow to scale)


def parse_number(text: str, *, integer_only: bool = False, scale_follows: bool = False) -> Decimal | None:
    """The value of ``text`` (digits with "." and "," marks), or None if it is not a number."""
    sign = ""
    if text[:1] in "+-":
        sign, text = ("-" if text[0] == "-" else ""), text[1:]
    if not text or len(text) > MAX_DIGITS or not text[0].isdigit() or not text[-1].isdigit():
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        if text.count(decimal_mark) > 1:
            return None
        whole, frac = text.split(decimal_mark)
        if not _grouped(whole, group_mark):
            return None
        digits = whole.replace(group_mark, "") + "." + frac
    elif dots or commas:
        mark = "." if dots else ","
        parts = text.split(mark)
        if len(parts) > 2:
            if not _grouped(text, mark):
                return None
            digits = text.replace(mark, "")
        elif len(parts[1]) == 3 and parts[0] != "0" and (mark == "." or (integer_only and not scale_follows)):
            digits = parts[0] + parts[1]
        else:
            digits = parts[0] + "." + parts[1]
    else:
        digits = text
    try:
        return Decimal(sign + digits)
    except InvalidOperation:  # pragma: no cover - digits are checked above
        return None


def _grouped(text: str, mark: str) -> bool:
    """True if ``text`` is digit groups of 3 joined by ``mark`` (the first 1-3 long)."""
    parts = text.split(mark)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
