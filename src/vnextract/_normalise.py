"""Stage 1: normalise text for matching while keeping a map back to the original.

Matching runs on an NFC string in which look-alike characters are folded
("Ð" U+00D0 → "Đ", odd spaces → " ", dashes → "-", zero-width marks dropped).
Every character of that string knows where it came from, so any span found
in it is turned back into a span of the caller's own string.

The map is kept small: only the points where the offset between the two
strings changes are stored (none at all for text that is already NFC), so a
10 MB document costs no more than its own size.
"""

from __future__ import annotations

import bisect
import unicodedata
from array import array
from dataclasses import dataclass

import regex

# Characters folded one-for-one before NFC; an empty string drops the character.
FOLD = {
    "\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ",
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ",
    "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
    "\t": " ", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\u2014": "-", "\u2015": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
    "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
}
_FOLD_TABLE = str.maketrans(FOLD)
_DROPPED = frozenset(k for k, v in FOLD.items() if not v)
# A cluster that NFC or dropping may shorten: a base with combining marks, or a dropped mark.
_SPECIAL = regex.compile(r".?\p{M}+|[" + "".join(sorted(_DROPPED)) + "]", regex.DOTALL)


@dataclass(frozen=True)
class Normalised:
    """The matching text and a map from its offsets to the original's."""

    original: str
    text: str
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
        while e > s and self.original[e - 1] in _DROPPED:  # a dropped mark after the span is not in it
            e -= 1
        return s, e


def normalise(text: str) -> Normalised:
    """NFC + folding, with an offset map to ``text``.

    Works cluster by cluster (a base character and its combining marks), so
    that composition never mixes characters from two places of the input.
    Lone surrogates and other odd code points pass through unchanged.
    """
    empty = array("q")
    if text.isascii() and "\t" not in text:
        return Normalised(text, text, empty, empty)
    folded = text.translate(_FOLD_TABLE) if _DROPPED.isdisjoint(text) else None
    if folded is not None and unicodedata.is_normalized("NFC", folded):
        return Normalised(text, folded, empty, empty)  # one character for one: no shift
    out: list[str] = []
    break_at, shift = array("q"), array("q")
    pos = 0  # in the original
    n_out = 0  # length of the normalised text so far
    for m in _SPECIAL.finditer(text):
        if m.start() > pos:
            chunk = text[pos:m.start()].translate(_FOLD_TABLE)
            out.append(chunk)
            n_out += len(chunk)
        cluster = m.group().translate(_FOLD_TABLE)
        piece = unicodedata.normalize("NFC", cluster) if cluster else ""
        out.append(piece)
        n_out += len(piece)
        pos = m.end()
        delta = pos - n_out
        if not shift or shift[-1] != delta:
            break_at.append(n_out)
            shift.append(delta)
    if pos < len(text):
        out.append(text[pos:].translate(_FOLD_TABLE))
    return Normalised(text, "".join(out), break_at, shift)
