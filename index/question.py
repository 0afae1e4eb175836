"""Read a question: what kind it is (intent), who it is about (speaker) and what about (topic).

Bokmål, nynorsk and English. The speaker here is the words the asker used; `search` resolves
them to an entity of the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.kinship import is_kin_word
from index.lexicon import FIRST_NAMES

SPEAKER_QUOTES = "speaker_quotes"
CLAIM_SOURCE = "claim_source"
TOPICAL = "topical"

_NB_VERBS = (r"sa|sier|seier|sagt|mener|meiner|mente|meinte|tenker|hevder|hevdet|påstår|påsto|uttalte|uttaler"
             r"|skrev|skreiv|skriv|skriver|fortalte|fortalde|forteller|svarte|svarer|tror|trur|synes|syns|advarte|advarer"
             r"|opplyste|opplyser|oppga|oppgir|meldte|melder|kommenterte|kommenterer|forklarte|forklarer|understreket"
             r"|bekreftet|bekrefter|avviste|avviser|innrømmet|innrømmer|uttrykte|uttrykker|lovet|lover|krevde|krever")
_EN_VERBS = (r"say|said|think|thought|claim|tell|told|write|wrote|written|mean|state|stated|believe|argue|warn|reply|"
             r"replied|respond|answer|comment|admit|explain|add|announce|tweet|post")
# "om Trump", "etter kampen", "på pressekonferansen": what the quotes should be about (ranks, never filters)
_TOPIC_NB = r"(?:\s+(?:om|angående|til|rundt|etter|under|før|på|ved|i\s+saken\s+om|(?-i:da|når))\s+(?P<topic>.+?))?"
_TOPIC_EN = r"(?:\s+(?:about|on|regarding|of|concerning|to|after|during|before|at|when|in)\s+(?P<topic>.+?))?"
_END = r"\s*[?.!]*\s*$"
# "Hva sa faren til Mathias Kvam om kampen?": "til Mathias Kvam" says whose father, the topic comes after "om"
_RELATIVE = re.compile(rf"\s+(?P<relative>(?P<by>til|åt|etter)\s+.+?)(?:\s+om\s+(?P<topic>.+?))?{_END}", re.IGNORECASE)

_SPEAKER_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    rf"^(?:hva|kva)\s+(?:har|hadde)\s+(?P<who>.+?)\s+(?:{_NB_VERBS}|ment|meint|uttalt|hevdet|påstått|fortalt){_TOPIC_NB}{_END}",
    rf"^(?:hva|kva)\s+(?:{_NB_VERBS})\s+(?P<who>.+?){_TOPIC_NB}{_END}",
    rf"^(?:hvordan|korleis)\s+(?:forklarer|begrunner|reagerer|reagerte|forklarte|grunngir)\s+(?P<who>.+?){_TOPIC_NB}{_END}",
    rf"^what\s+(?:did|does|do|has|have|had)\s+(?P<who>.+?)\s+(?:{_EN_VERBS})(?:\s+(?:have\s+)?to\s+say|"
    rf"(?-i:\s+(?:the\s+)?[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*)|\s+(?:reporters|journalists|the\s+(?:press|media|"
    rf"court|committee|jury|newspaper|paper)|parliament))?{_TOPIC_EN}{_END}",  # "tell NRK / reporters about …"
    rf"^what\s+(?:was|were|is|are)\s+(?P<who>.+?)['’]s?\s+(?:quotes?|statements?|comments?|words|views?|position|opinion|response|reaction){_TOPIC_EN}{_END}",
    rf"^how\s+(?:did|does)\s+(?P<who>.+?)\s+(?:respond|react|explain|comment){_TOPIC_EN}{_END}",
    rf"^(?:quotes?|statements?|comments?)\s+(?:from|by)\s+(?P<who>.+?){_TOPIC_EN}{_END}",
    rf"^(?:sitater?|uttalelser?|utsagn)\s+(?:fra|av|frå)\s+(?P<who>.+?){_TOPIC_NB}{_END}",
    # yes/no forms a reporter uses: "Har Peskov sagt noe om Taiwan?", "Sa Peskov noe?", "Did Peskov say anything …?"
    rf"^(?:har|hadde)\s+(?P<who>.+?)\s+(?:sagt|uttalt\s+seg|kommentert|skrevet|ment)(?:\s+(?:noe|noko|noen\s+ting))?"
    rf"{_TOPIC_NB}{_END}",
    rf"^(?:sa|sier|mente|mener|skrev|uttalte)\s+(?P<who>.+?)\s+(?:noe|noko|noen\s+ting){_TOPIC_NB}{_END}",
    rf"^(?:did|has|have|had)\s+(?P<who>.+?)\s+(?:say|said|comment|commented|write|written|wrote)"
    rf"(?:\s+(?:anything|something))?{_TOPIC_EN}{_END}",
    rf"^(?:hvilke|kva\s+for|which)\s+(?:sitater|sitat|quotes)\s+(?:har\s+vi|finnes|fins|do\s+we\s+have|are\s+there)\s+"
    rf"(?:fra|frå|from|by)\s+(?P<who>.+?){_TOPIC_NB}{_END}",
)]

_CLAIM_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"^(?:who|which\s+\w+)\s+(?:(?:has|have|had|did|does)\s+)?(?:says?|said|claims?|claimed|reports?|reported|revealed|"
    r"reveals|confirms?|confirmed|denies|denied|deny|wrote|writes|told|tells|states?|stated|alleges?|alleged|asserts?|"
    r"asserted|disputes?|disputed|rejects?|rejected|is\s+behind|first\s+reported|made|warns?|warned|calls?|called|"
    r"described|describes|suspects?|suspected|predicts?|predicted|announced|announces|proposed|proposes|demanded|"
    r"demands|accused|accuses|critici[sz]ed|critici[sz]es|believes?|believed|thinks?|thought|argued|argues|"
    r"admitted|admits|insisted|insists|estimated|estimates|quoted|quotes|cited|cites)\b(?P<topic>.*)$",
    r"^(?:hvem|kven|hvilken\s+\w+|hvilke\s+\w+)\s+(?:(?:har|hadde)\s+)?(?:sier|sa|seier|hevder|hevdet|påstår|påsto|mener|"
    r"meiner|bekrefter|bekreftet|bekrefta|stadfester|stadfesta|avviser|avviste|avviste|benekter|benektet|skriver|skrev|"
    r"skreiv|skriv|seier|meinte|fortalde|"
    r"rapporterte|rapporterer|avslørte|avslører|opplyser|opplyste|står\s+bak|advarer|advarte|kom\s+med|fortalte|"
    r"forteller|uttalte|sagt|hevda|påstått|meldte|melder|kalte|kaller|kalla|beskrev|beskriver|mistenker|mistenkte|"
    r"spår|spådde|varslet|varsler|kunngjorde|foreslo|foreslår|krevde|krever|anklaget|anklager|kritiserte|"
    r"kritiserer|tror|trur|trodde|innrømmet|innrømmer|erkjente|erkjenner|anslår|anslo|siterer|siterte|sitert)\b"
    r"(?P<topic>.*)$",
    # any other verb with its claim: "Hvem forklarer at …", "Hvem hadde på forhånd ventet at …", "Who expects that …"
    r"^(?:hvem|kven|who)\s+(?!(?:er|var|is|was|are|were)\b)(?:[^\s?]+\s+){1,4}?(?:at|that)\s+(?P<topic>.+)$",
    r"\b(?:what|which|who)(?:\s+\w+)?\s+(?:is|was|are)\s+the\s+sources?\b(?P<topic>.*)$",
    r"\b(?:hva|hvem|kva|kven|hvilken\s+\w+|hvilket\s+\w+|kva\s+for\s+(?:ei|ein|eit)?\s*\w+)\s+(?:er|var)\s+"
    r"(?:kilden|kildene|kjelda|kjeldene|kjelde|kilde)\b(?P<topic>.*)$",
    r"\b(?:according\s+to\s+whom|ifølge\s+hvem|ifølgje\s+kven)\b(?P<topic>.*)$",
    r"^(?:source|kilde|kjelde)\s*(?:for|til|:)\s*(?P<topic>.*)$",
)]

_CLAIM_LEAD = re.compile(r"^\s*(?:for\s+|til\s+|of\s+|behind\s+)?(?:the\s+(?:claim|report|statement)\s+|"
                         r"påstanden\s+|opplysningen\s+|uttalelsen\s+|meldingen\s+)?(?:that|at|om\s+at)?\s+",
                         re.IGNORECASE)
# follow-ups in a chat: "og hva sa han om Trump?", "and what did she say about it?"
_LEADING_CONJUNCTION = re.compile(r"^(?:og|and|men|but|so|så|ok|okay)[,]?\s+", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:reported|reports|wrote|writes|source|rapportert\w*|skrev|skriver|"
                       r"meldte|melder|kilde\w*|kjelde\w*|according)\b", re.IGNORECASE)
STANCE_WORDS = {
    "denies": re.compile(r"\b(?:den(?:y|ies|ied)|rejects?|rejected|disputes?|disputed|avvis\w*|benekt\w*|"
                         r"tilbakevis\w*|nekter|nektet)\b", re.IGNORECASE),
    "confirms": re.compile(r"\b(?:confirm\w*|bekreft\w*|stadfest\w*)\b", re.IGNORECASE),
}


@dataclass(frozen=True)
class ParsedQuestion:
    """What the asker wants: the kind of answer, the person or source named, and the topic."""

    text: str
    intent: str
    speaker: str | None
    topic: str | None
    stance: str | None = None  # the stance a claim question asks about (who *denied* …)
    reported: bool = False  # "who reported / wrote / revealed …": an outlet or a source is wanted


def parse_question(text: str) -> ParsedQuestion:
    """Classify a question; the speaker is returned as written, without resolution."""
    cleaned = _LEADING_CONJUNCTION.sub("", " ".join(text.strip().split()))
    for pattern in _SPEAKER_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            who, topic = _clean_name(match.group("who")), match.group("topic")
            relative = _RELATIVE.match(cleaned, match.end("who")) if who else None
            if relative and is_kin_word(who, relative.group("by")):
                # "moren til 19-åringen som ble knivstukket": the clause says which 19-year-old, it stays
                who, topic = f"{who} {relative.group('relative')}".strip(" ,.?!"), relative.group("topic")
            if who:
                return ParsedQuestion(cleaned, SPEAKER_QUOTES, who, _clean_topic(topic))
    for pattern in _CLAIM_PATTERNS:
        match = pattern.search(cleaned)
        if match:
            # the question's own verb asks for a stance, not the claim: "Who claims the union rejected the offer?"
            verb = cleaned[:match.start("topic")]
            stance = next((s for s, p in STANCE_WORDS.items() if p.search(verb)), None)
            return ParsedQuestion(cleaned, CLAIM_SOURCE, None, _clean_topic(match.group("topic")) or cleaned, stance,
                                  bool(_REPORTED.search(cleaned)))
    return ParsedQuestion(cleaned, TOPICAL, None, cleaned.rstrip("?!. ") or None)


def _clean_name(who: str) -> str | None:
    who = who.strip(" ,.?!\"'«»")
    who = re.sub(r"\s+(?:som|who|that)\s+.*$", "", who)  # "Kolstad-spilleren som ble kalt inn": who, not the clause
    # "Camilla Ryste of NAF", "Halvor Hjelm-Hansen i Spesialenheten": the affiliation is not the name
    # (a role keeps its place: "the operations manager at Oslo police district", "rådmannen i Naustdal")
    who = re.sub(r"^([A-ZÆØÅ]\S*\s+[A-ZÆØÅ]\S*.*?)\s+(?:of|from|fra|frå|i|in|at|ved|hos)\s+[A-ZÆØÅ].*$", r"\1", who)
    who = re.sub(r"^(?:the|mr\.?|ms\.?|mrs\.?|dr\.?)\s+", "", who, flags=re.IGNORECASE) if len(who.split()) > 1 else who
    # "Høyres Erlend Svardal Bøe": the party's genitive before a full name is not part of it
    genitive = re.match(r"^([A-ZÆØÅ][\w-]*s)\s+(?=[A-ZÆØÅ][\w-]*\s+[A-ZÆØÅ])", who)
    if genitive and genitive.group(1).lower() not in FIRST_NAMES:  # but "Jonas Gahr Støre" is one name
        who = who[genitive.end():]
    # "Ap-lederen onsdag formiddag": when it was said is not part of who said it
    who = re.sub(r"\s+(?:i\s+går|i\s+dag|(?:på\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|"
                 r"yesterday|today|on\s+\w+day)(?:\s+(?:morgen|formiddag|ettermiddag|kveld|morning|evening))?$", "", who,
                 flags=re.IGNORECASE)
    return who or None


def _clean_topic(topic: str | None) -> str | None:
    if not topic:
        return None
    topic = _CLAIM_LEAD.sub("", " " + topic).strip(" ?!.,:")
    return topic or None
