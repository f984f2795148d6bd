from __future__ import annotations


def _sentences(make_doc, text: str) -> list[str]:
    return [s.text for s in make_doc(text).sentences]


def test_quotation_and_its_incise_are_one_sentence(make_doc) -> None:
    text = ("« Nous ne céderons sur aucun point », a déclaré mardi le ministre Jean Dupont. "
            "« La situation reste très grave », a-t-il ajouté.")
    assert _sentences(make_doc, text) == [
        "« Nous ne céderons sur aucun point », a déclaré mardi le ministre Jean Dupont.",
        "« La situation reste très grave », a-t-il ajouté.",
    ]


def test_no_sentence_break_inside_a_name_or_after_a_date(make_doc) -> None:
    text = ("Le président a averti samedi 12 septembre Paul Martin de ne pas insister. "
            "Le dirigeant Kim Jong Un a répondu dimanche.")
    assert len(_sentences(make_doc, text)) == 2


def test_line_breaks_still_separate_headline_and_paragraphs(make_doc) -> None:
    text = "Sommet à Genève\n\nLes deux présidents se sont rencontrés lundi. Ils ont parlé."
    sents = _sentences(make_doc, text)
    assert sents[0].startswith("Sommet à Genève")
    assert "Les deux présidents se sont rencontrés lundi." in sents
