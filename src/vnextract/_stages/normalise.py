"""Stage 1: normalise text for matching while keeping a map back to the original.

Matching runs on an NFC string in which look-alike characters are folded
(``text.toml`` ``folds``: "Ð" U+00D0 → "Đ", odd spaces → " ", dashes → "-",
zero-width marks dropped) and old spellings of whole words are read as
today's (``spellings``: "Quí I/2024" → "Quý I/2024", case kept letter by
letter). A spelling never changes a word's length, so it needs no map.
HTML character references left in scraped text ("1.234 tỷ&nbsp;đồng",
"2019&#8211;2023", "S&amp;P") are read as the characters they stand for; an
unknown name ("&abc;") stays as written. Every character of that string knows
where it came from, so any span found in it is turned back into a span of the
caller's own string.

The map is kept small: only the points where the offset between the two
strings changes are stored (none at all for text that is already NFC), so a
10 MB document costs no more than its own size.
"""

from __future__ import annotations

import bisect
import html
import unicodedata
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .._rules.patterns import FLAGS, alternation, fold

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

# an HTML character reference: "&nbsp;", "&#8211;", "&#x2013;"
ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"

@dataclass(frozen=True)
class Folding:
    """A rule set's character folds, compiled."""

    table: dict[int, str]
    dropped: frozenset[str]
    special: "regex.Pattern"  # a cluster that NFC or dropping may shorten, or a character reference
    spellings: dict[str, str]
    old_word: "regex.Pattern"  # a word written in an old spelling

    @classmethod
    def from_rules(cls, rules: "RuleSet") -> "Folding":
        folds = {k: str(v) for k, v in rules.text.folds.values.items()}
        dropped = frozenset(k for k, v in folds.items() if not v)
        special = regex.compile(ENTITY + r"|.?\p{M}+" + ("|[" + regex.escape("".join(sorted(dropped))) + "]" if dropped else ""),
                                regex.DOTALL)
        spellings = {unicodedata.normalize("NFC", k): unicodedata.normalize("NFC", str(v))
                     for k, v in rules.text.spellings.values.items()}
        return cls(str.maketrans(folds), dropped, special, spellings, regex.compile(alternation(spellings), FLAGS))

    def respell(self, text: str) -> str:
        """Old spellings in ``text`` replaced by today's, letter for letter.

        >>> f = Folding({}, frozenset(), regex.compile("x"), {"quí": "quý"}, regex.compile("(?i)quí"))
        >>> f.respell("Quí I/2024, QUÍ II")
        'Quý I/2024, QUÝ II'
        """
        if not self.spellings:
            return text

        def new(m: "regex.Match") -> str:
            written = m.group()
            return "".join(n.upper() if w.isupper() else n
                           for w, n in zip(written, self.spellings[fold(written)]))

        return self.old_word.sub(new, text)


@dataclass(frozen=True)
class Normalised:
    """The matching text and a map from its offsets to the original's."""

    original: str
    text: str
    dropped: frozenset[str]
    # normalised offsets where the shift to the original changes, and the shift from there on
    break_at: array
    shift: array

    def orig(self, pos: int) -> int:
        """Offset in ``original`` of the normalised offset ``pos``."""
        if pos >= len(self.text):
            return len(self.original)
        i = bisect.bisect_right(self.break_at, pos) - 1
        return pos + (self.shift[i] if i >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the matching span of ``original``."""
        if not self.break_at:
            return start, end
        s, e = self.orig(start), self.orig(max(start, end))
        while e > s and self.original[e - 1] in self.dropped:  # a dropped mark after the span is not in it
            e -= 1
        return s, e


def normalise(text: str, folding: Folding) -> Normalised:
    """NFC + folding, with an offset map to ``text``.

    Works cluster by cluster (a base character and its combining marks), so
    that composition never mixes characters from two places of the input.
    Lone surrogates and other odd code points pass through unchanged.
    """
    empty = array("q")
    table, dropped = folding.table, folding.dropped
    plain = "&" not in text  # no character reference to read
    if plain and text.isascii() and not any(chr(c) in text for c in table if c < 128):
        return Normalised(text, folding.respell(text), dropped, empty, empty)
    folded = text.translate(table) if plain and dropped.isdisjoint(text) else None
    if folded is not None and unicodedata.is_normalized("NFC", folded):
        # one character for one: no shift
        return Normalised(text, folding.respell(folded), dropped, empty, empty)
    out: list[str] = []
    break_at, shift = array("q"), array("q")
    pos = 0  # in the original
    n_out = 0  # length of the normalised text so far
    for m in folding.special.finditer(text):
        if m.start() > pos:
            chunk = text[pos:m.start()].translate(table)
            out.append(chunk)
            n_out += len(chunk)
        cluster = m.group()
        if cluster[0] == "&" and cluster[-1] == ";":
            cluster = html.unescape(cluster)  # an unknown name stays as it is
        cluster = cluster.translate(table)
        piece = unicodedata.normalize("NFC", cluster) if cluster else ""
        out.append(piece)
        n_out += len(piece)
        pos = m.end()
        delta = pos - n_out
        if not shift or shift[-1] != delta:
            break_at.append(n_out)
            shift.append(delta)
    if pos < len(text):
        out.append(text[pos:].translate(table))
    return Normalised(text, folding.respell("".join(out)), dropped, break_at, shift)
