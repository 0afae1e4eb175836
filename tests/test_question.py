"""Reading questions in bokmål, nynorsk and English: intent, speaker and topic."""

from __future__ import annotations

import pytest

from index.question import CLAIM_SOURCE, SPEAKER_QUOTES, TOPICAL, parse_question


@pytest.mark.parametrize("text, speaker, topic", [
    ("Hva sa Peskov?", "Peskov", None),
    ("Kva meinte statsministeren om skatten?", "statsministeren", "skatten"),
    ("Kva skreiv Stoltenberg om Ingrid Aune?", "Stoltenberg", "Ingrid Aune"),
    # "da"/"when" opens the topic; a relative clause describes the speaker but is not part of the name
    ("Hva sa Loginov da han ble konfrontert med dopingstraffen?", "Loginov", "han ble konfrontert med dopingstraffen"),
    ("Hva sa Kolstad-spilleren som ble kalt inn som erstatter?", "Kolstad-spilleren", None),
    ("Hva sa Luiz Da Silva?", "Luiz Da Silva", None),
    # yes/no forms and "which quotes"
    ("Har Peskov sagt noe om Taiwan?", "Peskov", "Taiwan"),
    ("Sa Peskov noe om Taiwan?", "Peskov", "Taiwan"),
    ("Did Peskov say anything about Taiwan?", "Peskov", "Taiwan"),
    ("Hvilke sitater har vi fra Peskov?", "Peskov", None),
    ("What did Dmitry Peskov say about the Wall Street Journal report?", "Dmitry Peskov",
     "the Wall Street Journal report"),
    ("What did Erna Solberg reply to the Instagram user?", "Erna Solberg", "the Instagram user"),
    ("og hva sa han om Trump?", "han", "Trump"),
    ("Hva sa Haaland etter kampen?", "Haaland", "kampen"),  # the occasion is a topic, not part of the name
    ("Hva sa Leo Skiri Østigård på pressekonferansen?", "Leo Skiri Østigård", "pressekonferansen"),
    ("What did Solskjær say after the match?", "Solskjær", "the match"),
    # whom it was told to is neither the speaker nor the topic
    ("What did Haver-Loseth tell NRK about her comeback?", "Haver-Loseth", "her comeback"),
    ("What did Musk tell reporters?", "Musk", None),
    # more speech verbs; a party's genitive before a name; when it was said
    ("Hva opplyste Ap-lederen onsdag formiddag?", "Ap-lederen", None),
    ("Hva mente Høyres Erlend Svardal Bøe om avslaget?", "Erlend Svardal Bøe", "avslaget"),
    ("Hva sa Jonas Gahr Støre?", "Jonas Gahr Støre", None),
    ("What does the author Jon Fosse say in the interview?", "author Jon Fosse", "the interview"),
])
def test_speaker_questions(text: str, speaker: str, topic: str | None) -> None:
    parsed = parse_question(text)
    assert (parsed.intent, parsed.speaker, parsed.topic) == (SPEAKER_QUOTES, speaker, topic)


@pytest.mark.parametrize("text, topic, stance", [
    ("Hvem sier at Putin ba Musk om ikke å aktivere Starlink over Taiwan?",
     "Putin ba Musk om ikke å aktivere Starlink over Taiwan", None),
    ("Who denies that Musk and Putin are in regular contact?", "Musk and Putin are in regular contact", "denies"),
    # any verb, even with words between it and its claim
    ("Hvem forklarer at teamet tok med alle prøvene?", "teamet tok med alle prøvene", None),
    ("Hvem hadde på forhånd ventet at ledigheten ville falle?", "ledigheten ville falle", None),
    ("Who expects that prices will rise?", "prices will rise", None),
    ("Hva er kilden til at Musk er verdt 271 milliarder?", "Musk er verdt 271 milliarder", None),
    ("Hvem har bekreftet at det har vært telefonsamtaler?", "det har vært telefonsamtaler", "confirms"),
    ("Hvem kalte Humorprisen en pris for herrer?", "Humorprisen en pris for herrer", None),
    ("Who suspects that she set fire to the car herself?", "she set fire to the car herself", None),
    # which paper is the source; who quoted someone
    ("Hvilken avis er kilden til at FNB-lederen skal ha sagt at alt er viktig?",
     "FNB-lederen skal ha sagt at alt er viktig", None),
    ("Hvilken avis har sitert Røkke på at han betaler skatten med glede?",
     "Røkke på at han betaler skatten med glede", None),
    # the stance is the question's own verb, never a verb inside the claim
    ("Who claims the union rejected the offer without a ballot?", "the union rejected the offer without a ballot",
     None),
    ("Hvem sier at selskapet avviste tilbudet?", "selskapet avviste tilbudet", None),
])
def test_claim_questions(text: str, topic: str, stance: str | None) -> None:
    parsed = parse_question(text)
    assert (parsed.intent, parsed.topic, parsed.stance) == (CLAIM_SOURCE, topic, stance)


def test_other_questions_are_topical() -> None:
    assert parse_question("What happened with Starlink in Ukraine?").intent == TOPICAL
    assert parse_question("Har det skjedd noe i saken?").intent == TOPICAL
    assert parse_question("Did the strike end?").intent == TOPICAL


def test_a_role_keeps_its_place_a_name_drops_its_affiliation() -> None:
    assert parse_question("What did the operations manager at Oslo police district say?").speaker == \
        "operations manager at Oslo police district"
    assert parse_question("What did Camilla Ryste of NAF say?").speaker == "Camilla Ryste"


@pytest.mark.parametrize("question, speaker, topic", [
    ("Hva sa faren til Mathias Kvam om kampen?", "faren til Mathias Kvam", "kampen"),
    ("Hva sa enken etter Arnfinn Kristiansen?", "enken etter Arnfinn Kristiansen", None),
    ("Kva sa kona til Svein Ove Fure, Liv, om nedlegginga?", "kona til Svein Ove Fure, Liv", "nedlegginga"),
    ("Hva sa mannen etter kampen?", "mannen", "kampen"),  # "etter" makes a widow, not a husband
    ("Hva sa Peskov til NRK om krigen?", "Peskov", "NRK om krigen"),
])
def test_a_family_word_keeps_whose_family_it_is_in_the_speaker(question, speaker, topic) -> None:
    parsed = parse_question(question)
    assert (parsed.speaker, parsed.topic) == (speaker, topic)
