"""Finding the person a question names: transliterations, surnames, roles, misspellings, namesakes."""

from __future__ import annotations

from index.entities import EntityMatcher, EntityName

PEOPLE = EntityMatcher([
    EntityName("Dmitrij Peskov", "person", (), ("Kremls talsperson",)),
    EntityName("Hans-Christian Gabrielsen", "person", (), ("LO-leder",)),
    EntityName("Erna Solberg", "person", (), ("statsminister",)),
    EntityName("Tom Solberg", "person", (), ("advokat",)),
    EntityName("Mohamed Elyounoussi", "person", (), ()),
    EntityName("Den kinesiske ambassaden i Washington", "organisation", (), ()),
    EntityName("Ine Eriksen Søreide", "person", (), ("utenriksminister",)),
    EntityName("Steve Greenberg", "person", (), ("R. Kellys advokat",)),
    EntityName("Csaba Bartha", "person", (), ("klubbpresident", "klubbpresident i Györ")),
    EntityName("Györ", "person", (), ()),
    EntityName("Frode Korneliussen", "person", (), ("Meteorolog", "Meteorolog i StormGeo")),
    EntityName("Martin Sjögren", "person", (), ("landslagssjef",)),
    EntityName("Daniel Skjeldam", "person", (), ("konsernsjef", "konsernsjef i Hurtigruten")),
    EntityName("Arbitration Service", "organisation", (), ()),
    EntityName("Horst Seehofer", "person", (), ("Tysklands innenriksminister",)),
    EntityName("Trine Skei Grande", "person", (), ("kulturminister",)),
    EntityName("Ali Akbar Salehi", "person", (), ("sjef for Irans atomprogram",)),
    EntityName("Rune Petter Ness", "person", (), ()),
    EntityName("Robert Næss", "person", (), ()),
    EntityName("Markus Cramer", "person", (), ("landslagstrener",)),
    EntityName("Jelena Välbe", "person", (), ("skipresidenten",)),
    EntityName("Donald Tusk", "person", (), ("EUs president",)),
    EntityName("Preben Aamann", "person", (), ("talsperson for EUs president Donald Tusk",)),
    EntityName("Amund Djuve", "person", (), ("sjefredaktør",)),
    EntityName("Øvrevoll", "organisation", (), ()),
    EntityName("Thomas Gjelsås", "person", (), ("sjef på Øvrevoll",)),
    EntityName("Jürgen Klopp", "person", (), ("Liverpool-manager",)),
])


def names(words: str) -> list[str]:
    return [e.name for e in PEOPLE.match(words)]


def test_transliteration_genitive_and_diacritics() -> None:
    assert names("Dmitry Peskov") == ["Dmitrij Peskov"]
    assert names("Peskovs") == ["Dmitrij Peskov"]
    assert names("Ine Eriksen Soreide") == ["Ine Eriksen Søreide"]


def test_surname_shared_by_two_people_returns_both_and_full_name_one() -> None:
    assert names("Solberg") == ["Erna Solberg", "Tom Solberg"]
    assert names("Erna Solberg") == ["Erna Solberg"]
    assert names("Guri Solberg") == []  # another first name is another person


def test_roles_and_english_descriptions() -> None:
    assert names("the Kremlin spokesman") == ["Dmitrij Peskov"]
    assert names("LO-lederen") == ["Hans-Christian Gabrielsen"]
    assert names("Chinese embassy") == ["Den kinesiske ambassaden i Washington"]


def test_misspelling_and_unknown() -> None:
    assert names("Elyunousi") == ["Mohamed Elyounoussi"]
    assert names("Xi Jinping") == []


def test_a_full_name_never_reaches_a_namesake_known_by_surname() -> None:
    # an article that calls Kjell Morten Aune just "Aune" must not make him the answer to "Hva sa Ingrid Aune?"
    matcher = EntityMatcher([EntityName("Kjell Morten Aune", "person", ("Aune",), ()),
                             EntityName("Ingrid Aune", "person", (), ()),
                             EntityName("North", "person", (), ())])
    assert [e.name for e in matcher.match("Ingrid Aune")] == ["Ingrid Aune"]
    assert [e.name for e in matcher.match("Sara Aune")] == []
    assert [e.name for e in matcher.match("Scott North")] == ["North"]  # known only by surname: may be him


def test_a_spokesperson_asked_for_by_whom_they_speak_for() -> None:
    matcher = EntityMatcher([EntityName("Preben Aamann", "person", (), ("talsperson for EUs president Donald Tusk",)),
                             EntityName("Donald Tusk", "person", (), ("EUs president",))])
    assert [e.name for e in matcher.match("Tusks talsperson")] == ["Preben Aamann"]
    assert [e.name for e in matcher.match("Tusk")] == ["Donald Tusk"]


def test_misspelt_surnames_with_and_without_a_role() -> None:
    matcher = EntityMatcher([EntityName("Vidar Pedersen", "person", (), ("politiinspektør",)),
                             EntityName("Peter Lang", "person", (), ("engineer",)),
                             EntityName("Geir Tollåli", "person", (), ("fagdirektør",)),
                             EntityName("Agnes Callamard", "person", (), ("FNs spesialrapportør",))])
    assert [e.name for e in matcher.match("Petersen")] == ["Vidar Pedersen"]  # not Peter Lang's first name
    assert [e.name for e in matcher.match("fagdirektør Tolåli")] == ["Geir Tollåli"]
    assert [e.name for e in matcher.match("the UN special rapporteur")] == ["Agnes Callamard"]
    strachan = EntityMatcher([EntityName("Callum Strachan", "person", (), ("professor",))])
    assert [e.name for e in strachan.match("Professor Strachen")] == ["Callum Strachan"]  # one letter of seven
    prosecutor = EntityMatcher([EntityName("Marianne Bråthen", "person", (), ("politiadvokat",)),
                                EntityName("Harald Solberg", "person", (), ("politisk redaktør",))])
    assert [e.name for e in prosecutor.match("the police prosecutor")] == ["Marianne Bråthen"]


def test_english_role_words_with_letters_the_normalising_folds() -> None:
    # "lawyer" is normalised to "lavyer", "coach" to "koach": the translations must still apply
    assert names("R. Kelly's lawyer") == ["Steve Greenberg"]
    assert names("StormGeo meteorologist") == ["Frode Korneliussen"]
    assert names("national team coach") == ["Martin Sjögren"]


def test_a_role_with_its_place_is_not_the_place() -> None:
    assert names("klubbpresidenten i Györ") == ["Csaba Bartha"]


def test_a_description_in_capitals_is_not_a_misspelt_name() -> None:
    assert names("Hurtigruten CEO") == ["Daniel Skjeldam"]
    assert names("head of the Norwegian Intelligence Service") == []  # not "Arbitration Service"


def test_english_ministers_and_heads() -> None:
    assert names("Germany's interior minister") == ["Horst Seehofer"]
    assert names("culture minister") == ["Trine Skei Grande"]
    assert names("head of Iran's nuclear programme") == ["Ali Akbar Salehi"]  # a head may be a "sjef"


def test_another_first_name_with_the_same_initial_is_another_person() -> None:
    assert names("Robert Ness") == ["Robert Næss"]  # a misspelling, not Rune Petter Ness


def test_a_nationality_names_the_country_of_the_role() -> None:
    matcher = EntityMatcher([EntityName("Giuseppe Conte", "person", (), ("statsminister i Italia",)),
                             EntityName("Erna Solberg", "person", (), ("statsminister",)),
                             EntityName("Line Skott", "person", (), ("operasjonsleder i Oslo politidistrikt",))])
    assert [e.name for e in matcher.match("den italienske statsministeren")] == ["Giuseppe Conte"]
    assert [e.name for e in matcher.match("operations manager at Oslo police district")] == ["Line Skott"]


def test_another_full_name_within_a_full_name_is_another_person() -> None:
    matcher = EntityMatcher([EntityName("Kjetil Solvik Olsen", "person", (), ()),
                             EntityName("Kjetil Olsen", "person", (), ()),
                             EntityName("Carlos Alberto Munoz-Moyano", "person", ("Munoz-Moyano",), ())])
    assert [e.name for e in matcher.match("Kjetil Solvik Olsen")] == ["Kjetil Solvik Olsen"]
    assert [e.name for e in matcher.match("Munoz Moyano")] == ["Carlos Alberto Munoz-Moyano"]  # no hyphen


def test_role_and_place_of_a_description() -> None:
    from index.entities import role_and_place
    assert role_and_place("talspersonen for Extinction Rebellion") == ("talspersonen", "Extinction Rebellion")
    assert role_and_place("Liverpool manager") == ("manager", "Liverpool")
    assert role_and_place("Peskov") is None
    assert role_and_place("DN's editor-in-chief") == ("editor-in-chief", "DN")  # a hyphenated English role
    assert role_and_place("Anne-Lise Kristensen") is None
    assert role_and_place("Avantor-direktøren") == ("direktøren", "Avantor")  # the place and the role in one word
    assert role_and_place("CNN-kommentatoren") == ("kommentatoren", "CNN")
    assert role_and_place("Ap-leder Jonas Gahr Støre") is None  # the name after the role decides
    assert role_and_place("ordføraren i Stryn") == ("ordføraren", "Stryn")  # nynorsk


def test_a_role_word_means_the_person_not_the_body_named_with_it() -> None:
    matcher = EntityMatcher([EntityName("Politidirektoratet", "organisation", (), ()),
                             EntityName("Benedicte Bjørnland", "person", (), ("politidirektør",))])
    assert [e.name for e in matcher.match("politidirektøren")] == ["Benedicte Bjørnland"]


def test_a_surname_spelt_as_it_sounds() -> None:
    assert names("Kramer") == ["Markus Cramer"]


def test_a_full_name_after_its_role_is_that_person_not_whoever_speaks_for_them() -> None:
    assert names("EU president Donald Tusk") == ["Donald Tusk"]


def test_english_compounds_and_phrases_for_norwegian_roles() -> None:
    assert names("the Russian ski president") == ["Jelena Välbe"]
    assert names("the editor-in-chief") == ["Amund Djuve"]


def test_a_role_at_a_place_is_the_person_not_the_place() -> None:
    assert names("CEO of Øvrevoll") == ["Thomas Gjelsås"]


def test_an_english_role_word_norwegian_also_uses() -> None:
    assert names("the Liverpool manager") == ["Jürgen Klopp"]


def test_a_title_in_a_question_is_not_part_of_the_name() -> None:
    matcher = EntityMatcher([EntityName("Ingrid Solheim", "person", (), ("professor",)),
                             EntityName("Kenji Watanabe", "person", (), ())])
    assert [e.name for e in matcher.match("Prof Solheim")] == ["Ingrid Solheim"]
    assert [e.name for e in matcher.match("Dr Watanabe")] == ["Kenji Watanabe"]


def test_a_misspelt_full_name_after_a_description_the_index_lacks() -> None:
    # nobody is known as a "sanglærer" or a "fan": the name after the description decides, misspelt or not
    matcher = EntityMatcher([EntityName("Eirik Mathisen", "person", (), ()),
                             EntityName("Kwak-Ji-hyuk", "person", (), ()),
                             EntityName("Stryn", "organisation", (), ())])
    assert [e.name for e in matcher.match("sanglæreren Eirik Mathiesen")] == ["Eirik Mathisen"]
    assert [e.name for e in matcher.match("den sørkoreanske fanen Kwak Ji-hyuk")] == ["Kwak-Ji-hyuk"]


def test_english_role_phrases_for_norwegian_and_english_roles() -> None:
    matcher = EntityMatcher([EntityName("Knut Erik Lindahl", "person", (), ("Overlege i BUP Vestfold",)),
                             EntityName("Kristin Lian", "person", (), ("Bostyrer, advokat",)),
                             EntityName("Hannah Royce", "person", (), ("Tempo's chief executive",)),
                             EntityName("Stephen Kettle", "person", (), ("son",)),
                             EntityName("Moira Kettle", "person", (), ())])
    assert [e.name for e in matcher.match("the chief physician at BUP Vestfold")] == ["Knut Erik Lindahl"]
    assert [e.name for e in matcher.match("the bankruptcy trustee")] == ["Kristin Lian"]
    assert [e.name for e in matcher.by_role("chief executive")] == ["Hannah Royce"]
    assert [e.name for e in matcher.by_role("son")] == ["Stephen Kettle"]


def test_a_chief_executive_and_a_court_appointed_expert_in_norwegian_roles() -> None:
    """Norwegian articles call a chief executive "administrerende direktør" as often as "konsernsjef", and a
    court-appointed expert "den rettsoppnevnte sakkyndige"."""
    matcher = EntityMatcher([EntityName("Eirik Solheim", "person", (), ("administrerende direktør",)),
                             EntityName("Einar Dahl", "person", (), ("den rettsoppnevnte sakkyndige",)),
                             EntityName("Kari Dahl", "person", (), ("styreleder",))])
    assert [e.name for e in matcher.by_role("chief executive")] == ["Eirik Solheim"]
    assert [e.name for e in matcher.by_role("court-appointed expert")] == ["Einar Dahl"]


def test_a_misspelt_name_at_a_body_is_the_person_not_the_body() -> None:
    """"Kvambek i NVE" is Jostein Kvambekk of NVE, not NVE; "Politiet i Agder" stays a body."""
    matcher = EntityMatcher([EntityName("Jostein Kvambekk", "person", (), ("seniorrådgiver",)),
                             EntityName("NVE", "organisation", (), ()),
                             EntityName("Politiet i Agder", "organisation", (), ())])
    assert [e.name for e in matcher.match("Kvambek i NVE")] == ["Jostein Kvambekk"]
    assert [e.name for e in matcher.match("Politiet i Agder")] == ["Politiet i Agder"]


def test_a_role_at_a_place_is_not_someone_who_carries_the_place_name() -> None:
    """"ordføraren i Ulvik" is the mayor of Ulvik, never the festival director Trond Ulvik."""
    matcher = EntityMatcher([EntityName("Trond Ulvik", "person", (), ("festivalsjef",)),
                             EntityName("Synnøve Hjeltnes", "person", (), ("Ordførar",))])
    assert matcher.match("ordføraren i Ulvik") == []
    assert [e.name for e in matcher.match("Ulvik")] == ["Trond Ulvik"]


def test_a_norwegian_role_compound_finds_the_english_role_and_the_norwegian_one() -> None:
    """"sportsdirektøren" is the "sports director" of an English article as well as a Norwegian sportsdirektør;
    "guvernøren i Missouri" is a role at a place, the "governor" of an English article."""
    from index.entities import role_and_place
    matcher = EntityMatcher([EntityName("Pieter Vermeulen", "person", (), ("Nordhavn-Vélo's sports director",)),
                             EntityName("Kenneth Myhre", "person", (), ("sportsdirektør",)),
                             EntityName("Dana Whitcomb", "person", (), ("governor",))])
    assert [e.name for e in matcher.by_role("sportsdirektøren")] == ["Pieter Vermeulen", "Kenneth Myhre"]
    assert role_and_place("guvernøren i Missouri") == ("guvernøren", "Missouri")
    assert [e.name for e in matcher.by_role("guvernøren")] == ["Dana Whitcomb"]


def test_a_role_before_a_misspelt_name_and_a_role_of_a_named_body() -> None:
    """"RMT-leder Dave Mulroney" is the misspelt Dave Mulrooney (not Kwak Ji-hyuk's "Ji-hyuk", which is a name);
    "the president of the Sámi Parliament" is no one the index calls Parliament; "the climate and environment
    minister" is the "klima- og miljøminister"."""
    matcher = EntityMatcher([EntityName("Dave Mulrooney", "person", (), ("RMT general secretary",)),
                             EntityName("Kwak-Ji-hyuk", "person", (), ()),
                             EntityName("Sami Parliament", "person", (), ()),
                             EntityName("Anders Fjeldstad", "person", (), ("klima- og miljøminister",)),
                             EntityName("Ola Vik", "person", (), ("miljøvernsjef",))])
    assert [e.name for e in matcher.match("RMT-leder Dave Mulroney")] == ["Dave Mulrooney"]
    assert [e.name for e in matcher.match("den sørkoreanske fanen Kwak Ji-hyuk")] == ["Kwak-Ji-hyuk"]
    assert matcher.match("president of the Sámi Parliament") == []
    assert [e.name for e in matcher.match("climate and environment minister")] == ["Anders Fjeldstad"]


def test_a_title_before_a_surname_picks_the_namesake_who_holds_it() -> None:
    """"Judge Whitcomb" is the judge among four Whitcombs, "Mayor Whitcomb" the mayor; a bare "Whitcomb" is
    still all of them, and a title no namesake holds leaves them all."""
    matcher = EntityMatcher([EntityName("Dale Whitcomb", "person", ("Whitcomb",), ("sheriff",)),
                             EntityName("Darlene Whitcomb", "person", ("Whitcomb",), ("Mayor",)),
                             EntityName("Ambrose Whitcomb", "person", ("Whitcomb",), ("judge",)),
                             EntityName("Dana Whitcomb", "person", ("Whitcomb",), ("governor",))])
    assert [e.name for e in matcher.match("Judge Whitcomb")] == ["Ambrose Whitcomb"]
    assert [e.name for e in matcher.match("Mayor Whitcomb")] == ["Darlene Whitcomb"]
    assert [e.name for e in matcher.match("Gov. Whitcomb")] == ["Dana Whitcomb"]
    assert len(matcher.match("Whitcomb")) == 4
    assert len(matcher.match("Senator Whitcomb")) == 4


def test_a_defense_attorney_is_the_forsvarsadvokat_a_norwegian_question_asks_for() -> None:
    """"Defense attorney Garrett Pulaski" keeps the whole role, so "forsvarsadvokaten" and "the defence lawyer"
    find him, not every attorney of the index."""
    matcher = EntityMatcher([EntityName("Garrett Pulaski", "person", (), ("defense attorney",)),
                             EntityName("Dana Roe", "person", (), ("attorney",))])
    assert [e.name for e in matcher.by_role("forsvarsadvokaten")] == ["Garrett Pulaski"]
    assert [e.name for e in matcher.by_role("defense attorney")] == ["Garrett Pulaski"]


def test_a_misspelt_full_name_is_the_person_not_a_one_word_name_sharing_its_surname() -> None:
    """"Ruben Myre" is the footballer Ruben Myhre, not the village of Myre an article took for a surname; a
    bare "Myre" is still that one-word name."""
    matcher = EntityMatcher([EntityName("Myre", "person", (), ()),
                             EntityName("Ruben Myhre", "person", ("Myhre",), ("midtstopper",))])
    assert [e.name for e in matcher.match("Ruben Myre")] == ["Ruben Myhre"]
    assert [e.name for e in matcher.match("Myre")] == ["Myre"]
