"""Who says what: quotes, reported speech and sources in news paragraphs (pure, no I/O).

Rules for the conventions of Norwegian and English news (DESIGN.md): dash paragraphs and quote
marks, speech cues before or after their speaker (V2 inversion: "…, sier Peskov"), `ifølge X`,
"sier X til AP" (AP is the outlet), continuation paragraphs, and speakers resolved from surnames,
pronouns and descriptions ("Avisen") to the entities named in the article. Where two people fit a
pronoun equally, the attribution is marked ambiguous instead of guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Sequence

from index.articles import Article
from index.entities import normalise

# -- vocabulary ------------------------------------------------------------------------------------

_ASSERT = ("sier seier sa sagt forteller fortalte fortel påstår påsto hevder hevdet hevda mener meiner mente meinte "
           "uttaler uttalte skriver skrev skriv opplyser opplyste opplyses kaller kalte understreker understreket "
           "svarer svarte advarer advarte avslørte avslører rapporterte rapporterer melder meldte tror trur varsler "
           "varslet forklarer forklarte konstaterer beskriver beskrev erkjenner innrømmer innrømmet påpeker påpekte "
           "presiserer presiserte argumenterer kommenterer omtaler synes syns anbefaler krever spør spurte "
           "avslutter beklager beklaget ber opplyst uttalt skrevet fortalt meldt påstått forklart "
           "oppgir oppga tvitret tvitrer twitret forsikrer forsikret antyder antydet kunngjorde kunngjør spår spådde "
           "erkjente krevd krevde anklaget oppfordrer oppfordret advart karakteriserer karakteriserte karakterisert fordømmer fordømte "
           "said says say told tells claimed claims added adds warned warns revealed reveals reported reports wrote "
           "writes argued argues insisted insists stated states explained explains noted notes acknowledged admitted "
           "believes thinks called calls urged urges announced announces").split()
_CONFIRM = ("bekrefter bekreftet bekrefta stadfester stadfesta vedgår vedgått vedgikk innrømt erkjent "
            "confirmed confirms").split()
_DENY = "avviser avviste avvist benekter benektet tilbakeviser tilbakeviste dementerer denied denies rejected rejects".split()
_MULTI = {"legger til": "asserts", "la til": "asserts", "viser til": "asserts", "henviste til": "asserts",
          "henviser til": "asserts", "får bekreftet": "confirms", "fikk bekreftet": "confirms",
          "heter det": "asserts", "står det": "asserts", "skal ha sagt": "asserts", "nekter for": "denies",
          "slår fast": "asserts", "slo fast": "asserts", "slått fast": "asserts",
          "nektet for": "denies"}
CUES: dict[str, str] = {**{w: "asserts" for w in _ASSERT}, **{w: "confirms" for w in _CONFIRM},
                        **{w: "denies" for w in _DENY}, **_MULTI}
_SOURCE_CUES = {"ifølge", "ifølgje", "i følge", "according to"}
_OUTLET_CUES = {"skriver", "skrev", "skriv", "rapporterte", "rapporterer", "melder", "meldte", "reported", "reports",
                "wrote", "writes"}
_DECLINE = re.compile(
    r"(?:ikke\s+(?:har\s+)?(?:ønsket|ønsker|villet|vil|ville|kunnet|kan|hatt\s+anledning\s+til)\s+å\s+"
    r"(?:kommentere|uttale\s+seg|svare|gi\s+\w+\s+informasjon)|ikke\s+(?:besvart\b|kommentert\b|svart(?=\s+(?:på|i|til)\b|\s*[,.]))|"
    r"ikkje\s+(?:ønskt|ville)\s+å\s+kommentere|declined\s+to\s+(?:comment|elaborate|say)|"
    r"(?:did|would|could)\s+not\s+(?:comment|respond|return)|no\s+comment|rakk\s+ikke\s+å\s+svare|"
    r"(?:ønsket|ønsker|vil|ville)\s+(?:\w+\s+)?ikke\s+(?:å\s+)?(?:gå\s+(?:nærmere\s+)?inn\s+på|gå\s+ut\s+med|"
    r"kommentere|uttale\s+seg|gi\s+(?:noen\s+|flere\s+)?opplysninger))",
    re.IGNORECASE)
_DENIAL_WORDS = re.compile(r"\b(?:usant|falsk\w*|løgn\w*|feilaktig\w*|tøv|oppspinn|stemmer\s+ikke|ikke\s+riktig|"
                           r"ikke\s+sant|untrue|false|fake|inaccurate|not\s+true|lies?|baseless|nonsense)\b",
                           re.IGNORECASE)

# First names whose gender a pronoun can rule out ("sa hun" is not Jeremy Corbyn); others fit either.
_FEMALE = set(("anna anne anette ane astrid bente berit camilla cecilie dorthe elin elisabeth ellen emma erna eva "
               "grete guri gro hanne hege heidi helen helene helle hilde ida ine ingrid ingvild inger jenny "
               "julie karen kari karin kirsten kristin laila lene linda line lisa liv marianne marit mary maria mette "
               "monica nina ragnhild randi rita sara sarah siri siv solveig sylvi tone trine turid unni vigdis "
               "theresa angela hillary kamala nancy ursula jacinda sanna greta anniken hadia guri jette janne ikuko "
               "tonje maren marte mona kjersti hanna åse").split())
_MALE = set(("jonas erling ole ola lars hans per paul peter john james michael tom terje trygve jens kjell olav odd "
             "arne bjarne bjørn knut nils sverre svein tor geir rune morten martin erik thomas andreas anders "
             "magnus henrik harald kristian christian christopher greg boris donald joe vladimir dmitrij dmitry "
             "elon bradley bob volodymyr xi jeremy sadiq vegard hans-christian andrew scott mohamed pål halvor "
             "abid kjell-morten jan frank daniel david mark steven stephen robert richard").split())
_FIRST_NAMES = _FEMALE | _MALE
# "i Malvik", "utenfor Namsos", "in Aberdeen": a place or an organisation follows, not a person.
_PLACE_BEFORE = re.compile(r"\b(?:i|på|in|at|utenfor|ved|nær|near)\s+$")
# "Arbeiderpartiet Jonas Gahr Støre": a definite noun or a genitive is no first name.
_NOT_A_FIRST_NAME = re.compile(r"^(?:\w{4,}(?:et|en|ene)|\w{7,}a|\w{4,}s|[A-ZÆØÅ]{2,}\d*)$")
PRONOUNS = {"han": "m", "hun": "f", "ho": "f", "de": "p", "dei": "p", "he": "m", "she": "f", "they": "p"}
_NOT_NAMES = set(("Han Hun Ho De Dei Det Den Da Nå Når Dette Denne Disse I På Men Og Etter Ifølge Ifølgje Også Under "
                  "Før Som Om Til Med Mens For Fra Frå Hvis Dersom Selv Likevel Samtidig Derfor Her Der Vi Jeg Eg Du "
                  "Dere Kva Hva Hvem Kven Alle Flere Mange Noen Ingen Blant Både Enten Ikke Ikkje Hvordan Korleis "
                  "Gjennom Ved Uten Mot Mellom Siden Ja Nei Kanskje Så Sist Neste Tidligere Nylig Fredag Lørdag "
                  "Søndag Mandag Tirsdag Onsdag Torsdag He She It They We I You The A An And But In On At "
                  "Ettersom Fordi Dessuten Imidlertid Derimot Deretter Dermed Først Slik Hverken Verken "
                  "After Before When While If As For From By With Yes No This That These Those There Here "
                  "According Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split())
OUTLETS = {"NRK", "VG", "Dagbladet", "Aftenposten", "Bergens Tidende", "BT", "Dagens Næringsliv", "DN", "TV 2",
           "TV2", "NTB", "AP", "Reuters", "AFP", "Bloomberg", "CNN", "BBC", "The Wall Street Journal",
           "The New York Times", "The Washington Post", "Financial Times", "The Guardian", "Forbes",
           "Klassekampen", "Nettavisen", "E24", "Adresseavisen", "Fædrelandsvennen", "Stavanger Aftenblad",
           "Aftonbladet", "Expressen", "Dagens Nyheter", "Svenska Dagbladet", "Interfax", "Tass", "TASS",
           "Filter Nyheter", "Medier24", "Resett", "Parat24", "Sarpsborg Arbeiderblad", "Vårt Land", "Dagsavisen",
           "Nationen", "Bladet Vesterålen", "iTromsø", "Nordlys", "Romerikes Blad", "Avisa Nordland", "ABC Nyheter",
           "Document", "Khrono", "Morgenbladet", "Sky News", "The Times", "Politico", "Axios", "Associated Press",
           "New York Times", "Washington Post", "Wall Street Journal"}
# Descriptions that refer back to the last entity of a kind ("Avisen" = the paper named before).
_OUTLET_WORDS = {"avisen", "avisa", "bladet", "magasinet", "nyhetsbyrået", "kanalen", "nettstedet", "the newspaper",
                 "the paper", "the agency", "the magazine", "the broadcaster", "the outlet"}
_ORG_WORDS = {"selskapet", "firmaet", "konsernet", "klubben", "forbundet", "partiet", "departementet", "kommunen",
              "gruppen", "stiftelsen", "foreningen", "bevegelsen", "hjelpeorganisasjonen",
              "direktoratet", "etaten", "organisasjonen", "banken", "the company", "the firm", "the club",
              "the ministry", "the union", "the party", "the group", "the council", "the bank", "the operator",
              "the regulator", "the agency"}
_INSTITUTION = re.compile(r"(?:politi\w*|myndighet\w*|ambassade\w*|departement\w*|regjering\w*|kommune\w*|"
                          r"direktorat\w*|tilsyn\w*|tingrett\w*|lagmannsrett\w*|høyesterett\w*|forbund\w*|"
                          r"selskap\w*|medier|media|police|government|ministry|embassy|authorities|court|council|company)$",
                          re.IGNORECASE)
_ORG_SUFFIX = re.compile(r"(?:\b(?:AS|ASA|Inc|Ltd|plc|Group|Party|parti|kommune|politidistrikt|tingrett|"
                         r"departement|direktorat|forbund|Forbund|Police|Council|Ministry|Technologies|Marine|Department|Chamber|"
                         r"Commerce|Union|Association|Authority|Regulator|Agency|Forum|Capital|Offshore|Bank|Energy|Corp|"
                         r"Corporation|Company|GmbH|AB|LLC)\b|"
                         r"(?:departementet|direktoratet|tilsynet|forbundet|politiet|partiet|kommune)$)")
# "al-Hassan", "bin Salman"-style particles; "E-tjenesten": an acronym before an institution word
_NAME_TOKEN = r"(?:(?:al|el|bin|ibn|abu|van|von|de|da|di|du|le|la)-[A-ZÆØÅ][\w’'.]*\w(?![\w-])|" \
    r"[A-ZÆØÅ]{1,4}-[a-zæøå]*(?:tjenesten|etaten|tilsynet|direktoratet|departementet|instituttet|rådet|politiet)(?![\w-])|" \
    r"[A-ZÆØÅ][\w-]*\.(?:no|com|se|dk|net|org)(?![\w-])|[ie][A-ZÆØÅ][\w’'.]*\w(?![\w-])|" \
    r"[A-ZÆØÅ]\.(?=\s+[A-ZÆØÅ])|[A-ZÆØÅÄÖÉ][\w’'.]*(?:-[A-ZÆØÅ][\w’'.]*)*\w(?![\w-])|[A-ZÆØÅ]{2,}\d*(?![\w-]))"
_NAME = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:van|von|de|der|den|bin|al|da|di|la|le|of|for)\s+)?{_NAME_TOKEN})*")
_QUOTE_SPANS = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|„[^“”]*[“”]")
_DASH = re.compile(r"^[–—-]\s*")
_SENTENCES = re.compile(r"(?<=[.!?»”\"])(?<!\s[A-ZÆØÅ]\.)\s+(?=[–—«“\"A-ZÆØÅ])")
_CUE_RE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted((re.escape(c) for c in [*CUES, *_SOURCE_CUES]), key=len, reverse=True))
    + r")(?![\w-])", re.IGNORECASE)


# A newspaper's name that OUTLETS does not list ("The Northern Ledger reported"), once it reports something.
_PAPER_NAME = re.compile(r"(?:Ledger|Times|Post|Herald|Gazette|Tribune|Journal|Tidende|[Aa]vis|[Bb]lad|Posten)$")
_TRAILING_CUE = re.compile(r"[,?!–]\s*(?:" + "|".join(sorted(map(re.escape, CUES), key=len, reverse=True)) + r")\b",
                           re.IGNORECASE)


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


@dataclass
class _Resolved:
    speaker: str | None
    mention: str
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()


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
        self.nicknames: dict[str, str] = {}
        self.renamed: dict[str, str] = {}  # a surname seen first, then the full name: "Sofie" -> "Sofie Berg"

    def kind(self, name: str | None) -> str | None:
        return self.entities[self.final(name)].kind if name and self.final(name) in self.entities else None

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
        self.entities[name] = old.merge(Entity(name, kind, frozenset({alias} if alias else ()),
                                               frozenset({role} if role else ())))
        self.recent.append((paragraph, name))
        return name

    def canonical(self, name: str, kind: str) -> str:
        """A surname or shorter form of a person already named in full resolves to the full name."""
        key = normalise(name)
        if key in self.nicknames:
            return self.nicknames[key]
        for known in reversed(list(self.entities)):
            known_key = normalise(known)
            if known_key == key or (" " in key and self.entities[known].kind == "person" and kind == "person"
                                    and known_key.endswith(" " + key)):
                return known  # "Gahr Støre" = Jonas Gahr Støre
            if kind == "person" and self.entities[known].kind == "person" and " " not in key \
                    and known_key.split(" ")[-1] == key:
                return known
            if " " not in key and self.entities[known].kind != "person" and len(key) >= 4 and (
                    known_key.split(" ")[0] == key or _definite_stem(key) == _definite_stem(known_key.split(" ")[-1])):
                return known  # "Filter" = Filter Nyheter, "Skøyteforbundet" = Norges Skøyteforbund
        if re.fullmatch(r"[A-ZÆØÅ][A-Za-zæøå]{1,5}", name) and sum(c.isupper() for c in name) >= 2:
            for known in reversed(list(self.entities)):  # "SA" = Sarpsborg Arbeiderblad, "MiL" = Mennesker i Limbo
                if len(known.split()) >= 2 and "".join(w[0] for w in known.split()).lower() == name.lower():
                    return known
        if kind == "person" and " " not in key:  # "Xi" = Xi Jinping, "Ruth" = Ruth McIntyre, when only one fits
            firsts = [k for k, e in self.entities.items() if e.kind == "person" and " " in k
                      and normalise(k).split(" ")[0] == key]
            if len(firsts) == 1:
                return firsts[0]
        for known in reversed(list(self.entities)):
            if kind == "person" and len(key.split()) > 1 and normalise(known) == key.split(" ")[-1]:
                self.entities[name] = Entity(name, kind).merge(self.entities.pop(known))
                self.renamed[known] = name
                self.recent = [(p, name if n == known else n) for p, n in self.recent]
                self.subjects = [(p, o, name if n == known else n) for p, o, n in self.subjects]
                return name
        return name

    def last(self, kind: str, before: int) -> str | None:
        for paragraph, name in reversed(self.recent):
            if paragraph <= before and self.entities[name].kind == kind:
                return name
        return None

    def with_role(self, words: str) -> str | None:
        """"paven", "statsministeren", "the minister": the person last named with that role."""
        word = normalise(words).split(" ")[-1]
        roots = {r for r in (word, re.sub(r"(?:en|et|a)$", "", word), re.sub(r"n$", "", word)) if len(r) >= 4}
        for _, name in reversed(self.recent):
            # the head of "talsperson for EUs president Donald Tusk" is "talsperson", not "tusk"
            roles = [re.split(r"\s+(?:for|i|ved|of|at|in)\s+", normalise(r))[0].split(" ")[-1]
                     for r in self.entities[name].roles]
            # "FN-rapportøren" is the "spesialrapportør" named before
            if any(r.startswith(root) or root.startswith(r) or r.endswith(root.split("-")[-1])
                   for r in roles if len(r) >= 4 for root in roots):
                return name
        return None


def attribute_article(article: Article) -> ArticleAttributions:
    """Find the attributions of one article, paragraph by paragraph, with the entities they name."""
    state = _ArticleState()
    found: list[Attribution] = []
    mentions: list[tuple[int, str]] = []
    previous_direct: Attribution | None = None
    _title_nicknames(article, state)
    lead_in = False  # the paragraph before ended "…, synes pave Frans:": this one holds the words
    for paragraph in article.paragraphs:
        names = _register_names(paragraph.text, paragraph.position, state, paragraph.kind in ("lead", "body"))
        mentions.extend((paragraph.position, n) for n in names)
        if paragraph.kind in ("caption", "heading"):
            previous_direct = None
            continue
        here = _paragraph_attributions(paragraph.text, paragraph.position, state, found)
        if not here and (_is_quote_paragraph(paragraph.text) or lead_in) and not _has_own_cue(paragraph.text):
            here = _continuation(paragraph.text, paragraph.position, previous_direct, article, state)
        lead_in = paragraph.text.rstrip().endswith(":") and bool(here)
        found.extend(here)
        speakers = [a.speaker for a in here if a.speaker]
        if speakers:
            state.last_speaker = (paragraph.position, speakers[-1])
        people = [a for a in here if state.kind(a.speaker) == "person"]
        # A person quoted or reported here may go on in the next quote paragraph ("Han sier:" / "– …"),
        # also after a line of narration that brings in nobody else ("Selv var han ikke fornøyd.").
        others = [n for n in names if state.kind(n) == "person" and " " in state.final(n) and previous_direct
                  and state.final(n) != state.final(previous_direct.speaker or "")]
        previous_direct = people[-1] if people else (
            previous_direct if here == [] and (_is_quote_paragraph(paragraph.text) or not others) else None)
    found.extend(_quotes_before_their_speaker(article, found))
    found.extend(_credited_by_the_next_paragraph(article, found))
    found = [replace(a, speaker=state.final(a.speaker), candidates=tuple(state.final(c) for c in a.candidates))
             if a.speaker or a.candidates else a for a in found]
    mentions = [(p, state.final(n)) for p, n in mentions]
    return ArticleAttributions(tuple(state.entities.values()), tuple(found), tuple(dict.fromkeys(mentions)))


_CREDIT_LINE = re.compile(r"^(?:Det|Dette|That|This)\s+(?:melder|meldte|skriver|skrev|opplyser|opplyste|"
                          r"rapporterer|rapporterte|reports|reported)\s+(?:\S+\s+){0,5}\S+$")


def _credited_by_the_next_paragraph(article: Article, found: list[Attribution]) -> list[Attribution]:
    """"Det melder RBK.no mandag." credits the news in the paragraph before it to the same source."""
    attributed = {a.paragraph for a in found}
    by_paragraph = {a.paragraph: a for a in found if a.speaker}
    extra = []
    for paragraph in article.paragraphs[1:]:
        credit = by_paragraph.get(paragraph.position)
        before = article.paragraphs[paragraph.position - 1]
        if credit and _CREDIT_LINE.match(paragraph.text) and before.kind in ("lead", "body") \
                and before.position not in attributed:
            extra.append(replace(credit, paragraph=before.position, cue=None, start=0, end=len(before.text)))
    return extra


def _title_nicknames(article: Article, state: _ArticleState) -> None:
    """A headline calling a person by a nickname: "Moi Elyounoussi leies ut" over "Mohamed Elyounoussi …".

    The headline's first word is the nickname when the body names someone with the same surname and a
    first name with the same initial that the headline does not use; "Moi" then means him throughout.
    """
    body = " ".join(p.text for p in article.paragraphs)
    for match in re.finditer(rf"({_NAME_TOKEN})\s+({_NAME_TOKEN})", article.title or ""):
        nick, surname = match.group(1), match.group(2)
        if nick.lower() in _FIRST_NAMES or len(surname) < 4:
            continue
        full = re.search(rf"\b((?!{re.escape(nick)}\b)[A-ZÆØÅ][\w-]+)\s+{re.escape(surname)}\b", body)
        if full and full.group(1)[0] == nick[0] and full.group(1) not in _NOT_NAMES:
            state.nicknames[normalise(nick)] = f"{full.group(1)} {surname}"


def _quotes_before_their_speaker(article: Article, found: list[Attribution]) -> list[Attribution]:
    """A quote paragraph with no speaker, right before a dash quote that names one, is that speaker's."""
    attributed = {a.paragraph for a in found}
    direct = {a.paragraph: a for a in found if a.kind == "direct" and a.speaker}
    extra = []
    for paragraph in reversed(article.paragraphs):
        nxt = direct.get(paragraph.position + 1)
        if paragraph.position in attributed or nxt is None or paragraph.kind not in ("lead", "body") \
                or not _DASH.match(paragraph.text) or not _DASH.match(article.paragraphs[nxt.paragraph].text) \
                or _is_interview_question(article, paragraph.position):
            continue
        start = _DASH.match(paragraph.text).end()
        attribution = Attribution(paragraph.position, nxt.speaker, nxt.speaker_mention, None, "direct", "asserts",
                                  start=start, end=len(paragraph.text))
        extra.append(attribution)
        direct[paragraph.position] = attribution
    return extra


_NICKNAME = re.compile(rf"({_NAME_TOKEN})\s+[«“\"]({_NAME_TOKEN})[»”\"]\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)")


_ACRONYM = re.compile(r"((?:[\wæøåÆØÅ-]+\s+){1,8}?[A-ZÆØÅ][\w-]*)\s*\(([A-ZÆØÅ][A-Za-zÆØÅæøå]{1,6})\)")


def _register_names(text: str, position: int, state: _ArticleState, body: bool) -> list[str]:
    """Add the proper names of a paragraph to the article's entities; returns the canonical names."""
    names = []
    for match in _NICKNAME.finditer(text):  # Mohamed «Moi» Elyounoussi: "Moi" is him
        full = f"{match.group(1)} {match.group(3)}"
        state.add(full, "person", position, alias=match.group(2))
        state.nicknames[normalise(match.group(2))] = full
    for match in _ACRONYM.finditer(text):  # "Organisasjonen Mennesker i Limbo (MiL)": MiL is that organisation
        words = match.group(1).split()
        for start in range(len(words) - 1):
            initials = ("".join(w[0] for w in words[start:]),  # "Mennesker i Limbo (MiL)"
                        "".join(w[0] for w in words[start:] if w not in ("og", "i", "for", "of", "and")))  # NVE
            if match.group(2).lower() in (i.lower() for i in initials) and words[start][0].isupper():
                full = " ".join(words[start:])
                state.add(full, "organisation", position, alias=match.group(2))
                state.nicknames[normalise(match.group(2))] = full
                break
    quoted = _quoted_spans(text)
    for match in _NAME.finditer(text):
        raw = match.group(0)
        if not body and match.start() == 0 and " " in raw and raw.split()[0].lower() not in _FIRST_NAMES:
            raw = raw.split(" ", 1)[1]  # a crosshead's first word is capitalised anyway ("Nektet Ukraina …")
        name, kind = _clean_name(raw, text, match.start())
        if not name and " " not in raw:  # "Marsh rejected …": a known surname opening a sentence
            known = state.canonical(raw, "person")
            if known in state.entities and " " in known and state.entities[known].kind == "person":
                name, kind = known, "person"
        if not name:
            continue
        if kind == "person" and raw.startswith(name) and _PLACE_BEFORE.search(text[:match.start()]):
            kind = "organisation"  # "i Google Norge", "in Aberdeen": a place or an organisation
        role = _role_before(text[:match.start()]) if kind == "person" else None
        if kind == "person" and not role and _ROLE_START.match(raw.split()[0].lower()) and not name.startswith(raw):
            role = raw.split()[0]  # "Ordfører Ola Nordmann": the role opens the name's match
        court = _INSTITUTION_AFTER.match(text[match.end():])
        if court:  # "Oslo tingrett", "Rauma kommune": the institution word belongs to the name
            name, kind = f"{name} {court.group(1)}", "organisation"
        canonical = state.add(name, kind, position, role=role)
        after = _role_after(text[match.end():]) if kind == "person" else None
        if after:  # "Preben Aamann, som er talsperson for EUs president Donald Tusk"
            state.add(canonical, kind, position, role=after)
        names.append(canonical)
        genitive = match.group(0).endswith("s") and bool(re.match(r"\s+[a-zæøå]", text[match.end():]))
        inside = any(s <= match.start() < e for s, e in quoted)
        named = " " in canonical or role is not None  # "Labour-politikeren Khan" is a person too
        if body and state.kind(canonical) == "person" and named and not genitive and not inside:
            state.subjects.append((position, match.start(), canonical))
    return names


_INSTITUTION_AFTER = re.compile(r"\s+(tingrett|lagmannsrett|kommune|fylkeskommune|universitet|"
                                r"sykehus|fengsel|statsforvaltar|statsforvalter)\b")


def _role_before(text: str) -> str | None:
    """"Kremls talsperson", "statsminister", "LO-leder" right before a name."""
    match = re.search(r"((?:[A-ZÆØÅ][\wæøå]*s\s+)?[\wæøå-]+)\s*$", text)
    if match and _ROLE_START.match(match.group(1).split()[-1].lower()):
        return match.group(1)
    return None


_APPOSITIVE_ROLE = re.compile(r"^,\s+(?:som\s+er\s+|who\s+is\s+|the\s+)?([\wæøå-]+(?:\s+(?:for|i|ved|of|at|in)\s+[^,.;:()]{2,60})?)")


def _role_after(text: str) -> str | None:
    """"…, som er talsperson for EUs president Donald Tusk" / "…, leder i LO," / "…, the chief engineer"."""
    match = _APPOSITIVE_ROLE.match(text)
    if match and _ROLE_START.match(match.group(1).split()[0].lower()):
        return match.group(1).strip()
    return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quote marks, plus the dash quote up to the comma before its trailing cue ("– …, sier X.")."""
    spans = [(m.start(), m.end()) for m in _QUOTE_SPANS.finditer(text)]
    dash = _DASH.match(text)
    if dash:
        trailing = [m for m in _TRAILING_CUE.finditer(text)]
        spans.append((dash.end(), trailing[-1].start() if trailing else len(text)))
    return spans


_INITIAL_NOUN = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?:en|et|ene|ske)")  # "Avdelingen", "Amerikanske"
_ORG_NOUN = re.compile(r"(?:selskapet|firmaet|konsernet|klubben|partiet|forbundet|organisasjonen|banken|avisen)$")


def _clean_name(raw: str, text: str, start: int) -> tuple[str | None, str]:
    """Drop sentence-initial function words and genitives; decide person / organisation / outlet."""
    tokens = raw.split()
    while len(tokens) > 1 and _ROLE_START.match(tokens[0].lower()) and "-" not in tokens[0][:3]:
        tokens = tokens[1:]  # "Statsminister Erna Solberg": the role is not part of the name
    for i in range(1, len(tokens) - 1):
        if _ROLE_START.match(tokens[i].lower()):
            tokens = tokens[i + 1:]  # "Scanpix Pave Frans": the name follows the role
            break
    for i in range(len(tokens) - 2, 0, -1):  # "Start En Drøm Christopher Langeland": two names run together
        first, before = tokens[i].lower(), tokens[i - 1].lower()
        if first in _FIRST_NAMES and before not in _FIRST_NAMES and (i >= 2 or _NOT_A_FIRST_NAME.search(tokens[i - 1])
                                                                or _PLACE_BEFORE.search(text[:start])):
            tokens = tokens[i:]  # but "Eivind Olav Kjelbotn Evensen" is one person with an unlisted first name
            break
    if len(tokens) > 2 and tokens[0] in OUTLETS:
        tokens = tokens[1:]  # "til Adresseavisen Yann-Erik de Lanlay": the outlet, then the speaker
    if len(tokens) > 2 and sum(c.isupper() for c in tokens[0]) >= 2 and "-" not in tokens[0]:
        tokens = tokens[1:]  # "KrF Hans Fredrik Grøvan", "NTB Scanpix …": a party or credit before a name
    for joiner in ("for", "of"):
        if joiner in tokens and _ROLE_START.match(tokens[0].lower()):
            tokens = tokens[tokens.index(joiner) + 1:]  # "Stortingsrepresentant for KrF": a role
    if len(tokens) >= 2 and tokens[0].lower() not in _FIRST_NAMES and _INITIAL_NOUN.fullmatch(tokens[0]) \
            and (start == 0 or re.search(r"[.!?:]\s*$", text[:start])):
        # "Avdelingen Hjelm-Hansen leder", "Energiselskapet Fjordkraft": a sentence-initial noun, then the name
        described = tokens.pop(0).lower()
        if len(tokens) == 1:
            organisation = _describes_speaker(described) or _ORG_NOUN.search(described)
            return tokens[0], "organisation" if organisation else "person"
    opening = len(tokens)
    while tokens and tokens[0] in _NOT_NAMES:
        if tokens[0] == "The" and len(tokens) > 1 and (" ".join(tokens) in OUTLETS or _PAPER_NAME.search(tokens[-1])):
            break
        tokens = tokens[1:]
    after_word = len(tokens) < opening  # "Ifølge iFinnmark": the name no longer opens the sentence
    if not tokens:
        return None, ""
    name = " ".join(tokens)
    if name in OUTLETS or re.fullmatch(r"i[A-ZÆØÅ][a-zæøå]{3,}", name):  # iFinnmark, iTromsø: local papers
        return name, "outlet"
    if name.endswith("s") and len(tokens) >= 1 and name[:-1] in OUTLETS:
        return name[:-1], "outlet"
    if re.fullmatch(r"[A-ZÆØÅ]{2,6}\d*", name) or _ORG_SUFFIX.search(name) or \
            re.search(r"(?:parti|partiet|forbundet|selskapet|klubben|byrået)$", tokens[0].lower()) or \
            re.search(r"(?:forbund|forbundet|departement|departementet|direktorat|direktoratet|tilsyn|tilsynet|rådet|"
                      r"styret|kommune|fylkeskommune|politidistrikt|etaten|tjenesten|instituttet|politiet|banken|"
                      r"selskap|tidende|bladet|posten|"
                      r"nyheter|avisen|avis|tingrett|lagmannsrett)$", tokens[-1].lower()):
        return name, "organisation"
    if len(tokens) == 1:
        sentence_start = not after_word and (start == 0 or re.search(r"(?:[.!?:–—«\"]|^\s*-)\s*$", text[:start]))
        if sentence_start or len(name) < 3:
            return None, ""
        return name, "person"
    if tokens[-1].endswith("s") and not tokens[-1].endswith("ss") and tokens[-1][:-1] + " " in text:
        name = " ".join(tokens[:-1] + [tokens[-1][:-1]])  # genitive of a name used elsewhere: Zelenskyjs
    return name, "person"


def _paragraph_attributions(text: str, position: int, state: _ArticleState,
                            earlier: list[Attribution]) -> list[Attribution]:
    quotes = [(m.start(), m.end()) for m in _QUOTE_SPANS.finditer(text)]
    dash = bool(_DASH.match(text))
    inside = _quoted_spans(text)
    results: dict[str, Attribution] = {}
    for sentence_start, sentence in _sentences(text):
        reported_from = None  # where the words reported by this sentence's first speaker begin
        for cue_match in _CUE_RE.finditer(sentence):
            cue_start = sentence_start + cue_match.start()
            if any(s < cue_start < e for s, e in inside):
                continue  # a cue inside someone's quoted words is not this paragraph's attribution
            before = sentence[:cue_match.start()]
            if re.search(r"\b(?:som|who|which|der)\s+(?:\w+\s+)?$", before) and \
                    not re.search(r"\b(?:som|which|that)\s+(?:han|hun|de|he|she|they)\s+$", before):
                continue  # "regelverket, som sier at …": the speaker is a thing named before, not a source
            if re.match(r"\s+seg\s+(?:ikke\s+)?(?:skyldig|uskyldig)", sentence[cue_match.end():]):
                continue  # "sa seg skyldig": a plea in court, not words to report
            if cue_match.group(1).lower() in _PARTICIPLES and not re.match(r"\s*(?:at\b|om\b|that\b|:|,)",
                                                                          sentence[cue_match.end():]) \
                    and not sentence[:cue_match.start()].rstrip().endswith(",") \
                    and not re.match(r"(?:Dette|Det|Det samme)\s+(?:har|hadde)\s", sentence):
                continue  # "har skrevet et innlegg": an act, not a report of words ("Dette har RSL sagt" is)
            if reported_from is not None and not _CLAUSE_BREAK.search(sentence[reported_from:cue_match.start()]) \
                    and cue_match.group(1).lower() not in _SOURCE_CUES \
                    and not sentence[:cue_match.start()].rstrip().endswith(","):
                continue  # "Coastline claimed the union had rejected …": the rejection is Coastline's claim
            attribution = _from_cue(text, sentence, sentence_start, cue_match, position, state, quotes, dash)
            key = f"{attribution.speaker}/{attribution.stance}" if attribution else ""
            if attribution and key not in results:
                results[key if attribution.speaker else f"?{len(results)}"] = attribution
            if attribution and attribution.kind == "indirect" and not dash and not quotes:
                reported_from = cue_match.end()
    for match in _NOMINAL.finditer(text):  # "oppfordringen fra pave Frans": words credited by a noun
        mention = _leading_np(text[match.end():])
        resolved = _resolve(mention, position, state, text, match.end()) if mention and _speaker_like(mention) else None
        if resolved and resolved.speaker and f"{resolved.speaker}/asserts" not in results:
            results[f"{resolved.speaker}/asserts"] = _make(position, resolved, match.group(1), "indirect", "asserts",
                                                           0, len(text))
    if not results and dash:
        results.update(_unlisted_cue(text, position, state))
    for sentence_start, sentence in _sentences(text):
        # "Skattedirektoratet har ikke svart i saken, skriver avisen.": one more party, declining
        decline = _DECLINE.search(sentence)
        subject = _subject_before(sentence[:decline.start()]) if decline else None
        if decline and not subject and re.search(r",\s*(?:men|og|but|and)\s*$", sentence[:decline.start()]):
            subject = _leading_np(sentence)  # "Politiet kjenner identiteten, men ønsker ikke å gå ut med …"
        resolved = _resolve(subject, position, state, text, sentence_start + decline.start()) if subject else None
        if resolved and (resolved.speaker or (resolved.ambiguous and not results)) and \
                not any(a.speaker == resolved.speaker for a in results.values()):
            results[resolved.speaker or "?"] = _make(position, resolved, decline.group(0), "indirect",
                                                     "declines", sentence_start, sentence_start + len(sentence))
    return list(results.values())


_LAST_WORDS = re.compile(rf",\s+([a-zæøå]{{3,}})\s+((?:[a-zæøå]+\s+)?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)\.?\s*$")


def _unlisted_cue(text: str, position: int, state: _ArticleState) -> dict[str, Attribution]:
    """"– …, forklarert North.": a dash quote ending in a verb we do not list (or misspelt) and a known person."""
    match = _LAST_WORDS.search(text)
    if not match or match.group(1) in _PREPOSITIONS:
        return {}
    name = match.group(2).split()[-1] if match.group(2)[0].islower() else match.group(2)
    known = state.canonical(name, "person")
    if known not in state.entities or state.kind(known) != "person":
        return {}
    start = _DASH.match(text).end()
    resolved = _Resolved(state.add(known, "person", position), match.group(2))
    return {known: _make(position, resolved, match.group(1), "direct", "asserts", start, match.start())}


_PARTICIPLES = {"opplyst", "uttalt", "skrevet", "fortalt", "meldt", "påstått", "forklart", "advart", "sagt"}
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:som|og|men|mens|samtidig|and|but|while|as)\b")


def _sentences(text: str) -> list[tuple[int, str]]:
    spans, start = [], 0
    for match in _SENTENCES.finditer(text):
        spans.append((start, text[start:match.start()]))
        start = match.end()
    spans.append((start, text[start:]))
    return spans


def _from_cue(text: str, sentence: str, offset: int, cue_match: re.Match, position: int, state: _ArticleState,
              quotes: list[tuple[int, int]], dash: bool) -> Attribution | None:
    cue = cue_match.group(1)
    lower = cue.lower()
    after = sentence[cue_match.end():]
    before = sentence[:cue_match.start()]
    if lower in _SOURCE_CUES:
        mention, outlet = _noun_phrase_after(after, source=True)
        kind = "according_to"
    elif lower in _IMPERSONAL and re.search(r"(?:^|\bDet\s+|\bdet\s+|,\s*)$", before):
        return _impersonal(text, position, state, cue, after, quotes, dash)
    else:
        cue_at = offset + cue_match.start()
        after_quote = any(e <= cue_at <= e + 3 for _, e in _quoted_spans(text))
        # "…, skriver X." / "«…», sier X": the speaker follows a cue that closes a quote; not so in
        # "the company's chief operating officer, Helen Marsh, told reporters in Aberdeen".
        comma_at = offset + len(before.rstrip()) - 1
        trailing = before.rstrip().endswith((",", "?", "!")) and (
            not quotes and not dash or any(s <= comma_at <= e + 1 for s, e in _quoted_spans(text)))
        subject = None if after_quote else _subject_before(before)
        inverted, outlet = _noun_phrase_after(after, trailing=trailing)
        if trailing and inverted and _speaker_like(inverted):
            mention = inverted
        elif subject and _speaker_like(subject) and subject.split()[0] not in _ADVERBIAL_START and \
                not (before.split() and before.split()[0] in _ADVERBIAL_START and inverted):
            mention, outlet = subject, _outlet_after(after)
        elif inverted and _speaker_like(inverted):
            mention = inverted
        else:
            mention, outlet = subject, _outlet_after(after)
        kind = "direct" if (dash or quotes) else "indirect"
    if not mention:
        return None
    resolved = _resolve(mention, position, state, text, offset + cue_match.start())
    if not resolved.speaker and not resolved.ambiguous:
        return None
    speaker_kind = state.kind(resolved.speaker) if resolved.speaker else None
    if lower in _OUTLET_CUES and resolved.speaker and speaker_kind != "outlet" and _PAPER_NAME.search(resolved.speaker):
        state.entities[resolved.speaker] = replace(state.entities[resolved.speaker], kind="outlet")  # "the paper" later
    if kind != "according_to" and lower in _OUTLET_CUES and resolved.speaker and \
            state.entities.get(resolved.speaker, Entity("", "")).kind == "outlet" and not quotes and not dash:
        kind = "according_to"
    stance = CUES.get(lower, "asserts")
    start, end = _span(text, quotes, dash, offset, cue_match, kind)
    if stance == "asserts" and (_DENIAL_WORDS.search(text[start:end]) or _DENIAL_WORDS.search(sentence)):
        stance = "denies"
    decline = _DECLINE.search(sentence)
    if decline and _declines_themselves(sentence[:decline.start()], resolved.speaker):
        stance = "declines"
    return _make(position, resolved, cue, kind, stance, start, end, outlet)


def _declines_themselves(before: str, speaker: str | None) -> bool:
    """"X har ikke ønsket å kommentere": X declines; in "Y har ikke svart, skriver avisen" the paper does not."""
    subject = _subject_before(before)
    if not subject or subject.split()[0].lower() in PRONOUNS or not speaker:
        return True
    return normalise(speaker).split(" ")[-1] in normalise(subject).split()


_IMPERSONAL = {"heter det", "står det", "opplyses", "fremgår det"}


def _impersonal(text: str, position: int, state: _ArticleState, cue: str, after: str,
                quotes: list[tuple[int, int]], dash: bool) -> Attribution | None:
    """"…, heter det på nettstedet", "Det opplyses at …", "står det": the statement's author is the
    organisation or outlet named in the words after the cue, or else the one named last, in this or the
    paragraph before (a press release or web page quoted without naming it again)."""
    place = re.match(r"\s*(?:i|på|fra)\s+(?:en\s+|et\s+)?([\wæøåÆØÅ-]+(?:\s+[A-ZÆØÅ][\w-]*)*)", after)
    resolved = _resolve_description(place.group(1), position, state) if place else None
    if resolved is None or not resolved.speaker:
        near = {name for paragraph, name in state.recent if paragraph >= position - 1
                and state.kind(name) in ("organisation", "outlet")}
        if len(near) != 1:
            return None  # none, or several that could have written it
        speaker = near.pop()
        resolved = _Resolved(speaker, cue)
    start = _DASH.match(text).end() if dash else (quotes[-1][0] + 1 if quotes else 0)
    return _make(position, resolved, cue, "direct" if dash or quotes else "indirect", "asserts", start, len(text))


def _make(position: int, resolved: _Resolved, cue: str, kind: str, stance: str, start: int, end: int,
          outlet: str | None = None) -> Attribution:
    return Attribution(position, resolved.speaker, resolved.mention, cue, kind, stance, resolved.ambiguous,
                       resolved.candidates, start, end, outlet)


def _noun_phrase_after(after: str, source: bool = False, trailing: bool = False) -> tuple[str | None, str | None]:
    """The speaker after an inverted cue: "…, sier LO-leder Hans-Christian Gabrielsen til NTB."."""
    # "Det tror ikke Håland", "Det mener også Støre": an adverb between the cue and the name
    after = re.sub(r"^\s*(?:heller\s+ikke|ikke|ikkje|også|òg|derimot|likevel|not|also)\s+(?=[A-ZÆØÅ])", " ", after)
    if source:  # "according to figures published by the Chamber", "ifølge tall fra SSB"
        after = re.sub(r"^\s*(?:[a-zæøå]+\s+){1,3}?(?:published\s+by|released\s+by|issued\s+by|compiled\s+by|"
                       r"from|by|fra|frå)\s+(?=(?:the\s+)?[A-ZÆØÅ])", " ", after)
    if re.match(r"\s*(?:til|to|i|på|at|that|in|for|om|about|on|med|with|etter|after|da|when|,)\b", after,
                re.IGNORECASE):
        return None, _outlet_after(after)
    text = _leading_np(after.strip())
    known = _known_outlet(text)
    if known and not re.match(r"(?:avisen|avisa|the|kanalen|nyhetsbyrået)\s", text, re.IGNORECASE):
        return known, None
    rest = after.strip()[len(text):]
    following = rest.strip().split(" ", 1)[0].lower()
    if source and re.fullmatch(r"[A-ZÆØÅ][\w-]{3,}s", text) and following[:1].isalpha() and following.islower() \
            and following not in _PREPOSITIONS:
        text = text[:-1]  # "ifølge Politikens opplysninger": the paper
    if not source and text and text.islower() and following[:1].isalpha() and \
            following not in _PREPOSITIONS | {"selv", "også"} and \
            not (trailing and _describes_speaker(text.lower()) and following in _AFTER_SPEAKER):
        return None, None  # "mener partiet klarte …": a common noun followed by a verb starts a clause
    outlet = _outlet_after(rest)
    text = re.sub(r",\s*(?:som|who|der|which)\b.*$", "", text).strip(" ,")
    return (text or None), outlet


# "…, tvitrer presidenten kort tid etter": words that may follow a trailing speaker (not a verb)
_AFTER_SPEAKER = {"kort", "senere", "tidligere", "etterpå", "nå", "da", "i dag", "mandag", "tirsdag", "onsdag",
                  "torsdag", "fredag", "lørdag", "søndag"}
_NOMINAL = re.compile(r"\b((?:oppfordring|uttalelse|melding|beskjed|advarsel|kritikk|budskap|påstand|appell|"
                      r"statement|warning|call|message)(?:en|a|ene|er)?)\s+(?:fra|frå|from|by)\s+", re.IGNORECASE)
_PREPOSITIONS = set("i på under til ved med om fra frå etter før mot hos for av in on at to of with from after before "
                    "about by during than som who da når and og men but at that".split())


def _leading_np(text: str) -> str:
    """Role words, then a name with its "i LO" / "for YS Privat" / ", Vegard Einan" parts; stops at a verb."""
    text = re.split(r"(?<!\b[A-ZÆØÅ])[.;:!?](?![a-zæøå])", text, maxsplit=1)[0]  # "RBK.no" goes on
    tokens = text.split()
    kept: list[str] = []
    seen_name = took_appositive = False
    lower_run = 0  # lowercase words in a row: a role is short, a clause is not
    for i, token in enumerate(tokens):
        word = token.strip(",")
        if re.fullmatch(r"\d{1,2}\.|\d{4}", word) and not seen_name:
            break  # "ifølge russiske myndigheter 29. desember": a date, not part of the source
        capital = bool(re.match(r"[A-ZÆØÅÄÖÉ]", word) or (seen_name and word[:1].isdigit()))  # "TV 2"
        lower_run = 0 if capital else lower_run + (not word[:1].isdigit())
        if kept and kept[-1].endswith("-") and word in ("og", "eller", "and"):
            kept.append(token)  # "arbeids- og sosialminister": one role
            continue
        genitive_role = kept and kept[-1].endswith("s") and bool(_ROLE_START.match(word.lower()))
        if kept and not capital and not seen_name and word.lower() not in _PREPOSITIONS and not genitive_role and \
                not kept[-1].endswith(",") and _describes_speaker(kept[-1].strip(",").lower()):
            break  # "politiet ble …": the description is the speaker, the verb starts the clause
        if capital or (word.lower() in ("i", "for", "ved", "in", "of", "fra", "the", "og", "and")
                       and i + 1 < len(tokens) and re.match(r"[A-ZÆØÅ]", tokens[i + 1])):
            # a genitive ("Spesialenhetens avdeling") belongs to a role, not yet the speaker's name
            genitive = word.endswith("s") and i + 1 < len(tokens) and tokens[i + 1][:1].islower()
            seen_name = (seen_name or capital) and not genitive  # "Bane Nors prosjektleder …": not yet
        elif seen_name or lower_run > (7 if any(_ROLE_START.match(k.lower()) for k in kept) else 4) or (
                word.lower() in _PREPOSITIONS and not (
                word.lower() in ("for", "i", "ved", "of", "at", "in")  # "leder for …", "sjef i …"
                and kept and (_ROLE_START.match(kept[-1].lower()) or kept[-1].endswith("s")))):
            break
        kept.append(token)
        if not token.endswith(","):
            continue
        # ", advokat Halvor Hjelm-Hansen", ", Vegard Einan": up to two role words, then a full name, once
        appositive = bool(re.match(r"(?:[a-zæøå-]+\s+){0,2}[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)+,?(?:\s|$)",
                                   " ".join(tokens[i + 1:i + 6]) + " "))
        if seen_name and took_appositive:
            break  # "…, Maria Zakharova, Le Mesurier for …": the object follows the speaker
        if appositive and not took_appositive:
            seen_name, took_appositive = False, True  # the role and name after the comma are the speaker
        elif seen_name and not (i + 1 < len(tokens) and re.match(r"[A-ZÆØÅ]", tokens[i + 1])):
            break
    return " ".join(kept).strip(" ,")


def _describes_speaker(word: str) -> bool:
    return (word in _OUTLET_WORDS or word in _COURT_PAPERS or word in _PAPERS or word in _ORG_WORDS
            or bool(_INSTITUTION.search(word)) or bool(_ROLE_START.match(word)))


def _outlet_after(after: str) -> str | None:
    til = re.match(r"\s*(?:til|to)\s+([^,.;:]+)", after)
    return _known_outlet(til.group(1)) if til else None


def _known_outlet(words: str) -> str | None:
    words = re.sub(r"^(?:avisen|avisa|the|kanalen|nyhetsbyrået)\s+", "", words.strip(), flags=re.IGNORECASE)
    for outlet in sorted(OUTLETS, key=len, reverse=True):
        if words.startswith(outlet):
            return outlet
    return None


def _subject_before(before: str) -> str | None:
    """The subject before a cue: from the last closing quote or sentence start, relative clauses dropped."""
    fronted = re.match(r"(?:Dette|Det|Det samme)\s+(?:har|hadde)\s+(\S.*?)\s*$", before.strip())
    if fronted:  # "Dette har RSL sagt": the object first, the speaker after the auxiliary
        return fronted.group(1)
    relative = re.search(r"\b(?:som|which|that)\s+(han|hun|de|he|she|they)\s*$", before)
    if relative:  # "en granskning av sammenstøtene, som hun sier har ført til skader": she says
        return relative.group(1)
    cleft = re.search(r"(?:^|[.!?]\s+)(?:Det|It)\s+(?:var|er|was|is)\s+(.{3,60}?)\s+(?:som|who|that)\s+(?:\w+\s+){0,3}$",
                      before)
    if cleft:  # "Det var myndighetene i Moskva som tidligere lørdag opplyste"
        return cleft.group(1)
    text = re.sub(r",\s*(?:som|who|der|which)\b[^,]*,", "", before)
    boundary = max(text.rfind("»"), text.rfind("”"), text.rfind('"'))
    text = text[boundary + 1:] if boundary >= 0 else text
    text = _DASH.sub("", text.strip(" ,"))
    if re.search(r"\b(?:men|og|and|but)\s*$", text):
        return None  # "…, men mener …": the same speaker goes on
    parts = _CUE_RE.split(text)
    if len(parts) > 1 and parts[-1].strip():  # "Solberg sier hun mener": the subject of the last cue
        text = re.split(r"\b(?:at|that)\s+", parts[-1])[-1].strip(" ,")
    text = re.split(r",\s*(?:mens|men|og|fordi|når|da|etter\s+at|while|but|and|because|when|after)\s+|"
                    r"\s(?:da|når|fordi|mens|etter\s+at|dersom|hvis|when|because|while)\s+(?=\S)", text)[-1]
    if len(text.split()) > 1 and text.split()[0].lower() in PRONOUNS:
        return None  # "hun ønsker gjenvalg, …": a clause, not the subject of this cue
    text = re.sub(r"\s+(?:har|hadde|har\s+også|has|had|have|will|would|also|også|ikke|ikkje|not|skal|vil|kan|"
                  r"did|does|do|had)\b.*$", "", text)
    if re.search(r"\b(?:og|and)\s*$", text):
        return None  # "X er kritiske til Y og har anklaget …": the subject is further back
    words = text.split()
    if not words or len(words) > 14:
        return None
    return text


def _speaker_like(mention: str) -> bool:
    """After an inverted cue, is this a speaker rather than the object ("kaller oppslaget …")?"""
    words = mention.split()
    if len(words) > 1 and words[0].islower() and words[0].endswith("s"):
        words = words[1:]  # "mannens advokat …"
    first = words[0]
    lower = mention.lower()
    # the noun phrase has no preposition in it (see _leading_np), so a name in it is the speaker's
    capitalised = any(re.match(r"[A-ZÆØÅ]", w) and w not in _NOT_NAMES for w in words)
    return (first.lower() in PRONOUNS or capitalised or lower in _OUTLET_WORDS
            or lower in _ORG_WORDS or bool(_ROLE_START.match(lower)) or bool(_INSTITUTION.search(lower.split()[-1])))


_ADVERBIAL_START = set(("I På Til Etter Under Med Gjennom Før Ved Da Nå Også Men Og Derfor Likevel Samtidig Senere "
                        "Tidligere Dermed Her Der Om Mot Fra Frå Som In On At After Before During With Later Earlier "
                        "Then Now But And So When While If As Ifølge Ifølgje According").split())
_ROLE_START = re.compile(r"^(?:[\wæøå-]*(?:leder|leiar|sjef|minister|ministeren|talsperson|talsmann|direktør|"
                         r"ordfører|president|rådgiver|trener|treneren|advokat|forsker|professor|spokesman|"
                         r"spokeswoman|spokesperson|talskvinne|rapportør|minister|chief|director|mayor|leader|manager|inspektør|"
                         r"politimester|aktor|forsvarer|ekspert|analytiker|journalist|lege|redaktør|pave|paven|pope|biskop|"
                         r"kong|kongen|dronning|prins|statsråd|sekretær|secretary|officer|senator|politiker|politikeren|"
                         r"borgermester|ordføreren|nestleder)(?:en|et|a|ene|er)?)\b")


def _resolve(mention: str, position: int, state: _ArticleState, text: str, offset: int) -> _Resolved:
    """Map the speaker words to an entity: pronoun, description, institution or name."""
    mention = mention.strip(" ,.")
    # "ifølge Politikens opplysninger": the paper, not its information
    mention = re.sub(r"^([A-ZÆØÅ][\w-]{3,})s\s+(?:opplysninger|kilder|oppslag|rapport|artikkel|nettsider?|"
                     r"undersøkelse|melding|pressemelding|beregninger|tall)\b.*$", r"\1", mention)
    if mention.split() and mention.split()[0].lower() in PRONOUNS:
        mention = mention.split()[0]
    lower = mention.lower()
    if lower in PRONOUNS:
        return _resolve_pronoun(mention, position, state, text, offset)
    described = _resolve_description(mention, position, state)
    if described is not None:
        return described
    of = re.match(r"(?:the|a|an)\s+([a-z]+)\s+of\s+", lower)
    if of and not _describes_speaker(of.group(1)) and not re.search(rf"{_NAME_TOKEN}\s+{_NAME_TOKEN}\s*,?$", mention):
        return _Resolved(None, mention)  # "the developer of the Skerry Bank wind farm": not Skerry Bank itself
    names = [(m.group(0), m.start()) for m in _NAME.finditer(mention)]
    cleaned = [(n, k) for raw, start in names for n, k in [_clean_name(raw, mention, start)] if n]
    head = re.split(r"\s+(?:i|på|in)\s+", lower)[0]  # "myndighetene i Moskva", "politiet i Oslo"
    institution = _INSTITUTION.search(lower.split()[-1]) or _INSTITUTION.search(head.split()[-1])
    if institution and len(mention.split()) <= 6 and \
            not any(" " in n and k == "person" for n, k in cleaned):
        return _Resolved(state.add(mention[0].upper() + mention[1:], "organisation", position), mention)
    if not cleaned and names:  # one capitalised word at the start: a surname, or a name known in the article
        raw = names[0][0]
        if _ROLE_START.match(raw.lower()):
            return _Resolved(None, mention)  # "Arbeidsministeren" whose name the article has not given
        known = state.canonical(raw, "person")
        if raw not in _NOT_NAMES and (len(mention.split()) == 1 or known in state.entities):
            cleaned = [(raw, "outlet" if raw in OUTLETS else "person")]
    if not cleaned:
        return _Resolved(None, mention)
    name, kind = _pick_name(mention, cleaned)
    role = mention[:mention.find(name.split()[0])].strip(" ,") or None
    if role and not _ROLE_START.match(role.split()[-1].lower()):
        role = None  # "Preben" before "Aamann" is a first name, not a role
    canonical = state.canonical(name, kind)
    known = state.entities.get(canonical)
    kind = known.kind if known else kind
    return _Resolved(state.add(canonical, kind, position, role=role, alias=name if name != canonical else None),
                     mention)


_AGE_DESCRIPTION = re.compile(r"^(?:den\s+|the\s+)?(?:\d+\s+år\s+gamle\b|\d+-åring(?:en)?$|\d+-year-old\b)")


def _resolve_description(mention: str, position: int, state: _ArticleState) -> _Resolved | None:
    """"Avisen" = the outlet named before, "selskapet" = the organisation, "paven" = the person with that role."""
    lower = mention.lower()
    if lower in _ORG_WORDS:
        return _Resolved(state.last("organisation", position), mention)
    if _AGE_DESCRIPTION.match(lower):  # "den 18 år gamle spissjuvelen", "25-åringen": the person in focus
        if state.last_speaker and state.kind(state.last_speaker[1]) == "person":
            return _Resolved(state.last_speaker[1], mention)
        return _Resolved(state.last("person", position), mention)
    if re.match(r"^(?:den|det|de|the)\s+[a-zæøå]", lower) and _INSTITUTION.search(lower.split(" i ")[0]):
        return _Resolved(state.add(mention[0].upper() + mention[1:], "organisation", position), mention)
    if re.search(r"[A-ZÆØÅ]", mention[1:]):
        return None  # a name follows the description ("nettstedet Kampanje"): the name decides
    if lower in _OUTLET_WORDS or (len(lower.split()) <= 2 and lower.split()[0] in _OUTLET_WORDS):
        return _Resolved(state.last("outlet", position), mention)
    if len(lower.split()) <= 2 and _ROLE_START.match(lower):
        who = state.with_role(lower.split()[0])
        return _Resolved(who, mention) if who else None
    if len(lower.split()) == 1:
        found = _by_definite_noun(lower, position, state)
        if found is not None:
            return found
    if len(lower.split()) == 1 and _INSTITUTION.search(lower):
        known = state.canonical(mention[0].upper() + mention[1:], "organisation")
        return _Resolved(state.add(known, "organisation", position), mention)
    return None


_COURT_PAPERS = {"dommen", "kjennelsen", "retten", "domstolen", "the ruling", "the judgment", "the court"}
_PAPERS = {"rapporten", "meldingen", "pressemeldingen", "uttalelsen", "brevet", "the report", "the statement"}


def _by_definite_noun(word: str, position: int, state: _ArticleState) -> _Resolved | None:
    """"tilsynet" = Mattilsynet, "instituttet" = Veterinærinstituttet, "dommen" = the court, "rapporten" =
    the organisation named last: a definite noun stands for the body named before whose name ends in it."""
    organisations = [name for _, name in reversed(state.recent) if state.kind(name) in ("organisation", "outlet")]
    if word in _COURT_PAPERS:
        court = next((n for n in organisations if re.search(r"(?:rett|retten|domstol|court)$", n.lower())), None)
        return _Resolved(court or state.add("Retten", "organisation", position), word)
    if word in _PAPERS:
        return _Resolved(organisations[0], word) if organisations else None
    stem = re.sub(r"(?:et|en|ene|a)$", "", normalise(word))
    if len(stem) < 4:
        return None
    for name in dict.fromkeys(organisations):
        last = re.sub(r"(?:et|en|ene|a)$", "", normalise(name).split(" ")[-1])
        if last.endswith(stem) and normalise(name) != normalise(word):
            return _Resolved(name, word)
    return None


def _pick_name(mention: str, cleaned: list[tuple[str, str]]) -> tuple[str, str]:
    """"leder for YS Privat, Vegard Einan": the appositive name; else the first full person name."""
    tail = mention.rsplit(",", 1)[-1].strip() if "," in mention else ""
    for name, kind in cleaned:
        if tail and name == tail and kind == "person":  # not "…, FOI" after the person's institution
            return name, kind
    for name, kind in cleaned:  # "Bane Nors prosjektleder Iselin Engh": the name the role is given to
        before = mention[:mention.find(name)].split()
        if kind == "person" and " " in name and before and _ROLE_START.match(before[-1].lower()):
            return name, kind
    persons = [c for c in cleaned if c[1] == "person" and " " in c[0]]
    return (persons or cleaned)[0]


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
    here = list(dict.fromkeys(n for p, o, n in state.subjects if p == position and o < offset and _fits(n, gender)))
    if len(here) == 1:
        return _Resolved(here[0], pronoun)
    if here:  # two people named before the pronoun: the one speaking just before, or say it is ambiguous
        if state.last_speaker and state.last_speaker[1] in here and state.last_speaker[0] >= position - 1:
            return _Resolved(state.last_speaker[1], pronoun)
        return _Resolved(None, pronoun, True, tuple(here))
    for paragraph in range(position - 1, max(-1, position - 4), -1):
        last = state.last_speaker[1] if state.last_speaker and state.last_speaker[0] == paragraph else None
        # "Viking bekreftet …" then "sier han": a one-word name may be a club, not the man
        if last and _fits(last, gender) and state.kind(last) == "person" and \
                (" " in last or last.lower() in _FIRST_NAMES):
            return _Resolved(last, pronoun)
        names = list(dict.fromkeys(n for p, _, n in state.subjects if p == paragraph and _fits(n, gender)))
        names = [n for n in names if normalise(n).split(" ")[-1] not in quoted.split()]
        if len(names) == 1:
            return _Resolved(names[0], pronoun)
        if len(names) > 1:
            return _Resolved(None, pronoun, True, tuple(names))
    return _Resolved(None, pronoun)


def _fits(name: str, gender: str) -> bool:
    """Whether "han"/"hun" can refer to the person, judged by a list of common first names."""
    first = name.split(" ")[0].lower()
    if gender == "f":
        return first not in _MALE
    if gender == "m":
        return first not in _FEMALE
    return True


def _span(text: str, quotes: list[tuple[int, int]], dash: bool, offset: int, cue_match: re.Match,
          kind: str) -> tuple[int, int]:
    """Offsets of the quoted or reported words: the dash quote, the quote marks, or the reported clause."""
    if dash:
        start = _DASH.match(text).end()
        comma = text.rfind(",", 0, offset + cue_match.start())
        return start, comma if comma > start else len(text)
    if quotes:
        start, end = quotes[-1]
        return start + 1, end - 1
    return offset, len(text) if offset + len(text[offset:]) == len(text) else offset + len(text[offset:])


_INTERVIEW_QUESTION = re.compile(r"^[–—-]\s*[^.!?]{3,120}\?\s*$")


def _has_own_cue(text: str) -> bool:
    """«…» spør en Instagram-bruker: a cue right after the quote names its speaker, even one we cannot resolve."""
    ends = [e for _, e in (m.span() for m in _QUOTE_SPANS.finditer(text))]
    return any(any(e <= m.start() <= e + 3 for e in ends) for m in _CUE_RE.finditer(text))


def _is_interview_question(article: Article, position: int) -> bool:
    """A short dash question answered by the next dash paragraph is the reporter's, not the speaker's
    ("– Eller sitter dere og taster på mobilen?" followed by narration is the speaker asking)."""
    following = article.paragraphs[position + 1].text if position + 1 < len(article.paragraphs) else ""
    return bool(_INTERVIEW_QUESTION.match(article.paragraphs[position].text) and _DASH.match(following))


def _is_quote_paragraph(text: str) -> bool:
    return bool(_DASH.match(text)) or text.lstrip().startswith(("«", "“", '"'))


def _continuation(text: str, position: int, previous: Attribution | None, article: Article,
                  state: _ArticleState) -> list[Attribution]:
    """A quote paragraph with no cue: the speaker quoted just before, or named just after ("Det sier X")."""
    start = _DASH.match(text).end() if _DASH.match(text) else 0
    if _is_interview_question(article, position):
        return []  # "– Vil det påvirke oppkjøringen?": the reporter asks, nobody is quoted
    if previous and previous.paragraph >= position - 2 and previous.speaker:
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
