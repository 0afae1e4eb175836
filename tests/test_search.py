"""Answering from the index: the right paragraph comes back, verbatim, with its citation."""

from __future__ import annotations

import pytest

from index.articles import parse_article
from tests.conftest import CORPUS, SEED_ARTICLE

SEED = parse_article((CORPUS / SEED_ARTICLE).read_text("utf-8"), SEED_ARTICLE)


def _searcher_over(tmp_path, embedder, articles: dict[str, str]):
    """A searcher over a few articles written for the test, built with the real model."""
    from index.builder import build_index
    from index.search import Searcher

    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, "utf-8")
    build_index(folder, tmp_path / "index", embedder)
    return Searcher(tmp_path / "index", embedder)


def _head(title: str, slug: str, day: int) -> str:
    """The header of a bokmål article written for a test."""
    return f"title: {title}\nurl: https://example.org/{slug}\npublished: 2026-01-0{day}\nlanguage: nb\n\n"


def test_topical_question_finds_the_paragraph(seed_searcher) -> None:
    answer = seed_searcher.answer("Hvor mye er Elon Musk verdt ifølge Forbes?", k=5)
    assert 14 in [p.paragraph for p in answer.passages]
    assert answer.found


def test_every_passage_is_verbatim_with_citation(seed_searcher) -> None:
    for question in ("Hva sa Peskov?", "Who reported that Musk talks to Putin?", "Starlink i Ukraina"):
        answer = seed_searcher.answer(question, k=5)
        for passage in answer.passages:
            assert passage.source == SEED_ARTICLE
            assert passage.text == SEED.paragraphs[passage.paragraph].text


def test_blank_question_is_answered_with_help(seed_searcher) -> None:
    answer = seed_searcher.answer("   ")
    assert not answer.found and answer.error and "Peskov" in answer.answer


def test_pronoun_without_previous_speaker_asks_who(seed_searcher) -> None:
    answer = seed_searcher.answer("Hva sa han om Trump?")
    assert not answer.found and answer.passages == ()


def test_an_english_question_finds_a_norwegian_paragraph_by_its_words() -> None:
    # BM25 alone: the English words bring their bokmål renderings from the glossary
    from index.lexical import LexicalIndex
    paragraphs = ["Politiet pågrep to menn etter brannen i Bergen.", "Kommunen vedtok budsjettet for neste år.",
                  "Været blir kaldt i helgen."]
    lexical = LexicalIndex.build(paragraphs, ["nb"] * 3)
    scores = lexical.scores("Who says the police arrested two men after the fire?")
    assert scores.argmax() == 0 and scores[0] > 0 and scores[1] == 0


def test_words_the_news_glossary_lacks_come_from_the_dictionary() -> None:
    # "lighthouse", "whale" and "glacier" are only in the FreeDict English–Norwegian dictionary; "about" is a
    # preposition it leaves out ("nesten" would match "neste")
    from index.lexical import LexicalIndex
    paragraphs = ["Fyrtårnet på Lindesnes ble stengt etter stormen.", "En hval ble sett nær isbreen i Svalbard.",
                  "Kommunen vedtok budsjettet for neste år."]
    lexical = LexicalIndex.build(paragraphs, ["nb"] * 3)
    scores = lexical.scores("What about the lighthouse?")
    assert scores[0] > 0 and scores[1] == scores[2] == 0
    scores = lexical.scores("What about the whale and the glacier?")
    assert scores[1] > 0 and scores[0] == scores[2] == 0


def test_a_compound_the_paragraphs_do_not_use_finds_its_parts() -> None:
    # the question says "helikoptertilbud", the article "et helikopter … er ikke et fullgodt tilbud"
    from index.lexical import LexicalIndex
    paragraphs = ["Et helikopter som går tre dager i uken, er ikke et fullgodt tilbud, sier hun.",
                  "Kommunen vedtok budsjettet for neste år.", "Tilbudet om ferje gjelder hele året."]
    lexical = LexicalIndex.build(paragraphs, ["nb"] * 3)
    scores = lexical.scores("Hvem kritiserer helikoptertilbudet?")
    assert scores[0] > scores[2] > 0 and scores[1] == 0


def test_a_role_and_a_place_find_the_role_holder_of_that_place(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Aksjon i Oslo\n\nExtinction Rebellion blokkerte gata.\n\n"
                 "– Vi gir oss ikke, sier talsperson Dag Kolstø.",
        "b.txt": "title: Streik i Bergen\n\nFagforbundet varsler streik.\n\n"
                 "– Vi er klare, sier talsperson Ola Hansen."})
    answer = searcher.answer("Hva sa talspersonen for Extinction Rebellion?")
    assert answer.found and {p.speaker for p in answer.passages} == {"Dag Kolstø"}
    assert not searcher.answer("Hva sa talspersonen for Greenpeace?").found  # a place nobody speaks for


def test_a_role_held_elsewhere_is_not_the_role_at_the_place_asked_for(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Reklamestunt\n\nSaken ble omtalt i Dagens Næringsliv.\n\n"
                 "– Vi beklager, sier reiselivsdirektør i Innovasjon Norge, Bente Holm."})
    answer = searcher.answer("Hva sa direktøren i Dagens Næringsliv?")
    assert "Bente Holm" not in {p.speaker for p in answer.passages}


def test_a_role_and_a_place_are_found_across_languages_and_word_choices(tmp_path, embedder) -> None:
    # the question says "ordføraren" (nynorsk), "festival director", "konsernsjefen", "Lake County sheriff"; the
    # articles say "ordfører", "festivalsjef", "Chief Executive" and "Lake County Sheriff Dale Whitcomb"
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": _head("Ny hærbase i Tana", "a", 1) + "Forsvaret bygger en ny base i Tana.\n\n"
                 "– Dette er en stor dag for kommunen, sier ordfører Berit Guttorm.",
        "b.txt": _head("Polarlyd avlyses", "b", 2) + "Festivalen Polarlyd i Tromsø avlyses.\n\n"
                 "– Vi har ikke råd til å gjennomføre, sier festivalsjef Kristoffer Hansen.",
        "c.txt": "title: Norrstrom Bank under investigation\nlanguage: en\n\nSwedish prosecutors raided Norrstrom Bank.\n\n"
                 "\"We are cooperating fully,\" Chief Executive Magnus Ekholm said.",
        "d.txt": "title: Fire forces evacuations\nlanguage: en\n\nA wildfire spread across Lake County on Sunday.\n\n"
                 "Lake County Sheriff Dale Whitcomb said deputies had gone door to door through the night.",
        "e.txt": "title: Bus crash in Ohio\nlanguage: en\n\nA school bus crashed in Ohio on Tuesday.\n\n"
                 "Gov. Mark Halverson said in a statement that he was heartbroken."})
    for question, speaker in (("Kva sa ordføraren i Tana?", "Berit Guttorm"),
                              ("What did Polarlyd's festival director say?", "Kristoffer Hansen"),
                              ("Hva sa konsernsjefen i Norrstrom Bank?", "Magnus Ekholm"),
                              ("What did the Lake County sheriff say?", "Dale Whitcomb"),
                              ("What did the Ohio governor say?", "Mark Halverson")):
        assert searcher.answer(question).speaker == speaker, question


def test_a_role_is_held_where_the_fitting_role_says(tmp_path, embedder) -> None:
    # one name, two people: Lars Holm leads a tenants' union in one article and a drug maker in another (and
    # Henrik Aasen is a director at Norad in one, a chief executive in another); a
    # "director of water quality" is held at no place; Geir Ove Myklebust is a head teacher in Stryn, a mayor elsewhere
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": _head("Husleien øker", "a", 1) + "Husleiene stiger i Oslo.\n\n"
                 "– Dette rammer de svakeste, sier leder i Leieboerforeningen, Lars Holm.",
        "b.txt": "title: Vesterby shares slump\nlanguage: en\n\nShares in Vesterby Pharma fell 20 percent.\n\n"
                 "\"We are clearly disappointed,\" Chief Executive Lars Holm said.",
        "c.txt": "title: Sewage study\nlanguage: en\n\nSevernvale Water published a study on Monday.\n\n"
                 "Andrew Kemp, director of water quality at the company, said the results were encouraging.",
        "d.txt": _head("Skulen i Loen blir lagd ned", "d", 2) + "Kommunestyret i Stryn vedtok å leggje ned Loen skule.\n\n"
                 "– Det var eit vanskeleg vedtak, seier ordførar Arnfinn Hjelle.\n\n"
                 "– Elevane får plass hos oss, seier rektor ved Olden skule, Geir Ove Myklebust.",
        "e.txt": _head("Ny ferje", "e", 3) + "Kommunen får ny ferje.\n\n"
                 "– Endeleg, seier ordførar Geir Ove Myklebust.",
        "f.txt": _head("Bistand til Malawi kuttes", "f", 4) + "Norad kutter støtten til Malawi.\n\n"
                 "– Pengene må brukes bedre, sier avdelingsdirektør i Norad Henrik Aasen.",
        "g.txt": _head("Polarvolt utsetter fabrikken", "g", 5) + "Polarvolt utsetter batterifabrikken i Mosjøen.\n\n"
                 "– Markedet er for svakt nå, sier konsernsjef Henrik Aasen."})
    # the director at Norad is a namesake: Polarvolt's chief executive is still found in the article naming Polarvolt
    answer = searcher.answer("What did Polarvolt's CEO say about the factory?")
    assert answer.speaker == "Henrik Aasen" and {p.source for p in answer.passages} == {"g.txt"}
    answer = searcher.answer("What did Vesterby's chief executive say?")
    assert answer.speaker == "Lars Holm" and {p.source for p in answer.passages} == {"b.txt"}  # not the union's
    assert searcher.answer("What did Severnvale Water's director of water quality say?").speaker == "Andrew Kemp"
    answer = searcher.answer("Kva sa ordføraren i Stryn om vedtaket?")
    assert answer.speaker == "Arnfinn Hjelle" and "Geir Ove Myklebust" not in {p.speaker for p in answer.passages}


def test_the_mayor_an_article_names_is_not_the_county_mayor_it_also_quotes(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": _head("Butikkene legges ned i Lierne", "a", 1) + "To butikker i Lierne legges ned.\n\n"
                 "– Dette er et hardt slag for bygda, sier ordfører i Lierne Terje Moen om butikkstengingen.\n\n"
                 "– Fylket må bidra med penger til butikkene, sier fylkesordfører Marit Solbakken."})
    answer = searcher.answer("What did the mayor of Lierne say about the store closures?")
    assert answer.speaker == "Terje Moen" and {p.speaker for p in answer.passages} == {"Terje Moen"}


def test_the_quote_comes_before_the_crosshead_that_repeats_it(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Krise i Italia\n\nGiuseppe Conte får fortsette.\n\n– Kinkig periode\n\n"
                 "Italia er tynget av gjeld.\n\n– Det er en kinkig periode, sier Conte."})
    answer = searcher.answer("Hva sa Conte?")
    assert [p.paragraph for p in answer.passages] == [3, 1]  # the quote, then its crosshead
    assert {p.speaker for p in answer.passages} == {"Giuseppe Conte"}


def test_a_role_at_a_place_that_speaks_itself_is_the_role_holder(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Håndball\n\nDet bekrefter Györ på sitt nettsted.\n\n"
                 "– Hun er en stor spiller, sier klubbpresident Csaba Bartha."})
    answer = searcher.answer("Hva sa klubbpresidenten i Györ?")
    assert {p.speaker for p in answer.passages} == {"Csaba Bartha"}  # not the club, which also speaks


def test_the_paragraph_carrying_a_claim_is_shown_though_no_one_is_credited_in_it(tmp_path, embedder) -> None:
    quotes = "\n\n".join(f"– Kampen i {town} var tøff, og vi spilte godt i andre omgang, sier trener {name}."
                         for town, name in (("Molde", "Ole Berg"), ("Bodø", "Kari Dahl"), ("Tromsø", "Per Lie"),
                                            ("Skien", "Ida Moe"), ("Hamar", "Tor Vik"), ("Larvik", "Eva Lund")))
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Overgang\n\nEn belgisk klubb vil hente midtbanespilleren Sivert Nilsen fra Viking.\n\n"
                 "Nilsen har kontrakt ut sesongen.",
        "b.txt": f"title: Seriestart\n\n{quotes}"})
    answer = searcher.answer("Hvem sier at en belgisk klubb vil hente Sivert Nilsen?")
    assert (answer.passages[0].source, answer.passages[0].paragraph) == ("a.txt", 0)
    # nobody in that article is credited: a coach quoted in another article is not its source
    assert answer.speaker is None and not answer.found


@pytest.mark.parametrize("quoted, elsewhere, question, speaker", [
    # the place and the role in one word
    ("Det er eiendomsselskapet Avantor som eier tomten.\n\n– Vi vil selge til rett pris, sier administrerende "
     "direktør Øystein Thorup.", "– Vi må spare, sier direktør Kari Lie i Helse Nord.",
     "Hva mente Avantor-direktøren om salget?", "Øystein Thorup"),
    # the first of two coordinated roles
    ("– Det er morsomt å møte gamleklubben, sier Vålerenga-kaptein og tidligere LSK-spiller Sherida Spitse.",
     "– Vi er klare for sesongen, sier LSK-kaptein Ingrid Moe.", "What did the Vålerenga captain say?",
     "Sherida Spitse"),
    # an English role after the name, asked for in Norwegian
    ('"It did not happen by accident," said Joanna Mercer, Haven Trust\'s chief executive.',
     "– Vi må spare, sier direktør Kari Lie i Helse Nord.", "Hva sa lederen i Haven Trust?", "Joanna Mercer"),
    # a Norwegian compound for an English role of two words
    ('"He was lucky," Nordhavn-Vélo\'s sports director Pieter Vermeulen said.',
     "– Vi må spare, sier direktør Kari Lie i Helse Nord.", "Hva sa sportsdirektøren i Nordhavn-Vélo?",
     "Pieter Vermeulen"),
    # a role and the words before it in an English article
    ('"We will act," EU competition commissioner Ines Carvalho told reporters.',
     '"We will appeal," chief executive Tom Reid said.', "What did the EU competition commissioner say?",
     "Ines Carvalho"),
    ("Head teacher Claire Bennett said the decision had been the hardest of her career.",
     "Parent Amy Richards said the children were upset.", "What did the head teacher say?", "Claire Bennett"),
    ("Andrew Kemp, the company's director of water quality, said treatment removed most particles.",
     "Fiona Hall, the lead author, said the samples were taken in spring.",
     "What did the director of water quality say?", "Andrew Kemp"),
])
def test_a_role_at_a_place_finds_its_holder(tmp_path, embedder, quoted, elsewhere, question, speaker) -> None:
    searcher = _searcher_over(tmp_path, embedder, {"a.txt": f"title: Sak\n\n{quoted}",
                                                   "b.txt": f"title: Annen sak\n\n{elsewhere}"})
    answer = searcher.answer(question)
    assert answer.found and {p.speaker for p in answer.passages} == {speaker}


def test_a_quote_without_a_cue_names_its_speaker_without_an_empty_cue(seed_searcher) -> None:
    answer = seed_searcher.answer("Hva sa Peskov?", k=5)
    assert "(None)" not in answer.answer
    assert any(p.cue is None for p in answer.passages)  # the crosshead «Fullstendig falsk informasjon»


def test_a_person_mentioned_but_not_quoted_is_named_but_credited_with_nothing(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Skattestrid\n\nFinansminister Jan Tore Sanner la fram budsjettet.\n\n"
                 "Gary Neville og Phil Neville var til stede.\n\n– Dette er et godt budsjett, sier Kari Holm."})
    answer = searcher.answer("Hva sa Sanner?")
    assert not answer.found and answer.speaker == "Jan Tore Sanner"
    assert all(p.speaker is None for p in answer.passages)
    assert "not quoted" in answer.answer
    neville = searcher.answer("Hva sa Neville?")  # two people: the answer is about neither
    assert not neville.found and neville.speaker is None


def test_an_english_title_is_a_role_not_part_of_the_name(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Brothers jailed\nlanguage: en\n\nTwo brothers were jailed on Friday.\n\n"
                 '"There was no algorithm," Judge Helen Carrow said.\n\n'
                 '"The signal is clear," said Prof Ingrid Solheim of the University of Oslo.'})
    for question in ("What did the judge say?", "What did Judge Carrow say?"):
        answer = searcher.answer(question)
        assert answer.speaker == "Helen Carrow" and [p.paragraph for p in answer.passages] == [1]
    assert searcher.answer("What did Prof Solheim say?").speaker == "Ingrid Solheim"


def test_a_role_before_a_title_and_a_critic_are_roles_a_question_can_name(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: University staff to strike\nlanguage: en\n\nStaff at Calderbrook will strike.\n\n"
                 "The vice-chancellor, Prof Simon Achterberg, said the university deeply regrets the result.\n\n"
                 '"We will walk out," said Dr Rachel Okafor, the union branch secretary.',
        "b.txt": "title: Norsk film vant i Berlin\n\nFilmen vant Sølvbjørnen.\n\n"
                 "Filmkritiker Tor Egil Fuglestad i Morgenbladet mener prisen er velfortjent.\n\n"
                 "– Dette er en stor dag, sier regissør Eirik Sandvold."})
    assert searcher.answer("What did the vice-chancellor say?").speaker == "Simon Achterberg"
    answer = searcher.answer("Hva sa filmkritikeren om prisen?")
    assert answer.speaker == "Tor Egil Fuglestad" and [p.paragraph for p in answer.passages] == [1]


def test_who_makes_a_claim_is_the_one_whose_quote_carries_it(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {"a.txt": (
        "title: Park i Nydalen\n\nAksjonistene vil ha en park på tomten i Nydalen.\n\n"
        "Nestleder Ingeborg Kraft sier til Aftenposten at hun «støtter forslaget 100 prosent», mens "
        "komitéleder Terje Moen hevder at «partiene er enige på tvers om parken».")})
    answer = searcher.answer("Hvem hevder at partiene er enige på tvers om parken?")
    assert answer.speaker == "Terje Moen"


def test_a_claim_is_credited_to_the_second_speaker_of_a_paragraph_whose_sentence_carries_it(tmp_path, embedder) -> None:
    """The first speaker's credit runs to the paragraph's end; the claim is in the second speaker's sentence."""
    searcher = _searcher_over(tmp_path, embedder, {"a.txt": (
        "title: Ammonia ships\nlanguage: en\n\nA Norwegian shipowner has ordered two ammonia-fuelled bulk carriers.\n\n"
        "DNV, which will class the vessels, said it had granted an approval in principle for the design. "
        "Eirik Haugland, DNV's director for maritime decarbonisation, said the main hurdles now were crew "
        "training and the safe handling of ammonia in port.")})
    answer = searcher.answer("Who says crew training and safe handling of ammonia in port are the main hurdles?")
    assert answer.speaker == "Eirik Haugland"


def test_a_role_several_people_hold_is_answered_by_the_one_in_the_article_about_the_topic(tmp_path, embedder) -> None:
    # the other prosecutor's quote has the topic's word ("dommen"); the farmer's case is told in the narration
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Bonde dømt til fengsel\n\nEn gårdbruker på Toten ble dømt til fengsel etter at 37 sauer "
                 "døde.\n\nGårdbrukeren må også betale erstatning.\n\n"
                 "– Vi er fornøyde med resultatet, sier politiadvokat Kari Bjørge.",
        "b.txt": "title: Motorer stjålet\n\nOver 40 påhengsmotorer er stjålet på Sunnmøre.\n\n"
                 "– Dommen i en lignende sak viser at dette straffes hardt, sier politiadvokat Per Aklestad."})
    answer = searcher.answer("Hva sa politiadvokaten om dommen mot gårdbrukeren?")
    assert answer.speaker == "Kari Bjørge"
    assert [p.speaker for p in answer.passages] == ["Kari Bjørge", "Per Aklestad"]


def test_a_mayor_named_without_the_place_answers_for_the_place_when_the_topic_is_hers(tmp_path, embedder) -> None:
    # the article says only "Ordfører Arvid Bakken"; another article has a "Trondheim-ordfører" on another topic
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Lærerstreiken i Trondheim trappes opp\n\nStreiken i Trondheim rammer 5000 elever.\n\n"
                 "Ordfører Arvid Bakken (Ap) er bekymret for elevene.\n\n"
                 "– Jeg er urolig for elevene som skal ta eksamen, sier Bakken om lærerstreiken.",
        "b.txt": "title: Penger til ski-VM\n\nByen får 30 millioner til ski-VM.\n\n"
                 "– Vi gleder oss til mesterskapet, sier Trondheim-ordfører Rita Ottervik."})
    answer = searcher.answer("Hva sa ordføreren i Trondheim om lærerstreiken?")
    assert answer.speaker == "Arvid Bakken"
    assert searcher.answer("Hva sa ordføreren i Trondheim?").speaker == "Rita Ottervik"  # no topic: the named role


def test_a_role_at_a_place_the_matched_person_does_not_hold_is_answered_by_the_holder_the_topic_is_about(
        tmp_path, embedder) -> None:
    # "Norway's foreign minister" matches Strand, a Norwegian "utenriksminister" in one story and "Norway's
    # Digitalisation Minister" in another; the Tromsø story calls its foreign minister just "Foreign Minister"
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Arctic states resume science cooperation\n\nThe Arctic states met in Tromsø, Norway, on Tuesday.\n\n"
                 "\"This is a practical step,\" Foreign Minister Torunn Aasland told the meeting in Tromsø.",
        "b.txt": "title: Ny regjering i Polen\n\nPolen har fått ny regjering.\n\n"
                 "– Vi ser fram til samarbeidet, sier utenriksminister Håkon Strand til NTB.",
        "c.txt": "title: EU agrees AI rules\n\nThe EU agreed new AI rules.\n\n"
                 "Norway's Digitalisation Minister Håkon Strand said the government supported the deal."})
    answer = searcher.answer("What did Norway's foreign minister say at the Tromsø meeting?")
    assert answer.speaker == "Torunn Aasland"
    assert answer.passages[0].text.startswith('"This is a practical step,"')


def test_a_question_asked_again_is_not_embedded_again_until_forgotten(seed_index, embedder) -> None:
    """The bot reuses a question's embedding; the benchmark forgets it, to time each question as a new one."""
    from index.search import Searcher

    embedded: list[str] = []

    class Counting:  # the real model, with the questions it embeds written down
        def __getattr__(self, name):
            return getattr(embedder, name)

        def embed_query(self, text):
            embedded.append(text)
            return embedder.embed_query(text)

    searcher = Searcher(seed_index, Counting())
    question = "Hvor mye er Elon Musk verdt ifølge Forbes?"
    first = searcher.answer(question, k=5)
    once = len(embedded)
    assert once and searcher.answer(question, k=5).passages == first.passages
    assert len(embedded) == once
    searcher.forget_questions()
    assert searcher.answer(question, k=5).passages == first.passages
    assert len(embedded) == 2 * once


def test_an_english_claim_question_finds_the_credit_in_the_norwegian_article_that_tells_the_claim(
        tmp_path, embedder) -> None:
    """The claim's words meet in one article's paragraphs, not in the one credited paragraph ("ifølge Bergens
    Tidende"); another story's credited paragraphs share one or two of them each and credit others."""
    searcher = _searcher_over(tmp_path, embedder, {
        "rygge.txt": _head("Rygge kan bli ofret", "rygge", 1)
        + "Amerikanerne vurderer å kutte oppgraderingen av flyplassen på Rygge for å betale for muren mot Mexico.\n\n"
          "Det framgår av en liste over militære prosjekter, ifølge Bergens Tidende.\n\n"
          "Hensikten med oppgraderingen er å gjøre flyplassen klar for kampfly.",
        "kai.txt": _head("Ny kai", "kai", 2)
        + "Kommunen vil betale for den nye muren ved kaia, sier ordfører Per Moe.\n\n"
          "Oppgraderingen av kaia koster 40 millioner, ifølge kommunen.\n\n"
          "Parkeringshuset ved kaia skal rives til høsten, melder NRK.\n\n"
          "Beboerne må betale mer for parkering, skriver Varden.\n\n"
          "Entreprenøren må kutte i kostnadene, sier prosjektleder Eva Berg."})
    answer = searcher.answer("Who reported that the Rygge upgrade could be cut to pay for the wall?", k=5)
    assert answer.speaker == "Bergens Tidende"


def test_a_norwegian_question_finds_an_english_article_by_the_glossary_read_backwards() -> None:
    """"bøndene" is "farmers", "streiken" "strike": a question in bokmål about an English story shares its words."""
    from index.lexical import LexicalIndex
    paragraphs = ["Farmers joined the strike on Monday.", "The council approved its budget."]
    lexical = LexicalIndex.build(paragraphs, ["en", "en"])
    scores = lexical.scores("Hvorfor ble bøndene med i streiken?")
    assert scores.argmax() == 0 and scores[0] > 0


def test_a_kin_role_set_off_before_the_name_finds_the_mother_of_the_story_asked_about(tmp_path, embedder) -> None:
    """"Moren til 19-åringen, Randi Olsen, …" gives Randi Olsen the role, so "moren til 19-åringen som ble
    knivstukket" is she, not the mother quoted in another story."""
    searcher = _searcher_over(tmp_path, embedder, {
        "kniv.txt": _head("17-åring siktet etter knivstikking", "kniv", 1)
        + "En 19-åring ble knivstukket i Kristiansand natt til søndag.\n\n"
          "Moren til 19-åringen, Randi Olsen, satt ved sønnens sykeseng hele søndagen.\n\n"
          "– Ingen unge skal gå rundt med kniv, sier hun.",
        "skole.txt": _head("Ny skole", "skole", 2)
        + "Moren, Randi Eriksen, er glad for den nye skolen.\n\n"
          "– Endelig får barna et trygt sted å lære, sier Eriksen."})
    answer = searcher.answer("Hva sa moren til 19-åringen som ble knivstukket?", k=5)
    assert answer.speaker == "Randi Olsen"


def test_a_role_at_an_institution_named_in_full_is_the_role_holder_not_the_institution(tmp_path, embedder) -> None:
    """"forskeren fra Universitetet i Bergen" is the researcher there, though the university speaks itself in
    another story; "ved Universitetet i Bergen" keeps the city in her role."""
    searcher = _searcher_over(tmp_path, embedder, {
        "mobil.txt": _head("Ett år uten mobil", "mobil", 1)
        + "Skolen forbød mobilen for ett år siden.\n\n"
          "Forsker Silje Mo ved Universitetet i Bergen advarer mot å trekke bastante konklusjoner.\n\n"
          "– Én skole er ikke et forskningsprosjekt, sier Mo.",
        "studier.txt": _head("Flere studenter", "studier", 2)
        + "Universitetet i Bergen opplyser at søkertallene har økt med ti prosent."})
    answer = searcher.answer("Hva sa forskeren fra Universitetet i Bergen om mobilforbudet?", k=5)
    assert answer.speaker == "Silje Mo"


def test_a_defence_lawyer_is_the_forsvarer_not_the_state_prosecutor(tmp_path, embedder) -> None:
    """"Geir Solheim's defence lawyer" is "forsvarer Jon Kristian Bø"; "statsadvokat" also holds "advokat"."""
    searcher = _searcher_over(tmp_path, embedder, {
        "anke.txt": "title: Anker dommen\nurl: https://example.org/anke\npublished: 2026-01-01\nlanguage: nb\n\n"
        "Tidligere kommunedirektør Geir Solheim anker dommen.\n\n"
        "– Tiltalte godkjente alle fakturaene, sier statsadvokat Merete Aas.\n\n"
        "– Min klient har ikke tatt en krone, sier forsvarer Jon Kristian Bø."})
    answer = searcher.answer("What did Geir Solheim's defence lawyer say in the appeal hearing?", k=5)
    assert answer.speaker == "Jon Kristian Bø"


def test_who_denies_finds_the_denial_in_the_article_about_the_claim_though_it_shares_no_words(
        tmp_path, embedder) -> None:
    """"Who denies the charges against the police officer?": the defence lawyer's "stiller seg uforstående"
    shares no word with the question, yet it is the denial in the article the question is about."""
    filler = "".join(f"Saken gjelder hendelser i {year}, ifølge Spesialenheten.\n\n" for year in range(2015, 2021))
    searcher = _searcher_over(tmp_path, embedder, {
        "politi.txt": "title: Politimann siktet\nurl: https://example.org/politi\npublished: 2026-01-01\n"
        "language: nb\n\n"
        "En politimann i Nordland er siktet for overgrep, opplyser Spesialenheten for politisaker.\n\n" + filler
        + "Mannens forsvarer, advokat Tom Solberg, sier at hans klient stiller seg uforstående."})
    answer = searcher.answer("Who denies the charges against the police officer in Nordland?", k=5)
    assert answer.speaker == "Tom Solberg"


def test_who_confirmed_the_calls_is_ap_whose_words_carry_the_claim_before_peskov(seed_searcher) -> None:
    """Both AP ("får bekreftet at det har vært telefonsamtaler") and Peskov (one call before 2022) confirm; the
    article-level ranking must not reorder the paragraphs inside the article the claim is about."""
    answer = seed_searcher.answer("Hvem har bekreftet at det har vært telefonsamtaler mellom Musk og Putin?", k=5)
    assert answer.speaker == "AP"


def test_an_english_party_name_and_a_police_inspector_find_the_norwegian_roles(tmp_path, embedder) -> None:
    """"the Progress Party's health spokesperson" is "Frps helsepolitiske talsperson", not Høyre's; "the police
    inspector" is the politiinspektør."""
    searcher = _searcher_over(tmp_path, embedder, {
        "energi.txt": _head("Aldersgrense for energidrikk", "energi", 1)
        + "Regjeringen vil forby salg av energidrikk til barn under 16 år.\n\n"
          "– Dette er formynderi, sier Frps helsepolitiske talsperson Kjetil Brenden.\n\n"
          "– Vi støtter forslaget, sier Høyres helsepolitiske talsperson Christian Nordbø.",
        "skudd.txt": _head("Mann skutt på Furuset", "skudd", 2)
        + "En mann ble skutt på Furuset natt til lørdag.\n\n"
          "– Vi har ingen mistenkte ennå, sier politiinspektør Kristin Moe Hagen."})
    party = searcher.answer("What did the Progress Party's health spokesperson say about the energy drink limit?")
    police = searcher.answer("What did the police inspector say about the shooting at Furuset?")
    assert (party.speaker, police.speaker) == ("Kjetil Brenden", "Kristin Moe Hagen")


def test_a_claim_about_a_place_only_one_article_names_is_sourced_from_that_article(tmp_path, embedder) -> None:
    """"… i Rapparfjorden?": the article that names the fjord carries the claim, though another article shares
    more of the claim's other words."""
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Gruve i Finnmark\n\nGruveselskapet vil legge avgang i Rapparfjorden.\n\n"
                 "Fisken vil knapt merke deponiet, mener Miljødirektoratet.",
        "b.txt": "title: Oppdrett\n\nLaksen i merdene vil knapt merke det nye deponiet for slam, sier Sjømatrådet.\n\n"
                 "Laksen og deponiet ligger ved kysten."})
    answer = searcher.answer("Hva er kilden til at laksen knapt vil merke deponiet i Rapparfjorden?")
    assert answer.speaker == "Miljødirektoratet"


def test_the_paragraph_saying_what_a_claim_question_says_carries_more_of_the_claim_than_its_neighbours() -> None:
    # the fusion ranks by rank alone; this is the size of the match the claim ranking adds back
    from index.search import _claim_carried

    texts = {0: "– Vi skal ta alle som jukser med kunstig intelligens på eksamen, sier rektor Emma Haugen.",
             1: "Universitetslektor Henrik Aasen mener det er nytteløst å prøve å avsløre tekster skrevet av "
                "maskiner.",
             2: "Undersøkelsen ble gjennomført i vår ved Universitetet i Bergen."}
    for claim in ("det er nytteløst å prøve å avsløre tekster skrevet av kunstig intelligens",
                  "it is pointless to try to detect texts written by machines at Universitetet i Bergen"):
        carried = _claim_carried(claim, texts)  # English through the glossary; a name pins no paragraph
        assert carried[1] > carried[0] >= carried[2] == 0.0


def test_a_relative_named_in_the_question_is_the_one_quoted_where_that_person_is_named(tmp_path, embedder) -> None:
    """"faren til Mathias Kvam" is the Kvam quoted in Mathias Kvam's story, though the article never calls him
    "far" in a way the index keeps; a mother nobody quotes there is not quoted, not another story's mother."""
    searcher = _searcher_over(tmp_path, embedder, {
        "tennis.txt": _head("Kvam til kvartfinale", "tennis", 1)
        + "Mathias Kvam er klar for kvartfinale i Roland Garros.\n\n"
          "Geir Kvam har trent sønnen siden han var sju år gammel.\n\n"
          "– Jeg var mer nervøs enn ham, sier Geir Kvam til VG.\n\n"
          "– Det var tøft, sier Mathias Kvam.",
        "skole.txt": _head("Ny skole", "skole", 2)
        + "Moren, Randi Hansen, er glad for den nye skolen.\n\n"
          "– Endelig får barna et trygt sted å lære, sier moren."})
    father = searcher.answer("Hva sa faren til Mathias Kvam om kampen?")
    assert (father.found, father.speaker) == (True, "Geir Kvam")
    assert {p.speaker for p in father.passages} == {"Geir Kvam"}
    mother = searcher.answer("Hva sa moren til Mathias Kvam?")
    assert not mother.found
    assert all(p.speaker is None for p in mother.passages)
    assert not searcher.answer("Hva sa Einar, faren til Mathias Kvam?").found  # Geir is not Einar
    assert searcher.answer("What did the father of Mathias Kvam say?").speaker == "Geir Kvam"
    assert not searcher.answer("What did the mother of Mathias Kvam say?").found


def test_what_a_head_is_head_of_picks_the_communications_chief_not_the_chief_executive(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "strom.txt": _head("Strømprisen stiger", "strom", 1)
        + "Strømprisen i Sør-Norge er rekordhøy.\n\n"
          "– Vi følger situasjonen nøye, sier kommunikasjonssjef Ragnhild Nesse i Statnett.\n\n"
          "– Nettet er robust, sier administrerende direktør Jon Erik Lode i Statnett."})
    answer = searcher.answer("What did Statnett's head of communications say?")
    assert answer.speaker == "Ragnhild Nesse"
    assert {p.speaker for p in answer.passages} == {"Ragnhild Nesse"}


def test_the_childrens_ombudsman_is_the_barneombud_the_article_names(tmp_path, embedder) -> None:
    searcher = _searcher_over(tmp_path, embedder, {
        "bup.txt": _head("Barn venter på psykisk helsehjelp", "bup", 1)
        + "Over 2000 barn venter på hjelp i Innlandet.\n\n"
          "Barneombud Tora Lindahl er bekymret for utviklingen.\n\n"
          "– Barn har ikke tid til å vente, sier barneombudet.\n\n"
          "– Vi jobber med saken, sier direktør Per Moen i sykehuset."})
    answer = searcher.answer("What did the Children's Ombudsman say about the waiting times?")
    assert answer.speaker == "Tora Lindahl"
    assert {p.speaker for p in answer.passages} == {"Tora Lindahl"}


def test_a_role_before_a_name_that_is_not_quoted_is_not_another_holder_of_the_role(tmp_path, embedder) -> None:
    """"What did assistant coach Vegard Lunde say?": he is named but not quoted; the head coach quoted in the same
    article is another person, not an answer."""
    searcher = _searcher_over(tmp_path, embedder, {
        "a.txt": "title: Treneren fikk sparken\n\nKlubben sparket hovedtrener Jens Ole Frøyland mandag. "
                 "Assistenttrener Vegard Lunde tar over laget inntil videre.\n\n"
                 "– Jeg er skuffet, men jeg forstår det, sier trener Frøyland."})
    answer = searcher.answer("What did assistant coach Vegard Lunde say?")
    assert not answer.found and answer.speaker == "Vegard Lunde"
    assert all(p.speaker is None for p in answer.passages)
    assert searcher.answer("Hva sa Frøyland?").speaker == "Jens Ole Frøyland"
