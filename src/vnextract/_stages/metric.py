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

import bisect
import functools
import operator
import threading
from dataclasses import dataclass, field, replace
from itertools import repeat
from typing import TYPE_CHECKING, Callable, Iterator, Optional

import regex

from .._context import SCAN_BACK, Block, Figure, Found, Mentions, Sentence, Span
from .._rules.patterns import FLAGS, LEFT, alternation, at_end, counted_names, fold, names_alternation

if TYPE_CHECKING:  # pragma: no cover
    from .._rules import RuleSet

TIMES, PERCENT, COUNT = "times", "percent", "count"
PERCENTAGE_POINT = "percentage_point"
FRONT_COMMA = regex.compile(r",(?=\s*\p{L})(?![^,;.]*\d)")  # the comma after which the clause has no figure
ACRONYM_GLOSS = regex.compile(r"\(\p{Lu}[\p{Lu}\p{N}&.\-]{1,9}\)")  # "(CPI)", "(GRDP)", "(B2C)"
GLOSS_REST_WORDS = 5  # at most this many words of the phrase after an acronym in "(...)"
SENTENCE_OPENING = regex.compile(r"[ \n\"“\-–]*")  # what may stand before a sentence's first word


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
        # a figure verb ends the metric only with a figure after it, at most one word on
        figure_verb = alternation(m.figure_verbs.forms) + r"(?=\s+(?:[\p{L}\p{M}]+\s+)?[\p{N}])"
        self.metric_verb_re = regex.compile(
            f"(?:{alternation(m.place_tails.forms)}|(?!{exceptions})(?:{alternation(m.verbs.forms)}|{figure_verb}))",
            FLAGS)
        kind_words = [w for group in ("up", "down", "to_level", "multiple", "skip")
                      for w in getattr(kind, group).forms]
        trailing = list(m.verbs.forms) + list(m.figure_verbs.forms) + list(m.place_tails.forms) + list(m.trailing_only.forms) + kind_words
        self.trailing_forms = {fold(f) for f in trailing}  # stripped from the end of the words before a figure
        self.trailing_max_words = max((len(f.split()) for f in trailing), default=1)
        self.trailing_last_words = {f.split()[-1] for f in self.trailing_forms}
        self.participles = {fold(f) for f in m.participles.forms}
        self.classifiers = {fold(f) for f in rules.counts.classifiers.forms}
        self.passive_group_re = regex.compile(
            r"(?<=[\p{L}\p{M}\p{N}])\s+(?:" + alternation(m.passive_markers.forms)
            + r")(?:\s+\p{Ll}[\p{L}\p{M}]*){1,%d}\s*$" % PASSIVE_GROUP_WORDS, FLAGS)
        self.receiving_verb_re = regex.compile(
            r"(?<![\p{L}\p{M}])(?:" + alternation(m.receiving_verbs.forms) + r")\s*$", FLAGS)
        self.only_cues_re = regex.compile(
            r"^(?:[\s,:;-]*(?:" + alternation(trailing + list(kind.rate.forms)) + r"))*[\s,:;-]*$", FLAGS)
        self.compound_re = regex.compile(alternation(m.compounds.forms), FLAGS)
        self.compound_forms = {fold(f) for f in m.compounds.forms}
        self.compound_words = max((len(f.split()) for f in m.compounds.forms), default=0)
        # how far around a position a compound holding it is looked for: the longest compound
        self.compound_reach = max((len(f) for f in m.compounds.forms), default=0)
        self.activity_re = regex.compile(r"(" + alternation(m.activity_markers.forms) + r")\s*$", FLAGS)
        name = (r"(?:(?i:" + alternation(m.part_prefixes.forms) + r")\s+)?"
                r"((?:" + "|".join(m.part_name.forms or [r"(?!)"]) + r"))\s+(?:[\p{Ll}\p{M}]+\s+){0,3}?")
        self.part_re = regex.compile(
            name + r"(?i:" + alternation(list(m.part_verbs.forms) + list(m.part_rank_verbs.forms)) + ")")
        self.part_rank_re = regex.compile(name + r"(?i:" + alternation(m.part_rank_verbs.forms) + ")")
        # one capitalised word before a ranking verb, an adverb or two between: "Vietcombank tiếp tục
        # dẫn đầu với ...", "Honda vẫn áp đảo với ..."
        self.word_rank_re = regex.compile(
            r"(\p{Lu}[\p{L}\p{M}]*)\s+(?:[\p{Ll}\p{M}]+\s+){0,2}?(?i:" + alternation(m.part_rank_verbs.forms) + ")")
        self.part_rank_verb_re = regex.compile(alternation(m.part_rank_verbs.forms), FLAGS)
        self.place_re = regex.compile(alternation(m.place_markers.forms), FLAGS)
        about = alternation(m.about_markers.forms)
        # "tăng 6,8% về số doanh nghiệp | nhưng giảm": the phrase after the marker ends at a join
        joins = "(?:" + alternation(list(m.change_joins.forms) + list(m.about_ends.forms)) + ")"
        # "giảm 5% về số dự án": the metric is the thing after the marker
        self.about_after_re = regex.compile(
            r"\s+" + about + r"\s+([\p{L}\p{M}]+(?:\s+(?!" + joins + r")[\p{L}\p{M}\d]+){0,7}?)"
            r"(?=\s*(?:[,;.)]|" + joins + r"|$))", FLAGS)
        self.topic_re = regex.compile(alternation(m.topic_markers.forms), FLAGS)
        self.rank_verb_re = regex.compile(alternation(m.rank_verbs.forms), FLAGS)
        # "..., vượt mục tiêu | 3.800 tỷ đồng", "bằng 96% chỉ tiêu phấn đấu | 1,25 triệu tấn": a plan
        # word, a word or two (checked for a head apart), then the figure
        self.plan_after_re = regex.compile(r"(?:" + alternation(rules.bases.plan.forms) + r")\s+", FLAGS)
        self.plan_forms = {fold(f) for f in rules.bases.plan.forms}
        self.plan_quote_re = regex.compile(
            r"(?:" + alternation(rules.bases.plan.forms) + r")((?:\s+[\p{Ll}\p{M}]+){0,2}?)\s*$", FLAGS)
        self.superlative_re = regex.compile(
            alternation(m.superlatives.forms) + r"|" + LEFT + r"(?:" + "|".join(m.superlative_shapes.forms or [r"(?!)"])
            + r")(?![\p{L}\p{M}\d])", FLAGS)
        self.set_opener_re = regex.compile(alternation(m.set_openers.forms), FLAGS)
        # the "(" a figure stands in, a verb or two between ("EU (chiếm 18%)")
        self.paren_open_re = regex.compile(r"\((?:\s*(?:" + alternation(list(m.verbs.forms)) + r"))?\s*$", FLAGS)
        self.activity_opener_re = regex.compile(alternation(m.activity_openers.forms), FLAGS)
        self.count_exception_re = regex.compile(alternation(m.count_phrase_exceptions.forms), FLAGS)
        self.count_stop_re = regex.compile(
            f"(?!{alternation(m.count_phrase_exceptions.forms)})" + alternation(m.count_phrase_stops.forms), FLAGS)
        self.count_join_re = regex.compile(alternation(m.count_phrase_joins.forms), FLAGS)
        # "bảy tỉnh, thành phố có ...": a second counted noun after a comma goes on with the first
        # (a whole word, and not a stop: "3 khu công nghiệp, | bao gồm ...")
        self.next_noun_re = regex.compile(
            r"\s*,\s*(?!" + alternation(m.count_phrase_stops.forms) + r"(?![\p{L}\p{M}]))"
            + alternation(rules.counts.nouns.forms) + r"(?![\p{L}\p{M}])", FLAGS)
        self.classifier_re = regex.compile(
            r"(?:" + alternation(rules.counts.classifiers.forms) + r")\s+(?=\p{Ll})", FLAGS)
        self.compared_opener_re = regex.compile(alternation(m.compared_openers.forms) + r"\s", FLAGS)
        self.compared_before_re = regex.compile(r"(?<![\p{L}\p{M}])" + at_end(m.compared_openers.forms), FLAGS)
        self.opener_re = regex.compile(
            r"^(?:[\s,:;-]*(?:" + alternation(m.clause_openers.forms) + r"))+[\s,:;-]*", FLAGS)
        self.modifier_opener_re = regex.compile(alternation(m.modifier_openers.forms), FLAGS)
        self.predicate_opener_re = regex.compile(alternation(m.predicate_openers.forms), FLAGS)
        self.owner_split_re = regex.compile(alternation(m.owner_openers.forms), FLAGS)
        self.clause_break_end_re = regex.compile(at_end(m.clause_breaks.forms), FLAGS)
        self.clause_break_re = regex.compile(r"[;:()\[\]\"|•,]|" + alternation(m.clause_breaks.forms), FLAGS)
        self.list_opens_re = regex.compile(r"(?:^|[,;:(.]|" + alternation(m.list_openers.forms) + r")\s*$", FLAGS)
        # "là <name> [,] với [kim ngạch] [đạt]" right before a figure
        self.named_with_re = regex.compile(
            alternation(m.naming_verbs.forms) + r"\s+([^;:()]+?)\s*,?\s+" + alternation(m.naming_links.forms)
            + r"(?:\s+" + alternation(m.heads.forms) + r")?(?:\s+(?:" + alternation(list(m.verbs.forms))
            + r"))?\s*$", FLAGS)
        # "Các huyện có diện tích lớn là Văn Bàn (1.240 ha)", "cao nhất là nhóm giao thông (tăng 7,52%)":
        # the name before the "(" a figure stands in
        self.named_re = regex.compile(alternation(m.naming_verbs.forms) + r"\s+([^;:()]+?)\s*$", FLAGS)
        # cue words the metric steps over
        kind_all = {}
        for group in ("up", "down", "to_level", "rate", "multiple", "skip"):
            for form in getattr(kind, group).forms:
                kind_all.setdefault(fold(form), group)
        self.kind_re = regex.compile(alternation(kind_all), FLAGS)
        # "nhích lên từ": change words (and grammar words) alone name no measure
        changes = [f for group in ("up", "down", "to_level", "multiple") for f in getattr(kind, group).forms]
        self.only_change_re = regex.compile(r"^(?:\s*(?:" + alternation(changes) + r"))*\s*$", FLAGS)
        self.rate_end_re = regex.compile(at_end(kind.rate.forms), FLAGS)
        self.target_re = regex.compile(alternation(st.target.forms), FLAGS)
        self.status_cue_re = regex.compile(
            alternation(list(st.target.forms) + list(st.planned.forms) + list(st.estimate.forms)
                        + list(st.forecast.forms)), FLAGS)
        self.segment_break_re = regex.compile(";|" + alternation(st.breakdowns.forms), FLAGS)
        self.part_list_opener_re = regex.compile(alternation(m.part_list_openers.forms) + r"\s*[,:]", FLAGS)
        self.about_marker_re = regex.compile(alternation(m.about_markers.forms) + r"\s", FLAGS)
        # tails a metric never ends with, and the names that keep them
        self.tail_re = regex.compile(
            "(?:" + alternation(m.tails.forms) + "|" + alternation(m.tail_before_names.forms)
            + r"(?=\s+(?-i:\p{Lu})))", FLAGS)
        # an owner that is a count and the names it lists ("của 3 chuỗi Alpha, Beta và Gamma")
        self.counted_names_tail_re = regex.compile(
            r"(?<![\p{L}\p{M}])" + alternation(m.tail_before_counted_names.forms)
            + r"(?=\s+" + counted_names(rules.counts.list_intros.forms, m.item_joins.forms) + ")",
            FLAGS) if m.tail_before_counted_names.forms else None
        self.fixed_name_re = regex.compile(alternation(m.fixed_names.forms), FLAGS)
        self.end_tail_re = regex.compile(r"(?<=\S)\s+(?:" + alternation(m.end_tails.forms) + r")$", FLAGS)
        # a threshold word and the bound it sets, when the bound is no quantity ("trên 75% dự toán")
        self.threshold_word_re = regex.compile(
            "(?:" + alternation(rules.counts.threshold_before.forms) + r")\s+\d[\d.,]*(?:\s*%)?", FLAGS)
        self.tail_keeper_re = regex.compile(r"(?<![\p{L}\p{M}])(?:" + alternation(m.tail_keepers.forms) + r")\s+$", FLAGS)
        self.anaphors = {fold(f) for f in m.anaphors.forms}
        self.generic_counted = {fold(f) for f in m.generic_counted.forms}
        self.number_words = {fold(f) for f in rules.numbers.number_words.values}
        place_name = r"(?-i:\p{Lu}[\p{L}\p{M}.]*(?:\s+(?:-\s+)?\p{Lu}[\p{L}\p{M}.]*){0,4})"
        # a place after a link word ("tại Cần Thơ") or with its kind ("miền Trung", "tỉnh Long An")
        place = (r"(?:(?:" + alternation(m.place_list_links.forms) + r")\s+(" + place_name + r")|((?:"
                 + alternation(m.part_prefixes.forms) + r")\s+" + place_name + r"))")
        # the clause of a list item that names only a place: "..., tại Cần Thơ | 7.300 đồng/kg"
        self.place_item_re = regex.compile(r"[,;]\s*" + place + r"\s*(?:" + alternation(m.verbs.forms) + r"\s*)?$", FLAGS)
        # the place of the first item, and a next item after it: "tại An Giang 7.500 đồng/kg, | tại Cần Thơ"
        self.place_in_clause_re = regex.compile(r"(?r)" + place, FLAGS)
        self.place_next_re = regex.compile(r"[^,;.\n]{0,40}?[,;]\s*" + place + r"\s+\d", FLAGS)
        self.aside_share_re = regex.compile(
            r"\(\s*" + alternation(m.aside_share_verbs.forms) + r"(?:\s+[\p{L}\p{M}]+){0,2}?\s*", FLAGS)
        self.aside_share_link_re = regex.compile(alternation(m.aside_share_links.forms) + r"\s+|[,;]\s*", FLAGS)
        self.function_words = {fold(f) for f in m.function_words.forms}
        self.fronting_re = regex.compile(alternation(m.fronting_markers.forms) + r"\s+$", FLAGS)
        self.empty_names = {fold(f) for f in m.empty_names.forms}
        self.share_wholes = {fold(f) for f in rules.periods.share_wholes.forms}
        self.dangling_ends = {fold(f) for f in m.dangling_ends.forms}
        self.reporting_end_re = regex.compile(
            r"(?<![\p{L}\p{M}])" + alternation(m.reporting_verbs.forms) + r"[\s,:]*(?:"
            + alternation(rules.periods.own_links.forms) + r"\s*)?$", FLAGS)  # "cho biết | trong | năm qua"
        self.reporting_verb_re = regex.compile(
            r"(?<![\p{L}\p{M}])" + alternation(m.reporting_verbs.forms) + r"\s+(?=[\p{L}\p{N}])", FLAGS)
        self.growth_prefix_re = regex.compile(alternation(m.growth_prefixes.forms) + r"\s+(?=[\p{L}\p{N}])", FLAGS)
        self.growth_tail_re = regex.compile(r"\s+" + alternation(m.growth_tails.forms) + r"$", FLAGS)
        self.appositive_re = regex.compile(r"\s*" + alternation(m.appositive_openers.forms) + r"\s", FLAGS)
        self.apposed_re = regex.compile(r",\s*" + alternation(m.appositive_openers.forms) + r"\s", FLAGS)
        self.period_link_end_re = regex.compile(
            r"(?<![\p{L}\p{M}])" + alternation(rules.periods.after_links.forms) + r"\s*$", FLAGS)
        self.set_head_re = regex.compile(alternation(m.set_heads.forms) + r"\s", FLAGS)
        # "đang" and a verb after a measure or set head: which set is measured ("số xe | đang lưu hành")
        self.relative_marker_re = regex.compile(
            alternation(m.relative_markers.forms) + r"\s+[\p{L}\p{M}]", FLAGS) if m.relative_markers.forms else None
        self.price_basis_re = regex.compile(r"[\s,]*" + alternation(m.price_bases.forms) + r"[\s,]*", FLAGS)
        self.growth_before_re = regex.compile(r"(?<![\p{L}\p{M}])" + at_end(m.growth_prefixes.forms), FLAGS)
        self.part_attributes = {fold(f) for f in m.part_attributes.forms}
        self.count_share_link_re = regex.compile(
            r"\s*,\s*" + alternation(m.count_share_links.forms) + r"(?:\s*:)?\s*$", FLAGS)
        self.named_part_re = regex.compile(
            r"(?:(?i:" + alternation(m.part_prefixes.forms) + r")\s+)?\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*)*")
        self.share_lead_re = regex.compile(r"\s*(?:" + alternation(m.share_leads.forms) + r"[\s,]+)*", FLAGS)
        self.object_verbs = {fold(f) for f in m.object_verbs.forms}
        self.object_verb_re = regex.compile(
            r"(?<=\S)\s+(?:" + alternation(m.object_verbs.forms) + r")\s*$", FLAGS)
        self.respective_re = regex.compile(alternation(m.respectively.forms), FLAGS)
        # what may stand between "lần lượt" and its first figure ("lần lượt là", "lần lượt đạt")
        self.respective_lead_re = regex.compile(
            r"\s*(?:(?:" + alternation(list(m.naming_verbs.forms) + list(m.verbs.forms)) + r")\s+)?", FLAGS)
        self.naming_in_item_re = regex.compile(r"\s" + alternation(m.naming_verbs.forms) + r"\s+", FLAGS)
        joins = alternation(m.item_joins.forms)
        self.list_gap_re = regex.compile(r"[\s,;]*(?:" + joins + r"\s*)?", FLAGS)  # "12,9%, 3,7% và 6,5%"
        # not the comma of "2,1 tỷ USD"
        self.item_separator_re = regex.compile(
            r"\s*(?:;|(?<!\d),|,(?!\d))\s*(?:" + joins + r"\s+)?|\s+" + joins + r"\s+", FLAGS)
        self.joined_name_re = regex.compile(names_alternation(m.classification_names.forms), FLAGS)
        name = "|".join(m.part_name.forms or [r"(?!)"])
        self.name_subject_re = regex.compile(
            r"(?:(?i:" + alternation(m.part_prefixes.forms) + r")\s+)?((?-i:" + name
            + r"|\p{Lu}[\p{Lu}\p{Ll}]*[.\p{Lu}][\p{L}.]*))(?=\s+\p{Ll}|\s*$)")
        self.link_re = regex.compile(alternation(m.naming_links.forms), FLAGS)
        self.verb_opener_re = regex.compile(alternation(m.verb_openers.forms), FLAGS)
        # "các DN phi nhân thọ | đã | bồi thường": an agent, its aspect word, the verb
        self.price_link_re = regex.compile(
            "(?:" + alternation(m.price_links.forms) + "|(" + alternation(m.passive_price_links.forms) + r"))\s*$", FLAGS)
        self.passive_word_re = regex.compile(alternation(m.passive_markers.forms), FLAGS)
        self.passive_end_re = regex.compile(r"(?<![\p{L}\p{M}])" + at_end(m.passive_markers.forms), FLAGS)
        self.count_verb_re = regex.compile(alternation(m.count_phrase_verbs.forms) + r"\b", FLAGS)
        self.passive_start_re = regex.compile(r"\s*" + alternation(m.passive_markers.forms) + r"\s", FLAGS)
        self.whole_set_end_re = regex.compile(alternation(m.whole_set_ends.forms), FLAGS)
        self.agent_aspect_re = regex.compile(r".*\S\s+" + alternation(m.agent_aspects.forms) + r"\s+", FLAGS)
        self.subject_end_re = regex.compile(
            "(?:" + alternation(list(m.subject_ends.forms) + list(m.verbs.forms)) + ")", FLAGS)
        self.agent_re = regex.compile("(?:" + alternation(m.agents.forms) + r")\s+(?=(?-i:\p{Ll}))", FLAGS)
        self.agent_only_re = regex.compile(alternation(m.agents.forms), FLAGS)
        self.agent_verb_re = regex.compile("(?:" + alternation(m.agent_verbs.forms) + r")\s+(?=(?-i:\p{Ll}))", FLAGS)
        self.leading_cue_re = regex.compile(
            r"(?:" + alternation(list(st.estimate.forms) + list(st.planned.forms) + list(st.forecast.forms))
            + r")\s+", FLAGS)
        self.owner_after_re = regex.compile(
            r"\s+" + alternation(m.owner_markers.forms) + r"\s+((?-i:" + "|".join(m.part_name.forms or [r"(?!)"])
            + r"|\p{Lu}[\p{L}\p{M}.]*))", FLAGS)

        # "trường tuyển | được | 640 sinh viên": only particles between a verb and the count it takes
        particles = alternation(m.object_particles.forms)
        self.object_particles_re = regex.compile(r"\s*((?:" + particles + r"\s*)*)", FLAGS)
        self.object_particles_end_re = regex.compile(r"(?<=\s)(?:" + particles + r")\s*$", FLAGS)
        # "..., trong khi cà phê cùng loại của Indonesia | là | 4.250 USD/tấn và của Brazil là ...":
        # an owner named right before the figure's verb, where owners are compared
        self.owner_before_re = regex.compile(
            alternation(m.owner_markers.forms) + r"\s+((?-i:" + "|".join(m.part_name.forms or [r"(?!)"])
            + r"|\p{Lu}[\p{L}\p{M}.]*))\s+(?:" + alternation(m.part_verbs.forms) + r")?\s*$", FLAGS)


_MEMO = threading.local()


def _per_text(fn):
    """Keep ``fn(text, start, end, p)`` for the text being read: the readings of one figure,
    and of its neighbours, look at the same spans again and again. Only the last text's
    answers are kept (per thread), so memory stays bounded and nothing leaks across texts."""
    name = fn.__name__

    @functools.wraps(fn)
    def kept(text: str, start: int, end: int, p: "Patterns"):
        memo = getattr(_MEMO, "memo", None)
        if memo is None or memo[0] is not text or memo[1] is not p:
            memo = _MEMO.memo = (text, p, {})
        answers, key = memo[2], (name, start, end)
        value = answers.get(key, _MISSING)  # about half the calls miss: no exception for them
        if value is _MISSING:
            value = answers[key] = fn(text, start, end, p)
        return value
    return kept


_MISSING = object()


REACH = 200  # how far a pattern anchored at a position may look: regex scans to the end of the text otherwise
ELLIPSIS = regex.compile(r"…|\.\.\.")
HEAD_PHRASE_END = regex.compile(r"[,;:.()\[\]\"!?|\n]|\s-\s|\d")
# a counted noun phrase may hold digits and ranges ("trạm biến áp 110 kV", "khách sạn từ 4 - 5 sao")
COUNT_PHRASE_END = regex.compile(r"[;:()\[\]\"!?|\n]|[,.](?!\d)|\s-\s(?!\d)")
WORD = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
LIST_SEP = regex.compile(r"[,;]")
ACRONYM_IN_PARENS = regex.compile(r"\s*\(\s*(\p{Lu}[\p{Lu}\d&.-]{1,11})\s*\)")
MAX_COUNT_PHRASE_WORDS = 12
MAX_SUBJECT_WORDS = 10
MAX_NAME_WORDS = 4  # a place or market named as a part: "Ai Cập", "Bà Rịa - Vũng Tàu"
OBJECT_VERB_MIN_WORDS = 3  # "tỷ lệ giải ngân", "giá bán" keep their verb
PASSIVE_GROUP_WORDS = 6  # "được thương lái thu mua tại ruộng"
TAIL_REST_WORDS = 3  # words a territory tail may carry after it ("trên địa bàn tỉnh", "trong khu vực quản lý")


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved left past anything that is not a letter or digit (not before ``start``)."""
    while end > start and not text[end - 1].isalnum():
        if text[end - 1] == "%" and end - 1 > start and text[end - 2].isdigit():
            break  # "chủ đầu tư giải ngân dưới 30%": a bound written in the phrase
        end -= 1
    return end


@_per_text
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
        if cut > start and p.agent_only_re.fullmatch(text, start, _trim_end(text, start, cut)):
            start = cut  # "tỉnh | xuất siêu 692 triệu USD": the agent names nothing, the verb may
        head = p.head_re.match(text, start, end) if cut == start else None
        # "Xuất siêu | 11 tháng năm 2023 ước đạt": a head that is also an ender still names the metric
        end = head.end() if head else cut
        word = _compound_over(text, end, end, start, len(text), p)
        if word is not None:  # "chứng chỉ | đạt", not "chứng | chỉ đạt"
            end = word.end()
    return start, _trim_end(text, start, end)


COMPARED_REACH = 16  # longer than any of `compared_openers` and its space
GROWTH_REACH = 24  # longer than any growth prefix ("tốc độ tăng trưởng") and its space


def _compound_over(text: str, a: int, b: int, lo: int, hi: int, p: Patterns) -> Optional["regex.Match"]:
    """The compound ("chỉ số", "cuối cùng") that overlaps ``text[a:b]`` (or holds position ``a``
    when ``a == b``) without being exactly it, looked for inside ``[lo, hi)``; None if none."""
    for word in p.compound_re.finditer(text, max(lo, a - p.compound_reach), min(hi, b + p.compound_reach)):
        if word.start() < b and a < word.end() and (word.start(), word.end()) != (a, b):
            return word
    return None


LETTERS = regex.compile(r"[\p{L}\p{M}]+")
LAST_LETTERS = regex.compile(r"(?r)[\p{L}\p{M}]+")  # searched from the right: the last run of letters
GAP = frozenset(" \t\r\n,:;-\u00a0")


def _trailing_start(text: str, start: int, end: int, p: Patterns) -> Optional[int]:
    """Where the run of trailing verbs and qualifiers that ends ``text[start:end]`` begins.

    Read word by word from the right against ``p.trailing_forms`` (the
    longest form first), so the cost is a few set look-ups per word; the
    verbs sit at the end, so only the last 120 characters are looked at.
    """
    lo = max(start, end - 120)
    last = LAST_LETTERS.search(text, lo, end)  # most spans end with no trailing word: look at the last first
    if last is None or last.group().lower() not in p.trailing_last_words:
        return None
    if any(c not in GAP for c in text[last.end():end]):
        return None
    words = [(m.start(), m.end()) for m in LETTERS.finditer(text, lo, end)]
    low = [text[a:b].lower() for a, b in words]
    cut, i = None, len(words)
    while i > 0:
        for k in range(min(p.trailing_max_words, i), 0, -1):
            if (" ".join(low[i - k:i]) in p.trailing_forms
                    and all(text[words[j][1]:words[j + 1][0]].isspace() for j in range(i - k, i - 1))):
                break
        else:
            break
        if any(" ".join(low[j:i]) in p.compound_forms for j in range(max(0, i - p.compound_words), i - k)):
            break  # "các ngân hàng còn | lại": the end of a compound ("còn lại") is no trailing word
        if cut is not None and " ".join(low[i - k:i]) in p.participles:
            break  # "vốn FDI thu hút | đạt": before another verb it names which capital
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


@_per_text
def _head_metric(text: str, start: int, end: int, p: Patterns) -> Optional[tuple[int, int]]:
    """From the first head word (a weak one only at the very start) to the verb after it."""
    weak = p.weak_head_re.match(text, start, end)
    if weak and NAME_AFTER.match(text, weak.end(), weak.end() + REACH):
        weak = None  # "ngành Công Thương đặt mục tiêu ...": an agency, not a part
    head = (p.head_re.match(text, start, end) or weak or _free_head(text, start, end, p.head_re, p)
            or _free_head(text, start, end, p.weak_head_re, p))
    if not head:
        return None
    verb = p.metric_verb_re.search(text, head.end(), end)
    strong = ((not weak and p.head_re.match(text, head.start(), end) is not None)
              or p.set_head_re.match(text, head.start(), end) is not None)  # "số lợn nái | đang nuôi"
    while verb is not None and (_inside_fixed_name(text, verb.start(), p)  # "giá trị | tăng thêm"
                                or _compound_over(text, verb.start(), verb.end(), start, end, p)  # "vốn | tăng thêm"
                                or p.threshold_word_re.match(text, verb.start(), end)  # "người | trên 60 tuổi"
                                or (strong and p.relative_marker_re is not None  # "số xe | đang lưu hành | đạt"
                                    and p.relative_marker_re.match(text, verb.start(), end) is not None)):
        verb = p.metric_verb_re.search(text, verb.end(), end)
    stop = verb.start() if verb else end
    h_start = head.start()
    total = p.head_prefix_re.search(text, max(start, h_start - 20), h_start)
    if total:  # "tổng công suất": a total of any head
        h_start = total.start()
    stop = _aside_start(text, head.end(), stop, p)  # "tổng sản phẩm trên địa bàn | (GRDP)"
    return h_start, _trim_end(text, head.start(), stop)


def _free_head(text: str, start: int, end: int, head_re: "regex.Pattern", p: "Patterns") -> Optional["regex.Match"]:
    """The first head in ``[start, end)`` that is not the tail of a compound ("năng | lượng",
    "hàm | lượng" are no "lượng")."""
    for head in head_re.finditer(text, start, end):
        if _compound_over(text, head.start(), head.end(), start, end, p) is None:
            return head
    return None


def _aside_start(text: str, start: int, end: int, p: "Patterns") -> int:
    """Where an aside in "(...)" cuts a phrase (``end`` if none does): not at an acronym the
    phrase goes on after in a few words ("chỉ số giá tiêu dùng (CPI) bình quân", "Chỉ số Nhà
    quản trị mua hàng (PMI) ngành sản xuất")."""
    paren = text.find("(", start, end)
    while paren >= 0:
        gloss = ACRONYM_GLOSS.match(text, paren, end)
        rest = WORD.findall(text, gloss.end(), end) if gloss else []
        if not (0 < len(rest) <= GLOSS_REST_WORDS and not any(fold(w) in p.function_words for w in rest)):
            return paren
        paren = text.find("(", gloss.end(), end)
    return end


def _count_phrase(text: str, q: Found, p: Patterns, periods: Mentions,
                  unit_start: int, next_start: int) -> tuple[int, int]:
    """The counted noun phrase: the noun and its modifiers right of the number.

    It runs to a stop word or the clause's end. A modifier may open with a
    join word ("xã đạt chuẩn nông thôn mới"); when the next quantity
    stands in the same clause, the phrase ends at the last join before it
    ("nhóm hàng hóa và dịch vụ | có 7 nhóm").
    """
    limit_m = COUNT_PHRASE_END.search(text, q.end, min(len(text), q.end + 200))
    while limit_m and limit_m.group() in ",;" and _inside_joined_name(text, limit_m.start(), p):
        limit_m = COUNT_PHRASE_END.search(text, limit_m.end(), min(len(text), q.end + 200))  # "xã, phường"
    limit = limit_m.start() if limit_m else min(len(text), q.end + 200)
    for m in periods.overlapping(q.end, limit):
        if q.end <= m.start < limit:
            limit = m.start
            break
    end, words, before_join, join_last, kept, passive = q.end, 0, None, False, -1, False
    for w in WORD.finditer(text, q.end, min(limit, next_start)):
        if w.start() < kept:  # inside a phrase kept whole ("có vốn đầu tư nước ngoài")
            end = w.end()
            continue
        whole = p.count_exception_re.match(text, w.start(), limit)
        if whole:
            kept, end, join_last = whole.end(), w.end(), False
            words += 1
            continue
        bound = p.threshold_word_re.match(text, w.start(), min(limit, next_start))
        if bound is not None and words < MAX_COUNT_PHRASE_WORDS:
            # "52/63 địa phương đã thu nội địa | trên 75% dự toán": a bound of the set (no figure of
            # its own, section 6) belongs to the phrase that names the set
            kept, end, join_last = bound.end(), bound.end(), False
            words += 1
            continue
        # a verb among the stops ends the phrase only before another quantity ("95% số hộ sử dụng
        # nước sạch", but "45 dự án | sử dụng 300 ha"), and not at all after a passive word ("1.200
        # hồ sơ đã được giải quyết đúng hạn")
        stop = p.count_stop_re.match(text, w.start(), w.start() + REACH) is not None
        verb = stop and p.count_verb_re.match(text, w.start(), w.start() + REACH) is not None
        if stop and not verb or words >= MAX_COUNT_PHRASE_WORDS:
            # a stop word ends the phrase before any next quantity, and a join just before it
            return unit_start, before_join if join_last else end
        join_last = bool(p.count_join_re.match(text, w.start(), w.start() + REACH)) or verb and not passive
        passive = bool(p.passive_word_re.fullmatch(text, w.start(), w.end()))
        if join_last:
            before_join = end
        end = w.end()
        words += 1
    if next_start < limit and before_join is not None:
        end = before_join
    return unit_start, end


COMMA = regex.compile(r",\s*")
ACRONYM = regex.compile(r"\p{Lu}{2,6}")  # "DN", "BHXH", "KCN": abbreviated common nouns
NAME_AFTER = regex.compile(r"\s+\p{Lu}")
LIST_ITEM = regex.compile(r"([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}),\s*$")


def _extend_list(text: str, span: tuple[int, int], limit: int, p: Patterns,
                 periods: Mentions, after_figure: bool = False) -> tuple[int, int]:
    """Take in the items of a coordinated name cut by commas ("nhà ở, điện, nước và ..."); when
    ``limit`` is the end of a figure, the words right after it are that figure's own ("chiếm
    25,2% | tổng vốn, doanh nghiệp ngoài nhà nước ...") and no item."""
    start, end = span
    for _ in range(6):
        m = LIST_ITEM.search(text, max(limit, start - 40), start)
        if not m or m.start(1) < limit or after_figure and not text[limit:m.start(1)].strip():
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
    m = (p.part_re if broken else p.part_rank_re).match(seg, offset) or p.word_rank_re.match(seg, offset)
    if m:
        return start + m.start(), start + m.end(1)
    if not p.part_rank_verb_re.search(seg):
        return None  # no ranking verb: no ranking clause to look for
    for comma in COMMA.finditer(seg):  # a ranking clause later in the segment
        m = p.part_rank_re.match(seg, comma.end()) or p.word_rank_re.match(seg, comma.end())
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
    if subject is None or p.head_re.match(text, subject[0], subject[0] + REACH):
        return None  # "tỷ trọng ... là lớn nhất": a property, not a part
    return _extend_list(text, subject, lo, p, periods)


def _head_after(text: str, q: Found, p: Patterns, periods: Mentions) -> Optional[tuple[int, int]]:
    """"thu hút hơn 430 triệu USD vốn FDI": a metric head right after the quantity, up to a period
    and the link word before it ("vốn FDI | trong 9 tháng")."""
    pos = q.end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    plan = None
    if q.canonical == PERCENT:  # "đạt 71% kế hoạch | sản lượng": a share's head only after a plan word
        plan = p.plan_after_re.match(text, pos, pos + REACH)
        if plan is None:
            return None
        pos = plan.end()
    head = p.any_head_re.match(text, pos, pos + REACH)
    if not head or plan and fold(text[plan.start():head.end()]) in p.plan_forms:
        return None  # "giải ngân 100% kế hoạch vốn": a plan word of its own ("kế hoạch vốn")
    limit = HEAD_PHRASE_END.search(text, head.end(), min(len(text), head.end() + 120))
    end = limit.start() if limit else min(len(text), head.end() + 120)
    for m in periods.overlapping(head.end(), end + 1):
        if head.end() <= m.start <= end:
            link = p.period_link_end_re.search(text, head.end(), m.start)
            end = link.start() if link else m.start
            break
    verb = p.metric_verb_re.search(text, head.end(), end)
    stop = _trim_end(text, head.start(), verb.start() if verb else end)
    last = LAST_LETTERS.search(text, head.end(), stop)
    if last is not None and last.end() == stop and fold(last.group()) in p.dangling_ends:
        stop = _trim_end(text, head.start(), last.start())  # "71% kế hoạch sản lượng | và | 60% ..."
    return head.start(), stop


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




# ------------------------------------------------------------------ candidates
# Each reading of the text proposes a span; every span is refined the same way
# (openers, cues, periods and territory tails off), spans that agree merge, and
# a scorer (``choose``) picks one from the features of each (``features``).


@dataclass
class Candidate:
    start: int
    end: int
    sources: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


@dataclass
class Ctx:
    """What the candidate readings of one figure share."""

    block: Block
    fig: Figure
    p: "Patterns"
    previous: Optional[Span]  # the metric the figure may inherit
    text: str = field(init=False)  # the block's (read by every reading: an attribute, not a property)

    def __post_init__(self) -> None:
        self.text = self.block.text

    @functools.cached_property
    def pieces(self) -> list[Span]:
        """The clause before the figure, cut around the period mentions in it, without a piece that
        only says which prices it is counted at ("GDP bình quân đầu người năm 2024 | theo giá hiện
        hành | ước đạt")."""
        pieces = _without_periods(self.fig.clause_start, self.fig.left_end, self.block.periods)
        for i in range(len(pieces) - 2, -1, -1):
            # "Phó Chánh Văn phòng cho biết | trong tháng 10 | Sở đã tiếp nhận ...": who says it names nothing
            if self.p.reporting_end_re.search(self.text, *pieces[i]):
                pieces = pieces[i + 1:]
                break
        return [(a, b) for a, b in pieces
                if not self.p.price_basis_re.fullmatch(self.text, *_strip(self.text, a, b, self.p))]

    @functools.cached_property
    def clause_empty(self) -> bool:
        """Nothing but cues and periods stands in the figure's clause."""
        return not any(_strip(self.text, a, b, self.p)[1] > _strip(self.text, a, b, self.p)[0]
                       for a, b in self.pieces)

    @functools.cached_property
    def figure_looks(self) -> "_FigureLooks":
        """What the features of every reading of the figure share."""
        return _figure_looks(self)

    @functools.cached_property
    def is_growth(self) -> bool:
        """A percentage (not points) that may be a growth stated as a level."""
        canonical = self.fig.q.canonical
        return canonical.startswith(PERCENT) and not canonical.startswith(PERCENTAGE_POINT)

    @functools.cached_property
    def bare_count(self) -> bool:
        """A count whose noun phrase is its noun alone ("117 dự án", not "117 dự án FDI")."""
        q, fig = self.fig.q, self.fig
        return q.is_count and q.noun_start >= 0 and _count_phrase(
            self.text, q, self.p, self.block.periods, q.noun_start, fig.next_start)[1] == q.end


def _clause(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """The subject of the figure's clause, whole and from its first head word."""
    text, p, pieces = c.text, c.p, c.pieces
    for name, piece in (("clause-last", pieces[-1:]), ("clause-first", pieces[:1])):
        for p_start, p_end in piece:
            for cue in p.target_re.finditer(text, p_start, p_end):  # "đặt mục tiêu | tín dụng ..."
                p_start = cue.end()
            s, e = _strip(text, p_start, p_end, p)
            if e > s:
                yield name, (s, e)
                yield name + "-head", _head_metric(text, s, e, p)


def _counted(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    q = c.fig.q
    if q.is_count and q.canonical == COUNT and "count:share-whole" in q.rules:
        yield "counted-bare", (q.noun_start, q.end)  # "52/63 địa phương": the whole is the bare noun
    elif q.is_count and q.canonical == PER_HEAD and 0 <= q.noun_start < q.end:
        slash = c.text.find("/", q.noun_start, q.end)  # "10,6 bác sĩ | /vạn dân": what is counted per head
        noun = (q.noun_start, _trim_end(c.text, q.noun_start, slash))
        if slash > q.noun_start and fold(c.text[noun[0]:noun[1]]) not in c.p.classifiers:  # not "con/phụ nữ"
            yield "counted-bare", noun
    elif q.is_count and q.canonical == COUNT and not any(r.startswith(COUNT_RULE) for r in q.rules):
        return  # "(năm 2015: 2,57 triệu)": a scaled number whose noun is understood names nothing here
    elif q.is_count and q.canonical == COUNT:
        # "52/63 địa phương đã thu ...": the part counts the set the whole's noun phrase defines
        counted, next_start = q, c.fig.next_start
        if q.whole_end >= 0:
            after = c.block.quantities[c.fig.index + 2:c.fig.index + 3]
            counted, next_start = replace(q, end=q.whole_end), after[0].start if after else len(c.text)
        pair = c.p.next_noun_re.match(c.text, counted.end, counted.end + REACH)
        if pair and pair.end() < next_start:
            counted = replace(counted, end=pair.end())
        phrase = _count_phrase(c.text, counted, c.p, c.block.periods, q.noun_start, next_start)
        classifier = c.p.classifier_re.match(c.text, phrase[0], phrase[1])
        if classifier is not None:  # "1.500 con | gia súc"
            phrase = (classifier.end(), phrase[1])
        yield ("counted-bare" if phrase[1] == counted.end and not pair else "counted"), phrase
        more = COUNTED_MORE.match(c.text, phrase[1], phrase[1] + REACH)
        if more and not c.p.metric_verb_re.search(c.text, more.start(1), more.end(1)):
            yield "counted-list", (phrase[0], more.end(1))  # "cuộc thanh tra, kiểm tra"
    elif (c.is_growth and SHARE_NOUN.match(c.text, q.end) and c.p.share_lead_re.fullmatch(
            c.text, c.fig.clause_start, q.qualifier_start if q.qualifier_start >= 0 else q.start)):
        # "100% xã có đường ô tô đến trung tâm", "; gần 60% doanh nghiệp ...": a share that opens
        # its clause is the share of the set the words after it name
        after = _count_phrase(c.text, q, c.p, c.block.periods, q.end, c.fig.next_start)
        more = SHARE_MORE.match(c.text, after[1], c.fig.sentence.end)  # stops at the next digit
        if more is not None:  # "62% trường mầm non, phổ thông đạt chuẩn quốc gia": one set, no figure on
            after = (after[0], more.end())
        after = _strip(c.text, after[0], after[1], c.p)
        if after[1] > after[0]:
            yield "share-of-after", after
    elif q.canonical == PERCENT:
        yield "head-after", _head_after(c.text, q, c.p, c.block.periods)  # "đạt 71% kế hoạch | sản lượng"
    elif not q.canonical.startswith(PERCENT) and q.canonical != TIMES:
        # "thu hút hơn 430 triệu USD vốn FDI" (after a multiple stands its base, not its metric)
        yield "head-after", _head_after(c.text, q, c.p, c.block.periods)
        # "gieo cấy được 124.730ha lúa", "khai thác 126.500 tấn hải sản": the thing measured
        after = _count_phrase(c.text, q, c.p, c.block.periods, q.end, c.fig.next_start)
        yield "noun-after", (_skip_space(c.text, after[0], after[1]), after[1])


SEMICOLON_BEFORE = regex.compile(r";\s*$")  # a clause that follows ";" (a list's next item)
PART_SOURCES = {"part", "ranked"}  # readings that name a part of a breakdown or a ranking


def _about(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """"giảm 5% về số dự án": the thing after the marker; but not for a named part in a list
    ("Ai Cập giảm 38% về lượng" among markets: the part is the metric, section 6)."""
    about = c.p.about_after_re.match(c.text, c.fig.q.end, c.fig.q.end + REACH)
    for p_start, p_end in c.pieces[-1:]:
        s, e = _strip(c.text, p_start, p_end, c.p)
        words = WORD.findall(c.text, s, e)
        if 1 <= len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words):
            return
        if _part_in_list(c, _skip_space(c.text, p_start, p_end), words):
            return  # "Trong đó, giao dịch qua kênh Internet tăng 49,1% về số lượng; ...": a part (section 6)
    block = c.block
    first = block.figures[c.fig.sentence_first] if block.figures and not c.fig.new_sentence else None
    if first is not None and PART_SOURCES.intersection(first.metric_sources):
        return  # "Pakistan là thị trường lớn nhất với 28.650 tấn, chiếm 27,5% về lượng": the part's share
    if about:
        yield "about", (about.start(1), about.end(1))


def _part_in_list(c: Ctx, piece_start: int, words: list[str]) -> bool:
    """Whether the figure's clause names a part of a list that a breakdown word opens ("Trong
    đó, giao dịch qua kênh Internet tăng 49,1% về số lượng và 31,4% về giá trị"): its own words
    before the figure, or, right after the figure before's "về X", that figure read as a part."""
    text, fig, block = c.text, c.fig, c.block
    if not words or not _lists_parts(c):
        return False
    if not c.p.about_marker_re.match(text, piece_start, piece_start + REACH):
        return True
    before = block.figures[-1] if block.figures and not fig.new_sentence else None
    return before is not None and not any(source.startswith("about") for source in before.metric_sources)


def _lists_parts(c: Ctx) -> bool:
    """Whether the figure's sentence opens with a word that lists parts ("Trong đó, ...")."""
    opening = _skip_space(c.text, c.fig.sentence.start, c.fig.sentence.end)
    return c.p.part_list_opener_re.match(c.text, opening, opening + REACH) is not None


def _activity(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """"giải quyết việc làm cho 12.000 lao động": the activity before "cho"."""
    if not c.pieces:
        return
    text, p = c.text, c.p
    p_start, p_end = c.pieces[-1]
    act = p.activity_re.search(text[p_start:p_end])
    if not act:
        return
    a_start = p_start
    for opener in p.activity_opener_re.finditer(text, p_start, p_start + act.start()):
        a_start = opener.end()
    for cue in p.status_cue_re.finditer(text, a_start, p_start + act.start()):
        a_start = cue.end()  # "dự kiến | tạo việc làm cho 1.800 lao động"
    a_start, a_end = _strip(text, a_start, p_start + act.start(), p)
    if a_end > a_start:
        yield "activity", _extend_list(text, (a_start, a_end), max(c.fig.sentence.start, c.fig.prev_end), p,
                                       c.block.periods, c.fig.prev_end > c.fig.sentence.start)


def _parts(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """The part a breakdown or a ranking names for this figure."""
    text, p, fig = c.text, c.p, c.fig
    yield "part", _part_name(text, p, fig.sentence, fig.prev_end, fig.left_end)
    yield "ranked", _ranked_part(text, p, fig.sentence, fig.prev_end, fig.left_end, c.block.periods)
    lo = max(fig.sentence.start, fig.prev_end, fig.left_end - SCAN_BACK)  # bounded: linear in a long sentence
    named = p.named_with_re.search(text, lo, fig.left_end)
    if named and len(WORD.findall(named.group(1))) <= MAX_SUBJECT_WORDS:
        # "Nhóm hàng có kim ngạch lớn nhất là điện tử, máy tính và linh kiện với 51,4 tỷ USD"
        yield "named-with", (named.start(1), named.end(1))
    elif not named:
        # the figure in "(...)" after the name, or right after it ("là Văn Bàn 1.240 ha, ...")
        paren = _paren_start(c)
        end = paren if paren is not None and paren >= lo else fig.left_end
        named = p.named_re.search(text, lo, end) if end >= lo else None
        if (named and len(WORD.findall(named.group(1))) <= MAX_NAME_WORDS + 1
                and not p.superlative_re.search(text, named.start(1), named.end(1))
                and _describes_a_set(text, lo, named.start(), p)):
            # "Các địa phương có diện tích lớn là huyện Thanh Bình (512 ha)", "... là Văn Bàn 1.240 ha"; not
            # a description after "là" ("Mỹ là thị trường xuất khẩu chính (chiếm 28%)": the part is before it)
            yield "named-paren", _strip(text, named.start(1), named.end(1), p)  # "là Quảng Ngãi | đạt"


def _paren_start(c: Ctx) -> Optional[int]:
    """Where the "(" the figure stands in opens, right before it or with a verb between ("EU
    (chiếm 18%)"), else None."""
    if c.text.startswith("(", c.fig.left_end):
        return c.fig.left_end
    found = c.p.paren_open_re.search(c.text, max(c.fig.prev_end, c.fig.left_end - REACH), c.fig.left_end)
    if found:
        return found.start()
    # "như HTX Hòa Bình (doanh thu 3,4 tỉ đồng, lãi 270 triệu đồng)": what the name's aside lists
    opened = _open_paren(c.text, max(c.fig.sentence.start, c.fig.left_end - REACH), c.fig.left_end)
    if opened < 0 or ";" in c.text[opened:c.fig.left_end]:
        return None
    return opened


def _describes_a_set(text: str, start: int, end: int, p: "Patterns") -> bool:
    """Whether the words of the clause before "là" (``end``) describe a set whose member "là"
    names: a set opened by a plural word ("Các địa phương có diện tích lớn") or ranked by a
    superlative ("mức tăng cao nhất")."""
    for mark in LIST_SEP.finditer(text, start, end):
        start = mark.end()
    start = _skip_space(text, start, end)
    return bool(p.set_opener_re.match(text, start, end) or p.superlative_re.search(text, start, end))


def _subjects(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """A short subject, alone and with the items of a list it closes."""
    subject = _subject(c.text, c.pieces, c.p)
    if subject is not None:
        yield "subject", subject
        yield "subject-list", _extend_list(c.text, subject, max(c.fig.sentence.start, c.fig.prev_end), c.p,
                                           c.block.periods, c.fig.prev_end > c.fig.sentence.start)


def _item(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """The item a figure follows in a list ("như: Xi măng, giảm 14,1%; clanhke, giảm 19,4%",
    "bông, xơ, sợi các loại (giảm gần 42%)"): the segment before the figure's own clause."""
    text, fig, p = c.text, c.fig, c.p
    lo = max(fig.sentence.start, fig.prev_end)
    if fig.clause_start <= lo or c.pieces and any(_strip(text, a, b, p)[1] > _strip(text, a, b, p)[0]
                                                   for a, b in c.pieces):
        return
    end = fig.clause_start - 1
    word_break = p.clause_break_end_re.search(text, lo, fig.clause_start)
    if word_break:  # "loại trừ yếu tố giá | thì mức tăng là 8,9%": a word, not a mark, broke the clause
        end = word_break.start()
    start = lo
    for m in ITEM_BREAK.finditer(text, lo, end):
        start = m.end()
    if start > lo and (p.price_basis_re.fullmatch(text, start, end) or p.appositive_re.match(text, start, end)):
        # "doanh thu bán lẻ hàng hóa, | theo giá hiện hành, | đạt", "Xuất khẩu thủy sản, | một trong
        # những mặt hàng chủ lực, | đạt": an aside; the item is before it
        end = start - 1
        start = lo
        for m in ITEM_BREAK.finditer(text, lo, end):
            start = m.end()
    s, e = _strip(text, start, end, p)
    if e > s:
        yield "item", (s, e)
        yield "item-list", _extend_list(text, (s, e), lo, p, c.block.periods)  # "bông, xơ, sợi các loại"


def _around(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """Names written right after the figure: "(GRDP)", "của TP.HCM"."""
    text, q = c.text, c.fig.q
    acronym = ACRONYM_IN_PARENS.match(text, q.end, q.end + REACH)
    if acronym:
        yield "acronym-after", (acronym.start(1), acronym.end(1))
    owner = c.p.owner_after_re.match(text, q.end, q.end + REACH)
    if owner:
        yield "owner-after", (owner.start(1), owner.end(1))


def _context(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """Metrics named before: inherited, the sentence's first figure's, the total's, an earlier head."""
    block, fig = c.block, c.fig
    if c.previous is not None:
        yield ("inherited" if not fig.new_sentence else "inherited-paragraph"), c.previous
    if not fig.new_sentence:
        yield "sentence-first", block.figures[fig.sentence_first].metric
    elif fig.sentence_first > 0:
        before = block.figures[fig.sentence_first - 1]
        yield "total", block.figures[before.sentence_first].metric
    text, p = c.text, c.p
    lo = max(fig.sentence.start, fig.clause_start - SCAN_BACK)  # bounded: a pasted table stays linear
    for p_start, p_end in reversed(_without_periods(lo, fig.clause_start, block.periods)):
        s, e = _strip(text, p_start, p_end, p)
        found = _head_metric(text, s, e, p) if e > s else None
        if found and found[1] > found[0]:
            yield "earlier-head", found
            break


def _verbs(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """The clause cut at its verbs: the subject before the first ("Lúa khô | được thương lái
    thu mua quanh 5.300 đồng/kg"), the bare verb after its agent ("Thủy điện Tây Giang đã |
    phát 396,52 triệu kWh")."""
    text, p = c.text, c.p
    for p_start, p_end in c.pieces[-1:]:
        s, e = _strip(text, p_start, p_end, p)
        if e <= s:
            continue
        first = p.subject_end_re.search(text, s + 1, e)
        if first:
            yield "clause-first-verb", (s, _trim_end(text, s, first.start()))
        opener = None
        for found in p.verb_opener_re.finditer(text, s, e):
            if _compound_over(text, found.start(), found.end(), s, e, p) is None:
                opener = found  # not the "chỉ" of "chỉ số"
        if opener is not None and opener.end() < e:
            yield "verb", (_skip_space(text, opener.end(), e), e)


def _name_subject(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """A proper name that opens the clause ("Theo đó, Bình Dương xuất khẩu được 3,9 tỷ USD",
    "TP.HCM vẫn giữ vị trí số một ... với 30,4 tỷ USD"): the part the figure belongs to."""
    for p_start, p_end in c.pieces[:1]:
        s, e = _strip(c.text, p_start, p_end, c.p)
        name = c.p.name_subject_re.match(c.text, s, e)
        if name and not ACRONYM.fullmatch(name.group(1)):  # "BHXH | bắt buộc", "DN | nhà nước": a noun
            yield "name-subject", (name.start(), name.end(1))


def _fronted(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """A figure fronted by "Với" ("Với 2.345 tỷ đồng, Bình Dương là địa phương có số thu cao nhất")
    belongs to the subject of the clause after it: a proper name there, else its noun phrase."""
    text, fig = c.text, c.fig
    lead = c.p.fronting_re.match(text, max(fig.sentence.start, fig.left_end - 12), fig.q.start)
    if lead is None or not SENTENCE_OPENING.fullmatch(text, fig.sentence.start, lead.start()):
        return
    comma = FRONT_COMMA.search(text, fig.q.end, min(fig.sentence.end, fig.q.end + REACH))
    if comma is None:
        return
    start, end = _skip_space(text, comma.end(), fig.sentence.end), min(fig.sentence.end, comma.end() + REACH)
    name = c.p.name_subject_re.match(text, start, end)
    if name is not None:
        yield "name-subject", (name.start(), name.end(1))
        return
    s, e = _strip(text, start, end, c.p)
    if e > s:
        yield "clause-first", (s, e)


def _segment(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """The words since the last ";", ":" or "(" (commas and all: "dịch vụ lưu trú, ăn uống thu về
    136,2 nghìn tỷ đồng", "như: bông, xơ, sợi các loại (giảm gần 42%)")."""
    text, fig = c.text, c.fig
    lo = max(fig.sentence.start, fig.prev_end)
    start = lo
    for m in SEGMENT_BREAK.finditer(text, lo, fig.left_end):
        start = m.end()
    for m in c.block.periods.overlapping(start, fig.left_end):
        if m.end <= fig.left_end and not text[m.end:fig.left_end].strip(" ,"):
            return  # only a period before the figure
    s, e = _strip(text, start, fig.left_end, c.p)
    if e > s:
        yield "segment", (s, e)


def _list_name(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """A name whose items a comma separates, walked back from the figure's clause while each
    piece is a short noun phrase ("đáng chú ý là ngành chế biến, chế tạo, tăng 14,1%")."""
    text, fig, p = c.text, c.fig, c.p
    lo = max(fig.sentence.start, fig.prev_end)
    end = fig.left_end
    s, e = _strip(text, fig.clause_start, end, p)
    if e > s and not c.block.periods.overlapping(s, e):
        start, end = s, e
    else:
        start = end = fig.clause_start - 1
    pos, items = start, 0
    while pos > lo and text[pos - 1] in ", " and items < MAX_LIST_ITEMS:
        comma = text.rfind(",", lo, pos)
        if comma < 0 or text[comma + 1:pos].strip():
            break
        left = max(text.rfind(",", lo, comma), text.rfind(";", lo, comma), text.rfind(":", lo, comma),
                   text.rfind("(", lo, comma), lo - 1) + 1
        piece_start, piece_end = _strip(text, left, comma, p)
        opener = p.opener_re.match(text[left:comma])
        if opener:
            piece_start = max(piece_start, left + opener.end())
        n = len(WORD.findall(text, piece_start, piece_end))
        if left == fig.prev_end > fig.sentence.start and not text[left:piece_start].strip():
            break  # "chiếm 25,2% | tổng vốn, doanh nghiệp ...": the words right after a figure are its own
        if (not 1 <= n <= 4 or p.metric_verb_re.search(text, piece_start, piece_end)
                or p.kind_re.search(text, piece_start, piece_end) or NUMBER.search(text, piece_start, piece_end)
                or c.block.periods.overlapping(piece_start, piece_end)):
            break
        if end <= start:
            end = piece_end
        start, pos, items = piece_start, piece_start, items + 1
        if opener:
            break
    if items and end > start:
        yield "list-name", (start, end)


def _after_link(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """"... điều chỉnh tăng vốn với số vốn đăng ký bổ sung 792 triệu USD": what follows the
    last "với" of the clause names the figure."""
    for p_start, p_end in c.pieces[-1:]:
        link = None
        for link in c.p.link_re.finditer(c.text, p_start, p_end):
            pass
        if link is not None and link.start() > p_start:
            s, e = _strip(c.text, link.end(), p_end, c.p)
            if e > s:
                yield "after-link", (s, e)


MAX_ITEM_WORDS = 20  # "sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí"
RESPECTIVE_REACH = 300  # how far before its figures a "lần lượt" list of names may start
ITEM_BOUNDARY = regex.compile(r"[:(]|\.(?!\d)")  # not the "." of "9.120"


def _respective(c: Ctx) -> Iterator[tuple[str, Optional[Span]]]:
    """"Hà Lan, Đức và Italia lần lượt đạt 9,2 tỷ USD, 5,1 tỷ USD và 3,4 tỷ USD": the i-th figure
    after a "respectively" word takes the i-th name of the list before it, when the counts agree.
    The commas and "và" of a classification name do not separate ("ngành chế biến, chế tạo")."""
    text, fig, p, quantities = c.text, c.fig, c.p, c.block.quantities
    lo = max(fig.sentence.start, fig.q.start - RESPECTIVE_REACH)
    marker = None
    for marker in p.respective_re.finditer(text, lo, fig.q.start):
        pass
    if marker is None:
        return
    run = _figure_run(text, quantities, marker.end(), p)
    if fig.index not in run or len(run) < 2:
        return
    left = max(lo, max((m.end() for m in ITEM_BOUNDARY.finditer(text, lo, marker.start())), default=lo))
    s, e = _strip(text, left, marker.start(), p)
    items = _items(text, s, e, p)
    if len(items) < len(run):
        opened = _open_paren(text, lo, marker.start())
        if opened >= 0:  # "dịch vụ chiếm 41,3% (năm trước tương ứng là 19,1%; ... và 41,1%)": too few
            named = _respective_before_aside(c, opened, len(run))  # names inside: the aside restates
            if named is not None:
                yield "respective", named[run.index(fig.index)]
        return
    items = items[-len(run):]
    first_start, first_end = items[0]
    naming = None
    for naming in p.naming_in_item_re.finditer(text, first_start, first_end):
        pass
    if naming is not None:  # "Hai nguồn cung lớn nhất là | Trung Quốc"
        items[0] = (naming.end(), first_end)
    elif all(text[i].isupper() for i, _ in items[1:]):
        lead = COLLECTIVE_LEAD.match(text, first_start, first_end)
        if lead is not None:  # "Các huyện | Can Lộc, Thạch Hà và Nghi Xuân": the kind names them all
            items[0] = (lead.end(), first_end)
    a, b = _strip(text, *items[run.index(fig.index)], p)
    # "đạt 9.120 tỷ đồng doanh thu và 380 tỷ đồng lợi nhuận, lần lượt hoàn thành 76% và 95% kế
    # hoạch", "xuất khẩu đạt 2,1 tỷ USD và nhập khẩu đạt 1,5 tỷ USD, lần lượt tăng 12% và 8%": an
    # item that holds a figure is that figure's measure
    named = next((f.metric for f in reversed(c.block.figures[-2 * MAX_LIST_ITEMS:])
                  if a <= f.q.start < b and f.metric is not None), None)
    if named is not None:
        yield "respective", named
        return
    verb = p.metric_verb_re.search(text, a, b)
    if verb is not None and verb.start() > a:
        b = _trim_end(text, a, verb.start())
    verb = p.subject_end_re.search(text, a + 1, b)  # "... và Nghi Xuân | có số người đi đông nhất, lần lượt là"
    if verb is not None:
        b = _trim_end(text, a, verb.start())
    if b > a:
        yield "respective", (a, b)


def _respective_before_aside(c: Ctx, opened: int, count: int) -> Optional[list[Span]]:
    """The metrics of the last ``count`` figures of the sentence before the "(" at ``opened``, for
    an aside that restates them in order ("(năm 2021 tương ứng là 1,5% và 5,6%)"); None unless
    the sentence has that many figures before the "(", each with a metric."""
    fig = c.fig
    before = [f for f in c.block.figures[-2 * MAX_LIST_ITEMS:]
              if f.sentence.start == fig.sentence.start and f.q.end <= opened]
    if len(before) < count:
        return None
    named = [f.metric for f in before[-count:]]
    return named if all(m is not None for m in named) else None


# a word and one or two lowercase words before the first name of a list ("các thị trường | Mỹ")
COLLECTIVE_LEAD = regex.compile(r"[\p{L}\p{M}]+\s+(?:\p{Ll}[\p{L}\p{M}]*\s+){1,2}(?=\p{Lu})")


def _figure_run(text: str, quantities: list, start: int, p: Patterns) -> list[int]:
    """The indices of the figures listed one after another from ``start`` ("là 12,9%, 3,7% và 6,5%")."""
    lead = p.respective_lead_re.match(text, start)
    pos = lead.end() if lead else start
    run: list[int] = []
    first = bisect.bisect_left(quantities, pos, key=lambda q: q.start)  # sorted by start: no walk from the first
    for i in range(first, len(quantities)):
        q = quantities[i]
        if q.start - pos > 12 or not p.list_gap_re.fullmatch(text, pos, q.start) and not (not run and q.start == pos):
            break
        run.append(i)
        pos = q.end
        if len(run) > MAX_LIST_ITEMS:
            return []
    return run


def _items(text: str, start: int, end: int, p: Patterns) -> list[Span]:
    """The names of a list, split at commas, ";" and "và" outside classification names."""
    joined = [(m.start(), m.end()) for m in p.joined_name_re.finditer(text, start, end)]
    items, pos = [], start
    for sep in p.item_separator_re.finditer(text, start, end):
        if any(a < sep.start() < b for a, b in joined):
            continue
        if sep.start() > pos:
            items.append((pos, sep.start()))
        pos = sep.end()
    if end > pos:
        items.append((pos, end))
    return [(a, b) for a, b in items if len(WORD.findall(text, a, b)) <= MAX_ITEM_WORDS]


GENERATORS = (_clause, _counted, _about, _activity, _parts, _subjects, _item, _around, _context,
              _name_subject, _fronted, _segment, _after_link, _verbs, _list_name, _respective)
MAX_LIST_ITEMS = 6
NUMBER = regex.compile(r"\d")
ITEM_BREAK = regex.compile(r"[;:()]|,(?=\s)")
SEGMENT_BREAK = regex.compile(r"[;:()]")
# the set a share is of, going on past a comma up to its clause's end when no figure follows
SHARE_MORE = regex.compile(r",[ \t]*\p{Ll}[^\d;.:()\n]*(?=[;.:\n]|$)")
SHARE_NOUN = regex.compile(r"[ \t]+\p{Ll}")  # a lowercase word right after the figure
COUNT_RULE = "count:"  # the rule that read a count's noun ("count:người")
PER_HEAD = COUNT + "/person"  # "bác sĩ/vạn dân", "giường bệnh/10.000 dân"
# a count phrase that goes on after a comma with a few more nouns ("cuộc thanh tra, kiểm tra")
COUNTED_MORE = regex.compile(r",\s*(\p{Ll}[\p{L}\p{M}]*(?:\s+\p{Ll}[\p{L}\p{M}]*){0,3}?)(?=\s*(?:[,.;)]|$))")
GLOSS = regex.compile(r"\s*\((?=\s*\p{Ll})[^()\d]{1,60}\)")


def _before_modifier(text: str, span: Span, p: Patterns) -> Optional[Span]:
    """The span cut before the first word that opens a modifier ("tỷ lệ hộ nghèo | theo chuẩn
    nghèo đa chiều", "giá cà phê nhân | ở xã Gia Hiệp"), at least two words in; None if none."""
    start, end = span
    words = 0
    headed = p.relative_marker_re is not None and (p.head_re.match(text, start, end) is not None
                                                   or p.set_head_re.match(text, start, end) is not None)
    for w in WORD.finditer(text, start, end):
        opener = p.modifier_opener_re.match(text, w.start(), end) if words >= 2 else None
        if opener and headed and p.relative_marker_re.match(text, w.start(), end):
            opener = None  # "tổng số xe | đang lưu hành": which set the head counts (relative_markers)
        # not a word of a compound: "cuối | cùng", "| chỉ | số"
        if opener and _compound_over(text, opener.start(), opener.end(), start, end, p) is None:
            cut = _trim_end(text, start, w.start())
            trailing = _trailing_start(text, start, cut, p)  # "Giá thì | vẫn ở mức cao": a particle too
            if trailing is not None and trailing > start:
                cut = _trim_end(text, start, trailing)
            return (start, cut) if cut > start else None
        words += 1
    return None


WHOLE_READINGS = frozenset({"share-of-after"})  # readings no modifier cuts short


def candidates(c: Ctx) -> list[Candidate]:
    """Every reading's span for ``c.fig``, refined, merged where they agree."""
    by_span: dict[Span, Candidate] = {}
    memo = c.block.memo
    for generator in GENERATORS:
        for source, span in generator(c):
            if span is None or span[1] <= span[0]:
                continue
            key = ("readings", span, c.is_growth, c.fig.kind == "rate", span[0] == c.fig.q.noun_start)
            readings = memo.get(key)
            if readings is None:  # the block's figures often propose the same spans
                readings = memo[key] = _readings(c, span)
            for suffix, sp in readings:
                if suffix == "-short" and source in WHOLE_READINGS:
                    continue  # "100% xã | đã có sóng di động": what the share's set does is the set
                name = source + suffix
                cand = by_span.get(sp)
                if cand is None:
                    cand = by_span[sp] = Candidate(*sp)
                if name not in cand.sources:
                    cand.sources.append(name)
    return list(by_span.values())


def _counted_by_host(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"Lào Cai đón 5,1 triệu lượt khách" in a report on Lào Cai: what the host received is what
    is counted (the report's own territory is no part, section 6): the best counted reading.
    "Riêng Phú Quốc đón ..." in it names a part, and keeps ``best``."""
    q = c.fig.q
    if not (q.is_count and q.canonical == COUNT):
        return best
    verb = c.p.receiving_verb_re.search(c.text, max(c.fig.clause_start, c.fig.left_end - REACH), c.fig.left_end)
    if verb is None or not _host_is_the_report_own(c.text, c.fig.clause_start, verb.start(), c.block.opening):
        return best
    counted = [x for x in cands if any(s.startswith("counted") for s in x.sources)]
    return choose(c, counted) if counted else best


NAME_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*)*")


def _host_is_the_report_own(text: str, start: int, end: int, opening: str) -> bool:
    """Whether the words before a receiving verb name no place, or one the report's ``opening``
    (its headline, ``Block.opening``) names."""
    names = [m.group() for m in NAME_RUN.finditer(text, start, end)
             if not (m.start() == start and " " not in m.group())]  # not a capitalised first word alone
    return all(name in opening for name in names)


def _readings(c: Ctx, span: Span) -> list[tuple[str, Span]]:
    """A proposed span refined, with its shorter reading and its gloss: (source suffix, span)."""
    span = refine(c, span)
    if span is None:
        return []
    spans = [("", span)]
    short = _before_modifier(c.text, span, c.p)
    if short is not None:  # "lượng kiều hối | do số lao động ... chuyển về"
        if c.p.predicate_opener_re.match(c.text, _skip_space(c.text, short[1], span[1]), span[1]):
            spans = []  # "diện tích nuôi tôm công nghệ cao | tiếp tục mở rộng": the predicate is no part of it
        spans.append(("-short", short))
    gloss = GLOSS.match(c.text, span[1], span[1] + REACH)
    # "Khu vực I (nông, lâm nghiệp và thủy sản)"; not a list of examples "(dăm gỗ, viên nén…)"
    if gloss and len(WORD.findall(c.text, *span)) <= 3 and not ELLIPSIS.search(c.text, span[1], gloss.end()):
        spans.append(("+gloss", (span[0], gloss.end())))
    return spans


def refine(c: Ctx, span: Span) -> Optional[Span]:
    """A candidate span without what no metric holds: a leading estimate cue or agent, a
    period inside it and what follows, an aside in parentheses, a territory or owner tail at
    its end ("trên địa bàn tỉnh", "của Bà Rịa - Vũng Tàu")."""
    text, p, periods = c.text, c.p, c.block.periods
    start, end = span
    if ((p.compared_opener_re.match(text, start, end)
         or p.compared_before_re.search(text, max(0, start - COMPARED_REACH), start))
            and not text[end:c.fig.left_end].strip() and "(" not in text[end:c.fig.q.start]):
        # "thấp hơn | bình quân cả nước | 1,5 điểm phần trăm": what the figure is compared with; but
        # "cao hơn mức bình quân cả nước (khoảng 47,3%)", "... là 54,2%" quote the level compared with
        return None
    counted = start == c.fig.q.noun_start  # "3 huyện hoàn thành nhiệm vụ": the counted noun is no agent
    for lead in (p.leading_cue_re, p.agent_re):  # "ước | tổng kim ngạch ...", "tỉnh | nhập khẩu"
        if counted and lead is p.agent_re:
            continue
        m = lead.match(text, start, end)
        if m and m.end() < end:
            start = m.end()
            if lead is p.agent_re:  # "tỉnh có | kiều hối": the agent's own verb goes with it
                verb = p.agent_verb_re.match(text, start, end)
                if verb and verb.end() < end:
                    start = verb.end()
    for said in p.reporting_verb_re.finditer(text, start, end):  # "Bộ Công Thương cho biết | sản lượng urê"
        start = said.end()
    growth = p.growth_prefix_re.match(text, start, end) if c.is_growth else None
    if growth:  # "tốc độ tăng trưởng | GRDP đạt 7%": the growth's metric is what grows (section 6)
        start = growth.end()
    rate = c.fig.kind == "rate"  # "thu ngân sách | bình quân | tăng 9%/năm": the marker of a rate (section 6)
    if growth or rate or (c.is_growth and p.growth_before_re.search(text, max(0, start - GROWTH_REACH), start)):
        tail = p.growth_tail_re.search(text, start, end)
        if tail and tail.start() > start:  # "GRDP | bình quân ... đạt 8,5%/năm": the rate's marker
            end = tail.start()
    for m in periods.overlapping(start, end):
        if m.start <= start < m.end:  # "5 tháng đầu năm | ước đạt": a period names no metric
            start = _skip_space(text, m.end, end)
            while start < end and not text[start].isalnum():
                start += 1
            continue
        if m.start > start and _trim_end(text, start, m.start) > start:
            end = m.start  # "bán lẻ hàng hóa | 9 tháng", "CPI bình quân | 10 tháng" (section 6 keeps "bình quân")
            break
    paren = _aside_start(text, start, end, p)
    if paren > start:
        end = _trim_end(text, start, paren)
    owner = p.counted_names_tail_re.search(text, start, end) if p.counted_names_tail_re else None
    if owner is not None and owner.start() > start:
        end = _trim_end(text, start, owner.start())  # "tổng doanh thu | của 3 chuỗi Alpha, Beta và Gamma"
    apposed = p.apposed_re.search(text, start, end)
    if apposed is not None and apposed.start() > start:  # "Xuất khẩu thủy sản | , một trong những ..."
        end = _trim_end(text, start, apposed.start())
    for tail in p.tail_re.finditer(text, start, end):
        rest = WORD.findall(text, tail.end(), end)
        if (tail.start() > start and not _inside_fixed_name(text, tail.start(), p)
                and not p.tail_keeper_re.search(text, max(start, tail.start() - 30), tail.start())
                and (len(rest) <= TAIL_REST_WORDS or _names_an_owner(rest))):
            end = tail.start()  # a tail at the end of the span, not a place that opens a clause
            break
    end = _trim_end(text, start, end)
    end_tail = p.end_tail_re.search(text, start, end)
    if end_tail is not None:
        end = end_tail.start()  # "kim ngạch xuất khẩu | toàn ngành", not "toàn ngành công nghiệp"
    if _next_to_figure(c, end):
        end = _without_object_verb(text, start, end, p)
        end = _without_passive(c, start, end)
    elif (_unit_class(c.fig.q.canonical) == "per" and end <= c.fig.left_end <= end + REACH
          and p.only_cues_re.match(text[end:c.fig.left_end])):
        # a price: "phân urê Phú Mỹ | được bán ở mức 19.000 đồng/kg" (not "Hàng hóa được thông quan
        # ở mức 1.200 tỷ đồng": the group narrows the set measured)
        end = _without_passive(c, start, end)
    folded = fold(text[start:end]) if end > start else ""
    if end <= start or folded in p.anaphors:  # "con số này" names no measure
        return None
    if text[start].isdigit() or folded in p.number_words:
        return None  # "USD/container | 40 feet", "ba | ngày 1/5 đến 3/5": a number names none
    if p.agent_only_re.fullmatch(text, start, end):
        return None  # "tỉnh | ước đạt 500 tỷ đồng": an agent names no measure
    words = [fold(w) for w in WORD.findall(text, start, end)]
    content = " ".join(w for w in words if w not in p.function_words)
    if not content or p.only_change_re.match(content):
        # "mức 45,3 điểm | của tháng 5", "giá | thì", "nhích lên từ | mức 45,3 điểm": grammar and
        # change words name no measure
        return None
    if words and words[-1] in p.dangling_ends:
        return None  # "dự toán HĐND tỉnh giao và", "số lượng nhưng": a piece cut inside a join
    tail = p.tail_re.match(text, start, end)
    if tail is not None and (tail.end() == end or _names_an_owner(WORD.findall(text, tail.end(), end))):
        return None  # "tại Tây Nguyên", "trên địa bàn tỉnh": where, not what is measured
    if folded in p.share_wholes and text[max(0, start - 4):start].rstrip().endswith("%"):
        return None  # "mức 2,5% GDP | năm 2019 và 2,2%": the whole the share before is of
    if folded in p.empty_names:
        return None  # "bình quân", "thứ ba", "đầu vụ": a qualifier, a rank or a time alone
    return start, end


def _next_to_figure(c: Ctx, end: int) -> bool:
    """Whether only spaces stand between ``end`` and the words left of the figure, or a period
    and a verb ("thép xây dựng sản xuất | 5 tháng đạt | 5,6 triệu tấn")."""
    text, left = c.text, c.fig.left_end
    if end > left:
        return False
    gap = _skip_space(text, end, left)
    if gap >= left:
        return True
    period = next((m for m in c.block.periods.overlapping(gap, gap + 1) if m.start == gap and m.end <= left), None)
    if period is None:
        return False
    rest, stop = _skip_space(text, period.end, left), _trim_end(text, period.end, left)
    return rest >= stop or bool(c.p.metric_verb_re.fullmatch(text, rest, stop))


def _without_object_verb(text: str, start: int, end: int, p: "Patterns") -> int:
    """``end`` moved before a verb whose object is the figure right after the span ("cấp huyện |
    giải ngân 24.380 tỷ đồng") when at least ``OBJECT_VERB_MIN_WORDS`` words, none a name, stand
    before it."""
    verb = p.object_verb_re.search(text, start, end)
    if verb is None or _inside_fixed_name(text, verb.start() + 1, p):
        return end
    words = list(WORD.finditer(text, start, verb.start()))
    names = [w for w in words[1:] if w.group()[0].isupper() and _open_paren(text, start, w.start()) < 0]
    if len(words) < OBJECT_VERB_MIN_WORDS or names:
        # "Bộ Xây dựng giải ngân ...", "anh Quý chỉ bán ra ...": an agent, the verb names it (not
        # a capital that opens the sentence, nor an acronym in "(...)": "Thép cuộn cán nóng (HRC)")
        return end
    before = _trim_end(text, start, verb.start())
    if p.passive_end_re.search(text, start, before):
        return end  # "hợp tác xã này được hỗ trợ 85 tỉ đồng": a passive, read by _without_passive
    if any(h.end() == before for h in p.any_head_re.finditer(text, start, before)):
        return end  # "Tổng giá trị | sản xuất": the verb completes a measure's head
    if p.set_head_re.match(text, start, before):
        return end  # "Số lượt hành khách vận chuyển": the verb says which set is counted
    if _open_paren(text, start, before) >= 0:
        before = text.find(")", before, end) + 1 or before  # "Thép cuộn cán nóng (HRC)" keeps its ")"
    return before


def _open_paren(text: str, start: int, pos: int) -> int:
    """Where the "(" opened in ``[start, pos)`` and not closed before ``pos`` stands; -1 if none."""
    opened = text.rfind("(", start, pos)
    return opened if opened >= 0 and text.find(")", opened, pos) < 0 else -1


def _names_an_owner(words: list[str]) -> bool:
    """Words that name an owner after a tail word: a proper name ("Bà Rịa - Vũng Tàu"), or an
    organisation's, whose common nouns are in lower case ("Công ty Điện lực Ninh Thuận")."""
    capitals = sum(w[:1].isupper() for w in words)
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper() and 2 * capitals >= len(words)


def _without_passive(c: Ctx, start: int, end: int) -> int:
    """``end`` moved before a passive verb group whose object is the amount right after the span
    ("lúa tươi loại thường | được thương lái thu mua tại ruộng 7.300 đồng/kg", "Kiên Giang | được
    hỗ trợ 160 tỉ đồng"): the thing the amount is paid or given for. Not for counts and shares
    ("xã được công nhận ...", "tỷ lệ ... được tiêm chủng"), nor after a measure head ("diện tích
    cà phê được chứng nhận ...": the measure is of what the group says)."""
    q, text, p = c.fig.q, c.text, c.p
    if q.is_count or c.is_growth or p.any_head_re.match(text, start, end):
        return end
    group = p.passive_group_re.search(text, start, end)
    return _trim_end(text, start, group.start()) if group is not None else end


def _inside_joined_name(text: str, pos: int, p: "Patterns") -> bool:
    """Whether ``pos`` (a comma) stands inside a classification name ("xã, phường, thị trấn")."""
    starts, ends = _joined_names(text, 0, len(text), p)
    i = bisect.bisect_left(starts, pos) - 1  # the last name that starts before pos
    return i >= 0 and pos < ends[i]


@_per_text
def _joined_names(text: str, start: int, end: int, p: "Patterns") -> tuple[list[int], list[int]]:
    """The classification names of the text, found once: their starts and ends, in order."""
    found = [(m.start(), m.end()) for m in p.joined_name_re.finditer(text, start, end)]
    return [a for a, _ in found], [b for _, b in found]


def _inside_fixed_name(text: str, pos: int, p: "Patterns") -> bool:
    for name in p.fixed_name_re.finditer(text, max(0, pos - 40), min(len(text), pos + 40)):
        if name.start() < pos < name.end():
            return True
    return False


# ------------------------------------------------------------------ choosing

UNIT_CLASSES = {"percent": "percent", "percentage_point": "percent", "count": "count", "times": "times",
                "VND": "money", "USD": "money"}
GAP_WORDS = regex.compile(r"[\p{L}\p{M}]+")
LAST_WORD = regex.compile(r"([\p{L}\p{M}]+|[,;:(])\s*$")
GAP_REACH = 300  # how much of the text between a candidate and its figure is looked at


def _unit_class(canonical: str) -> str:
    head = canonical.split("/")[0]
    if "/" in canonical:
        return "per"
    return UNIT_CLASSES.get(head, "money" if head.isupper() and len(head) == 3 else "measure")


NOT_OWN_CUES = frozenset({"kind:elided", "kind:list-goes-on", "kind:sign", "kind:compared-base"})


def _list_item_before(text: str, comma: int, p: Patterns) -> bool:
    """Whether a short noun phrase (one to four words, no verb, cue or digit) ends at ``comma``."""
    m = LIST_ITEM.search(text, max(0, comma - 40), comma + 1)
    if not m:
        return False
    item = m.group(1)
    return not (p.metric_verb_re.search(item) or p.kind_re.search(item) or NUMBER.search(item))


@dataclass(frozen=True)
class _Looks:
    """What a reading looks like, whatever figure it is weighed for."""

    length: str
    look: str
    words: tuple[str, ...]  # its first and last word
    before: str
    after_list_item: bool
    marks: tuple[str, ...]  # has-digit, has-comma, has-verb, has-kind-word


@_per_text
def _looks(text: str, start: int, end: int, p: Patterns) -> _Looks:
    words = GAP_WORDS.findall(text, start, min(end, start + GAP_REACH))
    n = len(words)
    length = "len:" + ("1" if n <= 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-7" if n <= 7 else "8+")
    first = text[start:end]
    if p.head_re.match(text, start, end):
        look = "head"
    elif p.weak_head_re.match(text, start, end):
        look = "weak-head"
    elif first[:1].isupper() and all(w[:1].isupper() for w in words[:2]):
        look = "name"
    elif first[:1].isupper():
        look = "capital"
    else:
        look = "lower"
    # the words a metric opens and ends with ("giá", "tỷ lệ" open one; "năm", "anh" do not)
    ends = ("first:" + words[0].lower(), "last:" + words[-1].lower()) if words else ()
    before_word = LAST_WORD.search(text, max(0, start - 20), start)
    before = "before:" + (before_word.group(1).lower() if before_word else "")
    after_item = bool(before_word and before_word.group(1) == ","
                      and _list_item_before(text, before_word.start(1), p))
    marks = []
    if any(map(str.isdigit, first)):
        marks.append("has-digit")
    if "," in first:
        marks.append("has-comma")
    if p.metric_verb_re.search(text, start, end):
        marks.append("has-verb")
    if p.kind_re.search(text, start, end):
        marks.append("has-kind-word")
    return _Looks(length, look, ends, before, after_item, tuple(marks))


@_per_text
def _gap(text: str, start: int, end: int, p: Patterns) -> tuple[str, str]:
    """What stands between a reading ending at ``start`` and its figure's words ending at
    ``end``: the kind of gap and how many words (bounded: a metric named at the start of a
    long sentence of figures is far away)."""
    far = end - start > GAP_REACH
    gap = text[max(start, end - GAP_REACH):end]
    n = len(GAP_WORDS.findall(gap)) + (GAP_REACH if far else 0)
    if not n:
        g = "none"
    elif ";" in gap:
        g = "semicolon"
    elif p.only_cues_re.match(gap):
        g = "cues"
    elif "," in gap:
        g = "comma"
    else:
        g = "words"
    return g, "gapw:" + ("0" if not n else "1-2" if n <= 2 else "3-6" if n <= 6 else "7+")


@dataclass(frozen=True)
class _FigureLooks:
    """What the features of every reading of one figure share (worked out once per figure)."""

    unit: str
    kind: str
    before: Optional[Figure]  # the figure before in the sentence, whose reading a list repeats
    clause_empty: bool
    in_parens: bool
    own_verb: bool
    paren_clause: bool
    bare_count: bool


def _figure_looks(c: Ctx) -> _FigureLooks:
    text, fig = c.text, c.fig
    q = fig.q
    clause_empty = c.clause_empty
    own_cue = [r for r in fig.evidence.get("kind", []) if r not in NOT_OWN_CUES]
    return _FigureLooks(
        unit=_unit_class(q.canonical), kind=fig.kind,
        before=c.block.figures[-1] if c.block.figures and not fig.new_sentence else None,
        clause_empty=clause_empty,
        in_parens=fig.left_end < q.start and text[fig.left_end] == "(",
        own_verb=bool(own_cue) and not clause_empty,  # "(lương thực giảm 4,06%, ...)": the clause says what changed
        paren_clause=fig.clause_start > 0 and text[fig.clause_start - 1] == "(",
        bare_count=c.bare_count)


def features(c: Ctx, cand: Candidate) -> dict[str, float]:
    """What the scorer weighs: where a reading came from, where it stands, what it looks like."""
    text, fig, p = c.text, c.fig, c.p
    q = fig.q
    fl = c.figure_looks
    unit, kind, sources = fl.unit, fl.kind, cand.sources
    f: dict[str, float] = {}
    for source in sources:
        f["src:" + source] = 1.0
        f[f"src:{source}|u:{unit}"] = 1.0
        f[f"src:{source}|k:{kind}"] = 1.0
    f[f"agree:{min(len(sources), 3)}"] = 1.0
    before = fl.before
    if before is not None:  # a list repeats its construction: the reading the figure before took
        for source in sources:
            if source in before.metric_sources:
                f["as-before:" + source] = 1.0
        if before.metric == (cand.start, cand.end):
            f["same-as-before"] = 1.0
    # what it looks like
    looks = _looks(text, cand.start, cand.end, p)
    look = looks.look
    f[looks.length] = 1.0
    f["look:" + look] = 1.0
    f[f"look:{look}|u:{unit}"] = 1.0
    for key in looks.words:
        f[key] = 1.0
    f[looks.before] = 1.0
    if looks.after_list_item:
        f["after-list-item"] = 1.0  # "dịch vụ vận tải, | kho bãi": one item of a name with commas
        for source in sources:
            f["after-list-item|src:" + source] = 1.0
    for key in looks.marks:
        f[key] = 1.0
    # where it stands
    if cand.start >= q.end:
        where = "after"
    elif cand.start >= fig.clause_start:
        where = "clause"
    elif cand.start >= fig.sentence.start:
        where = "sentence"
    else:
        where = "before-sentence"
    f["where:" + where] = 1.0
    f[f"where:{where}|k:{kind}"] = 1.0
    if where == "after" and text[cand.start:cand.start + 1].isupper():
        f["after:capital"] = 1.0  # the next sentence's subject, when a full stop is missing
    if where != "after":
        g, gap_words = _gap(text, cand.end, fig.left_end, p)
        f["gap:" + g] = 1.0
        f[f"gap:{g}|look:{look}"] = 1.0
        for source in sources:
            f[f"gap:{g}|src:{source}"] = 1.0
        f[gap_words] = 1.0
    # the figure itself
    if fl.clause_empty:
        for source in sources:
            f[f"src:{source}|clause-empty"] = 1.0
    if fl.in_parens:
        for source in sources:
            f[f"src:{source}|in-parens"] = 1.0
    if fl.own_verb:
        for source in sources:
            f[f"src:{source}|own-verb"] = 1.0
    if fl.paren_clause:
        for source in sources:
            f[f"src:{source}|paren-clause"] = 1.0
    if fl.bare_count:
        f[f"look:{look}|bare-count"] = 1.0
    return f


def choose(c: Ctx, cands: list[Candidate], model: str = "metric") -> Optional[Candidate]:
    """The candidate the weights of the rule set's ``model`` score highest (ties: the earlier
    reading). ``metric`` chooses the metric of contract v1 (the part in a breakdown),
    ``property`` the measured property and ``subject`` whom the figure belongs to (v2). Two
    constructions decide whatever the weights say: a name a "lần lượt" list gives the figure,
    and (v1) a metric head written right after an amount ("thu hút 667 triệu USD vốn FDI")."""
    weights = c.block.rules.compiled(WEIGHTS[model])
    if model in ("metric", "subject"):  # "A, B và C lần lượt đạt x, y và z": the construction decides
        respective = next((cand for cand in cands if "respective" in cand.sources), None)
        if respective is not None:
            return respective
        if model == "metric":
            after = next((cand for cand in cands if "head-after" in cand.sources), None)
            if after is not None and not c.p.part_rank_verb_re.search(c.text, c.fig.clause_start, c.fig.left_end):
                return after  # not in a ranking: "Vietcombank dẫn đầu với 17.650 tỷ đồng lợi nhuận"
    best = None
    for cand in cands:
        if not cand.features:
            cand.features = features(c, cand)
        feats = cand.features if model == "metric" else {**cand.features, **_v2_features(c, cand, model)}
        # sum(weights.get(k, 0.0) * v for k, v in feats.items()), in that order, looped in C
        cand.score = sum(map(operator.mul, map(weights.get, feats, repeat(0.0)), feats.values()))
        if best is None or cand.score > best.score:
            best = cand
    return best


def _v2_features(c: Ctx, cand: Candidate, model: str) -> dict[str, float]:
    """What the property and subject choosers weigh beyond a reading's own features: whether
    it is the v1 metric (a part or a property), whether it is the property chosen."""
    f: dict[str, float] = {}
    fig = c.fig
    if fig.metric == (cand.start, cand.end):
        f["is-v1"] = 1.0
        for source in fig.metric_sources:
            f["is-v1|v1src:" + source] = 1.0
    if model == "subject":
        if fig.property == (cand.start, cand.end):
            f["is-property"] = 1.0
        for source in fig.property_sources:  # what the property was says where the subject stands
            for own in cand.sources:
                f[f"prop:{source}|src:{own}"] = 1.0
    return f


def _none_candidate(c: Ctx) -> Candidate:
    """The subject reading "no subject": weighed on what the v1 metric was and where it came from."""
    fig = c.fig
    unit = _unit_class(fig.q.canonical)
    f = {"none": 1.0, "none|u:" + unit: 1.0, "none|k:" + fig.kind: 1.0}
    for source in fig.metric_sources:
        f["none|v1src:" + source] = 1.0
    if fig.metric is not None:
        f["none|v1look:" + _looks(c.text, fig.metric[0], fig.metric[1], c.p).look] = 1.0
        if fig.metric == fig.property:
            f["none|v1-is-property"] = 1.0
    return Candidate(-1, -1, ["none"], f)


def _weights_of(name: str) -> Callable[["RuleSet"], dict[str, float]]:
    def weights(rules: "RuleSet") -> dict[str, float]:
        return {k: float(v) for k, v in getattr(rules.model, name).values.items()}
    weights.__name__ = weights.__qualname__ = f"_weights_{name}"
    return weights


WEIGHTS = {name: _weights_of(name) for name in ("metric", "property", "subject")}


def decide(block: Block, fig: Figure) -> None:
    """The metric of ``fig`` (the best of the candidate readings, then two constructions that
    point back at the figure before: a part's attribute, a count's share), and for contract v2
    its property and subject."""
    previous = _inherited(block, fig)
    c = Ctx(block, fig, block.rules.compiled(Patterns), previous)
    cands = candidates(c)
    best = _plan_restated(c, cands, _share_of_count(c, cands, _part_of_attribute(c, cands, choose(c, cands))))
    best = _plan_quoted(c, cands, best)
    best = _whole_of_share(c, _counted_by_host(c, cands, _after_agent(c, cands, best)))
    best = _part_before_verb(c, _ranked_over_description(cands, _priced_thing(c, cands, best)))
    best = _own_counted_noun(c, cands, _labelled(c, cands, _named_in_parentheses(c, cands, best)))
    best = _owner_compared(c, _place_in_list(c, _share_in_aside(c, best)))
    best = _object_counted(c, cands, _count_at_base(c, cands, _change_of_count(c, cands, best)))
    fig.metric = (best.start, best.end) if best is not None else None
    fig.metric_sources = best.sources if best is not None else []
    # the whole's set ("51 | xã") is no metric for what follows: "..., tăng 5 xã" is the part's
    whole = best is not None and best.sources == ["whole-of-share"]
    fig.carried_metric = previous if whole or fig.metric is None else fig.metric
    fig.note("metric", *(["metric:" + "+".join(best.sources)] if best else ["metric:none"]))
    if not block.contract_v2:
        return
    prop = choose(c, _property_readings(c, cands), "property")
    fig.property = (prop.start, prop.end) if prop is not None else None
    fig.property_sources = prop.sources if prop is not None else []
    fig.carried_property = fig.property if fig.property is not None else _inherited(block, fig, "property")
    subject = choose(c, _subject_readings(c, cands) + [_none_candidate(c)], "subject")
    fig.subject = (subject.start, subject.end) if subject is not None and subject.start >= 0 else None
    fig.carried_subject = fig.subject if fig.subject is not None else _inherited(block, fig, "subject")
    fig.note("metric", "property:" + ("+".join(prop.sources) if prop else "none"),
             "subject:" + ("+".join(subject.sources) if subject else "none"))


def _part_of_attribute(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"Hàn Quốc dẫn đầu với 19 dự án, vốn 205,7 triệu USD": a part attribute ("vốn") alone after
    the figure of a named part, in its sentence, is said of the part: the part is the metric. In a
    sentence that lists parts ("Trong đó, đường sắt 6 vụ, làm chết 4 người; ..."), the part need not
    be a name, only no measure's head."""
    text, block, p = c.text, c.block, c.p
    if (best is None or fold(text[best.start:best.end]) not in p.part_attributes or not block.figures
            or block.figures[-1].sentence.start != c.fig.sentence.start
            or text[c.fig.prev_end:best.start].strip(" ,")):
        return best
    listed = _lists_parts(c)
    for cand in cands:
        if "inherited" in cand.sources and ("part" in cand.sources
                                            or p.named_part_re.fullmatch(text, cand.start, cand.end)
                                            or listed and not p.any_head_re.match(text, cand.start, cand.end)):
            return cand
    return best


def _owner_compared(c: Ctx, best: Optional[Candidate]) -> Optional[Candidate]:
    """"Giá cà phê của Việt Nam ở mức 4.100 USD/tấn, trong khi cà phê cùng loại của Indonesia là
    4.250 USD/tấn": a figure after another of its sentence whose words end on an owner's name
    ("của Indonesia | là") measures that owner, a part compared (section 6)."""
    fig = c.fig
    if fig.new_sentence:
        return best
    owner = c.p.owner_before_re.search(c.text, max(fig.prev_end, fig.left_end - REACH), fig.left_end)
    if owner is None:
        return best
    return Candidate(owner.start(1), _trim_end(c.text, owner.start(1), owner.end(1)), ["owner-compared"])


def _place_in_list(c: Ctx, best: Optional[Candidate]) -> Optional[Candidate]:
    """"Giá lúa tại An Giang 7.500 đồng/kg, tại Cần Thơ 7.300 đồng/kg": places compared in a list
    (``place_list_links``) are each the part their figure measures (section 6); the first item's
    place counts once a next item names only a place."""
    text, fig, p = c.text, c.fig, c.p
    item = p.place_item_re.search(text, max(fig.sentence.start, fig.prev_end), fig.left_end)
    if item is not None:
        return Candidate(*_place_span(item), ["place-item"])
    after = p.place_next_re.match(text, fig.q.end, min(fig.sentence.end, fig.q.end + REACH))
    if after is None:
        return best
    place = p.place_in_clause_re.search(text, max(fig.clause_start, fig.prev_end), fig.left_end)
    if place is None or any(ch in ",;" for ch in text[_place_span(place)[1]:fig.left_end]):
        return best
    return Candidate(*_place_span(place), ["place-item"])


def _place_span(m: "regex.Match") -> Span:
    """The place a ``place`` pattern matched: after its link word, or with its kind."""
    group = 1 if m.start(1) >= 0 else 2
    return m.start(group), m.end(group)


ASIDE_PHRASE_WORDS = 8  # how long the noun phrase before a "(chiếm N%)" may be
ASIDE_SHARE_OPEN = 40  # how far before the figure the "(" of its "(chiếm khoảng N%)" may open


def _share_in_aside(c: Ctx, best: Optional[Candidate]) -> Optional[Candidate]:
    """"chủ yếu thuộc về nhóm doanh nghiệp nhỏ (chiếm gần 55%)": a share alone in "(...)", opened by a share
    verb right after a noun phrase, is that phrase's share; the phrase goes back to the last link
    word or comma (``aside_share_links``), not before the figure before it or its clause."""
    text, fig, p = c.text, c.fig, c.p
    paren = text.rfind("(", max(fig.prev_end, fig.q.start - ASIDE_SHARE_OPEN), fig.q.start)
    if paren <= fig.prev_end or not p.aside_share_re.fullmatch(text, paren, fig.q.start):
        return best
    before = paren
    while before > 0 and text[before - 1].isspace():  # only the spaces: no copy of the text before
        before -= 1
    if before == 0 or not text[before - 1].isalpha():
        return best  # one after a figure ("đạt 5 tỷ USD (chiếm 28%)")
    lo = max(fig.prev_end, fig.sentence.start, paren - REACH)
    start = lo
    for link in p.aside_share_link_re.finditer(text, lo, paren):
        start = link.end()
    start, end = _strip(text, start, paren, p)
    words = WORD.findall(text, start, end)
    if (not 1 <= len(words) <= ASIDE_PHRASE_WORDS or any(ch.isdigit() for ch in text[start:end])
            or p.naming_in_item_re.search(text, start, end)):
        return best
    return Candidate(start, end, ["share-aside"])


def _inherited_reading(cands: list[Candidate], default: Optional[Candidate]) -> Optional[Candidate]:
    """The reading the figure inherits from the one before it (source "inherited"), else ``default``."""
    return next((cand for cand in cands if "inherited" in cand.sources), default)


def _reading_at(cands: list[Candidate], span: Span, default: Optional[Candidate]) -> Optional[Candidate]:
    """The reading with exactly ``span`` (the metric another figure took), else ``default``."""
    return next((cand for cand in cands if (cand.start, cand.end) == span), default)


def _own_counted_reading(q: Found, cands: list[Candidate]) -> Optional[Candidate]:
    """The counted reading that opens at the count's own noun ("640 | sinh viên"), if any."""
    return next((cand for cand in cands if cand.start == q.noun_start
                 and any(s.startswith("counted") for s in cand.sources)), None)


def _own_counted_noun(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """A count after a count in its sentence whose metric is its counted phrase: one of the same
    noun goes on counting that set ("35 trường học với 9.800 học sinh, tăng 420 học sinh"); one of
    another noun counts its own ("có 35 trường học với 9.800 học sinh"), unless its noun only
    counts (``generic_counted``: "320 lao động, tăng 85 người")."""
    text, block, q = c.text, c.block, c.fig.q
    if best is None or not (q.is_count and q.noun_start >= 0) or not block.figures:
        return best
    before = block.figures[-1]
    if (before.sentence.start != c.fig.sentence.start or not before.q.is_count
            or before.metric != (before.q.noun_start, before.q.end)):
        return best
    own = _own_counted_reading(q, cands)
    noun = fold(text[own.start:own.end]) if own is not None else ""
    if own is not None and best.end <= before.q.start and noun == fold(text[before.metric[0]:before.metric[1]]):
        # the same noun, the same set (not when the figure's own clause names its metric before
        # it: "công nhận 30 sản phẩm, nâng tổng số lên 95 sản phẩm")
        return _reading_at(cands, before.metric, best)
    if (own is None or (best.start, best.end) != before.metric or noun == fold(text[best.start:best.end])
            or noun in c.p.generic_counted):
        return best
    return own


def _object_counted(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"trường tuyển được 640 sinh viên", "đội cứu hộ kéo ra 46 ô tô": a count written as the
    object of a verb, which ``object_particles`` ("mới", "thêm", "ra", "được") alone separate
    from the reading before it, counts its own noun: that reading is the verb (the activity),
    and the counted noun names what was counted. A part before the verb leaves other words in
    between ("riêng nhóm B chỉ được 40 người", "khu vực A xảy ra 9 vụ") and keeps its reading."""
    fig, q = c.fig, c.fig.q
    if best is None or not (q.is_count and q.noun_start >= 0) or best.end > q.start:
        return best
    between = c.p.object_particles_re.fullmatch(c.text, best.end, fig.left_end)
    if between is None or not (between.group(1) or c.p.object_particles_end_re.search(c.text, best.start, best.end)):
        return best  # "tuyển | được |", or a reading that takes the particle in: "đội cứu hộ kéo ra |"
    own = _own_counted_reading(q, cands)
    return own if own is not None else best


def _change_of_count(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"có 320 hợp tác xã thành lập mới, nhiều hơn cùng kỳ 45 hợp tác xã", "..., bình quân mỗi
    tháng 27 hợp tác xã": a count of the noun of the count before it in its sentence, with
    nothing more to its own noun, goes on counting that set: it measures what that count counts."""
    text, block, q = c.text, c.block, c.fig.q
    if (best is None or not (q.is_count and q.noun_start >= 0)
            or (best.start, best.end) != (q.noun_start, q.end) or not block.figures):
        return best
    before = block.figures[-1]
    if (before.sentence.start != c.fig.sentence.start or not before.q.is_count or before.metric is None
            or before.metric[0] != before.q.noun_start
            or fold(text[before.q.noun_start:before.q.end]) != fold(text[q.noun_start:q.end])):
        return best
    return _reading_at(cands, before.metric, best)


BASE_LABEL_REACH = 60  # how far before a count the "(" of its "(năm 2022: ..." label may open
LABEL_COLON = regex.compile(r"\s*:\s*")


def _count_at_base(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"có 48 trường đạt chuẩn (năm học trước: 41 trường)": a count that an aside labels with a
    period or a base quotes the figure before it at another time (section 6, base figures), so
    it measures what that figure measures; its own noun only repeats the unit."""
    text, fig = c.text, c.fig
    q = fig.q
    if best is None or not q.is_count or fig.new_sentence:
        return best
    paren = text.rfind("(", max(fig.prev_end, q.start - BASE_LABEL_REACH), fig.left_end)
    if paren < 0:
        return best
    for m in c.block.periods.overlapping(paren, fig.left_end):
        if not text[paren + 1:m.start].strip() and LABEL_COLON.fullmatch(text, m.end, fig.left_end):
            return _inherited_reading(cands, best)
    return best


def _share_of_count(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"19.220 chuyến bị chậm (16,3%)", "có 46/70 thôn đạt chuẩn, tỷ lệ 65,7%": a share alone in
    the "(...)" that closes a count's noun phrase, or named only by a bare share word after it
    (``count_share_links``), measures what the count counts."""
    text, block, fig = c.text, c.block, c.fig
    if not block.figures or fig.q.is_count:
        return best
    before = block.figures[-1]
    counted = before.metric
    if (not before.q.is_count or counted is None or before.sentence.start != fig.sentence.start
            or counted[0] < before.q.start):
        return best
    paren = text.rfind("(", fig.prev_end, fig.q.start)
    if paren >= 0 and not text[paren + 1:fig.q.start].strip():
        if text[counted[1]:paren].strip():
            return best  # "(9 trường mầm non, ...)" breaks the count down: not this
    else:
        # of "46/70 thôn đạt chuẩn, tỷ lệ 65,7%" the part ("46") names the whole set counted
        part = block.figures[-2] if len(block.figures) > 1 else None
        if (part is not None and part.metric is not None and text[part.q.end:before.q.start].strip() == "/"
                and part.metric[0] >= before.q.start):
            counted = part.metric
        if not c.p.count_share_link_re.fullmatch(text, counted[1], fig.q.start):
            return best
    return _reading_at(cands, counted, Candidate(*counted, ["share-of-count"]))


def _part_before_verb(c: Ctx, best: Optional[Candidate]) -> Optional[Candidate]:
    """"Trong đó, cấp huyện giải ngân 24.380 tỷ đồng": in a list of parts (a sentence opened by
    "Trong đó", or a clause after ";"), an object verb right before the figure, alone or ending
    the reading ("cấp xã giải ngân"), is said of the part that opens the clause; the part is the
    metric (section 2, breakdowns)."""
    text, fig = c.text, c.fig
    if best is None or not 0 <= fig.left_end - best.end <= REACH or text[best.end:fig.left_end].strip():
        return best
    verb = c.p.object_verb_re.search(text, best.start, best.end)
    bare = fold(text[best.start:best.end]) in c.p.object_verbs
    if not ((bare and best.start > fig.clause_start) or verb is not None):
        return best
    in_list = _lists_parts(c) or SEMICOLON_BEFORE.search(text, max(0, fig.clause_start - REACH), fig.clause_start)
    if not in_list:
        return best
    start, end = _strip(text, fig.clause_start if bare else best.start, best.start if bare else verb.start(), c.p)
    words = WORD.findall(text, start, end)
    if not 1 <= len(words) <= MAX_NAME_WORDS or c.block.periods.overlapping(start, end):
        return best  # "Trong đó, riêng tháng 9 tiêu thụ ...": a time, no part
    return Candidate(start, end, ["part-before-verb"])


def _named_in_parentheses(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"Các địa phương có diện tích lớn là huyện Thanh Bình (512 ha), huyện Tam Nông (480 ha)": a
    figure in parentheses right after the name "là" introduces belongs to that name (section 2,
    breakdowns), not to the description before "là" nor to the clause that holds both; so does
    each next item of the list, in parentheses after its own name."""
    named = next((x for x in cands if "named-paren" in x.sources), None)
    paren = _paren_start(c)
    if named is None:
        before = c.figure_looks.before
        if before is None or "named-paren" not in before.metric_sources or paren is None:
            return best
        if paren < before.q.start and before.metric is not None:  # "(doanh thu 3,4 tỉ đồng, lãi 270 ...)"
            return Candidate(*before.metric, ["named-paren"])     # the same aside: the same name
        named = next((Candidate(x.start, x.end, ["named-paren"]) for x in cands
                      if "item" in x.sources and x.start >= c.fig.prev_end and x.end <= paren), None)
        if named is None:  # "..., HTX Tân Phú (lãi 310 triệu đồng)": the item's name before its aside
            s, e = _strip(c.text, _skip_space(c.text, c.fig.prev_end, paren), paren, c.p)
            if e > s and c.text[s].isupper() and len(WORD.findall(c.text, s, e)) <= MAX_NAME_WORDS + 1:
                named = Candidate(s, e, ["named-paren"])
    if best is None or named is None or best is named:
        return best
    if best.start >= named.start and (paren is None or best.start < paren):
        return best  # a reading of its own after the name, unless in the name's aside ("(doanh thu ...")
    return named


LABEL_GAP = regex.compile(r"[ \t]*:[ \t]*")  # "Đông Hưng: 1.234 ha"
LABEL_OPEN = regex.compile(r"(?:^|[:;\n•])[ \t\-+]*$")  # what stands before a label: its list's mark
MAX_LABEL_WORDS = 6


def _labelled(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"Diện tích lúa theo huyện: Đông Hưng: 1.234 ha; Thái Thụy: 987 ha": a short label alone
    before ":" and the figure names the figure (a part of the breakdown the heading announces),
    not the heading before it, as it does for the next items of the list."""
    if best is None:
        return best
    text, fig = c.text, c.fig
    for cand in cands:
        if (cand is best or cand.end > fig.left_end or best.end > cand.start
                or not LABEL_GAP.fullmatch(text, cand.end, fig.left_end)
                or not LABEL_OPEN.search(text, max(fig.sentence.start, cand.start - 4), cand.start)
                or len(WORD.findall(text, cand.start, cand.end)) > MAX_LABEL_WORDS):
            continue
        return cand
    return best


def _ranked_over_description(cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"Pakistan vẫn là thị trường tiêu thụ chè lớn nhất với 28.650 tấn": the part a ranking names
    (the subject before "là") is the metric, not a reading of the description after it."""
    ranked = next((x for x in cands if "ranked" in x.sources), None)
    if best is None or ranked is None or best is ranked or best.start < ranked.end:
        return best
    return ranked


def _priced_thing(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"Phân DAP có giá 21.000 đồng/kg": when the best reading is the price word of a link right
    before the figure, the thing priced is the metric: the reading of two words or more right
    before "có giá", or before the passive group that "với giá" ends ("cá tra | được các doanh
    nghiệp thu mua với giá ..."), after the sentence's previous figure."""
    fig, text = c.fig, c.text
    if best is None:
        return best
    link = c.p.price_link_re.search(text, max(fig.prev_end, fig.left_end - REACH), fig.left_end)
    if link is None or not (link.start() <= best.start and best.end <= link.end()):
        return best
    passive = link.group(1) is not None  # "với giá": the thing stands before a passive group
    things = [x for x in cands if fig.prev_end <= x.start and x.end <= link.start()
              and len(WORD.findall(text, x.start, x.end)) >= 2
              and (c.p.passive_start_re.match(text, x.end, link.start()) if passive
                   else not text[x.end:link.start()].strip())]
    return max(things, key=lambda x: (x.end, x.end - x.start), default=best)


def _whole_of_share(c: Ctx, best: Optional[Candidate]) -> Optional[Candidate]:
    """"có 47/51 xã đạt chuẩn nông thôn mới": the part (47) counts the set its predicate picks out
    ("xã đạt chuẩn nông thôn mới"); the whole (51) counts the set before that predicate ("xã")."""
    q, block = c.fig.q, c.block
    if "count:share-whole" not in q.rules or not block.figures:
        return best
    part = block.figures[-1]
    if (part.index != c.fig.index - 1 or part.metric is None or part.metric[0] != q.noun_start
            or best is None or (best.start, best.end) not in (part.metric, (q.noun_start, q.end))):
        return best  # a reading of its own ("45/60 doanh nghiệp có vốn đầu tư nước ngoài | đã ...") stands
    cut = c.p.whole_set_end_re.search(c.text, q.end, part.metric[1])
    if cut is None:
        return best
    end = q.end + len(c.text[q.end:cut.start()].rstrip(" ,"))
    return Candidate(q.noun_start, end, ["whole-of-share"])


def _after_agent(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"các DN phi nhân thọ đã bồi thường 6.520 tỷ đồng": money after "agent + đã + verb" is what
    the verb pays or earns, not the agent (a count counts the agent: "117 dự án đã đi vào sản
    xuất"; a measure may be the agent's: "đất công nghiệp đã cho thuê 7.724 ha")."""
    if best is None or _unit_class(c.fig.q.canonical) != "money":
        return best
    verb = next((cand for cand in cands if "verb" in cand.sources and cand.end == best.end
                 and best.start < cand.start), None)
    if verb is None or not c.p.agent_aspect_re.fullmatch(c.text, best.start, verb.start):
        return best
    if c.p.head_re.match(c.text, best.start, verb.start):
        return best  # "Tổng số tiền phải bồi thường là 120 tỷ đồng": a measure, the verb its own
    return verb


def _plan_restated(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"đạt 68% kế hoạch năm (600 triệu USD)": a figure that restates the plan is the plan of what
    the figure before it in the sentence measures."""
    block, fig = c.block, c.fig
    if fig.plan_aside is None or not block.figures or block.figures[-1].sentence.start != fig.sentence.start:
        return best
    return _inherited_reading(cands, best)


def _plan_quoted(c: Ctx, cands: list[Candidate], best: Optional[Candidate]) -> Optional[Candidate]:
    """"doanh thu du lịch đạt 4.200 tỷ đồng, vượt mục tiêu 3.800 tỷ đồng": a figure a plan word quotes
    after another figure of its sentence is the plan of what that figure measures; the plan word
    names no measure. A head between plan and figure names its own ("kế hoạch | doanh thu |
    500 tỷ đồng"); words that are no head do not ("chỉ tiêu | phấn đấu | 60.000 tỷ đồng")."""
    text, fig, p = c.text, c.fig, c.p
    if fig.new_sentence or "inherited" not in (s for cand in cands for s in cand.sources):
        return best
    plan = p.plan_quote_re.search(text, max(fig.prev_end, fig.left_end - REACH), fig.left_end)
    if plan is None or text[fig.prev_end:plan.start()].count(";"):
        return best
    words = plan.group(1)
    if p.any_head_re.search(words):
        return best
    return _inherited_reading(cands, best)


def _inherited(block: Block, fig: Figure, what: str = "metric") -> Optional[Span]:
    """The metric (or property) a figure may inherit: the last one given in its paragraph."""
    if not block.figures:
        return None
    # (the v1 metric only: an aside's part has the total's v2 property and subject anyway)
    before = _before_aside(block, fig) if what == "metric" else block.figures[-1]
    if before.sentence.paragraph != fig.sentence.paragraph:
        return None
    return {"metric": before.carried_metric, "property": before.carried_property,
            "subject": before.carried_subject}[what]


ASIDE_FIGURES = 6  # how many figures an aside may hold that the figure after it looks past
ASIDE_REACH = 120  # how far before a figure the "(" of its aside is looked for (linear in dense text)


def _before_aside(block: Block, fig: Figure) -> Figure:
    """The figure before ``fig``; but when that one stands in a "(...)" closed before ``fig``,
    the last figure before the "(": "158.742 người (54.915 lao động nữ, chiếm 34,59%), đạt 144,31%
    kế hoạch" - the aside breaks the total down, the figure after it goes on with the total."""
    text, figures = block.text, block.figures
    before = figures[-1]
    opened = _open_paren(text, max(before.sentence.start, before.q.start - ASIDE_REACH), before.q.start)
    if opened < 0 or text.rfind(")", before.q.end, fig.q.start) < 0:
        return before
    for k in range(len(figures) - 2, max(-1, len(figures) - 2 - ASIDE_FIGURES), -1):
        if figures[k].q.end <= opened:
            return figures[k] if figures[k].sentence.start == before.sentence.start else before
    return before


def _subject_readings(c: Ctx, cands: list[Candidate]) -> list[Candidate]:
    """The metric's readings and those only a subject has: the subject the figures before it
    took (in its paragraph, or the first of its sentence), and, for each reading, its part after
    a word that introduces whom it belongs to ("xuất khẩu thủy sản sang | thị trường Hàn Quốc")."""
    block, fig = c.block, c.fig
    extra: dict[Span, Candidate] = {}

    def add(source: str, span: Optional[Span]) -> None:
        if span is None or span[1] <= span[0]:
            return
        cand = extra.setdefault(span, Candidate(*span))
        if source not in cand.sources:
            cand.sources.append(source)

    add("inherited-subject", _inherited(block, fig, "subject"))
    if not fig.new_sentence:
        add("sentence-first-subject", block.figures[fig.sentence_first].subject)
    for cand in cands:
        owner = c.p.owner_split_re.search(c.text, cand.start, cand.end)
        if owner is not None and owner.start() > cand.start:
            add("after-owner", (_skip_space(c.text, owner.end(), cand.end), cand.end))
    merged = []
    for cand in cands:
        more = extra.pop((cand.start, cand.end), None)
        merged.append(cand if more is None else Candidate(cand.start, cand.end, cand.sources + more.sources))
    return merged + list(extra.values())


def _property_readings(c: Ctx, cands: list[Candidate]) -> list[Candidate]:
    """Readings only a property has: the property the figures before it took (a breakdown's
    parts inherit the property of the total, "Kim ngạch xuất khẩu ... Trong đó, thị trường
    Nhật Bản đạt 650 triệu USD"), and, for each reading, its part before a word that
    introduces whom it belongs to ("xuất khẩu thủy sản | sang thị trường Hàn Quốc")."""
    block, fig = c.block, c.fig
    seen = {(x.start, x.end): x for x in cands}
    copied: set[Span] = set()

    def add(source: str, span: Optional[Span]) -> None:
        if span is None or span[1] <= span[0]:
            return
        cand = seen.get(span)
        if cand is None:
            cand = seen[span] = Candidate(*span)
        elif span not in copied:  # a reading the metric saw too: a copy, so the metric's stays as it was
            cand = seen[span] = Candidate(cand.start, cand.end, list(cand.sources))
        copied.add(span)
        if source not in cand.sources:
            cand.sources.append(source)

    add("inherited-property", _inherited(block, fig, "property"))
    if not fig.new_sentence:
        add("sentence-first-property", block.figures[fig.sentence_first].property)
    elif fig.sentence_first > 0:
        before = block.figures[fig.sentence_first - 1]
        add("total-property", block.figures[before.sentence_first].property)
    for cand in list(cands):
        owner = c.p.owner_split_re.search(c.text, cand.start, cand.end)
        if owner is not None and owner.start() > cand.start:
            add("before-owner", (cand.start, _trim_end(c.text, cand.start, owner.start())))
    return list(seen.values())
