"""Helpers that turn written forms into safe regular expressions.

Word lists become alternations sorted longest first and bounded so that a
word never matches inside another word; all alternations are literal, so the
patterns cannot backtrack catastrophically.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Optional

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
    r"""The forms as one group, longest first, with no bounds.

    The group is written as a tree of the forms' shared beginnings ("tăng", "tăng trưởng" →
    ``tăng(?:\s+trưởng)?``), which the engine walks once instead of trying every form at every
    position; it matches exactly what the plain alternation matches (``_shared_beginnings``).
    """
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return _shared_beginnings(ordered) or "(?:" + "|".join(form_regex(f) for f in ordered) + ")"


_SPACE = " "  # the token of a run of spaces between two words of a form


def _shared_beginnings(ordered: list[str]) -> Optional[str]:
    """``ordered`` (longest first) as a tree of literal branches, or None where that could
    match differently from the plain alternation.

    The plain alternation tries the forms longest first: at a position it yields the
    matching forms from the longest, and backtracking takes the next. The tree yields the
    same, provided that (1) no two branches of a node can match the same character (they
    differ even case-insensitively, and a word's letters are never spaces), so that the
    forms matching at a position lie on one path, and (2) along a path a longer form
    always comes before the shorter one it extends in ``ordered`` (the greedy ``?`` of each
    form's end tries the longer first). Either failing, the plain alternation is used.
    """
    root: dict = {}
    ends: dict[int, int] = {}  # id(node) -> rank of the form that ends there
    for rank, form in enumerate(ordered):
        tokens: list[str] = []
        for part in form.split():
            if tokens:
                tokens.append(_SPACE)
            if any(_SPACES.match(ch) for ch in part):
                return None
            tokens.extend(part)
        if not tokens:
            return None
        node = root
        for token in tokens:
            if ends.get(id(node), rank) < rank:
                return None  # a shorter form it extends comes first: (2) fails
            node = node.setdefault(token, {})
        ends.setdefault(id(node), rank)  # a repeated form matches what the first did

    def branch(node: dict) -> Optional[str]:
        letters = [k for k in node if k != _SPACE]
        if any(_same_letter(a, b) for i, a in enumerate(letters) for b in letters[i + 1:]):
            return None  # (1) fails
        parts = []
        for key, child in node.items():
            rest = branch(child)
            if rest is None:
                return None
            parts.append((r"\s+" if key == _SPACE else regex.escape(key)) + rest)
        body = "" if not parts else parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return "(?:" + body + ")?" if parts and id(node) in ends else body

    tree = branch(root)
    return None if tree is None else "(?:" + tree + ")"


_SPACES = regex.compile(r"\s")


def _same_letter(a: str, b: str) -> bool:
    """Whether one text character can match both ``a`` and ``b`` (case-insensitively)."""
    return bool(regex.fullmatch(regex.escape(a), b, FLAGS) or regex.fullmatch(regex.escape(b), a, FLAGS))


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
