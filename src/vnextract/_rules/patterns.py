"""Helpers that turn written forms into safe regular expressions.

Word lists become alternations sorted longest first and bounded so that a
word never matches inside another word; all alternations are literal, so the
patterns cannot backtrack catastrophically.
"""

from __future__ import annotations

from typing import Iterable, Mapping

import regex

FLAGS = regex.IGNORECASE | regex.V0
LEFT = r"(?<![\p{L}\p{M}\d])"
RIGHT = r"(?![\p{L}\p{M}\d])"


def form_regex(form: str) -> str:
    """A written form as a regex: spaces match any run of spaces, the rest literally."""
    return r"\s+".join(regex.escape(part) for part in form.split())


def alternation(forms: Iterable[str], left: bool = True) -> str:
    """Longest-first alternation of forms, bounded as whole words.

    ``left=False`` drops the left bound, for units read right after a number
    they may be glued to ("63.276ha", "10,5%").

    >>> [m.group() for m in regex.finditer(alternation(["ha", "hecta"]), "5 hecta, 3 ha, hàng")]
    ['hecta', 'ha']
    """
    unique = set(forms)
    if not unique:
        return r"(?!)"
    return first_letters(unique) + (LEFT if left else "") + choices(unique) + RIGHT


def choices(forms: Iterable[str]) -> str:
    """The forms as one group, longest first, with no bounds."""
    return "(?:" + "|".join(form_regex(f) for f in sorted(set(forms), key=lambda f: (-len(f), f))) + ")"


def first_letters(forms: Iterable[str], also: str = "") -> str:
    """A look-ahead on the forms' first letters (and the class ``also``): it lets the
    engine skip most positions at once."""
    firsts = sorted({ch for f in forms for ch in (f[0].lower(), f[0].upper())})
    return "(?=[" + also + "".join(regex.escape(ch) for ch in firsts) + "])"


def at_end(forms: Iterable[str]) -> str:
    """One of the forms as the last words of the text searched (a trailing ``\\s*$``)."""
    return "(?:" + alternation(forms) + r")\s*$"


def fold(text: str) -> str:
    """Key used to look up a matched form: lower-case, single spaces.

    >>> fold("Ước  Đạt")
    'ước đạt'
    """
    return " ".join(text.lower().split())


def expand_macros(pattern: str, macros: Mapping[str, str]) -> str:
    r"""Replace the macros ({Y}, {M}, ...) of a rule set in ``pattern``; a Unicode property
    such as ``\p{M}`` is not a macro.

    >>> expand_macros("năm {Y}", {"{Y}": "YEAR"})
    'năm YEAR'
    >>> expand_macros(r"[\p{L}\p{M}]{M}", {"{M}": "1"})
    '[\\p{L}\\p{M}]1'
    >>> expand_macros("{DATE}", {"{DATE}": "{D}/{M}", "{D}": "d", "{M}": "m"})
    'd/m'
    """
    if not macros:
        return pattern
    keys = regex.compile(r"(?<!\\[pP])(?:" + "|".join(regex.escape(k) for k in macros) + ")")
    for _ in range(len(macros) + 1):  # a macro may use another ({DATE} uses {D}, {M}, {Y})
        expanded = keys.sub(lambda m: macros[m.group()], pattern)
        if expanded == pattern:
            break
        pattern = expanded
    return pattern


def name_pattern(name: str) -> str:
    """A plain name as a pattern: any spacing, and "," or ";" where it writes a comma.

    >>> bool(regex.fullmatch(name_pattern("chế biến, chế tạo"), "chế biến;  chế tạo"))
    True
    """
    words = regex.split(r"\s*[,;]\s*", name.strip())
    return r"[,;]\s*".join(r"\s+".join(regex.escape(w) for w in part.split()) for part in words)


def names_alternation(names: Iterable[str]) -> str:
    """Plain names (``name_pattern``) as one bounded alternation, longest first, behind a
    look-ahead on their first letters."""
    unique = set(names)
    if not unique:
        return r"(?!)"
    ordered = sorted(unique, key=lambda n: (-len(n), n))
    return first_letters(unique) + LEFT + "(?:" + "|".join(name_pattern(n) for n in ordered) + ")" + RIGHT
