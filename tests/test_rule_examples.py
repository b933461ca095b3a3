"""Every rule carries examples and negatives; this runs them all (Duckling-style).

A rule's examples are read by the part of the pipeline the rule feeds: the
quantity reader for numbers, units, counts and qualifiers, the exclusion
patterns, the period finder (and the date-line reader), and the whole
extractor for cues, metrics, text rules and the rest (the related-article
headers, the learned model). Every rule has an example, and is needed by
them: with the rule removed (``RuleSet.without``), one of its examples or
negatives is read otherwise.
"""

from __future__ import annotations

import pytest
import regex

from vnextract import Extractor, RuleSet
from vnextract._context import Published
from vnextract._rules import rule_entries
from vnextract._stages.periods import Reference, find_periods
from vnextract._stages.quantities import excluded_spans, find_quantities
from vnextract._stages.report import published_in

RULES = RuleSet.default()
EXTRACTOR = Extractor(rules=RULES, contract="v1")  # the examples say the v1 metric
QUANTITY_FILES = ("numbers", "units", "counts", "qualifiers")


def _cases(negative: bool):
    for path, rule in rule_entries(RULES):
        for i, example in enumerate(rule.negative if negative else rule.examples):
            yield pytest.param(path, example, id=f"{'.'.join(path)}-{i}")


def periods(text, published, rules=RULES, extractor=EXTRACTOR):
    """The period mentions of ``text`` that are not comparison bases."""
    found = find_periods(extractor.normalise(text).text, rules)
    return [m for m in found.resolve(Reference.of(published)) if not m.is_base]


def quantities(text, rules=RULES):
    return find_quantities(Extractor(rules=rules).normalise(text).text, rules)


def check_example(path, example, rules=RULES, extractor=EXTRACTOR):
    """Assert that ``rules`` read ``example`` as it says (AssertionError otherwise)."""
    file = path[0]
    text = example.text
    if file in QUANTITY_FILES:
        found = quantities(text, rules)
        if example.no_quantity:
            assert not found, found
            return
        norm = extractor.normalise(text).text
        for piece in example.excluded:  # no quantity read inside the piece
            base = norm.index(piece)
            assert not any(f.start < base + len(piece) and base < f.end for f in found), (piece, found)
        if example.excluded and example.quantity is None and example.value is None:
            return
        if example.quantity is not None:  # the one quantity the example is about
            found = [f for f in found if norm[f.start:f.end] == example.quantity]
        assert len(found) == 1, f"{text!r}: {[(f.start, f.end, f.unit) for f in found]}"
        q = found[0]
        if example.unit is not None:
            assert q.canonical == example.unit
        if example.value is not None:
            assert float(abs(q.value)) == pytest.approx(example.value, rel=1e-9)
            if example.value_max is not None:
                assert float(q.value_max) == pytest.approx(example.value_max, rel=1e-9)
            else:
                assert q.value_max is None
        if example.approx is not None:
            assert q.approx == example.approx
        if _says_facts(example):  # what the quantity read makes of the facts ("cao hơn 5%" is a change)
            check_facts(example, extractor.extract(example.before + text, example.published))
    elif path[:2] == ("exclusions", "patterns"):
        norm = extractor.normalise(text).text
        spans = excluded_spans(norm, rules)
        for piece in example.excluded:  # every number inside the piece is covered
            base = norm.index(piece)
            for digits in regex.finditer(r"\d+", piece):
                pos = base + digits.start()
                assert any(s <= pos < e for s, e, _ in spans), (piece, digits.group())
        assert not quantities(text, rules)
    elif path[:2] == ("periods", "published_lines"):
        assert published_in(extractor.normalise(text).text, rules) == example.to
    elif file == "periods" and example.quantity is None:
        full = example.before + text
        mentions = periods(full, Published.parse(example.published), rules, extractor)
        assert len(mentions) == 1, mentions
        m = mentions[0]
        assert (m.start, m.end) == (len(example.before), len(full))
        assert (m.from_, m.to) == (example.from_, example.to)
    else:
        check_facts(example, extractor.extract(example.before + text, example.published))
    if _says_v2(example):
        check_v2(example, _v2(extractor).extract(example.before + text, example.published))


_V2 = {}


def _v2(extractor):
    """An extractor with ``extractor``'s rules that follows contract v2."""
    if id(extractor) not in _V2:
        _V2[id(extractor)] = (extractor, Extractor(rules=extractor.rules, contract="v2"))
    return _V2[id(extractor)][1]


def _says_facts(example):
    """Whether ``example`` states something of the facts beyond the quantity read."""
    return any((example.kinds, example.directions, example.statuses, example.metric, example.no_metric,
                example.from_, example.to, example.no_period)) or _says_v2(example)


def _says_v2(example):
    return any((example.property, example.subject, example.no_subject, example.base))


def check_v2(example, facts):
    """The contract-v2 facts against the example's property, subject and base."""
    chosen = [f for f in facts if example.quantity is None or f.quantity.text == example.quantity]
    assert chosen, f"no fact for {example.quantity!r} in {[f.quantity.text for f in facts]}"
    fact = chosen[0] if example.quantity is not None else facts[example.index]
    if example.property is not None:
        assert fact.metric is not None and fact.metric.text == example.property, fact.metric
    if example.subject is not None:
        assert fact.subject is not None and fact.subject.text == example.subject, fact.subject
    if example.no_subject:
        assert fact.subject is None, fact.subject
    if example.base is not None:
        assert (fact.base.type if fact.base is not None else "none") == example.base, fact.base


def check_facts(example, facts):
    """The extractor's facts against the example's expectations."""
    if example.kinds:
        assert [f.kind for f in facts] == example.kinds
    if example.directions:
        assert [f.direction or "" for f in facts] == example.directions
    if example.statuses:
        assert [f.status for f in facts] == example.statuses
    if example.no_quantity:
        assert not facts
        return
    wants_one = (example.metric is not None or example.no_metric or example.from_ is not None
                 or example.to is not None or example.no_period or example.value is not None)
    if not wants_one:
        return
    if example.quantity is not None:
        chosen = [f for f in facts if f.quantity.text == example.quantity]
        assert chosen, f"no fact for {example.quantity!r} in {[f.quantity.text for f in facts]}"
        fact = chosen[0]
    else:
        fact = facts[example.index]
    if example.metric is not None:
        assert fact.metric is not None and fact.metric.text == example.metric, fact.metric
    if example.no_metric:
        assert fact.metric is None, fact.metric
    if example.from_ is not None or example.to is not None:
        assert fact.period is not None and (fact.period.from_, fact.period.to) == (example.from_, example.to), \
            fact.period
    if example.no_period:
        assert fact.period is None, fact.period
    if example.value is not None:
        assert fact.quantity.value == pytest.approx(example.value, rel=1e-9)


def check_negative(path, example, rules=RULES, extractor=EXTRACTOR):
    """Assert that ``rules`` do not misread a negative case."""
    file = path[0]
    text = example.text
    if _says_facts(example):
        check_example(path, example, rules, extractor)  # a negative that says what it is instead
    elif file in QUANTITY_FILES and example.quantity is not None:
        check_example(path, example, rules, extractor)  # a quantity the rule must leave as it is
    elif path[:2] == ("periods", "published_lines"):
        assert published_in(extractor.normalise(text).text, rules) is None
    elif file == "periods":
        assert not periods(text, Published(2020, 5, 1), rules, extractor)
    elif path[:2] == ("exclusions", "patterns"):
        assert not excluded_spans(extractor.normalise(text).text, rules)
        assert quantities(text, rules)
    elif file == "qualifiers":
        assert all(q.approx is None for q in quantities(text, rules))
    else:
        assert not quantities(text, rules), text


@pytest.mark.parametrize("path,example", list(_cases(False)))
def test_example(path, example):
    check_example(path, example)


@pytest.mark.parametrize("path,example", list(_cases(True)))
def test_negative(path, example):
    check_negative(path, example)


# Rules that no example can show to be needed, and why. Each is still run (a strict xfail): once
# the engine reads one, its test passes, fails as XPASS, and the rule leaves this list.
UNPROVEN = {
    ("periods", "patterns", "same-period-last-year"):
        "after a base or comparative cue 'cùng kỳ năm trước' is a base through those cues too; at a "
        "sentence's head ('Cùng kỳ năm trước, ... đạt X') the figure takes the report period, not the "
        "period a year back the contract gives a quoted base",
    ("metrics", "list_openers"):
        "its example ('trong đó có dệt may, da giày') is now read whole as a classification name, and "
        "with the current chooser 'trong đó có gạo, cà phê đạt ...' keeps only the last item either way",
    ("metrics", "owner_openers"):
        "the property chooser keeps the whole phrase ('Sản lượng lúa của huyện Tháp Mười') in short "
        "sentences, so no example yet shows the split before the owner",
}


def test_every_rule_has_an_example():
    paths = [path for path, _ in rule_entries(RULES)]
    assert not set(UNPROVEN) - set(paths), "UNPROVEN names a rule that does not exist"
    missing = [".".join(path) for path, rule in rule_entries(RULES) if not rule.examples]
    assert not missing, f"rules with no example: {missing}"


def _fails(check, path, example, rules, extractor) -> bool:
    try:
        check(path, example, rules, extractor)
    except Exception:  # an assertion, or a rule set that cannot read the text at all ("quý III" with no Roman numerals)
        return True
    return False


def _ablations():
    for path, rule in rule_entries(RULES):
        marks = [pytest.mark.xfail(strict=True, reason=UNPROVEN[path])] if path in UNPROVEN else []
        yield pytest.param(path, rule, id=".".join(path), marks=marks)


@pytest.mark.parametrize("path,rule", list(_ablations()))
def test_every_rule_is_needed_by_its_examples(path, rule):
    """Without the rule, at least one of its examples or negatives is read otherwise."""
    ablated = RULES.without(path)
    extractor = Extractor(rules=ablated)
    cases = [(check_example, e) for e in rule.examples] + [(check_negative, e) for e in rule.negative]
    assert any(_fails(check, path, e, ablated, extractor) for check, e in cases), \
        f"{'.'.join(path)}: every example and negative still passes without the rule"
