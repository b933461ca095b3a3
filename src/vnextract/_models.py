"""The fact model of ANNOTATION.md section 1, as pydantic v2 models.

``Fact.model_dump(mode="json")`` gives exactly the JSON of the contract; the
optional ``evidence`` field (which rules fired) is left out of that JSON
unless explicitly asked for, so gold files and predictions stay comparable.
"""

from __future__ import annotations

import re
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

Kind = Literal["level", "change", "rate"]
Direction = Literal["up", "down"]
Status = Literal["actual", "estimate", "target"]
Approx = Literal["about", "over", "under"]
BaseType = Literal["previous_period", "same_period_last_year", "start_of_year", "plan", "explicit", "unstated"]

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is not None and not DATE.match(value):
        raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @classmethod
    def construct_all(cls, **values):
        """``model_construct`` for values that name every field by its name, at a quarter of the
        cost: the extractor builds a few models per fact from values already in their final,
        valid form (a missing field is a KeyError, not a default)."""
        m = cls.__new__(cls)
        _set(m, "__dict__", {name: values[name] for name in cls.__pydantic_fields__})
        _set(m, "__pydantic_fields_set__", set(values))
        _set(m, "__pydantic_extra__", None)
        _set(m, "__pydantic_private__", None)
        return m


_set = object.__setattr__


class Span(_Strict):
    """A piece of the caller's original string: ``input[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Metric(Span):
    """The phrase naming what is measured."""


class Quantity(Span):
    """A number with its unit, as written and as a canonical value."""

    number: float
    number_max: Optional[float] = None
    unit: str
    value: float
    value_max: Optional[float] = None
    canonical_unit: str
    approx: Optional[Approx] = None


class _Dated(_Strict):
    """A phrase (or none) and the time it names, ``from``/``to`` as the contract writes them."""

    text: Optional[str] = None
    start: Optional[int] = Field(default=None, ge=0)
    end: Optional[int] = Field(default=None, ge=0)
    from_: Optional[str] = Field(default=None, alias="from")
    to: Optional[str] = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    _v_from = field_validator("from_", "to")(classmethod(lambda cls, v: _check_date(v)))


class Period(_Dated):
    """The time a value refers to; the span is null when it comes from the publication date."""


class Subject(Span):
    """Whom or what the figure belongs to: a place, a sector, a group (contract v2)."""


class Base(_Dated):
    """What a change or a ratio is measured against (contract v2): its type, the phrase when
    one is written (null for ``unstated``), and, for ``explicit``, the base period."""

    type: BaseType


class Fact(_Strict):
    """One quantity tied to its metric and period (ANNOTATION.md section 1), with its subject and
    base (ANNOTATION-v2.md)."""

    quantity: Quantity
    metric: Optional[Metric] = Field(default=None, description=(
        "What is measured. Contract v1: the phrase naming it (in a breakdown, the part); "
        "contract v2: the measured property only, never a part."))
    period: Optional[Period] = None
    kind: Kind = "level"
    direction: Optional[Direction] = None
    status: Status = "actual"
    subject: Optional[Subject] = Field(default=None, description=(
        "Contract v2: whom or what the figure belongs to (a place, market, sector, product, "
        "organisation or group), as written; null for the report's whole territory, and always "
        "null under contract v1."))
    base: Optional[Base] = Field(default=None, description=(
        "Contract v2: what a change, a rate or a level stated against something is measured "
        "against; 'unstated' for a change with no base written; null for a plain level, and "
        "always null under contract v1."))
    evidence: Optional[dict[str, list[str]]] = Field(default=None, exclude=True)
    # the sentence the quantity stands in (clipped around it when very long); not in the contract
    sentence: Optional[Span] = Field(default=None, exclude=True)

    def to_json(self, *, evidence: bool = False, sentence: bool = False) -> dict:
        """The contract's JSON; with ``evidence=True`` also the rules that fired, with
        ``sentence=True`` also the sentence around the quantity (``{text, start, end}``)."""
        data = self.model_dump(mode="json", by_alias=True)
        if evidence:
            data["evidence"] = self.evidence or {}
        if sentence:
            data["sentence"] = self.sentence.model_dump() if self.sentence is not None else None
        return data


class Facts(list):
    """The facts of one document, in text order: a ``list`` of ``Fact`` that also says which
    publication date resolved its relative periods and where that date came from.

    ``published`` is ``YYYY[-MM[-DD]]`` or None; ``published_source`` is ``"given"`` (the
    caller's), ``"date line"`` (read from the article's own date line) or None (no date:
    relative periods such as "năm nay" are null).
    """

    published: Optional[str] = None
    published_source: Optional[str] = None
    contract: str = "v1"  # the contract the facts follow (the Extractor sets it) ("v1": ANNOTATION.md; "v2": ANNOTATION-v2.md)


class Document(_Strict):
    """A document as read from or written to a JSON Lines file."""

    doc_id: str
    published: Optional[str] = None
    text: Optional[str] = None
    facts: list[Fact] = Field(default_factory=list)

    _v_pub = field_validator("published")(classmethod(lambda cls, v: _check_date(v)))
