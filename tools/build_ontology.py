"""Regenerate ``src/chronik/events/data/ontology.tsv`` from the CAMEO code file and the CAMEO→PLOVER table.

Run from the repository root::

    python tools/build_ontology.py /work/shared/events/cameo/CAMEO_codefile.txt \
        /work/shared/events/plover/CAMEO2PLOVER-2021.txt > src/chronik/events/data/ontology.tsv

Only facts (codes, names, the mapping) are carried over. Decisions made here:

* a CAMEO code's name is its last ``LABEL:`` line (the code file repeats 018 to fix a typo); the ICEWS
  variants (``LABELi:``) are ignored;
* the PLOVER table lists 175 twice (same type): the first row wins;
* a 4-digit code missing from the table (1951, 1952) takes its 3-digit parent's type with no mode, as the
  manual's notes advise ("reduce to the 2-digit cue category"); the note column says so;
* cue categories 01 and 02 are dropped by PLOVER (manual, table "PLOVER equivalents"): their codes are
  kept as explicitly unmapped, with that reason.
"""

from __future__ import annotations

import re
import sys

_LABEL = re.compile(r"^LABEL:\s*(\d{3,4})=\s*(.+?)\s*$")
_MAP = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),([^#]*)#\s*(.*)$")

_DROPPED = {
    "01": "PLOVER drops CAMEO cue category 01 (MAKE PUBLIC STATEMENT)",
    "02": "PLOVER drops CAMEO cue category 02 (APPEAL)",
}


def main(codefile: str, mapfile: str) -> None:
    names: dict[str, str] = {}
    with open(codefile, encoding="utf-8") as fh:
        for line in fh:
            m = _LABEL.match(line)
            if m:
                names[m.group(1)] = m.group(2)
    mapping: dict[str, tuple[str, str, str]] = {}
    with open(mapfile, encoding="utf-8") as fh:
        for line in fh:
            m = _MAP.match(line.strip())
            if not m or m.group(1) in mapping:
                continue
            mode = m.group(3).strip()
            context = ";".join(c.strip() for c in m.group(4).split(";") if c.strip())
            mapping[m.group(1)] = (m.group(2), mode, context)
    print("# cameo\tname\tplover\tmode\tcontext\tnote (for an unmapped code: the reason)")
    for code in sorted(set(names) | set(mapping)):
        name = names.get(code, "")
        if code in mapping:
            plover, mode, context = mapping[code]
            print(f"{code}\t{name}\t{plover}\t{mode}\t{context}\t")
        elif code[:3] in mapping:
            print(f"{code}\t{name}\t{mapping[code[:3]][0]}\t\t\tinherited from parent {code[:3]}")
        else:
            reason = _DROPPED.get(code[:2], "not listed in CAMEO2PLOVER-2021")
            print(f"{code}\t{name}\t\t\t\t{reason}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
