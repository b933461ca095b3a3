"""Stage 7: the metric of each figure — the phrase that names what it measures.

The clause left of the quantity is read from its start (after the previous
quantity, a ";", ":" or "(", or an unjoined comma). In it, an activity
before "cho" is the metric ("giải quyết việc làm cho 12.000 lao động"); else
the phrase from the first metric head word up to its verb ("Giá trị sản
xuất công nghiệp | ước đạt"); else, for a count, the counted noun phrase
right of the number ("117 dự án sản xuất công nghiệp ..."); else a short
subject ("Hà Nam | đạt"). A breakdown's part ("Trung Quốc dẫn đầu với ...")
and a ranking's part name their figure. A change or share with no subject of
its own takes the metric of the quantity before it. The words come from
``metrics.toml`` (and the kind and status cues of ``cues.toml``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

import regex

from .._context import SCAN_BACK, Block, Figure, Found, Mentions, Sentence
from .._rules.patterns import FLAGS, alternation, at_end, fold

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

Span = tuple[int, int]
TIMES, PERCENT, COUNT = "times", "percent", "count"
class Patterns:
    """What the metric stage needs from a rule set, compiled once."""

    def __init__(self, rules: "RuleSet"):
        m, kind, st = rules.metrics, rules.cues.kind, rules.cues.status
        self.head_re = regex.compile(alternation(m.heads.forms), FLAGS)
        self.weak_head_re = regex.compile(alternation(m.weak_heads.forms), FLAGS)
        self.head_prefix_re = regex.compile("(?:" + alternation(m.head_prefixes.forms) + r")\s+$", FLAGS)
        self.any_head_re = regex.compile(alternation(list(m.heads.forms) + list(m.weak_heads.forms)), FLAGS)
        # an ender, unless it opens one of the exception phrases
        exceptions = alternation(m.ender_exceptions.forms)
        self.metric_verb_re = regex.compile(
            f"(?:{alternation(m.place_tails.forms)}|(?!{exceptions}){alternation(m.verbs.forms)})", FLAGS)
        kind_words = [w for group in ("up", "down", "to_level", "multiple", "skip")
                      for w in getattr(kind, group).forms]
        trailing = list(m.verbs.forms) + list(m.place_tails.forms) + list(m.trailing_only.forms) + kind_words
        self.trailing_forms = {fold(f) for f in trailing}  # stripped from the end of the words before a figure
        self.trailing_max_words = max((len(f.split()) for f in trailing), default=1)
        self.trailing_last_words = {f.split()[-1] for f in self.trailing_forms}
        self.only_cues_re = regex.compile(
            r"^(?:[\s,:;-]*(?:" + alternation(trailing + list(kind.rate.forms)) + r"))*[\s,:;-]*$", FLAGS)
        self.compound_re = regex.compile(alternation(m.compounds.forms), FLAGS)
        self.activity_re = regex.compile(r"(" + alternation(m.activity_markers.forms) + r")\s*$", FLAGS)
        name = (r"(?:(?i:" + alternation(m.part_prefixes.forms) + r")\s+)?"
                r"((?:" + "|".join(m.part_name.forms or [r"(?!)"]) + r"))\s+(?:[\p{Ll}\p{M}]+\s+){0,3}?")
        self.part_re = regex.compile(
            name + r"(?i:" + alternation(list(m.part_verbs.forms) + list(m.part_rank_verbs.forms)) + ")")
        self.part_rank_re = regex.compile(name + r"(?i:" + alternation(m.part_rank_verbs.forms) + ")")
        self.part_rank_verb_re = regex.compile(alternation(m.part_rank_verbs.forms), FLAGS)
        self.place_re = regex.compile(alternation(m.place_markers.forms), FLAGS)
        about = alternation(m.about_markers.forms)
        # "tăng 6,8% về số doanh nghiệp | nhưng giảm": the phrase after the marker ends at a join
        joins = "(?:" + alternation(list(m.change_joins.forms) + list(m.about_ends.forms)) + ")"
        # "giảm 5% về số dự án": the metric is the thing after the marker
        self.about_after_re = regex.compile(
            r"\s+" + about + r"\s+([\p{L}\p{M}]+(?:\s+(?!" + joins + r")[\p{L}\p{M}\d]+){0,7}?)"
            r"(?=\s*(?:[,;.)]|" + joins + r"|$))", FLAGS)
        kind_forms = [w for group in ("up", "down") for w in getattr(kind, group).forms] + list(m.join_verbs.forms)
        self.change_join_re = regex.compile(
            "(?:" + alternation(m.change_joins.forms) + r")\s+(?:" + alternation(kind_forms) + r")\s*$", FLAGS)
        self.topic_re = regex.compile(alternation(m.topic_markers.forms), FLAGS)
        self.rank_verb_re = regex.compile(alternation(m.rank_verbs.forms), FLAGS)
        self.superlative_re = regex.compile(alternation(m.superlatives.forms), FLAGS)
        self.activity_opener_re = regex.compile(alternation(m.activity_openers.forms), FLAGS)
        self.count_exception_re = regex.compile(alternation(m.count_phrase_exceptions.forms), FLAGS)
        self.count_stop_re = regex.compile(
            f"(?!{alternation(m.count_phrase_exceptions.forms)})" + alternation(m.count_phrase_stops.forms), FLAGS)
        self.count_join_re = regex.compile(alternation(m.count_phrase_joins.forms), FLAGS)
        self.opener_re = regex.compile(
            r"^(?:[\s,:;-]*(?:" + alternation(m.clause_openers.forms) + r"))+[\s,:;-]*", FLAGS)
        self.clause_break_re = regex.compile(r"[;:()\[\]\"|•,]|" + alternation(m.clause_breaks.forms), FLAGS)
        self.list_opens_re = regex.compile(r"(?:^|[,;:(.]|" + alternation(m.list_openers.forms) + r")\s*$", FLAGS)
        self.count_subject_verb_re = regex.compile(alternation(m.count_subject_verbs.forms), FLAGS)
        self.level_verb_re = regex.compile(alternation(m.level_verbs.forms), FLAGS)
        # "là <name> [,] với [kim ngạch] [đạt]" right before a figure
        self.named_with_re = regex.compile(
            alternation(m.naming_verbs.forms) + r"\s+([^;:()]+?)\s*,?\s+" + alternation(m.naming_links.forms)
            + r"(?:\s+" + alternation(m.heads.forms) + r")?(?:\s+(?:" + alternation(list(m.verbs.forms))
            + r"))?\s*$", FLAGS)
        # cue words the metric steps over
        kind_all = {}
        for group in ("up", "down", "to_level", "rate", "multiple", "skip"):
            for form in getattr(kind, group).forms:
                kind_all.setdefault(fold(form), group)
        self.kind_re = regex.compile(alternation(kind_all), FLAGS)
        self.rate_end_re = regex.compile(at_end(kind.rate.forms), FLAGS)
        self.target_re = regex.compile(alternation(st.target.forms), FLAGS)
        self.status_cue_re = regex.compile(
            alternation(list(st.target.forms) + list(st.planned.forms) + list(st.estimate.forms)), FLAGS)
        self.segment_break_re = regex.compile(";|" + alternation(st.breakdowns.forms), FLAGS)


HEAD_PHRASE_END = regex.compile(r"[,;:.()\[\]\"!?|\n]|\s-\s|\d")
# a counted noun phrase may hold digits and ranges ("trạm biến áp 110 kV", "khách sạn từ 4 - 5 sao")
COUNT_PHRASE_END = regex.compile(r"[;:()\[\]\"!?|\n]|[,.](?!\d)|\s-\s(?!\d)")
WORD = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
LIST_SEP = regex.compile(r"[,;]")
MAX_COUNT_PHRASE_WORDS = 12
AVERAGED_OVER = {"month", "first_months", "quarter", "last_months_of_year", "month_range", "last_n_months"}
MAX_SUBJECT_WORDS = 10


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved left past anything that is not a letter or digit (not before ``start``)."""
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return end


def _strip(text: str, start: int, end: int, p: Patterns) -> tuple[int, int]:
    """Trim clause openers at the start and verbs/qualifiers at the end of a span."""
    start = _skip_space(text, start, end)
    piece = text[start:end]
    m = p.opener_re.match(piece)
    if m:
        start += m.end()
        piece = text[start:end]
    cut = _trailing_start(text, start, end, p)
    if cut is not None:
        head = p.head_re.match(text, start, end) if cut == start else None
        # "Xuất siêu | 11 tháng năm 2023 ước đạt": a head that is also an ender still names the metric
        end = head.end() if head else cut
        for word in p.compound_re.finditer(text, max(start, end - 12), min(len(text), end + 12)):
            if word.start() < end < word.end():  # "chứng chỉ | đạt", not "chứng | chỉ đạt"
                end = word.end()
    return start, _trim_end(text, start, end)


LETTERS = regex.compile(r"[\p{L}\p{M}]+")
GAP = frozenset(" \t\r\n,:;-\u00a0")


def _trailing_start(text: str, start: int, end: int, p: Patterns) -> Optional[int]:
    """Where the run of trailing verbs and qualifiers that ends ``text[start:end]`` begins.

    Read word by word from the right against ``p.trailing_forms`` (the
    longest form first), so the cost is a few set look-ups per word; the
    verbs sit at the end, so only the last 120 characters are looked at.
    """
    words = [(m.start(), m.end()) for m in LETTERS.finditer(text, max(start, end - 120), end)]
    if not words or text[words[-1][0]:words[-1][1]].lower() not in p.trailing_last_words:
        return None
    if any(c not in GAP for c in text[words[-1][1]:end]):
        return None
    low = [text[a:b].lower() for a, b in words]
    cut, i = None, len(words)
    while i > 0:
        for k in range(min(p.trailing_max_words, i), 0, -1):
            if (" ".join(low[i - k:i]) in p.trailing_forms
                    and all(text[words[j][1]:words[j + 1][0]].isspace() for j in range(i - k, i - 1))):
                break
        else:
            break
        i -= k
        cut = words[i][0]
        if i > 0 and any(c not in GAP for c in text[words[i - 1][1]:cut]):
            break
    return cut


def _without_periods(start: int, end: int, periods: Mentions) -> list[tuple[int, int]]:
    """Pieces of [start, end) between the period mentions inside it."""
    pieces, pos = [], start
    for m in periods.overlapping(start, end):
        if m.start > pos:
            pieces.append((pos, m.start))
        pos = max(pos, m.end)
    if pos < end:
        pieces.append((pos, end))
    return pieces


def _head_metric(text: str, start: int, end: int, p: Patterns) -> Optional[tuple[int, int]]:
    """From the first head word (a weak one only at the very start) to the verb after it."""
    weak = p.weak_head_re.match(text, start, end)
    if weak and NAME_AFTER.match(text, weak.end()):
        weak = None  # "ngành Công Thương đặt mục tiêu ...": an agency, not a part
    head = (p.head_re.match(text, start, end) or weak or p.head_re.search(text, start, end)
            or p.weak_head_re.search(text, start, end))
    if not head:
        return None
    verb = p.metric_verb_re.search(text, head.end(), end)
    stop = verb.start() if verb else end
    h_start = head.start()
    total = p.head_prefix_re.search(text, max(start, h_start - 20), h_start)
    if total:  # "tổng công suất": a total of any head
        h_start = total.start()
    paren = text.find("(", head.end(), stop)  # "tổng sản phẩm trên địa bàn (GRDP)"
    if paren >= 0:
        stop = paren
    return h_start, _trim_end(text, head.start(), stop)


def _count_phrase(text: str, q: Found, p: Patterns, periods: Mentions,
                  unit_start: int, next_start: int) -> tuple[int, int]:
    """The counted noun phrase: the noun and its modifiers right of the number.

    It runs to a stop word or the clause's end. A modifier may open with a
    join word ("xã đạt chuẩn nông thôn mới"); when the next quantity
    stands in the same clause, the phrase ends at the last join before it
    ("nhóm hàng hóa và dịch vụ | có 7 nhóm").
    """
    limit_m = COUNT_PHRASE_END.search(text, q.end, min(len(text), q.end + 200))
    limit = limit_m.start() if limit_m else min(len(text), q.end + 200)
    for m in periods.overlapping(q.end, limit):
        if q.end <= m.start < limit:
            limit = m.start
            break
    end, words, before_join, join_last, kept = q.end, 0, None, False, -1
    for w in WORD.finditer(text, q.end, min(limit, next_start)):
        if w.start() < kept:  # inside a phrase kept whole ("có vốn đầu tư nước ngoài")
            end = w.end()
            continue
        whole = p.count_exception_re.match(text, w.start(), limit)
        if whole:
            kept, end, join_last = whole.end(), w.end(), False
            words += 1
            continue
        if p.count_stop_re.match(text, w.start()) or words >= MAX_COUNT_PHRASE_WORDS:
            # a stop word ends the phrase before any next quantity, and a join just before it
            return unit_start, before_join if join_last else end
        join_last = bool(p.count_join_re.match(text, w.start()))
        if join_last:
            before_join = end
        end = w.end()
        words += 1
    if next_start < limit and before_join is not None:
        end = before_join
    return unit_start, end


COMMA = regex.compile(r",\s*")
NAME_AFTER = regex.compile(r"\s+\p{Lu}")
LIST_ITEM = regex.compile(r"([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}),\s*$")


def _extend_list(text: str, span: tuple[int, int], limit: int, p: Patterns,
                 periods: Mentions) -> tuple[int, int]:
    """Take in the items of a coordinated name cut by commas ("nhà ở, điện, nước và ...")."""
    start, end = span
    for _ in range(6):
        m = LIST_ITEM.search(text, max(limit, start - 40), start)
        if not m or m.start(1) < limit:
            break
        item = m.group(1)
        if not p.list_opens_re.search(text, max(0, m.start(1) - 20), m.start(1)) and m.start(1) > limit:
            return _headed_item(text, m.end(1), limit, p, periods, end) or (start, end)
        opener = p.opener_re.match(item)
        if opener:  # "trong đó có | bằng cấp, chứng chỉ": the list starts after the opener
            if opener.end() < len(item) and not p.topic_re.match(item):  # "Về cơ cấu, ...": a topic
                start = m.start(1) + opener.end()
            break
        if (p.metric_verb_re.search(item) or p.kind_re.search(item)
                or periods.overlapping(m.start(), m.end())
                or item[:1].isupper() and m.start(1) > limit and not text[m.start(1) - 2:m.start(1)].strip() in ("", ",")):
            break
        start = m.start(1)
    return start, end


def _headed_item(text: str, comma: int, limit: int, p: Patterns, periods: Mentions,
                 end: int) -> Optional[tuple[int, int]]:
    """A metric whose first list item opens with a head ("doanh thu dịch vụ lưu trú, | ăn uống").

    The item runs back from ``comma`` to the previous clause break; it
    qualifies when, after its openers, it starts with a head and holds no
    change word or period: the metric then runs from the head to
    ``end``. When a place marker comes first ("giá căn hộ tại các quận như
    Lê Chân, | Ngô Quyền"), the commas list places and the metric is the
    phrase before the marker.
    """
    lo = max(limit, comma - 80)
    start = lo
    for m in p.clause_break_re.finditer(text, lo, comma):
        start = m.end()
    if start == lo and lo > limit:
        return None
    opener = p.opener_re.match(text[start:comma])
    if opener:
        start += opener.end()
    while start < comma and text[start] == " ":
        start += 1
    if not p.head_re.match(text, start, comma) or p.kind_re.search(text, start, comma):
        return None
    place = p.place_re.search(text, start, comma)
    verb = p.metric_verb_re.search(text, start, comma)
    if place and (verb is None or verb.start() >= place.start()):
        return start, _trim_end(text, start, place.start())
    if periods.overlapping(start, comma):
        return None
    return start, end


def _part_name(text: str, p: Patterns, sent: Sentence, prev_end: int, left_end: int
               ) -> Optional[tuple[int, int]]:
    """"Trung Quốc dẫn đầu với 142 dự án": the part a breakdown names for this figure."""
    start, broken = max(sent.start, left_end - SCAN_BACK), False
    for m in p.segment_break_re.finditer(text, start, left_end):
        start, broken = m.end(), True
    seg = text[start:left_end]
    opener = p.opener_re.match(seg)
    offset = opener.end() if opener else 0
    while offset < len(seg) and seg[offset] in " ,":
        offset += 1
    m = (p.part_re if broken else p.part_rank_re).match(seg, offset)
    if m:
        return start + m.start(), start + m.end(1)
    if not p.part_rank_verb_re.search(seg):
        return None  # no ranking verb: no ranking clause to look for
    for comma in COMMA.finditer(seg):  # a ranking clause later in the segment
        m = p.part_rank_re.match(seg, comma.end())
        if m:
            return start + m.start(), start + m.end(1)
    return None


def _ranked_part(text: str, p: Patterns, sent: Sentence, prev_end: int, left_end: int,
                 periods: Mentions) -> Optional[tuple[int, int]]:
    """"dệt may là nhóm hàng có kim ngạch lớn nhất, ước đạt 40 tỷ USD": the part a ranking names."""
    lo = max(sent.start, prev_end, left_end - SCAN_BACK)
    sup = None
    for sup in p.superlative_re.finditer(text, lo, left_end):
        pass
    if sup is None or ";" in text[sup.end():left_end] or len(WORD.findall(text, sup.end(), left_end)) > 8:
        return None
    start = lo
    for m in p.clause_break_re.finditer(text, lo, sup.start()):
        start = m.end()
    verb = p.rank_verb_re.search(text, start, sup.start())  # the clause's first: "X là nhóm hàng có ..."
    if verb is None or len(WORD.findall(text, verb.end(), sup.start())) > 8:
        return None
    pieces = _without_periods(start, verb.start(), periods)
    subject = _subject(text, pieces[-1:], p)
    if subject is None or p.head_re.match(text, subject[0]):
        return None  # "tỷ trọng ... là lớn nhất": a property, not a part
    return _extend_list(text, subject, lo, p, periods)


def _head_after(text: str, q: Found, p: Patterns) -> Optional[tuple[int, int]]:
    """"thu hút hơn 430 triệu USD vốn FDI": a metric head right after the quantity."""
    pos = q.end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    head = p.any_head_re.match(text, pos)
    if not head:
        return None
    limit = HEAD_PHRASE_END.search(text, head.end(), min(len(text), head.end() + 120))
    end = limit.start() if limit else min(len(text), head.end() + 120)
    verb = p.metric_verb_re.search(text, head.end(), end)
    stop = verb.start() if verb else end
    return head.start(), _trim_end(text, head.start(), stop)


def find_metric(text: str, q: Found, p: Patterns, sent: Sentence, prev_end: int,
                left_end: int, cstart: int, periods: Mentions, previous: Optional[tuple[int, int]],
                next_start: int, is_noun_phrase: Optional[Callable[[str], bool]] = None
                ) -> tuple[Optional[tuple[int, int]], str]:
    """The metric span for ``q`` and the name of the rule that found it (see ``_find_metric``).

    An averaging word at its end that leads into a span of months belongs to
    the period: "Giá vàng bình quân | tháng 10/2024", "CPI bình quân | 10
    tháng"; before a year it names the measure ("CPI bình quân năm 2024").
    """
    span, rule = _find_metric(text, q, p, sent, prev_end, left_end, cstart, periods, previous,
                              next_start, is_noun_phrase)
    if span is not None:
        avg = p.rate_end_re.search(text, max(span[0], span[1] - 30), span[1])
        after = periods.overlapping(span[1], span[1] + 3)
        if avg and avg.start() > span[0] and after and after[0].resolver in AVERAGED_OVER:
            span = (span[0], _trim_end(text, span[0], avg.start()))
    return span, rule


def _find_metric(text: str, q: Found, p: Patterns, sent: Sentence, prev_end: int,
                left_end: int, cstart: int, periods: Mentions, previous: Optional[tuple[int, int]],
                next_start: int, is_noun_phrase: Optional[Callable[[str], bool]] = None
                ) -> tuple[Optional[tuple[int, int]], str]:
    """The metric span for ``q`` and the name of the rule that found it.

    ``left_end`` (``left_end_of``) and ``cstart`` (``clause_start``) are the
    caller's, which also needs them for the period and the kind;
    ``next_start`` is where the next quantity starts; ``is_noun_phrase``
    (word segmentation) tells a name before a bare count from a verb
    ("trình độ trung cấp 19.260 người", not "thu hút 20 dự án").
    """
    if (previous is not None and prev_end > sent.start and left_end < q.start
            and text[left_end] == "(" and not LIST_SEP.search(text, prev_end, left_end)
            and len(WORD.findall(text, prev_end, left_end)) <= 4
            and not p.metric_verb_re.search(text, prev_end, left_end)
            and not p.kind_re.search(text, prev_end, left_end)):
        # "chiếm 1,12% tổng dư nợ (-0,02% so với đầu năm)": the change of the figure just before
        return previous, "metric:parenthesised-after-figure"
    pieces = _without_periods(cstart, left_end, periods)
    # an activity ("giải quyết việc làm cho 12.000 lao động")
    if pieces:
        p_start, p_end = pieces[-1]
        act = p.activity_re.search(text[p_start:p_end])
        if act:
            a_start = p_start
            for opener in p.activity_opener_re.finditer(text, p_start, p_start + act.start()):
                a_start = opener.end()
            for cue in p.status_cue_re.finditer(text, a_start, p_start + act.start()):
                a_start = cue.end()  # "dự kiến | tạo việc làm cho 1.800 lao động"
            a_start, a_end = _strip(text, a_start, p_start + act.start(), p)
            if a_end > a_start:
                span = _extend_list(text, (a_start, a_end), max(sent.start, prev_end), p, periods)
                return span, "metric:activity"
    about = p.about_after_re.match(text, q.end)
    if about:
        return (about.start(1), about.end(1)), "metric:ve-after"
    if not q.is_count and not q.canonical.startswith(PERCENT) and q.canonical != TIMES:
        # ("gấp đôi mức giá năm 2019": after a multiple stands its base, not its metric)
        after = _head_after(text, q, p)
        if after and after[1] > after[0]:
            return after, "metric:head-after"
    part = _part_name(text, p, sent, prev_end, left_end)
    if part:
        return part, "metric:part-name"
    ranked = _ranked_part(text, p, sent, prev_end, left_end, periods)
    if ranked:
        return ranked, "metric:ranked-part"
    named = p.named_with_re.search(text, max(sent.start, prev_end), left_end)
    if named and len(WORD.findall(named.group(1))) <= MAX_SUBJECT_WORDS:
        # "Nhóm hàng có kim ngạch lớn nhất là điện tử, máy tính và linh kiện với 51,4 tỷ USD"
        return (named.start(1), named.end(1)), "metric:named-with"
    for p_start, p_end in pieces:
        for cue in p.target_re.finditer(text, p_start, p_end):  # "đặt mục tiêu | tín dụng ..."
            p_start = cue.end()
        s, e = _strip(text, p_start, p_end, p)
        if e > s:
            found = _head_metric(text, s, e, p)
            if (found and q.is_count and not p.count_subject_verb_re.search(text, found[1], left_end)
                    and (text[found[1]:left_end].strip()
                         or (not p.head_re.match(text, found[0]) and q.canonical == COUNT
                             and _count_phrase(text, q, p, periods, q.noun_start, next_start)[1] > q.end))):
                # a count's own noun phrase beats a head with no verb to it, and a weak head
                # ("ngành ... tổ chức | 42 phiên chợ hàng Việt") when the count has modifiers
                found = None
            if found and found[1] > found[0]:
                if found[0] == s and not p.head_re.match(text, found[0]):
                    found = _extend_list(text, found, max(sent.start, prev_end), p, periods)
                return found, "metric:head-word"
    if q.is_count and q.canonical == COUNT:
        subject = _subject(text, pieces, p)
        if subject is not None and p.level_verb_re.search(text, subject[1], left_end):
            return subject, "metric:subject"
        phrase = _count_phrase(text, q, p, periods, q.noun_start, next_start)
        if (phrase[1] == q.end and subject is not None and is_noun_phrase is not None
                and not text[subject[1]:left_end].strip() and is_noun_phrase(text[subject[0]:subject[1]])):
            # "trong đó trình độ cao đẳng, trung cấp 19.260 người": a bare counted noun after the part's name
            return _extend_list(text, subject, max(sent.start, prev_end), p, periods), "metric:named-before-count"
        return phrase, "metric:counted-noun"
    if (previous is not None and cstart == prev_end > sent.start
            and p.change_join_re.search(text, prev_end, left_end)):
        # "bằng 97,3% dự toán năm và tăng 16,9%": the words after a figure are its complement
        return previous, "metric:inherited"
    subject = _subject(text, pieces, p)
    if subject is not None:
        return _extend_list(text, subject, max(sent.start, prev_end), p, periods), "metric:subject"
    if previous is not None:
        return previous, "metric:inherited"
    # bounded: a long sentence of figures (a pasted table) must not be walked again for each one
    for p_start, p_end in reversed(_without_periods(max(sent.start, cstart - SCAN_BACK), cstart, periods)):
        s, e = _strip(text, p_start, p_end, p)
        found = _head_metric(text, s, e, p) if e > s else None
        if found and found[1] > found[0]:
            return found, "metric:earlier-clause"
    span = _count_phrase(text, q, p, periods, q.end, next_start)
    if span[1] > span[0]:
        return (_skip_space(text, span[0], span[1]), span[1]), "metric:after-quantity"
    return None, "metric:none"


def _skip_space(text: str, start: int, end: int) -> int:
    """``start`` moved right past anything that is not a letter or digit (the twin of ``_trim_end``)."""
    while start < end and not text[start].isalnum():
        start += 1
    return start


def _subject(text: str, pieces: list[tuple[int, int]], p: Patterns) -> Optional[tuple[int, int]]:
    """A short subject: the last piece of the clause, or the one before a period that
    only a verb follows ("Hàng hóa thông qua cảng biển | năm 2024 | đạt")."""
    if not pieces:
        return None
    s, e = _strip(text, *pieces[-1], p)
    if e <= s and len(pieces) > 1 and p.only_cues_re.match(text[pieces[-1][0]:pieces[-1][1]]):
        s, e = _strip(text, *pieces[-2], p)
    if e <= s:
        return None
    n_words = len(WORD.findall(text, s, e))
    if 1 <= n_words <= MAX_SUBJECT_WORDS and not p.only_cues_re.match(text[s:e]):
        return s, e
    return None


def decide(block: Block, fig: Figure) -> None:
    """The metric of ``fig``; a change in a count counts what the level before it counts."""
    p = block.rules.compiled(Patterns)
    text, q = block.text, fig.q
    previous = _inherited(block, fig)
    metric, rule = find_metric(text, q, p, fig.sentence, fig.prev_end, fig.left_end, fig.clause_start,
                               block.periods, previous, fig.next_start, block.is_noun_phrase)
    if (fig.kind != "level" and rule == "metric:counted-noun" and metric == (q.noun_start, q.end)
            and previous is not None and not fig.new_sentence):
        # "là 318.450 người, tăng 12.300 người": a change counts what the level before it counts
        metric, rule = previous, "metric:change-of-previous"
    fig.metric = metric
    fig.carried_metric = metric if metric is not None else previous
    fig.note("metric", rule)


def _inherited(block: Block, fig: Figure) -> Optional[Span]:
    """The metric a figure may inherit: the last one given in its paragraph."""
    if not block.figures:
        return None
    before = block.figures[-1]
    if before.sentence.paragraph != fig.sentence.paragraph:
        return None
    return before.carried_metric
