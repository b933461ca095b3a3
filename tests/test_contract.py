"""docs/contract.md keeps step with the shared contract (ANNOTATION.md) and with the code's JSON."""

import re

from vnextract import Fact
from vnextract._run.score import LEVELS, METRIC_THRESHOLD

from conftest import ROOT

DOC = ROOT / "docs" / "contract.md"
SHARED = ROOT.parent / "shared" / "ANNOTATION.md"


def _key(heading: str) -> str:
    """A heading compared loosely: lower case, no quotes or end punctuation, single spaces."""
    return " ".join(re.sub(r"[\"'.:“”]", "", heading).lower().split())


def _section(text: str, title: str) -> str:
    start = text.index(title)
    end = text.find("\n## ", start + len(title))
    return text[start:] if end < 0 else text[start:end]


def test_every_settled_case_has_a_counterpart():
    doc = [_key(h) for h in re.findall(r"^### (.+)$", _section(DOC.read_text(encoding="utf-8"), "## Settled cases"),
                                        re.MULTILINE)]
    assert len(doc) == len(set(doc)) >= 13
    if SHARED.is_file():  # developers and CI have the shared contract beside the repository
        shared = [_key(h) for h in re.findall(r"^- \*\*(.+?)\*\*", _section(SHARED.read_text(encoding="utf-8"),
                                                                            "## 6. Settled cases"), re.MULTILINE)]
        assert len(shared) >= 13
        assert sorted(doc) == sorted(shared), "docs/contract.md and ANNOTATION.md section 6 differ"


def test_every_json_field_is_named():
    text = DOC.read_text(encoding="utf-8")
    schema = Fact.model_json_schema(by_alias=True)
    for name in schema["properties"]:
        assert f"`{name}" in text, name
    for model, prefix in (("Quantity", "quantity."), ("Period", "")):
        for name in schema["$defs"][model]["properties"]:
            assert f"`{prefix}{name}`" in text or f"{name}," in text or f"{name}}}" in text, (model, name)


def test_scoring_is_stated_as_the_scorer_does_it():
    text = _section(DOC.read_text(encoding="utf-8"), "## Scoring")
    for level in LEVELS:
        assert f"**{level}**" in text
    assert f"at\nleast {METRIC_THRESHOLD}" in text or f"at least {METRIC_THRESHOLD}" in text


def test_readme_links_the_contract():
    assert "docs/contract.md" in (ROOT / "README.md").read_text(encoding="utf-8")
