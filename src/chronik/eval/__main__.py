"""``python -m chronik.eval GOLD_DIR [GOLD_DIR ...] --system DIR [--errors] [--format text|json]``."""

import sys

from chronik.eval._cli import main

sys.exit(main())
