"""Exceptions raised by vnextract.

    VnextractError            every error the library raises on purpose
    ├── InputError            extract() got something it cannot read (not a str, ...)
    ├── PublishedDateError    a ``published`` value that is not YYYY[-MM[-DD]]
    ├── RuleError             a rule file or rule dict that does not validate
    └── DependencyError       an optional extra is not installed (``vnextract[table]``)
"""

from __future__ import annotations


class VnextractError(Exception):
    """Base class of every error vnextract raises on purpose."""


class InputError(VnextractError, TypeError):
    """The text given to ``extract`` is not a ``str``."""


class PublishedDateError(VnextractError, ValueError):
    """A ``published`` date that is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""


class RuleError(VnextractError, ValueError):
    """A rule file or rule entry is invalid; the message names the file, entry and reason."""


class DependencyError(VnextractError, ImportError):
    """An optional dependency (pandas, pyarrow) is not installed; the message says which extra."""
