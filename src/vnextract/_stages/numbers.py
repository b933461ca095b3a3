"""Read numbers: digit runs with "." and "," marks, and numerals that compose scale and number words.

``parse_number`` reads one digit run. Vietnamese writes "155.697" for 155697
and "10,5" for 10.5; English-style "1,234.56" also occurs. Like price-parser,
the rule is: with both marks, the last one is the decimal mark; with one mark
repeated, it groups thousands; with a single "." followed by exactly three
digits, it groups thousands; a single "," is a decimal comma, except before
exactly three digits when the thing counted cannot be fractional and no scale
word follows ("7,357 lượt xem" → 7357, but "305,935 ngàn tấn" → 305.935).

``read_numeral`` reads a whole numeral from where it starts, digits or words
alike, composing groups and scale words the way the language does ("3 tỷ
200 triệu", "bốn mươi hai tỷ", "ba mươi nghìn không trăm hai mươi lăm"). The
words come from ``numbers.toml``. Where the language leaves a value open
("hai triệu năm trăm": 2 000 500, or 2 500 000 said short) the numeral is
read to its end and marked ``refused``: the quantity stage then reads
nothing there, because a wrong value is worse than a miss.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Optional

import regex

from .._rules.patterns import FLAGS, RIGHT, alternation, choices, fold

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

MAX_DIGITS = 60  # longer digit runs are not quantities (and would be slow to scale)
MAX_TOKENS = 24  # a numeral is at most this many words and digit runs: keeps the reader linear
TOKEN_REACH = 200  # how far a token is looked for: a lone required letter ("K") is never looked for to the end
THOUSAND = Decimal(1000)
ONE = Decimal(1)


def parse_number(text: str, *, integer_only: bool = False, scale_follows: bool = False) -> Decimal | None:
    """The value of ``text`` (digits with "." and "," marks), or None if it is not a number.

    >>> parse_number("155.697"), parse_number("10,5"), parse_number("1,234.5")
    (Decimal('155697'), Decimal('10.5'), Decimal('1234.5'))
    >>> parse_number("7,357", integer_only=True), parse_number("7,357", integer_only=True, scale_follows=True)
    (Decimal('7357'), Decimal('7.357'))
    >>> parse_number("5,000"), parse_number("5,000", scale_follows=True)
    (Decimal('5000'), Decimal('5.000'))
    """
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
        elif len(parts[1]) == 3 and parts[0] != "0" and (
                mark == "." or (integer_only and not scale_follows) or (parts[1] == "000" and not scale_follows)):
            # "5,000 tấn": no one writes a fraction as three zeros; a group mark
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


def _decimal(value: float) -> Decimal:
    return Decimal(repr(value))


# the part a word plays in a numeral
DIGIT, TEEN, FRACTION, TENS, HUNDREDS, ZERO, ZERO_TENS, AFTER_TENS, HALF = (
    "digit", "teen", "fraction", "tens", "hundreds", "zero", "zero-tens", "after-tens", "half")


class NumeralWords:
    """What the numeral reader needs from a rule set (``numbers.toml``), compiled once."""

    def __init__(self, rules: "RuleSet"):
        n = rules.numbers
        self.scales = {fold(f): _decimal(s.factor) for s in n.scales if not s.glued for f in s.forms}
        self.glued = {fold(f): _decimal(s.factor) for s in n.scales if s.glued for f in s.forms}
        never_alone = {fold(w) for w in n.never_alone.forms}
        self.year_words = {fold(w): _decimal(v) for w, v in n.year_or_five.values.items()}
        self.not_after_tens = {fold(w) for w in n.not_after_tens.forms}
        # heads: the words a numeral may start with, and their values
        self.heads = {fold(w): _decimal(v) for w, v in n.number_words.values.items()}
        self.heads.update(self.year_words)
        # each word's part and value
        self.role: dict[str, tuple[str, Decimal]] = {}
        for word, value in self.heads.items():
            if word in never_alone:
                continue
            if value < 1:
                self.role[word] = (FRACTION, value)
            elif value < 10 and value == int(value):
                self.role[word] = (DIGIT, value)
            elif value < 20 and value == int(value):
                self.role[word] = (TEEN, value)
        for forms, part in ((n.tens_words.forms, TENS), (n.hundreds_words.forms, HUNDREDS),
                            (n.zero_words.forms, ZERO), (n.zero_tens.forms, ZERO_TENS),
                            (n.halves.forms, HALF)):
            for form in forms:
                self.role[fold(form)] = (part, ONE)
        for word, value in n.units_after_tens.values.items():
            self.role[fold(word)] = (AFTER_TENS, _decimal(value))
        words = set(self.role)
        year = alternation(self.year_words) + r"(?![ ]*\d)" if self.year_words else r"(?!)"
        # one token after another: a digit run, a scale word, a number word; spaces between
        # (a scale word may be glued to digits: "5tỷ")
        self.token_re = regex.compile(
            r"(?P<sp>[ ]*)(?:(?P<d>(?>\d+(?:[.,]\d+)*))(?!\d)"
            r"|(?P<s>" + alternation(self.scales, False) + r")(?![ ]+"
            + alternation(n.scale_not_before.forms) + ")"
            r"|(?P<y>" + year + r")|(?P<w>" + alternation(words - set(self.year_words)) + "))", FLAGS)
        self.glued_re = regex.compile("(" + choices(self.glued) + ")" + RIGHT, FLAGS) if self.glued else None


@dataclass
class Numeral:
    """A numeral read from the text: "155.697", "3 tỷ 200 triệu", "bốn mươi hai tỷ", "ba triệu rưỡi".

    ``value()`` is its whole value; its number as written is that value in
    units of its largest scale word, ``scale`` ("3 tỷ 200 triệu" is 3,2 tỷ),
    1 when it has none or ends in a plain group ("ba mươi nghìn không trăm
    hai mươi lăm" is 30025, with no scale word in its unit).
    """

    start: int
    end: int
    raw: str = ""  # its first digit run as written ("" when it opens with a word)
    total: Optional[Decimal] = None  # its whole value; None for a lone digit run, read once its unit is known
    scale: Decimal = ONE  # the factor of the scale word in its unit
    scale_start: int = -1  # where that scale word is written (-1: none)
    scale_end: int = -1
    scaled: bool = False  # it holds a scale word (its scale is written, not carried from a range's other end)
    glued: bool = False  # its scale is a letter glued to the digits ("15K")
    head: str = ""  # its first word, folded ("một", "năm"); "" when it opens with digits
    tokens: int = 1  # how many words and digit runs it spans
    refused: bool = False  # read to its end, but its value is left open by the language

    def value(self, integer_only: bool = False) -> Optional[Decimal]:
        """The whole value ("3 tỷ 200 triệu" → 3.2e9); ``integer_only`` settles "7,357" in a lone digit run."""
        if self.total is not None:
            return self.total
        return parse_number(self.raw, integer_only=integer_only)


@dataclass
class _Token:
    kind: str  # "d" digits, "s" scale word, "w" number word
    text: str
    start: int
    end: int
    role: str = ""
    value: Decimal = ONE


class _Tokens:
    """The tokens of a numeral from ``start``, read lazily, at most MAX_TOKENS."""

    def __init__(self, text: str, start: int, w: NumeralWords):
        self.text, self.w, self.pos = text, w, start
        self.items: list[_Token] = []

    def __getitem__(self, i: int) -> Optional[_Token]:
        while len(self.items) <= i and len(self.items) < MAX_TOKENS:
            m = self.w.token_re.match(self.text, self.pos, self.pos + TOKEN_REACH)
            if m is None or (bool(m.group("sp")) != bool(self.items)
                             and not (self.items and m.group("s") and self.items[-1].kind == "d")):
                return None  # spaces between tokens, none before the first; "5tỷ" may be glued
            if m.group("d"):
                tok = _Token("d", m.group("d"), m.start("d"), m.end("d"))
            elif m.group("s"):
                tok = _Token("s", m.group("s"), m.start("s"), m.end("s"), value=self.w.scales[fold(m.group("s"))])
            else:
                name = "y" if m.group("y") else "w"
                word = fold(m.group(name))
                role, value = self.w.role[word]
                tok = _Token("w", m.group(name), m.start(name), m.end(name), role, value)
            self.items.append(tok)
            self.pos = tok.end
        return self.items[i] if i < len(self.items) else None

    def role(self, i: int) -> str:
        tok = self[i]
        return tok.role if tok is not None and tok.kind == "w" else ""


AMBIGUOUS = "ambiguous"
Group = tuple[Decimal, str, int]  # value, shape, index of the next token


def _units_after_tens(toks: _Tokens, i: int, w: NumeralWords) -> Optional[Decimal]:
    """The units digit after tens ("mốt", "lăm", "hai"), or None."""
    tok = toks[i]
    if tok is None or tok.kind != "w":
        return None
    if tok.role == AFTER_TENS or (tok.role == DIGIT and fold(tok.text) not in w.not_after_tens):
        return tok.value
    return None


def _below_hundred(toks: _Tokens, i: int, w: NumeralWords, after_hundreds: bool) -> "Optional[Group] | str":
    """Tens and units from token ``i``: "hai mươi mốt", "mười lăm", "linh năm" (after hundreds), "ba"."""
    tok = toks[i]
    if tok is None or tok.kind != "w":
        return None
    if tok.role == ZERO_TENS and after_hundreds:
        unit = toks[i + 1]
        if unit is None or unit.kind != "w" or unit.role not in (DIGIT, AFTER_TENS):
            return None
        return unit.value, "marked", i + 2
    if tok.role == TEEN:
        if tok.value == 10:
            unit = _units_after_tens(toks, i + 1, w)
            if unit is not None:
                return 10 + unit, "tens", i + 2
        return tok.value, "tens", i + 1
    if tok.role == DIGIT and toks.role(i + 1) == TENS:
        unit = _units_after_tens(toks, i + 2, w)
        if unit is not None:
            return tok.value * 10 + unit, "tens", i + 3
        return tok.value * 10, "tens", i + 2
    if tok.role == DIGIT:
        if after_hundreds:
            return AMBIGUOUS  # "một trăm hai": 102, or 120 said short
        return tok.value, "unit", i + 1
    return None


def _group(toks: _Tokens, i: int, w: NumeralWords, after_scale: bool) -> "Optional[Group] | str":
    """One group below a thousand in words from token ``i``: (value, shape, next index).

    Shapes: "hundreds" ("hai trăm ..."), "tens" ("bốn mươi hai", "mười lăm"),
    "unit" (one digit word), "marked" (after a scale word, a group that says
    its missing places: "không trăm hai mươi", "linh năm"), "zero" (after a
    scale word, an empty class: the "không" of "triệu không nghìn"),
    "fraction" ("nửa").
    """
    tok = toks[i]
    if tok is None or tok.kind != "w":
        return None
    if tok.role == FRACTION and not after_scale:
        return tok.value, "fraction", i + 1
    if tok.role == ZERO and after_scale:
        if toks.role(i + 1) == HUNDREDS:  # "không trăm hai mươi"
            tail = _below_hundred(toks, i + 2, w, after_hundreds=True)
            if tail is AMBIGUOUS:
                return AMBIGUOUS
            return (tail[0], "marked", tail[2]) if tail else (Decimal(0), "marked", i + 2)
        after = toks[i + 1]
        return (Decimal(0), "zero", i + 1) if after is not None and after.kind == "s" else None
    if tok.role == ZERO_TENS and after_scale:  # "hai nghìn lẻ tám"
        tail = _below_hundred(toks, i, w, after_hundreds=True)
        return tail if tail is None or tail is AMBIGUOUS else (tail[0], "zero-tens", tail[2])
    if tok.role == DIGIT and toks.role(i + 1) == HUNDREDS:
        tail = _below_hundred(toks, i + 2, w, after_hundreds=True)
        if tail is AMBIGUOUS:
            return AMBIGUOUS
        return (tok.value * 100 + (tail[0] if tail else 0), "hundreds", tail[2] if tail else i + 2)
    return _below_hundred(toks, i, w, after_hundreds=False)


def _plain_tail(shape: str, last: Decimal) -> bool:
    """Whether a group with no scale word after the scale word ``last`` adds as written.

    After a scale word of the thousands ("nghìn", "trăm nghìn") a full group is
    plain ("hai nghìn năm trăm" = 2500, "3 nghìn 500" = 3500, "hai nghìn lẻ
    tám" = 2008); after a larger scale, or a short group ("ba nghìn hai", "3
    triệu 5", "ba triệu lẻ năm"), the writer may have left out a scale word; a
    group marked with its hundreds ("không trăm hai mươi") says its places.

    >>> _plain_tail("hundreds", THOUSAND), _plain_tail("unit", THOUSAND), _plain_tail("hundreds", THOUSAND ** 2)
    (True, False, False)
    >>> _plain_tail("zero-tens", THOUSAND), _plain_tail("zero-tens", THOUSAND ** 2)
    (True, False)
    >>> _plain_tail("marked", THOUSAND ** 3)
    True
    """
    if shape == "marked":
        return True
    return last < THOUSAND ** 2 and shape in ("hundreds", "tens", "digits3", "zero-tens")


def read_numeral(text: str, start: int, w: NumeralWords) -> Optional[Numeral]:
    """The numeral that starts at ``start`` (a digit run or a number word), or None.

    >>> from vnextract._rules import RuleSet
    >>> w = RuleSet.default().compiled(NumeralWords)
    >>> def read(t):
    ...     n = read_numeral(t, 0, w)
    ...     return None if n is None else "refused" if n.refused else (t[:n.end], float(n.value()), float(n.scale))
    >>> read("3 tỷ 200 triệu đồng")
    ('3 tỷ 200 triệu', 3200000000.0, 1000000000.0)
    >>> read("bốn mươi hai tỷ đồng"), read("hai mươi mốt nghìn không trăm mười một")
    (('bốn mươi hai tỷ', 42000000000.0, 1000000000.0), ('hai mươi mốt nghìn không trăm mười một', 21011.0, 1.0))
    >>> read("năm nghìn đồng"), read("năm 2024"), read("hai triệu năm trăm đồng"), read("3 triệu 5 đồng")
    (('năm nghìn', 5000.0, 1000.0), None, 'refused', 'refused')
    """
    toks = _Tokens(text, start, w)
    first = toks[0]
    if first is None or first.kind == "s":
        return None
    num = Numeral(start=start, end=first.end)
    if first.kind == "d":
        return _digits_head(text, toks, num, w)
    num.head = fold(first.text)
    g = _group(toks, 0, w, after_scale=False)
    if g is None:
        return None
    if g is AMBIGUOUS:
        return _refused(num, toks)
    group, shape, i = g
    num.end = toks[i - 1].end
    if toks[i] is not None and toks[i].kind == "s":
        return _compose(toks, num, group, i, w)
    if shape == "fraction":
        return None  # "nửa" only before a scale word: "nửa triệu"
    num.total, num.tokens = group, i
    return num


def _digits_head(text: str, toks: _Tokens, num: Numeral, w: NumeralWords) -> Optional[Numeral]:
    """A numeral that opens with digits: alone ("155.697"), glued to a K ("15K"), or before scale words.

    >>> from vnextract._rules import RuleSet
    >>> w = RuleSet.default().compiled(NumeralWords)
    >>> [(n.value(), n.glued) for n in (read_numeral(t, 0, w) for t in ("7,357 lượt", "15K đồng"))]
    [(Decimal('7.357'), False), (Decimal('15000.0'), True)]
    """
    first = toks[0]
    num.raw = first.text
    glued = w.glued_re.match(text, first.end, first.end + TOKEN_REACH) if w.glued_re else None  # bounded
    if glued:
        head = parse_number(first.text, scale_follows=True)
        if head is None:
            return None
        factor = w.glued[fold(glued.group(1))]
        return replace(num, end=glued.end(), total=head * factor, scale=factor, scale_start=glued.start(),
                       scale_end=glued.end(), scaled=True, glued=True)
    if toks[1] is None or toks[1].kind != "s":
        return num  # a lone digit run: its value waits for the unit ("7,357 lượt xem")
    head = parse_number(first.text, scale_follows=True)
    return None if head is None else _compose(toks, num, head, 1, w)


def _compose(toks: _Tokens, num: Numeral, group: Decimal, i: int, w: NumeralWords) -> Numeral:
    """Scale words from token ``i`` on, and the groups between them, added into ``num``.

    A smaller scale word adds its group ("3 tỷ 200 triệu"), a larger one
    multiplies all before it ("một nghìn hai trăm tỷ"); a group after the last
    scale word adds as written only where that is plain (``_plain_tail``).

    >>> from vnextract._rules import RuleSet
    >>> w = RuleSet.default().compiled(NumeralWords)
    >>> [float(read_numeral(t, 0, w).value()) for t in ("một nghìn hai trăm tỷ", "2 nghìn tỷ 500 tỷ", "nửa triệu")]
    [1200000000000.0, 2500000000000.0, 500000.0]
    >>> read_numeral("hai nghìn ba nghìn", 0, w).refused
    True
    """
    total, top, last, shape = Decimal(0), Decimal(0), Decimal(0), ""
    while True:
        scale = toks[i]
        if scale is None or scale.kind != "s":
            break
        if last and scale.value < last and (0 < group * scale.value < last or shape == "zero") and total % last == 0:
            total += group * scale.value  # "3 tỷ 200 triệu", "triệu không nghìn" (but not "1,5 tỷ 200 triệu")
        elif scale.value > top:
            total = (total + group) * scale.value  # "một nghìn hai trăm tỷ", "một trăm nghìn tỷ"
            top = scale.value
            num.scale_start, num.scale_end, num.scale = scale.start, scale.end, scale.value
        else:
            return _refused(num, toks)  # "hai nghìn ba nghìn"
        last, num.end, i = scale.value, scale.end, i + 1
        group, shape = Decimal(0), ""
        nxt = toks[i]
        if nxt is None:
            break
        if nxt.kind == "w" and nxt.role == HALF:
            total += last / 2  # "ba triệu rưỡi"
            num.end, i = nxt.end, i + 1
            break
        if nxt.kind == "s":
            continue  # a larger scale right after: "một trăm nghìn tỷ"
        g = _group_after_scale(toks, i, w)
        if g is None:
            break  # "đạt 5 triệu 2.000 ...": the numeral ends at its scale word
        if g is AMBIGUOUS:
            return _refused(num, toks)
        group, shape, i = g
        if toks[i] is not None and toks[i].kind == "s":
            continue
        if not _plain_tail(shape, last):
            return _refused(num, toks, i)
        total += group  # "ba mươi nghìn không trăm hai mươi lăm": no scale word left in the unit
        num.end, num.scale_start, num.scale_end, num.scale = toks[i - 1].end, -1, -1, ONE
        break
    num.total, num.scaled, num.tokens = total, True, i
    return num


def _group_after_scale(toks: _Tokens, i: int, w: NumeralWords) -> "Optional[Group] | str":
    """The group after a scale word: digits below a thousand ("3 tỷ 200 triệu") or words.

    >>> from vnextract._rules import RuleSet
    >>> w = RuleSet.default().compiled(NumeralWords)
    >>> [_group_after_scale(_Tokens(t, 0, w), 0, w) for t in ("200 triệu", "không trăm linh năm", "năm", "2.000")]
    [(Decimal('200'), 'digits3', 1), (Decimal('5'), 'marked', 4), 'ambiguous', None]
    """
    tok = toks[i]
    if tok.kind == "d":
        if tok.text.isdigit() and len(tok.text) <= 3:
            return Decimal(tok.text), "digits" + str(len(tok.text)), i + 1
        return None
    if (fold(tok.text) in w.year_words and toks.role(i + 1) not in (TENS, HUNDREDS)
            and (toks[i + 1] is None or toks[i + 1].kind != "s")):
        return AMBIGUOUS  # "hai nghìn năm": a span of years, or 2500 said short
    return _group(toks, i, w, after_scale=True)


def _refused(num: Numeral, toks: _Tokens, upto: Optional[int] = None) -> Numeral:
    """``num`` marked refused, reaching to token ``upto`` (default: as far as tokens were read)."""
    read = toks.items if upto is None else toks.items[:upto]
    num.end = max([num.end] + [t.end for t in read])
    num.refused = True
    return num
