"""Facts as a table: one flat row per fact, for CSV, Parquet and pandas.

The columns (``COLUMNS``) are the same for every door: ``vnextract extract
--format csv|parquet`` and ``vnextract.to_frame``. ``from``/``to`` stay the
contract's strings (``2024``, ``2024-03``, ``2024-03-31``); ``period_start`` and
``period_end`` are the first and last day they cover, as dates, so a table can
be filtered and joined on time. Offsets index the document's text.

The columns up to ``status`` describe any fact. Then come the contract and
what contract v2 adds: ``contract`` (``v1`` or ``v2``, the record's; null for
facts that do not say), ``subject``, and the base as ``base_type``,
``base_text``, ``base_from`` and ``base_to`` (strings like ``from``/``to``).
Then ``sentence``, and the character offsets, the v2 spans last
(``subject_start``/``_end``, ``base_text_start``/``_end``, named like
``period_text_start`` because ``period_start`` is a date). A v1 fact has no
subject or base: those columns stay empty.

pandas and pyarrow are an optional extra (``pip install 'vnextract[table]'``);
CSV needs neither.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import importlib
from typing import Any, Iterable, Iterator, Mapping, Optional

from ._errors import DependencyError, InputError
from ._models import Fact

# (name, type): type is one of str, float, int, date
COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "str"), ("source", "str"), ("published", "str"), ("published_source", "str"),
    ("quantity", "str"), ("number", "float"), ("number_max", "float"), ("unit", "str"),
    ("value", "float"), ("value_max", "float"), ("canonical_unit", "str"), ("approx", "str"),
    ("metric", "str"), ("period", "str"), ("from", "str"), ("to", "str"),
    ("period_start", "date"), ("period_end", "date"),
    ("kind", "str"), ("direction", "str"), ("status", "str"),
    ("contract", "str"), ("subject", "str"),
    ("base_type", "str"), ("base_text", "str"), ("base_from", "str"), ("base_to", "str"),
    ("sentence", "str"),
    ("quantity_start", "int"), ("quantity_end", "int"), ("metric_start", "int"), ("metric_end", "int"),
    ("period_text_start", "int"), ("period_text_end", "int"),
    ("sentence_start", "int"), ("sentence_end", "int"),
    ("subject_start", "int"), ("subject_end", "int"), ("base_text_start", "int"), ("base_text_end", "int"),
)
NAMES = tuple(name for name, _ in COLUMNS)
EXTRA = "pip install 'vnextract[table]'"


def need(module: str, what: str) -> Any:
    """``module`` imported, or a ``DependencyError`` that says how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise DependencyError(f"{what} needs {module.split('.')[0]}: {EXTRA}") from None


def first_day(value: Optional[str]) -> Optional[_dt.date]:
    """The first day a period bound covers.

    >>> first_day("2024"), first_day("2024-03"), first_day(None)
    (datetime.date(2024, 1, 1), datetime.date(2024, 3, 1), None)
    """
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(value: Optional[str]) -> Optional[_dt.date]:
    """The last day a period bound covers.

    >>> last_day("2024"), last_day("2024-02"), last_day("2024-02-10")
    (datetime.date(2024, 12, 31), datetime.date(2024, 2, 29), datetime.date(2024, 2, 10))
    """
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return _dt.date(*parts)
    month = parts[1] if len(parts) == 2 else 12
    return _dt.date(parts[0], month, calendar.monthrange(parts[0], month)[1])


def fact_row(fact: Mapping[str, Any], doc: Mapping[str, Any]) -> dict[str, Any]:
    """One flat row from a fact's JSON (``Fact.to_json``) and its document's record."""
    q = fact["quantity"]
    m, p, s = fact.get("metric") or {}, fact.get("period") or {}, fact.get("sentence") or {}
    return {
        "doc_id": doc.get("doc_id"), "source": doc.get("source"), "published": doc.get("published"),
        "published_source": doc.get("published_source"),
        "quantity": q["text"], "number": q.get("number"), "number_max": q.get("number_max"), "unit": q.get("unit"),
        "value": q["value"], "value_max": q.get("value_max"), "canonical_unit": q["canonical_unit"],
        "approx": q.get("approx"),
        "metric": m.get("text"), "period": p.get("text"), "from": p.get("from"), "to": p.get("to"),
        "period_start": first_day(p.get("from")), "period_end": last_day(p.get("to")),
        "kind": fact.get("kind"), "direction": fact.get("direction"), "status": fact.get("status"),
        "sentence": s.get("text"),
        "quantity_start": q["start"], "quantity_end": q["end"],
        "metric_start": m.get("start"), "metric_end": m.get("end"),
        "period_text_start": p.get("start"), "period_text_end": p.get("end"),
        "sentence_start": s.get("start"), "sentence_end": s.get("end"),
        "contract": doc.get("contract"), **v2_cells(fact),
    }


def v2_cells(fact: Mapping[str, Any]) -> dict[str, Any]:
    """The subject and base columns of a fact's JSON; all None for a v1 fact (it has neither)."""
    subj, b = fact.get("subject") or {}, fact.get("base") or {}
    return {
        "subject": subj.get("text"), "subject_start": subj.get("start"), "subject_end": subj.get("end"),
        "base_type": b.get("type"), "base_text": b.get("text"), "base_from": b.get("from"), "base_to": b.get("to"),
        "base_text_start": b.get("start"), "base_text_end": b.get("end"),
    }


def record_rows(record: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The rows of one output record (``{"doc_id", ..., "facts"}``); none for an error record."""
    for fact in record.get("facts") or ():
        yield fact_row(fact, record)


def rows(records: Any) -> Iterator[dict[str, Any]]:
    """Rows from what ``to_frame`` accepts: output records, or the facts of one text."""
    if isinstance(records, Mapping):
        records = [records]
    loose: list[Any] = []
    doc: dict[str, Any] = {"published": getattr(records, "published", None),
                           "published_source": getattr(records, "published_source", None),
                           "contract": getattr(records, "contract", None)}
    for item in records:
        if isinstance(item, Fact):
            yield fact_row(item.to_json(sentence=True), doc)
        elif isinstance(item, Mapping) and "quantity" in item:
            yield fact_row(item, doc)
        elif isinstance(item, Mapping):
            yield from record_rows(item)
        else:
            loose.append(item)
    if loose:
        raise InputError(f"to_frame takes output records or facts, not {type(loose[0]).__name__}")


def to_frame(records: Iterable[Any]) -> Any:
    """A pandas DataFrame with one row per fact and the columns of ``COLUMNS``.

    ``records`` are output records as ``vnextract extract`` writes them (read
    back from JSON Lines, or from ``vnextract.dask.extract_bag``), or the facts
    of one text (``vnextract.extract(text)``). Strings are pandas ``string``,
    offsets nullable ``Int64``, numbers ``float64``, ``period_start`` and
    ``period_end`` ``datetime64``. The ``sentence`` columns are filled when
    the facts carry their sentence (Python facts do; JSON Lines written with
    ``--explain`` do). ``contract`` is the record's, or that of the ``Facts``
    list ``extract`` returns; null for loose facts, which do not say.
    """
    pd = need("pandas", "to_frame")
    table = list(rows(records))
    data = {}
    for name, kind in COLUMNS:
        values = [row[name] for row in table]
        if kind == "date":
            data[name] = pd.Series(pd.to_datetime(pd.Series(values, dtype=object)), dtype="datetime64[ns]")
        else:
            data[name] = pd.Series(values, dtype={"str": "string", "int": "Int64", "float": "float64"}[kind])
    return pd.DataFrame(data, columns=list(NAMES))


class CsvTable:
    """Rows written as CSV (a header, then one line per fact): stdlib only."""

    def __init__(self, stream: Any):
        import csv

        self.writer = csv.writer(stream, lineterminator="\n")
        self.writer.writerow(NAMES)

    def write(self, record: Mapping[str, Any]) -> None:
        for row in record_rows(record):
            self.writer.writerow(["" if row[n] is None else _csv_value(row[n]) for n in NAMES])

    def close(self) -> None:
        pass


def _csv_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, _dt.date) else value


class ParquetTable:
    """Rows written as Parquet, a row group every ``GROUP`` rows (pyarrow)."""

    GROUP = 50_000

    def __init__(self, stream: Any):
        pa = need("pyarrow", "--format parquet")
        self.pq = need("pyarrow.parquet", "--format parquet")
        types = {"str": pa.string(), "float": pa.float64(), "int": pa.int64(), "date": pa.date32()}
        self.pa = pa
        self.schema = pa.schema([(name, types[kind]) for name, kind in COLUMNS])
        self.writer = self.pq.ParquetWriter(stream, self.schema)
        self.buffer: list[dict[str, Any]] = []

    def write(self, record: Mapping[str, Any]) -> None:
        self.buffer.extend(record_rows(record))
        if len(self.buffer) >= self.GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            self.writer.write_table(self.pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
