"""Regex fragments that both the German rules (``rules.py``) and tense cues (``tense.py``) read."""

from __future__ import annotations

import re

# "ab 16 Jahren", "Ab 2019": "ab" right before a mention
_AGE_FROM = re.compile(r"(?:^|\W)(?:ab|Ab)\s+$")
# what separates the days of a list or range: "3., 4. und 5. März", "vom 3. bis 5. März", "2./3. Juni"
_DAY_SEP = (r"\s*(?:,\s*(?:und\s+|sowie\s+)?|und\s|bis\s|auf\s|sowie\s|-|–|/)\s*"
            r"(?:zum\s+|am\s+|dem\s+|den\s+)?")
