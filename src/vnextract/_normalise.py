"""Stage 1: normalise text for matching while keeping a map back to the original.

Matching runs on an NFC string in which look-alike characters are folded
("Ð" U+00D0 → "Đ", odd spaces → " ", dashes → "-", zero-width marks dropped).
Every character of that string remembers where it came from, so any span
found in it is turned back into a span of the caller's own string.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Normalised:
    """The matching text and, for each of its characters, its span in the original."""

    original: str
    text: str
    starts: tuple[int, ...] | None  # None: identity map (nothing changed)
    ends: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the matching span of ``original``."""
        if self.starts is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


_DROPPED = frozenset(k for k, v in FOLD.items() if not v)


def normalise(text: str) -> Normalised:
    """NFC + folding, with an offset map to ``text``.

    Works cluster by cluster (a base character and its combining marks), so
    that composition never mixes characters from two places of the input.
    Lone surrogates and other odd code points pass through unchanged.
    """
    if text.isascii() and "\t" not in text:
        return Normalised(text, text, None, None)
    if unicodedata.is_normalized("NFC", text) and _DROPPED.isdisjoint(text):
        folded = text.translate(_FOLD_TABLE)  # one character for one: offsets unchanged
        if folded is text or unicodedata.is_normalized("NFC", folded):
            return Normalised(text, folded, None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j].translate(_FOLD_TABLE)
        try:
            piece = unicodedata.normalize("NFC", cluster)
        except Exception:  # pragma: no cover - unicodedata accepts any str
            piece = cluster
        for ch in piece:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalised(text, "".join(out), tuple(starts), tuple(ends))
