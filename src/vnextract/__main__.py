"""``python -m vnextract``: the same as the ``vnextract`` command."""

import sys

from ._run.cli import main

sys.exit(main())
