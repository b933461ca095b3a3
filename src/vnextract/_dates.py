"""The publication date a caller gives: checked once, in one place, for every door."""

from __future__ import annotations

import datetime as _dt
from typing import Optional, Union

from ._errors import PublishedDateError
from ._models import DATE

PublishedLike = Union[str, _dt.date, None]


def check_published(published: PublishedLike) -> Optional[str]:
    """``published`` as ``YYYY[-MM[-DD]]`` or None; a typed error for anything else.

    >>> check_published("2024-08-20"), check_published(None)
    ('2024-08-20', None)
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
    if not DATE.match(value):
        raise PublishedDateError(f"published {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            raise PublishedDateError(f"published {published!r} is not a real date") from None
    return value
