"""CAMEO names and PLOVER types for codes.

Uses :mod:`chronik.events.ontology` (the shipped PLOVER/CAMEO tables) when it is installed; otherwise a
root-level fallback so that extraction works on its own (the names then are the CAMEO root names).
"""

from __future__ import annotations

import importlib
from functools import cache

__all__ = ["cameo_name", "plover_type"]

# CAMEO root → (root name, PLOVER type); PLOVER's CAMEO2PLOVER table maps most roots one to one.
_ROOTS: dict[str, tuple[str, str]] = {
    "01": ("Make public statement", "ACCUSE"), "02": ("Appeal", "REQUEST"),
    "03": ("Express intent to cooperate", "AGREE"), "04": ("Consult", "CONSULT"),
    "05": ("Engage in diplomatic cooperation", "SUPPORT"),
    "06": ("Engage in material cooperation", "COOPERATE"),
    "07": ("Provide aid", "AID"), "08": ("Yield", "CONCEDE"), "09": ("Investigate", "INVESTIGATE"),
    "10": ("Demand", "DEMAND"), "11": ("Disapprove", "ACCUSE"), "12": ("Reject", "REJECT"),
    "13": ("Threaten", "THREATEN"), "14": ("Protest", "PROTEST"), "15": ("Exhibit force posture", "MOBILIZE"),
    "16": ("Reduce relations", "SANCTION"), "17": ("Coerce", "SANCTION"), "18": ("Assault", "ASSAULT"),
    "19": ("Fight", "ASSAULT"), "20": ("Use unconventional mass violence", "ASSAULT"),
}
_NAMES = {"040": "Consult", "041": "Discuss by telephone", "042": "Make a visit", "043": "Host a visit",
          "045": "Mediate", "046": "Engage in negotiation", "051": "Praise or endorse",
          "052": "Defend verbally", "054": "Grant diplomatic recognition", "055": "Apologize",
          "057": "Sign formal agreement", "111": "Criticize or denounce", "112": "Accuse",
          "130": "Threaten", "163": "Impose embargo, boycott, or sanctions", "173": "Arrest, detain",
          "174": "Expel or deport individuals",
          "186": "Assassinate", "190": "Use conventional military force",
          "192": "Occupy territory", "194": "Fight with artillery and tanks", "195": "Employ aerial weapons"}


@cache
def _ontology() -> object | None:
    try:
        return importlib.import_module("chronik.events.ontology")
    except ImportError:
        return None


def cameo_name(code: str) -> str:
    onto = _ontology()
    if onto is not None and hasattr(onto, "cameo"):
        try:
            return str(onto.cameo(code).name)
        except Exception:  # an unknown code in the shipped table: fall back below
            pass
    return _NAMES.get(code) or _ROOTS.get(code[:2], ("", ""))[0]


def plover_type(code: str) -> str:
    onto = _ontology()
    if onto is not None and hasattr(onto, "cameo"):
        try:
            plover = onto.cameo(code).plover
            return str(getattr(plover, "name", plover))
        except Exception:  # an unknown code in the shipped table: fall back below
            pass
    return _ROOTS.get(code[:2], ("", ""))[1]
