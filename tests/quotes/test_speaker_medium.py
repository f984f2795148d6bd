"""The medium or the audience of reported words ("dans un communiqué", "à l'AFP") is not part of the speaker."""

from __future__ import annotations

from veille.model import Actor, Mention, Span
from veille.quotes import QuotesStage


def _speakers(make_doc, text: str, media: tuple[str, ...] = ()) -> list[str]:
    doc = make_doc(text)
    mentions = tuple(Mention(Span(text.index(m), text.index(m) + len(m), m),
                             Actor(code=None, name=m, kind="other", sector="MED"), entity=n)
                     for n, m in enumerate(media))
    doc = QuotesStage()(doc.with_layer("test", mentions=mentions, timexes=()))
    return [q.speaker for q in doc.quotes if q.kind == "direct"]


def test_a_communique_or_an_interview_ends_the_speaker(make_doc) -> None:
    assert _speakers(make_doc, "« Nous ne céderons rien sur les salaires », ont affirmé les deux syndicats "
                               "dans un communiqué commun.") == ["les deux syndicats"]
    assert _speakers(make_doc, "« Nous rouvrirons toutes les écoles en septembre », a expliqué la ministre "
                               "Claire Dubois dans un entretien publié dimanche.") == ["Claire Dubois"]
    assert _speakers(make_doc, "« La frontière restera fermée cette semaine », a écrit l'ambassade de France "
                               "sur Facebook.") == ["l'ambassade de France"]


def test_the_press_or_a_news_agency_ends_the_speaker(make_doc) -> None:
    assert _speakers(make_doc, "« Le calendrier sera tenu sans retard », a confié un conseiller à la presse.") \
        == ["un conseiller"]
    assert _speakers(make_doc, "« Le calendrier sera tenu sans retard », a indiqué le porte-parole du gouvernement à l'AFP.",
                     media=("AFP",)) == ["le porte-parole du gouvernement"]


def test_a_title_with_a_to_phrase_is_kept_whole(make_doc) -> None:
    assert _speakers(make_doc, "« Les trains circuleront dès lundi matin », a déclaré le secrétaire d'État "
                               "aux Transports Paul Garnier.") == ["le secrétaire d'État aux Transports Paul Garnier"]


def test_a_date_before_the_speaker_is_not_part_of_it(make_doc) -> None:
    # The parser hangs "le Premier ministre" on the date before it; the role still names the
    # person introduced before, and the medium after it is left out.
    text = ("Jean Morel a défendu le budget devant les députés. « Nous tiendrons nos engagements jusqu'au bout », "
            "a promis lundi 2 décembre le Premier ministre dans une tribune au Huffington Post.")
    doc = make_doc(text)
    mentions = (Mention(Span(0, 10, "Jean Morel"), Actor(code="FRA", name="Jean Morel", kind="person",
                                                         role="Premier ministre"), entity=0),)
    doc = QuotesStage()(doc.with_layer("test", mentions=mentions, timexes=()))
    speakers = [q.speaker for q in doc.quotes if q.kind == "direct"]
    assert speakers and "décembre" not in speakers[0] and "tribune" not in speakers[0]
