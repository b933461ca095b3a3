"""The package's shape: stages side by side under the driver, and no language in the engine."""

from __future__ import annotations

import ast
import io
import tokenize
from collections import defaultdict
from pathlib import Path

import regex

from vnextract._rules import RuleSet
from vnextract._rules.resolvers import RESOLVERS
from vnextract._stages.periods import RESOLVE

SRC = Path(__file__).resolve().parent.parent / "src" / "vnextract"
# words of Vietnamese that carry no diacritic, as they would be written in an engine regex
ASCII_WORDS = regex.compile(r"\b(?:so|trong|cho|theo|khi|va|tu|den|toi|nam|thang|quy|ha|kg|TP|ThS|PGS|GS)\b")
VIETNAMESE_LETTER = regex.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
                                  regex.IGNORECASE)


def _modules():
    for path in sorted(SRC.rglob("*.py")):
        name = ".".join(path.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__")
        yield name, path


def _imports(name: str, path: Path) -> set[str]:
    out = set()
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
            if node.module is None:
                out |= {f"{target}.{a.name}" for a in node.names}
            else:
                out.add(target)
    return out


def _string_literals(path: Path):
    """String tokens that are not docstrings."""
    source = path.read_text(encoding="utf-8")
    docstrings = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
                docstrings.add(node.body[0].value.lineno)
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING and tok.start[0] not in docstrings:
            yield tok.start[0], tok.string


def test_no_vietnamese_word_in_the_engine():
    found = []
    for name, path in _modules():
        for line, literal in _string_literals(path):
            if VIETNAMESE_LETTER.search(literal) or ASCII_WORDS.search(literal.strip("'\"rfb")):
                found.append(f"{path.relative_to(SRC)}:{line}: {literal[:60]}")
    assert not found, "language facts belong in lang/*/*.toml:\n" + "\n".join(found)


def test_stages_stand_side_by_side():
    """A stage imports the shared context and the rules, never another stage (the number reader
    is the quantity stage's own part); nothing imports the driver but the doors."""
    graph = {name: _imports(name, path) for name, path in _modules()}
    for name, targets in graph.items():
        if name.startswith("vnextract._stages."):
            others = {t for t in targets if t.startswith("vnextract._stages.") and t != name}
            allowed = {"vnextract._stages.numbers"} if name == "vnextract._stages.quantities" else set()
            assert others <= allowed, (name, others - allowed)
        if "vnextract._extractor" in targets:
            assert name in ("vnextract", "vnextract._run.pool"), name


def test_no_import_circle():
    graph = {name: _imports(name, path) for name, path in _modules()}
    state: dict[str, int] = defaultdict(int)

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in graph.get(node, ()):
            assert state[target] != 1, " -> ".join(trail + [target])
            if state[target] == 0:
                visit(target, trail + [target])
        state[node] = 2

    for name in graph:
        if state[name] == 0:
            visit(name, [name])


def test_resolvers_declared_and_implemented_agree():
    assert set(RESOLVERS) == set(RESOLVE)


def test_every_rule_file_is_data():
    rules = RuleSet.default()
    assert rules.metrics.heads.forms and rules.periods.patterns and rules.text.folds.values
