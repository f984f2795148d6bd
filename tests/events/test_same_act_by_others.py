"""Events stage: an act that others did as well, named after it ("X a dénoncé ..., tout comme Y"), is an
event of each, not when the others undergo a passive; "ce texte" takes up the text named last and who
imposed it; a second object the parser hung on the verb names whom a plea addresses; a promise and the act
it promises are one agreement."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_others_named_after_the_act_did_it_too(make_doc) -> None:
    doc = coded(make_doc("La France a dénoncé le coup d'Etat au Mali, tout comme l'Union européenne."),
                {"France": "FRA", "Mali": "MLI", "Union européenne": "EU"})
    assert ("ACCUSE", ("FRA",), ("MLI",)) in asserted(doc)
    assert ("ACCUSE", ("EU",), ("MLI",)) in asserted(doc)


def test_others_undergoing_the_act_are_no_source(make_doc) -> None:
    doc = coded(make_doc("Les forces armées maliennes sont régulièrement visées par des attaques jihadistes, tout "
                         "comme la France."),
                {"forces armées maliennes": "MLI", "jihadistes": "ISM", "France": "FRA"})
    assert all("FRA" not in source for _, source, _ in asserted(doc))


def test_this_text_takes_up_the_law_named_last_and_who_imposed_it(make_doc) -> None:
    text = ("La police a procédé à des arrestations en vertu de la loi sur la sécurité nationale imposée par "
            "Pékin à Hong Kong. Carrie Lam a salué cette loi. De nombreux pays occidentaux ont condamné ce texte.")
    doc = coded(make_doc(text), {"Pékin": "CHN", "Hong Kong": "HKG", "Carrie Lam": "HKG",
                                 "pays occidentaux": ("USA", "EU", "NATO")}, persons=("Carrie Lam",))
    assert ("ACCUSE", ("USA", "EU", "NATO"), ("CHN",)) in asserted(doc)


def test_this_text_is_the_one_named_last_not_an_earlier_law(make_doc) -> None:
    text = ("Pékin a adopté la loi sur la sécurité nationale imposée par Pékin à Hong Kong. La Chambre américaine "
            "a voté un texte qui prévoit des sanctions. De nombreux pays occidentaux ont condamné ce texte.")
    doc = coded(make_doc(text), {"Pékin": "CHN", "Hong Kong": "HKG", "Chambre américaine": "USA",
                                 "pays occidentaux": ("USA", "EU", "NATO")})
    assert all("CHN" not in target for etype, _, target in asserted(doc) if etype == "ACCUSE")


def test_a_second_object_hung_on_the_verb_names_whom_a_plea_addresses(make_doc) -> None:
    doc = coded(make_doc('Lors de sa visite du 6 août, M. Macron avait plaidé pour un nouveau "pacte politique" et des '
                         'réformes urgentes au Liban.', date="2020-08-29"),
                {"M. Macron": "FRA", "Liban": "LBN"}, timexes={"6 août": "2020-08-06"}, persons=("M. Macron",))
    assert ("REQUEST", ("FRA",), ("LBN",)) in asserted(doc)


def test_a_promise_to_come_back_is_one_agreement(make_doc) -> None:
    doc = coded(make_doc("Le président français a promis de revenir au Liban en décembre."),
                {"président français": "FRA", "Liban": "LBN"}, timexes={"décembre": "2022-12"})
    assert [(e.type, e.source, e.target) for e in doc.events if e.status == "asserted"] == [
        ("AGREE", ("FRA",), ("LBN",))]
