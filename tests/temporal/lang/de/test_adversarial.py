"""Adversarial input must not make the German grammar backtrack catastrophically.

Each string is tagged in a subprocess with a generous 20 s limit (not a timing test: a catastrophic regex
would take minutes or hours; a linear one takes well under a second).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

_CASES = {
    "ones": '"1 " * 50000',
    "jahr": '"Jahr " * 20000',
    "vor": '"vor " * 20000 + "fünf Jahren"',
    "digits": '"7" * 100000',
    "months": '"Januar Februar März April Mai Juni " * 5000',
    "dotted": '"1." * 30000',
    "numbers_units": '"zwei drei vier Wochen " * 5000',
    "uhr": '"12.30 " * 20000 + "Uhr"',
}


@pytest.mark.parametrize("name", sorted(_CASES))
def test_de_adversarial_completes(name: str) -> None:
    code = f"import chronik; chronik.tag({_CASES[name]}, lang='de', dct='2019-01-10')"
    done = subprocess.run([sys.executable, "-c", code], timeout=60, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
