"""Compile a RuleSet into the patterns and look-up tables the stages use.

Built once per rule set (``RuleSet.compiled``) and reused for every call.
Word lists become alternations sorted longest first, bounded so that a word
never matches inside another word; all alternations are literal, so the
patterns cannot backtrack catastrophically.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import regex

from ._rules import expand_macros

if TYPE_CHECKING:  # pragma: no cover
    from ._rules import RuleSet

FLAGS = regex.IGNORECASE | regex.V0
LEFT = r"(?<![\p{L}\p{M}\d])"
RIGHT = r"(?![\p{L}\p{M}\d])"


def form_regex(form: str) -> str:
    """A written form as a regex: spaces match any run of spaces, the rest literally."""
    return r"\s+".join(regex.escape(part) for part in form.split())


def alternation(forms: Iterable[str], left: bool = True) -> str:
    """Longest-first alternation of forms, bounded as whole words.

    ``left=False`` drops the left bound, for units read right after a number
    they may be glued to ("63.276ha", "10,5%").
    """
    unique = set(forms)
    if not unique:
        return r"(?!)"
    return first_letters(unique) + (LEFT if left else "") + choices(unique) + RIGHT


def choices(forms: Iterable[str]) -> str:
    """The forms as one group, longest first, with no bounds."""
    return "(?:" + "|".join(form_regex(f) for f in sorted(set(forms), key=lambda f: (-len(f), f))) + ")"


def first_letters(forms: Iterable[str], also: str = "") -> str:
    """A look-ahead on the forms' first letters (and the class ``also``): it lets the
    engine skip most positions at once."""
    firsts = sorted({ch for f in forms for ch in (f[0].lower(), f[0].upper())})
    return "(?=[" + also + "".join(regex.escape(ch) for ch in firsts) + "])"


def at_end(forms: Iterable[str]) -> str:
    """One of the forms as the last words of the text searched (a trailing ``\\s*$``)."""
    return "(?:" + alternation(forms) + r")\s*$"


def fold(text: str) -> str:
    """Key used to look up a matched form: lower-case, single spaces."""
    return " ".join(text.lower().split())


class Compiled:
    """Everything the pipeline needs from one RuleSet, compiled."""

    def __init__(self, rules: "RuleSet"):
        numbers, units, counts = rules.numbers, rules.units, rules.counts
        # scale words
        self.scale_factor = {fold(f): s.factor for s in numbers.scales for f in s.forms}
        self.scale_re = regex.compile(r"\s*(" + alternation(self.scale_factor, False) + ")"
                                      + r"(?!\s+" + alternation(numbers.scale_not_before) + ")", FLAGS)
        self.number_words = {fold(k): v for k, v in numbers.number_words.items()}
        self.multiple_words = {fold(w) for w in numbers.multiple_words}
        self.never_alone_words = {fold(w) for w in numbers.never_alone}
        self.scaled_only_words = {fold(w) for w in numbers.scaled_only}
        self.half_re = regex.compile(r"\s+(" + alternation(numbers.halves) + ")", FLAGS)
        self.number_word_re = regex.compile(r"(?P<w>" + alternation(self.number_words) + ")", FLAGS)
        # "gấp đôi": a multiple word before a number word (cues.toml kind.multiple)
        self.multiple_before_re = regex.compile(at_end(rules.cues.kind.multiple), FLAGS)
        # units and denominators
        self.unit_by_form = {}
        for unit in units.units:
            for form in unit.forms:
                self.unit_by_form[fold(form)] = unit
        self.denominator_by_form = {fold(f): d for d in units.denominators for f in d.forms}
        self.count_nouns = {fold(n) for n in counts.nouns}
        self.not_nouns = {fold(n) for n in counts.not_nouns}
        self.unit_re = regex.compile(r"\s*(" + alternation(self.unit_by_form, False) + ")", FLAGS)
        # the unit "đ" and other one-letter forms must not be glued to a word on the left
        denominator_forms = set(self.denominator_by_form) | set(self.unit_by_form) | self.count_nouns
        denominator_forms.discard("%")
        self.denominator_re = regex.compile(
            r"\s*/\s*(" + alternation(denominator_forms, False) + ")", FLAGS)
        self.count_noun_re = regex.compile(
            r"\s+(" + alternation(self.count_nouns) + ")", FLAGS)
        self.share_of_re = regex.compile(r"\s+(?:" + alternation(counts.share_of) + r")\s+", FLAGS)
        self.not_noun_re = regex.compile(r"\s+(" + alternation(self.not_nouns) + ")", FLAGS)
        # qualifiers (approx), matched at the end of the text left of a number
        q = rules.qualifiers
        self.approx_by_form = {}
        for approx, forms in (("about", q.about), ("over", q.over), ("under", q.under)):
            for form in forms:
                self.approx_by_form[fold(form)] = approx
        self.not_before_percent = {fold(w) for w in q.not_before_percent}
        self.qualifier_re = regex.compile(
            "(?<!" + alternation(q.comparatives) + r"\s+)(" + alternation(self.approx_by_form) + r")\s*$", FLAGS)
        # exclusions and periods
        self.exclusions = [(p.name, regex.compile(expand_macros(p.pattern), FLAGS))
                           for p in rules.exclusions.patterns]
        # {N}: digits or a number word up to twelve ("sáu tháng đầu năm")
        self.small_numbers = {w: int(v) for w, v in self.number_words.items()
                              if v == int(v) and 1 <= v <= 12 and w not in self.never_alone_words}
        # no left bound: one at every position would slow every {N} pattern down
        small = {"{N}": first_letters(self.small_numbers, also=r"\d") + r"(?:\d{1,2}|"
                 + choices(self.small_numbers) + r"(?![\p{L}\p{M}]))"}
        season = choices(rules.periods.seasons)
        small["{SEASON}"] = season + r"(?:\s*[-–]\s*" + season + r")?(?![\p{L}\p{M}])"
        self.periods = [(p.name, p.resolve, p.local,
                         regex.compile(LEFT + "(?:" + expand_macros(p.pattern, small) + ")", FLAGS))
                        for p in rules.periods.patterns]
        self.related_header_re = regex.compile(
            r"^\s*(?:" + alternation(rules.exclusions.related_headers) + r")\s*:?\s*$", FLAGS)
        self.published_line_res = [regex.compile(expand_macros(p), FLAGS)
                                   for p in rules.periods.published_lines]
        self.plan_noun_re = regex.compile(alternation(rules.periods.plan_nouns), FLAGS)
        self.sentence_only_re = regex.compile(alternation(rules.periods.sentence_only_cues), FLAGS)
        self.period_link_re = regex.compile(r"\s*(?:" + alternation(rules.periods.after_links) + r")?\s*", FLAGS)
        self.period_clause_end_re = regex.compile(
            r"[;,(]|\s" + alternation(rules.periods.clause_ends) + r"\s", FLAGS)
        self.base_before_re = regex.compile(
            "(?:" + alternation(rules.periods.base_cues) + r")\s+(?:(?:[^\W\d]+|\d+(?:[.,]\d+)*%?)\s+){0,4}$", FLAGS)
        # cues
        st, kd = rules.cues.status, rules.cues.kind
        self.target_re = regex.compile(alternation(st.target), FLAGS)
        self.status_cue_re = regex.compile(alternation(list(st.target) + list(st.planned) + list(st.estimate)), FLAGS)
        self.status_of_cue = {}  # folded cue -> "target" | "planned" | "estimate" (one scan finds all three)
        for name, forms in (("estimate", st.estimate), ("planned", st.planned), ("target", st.target)):
            for form in forms:
                self.status_of_cue[fold(form)] = name
        self.breakdown_re = regex.compile(alternation(st.breakdowns), FLAGS)
        self.semicolon_re = regex.compile(";")
        self.segment_break_re = regex.compile(";|" + alternation(st.breakdowns), FLAGS)  # breakdown segments
        self.own_verb_re = regex.compile(alternation(st.own_verbs), FLAGS)
        self.part_opener_re = regex.compile(alternation(st.part_openers), FLAGS)
        self.estimate_end_re = regex.compile(at_end(st.estimate), FLAGS)
        self.target_not_after_re = regex.compile(
            "(?:%|" + alternation(st.target_not_after) + r")\s*$", FLAGS)
        self.kind_words = {}
        self.base_markers = {fold(w) for w in kd.base_markers}
        for name in ("up", "down", "to_level", "rate", "multiple", "skip"):
            for form in getattr(kd, name):
                self.kind_words.setdefault(fold(form), name)
        self.kind_re = regex.compile(alternation(self.kind_words), FLAGS)
        self.growth_re = regex.compile(alternation(kd.growth), FLAGS)
        self.rate_end_re = regex.compile(at_end(kd.rate), FLAGS)
        # metric shaping
        m = rules.metrics
        self.head_re = regex.compile(alternation(m.heads), FLAGS)
        self.weak_head_re = regex.compile(alternation(m.weak_heads), FLAGS)
        self.head_prefix_re = regex.compile("(?:" + alternation(m.head_prefixes) + r")\s+$", FLAGS)
        self.any_head_re = regex.compile(alternation(list(m.heads) + list(m.weak_heads)), FLAGS)
        # an ender, unless it opens one of the exception phrases
        exceptions = alternation(m.ender_exceptions)
        self.metric_verb_re = regex.compile(
            f"(?:{alternation(m.place_tails)}|(?!{exceptions}){alternation(m.verbs)})", FLAGS)
        trailing = list(m.verbs) + list(m.place_tails) + list(m.trailing_only) + [w for group in ("up", "down", "to_level", "multiple", "skip")
                                    for w in getattr(rules.cues.kind, group)]
        self.trailing_forms = {fold(f) for f in trailing}  # stripped from the end of the words before a figure
        self.trailing_max_words = max((len(f.split()) for f in trailing), default=1)
        self.trailing_last_words = {f.split()[-1] for f in self.trailing_forms}
        self.only_cues_re = regex.compile(
            r"^(?:[\s,:;-]*(?:" + alternation(trailing + list(rules.cues.kind.rate)) + r"))*[\s,:;-]*$", FLAGS)
        self.compound_re = regex.compile(alternation(m.compounds), FLAGS)
        self.activity_re = regex.compile(
            r"(" + alternation(m.activity_markers) + r")\s*$", FLAGS)
        name = (r"(?:(?i:" + alternation(m.part_prefixes) + r")\s+)?"
                r"((?:\p{Lu}[\p{L}\p{M}]*)(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4})\s+(?:[\p{Ll}\p{M}]+\s+){0,3}?")
        self.part_re = regex.compile(name + r"(?i:" + alternation(list(m.part_verbs) + list(m.part_rank_verbs)) + ")")
        self.part_rank_re = regex.compile(name + r"(?i:" + alternation(m.part_rank_verbs) + ")")
        self.part_rank_verb_re = regex.compile(alternation(m.part_rank_verbs), FLAGS)
        self.place_re = regex.compile(alternation(m.place_markers), FLAGS)
        about = alternation(m.about_markers)
        joins = "(?:" + alternation(list(m.change_joins) + ["so"]) + ")"  # "tăng 6,8% về số doanh nghiệp | nhưng giảm"
        # "giảm 5% về số dự án": the metric is the thing after the marker
        self.about_after_re = regex.compile(
            r"\s+" + about + r"\s+([\p{L}\p{M}]+(?:\s+(?!" + joins + r")[\p{L}\p{M}\d]+){0,7}?)"
            r"(?=\s*(?:[,;.)]|" + joins + r"|$))", FLAGS)
        # "tăng 10,2% về lượng và 23,9% về trị giá": only a join between two figures
        self.elided_verb_re = regex.compile(
            r"(?:\s+" + about + r"\s+[^\d,;.()]{1,40}?)?\s*,?\s*(?:" + alternation(m.change_joins) + r"|,)\s*$", FLAGS)
        kind_forms = [w for group in ("up", "down") for w in getattr(rules.cues.kind, group)] + list(m.join_verbs)
        self.change_join_re = regex.compile(
            "(?:" + alternation(m.change_joins) + r")\s+(?:" + alternation(kind_forms) + r")\s*$", FLAGS)
        self.topic_re = regex.compile(alternation(m.topic_markers), FLAGS)
        self.rank_verb_re = regex.compile(alternation(m.rank_verbs), FLAGS)
        self.superlative_re = regex.compile(alternation(m.superlatives), FLAGS)
        self.acronym_paren_re = regex.compile(r"\(\s*\p{Lu}[\p{L}\d&.-]{1,11}\s*\)")
        self.activity_opener_re = regex.compile(alternation(m.activity_openers), FLAGS)
        self.count_exception_re = regex.compile(alternation(m.count_phrase_exceptions), FLAGS)
        self.count_stop_re = regex.compile(
            f"(?!{alternation(m.count_phrase_exceptions)})" + alternation(m.count_phrase_stops), FLAGS)
        self.count_join_re = regex.compile(alternation(m.count_phrase_joins), FLAGS)
        self.opener_re = regex.compile(
            r"^(?:[\s,:;-]*(?:" + alternation(m.clause_openers) + r"))+[\s,:;-]*", FLAGS)
        self.clause_break_re = regex.compile(
            r"[;:()\[\]\"“”|•,]|" + alternation(m.clause_breaks), FLAGS)
        self.list_opens_re = regex.compile(r"(?:^|[,;:(.]|" + alternation(m.list_openers) + r")\s*$", FLAGS)
        self.count_subject_verb_re = regex.compile(alternation(m.count_subject_verbs), FLAGS)
        self.level_verb_re = regex.compile(alternation(m.level_verbs), FLAGS)
        # "là <name> [,] với [kim ngạch] [đạt]" right before a figure
        self.named_with_re = regex.compile(
            alternation(m.naming_verbs) + r"\s+([^;:()]+?)\s*,?\s+" + alternation(m.naming_links)
            + r"(?:\s+" + alternation(m.heads) + r")?(?:\s+(?:" + alternation(list(m.verbs)) + r"))?\s*$", FLAGS)
        self.joined_comma_re = regex.compile(
            "|".join(f"(?:{p})" for p in m.joined_commas) or r"(?!)", FLAGS)
