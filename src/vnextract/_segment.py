"""Stage 2: split normalised text into paragraphs and sentences (character spans).

Splitting is by layout and punctuation, so every span indexes the text.
A sentence ends at ".", "!", "?" or "…" followed by a space and a capital
letter, a digit or a quote, except after common abbreviations ("TP.", "TS.").
Paragraphs are lines.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

ABBREVIATIONS = ("TP", "Tp", "TS", "ThS", "PGS", "GS", "BS", "KS", "St", "Mr", "Mrs", "Dr", "No", "Th", "Q", "P", "TX", "TT")
SENTENCE_END = regex.compile(
    r"(?<!\b(?:" + "|".join(ABBREVIATIONS) + r"))(?:[.!?…]+[\"')\]]*)(?=\s+[\p{Lu}\d\"“'(\-•])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index_in_paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text``."""
    spans, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def sentences(text: str) -> list[Sentence]:
    """Sentence spans of ``text``, each tagged with its paragraph number."""
    out: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        start, k = p_start, 0
        for m in SENTENCE_END.finditer(text, p_start, p_end):
            out.append(Sentence(start, m.end(), p_index, k))
            k += 1
            start = m.end()
            while start < p_end and text[start].isspace():
                start += 1
        if start < p_end:
            out.append(Sentence(start, p_end, p_index, k))
    return out
