"""French temporal expressions, normalised to TIMEX3 values against the publication date.

A compiled regex pass over the article text (patterns built from ``lexicon.tsv``) finds
absolute dates ("le 12 janvier 2022", "12/01/2022", "en mars 2021", "en 2008"), relative
ones ("hier", "mardi soir", "lundi prochain", "la semaine dernière", "il y a deux ans",
"dans trois jours"), ranges, parts of months and years ("fin janvier", "mi-juin", "la fin
de l'année"), quarters ("premier trimestre 2020" → "2020-Q1"), feasts, clock times,
durations, centuries and decades, sets ("chaque année") and vague references
("actuellement" = PRESENT_REF). Each becomes a ``Timex``; the list is sorted by start and
expressions never overlap (the longest reading wins). Each pattern runs only around the
words it needs (month names, digits...), so the pass costs about 1% of spaCy's parse.

Spans. Prepositions that only place the expression ("en", "à", "pendant", "depuis",
"dès", "vers") are left out, as TimeML does; words that change the value are kept ("il y
a", "dans" in "dans trois jours", "le" in "le 20 mai", "près de" in "près de 24 heures").

Values and precision (``Timex.precision`` is the granularity of the value):
- Relative expressions count from the publication date (``Article.date``). A full date
  gives day values ("hier" → "2022-01-11", "la semaine dernière" → ISO week "2022-W01").
- Counts from the publication date keep the unit's precision: "il y a deux ans" →
  "2020", "le mois dernier" → "2021-12", "dans trois jours" → "2022-01-15"; weeks counted
  back give the day ("il y a une semaine" → "2022-01-05").
- A month-only publication date ("2022-01") cannot place a day: weekdays, "hier",
  "aujourd'hui" get the month ("lundi" → "2022-01", precision "month"); clock times get
  "2022-01-XXT10:00"; "le mois dernier" and "l'an dernier" stay exact.
- An unknown publication date is never guessed: unknown parts are written X
  ("le 20 mai" → "XXXX-05-20", "lundi" → "XXXX-WXX-1", "hier" → "XXXX-XX-XX", precision
  "unknown" when nothing of the value is known).
- A day or month without a year takes the publication year, moved by one when
  "dernier/prochain" says which side of the publication date it lies, or when it is more
  than two months away and the tense of the governing verb says so ("a été signé le 3
  octobre" in January is last October); otherwise the nearest one (within six months).
- "depuis" puts a day, month or feast without a year in the past ("depuis le 3 octobre" in
  January is last October). Feasts with a preposition or article ("à Noël", "la Toussaint",
  "le 14-Juillet", "depuis Pâques") are days; movable ones follow Easter.
- Weekdays: "dernier/passé" is 1 to 7 days back, "prochain" 1 to 7 days ahead; "ce
  lundi" is in the publication week. Otherwise the tense decides: past → the last such
  day within six days back (today included), future → the next within six days ahead,
  present → the same ISO week. With no tense found, the day is taken in the past.
- Ranges ("les 19 et 20 mai", "entre le 6 et le 8 juillet", "du vendredi 6 au dimanche 8
  juillet") are one expression valued by their first day: events take one date, and the
  first day is when the thing began.
- "fin janvier", "début mars", "mi-juin" are months; "fin 2021" and "la fin de l'année"
  years; "en fin de semaine" a week (TIMEX3 would add mod=END, which Timex has no room for).
- Clock times ("10H00", "à 5 h", "20 heures") take the last day fully known before them in
  the text (else the publication day): "2022-01-12T10:00", kind TIME; "GMT/UTC" adds "Z".
  Parts of days give "TMO", "TAF", "TEV", "TNI" ("mardi soir" → "2022-01-11TEV"). A
  time written just before its day ("13H30 lundi") is one TIME with that day.
- "le lendemain", "la veille", "le même jour" count from the last day mentioned.
- Durations are ISO 8601 ("pendant trois jours" → "P3D", "plusieurs années" → "PXY").
- Centuries and decades are the TIMEX3 prefixes: "le XXe siècle" → "19", "les années
  1990" and "les années 90" → "199".

The tense comes from the parse when there is one (spaCy's Tense morphology of the
governing verb, "devoir/aller + infinitive", "prévu"; "sont arrivés", a verb of the ``perfect`` list
after "être", is a passé composé, not a present passive), else from the words of the sentence.
"""

from __future__ import annotations

from typing import Any

from veille.dates.rules import Tense, lexicon, normalise, tense_from_text
from veille.model import Document
from veille.nlp.morphology import is_conditional, is_future
from veille.pipeline import BaseStage

_FUTURE_AUX = {"devoir", "aller"}
_FUTURE_LEMMAS = {"prévoir", "programmer"}
# Verbs whose infinitive tells of what is to come, whatever their own tense: "a promis de revenir en
# décembre", "a menacé de frapper en mars", "envisage de se rendre en mai".
_PROSPECTIVE = {"promettre", "engager", "envisager", "projeter", "compter", "menacer", "espérer", "prévoir"}


def tense_from_parse(parse: Any, start: int, end: int) -> Tense | None:
    """Tense of the verb governing the characters [start, end) in a spaCy Doc."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(6):  # up to the nearest verb
        if token.pos_ in ("VERB", "AUX") and token not in span:
            break
        if token not in span and token.pos_ == "PRON" and (token.lower_ == "où" or "Rel" in token.morph.get("PronType")):
            # hung on "où", not on its clause's verb: the words of the relative clause decide
            return tense_from_text(parse.text[token.idx:], start - token.idx, end - token.idx)
        if token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    return _verb_tense(token)


def _verb_tense(verb: Any, depth: int = 0) -> Tense | None:
    morph = verb.morph
    tense = morph.get("Tense")
    form = morph.get("VerbForm")
    if verb.lemma_ in _FUTURE_LEMMAS and "Part" in form:
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    if any("Fut" in a.morph.get("Tense") for a in auxes):
        return "future"
    if any(a.dep_ in ("aux", "aux:tense") and a.lemma_ in ("avoir", "être") for a in auxes):
        return "past"  # passé composé, plus-que-parfait
    if "Part" in form and verb.lemma_ in lexicon().get("perfect") \
            and any(a.lemma_ == "être" for a in auxes):
        return "past"  # "sont descendus dans la rue", "est arrivé": a passé composé with "être", not a passive
    for aux in auxes:  # a passive takes the tense of "être": "est fixé" is present
        if "Imp" in aux.morph.get("Tense") or "Past" in aux.morph.get("Tense"):
            return "past"
        if "Pres" in aux.morph.get("Tense"):
            return "present"
    if "Inf" in form:
        head = verb.head
        if head.lemma_ in _FUTURE_AUX or any(c.lemma_ in _FUTURE_AUX for c in verb.children):
            return "future"
        if head.i != verb.i and head.lemma_ in _PROSPECTIVE and verb.dep_ in ("xcomp", "ccomp", "obj", "obl:arg"):
            return "future"
        if head.i != verb.i and head.pos_ in ("VERB", "AUX") and depth < 3:
            return _verb_tense(head, depth + 1)
        return None
    if is_future(verb) or is_conditional(verb):
        return "future"  # also "se rendrait lundi", which the tagger takes for an imperfect
    if verb.lemma_ in _FUTURE_AUX and any("Inf" in c.morph.get("VerbForm") for c in verb.children):
        return "future"
    if "Imp" in tense or "Past" in tense:
        return "past"
    if "Pres" in tense:
        return "present"
    return None


class DatesStage(BaseStage):
    """Finds temporal expressions and normalises them against the publication date."""

    name = "dates.rules.v7"
    requires = ("parse", "sentences")
    assigns = ("timexes",)

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        parse = doc.parse

        def tense_of(start: int, end: int) -> Tense | None:
            if parse is not None:
                found = tense_from_parse(parse, start, end)
                if found is not None:
                    return found
                return tense_from_text(text, start, end)
            return tense_from_text(text, start, end)

        timexes = normalise(text, doc.article.date, tense_of)
        return doc.with_layer(self.name, timexes=tuple(timexes))


__all__ = ["DatesStage", "normalise", "tense_from_parse", "tense_from_text"]
