"""Word segmentation and part-of-speech tags (underthesea), where a rule needs to know a word.

Two questions only, each asked of a few words and cached: is the first word
after a number a common noun (an open-ended count: "5 nghệ nhân ưu tú"), and
does a phrase end with a noun (a name before a bare count, "trình độ trung
cấp 19.260 người", against a verb, "thu hút 20 dự án")? A Vietnamese word
may be several syllables, which only segmentation tells.
"""

from __future__ import annotations

import functools
from typing import Optional

NOUN_TAGS = ("N", "Nc", "Nu")  # underthesea's tags for common, classifier and unit nouns
CACHE = 20000


@functools.lru_cache(maxsize=CACHE)
def first_noun(window: str) -> Optional[str]:
    """The first word of ``window`` if underthesea tags it a common noun, else None."""
    from underthesea import pos_tag

    words = window.split()
    if not words:
        return None
    tagged = pos_tag(" ".join(words[:6]))
    if not tagged:
        return None
    word, tag = tagged[0]
    return word if tag in NOUN_TAGS and window.startswith(word) else None


@functools.lru_cache(maxsize=CACHE)
def ends_with_noun(phrase: str) -> bool:
    """Whether underthesea tags the last word of ``phrase`` a noun (a name, not a verb)."""
    from underthesea import pos_tag

    tagged = pos_tag(" ".join(phrase.split()[-8:]))
    return bool(tagged) and tagged[-1][1] in NOUN_TAGS
