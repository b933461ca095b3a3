"""Every rule file carries examples and negatives; this runs them all (Duckling-style)."""

import pytest
import regex

from vnextract import Extractor, RuleSet
from vnextract._normalise import normalise
from vnextract._periods import Published, find_periods
from vnextract._quantities import excluded_spans, find_quantities
from vnextract._rules import FILES

RULES = RuleSet.default()
LEX = RULES.compiled
EXTRACTOR = Extractor()


def _cases(kind):
    for name in FILES:
        data = getattr(RULES, name)
        items = data.examples if kind == "examples" else data.negative
        for i, item in enumerate(items):
            yield pytest.param(name, item, id=f"{name}-{i}")


def quantities(text):
    return find_quantities(normalise(text).text, LEX)


@pytest.mark.parametrize("name,example", list(_cases("examples")))
def test_example(name, example):
    text = example.text
    if name in ("numbers", "units", "counts"):
        found = quantities(text)
        assert len(found) == 1, f"{text!r}: {[(f.start, f.end, f.unit) for f in found]}"
        q = found[0]
        assert q.canonical == example.unit
        assert float(abs(q.value)) == pytest.approx(example.value, rel=1e-9)
        if example.value_max is not None:
            assert float(q.value_max) == pytest.approx(example.value_max, rel=1e-9)
        else:
            assert q.value_max is None
    elif name == "qualifiers":
        found = quantities(text)
        assert len(found) == 1 and found[0].approx == example.approx
    elif name == "exclusions":
        norm = normalise(text).text
        spans = excluded_spans(norm, LEX)
        for piece in example.excluded:  # every number inside the piece is covered
            base = norm.index(piece)
            for digits in regex.finditer(r"\d+", piece):
                pos = base + digits.start()
                assert any(s <= pos < e for s, e, _ in spans), (piece, digits.group())
        assert not quantities(text)
    elif name == "periods":
        full = example.before + text
        mentions = [m for m in find_periods(normalise(full).text, LEX, Published.parse(example.published))
                    if not m.is_base]
        assert len(mentions) == 1, mentions
        m = mentions[0]
        assert (m.start, m.end) == (len(example.before), len(full))
        assert (m.from_, m.to) == (example.from_, example.to)
    elif name == "cues":
        facts = EXTRACTOR.extract(text, "2020-12-30")
        assert [f.kind for f in facts] == example.kinds
        assert [f.direction or "" for f in facts] == example.directions
        assert [f.status for f in facts] == example.statuses
    elif name == "metrics":
        facts = EXTRACTOR.extract(text)
        fact = facts[example.index]
        assert fact.metric is not None and fact.metric.text == example.metric
    else:  # pragma: no cover
        pytest.fail(f"no checker for rule file {name}")


@pytest.mark.parametrize("name,text", list(_cases("negative")))
def test_negative(name, text):
    if name == "periods":
        assert not [m for m in find_periods(normalise(text).text, LEX, Published(2020, 5, 1))
                    if not m.is_base]
    elif name == "exclusions":
        assert not excluded_spans(normalise(text).text, LEX)
        assert quantities(text)
    elif name == "qualifiers":
        assert all(q.approx is None for q in quantities(text))
    else:
        assert not quantities(text), text


def test_every_rule_file_has_examples():
    for name in FILES:
        data = getattr(RULES, name)
        assert data.examples or data.negative, f"{name}.toml carries no examples"
