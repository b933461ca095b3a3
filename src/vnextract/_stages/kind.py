"""Stage 6: the kind of each figure (level, change, rate) and its direction.

Kind and direction come from the verb just left of the quantity ("tăng",
"giảm", "tăng bình quân", "giảm còn"; ``cues.toml`` ``kind``), a sign
("(+10,07%)") or a multiple ("gấp 1,7 lần"). A figure compared with a
base level ("thấp hơn mức 57,2%") is that base's own kind; a figure after a
join that repeats no verb ("tăng 10,2% về lượng và 23,9% về trị giá")
shares the verb of the figure before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from .._context import Block, Figure
from .._rules.patterns import FLAGS, alternation, at_end, fold

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

PERCENT, PER_YEAR = "percent", "/year"
ROLES = ("up", "down", "to_level", "rate", "multiple", "skip")
LOOK_BACK_WORDS = 8  # cue words read leftwards from a figure
RESTATED_BEFORE = regex.compile(r"\s*\(\s*")  # a figure alone in "(...)" right after a change
RESTATED_AFTER = regex.compile(r"\s*\)")


class Patterns:
    def __init__(self, rules: "RuleSet"):
        kd, m = rules.cues.kind, rules.metrics
        self.kind_words: dict[str, str] = {}
        for role in ROLES:
            for form in getattr(kd, role).forms:
                self.kind_words.setdefault(fold(form), role)
        self.base_markers = {fold(w) for w in kd.base_markers.forms}
        self.base_marker_end_re = regex.compile(at_end(kd.base_markers.forms), FLAGS)
        self.quoted_link_re = regex.compile(
            r"(?:\[\d{1,2}\])?\s*" + alternation(kd.quoted_links.forms) + r"\s+", FLAGS)
        self.kind_re = regex.compile(alternation(self.kind_words), FLAGS)
        self.growth_re = regex.compile(alternation(kd.growth.forms), FLAGS)
        # "số vốn tăng thêm 35.000 tỷ đồng": a cue that ends a noun compound names an amount
        self.compound_end_re = regex.compile(
            r"(?:" + alternation(m.compounds.forms) + r")$", FLAGS)
        self.compound_reach = max((len(f) for f in m.compounds.forms), default=0) + 1
        about = alternation(m.about_markers.forms)
        # "tăng 10,2% về lượng và 23,9% về trị giá": only a join between two figures
        self.elided_verb_re = regex.compile(
            r"(?:\s+" + about + r"\s+[^\d,;.()]{1,40}?)?\s*,?\s*(?:" + alternation(m.change_joins.forms)
            + r"|,)\s*$", FLAGS)
        # "tăng lần lượt là 4,2% và 9,7%": "lần lượt là" opens a clause (the list of parts), the
        # verb before it still says what the figures are
        self.respective_end_re = regex.compile(
            alternation(m.respectively.forms) + r"(?:\s+" + alternation(rules.cues.status.own_verbs.forms)
            + r")?\s*$", FLAGS)


def decide(block: Block, fig: Figure) -> None:
    p = block.rules.compiled(Patterns)
    kind, direction, rules = _from_cues(block.text, fig, p)
    previous = block.figures[-1] if block.figures else None
    same_sentence = previous is not None and not fig.new_sentence
    if "kind:compared-base" in rules and previous is not None and same_sentence:
        # "tín dụng tăng 15%, cao hơn mức 13,78% của năm 2023": the base is what the figure
        # before it is, a change or a level
        kind, direction = previous.kind, previous.direction
    if (kind == "level" and not rules and previous is not None and previous.kind != "level" and same_sentence
            and _quotes_a_base(block, fig, p)):
        # "ước tăng 8,12%, dù chưa đạt mức 8,64% của quý I": the earlier figure is a change too
        kind, direction, rules = previous.kind, previous.direction, ["kind:compared-base"]
    elif (kind == "level" and not rules and previous is not None and previous.kind != "level"
            and same_sentence and not block.text[fig.prev_end:fig.clause_start].strip(" ,")
            and p.elided_verb_re.match(block.text, fig.prev_end, fig.left_end)):
        # "tăng 10,2% về lượng và 23,9% về trị giá": the verb is not repeated
        kind, direction, rules = previous.kind, previous.direction, ["kind:elided"]
    elif (kind == "level" and not rules and previous is not None and previous.kind != "level" and same_sentence
          and RESTATED_BEFORE.fullmatch(block.text, previous.q.end, fig.q.start)
          and RESTATED_AFTER.match(block.text, fig.q.end, fig.q.end + 4)):
        # "tăng 2,65% (1,41 tạ/ha)": the same change restated in another unit
        kind, direction, rules = previous.kind, previous.direction, ["kind:restated"]
    elif (kind == "level" and not rules and previous is not None and previous.kind != "level"
          and same_sentence and fig.left_end < fig.q.start and block.text[fig.left_end] == "("
          and fig.q.canonical == previous.q.canonical):
        # "dẫn đầu là khí hóa lỏng với mức tăng 46,3%; tiếp theo là phân đạm (27,4%)": a list goes on
        kind, direction, rules = previous.kind, previous.direction, ["kind:list-goes-on"]
    fig.kind, fig.direction = kind, direction
    fig.note("kind", *rules)


RESPECTIVE_REACH = 20  # "lần lượt là" right before a figure's clause
QUOTE_REACH = 12  # "mức" within a few characters before the figure (or its qualifier)


def _quotes_a_base(block: Block, fig: Figure, p: Patterns) -> bool:
    """A level after "mức" with its own period after "của": "mức 8,64% của quý I"."""
    text, q = block.text, fig.q
    end = q.qualifier_start if q.qualifier_start >= 0 else q.start
    if not (p.base_marker_end_re.search(text, max(0, end - QUOTE_REACH), end)
            or q.qualifier_start >= 0 and p.base_marker_end_re.search(text, q.qualifier_start, q.start)):
        return False
    link = p.quoted_link_re.match(text, q.end, q.end + QUOTE_REACH)
    return link is not None and any(m.start == link.end() and not m.is_base
                                    for m in block.periods.overlapping(link.end(), link.end() + 1))


def _from_cues(text: str, fig: Figure, p: Patterns) -> tuple[str, Optional[str], list[str]]:
    """``(kind, direction, rules)`` from the words just left of the quantity."""
    q = fig.q
    end = q.qualifier_start if q.qualifier_start >= 0 else q.start
    if q.sign:
        return "change", ("up" if q.sign == "+" else "down"), ["kind:sign"]
    start = fig.clause_start
    if p.respective_end_re.search(text, max(fig.prev_end, start - RESPECTIVE_REACH), start):
        start = fig.prev_end  # "tăng lần lượt là 4,2%": the verb before the list's clause
    window = text[start:end]
    direction = None
    rate = multiple = False
    rules: list[str] = []
    pos = len(window)
    after_base = False  # the last word skipped was a base marker ("mức")
    for _ in range(LOOK_BACK_WORDS):
        stripped = window[:pos].rstrip(" ,(")
        m = None
        for cand in p.kind_re.finditer(stripped, max(0, len(stripped) - 30), overlapped=True):
            if cand.end() == len(stripped):
                m = cand  # the longest cue that ends here: "không cao hơn", not "cao hơn"
                break
        if m is None:
            break
        compound = p.compound_end_re.search(stripped, max(0, len(stripped) - p.compound_reach))
        if compound is not None and compound.start() < m.start():
            break  # "số vốn tăng thêm | 35.000 tỷ đồng": the cue ends a noun compound that names an amount
        word = fold(m.group())
        role = p.kind_words[word]
        pos = m.start()
        if role == "skip":
            after_base = word in p.base_markers
            continue
        if after_base and role in ("up", "down"):
            rules.append("kind:compared-base")
            return "level", None, rules  # "thấp hơn mức 57,2%": the base's own level
        if role == "rate":
            rate = True
            rules.append("kind:" + word)
            continue
        if role == "multiple":
            multiple = True
            rules.append("kind:" + word)
            continue
        if role == "to_level":
            rules.append("kind:to-level:" + word)
            if q.canonical == PERCENT and p.growth_re.search(window):
                # "tăng trưởng tín dụng chậm lại ở mức 5%": a growth stated as a level (contract, section 6)
                return "change", "up", rules + ["kind:growth"]
            # "giảm còn 2,5%", "tăng lên 30%": the new level
            return "level", None, rules
        direction = role  # "up" or "down"
        rules.append("kind:" + word)
        break
    if q.multiple or multiple:
        return "change", direction or "up", rules + ["kind:multiple"]
    per_year = q.canonical.endswith(PER_YEAR) and q.canonical.startswith(PERCENT)
    if direction is None and (q.canonical == PERCENT or per_year) and p.growth_re.search(window):
        # "tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2025 đạt 7,5%/năm": an average growth
        return ("rate" if per_year or rate else "change"), "up", rules + ["kind:growth"]
    if direction:
        if rate or per_year:
            return "rate", direction, rules
        return "change", direction, rules
    return "level", None, rules
