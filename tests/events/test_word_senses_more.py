"""Events stage: more trigger words used in a sense that names no political act (declining to comment, a post
handed over or shares sold, an intention expressed, a death toll counted, what one ends up doing, an
interview with a review), beside the political sense they keep; and acts named only as banned, called for
or alleged, which are not told as done."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_declining_to_comment_is_no_rejection(make_doc) -> None:
    doc = coded(make_doc("Le ministre danois a refusé de commenter les propos de Stockholm."),
                {"ministre danois": "DNK", "Stockholm": "SWE"})
    assert "REJECT" not in types(doc)
    doc = coded(make_doc("Le porte-parole danois s'est refusé à commenter la décision de Stockholm."),
                {"porte-parole danois": "DNK", "Stockholm": "SWE"})
    assert "REJECT" not in types(doc)
    refused = coded(make_doc("Le gouvernement danois a refusé de négocier avec la Suède."),
                    {"gouvernement danois": "DNK", "Suède": "SWE"})
    assert ("REJECT", ("DNK",), ("SWE",)) in asserted(refused)


def test_handing_over_a_post_is_no_concession(make_doc) -> None:
    doc = coded(make_doc("Le président danois a cédé les rênes du parti à son ancien ministre."),
                {"président danois": "DNK"})
    assert "CONCEDE" not in types(doc)


def test_expressing_an_intention_is_no_demonstration(make_doc) -> None:
    doc = coded(make_doc("La députée danoise a manifesté, avant de quitter Oslo, son intention de se présenter."),
                {"députée danoise": "DNK"})
    assert "PROTEST" not in types(doc)


def test_a_death_toll_deplored_blames_no_one(make_doc) -> None:
    doc = coded(make_doc("Moins touché que la Suède, le Danemark déplore 40 morts à ce jour."),
                {"Danemark": "DNK", "Suède": "SWE"})
    assert "ACCUSE" not in types(doc)
    blamed = coded(make_doc("Le Danemark a déploré la décision de la Suède."), {"Danemark": "DNK", "Suède": "SWE"})
    assert "ACCUSE" in types(blamed)


def test_ending_up_doing_something_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Le Premier ministre danois se retrouve à devoir gérer cette crise avec la Suède."),
                {"Premier ministre danois": "DNK", "Suède": "SWE"})
    assert "CONSULT" not in types(doc)
    met = coded(make_doc("Les ministres danois et suédois se sont retrouvés à Oslo."),
                {"danois": "DNK", "suédois": "SWE"})
    assert "CONSULT" in types(met)


def test_an_interview_with_a_review_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Dans un entretien avec la revue Nature, le ministre danois a affirmé que le virus recule."),
                {"ministre danois": "DNK"})
    assert "CONSULT" not in types(doc)


def test_a_gathering_that_is_banned_is_not_told_as_held(make_doc) -> None:
    doc = coded(make_doc("Comme en Suède où il est interdit désormais de se réunir à plus de six personnes."),
                {"Suède": "SWE"})
    assert not any(e.type == "CONSULT" and e.status == "asserted" for e in doc.events)


def test_a_refusal_called_for_or_alleged_is_not_told_as_done(make_doc) -> None:
    doc = coded(make_doc("Des manifestants appelaient le Danemark à refuser de lui fournir de l'aide."),
                {"Danemark": "DNK"})
    assert "REJECT" not in {t for t, _, _ in asserted(doc)}
    doc = coded(make_doc("Oslo accuse les Danois de violer leurs engagements, en n'aidant pas la Norvège à exporter."),
                {"Oslo": "NOR", "Danois": "DNK", "Norvège": "NOR"})
    assert "REJECT" not in {t for t, _, _ in asserted(doc)}
    refused = coded(make_doc("Le Danemark a refusé de fournir de l'aide à la Suède."),
                    {"Danemark": "DNK", "Suède": "SWE"})
    assert ("REJECT", ("DNK",), ("SWE",)) in asserted(refused)
