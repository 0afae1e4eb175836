"""Names of people, organisations and outlets: normalising, and finding the entity a name means.

Transliterations (Dmitrij/Dmitry), missing diacritics (Søreide/Soreide) and typos are matched with
Unidecode and RapidFuzz; a bare surname matches every entity that carries it, so the caller can
say when two people share it (Erna Solberg, Guri Solberg).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from rapidfuzz import fuzz, process
from unidecode import unidecode

from index.lexicon import ENGLISH_ORG_WORD, HONORIFIC, TITLE_ROLES

# Transliteration variants that edit distance alone scores too low on short names.
_TRANSLIT = [(re.compile(pattern), replacement) for pattern, replacement in (
    (r"ij\b", "y"), (r"yj\b", "y"), (r"yy\b", "y"), (r"\bj(?=[aeou])", "y"), (r"ks", "x"), (r"kh", "h"),
    (r"ph", "f"), (r"w", "v"), (r"ch", "k"), (r"aa", "a"), (r"ae", "a"), (r"oe", "o"))]
FUZZY_CUTOFF = 85  # one letter wrong in a seven-letter name ("Strachen": 85.7 after folding ch → k)
# Role words that may open a name in a question ("Statsminister Støre", "Professor Mizushima").
_ROLE_WORD = re.compile(r"(?:minister|leder|leiar|sjef|president|talsperson|professor|trener|coach|ordfor[ae]r|direktor|"
                        r"advokat|forsker|pave|kong|dronning|prins|senator|mayor|chief|director|spokes\w*|rådgiver|"
                        r"radgiver|manager|adviser|advisor|ansvarlig|log|kommentator|commentator|kaptein|captain|"
                        r"redaktor|editor|analytiker|analyst|commissioner|administrator|guvernor|governor|bostyrer|sheriff)"
                        r"(?:en|et|a)?$")
_PLACE_WORDS = {"i", "for", "ved", "hos", "in", "at", "of", "fra", "from"}
_ROLE_AT_PLACE = re.compile(r"[a-zæøå][\w-]*(?:\s+[a-zæøå][\w-]*)*\s+(?:" + "|".join(_PLACE_WORDS) + r")\s+(?:the\s+)?"
                            r"[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)*")
_FILLER = {"the", "a", "an", "of", "in", "at", "on", "den", "det", "de", "i", "for", "til", "s", "u20"}
# English descriptions -> Norwegian stems, for "the Chinese embassy" or "the Kremlin spokesman".
_TRANSLATE = {"embassy": "ambassade", "hospital": "sykehus", "chinese": "kinesisk", "russian": "russisk", "american": "amerikansk",
              "norwegian": "norsk", "swedish": "svensk", "british": "britisk", "police": "politi",
              "government": "regjering", "ministry": "departement", "spokesman": "talsperson",
              "spokeswoman": "talsperson", "spokesperson": "talsperson", "kremlin": "kreml",
              "prime": "statsminister", "minister": "minister", "leader": "leder", "mayor": "ordforer",
              "court": "rett", "union": "forbund", "authorities": "myndighet", "officials": "myndighet",
              "security": "sikkerhet", "pope": "pave", "coach": "trener", "lawyer": "advokat",
              "director": "direktor", "chief": "sjef", "president": "president", "company": "selskap",
              "press": "presse", "officer": "sjef", "norway": "norge", "sweden": "sverige", "spokesman's": "talsperson",
              "head": "leder", "boss": "sjef", "party": "parti", "newspaper": "avis", "paper": "avis",
              "ceo": "sjef", "executive": "sjef", "un": "fn", "special": "spesial", "rapporteur": "rapportor",
              "prosecutor": "aktor", "judge": "dommer", "spokeswoman's": "talsperson", "governor": "guvernor",
              "meteorologist": "meteorolog", "strategist": "strateg", "currency": "valuta", "economist": "okonom",
              "analyst": "analytiker", "club": "klubb", "chairman": "styreleder", "chair": "styreleder",
              "board": "styre", "secretary": "sekretar", "researcher": "forsker", "scientist": "forsker",
              "doctor": "lege", "editor": "redaktor", "agent": "agent", "captain": "kaptein", "manager": "sjef",
              "defender": "forsvarer", "attorney": "advokat", "foreign": "utenriks", "finance": "finans",
              "health": "helse", "justice": "justis", "defence": "forsvar", "defense": "forsvar",
              "national": "landslag", "team": "lag", "culture": "kultur", "interior": "innenriks",
              "trade": "nærings", "fisheries": "fiskeri", "education": "kunnskap", "transport": "samferdsel",
              "climate": "klima", "environment": "miljø", "labour": "arbeid", "nuclear": "atom", "programme": "program",
              "germany": "tyskland", "denmark": "danmark", "france": "frankrike", "russia": "russland",
              "china": "kina", "italy": "italia", "spain": "spania", "finland": "finland", "britain": "storbritannia",
              "operations": "operasjon", "district": "distrikt", "fire": "brann", "incident": "innsats",
              "commander": "leder", "expert": "ekspert", "spokesperson's": "talsperson", "german": "tysk",
              "italian": "italiensk", "french": "fransk", "danish": "dansk", "farmer": "bonde", "singer": "artist",
              "adviser": "rådgiver", "advisor": "rådgiver", "senior": "senior", "son": "sønn", "daughter": "datter",
              "wife": "kone", "husband": "ektemann", "mother": "mor", "father": "far", "brother": "bror",
              "sister": "søster",
              # what a head is head of: "head of communications" is a "kommunikasjonssjef", a "project manager"
              # a "prosjektleder", a "housing chief" a "boligsjef"
              "communications": "kommunikasjon", "communication": "kommunikasjon", "project": "prosjekt",
              "housing": "bolig", "information": "informasjon", "ombudsman": "ombud", "children": "barn"}
# English words that Norwegian articles render in more than one way ("the head of …" is a leder or a sjef).
_ALTERNATIVES = {"leder": ("leder", "sjef", "direktor"), "sjef": ("sjef", "leder", "direktor"),
                 "direktor": ("direktor", "sjef"),  # "the festival director" is often a "festivalsjef"
                 # nynorsk and bokmål: "ordføraren" is the "ordfører" a bokmål article names, and the other way
                 "ordforar": ("ordforar", "ordforer"), "ordforer": ("ordforer", "ordforar"),
                 "leiar": ("leiar", "leder", "sjef", "direktor"), "forskar": ("forskar", "forsker"),
                 "forsker": ("forsker", "forskar"),
                 # "chief executive": a konsernsjef, an administrerende direktør or a daglig leder
                 "konsernsjef": ("konsernsjef", "direktor", "daglig"), "sakkyndig": ("sakkyndig", "ekspert"),
                 # "den italienske statsministeren" is the "statsminister i Italia"
                 "italiensk": ("italiensk", "italia"), "tysk": ("tysk", "tyskland"), "fransk": ("fransk", "frankrike"),
                 "britisk": ("britisk", "britannia"), "svensk": ("svensk", "sverige"), "dansk": ("dansk", "danmark"),
                 "russisk": ("russisk", "russland"), "kinesisk": ("kinesisk", "kina"), "norsk": ("norsk", "norge"),
                 "amerikansk": ("amerikansk", "usa"), "spansk": ("spansk", "spania"), "iransk": ("iransk", "iran")}
# Norwegian role words (as `_described` leaves them) -> the English words an English article uses for the role:
# "ordføreren i Ørsta" is "Orsta's mayor", "lederen i Haven Trust" is "Haven Trust's chief executive".
_IN_ENGLISH = {"ordforer": ("mayor",), "ordforar": ("mayor",), "leder": ("chief", "head", "leader"),
               "leiar": ("chief", "head", "leader"), "sjef": ("chief", "head"), "direktor": ("director",),
               "advokat": ("lawyer", "attorney"), "forsvarer": ("defence", "defense"),
               "forsvars": ("defence", "defense"),  # "forsvarsadvokaten" is the "defense attorney"
               "dommer": ("judge",),
               "aktor": ("prosecutor",), "statsadvokat": ("prosecutor",), "politiadvokat": ("prosecutor",),
               "trener": ("coach", "manager"), "forsker": ("researcher", "scientist"), "forskar": ("researcher", "scientist"),
               "lege": ("doctor",), "rektor": ("principal", "teacher"), "styreleder": ("chair",), "styreleiar": ("chair",),
               "talsperson": ("spokes",), "minister": ("minister", "secretary"), "guvernor": ("governor",),
               "okonom": ("economist",), "analytiker": ("analyst",), "kaptein": ("captain",),
               "konsernsjef": ("executive",)}
# Phrases a word-by-word mapping gets wrong ("national team coach" is a landslagssjef, not a landslag trener).
_PHRASES = {"national team coach": "landslagssjef", "national coach": "landslagssjef", "head coach": "hovedtrener",
            "press officer": "pressesjef", "press secretary": "pressesjef", "club president": "klubbpresident",
            "chief executive": "konsernsjef", "prime minister": "statsminister", "editor in chief": "sjefredaktør",
            "editor-in-chief": "sjefredaktør", "managing editor": "redaktør", "medical director": "fagdirektør",
            "chief physician": "overlege", "union representative": "tillitsvalgt", "shop steward": "tillitsvalgt",
            "bankruptcy trustee": "bostyrer", "trustee": "bostyrer", "defence lawyer": "forsvarer",
            "defense lawyer": "forsvarer", "communications director": "kommunikasjonsdirektør", "hong kong": "hongkong",
            "police prosecutor": "politiadvokat", "police attorney": "politiadvokat",
            "public prosecutor": "statsadvokat", "operations manager": "operasjonsleder",
            "operations leader": "operasjonsleder", "police inspector": "politiinspektør",
            "court-appointed expert": "sakkyndig", "expert witness": "sakkyndig", "chief executive officer": "konsernsjef",
            "head teacher": "rektor", "headteacher": "rektor"}
# English names of Norwegian parties, as their articles write them ("the Progress Party's health spokesperson"
# is "Frps helsepolitiske talsperson")
ENGLISH_PARTIES = {"progress party": ("frp", "fremskrittspartiet"), "conservative party": ("høyre",),
                   "conservatives": ("høyre",), "labour party": ("ap", "arbeiderpartiet"), "labour": ("ap", "arbeiderpartiet"),
                   "centre party": ("sp", "senterpartiet"), "socialist left party": ("sv", "sosialistisk venstreparti"),
                   "socialist left": ("sv", "sosialistisk venstreparti"), "christian democrats": ("krf", "kristelig folkeparti"),
                   "christian democratic party": ("krf", "kristelig folkeparti"), "liberal party": ("venstre",),
                   "liberals": ("venstre",), "red party": ("rødt",), "green party": ("mdg", "miljøpartiet de grønne"),
                   "greens": ("mdg", "miljøpartiet de grønne")}
# Nationalities a question may add that an article's role words leave out ("the British prime minister").
_NATIONALITY = {"britisk", "norsk", "svensk", "dansk", "amerikansk", "russisk", "kinesisk", "tysk", "fransk",
                "finsk", "islandsk", "nederlandsk", "spansk", "italiensk", "ukrainsk"}


@lru_cache(maxsize=1)
def _translated() -> dict[str, str]:
    """_TRANSLATE keyed the way question words arrive: normalised ("lawyer" is "lavyer", "chief" "kief")."""
    return {normalise(english): normalise(norwegian) for english, norwegian in _TRANSLATE.items()}


@lru_cache(maxsize=1)
def _in_english() -> dict[str, tuple[str, ...]]:
    """_IN_ENGLISH with its English words normalised as an article's words are ("chief" is "kief")."""
    return {norwegian: tuple(normalise(w) for w in english) for norwegian, english in _IN_ENGLISH.items()}


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Lower case ASCII with transliteration variants folded (cached: attribution asks for the same names often)."""
    text = unidecode(name.replace("’s", "").replace("'s", "")).lower()
    text = re.sub(r"[^a-z0-9 -]+", " ", text)
    for pattern, replacement in _TRANSLIT:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def without_title(tokens: list[str]) -> list[str]:
    """The words of a name without the English courtesy titles before it ("Prof Ingrid Solheim", "Detective Chief
    Inspector Farah Qureshi"), in an article and in a question alike; "Justice Department" is a body, kept whole."""
    while len(tokens) > 1 and HONORIFIC.fullmatch(tokens[0]) and not ENGLISH_ORG_WORD.fullmatch(tokens[-1]):
        tokens = tokens[1:]
    return tokens


def surname(name: str) -> str:
    return normalise(name).split(" ")[-1] if name.strip() else ""


@dataclass(frozen=True)
class EntityName:
    """An entity as the search knows it: canonical name, kind, every alias and role."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]


def role_and_place(words: str) -> tuple[str, str] | None:
    """Split "talspersonen for Extinction Rebellion", "the Liverpool manager", "PST senior adviser" into the
    role words and the place (organisation, club, country) they are held in; None when there is no role."""
    tokens = words.replace("’s", "").replace("'s", "").split()
    # "Avantor-direktøren", "CNN-kommentatoren": the place, then the role, in one word (a name after it decides)
    if sum(t[:1].isupper() for t in tokens) == 1:
        tokens = [part for t in tokens for part in (t.split("-", 1) if _place_role(t) else [t])]
    is_role = [bool(_ROLE_WORD.search(normalise(t)) or normalise(t) in _translated() or any(
        normalise(part) in _translated() for part in t.split("-"))) and not t[:1].isupper()  # "editor-in-chief"
               or normalise(t) in ("ceo", "cfo", "coo") for t in tokens]
    capitals = [i for i, (t, role) in enumerate(zip(tokens, is_role)) if not role and t[:1].isupper()]
    # "Universitetet i Bergen": the small words between the capitals belong to the place
    place = [t for i, (t, role) in enumerate(zip(tokens, is_role)) if capitals and capitals[0] <= i <= capitals[-1]
             and not role]
    roles = [t for t, role in zip(tokens, is_role) if role]
    if not roles or not place:
        return None
    return " ".join(roles), " ".join(place)


def _given_name(words: str) -> str | None:
    """The first name in "Ingrid Aune", normalised; None for "the U20 coach Johansen" or "Statsminister Støre"."""
    parts = words.replace("’s", "").replace("'s", "").split()
    if len(parts) < 2 or not parts[-2][:1].isupper():
        return None
    first = normalise(parts[0] if parts[0][:1].isupper() else parts[-2])
    if first in _FILLER or first in _translated() or _ROLE_WORD.search(first):
        return None
    return first


def _name_after_description(words: str) -> str | None:
    """"sanglæreren Eirik Mathiesen", "den sørkoreanske fanen Kwak Ji-hyuk": the full name after a description,
    for when the description fits no one the index knows (not "ordføreren i Stryn Kommune": a place)."""
    parts = words.split()
    start = len(parts)
    while start > 0 and parts[start - 1][:1].isupper() and not _place_role(parts[start - 1]):
        start -= 1
    if start == 0 or len(parts) - start < 2 or parts[start - 1].lower() in _PLACE_WORDS:
        return None
    return " ".join(parts[start:])


def _place_role(word: str) -> bool:
    """"RMT-leder", "Avantor-direktøren": a place and a role in one word, a description (not "Ji-hyuk")."""
    place_role = re.fullmatch(r"[A-ZÆØÅ]\w*-([a-zæøå]+)", word)
    return bool(place_role and _ROLE_WORD.search(normalise(place_role.group(1))))


def _sound(key: str) -> str:
    """A name as it sounds, for misspellings edit distance misses: c/k, z/s, th/t, doubled letters."""
    for pattern, replacement in ((r"c(?=[aoukr])|ck|q", "k"), (r"z", "s"), (r"th", "t"), (r"(\w)\1", r"\1")):
        key = re.sub(pattern, replacement, key)
    return key


def _word_forms(word: str) -> tuple[str, ...]:
    """What must occur in a name or role word for a question word to match; a genitive counts
    ("Tusks", normalised "tusx", finds "Tusk")."""
    return tuple({form[:max(4, len(form) - 1)] for form in (word, re.sub(r"x$", "k", word))})


def _word_in(word: str, forms: tuple[str, ...], token: str) -> bool:
    if len(word) <= 3:
        return token in (word, word + "s")  # "FN", "FNs"
    return any(form in token for form in forms)


class EntityMatcher:
    """Find the entities a name in a question refers to."""

    def __init__(self, entities: list[EntityName]) -> None:
        """Index the names once: a large archive has thousands of entities and every question looks them up."""
        self.entities = entities
        self._by_name = {e.name: e for e in entities}
        self._keys: dict[str, set[int]] = {}
        for i, entity in enumerate(entities):
            for alias in (entity.name, *entity.aliases):
                self._keys.setdefault(normalise(alias), set()).add(i)
                self._keys.setdefault(normalise(alias).replace("-", " "), set()).add(i)  # "Munoz Moyano"
        self._by_surname: dict[str, list[str]] = {}  # last word -> the aliases ending in it
        for alias in self._keys:
            self._by_surname.setdefault(alias.split(" ")[-1], []).append(alias)
        self._first = [normalise(e.name).split(" ") for e in entities]
        self._word_ids: dict[str, set[int]] = {}  # each word of a name or role -> the entities that have it
        for i, e in enumerate(entities):
            for word in normalise(" ".join((e.name, *e.roles))).replace("-", " ").split():
                self._word_ids.setdefault(word, set()).add(i)
        self._fuzzy_keys = {alias: set(ids) for alias, ids in self._keys.items() if len(alias) >= 4}
        self._fuzzy_surnames = {k: set(v) for k, v in self._fuzzy_keys.items()}
        for alias, ids in self._keys.items():
            if " " in alias and len(alias) >= 4:
                self._fuzzy_surnames.setdefault(alias.split(" ")[-1], set()).update(ids)
        self._sounds: dict[tuple[bool, str], set[int]] = {}  # (full name?, sound key) -> ids, for _fuzzy
        for full, candidates in ((True, self._fuzzy_keys), (False, self._fuzzy_surnames)):
            for alias, ids in candidates.items():
                self._sounds.setdefault((full, _sound(alias)), set()).update(ids)

    def match(self, words: str) -> list[EntityName]:
        """The entities `words` names; a courtesy title that is a role picks among namesakes ("Judge Whitcomb"
        is the judge, not the sheriff or the mayor of the same name; "Mayor Whitcomb" the mayor)."""
        found = self._match(words)
        first = words.split()[0].lower().rstrip(".") if len(words.split()) > 1 else ""
        title = TITLE_ROLES.get(first) if first not in ("dr", "prof", "professor") else None
        if not title and _ROLE_WORD.search(normalise(first)) and words.split()[-1][:1].isupper():
            title = first  # "Mayor Whitcomb", "ordfører Hansen"
        if title and len(found) > 1:
            holders = [e for e in found if any(self.holds(role, title) for role in e.roles)]
            return holders or found
        return found

    def _match(self, words: str) -> list[EntityName]:
        """Exact alias, then surname, then a description or role, then fuzzy; [] when unknown.

        A full name also brings entities known only by its surname in some article ("North" for
        "Scott North"), since articles name people in full once and by surname after.
        """
        words = " ".join(without_title(words.split()))  # "Prof Solheim": the index keeps names without titles
        key = normalise(words)
        if not key:
            return []
        at = re.fullmatch(r"([A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)*)\s+(?:i|fra|frå|ved|hos|in|at|from)\s+[A-ZÆØÅ].*", words)
        people = [e for e in self.match(at.group(1)) if e.kind == "person"] if at else []
        if people:
            return people  # "Kvambek i NVE": the (misspelt) person, not NVE
        tokens = key.split()
        given = _given_name(words)
        for exact in (key, key[:-1] if key.endswith("s") else None):  # genitive: Peskovs
            if exact and exact in self._keys and " " in exact:
                # "North" for "Scott North"; not "Kjetil Olsen" for "Kjetil Solvik Olsen", another full name
                shorter = {i for alias in self._by_surname.get(tokens[-1], ()) for i in self._keys[alias]
                           if " " not in alias and alias in tokens and self._same_first_name(i, given)}
                return self._pick(self._keys[exact] | shorter)
        # "ordføraren i Ulvik" is a role at a place, not someone called Ulvik; nor is "president of the Sámi
        # Parliament" someone called Parliament
        at_place = bool(_ROLE_AT_PLACE.fullmatch(words))
        for start in range(1, 0 if at_place else len(tokens) - 1):  # "EU president Donald Tusk": the name decides
            tail = " ".join(tokens[start:])
            people = {i for i in self._keys.get(tail, ()) if self.entities[i].kind == "person"}
            if people and words.split()[-1][:1].isupper() and tokens[start - 1] not in _PLACE_WORDS:
                return self._pick(people)
        if len(tokens) > 1 and words.split()[0][:1].islower():  # "rådmannen i Naustdal": a role, then a place
            described = self._described(key)
            if described:
                return self._pick(described)
        # a surname matches everyone who carries it; a longer name matches names made of its words
        hits = set() if at_place else {i for alias in self._by_surname.get(tokens[-1], ()) for i in self._keys[alias]
                if len(tokens) == 1
                or ((set(alias.split()) <= set(tokens) or alias.split(" ")[0][:1] == tokens[0][:1])
                    and self._same_first_name(i, given))}
        if any(_translated().get(w) or _ROLE_WORD.search(w) for w in tokens):
            hits = {i for i in hits if self.entities[i].kind == "person"}  # "CEO of Øvrevoll" is not Øvrevoll
        if hits and len(tokens) > 1 and all(" " not in self.entities[i].name for i in hits):
            # "Ruben Myre" is Ruben Myhre, misspelt, more likely than the village of Myre taken for a surname
            misspelt = [e for e in self._fuzzy(key) if e.kind == "person" and " " in e.name]
            if misspelt:
                return misspelt
        if hits:
            return self._pick(hits)
        # "Petersen": a (misspelt) name, not a role such as "LO-lederen" or "the Kremlin spokesman"
        name_only = all(re.fullmatch(r"[A-ZÆØÅ][\w'’.]*(?:-[A-ZÆØÅ][\w'’.]*)*", w) and normalise(w) not in _translated()
                        for w in words.split())  # "Hurtigruten CEO" is a description
        described = set() if name_only else self._described(key)
        if described:
            return self._pick(described)
        if not name_only and not at_place and len(tokens) > 1 and words.split()[-1][:1].isupper() and \
                words.split()[-2][:1].islower():
            return self._fuzzy(tokens[-1])  # "fagdirektør Tolåli": the role, then a misspelt surname
        name = None if at_place else _name_after_description(words)
        return self.match(name) if name else self._fuzzy(key)

    def get(self, name: str) -> EntityName | None:
        """The entity stored under exactly this name."""
        return self._by_name.get(name)

    def roles_of(self, name: str) -> tuple[str, ...]:
        entity = self._by_name.get(name)
        return entity.roles if entity else ()

    def by_role(self, words: str) -> list[EntityName]:
        """The people whose roles hold the role words of a description, whatever place it names."""
        key = normalise(words)
        return self._pick(self._described(key)) if key else []

    @staticmethod
    def holds(role: str, words: str) -> bool:
        """Whether one role an article gave ("leder i Leieboerforeningen") is the role a question names ("chief
        executive"): an entity met in several articles holds several roles, and only the fitting ones say where."""
        return bool(EntityMatcher([EntityName("", "person", (), (role,))])._described(normalise(words)))

    def _same_first_name(self, i: int, given: str | None) -> bool:
        """"Ingrid Aune" is not Kjell Morten Aune, even where an article calls him just "Aune"; "Robert Ness" is
        not Rune Petter Ness; "Dmitry" is "Dmitrij"."""
        name = self._first[i]
        return given is None or len(name) == 1 or given in name or (
            name[0][:1] == given[:1] and fuzz.ratio(name[0], given) >= 70)

    def _fuzzy(self, key: str) -> list[EntityName]:
        """Misspellings ("Elyunousi", "Hjelm Hansen"): edit similarity on full names and on surnames."""
        if len(key) < 4:
            return []
        candidates = self._fuzzy_keys if " " in key else self._fuzzy_surnames
        best = process.extract(key, list(candidates), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3)
        if not best:  # "Kramer" for Cramer, "Schmit" for Schmitt: spelt as it sounds
            return self._pick(self._sounds.get((" " in key, _sound(key)), set()))
        top = best[0][1]
        return self._pick({i for alias, score, _ in best if score >= top - 1 for i in candidates[alias]})

    def _described(self, key: str) -> set[int]:
        """"the Chinese embassy", "LO-lederen", "Tusks talsperson": every word found in a name or role.

        English words are mapped to Norwegian stems first, since the articles are mostly Norwegian
        and the questions often English; Norwegian definite endings are dropped.
        """
        english: dict[str, str] = {}
        for phrase, norwegian in _PHRASES.items():
            if re.search(rf"\b{normalise(phrase)}\b", key):  # an English article keeps "chief executive"
                key = re.sub(rf"\b{normalise(phrase)}\b", normalise(norwegian), key)
                english[normalise(norwegian)] = normalise(phrase).split()[-1]
        english.update({_translated()[w]: w for w in key.replace("-", " ").split() if w in _translated()})
        words = [_translated().get(w, w) for w in key.replace("-", " ").split() if w not in _FILLER and w != "and"]
        words = [re.sub(r"(?<=sk)e$", "", re.sub(r"(?<=\w{4})(?:en|et|a)$", "", w)) for w in words]
        if not words:
            return set()
        for i in range(len(words) - 1):  # "ski president": Norwegian writes one word, "skipresident"
            joined = words[i] + words[i + 1]
            if len(words[i]) >= 3 and any(joined in token for token in self._word_ids):
                words[i:i + 2] = [joined, ""]
        words = [w for w in words if w]
        found = self._having_all(words, english)
        split = [part for w in words for part in self._compound(w)]
        if split != words:  # "sportsdirektøren": a Norwegian "sportsdirektør" or an English "sports director"
            found |= self._having_all(split, english)
        words = split
        if not found and any(w in _NATIONALITY for w in words):
            found = self._having_all([w for w in words if w not in _NATIONALITY], english)
        people = {i for i in found if self.entities[i].kind == "person"}
        if people and any(_ROLE_WORD.search(w) for w in words):
            return people  # "politidirektøren" is the director, not Politidirektoratet whose name holds the word
        return found

    @staticmethod
    def _compound(word: str) -> tuple[str, ...]:
        """"sportsdirektor" is also "sports" and "direktor", so that the English article's "sports director"
        answers "sportsdirektøren i Nordhavn-Vélo"."""
        head = next((r for r in _IN_ENGLISH if len(word) - len(r) >= 3 and word.endswith(r)), None)
        return (word,) if head is None else (word[:-len(head)], head)

    def _having_all(self, words: list[str], english: dict[str, str] | None = None) -> set[int]:
        """The entities whose name and role words contain every one of `words` (or one of its alternatives, or
        the English word it was translated from: Norwegian also says "Liverpool-manager")."""
        hits: set[int] | None = None
        for word in words:
            alternatives = (*_ALTERNATIVES.get(word, (word,)), *((english[word],) if english and word in english else ()))
            alternatives += tuple(e for a in alternatives for e in _in_english().get(a, ()))
            having = {i for alternative in alternatives
                      for token, ids in self._word_ids.items()
                      if _word_in(alternative, _word_forms(alternative), token) for i in ids}
            hits = having if hits is None else hits & having
            if not hits:
                return set()
        return hits or set()

    def _pick(self, ids: set[int]) -> list[EntityName]:
        return [self.entities[i] for i in sorted(ids)]


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names in bokmål, nynorsk and English, from the CLDR data Babel ships ("Syria", "Tyrkia", "USA"),
    and the short English forms news writes ("the US", "the U.K."), which Babel's table leaves out."""
    return frozenset(normalise(name) for code in ("nb", "nn", "en")
                     for key, name in Locale(code).territories.items() if key.isalpha()) | \
        frozenset(normalise(name) for name in ("US", "U.S.", "UK", "U.K."))


def is_country(name: str) -> bool:
    """A country speaks for itself ("Tyrkia anser …") but is never "klubben" or "selskapet"."""
    return normalise(name) in _countries()
