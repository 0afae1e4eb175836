"""Attribution on the conventions of Norwegian and English news (DESIGN.md), checked on real text."""

from __future__ import annotations

import pytest

from index.articles import parse_article
from index.attribution import attribute_article
from tests.conftest import CORPUS, SEED_ARTICLE


def _by_paragraph(raw: str, source: str = "a.txt") -> dict[int, list]:
    found: dict[int, list] = {}
    for a in attribute_article(parse_article(raw, source)).attributions:
        found.setdefault(a.paragraph, []).append(a)
    return found


SEED = _by_paragraph((CORPUS / SEED_ARTICLE).read_text("utf-8"), SEED_ARTICLE)


def speakers(paragraph: int) -> set:
    return {a.speaker for a in SEED.get(paragraph, [])}


def test_dash_quote_with_trailing_cue_and_surname() -> None:
    [attribution] = SEED[10]
    assert (attribution.speaker, attribution.cue, attribution.kind) == ("Dmitrij Peskov", "påstår", "direct")


def test_cue_inside_the_quote_is_not_an_attribution() -> None:
    # "– Husk at for en uke siden hevdet de at …, sier Peskov.": "hevdet de" is Peskov's words
    assert speakers(12) == {"Dmitrij Peskov"}
    assert any(a.stance == "denies" for a in SEED[12])  # "Alt dette er usant"


def test_pronoun_resolves_to_the_speaker_before() -> None:
    assert speakers(11) >= {"Dmitrij Peskov"}
    assert "Dmitrij Peskov" in speakers(9)


def test_sources_and_outlets() -> None:
    assert speakers(14) == {"Forbes"}  # "ifølge magasinet Forbes"
    assert speakers(0) == {"The Wall Street Journal"}  # ", skriver The Wall Street Journal."
    [embassy] = SEED[3]  # "sier til AP": AP is the outlet, not the speaker
    assert (embassy.speaker, embassy.outlet) == ("Den kinesiske ambassaden i Washington", "AP")
    assert [a.outlet for a in SEED[18]] == ["AP"] and speakers(18) == {"Bradley Bowman"}


def test_speaker_does_not_name_himself_in_the_third_person() -> None:
    # "Donald Trump hadde med seg Elon Musk …" then "– Hvis Donald Trump taper …, sa han."
    assert speakers(31) == {"Elon Musk"}


def test_verbatim_offsets() -> None:
    text = parse_article((CORPUS / SEED_ARTICLE).read_text("utf-8"), SEED_ARTICLE).paragraphs[10].text
    [attribution] = SEED[10]
    assert text[attribution.start:attribution.end] == "Etter dette har Musk ikke hatt noen kontakt med Putin"


def test_two_equal_antecedents_are_ambiguous_not_guessed() -> None:
    raw = ("Statsminister Jonas Gahr Støre møtte finansminister Trygve Slagsvold Vedum i Oslo.\n\n"
           "– Dette er en god dag for landet, sa han.")
    [attribution] = _by_paragraph(raw)[1]
    assert attribution.ambiguous and attribution.speaker is None
    assert set(attribution.candidates) == {"Jonas Gahr Støre", "Trygve Slagsvold Vedum"}


def test_declines_to_comment_and_english_said() -> None:
    raw = ("The regulator confirmed the inspection on Monday.\n\n"
           "\"We found no cracks,\" Anna Berg, the chief engineer, said.\n\n"
           "Energiselskapet Fjordkraft har ikke ønsket å kommentere saken.")
    found = _by_paragraph(raw)
    assert [(a.speaker, a.kind) for a in found[1]] == [("Anna Berg", "direct")]
    assert [a.stance for a in found[2]] == ["declines"]


def test_a_crosshead_that_quotes_nobody_is_not_attributed() -> None:
    raw = "Erna Solberg sier ja.\n\n– Fullstendig falsk informasjon\n\nHun sa det i går."
    assert 1 not in _by_paragraph(raw)


@pytest.mark.parametrize("raw, speaker, words", [
    ("KINDEREGG: – Jeg har liksom tre identiteter, sier Jon Fosse. Noen ganger blandes de tre.", "Jon Fosse",
     "Jeg har liksom tre identiteter"),
    ("Den norske EU-debatten er død, mener Dagsavisen. Foto: NTB scanpix", "Dagsavisen", "Den norske EU-debatten"),
    ("FOTO: AP / NTB scanpix Russiske myndigheter hevder at en russisk statsborger ble pågrepet.",
     "Russiske myndigheter", "en russisk statsborger ble pågrepet"),
])
def test_a_caption_that_credits_its_words_is_a_quote(raw: str, speaker: str, words: str) -> None:
    # the kicker and the photo credit are set aside; the quote's offsets point into the caption as written
    [attribution] = _by_paragraph("title: T\n\nInnledning om saken.\n\n" + raw)[1]
    assert attribution.speaker == speaker
    assert words in raw[attribution.start:attribution.end] and "Foto" not in raw[attribution.start:attribution.end]


@pytest.mark.parametrize("raw", [
    "LES OGSÅ: Ryanair vil ikke kommentere en eventuell retur, sier Eddie Wilson",  # a teaser for another story
    "ROMANIA: Paret ble pågrepet i Bucuresti i går. Foto: Eirik Brekke (arkiv)",  # what happened, no words
    "Erna Solberg på vei inn i Stortinget. Foto: NTB scanpix",  # who is in the picture
])
def test_a_caption_without_credited_words_is_not_attributed(raw: str) -> None:
    assert 1 not in _by_paragraph("title: T\n\nInnledning om saken.\n\n" + raw)


def test_pronoun_refers_to_the_role_named_surname_not_an_earlier_full_name() -> None:
    raw = ("Deretter sammenlignet han Khan med New York Citys borgermester, Bill de Blasio.\n\n"
           "Labour-politikeren Khan har kritisert besøket. I et avisinnlegg søndag skriver han at det er galt.")
    [attribution] = _by_paragraph(raw)[1]
    assert attribution.speaker == "Khan"


def test_nobody_who_said_nothing_becomes_a_speaker() -> None:
    raw = ("Ola Elvestuen er nestleder i partiet.\n\n"
           "Partilederen varslet at hun ønsker gjenvalg, mens ingen av de to nestlederne har sagt noe om saken.")
    assert all(a.speaker != "Ola Elvestuen" for a in _by_paragraph(raw).get(1, []))


@pytest.mark.parametrize("raw, paragraph, speaker", [
    ('"We will appeal," said Maria Lopez, the company\'s lawyer.', 0, "Maria Lopez"),
    ("Maria Lopez is a lawyer.\n\nLopez told Reuters the ruling was wrong.", 1, "Maria Lopez"),
    ("According to the BBC, the talks collapsed on Monday.", 0, "BBC"),
    ("Acme Corp builds ships.\n\nThe company declined to comment.", 1, "Acme Corp"),
    ("– Vi er skuffet, sier Kari Nordmann, leder i Naturvernforbundet, til NRK.", 0, "Kari Nordmann"),
    ("– Dette er alvorlig.\n\n– Vi må handle nå, sier Kari Nordmann.", 0, "Kari Nordmann"),
    ("– Dette er ei god sak, seier ordførar Ola Nordmann.", 0, "Ola Nordmann"),
    ("Ordfører Ola Nordmann var i møtet.\n\n– Vi gir oss ikke, sa ordføreren.", 1, "Ola Nordmann"),
    ("Statsminister Jonas Gahr Støre var til stede.\n\nStatsministeren sier at budsjettet er stramt.", 1,
     "Jonas Gahr Støre"),
    ("Politiet i Oslo rykket ut.\n\nIfølge politiet ble to personer skadd.", 1, "Politiet"),
    ('"I never said that," Smith said. He added that the claims were false.', 0, "Smith"),
    ('Peter Smith leads the union.\n\n"It is over," he said.', 1, "Peter Smith"),
    ("Helse- og omsorgsminister Bent Høie (H) sier til VG at han vil se på saken.", 0, "Bent Høie"),
    ("Kari Nordmann møtte Ola Nordmann.\n\n– Vi er enige, sa hun.", 1, "Kari Nordmann"),
    # a caption may open with the full name; the body then uses the surname
    ("title: T\n\nErling Braut Håland scoret ni mål. Foto: NTB\n\n– Jeg er stolt, sier Håland til VG.", 1,
     "Erling Braut Håland"),
    # a party or place before a listed first name is not part of the name
    ("– Vi sørger, skriver leder i Arbeiderpartiet Jonas Gahr Støre.\n\n– Hun var modig, avslutter Gahr Støre.", 1,
     "Jonas Gahr Støre"),
    # a quote that goes on after a line of narration naming nobody else
    ("– Det var en lang natt, sier Ola Hansen.\n\nSelv var han ikke fornøyd.\n\n– Jeg kunne scoret mer.", 2,
     "Ola Hansen"),
    # a speech verb we do not list, or misspelt, before a person already named
    ("Professor Scott North har forsket på dette.\n\n– Karoshi er et gammelt ord, forklarert North.", 1,
     "Scott North"),
    # an appositive name before the cue, and a place after it
    ('"There are no cracks," the company\'s chief operating officer, Helen Marsh, told reporters in Aberdeen.', 0,
     "Helen Marsh"),
    ("Mange tror kampen var fikset. Det tror ikke Erling Håland.", 0, "Erling Håland"),
    ("Shops lose money, according to figures published by the Harbour Chamber of Commerce.", 0,
     "Harbour Chamber of Commerce"),
    ("Planene ble kjent i 2017, da Sarpsborg Arbeiderblad skrev om saken.\n\nSA skrev at USA vil bygge.", 1,
     "Sarpsborg Arbeiderblad"),
    ("The Northern Ledger reported cracks in the turbines.\n\nThe newspaper said it had seen emails.", 1,
     "The Northern Ledger"),
    # an age description refers to the person being quoted
    ("– Jeg er stolt, sier Erling Håland.\n\n– Vi trengte mål, sier den 18 år gamle spissen.", 1, "Erling Håland"),
    # a cleft sentence puts the speaker between "Det var" and "som"
    ("Det var Politiet i Oslo som tidligere lørdag opplyste at en mann var pågrepet.", 0, "Politiet i Oslo"),
    # a date after the source is not part of its name
    ("Han ble pågrepet ifølge Reuters 29. desember på Saipan.", 0, "Reuters"),
    # a sentence-initial noun before a surname is not a first name
    ("– Vi etterforsker, sier Halvor Hjelm-Hansen.\n\nAvdelingen Hjelm-Hansen leder er i Trondheim. "
     "Hjelm-Hansen sier at mannen er pågrepet.", 1, "Halvor Hjelm-Hansen"),
    # impersonal cues credit the web page or press release named with them, or just before
    ("Resett er et nettsted.\n\n– Vi er blokkert av Google, heter det på nettstedet.", 1, "Resett"),
    ("Southampton bekrefter avtalen på sitt nettsted.\n\n– Alle i klubben ønsker ham lykke til, står det.", 1,
     "Southampton"),
    # a definite noun stands for the body named before whose name ends in it
    ("Mattilsynet fikk flere meldinger.\n\n– Vi ser ingen unormal forekomst, opplyser tilsynet.", 1, "Mattilsynet"),
    # a court speaks through its judgment, named or not
    ("Ifølge dommen skjedde overgrepene over ett år.", 0, "Retten"),
    ("Saken gikk i Oslo tingrett.\n\nIfølge dommen var mannen klar over alderen.", 1, "Oslo tingrett"),
    # a genitive role and an appositive name after the cue
    ("– Adferden endres ikke, sa E-tjenestens sjef, generalløytnant Morten Haga Lunde, i en presentasjon.", 0,
     "Morten Haga Lunde"),
    ("Fire anklager er henlagt, påpeker mannens forsvarer, advokat Elisabeth Myhre, overfor Nettavisen.", 0,
     "Elisabeth Myhre"),
    # the speaker's name ends at the comma; what follows is the object of the accusation
    ("I forrige uke anklaget en talskvinne for utenriksdepartementet, Maria Zakharova, Le Mesurier for spionasje.",
     0, "Maria Zakharova"),
    # "som hun sier": the relative clause's subject speaks
    ("Innenriksminister Raya al-Hassan åpnet en granskning av sammenstøtene, som hun sier har ført til skader.", 0,
     "Raya al-Hassan"),
    # a first name alone, when one person in the article has it (Chinese names: the family name first)
    ("Xi Jinping talte på plassen.\n\n– Ingen makt kan stanse oss, sa Xi.", 1, "Xi Jinping"),
    ("E-tjenesten la fram rapporten mandag.\n\nE-tjenesten skriver at jamming er en trussel.", 1, "E-tjenesten"),
    ("Politiet kjenner kvinnens identitet, men ønsker ikke å gå ut med alderen hennes.", 0, "Politiet"),
    ("Ekteparet David McIntyre og Ruth McIntyre var om bord.\n\nAmerikanske David McIntyre sier at de var heldige.",
     1, "David McIntyre"),
    # a genitive before the role, and the appositive name after it
    ("– Det er utrolig at ingen ble skadd, sier politiets pressetalsperson, Björn Öberg.", 0, "Björn Öberg"),
    ("I en melding sier selskapets konsernsjef, Amin Nasser, at en oppdatering kommer.", 0, "Amin Nasser"),
    # a coordinated role, a misspelt "ifølge", the name the role is given to
    ("– Regjeringen vil gi fritt rettsråd, opplyser arbeids- og sosialminister Anniken Hauglie.", 0,
     "Anniken Hauglie"),
    ("Byggestart kan tidligst skje i 2024, i følge Bane Nors prosjektleder Iselin Engh.", 0, "Iselin Engh"),
    # a trailing role, followed by when it was said
    ("– En fryktelig kommunikator, tvitrer presidenten kort tid etter, sa President Donald Trump.\n\n"
     "– Ingen ryggrad, tvitrer presidenten kort tid etter kunngjøringen.", 1, "Donald Trump"),
    ("Ifølge iFinnmark ba aktor om brev- og besøksforbud.", 0, "iFinnmark"),
    ("Ifølge iFinnmark ble mannen fengslet.\n\nIfølge avisen ønsker han å forklare seg.", 1, "iFinnmark"),
    ("Forsvaret ville ikke kommentere, men ifølge Politikens opplysninger ble saken drøftet.", 0, "Politiken"),
    ("Ifølge UEFAs premiesystem er klubben garantert rundt 40 millioner kroner.", 0, "UEFA"),
    ("Ifølge Equinors prognoser vil produksjonen falle.", 0, "Equinor"),
    # a hyphenated first name is not an acronym before the name
    ("– Det har med spilletid å gjøre, sa Yann-Erik de Lanlay til Adresseavisen.", 0, "Yann-Erik de Lanlay"),
    # "direktoratet" is the directorate named before in a compound ("Helsedirektoratet"), not the body named last
    ("Dette kommer fram i nye tall fra Helsedirektoratet.\n\nTallene viser lengre ventetid i BUP.\n\n"
     "Ifølge direktoratet får stadig flere barn avslag.", 2, "Helsedirektoratet"),
    # welcoming something states a view ("ønsker avtalen velkommen")
    ("Statssekretær Ane Rønningen (Ap) i Utenriksdepartementet ønsker avtalen velkommen.", 0, "Ane Rønningen"),
    # the person, not the institution named after them
    ("Forskningssjef Henric Östmark fra Totalförsvarets forskningsinstitut, FOI, sier til Aftonbladet at "
     "ladningen var stor.", 0, "Henric Östmark"),
    ("RSL må signere avtaler med flyselskapene.\n\nDette har RSL sagt måtte gjøres i løpet av sommeren.", 1, "RSL"),
    # coordinated speakers each get the words
    ("Røde Kors og sivilforsvaret sier at 130 er lettere skadd.", 0, "Røde Kors"),
    ("Også Malaysia og Oman melder at de stanser all trafikk.", 0, "Oman"),
    # an organisation whose name opens with an article; an appositive after a genitive that looks like "De"
    ("De hvite hjelmene har bekreftet dødsfallet på sin Facebook-side.", 0, "De hvite hjelmene"),
    ("Det syriske regimet og Russland har anklaget de frivillige for å være spioner.", 0, "Russland"),
    ("De Lanlays agent, Tore Pedersen, uttalte i samme intervju at det fantes interesse.", 0, "Tore Pedersen"),
    # a cue set off by commas in the middle of the sentence
    ("Michel Barnier sier at det haster.\n\nI tillegg, påpeker han, kan en utsettelse komplisere valget.", 1,
     "Michel Barnier"),
    # the subject of a coordinated verb goes on speaking
    ("Raya al-Hassan gir «infiltratører» skylden for volden og sier demonstrantene bør være varsomme.", 0,
     "Raya al-Hassan"),
    # particle verbs with words between verb and particle
    ("I en statusrapport tirsdag slo Veterinærinstituttet fast at algeforgiftning kan utelukkes.", 0,
     "Veterinærinstituttet"),
    ("Politidirektoratet viser i pressemeldingen til at det er etablert praksis.", 0, "Politidirektoratet"),
    ("Nicki Bille erkjente vold mot politiet.\n\nDerimot nektet han for å ha slått en dørvakt.", 1, "Nicki Bille"),
    # "Som X har skrevet": the outlet is the source of what follows
    ("Som Dagsavisen Moss Dagblad tidligere har skrevet, trenger RSL flere avtaler.", 0, "Dagsavisen Moss Dagblad"),
    ("Aftonbladet har fått opplysninger om at hendelsen var knyttet til en MC-gjeng.", 0, "Aftonbladet"),
    ("Reuters siterer søndag en kilde på at det er snakk om uker.", 0, "Reuters"),
    # the agent of a passive cue
    ("Bryllupet bekreftes av Olav Thon Gruppen overfor TV 2.", 0, "Olav Thon Gruppen"),
    # unnamed sources speak through the outlet they talked to
    ("Partiene er enige, skriver Aftonbladet.\n\nForhandlingene er i en sluttspurt, opplyser flere ikke navngitte "
     "kilder til den svenske avisa.", 1, "Aftonbladet"),
    # a subject that is a time of day: the inverted name speaks
    ("Klokken 23.52 meldte Sykehuset Levanger at begge slapp fra ulykken med lettere skader.", 0,
     "Sykehuset Levanger"),
    # an appositive name followed by when it was said; an outlet with a number in its name
    ("Togtrafikken ble stanset, opplyser pressevakt i Bane Nor, Dag Svinsås søndag formiddag.", 0, "Dag Svinsås"),
    ("Hun er på vei ut av kontrakten, og ifølge TV 2 skal hun være på vei bort.", 0, "TV 2"),
    # a name given in full in a caption only; a nationality for the person the story is about
    ("Robin van Persie mener Solskjær må få tid. Foto: Reuters\n\nHan spilte for United.\n\n"
     "– Gi folk tid, sier nederlenderen.", 2, "Robin van Persie"),
    ("Meteorolog Frode Håvik Korneliussen i StormGeo slår imidlertid fast at det blir bedre.", 0,
     "Frode Håvik Korneliussen"),
    # a one-word body the article has not named before ("-ombudet" is no role)
    ("title: T\n\nIngress.\n\nIfølge Barneombudet skal anmerkninger gi elever veiledning.", 1, "Barneombudet"),
    # a known person at his institute, not the institute
    ("Asle Haukaas er veterinær.\n\n– Det er ikke nytt, sier Haukaas ved Veterinærinstituttet.", 1, "Asle Haukaas"),
    # a role given with its place, then the role alone
    ("Ifølge pressesjef i Vy, Åge-Christoffer Lundeby, måtte toget stanse.\n\n– Det var en kontrollert "
     "nedbremsing, sier pressesjefen.", 1, "Åge-Christoffer Lundeby"),
    # "hun" after a woman and an organisation that reads like a name: the woman, who is speaking
    ("Emma Erlandsen fra Unge Høyre skriver at regjeringen bør skrote kvoten. Hun skriver videre at det er "
     "symbolpolitikk.", 0, "Emma Erlandsen"),
    # the speaker between auxiliary and participle after an adverbial; "noe han bekreftet"
    ("Mark Zuckerberg er sjef.\n\nI et lekket lydopptak har Zuckerberg sagt at han venter å vinne.", 1,
     "Mark Zuckerberg"),
    ("Neil Young giftet seg med Hannah, noe han bekreftet i oktober.", 0, "Neil Young"),
    ("Mistanken er at Iran vil utvikle atomvåpen, noe iranske myndigheter gjentatte ganger har forsikret at de "
     "ikke vil.", 0, "Iranske myndigheter"),
    # "la han til" after a quote; two roles joined by "og"; a source after "prognoser fra den …"
    ("Mark Zuckerberg er sjef.\n\n«Jeg vil ikke ha et søksmål», la han til.", 1, "Mark Zuckerberg"),
    ("– Jeg har ingen anelse, sier advokat og politiker Kevin Yam til Bloomberg.", 0, "Kevin Yam"),
    ("Vox får 56 seter, ifølge prognoser fra den spanske TV-kanalen RTVE.", 0, "RTVE"),
    # "og" between two names in title case: two sources; an institution whose name ends in a common noun
    ("Både Storm og Yr melder om beskjedne nedbørsmengder.", 0, "Yr"),
    ("Regnet går over til snø, melder Meteorologisk institutt.", 0, "Meteorologisk institutt"),
    ("Norsk filminstitutt skriver at filmen gir et unikt innblikk.", 0, "Norsk filminstitutt"),
    ("Politiet i Trøndelag sin twitterkonto meldte om brannen.", 0, "Politiet i Trøndelag"),
    # a full name given only in the title
    ("title: Ketil Solvik-Olsen i ny bok: Frp bør bli større\n\nIngress.\n\n– Vi må vokse, sier Solvik-Olsen.", 1,
     "Ketil Solvik-Olsen"),
    # "at" before a surname is Norwegian "that", not English "at a place": the man, not an organisation
    ("Giuseppe Conte er statsminister.\n\nDet er ventet at Conte får noen dager.\n\nConte skal velge ministre.\n\n"
     "Samtidig fastslår han at regjeringen skal være rettferdig.", 3, "Giuseppe Conte"),
    # the person after a genitive owner; the outlet told between pronoun and cue
    ("Neil Young var gift.\n\nNeil Youngs gamle makker David Crosby omtalte Hannah som et «giftig rovdyr».", 1,
     "David Crosby"),
    ("Aksel Lund Svindal ga ut en bok.\n\nSvindal kom med boka «Større enn meg» der han til NTB fortalte at han "
     "«forsøkte å være ærlig».", 1, "Aksel Lund Svindal"),
    # an impersonal cue after the document it is in; a lower court, then the court named after it
    ("Saken gikk i Sør-Trøndelag tingrett.\n\nI kjennelsen fra retten fremgår det at etterforskningen er i "
     "startfasen.", 1, "Sør-Trøndelag tingrett"),
    ("Heller ikke der mente retten at det ble brukt vold, men Høyesterett konkluderte med at hun var i en "
     "overgrepssituasjon.", 0, "Retten"),
    # one of two coordinated roles; "har bedt … om"; "anser … for"; "uttrykt støtte"
    ("Hun møtte arbeids- og sosialminister Anniken Hauglie.\n\nArbeidsministeren har varslet en granskning.", 1,
     "Anniken Hauglie"),
    ("Myndighetene i Moskva har bedt amerikanske myndigheter om å forklare pågripelsen.", 0, "Myndighetene i Moskva"),
    ("Tyrkia anser PKK og YPG for å være terrororganisasjoner.", 0, "Tyrkia"),
    ("Greg Johnson er redaktør.\n\nJohnson har uttrykt støtte til terroren.", 1, "Greg Johnson"),
    # a team's genitive before a player; a name right after a trailing cue, with a quote later on
    ("– Det var feigt gjort, sa Pittsburghs Mason Rudolph.", 0, "Mason Rudolph"),
    ("Alle i Norge spiser matpakke hver dag, hevder BBC, og «den er tørr og smakløs».", 0, "BBC"),
    # a new subject after "og"; an institution word after a place name
    ("Meteorologisk institutt har sendt ut farevarsel og politiet ber bilister kjøre forsiktig.", 0, "Politiet"),
    ("Vegtrafikksentralen Øst melder om glatte veier.\n\n– Det er glatt, skrev Øst politidistrikt på Twitter.", 1,
     "Øst politidistrikt"),
    # a conjunction opening the sentence; the person named before ", som"; a role "for" a party
    ("Men kommunikasjonsminister Afamasaga Rico Tupai uttalte torsdag at motstanderne hindret arbeidet.", 0,
     "Afamasaga Rico Tupai"),
    ("Vi er enige med Høyres Erlend Svardal Bøe, som viser til at dette er inkonsekvent.", 0, "Erlend Svardal Bøe"),
    ("Stortingsrepresentant for KrF Hans Fredrik Grøvan, sier partiet vil stemme for innstillingen.", 0,
     "Hans Fredrik Grøvan"),
    # advice from a named body; "kan ikke kommentere"; an infinitive cue; "ifølge nettavisen"
    ("Kjør forsiktig var rådet fra Vegtrafikksentralen Øst på Twitter.", 0, "Vegtrafikksentralen Øst"),
    ("Martin Bernsen er seniorrådgiver i PST.\n\nHan kan ikke kommentere hvorfor mannen ikke ble pågrepet.", 1,
     "Martin Bernsen"),
    ("BBC følger opp med å påstå at tradisjonen startet på 1930-tallet.", 0, "BBC"),
    ("Filter Nyheter skrev om saken.\n\nJohnson har kommet med uttalelser om Breivik, ifølge nettavisen.", 1,
     "Filter Nyheter"),
    # a body named with an article and a time; unnamed sources of the paper reporting; "ifølge instituttet"
    ("Kronen styrket seg etter at den amerikanske sentralbanken onsdag kveld varslet at renten står.", 0,
     "Den amerikanske sentralbanken"),
    ("Partiene er enige, skriver Aftonbladet.\n\nCentern og Socialdemokraterna skal møtes fredag, opplyser kildene.",
     1, "Aftonbladet"),
    ("Norsk filminstitutt gir støtte.\n\nIfølge instituttet vil filmen vise alt.", 1, "Norsk filminstitutt"),
    ("Neil Young har i skrivende stund ikke uttalt seg om bortgangen.", 0, "Neil Young"),
    # the subject of a clause after "er at", with a month before the cue
    ("Bakgrunnen er at innenriksminister Matteo Salvini fra Ligaen tidligere i august varslet at han ville ut.", 0,
     "Matteo Salvini"),
    # a stated opinion or feeling: "er glad for", "er spesielt bekymret for", coordinated bodies
    ("Trondheim-ordfører Rita Ottervik er glad for bidraget, men skulle gjerne sett at det var større.", 0,
     "Rita Ottervik"),
    ("E-tjenesten er spesielt bekymret for jamming av GPS-signaler.", 0, "E-tjenesten"),
    ("Det syriske regimet og Russland er svært kritiske til De hvite hjelmene.", 0, "Russland"),
    ("Den nye loven sier 100 timer, noe Scott North ser på som et selvmotsigende forsøk.", 0, "Scott North"),
    # an English fronted phrase before the subject; "the company" is the app named as one; ", saying …"
    ("The London-based health-tracking app Tempo said hackers had got in.\n\nIn a statement, the company said "
     "passwords had not been affected.", 1, "Tempo"),
    ("The Powys Poultry Producers' Association disputed the findings, saying the study relied on "
     "\"outdated assumptions\".", 0, "Powys Poultry Producers' Association"),
    # English: a long appositive after the name; the speaker after the clause; a spokesperson of a body named before
    ("Dr Imran Siddiqui, a consultant in emergency medicine and vice-president of the Emergency Care Association, "
     "said the figures matched.", 0, "Imran Siddiqui"),
    ("The Department of Health and Social Care commissioned the report.\n\nThe health app Tempo was hacked last "
     "week, the Department of Health and Social Care said.", 1, "Department of Health and Social Care"),
    ("Work will stay suspended until the results are published, Ellison said.", 0, "Ellison"),
    ("The Department of Health and Social Care was asked.\n\n\"Corridor care is unacceptable,\" a department "
     "spokesperson said.", 1, "Department of Health and Social Care"),
    ("Kesteven Vale District Council shut the bridge.\n\nA council spokesman said repairs would start soon.", 1,
     "Kesteven Vale District Council"),
    # a document's author, when the document finds or shows something
    ("The survey of 6,200 nursing staff by the Nursing Workforce Forum found that corridor care was common.", 0,
     "Nursing Workforce Forum"),
    ("En rapport fra Norges Bank konkluderer med at renten må opp.", 0, "Norges Bank"),
    # nynorsk: "seier" after a party in brackets, "Ordførar" a role
    ("Stryn kommune har vedteke saka.\n\nOrdførar Arnfinn Hjelle (Sp) seier til Fjordingen at saka var tung.", 1,
     "Arnfinn Hjelle"),
    # where the person comes from is not who speaks
    ("Ingrid Lie Bakken vant sprinten.\n\n– Helt surrealistisk, sier 27-åringen fra Lillehammer.", 1,
     "Ingrid Lie Bakken"),
    # a description ("nordmannen") is the one person named before it in the same narration, not the last speaker
    ("– Vi venter på været, sier trener Erlend Nesje.\n\nAksel Lund Svindal besiktet løypa som vanlig. "
     "Nordmannen varslet før VM at han gir seg.", 1, "Aksel Lund Svindal"),
    # "har forklart X med at": explained it by saying
    ("Per Hanstad er revisor.\n\nHege Haukeland Liadal har forklart Aftenpostens funn med at hun har bommet på "
     "datoer.", 1, "Hege Haukeland Liadal"),
    # words of several in quote marks, in a sentence whose subject is a person and that has no cue
    ("Kinas president Xi Jinping talte i går.\n\nXi startet talen med en hyllest til «revolusjonsheltene og "
     "martyrer», før han trakk frem minoritetene.", 1, "Xi Jinping"),
    # a feeling with the pronoun after the verb, a fronted phrase before it; "føler seg trygg på at"
    ("Erling Braut Håland scoret ni mål.\n\nSelv etter trippelt hattrick var han ikke fornøyd med effektiviteten.", 1,
     "Erling Braut Håland"),
    ("Pål Arne Johansen er trener.\n\nKampen mot Honduras var han riktig nok fornøyd med.", 1, "Pål Arne Johansen"),
    # the object first, then the name (not the object, "Honduras", as the speaker)
    ("Kampen var hard.\n\nKampen mot Honduras var Erling Braut Håland riktig nok fornøyd med.", 1,
     "Erling Braut Håland"),
    ("Mohamed Elyounoussi er klar.\n\nHan føler seg trygg på at han har noe å tilføre.", 1, "Mohamed Elyounoussi"),
    ("Rikako Ikee fikk kreft.\n\nIkee var selv sjokkert da hun fikk beskjeden om sykdommen.", 1, "Rikako Ikee"),
    # a line of narration naming one person introduces the dash quote after it
    ("Scott North og Ikuko Mizushima er eksperter.\n\nProfessor Mizushima er derimot mer optimistisk.\n\n"
     "– Arbeidsgiverne har vært imot all begrensning.", 2, "Ikuko Mizushima"),
    # a report's author: "UNCTAD-rapporten", then "i rapporten"
    ("UNCTAD-rapporten spår at EU kan bli vinneren.\n\nUSA og Kina forhandler.\n\n"
     "– Landene som har størst nytte er de mest konkurransedyktige, heter det i rapporten.", 2, "UNCTAD"),
    ("Navs bedriftsundersøkelse, som ble lagt frem torsdag, viser at vi mangler 5 600 sykepleiere.", 0, "Nav"),
    ("Mange døde av meslinger i 2017, ifølge Verdens helseorganisasjon WHO.", 0, "Verdens helseorganisasjon WHO"),
    # an outlet prefix on a role is not the speaker; a paper introduced as "avisen X" is what "avisen" means
    ("– Therese var i en egen klasse i dag, sa NRK-ekspert Fredrik Aukland.", 0, "Fredrik Aukland"),
    ("Den tyske avisen Ruhr Nachrichten slår stort opp at Haaland er i samtaler.\n\n"
     "«Dortmund er i gang med å finne en forsterkning», skriver avisen.", 1, "Ruhr Nachrichten"),
    ("Sølvvinner Mack Horton mener at Sun ikke burde fått delta.", 0, "Mack Horton"),
    ("Raja fastholder at Trine Skei Grande bør få fortsette.", 0, "Raja"),
    ("Italias innenriksminister Matteo Salvini insisterte på at de ikke var velkomne.", 0, "Matteo Salvini"),
    # the outlet's unnamed sources; someone the paper could not reach for a comment
    ("USA og Kina har et utkast.\n\nDet sier kilder med tett kjennskap til forhandlingene til nyhetsbyrået Reuters.", 1,
     "Reuters"),
    ("Ådne Søndrål er investor.\n\nDet har ikke lyktes DN å få en kommentar fra Ådne Søndrål til tallene.", 1,
     "Ådne Søndrål"),
    # a genitive with an apostrophe is its owner; a teaser for another story brings in no antecedent
    ("Alt tyder på at Ap’s nye holdning står seg.\n\nAp pekte på alle disse forholdene.", 1, "Ap"),
    ("Martin Fourcade dropper rennene.\n\nLEST DENNE? Nå kan Johannes Thingnes Bø bryte forbannelsen.\n\n"
     "Han sier at han er stolt over sesongen.", 2, "Martin Fourcade"),
    # a firm named for its partners, and one partner's surname spelt two ways
    # more opinion verbs; the speaker after "slik"; an outlet whose name opens with a noun
    ("Problemet med å skrote fedrekvoten slik Emma Erlandsen tar til orde for, er at menn ikke tar ut permisjon.",
     0, "Emma Erlandsen"),
    ("Assange fryktet at Sverige ville utlevere ham videre.", 0, "Assange"),
    ("Kommunen er redd for at skolen må stenge.\n\nRektor Kari Berg er imot forslaget.", 1, "Kari Berg"),
    ("Selv om prisene faller, slik Nettavisen Økonomi skrev fredag, har noen varer steget.", 0,
     "Nettavisen Økonomi"),
    # a first name alone is the one person the article names in full with it; "Hongkong-avisen" is the paper
    ("– Vi er takknemlige, sier ektemannen David.\n\nDavid McIntyre og kona er fra USA.", 0, "David McIntyre"),
    ("Samtalene ga lite, ifølge South China Morning Post.\n\n«Bare snakk, ingen substans», konstaterte "
     "Hongkong-avisen.", 1, "South China Morning Post"),
    # the owner of the document an impersonal cue names
    ("E-tjenesten la fram rapporten.\n\nRussland øker evnen.\n\n– Utviklingen vil fortsette, heter det i "
     "E-tjenestens rapport.", 2, "E-tjenesten"),
    # an adverb opening the sentence is not the speaker after the verb
    ("Trine Skei Grande er partileder.\n\nVidere viser hun til at partiet har fått gjennomslag.", 1,
     "Trine Skei Grande"),
    # a sentence opening with its cue goes on with the speaker before; "sagt nei til", "sagt til NTB at"; "veteranen"
    ("Helsetilsynet skrev at de ikke vil følge opp saken.\n\nMen legger til at «den tas med i en annen sak».", 1,
     "Helsetilsynet"),
    ("Tyskland har også sagt nei til å delta i flåtestyrken.", 0, "Tyskland"),
    ("– Jeg var heldig, sier Andreas Stjernen.\n\nVeteranen har tidligere sagt til NTB at han var glad for det.", 1,
     "Andreas Stjernen"),
    # a role from a caption's kicker; "ifølge" closing a dash quote; a role after an acronym and a hyphen
    ("E-SJEFEN: Morten Haga Lunde presenterer rapporten. Foto: NTB scanpix\n\nRussland jobber med falske nyheter:"
     "\n\n– En voksende mengde nyhetssider. Norge er intet unntak, ifølge E-sjefen.", 2, "Morten Haga Lunde"),
    ("FNs spesialrapportør Agnes Callamard la fram rapporten.\n\nDerfor bør saken stanses, ifølge FN-rapportøren.", 1,
     "Agnes Callamard"),
    # a crosshead ends without a full stop: the word opening the next paragraph is not a name for it
    ("Haaland er i Dortmund.\n\nLeipzig også interessert\n\nNormalt velinformerte Kicker skriver at klausulen er "
     "20 millioner euro.", 2, "Kicker"),
    ("Fylkeslegen i Troms og Finnmark vurderer at situasjonen krever økt overvåking.", 0,
     "Fylkeslegen i Troms og Finnmark"),
    # a team's genitive with an apostrophe before the role and the name
    ("– Han blir utestengt, sa Browns’ quarterback Baker Mayfield.", 0, "Baker Mayfield"),
    # a genitive full name and the surname alone are one person; a county with "og" is one name
    ("Kosberg blir en del av sjefredaktør Amund Djuves ledergruppe.\n\n– Jeg er fornøyd med ansettelsen, sier Djuve.",
     1, "Amund Djuve"),
    ("Fagdirektør Torstein Hole i Helse Møre og Romsdal beklager.\n\nHelse Møre og Romsdal opplyser at saken er "
     "meldt.", 1, "Helse Møre og Romsdal"),
    ("Advokatfirmaet Lipcon, Margulies, Alinsa & Winkleman mener skipet tok for stor risiko.", 0,
     "Lipcon, Margulies, Alinsa & Winkleman"),
    ("Advokatfirmaet Lipcon, Margulies & Winkleman saksøker rederiet. Det uttaler advokat Michael Winkleman.\n\n"
     "– De lekte med passasjerenes liv, hevder Winkelman.", 1, "Michael Winkleman"),
])
def test_conventions(raw: str, paragraph: int, speaker: str) -> None:
    assert speaker in {a.speaker for a in _by_paragraph(raw).get(paragraph, [])}


def test_first_name_alone_then_full_name_gives_the_full_name() -> None:
    raw = ("– Det var en fin kveld, sier Sofie.\n\n"
           "Sofie Berg er leder i korpset.\n\n"
           "– Vi øver hver uke, sier Berg.")
    found = _by_paragraph(raw)
    assert {a.speaker for a in found[2]} == {"Sofie Berg"}


def test_a_reporters_question_in_an_interview_is_nobodys_quote() -> None:
    raw = ("– Vi må vente og se, sier landslagssjef Bjarne Rykkje.\n\n"
           "– Vil det påvirke oppkjøringen til sesongen?\n\n"
           "– Nei, det tror jeg ikke, sier Rykkje.")
    found = _by_paragraph(raw)
    assert 1 not in found
    assert {a.speaker for a in found[2]} == {"Bjarne Rykkje"}


def test_narration_naming_someone_else_ends_the_quote() -> None:
    raw = ("– Det var en lang natt, sier Ola Hansen.\n\n"
           "Treneren Kari Berg var mindre fornøyd.\n\n"
           "– Vi må bli bedre.")
    assert "Ola Hansen" not in {a.speaker for a in _by_paragraph(raw).get(2, [])}


def test_a_whole_dash_quote_goes_on_with_the_last_one_quoted_across_a_crosshead_and_narration() -> None:
    raw = ("– Prøven er rapportert positiv, og vi tar det på største alvor, sier daglig leder Thomas Gjelsås.\n\n"
           "Suspendert med øyeblikkelig virkning\n\n"
           "Jockeyen vant begge hovedløpene i fjor.\n\n"
           "– Han er naturlig nok langt nede. Saken er nå hos voldgiftsretten for videre behandling.")
    assert {a.speaker for a in _by_paragraph(raw).get(3, [])} == {"Thomas Gjelsås"}


@pytest.mark.parametrize("last", [
    "– Vi klarte det til slutt, og nå skal vi hvile oss, ropte noen av passasjerene da de kom i land.",
    "– Vi gikk gjennom seilasen med besetningen på forhånd, sa losen til avisen.",
    "– Jeg vil bare få lov til å være den jeg er, og det har jeg sagt hele tiden, sa hun den gang.",
    "– Hvor lenge kan dere vente før dere må stenge flyplassen for godt?",
])
def test_a_dash_quote_crediting_someone_else_or_asking_does_not_go_on_with_the_last_one_quoted(last: str) -> None:
    raw = ("– Prøven er rapportert positiv, og vi tar det på største alvor, sier daglig leder Thomas Gjelsås.\n\n"
           "Jockeyen vant begge hovedløpene i fjor.\n\n"
           "Saken skal behandles i høst.\n\n" + last)
    assert "Thomas Gjelsås" not in {a.speaker for a in _by_paragraph(raw).get(3, [])}


@pytest.mark.parametrize("raw, speaker", [
    ("Arbeidsledigheten falt med 500 personer i august. Det viser ferske tall fra Nav.", "Nav"),
    ("Formuen steg fra 51,7 til 78,4 millioner kroner, viser tall DN har hentet inn.", "DN"),
    ("Det viser en ny undersøkelse fra Opinion.", "Opinion"),
    ("15 statlige selskaper ga toppsjefen en lønnsvekst på 10 prosent, viser en oversikt i Dagbladet.", "Dagbladet"),
])
def test_figures_are_credited_to_who_published_them(raw: str, speaker: str) -> None:
    assert [(a.speaker, a.kind) for a in _by_paragraph(raw)[0]] == [(speaker, "according_to")]


def test_figures_shown_on_a_map_credit_nobody() -> None:
    assert _by_paragraph("Kartet viser tall fra hele landet.") == {}


def test_a_name_of_lowercase_words_before_its_acronym_is_one_body() -> None:
    raw = ("Ledigheten er 3,5 prosent, ifølge Statistisk sentralbyrå (SSB).\n\n"
           "– Vi venter at den holder seg lav, sier Nasjonalt folkehelseinstitutt (FHI).\n\n"
           "SSB mener veksten fortsetter. FHI mener det samme.")
    found = _by_paragraph(raw)  # the name keeps the acronym the article gives it, so either one finds it
    assert {a.speaker for a in found[0]} == {"Statistisk sentralbyrå (SSB)"}
    assert {a.speaker for a in found[2]} == {"Statistisk sentralbyrå (SSB)", "Nasjonalt folkehelseinstitutt (FHI)"}


def test_a_body_given_with_its_acronym_is_named_both_ways_wherever_it_speaks() -> None:
    raw = ("Norges vassdrags- og energidirektorat (NVE) bekrefter at breene krymper.\n\n"
           "NVE opplyser at flere små breer er borte.\n\n"
           "Organisasjonen Mennesker i Limbo (MiL) mener at reglene er for strenge. MiL sier at de vil klage.")
    found = _by_paragraph(raw)  # a reader (and a question) may know the body by either name
    assert {a.speaker for a in found[0]} == {a.speaker for a in found[1]} == {
        "Norges vassdrags- og energidirektorat (NVE)"}
    assert {a.speaker for a in found[2]} == {"Mennesker i Limbo (MiL)"}


@pytest.mark.parametrize("raw, paragraph, speaker", [
    # other words between the name and the cue
    ("Kamala Harris, som har foreldre fra Jamaica og India, kritiserte blant annet Joe Biden for samarbeidet.", 0,
     "Kamala Harris"),
    ("Donald Trump roser Tyrkia. Det kommer dagen etter at han på Twitter truet med å ruinere Tyrkias økonomi.", 0,
     "Donald Trump"),
    ("– Dette betyr så utrolig mye, sa en rørt Johaug til NRK etter rennet.", 0, "Johaug"),
    ("Verdensener Novak Djokovic er klar for finalen.\n\n– Det var en av mine beste kamper, sa Djokovic.", 1,
     "Novak Djokovic"),
    ("Andreas Stjernen hoppet lengst.\n\n– Jeg har vært litt redd, sier Stjernen.", 1, "Andreas Stjernen"),
    # a party tag, a dateline, an opening clause, a nationality
    ("Nestleder i Nordre Aker bydelsutvalg, Ingeborg Briseid Kraft (V), sier til Aftenposten at hun støtter forslaget.",
     0, "Ingeborg Briseid Kraft"),
    ("ÅRE/OSLO: Aleksander Aamodt Kilde kjørte ut i storslalåm.\n\n"
     "Men i Åre har ting, som han selv sa etter rennet, «ikke gått etter planen».", 1, "Aleksander Aamodt Kilde"),
    ("Mor Lele og treneren Roger Federer så på. Da Casper Ruud gikk forbi moren etter møtet med Federer, sa han "
     "at han var fornøyd.", 0, "Casper Ruud"),
    ("Aksel Lund Svindal og Erlend Nesje kjørte. Svindal besiktet løypa. Nordmannen varslet før VM at han gir seg.", 0,
     "Aksel Lund Svindal"),
    # a title, an auxiliary's subject, a nationality, a verb of manner
    ("Etter en samtale mellom Trump og Erdogan i helgen kunngjorde Det hvite hus at Tyrkia snart går inn i Syria.", 0,
     "Det hvite hus"),
    ("Meldingene gikk ut på at det var to gjerningsmenn. Men senere har politiet sagt at det bare var én.", 0,
     "Politiet"),
    ("Novak Djokovic er klar for finalen.\n\n– Jeg ville kjøpt billett til den kampen, sa serberen.", 1, "Novak Djokovic"),
    ("Kwak-Ji-hyuk ble sint og tok flyet til Stockholm.\n\n"
     "– Hvorfor spilte du ikke i Sør-Korea? ropte den sinte sørkoreaneren i hotellobbyen.", 1, "Kwak-Ji-hyuk"),
    ("– Nå mangler vi to menn på laget, smiler Andreas Stjernen til NTB.", 0, "Andreas Stjernen"),
    # the described paper after a trailing cue, not the subject of what it wrote; a clause without "at"
    ("Det melder The Hollywood Reporter.\n\nRoberts skal ha signert kontrakt for en sesong, skriver magasinet videre.",
     1, "The Hollywood Reporter"),
    ("Jeremy Corbyn vil felle regjeringen.\n\nCorbyn har sagt han vil stille mistillitsforslag.", 1, "Jeremy Corbyn"),
    ("Jeremy Corbyn vil felle regjeringen.\n\nSelv mener han et nyvalg er den beste muligheten.", 1, "Jeremy Corbyn"),
    # a view ("forstår at") of an appositive subject, whose role then names him
    ("Hennes trener, tyske Markus Cramer, forstår at ordren kan virke merkelig.\n\n"
     "– Det er kulturelt betinget, sier treneren.", 1, "Markus Cramer"),
    # the answer to a question put to someone named
    ("– Vi er klare, sier Ole Hansen.\n\nKari Nordmann er kaptein på laget.\n\n"
     "NRK spurte Kari Nordmann om hun var fornøyd med sesongen.\n\n"
     "– Ja, dette har vært en veldig god sesong for oss alle sammen.", 3, "Kari Nordmann"),
    # "as X says" after a mixed quote or a comma
    ("Johan Kaggestad er trener.\n\nMan skal ha litt «armsleng og få litt farge i tryne» som Kaggestad sier.", 1,
     "Johan Kaggestad"),
    ("Søknaden fra Equinor, som Statnett sier er for dyr, ble avvist.", 0, "Statnett"),
])
def test_the_one_speaker_of_a_paragraph(raw: str, paragraph: int, speaker: str) -> None:
    assert {a.speaker for a in _by_paragraph(raw).get(paragraph, [])} == {speaker}


@pytest.mark.parametrize("raw, paragraph", [
    ("Tirsdag kveld varslet en mann Gjesdal brannstasjon da han kjørte i et hull i veien.", 0),
    ("Adresseavisen skrev om øvelsen i går.\n\n– Hensikten er å øve på formasjonsflyging, heter det i pressemeldingen.",
     1),
    ("– Hensikten er å øve på å planlegge og koordinere formasjonsflyging, heter det i pressemeldingen.\n\n"
     "– Det skjer ikke så ofte at vi flyr over Vestlandet, sier oberstløytnant Stian Roen.", 0),
    ("Politiet fikk meldingen om at han med en gang skjønte at vannmengden i bakken var årsaken.", 0),
    ("– Vi er klare, sier Ole Hansen.\n\nVi spurte om hun hadde lagt en plan for å slå verdenscupvinneren.\n\n"
     "– Alle snakker om Therese, men det er mange sterke jenter i langrenn nå.", 2),
    ("Velgerne er ikke så opptatt av skatter og avgifter som Høyre tror.", 0),
    ("Russeren Natalja Neprjajeva stiller opp og svarer villig vekk på spørsmål fra pressen.", 0),
])
def test_nobody_is_credited_with_what_someone_else_said(raw: str, paragraph: int) -> None:
    """The object of "varslet" is whom a man told; a paper reports a press release, it did not write it;
    a dash quote that ends "heter det i pressemeldingen" is not the next speaker's; "forstår at" deep in a
    clause is no one's stated view; the answer to a question put to "hun" is not the last speaker's; "så opptatt
    som Høyre tror" compares, it reports nothing; answering questions is an act until words follow."""
    assert paragraph not in _by_paragraph(raw)


@pytest.mark.parametrize("raw", [
    "En seier vil føre Klopps menn tilbake på tabelltopp.",  # bokmål "seier" (a win), not nynorsk "says"
    "Altran fikk et krav. Selskapet konkluderte med at ingen av kundene var rammet.",  # not a body named "Selskapet"
])
def test_a_common_noun_is_not_a_speaker(raw: str) -> None:
    assert all(a.speaker not in ("En", "Selskapet") for found in _by_paragraph(raw).values() for a in found)


def test_an_embedded_post_and_its_credit_line_are_the_posters() -> None:
    raw = ("Økonomien rammes av president Donald Trumps handelskrig med Kina.\n\n"
           "Der deler han samtidig en video av hendelsen.\n\n"
           "This man had a lucky escape. At the point where he fell, I was flat out over a high speed jump!\n\n"
           "📸Vincent Petit pic.twitter.com/svjB65gDjj\n\n"
           "— Mads Østberg (@MadsOstberg) August 23, 2019")
    found = _by_paragraph(raw)
    assert {p for p, attributions in found.items() if any(a.speaker == "Mads Østberg" for a in attributions)} == {2, 3, 4}


def test_whom_a_body_asks_to_act_is_not_the_speaker() -> None:
    raw = "Wayne Hennessey ble frifunnet. FA-panelet anbefaler Hennessey å lese seg opp på historie."
    assert {a.speaker for a in _by_paragraph(raw)[0]} == {"FA-panelet"}


@pytest.mark.parametrize("raw, speaker", [
    ("– Jeg liker de kampene, sier Vålerenga-kaptein og tidligere LSK-spiller Sherida Spitse.", "Sherida Spitse"),
    ("– Dette er et følsomt tema, har IAAF-president Sebastian Coe tidligere uttalt.", "Sebastian Coe"),
])
def test_a_dash_quote_closed_by_two_roles_or_an_auxiliary(raw: str, speaker: str) -> None:
    assert {(a.speaker, a.kind) for a in _by_paragraph(raw)[0]} == {(speaker, "direct")}


def test_a_closing_clause_with_a_participle_that_reports_no_words_is_an_act() -> None:
    assert _by_paragraph("Han har vunnet mye, har Sebastian Coe skrevet en bok om.") == {}


@pytest.mark.parametrize("raw, speaker", [
    ("Andreas Stjernen hoppet. Stjernen er klar på at det er han selv som må levere.", "Andreas Stjernen"),
    ("Ole Gunnar Solskjær var rolig. Solskjær gir uttrykk for at han er fornøyd.", "Ole Gunnar Solskjær"),
    ("Donald Trump har gjort det klart at han stiller til gjenvalg.", "Donald Trump"),
    ("Ståle Solbakken leste. Solbakken er svært begeistret for boken om Reiulf Steen.", "Ståle Solbakken"),
])
def test_a_stated_position_is_reported_speech(raw: str, speaker: str) -> None:
    assert {(a.speaker, a.kind) for a in _by_paragraph(raw)[0]} == {(speaker, "indirect")}


def test_a_paper_named_in_the_headline_is_the_paper_its_unnamed_sources_speak_to() -> None:
    raw = ("title: Aftonbladet: Svenske partier enige\n\n"
           "Forhandlingene er inne i en sluttspurt, opplyser flere ikke navngitte kilder til den svenske avisa.\n\n"
           "Mannens pårørende er ikke varslet, og politiet vil derfor ikke gi noen opplysninger om mannen.")
    found = _by_paragraph(raw)
    assert {a.speaker for a in found[0]} == {"Aftonbladet"}
    assert {a.speaker for a in found.get(1, [])} <= {"Politiet"}


def test_a_report_is_its_authors_and_a_place_never_speaks() -> None:
    raw = ("FOTO: NTB scanpix Equinors planlagte oljeleting i Australbukta er møtt med protester.\n\n"
           "Tankesmia Australia Institute anslår at den norske stat kommer til å tjene 51 milliarder kroner.\n\n"
           "Den australske stat vil få 4,4 milliarder kroner mindre i skatteinntekter, ifølge rapporten.")
    found = _by_paragraph(raw)
    assert [a.kind for a in found[1]] == ["indirect"] and "Australia Institute" in found[1][0].speaker
    assert {a.speaker for a in found[2]} == {found[1][0].speaker}


def test_a_plea_in_court_is_not_a_quote() -> None:
    raw = "Maria Butina sa seg skyldig i å ha forsøkt å infiltrere konservative kretser."
    assert _by_paragraph(raw) == {}


def test_a_claim_inside_reported_speech_is_the_reporters_not_the_subjects() -> None:
    raw = ("The RMWU union called the strike.\n\n"
           "The operator, Coastline Trains, claimed the union had rejected a 4.5 percent offer.")
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Coastline Trains"}


def test_a_role_given_after_the_name_resolves_later_descriptions() -> None:
    raw = ("– Vi vil vurdere det, opplyser Preben Aamann, som er talsperson for EUs president Donald Tusk.\n\n"
           "– Men vi venter på et svar, sier talspersonen.")
    result = attribute_article(parse_article(raw, "a.txt"))
    [aamann] = [e for e in result.entities if e.name == "Preben Aamann"]
    assert "talsperson for EUs president Donald Tusk" in aamann.roles
    assert {a.speaker for a in result.attributions if a.paragraph == 1} == {"Preben Aamann"}


def test_a_party_that_did_not_answer_declines_while_the_paper_reports() -> None:
    raw = ("Nå melder Vårt Land at flere er rammet. Skattedirektoratet har ikke svart i saken, skriver avisen.")
    stances = {(a.speaker, a.stance) for a in _by_paragraph(raw)[0]}
    assert ("Skattedirektoratet", "declines") in stances
    assert ("Vårt Land", "declines") not in stances


def test_an_acronym_in_brackets_names_the_organisation() -> None:
    raw = ("Det er Organisasjonen Mennesker i Limbo (MiL) som har sendt brevet.\n\n"
           "I brevet krever MiL at «skatteoppgjøret rettes».")
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Mennesker i Limbo (MiL)"}


def test_the_developer_of_a_named_project_is_not_the_project() -> None:
    raw = "The developer of the Skerry Bank offshore wind farm has denied a newspaper report on cracks."
    assert "Skerry Bank" not in {a.speaker for a in _by_paragraph(raw).get(0, [])}


def test_writing_a_post_is_an_act_not_a_quote() -> None:
    raw = ("Også tidligere statsminister Jens Stoltenberg har torsdag skrevet et innlegg på Facebook.\n\n"
           "– Ufattelig og trist, skriver Stoltenberg.")
    found = _by_paragraph(raw)
    assert 0 not in found and {a.speaker for a in found[1]} == {"Jens Stoltenberg"}


def test_not_answering_our_enquiries_is_declining() -> None:
    raw = "– Vi er rystet, sier Christopher Langeland.\n\nLangeland har så langt ikke besvart våre henvendelser."
    assert [(a.speaker, a.stance) for a in _by_paragraph(raw)[1]] == [("Christopher Langeland", "declines")]


def test_the_paragraph_after_a_lead_in_holds_the_words() -> None:
    raw = ("Jesus, Maria og Josef er gode forbilder, også for vårt forhold til mobiltelefoni, synes pave Frans:\n\n"
           "De kunne be sammen og snakke sammen.")
    assert {a.speaker for a in _by_paragraph(raw).get(1, [])} == {"Frans"}


def test_a_rhetorical_question_goes_on_the_speakers_quote() -> None:
    raw = ("– Jeg undres på om dere snakker sammen hjemme, sa pave Frans.\n\n"
           "– Eller sitter dere og taster på mobilen under måltidene?\n\n"
           "Paven hadde inntrykk av at det var stille i mange hjem.")
    assert {a.speaker for a in _by_paragraph(raw).get(1, [])} == {"Frans"}


def test_a_credit_line_credits_the_news_before_it() -> None:
    raw = ("Yann-Erik de Lanlay har spilt sin siste kamp for klubben. Kontrakten blir ikke forlenget.\n\n"
           "Det melder RBK.no mandag formiddag.")
    found = _by_paragraph(raw)
    assert {a.speaker for a in found[0]} == {a.speaker for a in found[1]} == {"RBK.no"}


def test_what_a_speaker_points_at_is_not_a_second_speaker() -> None:
    raw = "– Her tas beslutningene, sier talsperson Dag Kolstø og peker på Finansdepartementet."
    assert {a.speaker for a in _by_paragraph(raw)[0]} == {"Dag Kolstø"}


def test_a_role_word_without_a_name_is_not_a_speaker() -> None:
    raw = "Arbeidsministeren har varslet en ekstern granskning av saken."
    assert "Arbeidsministeren" not in {a.speaker for a in _by_paragraph(raw).get(0, [])}


@pytest.mark.parametrize("raw", [
    "Horneland skrev under på en ny treårskontrakt med Haugesund i november.",  # a signature
    "Dagen etter starter 400 meter flatt, en øvelse Warholm også har hevdet seg i.",  # a result
    "I et intervju på rumensk TV innrømmer paret at de har gitt barna klaps.",  # the adverbial is no speaker
    "Den nye loven sier maksimalt 100 timer overtid i måneden.",  # a law is no speaker
    "Asap Rocky er bekreftet til Palmesus 2020.",  # a passive: he was booked, he confirmed nothing
    "Kaptein Carola Rackete trosset italiensk politi og la til kai med 40 migranter om bord.",  # the boat docked
    "Døren var åpen et kvarter før vitner varslet politiet.",  # the police were told, not telling
    "Norge kan ikke akseptere at verdens beste spiller ikke spiller her, mener debattanten.",  # not Norway
    "Amerikanske rettsdokumenter viser at russeren Dmitrij Makarenko ble pågrepet på Saipan.",
    "Tallene viser at dette er en utfordring for valgkomiteene.",  # a noun opening the sentence
    "Ola Nordmann vant.\n\nHan sonet en straff etter at han i 2014 ble avslørt for EPO-bruk.",  # done to him
    "Sjefen for Irans atomprogram varslet at nye sentrifuger tas i bruk.",  # the role holder is not named
    "Språk og levekår henger sammen, noe Høyre ikke synes å forstå.",  # "synes å": seems to
    "President Sebastián Piñera svarte på opptøyene med å innføre unntakstilstand.",  # an answer by an act
    "Norge var mest produktivt. Britene burde lære noe av folk i Norge, foreslår.",  # the words, no speaker
    "Rundt 30 prosent sa de løy fordi de ville framstå som smarte.",  # an adverb opening the sentence
    "Supportere stilte med bannere hvor de krevde Sahins avgang fra klubben.",  # whose departure
    "Politiet fulgte aksjonen. Gruppen hadde ikke bedt om tillatelse til å demonstrere.",  # no request to anyone
    "Det har vært ulykker i Grimstad og Mandal, men det er ikke meldt om alvorlige skader.",  # a passive
    "Et rødt flagg på et hus på Apia forteller at det bor uvaksinerte der.",  # a thing, not the place in it
    "Anders Mol og Christian Sørum vant.\n\nDette var Mol og Sørums tiende seier på verdensserien.",  # a win
    "Mener Kleveland at vi bør melde oss ut av EØS?",  # the writer's own question
    "Men Akmal, som på profilen også kaller seg «the killer boy», ga seg ikke.",  # what he calls himself
    "– Vi er klare, sier Ola Nordmann.\n\n«Busby Babes»",  # a title in quote marks goes on nobody's quote
    "Hvis regjeringen er så bekymret for skjermtid, er det rart at alle får et nettbrett.",  # a condition
    "Jeg trodde Arbeiderpartiet var positiv til stiftelser, men der tok jeg feil.",  # the writer's belief
    "Ola Nordmann er trener.\n\nHvis laget taper er han ikke fornøyd med det.",  # a condition, then his feeling
    "Marta Lindqvist spoke first.\n\nHe left the room without saying a word.",  # an act, no words
    "Ingrid Espelid Hovig ga ut boka «Tips om slanking og mat» i 1997.",  # a title, not her words
    "Kari Nordmann vil ha et «nytt» kurs for nyansatte.",  # a word in quote marks, not a quote
    "Spilleren støttet operasjonen i Syria på Twitter.\n\nMandag bekreftet klubben at spilleren ikke skal trene.",  # a country
    "Rapporten fra Riksrevisjonen ble lagt fram for Stortinget tirsdag.",  # a document handed over, no finding
    "Ola Nordmann er trener.\n\nSelv om laget vant var han ikke fornøyd med det.",
    "President Donald Trump erklærte unntakstilstand i forrige måned.",  # an act, not words
    "Prøvene lå i det mye omtalte laboratoriet i Moskva.",  # an adjective
    "Det har i mange år vært viktig. Politikerne sier stadig at byen skal vokse innenfra.",  # an unnamed crowd
    "Dag Kolstø talte.\n\nDerfor bør saken stanses, ifølge FN-rapportøren.",  # a role, not the FN
    "Legen ved sykehuset meldte hendelsen som et avvik.",  # a role whose holder is not named
    "Et rødt flagg henger på et hus på Apia forteller vaksineteamene at det bor uvaksinerte der.",  # told to them
    # the people acting for him, and "he" is who intends, not who said it
    "Inspector Farah Qureshi spoke outside court.\n\nLawyers for Daniel Whitlock said he intended to appeal.",
])
def test_not_attributed_to_anyone_named(raw: str) -> None:
    article = parse_article("title: T\n\nIngress.\n\n" + raw, "a.txt")
    last = article.paragraphs[-1].position  # the paragraph under test is the last one
    found = {a.speaker for a in attribute_article(article).attributions if a.paragraph == last}
    assert not found - {None, "Amerikanske rettsdokumenter"}


def test_coordinated_title_case_name_stays_one_speaker() -> None:
    found = _by_paragraph("The Conciliation and Arbitration Service confirmed that it had invited both parties.")
    assert [a.speaker for a in found[0]] == ["Conciliation and Arbitration Service"]


def test_roles_keep_where_they_are_held() -> None:
    raw = ("Meteorolog Frode Håvik Korneliussen i StormGeo sier at det blir kaldt.\n\n"
           "Rådmann i Naustdal kommune, Øyvind Bang-Olsen, sier at saken er viktig.\n\n"
           "DNB Markets' valutastrateg Magne Østnor sier at kronen styrker seg.\n\n"
           "Fagdirektør Torstein Hole i Helse Møre og Romsdal sier at de beklager.\n\n"
           "Det kjøper ikke ordfører Linn Oldervik (Ap) i Hammerfest.")
    roles = {e.name: set(e.roles) for e in attribute_article(parse_article(raw, "a.txt")).entities}
    assert "ordfører i Hammerfest" in roles["Linn Oldervik"]  # the party between name and place
    assert "Fagdirektør i Helse Møre og Romsdal" in roles["Torstein Hole"]
    assert "Meteorolog i StormGeo" in roles["Frode Håvik Korneliussen"]
    assert "Rådmann i Naustdal kommune" in roles["Øyvind Bang-Olsen"]
    assert "DNB Markets' valutastrateg" in roles["Magne Østnor"]


def test_roles_a_reporter_writes_around_a_name_in_both_languages() -> None:
    # the word between the speech verb and the name; two roles after it; an English genitive role; kin
    raw = ("– Det er uheldig, sier revisor Per Hanstad.\n\n"
           "– Vi jobber, sier Espen Ettre, styremedlem og talsperson for RSL.\n\n"
           "Tempo's chief executive, Hannah Royce, apologised to users.\n\n"
           "Her son, Stephen Kettle, 49, said he had thought about it.\n\n"
           "– Det var vondt, sier også Kari Nordmann.\n\n"
           "– Vi takker kreditorene, skriver Øystein Ronander, aksjonær og styreleder i Baglerbrønnen Drift AS.")
    roles = {e.name: set(e.roles) for e in attribute_article(parse_article(raw, "a.txt")).entities}
    assert roles["Per Hanstad"] == {"revisor"}
    assert roles["Espen Ettre"] == {"styremedlem og talsperson for RSL"}
    assert roles["Hannah Royce"] == {"Tempo's chief executive"}
    assert roles["Stephen Kettle"] == {"son"}
    assert roles["Kari Nordmann"] == set()  # "også" is no role
    assert roles["Øystein Ronander"] == {"aksjonær og styreleder i Baglerbrønnen Drift AS"}  # the second is a role


def test_each_of_two_coordinated_roles_is_a_role() -> None:
    raw = "– Vi gir 180 millioner, sier kultur- og likestillingsminister Trine Skei Grande."
    roles = {e.name: set(e.roles) for e in attribute_article(parse_article(raw, "a.txt")).entities}
    assert {"kulturminister", "kultur- og likestillingsminister"} <= roles["Trine Skei Grande"]


def test_a_role_given_as_what_the_person_was() -> None:
    raw = "Ole-Petter Smørsgård var innsatsleder på stedet.\n\n– Brannen er slukket, sier innsatslederen."
    found = attribute_article(parse_article(raw, "a.txt"))
    assert "innsatsleder" in {r for e in found.entities for r in e.roles}
    assert {a.speaker for a in found.attributions if a.paragraph == 1} == {"Ole-Petter Smørsgård"}


def test_a_role_taken_on_with_som() -> None:
    raw = "Giuseppe Conte får fortsette som statsminister i Italia.\n\n– Vi må omforme krisen, sier statsministeren."
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Giuseppe Conte"}


def test_a_political_adjective_is_not_the_police() -> None:
    found = _by_paragraph("– Det er bra, sier næringspolitisk talsperson Geir Pollestad (Sp) til FriFagbevegelse.")
    assert {a.speaker for a in found[0]} == {"Geir Pollestad"}


def test_two_spellings_of_one_name_in_an_article_are_one_person() -> None:
    raw = ("title: Ketil Solvik-Olsen i ny bok\n\nTidligere statsråd Kjetil Solvik Olsen. Foto: NTB\n\n"
           "– Vi må vokse, sier Solvik-Olsen.")
    found = attribute_article(parse_article(raw, "a.txt"))
    people = {e.name for e in found.entities if e.kind == "person"}
    assert people == {"Ketil Solvik-Olsen"} and {a.speaker for a in found.attributions} == {"Ketil Solvik-Olsen"}


def test_a_crosshead_quoting_a_later_paragraph_is_that_speakers() -> None:
    raw = ("Giuseppe Conte får fortsette.\n\n– Kinkig periode\n\nItalia er tynget av gjeld.\n\n"
           "Matteo Salvini gikk ut av regjeringen.\n\n– Det er en veldig kinkig periode for landet, sier Conte.")
    found = _by_paragraph(raw)
    assert {a.speaker for a in found[1]} == {"Giuseppe Conte"}  # the quote that repeats it, not the nearest name
    raw = "Erna Solberg sier ja.\n\n– Fullstendig falsk informasjon\n\nHun sa det i går."
    assert 1 not in _by_paragraph(raw)  # no quote below says it: nobody's words
    raw = ("Sir Geoffrey Hallam led the revolt.\n\n'We were not consulted'\n\n"
           '"We were not consulted on the text of this bill," Hallam said.')
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Geoffrey Hallam"}  # English single quotes


def test_a_crosshead_summing_up_a_report_below_is_that_speakers() -> None:
    raw = ("Erna Solberg avviser kritikken.\n\n– Jeg er ikke bekymret, sier hun.\n\n– God stemning\n\n"
           "Hun mener det har vært god stemning i partiet gjennom valgkampen.")
    assert {a.speaker for a in _by_paragraph(raw)[2]} == {"Erna Solberg"}  # "stemning" echoes the report
    raw = ("Lønnsveksten blir lavere i år.\n\n«Ikke forebygget godt nok»\n\n"
           "– Vi hadde ikke gjort nok for å forebygge, sier konsernsjef Alf-Helge Aarskog.")
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Alf-Helge Aarskog"}  # a line in quote marks, stemmed
    raw = ("Solskjær la ned krans.\n\n«Busby Babes»\n\n– Dette er så viktig for oss, sa Solskjær.")
    assert 1 not in _by_paragraph(raw)  # a name in quote marks, echoed by no one: nobody's words


def test_a_dash_quote_goes_on_without_its_dash_to_the_speaker_named_after_it() -> None:
    raw = ("Illustrasjonsfoto: NTB\n\n– Helse Møre og Romsdal beklager sterkt at behandlingen ble stanset før "
           "kvinnen fikk den helsehjelpen situasjonen tilsa.\n\nHendelsen har gått sterkt inn på ansatte ved "
           "sykehuset, uttaler fagdirektør Torstein Hole i en pressemelding.")
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Torstein Hole"}
    raw = ("– Vi er svært skuffet over resultatet i år.\n\n"
           "Ordfører Kari Nilsen sier at kommunen vil klage. Fylket avviser det.")
    assert 0 not in _by_paragraph(raw)  # a report of its own, not the rest of the quote before it


def test_a_crosshead_that_reports_words_is_attributed_and_a_label_is_not() -> None:
    raw = ("Trine Skei Grande stiller til gjenvalg.\n\nGrande mener hun er best\n\nLandsmøtet velger i mai.\n\n"
           "Johnson avviser\n\nGreg Johnson skrev om saken.")
    found = _by_paragraph(raw)
    assert {a.speaker for a in found[1]} == {"Trine Skei Grande"}
    assert 3 not in found  # a label for the section: no words of his


def test_a_pronoun_after_two_people_who_both_act_is_ambiguous() -> None:
    raw = ('"We will not accept this," Tom Reilly said.\n\nReilly and Peter Lang both gave evidence to the committee '
           'in June. "The industry has been far too relaxed," he told the committee.')
    [attribution] = _by_paragraph(raw)[1]
    assert attribution.ambiguous and attribution.speaker is None
    assert set(attribution.candidates) == {"Tom Reilly", "Peter Lang"}


def test_she_is_not_a_man_with_a_short_english_first_name() -> None:
    raw = ("– Vi har gått en helt annen vei i sesong to, forteller Sam Esmail.\n\n"
           "Aftenposten møtte skuespilleren i høst, og da fortalte hun at rollen var viktig.")
    assert "Sam Esmail" not in {a.speaker for a in _by_paragraph(raw).get(1, [])}


@pytest.mark.parametrize("raw, speaker", [
    ("Johann André Forfang, som tapte mot Andreas Stjernen og Robert Johansson, ser at stoda er annerledes.\n\n"
     "– Nå er det litt sånn at gutta ikke skal ødelegge for jentene, sier han til NTB.", "Johann André Forfang"),
    ("Moira Kettle has unlocked the blue door of the Harbour Fry on Whitby's Pier Road every morning.\n\n"
     '"People keep asking me if I\'m sad, and of course I am," she said.', "Moira Kettle"),
])
def test_a_pronoun_points_back_to_a_subject_not_to_the_object_of_a_preposition(raw: str, speaker: str) -> None:
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {speaker}


@pytest.mark.parametrize("raw, speaker", [
    ("Amerikanske David og Ruth McIntyre fra Seattle er lykkelige.\n\n– Vi er takknemlige, sier ektemannen David.",
     "David McIntyre"),
    ('Ken and Barbara Lowther ran the café for 30 years.\n\n"We loved every minute," said Ken.', "Ken Lowther"),
])
def test_two_first_names_share_the_surname_after_them(raw: str, speaker: str) -> None:
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {speaker}


def test_each_speaker_of_a_paragraph_gets_the_quote_nearest_the_cue() -> None:
    raw = ("Ingeborg Kraft sier til Aftenposten at hun «støtter forslaget», mens Terje Moen hevder at "
           "«dette er det enighet om».")
    text = parse_article(raw, "a.txt").paragraphs[0].text
    spans = {a.speaker: text[a.start:a.end] for a in _by_paragraph(raw)[0]}
    assert spans == {"Ingeborg Kraft": "støtter forslaget", "Terje Moen": "dette er det enighet om"}


def test_a_courtesy_title_picks_the_one_of_that_surname_it_fits() -> None:
    raw = ("Eileen Pask and her husband Gary Pask live by the bridge.\n\n"
           "Mrs Pask said she had signed the petition twice.")
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Eileen Pask"}


def test_a_surname_and_a_pronoun_pick_the_namesake_the_pronoun_fits() -> None:
    raw = ("Moira Kettle ran the shop for 50 years. Her son, Stephen Kettle, wanted to take it over.\n\n"
           "The mayor, Jenny Armitage, said the town would miss the shop.\n\n"
           'Kettle is not so sure. "I\'ll go in once, to be polite," she said.')
    assert {a.speaker for a in _by_paragraph(raw)[2]} == {"Moira Kettle"}


def test_the_company_is_not_the_public_body_named_in_the_story() -> None:
    raw = ("The app maker reported the breach to the Information Commissioner's Office. The Information "
           "Commissioner's Office said it was making enquiries.\n\n"
           "The company said passwords had not been affected.")
    assert "Information Commissioner's Office" not in {a.speaker for a in _by_paragraph(raw).get(1, [])}


def test_a_contraction_in_a_quote_is_no_name() -> None:
    raw = '"Now I\'m tired," said Moira Kettle.'
    names = {e.name for e in attribute_article(parse_article(raw, "a.txt")).entities}
    assert names == {"Moira Kettle"}


def test_having_no_comment_declines() -> None:
    [found] = _by_paragraph("Serien ble lagt ned. Amazon hadde ingen kommentarer til saken.")[0]
    assert (found.speaker, found.stance) == ("Amazon", "declines")


@pytest.mark.parametrize("raw, paragraph, speaker", [
    # a courtesy title or letters after a name are not part of the name
    ('"There was no water," said Prof Ingrid Solheim of the University of Oslo.', 0, "Ingrid Solheim"),
    ("Adrian Pell KC, representing Marcus Whitlock, had told the court that his client was ashamed.", 0,
     "Adrian Pell"),
    ("Outside court, Detective Chief Inspector Farah Qureshi said the sentences sent a clear message.", 0,
     "Farah Qureshi"),
    ("The Justice Department said it would appeal the ruling.", 0, "Justice Department"),  # a body, not a title
    # an English organisation's name ends in what it is, also after a plural genitive
    ("The Kingsmead Supporters' Trust welcomed the decision but said the club had no plan.", 0,
     "Kingsmead Supporters' Trust"),
    ("Kesteven Vale District Council shut the bridge.\n\nThe council denied that any decision had been taken.", 1,
     "Kesteven Vale District Council"),
    # an "and" inside a body's name, when what follows ends in what the body is
    ("The Department of Health and Social Care said in a statement that it had provided extra funding.", 0,
     "Department of Health and Social Care"),
    ("The Food and Allied Workers' Union, which represents 1,800 staff, said it was concerned.", 0,
     "Food and Allied Workers' Union"),
    # "organisasjonen" is Sea Watch (a name ending in what it is), never the channel it spoke on
    ("Sea Watch reddet 40 mennesker.\n\n– Ingen lyttet, sa organisasjonen på Twitter.", 1, "Sea Watch"),
    # "the club" is the organisation the story is about, not the one named last
    ("Kingsmead Rovers sacked Steve Garrity. Kingsmead Rovers are fourth.\n\nThe trust met the Millbrook Trust "
     "in December.\n\nThe club said it expected to appoint a manager soon.", 2, "Kingsmead Rovers"),
])
def test_english_names_and_organisations(raw: str, paragraph: int, speaker: str) -> None:
    assert speaker in {a.speaker for a in _by_paragraph(raw).get(paragraph, [])}


@pytest.mark.parametrize("raw", [
    "Officials said a failure to agree would not delay the rules.",  # an unnamed crowd, as "eksperter mener"
    "Residents of the Lincolnshire market town of Stallingford say the town has been cut in half.",
    "Campaigners led by the historian Dennis Hurd had the bridge added to the list in 2019.",
    "Thomas Brandt met the ministers.\n\nThe Hungarian minister had made it clear that Budapest would not move, he said.",
])
def test_an_english_crowd_or_nationality_is_nobody_named(raw: str) -> None:
    assert not {a.speaker for found in _by_paragraph(raw).values() for a in found} - {None, "Thomas Brandt"}


def test_the_prosecution_speaks_as_a_body_and_a_number_does_not_cut_a_clause() -> None:
    assert {a.speaker for a in _by_paragraph("Prosecutors said he had lied to the court.")[0]} == {"Prosecutors"}
    raw = ("The Food and Allied Workers' Union, which represents about 1,800 staff at Albion's seven factories, "
           "said it was concerned.")
    assert {a.speaker for a in _by_paragraph(raw)[0]} == {"Food and Allied Workers' Union"}


def test_countries_in_a_list_are_not_one_body() -> None:
    found = {a.speaker for a in _by_paragraph("Italy, Greece and Spain said the payments were too low.")[0]}
    assert found and not any(" and " in (speaker or "") for speaker in found)


@pytest.mark.parametrize("raw", [
    "People familiar with the matter said Vernaud's chief executive, Élodie Marchand, met shareholders.",
    "Officials, speaking on condition of anonymity, said the talks had stalled.",
])
def test_an_anonymous_english_crowd_is_nobody_named(raw: str) -> None:
    assert not {a.speaker for found in _by_paragraph(raw).values() for a in found} - {None}


@pytest.mark.parametrize("raw, speaker", [
    ("According to two people familiar with the club's thinking, Kjeldsen had been considering a change.",
     "the two people familiar with the club's thinking"),
    ("One EU official, who asked not to be named, said the figure had been chosen to win over Germany.",
     "the EU official"),
    ("A Nordic diplomat involved in the talks, who asked not to be named because the discussions were "
     "confidential, said Denmark and Finland had opposed any Russian participation.", "the Nordic diplomat"),
    ("Three sources at the meeting, speaking on condition of anonymity, told Reuters the talks nearly broke down.",
     "the three sources at the meeting"),
])
def test_an_anonymous_english_source_speaks_as_the_article_describes_them(raw: str, speaker: str) -> None:
    """Who a claim rests on is news: "a Nordic diplomat who asked not to be named", not nobody."""
    assert {a.speaker for found in _by_paragraph(raw).values() for a in found} == {speaker}


def test_a_capitalised_the_is_not_the_first_name_of_an_anonymous_source() -> None:
    found = _by_paragraph(
        "Larkspur offered to cut its fee, according to two people familiar with the matter, who asked not to be "
        "identified.\n\n"
        "The decision risks fresh friction with Washington, where administration officials have criticized EU tech "
        "rules.")
    assert {a.speaker for a in found[0]} == {"the two people familiar with the matter"}
    assert "the two people familiar with the matter" not in {a.speaker for a in found.get(1, [])}


def test_an_unnamed_accused_speaks_as_the_age_the_article_gives() -> None:
    raw = ("En 52 år gammel mann fra Bærum er tiltalt for grovt underslag.\n\n"
           "– Dette er alvorlig, sa politiadvokat Therese Lunde Amundsen.\n\n"
           "52-åringen forklarte i retten at pengene var lån.\n\n"
           "«Jeg har aldri stjålet,» sa han.\n\n"
           "Han avviste at hytta var kjøpt for pengene.")
    found = _by_paragraph(raw)
    assert [{a.speaker for a in found.get(p, [])} for p in (1, 2, 3, 4)] == [
        {"Therese Lunde Amundsen"}, {"52-åringen"}, {"52-åringen"}, {"52-åringen"}]


@pytest.mark.parametrize("raw, speaker", [
    ("En 19 år gammel gutt fra Bergen, som ønsker å være anonym, forteller at han begynte å spille som 16-åring.",
     "19-åringen"),
    ("A 48-year-old man from Leeds told the court he had never been to Hull.", "48-year-old"),
])
def test_an_unnamed_person_introduced_by_age_speaks_as_that_age_not_the_place(raw: str, speaker: str) -> None:
    assert {a.speaker for a in _by_paragraph(raw)[0]} == {speaker}


def test_an_age_in_the_title_says_who_the_age_is() -> None:
    found = _by_paragraph("title: Sigrid (23) vil nå dei unge\n\n"
                          "Sigrid Lydvo Hamre spelar fele.\n\n"
                          "Produsent Elias Fjeldstad seier til NRK at samarbeidet har vore fint.\n\n"
                          "– Eg har ingen plan B, seier 23-åringen.")
    assert {a.speaker for a in found[2]} == {"Sigrid Lydvo Hamre"}


def test_someone_named_as_a_collaborator_does_not_take_over_the_quotes() -> None:
    raw = ("Sigrid Lydvo Hamre spelar ein springar.\n\n"
           "– Denne slåtten har gått i familien i fire generasjonar. Eg lærte han av farfar, seier ho.\n\n"
           "Albumet kjem ut fredag. Det er spelt inn i Evanger, saman med den bergenske produsenten og "
           "elektronikamusikaren Elias Fjeldstad. Under slåttane ligg det basslinjer.\n\n"
           "– Det eg prøver å gjere, er å la slåttane få vere seg sjølve.")
    assert {a.speaker for a in _by_paragraph(raw)[3]} == {"Sigrid Lydvo Hamre"}


def test_an_age_after_a_line_about_one_person_is_that_person() -> None:
    raw = ("– Jeg fikk én sjanse, og den satt, sa Sander Vinje.\n\n"
           "– Molde slapp taket, sa ekspertkommentator Morten Gjerde.\n\n"
           "For Vinje var det første scoring i Eliteserien.\n\n"
           "– Den var til faren, sa 20-åringen.")
    assert {a.speaker for a in _by_paragraph(raw)[3]} == {"Sander Vinje"}


def test_a_name_between_commas_after_a_role_is_who_speaks_not_the_place_after_the_cue() -> None:
    found = _by_paragraph("Leder i Nordland legeforening, Kristine Bakkevold, mener situasjonen i Lofoten er et "
                          "symptom på et større problem.")
    assert {a.speaker for a in found[0]} == {"Kristine Bakkevold"}


@pytest.mark.parametrize("raw, speaker", [
    ("Beboer Jørgen Sivertsen (27) bor i etasjen over. Han forteller at han våknet av røykvarsleren.",
     "Jørgen Sivertsen"),
    ("Pensjonist Kari Holm har ventet i ti måneder. Hun sier at hun har gitt opp.", "Kari Holm"),
    ("Kjøpar Eirik Vestbø seier han forstår uroa.", "Eirik Vestbø"),  # nynorsk -ar
    ("Johann André Forfang hoppet lengst. Han sier at formen er god.", "Johann André Forfang"),  # an unlisted first name
])
def test_what_someone_is_before_their_name_is_no_part_of_the_name(raw: str, speaker: str) -> None:
    assert {a.speaker for a in _by_paragraph(raw)[0]} == {speaker}


def test_a_party_s_short_name_is_the_full_name_the_article_gives() -> None:
    found = _by_paragraph("Også Fremskrittspartiet reagerer kraftig. Stortingsrepresentant Kari Lie mener regjeringen "
                          "sparer seg til fant, og sier Frp ikke vil stemme for.")
    assert {a.speaker for a in found[0]} == {"Kari Lie", "Fremskrittspartiet"}


def test_a_place_stays_a_place_and_a_party_in_brackets_owns_no_document() -> None:
    raw = ("Regjeringen vil legge ned lufthavnene på Røst og i Hasvik.\n\n"
           "Samferdselsminister Eirik Tangen (Ap) la fram meldingen tirsdag. Røst hadde 7000 passasjerer i fjor, "
           "Hasvik rundt 9500. Ifølge meldingen vil staten spare 60 millioner.")
    assert not {a.speaker for a in _by_paragraph(raw).get(1, [])} & {"Hasvik", "Røst", "Ap"}


@pytest.mark.parametrize("raw, speaker", [
    ("Ho vann klassen, ifølgje Landslaget for spelemenn. Sidan har ho studert i Oslo.", "Landslaget for spelemenn"),
    ("Rådet for psykisk helse mener tilbudet er for dårlig.", "Rådet for psykisk helse"),
])
def test_a_body_for_something_is_one_name(raw: str, speaker: str) -> None:
    assert {a.speaker for a in _by_paragraph(raw)[0]} == {speaker}


def test_a_body_s_own_figures_are_the_body_s() -> None:
    found = _by_paragraph("Ifølge Navs egne tall var saksbehandlingstiden over 100 dager.")
    assert {a.speaker for a in found[0]} == {"Nav"}


@pytest.mark.parametrize("raw, speakers", [
    ("Bane NOR reagerer sterkt på tyveriet. Kommunikasjonsrådgiver Jørgen Fossum sier at det koster dyrt.",
     {"Bane NOR", "Jørgen Fossum"}),
    ("Også Høyre er skeptisk. Stortingsrepresentant Ingrid Aasen sier partiet deler bekymringen.",
     {"Høyre", "Ingrid Aasen"}),
    ("KrF har i flere år tatt til orde for en aldersgrense. Partiets nestleder, Jonas Hellebust, sier at "
     "regjeringen endelig har tatt til vettet.", {"KrF", "Jonas Hellebust"}),
])
def test_a_body_s_stance_and_its_spokesperson_s_words_are_both_credited(raw: str, speakers: set) -> None:
    assert {a.speaker for a in _by_paragraph(raw)[0]} == speakers


def test_a_relative_named_by_kin_is_that_relative_and_the_bare_surname_the_one_the_story_is_about() -> None:
    raw = ("– Jeg trodde det var en spøk, forteller Sofie Isaksen.\n\n"
           "Moren, Randi Isaksen, husker at datteren tidlig skilte seg ut.\n\n"
           "– Hun sang hele tiden, sier moren til Nordlys.\n\n"
           "Sanglæreren hennes, Eirik Mathisen, sier at hun var flittig.\n\n"
           "– Hun kunne sitte med ett parti i ukevis, sier han.\n\n"
           "Etter studier ved Mozarteum i Salzburg fikk Isaksen plass i operaens studio for unge sangere.\n\n"
           "– Det er nå det virkelig begynner.")
    found = _by_paragraph(raw)
    assert [{a.speaker for a in found.get(p, [])} for p in (1, 2, 6)] == [
        {"Randi Isaksen"}, {"Randi Isaksen"}, {"Sofie Isaksen"}]


def test_someone_named_as_the_object_of_a_preposition_does_not_speak_the_next_quote() -> None:
    raw = ("– Vi tar ut fire løpere til VM, sier landslagssjef Per Arne Botnan.\n\n"
           "Laget drar til verdenscup i Canmore og Salt Lake City. Det blir trolig med Erlend Bjøntegaard.\n\n"
           "– Hvem det blir, kan jeg ikke si nå.")
    assert {a.speaker for a in _by_paragraph(raw)[2]} == {"Per Arne Botnan"}


def test_a_court_report_credits_the_judgment_and_what_the_accused_said_under_the_trial() -> None:
    raw = ("En 58 år gammel gårdbruker fra Østre Toten er dømt til fengsel. Det går fram av dommen fra Vestre "
           "Innlandet tingrett.\n\n"
           "58-åringen erkjente under rettssaken at han hadde mistet kontrollen over driften.")
    found = _by_paragraph(raw)
    assert [{a.speaker for a in found.get(p, [])} for p in (0, 1)] == [{"Vestre Innlandet tingrett"}, {"58-åringen"}]


def test_a_first_name_with_an_age_opening_a_sentence_is_a_person_who_may_speak() -> None:
    raw = ("– Det er vanskelig for de unge, sier forsker Line Eikeland.\n\n"
           "Solveig (17) fra Stovner i Oslo har sendt over 30 søknader siden februar.\n\n"
           "– Jeg har søkt på alt, sier hun til Aftenposten.")
    assert {a.speaker for a in _by_paragraph(raw)[2]} == {"Solveig"}


def test_the_companies_of_a_joint_statement_are_the_two_the_story_is_about() -> None:
    raw = ("Båtprodusenten Skauge Marine i Lillesand slås sammen med svenske Orrvik Båtar.\n\n"
           "Det opplyste selskapene i en felles børsmelding onsdag. Orrvik eies av Lindkvist Kapital.")
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Skauge Marine", "Orrvik Båtar"}


def test_an_age_after_a_name_says_who_the_age_is() -> None:
    raw = "Paul Whelan (48) ble pågrepet i Moskva. Vladimir Putin er president.\n\n48-åringen sier at han er uskyldig."
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Paul Whelan"}


def test_whom_a_cue_speaks_to_is_not_who_speaks() -> None:
    found = _by_paragraph("Styrelederen bekrefter overfor NTB at beboerne har fått økte felleskostnader.")
    assert "NTB" not in {a.speaker for a in found.get(0, [])}


@pytest.mark.parametrize("raw, paragraph, speakers", [
    ("Den tidligere styrelederen i et av borettslagene på Torshov avviste at det var inngått en låneavtale.", 0,
     set()),
    ("Ordføreren i Bodø avviste at det var inngått en avtale.", 0, set()),
    ("Ordfører Ida Pinnerød er fornøyd.\n\nOrdføreren i Bodø avviste at det var inngått en avtale.", 1,
     {"Ida Pinnerød"}),
    ("Alle er i sorg, skriver leder i Arbeiderpartiet Jonas Gahr Støre på Facebook.", 0, {"Jonas Gahr Støre"}),
])
def test_a_role_held_at_a_place_is_the_person_not_the_place(raw: str, paragraph: int, speakers: set) -> None:
    assert {a.speaker for a in _by_paragraph(raw).get(paragraph, []) if a.speaker} == speakers


@pytest.mark.parametrize("raw", [
    "For 18 måneder siden lå skiskytter Ingrid Lie Bakken på operasjonsbordet.\n\n– Ingrid er flink, sier Per Moen."
    "\n\n– Nå skal jeg nyte hvert eneste renn, sier skiskytteren.",
    "Skiskytteren Ingrid Lie Bakken er tilbake.\n\n– Nå skal jeg nyte hvert eneste renn, sier skiskytteren.",
])
def test_a_noun_the_article_put_before_a_name_stands_for_that_person(raw: str) -> None:
    last = max(_by_paragraph(raw).items())[1]
    assert {a.speaker for a in last} == {"Ingrid Lie Bakken"}


@pytest.mark.parametrize("raw, speaker", [
    ("Ifølge Vitenskapelig råd for lakseforvaltning kom det færre laks tilbake.", "Vitenskapelig råd for lakseforvaltning"),
    ("Ifølge Statistisk sentralbyrå falt ledigheten i mars.", "Statistisk sentralbyrå"),
    ("Statens vegvesen opplyser at veien er stengt.", "Statens vegvesen"),
    ("Norsk institutt for naturforskning mener at laksen er truet.", "Norsk institutt for naturforskning"),
])
def test_an_official_name_with_lowercase_words_is_one_body(raw: str, speaker: str) -> None:
    assert {a.speaker for a in _by_paragraph(raw)[0]} == {speaker}


def test_a_source_credited_after_the_speaker_does_not_end_the_speaker() -> None:
    raw = "Askeskyen steg til 14 kilometers høyde, opplyser indonesiske myndigheter ifølge nyhetsbyrået Reuters."
    assert {a.speaker for a in _by_paragraph(raw)[0]} == {"Indonesiske myndigheter", "Reuters"}


@pytest.mark.parametrize("raw, paragraph, not_speaker", [
    ("Et verft på Stord står tiltalt etter en dødsulykke. Selskapet erkjenner ikke straffskyld.", 0, "Stord"),
    ("Vestlandske Møbelverk i Sykkylven stenger fabrikken.\n\nIfølge selskapet har kostnadene økt.", 1, "Sykkylven"),
    ("Undersøkelsen ble gjort blant elever i Oslo.\n\nIfølge rapporten har mange lånt penger.", 1, "Oslo"),
])
def test_a_place_named_after_i_or_på_is_not_the_company_or_the_report(raw: str, paragraph: int,
                                                                       not_speaker: str) -> None:
    assert not_speaker not in {a.speaker for a in _by_paragraph(raw).get(paragraph, [])}


def test_a_body_first_named_after_a_preposition_still_speaks_when_named_as_a_subject() -> None:
    raw = "Han har jobbet i Equinor i ti år.\n\nEquinor sier at selskapet følger saken.\n\nSelskapet bekrefter at det er riktig."
    assert {a.speaker for a in _by_paragraph(raw)[2]} == {"Equinor"}


def test_a_role_in_the_definite_form_with_a_bare_n_finds_its_holder() -> None:
    raw = ("Det bekrefter kommuneoverlege i Vestvågøy, Jon Arild Moen, overfor NRK.\n\n"
           "– Det er ikke en ideell løsning, sier kommuneoverlegen.")  # "legen": "lege" + "n", not a municipality
    assert {a.speaker for a in _by_paragraph(raw)[1]} == {"Jon Arild Moen"}


def test_nynorsk_cue_forms() -> None:
    """Nynorsk present and past forms that bokmål spells otherwise: "peikar på", "understrekar", "stadfestar"."""
    found = _by_paragraph(
        "title: Fylket vil leggje ned tannklinikken\nlanguage: nn\n\n"
        "Ingrid Hovland er leiar i Bygstad bygdelag.\n\n"
        "Ho peikar på at kommunen har tilbode fylket gratis lokale, men at dei aldri har fått svar.\n\n"
        "Fylkesdirektør Jon Sægrov stadfestar at klinikken blir lagd ned til sommaren.\n\n"
        "Hovland understrekar at bygdelaget ikkje gir seg.\n\n"
        "Sægrov fortalde at fylket har spart fire millionar.")
    assert [(a.speaker, a.stance) for p in (1, 2, 3, 4) for a in found.get(p, [])] == [
        ("Ingrid Hovland", "asserts"), ("Jon Sægrov", "confirms"), ("Ingrid Hovland", "asserts"),
        ("Jon Sægrov", "asserts")]


def test_according_to_inside_a_relative_clause_names_its_source() -> None:
    """"motorer som ifølge politiet var stjålet": "som" before the cue, but the source stands after it; and a
    body named right after "ifølge" is the source, not the place at the end of the sentence."""
    found = _by_paragraph(
        "title: To menn siktet\n\n"
        "I en varebil fant de sju påhengsmotorer som ifølge politiet var stjålet fra båthavner i Ålesund.\n\n"
        "Høgre ville droppe stupetårnet, noko som ifølgje partiet ville ha spart 35 millionar.")
    assert [(p, a.speaker, a.kind) for p in (0, 1) for a in found.get(p, [])] == [
        (0, "Politiet", "according_to"), (1, "Høgre", "according_to")]


def test_english_wire_dateline_and_reporting_verbs() -> None:
    """"OSLO, March 17 (Reuters) - " is where the story was filed; "estimated", "stressed" report words;
    "accused the ministry" names whom it accuses, never the speaker; "Others argued" names nobody."""
    found = _by_paragraph(
        "title: Norway moves to strip licence\nlanguage: en\n\n"
        "OSLO, March 17 (Reuters) - Nordkapp Energi said it would challenge the decision in court.\n\n"
        "Sven Kolstad, an analyst at Havbryn Securities, estimated that the licence was worth $200 million.\n\n"
        "Nordkapp Energi accused the ministry of moving the goalposts.\n\n"
        "Others argued that the bank had little choice.\n\n"
        "Every Ashdown home was rated. Kolstad stressed that the rating was fair.")
    assert [(p, a.speaker) for p in range(5) for a in found.get(p, [])] == [
        (0, "Nordkapp Energi"), (1, "Sven Kolstad"), (2, "Nordkapp Energi"), (4, "Sven Kolstad")]


def test_korean_and_spanish_names_keep_their_family_name() -> None:
    """"Lee Hye-jin" is one name (family name first, a hyphenated given name), so "Lee Hye-jin said" is her; and
    "Quispe said" is Rodolfo Quispe Mamani, whose first surname is the one the story uses."""
    found = _by_paragraph(
        "title: Landslide\nlanguage: en\n\n"
        "Ministry spokesperson Lee Hye-jin told reporters that officials had visited him twice.\n\n"
        "\"We have conveyed that position,\" Lee Hye-jin said.\n\n"
        "Rodolfo Quispe Mamani, the regional governor, visited the village on Tuesday.\n\n"
        "Quispe said he had asked the government for helicopters.")
    assert [(p, a.speaker) for p in range(4) for a in found.get(p, [])] == [
        (0, "Lee Hye-jin"), (1, "Lee Hye-jin"), (3, "Rodolfo Quispe Mamani")]


def test_english_closing_pronoun_and_an_unnamed_ministry() -> None:
    """"…, he admits." is the man named before, not a name inside the clause; "The ministry rejected …" in a story
    about a company is the ministry, unnamed, never the company it is in dispute with."""
    found = _by_paragraph(
        "title: Smokehouse\nlanguage: en\n\n"
        "Tor Lindahl came to Oban in 1994 and never left.\n\n"
        "The years after the Brexit referendum were unsettling, he admits.\n\n"
        "Nordkapp Energi said it would take the case to court.\n\n"
        "The ministry rejected the suggestion that politics had played a role.")
    assert [(p, a.speaker) for p in (1, 3) for a in found.get(p, [])] == [(1, "Tor Lindahl"), (3, "The ministry")]


def test_statsraden_is_the_minister_and_kringkasteren_the_broadcaster() -> None:
    found = _by_paragraph(
        "title: Ny modell for nettleie\n\n"
        "Energiminister Terje Solbakken (Ap) la torsdag fram en ny modell for nettleie.\n\n"
        "Statsråden understreker at modellen skal evalueres etter to år.\n\n"
        "BBC har snakket med flere eksperter.\n\n"
        "Ifølge kringkasteren har minst ni EU-land meldt om sabotasje.")
    assert [(p, a.speaker) for p in (1, 3) for a in found.get(p, [])] == [(1, "Terje Solbakken"), (3, "BBC")]


def test_the_report_is_the_body_that_published_it() -> None:
    """"en ny rapport fra Folkehelseinstituttet" makes "ifølge rapporten" and "Det går fram av rapporten" the
    institute's, though "fra" before its name reads like a place."""
    found = _by_paragraph(
        "title: Flere unge får diabetes\n\n"
        "Stadig flere unge voksne får type 2-diabetes, viser en ny rapport fra Folkehelseinstituttet (FHI).\n\n"
        "Ifølge rapporten brukte om lag 31.000 personer diabetesmedisin.\n\n"
        "Det går fram av rapporten at andelen med alvorlig overvekt har økt.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [
        (1, "Folkehelseinstituttet (FHI)"), (2, "Folkehelseinstituttet (FHI)")]


def test_the_defendant_is_the_unnamed_man_of_that_age() -> None:
    """A court report names its defendant by age and as "tiltalte": both are the same speaker, "45-åringen"."""
    found = _by_paragraph(
        "title: Tidligere kasserer nekter for underslag\n\n"
        "En 45 år gammel mann fra Kristiansand nekter straffskyld for underslag.\n\n"
        "Tiltalte forklarte seg for retten tirsdag. Han erkjente at han hadde overført penger.\n\n"
        "Tiltalte ønsket ikke å kommentere saken overfor pressen.")
    assert [(p, a.speaker, a.stance) for p in (1, 2) for a in found.get(p, [])] == [
        (1, "45-åringen", "asserts"), (2, "45-åringen", "declines")]


def test_nynorsk_sentence_openers_are_not_part_of_a_name() -> None:
    found = _by_paragraph("title: Garden\nlanguage: nn\n\n"
                          "Då Marte Rysstad kom heim frå Oslo, var garden seld.\n\n"
                          "Rysstad fortalde at ho gret i ei veke.")
    assert [a.speaker for a in found[1]] == ["Marte Rysstad"]


def test_he_says_after_his_daughter_spoke_is_the_main_voice() -> None:
    """A feature quotes its subject most; "«…», he says." after his daughter's quote is him again, not her."""
    found = _by_paragraph(
        "title: The smokehouse of Oban\nlanguage: en\n\n"
        "Tor Lindahl came to Oban in 1994. His wife Morag died in 2019.\n\n"
        "\"She was the clever one,\" he says quietly. \"Without her I would have given it away.\"\n\n"
        "\"I still miss her every day,\" he says.\n\n"
        "It was his daughter, Ingrid Lindahl, who persuaded him to carry on.\n\n"
        "\"We are busier than ever,\" she says.\n\n"
        "\"She is always telling me about followers,\" he says, rolling his eyes.")
    assert [a.speaker for p in (1, 2, 4, 5) for a in found.get(p, [])] == [
        "Tor Lindahl", "Tor Lindahl", "Ingrid Lindahl", "Tor Lindahl"]


def test_a_countrys_ministry_is_the_speaker_not_the_country() -> None:
    found = _by_paragraph("title: Engineer held\nlanguage: en\n\n"
                          "In Seoul, South Korea's foreign ministry said it was aware of the reports.")
    assert [a.speaker for a in found[0]] == ["South Korea's foreign ministry"]


def test_a_company_name_ending_in_as_keeps_its_first_word_and_belief_cues() -> None:
    """"Bragernes Gård AS" is one name, though "Bragernes" ends like a genitive; "har lita tru på at" is a view."""
    found = _by_paragraph(
        "title: Brann i Drammen\n\n"
        "Gårdeieren, eiendomsselskapet Bragernes Gård AS, ønsker ikke å kommentere saken.\n\n"
        "Geir Magne Pedersen leiar Fiskarlaget Nord.\n\n"
        "Pedersen har lita tru på at høyringa vil endre mykje.")
    assert [(p, a.speaker) for p in (0, 2) for a in found.get(p, [])] == [
        (0, "Bragernes Gård AS"), (2, "Geir Magne Pedersen")]


def test_viste_til_right_after_the_subject() -> None:
    """"Hun viste til at …" is a cue even when no second "til" follows within a few words."""
    found = _by_paragraph(
        "title: Kasserer tiltalt\n\n"
        "– Dette er en sak om tillit, sa statsadvokat Hilde Marstrander Ulvestad i sitt innledningsforedrag.\n\n"
        "Hun viste til at pengene blant annet gikk til oppussing av en hytte.")
    assert [(a.speaker, a.cue) for a in found[1]] == [("Hilde Marstrander Ulvestad", "viste til")]


def test_a_university_or_county_governor_at_a_place_is_the_body() -> None:
    """"Universitetet i Bergen opplyser": the university, not Bergen; nynorsk "Statsforvaltaren i Vestland" too;
    but "Legen ved sykehuset" is a doctor, not the hospital."""
    found = _by_paragraph(
        "title: Saka\nlanguage: nn\n\n"
        "Statsforvaltaren i Vestland har ikkje ønskt å kommentere vedtaket.\n\n"
        "Universitetet i Bergen opplyser at saken er under behandling.\n\n"
        "Legen ved sykehuset sier at pasienten er stabil.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [
        (0, "Statsforvaltaren i Vestland"), (1, "Universitetet i Bergen")]


def test_a_live_update_stamp_and_an_adverb_are_not_part_of_the_body() -> None:
    found = _by_paragraph(
        "title: Brann i Drammen\n\n"
        "Oppdatert kl. 09.15: Brannvesenet meldte like før klokken ni at brannen var under kontroll.\n\n"
        "Ifølge NRK mente imidlertid barnevernet at saken var alvorlig.")
    assert [(p, a.speaker) for p in (0, 1) for a in found.get(p, []) if a.kind != "according_to"] == [
        (0, "Brannvesenet"), (1, "Barnevernet")]


def test_an_unnamed_public_body_is_its_description() -> None:
    found = _by_paragraph(
        "title: Landslide\nlanguage: en\n\n"
        "The landslide struck before dawn, according to the country's disaster agency.\n\n"
        "The disaster agency said 14 people had been hospitalized.")
    assert [(p, a.speaker) for p in (0, 1) for a in found.get(p, [])] == [
        (0, "The disaster agency"), (1, "The disaster agency")]


def test_an_unnamed_emergency_service_is_its_description() -> None:
    """Wire leads end "…, the fire service said."; a story that never names the service still credits it."""
    found = _by_paragraph(
        "title: Wildfire\nlanguage: en\n\n"
        "A wildfire forced hundreds of residents to flee towards the sea on Wednesday, the fire service said.\n\n"
        "Boats picked up about 140 people from beaches after the fire cut off the road, the coast guard said.")
    assert [(p, a.speaker) for p in (0, 1) for a in found.get(p, [])] == [
        (0, "The fire service"), (1, "The coast guard")]


def test_a_name_after_a_clause_without_an_auxiliary_speaks() -> None:
    """"Her daughter phones every Sunday, Hill said, but …": Hill speaks; "Megan Forsythe, a teacher from Aurora,
    Colorado, said" is her, not Colorado."""
    found = _by_paragraph(
        "title: Loneliness\nlanguage: en\n\n"
        "Margaret Hill, 81, lives alone in a flat in Perth.\n\n"
        "Her daughter lives in Aberdeen and phones every Sunday, Hill said, but the two see each other rarely.\n\n"
        "Megan Forsythe, a 29-year-old teacher from Aurora, Colorado, said she heard a loud bang.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [
        (1, "Margaret Hill"), (2, "Megan Forsythe")]


def test_an_english_name_set_off_by_commas_speaks() -> None:
    """"…, its owner, Oslo-listed Brekke Tankers, said.", "Her hospital trust, Doncaster and Bassetlaw Teaching
    Hospitals, said", "Irarrázaval, 58, a lawyer who …, told": the name between the commas speaks."""
    found = _by_paragraph(
        "title: Tanker\nlanguage: en\n\n"
        "The tanker was boarded by armed personnel and ordered to sail into Iranian waters, its owner, Oslo-listed "
        "Brekke Tankers, said.\n\n"
        "Her hospital trust, Doncaster and Bassetlaw Teaching Hospitals, said it was sorry for the delays.\n\n"
        "Tomás Irarrázaval won the runoff on Sunday.\n\n"
        "Irarrázaval, 58, a lawyer who served two terms as a senator, told supporters that he would govern for all.")
    assert [(p, a.speaker) for p in (0, 1, 3) for a in found.get(p, [])] == [
        (0, "Brekke Tankers"), (1, "Doncaster and Bassetlaw Teaching Hospitals"), (3, "Tomás Irarrázaval")]


def test_an_american_given_name_and_a_hometown_make_a_person_who_speaks() -> None:
    """"Darlene Whitcomb, 67, of Dayton, Ohio, said …": the age and the town set off by commas, then the cue;
    "Darlene" is a woman's name (US census list), so "she said" later is her, not the program named before."""
    found = _by_paragraph(
        "title: Cruise\nlanguage: en\n\n"
        "The CDC said a team from its Vessel Sanitation Program would board the ship.\n\n"
        "Darlene Whitcomb, 67, of Dayton, Ohio, said she began feeling sick on the fifth night.\n\n"
        "\"One minute I was at dinner, the next I was on the bathroom floor,\" she said by phone.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [
        (1, "Darlene Whitcomb"), (2, "Darlene Whitcomb")]


def test_english_wire_subjects_with_titles_relatives_and_country_genitives() -> None:
    """"Gov. Catherine Morales visited … and said" is her, not "Gov"; "The plan, which the government said would
    cost …" is the government's; "Brazil's Agriculture and Livestock Confederation (CNA)" is the body, not Brazil's."""
    found = _by_paragraph(
        "title: Amazon\nlanguage: en\n\n"
        "Gov. Catherine Morales visited the burned area on Tuesday and said the state had secured a federal grant.\n\n"
        "The plan, which the government said would cost 12 billion reais over four years, includes new parks.\n\n"
        "Brazil's Agriculture and Livestock Confederation (CNA), the main farm lobby, said it supported the plan.")
    assert [(p, a.speaker) for p in (0, 1, 2) for a in found.get(p, [])] == [
        (0, "Catherine Morales"), (1, "The government"), (2, "Agriculture and Livestock Confederation")]


def test_one_unnamed_analyst_or_resident_is_described() -> None:
    """"Another analyst, who asked not to be named, said", "One resident, …, said": the analyst, the resident (the
    brief labels a described person by the description), never a named person of the story."""
    found = _by_paragraph(
        "title: Homes\nlanguage: en\n\n"
        "Anna Whitlock, who lives next to the site, welcomed the decision.\n\n"
        "Another analyst, who asked not to be named because his bank advises the company, said the result was weak.\n\n"
        "One resident, who asked not to be named because her son works for a builder, said she had mixed feelings.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [(1, "the analyst"), (2, "the resident")]


def test_the_company_is_not_a_country() -> None:
    """"… insurers in the US …. …, the Aarhus-based company said": a firm the story has not named, never the US."""
    found = _by_paragraph(
        "title: Drugmaker\nlanguage: en\n\n"
        "Shares in the drugmaker fell as insurers in the US cut cover for its obesity shot.\n\n"
        "Sales increased 9% to 14.2 billion kroner in the first quarter, the Aarhus-based company said Wednesday.")
    assert [a.speaker for a in found.get(1, [])] == []


def test_english_spokespeople_speak_for_their_body() -> None:
    """"A government spokesperson said councils in England would …": the government, not the councils' England;
    a named body's spokesperson speaks for the body."""
    found = _by_paragraph(
        "title: Cuts\nlanguage: en\n\n"
        "A government spokesperson said councils in England would see an increase in their spending power.\n\n"
        "A Department of Health and Social Care spokesperson said care providers had a clear legal duty.\n\n"
        "Tempo was hacked.\n\nA government spokesman said nothing would change.")  # the government, never Tempo
    assert [(p, a.speaker) for p in (0, 1, 3) for a in found.get(p, [])] == [
        (0, "The government"), (1, "Department of Health and Social Care"), (3, "The government")]


def test_english_cue_words_used_as_nouns() -> None:
    found = _by_paragraph(
        "title: Planning\nlanguage: en\n\n"
        "The amendment, tabled by Sir Geoffrey Hallam, would give county councils the final say over any scheme.\n\n"
        "European Union ministers failed to agree on a plan that would make member states that refuse pay.\n\n"
        "Hallam says the bill is wrong.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [(2, "Geoffrey Hallam")]


def test_a_teachers_title_and_more_stated_feelings() -> None:
    """"Lektor Bøe" is the teacher named before; "er ikke imponert over", "er mer positivt innstilt" state views."""
    found = _by_paragraph(
        "title: Uro i klasserommet\n\n"
        "Lektor Silje Aarvik Bøe underviser ved Lindeberg skole.\n\n"
        "Lektor Bøe er ikke imponert over svaret fra ministeren.\n\n"
        "Senterpartiet er mer positivt innstilt.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [
        (1, "Silje Aarvik Bøe"), (2, "Senterpartiet")]


def test_fylkeskommunen_is_the_county_named_before_and_grunngjev_is_a_cue() -> None:
    found = _by_paragraph(
        "title: Fylket vil leggje ned tannklinikken\nlanguage: nn\n\n"
        "Vestland fylkeskommune vil leggje ned klinikken i Bygstad.\n\n"
        "Fylkestannlege Oddbjørn Vik grunngjev framlegget med mangel på tannlegar.\n\n"
        "Ifølgje fylkeskommunen har 14 tannlegestillingar stått ledige.\n\n"
        "Bryggeri- og drikkevareforeningen opplyser at bransjen har ei frivillig ordning.")
    assert [(p, a.speaker) for p in (1, 2, 3) for a in found.get(p, [])] == [
        (1, "Oddbjørn Vik"), (2, "Vestland fylkeskommune"), (3, "Bryggeri- og drikkevareforeningen")]


def test_the_parties_leading_the_opposition_are_not_its_voice() -> None:
    found = _by_paragraph("title: Hytter\nlanguage: nn\n\n"
                          "Opposisjonen, med Ap, MDG og SV i spissen, peika på at området er eit viktig friluftsområde.")
    assert "Ap" not in {a.speaker for a in found.get(0, [])}


def test_a_named_speaker_inside_a_when_clause() -> None:
    """"Da helseminister Bent Høie (H) foreslo at …, var reaksjonene sterke": he proposed it."""
    found = _by_paragraph(
        "title: Tenner\n\n"
        "Da helseminister Bent Høie (H) foreslo at støtten til tannregulering skulle kuttes, var reaksjonene sterke.\n\n"
        "Etter at Erna Solberg hadde sagt at hun ville gå av, ble det stille.\n\n"
        "Da regjeringen la fram budsjettet, ble det bråk.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [(0, "Bent Høie"), (1, "Erna Solberg")]


def test_a_title_abbreviation_does_not_end_the_sentence() -> None:
    """"St. Olavs hospital", "St. Pauli": the full stop of an abbreviation neither ends a sentence nor a name."""
    found = _by_paragraph(
        "title: Hjerteflimmer\n\n"
        "Overlege Silje Marie Hovde ved hjerteavdelingen på St. Olavs hospital har vært med i prosjektet og kaller "
        "resultatene lovende.\n\n"
        "St. Pauli skriver at spillerens mangel på respekt ledet til avgjørelsen.\n\n"
        "St. Paulis Cenk Sahin skrev at han støttet hæren.")
    assert [(p, a.speaker) for p in (0, 1, 2) for a in found.get(p, [])] == [
        (0, "Silje Marie Hovde"), (1, "St. Pauli"), (2, "Cenk Sahin")]


def test_a_bare_plural_opening_the_sentence_names_nobody() -> None:
    found = _by_paragraph("title: Venter\n\n"
                          "Foreldre forteller om skolehverdager som raser sammen.\n\n"
                          "Få tror på alvor at det er mulig å løse trafikkproblemene.\n\n"
                          "Russiske myndigheter sier at mannen er spion.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [(2, "Russiske myndigheter")]


def test_the_firm_is_the_company_named_before_not_the_agency_between() -> None:
    """"Vestlandske Møbelverk" is a firm (not Mr Møbelverk); "rederiet" is the shipowner named before, not the
    maritime agency quoted in between."""
    found = _by_paragraph(
        "title: Tankskip\n\n"
        "Vestlandske Møbelverk i Sykkylven stenger fabrikken.\n\n"
        "Ifølge selskapet har høye kostnader gjort det umulig å drive lønnsomt.\n\n"
        "Skipet eies av Sørlandet Tankers AS i Arendal.\n\n"
        "Ifølge den britiske marineorganisasjonen UKMTO oppsto det en mindre brann om bord.\n\n"
        "Rederiet bekrefter hendelsen i en pressemelding.")
    assert [(p, a.speaker) for p in (1, 4) for a in found.get(p, [])] == [
        (1, "Vestlandske Møbelverk"), (4, "Sørlandet Tankers AS")]


def test_a_compound_body_noun_before_a_name_makes_it_a_body() -> None:
    """"forskningsstiftelsen Fafo" is a body, so "Ifølge rapporten" after "en ny rapport fra … Fafo" is Fafo's."""
    found = _by_paragraph(
        "title: Sommerjobber\n\n"
        "Andelen tenåringer med sommerjobb er halvert. Det viser en ny rapport fra forskningsstiftelsen Fafo.\n\n"
        "Ifølge rapporten hadde 24 prosent av 16-åringene en betalt sommerjobb i fjor.")
    assert [a.speaker for a in found.get(1, [])] == ["Fafo"]


def test_a_local_paper_with_a_lowercase_i_is_a_source() -> None:
    """"Ifølge iFinnmark ba aktor …": the paper iFinnmark is the source, not "iFinnmark ba aktor Anja …"."""
    found = _by_paragraph("title: Varetekt\n\n"
                          "Ifølge iFinnmark ba aktor Anja Mikkelsen Indbjør om brev- og besøksforbud.")
    assert ("iFinnmark", "according_to") in {(a.speaker, a.kind) for a in found[0]}


def test_english_nationality_descriptions_and_fronted_participles() -> None:
    """"the Swede told TV 2" is the Swede named before; "Speaking after the hearing, Det Insp X, of …, said" is X;
    "did not return to the stadium" declines nothing."""
    found = _by_paragraph(
        "title: Holmenkollen\nlanguage: en\n\n"
        "Elias Lindqvist was second, ten seconds behind.\n\n"
        "\"Respect to him,\" the Swede told TV 2.\n\n"
        "Jonas Brenna stopped at the 19km mark. The 29-year-old was helped into a team car and did not return "
        "to the stadium.\n\n"
        "Speaking after the hearing, Det Insp Mark Feeney, of West Midlands Police's economic crime unit, said "
        "the investigation had involved tracing payments through 14 bank accounts.")
    assert [(p, a.speaker) for p in range(4) for a in found.get(p, [])] == [
        (1, "Elias Lindqvist"), (3, "Mark Feeney")]


def test_more_ways_to_report_decline_admit_and_remind() -> None:
    """Declining ("vil ikke opplyse om", "ville ikke gå inn i", "vil ikke snakke om", "ønsket ikke å stille til
    intervju"), admitting ("medga"), reminding ("minner om at"), asking ("ville vite") and not hiding ("la ikke
    skjul på") are all attributions; a nationality between a role and a name ("Hennes trener, tyske Markus
    Cramer") keeps the role, so "sier treneren" is him."""
    found = _by_paragraph(
        "title: Mange stemmer\n\n"
        "Skipet eies av Sørlandet Tankers AS. Rederiet vil ikke opplyse om mannskapets nasjonalitet.\n\n"
        "Oilers-trener Ståle Nordbø ville ikke gå inn i dommerdiskusjonen.\n\n"
        "Under utspørringen medga vitnet Gro Lindtveit Aas at styret hadde «fungert dårlig».\n\n"
        "Forbrukerrådet minner om at reisende som har kjøpt pakkereise, har krav på hjelp.\n\n"
        "Fra salen tok Britt Solheim Tjelta ordet. Hun ville vite hvorfor håndverkere ikke får rabatt.\n\n"
        "Prosjektleder Iselin Engh la heller ikke skjul på at staten vil bygge mest mulig jernbane.\n\n"
        "Natalja Neprjajeva vil ikke snakke så mye om ordren. Hennes trener, tyske Markus Cramer, forstår at "
        "den kan virke merkelig.\n\n"
        "– Det er kulturelt betinget, sier treneren.")
    assert [(p, a.speaker, a.stance) for p in range(8) for a in found.get(p, [])] == [
        (0, "Sørlandet Tankers AS", "declines"), (1, "Ståle Nordbø", "declines"),
        (2, "Gro Lindtveit Aas", "confirms"), (3, "Forbrukerrådet", "asserts"), (4, "Britt Solheim Tjelta", "asserts"),
        (5, "Iselin Engh", "asserts"), (6, "Markus Cramer", "asserts"), (6, "Natalja Neprjajeva", "declines"),
        (7, "Markus Cramer", "asserts")]


def test_a_documents_named_owner_is_its_author() -> None:
    """"I Oslo-byrådets nye plattform står det at …": the city government, named only as the document's owner."""
    found = _by_paragraph("title: Skolemat\n\n"
                          "I Oslo-byrådets nye plattform står det at elever skal få et gratis måltid.")
    assert [a.speaker for a in found.get(0, [])] == ["Oslo-byrådet"]


def test_public_services_in_the_definite_form_speak() -> None:
    """"Røde Kors og sivilforsvaret sier …": two bodies; "Kystvakten opplyser": the coast guard."""
    found = _by_paragraph("title: Beirut\n\n"
                          "Røde Kors og sivilforsvaret sier om lag 130 har fått lettere skader.\n\n"
                          "Kystvakten opplyser at tråleren er slept til land.")
    assert [(p, a.speaker) for p in (0, 1) for a in found.get(p, [])] == [
        (0, "Røde Kors"), (0, "Sivilforsvaret"), (1, "Kystvakten")]


def test_a_court_laying_down_its_premise_is_the_court_speaking() -> None:
    """"Retten legger til grunn at …": the court named before finds it."""
    found = _by_paragraph("title: Dom\n\n"
                          "Vestre Innlandet tingrett dømte mannen til fengsel.\n\n"
                          "Retten legger til grunn at mannen var i en vanskelig livssituasjon.")
    assert [a.speaker for a in found.get(1, [])] == ["Vestre Innlandet tingrett"]


def test_a_compound_role_and_an_unnamed_person_of_a_given_age_after_the_cue() -> None:
    """"sier påtaleansvarlig politiadvokat X" is X; "sier en 68 år gammel bonde til Kyodo" is the 68-year-old,
    whom the story never names (not whoever spoke before)."""
    found = _by_paragraph(
        "title: Bjørner\n\n"
        "– Vi har jobbet med saken i flere uker, sier påtaleansvarlig politiadvokat Sindre Aklestad.\n\n"
        "– Jeg har aldri vært redd for skogen før, sier en 68 år gammel bonde til Kyodo.")
    assert [(p, a.speaker) for p in (0, 1) for a in found.get(p, [])] == [(0, "Sindre Aklestad"), (1, "68-åringen")]


def test_a_body_named_by_two_joined_compounds() -> None:
    """"Ifølge Klima- og miljødepartementet": the whole ministry, not "Klima- og"."""
    found = _by_paragraph("title: Pant\n\nIfølge Klima- og miljødepartementet ble bare 61 prosent samlet inn.")
    assert [a.speaker for a in found[0]] == ["Klima- og miljødepartementet"]


def test_someone_brought_in_without_a_name_speaks_as_the_description() -> None:
    """"En kvinne i 20-årene … forteller" is "kvinnen i 20-årene" and "sier hun" after it is her; "En anestesilege som ikke
    vil stå fram med navn, sier" is "anestesilegen", and so is "sier legen"; "a former employee, who asked not to
    be named, said" is "the former employee" (an anonymous person, not an anonymous crowd)."""
    found = _by_paragraph(
        "title: Skyting\n\n"
        "En kvinne i 20-årene som bor i nabolaget, forteller til NRK at hun våknet av flere smell.\n\n"
        "– Først trodde jeg det var fyrverkeri, sier hun.\n\n"
        "En anestesilege som ikke vil stå fram med navn, sier at flere kolleger har sluttet.\n\n"
        "– Der får du samme lønn, sier legen.\n\n"
        "A former employee, who asked not to be named, said the pressure was constant.\n\n"
        "People familiar with the matter said the deal was close.")
    assert [(p, a.speaker) for p in range(6) for a in found.get(p, [])] == [
        (0, "kvinnen i 20-årene"), (1, "kvinnen i 20-årene"), (2, "anestesilegen"), (3, "anestesilegen"),
        (4, "the former employee")]


def test_a_chain_named_after_its_noun_and_partial_refusals() -> None:
    """"Dagligvarekjeden Handlekurven" is a firm, so "Det opplyste selskapet" is Handlekurven; "ville ikke si mye"
    and nynorsk "vil ikkje seie noko" decline."""
    found = _by_paragraph(
        "title: Butikker\n\n"
        "Dagligvarekjeden Handlekurven legger ned 30 butikker.\n\n"
        "Det opplyste selskapet i en pressemelding tirsdag morgen.\n\n"
        "Kaja Nordby ville ikke si mye om uttaket.\n\n"
        "Seksjonsleiar Trond Bøthun var på staden. Han vil ikkje seie noko sikkert om kor lenge vegen blir stengd.")
    assert [(p, a.speaker, a.stance) for p in (1, 2, 3) for a in found.get(p, [])] == [
        (1, "Handlekurven", "asserts"), (2, "Kaja Nordby", "declines"), (3, "Trond Bøthun", "declines")]


def test_nynorsk_seier_before_til_and_at_is_a_verb_after_any_word() -> None:
    """"… i avdeling for veg seier til NRK at": a lowercase word before it, yet "seier" is said; "sin tiende seier"
    is still a win."""
    found = _by_paragraph(
        "title: Ras\nlanguage: nn\n\n"
        "Seksjonsleiar Trond Bøthun i avdeling for infrastruktur og veg seier til NRK at fjellsida ikkje er trygg.\n\n"
        "Laget tok sin tiende seier på rad i helga.")
    assert [(p, a.speaker) for p in (0, 1) for a in found.get(p, [])] == [(0, "Trond Bøthun")]


def test_an_english_name_followed_by_which_is_a_body_and_speaks_through_a_spokesperson() -> None:
    """"Ashdown Living, which runs 184 homes" is a company, so "The company said" later is Ashdown Living; "a
    spokesperson said" right after the company spoke is the company too, and after a ministry, the ministry."""
    found = _by_paragraph(
        "title: Care\nlanguage: en\n\n"
        "Documents show that Ashdown Living, which runs 184 homes, set monthly ceilings.\n\n"
        "Ashdown Living denied that it had put profit first.\n\n"
        "\"Every home is staffed in line with requirements,\" a spokesperson said.\n\n"
        "The company said it had invested £42m in pay rises.\n\n"
        "Nobody was hurt.\n\n"
        "\"We will look at it,\" a spokesperson said.")
    assert [(p, a.speaker) for p in (2, 3, 5) for a in found.get(p, [])] == [
        (2, "Ashdown Living"), (3, "Ashdown Living")]


def test_an_unnamed_person_with_two_relative_clauses_before_the_cue() -> None:
    """"En masterstudent … som Universitetsavisa har snakket med, og som ikke ønsker å stå fram med navn, forteller
    at": the student, not "som"; "sier studenten" after is the same student."""
    found = _by_paragraph(
        "title: KI\n\n"
        "En masterstudent i informatikk som Universitetsavisa har snakket med, og som ikke ønsker å stå fram med "
        "navn, forteller at bruk av KI er helt vanlig.\n\n"
        "– Alle bruker det, sier studenten.")
    assert [(p, a.speaker) for p in (0, 1) for a in found.get(p, [])] == [(0, "masterstudenten"), (1, "masterstudenten")]


def test_a_short_surname_after_a_role_and_clauses_that_open_before_the_subject() -> None:
    """"Forsvarer Bø sier" is Jon Kristian Bø though "Bø" has two letters; "Angrepet kommer samtidig som ukrainske
    myndigheter melder" and "Det er fast praksis at regjeringen ikke kommenterer": the subject after "som"/"at"."""
    found = _by_paragraph(
        "title: Saken\n\n"
        "Forsvarer Jon Kristian Bø la fram saken.\n\n"
        "Forsvarer Bø sier at klienten hans ikke erkjenner straffskyld.\n\n"
        "Angrepet kommer samtidig som ukrainske myndigheter melder om økt russisk aktivitet.\n\n"
        "Det er fast praksis at regjeringen ikke kommenterer Norges Banks beslutninger.")
    assert [(p, a.speaker) for p in (1, 2, 3) for a in found.get(p, [])] == [
        (1, "Jon Kristian Bø"), (2, "Ukrainske myndigheter"), (3, "Regjeringen")]


def test_a_definite_noun_is_the_body_named_with_that_noun_before() -> None:
    """"Ifølge pilegrimsgården" after "Ved Nidaros pilegrimsgård", "ifølge skolen" after "Løvstakken ungdomsskole";
    not "hele Norges treningsguru", who is a person described."""
    found = _by_paragraph(
        "title: Pilegrim\n\n"
        "Ved Nidaros pilegrimsgård fikk Solveig Bakken Olavsbrevet. Ifølge pilegrimsgården er hun trolig den eldste.\n\n"
        "I fjor forbød Løvstakken ungdomsskole mobilen. Mobbingen har gått ned, ifølge skolen.\n\n"
        "Vi har besøk av Johan Kaggestad, hele Norges treningsguru.\n\n"
        "– Det er nok å gå, sier treningsguruen.")
    assert [(p, a.speaker) for p in (0, 1) for a in found.get(p, [])] == [
        (0, "Nidaros pilegrimsgård"), (1, "Løvstakken ungdomsskole")]
    assert "Norges treningsguru" not in [a.speaker for a in found.get(3, [])]


def test_a_client_who_stands_uncomprehending_before_the_charge_denies_it() -> None:
    """"stiller seg uforstående til siktelsen", "feil og oppkonstruert", "erkjenner ikke straffskyld": denials."""
    found = _by_paragraph(
        "title: Siktet\n\n"
        "Mannens forsvarer, advokat Tom Solberg, sier til VG at hans klient stiller seg uforstående til siktelsen.\n\n"
        "– Han mener den er feil og oppkonstruert, sier Solberg.\n\n"
        "Forsvarer Jon Kristian Bø sier at klienten hans ikke erkjenner straffskyld.")
    assert [(p, a.speaker, a.stance) for p in (0, 1, 2) for a in found.get(p, [])] == [
        (0, "Tom Solberg", "denies"), (1, "Tom Solberg", "denies"), (2, "Jon Kristian Bø", "denies")]


def test_a_named_countrys_unnamed_minister_speaks_as_the_role_and_a_body_by_its_own_figures() -> None:
    """"Ukrainas energiminister kalte …" is that minister, not Ukraina; "Hans advokat skriver" is not a role of
    its own; "Ifølge politiets egne tall" is the police."""
    found = _by_paragraph(
        "title: Angrep\n\n"
        "Et droneangrep slo ut et kraftverk i Ukraina natt til fredag.\n\n"
        "Ukrainas energiminister kalte angrepet «et bevisst forsøk på å fryse ut sivilbefolkningen».\n\n"
        "Politiet i Agder har sett en økning. Ifølge politiets egne tall ble det beslaglagt 64 kniver.\n\n"
        "Hans advokat skriver i en e-post at konkursen skyldes høye renter.")
    assert [(p, a.speaker) for p in (1, 2, 3) for a in found.get(p, [])] == [
        (1, "Ukrainas energiminister"), (2, "Politiet")]


def test_a_paper_that_has_learned_a_time_after_an_inverted_noun_and_elaborating() -> None:
    """"Aftenposten erfarer at" credits the paper; "skrev dramatikeren onsdag kveld at" is the playwright, the day
    after her no clause; "Til Aftenbladet utdyper hun:" introduces her words."""
    found = _by_paragraph(
        "title: Teater\n\n"
        "Aftenposten erfarer at Høyre vil gjøre formuesskatten til en hovedsak.\n\n"
        "Dramatiker Tone Vestbø kaller avgjørelsen feig.\n\n"
        "På Facebook skrev dramatikeren onsdag kveld at avlysningen er en seier for sensuren.\n\n"
        "Til Aftenbladet utdyper hun:")
    assert [(p, a.speaker, a.kind) for p in (0, 2) for a in found.get(p, [])] == [
        (0, "Aftenposten", "according_to"), (2, "Tone Vestbø", "indirect")]
    assert [a.speaker for a in found.get(3, [])] == ["Tone Vestbø"]


def test_a_lead_that_names_its_people_further_down() -> None:
    """A lead says "Nå sier rektor at …" and "mens teatersjefen sier …" and gives the names only in the body; a
    lead's "Selskapet" is the one firm the article names. Two people with the role leave the lead unresolved."""
    found = _by_paragraph(
        "title: Mobilforbud\n\n"
        "Skolen forbød mobilen for ett år siden. Nå sier rektor at det er den beste beslutningen hun har tatt, "
        "mens teatersjefen sier at hensynet til de ansatte veide tyngst. Selskapet erkjenner ikke straffskyld.\n\n"
        "– Det var riktig, sier rektor Bjørg Tveit.\n\n"
        "– Vi måtte, sier teatersjef Marianne Eik.\n\n"
        "Verftet Leirvik Marineservice AS har ansatt en forsvarer.")
    assert [a.speaker for a in found[0]] == ["Bjørg Tveit", "Marianne Eik", "Leirvik Marineservice AS"]
    two = _by_paragraph(
        "title: Skoler\n\n"
        "Nå sier rektor at forbudet virker.\n\n"
        "– Det var riktig, sier rektor Bjørg Tveit.\n\n"
        "– Vi er uenige, sier rektor Hans Lie.")
    assert found.get(1) and not two.get(0)
    mayor = _by_paragraph(  # a role spelt with æ, ø or å ("ordføreren") finds its holder too
        "title: Fastleger\n\n"
        "Mange står uten lege. Ordføreren kaller situasjonen «den verste krisen vi har hatt».\n\n"
        "– Dette er krise, sier ordfører Hege Rasmussen (Sp).")
    assert [a.speaker for a in mayor[0]] == ["Hege Rasmussen"]
    indefinite = _by_paragraph(  # "en forbrukerøkonom" and "ordføreren i Meløy" in a lead: the one named below
        "title: Priser\n\n"
        "Kjeden øker prisene, mens en forbrukerøkonom advarer om at andre kan følge etter. "
        "– Et tungt slag, sier ordføreren i Meløy.\n\n"
        "– Folk merker det, sier forbrukerøkonom Randi Lie.\n\n"
        "– Vi må finne andre løsninger, sier ordfører Svein Inge Sund.")
    assert [a.speaker for a in indefinite[0]] == ["Randi Lie", "Svein Inge Sund"]
    principal = _by_paragraph(  # "– …, sier en rektor." closing a lead's quote: the one rektor named below
        "title: Matte\n\n"
        "Flere stryker i matte. – Vi får elever som har gitt opp, sier en rektor.\n\n"
        "– Det er krise, sier rektor Hege Nordby Aas ved Haugen skole.")
    assert [a.speaker for a in principal[0]] == ["Hege Nordby Aas"]


def test_an_unnamed_actor_who_speaks_goes_on_as_she() -> None:
    """"En skuespiller i ensemblet som ikke vil stå fram med navn, sier …" is the actor, and "Hun mener" after it
    is the same actor, not the woman quoted before."""
    found = _by_paragraph(
        "title: Teater\n\n"
        "– Vi måtte avlyse, sier teatersjef Marianne Eik.\n\n"
        "En skuespiller i ensemblet som ikke vil stå fram med navn, sier til NRK at hun er skuffet. "
        "Hun mener teatret «har gitt de verste stemmene akkurat det de ville ha».")
    assert {a.speaker for a in found[1]} == {"skuespilleren"}


def test_the_theatre_is_the_one_word_name_that_ends_in_it() -> None:
    """"Riksteatret kutter …" then "…, opplyser teateret i en pressemelding": Riksteatret, whose -er- drops
    before the ending. "Forsvaret" named as itself stays Forsvaret, not Luftforsvaret."""
    found = _by_paragraph(
        "title: Turneer\n\n"
        "Riksteatret kutter fire av turneene som var planlagt neste år.\n\n"
        "Bakgrunnen er et ventet underskudd, opplyser teateret i en pressemelding onsdag.\n\n"
        "Julemarkeringen er noe Luftforsvaret gjør hvert år, ifølge Forsvaret.\n\n"
        "Ruten kan bli endret, skriver forsvaret på sin hjemmeside.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [(1, "Riksteatret"), (2, "Forsvaret")]
    assert [a.speaker for a in found.get(3, [])] in ([], ["Forsvaret"])


def test_hopes_without_at_pleas_and_a_feeling_that_ends_the_sentence() -> None:
    """"Alnes håper Stortinget tar opp saken" states a hope; "nekter straffskyld" denies; "Mathisen er ikke
    beroliget." and "Nesse er ikkje overtydd." are their views; "Hvis regjeringen er så bekymret" is nobody's."""
    found = _by_paragraph(
        "title: Saken\n\n"
        "Teatersjef Marius Alnes håper Stortinget tar opp saken i budsjettforhandlingene i høst.\n\n"
        "En 45 år gammel mann fra Kristiansand nekter straffskyld for å ha underslått 3,4 millioner kroner.\n\n"
        "Jordmor Ingrid Mathisen har lest brevet. Mathisen er ikke beroliget.\n\n"
        "Bonden Magne Nesse har lest planen. Nesse er ikkje overtydd.\n\n"
        "Hvis regjeringen er så bekymret for skjermtiden, burde den gjøre noe.")
    assert [(p, a.speaker, a.stance) for p in range(5) for a in found.get(p, [])] == [
        (0, "Marius Alnes", "asserts"), (1, "45-åringen", "denies"), (2, "Ingrid Mathisen", "asserts"),
        (3, "Magne Nesse", "asserts")]


def test_announced_by_going_hard_at_stressing_and_she_added() -> None:
    """"ble kunngjort av utenriksminister X" credits X; "Finansministeren gikk hardt ut mot forslaget" is his view;
    "la i innledningsforedraget vekt på at" reports her words; "– …, la hun til." is a quote with its speaker."""
    found = _by_paragraph(
        "title: Saken\n\n"
        "Beslutningen ble kunngjort av Frankrikes utenriksminister Claire Devaux lørdag formiddag.\n\n"
        "Finansminister Åsmund Vik la fram budsjettet tirsdag. Finansministeren gikk hardt ut mot forslaget.\n\n"
        "Statsadvokat Merete Aas la i innledningsforedraget vekt på at pengestrømmen er godt dokumentert.\n\n"
        "Forsvarer Ola Bakke fikk ordet etterpå.\n\n"
        "– Tiltalte har ikke tatt en krone, la han til.")
    assert [(p, a.speaker) for p in range(5) for a in found.get(p, [])] == [
        (0, "Claire Devaux"), (1, "Åsmund Vik"), (2, "Merete Aas"), (4, "Ola Bakke")]


def test_one_of_them_then_who() -> None:
    """"En av dem, en 23 år gammel økonomistudent, sier …" is that student, and "sier han" goes on with him."""
    found = _by_paragraph(
        "title: Juks\n\n"
        "En av dem, en 23 år gammel økonomistudent, sier til Universitetsavisa at han brukte ChatGPT.\n\n"
        "– Jeg skrev besvarelsen selv, sier han.")
    assert [a.speaker for p in (0, 1) for a in found.get(p, [])] == ["23-åringen", "23-åringen"]


def test_recalls_late_evenings_counted_days_and_one_of_the_residents() -> None:
    """"kaller tilbake 180.000 elbiler" is a recall, not words; "Sent tirsdag kveld opplyste politiet" and "To dager
    før finalen har låtskriveren X gått ut … og påstått" are the police and X, not "Sent" or "To"; "En av beboerne,
    en 41 år gammel mann …, sier" is that man; "opplyser selskapet" after the lead's Falkner is not a firm named
    only further down."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Den tyske bilprodusenten Falkner kaller tilbake over 180.000 elbiler i Europa.\n\n"
        "Feilen gjelder to modeller, opplyser selskapet i en pressemelding.\n\n"
        "Sent tirsdag kveld opplyste politiet at en 22 år gammel mann var pågrepet.\n\n"
        "To dager før finalen har låtskriveren Kristoffer Bakken gått ut på Instagram og påstått at låta er kopiert.\n\n"
        "En av beboerne, en 41 år gammel mann som har bodd i blokka siden 2022, sier at han ikke tør å glede seg.\n\n"
        "Importøren Nordvik Bil AS har fått mange telefoner.")
    assert [(p, a.speaker) for p in range(5) for a in found.get(p, [])] == [
        (2, "Politiet"), (3, "Kristoffer Bakken"), (4, "41-åringen")]


def test_neither_confirms_nor_denies_and_the_shipowner() -> None:
    """"Solheim vil verken bekrefte eller avkrefte dette" and "Dette vil politiet verken bekrefte eller avkrefte"
    decline; "rederiet" after "Hordafjord Shipping" is that shipping company."""
    found = _by_paragraph(
        "title: Rederi\n\n"
        "Hordafjord Shipping bestiller seks nye bulkskip, og rederiet kaller kontrakten «et grønt løft».\n\n"
        "Skipene skal leveres fra 2028, opplyser rederiet i en børsmelding.\n\n"
        "Konsernsjef Eirik Solheim var på plass. Solheim vil verken bekrefte eller avkrefte at Enova gir støtte.\n\n"
        "Ifølge flere vitner løp to personer fra stedet. Dette vil politiet verken bekrefte eller avkrefte.")
    assert [(p, a.speaker, a.stance) for p in range(4) for a in found.get(p, []) if a.kind != "according_to"] == [
        (0, "Hordafjord Shipping", "asserts"), (1, "Hordafjord Shipping", "asserts"),
        (2, "Eirik Solheim", "declines"), (3, "Politiet", "declines")]


def test_a_witness_with_a_long_relative_clause_nynorsk_worries_and_a_crowd_from_a_place() -> None:
    """"En 34 år gammel kvinne som satt på en kafé på andre siden av gaten, forteller" is the 34-year-old; nynorsk
    "Ho er òg uroa for" is her view; "Fiskarar i Vesterålen er uroa" is a crowd, not Vesterålen, while
    "Myndighetene i Moskva opplyste" is a body."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "En 34 år gammel kvinne som satt på en kafé på andre siden av gaten, forteller at hun hørte et smell.\n\n"
        "Hovudtillitsvald Torunn Eide meiner det ikkje finst forsking på det.\n\n"
        "Ho er òg uroa for dei lange dagane.\n\n"
        "Fiskarar i Vesterålen er uroa over eit nytt forslag.\n\n"
        "Myndighetene i Moskva opplyste at en russer var pågrepet.")
    assert [(p, a.speaker) for p in range(5) for a in found.get(p, [])] == [
        (0, "34-åringen"), (1, "Torunn Eide"), (2, "Torunn Eide"), (4, "Myndighetene i Moskva")]


def test_a_firm_without_its_suffix_and_a_bodys_rules() -> None:
    """"Holmen Bygg" after "Holmen Bygg AS" is the same firm; "Ifølge EBUs regelverk" is EBU."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Utbyggeren Holmen Bygg AS tapte saken i tingretten.\n\n"
        "Holmen Bygg har hele veien avvist ansvaret.\n\n"
        "Ifølge EBUs regelverk kan et bidrag diskvalifiseres.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [(1, "Holmen Bygg AS"), (2, "EBU")]


def test_the_municipality_is_the_mayors_not_the_county() -> None:
    """After "Vestland fylkeskommune" and "Ordføraren i Aurland", "opplyser kommunen" is Aurland kommune."""
    found = _by_paragraph(
        "title: Ras\nlanguage: nn\n\n"
        "Vestland fylkeskommune sende ein geolog til staden onsdag.\n\n"
        "Ordføraren i Aurland, Liv Hauge Stigen, seier at kommunen har sett krisestab.\n\n"
        "Borna skal fraktast med båt frå torsdag, opplyser kommunen.")
    assert [a.speaker for a in found[2]] == ["Aurland kommune"]
    county = _by_paragraph(
        "title: Ras\nlanguage: nn\n\n"
        "Vestland fylkeskommune sende ein geolog til staden onsdag.\n\n"
        "Borna skal fraktast med båt frå torsdag, opplyser kommunen.")
    assert [a.speaker for a in county.get(1, [])] != ["Vestland fylkeskommune"]


def test_more_ways_to_state_a_view() -> None:
    """"poengterer at", "utelukker", "snakker varmt om", "roper varsko", "slår tilbake mot" and "er strålende
    fornøyd med" report the subject's words or view."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Partileder Per Sandberg poengterer at han ikke vil ta initiativ.\n\n"
        "Veterinærinstituttet utelukker flere virus i jakten på årsaken.\n\n"
        "Manager Ole Gunnar Solskjær snakker varmt om kampen i en pressemelding.\n\n"
        "Valgkomitéleder Kari Lund roper varsko i DN om honorarene.\n\n"
        "Senator Elizabeth Warren slår tilbake mot Facebook-topp Mark Zuckerberg.\n\n"
        "Oljefondet-sjef Yngve Slyngstad er strålende fornøyd med markedsverdien.")
    assert [(p, a.speaker) for p in range(6) for a in found.get(p, [])] == [
        (0, "Per Sandberg"), (1, "Veterinærinstituttet"), (2, "Ole Gunnar Solskjær"), (3, "Kari Lund"),
        (4, "Elizabeth Warren"), (5, "Yngve Slyngstad")]


def test_the_woman_is_the_one_unnamed_woman_of_that_age() -> None:
    """"En 34 år gammel kvinne … så hendelsen." then "– …, sier kvinnen til Fædrelandsvennen.": the 34-year-old,
    and "Hun forteller" after her is her too, not the police inspector quoted before."""
    found = _by_paragraph(
        "title: Knivstikking\n\n"
        "– Vi pågrep en 17 år gammel gutt, sier politiinspektør Stine Grødem.\n\n"
        "En 34 år gammel kvinne som var på vei hjem fra byen, så deler av hendelsen.\n\n"
        "– Det var blod overalt, sier kvinnen til Fædrelandsvennen.\n\n"
        "Hun forteller at hun holdt trykk på såret til ambulansen kom.")
    assert [(p, a.speaker) for p in (2, 3) for a in found.get(p, [])] == [(2, "34-åringen"), (3, "34-åringen")]


def test_a_fronted_object_then_the_name_and_the_view() -> None:
    """"Det svaret er Tangen ikke fornøyd med" and "Det er Utdanningsforbundet Sogndal usamd i" are their views."""
    found = _by_paragraph(
        "title: Tørke\n\n"
        "Bondelagets leder Sigrid Tangen har bedt om krisehjelp.\n\n"
        "Det svaret er Tangen ikke fornøyd med.\n\n"
        "Det er Utdanningsforbundet Sogndal usamd i.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [
        (1, "Sigrid Tangen"), (2, "Utdanningsforbundet Sogndal")]


def test_when_agnes_a_body_named_with_og_and_a_quote_whose_speaker_comes_next() -> None:
    """"Men da Agnes fikk Olav" does not make a "da Agnes"; "Natur og Ungdom reagerer" is one body (while "Høyre og
    Venstre mener" are two); a dash quote right before "– …, sier leder Ane Kjos" is hers, not the last person
    quoted before the narration."""
    found = _by_paragraph(
        "title: Olje\n\n"
        "Tvillingene Astrid og Agnes Ulstein fyller 100 år.\n\n"
        "– Men da Agnes fikk Olav, tenkte jeg det samme, forteller Astrid.\n\n"
        "– Havregrøt hver morgen, sier Agnes.\n\n"
        "– Vi starter i sommer, sier prosjektdirektør Hilde Aarsæther.\n\n"
        "Natur og Ungdom reagerer kraftig på beslutningen.\n\n"
        "– Regjeringen vet at verden ikke tåler mer olje.\n\n"
        "– Dette er et slag i ansiktet, sier leder Ane Kjos i Natur og Ungdom.\n\n"
        "Høyre og Venstre mener vedtaket er riktig.")
    assert [(p, a.speaker) for p in range(8) for a in found.get(p, [])] == [
        (1, "Astrid Ulstein"), (2, "Agnes Ulstein"), (3, "Hilde Aarsæther"), (4, "Natur og Ungdom"),
        (5, "Ane Kjos"), (6, "Ane Kjos"), (7, "Høyre"), (7, "Venstre")]


def test_a_sponsor_named_with_its_role_a_crowd_of_river_owners_an_alarm_and_an_announcement() -> None:
    """"Hovedsponsoren Elvebyen Sparebank" is the bank; nynorsk "Elveeigarane meiner" is a crowd; "varslet familien
    politiet" raises an alarm; "kunngjorde avgangen" is an act. None of the last three reports anyone's words."""
    found = _by_paragraph(
        "title: Saker\nlanguage: nn\n\n"
        "Hovedsponsoren Elvebyen Sparebank trakk seg. I en pressemelding opplyser banken at den ikke var involvert.\n\n"
        "Miljødirektoratet stenger Nausta. Elveeigarane meiner vedtaket kjem altfor seint.\n\n"
        "Da hun ikke kom hjem, varslet familien politiet.\n\n"
        "Partileder Bjørn Kvalheim kunngjorde avgangen på en kort pressekonferanse.")
    assert [(p, a.speaker) for p in range(4) for a in found.get(p, [])] == [(0, "Elvebyen Sparebank")]


def test_a_statement_from_the_white_house() -> None:
    """"Det går fram av en uttalelse fra Det hvite hus" is the White House's, not USA named before it."""
    found = _by_paragraph(
        "title: Toll\n\n"
        "USA innfører en ekstra toll på 25 prosent på laks fra Norge.\n\n"
        "Det går fram av en uttalelse fra Det hvite hus mandag kveld amerikansk tid.\n\n"
        "Det går fram av en rapport fra Riksrevisjonen at pengene er brukt feil.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [(1, "Det hvite hus"), (2, "Riksrevisjonen")]


def test_the_inspectorate_opening_a_sentence_is_the_one_named_before() -> None:
    """After "Statens helsetilsyn", a sentence-initial "Tilsynet" is that body, and so "ifølge rapporten" is too."""
    found = _by_paragraph(
        "title: Sykehjem\n\n"
        "Rapporten fra Statens helsetilsyn ble offentliggjort torsdag.\n\n"
        "Tilsynet ble satt i gang etter flere bekymringsmeldinger. Ifølge rapporten var bemanningen lav.")
    assert [a.speaker for a in found[1]] == ["Statens helsetilsyn"]


def test_the_father_named_as_faren() -> None:
    """"Faren, Nils Mathis Eira, …" then "Faren er bekymret" is him; "Eira forteller" is then his daughter, the
    Eira the story is about, not the father."""
    found = _by_paragraph(
        "title: TikTok\n\n"
        "Sunná Máret Eira (22) legger ut videoer fra vidda.\n\n"
        "Faren, Nils Mathis Eira, har drevet med rein hele livet.\n\n"
        "Faren er bekymret for netthetsen.")
    assert [a.speaker for a in found[2]] == ["Nils Mathis Eira"]


def test_the_ruling_of_the_court_named_in_the_same_paragraph() -> None:
    """"Det går fram av dommen at …. Høyesterett peker også på at …": the Supreme Court's ruling, not "Retten"."""
    found = _by_paragraph(
        "title: Ulv\n\n"
        "Ulvefellingen i Lauvåsen-reviret var ugyldig.\n\n"
        "Det går fram av dommen at departementet ikke hadde vurdert saken godt nok. Høyesterett peker også på at "
        "departementet la for stor vekt på konflikt.")
    assert {a.speaker for a in found[1]} == {"Høyesterett"}


def test_the_parliaments_administration() -> None:
    """"Ifølge Stortingets administrasjon" is that administration, not a "Stortingets"."""
    found = _by_paragraph("title: Pendlerbolig\n\nIfølge Stortingets administrasjon dreier saken seg om 380.000 kroner.")
    assert [a.speaker for a in found[0]] == ["Stortingets administrasjon"]


def test_telling_with_nothing_told() -> None:
    """"Solveig ler når datteren forteller dette." and "… mens datteren forteller." report no words; "– …, forteller
    hun." still does."""
    found = _by_paragraph(
        "title: Pilegrim\n\n"
        "Solveig Bakken gikk til Nidaros. Datteren Randi Bakken fulgte henne.\n\n"
        "Solveig ler når datteren forteller dette.\n\n"
        "Adam Osman rister smilende på hodet mens datteren forteller.\n\n"
        "– Hun ga seg aldri, forteller Randi Bakken.")
    assert [(p, a.speaker) for p in (1, 2, 3) for a in found.get(p, [])] == [(3, "Randi Bakken")]


def test_the_party_is_the_one_named_just_before_and_a_spokesperson_for_an_office() -> None:
    """"Også Høyre stemte mot. Partiet mener …" is Høyre, not "Partiet Sentrum" named earlier; "En talsperson for
    USAs handelsrepresentant sier" speaks for that office, not for a "USAs"."""
    found = _by_paragraph(
        "title: Bompenger\n\n"
        "Ap og KrF stemte for, mens Høyre, Frp og Partiet Sentrum stemte imot.\n\n"
        "Også Høyre stemte mot. Partiet mener utvidelsen burde vært utsatt.\n\n"
        "En talsperson for USAs handelsrepresentant sier til Reuters at Norge har nytt godt av lav toll.")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [
        (1, "Høyre"), (2, "USAs handelsrepresentant")]


def test_a_role_opening_the_sentence_fears_and_feelings_that_end_it() -> None:
    """"Administrerende direktør Line Ødegård i Sjømatrådet er bekymret for …" is her view (the capital role is not a
    name); "Berntsen frykter også at" is his fear; "er mer oppgitt." and "er ikke overrasket." end on a feeling;
    "Grunneiere frykter" is a crowd."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Administrerende direktør Line Ødegård i Sjømatrådet er bekymret for konsekvensene.\n\n"
        "Fiskarlagets leder Kjell Berntsen er glad. Berntsen frykter også at skipstrafikken øker.\n\n"
        "Pensjonisten Harald Skog (71) fra Fauske er mer oppgitt.\n\n"
        "Analytiker Eline Dahl i Pareto Securities er ikke overrasket.\n\n"
        "Grunneiere frykter for inntektene.")
    assert [(p, a.speaker) for p in range(5) for a in found.get(p, [])] == [
        (0, "Line Ødegård"), (1, "Kjell Berntsen"), (2, "Harald Skog"), (3, "Eline Dahl")]


def test_a_club_with_a_year_no_speculation_and_pointing_out_with_a_word_between() -> None:
    """"Sarpsborg 08" is a club ("Det bekrefter klubben"); nynorsk "Ho vil ikkje spekulere" declines; "Hun peker
    samtidig på at" reports her words; "departementet la for stor vekt på konflikt" reports nobody's."""
    found = _by_paragraph(
        "title: Saker\nlanguage: nn\n\n"
        "Sarpsborg 08 har sparket treneren Jonas Krogstad.\n\n"
        "Det bekrefter klubben i en pressemelding mandag.\n\n"
        "Ordførar Kari Lid er lei seg. Ho vil ikkje spekulere i kva som gjekk gale.\n\n"
        "Førsteamanuensis Ingrid Turi er glad. Hun peker samtidig på at synligheten har en pris.\n\n"
        "Retten meiner departementet la for stor vekt på konflikt.")
    assert [(p, a.speaker, a.stance) for p in (1, 2, 3) for a in found.get(p, [])] == [
        (1, "Sarpsborg 08", "confirms"), (2, "Kari Lid", "declines"), (3, "Ingrid Turi", "asserts")]
    assert "departementet" not in {a.speaker_mention for a in found.get(4, [])}


def test_a_surname_ending_in_s_before_a_preposition_is_no_owner() -> None:
    """"Rittleder Kari Nyhus i Birkebeinerrittet bekrefter at Brekke …. Hun forteller" is Kari Nyhus: a name ending in
    -s before "i" is not a genitive, so she is the paragraph's subject, not Randi Brekke named in the clause."""
    found = _by_paragraph(
        "title: Rittet\n\n"
        "Olav Brekke (81) syklet rittet. Kona Randi Brekke ventet i mål.\n\n"
        "– Han hører ikke på meg, sier Randi Brekke.\n\n"
        "Rittleder Kari Nyhus i Birkebeinerrittet bekrefter at Brekke var den eldste. Hun forteller at arrangøren "
        "ikke har noen aldersgrense.")
    assert {a.speaker for a in found[2]} == {"Kari Nyhus"}


def test_an_associate_professor_with_an_unlisted_first_name() -> None:
    """"Førsteamanuensis Risten Turi ved …. Hun mener": the whole name after the role (not "Turi" alone, as if
    "Risten" were a noun opening the sentence), and "Hun" is her, not the woman quoted before."""
    found = _by_paragraph(
        "title: TikTok\n\n"
        "Følgeren Ingrid Solheim (34) ser alle videoene. – Jeg elsker dem, sier Solheim.\n\n"
        "Førsteamanuensis Risten Turi ved Sámi allaskuvla forsker på samiske medier. Hun mener unge samiske "
        "innholdsskapere har endret måten kulturen blir framstilt på.")
    assert [a.speaker for a in found[1]] == ["Risten Turi"]


def test_an_unnamed_employee_a_supreme_court_committee_and_a_kindergarten_head() -> None:
    """"En ansatt som ikke vil stå fram" is "den ansatte"; "Det går fram av kjennelsen fra Høyesteretts ankeutvalg" is
    that committee; "Styreren i Workinnmarka er ikke overbevist" is the head named before, not the kindergarten."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "En ansatt som ikke vil stå fram med navn, sier til Aftenposten at beskjeden kom brått.\n\n"
        "Det går fram av kjennelsen fra Høyesteretts ankeutvalg, som ble kjent onsdag.\n\n"
        "Styrer Marianne Pedersen i Workinnmarka barnehage har lest planen. Styreren i Workinnmarka er ikke overbevist.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [
        (0, "den ansatte"), (1, "Høyesteretts ankeutvalg"), (2, "Marianne Pedersen")]


def test_she_does_not_go_on_with_the_man_quoted_before() -> None:
    """"– …, sier hun." right after a man was quoted is not his, even when we cannot tell whose it is; "– …, står han
    sterkere." is no cue at all, so the woman quoted before goes on."""
    found = _by_paragraph(
        "title: Butikken\n\n"
        "Butikken ble startet i 1931.\n\n"
        "– Mor stoler mer på blyanten, sier Arne Moen.\n\n"
        "95-åringen fnyser.\n\n"
        "– Blyanten har aldri gått i stykker, sier hun.\n\n"
        "– Mange popmelodier ligner, sier advokat Ellen Wiik.\n\n"
        "– Hvis han kan dokumentere det, står han sterkere.")
    assert "Arne Moen" not in {a.speaker for a in found.get(3, [])}
    assert [a.speaker for a in found[5]] == ["Ellen Wiik"]


def test_owners_of_documents_with_two_word_names_and_own_lists() -> None:
    """"Ifølge Nye Metoders egne nettsider" is Nye Metoder; "ifølge kommunens egen oversikt" and "Det går fram av
    tingrettens dom" are the municipality and the district court named before; "kommunen ikke ba om" asks nothing."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Ifølge Nye Metoders egne nettsider er det behandlet 14 saker i år.\n\n"
        "Saken gikk i Trøndelag tingrett i fjor.\n\n"
        "Det går fram av tingrettens dom at kommunen ikke ba om nye undersøkelser.\n\n"
        "Tromsø kommune mangler 120 barnehagelærere.\n\n"
        "Ifølge kommunens egen oversikt har 31 barnehager søkt om dispensasjon.")
    assert [(p, a.speaker) for p in (0, 2, 4) for a in found.get(p, [])] == [
        (0, "Nye Metoder"), (2, "Trøndelag tingrett"), (4, "Tromsø kommune")]


def test_the_owner_the_board_of_a_foundation_and_a_name_with_a_lowercase_tail() -> None:
    """"Det bekreftet eieren, Grenland Media," is Grenland Media; "Styret i Håpsbrua skriver" is that board (and the
    press release after it too); "WWF Verdens naturfond mener" is the whole name."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Det bekreftet eieren, Grenland Media, i en melding til de ansatte tirsdag.\n\n"
        "Styret i Håpsbrua skriver i en pressemelding at det selv tok kontakt med Økokrim.\n\n"
        "WWF Verdens naturfond mener myndighetene må gå lenger.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [
        (0, "Grenland Media"), (1, "Styret i Håpsbrua"), (2, "WWF Verdens naturfond")]


def test_a_surname_is_the_person_before_the_firm_named_after_him() -> None:
    """"sier Haugsdal" after "Arild Haugsdal driver Haugsdal Bil" is Arild Haugsdal, not his firm."""
    found = _by_paragraph(
        "title: Biltyverier\n\n"
        "Arild Haugsdal er daglig leder i Haugsdal Bil AS i Bergen.\n\n"
        "– Vi anbefaler folk å oppbevare nøklene i en boks, sier Haugsdal.")
    assert [a.speaker for a in found[1]] == ["Arild Haugsdal"]


def test_a_rejected_appeal_and_testimony_without_words() -> None:
    """"Høyesterett har avvist anken" rules on an appeal, and "Hun forklarte seg for retten mandag." or "forklarte seg
    på vegne av selskapet" says that someone testified: none of them reports words."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Høyesterett har avvist anken fra Frøya Vind AS.\n\n"
        "Enken etter syklisten, Line Aasen, satt på første rad. Hun forklarte seg for retten mandag.\n\n"
        "Daglig leder Bjørn Are Fitjar forklarte seg på vegne av selskapet.")
    assert not any(found.get(p) for p in range(3))


def test_a_witness_who_testified_says_the_quote_that_follows() -> None:
    """"Vitnet Kari Hansen forklarte seg for retten tirsdag." before a dash quote introduces her words: the quote is
    hers, not the prosecutor's quoted before."""
    found = _by_paragraph(
        "title: Rettssaken\n\n"
        "– Han var full, sa aktor Ingrid Moe.\n\n"
        "Vitnet Kari Hansen forklarte seg for retten tirsdag.\n\n"
        "– Jeg så ham med kniven i hånden.")
    assert [a.speaker for a in found[2]] == ["Kari Hansen"]


def test_following_the_company_messages_and_what_the_centre_will_do() -> None:
    """"ber passasjerene følge med på meldinger fra selskapet" credits no message yet given; "men mener senteret vil
    styrke Moss" is the mayor's view, not words of "Moss"."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Pressesjef Tone Haugerud i Norwegian beklager. Hun ber passasjerene følge med på meldinger fra selskapet.\n\n"
        "Ordfører Kjetil Bråten (Ap) sier han forstår uroen, men mener senteret vil styrke Moss som handelsby.")
    assert {a.speaker for p in (0, 1) for a in found.get(p, [])} == {"Tone Haugerud", "Kjetil Bråten"}


def test_a_german_party_is_not_he() -> None:
    """"Die Linke" is a party: "– …, sa han." after it is not Die Linke's."""
    found = _by_paragraph(
        "title: Valg\n\n"
        "AfD ble størst i Sachsen-Anhalt. Die Linke gikk tilbake.\n\n"
        "– Velgerne har sagt at de vil ha en annen politikk, sa han.")
    assert "Die Linke" not in {a.speaker for a in found.get(1, [])}


def test_a_directorate_with_a_long_name_and_its_acronym() -> None:
    """"en evaluering fra Direktoratet for forvaltning og økonomistyring (DFØ), som fant" is that directorate under its
    whole name; "Han viser til en evaluering" does not make the evaluation a speaker."""
    found = _by_paragraph(
        "title: Utflytting\n\n"
        "Han viser til en evaluering fra Direktoratet for forvaltning og økonomistyring (DFØ), som fant at "
        "virksomhetene brukte fire år.")
    assert [a.speaker for a in found[0]] == ["Direktoratet for forvaltning og økonomistyring (DFØ)"]


def test_comes_out_in_a_report_and_more_ways_to_speak() -> None:
    """"Det kommer fram i en rapport fra Utdanningsdirektoratet" and "Dette kommer fram i en ny studie fra Institutt for
    geofag ved Universitetet i Oslo" credit the authors ("i forbindelse med" and a report "fra mars" credit nobody);
    "la ned påstand om", "Tor Arne Strand, som …, er uenig i", "Det kunngjorde bandet", "AfDs toppkandidat sa"."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Det kommer fram i en rapport fra Utdanningsdirektoratet som ble lagt fram i fjor.\n\n"
        "Dette kommer fram i en ny studie fra Institutt for geofag ved Universitetet i Oslo, publisert onsdag.\n\n"
        "Det kommer fram i forbindelse med framleggingen av meldingen fredag.\n\n"
        "Dette kommer fram i en revisjonsrapport fra mars 2024.\n\n"
        "Politiadvokat Ingrid Moe var tydelig. Hun la ned påstand om fire års fengsel.\n\n"
        "Tor Arne Strand, som driver jernvarehandelen, er uenig i at senteret gir arbeidsplasser.\n\n"
        "Statsministeren har tatt opp saken. Det kunngjorde Statsministerens kontor overfor NTB.\n\n"
        "AfDs toppkandidat sa til tilhengere at resultatet er «en klar beskjed».")
    assert [(p, a.speaker) for p in range(8) for a in found.get(p, [])] == [
        (0, "Utdanningsdirektoratet"), (1, "Institutt for geofag ved Universitetet i Oslo"), (4, "Ingrid Moe"),
        (5, "Tor Arne Strand"), (6, "Statsministerens kontor"), (7, "AfDs toppkandidat")]


def test_nynorsk_declines_and_a_doubt() -> None:
    """"Kommunen ønskjer ikkje å kommentere" declines (the municipality, not the court named last); "Hun ville ikke ta
    stilling til om …" declines; "Jostein Vindheim er meir skeptisk til det." is his view."""
    found = _by_paragraph(
        "title: Symjehallen\nlanguage: nn\n\n"
        "Ørsta kommune og entreprenøren møtest i Møre og Romsdal tingrett.\n\n"
        "Kommunen ønskjer ikkje å kommentere tvisten medan saka ligg i retten.\n\n"
        "Geolog Ingrid Sæther vart spurd. Ho ville ikkje ta stilling til om kommunen burde ha oppdaga det.\n\n"
        "Jostein Vindheim er meir skeptisk til det.")
    assert [(p, a.speaker, a.stance) for p in (1, 2, 3) for a in found.get(p, [])] == [
        (1, "Ørsta kommune", "declines"), (2, "Ingrid Sæther", "declines"), (3, "Jostein Vindheim", "asserts")]


def test_the_couple_named_together() -> None:
    """"Tone og Geir Brattli … Ekteparet mener" is both of them."""
    found = _by_paragraph(
        "title: Skred\n\n"
        "Fire år etter skredet står Tone og Geir Brattli igjen i retten. Ekteparet mener kommunen burde ha visst det.")
    assert [a.speaker for a in found[0]] == ["Tone Brattli", "Geir Brattli"]


def test_two_roles_before_a_name_and_a_role_with_a_possessive() -> None:
    """"På tribunen satt faren og treneren, Geir Kvam." makes him both father and coach, so "Faren forteller" later is
    him; "Fastlegen hans, Ingrid Sandvik, husker" makes her the GP."""
    article = parse_article(
        "title: Tennis\n\n"
        "Mathias Kvam er klar for kvartfinale.\n\n"
        "På tribunen satt faren og treneren, Geir Kvam.\n\n"
        "Faren forteller at sønnen slet med en lyskeskade i vår.\n\n"
        "Fastlegen hans, Ingrid Sandvik, husker den første kontrollen.", "a.txt")
    found = attribute_article(article)
    roles = {e.name: e.roles for e in found.entities}
    assert {"faren", "treneren"} <= roles["Geir Kvam"] and "fastlegen" in roles["Ingrid Sandvik"]
    assert [a.speaker for a in found.attributions if a.paragraph == 2] == ["Geir Kvam"]


def test_messages_as_data_rejected_complaints_advice_inside_a_quote_and_a_rescuer() -> None:
    """"private meldinger fra datingappen Kupidon" are data, not a statement; "avviste fredag klagene" is a ruling;
    "– Vi tar rådene fra Havforskningsinstituttet på alvor, sier statsråden" credits only her; "heter det i en
    uttalelse fra Semenya" credits Semenya; "En redningsmann …" then "sier han" is the rescuer."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Hackere har fått tak i private meldinger fra datingappen Kupidon.\n\n"
        "Klima- og miljødepartementet avviste fredag klagene på utslippsløyvet.\n\n"
        "– Vi tar rådene fra Havforskningsinstituttet på alvor, sier statsråd Tore Bjørkli.\n\n"
        "– Jeg håper å løpe igjen, heter det i en uttalelse fra Caster Semenya, melder Daily Mail.\n\n"
        "En redningsmann som ikke vil stå fram med navn, sier at miljøet er i oppløsning.\n\n"
        "– Det er ikke bare å flytte 14 mil, sier han.")
    speakers = {p: {a.speaker for a in found.get(p, [])} for p in range(6)}
    assert speakers[0] == speakers[1] == set() and speakers[2] == {"Tore Bjørkli"}
    assert "Caster Semenya" in speakers[3] and speakers[4] == speakers[5] == {"redningsmannen"}


def test_the_hospital_spelt_sjukehus() -> None:
    """"Sykehuset opplyser" after "Stavanger universitetssjukehus" is that hospital, spelt with -sjukehus."""
    found = _by_paragraph(
        "title: Morfin\n\n"
        "En sykepleier ved Stavanger universitetssjukehus er siktet.\n\n"
        "Sykehuset opplyser at det nå er innført dobbeltkontroll.")
    assert [a.speaker for a in found[1]] == ["Stavanger universitetssjukehus"]


def test_a_body_named_by_its_kind_glad_without_reservation_and_no_doubt() -> None:
    """"Elevorganisasjonen reagerer kraftig" is that body (but "Ifølge Virke …. Hovedorganisasjonen opplyser" is not a
    new one); "Spesialenheten for politisaker, som …, ønsker ikke å kommentere" declines; "Haugli er likevel ikke
    ubetinget glad." and "Nymoen selv er ikke i tvil om" are their views."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Elevorganisasjonen reagerer kraftig på forslaget.\n\n"
        "Spesialenheten for politisaker, som etterforsket saken, ønsker ikke å kommentere dommen.\n\n"
        "Ifølge Virke er mange i samme situasjon. Hovedorganisasjonen opplyser at den har fått mange henvendelser.\n\n"
        "Reiselivssjef Sindre Haugli er fornøyd med turistene. Haugli er likevel ikke ubetinget glad.\n\n"
        "Astronautkandidat Tiril Nymoen (28) er klar. Hun er ikke i tvil om hva hun vil se.")
    speakers = {p: {a.speaker for a in found.get(p, [])} for p in range(5)}
    assert speakers == {0: {"Elevorganisasjonen"}, 1: {"Spesialenheten for politisaker"}, 2: {"Virke"},
                        3: {"Sindre Haugli"}, 4: {"Tiril Nymoen"}}


def test_she_after_a_role_resolved_in_her_paragraph_and_the_unnamed_employee() -> None:
    """"Klinikkdirektøren sier …. Hun håper" is the director, not the unnamed colleague quoted in the paragraph before;
    nynorsk "seier den tilsette til NRK" is the unnamed employee."""
    found = _by_paragraph(
        "title: Morfin\n\n"
        "– Det er avgjørende, sier klinikkdirektør Ragnhild Espeland ved SUS.\n\n"
        "En kollega ved avdelingen, som ikke vil stå fram med navn, forteller at saken har rystet de ansatte.\n\n"
        "– Ingen av oss ante noe, sier kollegaen.\n\n"
        "Klinikkdirektøren sier at sykehuset har tilbudt samtaler. Hun håper saken ikke svekker tilliten.\n\n"
        "– Eg trudde først det var ein stor hund, seier den tilsette til NRK.")
    assert {a.speaker for a in found[3]} == {"Ragnhild Espeland"} and [a.speaker for a in found[4]] == ["den tilsette"]


def test_crowds_at_a_place_and_a_strike_on_a_condition() -> None:
    """"beboerne i de nye blokkene på Strømsø … meldte fra om" and "Sykepleierne på Haukeland universitetssjukehus varsler
    streik dersom Helse Bergen …" name no speaker: a crowd at a place, and neither Strømsø nor Helse Bergen speaks."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Dommen falt tirsdag, tre år etter at beboerne i de nye blokkene på Strømsø meldte fra om muggsopp.\n\n"
        "Sykepleierne på Haukeland universitetssjukehus varsler streik dersom Helse Bergen innfører turnusen.")
    assert not found.get(0) and not found.get(1)


def test_diplomats_and_analysts_are_crowds() -> None:
    """"Diplomater håper fortsatt at …" and "Analytikere tror" name nobody."""
    found = _by_paragraph("title: Brexit\n\nDiplomater håper fortsatt at avtalen holder. Analytikere tror det samme.")
    assert not found.get(0)


def test_her_husband_and_the_city_commissioner() -> None:
    """"Tone og Geir Brattli …. Mannen hennes legger til at" is Geir; "Byråd for byutvikling Marit Lysholm" makes
    "Byråden sier" her."""
    found = _by_paragraph(
        "title: Saker\n\n"
        "Fire år etter skredet står Tone og Geir Brattli igjen i retten.\n\n"
        "Mannen hennes legger til at de ikke er ute etter å henge ut noen.\n\n"
        "Byråd for byutvikling Marit Lysholm (Ap) sier at kravene er like for alle.\n\n"
        "Byråden sier at kommunen vil invitere Sit til et møte.")
    assert [(p, a.speaker) for p in (1, 3) for a in found.get(p, [])] == [(1, "Geir Brattli"), (3, "Marit Lysholm")]


def test_a_nynorsk_herad_is_the_municipality() -> None:
    """"Voss herad" is a body, and "Kommunen opplyser" after it is Voss herad."""
    found = _by_paragraph(
        "title: Ulv\nlanguage: nn\n\n"
        "Voss herad sende ein søknad til Statsforvaltaren om løyve.\n\n"
        "Kommunen opplyser at SNO vil ha folk i området resten av veka.")
    assert [a.speaker for a in found[1]] == ["Voss herad"]


def test_a_body_with_a_genitive_name_closing_the_sentence_and_an_unnamed_writer() -> None:
    """"…, opplyser Statens vegvesen." is the roads authority (not "whose vegvesen"); "«…», skriver en kunde." and
    "skrev én supporter" are the unnamed customer and supporter."""
    found = _by_paragraph(
        "title: Saker\nlanguage: nn\n\n"
        "Vegen var stengd i begge retningar i nesten fem timar, opplyser Statens vegvesen.\n\n"
        "«To dager uten tilgang til egne penger», skriver en kunde.\n\n"
        "«Seks kamper er ingenting», skrev én supporter.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [
        (0, "Statens vegvesen"), (1, "kunden"), (2, "supporteren")]


def test_wishes_expectations_and_feelings_without_at() -> None:
    """"Hurtigruten ønsker seg …", "Njoya gleder seg …", "føler seg trygg", "håpte på" and "vil ha seg frabedt"
    state the speaker's view."""
    found = _by_paragraph(
        "title: Saken\n\n"
        "Rederiet Hurtigruten ønsker seg et forbud mot tungolje i alle norske fjorder.\n\n"
        "Spissen Ajara Njoya gleder seg ekstra mye til finalen.\n\n"
        "Agent Espen Bjervig føler seg rimelig trygg på at de blir enige.\n\n"
        "Partileder Pablo Casado håpte på et bedre resultat.\n\n"
        "Statsråd Sylvi Listhaug vil ha seg frabedt at kommunen bestemmer hva barna spiser.")
    assert [(p, a.speaker) for p in range(5) for a in found.get(p, [])] == [
        (0, "Hurtigruten"), (1, "Ajara Njoya"), (2, "Espen Bjervig"), (3, "Pablo Casado"), (4, "Sylvi Listhaug")]


def test_nynorsk_declines_that_have_not_answered() -> None:
    """"har ikkje svart på førespurnaden", "har ikkje kommentert saka" and "har ikkje ønskt å uttale seg" are
    declines, as their bokmål forms are."""
    found = _by_paragraph(
        "title: Saka\nlanguage: nn\n\n"
        "Sjømat Norge har ikkje svart på NRK sin førespurnad om å kommentere saka.\n\n"
        "Fiskeridirektoratet har ikkje kommentert saka.\n\n"
        "Mattilsynet har ikkje ønskt å uttale seg.")
    assert [(p, a.speaker, a.stance) for p in range(3) for a in found.get(p, [])] == [
        (0, "Sjømat Norge", "declines"), (1, "Fiskeridirektoratet", "declines"), (2, "Mattilsynet", "declines")]


def test_has_pointed_out_with_words_between() -> None:
    """"Norges Fiskarlag har i høringsrunden pekt på at …": the participle with words before "på" is a cue."""
    found = _by_paragraph(
        "title: Oljefelt\n\n"
        "Norges Fiskarlag har i høringsrunden pekt på at feltet ligger i viktige gyteområder for torsk.")
    assert [a.speaker for a in found[0]] == ["Norges Fiskarlag"]


def test_people_a_paper_spoke_to_are_not_the_paper() -> None:
    """"Flere økonomer DN har snakket med, mener …" reports unnamed economists, not DN; "Ifølge kilder VG har
    snakket med" and "Kilder TV 2 har snakket med, opplyser" are the paper's own sourcing and credit the paper."""
    found = _by_paragraph(
        "title: Renten\n\n"
        "Flere økonomer DN har snakket med, mener uttalelsen var en tydelig beskjed til markedet.\n\n"
        "Fleire foreldre NRK har snakka med, seier at dei er utrygge.\n\n"
        "Ifølge kilder VG har snakket med, var også to tyske klubber inne i bildet.\n\n"
        "Kilder TV 2 har snakket med, opplyser at rabatten var på over 40 prosent.\n\n"
        "Kilder Aftenposten har snakket med i begge partiene, beskriver stemningen som «iskald».")
    assert [(p, a.speaker) for p in range(5) for a in found.get(p, [])] == [(2, "VG"), (3, "TV 2"), (4, "Aftenposten")]


def test_a_witness_named_inside_the_testimony_and_a_role_for_a_field() -> None:
    """"Onsdag forklarte kommunalsjef for økonomi Anne Solheim seg som vitne." reports no words; her role is still
    known, so "svarte kommunalsjefen" later is her."""
    found = _by_paragraph(
        "title: Rettssaken\n\n"
        "Onsdag forklarte kommunalsjef for økonomi Anne Solheim seg som vitne. Hun var hans nærmeste medarbeider.\n\n"
        "Senere på dagen svarte kommunalsjefen at hun tok opp saken med sjefen én gang.")
    assert [(p, a.speaker) for p in range(2) for a in found.get(p, [])] == [(1, "Anne Solheim")]


def test_an_appositive_publisher_before_a_mixed_quote() -> None:
    """"Her publisher, Fernleaf Books, said it … had "seen nothing …"": the quote after the cue does not hide the
    name set off by commas before it."""
    found = _by_paragraph(
        "title: Prize\nlanguage: en\n\n"
        "Her publisher, Fernleaf Books, said it stood by the author and had \"seen nothing that suggests copying\".")
    assert [a.speaker for a in found[0]] == ["Fernleaf Books"]


def test_the_club_is_the_compound_club_named_before() -> None:
    """"Hammerfest Friidrettsklubb" is a club, not a person, and "Ifølge klubben" credits it."""
    found = _by_paragraph(
        "title: Maraton\n\n"
        "Det var i turgruppa til Hammerfest Friidrettsklubb at Isaksen begynte å jogge.\n\n"
        "Ifølge klubben er Isaksen den eldste fra Hammerfest som har fullført et maraton.")
    assert [a.speaker for a in found[1]] == ["Hammerfest Friidrettsklubb"]


def test_overfor_an_outlet_is_not_a_name() -> None:
    """"Overfor NRK beskriver han kravet som «…»": the one who spoke before, never "Overfor NRK"."""
    found = _by_paragraph(
        "title: Avgift\n\n"
        "Sp-leder Håvard Lien la fram kravet torsdag.\n\n"
        "Overfor NRK beskriver han kravet som «en helt nødvendig korreksjon».")
    assert [a.speaker for a in found[1]] == ["Håvard Lien"]


def test_a_left_out_subject_after_men_or_og_is_no_inversion() -> None:
    """"…, men mener Solvang står overfor …": after "men" or "og" the subject is left out and Solvang is what was
    said; "og mener Stortinget har sluttet …" does not make the Storting a speaker."""
    found = _by_paragraph(
        "title: Budsjett\n\n"
        "Kommentator Per Anders Ruud tror ikke regjeringen faller, men mener Solvang står overfor en tung uke.\n\n"
        "Professor Randi Alsaker kaller budsjettet «en stille avvikling» og mener Stortinget har sluttet å lytte.")
    assert [(p, a.speaker) for p in range(2) for a in found.get(p, [])] == [
        (0, "Per Anders Ruud"), (1, "Randi Alsaker")]


def test_the_family_speaks_as_one() -> None:
    """"Det bekrefter familien i en pressemelding", "«…», skriver familien" and "Familien ber om …" credit the
    family the story is about, under the article's own word for it."""
    found = _by_paragraph(
        "title: Minneord\n\n"
        "Visesangeren Arvid Solstrand er død, 84 år gammel.\n\n"
        "Det bekrefter familien i en pressemelding lørdag formiddag.\n\n"
        "«Arvid sovnet stille inn», skriver familien.\n\n"
        "Familien ber om å få være i fred.")
    assert [(p, a.speaker) for p in range(4) for a in found.get(p, [])] == [
        (1, "familien"), (2, "familien"), (3, "familien")]


def test_sport_and_council_roles_opening_a_sentence() -> None:
    """"Sametingsråd Máret Utsi mener …" and "Skiskytter Marte Kvåle (26) …. …, skriver 26-åringen": the role
    opening the sentence is not part of the name."""
    found = _by_paragraph(
        "title: Saken\n\n"
        "Sametingsråd Máret Utsi mener vedtaket er et overgrep.\n\n"
        "Skiskytter Marte Kvåle (26) er midlertidig utestengt.\n\n"
        "«Jeg forstår ikke hvordan dette har skjedd», skriver 26-åringen.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [
        (0, "Máret Utsi"), (2, "Marte Kvåle")]


def test_bodies_named_for_what_they_do() -> None:
    """"Beslutningsforum for nye metoder", "Spesialenheten for politisaker" and "Direktoratet for høyere utdanning og
    kompetanse" are whole names, and the short form later is the same body."""
    found = _by_paragraph(
        "title: Saken\n\n"
        "Beslutningsforum for nye metoder sa mandag nei til legemiddelet.\n\n"
        "Beslutningsforum mener prisen er for høy.\n\n"
        "Det bekrefter Spesialenheten for politisaker overfor NRK.\n\n"
        "Ifølge Direktoratet for høyere utdanning og kompetanse søkte færre i år.")
    assert [(p, a.speaker) for p in range(4) for a in found.get(p, [])] == [  # "sa nei til": a decision, no words
        (1, "Beslutningsforum for nye metoder"),
        (2, "Spesialenheten for politisaker"), (3, "Direktoratet for høyere utdanning og kompetanse")]


def test_une_is_utlendingsnemnda() -> None:
    """"UNE viser til at vedtaket er endelig" after "Utlendingsnemnda (UNE)": the board by its full name."""
    found = _by_paragraph(
        "title: Utvist\n\n"
        "Det går fram av vedtaket fra Utlendingsnemnda (UNE) at familien må reise.\n\n"
        "UNE viser til at vedtaket er endelig.")
    assert [a.speaker for a in found[1]] == ["Utlendingsnemnda (UNE)"]


def test_accusing_caring_about_and_a_decision_said_yes_to() -> None:
    """"Hun beskylder YTF for …" is her claim; "er mer opptatt av" and "er mest bekymret for" are views;
    "Kommunestyret sa torsdag ja til …" is a decision, not words."""
    found = _by_paragraph(
        "title: Saken\n\n"
        "Direktør Heidi Kleppe i NHO Transport er sint. Hun beskylder YTF for å ta passasjerene som gisler.\n\n"
        "Mekaniker Kjetil Ravndal (52) har jobbet der lenge. Han er mer opptatt av hva som skjer videre.\n\n"
        "Redaktør Bjørn Aas er mest bekymret for lokaldemokratiet.\n\n"
        "Kommunestyret i Haram sa torsdag kveld ja til en utredning.")
    assert [(p, a.speaker) for p in range(4) for a in found.get(p, [])] == [
        (0, "Heidi Kleppe"), (1, "Kjetil Ravndal"), (2, "Bjørn Aas")]


def test_a_parliament_and_the_company_that_opened_the_lead() -> None:
    """"Sametinget kaller beslutningen …" is the Sámi parliament, not a definite noun; "Equinor har gjort et
    gassfunn. Selskapet kaller funnet …" is Equinor, though nothing before named it a company."""
    parliament = _by_paragraph("title: Gruve\n\nSametinget kaller beslutningen «et brudd på urfolksretten».")
    company = _by_paragraph(
        "title: Gassfunn\n\nEquinor har gjort et gassfunn i Barentshavet. Selskapet kaller funnet «det viktigste i nord».")
    assert [a.speaker for a in parliament[0]] == ["Sametinget"] and [a.speaker for a in company[0]] == ["Equinor"]


def test_an_unnamed_person_keeps_the_decade_and_the_nynorsk_form() -> None:
    """"En mann i 40-årene …, sier" is "mannen i 40-årene", not any man; nynorsk "Ei kvinne i 70-åra" is
    "kvinna i 70-åra"."""
    man = _by_paragraph("title: Skyting\n\nEn mann i 40-årene som jobber i en kiosk, sier til VG at han så alt.")
    woman = _by_paragraph("title: Brua\nlanguage: nn\n\nEi kvinne i 70-åra som har budd på Huglo, seier at ho saknar ferja.")
    assert [a.speaker for a in man[0]] == ["mannen i 40-årene"] and [a.speaker for a in woman[0]] == ["kvinna i 70-åra"]


def test_a_national_register_is_a_body() -> None:
    """"ifølge tall fra Nasjonalt vaksinasjonsregister SYSVAK": the register by its official name, not "Nasjonalt"."""
    found = _by_paragraph("title: Meslinger\n\nDekningen er 86 prosent, ifølge tall fra Nasjonalt vaksinasjonsregister SYSVAK.")
    assert [a.speaker for a in found[0]] == ["Nasjonalt vaksinasjonsregister SYSVAK"]


def test_norges_fiskarlag_is_a_body_and_fiskarlaget_is_it() -> None:
    """"Norges Fiskarlag" is an organisation, so "Olsen i Fiskarlaget" and "Fiskarlaget varsler" name it; a
    word merely ending in -laget ("Forslaget") is no body that could own a report."""
    found = _by_paragraph(
        "title: Torsk\n\n"
        "Norges Fiskarlag kaller forslaget «et angrep på kystflåten».\n\n"
        "Olsen i Fiskarlaget er uenig.\n\n"
        "Fiskarlaget varsler at de vil mobilisere lokallagene.")
    proposal = _by_paragraph("title: Flyplasser\n\nForslaget står i meldingen. Ifølge meldingen vil staten spare penger.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [
        (0, "Norges Fiskarlag"), (1, "Norges Fiskarlag"), (2, "Norges Fiskarlag")] and not proposal


def test_nynorsk_figures_from_a_harbour_service() -> None:
    """"Det viser tal frå Aurland hamnevesen": the figures' source, named whole (place and service)."""
    found = _by_paragraph("title: Cruise\nlanguage: nn\n\nDet kom 214 cruiseskip i år. Det viser tal frå Aurland hamnevesen.")
    assert [a.speaker for a in found[0]] == ["Aurland hamnevesen"]


def test_he_after_an_unnamed_defendant_of_an_age() -> None:
    """"En 52 år gammel mann … er tiltalt …. Tirsdag nektet han straffskyld": "han" is the 52-year-old, the one
    person the paragraph brought in, and "nektet han straffskyld" is a denial with the pronoun between."""
    found = _by_paragraph(
        "title: Underslag\n\n"
        "En 52 år gammel mann fra Bærum er tiltalt for grovt underslag. Tirsdag nektet han straffskyld i Oslo tingrett.\n\n"
        "En 47 år gammel eiendomsmegler er tiltalt for hvitvasking. Da saken startet, nektet han straffskyld.")
    assert [(p, a.speaker, a.stance) for p in range(2) for a in found.get(p, [])] == [
        (0, "52-åringen", "denies"), (1, "47-åringen", "denies")]


def test_a_long_one_word_body_name_speaks_for_itself() -> None:
    """"Innsamlingskontrollen har ikke svart …" and "Handelsalliansen skriver …" name bodies the article never
    introduced; "Hovedorganisasjonen opplyser" after "Ifølge Virke" is Virke, not a new body."""
    found = _by_paragraph(
        "title: Saken\n\n"
        "Innsamlingskontrollen har ikke svart på Fædrelandsvennens henvendelser.\n\n"
        "Ifølge Virke er mange importører i samme situasjon. Hovedorganisasjonen opplyser at den har fått mange henvendelser.")
    assert [(p, a.speaker) for p in range(2) for a in found.get(p, [])] == [
        (0, "Innsamlingskontrollen"), (1, "Virke")]


def test_english_closing_the_company_said_and_it_said() -> None:
    """"The contract includes options for four more ships, the company said." credits the company, not the
    sentence before the comma; "…, it said" is the organisation that opened the sentence or spoke just before."""
    found = _by_paragraph(
        "title: Ships\nlanguage: en\n\n"
        "Norway's Skarvik Shipping has ordered four ammonia-fuelled bulk carriers, it said on Monday.\n\n"
        "The vessels will have dual-fuel engines. The contract includes options for four more ships, the company said.\n\n"
        "The company will book an impairment charge in the fourth quarter, it said.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [
        (0, "Skarvik Shipping"), (1, "Skarvik Shipping"), (2, "Skarvik Shipping")]


def test_english_subjects_set_off_by_commas() -> None:
    """"…, NBIM, which runs the fund …, said", "Fiona Gallagher, a nurses' representative, says Mensah's
    experience is typical" (her, not Mensah) and "The university, which has 17,000 students, said"."""
    found = _by_paragraph(
        "title: Sector\nlanguage: en\n\n"
        "The fund returned 8.1%, Norges Bank Investment Management (NBIM), which runs the fund for the state, said.\n\n"
        "Nurse Grace Mensah works nights. Fiona Gallagher, a union representative at the hospital, says Mensah's "
        "experience is typical.\n\n"
        "Calderbrook University will close two departments. The university, which has 17,000 students, said it "
        "faced a deficit.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [
        (0, "Norges Bank Investment Management (NBIM)"), (1, "Fiona Gallagher"), (2, "Calderbrook University")]


def test_english_subjects_after_a_conjunction_a_participle_or_a_quote_in_an_earlier_sentence() -> None:
    """"But Eleri Pritchard, who chairs the council, said", "Coelho, speaking outside the court, said" after a
    sentence with a quote of its own, and "Prince Khalid bin Fahad Al Mansour", one name through its particle."""
    found = _by_paragraph(
        "title: Quarry\nlanguage: en\n\nLawyer Mariana Coelho and Judge Helena Duarte were in court.\n\n"
        "But Eleri Pritchard, who chairs Cwmderwen Community Council, said the scheme was wrong.\n\n"
        'Duarte warned Congress that the rights "cannot be abolished". Coelho, speaking later outside the court, '
        "said she expected the fight to continue.\n\n"
        '"We will not let this market drift," Saudi Energy Minister Prince Khalid bin Fahad Al Mansour told reporters.')
    assert [(p, a.speaker) for p in range(1, 4) for a in found.get(p, [])] == [
        (1, "Eleri Pritchard"), (2, "Helena Duarte"), (2, "Mariana Coelho"), (3, "Prince Khalid bin Fahad Al Mansour")]


def test_english_pointing_a_body_described_first_and_a_left_out_subject() -> None:
    """"Ruud also pointed to …" reports his view; "Environmental group Zero Wake welcomed … but warned" is Zero Wake;
    "…, Malone thanked supporters and said …" is Malone; "declared a state of emergency" is an act."""
    found = _by_paragraph(
        "title: Sport\nlanguage: en\n\n"
        "Climate campaigner Thomas Ruud spoke to Reuters. Ruud also pointed to the risk of emissions.\n\n"
        "Environmental group Zero Wake welcomed the order but warned that ammonia was only as clean as its production.\n\n"
        "Harbridge Town sacked manager Steve Malone on Monday.\n\n"
        "In a statement released through the League Managers Association, Malone thanked supporters and said he was "
        "\"disappointed\".\n\n"
        "Gov. Daniel Reyes declared a state of emergency for Madera County late Tuesday.")
    assert [(p, a.speaker) for p in range(5) for a in found.get(p, [])] == [
        (0, "Thomas Ruud"), (1, "Zero Wake"), (3, "Steve Malone")]


def test_the_regulator_is_the_commission_named_before() -> None:
    """"The Care Quality Commission (CQC) said …" then "the regulator said …": the commission, not an unnamed
    regulator."""
    found = _by_paragraph(
        "title: Maternity\nlanguage: en\n\n"
        "The Care Quality Commission (CQC) said women at the trust were not listened to.\n\n"
        "In its report, published on Thursday, the regulator said staffing levels were unsafe.")
    assert [a.speaker for a in found[1]] == ["Care Quality Commission (CQC)"]


def test_english_bodies_owned_by_a_country_and_named_with_on() -> None:
    """"Spain's agriculture and fisheries ministry said" is one ministry, not Spain and a "Fisheries ministry";
    "Norway's sovereign wealth fund … reported" is not Norway speaking; "The Council on Ethics" keeps its "on";
    "Asked about …, Halvorsen declined …, saying" credits no one called "Asked"."""
    found = _by_paragraph(
        "title: Fish\nlanguage: en\n\n"
        "Spain's agriculture and fisheries ministry said in a statement it supported the Commission's position.\n\n"
        "OSLO, Aug 12 (Reuters) - Norway's sovereign wealth fund, the world's largest, reported a record return.\n\n"
        "The Council on Ethics did not respond to a request for comment.\n\n"
        "Asked about the holding, which has been criticised by campaign groups, Torunn Halvorsen declined to comment "
        "on individual investments, saying the council would assess the company \"in the normal way\".")
    assert [(p, a.speaker) for p in range(4) for a in found.get(p, [])] == [
        (0, "Spain's agriculture and fisheries ministry"), (2, "Council on Ethics"), (3, "Torunn Halvorsen")]


def test_a_crosshead_is_the_words_of_the_speaker_whose_sentence_echoes_it() -> None:
    """«Et skritt i riktig retning» over "Forbundet har krevd …. Forbundsleder X sier forslaget er et skritt i
    riktig retning": X's words, though the union is credited first in that paragraph."""
    found = _by_paragraph(
        "title: Våpen\n\n"
        "Regjeringen foreslår generell bevæpning av politiet i en prøveperiode.\n\n"
        "«Et skritt i riktig retning»\n\n"
        "Politiets Fellesforbund har i mange år krevd generell bevæpning. Forbundsleder Kjetil Brenna sier forslaget "
        "er et skritt i riktig retning, men at det ikke løser grunnproblemet.")
    assert [a.speaker for a in found[1]] == ["Kjetil Brenna"]


def test_an_unnamed_person_by_age_goes_on_as_he_and_remembering_the_dead() -> None:
    """"En 19 år gammel mann …" then "19-åringen ønsker ikke å stå fram. Til NRK sier han:" is the 19-year-old,
    not the investigator quoted before; "ifølge politiets egen logg" is the police; "minnes ham som" reports
    how the minister remembers him."""
    found = _by_paragraph(
        "title: Pågripelse\n\n"
        "En polititjenesteperson er siktet etter en pågripelse i januar. En 19 år gammel mann fikk brudd i kjeven.\n\n"
        "– Etterforskningen pågår fortsatt, sier etterforskningsleder Stian Fosse i Spesialenheten.\n\n"
        "19-åringen ønsker ikke å stå fram med fullt navn. Til NRK sier han:\n\n"
        "– Jeg sa at jeg ikke hadde gjort noe.\n\n"
        "Han viser til at 19-åringen ifølge politiets egen logg hadde «utagert kraftig» før pågripelsen.\n\n"
        "Kulturminister Siv Heggland minnes ham som en av de fremste fortellerne i norsk musikk.")
    assert [a.speaker for a in found[2]] == ["19-åringen"]
    assert [a.speaker for a in found[3]] == ["19-åringen"]
    assert "Politiet" in [a.speaker for a in found[4]]
    assert [a.speaker for a in found[5]] == ["Siv Heggland"]


def test_a_crosshead_echoed_in_another_inflection() -> None:
    """«Ansvarsløst» over "KS mener opptrappingen er ansvarsløs": the stemmer keeps the two apart, the echo does not."""
    found = _by_paragraph(
        "title: Streik\n\n"
        "– Vi er forberedt på en lang streik, sier forbundsleder Randi Aune.\n\n"
        "«Ansvarsløst»\n\n"
        "KS mener opptrappingen er ansvarsløs med tanke på elevene som skal ta eksamen.")
    assert [a.speaker for a in found[1]] == ["KS"]


def test_unnamed_parents_and_neighbours_keep_the_articles_description() -> None:
    """"En far til en elev, som ikke vil stå fram, reagerer" is "faren"; "En mor fra Furuset" "moren fra Furuset";
    nynorsk "Ei nabokone" "nabokona" and "Ein mann i 40-åra som stod på bildekket" "mannen i 40-åra"."""
    found = _by_paragraph(
        "title: Skolen\n\n"
        "En far til en elev på femte trinn, som ikke ønsker å stå fram med navn, reagerer på at skolen ikke varslet.\n\n"
        "En mor fra Furuset, som ikke vil stå fram med navn, forteller at hun har fått tilbud langt unna.\n\n"
        "Ei nabokone som ikkje vil stå fram med namn, fortel at gjestene fekk låne klede.\n\n"
        "Ein mann i 40-åra som stod på bildekket, fortel til NRK at fleire bilar vart skuva inn i kvarandre.")
    assert [(p, a.speaker) for p in range(4) for a in found.get(p, [])] == [
        (0, "faren"), (1, "moren fra Furuset"), (2, "nabokona"), (3, "mannen i 40-åra")]


def test_english_datelines_and_a_closing_attribution_after_a_clause_with_its_own_verb() -> None:
    """"TROMSO, Norway, May 14 (Reuters) -" and "OJAI, Calif. (AP) —" are datelines, not speakers; in "The
    government has pledged …, Industry Minister Anders Lie Brekke said Tuesday." the minister says it all."""
    found = _by_paragraph(
        "title: Arctic\nlanguage: en\n\n"
        "TROMSO, Norway, May 14 (Reuters) - Ministers agreed on Thursday to restart 34 projects, Norway's foreign "
        "minister said.\n\n"
        "OJAI, Calif. (AP) — A wildfire tore through hills above the town. \"We are cooperating fully,\" the company "
        "said.\n\n"
        "The Norwegian government has pledged 1.5 billion kroner in loan guarantees for the project, Industry Minister "
        "Anders Lie Brekke said Tuesday.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [(2, "Anders Lie Brekke")]


def test_english_roles_and_bodies_described_after_their_names() -> None:
    """"The minister added" is the minister named before, "The Republican governor said" the one "Gov." named,
    "the airline said" the airline (Cascade Air is a body, not a person), and "The directorate said" is never the
    firm it fined."""
    found = _by_paragraph(
        "title: Roles\nlanguage: en\n\n"
        "Energy Minister Terje Aasland said the field was important.\n\n"
        "The minister added that more licences would follow.\n\n"
        "Gov. Dana Whitcomb signed the bill on Monday.\n\n"
        "The Republican governor said the law was modeled on measures in Florida.\n\n"
        "\"Our crew followed their training,\" Cascade Air said in a statement.\n\n"
        "The airline said two passengers were checked by paramedics.\n\n"
        "The regulator fined salmon farmer Havbruk Nord ASA 12 million crowns on Thursday.\n\n"
        "The directorate said in its decision that the escape was caused by a tear in a net.")
    assert [(p, a.speaker) for p in range(8) for a in found.get(p, [])] == [
        (0, "Terje Aasland"), (1, "Terje Aasland"), (3, "Dana Whitcomb"), (4, "Cascade Air"), (5, "Cascade Air")]


def test_english_listeners_ministries_with_and_members_and_another_parent() -> None:
    """"…, the group's leader, Sigrid Holmen, told Reuters": Holmen, never the agency she told; "the Ministry of
    Disaster Management and Relief" and "The government's Flood Forecasting and Warning Centre" are one body each;
    "Scottish Conservative MSP Euan Drummond" is Euan Drummond; "Another mother, who …, said she had been told" is
    the mother; "Minera Andina del Sur" keeps its "del"."""
    found = _by_paragraph(
        "title: Wire\nlanguage: en\n\n"
        "\"Twelve million crowns is a rounding error,\" the group's leader, Sigrid Holmen, told Reuters.\n\n"
        "At least 14 people have died, according to the Ministry of Disaster Management and Relief.\n\n"
        "The government's Flood Forecasting and Warning Centre said the rivers were above the danger level.\n\n"
        "But Scottish Conservative MSP Euan Drummond, his party's transport spokesman, said the answer was cold comfort.\n\n"
        "Another mother, who asked not to be named, said she had been told by a senior midwife to wait.\n\n"
        "Minera Andina del Sur said it had offered a 6.5% raise.")
    assert [(p, a.speaker) for p in range(6) for a in found.get(p, [])] == [
        (0, "Sigrid Holmen"), (1, "Ministry of Disaster Management and Relief"),
        (2, "Flood Forecasting and Warning Centre"), (3, "Euan Drummond"), (4, "the mother"), (5, "Minera Andina del Sur")]


def test_a_lead_role_an_icelandic_name_a_demonym_after_a_listener_and_a_described_age() -> None:
    """"Nå frykter kommuneoverlegen" is the municipal doctor named below, not a body called "Kommuneoverlegen";
    "Sigrún Ásgeirsdóttir" is one name; "Lindqvist var raus i tapet. Til Expressen sa svensken:" is Lindqvist, not
    "Til Expressen"; "Den 61 år gamle mannen forklarte seg … Han innrømmet" is the 61-year-old."""
    found = _by_paragraph(
        "title: Diverse\n\n"
        "I Rødøy har innbyggerne ikke hatt fastlege siden i sommer. Nå frykter kommuneoverlegen at situasjonen kan gå "
        "ut over pasientsikkerheten.\n\n"
        "– Det er alvorlig, sier kommuneoverlege Astrid Kolstad.\n\n"
        "Juryens leder, den islandske litteraturviteren Sigrún Ásgeirsdóttir, sier at juryen var samstemt.\n\n"
        "Svensken Viktor Lindqvist ble nummer to.\n\n"
        "Lindqvist var raus i tapet. Til Expressen sa svensken:\n\n"
        "En 61 år gammel mann er tiltalt. – Han visste det, sier forsvarer Jon Are Moe.\n\n"
        "Den 61 år gamle mannen forklarte seg i retten mandag. Han innrømmet at det manglet brannvarslere.")
    assert [a.speaker for a in found[0]] == ["Astrid Kolstad"]
    assert [a.speaker for a in found[2]] == ["Sigrún Ásgeirsdóttir"]
    assert [a.speaker for a in found[4]] == ["Viktor Lindqvist"]
    assert [a.speaker for a in found[6]] == ["61-åringen"]


def test_a_role_coordinated_with_owner_a_question_before_seier_and_a_titled_committee() -> None:
    """"seier dagleg leiar og eigar Kjellaug Rypdal" is Rypdal ("eigar" joins the role); "…med andre? seier
    Ragnhild Kvåle" is Kvåle's own quote, not a win; "Det kunngjorde Den norske Nobelkomité" is the committee."""
    found = _by_paragraph(
        "title: Nynorsk\nlanguage: nn\n\n"
        "– Vi kan ikkje halde fram med å tape pengar, seier dagleg leiar og eigar Kjellaug Rypdal til NRK.\n\n"
        "Fredsprisen går til nettverket Femmes du Sahel. Det kunngjorde Den norske Nobelkomité i Oslo fredag.\n\n"
        "Sauebonden Sjur Kvåle er nøgd.\n\n"
        "– Og kvifor ikkje dele denne utsikta med andre? seier Ragnhild Kvåle til NRK.")
    assert [a.speaker for a in found[0]] == ["Kjellaug Rypdal"]
    assert [a.speaker for a in found[1]] == ["Den norske Nobelkomité"]
    assert [(a.speaker, a.cue) for a in found[3]] == [("Ragnhild Kvåle", "seier")]


def test_firms_described_by_trade_a_comma_after_a_source_and_a_second_role_before_the_name() -> None:
    """"aluminium producer Vestal Aluminium" and "Nordalpin Airways AG" are firms, so "the company said" and "the
    airline said" are them; "According to the union, more than …" is the union (and "College" in its name is
    no role word); "Forsvareren hans, advokat Jon
    Erik Tveit" makes "Forsvareren mener" Tveit; "innrømte Saudi-Arabia" credits Saudi-Arabia."""
    found = _by_paragraph(
        "title: Wire\nlanguage: en\n\n"
        "Norwegian aluminium producer Vestal Aluminium will close its smelter, putting 430 jobs at risk, "
        "the company said on Tuesday.\n\n"
        "German carrier Nordalpin Airways AG cancelled 800 flights.\n\n"
        "About 110,000 passengers are affected, the airline said in a statement.\n\n"
        "The University and College Union called the cuts reckless.\n\n"
        "According to the union, more than 10,000 jobs have been cut since 2024.")
    assert [a.speaker for a in found[0]] == ["Vestal Aluminium"]
    assert [a.speaker for a in found[2]] == ["Nordalpin Airways AG"]
    assert [a.speaker for a in found[4]] == ["University and College Union"]
    found = _by_paragraph(
        "title: Retten\n\n"
        "Forsvareren hans, advokat Jon Erik Tveit, sier at klienten ikke erkjenner straffskyld.\n\n"
        "Forsvareren mener tingretten la for liten vekt på at styret godkjente regnskapene.\n\n"
        "Etter først å ha benektet drapet, innrømte Saudi-Arabia til slutt at journalisten var drept.")
    assert [a.speaker for a in found[1]] == ["Jon Erik Tveit"]
    assert [(a.speaker, a.stance) for a in found[2]] == [("Saudi-Arabia", "confirms")]


def test_crowds_advice_to_follow_the_united_states_and_a_name_of_its_team() -> None:
    """"Environmental campaigners … but said" names nobody; in "said the United States had backed" "States" is no
    cue; "Overall leader Mathieu Carrère of Équipe Lumière" is Carrère; and "oppfordrer nordmenn til å følge rådene
    fra lokale myndigheter" credits the ministry only, not the local authorities whose advice it is."""
    found = _by_paragraph(
        "title: Wire\nlanguage: en\n\n"
        "Environmental campaigners welcomed the move but said it did not go far enough.\n\n"
        "Michael Whitcomb, the U.S. assistant secretary of state, said the United States had backed the compromise.\n\n"
        "Overall leader Mathieu Carrère of Équipe Lumière said the descent had been dangerous.")
    assert found.get(0, []) == []
    assert [a.speaker for a in found[1]] == ["Michael Whitcomb"]
    assert [a.speaker for a in found[2]] == ["Mathieu Carrère"]
    found = _by_paragraph(
        "title: Brann\n\n"
        "Utenriksdepartementet opplyser at det ikke har fått henvendelser, men oppfordrer nordmenn i området til å "
        "følge rådene fra lokale myndigheter.")
    assert [a.speaker for a in found[0]] == ["Utenriksdepartementet"]


def test_a_described_firm_a_compound_role_and_a_nynorsk_legg_til() -> None:
    """"the Fremont, California-based company" is the firm named before, not a name of its own;
    "Sykehusdirektøren" is the "administrerende direktør", but "Politiadvokaten" stays the police lawyer though an
    "advokat" was named since; "…, legg Arne Myklebust til" is Arne, not Guri quoted before."""
    found = _by_paragraph(
        "title: Wire\nlanguage: en\n\n"
        "Voltline Motors Inc recalled 3,412 trucks on Thursday.\n\n"
        "In the filing, the Fremont, California-based company said a fault could disable braking.")
    assert [a.speaker for a in found[1]] == ["Voltline Motors Inc"]
    found = _by_paragraph(
        "title: Retten\n\n"
        "– Dette var en dødsfelle, sa politiadvokat Sigrid Haaland.\n\n"
        "Forsvareren hans, advokat Jon Are Moe, sier at klienten ikke erkjenner straffskyld.\n\n"
        "Politiadvokaten mener saken har prinsipiell betydning.\n\n"
        "Administrerende direktør Hilde Bakke i Vestre Viken sier hun forstår at mange er slitne.\n\n"
        "Sykehusdirektøren opplyser at Vestre Viken må bruke 30 millioner kroner ekstra.")
    assert [a.speaker for a in found[2]] == ["Sigrid Haaland"]
    assert [a.speaker for a in found[4]] == ["Hilde Bakke"]
    found = _by_paragraph(
        "title: Ost\nlanguage: nn\n\n"
        "– Vi er stolte, seier Guri Myklebust.\n\n"
        "– Og kanskje ein liten tur til Italia, legg Arne Myklebust til.")
    assert [a.speaker for a in found[1]] == ["Arne Myklebust"]


def test_an_acronym_opening_a_body_name_and_one_in_brackets_after_it() -> None:
    """"NAV Hjelpemiddelsentral Innlandet" keeps its NAV (only a party before a person's first name is dropped);
    "Norsk institutt for vannforskning (NIVA)" keeps the acronym the article gives, so "NIVA" names it."""
    found = _by_paragraph(
        "title: Diverse\n\n"
        "NAV Hjelpemiddelsentral Innlandet skriver i en kommentar til NRK at ventetiden har gått ned.\n\n"
        "Dette kommer fram i en ny rapport fra Norsk institutt for vannforskning (NIVA), som ble lagt fram tirsdag.\n\n"
        "Stortingsrepresentant KrF Hans Fredrik Grøvan sier at saken er alvorlig.")
    assert [a.speaker for a in found[0]] == ["NAV Hjelpemiddelsentral Innlandet"]
    assert [a.speaker for a in found[1]] == ["Norsk institutt for vannforskning (NIVA)"]
    assert [a.speaker for a in found[2]] == ["Hans Fredrik Grøvan"]


def test_a_wife_named_in_between_is_no_he() -> None:
    """"His wife, Morag, kept the accounts" names a woman the first-name list does not know; "…," he says" after
    it is still the smokehouse owner."""
    found = _by_paragraph(
        "title: Feature\nlanguage: en\n\n"
        "\"Everything felt familiar,\" says Tor Lindahl, who runs the smokehouse.\n\n"
        "He started small. His wife, Morag, a nurse whom he met at a ceilidh, kept the accounts.\n\n"
        "\"She was the clever one,\" he says quietly.")
    assert [a.speaker for a in found[2]] == ["Tor Lindahl"]


@pytest.mark.parametrize("sentence, body", [
    ("The Department for Environment, Food and Rural Affairs said the new law was tough.",
     "Department for Environment, Food and Rural Affairs"),
    ("The Department for Work and Pensions said it was looking at the case.", "Department for Work and Pensions"),
    ("The fire had burned 14,000 acres, according to the California Department of Forestry and Fire Protection.",
     "California Department of Forestry and Fire Protection"),
])
def test_an_english_body_named_for_a_list_of_things_is_one_speaker(sentence: str, body: str) -> None:
    """Not "Rural Affairs" or "Fire Protection": the commas and "and" are inside the name."""
    assert [a.speaker for a in _by_paragraph(f"title: Sewage\nlanguage: en\n\n{sentence}")[0]] == [body]


def test_a_county_named_with_og_is_one_body_beside_another() -> None:
    """"Politiet og Møre og Romsdal politidistrikt": two speakers, the second one county's police, not "Romsdal
    politidistrikt"."""
    found = _by_paragraph("Det stadfestar Møre og Romsdal politidistrikt overfor NRK.\n\n"
                          "Kommunen og Vestfold og Telemark fylkeskommune sier at vegen må stenges.")
    assert [a.speaker for a in found[0]] == ["Møre og Romsdal politidistrikt"]
    assert [a.speaker for a in found[1]][-1] == "Vestfold og Telemark fylkeskommune"


def test_a_proposal_to_act_and_a_body_that_was_notified_report_no_words() -> None:
    """"Regjeringen foreslår å forby …" is a policy act and "… er varsla" says who was told; "foreslår at" and
    "varslet at" still report words."""
    found = _by_paragraph(
        "title: Forbud\n\n"
        "Regjeringen foreslår å forby salg av energidrikk til personer under 16 år.\n\n"
        "Sjøfartsdirektoratet og Statens havarikommisjon er varsla.\n\n"
        "Helsedirektoratet foreslår at aldersgrensen blir 18 år. Politiet varslet at vegen er stengt.")
    assert [(p, a.speaker) for p in range(3) for a in found.get(p, [])] == [(2, "Helsedirektoratet"), (2, "Politiet")]


def test_two_roles_before_one_name_are_one_speaker() -> None:
    """"Jordmor og tillitsvalgt Silje Bævre sier": one midwife who is also the union rep, not "Jordmor" too."""
    found = _by_paragraph("Jordmor og tillitsvalgt Silje Bævre sier at mange er usikre.")
    assert [a.speaker for a in found[0]] == ["Silje Bævre"]


def test_the_agency_and_the_regulator_are_the_bodies_whose_names_say_so() -> None:
    """"The Federal Aviation Administration said …, the agency said" is one speaker, the FAA; "Finansinspektionen
    said … The regulator said" is the Swedish regulator, not a new, unnamed "The regulator"."""
    found = _by_paragraph(
        "title: Engine\nlanguage: en\n\n"
        "The Federal Aviation Administration said the crew reported an engine failure. The FAA and the National "
        "Transportation Safety Board will investigate, the agency said.\n\n"
        "Finansinspektionen said in a report that Nordhavn had serious deficiencies.\n\n"
        "The regulator said it would fine the bank.")
    assert {a.speaker for a in found[0]} == {"Federal Aviation Administration (FAA)"}  # named with its acronym
    assert [a.speaker for a in found[2]] == ["Finansinspektionen"]


def test_the_indictment_is_the_source_unless_the_prosecutor_was_named() -> None:
    """"Ifølge tiltalen …" credits the indictment, as the article names it; after "Ifølge Økokrim …" it is
    Økokrim's."""
    found = _by_paragraph(
        "title: Underslag\n\n"
        "En 52 år gammel mann nektet tirsdag straffskyld i Oslo tingrett.\n\n"
        "Ifølge tiltalen skal mannen ha overført pengene til egne kontoer.\n\n"
        "Det går fram av tiltalen at pengene ble brukt på en hytte.", source="a.txt")
    assert [(p, a.speaker) for p in (1, 2) for a in found.get(p, [])] == [(1, "tiltalen"), (2, "tiltalen")]
    found = _by_paragraph(
        "title: Bedrageri\n\n"
        "Ifølge Økokrim skal 58-åringen ha brukt over 4,2 millioner kroner på seg selv.\n\n"
        "Ifølge tiltalen skal mannen ha kjøpt en hytte på Hovden.")
    assert [a.speaker for a in found[1]] == ["Økokrim"]


def test_a_title_in_quotes_inside_the_subjects_clause_leaves_the_subject_speaking() -> None:
    """"Music critic Gary Feldstein, whose book "Second Line Modern" devoted two chapters to Delacroix, said …" is
    Feldstein's view, not Delacroix's; "Jane Doe, the author of "Quiet Waters", said" is Jane Doe's."""
    found = _by_paragraph(
        "title: Trumpeter\nlanguage: en\n\n"
        "Lionel Delacroix, the trumpeter, died on Sunday.\n\n"
        "Music critic Gary Feldstein, whose 2004 book \"Second Line Modern\" devoted two chapters to Delacroix, said "
        "the trumpeter had been underrated outside New Orleans.\n\n"
        "Jane Doe, the author of \"Quiet Waters\", said the city had lost its voice.\n\n"
        "Pundit Alan Shore said the city should rename a street after him.")
    assert [a.speaker for a in found[1]] == ["Gary Feldstein"]
    assert [a.speaker for a in found[2]] == ["Jane Doe"]
    assert [a.speaker for a in found[3]] == ["Alan Shore"]  # the title opening the sentence is no part of the name


def test_a_role_phrase_then_the_name_after_the_cue_is_the_speaker() -> None:
    """"…, seier einingsleiar for kultur og idrett, Tore Lid." names Tore Lid after his role; "sier TIL-trener
    Svein Arne Hætta til VG" is the coach, though his title opens with the club's "TIL"."""
    found = _by_paragraph(
        "title: Bana\nlanguage: nn\n\n"
        "Eirik Mjelde er trenar for laget.\n\n"
        "– Vi må vente til vatnet har trekt seg tilbake, seier einingsleiar for kultur og idrett, Tore Lid.\n\n"
        "– Eg har ikkje ord, seier TIL-trenar Svein Arne Hætta til VG, framleis våt etter regnet.")
    assert [a.speaker for a in found[1]] == ["Tore Lid"]
    assert [(a.speaker, a.outlet) for a in found[2]] == [("Svein Arne Hætta", "VG")]


def test_a_one_word_builder_is_the_body_etaten_refers_to() -> None:
    """"Det avviser Forsvarsbygg. … skriver etaten" is Forsvarsbygg again: a one-word name in "-bygg" is a body,
    not a person, so "etaten" does not reach back to the ministry named earlier."""
    found = _by_paragraph(
        "title: Leir\n\n"
        "Forsvarsdepartementet har bestemt at leiren skal bygges.\n\n"
        "Reineierne mener de ikke er blitt hørt.\n\n"
        "Det avviser Forsvarsbygg. I en e-post til NTB skriver etaten at det har vært holdt «flere dialogmøter».")
    assert {a.speaker for a in found[2]} == {"Forsvarsbygg"}


def test_places_and_descriptions_around_an_english_name_are_not_the_speaker() -> None:
    """The person named is the speaker, not the place or the description around the name: "Megan Forsythe, a
    teacher from Aurora, Colorado, said", "In Punta Gorda, Tom Hastings, 58, said", "Former British number one
    Sarah Millington … said"; and "U.S." is never the "he" who said it."""
    found = _by_paragraph(
        "title: Storm\nlanguage: en\n\n"
        "Another analyst, who asked not to be named, said weekly U.S. prescription data had pointed to a shortfall. "
        "\"The numbers were there,\" he said.\n\n"
        "Megan Forsythe, a 29-year-old teacher from Aurora, Colorado, said she heard \"a really loud bang\".\n\n"
        "Farther north in Punta Gorda, Tom Hastings, 58, said the wind had peeled back part of his roof.\n\n"
        "Former British number one Sarah Millington, who is commentating for the BBC, said the draw was open.")
    assert "U.S" not in {a.speaker for a in found.get(0, [])}
    assert [a.speaker for p in (1, 2, 3) for a in found[p]] == ["Megan Forsythe", "Tom Hastings", "Sarah Millington"]


def test_the_body_named_by_two_of_its_own_words_is_that_body() -> None:
    """"the hurricane center said" after "The National Hurricane Center said" is the centre again, not an unnamed
    "The hurricane center" and not nobody."""
    found = _by_paragraph(
        "title: Omar\nlanguage: en\n\n"
        "The National Hurricane Center said Omar was a Category 4 storm.\n\n"
        "Storm surge of 8 feet had been recorded, the hurricane center said.")
    assert [a.speaker for a in found[1]] == ["National Hurricane Center"]


def test_she_is_the_unnamed_woman_the_paragraph_opened_with() -> None:
    """"En kvinne i 50-årene … ble stående ved skredet. Hun sier til NRK …" is the woman, not the avalanche
    forecaster named before; a woman described inside someone's own quote is not a candidate."""
    found = _by_paragraph(
        "title: Skred\n\n"
        "Snøskredvarsler Ingrid Hætta i NVE sier faren er stor.\n\n"
        "En kvinne i 50-årene som kom kjørende sørfra, ble stående ved skredet. Hun sier til NRK at hun aldri har "
        "sett noe lignende.\n\n"
        "– Det var snø så langt lysene rakk, sier hun.\n\n"
        "Passasjer Margit Løvoll sat i salongen.\n\n"
        "– Ei eldre dame ved sidan av meg datt og slo seg, fortel ho.")
    assert [a.speaker for p in (1, 2) for a in found[p]] == ["kvinnen i 50-årene", "kvinnen i 50-årene"]
    assert [a.speaker for a in found[4]] == ["Margit Løvoll"]


def test_a_party_after_the_name_that_follows_a_role_keeps_the_name() -> None:
    """"…, sier leder av bygningsrådet, Elin Aune (Ap)." is Elin Aune, with her party in brackets."""
    found = _by_paragraph(
        "title: Bolig\n\n"
        "Boligsjef Marit Dalen i Sit er bekymret.\n\n"
        "– Vi har godkjent alle byggesøknadene, sier leder av bygningsrådet, Elin Aune (Ap).")
    assert [a.speaker for a in found[1]] == ["Elin Aune"]


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    """'Coastline Airways said in a statement …. "We are deeply sorry," the statement said.' are the airline's
    words, though the second sentence names only the statement."""
    found = _by_paragraph(
        "title: Landing\nlanguage: en\n\n"
        "Coastline Airways said in a statement that the crew followed procedures.\n\n"
        "The FAA is investigating the incident.\n\n"
        "\"We are deeply sorry for the frightening experience,\" the statement said.")
    assert [a.speaker for a in found[2]] == ["Coastline Airways"]


def test_an_unnamed_jury_or_court_majority_speaks_by_that_word() -> None:
    """"skriv juryen", "Flertallet mener": a panel never named is credited as itself, as a reader would say it,
    and what it singles out ("trekkjer fram at") is its view."""
    found = _by_paragraph(
        "title: Pris\nlanguage: nn\n\n"
        "Skulen vann prisen i år.\n\n"
        "I grunngjevinga skriv juryen at skulen «har gjort lesing til ein fest».\n\n"
        "Juryen trekkjer fram at lesinga er ein del av kulturen.\n\n"
        "Høgsterett gav staten medhald, men fleirtalet meiner at lova er uklar.")
    assert [a.speaker for p in (1, 2, 3) for a in found[p]] == ["juryen", "juryen", "fleirtalet"]


def test_a_role_or_relative_closing_a_quote_is_the_person_the_narration_just_introduced() -> None:
    """"Landslagssjef Trond Eggen var rørt.\\n\\n– …, sier treneren.": nobody was called "trener", but a reader
    knows the coach is the man just introduced; a son is never the woman just introduced."""
    found = _by_paragraph(
        "title: Hopp\n\n"
        "Landslagssjef Trond Eggen var rørt etter konkurransen.\n\n"
        "– Sindre har jobbet knallhardt hele vinteren, sier treneren.")
    assert [a.speaker for a in found[1]] == ["Trond Eggen"]
    found = _by_paragraph(
        "title: Butikken\n\n"
        "Butikkeier Gudrun Moen (95) står fortsatt bak disken.\n\n"
        "– Jeg har prøvd å få henne til å ta fri, sier sønnen.")
    assert found.get(1, []) == []


def test_an_english_public_body_keeps_its_whole_name_and_its_unbracketed_acronym() -> None:
    """"The Centers for Disease Control and Prevention said …. the agency said …. The CDC said" is one body,
    named in full; "Captain Jordan Ashby" is Jordan Ashby; a cruise line is a company, so "the company" is it and
    not the public body named more often."""
    found = _by_paragraph(
        "title: Norovirus\nlanguage: en\n\n"
        "The Centers for Disease Control and Prevention said 187 passengers were ill. Tests confirmed norovirus, "
        "the agency said.\n\n"
        "Meridian Cruise Line said it had stepped up cleaning.\n\n"
        "\"Our guests come first,\" the Miami-based company said.\n\n"
        "The CDC said an epidemiologist had boarded the ship.\n\n"
        "Captain Jordan Ashby said the crew had worked around the clock.")
    cdc = "Centers for Disease Control and Prevention (CDC)"
    assert [a.speaker for p in (0, 2, 3, 4) for a in found[p]] == [cdc, "Meridian Cruise Line", cdc, "Jordan Ashby"]


def test_an_acronym_is_not_a_body_whose_words_it_does_not_open() -> None:
    """"The EU" is not the European Commission named before: its "U" opens no word of that name."""
    found = _by_paragraph("title: EU\nlanguage: en\n\n"
                          "The European Commission said it would act.\n\nThe EU said it had no comment.")
    assert [a.speaker for a in found[1]] == ["EU"]


def test_a_source_in_the_genitive_before_its_document_is_the_source() -> None:
    """"ifølge politiets rekonstruksjon", "Ifølge Statens vegvesens analyser": the police and the road authority,
    not a name "Politiets"; "sier pensjonisten" after "Arne Moen (71) … stemte ja." is Arne Moen."""
    found = _by_paragraph(
        "title: Ulykke\n\n"
        "Han kjørte i 120 kilometer i timen, ifølge politiets rekonstruksjon.\n\n"
        "Ifølge Statens vegvesens analyser var rus en faktor i hver femte dødsulykke.\n\n"
        "Arne Moen (71) har bodd i bygda hele livet og stemte ja.\n\n"
        "– Endelig. Nå har folk fått si sin mening, sier pensjonisten.")
    assert [a.speaker for p in (0, 1, 3) for a in found[p]] == ["Politiet", "Statens vegvesen", "Arne Moen"]


def test_an_english_body_is_named_by_what_it_is_and_by_the_last_word_of_its_name() -> None:
    """"fertiliser maker Fjellstrand Agri" is a firm, so "it said" later is the firm; "the patrol" is the Ohio State
    Highway Patrol named before; "The Dutch trade union FNV" is FNV, not "Dutch"."""
    found = _by_paragraph(
        "title: Ammonia\nlanguage: en\n\n"
        "Norwegian fertiliser maker Fjellstrand Agri said on Tuesday it would delay the plant.\n\n"
        "The plant was due to open in 2028. Fjellstrand now expects a decision in 2027, it said in a statement.\n\n"
        "The Dutch trade union FNV called the decision \"a slap in the face\".\n\n"
        "The Ohio State Highway Patrol said the driver died at the scene.\n\n"
        "The other children were taken to hospital, the patrol said.")
    assert [a.speaker for p in (1, 2, 4) for a in found.get(p, [])] == [
        "Fjellstrand Agri", "FNV", "Ohio State Highway Patrol"]


def test_the_ruling_in_an_appeal_story_is_the_appeal_courts() -> None:
    """The lead names the appeal court, a later paragraph the district court that ruled first: "dommen" is the
    appeal court's, and so where the paragraph says "lagmannsretten"."""
    found = _by_paragraph(
        "title: Bedrageri\n\n"
        "En tidligere bankrådgiver er dømt til fire års fengsel. Frostating lagmannsrett skjerper straffen.\n\n"
        "I Trøndelag tingrett ble han i fjor dømt til tre års fengsel. Begge parter anket.\n\n"
        "Det festet ikke lagmannsretten lit til. «Tiltalte har utnyttet tilliten», heter det i dommen.\n\n"
        "Det går fram av dommen at de fleste fornærmede var over 70 år.")
    assert [a.speaker for p in (2, 3) for a in found[p]] == ["Frostating lagmannsrett"] * 2


def test_a_title_inside_a_long_english_name_leaves_the_person_and_modifiers_name_nobody() -> None:
    """"Cuyahoga County Common Pleas Judge Maureen Castellano" is Maureen Castellano, "the judge" after; "Commander
    Lauren Pierce" is Lauren Pierce; "An Ohio man" and "two-year German notes" are no speakers."""
    found = _by_paragraph(
        "CLEVELAND (AP) — An Ohio man who spent 30 years in prison for a killing he has always said he did not "
        "commit walked out of a courthouse.\n\n"
        "Cuyahoga County Common Pleas Judge Maureen Castellano granted a motion for a new trial.\n\n"
        "The judge said the case had rested on the testimony of a teenager.\n\n"
        "\"Iran must release the ship,\" Commander Lauren Pierce, a Fifth Fleet spokesperson, said in a statement.\n\n"
        "Bonds rallied, with the yield on two-year German notes falling to 1.79%.")
    assert 0 not in found and 4 not in found
    assert [a.speaker for a in found[2]] == ["Maureen Castellano"]
    assert [a.speaker for a in found[3]] == ["Lauren Pierce"]


def test_the_club_is_no_league_and_the_university_is_no_union_named_after_it() -> None:
    """"the club" is Kingsbridge United though the Premier League is named more often; "the university" is
    Northbridge University, not the University and College Union (UCU), one body though its name has "and"."""
    found = _by_paragraph(
        "Kingsbridge United have sacked manager Paul Everett with the club second from bottom of the Premier League.\n\n"
        "Everett won promotion to the Premier League in 2024, but the Premier League season has gone badly.\n\n"
        "The club said it hoped to appoint a permanent successor in the coming weeks.\n\n"
        "Northbridge University plans to close its history courses.\n\n"
        "The University and College Union (UCU) said it would ballot members for industrial action.\n\n"
        "A spokesperson for the university said it had begun a consultation with the unions.")
    assert [a.speaker for a in found[2]] == ["Kingsbridge United"]
    assert [a.speaker for a in found[4]] == ["University and College Union (UCU)"]
    assert [a.speaker for a in found[5]] == ["Northbridge University"]


def test_saying_after_a_long_wire_clause_credits_the_clause_subject() -> None:
    found = _by_paragraph(
        "(Bloomberg) -- The European Central Bank lowered interest rates for the first time in more than a year, "
        "saying a slowdown in the euro-area economy gave it room to provide more support.")
    assert [a.speaker for a in found[0]] == ["European Central Bank"]


def test_an_expectation_is_a_view_and_a_quote_ending_in_a_name_is_not_its_speaker() -> None:
    """"Meteorologisk institutt venter at …" is the institute's forecast; "…, også MUNCH." ends the buyer's
    representative's quote with the museum's name, not with a verb and the painter."""
    found = _by_paragraph(
        "title: Munch solgt\nlanguage: no\n\n"
        "Meteorologisk institutt venter at vinden gradvis avtar utover lørdag.\n\n"
        "Edvard Munchs maleri ble solgt i London.\n\n"
        "Kjøperen ble representert av kunstrådgiver Sophie Laurent. Til Aftenposten sier hun:\n\n"
        "– Min klient er en stor beundrer av Munch. Vi er åpne for samtaler med museer, også MUNCH.")
    assert [a.speaker for a in found[0]] == ["Meteorologisk institutt"]
    assert [a.speaker for a in found[3]] == ["Sophie Laurent"]


def test_a_whole_capitalised_title_before_a_name_is_no_part_of_it_and_telling_reporters_credits_the_subject() -> None:
    """"Eskom Chief Executive Vusumuzi Radebe" is Vusumuzi Radebe, not someone called "Executive Vusumuzi
    Radebe"; "welcomed the decision, telling reporters that …" reports what the minister said."""
    found = _by_paragraph(
        "\"We are not going to sugar-coat it,\" Eskom Chief Executive Vusumuzi Radebe told a news conference.\n\n"
        "\"We will publish a daily outlook,\" Acme Chief Financial Officer Jane Doe told reporters.\n\n"
        "Portuguese Finance Minister Duarte Carvalhosa welcomed the decision, telling reporters that stable "
        "borrowing costs gave governments \"room to plan\".\n\n"
        "Carvalhosa welcomed the plan, telling the story of how her mother lost her savings in 2012.")
    assert [a.speaker for a in found[0]] == ["Vusumuzi Radebe"]
    assert [a.speaker for a in found[1]] == ["Jane Doe"]
    assert [a.speaker for a in found[2]] == ["Duarte Carvalhosa"]
    assert 3 not in found


def test_a_telephone_call_is_no_statement_but_calling_a_plan_something_is() -> None:
    """"her son, Tyler, 10, called her from a stranger's phone" credits the mother alone; "called the plan"
    and "called on the government to act" still report what was said."""
    found = _by_paragraph(
        "Amanda Kowalski said her son, Tyler, 10, called her from a stranger's phone minutes after the crash.\n\n"
        "Jon Smith called the plan \"a betrayal of every family on the estate\".\n\n"
        "Greens leader Ann Lee called on the government to act before the winter.")
    assert [a.speaker for a in found[0]] == ["Amanda Kowalski"]
    assert [a.speaker for a in found[1]] == ["Jon Smith"]
    assert [a.speaker for a in found[2]] == ["Ann Lee"]


def test_a_name_with_particles_a_title_abbreviation_or_an_office_before_it_is_the_person() -> None:
    """"Maarten van der Kolk" is one name (the "der" is no Norwegian "where"), "Dr. Celeste Amundsen" no
    "Dr", "Prince Talal" the Prince Talal bin Mansour named before, and "Dallas County District Attorney Howard
    Metzger" is Howard Metzger: a journalist asking "what did Metzger say?" must find every quote."""
    found = _by_paragraph(
        "\"We are being asked to plan a business,\" Chief Executive Officer Maarten van der Kolk said.\n\n"
        "Van der Kolk said the company had not been notified.\n\n"
        "Foot disease kills captive elephants, according to Dr. Celeste Amundsen, a veterinarian.\n\n"
        "Prince Talal bin Mansour said the cuts were needed.\n\n"
        "Prince Talal rejected suggestions that the group was ceding market share.\n\n"
        "Dallas County District Attorney Howard Metzger did not attend. In a statement, he said it \"was wrong\".\n\n"
        "\"The launch has been perfect,\" ISRO Chairman K. Raghunathan Iyer told scientists.")
    assert [[a.speaker for a in found[i]] for i in range(7)] == [
        ["Maarten van der Kolk"], ["Maarten van der Kolk"], ["Celeste Amundsen"], ["Prince Talal bin Mansour"],
        ["Prince Talal bin Mansour"], ["Howard Metzger"], ["K. Raghunathan Iyer"]]


def test_a_company_form_and_a_football_score_are_no_speech() -> None:
    """"Andalus Air SA, …" is no Norwegian "sa"; "Ashworth have conceded 26 goals" concedes nothing said."""
    found = _by_paragraph(
        "(Bloomberg) -- Andalus Air SA, Spain's fastest-growing carrier, agreed to buy 150 jets from Valmont.\n\n"
        "The club spent £85m on nine signings, but Ashworth have conceded 26 goals this season.\n\n"
        "Anna Lee conceded that the plan had failed.")
    assert 0 not in found and 1 not in found
    assert [a.speaker for a in found[2]] == ["Anna Lee"]


def test_a_norwegian_source_introduced_by_nationality_or_institution_abbreviation_or_a_lead_in() -> None:
    """"Norske Ingvild Ruud Halsnes" is Ingvild Ruud Halsnes (and "Halsnes jobber" no genitive), "ved Chr.
    Michelsens Institutt" where the researcher works, "Det bekrefter direktoratet overfor NRK" the directorate,
    and a short "Til NTB sier hun:" is a lead-in to her quote, not a crosshead."""
    found = _by_paragraph(
        "Utdanningsdirektoratet annullerer resultatene fra de nasjonale prøvene ved skolen.\n\n"
        "Det bekrefter direktoratet overfor NRK. Saken ble kjent i januar.\n\n"
        "Norske Ingvild Ruud Halsnes jobber som sykepleier i Freetown. Hun forteller til NTB at hun våknet av skudd.\n\n"
        "Forsker Jørund Kallestad ved Chr. Michelsens Institutt (CMI) sier kuppforsøket må ses i sammenheng.\n\n"
        "Selv tar Halsnes det hele med ro. Til NTB sier hun:\n\n"
        "– Vi holdt oss innendørs hele natten.")
    assert [[a.speaker for a in found[i]] for i in range(1, 6)] == [
        ["Utdanningsdirektoratet"], ["Ingvild Ruud Halsnes"], ["Jørund Kallestad"], ["Ingvild Ruud Halsnes"],
        ["Ingvild Ruud Halsnes"]]


def test_a_capitalised_word_opening_a_sentence_before_a_role_is_part_of_the_role() -> None:
    """"Defense attorney Garrett Pulaski" is a defense attorney, not any attorney."""
    result = attribute_article(parse_article("PONTIAC, Mich. (AP) — Defense attorney Garrett Pulaski said the boy "
                                             "was ill.", "a.txt"))
    assert {e.name: e.roles for e in result.entities}["Garrett Pulaski"] == frozenset({"defense attorney"})


def test_an_unnamed_volunteer_speaks_as_the_volunteer() -> None:
    """"One volunteer, who drove in from Shawnee, said …" is the volunteer, not the body named before."""
    found = _by_paragraph("The American Red Cross opened a shelter at the high school.\n\n"
                          "One volunteer, who drove in from Shawnee with a chain saw, said he had stopped counting the "
                          "trees. \"You just pick a street and start cutting,\" he said.")
    assert {a.speaker for a in found[1]} == {"the volunteer"}


def test_an_ordinary_word_before_a_given_name_is_what_the_person_is_not_the_name() -> None:
    """"Lensmann Gudrun Flatmo" is Gudrun Flatmo, whom "lensmannen" asks for; "Stein Erik Hagen" keeps his name."""
    raw = ("Lensmann Gudrun Flatmo i Nord-Gudbrandsdal er uenig.\n\n"
           "– Lokalkunnskapen forsvinner, sier Flatmo.\n\n"
           "Stein Erik Hagen sier han støtter forslaget.\n\n"
           "Bonde Torleiv Hauge meiner det er trist.")
    found = _by_paragraph(raw)
    assert [[a.speaker for a in found[i]] for i in (1, 2, 3)] == [["Gudrun Flatmo"], ["Stein Erik Hagen"],
                                                                  ["Torleiv Hauge"]]
    roles = {e.name: e.roles for e in attribute_article(parse_article(raw, "a.txt")).entities}
    assert roles["Gudrun Flatmo"] == {"Lensmann", "Lensmann i Nord-Gudbrandsdal"}


def test_english_offices_before_a_name_and_a_name_opening_what_was_said() -> None:
    """"State Sen. Brock Tullemans" and "Attorney General Dalton Greaves" are the people, "the chief justice"
    is the one named so, and in "X said Featherstone had been underrated" Featherstone is what was said."""
    raw = ("title: Court\nlanguage: en\n\nThe court struck down the law on Friday.\n\n"
           "Writing for the majority, Chief Justice Adelaide Sorensen-Kipp said the state had failed.\n\n"
           "The chief justice noted that more than 8,000 people registered on Election Day.\n\n"
           "Attorney General Dalton Greaves, a Republican, said he was disappointed by the ruling.\n\n"
           "State Sen. Brock Tullemans, the Billings Republican, said he would introduce an amendment.\n\n"
           "Former England spinner Gareth Mulholland, speaking on the radio, said Featherstone had been underrated.")
    found = _by_paragraph(raw)
    assert [[a.speaker for a in found[i]] for i in range(1, 6)] == [
        ["Adelaide Sorensen-Kipp"], ["Adelaide Sorensen-Kipp"], ["Dalton Greaves"], ["Brock Tullemans"],
        ["Gareth Mulholland"]]
    roles = {e.name: e.roles for e in attribute_article(parse_article(raw, "a.txt")).entities}
    assert "attorney general" in roles["Dalton Greaves"]


def test_a_definite_noun_that_credits_a_quote_is_a_role_of_its_speaker() -> None:
    """"seier skipperen" after "Skipper Jostein Rønstad fortel …" (a word the role lists lack): he is the skipper,
    whom "Kva sa skipperen?" asks for."""
    result = attribute_article(parse_article(
        "title: Fiskebåt sokk\n\nBåten sokk natt til tysdag.\n\n"
        "Skipper Jostein Rønstad fortel at det gjekk svært fort.\n\n– Vi prøvde å lense, seier skipperen.",
        "a.txt"))
    assert [a.speaker for a in result.attributions] == ["Jostein Rønstad", "Jostein Rønstad"]
    assert {e.name: e.roles for e in result.entities}["Jostein Rønstad"] == {"skipperen"}


def test_a_body_whose_name_holds_and_is_one_speaker() -> None:
    """"The Food and Drug Administration said" is the FDA (not "Drug Administration"), and "the agency" after it
    too; "the federal Mine Safety and Health Administration" is one body, not two speakers."""
    raw = ("title: Shortage\nlanguage: en\n\nHospitals are rationing the antibiotic.\n\n"
           "The Food and Drug Administration said the shortage would last until the autumn.\n\n"
           "The agency said it expected conditions to improve in the coming months.\n\n"
           "The federal Mine Safety and Health Administration said it had closed the section of the mine.")
    found = _by_paragraph(raw)
    assert [[a.speaker for a in found[i]] for i in (1, 2, 3)] == [
        ["Food and Drug Administration"], ["Food and Drug Administration"], ["Mine Safety and Health Administration"]]


def test_a_definite_noun_is_the_body_it_described_before() -> None:
    """"det tyrkiske katastrofebyrået AFAD. Byrået melder …": AFAD both times, not a second body "Byrået"."""
    found = _by_paragraph("title: Skjelv\n\nMinst 140 er døde.\n\nSkjelvet inntraff klokken 3.14, opplyser det "
                          "tyrkiske katastrofebyrået AFAD. Byrået melder at over 300 bygninger har kollapset.")
    assert [a.speaker for a in found[1]] == ["AFAD"]


def test_the_unnamed_mother_of_someone_known_by_age_speaks_as_herself() -> None:
    """"Moren til 16-åringen skriver …. Til DT sier hun:" is the mother both times (not the youth worker quoted
    before), and "En 19 år gammel kvinne" stays the 19-year-old, not a misspelling of "16-åringen"."""
    raw = ("title: Knivstikking\n\nEn 16-åring ble knivstukket lørdag.\n\n"
           "En 19 år gammel kvinne forteller at hun hjalp til.\n\n"
           "Utekontakt Yasmin Ali sier at mange ungdommer er redde.\n\n"
           "Moren til 16-åringen skriver på Facebook at sønnen er «heldig som lever».\n\n"
           "Til DT sier hun:\n\n– Jeg vil at folk skal vite at han er en snill gutt. Han var på vei hjem fra trening.")
    found = _by_paragraph(raw)
    assert [[a.speaker for a in found[i]] for i in (1, 2, 3, 4, 5)] == [
        ["19-åringen"], ["Yasmin Ali"], ["moren til 16-åringen"], ["moren til 16-åringen"], ["moren til 16-åringen"]]


def test_the_company_is_the_firm_the_story_is_about() -> None:
    """"Kestrel did not respond …, the company said" is Kestrel Minerals (a mining firm), not Norges Bank, the
    central bank named since; in "Havbrekk Shipping has ordered … from Daeyang Heavy Industries …, the company
    said" the company is the sentence's subject, Havbrekk Shipping."""
    found = _by_paragraph(
        "title: Fund\nlanguage: en\n\n"
        "Norway's wealth fund will exclude London-listed Kestrel Minerals, the Council on Ethics said on Tuesday.\n\n"
        "Norges Bank, which manages the fund, said it followed the council's advice.\n\n"
        "Kestrel did not immediately respond. Later on Tuesday, the company said in a statement that it was "
        "disappointed.\n\n"
        "Havbrekk Shipping has ordered six vessels from South Korea's Daeyang Heavy Industries for about $540 million, "
        "the company said on Tuesday.")
    assert [[a.speaker for a in found[i]] for i in (1, 2, 3)] == [
        ["Norges Bank"], ["Kestrel Minerals"], ["Havbrekk Shipping"]]


def test_a_measure_estimated_at_a_figure_is_not_a_speaker() -> None:
    """"a rating of EF4, with winds estimated at 170 mph, said Dale Hutchins": Hutchins speaks, not "EF4"
    ("estimated at" values something; "Kolstad estimated that …" still reports)."""
    found = _by_paragraph(
        "title: Tornado\nlanguage: en\n\nNine people died.\n\n"
        "The strongest tornado was given a preliminary rating of EF4, with winds estimated at 170 mph, said Dale "
        "Hutchins, a meteorologist.\n\nKolstad estimated that the damage would cost millions.")
    assert [[a.speaker for a in found[i]] for i in (1, 2)] == [["Dale Hutchins"], ["Kolstad"]]


def test_a_lead_in_line_standing_alone_opens_the_quote_below_it() -> None:
    """"Til NRK sier han:" on its own line looks like a crosshead, but the quote under it is his words."""
    found = _by_paragraph(
        "title: Svindel\n\nRådgiveren ble dømt for å ha lurt eldre kunder.\n\n"
        "Forsvarer Petter Sjåstad sier at dommen blir anket.\n\n"
        "En av dem er Arne Kvam (81) fra Orkanger. Han tapte nesten 900.000 kroner.\n\nTil NRK sier han:\n\n"
        "– Jeg stolte på ham som på en sønn. Han satt ved kjøkkenbordet vårt og drakk kaffe.")
    assert [[a.speaker for a in found.get(i, [])] for i in (3, 4)] == [["Arne Kvam"], ["Arne Kvam"]]


def test_an_english_first_name_given_an_age_is_a_person_who_speaks() -> None:
    """"Callum, 19, from Sunderland, who asked that his surname not be used" is quoted as "he said"."""
    found = _by_paragraph(
        "title: Lonely\nlanguage: en\n\nA third of young people feel lonely, a report finds.\n\n"
        "Callum, 19, from Sunderland, who asked that his surname not be used, dropped out of university.\n\n"
        "\u201cI\u2019d go days without saying a word out loud to anyone,\u201d he said.")
    assert [a.speaker for a in found[2]] == ["Callum"]


def test_a_capitalised_cue_word_inside_a_name_is_part_of_the_name() -> None:
    """"The Economic Community of West African States (ECOWAS) … said": "States" ends the body's name, it is
    not the verb "states" with "…West African" as its subject."""
    found = _by_paragraph(
        "title: Coup\nlanguage: en\n\nGambia says a coup attempt was foiled.\n\n"
        "The Economic Community of West African States (ECOWAS), which has kept a force in Gambia since 2017, said "
        "its troops had helped secure key sites.")
    assert [a.speaker for a in found[1]] == ["Economic Community of West African States (ECOWAS)"]


def test_an_office_in_two_parts_before_a_name_and_the_armed_forces_in_lower_case() -> None:
    """"sier direktør for økonomi og virksomhetsstyring Tone Helland" names her (the "og" joins the office's
    parts); "opplyser forsvaret i en pressemelding" is the armed forces, written in lower case."""
    found = _by_paragraph(
        "title: Sykehus\n\nSykehuset blir forsinket.\n\n"
        "– Vi forventer en realistisk plan, sier direktør for økonomi og virksomhetsstyring Tone Helland i Helse "
        "Sør-Øst.\n\nF-35 vil fly sør for Ørland fredag, opplyser forsvaret i en pressemelding.")
    assert [[a.speaker for a in found[i]] for i in (1, 2)] == [["Tone Helland"], ["Forsvaret"]]
