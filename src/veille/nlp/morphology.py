"""French verb morphology the tagger often gets wrong: the conditional and the simple future.

fr_core_news_md tags most regular conditionals as imperfects ("se rendrait", "permettrait": Tense=Imp),
so the form is read from its ending and the lemma's future stem as well as from the tags.
"""

from __future__ import annotations

import re
from typing import Any

Token = Any  # a spaCy Token; spaCy is not typed

#: Future stems of irregular verbs (the conditional is built on the same stem).
FUTURE_STEMS = {
    "être": "ser", "avoir": "aur", "aller": "ir", "faire": "fer", "pouvoir": "pourr", "devoir": "devr",
    "vouloir": "voudr", "venir": "viendr", "tenir": "tiendr", "voir": "verr", "savoir": "saur",
    "falloir": "faudr", "envoyer": "enverr", "recevoir": "recevr", "mourir": "mourr", "courir": "courr",
    "valoir": "vaudr",
}
_COND = re.compile(r"r(ais|ait|ions|iez|aient)$")
_FUT = re.compile(r"r(ai|as|a|ons|ez|ont)$")


def _stem_matches(form: str, lemma: str, ending_start: int) -> bool:
    """Whether ``form`` is built on the future stem of ``lemma`` (not an imperfect or a present)."""
    stem = form[: ending_start + 1]  # up to and including the r
    if lemma in FUTURE_STEMS:
        return stem.endswith(FUTURE_STEMS[lemma])
    # the imperfect of "déclarer" is "déclarait" (stem déclar-): not a conditional
    if len(lemma) > 2 and form == lemma[:-2] + form[ending_start + 1:]:
        return False
    if lemma.endswith("re"):
        return stem.startswith(lemma[:-2])
    return stem.startswith(lemma[:-2]) and len(stem) >= len(lemma) - 1


def _on_future_stem(tok: Token, endings: re.Pattern[str]) -> bool:
    """Whether a verb's form is one of ``endings`` on the future stem of its lemma."""
    form, lemma = tok.lower_, tok.lemma_.lower()
    m = endings.search(form)
    return m is not None and tok.pos_ in ("VERB", "AUX") and _stem_matches(form, lemma, m.start())


def is_conditional(tok: Token) -> bool:
    """A finite verb in the conditional ("pourrait", "imposeraient")."""
    return "Cnd" in tok.morph.get("Mood") or _on_future_stem(tok, _COND)


def is_future(tok: Token) -> bool:
    """A finite verb in the simple future ("exigera", "se poursuivront")."""
    return "Fut" in tok.morph.get("Tense") or _on_future_stem(tok, _FUT)
