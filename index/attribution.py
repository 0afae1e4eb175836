"""Who says what: quotes, reported speech and sources in news paragraphs (pure, no I/O).

Rules for the conventions of Norwegian and English news (DESIGN.md): dash paragraphs and quote
marks, speech cues before or after their speaker (V2 inversion: "…, sier Peskov"), `ifølge X`,
"sier X til AP" (AP is the outlet), continuation paragraphs, and speakers resolved from surnames,
pronouns and descriptions ("Avisen") to the entities named in the article. Where two people fit a
pronoun equally, the attribution is marked ambiguous instead of guessed.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from rapidfuzz import fuzz

from index import entities, lexicon
from index.articles import Article, Paragraph
from index.entities import normalise
from index.lexical import tokens as lexical_tokens
from index.lexicon import (
    ACRONYM,
    COMPETITION,
    HONORIFIC,
    ACRONYM_COMPOUND,
    ADVERBIAL_START,
    AFTER_SPEAKER,
    AGE_DESCRIPTION,
    INDEFINITE_AGE,
    JOINT_BODIES,
    CUE_THEN_WORD,
    KIN_ROLES,
    OFFICIAL_FOR,
    KNOWN_BODIES,
    SHORT_NAMES,
    TITLE_NOUN,
    APPOSITIVE_NAME,
    COMPANY_BEFORE,
    MALE_KIN,
    MALE_NOUNS,
    FEMALE_KIN,
    FEMALE_NOUNS,
    UNNAMED_PERSON,
    LOCATED_BEFORE,
    NAMED_AGE,
    OFFICIAL_NAME,
    NOTIFIED,
    PHONED,
    PROSECUTOR,
    INDICTMENTS,
    BODY_CALLED,
    OUTLETS_SOURCES,
    ENGLISH_BODY_OF,
    UNNAMED_AGE,
    ANONYMOUS,
    ANONYMOUS_SOURCE,
    APPOSITIVE_ROLE,
    BODY_NOUNS,
    ARTICLE_NP,
    ASKED,
    AS_NAME_SAYS,
    CAPTION_KICKER,
    CAPTION_TEASER,
    CLAUSE_BREAK,
    COMPANY_NOUN,
    FIRM_SUFFIX,
    CONTENT_CLAUSE,
    COUNTIES,
    COURT_PAPERS,
    CREDIT_AFTER,
    CREDIT_BEFORE,
    CREDIT_LINE,
    CUES,
    CUE_RE,
    DASH,
    DECLARES,
    ENGLISH_CUES,
    DECLINE,
    DEMONYM,
    ENGLISH_DEMONYM,
    DENIAL_WORDS,
    DOCUMENT_AFTER,
    DOCUMENT_BY,
    DOCUMENT_COMPOUND,
    EMOTIVE,
    ENGLISH_CROWD,
    ENGLISH_ORG_WORD,
    ENGLISH_WORDS,
    FEMALE,
    FIGURES,
    FINDS,
    FIRM,
    FIRST_NAMES,
    GAPPED,
    GENITIVE_BODY,
    HYPHENATED_NAME,
    IMPERSONAL,
    INITIAL_NOUN,
    INSTITUTION,
    INSTITUTIONAL_PLURALS,
    INSTITUTION_AFTER,
    INTERVIEW_QUESTION,
    LAST_WORDS,
    MALE,
    NAME,
    NAME_TOKEN,
    NICKNAME,
    NOMINAL,
    NORWEGIAN_WORDS,
    NOT_A_FIRST_NAME,
    NOT_NAMES,
    NOT_ROLES,
    OPINION_VERBS,
    ORGANISATION_BEFORE,
    ORG_NOUN,
    ORG_PREFIX,
    ORG_SUFFIX,
    COMPANY_HEAD,
    ORG_WORDS,
    OUTLETS,
    OUTLET_BEFORE,
    OUTLET_CUES,
    OUTLET_WORDS,
    OWNERS_DOCUMENT,
    PAPERS,
    STATEMENTS,
    PAPER_NAME,
    PARTICIPLES,
    PASSIVE,
    PLACE_BEFORE,
    PLACE_NAME,
    PLATFORMS,
    PLATFORM_AFTER,
    POST_MARKS,
    POST_NOMINAL,
    POST_SIGNATURE,
    PREPOSITIONS,
    PREPOSITION_BEFORE,
    PRONOUNS,
    PUBLIC_BODY,
    PUBLIC_BODY_OPENING,
    QUOTE_SPANS,
    RELATIVE_NAME,
    COORDINATED_ROLES,
    ROLE_ADJECTIVES,
    ROLE_START,
    SENTENCES,
    SHARED_SURNAME,
    SOURCE_CUES,
    SPOKESPERSON,
    SUBORDINATORS,
    TITLED_NAME,
    TITLE_GENDER,
    TRAILING_CUE,
    UNNAMED_SOURCES,
    UNREACHED,
    FAMILY,
    PANELS,
    ENGLISH_CLOSING,
    ENGLISH_ROLES,
    ROLE_MODIFIERS,
    ENGLISH_SUBJECT,
    PARLIAMENT,
    REGULATOR_NAME,
    SPOKEN_TO,
    TITLE_ROLES,
)

@dataclass(frozen=True)
class Entity:
    """A person, organisation or outlet, with the other names and roles the articles give it."""

    name: str
    kind: str  # person | organisation | outlet
    aliases: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()

    def merge(self, other: "Entity") -> "Entity":
        return Entity(self.name, self.kind, self.aliases | other.aliases, self.roles | other.roles)


@dataclass(frozen=True)
class Attribution:
    """One paragraph's words credited to one speaker; `start`/`end` delimit the words in the paragraph."""

    paragraph: int
    speaker: str | None
    speaker_mention: str
    cue: str | None
    kind: str  # direct | indirect | according_to
    stance: str  # asserts | confirms | denies | declines
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    outlet: str | None = None  # "sier X til AP": AP


@dataclass(frozen=True)
class ArticleAttributions:
    """What attribution found in one article, ready to store."""

    entities: Sequence[Entity] = ()
    attributions: Sequence[Attribution] = ()
    mentions: Sequence[tuple[int, str]] = field(default_factory=tuple)  # (paragraph, entity name)
    stored: str | None = field(default=None, compare=False, repr=False)  # the JSON it was read from

    def to_json(self) -> str:
        """The attribution cache's payload (index/store.py); a cached article is written back unchanged."""
        if self.stored is not None:
            return self.stored
        return json.dumps({"entities": [[e.name, e.kind, sorted(e.aliases), sorted(e.roles)] for e in self.entities],
                           "attributions": [{**vars(a), "candidates": list(a.candidates)} for a in self.attributions],
                           "mentions": [list(m) for m in self.mentions]}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "ArticleAttributions":
        data = json.loads(text)
        return cls(tuple(Entity(name, kind, frozenset(aliases), frozenset(roles))
                         for name, kind, aliases, roles in data["entities"]),
                   tuple(Attribution(**{**a, "candidates": tuple(a["candidates"])}) for a in data["attributions"]),
                   tuple((int(p), str(n)) for p, n in data["mentions"]), stored=text)


# The rules' own version: an incremental build reuses an unchanged article's attributions only while
# the code and vocabulary that made them are the same (the first-name lists included).
_RULE_FILES = [Path(entities.__file__), Path(lexicon.__file__), Path(__file__),
               *sorted((Path(lexicon.__file__).parent / "data").glob("first_names_*.txt"))]
RULES_VERSION = hashlib.sha256(b"".join(path.read_bytes() for path in _RULE_FILES)).hexdigest()[:16]


def attribution_key(article: Article) -> str:
    """What an article's attributions depend on: its title, its paragraphs and the rules."""
    parts = [RULES_VERSION, article.title or ""] + [f"{p.kind}\x1f{p.text}" for p in article.paragraphs]
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


@dataclass
class _Resolved:
    speaker: str | None
    mention: str
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()


_OUTLETS_LONGEST_FIRST = "|".join(re.escape(o) for o in sorted(OUTLETS, key=len, reverse=True))
OUTLET_AT_START = re.compile(rf"({_OUTLETS_LONGEST_FIRST})(?![\w-])")
OUTLET_IN_TEXT = re.compile(rf"(?=\b({_OUTLETS_LONGEST_FIRST})\b)")  # a lookahead, so "NRK P1" also gives "NRK"


@lru_cache(maxsize=16384)
def _rx(pattern: str) -> re.Pattern:
    """A pattern built from an article's names, compiled once: re's own cache holds 512, and a corpus build
    asks for thousands (outlet names, roles, surnames), so without this most of the rules' time is compiling."""
    return re.compile(pattern)


@lru_cache(maxsize=65536)
def _role_fits(role: str, root: str, loose: bool) -> bool:
    """"FN-rapportøren" is the "spesialrapportør" named before; loosely, "sykehusdirektør" is a "direktør"."""
    if loose:
        return len(role) >= 6 and root.endswith(role)
    return role.startswith(root) or root.startswith(role) or role.endswith(root.split("-")[-1])


def _definite_stem(word: str) -> str:
    """"skøyteforbundet" -> "skøyteforbund": the noun without its definite ending."""
    return re.sub(r"(?:et|en|ene|a)$", "", word) if len(word) > 5 else word


class _ArticleState:
    """Entities named so far in the article, in order, for surnames, pronouns and descriptions."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.recent: list[tuple[int, str]] = []  # (paragraph, entity name) in reading order
        # (paragraph, offset, name) of people who could be "han"/"hun": not in quotes, not genitive
        self.subjects: list[tuple[int, int, str]] = []
        self.last_speaker: tuple[int, str] | None = None
        self.spoken: list[tuple[int, str]] = []  # every paragraph's last speaker, in order
        self.speaking: list[str] = []  # speakers found so far in the paragraph being read
        self.name_words: set[str] = set()  # capitalised words seen after a lowercase word: names, not sentence openers
        self.nicknames: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}  # "Norges vassdrags- og energidirektorat": "NVE", as the article gives it
        self.renamed: dict[str, str] = {}  # a surname seen first, then the full name: "Sofie" -> "Sofie Berg"
        self.document_owner: str | None = None  # "UNCTAD-rapporten", "Navs undersøkelse": who "rapporten" is
        self.named_ages: dict[str, str] = {}  # "48" -> "Paul Whelan": the age given after a name
        self.unnamed_ages: dict[str, str | None] = {}  # "52" -> "m": "En 52 år gammel mann" the article never names
        self.read: list[str] = []  # the paragraphs read so far
        self.located: set[str] = set()  # named so far only after "i", "på", "fra": most often places
        self.unnamed: dict[str, str | None] = {}  # "52-åringen" -> "m": such a person as a speaker, and the gender
        self.paragraphs: tuple[Paragraph, ...] = ()  # the whole article, for a lead that names its people later
        self.couple: tuple[str, str] | None = None  # "Tone og Geir Brattli": who "ekteparet" is
        self.ahead: "_ArticleState | None" = None  # every name of the article, registered on first need

    def kind(self, name: str | None) -> str | None:
        return self.entities[self.final(name)].kind if name and self.final(name) in self.entities else None

    def is_person(self, name: str) -> bool:
        """A person of the article has this name or surname (a lookup that, unlike `canonical`, renames nothing)."""
        key = normalise(name)
        return any(e.kind == "person" and " " in n and (normalise(n) == key or normalise(n).split(" ")[-1] == key)
                   for n, e in self.entities.items())

    def final(self, name: str) -> str:
        """The name an entity ended up with after later, fuller mentions renamed it."""
        seen = set()
        while name in self.renamed and name not in seen:
            seen.add(name)
            name = self.renamed[name]
        return name  # (paragraph, speaker) of the latest attribution

    def add(self, name: str, kind: str, paragraph: int, role: str | None = None, alias: str | None = None) -> str:
        name = self.canonical(name, kind)
        old = self.entities.get(name, Entity(name, kind))
        if role and kind == "person" and old.kind != "person":
            old = Entity(name, "person", old.aliases, old.roles)  # a role before a name: a person after all
        both = re.search(r"(\w+)-\s+og\s+\w*?(minister|leder|direktør|sjef|ordfører)\b", role or "")
        roles = {role, both.group(1) + both.group(2)} if both else ({role} if role else set())
        pair = re.fullmatch(r"([a-zæøå]+)\s+og\s+([a-zæøå]+)", role or "")
        roles = {pair.group(1), pair.group(2)} if pair else roles  # "faren og treneren": the father and the coach
        bracketed = re.fullmatch(r"(.+?)\s+\(([A-ZÆØÅ]{2,6})\)", name)  # "Norsk institutt for vannforskning (NIVA)"
        aliases = {alias} if alias else set()
        aliases |= {bracketed.group(1), bracketed.group(2)} if bracketed else set()  # is asked for either way
        self.entities[name] = old.merge(Entity(name, kind, frozenset(aliases), frozenset(roles)))
        self.recent.append((paragraph, name))  # "kultur- og likestillingsminister" is the "kulturminister" too
        return name

    def canonical(self, name: str, kind: str) -> str:
        """A surname or shorter form of a person already named in full resolves to the full name."""
        key = normalise(name)
        if key in self.nicknames:
            return self.nicknames[key]
        spelled = [n for n, e in self.entities.items() if e.kind == "organisation" and _spells(name, n)] \
            if re.fullmatch(r"[A-ZÆØÅ]{3,6}", name) and name not in self.entities else []
        if len(spelled) == 1:  # "The Centers for Disease Control and Prevention said …. The CDC said": one body
            self.nicknames[key] = spelled[0]
            self.acronyms.setdefault(spelled[0], name)
            return spelled[0]
        # "sier Haugsdal": Arild Haugsdal, not Haugsdal Bil (asked once, not per entity)
        surname_of_a_person = kind == "person" and " " not in key and any(
            e.kind == "person" and normalise(n).split(" ")[-1] == key and n.split()[0].lower() in FIRST_NAMES
            for n, e in self.entities.items())
        for known in reversed(list(self.entities)):
            known_key = normalise(known)
            if known_key == key or (" " in key and self.entities[known].kind == "person" and kind == "person"
                                    and known_key.endswith(" " + key)):
                return known  # "Gahr Støre" = Jonas Gahr Støre
            if " " in key and kind == "person" and self.entities[known].kind == "person" and re.match(
                    r"(?:bin|ibn|al|van|von|de|da|di|del|du|la|le)\s", known_key[len(key) + 1:]) and \
                    known_key.startswith(key + " "):
                return known  # "Prince Talal" = Prince Talal bin Mansour, named in full before
            if kind != "person" and self.entities[known].kind != "person" and (
                    re.sub(r"\s+(?:as|asa|ab|ltd|inc|plc|gmbh)$", "", known_key) == key or
                    len(key.split()) >= 2 and known_key.startswith(key + " ") and self.entities[known].aliases):
                return known  # "Holmen Bygg" = Holmen Bygg AS; "Direktoratet for forvaltning" = … og økonomistyring (DFØ)
            if kind == "person" and self.entities[known].kind == "person" and " " not in key \
                    and known_key.split(" ")[-1] == key and not (self.entities[known].roles & KIN_ROLES and any(
                        e.kind == "person" and normalise(n).split(" ")[-1] == key and not e.roles & KIN_ROLES
                        for n, e in self.entities.items())):
                return known  # "Isaksen" is Sofie Isaksen, the one the story is about, not "Moren, Randi Isaksen"
            if " " not in key and self.entities[known].kind != "person" and len(key) >= 4 and "&" not in known and \
                    not surname_of_a_person and (
                    known_key.split(" ")[0] == key and key not in ORG_WORDS or _definite_stem(key) == _definite_stem(known_key.split(" ")[-1])
                    or len(_definite_stem(key)) >= 5 and key != _definite_stem(key) and
                    _definite_stem(known_key.split(" ")[-1]).replace("sjuke", "syke").endswith(_definite_stem(key))):
                return known  # "Filter" = Filter Nyheter, "Skøyteforbundet" = Norges Skøyteforbund, "Tilsynet" =
                # Statens helsetilsyn
        if re.fullmatch(r"[A-ZÆØÅ][A-Za-zæøå]{1,5}", name) and sum(c.isupper() for c in name) >= 2:
            for known in reversed(list(self.entities)):  # "SA" = Sarpsborg Arbeiderblad, "MiL" = Mennesker i Limbo
                if len(known.split()) >= 2 and "".join(w[0] for w in known.split()).lower() == name.lower():
                    return known
        if kind == "person" and " " not in key:  # "Xi" = Xi Jinping, "Ruth" = Ruth McIntyre, when only one fits
            # a description ("the former employee", "the people familiar with the matter") has no first name
            firsts = [k for k, e in self.entities.items() if e.kind == "person" and " " in k and k[:1].isupper()
                      and normalise(k).split(" ")[0] == key]
            if len(firsts) == 1:
                return firsts[0]
            middles = [k for k, e in self.entities.items() if e.kind == "person" and k[:1].isupper()
                       and key in normalise(k).split(" ")[1:-1]]
            if len(middles) == 1:  # "Quispe" = Rodolfo Quispe Mamani: the first of two Spanish surnames
                return middles[0]
        for known in reversed(list(self.entities)):
            if kind == "person" and len(key.split()) > 1 and normalise(known) == key.split(" ")[-1]:
                self.entities[name] = Entity(name, kind).merge(self.entities.pop(known))
                self.renamed[known] = name
                self.recent = [(p, name if n == known else n) for p, n in self.recent]
                self.subjects = [(p, o, name if n == known else n) for p, o, n in self.subjects]
                return name
        return name

    def last(self, kind: str, before: int, read: str | None = None) -> str | None:
        """The entity of a kind named last up to paragraph `before`; in that paragraph only one named in `read`,
        the words before the mention ("selskapet … levert til Marine Harvest": not the firm named after). A
        country is never "klubben" or "selskapet" ("St. Pauli …, og mandag bekreftet klubben" after "Syria")."""
        for paragraph, name in reversed(self.recent):
            if paragraph <= before and self.entities[name].kind == kind and (
                    read is None or paragraph < before or name.split()[0] in read) and \
                    not (kind == "organisation" and (entities.is_country(name) or name in self.located)):
                return name
        return None

    def with_role(self, words: str) -> str | None:
        """"paven", "statsministeren", "the minister": the person last named with that role."""
        word = normalise(words).split(" ")[-1]
        roots = {r for r in (word, re.sub(r"(?:en|et|a)$", "", word), re.sub(r"n$", "", word)) if len(r) >= 4}
        roots |= {"minister"} if word.startswith("statsrad") else set()  # "statsråden": the energy minister
        for loose in (False, True):  # "sykehusdirektøren" is the "administrerende direktør", unless a
            for _, name in reversed(self.recent):  # "sykehusdirektør" is named too
                # the head of "talsperson for EUs president Donald Tusk" is "talsperson", not "tusk"
                roles = [re.split(r"\s+(?:for|i|ved|of|at|in)\s+", normalise(r))[0].split(" ")[-1]
                         for r in self.entities[name].roles]
                if any(_role_fits(r, root, loose) for r in roles if len(r) >= 4 for root in roots):
                    return name
        return None


def attribute_article(article: Article) -> ArticleAttributions:
    """Find the attributions of one article, paragraph by paragraph, with the entities they name."""
    state = _ArticleState()
    state.paragraphs = article.paragraphs
    found: list[Attribution] = []
    mentions: list[tuple[int, str]] = []
    previous_direct: Attribution | None = None
    _title_nicknames(article, state)
    _short_names(article, state)
    for outlet in {m.group(1) for m in OUTLET_IN_TEXT.finditer(article.title or "")}:
        state.add(outlet, "outlet", 0)  # "Aftonbladet: Svenske partier enige": "avisa" is that paper
    state.name_words = _name_words(article)
    _ages(article, state)
    lead_in = False  # the paragraph before ended "…, synes pave Frans:": this one holds the words
    introduced: Attribution | None = None  # "Professor Mizushima er derimot mer optimistisk." before "– …"
    for paragraph in article.paragraphs:
        state.read.append(paragraph.text)
        names = _register_names(paragraph.text, paragraph.position, state, paragraph.kind)
        mentions.extend((paragraph.position, n) for n in names)
        if paragraph.kind in ("caption", "heading") and not _lead_in_line(paragraph):
            if paragraph.kind == "caption":
                found.extend(_caption_attributions(paragraph.text, paragraph.position, state, found))
            elif len(paragraph.text.split()) >= 4:  # "Grande mener hun er best" reports words; "Johnson avviser"
                found.extend(_paragraph_attributions(paragraph.text, paragraph.position, state, found))  # labels
            previous_direct = None
            continue
        here = _paragraph_attributions(paragraph.text, paragraph.position, state, found)
        if not here and (_is_quote_paragraph(paragraph.text) or lead_in) and not _has_own_cue(paragraph.text):
            here = _continuation(paragraph.text, paragraph.position, previous_direct, article, state)
            if not here and introduced and not TRAILING_CUE.search(paragraph.text):
                here = _continuation(paragraph.text, paragraph.position, introduced, article, state)
            following = _next_text(state, paragraph.position)
            if not here and _full_dash_quote(paragraph.text) and not (DASH.match(following) and TRAILING_CUE.search(
                    following)):  # the last one quoted, across narration (not when the next quote names its own)
                quoted = [a for a in found if a.kind == "direct" and state.kind(a.speaker) == "person"]
                here = _continuation(paragraph.text, paragraph.position, quoted[-1] if quoted else None,
                                     article, state)
        actors = [n for n in names if not _named_as_company(paragraph.text, n)]
        introduced = _introduced(paragraph, actors, here, state)
        lead_in = paragraph.text.rstrip().endswith(":") and bool(here)
        found.extend(here)
        speakers = [a.speaker for a in here if a.speaker]
        if speakers:
            state.last_speaker = (paragraph.position, speakers[-1])
            state.spoken.append(state.last_speaker)
        # a person quoted or reported may go on; a source credited by "ifølge" does not speak the next quote
        people = [a for a in here if state.kind(a.speaker) == "person" and a.kind != "according_to"]
        # A person quoted or reported here may go on in the next quote paragraph ("Han sier:" / "– …"),
        # also after a line of narration that brings in nobody else ("Selv var han ikke fornøyd.").
        others = [n for n in actors if state.kind(n) == "person" and " " in state.final(n) and previous_direct
                  and state.final(n) != state.final(previous_direct.speaker or "")]
        previous_direct = people[-1] if people else (
            previous_direct if here == [] and (_is_quote_paragraph(paragraph.text) or not others) else None)
    found.extend(_quotes_before_their_speaker(article, found))
    found.extend(_quoting_crossheads(article, found))
    found.extend(_credited_by_the_next_paragraph(article, found))
    found = _embedded_posts(article, found, state)
    _full_names_from_the_title(article, state)
    _merge_spellings(state, {a.speaker for a in found if a.speaker})
    _named_with_acronyms(state)
    found = [replace(a, speaker=state.final(a.speaker), candidates=tuple(state.final(c) for c in a.candidates))
             if a.speaker or a.candidates else a for a in found]
    mentions = [(p, state.final(n)) for p, n in mentions]
    return ArticleAttributions(tuple(state.entities.values()), tuple(found), tuple(dict.fromkeys(mentions)))


def _lead_in_line(paragraph: Paragraph) -> bool:
    """"Til NRK sier han:" stands alone like a crosshead but opens the quote below it."""
    return paragraph.kind == "heading" and paragraph.text.rstrip().endswith(":") and _has_cue(paragraph.text)


def _ages(article: Article, state: _ArticleState) -> None:
    """Who "52-åringen" is: a person named with that age ("Paul Whelan (48)"), or one the article introduces
    without a name ("En 52 år gammel mann er tiltalt …"; court reports often keep the accused anonymous)."""
    for text in [article.title or "", *(p.text for p in article.paragraphs)]:  # "Sigrid (23) vil …" in the title
        for match in NAMED_AGE.finditer(text):
            name = match.group(1)
            words = name.split()
            if len(words) > 2 and ROLE_START.match(words[0].lower()) and words[0].lower() not in FIRST_NAMES:
                name = " ".join(words[1:])  # "Skiskytter Marte Kvåle (26)" opening a sentence: Marte Kvåle
            state.named_ages.setdefault(match.group(2) or match.group(3), name)
        for match in UNNAMED_AGE.finditer(text):
            noun = match.group(2) or match.group(3)
            gender = None if noun is None else "m" if noun.lower() in MALE_NOUNS else "f"
            state.unnamed_ages.setdefault(match.group(1) or match.group(4), gender)


COUNTRYS_BODY = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+(?:and\s+)?){0,3}(?:ministry|government|"
                           r"embassy|military|army|navy|parliament|regulator|central\s+bank|police|coastguard|coast\s+guard|agency)")
ENGLISH_NOUN_CUES = {"say", "states", "notes", "calls", "reports", "claims", "fears", "hopes", "estimates", "counters",
                     "signals", "warns"}
# nynorsk "seier" is a verb when "at" or "til NRK at" follows: "Trond Bøthun i Statens vegvesen seier til NRK at"
SEIER_SAYS = re.compile(r"\s+(?:at\b|til\s+(?:[A-ZÆØÅ][\w-]*\s+){1,3}(?:at\b|om\b)|til\s+[A-ZÆØÅ][\w-]*\s*:)")
ENGLISH_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|member|"
                                       r"other|all|some|many|several|final|any|no|further|new|media|news|earlier|United)\s+$")  # "the United States"
# a bare plural, or an adjective and a plural, opening the sentence: a crowd ("Foreldre", "Lokale myndigheter")
UNNAMED_PLURAL = re.compile(r"(?:Foreldre|Foreldra|Få|Eksperter|Forskere|Forskarar|Lærere|Lærarar|Beboere|Bebuarar|"
                            r"Naboer|Innbyggere|Innbyggjarar|Elever|Elevar|Pasienter|Kritikere|Politikere|Ansatte|"
                            r"Tilsette|Fagfolk|[A-ZÆØÅ][a-zæøå]{4,}(?:eiere|ere|arar|erar|ater|ikere|ister|ører))|"
                            # "Grunneiere frykter", "Diplomater håper", "Analytikere tror"
                            r"[A-ZÆØÅ][a-zæøå]{3,}\s+[a-zæøå]{4,}(?:ers|ists|ents|ants|ians|ere|arar)")
NAMED_BODY_SPOKESPERSON = re.compile(r"(?:A|An|The)\s+([A-Z][\w&-]*(?:\s+(?:of|and|for|the|[A-Z][\w&-]*))*)\s+"
                                     r"spokes(?:person|man|woman)")
# "Institutt for geofag ved Universitetet i Oslo", "Senter for klimaforskning": a unit named for its field
INSTITUTE_FOR = re.compile(r"(?:Institutt|Instituttet|Senter|Senteret|Avdeling|Avdelingen|Seksjon|Seksjonen)\s+for\s+"
                           r"[a-zæøå-]+(?:\s+og\s+[a-zæøå-]+)?(?:\s+(?:ved|på)(?:\s+[A-ZÆØÅ][\w-]*)+(?:\s+i\s+[A-ZÆØÅ][\w-]*)?)?")
BOARD_OF = re.compile(r"(?:Styret|Ledelsen|Administrasjonen|Ledergruppen|Bystyret|Kommunestyret|Fylkestinget|"
                      r"Valgkomiteen)\s+(?:i|for|ved|til)\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*")
GENDERED_DEFINITE = {"kvinnen": "f", "kvinna": "f", "jenta": "f", "jenten": "f", "the woman": "f", "the girl": "f",
                     "mannen": "m", "gutten": "m", "guten": "m", "the man": "m", "the boy": "m"}
DEFENDANT = re.compile(r"(?:den\s+)?(?:tiltalte|siktede)|the\s+(?:defendant|accused)")


def _by_age(description: str, position: int, state: _ArticleState) -> _Resolved | None:
    """"52-åringen", "den 48 år gamle mannen": the one person of that age, named or not; None when the article
    gives no one that age, or two people (then the person in focus decides, as before)."""
    age = re.search(r"\d+", description).group(0)
    named, unnamed = state.named_ages.get(age), age in state.unnamed_ages
    if named and not unnamed:
        return _Resolved(state.add(state.canonical(named, "person"), "person", position), description)
    if unnamed and not named:
        label = f"{age}-year-old" if "year-old" in description else f"{age}-åringen"
        state.unnamed[label] = state.unnamed_ages[age]
        return _Resolved(state.add(label, "person", position), description)
    return None


def _caption_attributions(text: str, position: int, state: _ArticleState,
                          earlier: list[Attribution]) -> list[Attribution]:
    """"KINDEREGG: – Jeg har liksom tre identiteter, sier Jon Fosse." and "…, mener Dagsavisen. Foto: NTB
    scanpix": a caption that credits its own words is a quote; it goes on from nobody and nobody goes on
    from it, since captions stand apart from the story's order."""
    if CAPTION_TEASER.match(text):
        return []
    start = 0
    for prefix in (CREDIT_BEFORE, CAPTION_KICKER):
        match = prefix.match(text, start)
        start = match.end() if match else start
    credit = CREDIT_AFTER.search(text, start)
    words = text[start:credit.start() if credit else len(text)]
    return [replace(a, start=a.start + start, end=a.end + start)
            for a in _paragraph_attributions(words, position, state, earlier)]


def _full_names_from_the_title(article: Article, state: _ArticleState) -> None:
    """"Ketil Solvik-Olsen i ny bok: …" over a body that only says "Solvik-Olsen": the title gives the full name."""
    for match in NAME.finditer(article.title or ""):
        tokens = match.group(0).split()
        while tokens and tokens[0] in NOT_NAMES:
            tokens = tokens[1:]
        if len(tokens) < 2 or len(tokens) > 4:
            continue
        full, last = " ".join(tokens), tokens[-1]
        entity = state.entities.get(last)
        others = [n for n, e in state.entities.items() if e.kind == "person" and n.endswith(" " + last)]
        if entity and entity.kind == "person" and not others and full not in state.entities:
            state.entities[full] = Entity(full, "person").merge(state.entities.pop(last))
            state.renamed[last] = full


def _named_with_acronyms(state: _ArticleState) -> None:
    """A body the article introduces as "Norges vassdrags- og energidirektorat (NVE)" is named so in the answers:
    a reader knows it by either form, whichever the paragraph uses."""
    for name, acronym in state.acronyms.items():
        if name in state.entities and name not in state.renamed:
            entity = state.entities.pop(name)
            shown = f"{name} ({acronym})"
            state.entities[shown] = Entity(shown, entity.kind, entity.aliases | {name, acronym}, entity.roles)
            state.renamed[name] = shown


def _merge_spellings(state: _ArticleState, speakers: set[str]) -> None:
    """"Kjetil Solvik Olsen" in a caption and "Ketil Solvik-Olsen" in the title are one person: full names
    with the same surname that differ by a letter or a hyphen become the one that speaks (or the later)."""
    singles = {normalise(n) for n, e in state.entities.items() if e.kind == "person" and " " not in n}
    for name in [n for n, e in state.entities.items() if e.kind == "person" and " " in n and n.endswith("s")]:
        owner = name[:-1]  # "sjefredaktør Amund Djuves ledergruppe" and "sier Djuve": Amund Djuve
        if normalise(owner).split()[-1] in singles and name not in state.renamed and \
                name.split()[0].lower() in FIRST_NAMES:
            state.entities[owner] = Entity(owner, "person").merge(state.entities.pop(name)).merge(
                state.entities.pop(owner, Entity(owner, "person")))
            state.renamed[name] = owner
    # names only: "moren til 16-åringen" is no misspelling of "19-åringen"
    people = [n for n, e in state.entities.items() if e.kind == "person" and " " in n and n[:1].isupper()]
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            ka, kb = (normalise(n).replace("-", " ") for n in (a, b))
            if a in state.renamed or b in state.renamed or ka.split()[-1] != kb.split()[-1] or \
                    fuzz.ratio(ka, kb) < 90:
                continue
            keep, drop = (a, b) if a in speakers and b not in speakers else (b, a)
            state.entities[keep] = state.entities[keep].merge(state.entities.pop(drop))
            state.renamed[drop] = keep
    for single in [n for n, e in state.entities.items() if e.kind == "person" and " " not in n]:
        surnames = {p: normalise(p).split()[-1] for p in people if p in state.entities}
        if normalise(single) + "s" in surnames.values():
            continue  # "Se Andreas Stjernens skrekkfall" beside "Stjernen": not a misspelling
        same = [p for p, surname in surnames.items() if surname == normalise(single)]
        alike = same or [p for p, surname in surnames.items() if fuzz.ratio(normalise(single), surname) >= 85]
        if not alike and single.lower() in FIRST_NAMES:  # "sier ektemannen David", then "David McIntyre"
            alike = [p for p in surnames if normalise(p).split()[0] == normalise(single)]
        if len(alike) == 1 and single not in state.renamed:  # "hevder Winkelman" after "Michael Winkleman"
            state.entities[alike[0]] = state.entities[alike[0]].merge(state.entities.pop(single))
            state.renamed[single] = alike[0]


def _name_words(article: Article) -> set[str]:
    """Words the article capitalises in mid-sentence (title included): "Loginov" opening a sentence is a name."""
    text = "\n".join([article.title or "", *(p.text for p in article.paragraphs)])  # a crosshead ends unpunctuated
    return set(re.findall(r"(?<=[a-zæøå,] )([A-ZÆØÅ][a-zæøåA-ZÆØÅ-]{2,})\b", text))


def _introduced(paragraph: Paragraph, names: list[str], here: list[Attribution],
                state: _ArticleState) -> Attribution | None:
    """A line of narration naming one person and nobody else ("Professor Mizushima er derimot mer optimistisk.")
    introduces the speaker of a dash quote right after it that names no one."""
    people = {state.final(n) for n in names if state.kind(n) == "person"}
    # a full name with a known first name, or one with an age ("Solveig (17)"); not "Mozarteum i Salzburg",
    # "Cherubino", "Salt Lake City", "Bane Nor"
    people = {n for n in people if n.split()[0].lower() in FIRST_NAMES and (" " in n or n in state.named_ages.values())}
    if here or len(people) != 1 or _is_quote_paragraph(paragraph.text) or _has_cue(paragraph.text):
        return None
    person = people.pop()
    return Attribution(paragraph.position, person, person, None, "indirect", "asserts")


def _named_as_company(text: str, name: str) -> bool:
    """"… spelt inn saman med produsenten Elias Fjeldstad": someone named as whom the person in focus worked
    with is not brought in to speak the quote that follows; the person in focus goes on."""
    at = text.find(name)
    return at > 0 and bool(COMPANY_BEFORE.search(text[:at]))


def _credited_by_the_next_paragraph(article: Article, found: list[Attribution]) -> list[Attribution]:
    """"Det melder RBK.no mandag." credits the news in the paragraph before it to the same source."""
    attributed = {a.paragraph for a in found}
    by_paragraph = {a.paragraph: a for a in found if a.speaker}
    extra = []
    for paragraph in article.paragraphs[1:]:
        credit = by_paragraph.get(paragraph.position)
        before = article.paragraphs[paragraph.position - 1]
        if credit and CREDIT_LINE.match(paragraph.text) and before.kind in ("lead", "body") \
                and before.position not in attributed:
            extra.append(replace(credit, paragraph=before.position, cue=None, start=0, end=len(before.text)))
    return extra


def _short_names(article: Article, state: _ArticleState) -> None:
    """"Frp" is Fremskrittspartiet, "UD" Utenriksdepartementet, where the article also gives the full name:
    the labels, and a reader, name the body as the article names it in full."""
    text = "\n".join([article.title or "", *(p.text for p in article.paragraphs)])
    for full, shorts in SHORT_NAMES.items():
        if shorts and full in text and _rx(rf"\b{re.escape(full)}\b").search(text):  # `in` first: cheap
            for short in shorts:
                state.nicknames.setdefault(normalise(short), full)
                if f"{full} ({short})" in text:
                    state.acronyms.setdefault(full, short)


def _title_nicknames(article: Article, state: _ArticleState) -> None:
    """A headline calling a person by a nickname: "Moi Elyounoussi leies ut" over "Mohamed Elyounoussi …".

    The headline's first word is the nickname when the body names someone with the same surname and a
    first name with the same initial that the headline does not use; "Moi" then means him throughout.
    """
    body = " ".join(p.text for p in article.paragraphs)
    for match in re.finditer(rf"({NAME_TOKEN})\s+({NAME_TOKEN})", article.title or ""):
        nick, surname = match.group(1), match.group(2)
        if nick.lower() in FIRST_NAMES or len(surname) < 4:
            continue
        full = re.search(rf"\b((?!{re.escape(nick)}\b)[A-ZÆØÅ][\w-]+)\s+{re.escape(surname)}\b", body)
        if full and full.group(1)[0] == nick[0] and full.group(1) not in NOT_NAMES:
            state.nicknames[normalise(nick)] = f"{full.group(1)} {surname}"


def _quotes_before_their_speaker(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A quote paragraph with no speaker, right before a dash quote that names one, is that speaker's."""
    attributed = {a.paragraph for a in found}
    direct = {a.paragraph: a for a in found if a.speaker and (a.kind == "direct" or _closes_a_quote(
        article.paragraphs[a.paragraph].text, a))}
    extra = []
    for paragraph in reversed(article.paragraphs):
        nxt = direct.get(paragraph.position + 1)
        if paragraph.position in attributed or nxt is None or paragraph.kind not in ("lead", "body") \
                or not DASH.match(paragraph.text) or not (DASH.match(article.paragraphs[nxt.paragraph].text) or
                                                           nxt.kind == "indirect") \
                or _is_interview_question(article, paragraph.position) \
                or _credits_someone_else(paragraph.text, nxt.speaker):  # "– …, heter det i pressemeldingen."
            continue
        start = DASH.match(paragraph.text).end()
        attribution = Attribution(paragraph.position, nxt.speaker, nxt.speaker_mention, None, "direct", "asserts",
                                  start=start, end=len(paragraph.text))
        extra.append(attribution)
        direct[paragraph.position] = attribution
    return extra


def _closes_a_quote(text: str, attribution: Attribution) -> bool:
    """"Hendelsen har gått sterkt inn på ansatte, uttaler fagdirektør Torstein Hole.": a quote going on without
    its dash, its speaker named after the words of its only sentence."""
    return bool(attribution.cue) and bool(_rx(
        rf"[^.!?«»\"–]*,\s*{re.escape(attribution.cue or '')}\s[^.!?«»\"]*[.!]?\s*").fullmatch(text))


def _embedded_posts(article: Article, found: list[Attribution], state: _ArticleState) -> list[Attribution]:
    """A post embedded in the article ends with its credit line ("— Mads Østberg (@MadsOstberg) August 23,
    2019"): the line and the post's text above it are the poster's. The text is the paragraph right above,
    and further up only paragraphs that look like a post (hashtags, links, English in a Norwegian article),
    never past one attributed already, a line of narration ending ":" or a caption."""
    by_paragraph = {a.paragraph for a in found}
    for paragraph in article.paragraphs:
        signature = POST_SIGNATURE.match(paragraph.text)
        if not signature:
            continue
        name = signature.group("name").strip()
        kind = "organisation" if INSTITUTION.search(name.split()[-1].lower()) or re.search(
            r"\b(?:Politiet|politi)\b", name) else "person"
        resolved = _Resolved(state.add(name, kind, paragraph.position), name)
        post = [paragraph.position]
        for position in range(paragraph.position - 1, max(-1, paragraph.position - 4), -1):
            above = article.paragraphs[position]
            if position in by_paragraph or above.kind == "caption" or POST_SIGNATURE.match(above.text) \
                    or above.text.rstrip().endswith(":"):
                break
            if position < paragraph.position - 1 and not _looks_like_a_post(above.text):
                break
            post.append(position)
        found = [a for a in found if a.paragraph != paragraph.position]
        found += [_make(p, resolved, "(@)", "direct", "asserts", 0, len(article.paragraphs[p].text)) for p in post]
        by_paragraph.update(post)
    return sorted(found, key=lambda a: a.paragraph)


def _looks_like_a_post(text: str) -> bool:
    """Hashtags, handles or links, or English words where Norwegian ones would be."""
    return bool(POST_MARKS.search(text)) or (
        len(ENGLISH_WORDS.findall(text)) >= 3 and len(NORWEGIAN_WORDS.findall(text)) <= 1)


def _quoting_crossheads(article: Article, found: list[Attribution]) -> list[Attribution]:
    """"– Kinkig periode" over a section: the words of whoever is quoted saying them further down (or, when
    no quote below repeats them, of the next person quoted right after the crosshead)."""
    said = [a for a in found if a.speaker and a.kind != "according_to"]
    language = (article.language or "nb",)
    extra = []
    for paragraph in article.paragraphs:
        quoted = re.match(r"^(?:[A-ZÆØÅ][\w-]*:\s*)?(?:[–—-]\s*|[«“\"‘']|(?=.*[’']$))(.+?)[»”\"’']?$", paragraph.text)
        if paragraph.kind != "heading" or not quoted:
            continue
        words = set(lexical_tokens(quoted.group(1), language))  # stems: "forebygget" echoes "forebygge"
        below = [a for a in said if paragraph.position < a.paragraph <= paragraph.position + 8]
        # the crosshead may sum up what a paragraph reports ("– God stemning" over "Hun mener det har vært god
        # stemning …"), but with no echo only a quote right under it speaks its words
        shared = {a.paragraph: _echoes(words, article.paragraphs[a.paragraph].text, language) for a in below}
        # the closest echo wins, a quote before a report ("– Bøter, ikke fengsel" over both); of two speakers in
        # one paragraph, the one whose own words echo it ("«Et skritt i riktig retning»" over "Forbundet har
        # krevd …. Leder X sier forslaget er et skritt i riktig retning")
        echoed = sorted((a for a in below if words and shared[a.paragraph] * 2 >= len(words)),
                        key=lambda a: (-shared[a.paragraph], a.kind != "direct", a.paragraph,
                                       -_echo_in_span(words, a, article, language)))
        # only a dash line speaks for the quote under it unechoed: «Busby Babes» may be a name, not words
        nearest = [a for a in below if a.paragraph <= paragraph.position + 2 and a.kind == "direct"
                   and re.search(r"[–—-]\s*$", paragraph.text[:quoted.start(1)])]
        source = (echoed or nearest or [None])[0]
        if source:
            extra.append(Attribution(paragraph.position, source.speaker, source.speaker_mention, None, "direct",
                                     "asserts", start=quoted.start(1), end=quoted.end(1)))
    return extra


def _echo_in_span(words: set[str], attribution: Attribution, article: Article, language: tuple[str, ...]) -> int:
    """How many of a crosshead's words the attribution's own span repeats."""
    text = article.paragraphs[attribution.paragraph].text
    span = text[attribution.start:attribution.end] if attribution.end else text
    if attribution.kind == "indirect":
        span = SENTENCES.split(span, maxsplit=1)[0]  # a report's span runs on to the paragraph's end
    return _echoes(words, span, language)


def _echoes(words: set[str], text: str, language: tuple[str, ...]) -> int:
    """How many of a crosshead's stems the text repeats; a long stem echoes its inflections the stemmer keeps
    apart ("«Ansvarsløst»" over "KS mener opptrappingen er ansvarsløs")."""
    tokens = set(lexical_tokens(text, language))
    return sum(1 for w in words if w in tokens or len(w) >= 6 and any(
        len(t) >= 6 and (w.startswith(t) or t.startswith(w)) for t in tokens))


def _abbreviates(acronym: str, name: str) -> bool:
    """SSB for "Statistisk sentralbyrå", FHI for "Nasjonalt folkehelseinstitutt": the letters in order, the
    first one starting a word."""
    lowered = name.lower()
    starts = [m.start() for m in re.finditer(r"\b\w", lowered) if lowered[m.start()] == acronym[0].lower()]
    return any(re.search(".*?".join(map(re.escape, acronym[1:].lower())), lowered[start + 1:]) for start in starts)


def _spells(acronym: str, name: str) -> bool:
    """"CDC" is the Centers for Disease Control (and Prevention), "UCU" the University and College Union: each letter
    opens a word of the name in order, skipping only small words and the name's last word (not "EU" for "European
    Commission", whose "C" opens no word after "European")."""
    words = [w for w in re.findall(r"[\w'’]+", name) if w.lower() not in ("of", "for", "and", "the", "og", "i", "&")]
    letters = "".join(w[0] for w in words).upper()
    return len(words) >= len(acronym) and letters[:len(acronym)] == acronym and len(words) - len(acronym) <= 1


def _add_with_acronym(full: str, acronym: str, position: int, state: _ArticleState) -> str:
    """"Norges vassdrags- og energidirektorat (NVE)": "NVE" later is the same body, and the answers name it as
    the article introduced it (`_named_with_acronyms`)."""
    name = state.add(full, "organisation", position, alias=acronym)
    state.nicknames.setdefault(normalise(acronym), name)
    state.acronyms.setdefault(name, acronym)
    return name


def _register_names(text: str, position: int, state: _ArticleState, kind: str) -> list[str]:
    """Add the proper names of a paragraph to the article's entities; returns the canonical names."""
    body = kind in ("lead", "body")
    names = []
    for match in NICKNAME.finditer(text) if any(q in text for q in "«“\"") else ():  # Mohamed «Moi» Elyounoussi: "Moi" is him
        full = f"{match.group(1)} {match.group(3)}"
        state.add(full, "person", position, alias=match.group(2))
        state.nicknames[normalise(match.group(2))] = full
    for match in SHARED_SURNAME.finditer(text):  # "David og Ruth McIntyre": "David" is David McIntyre
        before, first, second, family = match.groups()
        if first.lower() in FIRST_NAMES and second.lower() in FIRST_NAMES and \
                (before is None or before.lower() not in FIRST_NAMES):
            state.nicknames[normalise(first)] = state.add(f"{first} {family}", "person", position)
            state.couple = (f"{first} {family}", state.canonical(f"{second} {family}", "person"))
    for match in ACRONYM.finditer(text) if "(" in text else ():  # "Organisasjonen Mennesker i Limbo (MiL)": MiL is that organisation
        words = match.group(1).split()
        for start in range(len(words) - 1):
            initials = ("".join(w[0] for w in words[start:]),  # "Mennesker i Limbo (MiL)"
                        "".join(w[0] for w in words[start:] if w not in ("og", "i", "for", "of", "and")))  # NVE
            if match.group(2).lower() in (i.lower() for i in initials) and words[start][0].isupper():
                _add_with_acronym(" ".join(words[start:]), match.group(2), position, state)
                break
    for match in ACRONYM_COMPOUND.finditer(text) if "(" in text else ():
        if _abbreviates(match.group(2), match.group(1)) and match.group(1).split()[0] not in NOT_NAMES:
            _add_with_acronym(match.group(1), match.group(2), position, state)
    for match in OFFICIAL_FOR.finditer(text) if " for " in text else ():  # "Beslutningsforum for nye metoder sa nei"
        state.add(match.group(0), "organisation", position)  # named whole even where no words of its are reported
    for match in DOCUMENT_COMPOUND.finditer(text):  # "UNCTAD-rapporten", "FN-rapport": the body that wrote it
        state.document_owner = state.add(match.group(1), "organisation", position)
    kicker = re.match(r"([A-ZÆØÅ-]{3,}):\s+(" + NAME.pattern + ")", text) if kind == "caption" else None
    if kicker and ROLE_START.match(kicker.group(1).lower()) and " " in kicker.group(2):
        state.add(kicker.group(2), "person", position, role=kicker.group(1).lower())  # "E-SJEFEN: Morten Haga Lunde …"
    quoted = _quoted_spans(text)
    dateline = DATELINE.match(text) if body else None
    for match in NAME.finditer(text):
        raw = match.group(0)
        if dateline and match.start() < dateline.end() and raw.isupper():
            continue  # "ÅRE/OSLO: …": where the story was written, nobody who speaks
        if kind == "heading" and match.start() == 0 and " " in raw and raw.split()[0].lower() not in FIRST_NAMES:
            raw = raw.split(" ", 1)[1]  # a crosshead's first word is capitalised anyway ("Nektet Ukraina …")
        if raw in PLATFORMS and re.search(r"\b(?:på|on|via)\s+$", text[:match.start()]):
            continue  # "på Twitter": where it was said, never who said it
        if raw in KNOWN_BODIES and re.search(r"[\w-]\s*\($", text[:match.start()]) and \
                text[match.end():].startswith(")"):
            continue  # "Eirik Tangen (Ap)": his party, not a body that speaks or owns "meldingen"
        name, kind = _clean_name(raw, text, match.start())
        if name and kind == "person" and _just_before(OUTLET_BEFORE, text, match.start()):
            kind = "outlet"  # "Den tyske avisen Ruhr Nachrichten"
        elif name and kind == "person" and _just_before(ORGANISATION_BEFORE, text, match.start()) and \
                name.split()[0].lower() not in FIRST_NAMES:
            kind = "organisation"  # "the health-tracking app Tempo", "aluminium producer Vestal Aluminium" (but
            # "film producer John Smith"): what "the company" means later
        elif name and kind == "person" and re.match(r",\s+which\s", text[match.end():]) and \
                name.split()[0].lower() not in FIRST_NAMES:
            kind = "organisation"  # "Ashdown Living, which runs 184 homes": a thing, so "the company" later
        if not name and " " not in raw and INSTITUTION_AFTER.match(text[match.end():]):
            name, kind = raw, "organisation"  # "Norsk filminstitutt skriver …" opening a sentence
        if not name and " " not in raw:  # "Marsh rejected …": a known surname opening a sentence
            known = state.canonical(raw, "person")
            if known in state.entities and " " in known and state.entities[known].kind == "person":
                name, kind = known, "person"
            elif raw in state.name_words and raw not in NOT_NAMES and not ROLE_START.match(raw.lower()) and \
                    not _nationality(raw, text, match.start()):
                name, kind = raw, "person"  # "Loginov ble …", named "bak Loginov" in the title
        if not name:
            continue
        located = bool(_just_before(LOCATED_BEFORE, text, match.start())) and raw.startswith(name)
        if kind == "person" and located and _just_before(PLACE_BEFORE, text, match.start()) and not state.is_person(name):
            kind = "organisation"  # "i Google Norge", "in Aberdeen": a place or an organisation
        role = _role_before(text[:match.start()]) if kind == "person" else None
        if kind == "person" and not role and not name.startswith(raw) and (ROLE_START.match(raw.split()[0].lower()) or (
                lexicon.word_before_name(raw.split()) and lexicon.role_word(raw.split()[0]))):
            role = raw.split()[0]  # "Ordfører Ola Nordmann", "Lensmann Gudrun Flatmo": the role opens the name's match
        if kind == "person" and not role and name in raw:
            prefix = raw[:raw.find(name)].split()
            titles = [w for w in prefix if ROLE_START.match(w.lower()) or w.lower() in ENGLISH_ROLES]
            role = titles[-1].lower() if titles else None  # "Energy Minister Terje Aasland", "Chief Executive Rachel Amis"
            if role and prefix[-2:] == [titles[-1], "General"]:
                role += " general"  # "Attorney General Dalton Greaves"
        if kind == "person" and not role:
            abbreviated = re.search(r"\b(?:Gov|Sen)\.\s+$", text[max(0, match.start() - 6):match.start()])
            role = _title_role((abbreviated.group(0) if abbreviated else "") + raw, name)  # "Judge Helen Carrow",
            # "Gov. Dana Whitcomb": the judge, the governor
        court = INSTITUTION_AFTER.match(text[match.end():])
        if court:  # "Oslo tingrett", "Rauma kommune": the institution word belongs to the name
            name, kind = f"{name} {court.group(1)}", "organisation"
        known = name in state.entities and name not in state.located
        canonical = state.add(name, kind, position, role=role)
        if located and not known:
            state.located.add(canonical)  # "Et verft på Stord …. Selskapet …": not Stord
        elif not located and CUE_RE.match(text[match.end():].lstrip(" ,")):
            state.located.discard(canonical)  # "Equinor sier …": a body after all; not "Hasvik rundt 9500"
        head = text[:match.start()].rstrip()
        earlier = ROLE_AND.search(head[:-len(role)]) if role and head.endswith(role) else None
        if earlier and ROLE_START.match(earlier.group(1).split("-")[-1].lower()):
            state.add(canonical, kind, position, role=earlier.group(1))  # "Vålerenga-kaptein og tidligere LSK-spiller"
        outer = ROLE_THEN_COMMA.search(head[:-len(role)].rstrip()) if role and head.endswith(role) else None
        if outer and ROLE_START.match(outer.group(1).lower()):
            state.add(canonical, kind, position, role=outer.group(1).lower())  # "bostyrer, advokat Kristian Aune"
        affiliation = _affiliation_after(text[match.end():]) if role and " i " not in role else None
        if affiliation:  # "klubbpresident Csaba Bartha i Györ": the question may say "klubbpresidenten i Györ"
            state.add(canonical, kind, position, role=f"{role} i {affiliation}")
        after = _role_after(text[match.end():]) if kind == "person" else None
        if after:  # "Preben Aamann, som er talsperson for EUs president Donald Tusk"
            state.add(canonical, kind, position, role=after)
        names.append(canonical)
        if DOCUMENT_AFTER.match(text[match.end():]) and state.kind(canonical) != "person":
            state.document_owner = canonical
        following = re.match(r"\s+([a-zæøå]+)", text[match.end():])
        genitive = match.group(0).endswith("s") and bool(following) and following.group(1) not in NOT_OWNED and \
            not match.group(0).endswith(SURNAME_ENDINGS_IN_S)
        # "Kari Nyhus i Birkebeinerrittet", "Aas sier", "Ingvild Ruud Halsnes jobber": a name ending in s, not an owner
        inside = any(s <= match.start() < e for s, e in quoted)
        # "Labour-politikeren Khan" is a person too, and so is "Solveig (17)"
        named = " " in canonical or role is not None or _aged_first_name(canonical, text[match.end():])
        at = match.start() + raw.find(name)  # "on Whitby's Pier Road": where the name itself begins
        governed = name in raw and PREPOSITION_BEFORE.search(text[max(0, at - 40):at])
        if body and state.kind(canonical) == "person" and named and not genitive and not inside and not governed:
            state.subjects.append((position, match.start(), canonical))
    return names


def _role_before(text: str) -> str | None:
    """"Kremls talsperson", "DNB Markets' valutastrateg", "statsminister", "LO-leder" right before a name, or
    "Rådmann i Naustdal kommune, " set off by a comma."""
    text = re.sub(r",\s*[a-zæøå]+ske\s+$", ", ", text)  # "Hennes trener, tyske Markus Cramer": the nationality aside
    text = re.sub(r"(?<=\s)(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+$", "", text)  # "health officer Dr. Katherine Lau": the office
    two = re.search(r"(?:(?<=\s)|^)([a-zæøå]+)\s+og\s+([a-zæøå]+),\s*$", text)
    if two and ROLE_START.match(two.group(1)) and ROLE_START.match(two.group(2)):
        return f"{two.group(1)} og {two.group(2)}"  # "faren og treneren, Geir Kvam": both
    match = re.search(r"((?:(?:[A-ZÆØÅ][\w.-]*\s+){0,2}[A-ZÆØÅ][\wæøå.-]*(?:s|'|’)\s+)?(?:[\wæøå]+-\s+og\s+)?[\wæøå-]+)\s*$",
                      text) or re.search(r"(?:(?<=\s)|^)((?:[A-ZÆØÅ][\wæøå.-]*(?:['’]s|s|'|’)\s+)?(?:[a-zæøå-]+\s+)?[a-zæøå-]+),\s*$",
                                         text)  # "Tempo's chief executive, Hannah Royce"
    last = match.group(1).split()[-1] if match else ""
    if match and (ROLE_START.match(last.lower()) or last.split("-")[-1] in ENGLISH_ROLES):  # "competition
        # commissioner Ines Carvalho", "The vice-chancellor, Prof Simon Achterberg,"
        opening = re.search(r"(?:^|[.!?—]\s+)([A-Z][a-z]+)\s+" + re.escape(match.group(1)) + r"\s*$", text)
        if opening and " " not in match.group(1) and opening.group(1) not in ("The", "A", "An", "Former", "Then"):
            return f"{opening.group(1).lower()} {match.group(1)}"  # "Defense attorney Garrett Pulaski" opening a
            # sentence: a defense attorney, whom "the defence lawyer" and "forsvarsadvokaten" ask for
        return match.group(1)
    field = re.search(r"(?:(?<=\s)|^)([a-zæøå-]+\s+for\s+[a-zæøå]+)\s+$", text)
    if field and ROLE_START.match(field.group(1).split()[0]):
        return field.group(1)  # "kommunalsjef for økonomi Anne Solheim"
    after_cue = CUE_THEN_WORD.search(text)  # "…, sier revisor Per Hanstad": what stands between cue and name
    if after_cue and after_cue.group(1) not in NOT_ROLES:
        return after_cue.group(1)
    # "Moren, Randi Isaksen, husker …", "Her son, Stephen Kettle, said …"
    opening = re.search(r"(?:^|[.!?]\s+)(?:(?:Her|His|Their|Hennes|Hans)\s+)?([A-ZÆØÅa-zæøå][a-zæøå-]+)"
                        r"(?:\s+(?:hans|hennes|deres|sin))?,\s*$", text)  # "Fastlegen hans, Ingrid Sandvik,"
    if opening and ROLE_START.match(opening.group(1).lower()):
        return opening.group(1).lower()
    appositive = re.search(r"(?:(?<=\s)|^)((?:[A-ZÆØÅ][\w.-]*(?:s|'|’)\s+)?([\wæøå-]+)\s+(?:i|for|ved|hos|til|in|of|at)\s+"
                           r"[^,.;:()]{2,50}),\s*$", text)
    if appositive and ROLE_START.match(appositive.group(2).lower()):
        return appositive.group(1)  # "FNs spesialrapportør for utenomrettslige henrettelser, Agnes Callamard"
    return None


def _affiliation_after(text: str) -> str | None:
    """"meteorolog Frode Håvik Korneliussen i StormGeo": where the role is held, right after the name."""
    match = re.match(r"(?:\s+\([^()]{1,12}\))?\s+(?:i|ved|hos|fra|in|at|of)\s+((?:[A-ZÆØÅ][\w.'’-]*)(?:\s+(?:og\s+)?"
                     r"[A-ZÆØÅ][\w.'’-]*){0,3})", text)  # "i StormGeo", "i Helse Møre og Romsdal", "(Ap) i Hammerfest"
    if not match:
        return None
    body = INSTITUTION_AFTER.match(text[match.end():])  # "i Oslo politidistrikt"
    place = re.match(r"\s+(?:i|på)\s+([A-ZÆØÅ][\w-]+)", text[match.end():]) if re.fullmatch(
        r"[A-ZÆØÅ][a-zæøå]{3,}(?:et|en)", match.group(1)) else None  # "ved Universitetet i Bergen": which one
    return match.group(1).rstrip(".") + (f" {body.group(1)}" if body else "") + (f" i {place.group(1)}" if place else "")


def _role_after(text: str) -> str | None:
    """"…, som er talsperson for EUs president Donald Tusk" / "…, leder i LO," / "…, the chief engineer" /
    "Ole-Petter Smørsgård var innsatsleder på stedet"."""
    predicate = re.match(r"\s+(?:er|var|is|was|(?:\w+\s+){1,2}som)\s+(?:nå\s+|now\s+|the\s+)?([\wæøå-]+(?:\s+(?:i|for|ved|of|at|in)\s+"
                         r"[A-ZÆØÅ](?:(?!\s+(?:til|to)\s)[^,.;:()]){1,40})?)", text)
    if predicate and ROLE_START.match(predicate.group(1).split()[0].lower()):
        return predicate.group(1).strip()
    match = APPOSITIVE_ROLE.match(text)  # ", aksjonær og styreleder i Baglerbrønnen Drift AS": either word will do
    if match and any(ROLE_START.match(word.lower()) for word in re.split(r"\s+(?:og|and)\s+", match.group("role"))[:2]):
        owner = match.group("owner")  # "Haven Trust's chief executive": asked for as "lederen i Haven Trust"
        return (f"{owner}'s " if owner else "") + match.group("role").strip()
    return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quote marks, plus the dash quote up to the comma before its trailing cue ("– …, sier X.")."""
    spans = [(m.start(), m.end()) for m in QUOTE_SPANS.finditer(text)]
    dash = DASH.match(text)
    if dash:
        trailing = [m for m in TRAILING_CUE.finditer(text)] or [
            m for m in re.finditer(r",\s*(?:ifølge|ifølgje|according\s+to)\s+[^,.]+[.!?]?\s*$|"
                                   r",\s*(?:har|hadde)\s+[^,]{2,60}\s(?:sagt|uttalt|skrevet|fortalt)[.!]?\s*$|"
                                   r",\s*(?:la|legger|legg)\s+[^,]{2,40}\s+til[.!]?\s*$", text)]  # "…, la hun til."
        end = trailing[-1].start() if trailing else len(text)  # "…, ifølge E-sjefen.", "…, har X sagt."
        impersonal = re.search(r",\s*(?:heter|het|står|stod)\s+det\b", text)  # "…, heter det i en uttalelse fra X,"
        spans.append((dash.end(), min(end, impersonal.start()) if impersonal else end))
    return spans


def _title_role(raw: str, name: str) -> str | None:
    """The role in an English title before a name: "Judge Helen Carrow" is the judge, "Prof Lisle" the professor
    ("Sir" and "Mrs" are no roles)."""
    titles = raw[:raw.find(name)].split() if name in raw else []
    roles = [TITLE_ROLES[t.lower().rstrip(".")] for t in titles if t.lower().rstrip(".") in TITLE_ROLES]
    return roles[-1] if roles else None


NATIONALITY_WORD = re.compile(r"[A-Z][a-z]{3,}(?:ian|ish|ese|ean)|Republican|Democratic|Conservative|Labour|Liberal|"
                              r"Dutch|French|Greek|Swiss|Thai|Czech|Welsh|Danish|Irish|Polish|Scots|German|American|"
                              r"Mexican|Cuban|Arab|Israeli|Iraqi|Saudi|Pakistani|Afghan|Kuwaiti|Qatari|Emirati|Somali|"
                              r"Moroccan|Nordic|Western|Eastern|Northern|Southern")


def _nationality(raw: str, text: str, start: int) -> bool:
    """"The Hungarian minister", "a British official": an English nationality before a noun names nobody."""
    return bool(NATIONALITY_WORD.fullmatch(raw) and re.match(r"\s+[a-z]{3,}", text[start + len(raw):]))


def _clean_name(raw: str, text: str, start: int) -> tuple[str | None, str]:
    """Drop sentence-initial function words and genitives; decide person / organisation / outlet."""
    if re.fullmatch(COUNTIES, raw):
        return raw, "organisation"  # "Troms og Finnmark"
    if ENGLISH_DEMONYM.match(raw.lower()) or (ENGLISH_DEMONYM.match(f"the {raw.lower()}") and
                                              re.search(r"(?i)\bthe\s+$", text[:start])):
        return None, ""  # "the Swede told TV 2": a description of someone named before
    if re.fullmatch(r"(?:[A-Z]\.){1,2}[A-Z]\.?", raw):
        return None, ""  # "U.S.", "U.K.": a country, never the speaker
    tokens = raw.split()
    if tokens[-1] in TITLE_ABBREVIATIONS and text[start + len(raw):start + len(raw) + 1] == ".":
        return None, ""  # "State Sen. Brock Tullemans": the office; the name follows the full stop
    while len(tokens) > 1 and tokens[0] in ("Former", "Ex", "Late"):
        tokens = tokens[1:]  # "Former British number one Sarah Millington": what she was, not her name
    if len(tokens) < len(raw.split()) and _nationality(tokens[0], text, start + raw.find(tokens[0])):
        tokens = tokens[1:]  # "British" after "Former": a nationality, not a first name
        if not tokens:
            return None, ""
    if len(tokens) > 2 and re.fullmatch(r"[A-Z][a-z]+['’]s", tokens[0]) and entities.is_country(tokens[0][:-2]):
        tokens = tokens[1:]  # "Brazil's Agriculture and Livestock Confederation": the body, not the country's
    if len(tokens) > 1 and tokens[0] == "St.":
        tokens = [f"St. {tokens[1]}", *tokens[2:]]  # "St. Paulis Cenk Sahin": one club's name, then the player
    if any(re.fullmatch(r"(?:I|It|That|There|We|You|They|He|She)['’](?:m|ve|d|ll|s|re)", t) for t in tokens):
        return None, ""  # "Now I'm": words of a quote, not a name
    if _nationality(tokens[-1], text, start + len(raw) - len(tokens[-1])) and \
            all(t in ("The", "A", "An") for t in tokens[:-1]):
        return None, ""
    kind_of = re.match(r"\s+(?:man|woman|boy|girl|teenager|couple|family|resident)\b", text[start + len(raw):]) and (
        tokens[0] in ("A", "An") if len(tokens) == 2 else len(tokens) == 1 and re.search(r"\b[Aa]n?\s+$", text[:start]))
    modifier = len(tokens) == 1 and NATIONALITY_WORD.fullmatch(raw) and not text[start + len(raw):].strip() and \
        re.search(r"\b(?!the\b)[a-z-]{2,}\s+$", text[:start])
    if kind_of or modifier:
        return None, ""  # "An Ohio man", "the yield on two-year German notes": what kind, not who
    while len(tokens) > 1 and ROLE_START.match(tokens[0].lower()) and "-" not in tokens[0][:3]:
        tokens = tokens[1:]  # "Statsminister Erna Solberg": the role is not part of the name
    if lexicon.word_before_name(tokens):
        tokens = tokens[1:]  # "Lensmann Gudrun Flatmo", "Pensjonist Bjørg Hansen"
    if len(tokens) > 3 and tokens[0].lower() in ENGLISH_ROLES | {"solicitor", "surgeon"} and tokens[1] == "General":
        tokens = tokens[2:]  # "Attorney General Dalton Greaves", "Secretary General Ana Ruiz"
    if len(tokens) > 2 and tokens[0].lower() in ENGLISH_ROLES and (tokens[1].lower() in FIRST_NAMES or len(tokens) == 3):
        tokens = tokens[1:]  # "Analyst Jane Roe", "Critic Gary Feldstein", "Captain Jordan Ashby"
    office = next((i for i in range(len(tokens) - 3, 0, -1) if tokens[i].lower() in ENGLISH_ROLES and len(tokens) - i <= 4
                   and not any(re.search(r"['’]s$|^(?:General|Office|Department|Council|Court|Service|Board|Agency)$", t)
                               for t in tokens[i + 1:])), None)
    if office:  # "Dallas County District Attorney Howard Metzger", "ISRO Chairman K. Raghunathan Iyer": the office,
        tokens = tokens[office + 1:]  # then the person holding it
    if len(tokens) > 2 and tokens[0] in ("Norske", "Svenske", "Danske", "Britiske", "Amerikanske", "Tyske", "Franske",
                                         "Russiske", "Kinesiske", "Finske", "Islandske") and tokens[1].lower() in FIRST_NAMES:
        tokens = tokens[1:]  # "Norske Ingvild Ruud Halsnes jobber …": where she is from, not her name
    tokens = entities.without_title(tokens)
    while len(tokens) > 1 and POST_NOMINAL.fullmatch(tokens[-1]):
        tokens = tokens[:-1]  # "Adrian Pell KC"
    after_role = len(tokens) < len(raw.split())  # "Professor Mizushima er …": a surname, though it opens the sentence
    if tokens and tokens[0] in ("for", "of", "i", "in", "ved", "at"):
        if len(tokens) < 4:
            return None, ""  # "Sjefen for Irans atomprogram": the role holder is not named
        tokens = tokens[2:]  # "Stortingsrepresentant for KrF Hans Fredrik Grøvan": the party, then the name
    for i in range(len(tokens) - 2):
        if tokens[i] in ("MP", "MSP", "MEP", "MLA", "MS", "TD"):
            tokens = tokens[i + 1:]  # "Scottish Conservative MSP Euan Drummond": the member, after his seat
            break
    for i in range(1, len(tokens) - 1):
        if ROLE_START.match(tokens[i].lower()) and not ENGLISH_ORG_WORD.fullmatch(tokens[i]) or \
                HONORIFIC.fullmatch(tokens[i]) and tokens[0] not in ("The", "A", "An") and (
                    tokens[i + 1].lower() in FIRST_NAMES or len(tokens) == i + 3):  # not "College"
            # "Scanpix Pave Frans", "Cuyahoga County Common Pleas Judge Maureen Castellano": the name follows the role
            tokens, after_role = tokens[i + 1:], True
            while len(tokens) > 2 and tokens[0].lower() not in FIRST_NAMES and (
                    ROLE_START.match(tokens[0].lower()) or tokens[0].lower() in ROLE_MODIFIERS):
                tokens = tokens[1:]  # "Eskom Chief Operating Officer Vusumuzi Radebe": the whole title goes
            break
    opens = start == 0 or bool(re.search(r"[.!?:]\s*$", text[:start]))
    if len(tokens) >= 3 and tokens[0].lower() not in FIRST_NAMES and "-" not in tokens[0] and (
            (tokens[0].endswith("s") and len(tokens[0]) >= 5) or (tokens[1].lower() in FIRST_NAMES and (
                len(tokens[0]) >= 9 or INITIAL_NOUN.fullmatch(tokens[0]) or (opens and TITLE_NOUN.search(tokens[0]))))) \
            and not ENGLISH_ORG_WORD.fullmatch(tokens[-1]) and not ORG_SUFFIX.search(" ".join(tokens)):
        # ("Kesteven Vale District Council", "Bragernes Gård AS": one name)
        tokens = tokens[1:]  # "Pittsburghs Mason Rudolph", "Sandvolleyballspillerne Anders Mol"
        if tokens[0] in ("for", "of"):
            return None, ""  # "Lawyers for Daniel Whitlock": people acting for him, not he
    for i in range(len(tokens) - 2, 0, -1):  # "Start En Drøm Christopher Langeland": two names run together
        first, before = tokens[i].lower(), tokens[i - 1].lower()
        if first in FIRST_NAMES and before not in FIRST_NAMES and not tokens[i - 1].islower() and (
                i >= 2 or NOT_A_FIRST_NAME.search(tokens[i - 1]) or _just_before(PLACE_BEFORE, text, start)):
            tokens = tokens[i:]  # but "Eivind Olav Kjelbotn Evensen" is one person with an unlisted first name,
            # and so is "Khalid bin Fahad Al Mansour"
            break
    if len(tokens) > 2 and tokens[0] in OUTLETS:
        tokens = tokens[1:]  # "til Adresseavisen Yann-Erik de Lanlay": the outlet, then the speaker
    while len(tokens) > 2 and sum(c.isupper() for c in tokens[0]) >= 2 and "-" not in tokens[0] and \
            (tokens[1].lower() in FIRST_NAMES or tokens[1].isupper()):  # not "NAV Hjelpemiddelsentral Innlandet"
        tokens = tokens[1:]  # "KrF Hans Fredrik Grøvan", "BILDBYRÅN NORWAY …": a party or credit before a name
    for joiner in ("for", "of"):
        if joiner in tokens and ROLE_START.match(tokens[0].lower()):
            tokens = tokens[tokens.index(joiner) + 1:]  # "Stortingsrepresentant for KrF": a role
        elif joiner in tokens and INITIAL_NOUN.fullmatch(tokens[0]):
            return " ".join(tokens[:tokens.index(joiner)]), "organisation"  # "Stortinget for KrF": a body, a party
        elif joiner == "of" and joiner in tokens[2:] and tokens[0].lower() in FIRST_NAMES:
            tokens = tokens[:tokens.index(joiner)]  # "Mathieu Carrère of Équipe Lumière": the rider, then his team
    if len(tokens) == 1 and (tokens[0].lower() in ORG_WORDS | OUTLET_WORDS or DEMONYM.match(tokens[0].lower())
                             or PLACE_NAME.search(tokens[0])):
        return None, ""  # "Selskapet konkluderte", "Avisen skriver", "Nordmannen varslet": a description, no name
    if len(tokens) >= 2 and tokens[0].lower() not in FIRST_NAMES and INITIAL_NOUN.fullmatch(tokens[0]) \
            and not after_role and tokens[0] not in OUTLETS and not ENGLISH_ORG_WORD.fullmatch(tokens[-1]) \
            and (not COMPANY_HEAD.search(tokens[-1].lower()) or len(tokens) >= 3 and re.search(r"(?:en|et)$", tokens[0])) \
            and (start == 0 or re.search(r"[.!?:]\s*$", text[:start])):
        # "Avdelingen Hjelm-Hansen leder", "Energiselskapet Fjordkraft": a sentence-initial noun, then the name
        described = tokens.pop(0).lower()
        if len(tokens) == 1:
            organisation = _describes_speaker(described) or ORG_NOUN.search(described)
            return tokens[0], "organisation" if organisation else "person"
    opening = len(tokens)
    while tokens and tokens[0] in NOT_NAMES:
        if tokens[0] == "The" and len(tokens) > 1 and (" ".join(tokens) in OUTLETS or PAPER_NAME.search(tokens[-1])):
            break
        tokens = tokens[1:]
    after_word = len(tokens) < opening  # "Ifølge iFinnmark": the name no longer opens the sentence
    while after_word and tokens and tokens[0] in ("da", "de", "den", "der", "la", "le", "of", "for"):
        tokens = tokens[1:]  # "Men da Agnes fikk Olav": "when Agnes", not a "da Silva"
    if not tokens:
        return None, ""
    name = re.sub(r"[’']s$", "", " ".join(tokens))  # "Ap’s nye holdning", "Trump's": the owner
    name = re.sub(r"^[A-Z][a-z]+['’]s\s+(?=" + PUBLIC_BODY_OPENING.pattern + ")", "", name)
    # "Iceland's Department of Civil Protection …": the country owns the body; its name starts after it
    if PUBLIC_BODY_OPENING.match(name):
        return name, "organisation"  # "Centers for Disease Control and Prevention": no first name, no firm's suffix
    if name in OUTLETS or re.fullmatch(r"i[A-ZÆØÅ][a-zæøå]{3,}", name):  # iFinnmark, iTromsø: local papers
        return name, "outlet"
    if name.endswith("s") and len(tokens) >= 1 and name[:-1] in OUTLETS:
        return name[:-1], "outlet"
    if re.fullmatch(r"[A-ZÆØÅ]{2,6}\d*", name) or ORG_SUFFIX.search(name) or ORG_PREFIX.match(name) or \
            re.search(r"\s0\d$", name) or re.match(r"(?:Die|Der|Das)\s", name) or \
            name in KNOWN_BODIES or \
            (len(tokens) > 1 and ENGLISH_ORG_WORD.fullmatch(tokens[-1])) or \
            re.search(r"(?:parti|partiet|forbundet|selskapet|klubben|byrået)$", tokens[0].lower()) or \
            re.search(r"(?:forbund|forbundet|departement|departementet|direktorat|direktoratet|tilsyn|tilsynet|rådet|"
                      r"styret|kommune|fylkeskommune|politidistrikt|etaten|tjenesten|instituttet|politiet|banken|"
                      r"selskap|tidende|bladet|posten|"
                      r"nyheter|avisen|avis|tingrett|lagmannsrett)$", tokens[-1].lower()) or \
            (len(tokens) > 1 and COMPANY_HEAD.search(tokens[-1].lower())) or \
            re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{3,}(?:bygg|sjømat|shipping|eiendom|rederi|meieri|bryggeri|forlag)", name):
        return name, "organisation"  # (one word: "Forsvarsbygg", "Statsbygg", though not "Verk" alone)
    if len(tokens) == 1:
        sentence_start = not after_word and not after_role and (start == 0 or re.search(r"(?:[.!?:–—«\"]|^\s*-)\s*$", text[:start]))
        aged = _aged_first_name(name, text[start + len(raw):])
        if (sentence_start and not re.fullmatch(HYPHENATED_NAME, name) and not aged) or len(name) < 3:
            return None, ""  # a capital opening a sentence is no name, but "Kwak-Ji-hyuk" and "Solveig (17)" are
        return name, "person"
    if tokens[-1].endswith("s") and not tokens[-1].endswith("ss") and tokens[-1][:-1] + " " in text:
        name = " ".join(tokens[:-1] + [tokens[-1][:-1]])  # genitive of a name used elsewhere: Zelenskyjs
    return name, "person"


def _aged_first_name(name: str, after: str) -> bool:
    """"Solveig (17) fra Stovner …": a first name given an age is a person, even opening a sentence."""
    return name.lower() in FIRST_NAMES and bool(re.match(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3},)", after))


def _paragraph_attributions(text: str, position: int, state: _ArticleState,
                            earlier: list[Attribution]) -> list[Attribution]:
    quotes = [(m.start(), m.end()) for m in QUOTE_SPANS.finditer(text)]
    dash = bool(DASH.match(text))
    inside = _quoted_spans(text)
    results: dict[str, Attribution] = {}
    state.speaking = []
    for sentence_start, sentence in _sentences(text):
        reported_from = None  # where the words reported by this sentence's first speaker begin
        closing = ENGLISH_CLOSING.search(sentence) if not quotes else None
        for cue_match in _cue_matches(sentence):
            cue_start = sentence_start + cue_match.start()
            if any(s < cue_start < e for s, e in inside):
                continue  # a cue inside someone's quoted words is not this paragraph's attribution
            if closing and cue_match.start() < closing.start(1):
                continue  # "The government has pledged …, Industry Minister X said Tuesday.": X says it all
            if closing and cue_match.start() == closing.start(1):
                reported_from = None
            before = sentence[:cue_match.start()]
            if cue_match.group(1).lower() not in SOURCE_CUES and \
                    re.search(r"(?:\b(?:som|who|which)|(?<!ikke )(?<!Også )(?<![Vv]an )(?<![Vv]on )\bder)\s+(?:\w+\s+)?$", before) and \
                    not re.search(r"\b(?:som|which|that)\s+(?:han|hun|de|he|she|they)\s+$", before) and \
                    not AS_NAME_SAYS.search(before) and \
                    not RELATIVE_NAME.search(before):
                continue  # "regelverket, som sier at …": the speaker is a thing named before, not a source
                # ("motorer som ifølge politiet var stjålet" names its source after the cue)
            if re.match(r"\s+seg\s+(?:ikke\s+)?(?:skyldig|uskyldig)|\s+seg\s+i\b|\s+seg\s*[.,]|"
                        r"\s+under(?=\s+på\b|\s*[.,;]|\s*$)",  # not "sa under rettssaken at"
                        sentence[cue_match.end():]) or (cue_match.group(1).lower() in ("kaller", "kalte", "kalla")
                                                        and re.match(r"\s+seg\b", sentence[cue_match.end():])):
                continue  # "sa seg skyldig", "har hevdet seg", "skrev under på": a plea, a result, a signature
            if cue_match.group(1).lower() == "seier" and ((not re.search(
                    r"(?:[,?!]|\b(?:han|ho|hun|dei|de|[A-ZÆØÅ][\w-]*)|\([A-ZÆØÅ][\w]{0,5}\))\s*$", sentence[:cue_match.start()])
                    and not SEIER_SAYS.match(sentence[cue_match.end():])) or re.search(
                    r"\b(?:En|Ein|Ei|Hans|Hennes|Deres|Sin|Denne|Første|Ny|Norsk|Norges)\s*$", sentence[:cue_match.start()])):
                continue  # nynorsk "seier" (says) is also bokmål "seier" (a win): "Mol og Sørums tiende seier"
            if cue_match.group(1).lower() in ENGLISH_NOUN_CUES and ENGLISH_DETERMINER_BEFORE.search(before):
                continue  # "the final say", "member states that refuse", "media reports": a noun, not a verb
            if re.match(r"[A-ZÆØÅ]", cue_match.group(1)) and sentence.rstrip().endswith("?"):
                continue  # "Mener Kleveland at …?": the writer's question, not a report
            if (cue_match.group(1).lower() in ("synes", "syns", "synest", "syntes") and re.match(r"\s+å\b", sentence[cue_match.end():])) or (
                    cue_match.group(1).lower() in ("svarte", "svarer", "responded") and
                    re.search(r"\bmed\s+å\b|\bby\s+\w+ing\b", sentence[cue_match.end():])):
                continue  # "synes å forstå" (seems to), "svarte på opptøyene med å innføre …" (an act)
            if cue_match.group(1).lower() in ("svarer", "svarte", "answers", "answered") and re.match(
                    r"(?:\s+[a-zæøå]+){0,2}\s+(?:på|questions)\s+(?:\w+\s+){0,2}?spørsmål(?:et|ene)?\b(?![^.]*(?:\bat\b|:|«))",
                    sentence[cue_match.end():]):
                continue  # "svarer villig vekk på spørsmål": answering questions, no words reported
            if cue_match.group(1).lower() in ("la til", "legger til") and re.match(
                    r"\s+(?:kai|land|rette|grunn)\b", sentence[cue_match.end():]):
                continue  # "la til kai med 40 migranter": the boat docked
            if not dash and not quotes and re.search(r"\b(?:når|mens|da|while|as)\s+\S+(?:\s+\S+)?\s+$", before) and \
                    re.match(r"\s*(?:dette|det|this|it)?\s*[.,!?]?\s*$", sentence[cue_match.end():]):
                continue  # "Solveig ler når datteren forteller dette.": telling, with nothing told
            if cue_match.group(1).lower() in ("avviser", "avviste", "avvist") and re.match(
                    r"(?:\s+(?!at\b)[a-zæøå]+){0,2}?\s+(?:anken|ankene|klagen|klagene|søknaden|søknadene|begjæringen|"
                    r"søksmålet)\b", sentence[cue_match.end():]):
                continue  # "Høyesterett har avvist anken": a ruling on an appeal, not a denial of anything said
            if re.fullmatch(r"forklar(?:te|er|t)", cue_match.group(1).lower()) and re.match(
                    r"(?:\s+[^\s,.;:«»]+){0,6}?\s+seg(?:\s+(?:for|i)\s+(?:retten|lagmannsretten|tingretten)|"
                    r"\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|\s+på\s+vegne\s+av\s+\S+|"
                    r"\s+som\s+(?:vitne|sakkyndig))*\s*[.,]", sentence[cue_match.end():]) and \
                    not _is_quote_paragraph(_next_text(state, position)):
                continue  # "Hun forklarte seg for retten mandag.": she testified (her words, if any, come next)
            if cue_match.group(1).lower().endswith(("fram i", "frem i")) and re.match(
                    r"\s+(?:forbindelse|samband|lyset|dagen)\b", sentence[cue_match.end():]):
                continue  # "Det kommer fram i forbindelse med …": when, not where it is written
            if cue_match.group(1).lower() in ("sa", "sier", "seier") and re.match(
                    r"(?:\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i\s+går|i\s+dag|kveld|formiddag|"
                    r"ettermiddag|morgen))*\s+(?:ja|nei)\s+til\b", sentence[cue_match.end():]):
                continue  # "Kommunestyret sa torsdag ja til utredningen": a decision, not words reported
            if cue_match.group(1).lower() in ("ba om", "bad om") and re.search(r"\b(?:ikke|ikkje|aldri)\s+$", before):
                continue  # "kommunen ikke ba om nye undersøkelser": a request never made
            if cue_match.group(1).lower().startswith("varsl") and re.match(
                    r"(?:\s+[a-zæøå]+)?\s+(?:politiet|brannvesenet|nødetatene|ambulansen|legevakten|AMK)\b",
                    sentence[cue_match.end():]):
                continue  # "varslet familien politiet": an alarm raised, not words reported
            if cue_match.group(1).lower() in ("kaller", "kalte", "kalla", "kalt") and re.match(
                    r"\s+(?:tilbake|inn|opp)\b", sentence[cue_match.end():]):
                continue  # "kaller tilbake 180.000 elbiler", "kalte inn til møte": a recall, a summons
            if cue_match.group(1).lower() in ("omtalte", "omtalt") and re.search(
                    r"\b(?:mye|mest|sterkt|den|det|de|hans|hennes|sin|sitt|sine)\s+$", before):
                continue  # "det mye omtalte laboratoriet": an adjective
            if cue_match.group(1).lower() in DECLARES and not re.match(
                    r"(?:\s+[^\s,.;:«]+){0,5}?\s*(?:\bat\b|\bthat\b|:|,|«)", sentence[cue_match.end():]) and \
                    not re.fullmatch(r"\s*(?:Det|Dette)\s+", before):  # "Det kunngjorde bandet": what came before
                continue  # "erklærte unntakstilstand", "annonserte sin avgang": an act, not words reported
            if cue_match.group(1).lower() in PARTICIPLES and not re.match(r"\s*(?:at\b|om\b|that\b|:|,|(?:nei|ja)\s+til\b|til\s+(?:\S+\s+){1,3}?at\b|(?:\S+\s+){1,3}?med\s+at\b)",
                                                                          sentence[cue_match.end():]) \
                    and not CONTENT_CLAUSE.match(sentence[cue_match.end():]) \
                    and not sentence[:cue_match.start()].rstrip().endswith(",") \
                    and not (re.search(r",\s*(?:har|hadde|has|had)\s+[^,]{2,60}$", sentence[:cue_match.start()])
                             and re.fullmatch(r"\s*[.!]?\s*", sentence[cue_match.end():])) \
                    and not re.match(r"(?:Dette|Det|Det samme)\s+(?:har|hadde)\s", sentence):
                continue  # "har skrevet et innlegg": an act, not a report of words ("Dette har RSL sagt" is)
            if re.search(r"\b(?:ble|blir|blitt|bli|er|var|vært|is|was|were|are|been|be)\s+(?:\w+\s+)?$",
                         sentence[:cue_match.start()]) and re.search(r"(?:t|ed|told)$", cue_match.group(1).lower()):
                continue  # "ble avslørt for EPO-bruk", "er bekreftet til Palmesus": done to someone (a passive's
                # agent is read apart)
            if reported_from is not None and not CLAUSE_BREAK.search(sentence[reported_from:cue_match.start()]) \
                    and cue_match.group(1).lower() not in SOURCE_CUES \
                    and not sentence[:cue_match.start()].rstrip().endswith(","):
                continue  # "Coastline claimed the union had rejected …": the rejection is Coastline's claim
            for attribution in _from_cue(text, sentence, sentence_start, cue_match, position, state, quotes, dash):
                key = f"{attribution.speaker}/{attribution.stance}"
                if key not in results:
                    results[key if attribution.speaker else f"?{len(results)}"] = attribution
                    state.speaking += [attribution.speaker] if attribution.speaker else []
                if attribution.kind == "indirect" and not dash and not quotes:
                    reported_from = cue_match.end()
    for match in NOMINAL.finditer(text):  # "oppfordringen fra pave Frans": words credited by a noun
        if any(s < match.start() < e for s, e in inside):
            continue  # "– Vi tar rådene fra Havforskningsinstituttet på alvor": the speaker's words, not a credit
        if re.search(r"\b(?:følge\s+med\s+på|holde\s+(?:seg\s+)?oppdatert\s+(?:på|om)|vente\s+på|følge|fylgje|follow)\s+$",
                     text[:match.start()]):
            continue  # "ber passasjerene følge med på meldinger fra selskapet", "følge rådene fra lokale myndigheter":
            # none given yet, or advice the story does not report
        mention = _leading_np(text[match.end():])
        resolved = _resolve(mention, position, state, text, match.end()) if mention and _speaker_like(mention) else None
        if resolved and resolved.speaker and f"{resolved.speaker}/asserts" not in results:
            results[f"{resolved.speaker}/asserts"] = _make(position, resolved, match.group(1), "indirect", "asserts",
                                                           0, len(text))
    for match in FIGURES.finditer(text):  # "Det viser ferske tall fra Nav": the figures' source
        mention = _leading_np(text[match.end():])
        resolved = _resolve(mention, position, state, text, match.end()) if mention and _speaker_like(mention) else None
        if resolved and resolved.speaker and not any(a.speaker == resolved.speaker for a in results.values()):
            results[f"{resolved.speaker}/asserts"] = _make(position, resolved, match.group(0).strip(), "according_to",
                                                           "asserts", 0, len(text))
    for match in DOCUMENT_BY.finditer(text):  # "A report by the accountancy firm Brantwood … found that"
        mention = _leading_np(text[match.end():])
        sentence_rest = re.split(r"[.;:!?](?:\s|$)", text[match.end():], maxsplit=1)[0]
        resolved = _resolve(mention, position, state, text, match.end()) \
            if mention and _speaker_like(mention) and FINDS.search(sentence_rest) else None
        if resolved and resolved.speaker and not any(a.speaker == resolved.speaker for a in results.values()):
            results[f"{resolved.speaker}/asserts"] = _make(position, resolved, FINDS.search(sentence_rest).group(0),
                                                           "indirect", "asserts", 0, len(text))  # its findings, not news
    for match in PASSIVE.finditer(text):  # "Bryllupet bekreftes av Olav Thon Gruppen overfor TV 2"
        mention = _leading_np(text[match.end():])
        resolved = _resolve(mention, position, state, text, match.end()) if mention and _speaker_like(mention) else None
        stance = "confirms" if "bekreft" in match.group(1).lower() else (
            "denies" if "avvis" in match.group(1).lower() else "asserts")
        if resolved and resolved.speaker and not any(a.speaker == resolved.speaker for a in results.values()):
            results[f"{resolved.speaker}/{stance}"] = _make(position, resolved, match.group(1), "indirect", stance,
                                                            0, match.start())
    if not results and dash:
        results.update(_unlisted_cue(text, position, state))
    if not results and not dash:
        results.update(_mixed_quote(text, position, state))
    for sentence_start, sentence in _sentences(text):
        # "Skattedirektoratet har ikke svart i saken, skriver avisen.": one more party, declining
        decline = DECLINE.search(sentence)
        fronted = re.match(r"\S+\s+(\S.*?)\s+(?:verken|hverken|korkje)\s", decline.group(0)) \
            if decline and sentence[:decline.start()].strip() in ("Dette", "Det") else None
        # "Dette vil politiet verken bekrefte eller avkrefte": the police
        subject = fronted.group(1) if fronted else _subject_before(sentence[:decline.start()]) if decline else None
        if decline and not subject and re.search(r",\s*(?:men|og|but|and)\s*$", sentence[:decline.start()]):
            subject = _leading_np(sentence)  # "Politiet kjenner identiteten, men ønsker ikke å gå ut med …"
        resolved = _resolve(subject, position, state, text, sentence_start + decline.start()) if subject else None
        if resolved and (resolved.speaker or (resolved.ambiguous and not results)) and \
                not any(a.speaker == resolved.speaker for a in results.values()):
            results[resolved.speaker or "?"] = _make(position, resolved, decline.group(0), "indirect",
                                                     "declines", sentence_start, sentence_start + len(sentence))
        unreached = UNREACHED.search(sentence)  # "Det har ikke lyktes DN å få en kommentar fra Ådne Søndrål"
        mention = _leading_np(sentence[unreached.end():]) if unreached else None
        resolved = _resolve(mention, position, state, text, sentence_start + unreached.end()) if mention else None
        if resolved and resolved.speaker and resolved.speaker not in {a.speaker for a in results.values()}:
            results[resolved.speaker] = _make(position, resolved, unreached.group(0).strip(), "indirect", "declines",
                                              sentence_start, sentence_start + len(sentence))
    return list(results.values())


def _mixed_quote(text: str, position: int, state: _ArticleState) -> dict[str, Attribution]:
    """"Paven hadde inntrykk av at det «var like stille som under en messe»": a sentence whose subject is a
    person and that quotes words of several (three or more) in quote marks with no cue: that person's words."""
    for sentence_start, sentence in _sentences(text):
        # words, not a title: «Tips om slanking og mat» and «Blade Runner» open with a capital and run short
        quoted = [m for m in QUOTE_SPANS.finditer(sentence) if len(m.group(0).split()) >= 3
                  and (m.group(0)[1:2].islower() or len(m.group(0).split()) >= 6)]
        if not quoted or quoted[0].start() == 0 or _has_cue(sentence):
            continue  # a sentence with a cue has said who speaks, or that nobody named does ("One minister said")
        subject = _leading_np(re.sub(r"^(?:Men|Og|But|And)\s+", "", sentence))
        if not subject or not _speaker_like(subject) or len(subject.split()) > 4:
            continue
        resolved = _resolve(subject, position, state, text, sentence_start)
        if resolved.speaker and state.kind(resolved.speaker) == "person" and " " in resolved.speaker:
            start, end = sentence_start + quoted[0].start(), sentence_start + quoted[0].end()
            return {resolved.speaker: _make(position, resolved, None, "direct", "asserts", start, end)}
    return {}


def _unlisted_cue(text: str, position: int, state: _ArticleState) -> dict[str, Attribution]:
    """"– …, forklarert North.": a dash quote ending in a verb we do not list (or misspelt) and a known person;
    "– …, smiler Andreas Stjernen til NTB.": a verb of manner names whoever it is."""
    manner = EMOTIVE.search(text)
    mention = _noun_phrase_after(" " + manner.group(2), trailing=True)[0] if manner else None
    resolved = _resolve(mention, position, state, text, manner.start(2)) if mention else None
    if resolved and resolved.speaker:
        return {resolved.speaker: _make(position, resolved, manner.group(1), "direct", "asserts",
                                        DASH.match(text).end(), manner.start())}
    match = LAST_WORDS.search(text)
    if not match or match.group(1) in PREPOSITIONS or match.group(1).lower() in NOT_ROLES:
        return {}  # "…, også MUNCH.": the quote's last words, not a verb and its speaker
    name = match.group(2).split()[-1] if match.group(2)[0].islower() else match.group(2)
    known = state.canonical(name, "person")
    if known not in state.entities or state.kind(known) != "person":
        return {}
    start = DASH.match(text).end()
    resolved = _Resolved(state.add(known, "person", position), match.group(2))
    return {known: _make(position, resolved, match.group(1), "direct", "asserts", start, match.start())}


WORD = re.compile(r"\w+")
_CUE_WORDS = frozenset(w.split()[0] for w in (*CUES, *SOURCE_CUES, *GAPPED))
_CREDIT_WORDS = _CUE_WORDS | {w.split()[0] for w in IMPERSONAL}  # "heter" of "heter det" credits too


# "OSLO (NTB): ", "OSLO, March 17 (Reuters) - ", "BEIJING/SEOUL — ": where the story was filed, nobody who speaks
DATELINE = re.compile(r"[A-ZÆØÅ]{2,}(?:[ /-][A-ZÆØÅ]{2,})*(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?(?=,|\s*\())?"  # "TROMSO, Norway, May 14", "OJAI, Calif. (AP)"
                      r"(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]{1,20}\))?"
                      r"\s*(?::|[-–—])\s")
ROLE_THEN_COMMA = re.compile(r"(?:^|\s)([A-ZÆØÅa-zæøå][a-zæøå-]+)(?:\s+(?:hans|hennes|deres|sin))?,$")  # "Forsvareren hans,"
ROLE_AND = re.compile(r"([\wæøå-]+)\s+og\s+(?:[a-zæøå]+\s+)?$")  # "Vålerenga-kaptein og tidligere " + a role


def _owns(mention: str, name: str) -> bool:
    """"Neil Youngs gamle makker …": the name in the genitive, before a lowercase noun."""
    genitive = name if name.endswith("s") else name + "s"
    at = mention.find(genitive)
    while at >= 0:
        if re.match(r"\s+[a-zæøå]", mention[at + len(genitive):]):
            return True
        at = mention.find(genitive, at + 1)
    return False


def _just_before(pattern: re.Pattern, text: str, end: int, reach: int = 60) -> re.Match | None:
    """`pattern.search(text[:end])` for a short pattern anchored at `end` ("the company ", "i "): only the last
    `reach` characters are searched, not the whole paragraph for each name in it. `^`, `\\b` and lookbehinds
    still see the real text before the window."""
    return pattern.search(text, max(0, end - reach), end)


SCORED = re.compile(r"\s+(?:\d+|a|an|one|two|three|four|five|six|the|another|their|its|his|her)\s+(?:[\w-]+\s+)?"
                    r"(?:goals?|penalty|penalties|points?|tries|runs|sets?|games?|wickets?|seats?)\b")


def _cue_matches(text: str) -> Iterator[re.Match]:
    """CUE_RE.finditer, with the long pattern tried only where a cue's first word stands: the same matches
    (a cue never starts inside a word) in a sixth of the time, as Python tries each of its hundreds of
    alternatives at every position."""
    end = 0
    for word in WORD.finditer(text):
        if word.start() >= end and word.group(0).lower() in _CUE_WORDS:
            match = CUE_RE.match(text, word.start())
            if match and NOTIFIED.fullmatch(match.group(1)) and re.search(r"\b(?:er|ble|blir|blitt|vorte|vart)\s+$",
                                                                           text[:match.start()], re.IGNORECASE):
                continue  # "Sjøfartsdirektoratet er varsla": told, not telling
            if match and match.group(1).lower() in ("called", "calls", "call") and PHONED.match(text, match.end()):
                continue  # "called her from a stranger's phone": a telephone call
            if match and (match.group(1) == "SA" or match.group(1).lower().startswith("conced") and SCORED.match(
                    text, match.end())):
                continue  # "Andalus Air SA, …", "Ashworth have conceded 26 goals": a company form, a score
            if match and match.group(1)[:1].isupper() and re.search(r"[A-ZÆØÅ][\w-]*\s+$", text[:match.start()]):
                continue  # "the Economic Community of West African States": a capital after a name is the name's
            if match:
                end = match.end()
                yield match


def _has_cue(text: str) -> bool:
    return next(_cue_matches(text), None) is not None


def _sentences(text: str) -> list[tuple[int, str]]:
    spans, start = [], 0
    for match in SENTENCES.finditer(text):
        spans.append((start, text[start:match.start()]))
        start = match.end()
    spans.append((start, text[start:]))
    return spans


def _from_cue(text: str, sentence: str, offset: int, cue_match: re.Match, position: int, state: _ArticleState,
              quotes: list[tuple[int, int]], dash: bool) -> list[Attribution]:
    """The attributions one cue makes: one per speaker ("Røde Kors og sivilforsvaret sier" makes two)."""
    before = re.sub(r"^\s*(?:But|And|Men|Og)\s+", "", sentence[:cue_match.start()])
    after = sentence[cue_match.end():]
    according = cue_match.group(0).lower().startswith("according")
    if ANONYMOUS.search(before) and not UNNAMED_PERSON.match(before) or (according and ANONYMOUS.search(after)):
        # the source is kept anonymous: credited to the article's description of them, or to nobody
        anonymous = _anonymous_source(after if according else before, position, state)
        if anonymous is None:
            return []
        kind = "direct" if quotes else "indirect"  # "who reported …" asks for an outlet, never for these
        start, end = _span(text, quotes, dash, offset, cue_match, kind)
        stance = _cue_stance(cue_match.group(1).lower())
        return [_make(position, _Resolved(anonymous, anonymous), cue_match.group(1), kind, stance, start, end, None)]
    found = _speaker_of_cue(sentence, offset, cue_match, quotes, dash, text)
    if found is None:
        return _subjectless(text, sentence, offset, cue_match, position, state, quotes, dash)
    mention, outlet, kind, fallback = found
    if kind == "impersonal":
        before = sentence[:cue_match.start()]
        where = " " + re.sub(r"^\s*Av\b", "i", before) if re.match(r"\s*(?:I|På|Av)\s+\S", before) \
            else sentence[cue_match.end():]
        impersonal = _impersonal(text, position, state, cue_match.group(1), where, quotes, dash)
        return [impersonal] if impersonal else []
    outlets_sources = OUTLETS_SOURCES.match(sentence[sentence.find(mention):]) if mention in sentence else None
    if outlets_sources:  # "Kilder NRK har snakket med, opplyser at …": the outlet speaks for them
        mention, kind = outlets_sources.group(1), "according_to"
    if UNNAMED_SOURCES.match(mention):  # "opplyser flere ikke navngitte kilder til den svenske avisa"
        papers = re.findall(r"\s(?:til|to)\s+((?:(?!til\b|to\b)\w+\s+){0,3}?(?:[A-ZÆØÅ][\w-]*|avisa|avisen))", sentence[cue_match.end():])
        paper = papers[-1] if papers else None  # "kilder med kjennskap til forhandlingene til nyhetsbyrået Reuters"
        outlet_before = next((n for p, n in reversed(state.recent) if p >= position - 3 and state.kind(n) == "outlet"),
                             None)  # "…, opplyser kildene": the sources of the paper that reports
        mention, kind = (paper, "according_to") if paper else (
            (outlet_before, "according_to") if outlet_before else (mention, kind))
    made = [_attribute(part, outlet, kind, text, sentence, offset, cue_match, position, state, quotes, dash)
            for part in _coordinated(mention, state, position)]
    if not any(made) and fallback:
        made = [_attribute(fallback, outlet, kind, text, sentence, offset, cue_match, position, state, quotes, dash)]
    return [a for a in made if a]


def _subjectless(text: str, sentence: str, offset: int, cue_match: re.Match, position: int, state: _ArticleState,
                 quotes: list[tuple[int, int]], dash: bool) -> list[Attribution]:
    """"Men legger til at …": a sentence that opens with its cue goes on with the speaker just before."""
    last = state.last_speaker
    if not re.fullmatch(r"\s*(?:Men|Og)\s+", sentence[:cue_match.start()]) or not last or last[0] < position - 1:
        return []
    start, end = _span(text, quotes, dash, offset, cue_match, "indirect")
    return [_make(position, _Resolved(last[1], cue_match.group(1)), cue_match.group(1), "indirect",
                  _cue_stance(cue_match.group(1).lower()), start, end)]


def _cue_stance(cue: str) -> str:
    return CUES.get(cue) or GAPPED.get(cue, ("asserts",))[0]


_PARTIES = {name: shorts for name, shorts in SHORT_NAMES.items()
            if "parti" in name.lower() or name in ("Høyre", "Høgre", "Venstre", "Rødt", "Raudt")}
PARTY_NAMES = set(_PARTIES) | {short for shorts in _PARTIES.values() for short in shorts}  # "Høyre", "Ap", "KrF"


def _coordinated(mention: str, state: _ArticleState, position: int) -> list[str]:
    """"Røde Kors og sivilforsvaret", "Det syriske regimet og Russland": two speakers. Not "Fylkeslegen i Troms
    og Finnmark" (a place), "arbeids- og sosialminister" (one role) nor "Conciliation and Arbitration Service"
    (a name in title case, unless both halves are already known as speakers). "Selskapene", "partene": the
    two bodies the story has named most."""
    if mention.strip().lower() in JOINT_BODIES:  # "Det opplyste selskapene i en felles børsmelding": the two
        bodies = [n for p, n in state.recent if p < position and n not in state.located and "-" not in n and (
            state.kind(n) == "organisation" and not entities.is_country(n) or  # "Orrvik Båtar": no first name
            state.kind(n) == "person" and " " in n and n.split()[0].lower() not in FIRST_NAMES)]
        named_most = sorted(dict.fromkeys(bodies), key=bodies.count, reverse=True)[:2]  # the story's two parties
        return named_most if len(named_most) == 2 else [mention]
    if state.couple and re.fullmatch(r"(?:ekte)?paret|søstrene|brødrene|tvillingene|søsknene|the\s+couple",
                                     mention.strip().lower()):
        return list(state.couple)  # "Ekteparet mener": the two named together, "Tone og Geir Brattli"
    spouse = re.fullmatch(r"(?:ekte)?(mannen|kona|konen)\s+(?:hennes|hans)", mention.strip().lower())
    if state.couple and spouse:  # "Mannen hennes legger til at …": the husband of the couple named together
        return [state.couple[0] if _first_name_says(state.couple[0], "m" if spouse.group(1) == "mannen" else "f")
                else state.couple[1]]
    parts = re.split(r"\s+(?:og|and)\s+", re.sub(COUNTIES, lambda county: county.group(0).replace(" og ", "_og_"),
                                                   mention.strip()))  # "Møre og Romsdal politidistrikt": one body
    parts = [part.replace("_og_", " og ") for part in parts]
    if len(parts) != 2 or "," in mention or re.search(r"-\s+(?:og|and)\s", mention) or COUNTRYS_BODY.fullmatch(mention):
        return [mention]
    bare = re.sub(r"\s*\([A-ZÆØÅ]{2,8}\)$", "", mention.strip())  # "… College Union (UCU)": the acronym aside
    if " and " in mention and NAME.fullmatch(re.sub(r"^(?:[Tt]he\s+)?(?:[a-z]+['’]s\s+|[a-z]+\s+)?", "", bare)):
        return [mention]  # "The government's Flood Forecasting and Warning Centre", "the federal Mine Safety and …"
    left, right = (re.sub(r"^(?:Også|Både|Both)\s+", "", p) for p in parts)
    if not left or re.search(r"\b(?:i|for|ved|fra|of|in|at|from)\s", left + " ") or \
            not (_speaker_like(left) and _speaker_like(right)):
        return [mention]
    title_case = all(w[:1].isupper() for w in f"{left} {right}".split())
    known = all(state.canonical(p, "person") in state.entities for p in (left, right))
    if title_case and (" and " in mention or (not known and len(left.split()) == 1 and INSTITUTION_AFTER.search(
            " " + right.split()[-1].lower()))):
        return [mention]  # "Conciliation and Arbitration Service", "Troms og Finnmark fylkeskommune": one body
    if title_case and " og " in mention and len(left.split()) == len(right.split()) == 1 and not any(
            w.lower() in FIRST_NAMES or entities.is_country(w) or w in PARTY_NAMES or w in state.located
            or w in OUTLETS or not re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{3,}", w) for w in (left, right)):
        return [state.add(mention, "organisation", position)]  # "Natur og Ungdom": two common nouns, one body
    return [left, right]


# The subject of an English sentence's first verb in the past tense, after a wire dateline
ENGLISH_CLAUSE_SUBJECT = re.compile(r"\s*(?:\([A-Z][\w ]*\)\s*-+\s*|[A-Z][A-Z ,./]+\([A-Za-z ]+\)\s*[-—–]+\s*)?"
                                    r"((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’.-]*){0,5})\s+"
                                    r"(?:has\s+|have\s+|had\s+)?[a-z]{3,}ed\b")


def _speaker_of_cue(sentence: str, offset: int, cue_match: re.Match, quotes: list[tuple[int, int]], dash: bool,
                    text: str) -> tuple[str, str | None, str, str | None] | None:
    """Who the cue credits, as written: (mention, outlet, kind, a second reading of the sentence to try when
    the mention names nobody); kind "impersonal" for "heter det"."""
    cue = cue_match.group(1)
    lower = cue.lower()
    after = sentence[cue_match.end():]
    before = sentence[:cue_match.start()]
    fallback = None
    if lower in SOURCE_CUES:
        mention, outlet = _noun_phrase_after(after, source=True)
        kind = "according_to"
    elif lower in ("saying", "telling") and before.rstrip().endswith(","):  # "X disputed the findings, saying …": X
        lead = _leading_np(_subject_before(before + " said") or "")
        if not lead:  # "(Bloomberg) -- The European Central Bank lowered interest rates for the first time …, saying"
            clause = ENGLISH_CLAUSE_SUBJECT.match(before)
            lead = clause.group(1) if clause else ""
        return (lead, None, "direct" if quotes else "indirect", None) if lead and _speaker_like(lead) else None
    elif lower in IMPERSONAL and re.search(r"(?:^|\b[Dd]et\s+|,\s*)$", before) or \
            lower.endswith((" av", " i")) and lower in IMPERSONAL and re.search(r"\b[Dd]ette\s+$", before):
        return "", None, "impersonal", None
    elif lower in IMPERSONAL and re.match(r"\s*(?:I|På|Av)\s+\S", before):
        return "", None, "impersonal", None  # "I kjennelsen fra retten fremgår det at …": the place comes first
    else:
        cue_at = offset + cue_match.start()
        after_quote = any(e <= cue_at <= e + 3 for _, e in _quoted_spans(text))
        # "…, skriver X." / "«…», sier X": the speaker follows a cue that closes a quote; not so in
        # "the company's chief operating officer, Helen Marsh, told reporters in Aberdeen".
        comma_at = offset + len(before.rstrip()) - 1
        trailing = before.rstrip().endswith((",", "?", "!")) and not re.search(
            r",\s*(?:som|who|whose|der|which)\b(?:[^,]|(?<=\d),(?=\d))*,\s*$", before) and (
            not quotes and not dash or any(s <= comma_at <= e + 1 for s, e in _quoted_spans(text))
            or bool(re.match(r"\s*[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*\s*(?:[,.]|til\b|$)", after)))
        subject = None if after_quote else _subject_before(before)
        # (a quote after the cue leaves the subject as it is: "Her publisher, Fernleaf Books, said it had «…»")
        appositive = APPOSITIVE_NAME.fullmatch(before) if not dash and all(s > cue_at for s, _ in quotes) else None
        if appositive:  # "Leder i Nordland legeforening, Kristine Bakkevold, mener situasjonen i Lofoten …": her
            trailing, subject = False, appositive.group(1)
        english = ENGLISH_SUBJECT.fullmatch(before) if lower in ENGLISH_CUES else None
        if english and any(offset <= s < offset + english.end(1) or offset + english.end() < s < cue_at
                           for s, _ in quotes):
            english = None  # a quote before the cue, unless a title inside the clause ("whose book «…» devoted")
        if english:  # "Fiona Gallagher, a nurses' representative, says …", "NBIM, which runs the fund, said"
            trailing, subject = False, english.group(1)
        as_says = AS_NAME_SAYS.search(before)
        if as_says:  # "«…» som Kaggestad sier", "Søknaden, som Statnett sier er for dyr": the name, nothing before it
            subject = as_says.group(1)
        if before.rstrip().endswith(",") and not after.strip(" .!?") and not quotes and not dash and not english and \
                not OWNER_APPOSITION.search(before):
            subject = None  # "…, foreslår.": what comes before the comma is what was said, not who said it
        if trailing and re.fullmatch(r"\s*[a-zæøå][\w-]*\s*[.!?]?\s*", after):
            subject = None  # "Norge kan ikke akseptere …, mener debattanten.": the one after the cue, or nobody
        indefinite_subject = bool(re.match(r"\s*(?:En|Et|Ei)\s", before))  # "Et rødt flagg … forteller"
        inverted_pronoun = re.match(r"\s*(han|hun|ho|de|dei|[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,2})\s", after) \
            if lower in OPINION_VERBS else None  # "Det svaret er Tangen ikke fornøyd med": a name after the verb
        if inverted_pronoun:  # "Selv etter trippelt hattrick var han ikke fornøyd", not "Hvis laget taper er han"
            return (inverted_pronoun.group(1), None, "indirect", None) if _fronted_adverbial(before) else None
        if lower in OPINION_VERBS and not _only_subject(before):
            return None  # "Hvis regjeringen er så bekymret", "Jeg trodde Ap var positiv til": no one's stated view
        english_and = re.search(r"\s(?:and|but)\s+$", before) if lower in ENGLISH_CUES else None
        if english_and and all(s > cue_at for s, _ in quotes):  # "…, Malone thanked supporters and said he was …"
            clause = before[:english_and.start()]  # after a fronted phrase, or the whole sentence ("X, which …, welcomed")
            if any(m.group(1).lower() in ENGLISH_CUES for m in CUE_RE.finditer(clause)):
                return None  # "Rowe said the council was …, but admitted that …": Rowe again, credited already
            leads = [_leading_np(_subject_before(c) or "") for c in (clause.rsplit(",", 1)[-1], clause)]
            lead = next((n for n in leads if n and _speaker_like(n) and not _adjective_of_a_crowd(n, clause)), None)
            return (lead, None, "direct" if quotes else "indirect", None) if lead else None
        fronted_body = re.match(r"\s*([A-ZÆØÅ][\w-]+s\s+[a-zæøå]{4,})\b", after) \
            if re.fullmatch(r"\s*(?:Det|Dette)\s*", before) else None
        if fronted_body:  # "Det bekreftet Statsministerens kontor": the office, after the fronted "Det"
            return fronted_body.group(1), _outlet_after(after[fronted_body.end():]), \
                "direct" if (dash or quotes) else "indirect", None
        inverted, outlet = _noun_phrase_after(after, trailing=trailing)
        if re.search(r"(?:^|[\s,])(?:men|og)\s*$", before) and not dash:
            inverted = None  # "…, men mener Solvang står overfor …": the subject is left out, Solvang is what was said
        if re.search(r"\s(?:før|da|når|fordi|mens|at|som|dersom|hvis)\s+[a-zæøå][^\s,]*\s*$", before):
            inverted = None  # "et kvarter før vitner varslet politiet": a clause's subject comes first; no inversion
        if lower.endswith((" at", " om", " på", " med", " til")) or (lower in ENGLISH_CUES and not trailing and not re.search(r"[\"”»’',]\s*$", before)) \
                or lower in ("told", "tells", "tell"):  # "…, the group's leader, X, told Reuters": Reuters listened
            inverted = None  # "viser at russeren …", "peker på Finansdepartementet": what was said or shown
        if inverted and lower in ENGLISH_CUES and ENGLISH_COMPLEMENT.match(after):
            inverted = None  # "…, said Featherstone had been underrated": whom the words are about, not who said them
        if inverted and UNNAMED_SOURCES.match(inverted) and (trailing or re.fullmatch(r"\s*(?:Det|Dette)\s*", before)):
            mention = inverted  # "Det sier kilder … til Reuters": the outlet's sources
        elif trailing and inverted and (_speaker_like(inverted) or re.fullmatch(r"[a-zæøå]{5,}(?:en|n|et)", inverted) or
                                        UNNAMED_PERSON.fullmatch(inverted) or  # "«…», skriver en kunde."
                                        re.fullmatch(r"(?:en|ei|ein)\s+[a-zæøå-]+", inverted) and
                                        ROLE_START.match(inverted.split()[1]) or  # "…, sier en rektor."
                                        re.fullmatch(r"den\s+(?:tidligere\s+|tidlegare\s+)?(?:ansatte|tilsette|tiltalte|"
                                                     r"siktede|sikta)", inverted)):
            mention = inverted  # "…, sier skiskytteren.": a definite noun after a closing cue is who speaks
        elif subject and (_speaker_like(subject) or UNNAMED_PERSON.fullmatch(subject)) and \
                subject.split()[0] not in ADVERBIAL_START and \
                not (before.split() and before.split()[0] in ADVERBIAL_START and inverted):
            mention, outlet = subject, _outlet_after(after)
        elif inverted and _speaker_like(inverted) and not indefinite_subject:
            mention = inverted  # not in "Et rødt flagg … forteller vaksineteamene at": the flag tells them
        elif inverted and (re.fullmatch(r"[a-zæøå]{4,}(?:en|et)", inverted) or ROLE_START.fullmatch(inverted)) and \
                before.split() and \
                before.split()[0] in ADVERBIAL_START and _fronted_adverbial(before):
            mention = inverted  # "På Facebook skrev dramatikeren": the definite noun after the verb speaks
        elif subject and subject.split()[0] not in ADVERBIAL_START:
            mention, outlet = subject, _outlet_after(after)
        else:  # "I et intervju på rumensk TV innrømmer paret": no speaker we can name, not the adverbial
            mention = None
        kind = "direct" if (dash or quotes) else "indirect"
        if mention and mention == subject and inverted and _speaker_like(inverted) and not trailing and \
                not indefinite_subject:
            fallback = inverted  # "Klokken 23.52 meldte Sykehuset Levanger at …": the subject was a time
    return (mention, outlet, kind, fallback) if mention else None


# "Moren til 16-åringen", "faren til gutten": a relative of someone known only by age or a noun
RELATIVE_OF = re.compile(r"([A-ZÆØÅa-zæøå]+)\s+(?:til|åt)\s+(?:den\s+)?(?:\d{1,3}-åringen|\d{1,3}-åringa|[a-zæøå]{4,}(?:en|a))")
# "seier skipperen", "the skipper said": a definite noun that names what the speaker is
DESCRIBED_AS = re.compile(r"[Tt]he\s+([a-z]{4,})|([a-zæøå]{4,}(?:en|n|et))")
# "said Featherstone had been …": a name and a verb after the cue open what was said
ENGLISH_COMPLEMENT = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:had|has|have|was|were|is|are|would|"
                                r"will|could|should|might|must|did|does|do|can|needed|needs|wanted|wants)\b")


def _attribute(mention: str, outlet: str | None, kind: str, text: str, sentence: str, offset: int,
               cue_match: re.Match, position: int, state: _ArticleState, quotes: list[tuple[int, int]],
               dash: bool) -> Attribution | None:
    """One speaker's attribution: resolve the mention, then the kind, the stance and the quoted span."""
    cue = cue_match.group(1)
    lower = cue.lower()
    if " " in mention.strip() and re.search(re.escape(mention.strip()) + SPOKEN_TO, sentence) and \
            not {"kilder", "kjelder", "sources"} & set(mention.lower().split()) and mention.strip() not in OUTLETS:
        return None  # "Flere økonomer DN har snakket med, mener …": unnamed people, not the paper's sources
    resolved = _resolve(mention, position, state, text, offset + cue_match.start())
    if not resolved.speaker and not resolved.ambiguous:
        # "sier en rektor" in the lead: the one rektor named below; "Moren til 16-åringen": an unnamed relative
        unnamed = _named_after_the_lead(mention, position, state) or _unnamed_person(mention, position, state) or \
            _owned_role(mention, position, state) or _relative_of(mention, position, state)
        if not unnamed:
            return None
        resolved = _Resolved(unnamed, mention)
    speaker_kind = state.kind(resolved.speaker) if resolved.speaker else None
    described = DESCRIBED_AS.fullmatch(mention.strip())
    if described and speaker_kind == "person" and not resolved.ambiguous:
        # "seier skipperen": a skipper, whom "Kva sa skipperen?" asks for, though no role list holds the word
        state.add(resolved.speaker, "person", position, role=described.group(1) or described.group(2))
    if lower in OUTLET_CUES and resolved.speaker and speaker_kind != "outlet" and PAPER_NAME.search(resolved.speaker):
        state.entities[resolved.speaker] = replace(state.entities[resolved.speaker], kind="outlet")  # "the paper" later
    if kind != "according_to" and lower in OUTLET_CUES and resolved.speaker and \
            state.entities.get(resolved.speaker, Entity("", "")).kind == "outlet" and not quotes and not dash:
        kind = "according_to"
    stance = _cue_stance(lower)
    start, end = _span(text, quotes, dash, offset, cue_match, kind)
    if stance == "asserts" and (DENIAL_WORDS.search(text[start:end]) or DENIAL_WORDS.search(sentence)):
        stance = "denies"
    decline = DECLINE.search(sentence)
    if decline and _declines_themselves(sentence[:decline.start()], resolved.speaker):
        stance = "declines"
    return _make(position, resolved, cue, kind, stance, start, end, outlet)


def _adjective_of_a_crowd(lead: str, clause: str) -> bool:
    """"Environmental campaigners welcomed …": a capitalised adjective before a plural names nobody."""
    crowd = re.match(rf"\s*{re.escape(lead)}\s+([a-z]+s)\b", clause)
    return bool(crowd) and bool(re.fullmatch(r"[A-Z][a-z]+(?:al|ic|ive|ous|ian|ish|ese|ern|ary)", lead)) and \
        crowd.group(1) not in _CUE_WORDS


def _unnamed_person(mention: str, position: int, state: _ArticleState) -> str | None:
    """"En nabo i 60-årene" is "naboen", "a former employee" "the former employee": a person the story never
    names, registered with the noun as a role ("sier legen" later) and a gender where the noun has one."""
    match = UNNAMED_PERSON.fullmatch(mention.strip())
    if not match:
        return None
    noun, words = match.group(1).lower(), mention.split()
    if words[0].lower() == "another":
        label = f"the {noun}"  # "Another mother, who did not want to be named, said": the mother
    elif words[0].lower() in ("a", "an", "one"):  # "a former employee": "the former employee", its adjective kept
        label = "the " + (words[1] if words[1].lower() == noun else f"{words[1]} {words[2]}")
    elif noun in ("ansatt", "tilsett"):  # "En tidligere ansatt": "den tidligere ansatte"
        label = "den " + ("tidligere " if words[1].lower() in ("tidligere", "tidlegare") else "") + noun + "e"
    else:
        label = noun + ("n" if noun.endswith("e") else "en") if noun != "kollega" else "kollegaen"
        label = {"far": "faren", "mor": "mora" if words[0].lower() == "ei" else "moren"}.get(noun, label)
        if noun.endswith("e") and words[0].lower() == "ei":
            label = noun[:-1] + "a"  # nynorsk "Ei kvinne …, seier" is "kvinna", "Ei nabokone" "nabokona"
        decade = re.search(r"\bi\s+\d0-år(?:ene|a)\b", mention)
        place = re.fullmatch(r"\S+\s+\S+\s+((?:fra|frå)\s+[A-ZÆØÅ][\w-]+)", mention)
        where = decade.group(0) if decade else place.group(1) if place else None
        if where:  # "En mann i 40-årene": "mannen i 40-årene", not any man; "En mor fra Furuset": "moren fra Furuset"
            label = f"{label} {where}"
    gender = "m" if noun in MALE_NOUNS else "f" if noun in FEMALE_NOUNS else None
    state.unnamed[state.add(label, "person", position, role=noun)] = gender
    return label


def _relative_of(mention: str, position: int, state: _ArticleState) -> str | None:
    """"Moren til 16-åringen skriver …": a relative of someone the story never names, registered under the
    article's words (and a gender, for "Til DT sier hun:" next)."""
    match = RELATIVE_OF.fullmatch(mention.strip())
    if not match or match.group(1).lower() not in MALE_KIN | FEMALE_KIN:
        return None
    kin = match.group(1).lower()
    label = state.add(mention.strip()[0].lower() + mention.strip()[1:], "person", position, role=kin)
    state.unnamed[label] = "m" if kin in MALE_KIN else "f"
    return label


def _anonymous_source(subject: str, position: int, state: _ArticleState) -> str | None:
    """"A Nordic diplomat involved in the talks, who asked not to be named, said" is "the Nordic diplomat",
    "according to two people familiar with the matter" "the two people familiar with the matter": a newsroom
    needs to see that the source is anonymous, and how the article describes them, not a named person."""
    match = ANONYMOUS_SOURCE.match(subject)
    if not match or not match.group("det"):
        return None  # "Officials, speaking on condition of anonymity, said", "People familiar with …": a crowd
    det = match.group("det").lower()
    count = "" if det in ("a", "an", "one", "another") else det + " "
    label = f"the {count}{match.group('words')}{match.group('noun').lower()}{match.group('rest') or ''}"
    return state.add(" ".join(label.split()), "person", position)


def _next_text(state: _ArticleState, position: int) -> str:
    """The paragraph after this one, or nothing."""
    return state.paragraphs[position + 1].text if position + 1 < len(state.paragraphs) else ""


def _named_after_the_lead(mention: str, position: int, state: _ArticleState) -> str | None:
    """A lead says "sier rektor", "mens teatersjefen sier", "Selskapet erkjenner ikke straffskyld" and names them
    only further down ("sier rektor Bjørg Tveit"): the one person the article gives that role, or the one firm
    it names, when there is exactly one."""
    words = mention.lower().split()
    if len(words) == 2 and words[0] in ("en", "ei", "et", "ein", "eit"):
        words = words[1:]  # "mens en forbrukerøkonom advarer": the one economist named further down
    elif len(words) == 3 and words[1] in ("i", "på") and ROLE_START.match(words[0]):
        words = words[:1]  # "sier ordføreren i Meløy"
    if position > 1 or len(words) != 1 or not state.paragraphs or \
            not (ROLE_START.match(words[0]) or COMPANY_NOUN.fullmatch(words[0])):
        return None
    if COMPANY_NOUN.fullmatch(words[0]) and (position > 0 or state.last("organisation", position)):
        return None  # "Den tyske bilprodusenten Falkner …. …, opplyser selskapet": the one named first
    if state.ahead is None:
        state.ahead = _ArticleState()
        for paragraph in state.paragraphs:
            _register_names(paragraph.text, paragraph.position, state.ahead, paragraph.kind)
    ahead, word = state.ahead, words[0]
    if ROLE_START.match(word):
        root = normalise(re.sub(r"(?:en|et|a|n)$", "", word) if word.endswith(("en", "et", "a")) else word)
        held = {n for n, e in ahead.entities.items() if e.kind == "person" and " " in n and any(
            normalise(r).split(" ")[-1].startswith(root) for r in e.roles)}
        return held.pop() if len(held) == 1 else None
    if COMPANY_NOUN.fullmatch(word):
        firms = {n for n, e in ahead.entities.items() if e.kind == "organisation" and
                 (FIRM_SUFFIX.search(n) or COMPANY_HEAD.search(n.split()[-1].lower()))}
        return firms.pop() if len(firms) == 1 else None
    return None


PRONOUN_GENITIVES = {"Hans", "Hennes", "Deres", "Dens", "Dets"}


def _owner_and_role(mention: str) -> tuple[str, str] | None:
    """"Ukrainas energiminister": the owner ("Ukraina") and the role; not "Hans advokat" nor "Selskapets
    kommunikasjonssjef" (someone the story named, or may yet) nor kin ("Hennes mor")."""
    match = re.fullmatch(r"([A-ZÆØÅ][\w-]+)s\s+([a-zæøå-]+)", mention.strip())
    if not match or not ROLE_START.match(match.group(2)) or match.group(2) in KIN_ROLES or \
            f"{match.group(1)}s" in PRONOUN_GENITIVES or match.group(1).lower() in ORG_WORDS:
        return None
    return match.group(1), match.group(2)


def _owned_role(mention: str, position: int, state: _ArticleState) -> str | None:
    """"Ukrainas energiminister kalte …", "Akita-prefekturets guvernør": a role of a named country or body whose
    holder the story never names speaks as that description."""
    owned = _owner_and_role(mention)
    return state.add(mention.strip(), "person", position, role=owned[1]) if owned else None


def _declines_themselves(before: str, speaker: str | None) -> bool:
    """"X har ikke ønsket å kommentere": X declines; in "Y har ikke svart, skriver avisen" the paper does not."""
    subject = _subject_before(before)
    if not subject or subject.split()[0].lower() in PRONOUNS or not speaker:
        return True
    return normalise(speaker).split(" ")[-1] in normalise(subject).split()


def _impersonal(text: str, position: int, state: _ArticleState, cue: str, after: str,
                quotes: list[tuple[int, int]], dash: bool) -> Attribution | None:
    """"…, heter det på nettstedet", "Det opplyses at …", "står det": the statement's author is the
    organisation or outlet named in the words after the cue, or else the one named last, in this or the
    paragraph before (a press release or web page quoted without naming it again)."""
    by = "" if cue.lower().endswith(" av") else r"(?i:i|på|fra)\s+"  # "Det går fram av rapporten at": the report
    place = re.match(r"\s*" + by + r"(?i:en\s+|et\s+)?([\wæøåÆØÅ-]+(?:\s+(?:fra|frå)(?=\s+[A-ZÆØÅ]))?"
                     r"(?:\s+[A-ZÆØÅ][\w-]*)*(?:\s+(?:tingrett|lagmannsrett|kommune|fylkeskommune))?)", after)
    owner = OWNERS_DOCUMENT.match(re.sub(r"^\s*(?:(?i:i|på|fra)\s+)?", "", after))  # "heter det i E-tjenestens rapport"
    written = re.match(r"\s*(?:(?i:i|på|fra)\s+)?(?i:en\s+|et\s+|ei\s+|eit\s+)?(?:ny\s+|nye\s+)?[a-zæøå-]+\s+(?:fra|frå)\s+"
                       r"(" + TITLED_NAME.pattern + r"|[A-ZÆØÅ].*)", after)  # "av en uttalelse fra Det hvite hus"
    titled = (TITLED_NAME.match(written.group(1)) or INSTITUTE_FOR.match(written.group(1))) if written else None
    author = titled.group(0).strip() if titled else _leading_np(written.group(1)) if written else None
    owned = re.match(re.escape(author) + r"\s+([a-zæøå]+)", written.group(1)) if author and author.endswith("s") else None
    author = f"{author} {owned.group(1)}" if owned else author  # "fra Høyesteretts ankeutvalg": the committee
    resolved = _Resolved(state.add(author, "organisation", position), author) if titled and \
        INSTITUTE_FOR.match(author) else _resolve(author, position, state, text, 0) if author else None
    resolved = resolved if resolved and resolved.speaker else _resolve(owner.group(1), position, state, text, 0) \
        if owner else (_resolve_description(place.group(1), position, state) if place else None)
    if owner and not resolved.speaker and not resolved.ambiguous:  # "I Oslo-byrådets plattform står det": its author
        resolved = _Resolved(state.add(owner.group(1), "organisation", position), cue)
    if (resolved is None or not resolved.speaker) and cue.lower().endswith(" i"):
        return None  # "Det kommer fram i en revisjonsrapport fra mars": no author named, none guessed
    if resolved is None or not resolved.speaker:
        kinds = ("organisation",) if place and place.group(1).lower() in PAPERS else ("organisation", "outlet")
        near = {name for paragraph, name in state.recent if paragraph >= position - 1 and state.kind(name) in kinds}
        if len(near) != 1:
            return None  # none, or several that could have written it
        speaker = near.pop()
        resolved = _Resolved(speaker, cue)
    start = DASH.match(text).end() if dash else (quotes[-1][0] + 1 if quotes else 0)
    return _make(position, resolved, cue, "direct" if dash or quotes else "indirect", "asserts", start, len(text))


def _make(position: int, resolved: _Resolved, cue: str, kind: str, stance: str, start: int, end: int,
          outlet: str | None = None) -> Attribution:
    return Attribution(position, resolved.speaker, resolved.mention, cue, kind, stance, resolved.ambiguous,
                       resolved.candidates, start, end, outlet)


def _noun_phrase_after(after: str, source: bool = False, trailing: bool = False) -> tuple[str | None, str | None]:
    """The speaker after an inverted cue: "…, sier LO-leder Hans-Christian Gabrielsen til NTB."."""
    # "Det tror ikke Håland", "Det mener også Støre": an adverb between the cue and the name
    after = re.sub(r"^\s*(?:heller\s+ikke|ikke|ikkje|også|òg|derimot|likevel|imidlertid|dessuten|not|also)\s+"
                   r"(?=[A-ZÆØÅ]|[a-zæøå]{4,}(?:et|en|ene)\b)", " ", after)  # "mente imidlertid barnevernet"
    first = re.match(r"\s*([a-zæøå]+)", after)
    speaks = bool(first) and (first.group(1) in ORG_WORDS or bool(INSTITUTION.fullmatch(first.group(1))))
    if source and not speaks:  # "according to figures published by the Chamber", "ifølge tall fra SSB"
        # (not "ifølge politiet stjålet fra båthavner i Ålesund": the police is the source)
        after = re.sub(r"^\s*(?:[a-zæøå]+\s+){1,3}?(?:published\s+by|released\s+by|issued\s+by|compiled\s+by|"
                       r"from|by|fra|frå)\s+(?=(?:the\s+|den\s+|det\s+)?(?:[a-zæøå-]+\s+){0,2}[A-ZÆØÅ])", " ", after)
    owner = OWNERS_DOCUMENT.match(after.strip())
    if source and owner:  # "ifølge Politikens opplysninger": the paper
        return owner.group(1), None
    role_then_name = re.fullmatch(r"\s*([a-zæøå][\wæøå-]*)(?:\s+[\wæøå-]+){0,6}?,\s+((?:[A-ZÆØÅ][\w'’-]*\s+){1,3}"
                                  r"[A-ZÆØÅ][\w'’-]*)(?:\s+\([^()]{1,12}\))?(\s+til\s+.*?)?\s*[.!]?\s*", after)
    if not source and role_then_name and ROLE_START.match(role_then_name.group(1)):
        outlet = _outlet_after(role_then_name.group(3)) if role_then_name.group(3) else None
        return role_then_name.group(2), outlet  # "…, seier einingsleiar for kultur og idrett, Tore Lid."
    if re.match(r"\s*(?:(?:til|to|overfor|i|på|at|that|in|for|om|about|on|med|with|etter|after|da|when)(?![\w-])|,)",
                after, re.IGNORECASE):  # (not "sier TIL-trener Svein Arne Hætta")
        return None, _outlet_after(after)
    after = re.sub(r"^\s*(?:blant\s+annet|blant\s+andre|bl\.a\.|among\s+others)\s+", " ", after)
    # "Selv mener han et nyvalg er …" inverts; English does not: "said he intended" reports what he intended
    pronoun = re.match(r"\s*(han|hun|ho|de|dei)\s+(?=[a-zæøå«])", after)
    if pronoun and not source and not CONTENT_CLAUSE.match(after):
        return pronoun.group(1), _outlet_after(after[pronoun.end():])  # "Selv mener han et nyvalg er …"
    titled = re.match(r"\s*(" + TITLED_NAME.pattern + r")\b", after)
    if titled and not source:  # "kunngjorde Det hvite hus at": a capital "Det" inside a sentence starts a name
        return titled.group(1), None
    if not source and not trailing and re.match(r"\s*(?:en|et|ei|a|an)\s+[a-zæøå-]+\s+[A-ZÆØÅ]", after):
        return None, None  # "varslet en mann Gjesdal brannstasjon": an unnamed subject, then whom he told
    text = _leading_np(after.strip())
    text = re.sub(r"^([a-zæøå]{5,}(?:en|et))\s+(?:i\s+dag|i\s+går|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
                  r"(?:\s+(?:morgen|formiddag|ettermiddag|kveld))?$", r"\1", text)  # "dramatikeren onsdag kveld"
    if source and len(text.split()) > 1 and text.split()[0].islower() and text.split()[1] in FINITE:
        text = text.split()[0]  # "ifølge pilegrimsgården er hun …": a finite verb ends the noun phrase
    if not source and not trailing and re.fullmatch(r"[A-ZÆØÅ][\w-]+s\s+[a-zæøå]+", text):
        return None, None  # "krevde Sahins avgang": whose departure, not who demanded it ("…, opplyser Statens
        # vegvesen." closes a sentence: the body)
    if not source and len(text.split()) > 1 and text.split()[0].islower() and \
            text.split()[1] in ("dersom", "hvis", "viss", "fordi", "når", "mens", "etter", "før"):
        return None, None  # "varsler streik dersom Helse Bergen …": what is announced, then a condition
    if not source and len(text.split()) > 1 and re.fullmatch(r"[a-zæøå]{3,}(?:en|et|ene|a)", text.split()[0]) and \
            text.split()[1] in FINITE:
        return None, None  # "men mener senteret vil styrke Moss": what is meant, a clause of its own
    known = _known_outlet(text)
    if known and not re.match(r"(?:avisen|avisa|the|kanalen|nyhetsbyrået)\s", text, re.IGNORECASE):
        return known, None
    rest = after.strip()[len(text):]
    if not source and re.match(r"\s*(?:å|om\s+(?:ikke\s+|ikkje\s+)?å|til\s+å|to)\s", rest):
        return None, None  # "anbefaler Hennessey å lese seg opp", "ber Solberg om å": whom it asks, not who asks
    following = rest.strip().split(" ", 1)[0].lower().strip(".,;:!?")
    if source and re.fullmatch(r"[A-ZÆØÅ][\w-]{3,}s|[a-zæøå]{4,}(?:ets|ens)|[A-ZÆØÅ][\w-]+\s+[a-zæøå]{4,}s", text) and \
            following[:1].isalpha() and following.islower() and following not in PREPOSITIONS:
        text = text[:-1]  # "ifølge Politikens opplysninger", "ifølge politiets rekonstruksjon", "Statens vegvesens analyser"
    if not source and text and text.islower() and following[:1].isalpha() and \
            following not in PREPOSITIONS | {"selv", "også", "ifølge", "according", "overfor"} and \
            not (following in AFTER_SPEAKER and (trailing and _describes_speaker(text.lower()) or
                                                 re.fullmatch(r"[a-zæøå]{5,}(?:en|et)", text))):
        return None, None  # "mener partiet klarte …": a common noun followed by a verb starts a clause
        # (not "skrev dramatikeren onsdag kveld at": a time after the noun)
    outlet = _outlet_after(rest)
    text = re.sub(r",\s*(?:som|who|whose|der|which)\b.*$", "", text).strip(" ,")
    return (text or None), outlet


FINITE = {"er", "var", "har", "hadde", "skal", "vil", "kan", "ble", "blir", "må", "skulle", "ville", "kunne",
          "is", "was", "has", "had", "will", "would"}
NOT_OWNED = frozenset(PREPOSITIONS | FINITE | _CUE_WORDS)  # words after a name in -s that show it is no genitive
# surnames that end in s and are no genitive whatever follows ("Halsnes", "Svinsås", "Aas", "Nyhus")
SURNAME_ENDINGS_IN_S = ("nes", "ås", "aas", "hus", "ss")


# "Gov. Catherine Morales", "Sen. Ann Lowe": an English title's full stop ends no sentence
TITLE_ABBREVIATIONS = ("Gov", "Sen", "Rep", "Lt", "Col", "Gen", "Sgt", "Capt", "Cmdr", "Dr", "Prof", "Mr", "Mrs", "Ms")
ABBREVIATED_TITLES = "".join(rf"(?<!\b{t})" for t in TITLE_ABBREVIATIONS)


# "Maarten van der Kolk", "Ana de la Cruz": the lowercase words inside a name, before its capitalised last part
NAME_PARTICLES = re.compile(r"(?:van|von|de|del|della|der|den|di|da|du|la|le|ter|ten|bin|ibn|al)"
                            r"(?:\s+(?:der|den|de|la|le|los|las))?\s+[A-ZÆØÅ]")


def _leading_np(text: str) -> str:
    """Role words, then a name with its "i LO" / "for YS Privat" / ", Vegard Einan" parts; stops at a verb."""
    text = re.split(rf"(?<!\b[A-ZÆØÅ]){ABBREVIATED_TITLES}[.;:!?](?![a-zæøå])", text, maxsplit=1)[0]  # "RBK.no" goes on
    tokens = text.split()
    kept: list[str] = []
    seen_name = took_appositive = False
    lower_run = 0  # lowercase words in a row: a role is short, a clause is not
    for i, token in enumerate(tokens):
        word = token.strip(",")
        if re.fullmatch(r"\d{1,2}\.|\d{4}", word) and not seen_name:
            break  # "ifølge russiske myndigheter 29. desember": a date, not part of the source
        capital = bool(re.match(r"[A-ZÆØÅÄÖÉÁÍÓÚÜÞÐ]|i[A-ZÆØÅ]", word) or (seen_name and word[:1].isdigit()))  # "TV 2", "iFinnmark"
        if i == 0 and capital and len(tokens) > 1 and ROLE_START.match(tokens[1].lower()) and \
                word.lower() not in FIRST_NAMES and tokens[1][:1].islower():
            capital = False  # "Administrerende direktør Line Ødegård": a role opening the sentence, not a name
        lower_run = 0 if capital else lower_run + (not word[:1].isdigit())
        if kept and kept[-1] in ("og", "eller", "and") and word.lower() in ROLE_ADJECTIVES:
            kept.append(token)  # "kaptein og tidligere LSK-spiller …"
            continue
        role_next = next((t for t in tokens[i + 1:i + 3] if t.lower() not in ROLE_ADJECTIVES), "")
        if kept and word in ("og", "eller", "and") and (kept[-1].endswith("-") or (
                ROLE_START.match(kept[-1].lower()) and (ROLE_START.match(role_next.lower()) or
                                                          role_next.lower() in COORDINATED_ROLES))):
            kept.append(token)  # "arbeids- og sosialminister", "advokat og politiker Kevin Yam": one role
            continue
        if not seen_name and word in ("og", "and") and _office_goes_on(kept, tokens[i + 1:i + 4]):
            kept.append(token)
            continue
        if len(kept) >= 2 and kept[-1] in ("og", "eller") and kept[-2].endswith("-"):
            kept.append(token)  # "Klima- og miljødepartementet": the compound ends the name
            continue
        genitive_role = kept and kept[-1].endswith("s") and bool(ROLE_START.match(word.lower()))
        if kept and not capital and not seen_name and word.lower() not in PREPOSITIONS and not genitive_role and \
                not kept[-1].endswith(",") and _describes_speaker(kept[-1].strip(",").lower()) and \
                not ROLE_START.match(word.lower()):  # "påtaleansvarlig politiadvokat X": one role
            break  # "politiet ble …": the description is the speaker, the verb starts the clause
        particle = seen_name and not kept[-1].endswith(",") and bool(NAME_PARTICLES.match(" ".join(tokens[i:i + 3])))
        if capital or particle or (word.lower() in ("i", "for", "ved", "in", "of", "fra", "the", "og", "and")
                                   and i + 1 < len(tokens) and re.match(r"[A-ZÆØÅ]", tokens[i + 1])):
            # a genitive ("Spesialenhetens avdeling") belongs to a role, not yet the speaker's name
            genitive = (word.endswith("s") or word.endswith(("’", "'"))) and i + 1 < len(tokens) and \
                tokens[i + 1][:1].islower() and \
                tokens[i + 1].strip(",") not in AFTER_SPEAKER  # "Dag Svinsås søndag": a name, then when
            seen_name = (seen_name or capital) and not genitive  # "Bane Nors prosjektleder …": not yet
        elif seen_name and INSTITUTION_AFTER.match(" " + word):
            pass  # "Øst politidistrikt", "Oslo tingrett": the institution word belongs to the name
        elif seen_name or lower_run > (7 if any(ROLE_START.match(k.lower()) for k in kept) else 4) or (
                word.lower() in PREPOSITIONS and not (
                word.lower() in ("for", "i", "ved", "of", "at", "in")  # "leder for …", "sjef i …"
                and kept and (ROLE_START.match(kept[-1].lower()) or kept[-1].endswith("s"))
                and not (word == "at" and tokens[i + 1:i + 2] and tokens[i + 1][:1].islower()))):  # "rektor at det"
            break
        kept.append(token)
        if not token.endswith(","):
            continue
        if len(kept) == 1 and word.lower() in PRONOUNS:
            break  # "I tillegg, påpeker han, kan …": the pronoun is the whole speaker
        # ", advokat Halvor Hjelm-Hansen", ", Vegard Einan": up to two role words, then a full name, once
        appositive = bool(re.match(r"(?:[a-zæøå-]+\s+){0,2}[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)+,?(?:\s|$)",
                                   " ".join(tokens[i + 1:i + 6]) + " "))
        if seen_name and took_appositive:
            break  # "…, Maria Zakharova, Le Mesurier for …": the object follows the speaker
        if appositive and not took_appositive:
            seen_name, took_appositive = False, True  # the role and name after the comma are the speaker
        elif not (i + 1 < len(tokens) and re.match(r"[A-ZÆØÅ]", tokens[i + 1])):
            break  # "According to the union, more than …": the comma ends the source
    # "Statistisk sentralbyrå (SSB)": lowercase words before an acronym in brackets are part of the name
    named = re.match(r"((?:\s+[a-zæøå-]+){1,3})\s+\([A-ZÆØÅ]{2,6}\)", " " + " ".join(tokens[len(kept):]))
    if named and seen_name and not kept[-1].endswith(","):
        kept.append(named.group(1).strip())
    return " ".join(kept).strip(" ,")


def _office_goes_on(kept: list[str], following: list[str]) -> bool:
    """"direktør for økonomi og virksomhetsstyring Tone Helland": an office with a "for" part may have two parts
    joined by "og" before the name; "lederen og styreleder Ola Nordmann" are two people."""
    return bool(kept) and bool(ROLE_START.match(kept[0].lower())) and bool({"for", "of"} & set(kept)) and \
        bool(re.match(r"(?:[a-zæøå-]+\s+){1,2}[A-ZÆØÅ]", " ".join(following)))


def _only_subject(before: str) -> bool:
    """The words before an opinion's verb are its subject and nothing else ("Rita Ottervik (Ap)", "Det syriske
    regimet og Russland"): in "Hvis regjeringen er så bekymret" or "Jeg trodde Ap var positiv" nobody states a view."""
    words = re.sub(r"\s*\([^)]*\)", "", before).strip().rstrip(",")  # "Hennes trener, Markus Cramer, forstår"
    words = re.sub(r",\s*som\s[^,]+,?$", "", words)  # "Tor Arne Strand, som driver jernvarehandelen, er uenig"
    parts = re.split(r"\s+og\s+", words)
    return bool(words) and all(_leading_np(part) == part or ARTICLE_NP.match(part) for part in parts)


def _fronted_adverbial(before: str) -> bool:
    """"Selv etter trippelt hattrick", "Kampen mot Honduras": a main clause's first part before its verb, not a
    condition ("Hvis …") or a clause of its own ("Jeg trodde …")."""
    words = before.split()
    return 0 < len(words) <= 6 and before.lstrip()[0].isupper() and "," not in before and \
        words[0].lower() not in SUBORDINATORS and " ".join(words[:2]).lower() not in SUBORDINATORS and \
        not any(w.lower() in PRONOUNS for w in words)


def _describes_speaker(word: str) -> bool:
    return (word in OUTLET_WORDS or word in COURT_PAPERS or word in PAPERS or word in ORG_WORDS
            or bool(INSTITUTION.search(word)) or bool(ROLE_START.match(word)))


def _outlet_after(after: str) -> str | None:
    til = re.match(r"\s*(?:til|to)\s+([^,.;:]+)", after)
    return _known_outlet(til.group(1)) if til else None


def _known_outlet(words: str) -> str | None:
    words = re.sub(r"^(?:avisen|avisa|the|kanalen|nyhetsbyrået)\s+", "", words.strip(), flags=re.IGNORECASE)
    known = OUTLET_AT_START.match(words)  # not "NRK-ekspert Fredrik Aukland"
    return known.group(1) if known else None


# "Megan Forsythe, a 29-year-old teacher from Aurora, Colorado, said": a name and what she is, not a clause
APPOSITIVE_OPENING = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*,\s+(?:a|an|the)\s")


# "Her hospital trust, Doncaster and Bassetlaw Teaching Hospitals, said", "…, its owner, Oslo-listed Brekke Tankers,
# said": what the speaker is to someone, then its name
OWNER_APPOSITION = re.compile(r"(?:^\s*|,\s+)(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,"
                              r"\s+(?:[A-Z][a-z]+-[a-z]+\s+)?((?:[A-Z][\w'’.&-]*\s+(?:and\s+|of\s+)?){0,5}[A-Z][\w'’.&-]*),\s*$")


def _subject_before(before: str) -> str | None:
    """The subject before a cue: from the last closing quote or sentence start, relative clauses dropped."""
    dateline = DATELINE.match(before)
    before = before[dateline.end():] if dateline else before  # "BEIJING/SEOUL — China on Thursday rejected"
    owner = OWNER_APPOSITION.search(before)
    if owner:
        return owner.group(1)
    if COUNTRYS_BODY.fullmatch(before.strip()):
        return before.strip()  # "Spain's agriculture and fisheries ministry said": the ministry, "and" and all
    before = re.sub(r",\s*med\s+.{2,60}?\s+i\s+spissen\s*,", "", before)  # "Opposisjonen, med Ap og SV i spissen,"
    # "Da helseminister Bent Høie foreslo å kutte …, var reaksjonene sterke": he proposed it
    before = re.sub(r"^\s*(?:Da|Når|Etter\s+at|Fordi|Mens|Selv\s+om|When|After|While|Because|Although)\s+"
                    r"(?=(?:[a-zæøå-]+\s+)?[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)*(?:\s+\([A-ZÆØÅ][\w]{0,5}\))?\s*(?:har\s+|hadde\s+|had\s+|has\s+)?$)",
                    "", before)
    # "Environmental group Zero Wake welcomed …": what the body is, then its name
    before = re.sub(r"^\s*[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:group|charity|organisation|organization|body)\s+(?=[A-Z])", "",
                    before)
    closing_pronoun = re.search(r",\s+(he|she|they|it|the\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+$", before)
    if closing_pronoun:  # "The years after the referendum were unsettling, he admits.": he, not the referendum
        return closing_pronoun.group(1)  # "…, the company said", "…, it said"
    closing = re.search(r",\s*(?:har|hadde|has|had)\s+(\S.{0,60}?)(?:\s+(?:tidligere|også|selv|nylig|earlier|also))?\s*$",
                        before)
    if closing and re.search(r"[A-ZÆØÅ]", closing.group(1)):  # "– …, har IAAF-president Sebastian Coe tidligere uttalt."
        return closing.group(1)
    # "In a statement, the company said", "On Monday the council said": an English sentence's fronted phrase
    before = re.sub(r"^\s*(?:(?:In|On|At|After|Before|During|Earlier|Later|Meanwhile|However|Separately|Last|This)\b"
                    r"[^,\"“”«»]{0,40},|(?:Speaking|Writing|Responding|Asked|Addressing|Commenting|Answering)\b"
                    r"[^,\"“”«»]{0,60},|(?:On|Last|This|Earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    r"Sunday|week|month|year)(?=\s+[a-z]))\s*(?=\S)", "", before)
    opened = re.sub(r"^(?:Men|Og|Så|But|And)\s+(?=\w)", "", before.strip())
    inverted = re.search(r"^(?:\w+\s+)(?:[\wæøå-]+\s+){0,6}?(?:har|hadde|has|had)\s+((?:[A-ZÆØÅ][\w-]*\s*){1,4}|"
                         r"[a-zæøå]{3,}(?:et|en|ene)\s*)$", opened + " ")
    if inverted and opened.split()[0].capitalize() in ADVERBIAL_START:
        return inverted.group(1).strip()  # "I et lydopptak har Zuckerberg sagt at …", "Men senere har politiet sagt"
    as_said = re.match(r"(?:Som|Slik|As)\s+(\S.*?)(?:\s+(?:tidligere|også|selv|nylig|earlier|also))?"
                       r"(?:\s+(?:har|hadde|has|had))?\s*$", before.strip())
    if as_said:  # "Som Dagsavisen tidligere har skrevet, …": the source of what follows
        before = as_said.group(1)
    before = re.sub(r"^\s*(?:Men|Og|Så|But|And)\s+(?=[a-zæøåA-ZÆØÅ])", "", before)  # a conjunction opening the sentence
    before = re.sub(r"^\s*(?:Også|Både|Heller\s+ikke)\s+(?=\w+\s+[A-ZÆØÅ]|[A-ZÆØÅ])", "", before)
    fronted = re.match(r"(?:Dette|Det|Det samme)\s+(?:har|hadde)\s+(\S.*?)\s*$", before.strip())
    if fronted:  # "Dette har RSL sagt": the object first, the speaker after the auxiliary
        return fronted.group(1)
    named = RELATIVE_NAME.search(before)
    if named:  # "Høyres Erlend Svardal Bøe, som viser til at …": the person named before the comma
        return named.group(1)
    relative = re.search(r"\b(?:som|which|that|noe|hvilket)\s+(han|hun|de|he|she|they)"
                         r"(?:\s+(?:selv|også|tidligere|himself|herself|themselves))?\s*$", before)
    if relative:  # "en granskning av sammenstøtene, som hun sier har ført til skader": she says
        return relative.group(1)
    relative = re.search(r"\b(?:which|that)\s+(the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s*$", before)
    if relative:  # "The plan, which the government said would cost …": the government said it
        return relative.group(1)
    cleft = re.search(r"(?:^|[.!?]\s+)(?:Det|It)\s+(?:var|er|was|is)\s+(.{3,60}?)\s+(?:som|who|that)\s+(?:\w+\s+){0,3}$",
                      before)
    if cleft:  # "Det var myndighetene i Moskva som tidligere lørdag opplyste"
        return cleft.group(1)
    text = re.sub(r",\s*(?:som|who|whose|der|which)\b(?:[^,]|(?<=\d),(?=\d))*,", "", before)
    boundary = max(text.rfind("»"), text.rfind("”"), text.rfind('"'))
    text = text[boundary + 1:] if boundary >= 0 else text
    text = DASH.sub("", text.strip(" ,"))
    after_clause = re.fullmatch(r"(.*[a-z].*),\s+((?:the|a|an)\s+[^,]{2,60}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}|"
                                r"[A-Z][\w.-]*['’]s\s+[a-z][^,]{2,40})", text)  # "…, Norway's foreign minister said"
    if after_clause and len(after_clause.group(1).split()) >= 4 and (re.search(
            r"\b(?:was|were|is|are|has|had|have|will|would|could|should|can|did|does|do|been|be|\w+ed)\b",
            after_clause.group(1)) or _long_clause(after_clause.group(1))) and \
            not re.search(
            r"\b(?:was|were|is|are|has|had|have|will|would|did|does|who|which)\b", after_clause.group(2)):
        return after_clause.group(2)  # "Dredging was halted on Tuesday, the port authority said": who comes last
    if re.search(r"\b(?:men|og|and|but)\s*$", text):
        # "Al-Hassan gir … skylden og sier …": the sentence's subject goes on speaking
        if _has_cue(before):
            return None  # "…, familien sier … og avviser …": the speaker of the cue before goes on
        lead = _leading_np(DASH.sub("", before.strip()))
        if lead and lead.split()[0] in ADVERBIAL_START:  # "To dager før finalen har låtskriveren X gått ut … og
            auxiliary = re.search(r"\s(?:har|hadde|has|had)\s+(?=(?:[a-zæøå-]+\s+)?[A-ZÆØÅ])", before)  # påstått"
            lead = _leading_np(before[auxiliary.end():]) if auxiliary else None
        return lead if lead and lead.split()[0] not in ADVERBIAL_START and _speaker_like(lead) else None
    parts = CUE_RE.split(text)
    if len(parts) > 1 and parts[-1].strip():  # "Solberg sier hun mener": the subject of the last cue
        text = re.split(r"\b(?:at|that)\s+", parts[-1])[-1].strip(" ,")
    elif re.search(r"\b(?:er|var)\s+(?:[a-zæøå]+\s+){0,2}at\s+\S", text):
        # "Bakgrunnen er at innenriksminister X varslet", "Det er fast praksis at regjeringen ikke kommenterer"
        text = re.split(r"\b(?:er|var)\s+(?:[a-zæøå]+\s+){0,2}at\s+", text)[-1]
    text = re.split(r",\s*(?:samtidig\s+som|mens|men|og|fordi|når|da|etter\s+at|noe|hvilket|while|but|and|because|when|after)\s+|"
                    r"(?:^|\s)(?<![Vv]an\s)(?<![Vv]on\s)(?:da|når|fordi|mens|etter\s+at|samtidig\s+som|dersom|hvis|der|hvor|slik|"
                    r"when|because|while)\s+(?=\S)",  # (not "Maarten van der Kolk")
                    text)[-1]
    text = re.sub(r"^(han|hun|de|he|she|they)\s+(?:til|to|på|i|on|in|via)\s+(?:[A-ZÆØÅ][\w-]*\s*){1,3}$", r"\1",
                  text.strip())  # "han til VG sa", "han på Twitter truet": where, not who
    clauses = re.split(r"\s+og\s+", text)
    if len(clauses) > 1 and len(clauses[-1].split()) <= 4 and _speaker_like(clauses[-1]) and \
            re.search(r"\b(?:har|hadde|er|var|skal|vil|kan|ble)\b", clauses[-2]):
        text = clauses[-1]  # "Meteorologisk institutt har sendt ut farevarsel og politiet ber …": the police
    text = re.sub(r"\s+(?:har|hadde|har\s+også|has|had|have|will|would|also|også|ikke|ikkje|not|skal|vil|kan|"
                  r"did|does|do|had)\b.*$", "", text)
    text = re.sub(r"\s+(?:i\s+dag|i\s+går|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:\s+(?:morgen|"
                  r"formiddag|ettermiddag|kveld))?$", "", text)  # "sentralbanken onsdag kveld varslet"
    text = re.sub(r"\s+(?:tidligere\s+)?i\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|"
                  r"november|desember|fjor|helgen|morges|kveld)$|\s+for\s+\S+\s+\S+\s+siden$", "", text)
    # "… tidligere i august varslet", "ledelsen for to uker siden varslet"
    text = re.sub(r"\s+(?:gjentatte|flere|mange)\s+ganger$|\s+(?:tidligere|selv|lenge|alltid|aldri|nå|også|"
                  r"blant\s+annet|i\s+dag|i\s+går)$", "", text)  # "iranske myndigheter gjentatte ganger har …"
    if _starts_with_pronoun(text) and len(text.split()) > 1:
        return None  # "hun ønsker gjenvalg, …": a clause, not the subject of this cue
    if re.search(r"\b(?:og|and)\s*$", text):
        return None  # "X er kritiske til Y og har anklaget …": the subject is further back
    if re.match(r"(?:som|who)\b", text):  # "En masterstudent som avisa har snakket med, og som ikke vil …, forteller"
        unnamed = UNNAMED_PERSON.match(before.strip())
        return re.split(r"\s+(?:som|who)\s", unnamed.group(0))[0] if unnamed else None
    appositive = re.fullmatch(r"((?:(?:Dr|Prof|Sir|Dame|Mr|Mrs|Ms)\.?\s+)?[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*){1,3}),"
                              r"\s+(?:a|an|the|en|et|ei)\s+[^,]+", text)
    if appositive:  # "Dr Imran Siddiqui, a consultant in emergency medicine and vice-president of …": the name
        return appositive.group(1)
    words = text.split()
    unnamed = UNNAMED_PERSON.fullmatch(text) if len(words) > 6 else None
    if unnamed and re.search(r"\s(?:som|who)\s", text):  # "En 34 år gammel kvinne som satt på en kafé …, forteller"
        return re.split(r"\s+(?:som|who)\s", text)[0]
    if not words or len(words) > 14:
        return None
    return text


def _long_clause(text: str) -> bool:
    """"Her daughter lives in Aberdeen and phones every Sunday": a clause of its own even with no auxiliary (not a
    name and what they are: "Megan Forsythe, a teacher from Aurora", "Forskningssjef X fra Y-instituttet")."""
    return len(text.split()) >= 6 and len(re.findall(r"(?<!\S)[a-zæøå][\w'’-]*", text)) >= 4 and \
        not APPOSITIVE_OPENING.match(text)


def _starts_with_pronoun(text: str) -> bool:
    """"hun mener", not "De Lanlays agent" (a name) nor "De hvite hjelmene" (an organisation)."""
    words = text.split()
    return bool(words) and words[0].lower() in PRONOUNS and not (len(words) > 1 and words[1][:1].isupper()) \
        and not ARTICLE_NP.match(text)


def _speaker_like(mention: str) -> bool:
    """After an inverted cue, is this a speaker rather than the object ("kaller oppslaget …")?"""
    words = mention.split()
    if len(words) > 1 and words[0].islower() and words[0].endswith("s"):
        words = words[1:]  # "mannens advokat …"
    first = words[0]
    lower = mention.lower()
    # the noun phrase has no preposition in it (see _leading_np), so a name in it is the speaker's
    capitalised = any(re.match(r"[A-ZÆØÅ]", w) and w not in NOT_NAMES for w in words)
    titled = bool(TITLED_NAME.fullmatch(mention))  # "Det hvite hus"
    return (first.lower() in PRONOUNS or bool(ARTICLE_NP.match(mention)) or capitalised or titled or lower in OUTLET_WORDS
            or lower in COURT_PAPERS
            or lower in ORG_WORDS or bool(ROLE_START.match(lower)) or bool(INSTITUTION.search(lower.split()[-1]))
            or bool(AGE_DESCRIPTION.match(lower)) or bool(DEMONYM.match(lower)) or bool(ENGLISH_DEMONYM.match(lower))
            or bool(INDEFINITE_AGE.match(lower)) or lower in FAMILY or lower in PANELS)


def _resolve(mention: str, position: int, state: _ArticleState, text: str, offset: int) -> _Resolved:
    """Map the speaker words to an entity: pronoun, description, institution or name."""
    mention = re.sub(r"\s+(?:sin|sitt|sine)\s+\S+$", "", mention.strip(" ,."))  # "Politiet sin twitterkonto"
    mention = re.sub(r"^(?:og|men|and|but|at)\s+(?=\S)", "", mention, flags=re.IGNORECASE)  # "…, og politiet vil ikke …"
    mention = PLATFORM_AFTER.sub("", mention)  # "organisasjonen på Twitter": the channel, not the speaker
    mention = re.sub(r"^[a-zæøå]{3,}(?:en|et|a),\s+(?=[A-ZÆØÅ][^,]*$)", "", mention)  # "eieren, Grenland Media": the name
    board = BOARD_OF.fullmatch(mention)
    if board:  # "Styret i Håpsbrua skriver": that board, not "Styret" alone
        return _Resolved(state.add(mention, "organisation", position), mention)
    mention = re.sub(r"^(?:En|Ei|Ett?|One)\s+av\s+(?:dem|dei|disse|desse|them|those|[a-zæøå]{3,}(?:ne|na)|the\s+\w+)"
                     r"\s*,\s*(?=\S)", "", mention)
    # "En av dem, en 23 år gammel økonomistudent, sier": the appositive says who
    appositive = re.match(r"([A-Z][\w.-]*)['’]s\s+[a-z][^,]*(,\s+the\s+[^,]*)$", mention)
    if appositive and entities.is_country(appositive.group(1)):
        mention = mention[:appositive.start(2)]  # "Norway's fund, the world's largest": the fund
    if COUNTRYS_BODY.fullmatch(mention):  # "South Korea's foreign ministry said": the ministry, not the country
        return _Resolved(state.add(mention, "organisation", position), mention)
    owner = re.fullmatch(r"([A-Z][\w.-]*)['’]s\s+[a-z][^,]*", mention)
    if owner and entities.is_country(owner.group(1)):
        return _Resolved(None, mention)  # "Norway's sovereign wealth fund reported": a body we cannot name, not Norway
    # "ifølge Politikens opplysninger": the paper, not its information
    mention = OWNERS_DOCUMENT.sub(r"\1", mention)
    mention = re.sub(r"\s*\([A-ZÆØÅ][A-Za-zæøå]{0,4}\)(?=,|$)", "", mention)  # "Ingeborg Briseid Kraft (V)": the party
    if _starts_with_pronoun(mention):
        mention = mention.split()[0]
    # "27-åringen fra Lillehammer", "skiskytteren fra Lillehammer": where the person comes from, not who speaks
    mention = re.sub(r"^((?:[Dd]en\s+)?\S*(?:åringen|\d+-year-old|[a-zæøå]{3,}(?:en|eren|aren))),?\s+(?:fra|frå|på|from)\s+"
                     r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*$", r"\1", mention)
    lower = mention.lower()
    if lower in PRONOUNS:
        return _resolve_pronoun(mention, position, state, text, offset)
    if lower == "it":  # "Vestal will close the smelter, the company said. … a charge, it said": the body that spoke
        last = state.last_speaker
        speaking = last[1] if last and last[0] >= position - 1 and state.kind(last[1]) == "organisation" else None
        here = [n for p, n in state.recent if p == position and state.kind(n) == "organisation" and n in text[:offset]
                and n not in state.located and not entities.is_country(n)]  # "listed in Oslo": a place
        current = state.speaking[-1] if state.speaking and state.kind(state.speaking[-1]) == "organisation" else None
        return _Resolved(current or (here[-1] if here else speaking), mention)  # "Skarvik Shipping has ordered …, it said"
    if re.match(r"[A-ZÆØÅa-zæøå][a-zæøå]{3,}(?:ar|arar|er|ere|ane|ene|erne|arne)\s+(?:(?:i|på)\s+[a-zæøå]+(?:\s+[a-zæøå]+)*"
                r"\s+)?(?:i|på|fra|frå)\s+[A-ZÆØÅ]", mention) and \
            mention.split()[0] not in state.name_words and mention.split()[0].lower() not in FIRST_NAMES and \
            not ROLE_START.match(mention.split()[0].lower()) and "," not in mention and \
            not INSTITUTION.search(mention.split()[0].lower()):  # "Myndighetene i Moskva" is a body
        return _Resolved(None, mention)  # "Fiskarar i Vesterålen er uroa": a crowd from a place, not the place
    defendant = DEFENDANT.fullmatch(lower)
    if defendant and len(state.unnamed_ages) == 1:  # "Tiltalte forklarte seg": the 45-year-old the story never names
        age = next(iter(state.unnamed_ages))
        return _by_age(f"{age}-year-old" if lower.startswith("the ") else f"{age}-åringen", position, state) \
            or _Resolved(None, mention)
    gender = GENDERED_DEFINITE.get(lower)
    ages = [age for age, g in state.unnamed_ages.items() if g == gender] if gender else []
    if len(ages) == 1:  # "En 34 år gammel kvinne … så hendelsen. – …, sier kvinnen": the one unnamed woman
        return _by_age(f"{ages[0]}-year-old" if lower.startswith("the ") else f"{ages[0]}-åringen", position, state) \
            or _Resolved(None, mention)
    spokesperson = SPOKESPERSON.fullmatch(mention)
    if spokesperson and not re.search(r"[A-ZÆØÅ]", mention[1:]):  # "a department spokesperson", not "…, Maria Zakharova"
        noun = (spokesperson.group(2) or spokesperson.group(1) or "").lower().split()
        english = mention.split()[0].lower() in ("a", "an", "the")
        named = _organisation_named_with(noun[-1], english, position, state) if noun else None
        unnamed = f"The {noun[-1]}" if english and noun and noun[-1] in PUBLIC_NOUNS else None  # "a government spokesperson"
        return _Resolved(named or unnamed or (None if noun else _body_speaking(position, state)), mention)
    owned = re.fullmatch(r"[A-ZÆØÅ][\w-]*s\s+[a-zæøå][\wæøå-]+", (spokesperson.group(2) or "").strip()) \
        if spokesperson else None
    if owned:  # "En talsperson for USAs handelsrepresentant sier": that office, not "USAs"
        return _Resolved(state.add(owned.group(0), "organisation", position), mention)
    body_spokesperson = NAMED_BODY_SPOKESPERSON.fullmatch(mention)
    if body_spokesperson:  # "A Department of Health and Social Care spokesperson said": the department
        return _Resolved(state.add(body_spokesperson.group(1), "organisation", position), mention)
    introduced = UNNAMED_AGE.match(mention)
    if introduced:  # "En 19 år gammel gutt fra Bergen, som vil være anonym, forteller": the 19-year-old, not Bergen
        age, english = introduced.group(1) or introduced.group(4), "year-old" in introduced.group(0)
        return _by_age(f"{age}-year-old" if english else f"{age}-åringen", position, state) or _Resolved(None, mention)
    indefinite = re.match(r"(?:En|Et|Ei|A|An|Noen|Some)\s+([a-zæøå-]+)", mention)
    if indefinite and not ROLE_START.match(indefinite.group(1)):
        return _Resolved(None, mention)  # "Et rødt flagg … på Apia": a thing, not the place in it
    if mention in OUTLETS:  # "TV 2": the name pattern would stop at the number
        return _Resolved(state.add(mention, "outlet", position), mention)
    official = _official_name(mention, text, offset)
    if official:  # "Ifølge Statistisk sentralbyrå", not a person "Statistisk"
        return _Resolved(state.add(official, "organisation", position), mention)
    firm = FIRM.search(mention)
    if firm:  # "Advokatfirmaet Lipcon, Margulies, Alinsa & Winkleman": one firm
        return _Resolved(state.add(firm.group(0), "organisation", position), mention)
    body = GENITIVE_BODY.match(mention) or DOCUMENT_COMPOUND.fullmatch(mention)
    if body:  # "FNs klimapanel"; "UNCTAD-rapporten spår at …": the body that wrote it
        name = body.group(1) if body.re is DOCUMENT_COMPOUND else body.group(0)
        return _Resolved(state.add(name, "organisation", position), mention)
    acronym_body = re.fullmatch(r"[A-ZÆØÅ]{2,6}-([a-zæøå]{3,}(?:et|en))", mention)
    if acronym_body and not ROLE_START.match(acronym_body.group(1)) and not AGE_DESCRIPTION.match(mention.lower()):
        return _Resolved(state.add(mention, "organisation", position), mention)  # "FA-panelet", "EU-kommisjonen"
    if PARLIAMENT.fullmatch(mention):  # "Sametinget kaller beslutningen …": a name, not a definite noun
        return _Resolved(state.add(mention, "organisation", position), mention)
    described = _resolve_description(mention, position, state, text[:offset] if text else None)
    if described is not None:
        return described
    at = text.find(mention)
    if TITLED_NAME.fullmatch(mention) and at > 0 and \
            re.search(r"[a-zæøå,]\s*$", text[:at]):  # "kunngjorde Det hvite hus": a capital "Det" mid-sentence
        return _Resolved(state.add(mention, "organisation", position), mention)
    of = re.match(r"(?:the|a|an)\s+([a-z]+)\s+of\s+", lower)
    if of and not _describes_speaker(of.group(1)) and not re.search(rf"{NAME_TOKEN}\s+{NAME_TOKEN}\s*,?$", mention):
        return _Resolved(None, mention)  # "the developer of the Skerry Bank wind farm": not Skerry Bank itself
    owned = _owner_and_role(mention)
    if owned and not state.is_person(owned[0]):
        holder = state.with_role(owned[1])  # "Ukrainas energiminister": the one named so, or the role itself
        return _Resolved(holder or _owned_role(mention, position, state), mention)
    names = [(m.group(0), m.start()) for m in NAME.finditer(mention)]
    cleaned = []
    for raw, start in names:
        name, kind = _clean_name(raw, mention, start)
        body = INSTITUTION_AFTER.match(mention[start + len(raw):])
        if name and body and raw.endswith(name):
            name, kind = f"{name} {body.group(1)}", "organisation"  # "Øst politidistrikt", not a person "Øst"
        if name:
            cleaned.append((name, kind))
    head = re.split(r"\s+(?:i|på|in|ved|at)\s+", lower)[0]  # "myndighetene i Moskva", "politiet i Oslo"
    first_person = bool(names) and names[0][1] == 0 and state.is_person(names[0][0])
    # (not "Nå frykter kommuneoverlegen" in a lead: a role, named further down)
    institution = INSTITUTION.search(head.split()[-1]) and not (position <= 1 and re.fullmatch(r"[a-zæøå]+legen", lower)) \
        or (INSTITUTION.search(lower.split()[-1]) and not first_person
            and not ROLE_START.match(head.split()[-1]))  # "Legen ved sykehuset"
    if institution and len(mention.split()) <= 6 and \
            not any(" " in n and k == "person" for n, k in cleaned):
        body = re.sub(r"^Oppdatert\s+(?:kl\.?\s*)?[\d.:]+:?\s+", "", mention)  # a live story's time stamp
        while len(body.split()) > 1 and body.split()[0] in ADVERBIAL_START:
            body = body.split(" ", 1)[1]  # "Imidlertid barnevernet"
        return _Resolved(state.add(body[0].upper() + body[1:], "organisation", position), mention)
    held = _role_held_at(mention, head, state)
    if held is not None:
        return held
    first = names[0][0] if names and names[0][1] == 0 and " " not in names[0][0] else None
    if first and cleaned and cleaned[0][0] != first and state.kind(state.canonical(first, "person")) == "person":
        cleaned.insert(0, (first, "person"))  # "Haukaas ved Veterinærinstituttet": the known person, not his institute
    opening = mention.split()[0]
    if ENGLISH_CROWD.fullmatch(opening) and opening not in INSTITUTIONAL_PLURALS | state.name_words and \
            opening.lower() not in FIRST_NAMES and state.canonical(opening, "person") not in state.entities:
        return _Resolved(None, mention)  # "Residents of the Lincolnshire market town of Stallingford say"
    crowd = UNNAMED_PLURAL.fullmatch(mention)
    if crowd and not INSTITUTION.search(mention) and not (set(mention.split()) & (state.name_words | set(state.entities))) \
            and mention.split()[0].lower() not in FIRST_NAMES:
        return _Resolved(None, mention)  # "Foreldre forteller", "Environmental campaigners said": nobody named
    if not cleaned and names:  # one capitalised word at the start: a surname, or a name known in the article
        raw = names[0][0]
        titled = raw.split()
        if len(titled) == 2 and ROLE_START.match(titled[0].lower()) and \
                state.kind(state.canonical(titled[1], "person")) == "person":
            raw = titled[1]  # "Forsvarer Bø sier": a short surname of someone named in full, after the role
        if ROLE_START.match(raw.lower()) or ROLE_START.fullmatch(raw.lower()[:-1]):
            return _Resolved(None, mention)  # "Arbeidsministeren", "Legen" whose name the article has not given
        known = state.canonical(raw, "person")
        body = re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{2,}(?:organisasjonen|forbundet|foreningen|laget|tilsynet|direktoratet|"
                            r"etaten|enheten)", raw)
        named_here = any(p == position and not (state.kind(n) == "person" and " " in n) and n.split()[0] in text[:offset]
                         for p, n in state.recent)  # "Ifølge Virke …. Hovedorganisasjonen opplyser": Virke again
        if known not in state.entities and body and not named_here:
            full = re.match(re.escape(raw) + r"(?:\s+for\s+[a-zæøå]+(?:\s+og\s+[a-zæøå]+)?)?", mention).group(0)
            return _Resolved(state.add(full, "organisation", position), mention)  # "Elevorganisasjonen reagerer"
        if known not in state.entities and INITIAL_NOUN.fullmatch(raw) and \
                not state.name_words & {raw, raw + "s", raw.rstrip("s")}:
            return _Resolved(None, mention)  # "Tallene viser at …": a noun opening the sentence, not a surname
        if known not in state.entities and re.search(r"(?:erne|ene|arane|arne)$", raw) and len(raw) >= 8 and \
                raw.lower() not in FIRST_NAMES and raw not in state.name_words:
            return _Resolved(None, mention)  # "Politikerne sier …": an unnamed crowd
        if raw not in NOT_NAMES and (len(mention.split()) == 1 or known in state.entities):
            cleaned = [(raw, "outlet" if raw in OUTLETS else "person")]
    if not cleaned:
        return _Resolved(None, mention)
    name, kind = _pick_name(mention, cleaned)
    role = mention[:mention.find(name.split()[0])].strip(" ,") or None
    if role and not (ROLE_START.match(role.split()[-1].lower()) or ROLE_START.match(role.split()[0].lower())):
        role = None  # "Preben" before "Aamann" is a first name, not a role ("pressesjef i Vy" is one)
    canonical = _by_title(mention, name, state.canonical(name, kind), state)
    known = state.entities.get(canonical)
    kind = known.kind if known else kind
    return _Resolved(state.add(canonical, kind, position, role=role, alias=name if name != canonical else None),
                     mention)


def _body_speaking(position: int, state: _ArticleState) -> str | None:
    """"Ashdown Living denied …" then "«…», a spokesperson said": the body that spoke in this paragraph or the one
    before speaks through its spokesperson."""
    if state.speaking:  # "Tyrkias utenriksdepartement avviser … En talsperson sier": the ministry
        return state.speaking[-1] if state.kind(state.speaking[-1]) == "organisation" else None
    last = state.last_speaker
    return last[1] if last and position - last[0] <= 1 and state.kind(last[1]) == "organisation" else None


def _official_name(mention: str, text: str, offset: int) -> str | None:
    """The whole official name the mention starts ("Vitenskapelig" of "Vitenskapelig råd for lakseforvaltning")."""
    at = text.find(mention, offset) if text and mention else -1
    for words in (text[at:] if at >= 0 else "", mention):
        match = OFFICIAL_NAME.match(words) or OFFICIAL_FOR.match(words)
        if match and not NAME.fullmatch(match.group(0)):
            return match.group(0)
        english = ENGLISH_BODY_OF.match(words)
        if english and re.search(r",|\sand\s", english.group(1)):  # "Department for Work" alone is a NAME
            return english.group(1)
    return None


def _role_held_at(mention: str, head: str, state: _ArticleState) -> _Resolved | None:
    """"Ordføreren i Bodø", "Den tidligere styrelederen i et av borettslagene på Torshov": the person with the
    role (named before, or nobody we can name), never the place it is held at. A name after the place is the
    person ("leder i Arbeiderpartiet Jonas Gahr Støre"); a body of two words may speak for its unnamed officer
    ("driftsansvarlig i Møre og Trøndelag Losoldermannskap")."""
    words = head.split()
    if head == mention.lower() or "," in mention or not words or re.search(r"[A-ZÆØÅ]", mention[1:len(head)]) \
            or re.search(r"[A-ZÆØÅ][\w-]*\s+[A-ZÆØÅ]", mention[len(head):]) \
            or not (ROLE_START.match(words[-1]) or ROLE_START.match(words[-1].split("-")[-1])):
        return None
    return _Resolved(state.with_role(words[-1].split("-")[-1]), mention)


def _by_title(mention: str, name: str, canonical: str, state: _ArticleState) -> str:
    """"Mrs Pask" in a story about Gary and Eileen Pask is Eileen: the one of that surname the title fits."""
    title = re.match(r"(\w+)\.?\s+", mention) if " " not in name else None
    if title and not (mention.startswith(name, title.end()) and not WORD.match(mention, title.end() + len(name))):
        title = None  # the word before is not a title of this name
    gender = TITLE_GENDER.get(title.group(1).lower()) if title else None
    return (_namesake(canonical, gender, state) or canonical) if gender else canonical


def _resolve_description(mention: str, position: int, state: _ArticleState, read: str | None = None) -> _Resolved | None:
    """"Avisen" = the outlet named before, "selskapet" = the organisation, "paven" = the person with that role."""
    lower = mention.lower()
    if lower in ORG_WORDS:
        return _Resolved(_organisation_called(lower, position, state, read), mention)
    if lower in PANELS:  # "skriv juryen": the jury named before ("juryen for Brageprisen"), else the jury itself
        found = _by_definite_noun(lower, position, state, read)
        return found if found and found.speaker else _Resolved(state.add(lower, "organisation", position), mention)
    if lower in FAMILY:  # "Det bekrefter familien i en pressemelding": the family the story is about
        return _Resolved(state.add(lower, "person", position), mention)
    if re.fullmatch(r"den\s+(?:tidligere\s+|tidlegare\s+)?(?:ansatte|tilsette)", lower):
        return _Resolved(state.add(lower, "person", position), mention)  # "seier den tilsette": the unnamed employee
    public = PUBLIC_BODY_DESCRIPTION.fullmatch(lower)
    if public:  # "the disaster agency said", "the interior ministry": that body, named before or not
        named = _organisation_named_with(public.group(1), True, position, state)
        described = re.sub(r"(?i)^the\s+country['’]s\s+", "the ", mention)  # "the country's disaster agency"
        return _Resolved(named or described[0].upper() + described[1:], mention)
    words = re.fullmatch(r"the\s+([a-z]{4,})\s+([a-z]{4,})", lower)
    named = next((n for p, n in reversed(state.recent) if p <= position and state.kind(n) == "organisation" and
                  {words.group(1), words.group(2)} <= set(n.lower().split())), None) if words else None
    if named:  # "the hurricane center said": the National Hurricane Center named before
        return _Resolved(named, mention)
    english_role = re.fullmatch(r"the\s+(?:[a-z-]+\s+){0,2}([a-z-]+)", lower)
    if english_role and (ROLE_START.match(english_role.group(1)) or english_role.group(1) in ENGLISH_ROLES):
        who = state.with_role(english_role.group(1))  # "The minister added", "the chief executive said": the one named
        if who:
            return _Resolved(who, mention)
    lower = re.sub(r"^(?:den|the)\s+(?:[a-zæøå]+e\s+)?(?=[a-zæøå]+(?:en|n)$)", "", lower)  # "den sinte sørkoreaneren"
    if INDEFINITE_AGE.match(lower):  # not the person in focus: someone new, known only if the age is unique
        return _by_age(lower, position, state) or _Resolved(None, mention)
    by_age = _by_age(lower, position, state) if AGE_DESCRIPTION.match(lower) else None
    if by_age:
        return by_age
    if AGE_DESCRIPTION.match(lower) or DEMONYM.match(lower) or ENGLISH_DEMONYM.match(lower):  # "den 18 år gamle spissjuvelen", "25-åringen": the person in focus
        narration = read if read and not DASH.match(read) and not QUOTE_SPANS.search(read) else ""  # not quoted words
        here = {state.canonical(_without_function_words(m.group(0)), "person") for m in NAME.finditer(narration)}
        here = {n for n in here if n in state.entities and state.kind(n) == "person"}
        if len(here) == 1:  # "Svindal og resten av alpinistene besiktet løypa. Nordmannen varslet …": him
            return _Resolved(here.pop(), mention)
        before = None if narration else _narrated_person(position - 1, state)
        if before:  # "For Vinje var det første scoring.\n\n– Den var til faren, sa 20-åringen.": him
            return _Resolved(before, mention)
        if state.last_speaker and state.kind(state.last_speaker[1]) == "person":
            return _Resolved(state.last_speaker[1], mention)
        named = [n for p, n in reversed(state.recent) if p <= position and (" " in n or "-" in n)
                 and state.kind(n) == "person"]  # the person named most often so far; the latest on a tie
        focus = max(dict.fromkeys(named), key=named.count) if named else None
        return _Resolved(focus or state.last("person", position), mention)
    described = re.fullmatch(r"[Tt]he\s+(?:.+\s)?(?:[a-z][\w-]*|[\w-]+-based)\s([a-z]+)", mention)
    if described and f"the {described.group(1)}" in ORG_WORDS:  # "the Fremont, California-based company" (not
        # "the Premier League")
        return _resolve_description(f"the {described.group(1)}", position, state, read)
    if re.match(r"^(?:den|det|de|the)\s+[a-zæøå]", lower) and INSTITUTION.search(lower.split(" i ")[0]):
        return _Resolved(state.add(mention[0].upper() + mention[1:], "organisation", position), mention)
    if ARTICLE_NP.match(mention):  # "De hvite hjelmene" is a name; "Den tidligere Veireno-sjefen" a role
        head = lower.split()[-1]
        if head in OUTLET_WORDS or head in ORG_WORDS:  # "den svenske avisa": the paper named before
            return _Resolved(state.last("outlet" if head in OUTLET_WORDS else "organisation", position), mention)
        if ROLE_START.match(head) or ROLE_START.match(head.split("-")[-1]):
            who = state.with_role(head.split("-")[-1])
            return _Resolved(who, mention) if who else None
        if INSTITUTION.search(head) or head.endswith("ene") or ORG_NOUN.search(head):  # not "Den nye loven"
            return _Resolved(state.add(mention[0].upper() + mention[1:], "organisation", position), mention)
        return _Resolved(None, mention)
    if re.search(r"[A-ZÆØÅ]", re.sub(r"^[A-ZÆØÅ]{1,4}-", "", mention)[1:]):
        return None  # a name follows the description ("nettstedet Kampanje"): the name decides; "FN-rapportøren" is a role
    if lower in OUTLET_WORDS or (len(lower.split()) <= 2 and lower.split()[0] in OUTLET_WORDS) or \
            (" " not in lower and lower.split("-")[-1] in OUTLET_WORDS):  # "Hongkong-avisen": the paper named before
        paper = next((n for p, n in reversed(state.recent) if p <= position and PAPER_NAME.search(n)), None)
        return _Resolved(state.last("outlet", position) or paper, mention)  # "South China Morning Post", not yet an outlet
    if len(lower.split()) <= 2 and ROLE_START.match(lower):
        who = state.with_role(lower.split()[0]) or _led_in(lower, position, state, read)
        return _Resolved(who, mention) if who else None
    titled = _titled_with(lower, state) if re.fullmatch(r"[a-zæøå]{5,}(?:en|n)", lower) else None
    if titled:
        return _Resolved(titled, mention)
    led_in = _led_in(lower, position, state, read) if lower in MALE_KIN | FEMALE_KIN or \
        re.fullmatch(r"[a-zæøå]{6,}(?:isten|eren|aren|ingen)", lower) else None  # "sier pensjonisten", "sier eleven"
    if led_in:
        return _Resolved(led_in, mention)
    if len(lower.split()) == 1 or lower in STATEMENTS:  # "the statement said": the one who issued it
        found = _by_definite_noun(lower, position, state, read)
        if found is not None:
            return found
    if len(lower.split()) == 1 and INSTITUTION.search(lower):
        known = state.canonical(mention[0].upper() + mention[1:], "organisation")
        return _Resolved(state.add(known, "organisation", position), mention)
    if re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{11,}(?:en|et)", mention) and not re.search(r"(?:ene|erne|arne)$", lower) and \
            not ROLE_START.match(lower) and not AGE_DESCRIPTION.match(lower) and \
            not lower.endswith(tuple(w for w in ORG_WORDS if " " not in w)):  # "Hovedorganisasjonen": the one before
        return _Resolved(state.add(mention, "organisation", position), mention)  # "Innsamlingskontrollen": a body's name
    return None


def _without_function_words(name: str) -> str:
    """"Til Expressen" is "Expressen": a capitalised function word opening a sentence is no part of a name."""
    words = name.split()
    while len(words) > 1 and words[0] in NOT_NAMES:
        words = words[1:]
    return " ".join(words)


def _narrated_person(position: int, state: _ArticleState) -> str | None:
    """The one person a paragraph of narration (no quote in it) at `position` names."""
    text = state.read[position] if 0 <= position < len(state.read) else ""
    if not text or DASH.match(text) or QUOTE_SPANS.search(text):
        return None
    people = {state.final(n) for p, n in state.recent if p == position and state.kind(n) == "person"}
    people = {n for n in people if " " in n or "-" in n}  # a full name, not a club ("Han spilte for United.")
    return people.pop() if len(people) == 1 else None


def _led_in(word: str, position: int, state: _ArticleState, read: str | None) -> str | None:
    """"Landslagssjef Trond Eggen var rørt.\n\n– …, sier treneren.": a role or relative nobody was named with, closing
    a quote, is the one person the narration just before introduced (a relative only of the fitting sex)."""
    if not read or not (DASH.match(read) or QUOTE_SPANS.search(read)):
        return None
    person = _narrated_person(position - 1, state)
    gender = "m" if word in MALE_KIN else "f" if word in FEMALE_KIN else None
    return person if person and (gender is None or _fits(person, gender)) else None


def _titled_with(definite: str, state: _ArticleState) -> str | None:
    """"sier skiskytteren" after "skiskytter Ingrid Lie Bakken": the one person the article has named right
    after the bare noun, whatever the noun (no list of roles holds every sport and trade)."""
    people = set()
    for base in {definite, definite[:-2], definite[:-1]}:
        pattern = _rx(rf"(?:^|[\s,(])(?i:{re.escape(base)})\s+")  # small: NAME's long pattern is not compiled in
        for text in state.read:
            for match in filter(None, (NAME.match(text, m.end()) for m in pattern.finditer(text))):
                name = state.final(match.group(0))  # as registered (a lookup: `canonical` may rename)
                if " " in name and state.kind(name) == "person":
                    people.add(name)
    return people.pop() if len(people) == 1 else None


def _organisation_called(description: str, position: int, state: _ArticleState, read: str | None) -> str | None:
    """"the council" = Kesteven Vale District Council, "kommunen" = Kinn kommune: the organisation named before whose
    name holds the noun; else the organisation named last ("selskapet" after "Avantor")."""
    noun = re.sub(r"^the\s+", "", description)
    if noun in ("partiet", "partiets", "the party"):  # "Også Høyre stemte mot. Partiet mener": the party named last
        party = next((n for p, n in reversed(state.recent) if p <= position and n.lower() not in ORG_WORDS and (
            n in PARTY_NAMES or "parti" in n.lower())), None)
        if party:
            return party
    named = _organisation_named_with(noun, description.startswith("the "), position, state) or (
        _organisation_named_with("herad", False, position, state) if noun in ("kommunen", "kommuna") else None)
    if named:  # nynorsk "Voss herad" is "kommunen" too
        return named
    if noun in NAMED_ONLY_BODIES:
        return None  # "the directorate said" after "Norway's Directorate of Fisheries fined Havbruk Nord ASA": not the firm
    if noun in ("kommunen", "kommuna"):  # "Ordføraren i Aurland …. …, opplyser kommunen": Aurland kommune
        mayor = next((r for _, n in reversed(state.recent) if state.kind(n) == "person"
                      for r in state.entities[n].roles if re.fullmatch(r"(?i:ordfør[ae]r(?:en)?)\s+i\s+[A-ZÆØÅ][\w-]+", r)), None)
        if mayor:
            return state.add(f"{mayor.split()[-1]} kommune", "organisation", position)
    firm = _firm_named_last(position, state, read) if COMPANY_NOUN.fullmatch(noun) else None
    if firm:  # "Skipet eies av Sørlandet Tankers AS. Ifølge UKMTO … Rederiet bekrefter": the firm, not UKMTO
        return firm
    found = state.last("organisation", position, read)
    if not found and COMPANY_NOUN.fullmatch(noun) and read:
        found = _subject_named_before(read, position, state)
    if description.startswith("the "):  # "the club": the organisation the story is about, named most so far
        named = [n for p, n in state.recent if p <= position and state.kind(n) == "organisation"
                 and n not in state.located and not entities.is_country(n)  # not "in England" nor "the US"; "the
                 # company" is no public body
                 and not (COMPANY_NOUN.fullmatch(noun) and (PUBLIC_BODY.search(n) or PUBLIC_BODY_OPENING.match(n)))
                 and not (noun == "club" and COMPETITION.search(n))]  # "the club" is not the Premier League
        found = max(reversed(named), key=named.count) if named else found
        called = BODY_CALLED.get(noun)
        watchdog = next((n for p, n in reversed(state.recent) if p <= position and called.search(n) and (
            state.kind(n) == "organisation" or n.split()[0].lower() not in FIRST_NAMES)), None) if called else None
        if watchdog:  # "The Care Quality Commission (CQC) said …. the regulator said": the commission; "Finansinspektionen
            # said …. The regulator said" (a one-word name read as a person's); "The FAA …, the agency said"
            return watchdog
        here = next((n for p, n in reversed(state.recent) if p == position and state.kind(n) == "organisation"
                     and n not in state.located and read and n.split()[0] in read), None)
        if noun in PUBLIC_NOUNS and here and not COMPANY_NOUN.fullmatch(noun):
            return here  # "The CDC said …. Tests confirmed norovirus, the agency said": the body just named
        if noun in PUBLIC_NOUNS:  # "The ministry rejected …" in a story about a company: the ministry, unnamed
            return description[0].upper() + description[1:]
    if found and COMPANY_NOUN.fullmatch(noun) and PUBLIC_BODY.search(found):
        return None  # "the company" is not the regulator it reported the breach to
    if found and noun in ("kommunen", "kommuna") and not re.search(r"(?<!fylkes)kommun|herad", found.lower()):
        return None  # the municipality is not the county, nor the court named last
    return found


def _subject_named_before(read: str, position: int, state: _ArticleState) -> str | None:
    """"Equinor har gjort et gassfunn. Selskapet kaller …": a one-word name opening the sentence before, which
    nothing else in the article has made a person, a country or a common noun."""
    opening = re.findall(r"(?:^|[.!?]\s+)([A-ZÆØÅ][a-zæøå]+[A-ZÆØÅa-zæøå]*)\s+(?:har|er|var|hadde|vil|skal|får|fikk)\s", read)
    name = opening[-1] if opening else None
    if not name or name in NOT_NAMES or name.lower() in FIRST_NAMES or entities.is_country(name) or \
            re.search(r"(?:en|et|ene|a|ne)$", name) or state.is_person(name) or name in ADVERBIAL_START:
        return None
    return state.add(name, "organisation", position)


def _firm_named_last(position: int, state: _ArticleState, read: str | None) -> str | None:
    """The organisation named last whose name says it is a firm ("… AS", "Vestlandske Møbelverk"); in the
    sentence of the cue the first one, its subject ("Havbrekk Shipping has ordered six vessels from
    Daeyang Heavy Industries …, the company said")."""
    firms = [name for paragraph, name in reversed(state.recent)
             if paragraph <= position and state.kind(name) == "organisation" and
             (read is None or paragraph < position or name.split()[0] in read) and
             (FIRM_SUFFIX.search(name) or COMPANY_HEAD.search(name.split()[-1].lower()))]
    sentence = SENTENCES.split(read)[-1] if read else ""
    here = [name for name in firms if name.split()[0] in sentence and (position, name) in state.recent]
    if len(set(here)) > 1:
        return min(here, key=lambda name: sentence.find(name.split()[0]))
    return firms[0] if firms else None


# bodies a description names only when the article has named one with that word ("the department" is never a firm)
NAMED_ONLY_BODIES = {"directorate", "department", "authority", "foundation", "museum", "league", "federation",
                     "association", "institute", *BODY_NOUNS}
PUBLIC_NOUNS = {"ministry", "government", "department", "agency", "regulator", "council"}
SERVICE_NOUNS = {"service", "guard", "brigade"}  # "the fire service", "the coast guard"
# "the disaster agency", "the country's interior ministry", "the fire service": an unnamed public body, described
PUBLIC_BODY_DESCRIPTION = re.compile(r"the\s+(?:country['’]s\s+)?(?:[a-z]+\s+){1,2}(" +
                                     "|".join(sorted(PUBLIC_NOUNS | SERVICE_NOUNS)) + ")")


def _organisation_named_with(noun: str, english: bool, position: int, state: _ArticleState) -> str | None:
    """The organisation named last whose name holds the noun: "council" in Kesteven Vale District Council,
    "kommunen" in Kinn kommune."""
    root = noun if english else re.sub(r"(?:en|et|a|n)$", "", noun)
    named = [name for paragraph, name in reversed(state.recent)
             if paragraph <= position and state.kind(name) == "organisation" and len(root) >= 4 and
             _rx(rf"\b{re.escape(root)}|{re.escape(root)}(?:en|et|a|n)?$").search(name.lower())]
    # ("klubben" is Hammerfest Friidrettsklubb, "direktoratet" Helsedirektoratet)
    headed = [name for name in named if _rx(rf"^{re.escape(root)}\s+of\b|\b{re.escape(root)}(?:\s+\([^()]*\))?$").search(
        name.lower())] if english else []  # "the university" is Northbridge University, not the University and College Union
    return (headed or named or [None])[0]


def _by_definite_noun(word: str, position: int, state: _ArticleState, read: str | None = None) -> _Resolved | None:
    """"tilsynet" = Mattilsynet, "instituttet" = Veterinærinstituttet, "dommen" = the court, "rapporten" =
    the organisation named last: a definite noun stands for the body named before whose name ends in it (in
    its own paragraph, before it: `read`)."""
    organisations = [name for p, name in reversed(state.recent) if state.kind(name) in ("organisation", "outlet")
                     and (read is None or p < position or name.split()[0] in read)]
    if word in INDICTMENTS:  # the prosecutor named before wrote it ("Ifølge Økokrim …. Ifølge tiltalen"), else itself
        prosecutor = next((n for p, n in reversed(state.recent) if p <= position and PROSECUTOR.match(n)), None)
        return _Resolved(prosecutor or state.add(word, "organisation", position), word)
    if word in COURT_PAPERS:  # the court named before this paragraph ("retten" is rarely the one named after it)
        courts = list(dict.fromkeys(n for p, n in reversed(state.recent) if p < position and state.kind(n) in (
            "organisation", "outlet") and re.search(r"(?:rett|retten|domstol|court)$", n.lower())))
        court = _court_meant(courts, state) if len(courts) > 1 else next(iter(courts), None)
        here = re.search(r"\b(Høyesterett|[A-ZÆØÅ][\w-]*\s+(?:tingrett|lagmannsrett))\b", state.read[-1]) \
            if state.read and not court and word not in ("retten", "domstolen", "the court") else None
        # "Det går fram av dommen at …. Høyesterett peker på at …" (but "mente retten …, men Høyesterett": two)
        court = court or (state.add(here.group(1), "organisation", position) if here else None)
        return _Resolved(court or state.add("Retten", "organisation", position), word)
    if word in PAPERS:  # a paper reports a press release, a letter or a report; it does not write them
        bodies = [name for name in organisations if state.kind(name) == "organisation" and (
            name not in state.located or INSTITUTION.search(name.lower()))]  # "en rapport fra Folkehelseinstituttet"
        issuer = _statement_issuer(state) if word in STATEMENTS else None
        owner = issuer or state.document_owner or (bodies[0] if bodies else None)
        return _Resolved(owner, word) if owner else None
    stem = re.sub(r"(?:et|en|ene|a)$", "", normalise(word))
    if len(stem) < 4:
        return None
    for name in dict.fromkeys(o for o in organisations if "&" not in o):  # a firm's partners are people
        words = normalise(name).split(" ")
        head = words[words.index("i") - 1] if "i" in words[1:] else ""  # "Politiet i Agder": "politiet"
        last = re.sub(r"(?:et|en|ene|a)$", "", words[-1])
        short = re.sub(r"er$", "r", stem)  # "teateret" is Riksteatret: the -er- drops before the ending
        if (last.endswith(stem) or last.endswith(stem + "e") or last.endswith(short) or
                re.sub(r"(?:et|en|ene|a)$", "", head) == stem) and normalise(name) != normalise(word):
            return _Resolved(name, word)
    named = _named_before_noun(re.sub(r"(?:et|en|ene|a)$", "", word.lower()), state, read)
    return _Resolved(state.add(named, "organisation", position), word) if named else None


def _court_meant(courts: list[str], state: _ArticleState) -> str:
    """An appeal story names two courts: "dommen" is the one its paragraph calls by its kind ("Det festet ikke
    lagmannsretten lit til … heter det i dommen"), else the one in the lead whose ruling the story is about."""
    here = state.read[-1].lower() if state.read else ""
    for court in courts:
        kind = re.search(r"(tingrett|lagmannsrett|høyesterett)$", court.lower())
        if kind and re.search(rf"\b{kind.group(1)}en\b", here):
            return court
    lead = [n for p, n in state.recent if p == 0 and n in courts]
    return lead[0] if lead else courts[0]


def _statement_issuer(state: _ArticleState) -> str | None:
    """Who was last credited in a paragraph that speaks of a statement: 'Brenda Sowerby said in a victim impact
    statement …. "…," the statement said' are her words (an outlet reports statements; it does not issue them)."""
    return next((name for p, name in reversed(state.spoken) if state.kind(name) != "outlet" and
                 re.search(r"\bstatement\b", state.read[p])), None)


def _named_before_noun(stem: str, state: _ArticleState, read: str | None) -> str | None:
    """"Ved Nidaros pilegrimsgård fikk hun …. Ifølge pilegrimsgården": the body is the name and the noun together
    (also "Løvstakken ungdomsskole" for "skolen"), named so in the text before."""
    noun = _rx(rf"\s+([a-zæøå]*{re.escape(stem)}e?)\b")
    before = _rx(rf"\b[a-zæøå]*{re.escape(stem)}(?:et|en|a)?\s+$")
    for text in reversed([*state.read, read or ""]):  # "katastrofebyrået AFAD. Byrået melder": the body it named
        for match in NAME.finditer(text) if stem in text else ():
            name = _clean_name(match.group(0), text, match.start())[0] if before.search(text[:match.start()]) else None
            if name and name in state.entities and not state.is_person(name):
                return name
    for text in reversed([*state.read, read or ""]):
        for match in NAME.finditer(text) if stem in text else ():  # the long NAME pattern only where it can help
            after = noun.match(text, match.end())
            name = _clean_name(match.group(0), text, match.start())[0] if after else None
            if name and not state.is_person(name) and not entities.is_country(name.removesuffix("s")):
                return f"{name} {after.group(1)}"  # not "hele Norges treningsguru": a description of someone
    if (stem + "et").capitalize() in state.name_words or (stem + "en").capitalize() in state.name_words:
        return None  # "Forsvaret" is a name of its own, not Luftforsvaret
    short = re.sub(r"er$", "r", stem)
    compound = _rx(rf"\b([A-ZÆØÅ][a-zæøå]{{2,}}(?:{re.escape(stem)}|{re.escape(short)})(?:et|en|a)?)\b")
    for text in reversed([*state.read, read or ""]):  # "Riksteatret kutter …. …, opplyser teateret": one word
        match = compound.search(text) if stem in text or short in text else None
        if match and not state.is_person(match.group(1)):
            return match.group(1)
    return None


def _pick_name(mention: str, cleaned: list[tuple[str, str]]) -> tuple[str, str]:
    """"leder for YS Privat, Vegard Einan": the appositive name; else the first full person name."""
    tail = mention.rsplit(",", 1)[-1].strip() if "," in mention else ""
    for name, kind in cleaned:  # "Megan Forsythe, a teacher from Aurora, Colorado": the name the description follows
        if kind == "person" and " " in name and re.match(re.escape(name) + r"\s*,", mention):
            return name, kind
    for name, kind in cleaned:
        if tail and name == tail and kind == "person":  # not "…, FOI" after the person's institution
            return name, kind
    for name, kind in cleaned:  # "Bane Nors prosjektleder Iselin Engh": the name the role is given to
        before = mention[:mention.find(name)].split()
        if kind == "person" and " " in name and before and ROLE_START.match(before[-1].lower()):
            return name, kind
    persons = [c for c in cleaned if c[1] == "person" and " " in c[0]]
    owners = [c for c in persons if _owns(mention, c[0])]
    persons = [c for c in persons if c not in owners] or persons  # "Neil Youngs gamle makker David Crosby"
    persons = [c for c in persons if not re.search(r"\b(?:in|at|from|near|outside)\s+$", mention[:mention.find(c[0])])] \
        or persons  # "Farther north in Punta Gorda, Tom Hastings, 58": the place is no one
    return (persons or cleaned)[0]


def _opened_by_unnamed(text: str, offset: int, gender: str | None) -> str | None:
    """The one unnamed person of the pronoun's gender a sentence of narration before it opens with ("En kvinne i
    50-årene som kom kjørende …"), as written up to the first comma or "som"; not one inside a quote."""
    spans = _quoted_spans(text)
    sentences = (m.group(1) for m in re.finditer(r"(?:^|[.!?]\s+)([^.!?]+)", text[:offset]) if not DASH.match(text)
                 and not any(s <= m.start(1) < e for s, e in spans))  # not "Ei eldre dame … datt" in her own quote
    opened = [re.split(r",|\s+(?:som|who)\s", m.group(0))[0] for m in map(UNNAMED_PERSON.fullmatch, sentences) if m
              and gender == ("m" if m.group(1).lower() in MALE_NOUNS else "f" if m.group(1).lower() in FEMALE_NOUNS
                             else gender)]
    return opened[0] if len(opened) == 1 else None


def _resolve_pronoun(pronoun: str, position: int, state: _ArticleState, text: str, offset: int) -> _Resolved:
    """The person named last before the pronoun, outside quotes: this paragraph, then the ones before.

    A speaker rarely names himself in the third person, so people named inside this paragraph's
    quote are not candidates; two candidates left in one paragraph make the attribution ambiguous,
    unless one of them was the speaker just before.
    """
    if PRONOUNS[pronoun.lower()] == "p":  # "de": the organisation that spoke just before, if any
        last = state.last_speaker
        if last and last[0] >= position - 1 and state.kind(last[1]) in ("organisation", "outlet"):
            return _Resolved(last[1], pronoun)
        return _Resolved(None, pronoun)
    quoted = normalise(" ".join(text[s:e] for s, e in _quoted_spans(text)))
    gender = PRONOUNS[pronoun.lower()]
    subjects = (_namesake(n, gender, state) for p, o, n in state.subjects if p == position and o < offset)
    here = list(dict.fromkeys(n for n in subjects if n))
    unnamed = state.speaking[-1] if state.speaking and state.speaking[-1] in state.unnamed else None
    if not here and unnamed and state.unnamed[unnamed] in (gender, None):
        return _Resolved(unnamed, pronoun)  # "En skuespiller … sier at hun er skuffet. Hun mener …": the same one
    introduced = [m for m in UNNAMED_AGE.finditer(text[:offset]) if not (m.group(2) or m.group(3)) or (
        m.group(2) or m.group(3)).lower() in (MALE_NOUNS if gender == "m" else FEMALE_NOUNS if gender == "f" else ())]
    if not here and len(introduced) == 1:  # "En 52 år gammel mann er tiltalt …. Tirsdag nektet han straffskyld": him
        age = introduced[0].group(1) or introduced[0].group(4)
        return _by_age(f"{age}-year-old" if "year-old" in introduced[0].group(0) else f"{age}-åringen", position,
                       state) or _Resolved(None, pronoun)
    opened_by = _opened_by_unnamed(text, offset, gender) if not here else None
    if opened_by:  # "En kvinne i 50-årene … ble stående ved skredet. Hun sier til NRK": her
        return _Resolved(_unnamed_person(opened_by, position, state), pronoun)
    opened_by_age = re.findall(r"(?:^|[.!?]\s+)(?:(\d{1,3})-åringen|[Dd]en\s+(\d{1,3})\s+år\s+gamle\s+[a-zæøå]+)\s",
                               text[:offset])
    opened_by_age = [a or b for a, b in opened_by_age]
    if not here and opened_by_age:  # "19-åringen ønsker ikke å stå fram. Til NRK sier han:": him
        found = _by_age(f"{opened_by_age[-1]}-åringen", position, state)
        if found:
            return found
    if not here and state.speaking and state.kind(state.speaking[-1]) == "person" and " " in state.speaking[-1] \
            and _first_name_says(state.speaking[-1], gender):
        return _Resolved(state.speaking[-1], pronoun)  # "Klinikkdirektøren sier …. Hun håper": the director
    if len(here) == 1:
        return _Resolved(here[0], pronoun)
    if here:  # two people named before the pronoun: the one speaking just before, or say it is ambiguous
        opener = _subordinate_subject(text, offset, here)
        if opener:  # "Da Casper Ruud gikk forbi moren etter møte med Federer, sa han": Ruud
            return _Resolved(opener, pronoun)
        if re.search(r"\b(?:both|begge|båe)\b", text[:offset]):  # "Reilly and Lang both gave evidence …, he told"
            return _Resolved(None, pronoun, True, tuple(here))
        speaking = [n for n in state.speaking if n in here]
        if speaking:  # "Emma Erlandsen skriver at …. Hun skriver videre at …": she goes on
            return _Resolved(speaking[-1], pronoun)
        if state.last_speaker and state.last_speaker[1] in here and state.last_speaker[0] >= position - 1:
            return _Resolved(state.last_speaker[1], pronoun)
        gendered = _by_first_name(here, gender)
        return _Resolved(gendered, pronoun) if gendered else _Resolved(None, pronoun, True, tuple(here))
    for paragraph in range(position - 1, max(-1, position - 4), -1):
        last = state.last_speaker[1] if state.last_speaker and state.last_speaker[0] == paragraph else None
        # "Viking bekreftet …" then "sier han": a one-word name may be a club, not the man
        if last and _fits(last, gender) and _kin_fits(last, gender, state) and state.kind(last) == "person" and \
                (" " in last or last.lower() in FIRST_NAMES or (last in state.unnamed and state.unnamed[last] in (gender, None))):
            return _Resolved(last, pronoun)  # "52-åringen forklarte …" then "«…», sa han"
        names = list(dict.fromkeys(n for p, _, n in state.subjects if p == paragraph and _fits(n, gender)
                                   and _kin_fits(n, gender, state)))
        names = [n for n in names if normalise(n).split(" ")[-1] not in quoted.split()]
        if len(names) == 1:
            return _Resolved(names[0], pronoun)
        if len(names) > 1:
            gendered = _by_first_name(names, gender)
            return _Resolved(gendered, pronoun) if gendered else _Resolved(None, pronoun, True, tuple(names))
    # a feature's main voice comes back after his daughter spoke: "«…», he says." is the last man who spoke
    known = MALE if gender == "m" else FEMALE
    earlier = [n for p, n in reversed(state.spoken) if position - 8 <= p < position and " " in n
               and state.kind(n) == "person" and n.split(" ")[0].lower() in known]
    voices = [n for _, n in state.spoken]
    main = max(dict.fromkeys(voices), key=voices.count) if voices else None  # the one quoted most so far
    return _Resolved(earlier[0] if earlier and earlier[0] == main else None, pronoun)


def _subordinate_subject(text: str, offset: int, candidates: list[str]) -> str | None:
    """The subject of a clause opening the pronoun's sentence ("Da X gikk …, sa han"), if it is a candidate."""
    start = max(text.rfind(". ", 0, offset), text.rfind("! ", 0, offset), text.rfind("? ", 0, offset)) + 1
    opening = re.match(r"\s*(?:Da|Når|Etter\s+at|Mens|Før|Idet|When|After|As|While)\s+((?:[A-ZÆØÅ][\w-]*\s+){1,3})",
                       text[start:offset])
    if not opening:
        return None
    words = normalise(opening.group(1)).split()
    return next((n for n in candidates if normalise(n).split()[-1] in words), None)


def _namesake(name: str, gender: str, state: _ArticleState) -> str | None:
    """The person a surname stands for, if the pronoun fits: "Kettle …, she said" in a story about Moira,
    Albert and Stephen Kettle is Moira, though Stephen was named last."""
    if _fits(name, gender):
        return name
    same = [n for n, e in state.entities.items() if e.kind == "person" and " " in n and
            n.split(" ")[-1] == name.split(" ")[-1] and _first_name_says(n, gender)]
    return same[0] if len(same) == 1 else None


def _by_first_name(names: list[str], gender: str) -> str | None:
    """"Emma Erlandsen fra Unge Høyre … Hun": the one candidate whose first name says the gender, if one."""
    known = [n for n in names if _first_name_says(n, gender)]
    return known[0] if len(known) == 1 and gender in ("f", "m") else None


def _first_name_says(name: str, gender: str) -> bool:
    """Whether the name's first word is a listed first name of that gender ("Eileen Pask" is a woman)."""
    return name.split(" ")[0].lower() in (FEMALE if gender == "f" else MALE)


def _kin_fits(name: str, gender: str, state: _ArticleState) -> bool:
    """"His wife, Morag, kept the accounts": a wife is no "he", whatever her first name."""
    roles = {r.lower().split()[-1] for r in state.entities[name].roles if r} if name in state.entities else set()
    return not roles & (MALE_KIN if gender == "f" else FEMALE_KIN if gender == "m" else set())


def _fits(name: str, gender: str) -> bool:
    """Whether "han"/"hun" can refer to the person, judged by a list of common first names."""
    first = name.split(" ")[0].lower()
    if gender == "f":
        return first not in MALE
    if gender == "m":
        return first not in FEMALE
    return True


def _span(text: str, quotes: list[tuple[int, int]], dash: bool, offset: int, cue_match: re.Match,
          kind: str) -> tuple[int, int]:
    """Offsets of the quoted or reported words: the dash quote, the quote marks, or the reported clause."""
    if dash:
        start = DASH.match(text).end()
        comma = text.rfind(",", 0, offset + cue_match.start())
        return start, comma if comma > start else len(text)
    if quotes:  # the quote nearest its cue: "X sier at «…», mens Y hevder at «…»" gives each their own
        cue = offset + cue_match.start()
        start, end = min(quotes, key=lambda q: q[0] - cue if q[0] >= cue else cue - q[1])
        return start + 1, end - 1
    return offset, len(text) if offset + len(text[offset:]) == len(text) else offset + len(text[offset:])


def _has_own_cue(text: str) -> bool:
    """«…» spør en Instagram-bruker: a cue right after the quote names its speaker, even one we cannot resolve."""
    ends = [e for _, e in (m.span() for m in QUOTE_SPANS.finditer(text))]
    return any(any(e <= m.start() <= e + 3 for e in ends) for m in _cue_matches(text))


def _is_interview_question(article: Article, position: int) -> bool:
    """A short dash question answered by the next dash paragraph is the reporter's, not the speaker's
    ("– Eller sitter dere og taster på mobilen?" followed by narration is the speaker asking)."""
    following = article.paragraphs[position + 1].text if position + 1 < len(article.paragraphs) else ""
    return bool(INTERVIEW_QUESTION.match(article.paragraphs[position].text) and DASH.match(following))


def _is_quote_paragraph(text: str) -> bool:
    """A dash or a quote mark opens it; not a short title in quote marks ("«Busby Babes»")."""
    if re.fullmatch(r"\s*[«“\"][^.!?,]{1,40}[»”\"]\s*", text):
        return False
    return bool(DASH.match(text)) or text.lstrip().startswith(("«", "“", '"'))


def _full_dash_quote(text: str) -> bool:
    """"– Han er naturlig nok langt nede. Saken er …": whole sentences of a dash quote go on with the speaker
    quoted a few paragraphs before; a question ("– Hvor lenge kan dere vente?") is the reporter's, a short
    line ("– Alt gikk som det skulle") a crosshead."""
    return bool(DASH.match(text)) and len(text.split()) >= 8 and text.rstrip().endswith((".", "!", "…", "»", "”"))


def _credits_someone_else(text: str, speaker: str | None) -> bool:
    """"– …, ropte noen av passasjerene.", "– …, sa statslosen.", "– …, sa hun" of a man: the quote ends by
    crediting someone, who may not be the one quoted before even when we cannot tell who it is."""
    match = re.search(r",\s+([a-zæøå]{2,})\s+([^,]+?)\s*[.!…]?\s*$", text)
    if not match or not (match.group(1) in _CREDIT_WORDS or re.search(r"(?:te|et|de)$", match.group(1))):
        return False
    first = match.group(2).split()[0].lower()
    return first not in PRONOUNS or not _fits(speaker or "", PRONOUNS[first])


def _continuation(text: str, position: int, previous: Attribution | None, article: Article,
                  state: _ArticleState) -> list[Attribution]:
    """A quote paragraph with no cue: the speaker quoted just before, or named just after ("Det sier X")."""
    start = DASH.match(text).end() if DASH.match(text) else 0
    if _is_interview_question(article, position):
        return []  # "– Vil det påvirke oppkjøringen?": the reporter asks, nobody is quoted
    asked = ASKED.match(article.paragraphs[position - 1].text) if position else None
    if asked and DASH.match(text):  # "Vi spurte Solberg om …" "– …": she answers, not whoever spoke last
        if asked.group(1).lower() in PRONOUNS:
            return []  # "Vi spurte om hun …": the one asked, but a pronoun there is too loose to name her
        resolved = _resolve(asked.group(1), position - 1, state, article.paragraphs[position - 1].text, asked.start(1))
        return [Attribution(position, resolved.speaker, resolved.mention, None, "direct", "asserts", start=start,
                            end=len(text))] if resolved.speaker else []
    reach = 6 if previous and _full_dash_quote(text) and not _credits_someone_else(text, previous.speaker) else 2
    pronoun = re.search(TRAILING_CUE.pattern + r"\s+(han|hun|ho|he|she)\b", text, re.IGNORECASE)
    if previous and previous.speaker and pronoun and not _fits(previous.speaker, PRONOUNS[pronoun.group(1).lower()]):
        return []  # "– …, sier hun." after a man quoted: not his words, though we cannot tell whose
    if previous and previous.speaker and previous.paragraph >= position - reach:
        return [Attribution(position, previous.speaker, previous.speaker_mention, None, "direct", previous.stance,
                            start=start, end=len(text))]
    following = article.paragraphs[position + 1].text if position + 1 < len(article.paragraphs) else ""
    match = re.match(r"^(?:Det|Dette|That|This)\s+(sier|sa|skriver|forteller|says|said)\s+(.+?)[.,]", following)
    if match:
        resolved = _resolve(match.group(2), position, state, following, 0)
        if resolved.speaker:
            return [Attribution(position, resolved.speaker, resolved.mention, None, "direct", "asserts",
                                start=start, end=len(text))]
    return []
