"""Side-by-side benchmark of chronik and peer temporal taggers (quality, speed, memory).

Run with ``python -m bench.run``; regenerate ``docs/benchmarks.md`` with ``python -m bench.report``.
Not part of the installed package: optional dependencies live in the ``bench`` extra.
"""
