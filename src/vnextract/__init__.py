"""vnextract: facts (quantity, metric, period) from Vietnamese economic text.

    >>> import vnextract
    >>> facts = vnextract.extract("Năm 2020, kim ngạch xuất khẩu đạt 1.456 triệu USD, giảm 15,3%.")
    >>> [(f.quantity.text, f.metric.text, f.period.to, f.kind) for f in facts]
    [('1.456 triệu USD', 'kim ngạch xuất khẩu', '2020', 'level'), ('15,3%', 'kim ngạch xuất khẩu', '2020', 'change')]
"""

from ._errors import DependencyError, InputError, PublishedDateError, RuleError, VnextractError
from ._extractor import Extractor, extract
from ._models import Base, Document, Fact, Facts, Metric, Period, Quantity, Span, Subject
from ._rules import RuleSet
from ._run.score import Score, score
from ._table import to_frame
from ._version import __version__

__all__ = [
    "extract", "Extractor", "RuleSet",
    "Fact", "Facts", "Quantity", "Metric", "Period", "Subject", "Base", "Span", "Document",
    "score", "Score", "to_frame",
    "VnextractError", "InputError", "PublishedDateError", "RuleError", "DependencyError",
    "__version__",
]
