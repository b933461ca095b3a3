"""The publication date a caller gives: checked once, in one place, for every door; and the
one piece of date arithmetic the stages share (``move_year``).

Accepted: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, an ISO date-time
(``2023-11-30T10:00:00``, ``2023-11-30 10:00+07:00``: the date part is
kept, as written, with no shift between time zones), the day-first
``dd/mm/yyyy`` of Vietnamese pages, and ``datetime.date``/``datetime``
objects. Anything else is a ``PublishedDateError`` that names the value.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional, Union

from ._errors import PublishedDateError
from ._models import DATE

PublishedLike = Union[str, _dt.date, None]

ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
DAY_FIRST = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def check_published(published: PublishedLike) -> Optional[str]:
    """``published`` as ``YYYY[-MM[-DD]]`` or None; a typed error for anything else.

    >>> check_published("2024-08-20"), check_published(None)
    ('2024-08-20', None)
    >>> check_published("2023-11-30T10:00:00"), check_published("30/11/2023"), check_published("5/4/2024")
    ('2023-11-30', '2023-11-30', '2024-04-05')
    """
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        published = published.date()
    if isinstance(published, _dt.date):
        return published.isoformat()
    if not isinstance(published, str):
        raise PublishedDateError(f"published must be a str or a date, not {type(published).__name__}")
    value = published.strip()
    stamp, day_first = ISO_DATETIME.match(value), DAY_FIRST.match(value)
    if stamp:
        try:
            _dt.datetime.fromisoformat(value)
        except ValueError:
            raise PublishedDateError(f"published {published!r} is not a real date-time") from None
        value = stamp.group(1)
    elif day_first:
        d, m, y = day_first.groups()
        value = f"{y}-{int(m):02d}-{int(d):02d}"
    elif not DATE.match(value):
        raise PublishedDateError(f"published {published!r} is not YYYY, YYYY-MM, YYYY-MM-DD, "
                                 f"an ISO date-time or dd/mm/yyyy")
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            raise PublishedDateError(f"published {published!r} is not a real date") from None
    return value


def move_year(value: Optional[str], year: Optional[int]) -> Optional[str]:
    """``value`` (YYYY, YYYY-MM or YYYY-MM-DD) in ``year``, else a year back; a 29 February
    moved to a year with none is the 28th."""
    if value is None:
        return None
    y = year if year is not None else int(value[:4]) - 1
    if value[4:] == "-02-29" and not calendar.isleap(y):
        return f"{y:04d}-02-28"
    return f"{y:04d}{value[4:]}"
