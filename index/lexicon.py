"""The words and patterns of news attribution: speech cues, sources, names, roles, outlets.

Bokmål, nynorsk and English. The rules that use them live in index/attribution.py; a convention
is usually a word added here, then a test in tests/test_attribution.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_NORWEGIAN

from index.articles import KICKER, PHOTO_CREDIT
from index.lexical import glossary_pairs


ASSERT = ("sier seier sa sagt forteller fortalte fortel påstår påsto hevder hevdet hevda mener meiner mente meinte "
          "uttaler uttalte skriver skrev skriv opplyser opplyste opplyses kaller kalte understreker understreket "
          "svarer svarte advarer advarte avslørte avslører rapporterte rapporterer melder meldte tror trur varsler "
          "varslet forklarer forklarte konstaterer konstaterte beskriver beskrev erkjenner innrømmer innrømmet påpeker påpekte "
          "presiserer presiserte argumenterer kommenterer omtaler synes syns anbefaler krever spør spurte "
          "konkluderer konkluderte kritiserer kritiserte kritisert omtalte annonserte annonserer erklærte erklærer uttrykker uttrykte "
          "etterlyser etterlyste siterer siterte fastslår fastslo fastslått fremholder fremholdt avslørt signaliserer signaliserte "
          "foreslår foreslo medgir medgikk avslutter beklager beklaget ber opplyst uttalt skrevet fortalt meldt påstått forklart "
          "fastholder fastholdt oppgir oppga tvitret tvitrer twitret forsikrer forsikret antyder antydet kunngjorde kunngjør spår spådde "
          "erkjente krevd krevde anklaget oppfordrer oppfordret advart karakteriserer karakteriserte karakterisert fordømmer fordømte "
          "said says say told tells claimed claims added adds warned warns revealed reveals reported reports wrote "
          "writes argued argues insisted insists stated states explained explains noted notes acknowledged admitted "
          "believes thinks called calls urged urges announced announces saying "
          "kommenterte anbefalte argumenterte syntes begrunner begrunnet grunngjev grunngav erfarer erfarte "
          "utdyper utdypet utdypa poengterer poengterte utelukker utelukket beskylder beskyldte gjentar gjentok refser refset").split()
# "Ruud also pointed to the risk …", "She pointed out that …"
ENGLISH_POINTING = {"pointed to", "points to", "pointed out", "points out"}
# More English reporting verbs of wire copy ("Kolstad estimated that …", "she recalled", "Lee stressed"). Most take
# an object ("accused the ministry of …"), so the noun after one is never its speaker unless it closes a quote.
ENGLISH_TRANSITIVE = ("estimated estimates predicted predicts suggested suggests accused accuses maintained maintains alleged "
           "alleges contended contends stressed stresses emphasised emphasized emphasises emphasizes cautioned "
           "cautions asserted countered replied replies responded testified recalled recalls indicated disclosed "
           "complained complains criticised criticized criticises criticizes declared declares remarked signalled "
           "signaled expects hopes fears vowed vows promised pledged reiterated conceded concedes admits "
           "acknowledges disputed disputes believed feared hoped blamed blames").split()
ASSERT += [w for w in ENGLISH_TRANSITIVE if w not in ("disputed", "disputes")]
# English puts the speaker before the verb; only a closing cue inverts ("…," said the minister). "A government
# spokesperson said councils in England would …": the councils are what was said, not who said it.
ENGLISH_CUES = set(ENGLISH_TRANSITIVE) | set(
    "said says say told tells claimed claims added adds warned warns revealed reveals reported reports wrote writes "
    "argued argues insisted insists stated states explained explains noted notes acknowledged admitted believes "
    "thinks called calls urged urges announced announces confirmed confirms denied denies rejected rejects".split()) | \
    ENGLISH_POINTING
# Nynorsk forms that differ from bokmål ("Ho peikar på at …", "understrekar ordføraren").
ASSERT += ("hevdar understrekar understreka påpeikar påpeika forklarar svarar åtvarar åtvara varslar varsla "
           "fortalde tilrår krev skreiv spurde trudde tykkjer synest uttalar skildrar beklagar oppmodar oppmoda "
           "påstod kravde svara").split()
CONFIRM = ("medga medgav bekrefter bekreftet bekrefta stadfester stadfesta stadfestar vedgår vedgått vedgikk vedgjekk innrømt innrømte erkjent "
           "confirmed confirms").split()
DENY = ("avviser avviste avvist benekter benektet tilbakeviser tilbakeviste dementerer denied denies rejected rejects "
        "disputed disputes dementerte avvisar benekta").split()
MULTI = {"legger til": "asserts", "la til": "asserts", "legger til grunn": "asserts", "la til grunn": "asserts",
         "lagt til grunn": "asserts", "legg til grunn": "asserts", "viser til": "asserts", "viste til": "asserts",
         "vist til": "asserts", "henviste til": "asserts",
         "henviser til": "asserts", "får bekreftet": "confirms", "fikk bekreftet": "confirms",
         "heter det": "asserts", "står det": "asserts", "skal ha sagt": "asserts", "nekter for": "denies",
         "slår fast": "asserts", "slo fast": "asserts", "slått fast": "asserts",
         "nektet for": "denies", "fått opplysninger om": "asserts", "vurderer at": "asserts",
         "vurderte at": "asserts", "mistenker at": "asserts", "mistenkte at": "asserts", "viser at": "asserts",
         "viste at": "asserts", "langet ut mot": "asserts", "langer ut mot": "asserts", "ba om": "asserts",
         "truet med": "asserts", "truer med": "asserts", "påpekes det": "asserts", "understrekes det": "asserts",
         "hevdes det": "asserts", "fremgår det": "asserts", "håper at": "asserts", "påstå": "asserts",
         "hevde": "asserts", "uttrykt støtte": "asserts", "uttrykker støtte": "asserts",
         "uttrykte støtte": "asserts", "pekte på": "asserts", "peker på": "asserts", "pekt på": "asserts", "insisterer på": "asserts",
         "insisterte på": "asserts", "regner med at": "asserts", "regnet med at": "asserts", "sikter til": "asserts",
         "siktet til": "asserts", "ønsker at": "asserts", "ønsket at": "asserts", "frykter at": "asserts",
         "fryktet at": "asserts", "tviler på": "asserts", "tvilte på": "asserts", "går inn for": "asserts",
         "gikk inn for": "asserts", "tar til orde for": "asserts", "tok til orde for": "asserts",
         # "Kulturministeren minnes ham som en av de fremste": how someone remembers the dead is what they said
         **{f"{verb} {whom} som": "asserts" for verb in ("minnes", "minnest", "husker", "hugsar")
            for whom in ("ham", "han", "henne", "ho", "dem", "dei")},
         "husker at": "asserts", "husket at": "asserts", "hugsar at": "asserts", "tatt til orde for": "asserts",
         "tek til orde for": "asserts", "teke til orde for": "asserts",
         **{f"{verb} {how}": "asserts" for verb in ("reagerer", "reagerte", "reagerar") for how in ("sterkt", "kraftig")},
         "tar avstand fra": "denies", "tok avstand fra": "denies", "reagerer på": "asserts", "reagerte på": "asserts",
         "gir uttrykk for": "asserts", "ga uttrykk for": "asserts", "gitt uttrykk for": "asserts",
         "gjort det klart at": "asserts", "gjorde det klart at": "asserts", "gjør det klart at": "asserts",
         "informerte om at": "asserts", "informerer om at": "asserts", "informert om at": "asserts",
         "minner om at": "asserts", "minnet om at": "asserts", "minnte om at": "asserts", "minte om at": "asserts",
         "ville vite": "asserts", "skjul på": "asserts",
         "anslår at": "asserts", "anslo at": "asserts", "bedyrer": "asserts", "bedyret": "asserts",
         "venter at": "asserts", "ventet at": "asserts", "ventar at": "asserts", "venta at": "asserts",
         "føler at": "asserts", "følte at": "asserts", "føler seg trygg på at": "asserts",
         "følte seg trygg på at": "asserts",
         "peikar på": "asserts", "peika på": "asserts", "fryktar at": "asserts", "frykta at": "asserts",
         "håper": "asserts", "håpar": "asserts", "frykter": "asserts", "fryktet": "asserts", "fryktar": "asserts",
         **{f"{verb} {what}": "asserts" for verb, what in (
             ("snakker", "varmt om"), ("snakket", "varmt om"), ("roper", "varsko"), ("ropte", "varsko"),
             ("roper", "varsku"), ("ropte", "varsku"),
             ("slår", "tilbake mot"), ("slo", "tilbake mot"))},
         **{f"{verb} {how}ut mot": "asserts" for verb in ("går", "gikk", "gått", "gjekk") for how in ("hardt ", "kraftig ", "")},  # "Alnes håper Stortinget tar opp saken": no "at" needed
         # "Juryen trekkjer fram at lesinga er ein del av kulturen": what a jury or report singles out is its view
         **{f"{verb} {way} at": "asserts" for verb in ("trekker", "trakk", "trekkjer", "trekte", "trekk")
            for way in ("fram", "frem")},
         "nekter straffskyld": "denies", "nektet straffskyld": "denies", "nekta straffskyld": "denies",
         "håpar at": "asserts", "håpet at": "asserts", "håpa at": "asserts", "trodde at": "asserts", "ønskjer at": "asserts", "ynskjer at": "asserts", "reagerar på": "asserts",
         **{f"har {how} {belief} på": "asserts" for how in ("liten", "lita", "lite", "stor", "ikke", "ikkje", "god")
            for belief in ("tro", "tru")}}  # "Pedersen har lita tru på at høyringa vil endre mykje"
# "forstår at": a view only when its holder is the whole subject ("Treneren forstår at …"), not in
# "Politiet fikk meldingen om at han skjønte at …"
UNDERSTANDS = {"forstår at", "forsto at", "skjønner at", "skjønte at"}
MULTI.update({cue: "asserts" for cue in UNDERSTANDS | ENGLISH_POINTING})
_SHOWN_BY = {f"{verb} {way} av" for verb in ("går", "gikk", "gått") for way in ("fram", "frem")}  # "Det går fram av dommen"
MULTI.update({cue: "asserts" for cue in _SHOWN_BY})
# "Det kommer fram i en rapport fra Utdanningsdirektoratet": the document's author
_COMES_OUT_IN = {f"{verb} {way} i" for verb in ("kommer", "kom", "kjem") for way in ("fram", "frem")}
MULTI.update({cue: "asserts" for cue in _COMES_OUT_IN})
MULTI.update({f"{verb} ned påstand": "asserts" for verb in ("la", "legger", "lagt", "legg")})  # the prosecutor's claim
# Wishes, expectations and feelings that state a view without "at": "Hurtigruten ønsker seg et forbud",
# "Njoya gleder seg ekstra mye", "Bjervig føler seg rimelig trygg", "Casado håpte på et bedre resultat"
MULTI.update({cue: "asserts" for cue in (
    "ønsker seg", "ønsket seg", "gleder seg", "gledet seg", "forventer at", "forventet at", "håpte", "reagert på",
    "føler seg", "følte seg", "har fått nok av", "vil ha seg frabedt")})
CUES: dict[str, str] = {**{w: "asserts" for w in ASSERT}, **{w: "confirms" for w in CONFIRM},
                       **{w: "denies" for w in DENY}, **MULTI}
SOURCE_CUES = {"ifølge", "ifølgje", "i følge", "lfølge", "according to"}  # "lfølge": a common typo
OUTLET_CUES = {"skriver", "skrev", "skriv", "skrevet", "siterer", "siterte", "rapporterte", "rapporterer", "melder", "meldte", "reported", "reports",
               "erfarer", "erfarte",
               "wrote", "writes"}
# "Det har ikke lyktes DN å få en kommentar fra X", "NRK har ikke fått svar fra X": X has not answered
UNREACHED = re.compile(r"\bikke\s+(?:lyktes|lykkes|fått|klart|nådd)\b[^.]{0,60}?\b(?:kommentar|svar|kontakt)\s+(?:fra|med)\s+")
DECLINE = re.compile(
    r"(?:ikke\s+(?:har\s+)?(?:ønsket|ønsker|villet|vil|ville|kunnet|kan|hatt\s+anledning\s+til)\s+å\s+"
    r"(?:kommentere|uttale\s+seg|svare|gi\s+\w+\s+informasjon)|ikk(?:e|je)\s+(?:besvart\b|kommentert\b|svart(?=\s+(?:på|i|til)\b|\s*[,.]))|"
    r"ikkje\s+(?:har\s+)?(?:ønskt|ville|kunna|hatt\s+høve\s+til)\s+å\s+(?:kommentere|uttale\s+seg|svare)|ikke\s+(?:har\s+)?uttalt\s+seg|(?:kan|kunne)\s+ikke\s+kommentere|declined\s+to\s+(?:comment|elaborate|say)|"
    r"(?:vil|ville|kan|kunne|ønsker|ønsket)\s+(?:[^\s,.;:]+\s+){0,3}?(?:verken|hverken|korkje)\s+bekrefte\s+eller\s+avkrefte|"
    r"(?:vil|ville|ønsker|ønskjer)\s+(?:[^\s,.;:]+\s+){0,2}?ikk(?:e|je)\s+(?:å\s+)?spekulere|"
    r"(?:vil|ville)\s+ikk(?:e|je)\s+ta\s+stilling\s+til|(?:ønskjer|ynskjer)\s+ikkje\s+å\s+kommentere|"
    r"(?:did|would|could)\s+not\s+(?:comment|respond|return\s+(?:\w+\s+)?(?:calls?|requests?|messages?|emails?))|no\s+comment|rakk\s+ikke\s+å\s+svare|"
    r"(?:har|hadde|has|had)\s+(?:ingen|ikke\s+noen|no)\s+(?:videre\s+|further\s+)?(?:kommentar(?:er)?|comment)\b|"
    r"(?:ønsket|ønsker|vil|ville)\s+(?:[^\s,.;:]+\s+){0,5}?ikk(?:e|je)\s+(?:å\s+)?(?:gå\s+(?:nærmere\s+)?inn\s+(?:på|i)\b|gå\s+ut\s+med|"
    r"svare\s+på|bekrefte|kommentere|uttale\s+seg|gi\s+(?:noen\s+|flere\s+)?opplysninger|opplyse\b|"
    r"(?:si|seie)\s+(?:noe|noko|mye|mykje|hva|kva|hvor|kor|hvem|kven|om)\b|snakke\s+(?:\w+\s+){0,2}?om\b|stille\s+til\s+intervju))",
   re.IGNORECASE)
DENIAL_WORDS = re.compile(r"\b(?:usant|falsk\w*|løgn\w*|feilaktig\w*|uriktig\w*|grunnløs\w*|tøv|oppspinn|"
                          r"oppkonstruert|uforstående|stemmer\s+ikke|ikke\s+riktig|ikke\s+sant|ikke\s+skyldig|"
                          r"(?:erkjenner\s+ikke|ikke\s+erkjenner)\s+straffskyld|ikkje\s+straffskuld|untrue|false|fake|inaccurate|"
                          r"not\s+true|not\s+guilty|lies?|baseless|groundless|nonsense)\b",
                          re.IGNORECASE)

# First names whose gender a pronoun can rule out ("sa hun" is not Jeremy Corbyn); others fit either.
FEMALE = set(("anna anne anette ane astrid bente berit camilla cecilie dorthe elin elisabeth ellen emma erna eva "
              "grete guri gro hanne hege heidi helen helene helle hilde ida ine ingrid ingvild inger jenny "
              "julie karen kari karin kirsten kristin laila lene linda line lisa liv marianne marit mary maria mette "
              "monica nina ragnhild randi rita sara sarah siri siv solveig sylvi tone trine turid unni vigdis "
              "theresa angela hillary kamala nancy ursula jacinda sanna greta anniken hadia guri jette janne ikuko "
              "tonje maren marte mona kjersti hanna åse").split())
MALE = set(("jonas erling ole ola lars hans per paul peter john james michael tom terje trygve jens kjell olav odd "
            "arne bjarne bjørn knut nils sverre svein tor geir rune morten martin erik thomas andreas anders "
            "magnus henrik harald kristian christian christopher greg boris donald joe vladimir dmitrij dmitry "
            "elon bradley bob volodymyr xi jeremy sadiq vegard hans-christian andrew scott mohamed pål halvor "
            "abid kjell-morten jan frank daniel david mark steven stephen robert richard").split())
_DATA = Path(__file__).parent / "data"
# Common given names by sex (Nordic first, then European, Slavic in both transliterations, Arabic, Persian,
# Somali, Urdu); names used for both sexes, or that are also ordinary words, are left out of the lists.
# The *_census lists add the US Census 1990 given names (tools/census_first_names.py) that are neither
# English words nor common surnames: "Darlene Whitcomb, 67, of Dayton, Ohio" is a person.
FEMALE |= {w for f in sorted(_DATA.glob("first_names_female*.txt")) for w in f.read_text("utf-8").split()} - MALE
MALE |= {w for f in sorted(_DATA.glob("first_names_male*.txt")) for w in f.read_text("utf-8").split()} - FEMALE
FIRST_NAMES = FEMALE | MALE
# Norwegian given names that are also ordinary words, so the lists leave them out: "Stein Erik Hagen" is a name
WORD_NAMES = {"dag", "stein", "gry", "sol", "storm", "ørn", "vår", "ask", "eir", "lykke", "frøy", "skog", "berg"}
# The bokmål words of the two dictionaries (index/data): "Lensmann Gudrun Flatmo" opens with a word, not a name
DICTIONARY_WORDS = frozenset(
    word for name in ("freedict_en_nb.tsv", "glossary_en_nb.tsv") for renderings in glossary_pairs(name).values()
    for word in renderings.split() if word.isalpha() and word.islower() and len(word) > 2
) - WORD_NAMES - FIRST_NAMES


def role_word(word: str) -> bool:
    """A word that may say what someone is: not a function word ("Ifølge Kari Hansen", "For Kari Hansen")."""
    lower = word.lower()
    return lower not in STOPWORDS_NORWEGIAN and lower not in STOPWORDS_EN and lower not in SOURCE_CUES


def word_before_name(tokens: list[str]) -> bool:
    """"Lensmann Gudrun Flatmo", "Pensjonist Bjørg Hansen (78)": an ordinary word before a given name and a
    surname says what the person is; it is no part of the name (role lists never hold every such word)."""
    return len(tokens) > 2 and tokens[0].lower() in DICTIONARY_WORDS and tokens[1].lower() in FIRST_NAMES


# "i Malvik", "utenfor Namsos", "in Aberdeen": a place or an organisation follows, not a person.
PLACE_BEFORE = re.compile(r"\b(?:i|på|in|utenfor|ved|nær|near)\s+$")  # not "at": Norwegian "that"
LOCATED_BEFORE = re.compile(r"\b(?:i|på|in|utenfor|ved|nær|near|fra|frå|from)\s+$")  # "en gutt fra Bergen"
# "Arbeiderpartiet Jonas Gahr Støre": a definite noun or a genitive is no first name.
NOT_A_FIRST_NAME = re.compile(r"^(?:\w{4,}(?:et|en|ene)|\w{7,}a|\w{4,}s|[A-ZÆØÅ]{2,}\d*)$")
# "on Whitby's Pier Road", "of the Harbour Fry", "med Ola Nordmann": the object of a preposition is no
# sentence subject, so a "she" or "hun" later on does not point back to it. Not "at" (Norwegian "that") nor
# "om" ("rykter om at Neil Young hadde …").
_NAME_WORDS = r"[A-ZÆØÅ][\w.'’-]*(?:\s+[A-ZÆØÅ][\w.'’-]*){0,3}"
PREPOSITION_BEFORE = re.compile(
    r"\b(?:i|på|til|fra|med|hos|mot|av|for|in|on|of|to|from|with|by|about)\s+"
    rf"(?:{_NAME_WORDS}(?:,\s+{_NAME_WORDS})*\s+(?:og|and)\s+)?"  # "spilt av Stephan James, Bobby Cannavale og …"
    r"(?:(?:the|a|den|det)\s+)?(?:[A-ZÆØÅ][\w-]*(?:'s|’s)\s+)?$")
PRONOUNS = {"han": "m", "hun": "f", "ho": "f", "de": "p", "dei": "p", "he": "m", "she": "f", "they": "p"}
NOT_NAMES = set(("FOTO Foto Kilder Kjelder Kildene Kjeldene Han Hun Ho De Dei Det Den Da Nå Når Dette Denne Disse I På Men Og Etter Ifølge Ifølgje Også Under "
                 "Før Som Om Til Overfor Ovenfor Med Mens For Fra Frå Hvis Dersom Selv Likevel Samtidig Derfor Her Der Vi Jeg Eg Du "
                 "Dere Kva Hva Hvem Kven Alle Flere Mange Noen Ingen Blant Sent Seint Både Enten Ikke Ikkje Hvordan Korleis "
                 "Gjennom Ved Uten Mot Mellom Siden Ja Nei Kanskje Så Sist Neste Tidligere Nylig Fredag Lørdag "
                 "Søndag Mandag Tirsdag Onsdag Torsdag He She It They We I You The A An And But In On At "
                 "Heller Rundt Cirka Omkring Nesten Bare Kun Ettersom Fordi Dessuten Imidlertid Derimot Deretter Dermed Først Slik Hverken Verken "
                 "After Before When While If As For From By With Yes No This That These Those There Here "
                 # English months ("in December" is no place or body); not May, a surname
                 "Every Each Several Others Other Some Most Many Another Such Analysts Economists "
                 # nynorsk function words that open sentences ("Då Marte Rysstad kom heim …")
                 "Då Kvifor Difor Viss Berre Sjølv Fleire Nokre Nokon Medan Utan Òg Eit Ein Ei Sidan Kor "
                 # English participles opening a sentence ("Asked about the fund's holding, Halvorsen declined …")
                 "Asked Speaking Responding Commenting Writing Reacting Pressed "
                 "According Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
                 "January February March April June July August September October November December").split())
OUTLETS = {"NRK", "VG", "Dagbladet", "Aftenposten", "Bergens Tidende", "BT", "Dagens Næringsliv", "DN", "TV 2",
          "TV2", "NTB", "AP", "Reuters", "AFP", "Bloomberg", "CNN", "BBC", "The Wall Street Journal",
          "The New York Times", "The Washington Post", "Financial Times", "The Guardian", "Forbes",
          "Klassekampen", "Nettavisen", "E24", "Adresseavisen", "Fædrelandsvennen", "Stavanger Aftenblad",
          "Aftonbladet", "Expressen", "Dagens Nyheter", "Svenska Dagbladet", "Interfax", "Tass", "TASS",
          "Filter Nyheter", "Medier24", "Resett", "Parat24", "Sarpsborg Arbeiderblad", "Vårt Land", "Dagsavisen",
          "Nationen", "Bladet Vesterålen", "iTromsø", "Nordlys", "Romerikes Blad", "Avisa Nordland", "ABC Nyheter",
          "Document", "Khrono", "Morgenbladet", "Sky News", "The Times", "Politico", "Axios", "Associated Press",
          "New York Times", "Washington Post", "Wall Street Journal", "Kicker", "Bild", "Marca", "L'Équipe",
          "Gazzetta dello Sport", "Politiken", "Berlingske", "Jyllands-Posten", "Ekstra Bladet", "Le Monde",
          "Der Spiegel", "Spiegel", "Süddeutsche Zeitung", "Frankfurter Allgemeine Zeitung", "The Telegraph",
          "The Independent", "Daily Mail", "The Sun", "USA Today", "Al Jazeera", "Yle", "SVT", "DR", "NHK",
          "Xinhua", "RIA Novosti", "Sputnik", "Ritzau", "TT", "DPA", "Bloomberg News", "CNBC", "Fox News",
          "NBC", "ABC News", "CBS News", "NPR", "The Atlantic", "The Economist", "Le Figaro", "El País"}
# Descriptions that refer back to the last entity of a kind ("Avisen" = the paper named before).
OUTLET_WORDS = {"avisen", "avisa", "bladet", "magasinet", "nyhetsbyrået", "kanalen", "nettstedet", "nettavisen",
                "lokalavisen", "lokalavisa", "riksavisen", "kringkasteren", "tv-kanalen", "the newspaper",
                "the paper", "the agency", "the magazine", "the broadcaster", "the outlet"}
# "the patrol said": a body only where the article has named one whose name ends in the word
BODY_NOUNS = ("patrol", "district", "commission", "board", "hospital", "school", "service", "office", "centre", "center",
              "society", "network", "alliance", "coalition")
ORG_WORDS = {"selskapet", "firmaet", "konsernet", "klubben", "forbundet", "partiet", "departementet", "kommunen",
             "gruppen", "stiftelsen", "foreningen", "bevegelsen", "hjelpeorganisasjonen",
             "direktoratet", "etaten", "organisasjonen", "banken", "rederiet", "verftet", "bedriften", "kjeden",
             "fabrikken", "forlaget", "the company", "the firm", "the club",
             "the ministry", "the union", "the party", "the group", "the council", "the bank", "the operator",
             "the regulator", "the agency", "the fund", "the university", "the trust", "the watchdog", "the charity",
             "the lender", "the insurer", "the carmaker", "the airline", "the retailer", "the exchange",
             "the directorate", "the department", "the authority", "the utility", "the foundation", "the museum",
             "the league", "the federation", "the association", "the institute", *(f"the {n}" for n in BODY_NOUNS)}
INSTITUTION = re.compile(r"(?:politi(?:et|ets|distrikt\w*|mester\w*)?|regime\w*|myndighet\w*|ambassade\w*|departement\w*|regjering\w*|kommune\w*|"
                         r"direktorat\w*|tilsyn\w*|institutt\w*|tingrett\w*|lagmannsrett\w*|høyesterett\w*|forbund\w*|"
                         r"selskap\w*|medier|media|fylkeslege\w*|fylkesmann\w*|statsforvalt[ae]r\w*|\w*ombud\w*|"
                         r"universitet\w*|høgskole\w*|høgskule\w*|sykehus\w*|sjukehus\w*|redningssentral\w*|"
                         r"barnevern\w*|brannvesen\w*|legevakt\w*|\w*forening\w*|\w*foreining\w*|"
                         r"sivilforsvar\w*|kystvakt\w*|tollvesen\w*|tolletat\w*|skatteetat\w*|kystverk\w*|"
                         r"kriminalomsorg\w*|vegvesen\w*|påtalemyndighet\w*|forsvaret|forsvarets|"
                         r"police|government|ministry|embassy|authorities|court|council|company)$",
                         re.IGNORECASE)
ORG_SUFFIX = re.compile(r"(?:\b(?:AS|ASA|Inc|Ltd|plc|Group|Party|parti|kommune|politidistrikt|tingrett|"
                        r"departement|direktorat|forbund|Forbund|Police|Council|Ministry|Technologies|Marine|Department|Chamber|"
                        r"Commerce|Union|Association|Authority|Regulator|Agency|Forum|Capital|Offshore|Bank|Energy|Corp|"
                        r"Corporation|Company|GmbH|AB|AG|SA|SE|NV|BV|Oyj|ApS|LLP|PLC|LLC|Institute|Foundation|Institutt|Stiftelse|"
                        r"University|Universitet|Airways|Airlines|Cruises|Cruise Line|Railways?)\b|"
                        r"(?:departementet|direktoratet|tilsynet|forbundet|politiet|partiet|kommune)$|"
                        r"(?<=[a-zæøå])(?:klubb|idrettslag|turlag|bondelag|fiskarlag|forening|foreining)$|"  # Hammerfest Friidrettsklubb
                        r"\b(?:[A-ZÆØÅ][a-zæøå]+(?:forening|foreningen)|Fiskarlag|Bondelag|Turlag|Idrettslag)$|"
                        r"^(?:Norges|Noregs)\s+[A-ZÆØÅ])")  # Norges Fiskarlag
# The last word of a Norwegian company's name ("Vestlandske Møbelverk", "Nordkyst Sjømat", "Lerkendal
# Boligutvikling"): a firm, not a person with that surname
COMPANY_HEAD = re.compile(r"(?:verk|verft|fabrikk|fabrikker|rederi|sjømat|eiendom|bygg|teknikk|utvikling|industri|"
                          r"industrier|verksted|gruppen|sparebank|forlag|bryggeri|meieri|invest|holding|shipping|rederier|"
                          r"minerals|mining|metals|motors|pharmaceuticals|industries|holdings|technologies)$")
# "Helse Møre og Romsdal", "Sykehuset Innlandet", "Statens vegvesen": bodies whose name opens with a common noun
# The last word of an English organisation's name ("Kingsmead Rovers", "Network Rail", "Wye Watch"): not a person
ENGLISH_ORG_WORD = re.compile(r"(?:Council|Union|Administration|Trust|Association|Forum|University|College|School|Hospital|Hospitals|Office|"
                              r"Department|Ministry|Commission|Committee|Agency|Authority|Service|Services|Institute|"
                              r"Society|Foundation|Fund|Bank|Rail|Railway|Railways|Airlines|Airways|Trains|Foods|Books|"
                              r"Global|Watch|Rovers|United|Town|Athletic|Wanderers|FC|Club|League|Court|Police|"
                              r"Observatory|Network|Board|Centre|Center|Organisation|Organization|Federation|Confederation|Alliance|"
                              r"Coalition|Campaign|Partnership|Holdings|Industries|Technologies|Labs|Media|Press|"
                              r"Corporation|Corp|Company|Capital|Partners|Energy|Health|Care|Games|Records|Studios|Trade|Productions|"
                              r"Pictures|Entertainment|Securities|Markets|Air|Water|Power|Resources|Motors|"
                              r"Group|Systems|Logistics|Museum|Gallery|Library|Parliament|Assembly|Patrol|District|Guard)")
ORG_PREFIX = re.compile(r"(?:Helse|Sykehuset|Universitetet|Høgskolen|Fylkesmannen|Statsforvalteren|Statsforvaltaren|Statens)\s")
# "al-Hassan", "bin Salman"-style particles; "E-tjenesten": an acronym before an institution word
COUNTIES = r"(?:Møre og Romsdal|Troms og Finnmark|Vestfold og Telemark|Sogn og Fjordane)"  # one name with an "og"
HYPHENATED_NAME = r"[A-Z][a-z]+-[A-Z][a-z]+-[a-z]+"  # "Kwak-Ji-hyuk": a name even where a sentence opens
# (and "Lee Hye-jin", "Kang Min-jae": a Korean family name, then a hyphenated given name, is one token below)
# "Det hvite hus", "Den europeiske union": a name when "Det"/"Den" is capitalised inside a sentence
TITLED_NAME = re.compile(r"(?:Det|Den)\s+(?:[a-zæøå]+e\s+){1,2}(?:[a-zæøå]+|[A-ZÆØÅ][\w-]+)")  # "Den norske Nobelkomité"
# (a plural genitive inside a name: "Kingsmead Supporters' Trust", "Food and Allied Workers' Union")
NAME_TOKEN = r"(?:" + COUNTIES + r"(?![\w-])|" \
    r"(?:al|el|bin|ibn|abu|van|von|de|da|di|du|le|la)-[A-ZÆØÅ][\w’'.]*\w(?![\w-])|" \
    r"[A-ZÆØÅ]{1,4}-[a-zæøå]*(?:tjenesten|etaten|tilsynet|direktoratet|departementet|instituttet|rådet|politiet)(?![\w-])|" \
    r"[A-ZÆØÅ][\w-]*\.(?:no|com|se|dk|net|org)(?![\w-])|[ie][A-ZÆØÅ][\w’'.]*\w(?![\w-])|" \
    + HYPHENATED_NAME + r"(?![\w-])|" \
    r"[A-Z][a-z]{1,4}\s+[A-Z][a-z]{1,3}-[a-z]{2,4}(?![\w-])|" \
    r"(?:St|Chr)\.\s+[A-ZÆØÅ][\w’'-]*\w(?![\w-])|" \
    r"[A-ZÆØÅ][a-zæøå]+\s+0\d(?![\w-])|" \
    r"[A-Z][a-z]+s[’'](?=\s+[A-Z])|" \
    r"[A-ZÆØÅ]\.(?=\s+[A-ZÆØÅ])|[A-ZÆØÅÄÖÉÁÍÓÚÜÞÐ][\w’'.]*(?:-[A-ZÆØÅÄÖÉÁÍÓÚÜÞÐ][\w’'.]*)*\w(?![\w-])|[A-ZÆØÅ]{2,}\d*(?![\w-]))"
# "Department of Health and Social Care", "Food and Allied Workers' Union": an "and" inside an English body's
# name, when what follows it ends in what the body is ("Italy, Greece and Spain" stay three)
_AND_IN_NAME = rf"\s+and\s+(?=(?:{NAME_TOKEN}\s+){{0,2}}{ENGLISH_ORG_WORD.pattern}(?![\w-]))"
# "Council on Ethics", "Committee on Climate Change": "on" inside an English body's name (not "Trump on Monday")
_ON_IN_NAME = r"(?:(?<=Council)|(?<=Committee)|(?<=Commission)|(?<=Panel)|(?<=Board))\s+on\s+(?=[A-Z])"
# "Ministry of Disaster Management and Relief", "Department for Culture, Media and Sport", "Centers for Disease
# Control and Prevention": a government body's name runs on through its last "and" (also after "Iceland's")
_MINISTRY_NAME = r"(?:The\s+|[A-Z][a-z]+['’]s\s+)?(?:Ministry|Department|Office|Cent(?:er|re)s?|Agency)\s+(?:of|for)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*(?:,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)*" \
    r"\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?![\w-])"
NAME = re.compile(rf"(?:{_MINISTRY_NAME}|{NAME_TOKEN}(?:(?:\s+(?:(?:van|von|de|del|der|den|bin|al|da|di|la|le|of|for)\s+(?:(?:der|den|de|la|le|los|las)\s+)?)?|{_AND_IN_NAME}|{_ON_IN_NAME})"
                  rf"{NAME_TOKEN})*)")
QUOTE_SPANS = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|„[^“”]*[“”]")
DASH = re.compile(r"^[–—-]\s*")
# (no break after a title's abbreviation: "St. Olavs hospital", "Dr. Nygaard", "Gov. Quispe")
_TITLE_ABBREVIATIONS = "".join(rf"(?<!\b{t}\.)" for t in ("St", "Chr", "Dr", "Mr", "Mrs", "Ms", "Prof", "Gov", "Sen", "Rep",
                                                            "Gen", "Lt", "Col", "Capt", "Insp", "Det"))
SENTENCES = re.compile(r"(?<=[.!?»”\"])(?<!\s[A-ZÆØÅ]\.)" + _TITLE_ABBREVIATIONS + r"\s+(?=[–—«“\"A-ZÆØÅ])")
# Particle verbs with words between verb and particle: "slo Veterinærinstituttet fast at", "viser i
# pressemeldingen til at", "nektet han for", "la hun til". The cue is the verb; the gap may hold the speaker.
_GAP = r"(?:\s+[^\s,.;:!?«»\"–]+){1,4}?"
# A stated opinion or feeling: "Rita Ottervik er glad for bidraget", "E-tjenesten er spesielt bekymret for"
# ("Selv var han ikke fornøyd med", "Professor Mizushima er derimot mer optimistisk"; an inverted pronoun first)
_OPINION = (r"(?:\s+(?:han|hun|ho|de|dei|(?-i:[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,2}))(?=\s))?"
            r"(?:\s+(?:også|svært|veldig|meget|godt|spesielt|særlig|derfor|fortsatt|ikke|lite|mer|mindre|nå|heller|"
            r"derimot|selv|likevel|riktignok|riktig\s+nok|langt|like|helt|heilt|ikkje|òg|strålende|godt|meir|litt|ubetinget|mest))*?\s+(?:glad\s+(?:for|over)|opptatt\s+av|oppteken\s+av|bekymr(?:et|a|ede)\s+(?:for|over)|"
            r"skeptisk[e]?(?:\s+til|(?=\s*[.,]))|fornøyd[e]?\s+med|fornøgd[e]?\s+med|skuff(?:et|a|ede)\s+over|uenig[e]?\s+(?:i|med)|"
            r"enig[e]?\s+i|kritisk[e]?\s+til|positiv[e]?\s+til|negativ[e]?\s+til|(?:optimistisk|pessimistisk)[e]?\b|sjokkert[e]?\b|stolt[e]?\s+(?:over|av)|"
            r"overrasket\s+over|opprørt\s+over|sikker[e]?\s+på\s+at|usikker[e]?\s+på|lei\s+seg\s+for|redd\s+for|"
            r"imot\b|mot\s+(?:forslaget|planene|vedtaket)|klar[e]?\s+på\s+at|tydelig[e]?\s+på\s+at|"
            r"begeistr(?:et|a|ede)\s+(?:for|over)|overbevist[e]?\s+om|imponert[e]?\s+(?:over|av)|"
            r"(?:positivt|negativt|kritisk)\s+innstilt|misfornøyd[e]?\s+med|frustrert[e]?\s+over|oppgitt[e]?\s+over|"
            r"sint[e]?\s+(?:på|over)|lettet[e]?\s+over|tilfreds[e]?\s+med|"
            r"(?:u)?samd[e]?\s+(?:i|med)|uroa\s+(?:for|over)|urolig[e]?\s+for|bekymra\s+(?:for|over)|"  # nynorsk
            # "Mathisen er ikke beroliget.", "Nesse er ikkje overtydd.": a feeling that ends the sentence
            r"(?:beroliget|beroliga|overbevist|overtydd|begeistret|begeistra|fornøyd|nøgd|imponert|enig|einig|"
            r"uenig|ueinig|oppgitt|overrasket|overraska|kritisk|bekymret|bekymra|skuffet|skuffa|glad)[e]?(?=\s*[.!])|"
            r"(?:ikke|ikkje)\s+i\s+tvil\s+om)")  # "Nymoen selv er ikke i tvil om …"
_WHO = r"(?-i:(?:\s+(?:han|hun|ho|de|dei|[A-ZÆØÅ][\w-]*)){1,3})"
_SLAA = r"(?:" + _GAP + r"\s+fast\s+at\b|(?:\s+stort)?\s+opp\b[^.]{0,40}?\bat\b)"  # "slo fast at", "slår stort opp at"
GAPPED = {"slo": ("asserts", _SLAA), "slår": ("asserts", _SLAA),
          "viser": ("asserts", _GAP + r"\s+til\b"), "viste": ("asserts", _GAP + r"\s+til\b"),
          **{verb: ("asserts", r"(?:\s+(?:også|samtidig|likevel|derimot|særlig|spesielt|òg|han|hun|ho|de|dei))+\s+på\b")
             for verb in ("peker", "pekte", "pekt", "peikar", "peika")},  # "Hun peker samtidig på at"
          "nekter": ("denies", _WHO + r"\s+(?:for|straffskyld)\b"), "nektet": ("denies", _WHO + r"\s+(?:for|straffskyld)\b"),
          # "la til", and "la i innledningsforedraget vekt på at"
          **{verb: ("asserts", r"(?:" + _WHO + r"\s+til\b|(?:" + _GAP + r")?\s+(?:stor\s+)?vekt\s+på\s+at\b)")
             for verb in ("legger", "legg", "la")},
          "bedt": ("asserts", r"(?:\s+[^\s,.;:]+){0,4}?\s+om\s+å\b"),  # "har bedt Danmark om å …", not "om tillatelse"
          "anser": ("asserts", _GAP + r"\s+(?:for|som)\b"), "anså": ("asserts", _GAP + r"\s+(?:for|som)\b"),
          "ser": ("asserts", r"(?:\s+[^\s,.;:!?«»\"–]+){0,2}?\s+på(?:\s+[^\s,.;:!?«»\"–]+){0,3}?\s+som\b"),
          **{verb: ("asserts", _OPINION) for verb in ("er", "var")},
          # "ønsker avtalen velkommen": welcoming states a view, the object between the verb and "velkommen"
          **{verb: ("asserts", r"(?:\s+[^\s,.;:!?«»\"–]+){1,4}?\s+velkom(?:men|e)\b")
             for verb in ("ønsker", "ønsket", "ønskjer", "ønskte")},
          # "welcomed the decision, telling reporters that …": who is told, then what
          "telling": ("asserts", r"\s+(?:reporters|journalists|lawmakers|investors|analysts|the\s+[a-z]+|"
                                 r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:\s+(?:on|in)\s+[A-Z]\w+)?(?:\s+that\b|[,:]?\s*[“\"])")}
# "her son called her from a stranger's phone", "she had called Rautio to congratulate her": a telephone call,
# not "called the plan a betrayal" or "called on the government to act"
PHONED = re.compile(r"\s+(?:(?:her|him|me|us|them|you|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:to\s+(?!be\b)[a-z]+|from|"
                    r"back|minutes|hours|after|before|later|every|when)|(?:911|999|112|the\s+police|police|an\s+ambulance|"
                    r"the\s+emergency\s+services)\b)")
# "Sjøfartsdirektoratet er varsla": after er/ble/blitt, who was told, not who tells
NOTIFIED = re.compile(r"varsla|varslet|varsle", re.IGNORECASE)
# Cues that are also acts: they report words only with "at", a colon or a quote after them
DECLARES = {"erklærte", "erklærer", "erklært", "annonserte", "annonserer", "annonsert", "kunngjorde", "kunngjør",
            "kunngjort", "declared", "declares", "gjentar", "gjentok", "foreslår", "foreslo"}  # "kunngjorde avgangen", "declared a state of emergency": acts
SUBORDINATORS = frozenset({"hvis", "dersom", "om", "fordi", "mens", "at", "som", "når", "selv om", "jeg", "eg", "vi"})
OPINION_VERBS = {"er", "var", *UNDERSTANDS}  # an opinion predicate's verbs: the speaker must open the sentence
CUE_RE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted((re.escape(c) for c in [*CUES, *SOURCE_CUES]), key=len, reverse=True))
    + "".join(f"|{verb}(?={gap})" for verb, (_, gap) in GAPPED.items())
    + r")(?![\w-])(?!(?<=estimated|estimates)\s+(?:at|to)\b)", re.IGNORECASE)  # "winds estimated at 170 mph"


# A newspaper's name that OUTLETS does not list ("The Northern Ledger reported"), once it reports something.
PAPER_NAME = re.compile(r"(?:Ledger|Times|Post|Herald|Gazette|Tribune|Journal|Reporter|Monitor|Telegraph|Guardian|"
                        r"Observer|Express|Mirror|Tidende|[Aa]vis|[Bb]lad|Posten)$")
TRAILING_CUE = re.compile(r"[,?!–]\s*(?:" + "|".join(sorted(map(re.escape, CUES), key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)

# "Bryllupet bekreftes av Olav Thon Gruppen", "ble bekreftet av politiet": the agent is the speaker
PASSIVE = re.compile(r"\b(bekreftes|opplyses|meldes|hevdes|understrekes|avvises|kritiseres|(?:ble|blir|er|har\s+blitt)\s+"
                     r"(?:bekreftet|opplyst|avvist|meldt|hevdet|kritisert|beskrevet|omtalt|kunngjort|annonsert|varslet))\s+"
                     r"(?:overfor\s+\S+\s+)?"
                     r"(?:av|by)\s+", re.IGNORECASE)

# "opplyser flere ikke navngitte kilder til den svenske avisa": the outlet speaks for unnamed sources
UNNAMED_SOURCES = re.compile(r"^(?:(?:flere|en|to|tre|anonyme|ikke\s+navngitte|ikkje\s+namngjevne|kilder|kilden|"
                             r"kildene|sources?|people|officials)\s*)+$", re.IGNORECASE)
# "Kilder NRK har snakket med i begge partiene, beskriver …": an outlet's unnamed sources, credited to the outlet
OUTLETS_SOURCES = re.compile(r"(?:[Kk]ilder|[Kk]jelder)\s+([A-ZÆØÅ][\w-]*(?:\s+\d+)?)(?=\s+(?:har|hadde)\s+(?:snakket|"
                             r"snakka|vært\s+i\s+kontakt|vore\s+i\s+kontakt)\s+med\b)")
# an English source kept anonymous: "People familiar with the matter said", "One official, who asked not to be named"
ANONYMOUS = re.compile(r"\b(?:familiar\s+with|asked\s+not\s+to\s+be\s+(?:named|identified)|condition\s+of\s+anonymity|"
                       r"(?:not|un)\s*authori[sz]ed\s+to|declined\s+to\s+be\s+(?:named|identified)|people\s+present|"
                       r"one\s+of\s+the\s+people)\b", re.IGNORECASE)
# who the anonymous source is, as the article describes them: "A Nordic diplomat involved in the talks, who asked not
# to be named", "according to two people familiar with the matter", "Three sources at the meeting … told Reuters"
ANONYMOUS_SOURCE = re.compile(
    r"\s*(?P<det>an?|another|one|two|three|four|five|six|several)\s+"
    r"(?P<words>(?:(?!who\b|which\b|of\b)[\w+.&-]+\s+){0,3}?)"
    r"(?P<noun>sources?|people|person|officials?|diplomats?|delegates?|policymakers?|executives?|insiders?|officers?|"
    r"employees?|staff\s+members?|analysts?|traders?|bankers?|lawyers?|advisers?|aides?|lecturers?|midwi(?:fe|ves)|"
    r"detectives?|constables?|managers?|engineers?|investigators?)\b"
    r"(?P<rest>\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of)\s+the\s+[\w-]+(?:['’]s\s+[\w-]+)?"
    r"|\s+(?:at|in)\s+(?:the\s+[\w-]+|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)))?", re.IGNORECASE)

# "har sagt han vil …": a clause without "at" (a pronoun, then its finite verb) is what was said
CONTENT_CLAUSE = re.compile(r"\s*(?:han|hun|ho|de|dei|vi|det|he|she|they|it)\s+(?:vil|ville|skal|skulle|kan|kunne|må|"
                            r"er|var|har|hadde|blir|ble|ikke|will|would|was|is|had|has)\b")
PARTICIPLES = {"opplyst", "uttalt", "skrevet", "fortalt", "meldt", "påstått", "forklart", "advart", "sagt", "avslørt",
               "fremholdt", "fastslått"}

IMPERSONAL = {"heter det", "står det", "opplyses", "fremgår det", "påpekes det", "understrekes det", "hevdes det",
              *_SHOWN_BY, *_COMES_OUT_IN}

# "…, tvitrer presidenten kort tid etter": words that may follow a trailing speaker (not a verb)
AFTER_SPEAKER = {"kort", "senere", "tidligere", "etterpå", "nå", "da", "i dag", "mandag", "tirsdag", "onsdag",
                 "torsdag", "fredag", "lørdag", "søndag", "videre", "vidare", "dessuten", "imidlertid"}

PREPOSITIONS = set("i på under til ved med om fra frå etter før mot hos for av in on at to of with from after before "
                   "about by during than som who da når and og men but at that".split())

ADVERBIAL_START = set(("Klokken Kl I På Til Etter Under Med Gjennom Før Ved Da Nå Også Men Og Derfor Likevel Samtidig Senere "
                       "Tidligere Dermed Her Der Om Mot Fra Frå Som In On At After Before During With Later Earlier "
                       "Then Now But And So When While If As Ifølge Ifølgje According Underveis Deretter Dessuten Også Både "
                       "Nylig Allerede Fortsatt Fremdeles Imidlertid Likevel Derimot Videre Ellers Altså Trolig Kanskje "
                       "Uansett Heldigvis Dessverre Først Avslutningsvis Egentlig Særlig Spesielt Blant Sent Tidlig Seint "
                       "To Tre Fire Fem Seks Sju Syv Åtte Ni Ti Elleve Tolv Overfor Ovenfor Hos Bak Foran").split())  # "Sent tirsdag kveld", "To dager før"

# English courtesy titles and letters after a name: "Prof Ingrid Solheim", "Adrian Pell KC" are the names without
HONORIFIC = re.compile(r"(?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Judge|Justice|Rev|"
                       r"Reverend|Detective|Chief|Inspector|Superintendent|Sergeant|Sgt|Constable|Supt|Insp|"
                       r"Cllr|Councillor|Coun|Gov|Governor|Sen|Senator|Commander|Cmdr|Lieutenant|Lt|Colonel|Admiral|"
                       r"Sheriff)\.?")
# A title that says whether "Pask" is Eileen or Gary Pask
TITLE_GENDER = {"mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "baroness": "f", "fru": "f",
                "mr": "m", "sir": "m", "lord": "m", "baron": "m", "herr": "m"}
POST_NOMINAL = re.compile(r"(?:KC|QC|MP|MEP|MSP|OBE|CBE|MBE|KBE|DBE|PhD|Jr|Sr)\.?")
# Relatives as roles; a relative named with one is not whom a bare surname means ("faren" is left out: alone it
# is also "the danger")
KIN_ROLES = {"moren", "mora", "faren", "bestefar", "broren", "bror", "søsteren", "søstera", "datteren", "dattera", "sønnen", "ektemannen",
             "kona", "samboeren", "kjæresten", "bestemoren", "bestemora", "bestefaren", "onkelen", "tanten", "mamma",
             "pappa", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "partner"}
ROLE_START = re.compile(r"^(?:[\wæøå-]*(?:leder|leiar|sjef|skytter|hopper|syklist|tingsråd|byråd|fylkesråd|minister|ministeren|talsperson|talsmann|direktør|"
                        r"ordfører|ordførar|president|rådgiver|rådgjevar|trener|treneren|advokat|forsker|forskar|professor|spokesman|"
                        r"spokeswoman|spokesperson|talskvinne|rapportør|minister|chief|executive|director|mayor|leader|manager|inspektør|"
                        r"politimester|aktor|forsvarer|ekspert|analytiker|journalist|lege|redaktør|pave|paven|pope|biskop|"
                        r"kong|kongen|dronning|prins|statsråd|sekretær|secretary|officer|senator|politiker|politikeren|"
                        r"borgermester|ordføreren|nestleder|vakt|vakthavende|meteorolog|strateg|økonom|kommentator|spesialist|"
                        r"rådmann|ambassadør|partner|gründer|sykepleier|psykolog|jurist|prest|agent|forfatter|"
                        r"kaptein|sjåfør|medlem|kokk|politiker|terapeut|familieterapeut|regissør|produsent|log|ansvarlig|operatør|kritiker|"
                        r"koordinator|konsulent|representant|tillitsvalgt|formann|forvalter|medarbeider|vinner|mester|spiller|"
                        r"keeper|løper|utøver|rektor|verdensener|lektor|lærer|lærar|adjunkt|dommer|fisker|fiskar|"
                        r"gårdbruker|gardbrukar|bonde|ingeniør|arkitekt|musiker|skuespiller|pilot|kasserer|revisor|megler|amanuensis|"
                        r"stipendiat|dosent|postdoktor|styrer|styrar|kandidat|byråd|jordmor|fotograf|elev|teacher|administrator|"
                        r"ombud)"  # "Barneombud Tora Lindahl", "sivilombudet"
                        r"(?:en|et|a|ene|er|n)?|"
                        r"[\wæøå-]+(?:stjerne|legende)(?:n|ne)?|"  # "Tennisstjernen", not the surname Stjernen
                        # "Moren, Randi Isaksen, …" then "sier moren": kin named as definite nouns
                        r"(?:" + "|".join(sorted(KIN_ROLES)) + r")(?![\wæøå]))\b")

# Two bodies speaking together, the two the story names most: "Det opplyste selskapene i en felles børsmelding"
JOINT_BODIES = {"selskapene", "partene", "begge selskapene", "begge partene", "klubbene", "begge klubbene",
                "bankene", "begge bankene", "both companies", "the two companies"}

# Words that may stand before a role in a coordination: "Vålerenga-kaptein og tidligere LSK-spiller"
# Roles that only read as roles coordinated with another: "dagleg leiar og eigar X" ("eier" alone is "owns")
COORDINATED_ROLES = {"eier", "eigar", "innehaver", "innehavar", "grunnlegger", "grunnleggjar", "owner", "founder",
                     "co-founder", "medeier", "medeigar"}

ROLE_ADJECTIVES = {"tidligere", "nåværende", "daværende", "fungerende", "konstituert", "nye", "former", "acting"}

# A place, not a body that speaks: "Australbukta", "Barentshavet", "Hardangervidda"
PLACE_NAME = re.compile(r"(?:bukta|bukten|fjorden|havet|sjøen|øya|øyene|halvøya|dalen|vidda|breen|elva|elven|"
                        r"sundet|kysten|bay|sea|ocean|valley)$", re.IGNORECASE)

# "Ifølge tiltalen …": the indictment is the source, as the article names it (the prosecutor who wrote it rarely is)
INDICTMENTS = {"tiltalen", "tiltala", "the indictment"}
PROSECUTOR = re.compile(r"(?:Økokrim|Påtalemyndigheten|Statsadvokat|Riksadvokat|Kripos|Crown Prosecution|Prosecutor)")
COURT_PAPERS = {"dommen", "kjennelsen", "retten", "domstolen", "the ruling", "the judgment", "the court", *INDICTMENTS}

PAPERS = {"rapporten", "meldingen", "pressemeldingen", "uttalelsen", "brevet", "undersøkelsen", "kartleggingen",
          "the report", "the statement", "the survey"}
# the words of whoever was last said to issue a statement ("X said in a statement …. …, the statement said")
STATEMENTS = {"the statement"}

# Right after a name: its document ("UNCTAD-rapporten", "Navs bedriftsundersøkelse"), which "rapporten" means later
DOCUMENT_AFTER = re.compile(r"(?:-|s?\s+(?:nye\s+|siste\s+|ferske\s+)?)[a-zæøå]*(?:rapport|undersøkelse|pressemelding|"
                            r"uttalelse|kartlegging)", re.IGNORECASE)

DOCUMENT_COMPOUND = re.compile(r"\b([A-ZÆØÅ][A-ZÆØÅa-zæøå]*[A-ZÆØÅ])-(?:[a-zæøå]*)(?:rapport(?:en|er|ene)?|undersøkelse[nr]?|undersøkelsene|pressemelding(?:en|er)?)\b")

# "FNs klimapanel", "Verdens helseorganisasjon WHO": a body named by a genitive and a common noun
GENITIVE_BODY = re.compile(r"^(?:[A-ZÆØÅ]{2,}\s+)?[A-ZÆØÅ][\w-]*s\s+[a-zæøå]*(?:panel|panelet|råd|rådet|organisasjon|kommisjon|kommisjonen|"
                           r"komité|komiteen|byrå|byrået|fond|fondet|domstol|domstolen|tribunal|administrasjon|"
                           r"administrasjonen|sekretariat|sekretariatet|ledelse|ledelsen|utvalg|utvalget|kontor|kontoret)(?:\s+[A-ZÆØÅ]{2,})?(?![\w-])")
# "Lipcon, Margulies, Alinsa & Winkleman", "Ernst & Young": partners' names joined by "&" are one firm
FIRM = re.compile(r"[A-ZÆØÅ][\w-]+(?:,\s+[A-ZÆØÅ][\w-]+)*\s+&\s+[A-ZÆØÅ][\w-]+")
PLATFORMS = ("Twitter", "Facebook", "Instagram", "TikTok", "Snapchat", "YouTube", "LinkedIn", "X")
PLATFORM_AFTER = re.compile(r"\s+(?:på|on|via)\s+(?:" + "|".join(PLATFORMS) + r")\b.*$")
# "Den tyske avisen Ruhr Nachrichten": the name after such a word is an outlet
OUTLET_BEFORE = re.compile(r"\b(?:avisen|avisa|nettavisen|nettstedet|magasinet|kanalen|nyhetsbyrået|tabloidavisen|"
                           r"newspaper|the\s+paper|broadcaster|news\s+agency)\s+$", re.IGNORECASE)

# "the health-tracking app Tempo", "forlaget Cappelen": a business or body named right after what it is
ORGANISATION_BEFORE = re.compile(
    r"\b(?:app|company|firm|group|union|retailer|[a-z]*maker|start-?up|bank|insurer|charity|airline|operator|developer|"
    r"producer|carrier|supplier|giant|utility|miner|shipowner|exporter|conglomerate|distributor|"
    r"lender|supermarket|chain|platform|publisher|brewer|manufacturer|appen|firmaet|bedriften|"
    r"banken|plattformen|produsenten|"  # compounds too: "forskningsstiftelsen Fafo", "dagligvarekjeden Rema"
    r"[a-zæøå]*(?:selskapet|konsernet|kjeden|rederiet|forlaget|byrået|organisasjonen|foreningen|forbundet|"
    r"stiftelsen|tankesmien|instituttet))\s+$", re.IGNORECASE)

# "a department spokesperson", "a spokesperson for the council", "en talsperson for departementet": the body
SPOKESPERSON = re.compile(r"(?:a|an|the|en|ei)\s+(?:([a-z]+)\s+)?(?:spokes(?:person|man|woman)|official|talsperson|"
                          r"talskvinne|talsmann|pressetalsperson)(?:\s+(?:for|at|of|i|ved|from|fra)\s+(?:the\s+)?(.+))?",
                          re.IGNORECASE)

# "the company", "selskapet": a business, never the public body named in the story ("Information
# Commissioner's Office", "Datatilsynet", "Oslo kommune")
COMPANY_NOUN = re.compile(r"company|firm|business|selskapet|firmaet|konsernet|bedriften|selskapa|selskap|rederiet|"
                          r"verftet|kjeden|fabrikken|forlaget")
FIRM_SUFFIX = re.compile(r"\b(?:AS|ASA|Inc|Ltd|plc|PLC|GmbH|AB|AG|SA|SE|NV|BV|Oyj|ApS|LLC|Corp|Corporation|Company|Group)\b")
PUBLIC_BODY = re.compile(r"(?:Office|Commission|Council|Department|Ministry|Authority|Agency|Police|Court|Government|"
                         r"Parliament|departementet|direktoratet|tilsynet|Tilsynet|kommune|politiet|Politiet|retten|"
                         r"regjeringen|Regjeringen|Stortinget)$")
# "Department of Civil Protection and Emergency Management", "Centers for Disease Control and Prevention": a public
# body by the opening of its name, whatever it ends with
PUBLIC_BODY_OPENING = re.compile(r"(?:Ministry|Department|Office|Cent(?:er|re)s?|Agency|Council|Commission|Committee)\s+"
                                 r"(?:of|for|on)\s+[A-Z]")  # "Council on Ethics"
# "the club" is no league or cup, however often the story names it
COMPETITION = re.compile(r"(?:League|Liga|Cup|Championships?|Eliteserien|Bundesliga|Serie A|Tour de France|Games)$")
ORG_NOUN = re.compile(r"(?:selskapet|firmaet|konsernet|klubben|partiet|forbundet|organisasjonen|banken|avisen|kjeden|"
                      r"rederiet|verftet|bedriften|forlaget|stiftelsen|foreningen|byrået|tankesmien|instituttet)$")

# "Officials said", "Residents of … say", "Astronomers say": an English bare plural is an unnamed crowd, as
# "eksperter mener" is; the prosecution and the police of a story are institutions ("Prosecutors said")
ENGLISH_CROWD = re.compile(r"(?:Officials|Diplomats|Experts|Sources|Witnesses|Locals|Villagers|Critics|Fans|Voters|"
                           r"Parents|Doctors|Nurses|Teachers|Ministers|Lawmakers|Leaders|Staff|Workers|Users|"
                           r"Customers|Passengers|Neighbours|Neighbors|[A-Z][a-z]{3,}(?:ers|ists|ents|ants|ians))")
INSTITUTIONAL_PLURALS = {"Prosecutors", "Police"}
INITIAL_NOUN = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?:en|et|ene|ske)")  # "Avdelingen", "Amerikanske"

NOMINAL = re.compile(r"\b((?:oppfordring|uttalelse|melding|beskjed|advarsel|kritikk|budskap|påstand|appell|råd|"
                     r"anbefaling|varsel|"
                     r"statement|warning|call|message)(?:en|et|a|ene|er)?)(?<!meldinger)(?<!meldingene)(?<!messages)"
                     r"\s+(?:fra|frå|from|by)\s+", re.IGNORECASE)  # "private meldinger fra appen": messages, data

# "The survey of 6,200 nurses by the Nursing Workforce Forum found that …", "En rapport fra Norges Bank
# konkluderer med at …": a document's author, when the document finds or shows something
DOCUMENT_BY = re.compile(r"\b(?:survey|report|study|analysis|review|poll|audit|research|undersøkelse|rapport|studie|"
                         r"analyse|kartlegging|måling|granskning|evaluering)(?:en|et|a|ene|er|s)?\s+(?:(?:[^,.;:«»\"]|(?<=\d)[,.](?=\d)){0,50}?\s)?"
                         r"(?:by|from|fra|frå)\s+(?:(?:researchers|forskere|forskarar)\s+(?:at|ved)\s+)?", re.IGNORECASE)
FINDS = re.compile(r"\b(?:found|finds|showed|shows|concluded|concludes|estimated|estimates|suggests|suggested|"
                   r"viser|viste|konkluderer|konkluderte|fant|finner|anslår|anslo)\b")

# "Det viser ferske tall fra Nav", "viser tall DN har hentet inn": figures credited to who published them
FIGURES = re.compile(r"\bvis(?:er|te)\s+(?:(?:ferske|nye|foreløpige|offisielle|oppdaterte|siste)\s+)*"
                     r"(?:tall|tal|statistikk|data|beregninger|utrekningar|(?:en\s+)?(?:ny\s+)?(?:undersøkelse|rapport|måling|analyse|"
                     r"oversikt|kartlegging))\s+(?:fra\s+|frå\s+|i\s+(?=[A-ZÆØÅ])|(?=\S+(?:\s+\S+)?\s+har\s+(?:hentet|innhentet|samlet)))",
                     re.IGNORECASE)

# "De hvite hjelmene", "Det syriske regimet", "Den tidligere Veireno-sjefen": an article, adjectives, a definite noun
ARTICLE_NP = re.compile(r"^(?:[Dd]en|[Dd]et|[Dd]e)\s+(?!(?:fleste|mange|andre|flere|begge|ulike|samme|to|tre|første|siste)\b)"
                        r"(?:[a-zæøå-]+e\s+){1,2}[\w-]+(?:en|et|ene|a)$")

# "sier nederlenderen", "skrev nordmannen": a nationality for the person the story is about
DEMONYM = re.compile(r"^(?:nordmann|franskmann|engelskmann|skotte|svenske|danske|finne|tysker|brite|amerikaner|"
                     r"nederlender|spanjol|italiener|russer|kineser|japaner|brasilianer|argentiner|islending|polakk|"
                     r"ukrainer|østerriker|sveitser|belgier|kanadier|australier|portugiser|dansk|svensk|veteran|profil|legende|"
                     r"serber|kroat|bosnier|slovener|ungarer|rumener|bulgarer|greker|tyrker|tsjekker|slovak|litauer|"
                     r"latvier|estlender|irlender|waliser|islending|franskmann|marokkaner|egypter|nigerianer|ghaneser|"
                     r"senegaleser|kameruner|ivorianer|algerier|tunisier|iraner|iraker|syrer|afghaner|pakistaner|inder|"
                     r"koreaner|sørkoreaner|nordkoreaner|meksikaner|colombianer|chilener|uruguayaner|peruaner|"
                     r"venezuelaner|amerikaner|sørafrikaner|kenyaner|etiopier|eritreer|somalier)(?:en|n)$")

# "the Swede told TV 2", "the Norwegian said": the person the story is about, described by nationality
ENGLISH_DEMONYM = re.compile(r"^the\s+(?:swede|norwegian|dane|finn|briton|frenchman|frenchwoman|german|american|russian|"
                             r"italian|spaniard|austrian|swiss|canadian|australian|dutchman|dutchwoman|pole|icelander|"
                             r"estonian|latvian|lithuanian|czech|slovak|slovenian|croat|serb|ukrainian|japanese|chinese|"
                             r"korean|kenyan|ethiopian|brazilian|argentine|mexican|irishman|irishwoman|scot|welshman|"
                             r"englishman|veteran)$")

# "Politikens opplysninger", "Folketrygdfondets kartlegging": the owner of the document is the source
OWNERS_DOCUMENT = re.compile(r"^((?:[A-ZÆØÅ][\w-]*\s+){0,2}[A-ZÆØÅ][\w-]{1,}|[a-zæøå]{3,}(?:et|en))(?:s|’s|'s)\s+(?:egne\s+|eigne\s+|egen\s+|eget\s+|eige\s+|own\s+|siste\s+|nye\s+|ferske\s+)?[a-zæøå]*(?:opplysninger|kilder|oppslag|rapport|artikkel|nettsider?|dom|kjennelse|"
                             r"undersøkelse|melding|pressemelding|beregninger|tall|kartlegging|analyse|oversikt|plattform|program|brev|"
                             r"uttalelse|innlegg|strategi|notat|søknad|saksframlegg|redegjørelse|regelverk|regler|retningslinjer|statistikk|prognose|anslag|vurdering|"
                             r"logg|referat|protokoll|dokumenter|journal|system|prognoser|estimater?|modell|register|opplysningar|"
                             r"utrekningar|berekningar|tal)\b.*$")

# "«armsleng og farge i tryne» som Kaggestad sier", "søknaden, som Statnett sier er for dyr": the name says it
AS_NAME_SAYS = re.compile(r"[»”\",]\s*som\s+([A-ZÆØÅ][\w-]+)\s+$")
# "Høyres Erlend Svardal Bøe, som viser til at …": a full name before ", som" speaks the relative clause
RELATIVE_NAME = re.compile(r"([A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)+),\s*som\s+(?:\w+\s+)?$")

# "En 52 år gammel mann", "ei 19-åring", "a 48-year-old woman", "en mann (52)": someone of that age the article
# does not name; "Paul Whelan (48)", "Marcus Whitlock, 48,": a named person's age
UNNAMED_AGE = re.compile(r"\b(?:[Ee]n|[Ee]i|[Ee]tt?|[Aa]n?)\s+(?:(\d{1,3})(?:\s+år\s+gam(?:mel|al)|-åring\b|-year-old)"
                         r"\s*(mann|kvinne|gutt|jente|man|woman|boy|girl)?|(mann|kvinne|gutt|jente)\s+\((\d{1,3})\))")
NAMED_AGE = re.compile(r"\b([A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)*)(?:\s+\((\d{1,3})\)|,\s+(\d{1,3}),)")
MALE_NOUNS = {"mann", "gutt", "man", "boy"}
# kin roles that give a gender: "His wife, Morag, …" is no "he" later
FEMALE_KIN = {"moren", "mora", "søsteren", "søstera", "systera", "datteren", "dattera", "dottera", "kona", "bestemoren", "bestemora", "tanten",
              "mamma", "daughter", "wife", "mother", "sister"}
MALE_KIN = {"faren", "bestefar", "broren", "bror", "sønnen", "sonen", "ektemannen", "bestefaren", "onkelen", "pappa", "son",
            "husband", "father", "brother"}
FEMALE_NOUNS = {"kvinne", "jente", "dame", "woman", "girl"}
# "En nabo i 60-årene forteller", "En anestesilege som ikke vil stå fram med navn, sier", "a former employee …
# said": someone the story brings in without a name; the description in the definite form is who speaks
UNNAMED_PERSON = re.compile(r"(?:[EeÉé]i?n|[Ee]i|[Aa]n?|Another|One)\s+(?:(?:annen|anna|tidligere|tidlegare|former|young|ung|eldre|senior)\s+)?"
                            r"(?:\d{1,3}\s+år\s+gam(?:mel|al)\s+)?"  # "en 23 år gammel økonomistudent"
                            r"(kvinne|mann|dame|gutt|jente|nabo|beboer|bebuar|kollega|elev|[a-zæøå]*student|pasient|far|mor|"
                            r"[a-zæøå]*kone|"  # "En far til en elev", "Ei nabokone som ikkje vil stå fram"
                            r"skuespiller|ansatt|pensjonist|innbygger|turist|forelder|småbarnsmor|småbarnsfar|"
                            r"[a-zæøå]+mann|tilsett|følger|supporter|leser|"  # "En redningsmann …", "Ein tilsett"
                            r"passasjer|tilskuer|kunde|[a-zæøå]*bonde|[a-zæøå]*lege|[a-zæøå]*sykepleier|[a-zæøå]*arbeider|"
                            r"employee|resident|neighbour|neighbor|witness|nurse|doctor|teacher|student|worker|woman|man|"
                            r"mother|father|parent|diplomat|official|analyst|trader|economist|passenger|farmer|survivor|volunteer|commuter|"
                            r"driver|shopper|customer|pensioner|tourist|fisherman|fan)"
                            r"(?:\s+(?:i|fra|frå|på|ved|som|med|hos|av|til|in|at|from|of|who|with)\b.*|,.*)?")
# Norwegian parties and state bodies by their usual short names: one body, named in full where the article
# gives the full name ("Fremskrittspartiet … Frp"); a party is never a person ("Høyre vil ikke …").
SHORT_NAMES = {
    "Arbeiderpartiet": ("Ap", "AP"), "Arbeidarpartiet": ("Ap", "AP"), "Fremskrittspartiet": ("Frp", "FrP"),
    "Framstegspartiet": ("Frp", "FrP"), "Senterpartiet": ("Sp",), "Sosialistisk Venstreparti": ("SV",),
    "Kristelig Folkeparti": ("KrF",), "Kristeleg Folkeparti": ("KrF",), "Miljøpartiet De Grønne": ("MDG",),
    "Miljøpartiet Dei Grøne": ("MDG",), "Høyre": (), "Høgre": (), "Venstre": (), "Rødt": (), "Raudt": (),
    "Utenriksdepartementet": ("UD",), "Folkehelseinstituttet": ("FHI",), "Statistisk sentralbyrå": ("SSB",),
    "Næringslivets Hovedorganisasjon": ("NHO",), "Landsorganisasjonen": ("LO",),
    "Politiets sikkerhetstjeneste": ("PST",), "Utlendingsdirektoratet": ("UDI",),
    "Norges vassdrags- og energidirektorat": ("NVE",), "Direktoratet for samfunnssikkerhet og beredskap": ("DSB",),
    "Utlendingsnemnda": ("UNE",),
}
KNOWN_BODIES = set(SHORT_NAMES) | {short for shorts in SHORT_NAMES.values() for short in shorts}
# "Beboer Jørgen Sivertsen", "Pensjonist Kari Holm", "Student Ola Dahl": what someone is, as a title before the name
TITLE_NOUN = re.compile(r"[a-zæøå](?:er|ar|or|ør|ist|ent|ant|bo|nde)$")
# "Leder i Nordland legeforening, Kristine Bakkevold, mener …": a role, then the name between commas, is the subject
APPOSITIVE_NAME = re.compile(r"\s*[^,]{3,60}?,\s*((?:[A-ZÆØÅ][\w'’-]*\s+){1,3}[A-ZÆØÅ][\w'’-]*)\s*,\s*")
# "saman med den bergenske produsenten Elias Fjeldstad", "together with her coach": whom someone worked with
COMPANY_BEFORE = re.compile(r"\b(?:med|av|til|hos|mot|with|by)\s+(?:[a-zæøå-]+\s+){0,6}$")
# Official Norwegian names capitalise only their first word: "Statistisk sentralbyrå", "Statens vegvesen",
# "Vitenskapelig råd for lakseforvaltning", "Norsk institutt for naturforskning", "Den norske kirke", and the
# acronym written after one ("Verdens helseorganisasjon WHO")
_BODY_NOUN = (r"[a-zæøå]*(?:råd|byrå|institutt|direktorat|tilsyn|forbund|forening|vesen|kirke|kasse|senter|nemnd|"
              r"ombud|tjeneste|etat|departement|utvalg|akademi|universitet|sykehus|verk|fond|organisasjon|sentral|"
              r"kontor|samband|lag|forum|klinikk|høgskole|høyskole|register)(?:et|en|a)?")
OFFICIAL_NAME = re.compile(r"(?!(?:Hennes|Hans|Deres|Dens|Dets|Dette|Denne)\s)(?:De[nt]\s+[a-zæøå]+\s+|[A-ZÆØÅ][a-zæøå]*"
                           r"(?:isk|sk|ig|al|alt|ell|elt|ens|ges|ske|ige)\s+(?:[a-zæøå]+\s+)?)" + _BODY_NOUN +
                           r"(?:\s+(?:for|mot)\s+[a-zæøå]+(?:\s+og\s+[a-zæøå]+)?)?\b(?:\s+[A-ZÆØÅ]{2,6}\b|\s+\([A-ZÆØÅ]{2,6}\))?")
# "Landslaget for spelemenn", "Rådet for psykisk helse", "Foreningen for hjertesyke barn": a body "for" something
# ("Spesialenheten for politisaker", "Beslutningsforum for nye metoder", "… for høyere utdanning og kompetanse")
_FOR_BODY = r"råd|institutt|direktorat|tilsyn|forbund|forening|nemnd|utvalg|organisasjon|kontor|lag|enhet|myndighet|komite"
_FOR_WHAT = r"(?:[a-zæøå]+(?:e|sk|ig|al)\s+)?[a-zæøå]{3,}"
OFFICIAL_FOR = re.compile(r"(?:(?:[A-ZÆØÅ][a-zæøå]*(?:" + _FOR_BODY + r")|(?:" + _FOR_BODY.title() + r"))(?:et|en|a)|"
                          r"Senter|Institutt|[A-ZÆØÅ][a-zæøå]*forum)\s+for\s+" + _FOR_WHAT +
                          r"(?:\s+og\s+(?![a-zæøå]+er\b)[a-zæøå]{3,})?\b")
# "the Department for Environment, Food and Rural Affairs", "Ministry of Climate and Environment": one body whose
# name lists what it is for
ENGLISH_BODY_OF = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.-]*\s+)*(?:Department|Ministry|Office|Committee|Commission|"
                             r"Agency|Council|Board|Institute|Bureau|Authority)\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w-]*"
                             r"(?:(?:,\s+|,?\s+and\s+|\s+)[A-Z][\w-]*)*)")
# "sier en 68 år gammel bonde til Kyodo": someone new, the one person of that age the story never names
INDEFINITE_AGE = re.compile(r"^(?:en|ei|et|an?)\s+(?:\d+\s+år\s+gam(?:mel|al)\b|\d+-åring\b|\d+-year-old\b)")
AGE_DESCRIPTION = re.compile(r"^(?:den\s+|the\s+)?(?:\d+\s+år\s+gamle\b|\d+-åring(?:en)?$|\d+-year-old\b)")

INSTITUTION_AFTER = re.compile(r"\s+(tingrett|lagmannsrett|kommune|herad|fylkeskommune|universitet|"
                               r"\w*sykehus|\w*sjukehus|fengsel|statsforvaltar|statsforvalter|\w*institutt|\w*direktorat|"
                               r"\w*forbund|\w*tilsyn|politidistrikt|\w*vesen)\b")

CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:som|og|men|mens|samtidig|and|but|while|as)\b")

INTERVIEW_QUESTION = re.compile(r"^[–—-]\s*[^.!?]{3,120}\?\s*$")
# "Vi spurte om hun hadde en plan." / "NRK spurte Solberg om …": the dash quote after it is the answer of the one asked
ASKED = re.compile(r"^\s*(?:Vi|Jeg|Eg|We|I|[A-ZÆØÅ][\w-]+)\s+(?:spurte|spør|asked)\s+(?:om\s+)?"
                   r"(han|hun|ho|he|she|[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)*)\b")

CREDIT_LINE = re.compile(r"^(?:Det|Dette|That|This)\s+(?:melder|meldte|skriver|skrev|opplyser|opplyste|"
                         r"rapporterer|rapporterte|reports|reported)\s+(?:\S+\s+){0,5}\S+$")

# "…, sier revisor Per Hanstad": the one lowercase word between a speech verb and a name is the name's role
CUE_THEN_WORD = re.compile(r"\b(?:sier|sa|seier|forteller|fortalte|fortel|fortalde|mener|meiner|mente|meinte|skriver|"
                           r"skriv|skrev|skreiv|opplyser|opplyste|uttaler|uttalte|forklarer|forklarte|says|said|tells|"
                           r"told)\s+([a-zæøå][a-zæøå-]{3,})\s*$")
NOT_ROLES = {"også", "både", "blant", "andre", "derimot", "imidlertid", "likevel", "dessuten", "videre", "igjen",
             "bare", "kun", "ifølge", "either", "both", "also", "only", "even", "then"}
# ", styremedlem og talsperson for RSL": two roles joined by "og" are one role
APPOSITIVE_ROLE = re.compile(r"^,\s+(?:som\s+er\s+|who\s+is\s+|the\s+)?"
                             # "Joanna Mercer, Haven Trust's chief executive," / "…, the company's director of …"
                             r"(?:(?P<owner>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s\s+|[a-z]+['’]s\s+)?"
                             r"(?P<role>[\wæøå-]+(?:\s+(?:og|and)\s+[a-zæøå-]+)?(?:\s+(?!(?:for|i|ved|of|at|in)\s)[a-z]+(?![\w'’-]))?"
                             r"(?:\s+(?:for|i|ved|of|at|in)\s+"
                             r"(?:(?!\s+(?:til|to)\s)[^,.;:()]){2,60})?)")  # not "… til Aftenposten": the outlet

ACRONYM = re.compile(r"((?:[\wæøåÆØÅ-]+\s+){1,8}?[A-ZÆØÅ][\w-]*)\s*\(([A-ZÆØÅ][A-Za-zÆØÅæøå]{1,6})\)")
# "Statistisk sentralbyrå (SSB)", "Nasjonalt folkehelseinstitutt (FHI)": a capitalised name of lowercase compounds
ACRONYM_COMPOUND = re.compile(r"\b([A-ZÆØÅ][A-Za-zæøå]+(?:\s+[a-zæøå]{2,}){1,6})\s*\(([A-ZÆØÅ]{2,6})\)")

# "David og Ruth McIntyre", "Gary and Phil Neville": two first names sharing one surname
SHARED_SURNAME = re.compile(r"(?:^|(?<=\s))(?:([A-ZÆØÅ][\w-]*)\s+)?([A-ZÆØÅ][a-zæøå]+)\s+(?:og|and|&)\s+([A-ZÆØÅ][a-zæøå]+)\s+"
                            r"([A-ZÆØÅ][\w'’-]*[a-zæøå])(?![\w-])")
NICKNAME = re.compile(rf"({NAME_TOKEN})\s+[«“\"]({NAME_TOKEN})[»”\"]\s+({NAME_TOKEN}(?:\s+{NAME_TOKEN})*)")

# "– …, smiler Andreas Stjernen til NTB", "– …? ropte den sinte sørkoreaneren": how the words were said, a cue only
# right after a dash quote
EMOTIVE = re.compile(r"[,?!]\s+(smiler|smilte|ler|lo|humrer|humret|sukker|sukket|gliser|gliste|flirer|flirte|jubler|"
                     r"jublet|roper|ropte|ropet|skriker|skrek|utbryter|utbrøt|gliser|fniser|fniste|stønner|stønnet)\s+(.+)$")

# "— Jan Aage Fjortoft 🏳🌈 (@JanAageFjortoft) December 12, 2019": the credit line of an embedded post
POST_SIGNATURE = re.compile(r"^[—–-]\s*(?P<name>[^()@\n]*?[\w.])[^\w()]*\(@\w+\)\s+"
                            r"(?:\d{1,2}\.?\s+[A-Za-zæøå]+|[A-Z][a-z]+\s+\d{1,2},)\s+\d{4}")
# marks of a post's own text: hashtags, handles, links
POST_MARKS = re.compile(r"(?:^|\s)[#@]\w|pic\.twitter\.com|https?://")
ENGLISH_WORDS = re.compile(r"\b(?:the|and|is|was|I|to|of|in|that|have|has|he|she|it|not|be|at|where|been)\b")
NORWEGIAN_WORDS = re.compile(r"\b(?:og|er|det|som|på|av|med|har|ikke|til|en|et|den|han|hun|for)\b")

LAST_WORDS = re.compile(rf",\s+([a-zæøå]{{3,}})\s+((?:[a-zæøå]+\s+)?{NAME_TOKEN}(?:\s+{NAME_TOKEN})*)\.?\s*$")

# A caption's own words, once its kicker ("KINDEREGG: ") and photo credit ("Foto: NTB scanpix", "FOTO: AP /
# NTB scanpix …") are set aside; a teaser for another story ("LES OGSÅ: …") has no words of this story
CAPTION_KICKER = re.compile(KICKER + r"\s*")
CAPTION_TEASER = re.compile(r"^(?:LES OGSÅ|LES MER|LEST DENNE|HAR DU LEST|SE OGSÅ|SE VIDEO|VIDEO|BAKGRUNN|"
                            r"READ MORE|WATCH)\b")
CREDIT_BEFORE = re.compile(r"^(?:FOTO|Foto|PHOTO|Photo)\s*:.*?\b(?:scanpix|SCANPIX|Scanpix|NYHETSBYRÅN|AFP|Reuters)"
                           r"\s+(?=[A-ZÆØÅ«–-])")
CREDIT_AFTER = re.compile(r"\s*\(?" + PHOTO_CREDIT + ".*$", re.DOTALL)

# Words for speakers and bodies that the attribution rules look for by shape (session 18)
# "Det bekrefter familien i en pressemelding": the family the story is about speaks as one
FAMILY = {"familien", "familia", "the family"}
# "skriv juryen", "mener flertallet": an unnamed panel speaks as one, by that word, unless it was named before
PANELS = {"juryen", "flertallet", "fleirtalet", "mindretallet", "mindretalet"}
# "the regulator said": the commission, authority or inspectorate named before
REGULATOR_NAME = re.compile(r"(?:Commission|Authority|Regulator|Inspectorate|Ombudsman|inspektionen|tilsynet|Ofwat|Ofcom|"
                            r"Ofgem|Ofsted)\b")
# "the regulator", "the agency": what the body's own name calls it ("Federal Aviation Administration")
BODY_CALLED = {"regulator": REGULATOR_NAME, "watchdog": REGULATOR_NAME,
               "agency": re.compile(r"(?:Administration|Agency|Service|Bureau|Directorate|Office)$")}
# An English subject set off by commas before the cue: "Fiona Gallagher, a Royal College of Nursing representative,
# says …", "The university, which has about 17,000 students, said", "The union leader, for his part, said" (and
# "But Eleri Pritchard, who chairs the council, said": the conjunction is no part of her name; "Coelho, speaking
# outside the court, said")
ENGLISH_SUBJECT = re.compile(
    r"(?:.*?,\s+)??(?:(?:But|And|Yet|Still|So)\s+)?((?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*(?:\s+\([A-Z]{2,6}\))?|[Tt]he\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|"
    r"[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+){0,2}(?:fund|ministry|government|agency|regulator|central\s+bank))"
    r"(?:,\s+(?:(?:an?|the|which|who|whose)\s+[^,]{3,120}|[a-z]{3,}ing\s+[^,]{2,80}|\d{1,3}|for\s+(?:his|her|their|its)\s+part|however|meanwhile|too|"
    r"in\s+turn|(?:of|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:,\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?)){1,2},\s*")
# ("Darlene Whitcomb, 67, of Dayton, Ohio, said": where a person is from, with the state)
# "Sametinget kaller …": a parliament is a name, not a definite noun
PARLIAMENT = re.compile(r"[A-ZÆØÅ][a-zæøå]*tinget|Riksdagen|Senatet|Kongressen|Nasjonalforsamlingen")
# "Flere økonomer DN har snakket med, mener …": the people a paper spoke to
SPOKEN_TO = r"\s+(?:har|hadde)\s+(?:snakket|snakka|prata|pratet|vært\s+i\s+kontakt)\s+med\b"
# "The government has pledged …, Industry Minister Anders Lie Brekke said Tuesday.": a closing English attribution;
# the cues before it are part of what the closing speaker said
ENGLISH_CLOSING = re.compile(
    r",\s+(?:(?:[A-Z][\w'’.-]*\s+){1,6}|the\s+[a-z]+(?:\s+[a-z]+)?\s+|(?:he|she|they|it)\s+)"
    r"(said|says|told|added|wrote|warned|argued|noted)"
    r"(?:\s+(?:on|late|early|in|at|to|this|last|earlier|reporters|the|a|an|news|conference|interview|statement|"
    r"briefing|email|[A-Z][\w-]*))*\s*[.!]?\s*$")
# English role nouns ROLE_START does not hold: "the judge said", "the governor added", "the prosecutor argued"
ENGLISH_ROLES = frozenset(("judge governor prosecutor chairman chairwoman chair secretary senator commissioner chancellor "
                           "ambassador founder owner lawyer attorney councillor officer captain coach striker player rider "
                           "doctor researcher scientist author critic headteacher principal economist analyst "
                           "superintendent inspector constable detective sheriff premier envoy negotiator administrator pundit "
                           "commentator columnist historian justice").split())
# Words inside a capitalised English title that are not roles themselves ("Chief Operating Officer")
ROLE_MODIFIERS = frozenset(("operating financial technology technical information marketing commercial medical "
                            "scientific legal general deputy vice assistant senior managing associate").split())
# English courtesy titles and the role each stands for ("Gov. Dana Whitcomb" is a governor)
TITLE_ROLES = {"prof": "professor", "professor": "professor", "dr": "doctor", "judge": "judge", "justice": "judge",
               "detective": "detective", "inspector": "inspector", "superintendent": "superintendent",
               "sergeant": "sergeant", "sgt": "sergeant", "constable": "constable", "cllr": "councillor",
               "councillor": "councillor", "rev": "reverend", "reverend": "reverend", "gov": "governor",
               "governor": "governor", "sen": "senator", "senator": "senator", "commander": "commander",
               "cmdr": "commander", "lieutenant": "lieutenant", "lt": "lieutenant", "colonel": "colonel",
               "admiral": "admiral", "sheriff": "sheriff"}
