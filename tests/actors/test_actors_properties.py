"""Laws of the actors stage over generated texts: offsets inside the text, sorted, no crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.actors import ActorsStage
from veille.model import Article, Document

WORDS = ["La", "Russie", "les", "Etats-Unis", "l'Otan", "Moscou", "a", "rencontré", "le",
         "président", "russe", "Vladimir", "Poutine", "M.", "Mme", "Sherman", "il", "elle",
         "ils", "la", "police", "manifestants", "des", ",", ".", "«", "»", "à", "de", "Kiev",
         "gouvernement", "franco-allemand", "Occidentaux", "Bruxelles", "UE", "AFP", "(", ")",
         "diplomate", "chef", "de", "l'Etat", "armée", "ukrainienne", "Jean", "Martin", "\n"]

_STAGE = ActorsStage()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
def test_mentions_are_well_formed(parse_stage, words: list[str]) -> None:
    text = " ".join(words)
    doc = parse_stage(Document(article=Article(id="p", text=text, ref="p", date="2022-01-12")))
    out = _STAGE(doc)
    starts = [m.span.start for m in out.mentions]
    assert starts == sorted(starts)
    for m in out.mentions:
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert text[m.span.start:m.span.end] == m.span.text
        assert m.stage == "actors.kb.v17"
        assert m.entity >= 0
        assert m.actor.name


def test_document_without_parse() -> None:
    doc = Document(article=Article(id="e", text="La Russie.", ref="e"))
    assert _STAGE(doc).mentions == ()
