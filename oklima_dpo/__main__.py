"""``python -m oklima_dpo``: the same as the ``oklima-dpo`` command."""

import sys

from .app import main

sys.exit(main())
