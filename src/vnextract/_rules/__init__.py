"""Rule data: load, validate and extend the rule files of a language (``lang/vi/*.toml``).

The engine names no Vietnamese word; every word it knows comes from here.
A rule set is immutable: ``RuleSet.default().extend(...)`` returns a new set.
Extensions are a dict or a TOML file whose top-level tables are named after
the rule files (``units``, ``counts``, ``periods`` ...), or a folder of files
with those names. Word rules are added to; named entries (a unit, a scale, a
pattern) with the name of an existing entry replace it; tables are updated.

Each stage compiles what it needs from a rule set once, through
``RuleSet.compiled(builder)``, and keeps it with the set.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, TypeVar, Union

import regex
from pydantic import BaseModel, ValidationError

from .._errors import RuleError
from .patterns import expand_macros
from .resolvers import problems
from .schema import FILES, SCHEMAS, Pattern, Table, Words, RuleFile, Rule

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
DEFAULT_LANGUAGE = "vi"
NAMED = ("scales", "units", "denominators", "patterns", "published_lines", "datelines")
# stand-ins for the macros a stage derives from the rule set, to check a pattern on load
DERIVED_MACROS = {"{N}": r"(?:\d{1,2}|\p{L}+)", "{SEASON}": r"\p{L}+", "{TO}": r"(?:-|\p{L}+)",
                  "{MONTHWORD}": r"\p{L}+", "{STEM}": r"\p{L}+", "{BRANCH}": r"\p{L}+"}

T = TypeVar("T")


def _validate(name: str, data: Mapping[str, Any], origin: str) -> RuleFile:
    try:
        model = SCHEMAS[name].model_validate(dict(data))
    except ValidationError as exc:
        problems_ = "; ".join(
            f"[{name} -> {' -> '.join(str(p) for p in err['loc'])}] {err['msg']}"
            for err in exc.errors())
        raise RuleError(f"{origin}: {problems_}") from None
    for field in NAMED:
        entries = getattr(model, field, None) or []
        names = [e.name for e in entries]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise RuleError(f"{origin}: [{name} -> {field}] duplicate name(s) {dup}")
    return model


def _check_patterns(name: str, model: RuleFile, macros: Mapping[str, str], origin: str) -> None:
    """Every pattern of ``model`` compiles and gives its resolver the groups and params it needs."""
    for field in ("patterns", "published_lines"):
        for entry in getattr(model, field, None) or []:
            where = f"{origin}: [{name} -> {field} -> {entry.name}]"
            try:
                compiled = regex.compile(expand_macros(entry.pattern, {**macros, **DERIVED_MACROS}))
            except regex.error as exc:
                raise RuleError(f"{where} bad regex: {exc}") from None
            if entry.resolve is not None:
                found = problems(entry.resolve, set(compiled.groupindex), entry.params)
                if found:
                    raise RuleError(f"{where} {'; '.join(found)}")
    for words in _word_rules(model, ("joined_commas", "part_name")):
        try:
            regex.compile("|".join(words.forms) or "x")
        except regex.error as exc:
            raise RuleError(f"{origin}: [{name}] bad regex in {words.forms}: {exc}") from None


def _word_rules(model: BaseModel, fields: tuple[str, ...]) -> list[Words]:
    return [getattr(model, f) for f in fields if isinstance(getattr(model, f, None), Words)]


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None


def _merge(base: BaseModel, extra: BaseModel) -> BaseModel:
    """Add ``extra`` to ``base``: word rules grow, named entries replace their namesakes,
    tables are updated; the examples of both are kept."""
    merged: dict[str, Any] = {}
    for field in type(base).model_fields:
        old, new = getattr(base, field), getattr(extra, field)
        if field not in extra.model_fields_set:
            merged[field] = old
        elif field in NAMED:
            names = {e.name for e in new}
            merged[field] = list(new) + [e for e in old if e.name not in names]
        elif isinstance(old, Words):
            merged[field] = Words.model_construct(
                forms=list(new.forms) + [x for x in old.forms if x not in new.forms],
                examples=list(old.examples) + list(new.examples),
                negative=list(old.negative) + list(new.negative))
        elif isinstance(old, Table):
            merged[field] = Table.model_construct(
                values={**old.values, **new.values}, examples=list(old.examples) + list(new.examples),
                negative=list(old.negative) + list(new.negative))
        elif isinstance(old, BaseModel):
            merged[field] = _merge(old, new)
        else:
            merged[field] = new
    return type(base).model_construct(**merged)


class RuleSet:
    """All rule files of a language, validated. Immutable; ``extend`` returns a new set."""

    def __init__(self, files: Mapping[str, RuleFile]):
        missing = set(FILES) - set(files)
        if missing:
            raise RuleError(f"rule set lacks {sorted(missing)}")
        self._files = dict(files)
        self._compiled: dict[Callable, Any] = {}

    @classmethod
    @functools.cache
    def default(cls, language: str = DEFAULT_LANGUAGE) -> "RuleSet":
        """The rules shipped with vnextract for ``language`` (loaded once per process)."""
        folder = LANG_DIR / language
        files = {name: _validate(name, _read_toml(folder / f"{name}.toml"), str(folder / f"{name}.toml"))
                 for name in FILES}
        rules = cls(files)
        for name, model in files.items():
            _check_patterns(name, model, rules.macros, str(folder / f"{name}.toml"))
        return rules

    def extend(self, extra: Union[str, Path, Mapping[str, Any]]) -> "RuleSet":
        """A new rule set with ``extra`` added (a dict, a TOML file or a folder of them)."""
        if isinstance(extra, Mapping):
            sections, origin = dict(extra), "<dict>"
        else:
            path = Path(extra)
            if path.is_dir():
                sections = {p.stem: _read_toml(p) for p in sorted(path.glob("*.toml"))}
            elif path.exists():
                sections = _read_toml(path)
            else:
                raise RuleError(f"{path}: no such rule file or folder")
            origin = str(path)
        unknown = set(sections) - set(FILES)
        if unknown:
            raise RuleError(f"{origin}: unknown rule file name(s) {sorted(unknown)}; "
                            f"expected some of {list(FILES)}")
        files = dict(self._files)
        added = {}
        for name, data in sections.items():
            if not isinstance(data, Mapping):
                raise RuleError(f"{origin}: [{name}] must be a table")
            added[name] = _validate(name, data, origin)
            files[name] = _merge(files[name], added[name])
        rules = RuleSet(files)
        for name, model in added.items():
            _check_patterns(name, model, rules.macros, origin)
        return rules

    def without(self, path: tuple[str, ...]) -> "RuleSet":
        """A copy with one rule emptied (``("metrics", "verbs")``, ``("units", "units", "ha")``):
        the test of the rule examples uses it to show each rule is needed by its examples."""
        files = dict(self._files)
        files[path[0]] = _without(files[path[0]], path[1:])
        return RuleSet(files)

    @property
    def macros(self) -> dict[str, str]:
        """The period macros ({Y}, {M}, {D}, {Q}) of this rule set."""
        return {k: str(v) for k, v in self.periods.macros.values.items()}

    def compiled(self, builder: Callable[["RuleSet"], T]) -> T:
        """What ``builder`` makes of these rules, built once and kept with the set."""
        try:
            return self._compiled[builder]
        except KeyError:
            value = self._compiled[builder] = builder(self)
            return value

    def __getattr__(self, name: str) -> Any:
        files = self.__dict__.get("_files", {})
        if name in files:
            return files[name]
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"RuleSet({', '.join(FILES)})"


def rule_entries(rules: RuleSet) -> Iterator[tuple[tuple[str, ...], Rule]]:
    """Every rule of ``rules`` with its path: ``("metrics", "verbs")``, ``("units", "units", "ha")``,
    ``("cues", "status", "estimate")``."""
    def walk(model: BaseModel, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Rule]]:
        for field in type(model).model_fields:
            value = getattr(model, field)
            if field in NAMED:
                for entry in value:
                    yield (*path, field, entry.name), entry
            elif isinstance(value, Rule):
                yield (*path, field), value
            elif isinstance(value, BaseModel):
                yield from walk(value, (*path, field))
    for name in FILES:
        yield from walk(getattr(rules, name), (name,))


def _without(model: BaseModel, path: tuple[str, ...]) -> BaseModel:
    field, rest = path[0], path[1:]
    value = getattr(model, field)
    if field in NAMED:
        value = [e for e in value if e.name != rest[0]]
    elif rest:
        value = _without(value, rest)
    elif isinstance(value, Words):
        value = Words.model_construct(forms=[], examples=value.examples, negative=value.negative)
    elif isinstance(value, Table):
        value = Table.model_construct(values={}, examples=value.examples, negative=value.negative)
    else:  # pragma: no cover - every rule is a word rule, a table or a named entry
        raise ValueError(f"cannot empty {path}")
    return type(model).model_construct(**{**dict(model), field: value})


__all__ = ["RuleSet", "FILES", "LANG_DIR", "Pattern", "Words", "Table", "rule_entries"]
