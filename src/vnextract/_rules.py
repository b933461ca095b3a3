"""Rule data: load, validate and extend the TOML rule files under ``rules/``.

The engine names no Vietnamese word; every word it knows comes from here.
A rule set is immutable: ``RuleSet.default().extend(...)`` returns a new set.
Extensions are a dict or a TOML file whose top-level tables are named after
the rule files (``units``, ``counts``, ``periods`` ...), or a folder of files
with those names. Lists of words are added to; named entries (a unit, a
scale, a pattern) with the name of an existing entry replace it.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any, Literal, Mapping, Optional, Union

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ._errors import RuleError

RULES_DIR = Path(__file__).parent / "rules"
FILES = ("numbers", "units", "counts", "exclusions", "qualifiers", "periods", "cues", "metrics")

RESOLVERS = (
    "year", "range", "month", "month_range", "quarter", "first_months", "last_months_of_year",
    "until", "until_now", "target_year", "from_year_until_now", "last_n_years", "this_year",
    "previous_year", "year_to_date", "last_n_months", "day_range", "same_period", "this_month", "base",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Example(_Model):
    """A worked example that the test suite runs against the rules (Duckling-style)."""

    text: str
    before: str = ""  # periods: context the pattern looks back at ("dịp lễ " before "30/4 – 1/5")
    index: int = -1  # which fact of the text the example checks (metrics, cues)
    value: Optional[float] = None
    value_max: Optional[float] = None
    unit: Optional[str] = None
    approx: Optional[str] = None
    metric: Optional[str] = None
    published: Optional[str] = None
    from_: Optional[str] = Field(default=None, alias="from")
    to: Optional[str] = None
    excluded: list[str] = []
    kinds: list[str] = []
    directions: list[str] = []
    statuses: list[str] = []


class Scale(_Model):
    name: str
    forms: list[str] = Field(min_length=1)
    factor: float = Field(gt=0)


class Unit(_Model):
    name: str
    forms: list[str] = Field(min_length=1)
    canonical: str
    factor: float = Field(gt=0)
    scalable: bool = True


def _check_regex(value: str) -> str:
    try:
        regex.compile(expand_macros(value, {"{N}": r"\d{1,2}", "{SEASON}": r"\p{L}+"}))
    except regex.error as exc:
        raise ValueError(f"bad regex: {exc}") from None
    return value


class Pattern(_Model):
    name: str
    pattern: str
    resolve: Optional[Literal[RESOLVERS]] = None  # type: ignore[valid-type]
    local: bool = False  # a period that governs its own clause only ("cả năm")

    _v = field_validator("pattern")(classmethod(lambda cls, v: _check_regex(v)))


class _File(_Model):
    examples: list[Example] = []
    negative: list[str] = []


class NumbersFile(_File):
    scales: list[Scale] = []
    number_words: dict[str, float] = {}
    halves: list[str] = []
    scale_not_before: list[str] = []
    multiple_words: list[str] = []
    never_alone: list[str] = []
    scaled_only: list[str] = []


class UnitsFile(_File):
    units: list[Unit] = []
    denominators: list[Unit] = []


class CountsFile(_File):
    nouns: list[str] = []
    not_nouns: list[str] = []
    share_of: list[str] = []


class PatternsFile(_File):
    patterns: list[Pattern] = []
    # exclusions.toml: lines that open a list of related articles (no report period there)
    related_headers: list[str] = []
    # periods.toml: the article's own date line, with groups d, m, y
    published_lines: list[str] = []
    # periods.toml: nouns whose horizon a following period names ("quy hoạch ... đến năm 2020")
    plan_nouns: list[str] = []
    base_cues: list[str] = []
    clause_ends: list[str] = []
    after_links: list[str] = []
    sentence_only_cues: list[str] = []
    seasons: list[str] = []

    _v = field_validator("published_lines")(
        classmethod(lambda cls, v: [_check_regex(p) for p in v]))


class QualifiersFile(_File):
    about: list[str] = []
    over: list[str] = []
    under: list[str] = []
    comparatives: list[str] = []
    not_before_percent: list[str] = []


class StatusCues(_Model):
    estimate: list[str] = []
    target: list[str] = []
    planned: list[str] = []
    target_not_after: list[str] = []
    breakdowns: list[str] = []
    own_verbs: list[str] = []
    part_openers: list[str] = []


class KindCues(_Model):
    up: list[str] = []
    down: list[str] = []
    to_level: list[str] = []
    rate: list[str] = []
    multiple: list[str] = []
    skip: list[str] = []
    growth: list[str] = []
    base_markers: list[str] = []


class CuesFile(_File):
    status: StatusCues = StatusCues()
    kind: KindCues = KindCues()


class MetricsFile(_File):
    heads: list[str] = []
    weak_heads: list[str] = []
    head_prefixes: list[str] = []
    verbs: list[str] = []
    trailing_only: list[str] = []
    compounds: list[str] = []
    ender_exceptions: list[str] = []
    activity_markers: list[str] = []
    activity_openers: list[str] = []
    part_verbs: list[str] = []
    part_rank_verbs: list[str] = []
    part_prefixes: list[str] = []
    rank_verbs: list[str] = []
    place_markers: list[str] = []
    change_joins: list[str] = []
    about_markers: list[str] = []
    join_verbs: list[str] = []
    topic_markers: list[str] = []
    place_tails: list[str] = []
    superlatives: list[str] = []
    count_phrase_stops: list[str] = []
    count_phrase_joins: list[str] = []
    count_phrase_exceptions: list[str] = []
    clause_openers: list[str] = []
    joined_commas: list[str] = []
    clause_breaks: list[str] = []
    list_openers: list[str] = []
    count_subject_verbs: list[str] = []
    level_verbs: list[str] = []
    naming_verbs: list[str] = []
    naming_links: list[str] = []

    _v = field_validator("joined_commas")(
        classmethod(lambda cls, v: [_check_regex(p) for p in v]))


SCHEMAS: dict[str, type[_File]] = {
    "numbers": NumbersFile, "units": UnitsFile, "counts": CountsFile,
    "exclusions": PatternsFile, "qualifiers": QualifiersFile, "periods": PatternsFile,
    "cues": CuesFile, "metrics": MetricsFile,
}

MACROS = {
    "{Y}": r"(?:19|20)\d{2}",
    "{M}": r"(?:0?[1-9]|1[0-2])(?!\d)",
    "{D}": r"(?:0?[1-9]|[12]\d|3[01])(?!\d)",
    "{Q}": r"(?:IV|I{1,3}|[1-4])(?![\p{L}\d])",
}


def expand_macros(pattern: str, extra: Optional[Mapping[str, str]] = None) -> str:
    """Replace the macros ({Y}, {M}, ...; ``extra`` adds rule-set ones such as {N})."""
    for key, value in {**MACROS, **(extra or {})}.items():
        pattern = pattern.replace(key, value)
    return pattern


def _validate(name: str, data: Mapping[str, Any], origin: str) -> _File:
    try:
        model = SCHEMAS[name].model_validate(dict(data))
    except ValidationError as exc:
        problems = "; ".join(
            f"[{name} -> {' -> '.join(str(p) for p in err['loc'])}] {err['msg']}"
            for err in exc.errors())
        raise RuleError(f"{origin}: {problems}") from None
    for field in ("scales", "units", "denominators", "patterns"):
        entries = getattr(model, field, None) or []
        names = [e.name for e in entries]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise RuleError(f"{origin}: [{name} -> {field}] duplicate name(s) {dup}")
    return model


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None


def _merge(base: _File, extra: _File) -> _File:
    """Add ``extra`` to ``base``: lists grow, named entries replace their namesakes."""
    merged: dict[str, Any] = {}
    for field in type(base).model_fields:
        old, new = getattr(base, field), getattr(extra, field)
        if isinstance(old, list) and old and hasattr(old[0], "name") or (
                isinstance(new, list) and new and hasattr(new[0], "name")):
            names = {e.name for e in new}
            merged[field] = list(new) + [e for e in old if e.name not in names]
        elif isinstance(old, list):
            merged[field] = list(new) + [x for x in old if x not in new]
        elif isinstance(old, dict):
            merged[field] = {**old, **new}
        elif isinstance(old, BaseModel):
            merged[field] = _merge_cues(old, new)
        else:
            merged[field] = new
    return type(base).model_construct(**merged)


def _merge_cues(old: BaseModel, new: BaseModel) -> BaseModel:
    values = {f: list(getattr(new, f)) + [x for x in getattr(old, f) if x not in getattr(new, f)]
              for f in type(old).model_fields}
    return type(old).model_construct(**values)


class RuleSet:
    """All rule files, validated. Immutable; ``extend`` returns a new set."""

    def __init__(self, files: Mapping[str, _File]):
        missing = set(FILES) - set(files)
        if missing:
            raise RuleError(f"rule set lacks {sorted(missing)}")
        self._files = dict(files)

    @classmethod
    @functools.cache
    def default(cls) -> "RuleSet":
        """The rules shipped with vnextract (loaded once per process)."""
        return cls({name: _validate(name, _read_toml(RULES_DIR / f"{name}.toml"),
                                    str(RULES_DIR / f"{name}.toml")) for name in FILES})

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
        for name, data in sections.items():
            if not isinstance(data, Mapping):
                raise RuleError(f"{origin}: [{name}] must be a table")
            files[name] = _merge(files[name], _validate(name, data, origin))
        return RuleSet(files)

    def __getattr__(self, name: str) -> Any:
        files = self.__dict__.get("_files", {})
        if name in files:
            return files[name]
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"RuleSet({', '.join(FILES)})"

    @functools.cached_property
    def compiled(self) -> "Any":
        """The compiled form of these rules (patterns, lexicons), built once."""
        from ._lexicon import Compiled

        return Compiled(self)
