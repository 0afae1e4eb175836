"""Family descriptions in questions: "faren til Mathias Kvam", "Einar, mannen til Gudrun Moen", "Moira Kettle's
son", "the sister of the victim".

An article names a relative once ("faren og treneren, Geir Kvam") and seldom files the kinship as a role the
index can look up, so the person is found among those quoted where the relative is named: first whoever the
article calls by the kin word, then whoever shares the relative's surname. Nobody found is "not quoted", never
the nearest stranger: a newsroom would rather hear that the father said nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.entities import normalise
from index.lexicon import FEMALE, MALE

# kin word -> (gender, every form a question or an article uses: bokmål, nynorsk, English)
_KIN = {
    "far": ("m", ("far", "faren", "fars", "pappa", "pappaen", "father", "dad")),
    "mor": ("f", ("mor", "moren", "mora", "mors", "mamma", "mammaen", "mother", "mum", "mom")),
    "bror": ("m", ("bror", "broren", "brother")),
    "søster": ("f", ("søster", "søsteren", "søstera", "syster", "systera", "sister")),
    "sønn": ("m", ("sønn", "sønnen", "son", "sonen")),
    "datter": ("f", ("datter", "datteren", "dattera", "dotter", "dottera", "daughter")),
    "enke": ("f", ("enke", "enken", "enka", "widow")),
    "enkemann": ("m", ("enkemann", "enkemannen", "widower")),
    "kone": ("f", ("kone", "kona", "konen", "wife")),
    "mann": ("m", ("mann", "mannen", "ektemann", "ektemannen", "husband")),
    "tante": ("f", ("tante", "tanta", "tanten", "aunt")),
    "onkel": ("m", ("onkel", "onkelen", "uncle")),
    "bestefar": ("m", ("bestefar", "bestefaren", "grandfather")),
    "bestemor": ("f", ("bestemor", "bestemoren", "bestemora", "grandmother")),
    "samboer": (None, ("samboer", "samboeren", "sambuar", "sambuaren")),  # not "partner": a law firm has them
    "foreldre": (None, ("foreldre", "foreldrene", "foreldra", "parents")),
}
_ANY_MAN = {"mann", "mannen"}
_FORMS = {normalise(form): word for word, (_, forms) in _KIN.items() for form in forms}
_KIN_WORD = "|".join(sorted((re.escape(f) for _, forms in _KIN.values() for f in forms), key=len, reverse=True))
_NAME = r"[A-ZÆØÅ][\w-]*"
_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    # "faren til Mathias Kvam", "Einar, mannen til Gudrun Moen", "kona til Svein Ove Fure, Liv", "enken etter …"
    rf"^(?:(?P<given>(?-i:{_NAME})),?\s+)?(?P<kin>{_KIN_WORD})\s+(?P<by>til|åt|etter|of)\s+(?:the\s+)?(?P<relative>.+?)"
    rf"(?:,\s*(?P<after>(?-i:{_NAME})),?)?$",
    # "Moira Kettle's son", "Torunn Eikeland's daughter Marte", "the victim's sister", "Mathias Kvams far"
    # "Olav, Agnes Ulsteins ektemann"
    rf"^(?:(?P<before>(?-i:{_NAME})),\s+)?(?:the\s+)?(?P<relative>.+?)(?:['’]s?|(?<=[a-zæøå])s)\s+(?P<kin>{_KIN_WORD})"
    rf"(?:,?\s+(?P<given>(?-i:{_NAME})))?$",
)]


@dataclass(frozen=True)
class Kin:
    """Who a family description points to: the kin word, the relative (a name or a description) and, when the
    question gives it, the person's first name."""

    word: str
    relative: str
    given: str | None = None

    @property
    def named(self) -> bool:
        """Whether the relative is a name ("Mathias Kvam") rather than a description ("19-åringen")."""
        return any(w[:1].isupper() for w in self.relative.split())

    @property
    def gender(self) -> str | None:
        return _KIN[self.word][0]


def kin_of(words: str) -> Kin | None:
    """The family description in a question's speaker words, or None when they are something else."""
    words = " ".join(words.split()).strip(" ,")
    for pattern in _PATTERNS:
        match = pattern.match(words)
        groups = match.groupdict() if match else {}
        if match and normalise(groups["kin"]) in _FORMS and _joined(groups["kin"], groups.get("by")):
            given = groups.get("after") or groups.get("before") or groups["given"]
            return Kin(_FORMS[normalise(groups["kin"])], groups["relative"].strip(" ,"), given)
    return None


def is_kin_word(words: str, by: str) -> bool:
    """"faren" before "til", "Einar, mannen" before "til": a question whose speaker words stop here goes on
    with the relative ("mannen etter kampen" does not: only a widow is "etter" someone)."""
    kin = re.fullmatch(rf"(?:{_NAME},?\s+)?({_KIN_WORD})", words.strip(), re.IGNORECASE)
    return bool(kin) and _joined(kin.group(1), by)


def _joined(kin: str, by: str | None) -> bool:
    return (by or "").lower() != "etter" or _FORMS.get(normalise(kin)) in ("enke", "enkemann")


def says_kin(kin: Kin, text: str) -> bool:
    """Whether a role or a speaker mention ("faren og treneren", "Kvams far", "her son") names the kinship; a
    bare "mannen" is any man the article quotes, not a husband."""
    return any(_FORMS.get(w) == kin.word for w in normalise(text).replace("-", " ").split() if w not in _ANY_MAN)


def fits(kin: Kin, name: str) -> bool:
    """Whether a speaker's name can be the person: the first name the question gave, and a first name of the
    kin word's gender (a "faren" is not Signe, when the name tells)."""
    first = name.split()[0].lower() if name.split() else ""
    if kin.given and normalise(first) != normalise(kin.given):
        return False
    return not (kin.gender == "m" and first in FEMALE or kin.gender == "f" and first in MALE)


def same_family(kin: Kin, name: str) -> bool:
    """Whether a speaker shares the named relative's surname without being the relative: Geir Kvam for
    "faren til Mathias Kvam"."""
    relative, own = normalise(kin.relative).split(), normalise(name).split()
    return kin.named and len(own) > 1 and own[-1] == relative[-1] and not set(own) <= set(relative)
