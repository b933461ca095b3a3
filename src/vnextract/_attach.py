"""Stage 4b: attach to each quantity its metric and its period.

Metric: the clause left of the quantity is read from its start (after the
previous quantity, a ";", ":" or "(", or an unjoined comma). In it, an
activity before "cho" is the metric ("giải quyết việc làm cho 12.000 lao
động"); else the phrase from the first metric head word up to its verb
("Giá trị sản xuất công nghiệp | ước đạt"); else, for a count, the counted
noun phrase right of the number ("117 dự án sản xuất công nghiệp ..."); else
a short subject ("Hà Nam | đạt"). A change or share with no subject of its
own takes the metric of the quantity before it.

Period: the nearest period mention before the quantity in its sentence,
else one after it in its clause, else the last one in an earlier sentence
of the paragraph, else the document's report period (stated in its lead).
Comparison bases ("so với cùng kỳ năm 2019") are never periods.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable, Optional

import regex

from ._lexicon import Compiled, fold
from ._periods import Mentions, PeriodMention
from ._quantities import TRAILING_FROM, Found
from ._segment import Sentence

HEAD_PHRASE_END = regex.compile(r"[,;:.()\[\]\"“”!?|\n]|\s-\s|\d")
# a counted noun phrase may hold digits and ranges ("trạm biến áp 110 kV", "khách sạn từ 4 - 5 sao")
COUNT_PHRASE_END = regex.compile(r"[;:()\[\]\"“”!?|\n]|[,.](?!\d)|\s[-–]\s(?!\d)")
WORD = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
LIST_SEP = regex.compile(r"[,;]")
ASIDE = regex.compile(r"\((?=[^()\d;]{1,60}\)\s*[\p{L}\p{M}])[^()\d;]{1,60}\)")
MAX_COUNT_PHRASE_WORDS = 12
AVERAGED_OVER = {"month", "first_months", "quarter", "last_months_of_year", "month_range", "last_n_months"}
SCAN_BACK = 600  # how far left of a quantity a cue or a segment start is looked for
MAX_SUBJECT_WORDS = 10


@dataclass
class Attached:
    """Metric and period chosen for one quantity, with the rules that chose them."""

    metric: Optional[tuple[int, int]] = None
    period: Optional[PeriodMention] = None
    period_from_document: bool = False
    clause_start: int = 0
    rules: list[str] = field(default_factory=list)


def clause_start(text: str, lex: Compiled, sent: Sentence, limit: int, q_start: int) -> int:
    """Start of the clause that ends at ``q_start`` (not before ``limit``)."""
    window_start = max(sent.start, limit)
    window = text[window_start:q_start]
    joined = [(m.start(), m.end()) for m in lex.joined_comma_re.finditer(window)]
    joined += [(m.start(), m.end()) for m in lex.acronym_paren_re.finditer(window)]
    # an aside closed before the figure ("khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) đạt")
    joined += [(m.start(), m.end()) for m in ASIDE.finditer(window)]
    best = 0
    for m in lex.clause_break_re.finditer(window):
        if any(s <= m.start() < e for s, e in joined):
            continue
        best = m.end()
    return window_start + best


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved left past anything that is not a letter or digit (not before ``start``)."""
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return end


def _strip(text: str, start: int, end: int, lex: Compiled) -> tuple[int, int]:
    """Trim clause openers at the start and verbs/qualifiers at the end of a span."""
    start = _skip_space(text, start, end)
    piece = text[start:end]
    m = lex.opener_re.match(piece)
    if m:
        start += m.end()
        piece = text[start:end]
    cut = _trailing_start(text, start, end, lex)
    if cut is not None:
        head = lex.head_re.match(text, start, end) if cut == start else None
        # "Xuất siêu | 11 tháng năm 2023 ước đạt": a head that is also an ender still names the metric
        end = head.end() if head else cut
        for word in lex.compound_re.finditer(text, max(start, end - 12), min(len(text), end + 12)):
            if word.start() < end < word.end():  # "chứng chỉ | đạt", not "chứng | chỉ đạt"
                end = word.end()
    return start, _trim_end(text, start, end)


LETTERS = regex.compile(r"[\p{L}\p{M}]+")
GAP = frozenset(" \t\r\n,:;-\u00a0")


def _trailing_start(text: str, start: int, end: int, lex: Compiled) -> Optional[int]:
    """Where the run of trailing verbs and qualifiers that ends ``text[start:end]`` begins.

    Read word by word from the right against ``lex.trailing_forms`` (the
    longest form first), so the cost is a few set look-ups per word; the
    verbs sit at the end, so only the last 120 characters are looked at.
    """
    words = [(m.start(), m.end()) for m in LETTERS.finditer(text, max(start, end - 120), end)]
    if not words or text[words[-1][0]:words[-1][1]].lower() not in lex.trailing_last_words:
        return None
    if any(c not in GAP for c in text[words[-1][1]:end]):
        return None
    low = [text[a:b].lower() for a, b in words]
    cut, i = None, len(words)
    while i > 0:
        for k in range(min(lex.trailing_max_words, i), 0, -1):
            if (" ".join(low[i - k:i]) in lex.trailing_forms
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
    for p in periods.overlapping(start, end):
        if p.start > pos:
            pieces.append((pos, p.start))
        pos = max(pos, p.end)
    if pos < end:
        pieces.append((pos, end))
    return pieces


def _head_metric(text: str, start: int, end: int, lex: Compiled) -> Optional[tuple[int, int]]:
    """From the first head word (a weak one only at the very start) to the verb after it."""
    weak = lex.weak_head_re.match(text, start, end)
    if weak and NAME_AFTER.match(text, weak.end()):
        weak = None  # "ngành Công Thương đặt mục tiêu ...": an agency, not a part
    head = (lex.head_re.match(text, start, end) or weak or lex.head_re.search(text, start, end)
            or lex.weak_head_re.search(text, start, end))
    if not head:
        return None
    verb = lex.metric_verb_re.search(text, head.end(), end)
    stop = verb.start() if verb else end
    h_start = head.start()
    total = lex.head_prefix_re.search(text, max(start, h_start - 20), h_start)
    if total:  # "tổng công suất": a total of any head
        h_start = total.start()
    paren = text.find("(", head.end(), stop)  # "tổng sản phẩm trên địa bàn (GRDP)"
    if paren >= 0:
        stop = paren
    return h_start, _trim_end(text, head.start(), stop)


def _count_phrase(text: str, q: Found, lex: Compiled, periods: Mentions,
                  unit_start: int, next_start: int) -> tuple[int, int]:
    """The counted noun phrase: the noun and its modifiers right of the number.

    It runs to a stop word or the clause's end. A modifier may open with a
    join word ("xã đạt chuẩn nông thôn mới"); when the next quantity
    stands in the same clause, the phrase ends at the last join before it
    ("nhóm hàng hóa và dịch vụ | có 7 nhóm").
    """
    limit_m = COUNT_PHRASE_END.search(text, q.end, min(len(text), q.end + 200))
    limit = limit_m.start() if limit_m else min(len(text), q.end + 200)
    for p in periods.overlapping(q.end, limit):
        if q.end <= p.start < limit:
            limit = p.start
            break
    end, words, before_join, join_last, kept = q.end, 0, None, False, -1
    for w in WORD.finditer(text, q.end, min(limit, next_start)):
        if w.start() < kept:  # inside a phrase kept whole ("có vốn đầu tư nước ngoài")
            end = w.end()
            continue
        whole = lex.count_exception_re.match(text, w.start(), limit)
        if whole:
            kept, end, join_last = whole.end(), w.end(), False
            words += 1
            continue
        if lex.count_stop_re.match(text, w.start()) or words >= MAX_COUNT_PHRASE_WORDS:
            # a stop word ends the phrase before any next quantity, and a join just before it
            return unit_start, before_join if join_last else end
        join_last = bool(lex.count_join_re.match(text, w.start()))
        if join_last:
            before_join = end
        end = w.end()
        words += 1
    if next_start < limit and before_join is not None:
        end = before_join
    return unit_start, end


PAREN_BEFORE = regex.compile(r"\(\s*[+-]?\s*$")
COMMA = regex.compile(r",\s*")
NAME_AFTER = regex.compile(r"\s+\p{Lu}")
LIST_ITEM = regex.compile(r"([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}),\s*$")


def left_end_of(text: str, q: Found) -> int:
    """Where the words left of ``q`` end: before its qualifier, "từ" or the "(" it stands in."""
    end = q.qualifier_start if q.qualifier_start >= 0 else q.start
    paren = PAREN_BEFORE.search(text, max(0, end - 4), end)
    if paren:
        return paren.start()
    rng = TRAILING_FROM.search(text, max(0, end - 6), end)
    return rng.start() if rng else end


def _extend_list(text: str, span: tuple[int, int], limit: int, lex: Compiled,
                 periods: Mentions) -> tuple[int, int]:
    """Take in the items of a coordinated name cut by commas ("nhà ở, điện, nước và ...")."""
    start, end = span
    for _ in range(6):
        m = LIST_ITEM.search(text, max(limit, start - 40), start)
        if not m or m.start(1) < limit:
            break
        item = m.group(1)
        if not lex.list_opens_re.search(text, max(0, m.start(1) - 20), m.start(1)) and m.start(1) > limit:
            return _headed_item(text, m.end(1), limit, lex, periods, end) or (start, end)
        opener = lex.opener_re.match(item)
        if opener:  # "trong đó có | bằng cấp, chứng chỉ": the list starts after the opener
            if opener.end() < len(item) and not lex.topic_re.match(item):  # "Về cơ cấu, ...": a topic
                start = m.start(1) + opener.end()
            break
        if (lex.metric_verb_re.search(item) or lex.kind_re.search(item)
                or periods.overlapping(m.start(), m.end())
                or item[:1].isupper() and m.start(1) > limit and not text[m.start(1) - 2:m.start(1)].strip() in ("", ",")):
            break
        start = m.start(1)
    return start, end


def _headed_item(text: str, comma: int, limit: int, lex: Compiled, periods: Mentions,
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
    for m in lex.clause_break_re.finditer(text, lo, comma):
        start = m.end()
    if start == lo and lo > limit:
        return None
    opener = lex.opener_re.match(text[start:comma])
    if opener:
        start += opener.end()
    while start < comma and text[start] == " ":
        start += 1
    if not lex.head_re.match(text, start, comma) or lex.kind_re.search(text, start, comma):
        return None
    place = lex.place_re.search(text, start, comma)
    verb = lex.metric_verb_re.search(text, start, comma)
    if place and (verb is None or verb.start() >= place.start()):
        return start, _trim_end(text, start, place.start())
    if periods.overlapping(start, comma):
        return None
    return start, end


def _part_name(text: str, lex: Compiled, sent: Sentence, prev_end: int, left_end: int
               ) -> Optional[tuple[int, int]]:
    """"Trung Quốc dẫn đầu với 142 dự án": the part a breakdown names for this figure."""
    start, broken = max(sent.start, left_end - SCAN_BACK), False
    for m in lex.segment_break_re.finditer(text, start, left_end):
        start, broken = m.end(), True
    seg = text[start:left_end]
    opener = lex.opener_re.match(seg)
    offset = opener.end() if opener else 0
    while offset < len(seg) and seg[offset] in " ,":
        offset += 1
    m = (lex.part_re if broken else lex.part_rank_re).match(seg, offset)
    if m:
        return start + m.start(), start + m.end(1)
    if not lex.part_rank_verb_re.search(seg):
        return None  # no ranking verb: no ranking clause to look for
    for comma in COMMA.finditer(seg):  # a ranking clause later in the segment
        m = lex.part_rank_re.match(seg, comma.end())
        if m:
            return start + m.start(), start + m.end(1)
    return None


def _ranked_part(text: str, lex: Compiled, sent: Sentence, prev_end: int, left_end: int,
                 periods: Mentions) -> Optional[tuple[int, int]]:
    """"dệt may là nhóm hàng có kim ngạch lớn nhất, ước đạt 40 tỷ USD": the part a ranking names."""
    lo = max(sent.start, prev_end, left_end - SCAN_BACK)
    sup = None
    for sup in lex.superlative_re.finditer(text, lo, left_end):
        pass
    if sup is None or ";" in text[sup.end():left_end] or len(WORD.findall(text, sup.end(), left_end)) > 8:
        return None
    start = lo
    for m in lex.clause_break_re.finditer(text, lo, sup.start()):
        start = m.end()
    verb = lex.rank_verb_re.search(text, start, sup.start())  # the clause's first: "X là nhóm hàng có ..."
    if verb is None or len(WORD.findall(text, verb.end(), sup.start())) > 8:
        return None
    pieces = _without_periods(start, verb.start(), periods)
    subject = _subject(text, pieces[-1:], lex)
    if subject is None or lex.head_re.match(text, subject[0]):
        return None  # "tỷ trọng ... là lớn nhất": a property, not a part
    return _extend_list(text, subject, lo, lex, periods)


def _head_after(text: str, q: Found, lex: Compiled) -> Optional[tuple[int, int]]:
    """"thu hút hơn 430 triệu USD vốn FDI": a metric head right after the quantity."""
    pos = q.end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    head = lex.any_head_re.match(text, pos)
    if not head:
        return None
    limit = HEAD_PHRASE_END.search(text, head.end(), min(len(text), head.end() + 120))
    end = limit.start() if limit else min(len(text), head.end() + 120)
    verb = lex.metric_verb_re.search(text, head.end(), end)
    stop = verb.start() if verb else end
    return head.start(), _trim_end(text, head.start(), stop)


def find_metric(text: str, q: Found, lex: Compiled, sent: Sentence, prev_end: int,
                left_end: int, cstart: int, periods: Mentions, previous: Optional[tuple[int, int]],
                next_start: int, is_noun_phrase: Optional[Callable[[str], bool]] = None
                ) -> tuple[Optional[tuple[int, int]], str]:
    """The metric span for ``q`` and the name of the rule that found it (see ``_find_metric``).

    An averaging word at its end that leads into a span of months belongs to
    the period: "Giá vàng bình quân | tháng 10/2024", "CPI bình quân | 10
    tháng"; before a year it names the measure ("CPI bình quân năm 2024").
    """
    span, rule = _find_metric(text, q, lex, sent, prev_end, left_end, cstart, periods, previous,
                              next_start, is_noun_phrase)
    if span is not None:
        avg = lex.rate_end_re.search(text, max(span[0], span[1] - 30), span[1])
        after = periods.overlapping(span[1], span[1] + 3)
        if avg and avg.start() > span[0] and after and after[0].resolver in AVERAGED_OVER:
            span = (span[0], _trim_end(text, span[0], avg.start()))
    return span, rule


def _find_metric(text: str, q: Found, lex: Compiled, sent: Sentence, prev_end: int,
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
            and not lex.metric_verb_re.search(text, prev_end, left_end)
            and not lex.kind_re.search(text, prev_end, left_end)):
        # "chiếm 1,12% tổng dư nợ (-0,02% so với đầu năm)": the change of the figure just before
        return previous, "metric:parenthesised-after-figure"
    pieces = _without_periods(cstart, left_end, periods)
    # an activity ("giải quyết việc làm cho 12.000 lao động")
    if pieces:
        p_start, p_end = pieces[-1]
        act = lex.activity_re.search(text[p_start:p_end])
        if act:
            a_start = p_start
            for opener in lex.activity_opener_re.finditer(text, p_start, p_start + act.start()):
                a_start = opener.end()
            for cue in lex.status_cue_re.finditer(text, a_start, p_start + act.start()):
                a_start = cue.end()  # "dự kiến | tạo việc làm cho 1.800 lao động"
            a_start, a_end = _strip(text, a_start, p_start + act.start(), lex)
            if a_end > a_start:
                span = _extend_list(text, (a_start, a_end), max(sent.start, prev_end), lex, periods)
                return span, "metric:activity"
    about = lex.about_after_re.match(text, q.end)
    if about:
        return (about.start(1), about.end(1)), "metric:ve-after"
    if not q.is_count and not q.canonical.startswith("percent") and q.canonical != "times":
        # ("gấp đôi mức giá năm 2019": after a multiple stands its base, not its metric)
        after = _head_after(text, q, lex)
        if after and after[1] > after[0]:
            return after, "metric:head-after"
    part = _part_name(text, lex, sent, prev_end, left_end)
    if part:
        return part, "metric:part-name"
    ranked = _ranked_part(text, lex, sent, prev_end, left_end, periods)
    if ranked:
        return ranked, "metric:ranked-part"
    named = lex.named_with_re.search(text, max(sent.start, prev_end), left_end)
    if named and len(WORD.findall(named.group(1))) <= MAX_SUBJECT_WORDS:
        # "Nhóm hàng có kim ngạch lớn nhất là điện tử, máy tính và linh kiện với 51,4 tỷ USD"
        return (named.start(1), named.end(1)), "metric:named-with"
    for p_start, p_end in pieces:
        for cue in lex.target_re.finditer(text, p_start, p_end):  # "đặt mục tiêu | tín dụng ..."
            p_start = cue.end()
        s, e = _strip(text, p_start, p_end, lex)
        if e > s:
            found = _head_metric(text, s, e, lex)
            if (found and q.is_count and not lex.count_subject_verb_re.search(text, found[1], left_end)
                    and (text[found[1]:left_end].strip()
                         or (not lex.head_re.match(text, found[0]) and q.canonical == "count"
                             and _count_phrase(text, q, lex, periods, q.noun_start, next_start)[1] > q.end))):
                # a count's own noun phrase beats a head with no verb to it, and a weak head
                # ("ngành ... tổ chức | 42 phiên chợ hàng Việt") when the count has modifiers
                found = None
            if found and found[1] > found[0]:
                if found[0] == s and not lex.head_re.match(text, found[0]):
                    found = _extend_list(text, found, max(sent.start, prev_end), lex, periods)
                return found, "metric:head-word"
    if q.is_count and q.canonical == "count":
        subject = _subject(text, pieces, lex)
        if subject is not None and lex.level_verb_re.search(text, subject[1], left_end):
            return subject, "metric:subject"
        phrase = _count_phrase(text, q, lex, periods, q.noun_start, next_start)
        if (phrase[1] == q.end and subject is not None and is_noun_phrase is not None
                and not text[subject[1]:left_end].strip() and is_noun_phrase(text[subject[0]:subject[1]])):
            # "trong đó trình độ cao đẳng, trung cấp 19.260 người": a bare counted noun after the part's name
            return _extend_list(text, subject, max(sent.start, prev_end), lex, periods), "metric:named-before-count"
        return phrase, "metric:counted-noun"
    if (previous is not None and cstart == prev_end > sent.start
            and lex.change_join_re.search(text, prev_end, left_end)):
        # "bằng 97,3% dự toán năm và tăng 16,9%": the words after a figure are its complement
        return previous, "metric:inherited"
    subject = _subject(text, pieces, lex)
    if subject is not None:
        return _extend_list(text, subject, max(sent.start, prev_end), lex, periods), "metric:subject"
    if previous is not None:
        return previous, "metric:inherited"
    # bounded: a long sentence of figures (a pasted table) must not be walked again for each one
    for p_start, p_end in reversed(_without_periods(max(sent.start, cstart - SCAN_BACK), cstart, periods)):
        s, e = _strip(text, p_start, p_end, lex)
        found = _head_metric(text, s, e, lex) if e > s else None
        if found and found[1] > found[0]:
            return found, "metric:earlier-clause"
    span = _count_phrase(text, q, lex, periods, q.end, next_start)
    if span[1] > span[0]:
        return (_skip_space(text, span[0], span[1]), span[1]), "metric:after-quantity"
    return None, "metric:none"


def _skip_space(text: str, start: int, end: int) -> int:
    """``start`` moved right past anything that is not a letter or digit (the twin of ``_trim_end``)."""
    while start < end and not text[start].isalnum():
        start += 1
    return start


def _subject(text: str, pieces: list[tuple[int, int]], lex: Compiled) -> Optional[tuple[int, int]]:
    """A short subject: the last piece of the clause, or the one before a period that
    only a verb follows ("Hàng hóa thông qua cảng biển | năm 2024 | đạt")."""
    if not pieces:
        return None
    s, e = _strip(text, *pieces[-1], lex)
    if e <= s and len(pieces) > 1 and lex.only_cues_re.match(text[pieces[-1][0]:pieces[-1][1]]):
        s, e = _strip(text, *pieces[-2], lex)
    if e <= s:
        return None
    n_words = len(WORD.findall(text, s, e))
    if 1 <= n_words <= MAX_SUBJECT_WORDS and not lex.only_cues_re.match(text[s:e]):
        return s, e
    return None


def find_period(q: Found, sent: Sentence, sentences_in_par: list[Sentence],
                periods: Mentions, next_start: int, clause_start_of_q: int, clause_end: int,
                document_period: Optional[PeriodMention], in_related_list: bool,
                first_quantity: Optional[dict[int, int]] = None, breaks_down: bool = False
                ) -> tuple[Optional[PeriodMention], str]:
    """The period mention governing ``q`` and the name of the rule that chose it.

    ``first_quantity`` maps a sentence's start to where its first quantity
    starts: a period carries into later sentences of its paragraph when it
    frames its own sentence (stands before that sentence's first figure) or
    is the first period of the paragraph; one met only in a later clause
    ("...; bình quân 8 tháng tăng 30,15%.") stays in its sentence, unless
    the sentence of ``q`` ``breaks_down`` the figure just before ("Trong đó,
    ..."), which takes the last period.
    """
    quoted = [p for p in periods.overlapping(q.end, min(clause_end, q.end + 30))
              if p.resolver == "same_period" and not p.is_base]
    if quoted:  # "mức tăng 5,48% của cùng kỳ năm 2023": the base's own figure
        return quoted[0], "period:quoted-base-after"
    before = next((p for p in periods.within_reversed(sent.start, q.start)
                   if not p.is_base and (not p.local or p.start >= clause_start_of_q)), None)
    if before is not None:
        return before, "period:same-sentence"
    after = [p for p in periods.overlapping(q.end, min(next_start, clause_end, q.end + 40))
             if not p.is_base and p.start >= q.end]
    if after:
        return after[0], "period:same-clause-after"
    par_start = sentences_in_par[0].start if sentences_in_par else sent.start
    for p in periods.within_reversed(par_start, sent.start):  # the nearest that carries
        if (not p.is_base and not p.local and not p.future and not p.sentence_only
                and (breaks_down or _frames_its_sentence(p, sentences_in_par, first_quantity, periods))):
            return p, "period:paragraph"
    if document_period is not None and not in_related_list:
        return document_period, "period:document"
    return None, "period:none"


def _frames_its_sentence(p: PeriodMention, sentences_in_par: list[Sentence],
                         first_quantity: Optional[dict[int, int]], periods: Mentions) -> bool:
    """Whether ``p`` stands before its sentence's first figure, or is the first period of the paragraph."""
    if first_quantity is None or not sentences_in_par:
        return True
    i = bisect.bisect_right(sentences_in_par, p.start, key=lambda s: s.start) - 1
    start = sentences_in_par[max(i, 0)].start
    if p.start < first_quantity.get(start, p.start + 1):
        return True
    return i <= 0 and not any(not m.is_base and m is not p for m in periods.within_reversed(start, p.start))
