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
# a form that ends with a letter or digit does not run on into a word; one that ends with a
# sign ("%") may be glued to the next word ("tăng 20%so với cùng kỳ")
RIGHT = r"(?:(?<![\p{L}\p{M}\d])|(?![\p{L}\p{M}\d]))"


def form_regex(form: str) -> str:
    """A written form as a regex: spaces match any run of spaces, the rest literally."""
    return r"\s+".join(regex.escape(part) for part in form.split())


def alternation(forms: Iterable[str], left: bool = True) -> str:
    """Longest-first alternation of forms, bounded as whole words, for a pattern matched
    case-insensitively (compiled with ``FLAGS``, or inside ``(?i:...)``).

    ``left=False`` drops the left bound, for units read right after a number
    they may be glued to ("63.276ha", "10,5%").

    >>> [m.group() for m in regex.finditer(alternation(["ha", "hecta"]), "5 hecta, 3 ha, hàng")]
    ['hecta', 'ha']
    """
    unique = set(forms)
    if not unique:
        return r"(?!)"
    ordered = sorted(unique, key=lambda f: (-len(f), f))
    bound = LEFT if left else ""
    return _tree_or_flat(ordered, [_form_tokens(f) for f in ordered], bound,
                         lambda: first_letters(unique) + bound + choices(unique) + RIGHT)


def choices(forms: Iterable[str], ignore_case: bool = False) -> str:
    r"""The forms as one group, longest first, with no bounds.

    The group is written as a tree of the forms' shared beginnings ("tăng", "tăng trưởng" →
    ``tăng(?:\s+trưởng)?``), which the engine walks once instead of trying every form at every
    position; it matches exactly what the plain alternation matches (``_shared_beginnings``).
    ``ignore_case=True`` (only for a pattern matched case-insensitively) lets forms that differ
    in case only share their branches.
    """
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    tree = _shared_beginnings([_form_tokens(f) for f in ordered], ignore_case)
    return tree or "(?:" + "|".join(form_regex(f) for f in ordered) + ")"


# the tokens of a form besides its characters, with what they match
_SPACE, _COMMA = "space", "comma"
_TOKEN_REGEX = {_SPACE: r"\s+", _COMMA: r"[,;]\s*"}
_TOKEN_MATCHES = {_SPACE: regex.compile(r"\s"), _COMMA: regex.compile(r"[,;]")}


def _form_tokens(form: str) -> list:
    """A form (``form_regex``) as tokens: its characters, and a run of spaces between words."""
    tokens: list = []
    for part in form.split():
        if tokens:
            tokens.append((_SPACE,))
        tokens.extend(part)
    return tokens


def _name_tokens(name: str) -> list:
    """A plain name (``name_pattern``) as tokens: characters, spaces, and "," or ";"."""
    tokens: list = []
    for i, part in enumerate(regex.split(r"\s*[,;]\s*", name.strip())):
        if i:
            tokens.append((_COMMA,))
        tokens.extend(_form_tokens(part))
    return tokens


def _shared_beginnings(ordered: list[list], ignore_case: bool) -> Optional[str]:
    """The forms (as tokens, in the order the plain alternation tries them: longest first)
    as a tree of branches, or None where that could match differently from the plain
    alternation.

    The plain alternation tries the forms in order: at a position it yields the matching
    forms from the longest, and backtracking takes the next. The tree yields the same,
    provided that (1) no two branches of a node can match the same character, so that the
    forms matching at a position lie on one path, and (2) along a path a longer form
    always comes before the shorter one it extends (the greedy ``?`` after each form's end
    tries the longer first). Either failing, the plain alternation is used.
    """
    root: dict = {}
    ends: dict[int, int] = {}  # id(node) -> rank of the form that ends there
    for rank, tokens in enumerate(ordered):
        if not tokens:
            return None
        node = root
        for token in tokens:
            if ends.get(id(node), rank) < rank:
                return None  # a shorter form it extends comes first: (2) fails
            if ignore_case and isinstance(token, str):
                token = _case_key(token)
            node = node.setdefault(token, {})
        ends.setdefault(id(node), rank)  # a form written twice matches what the first did

    def branch(node: dict) -> Optional[str]:
        if not _apart(list(node)):
            return None  # (1) fails
        parts = []
        for key, child in node.items():
            rest = branch(child)
            if rest is None:
                return None
            parts.append((_TOKEN_REGEX[key[0]] if isinstance(key, tuple) else regex.escape(key)) + rest)
        body = "" if not parts else parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return "(?:" + body + ")?" if parts and id(node) in ends else body

    tree = branch(root)
    return None if tree is None else "(?:" + tree + ")"


def _first_letters_unless_implied(forms: list[str], tokens: list[list]) -> str:
    """``first_letters(forms)``, or nothing when a tree of ``tokens`` implies it: when every
    form starts with the character its first branch matches (not with a space or a comma).
    The tree's first branches already say which letters a form starts with, and the engine
    is slower with the look-ahead than without."""
    if all(t and t[0] == f[0] for f, t in zip(forms, tokens)):
        return ""
    return first_letters(forms)


def _case_key(ch: str) -> str:
    """The lower case of ``ch`` when a case-insensitive pattern matches the same with either."""
    low = ch.lower()
    if low != ch and not (len(low) == 1 and _same_letter(ch, low, both=True)):
        return ch
    return low


def _apart(keys: list) -> bool:
    """Whether no one character can match two of the branches ``keys`` (case-insensitively)."""
    letters = [k for k in keys if isinstance(k, str)]
    for token in (k[0] for k in keys if isinstance(k, tuple)):
        if any(_TOKEN_MATCHES[token].match(ch) for ch in letters):
            return False
    return not any(_same_letter(a, b) for i, a in enumerate(letters) for b in letters[i + 1:])


def _same_letter(a: str, b: str, both: bool = False) -> bool:
    """Whether a case-insensitive pattern of ``a`` matches ``b`` or that of ``b`` matches ``a``
    (``both``: and)."""
    ab = bool(regex.fullmatch(regex.escape(a), b, FLAGS))
    ba = bool(regex.fullmatch(regex.escape(b), a, FLAGS))
    return ab and ba if both else ab or ba


def first_letters(forms: Iterable[str], also: str = "") -> str:
    """A look-ahead on the forms' first letters (and the class ``also``): it lets the
    engine skip most positions at once."""
    firsts = sorted({ch for f in forms for ch in (f[0].lower(), f[0].upper())})
    return "(?=[" + also + "".join(regex.escape(ch) for ch in firsts) + "])"


def at_end(forms: Iterable[str]) -> str:
    """One of the forms as the last words of the text searched (a trailing ``\\s*$``)."""
    return "(?:" + alternation(forms) + r")\s*$"


PROPER_NAME = r"\p{Lu}[\p{L}\p{M}\d]*(?:\s+\p{Lu}[\p{L}\p{M}\d]*){0,3}"  # one to four capitalised words


def counted_names(intros: Iterable[str], joins: Iterable[str]) -> str:
    """A count and the proper names it lists, up to the first letter of the last ("3 chuỗi Alpha,
    Beta và G"): a number, one to three lower-case words, perhaps an intro word (``intros``), then
    names joined by commas and, before the last, a join word (``joins``)."""
    return (r"(?-i:(?<![\d.,])\d{1,3}\s+[\p{Ll}\p{M}]+(?:\s+[\p{Ll}\p{M}]+){0,2}\s+(?:" + alternation(intros)
            + r"\s+)?" + PROPER_NAME + r"(?:\s*,\s*" + PROPER_NAME + r"){0,6}\s+" + alternation(joins) + r"\s+\p{Lu})")


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
    look-ahead on their first letters, for a pattern matched case-insensitively."""
    unique = set(names)
    if not unique:
        return r"(?!)"
    ordered = sorted(unique, key=lambda n: (-len(n), n))
    return _tree_or_flat(ordered, [_name_tokens(n) for n in ordered], LEFT,
                         lambda: first_letters(unique) + LEFT + "(?:" + "|".join(name_pattern(n) for n in ordered)
                         + ")" + RIGHT)


def _tree_or_flat(ordered: list[str], tokens: list, bound: str, flat) -> str:
    """The forms as a tree of their shared beginnings behind ``bound`` where that matches the same
    as the flat longest-first alternation ``flat()`` builds; else that alternation."""
    tree = _shared_beginnings(tokens, ignore_case=True)
    if tree is None:
        return flat()
    return _first_letters_unless_implied(ordered, tokens) + bound + tree + RIGHT
