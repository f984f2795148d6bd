"""Events stage: PLOVER events from the parse, the actors, the dates and the places.

Rules over the dependency parse with a readable trigger lexicon (``data/triggers.tsv``) and word
classes (``data/words.tsv``). Triggers are verbs, nominalisations anchored by a support verb
("procéder à des arrestations"), an occurrence verb ("un rassemblement s'est tenu") or a frame
("lors de sa visite", "dans un entretien téléphonique avec"), and evaluative words whose source is
the opinion holder ("selon X", "pour X,", the subject of "juger", the speaker of a quotation).

Actors come from the actors layer only. The coder never guesses an actor from how often the
article names a country. Statements (REQUEST, ACCUSE, REJECT, THREATEN, SUPPORT) and directed
acts (SANCTION, CONCEDE, AID, COERCE) whose target the text names but the parse does not give are
left out rather than guessed. Two cases keep an event whose target is not found, as the
guidelines do ("an event with no identifiable target: empty target"): a named actor rejecting a
claim, an idea or a proposal (REJECT with an empty target), and a text that names one state and
no other actor, where that state's acts stay inside it (target = the same state). The other
defaults are the ones the annotation guidelines support: protest, repression, and state acts in
the passive ("ont été interpellés") take the country where the text says they happen (the
clause's or sentence's place, the dateline, the lead's place), and so does an attack's target and
an uncoded person targeted by an actor of that country.

Confidence is a simple additive score: 0.4, +0.2 for a verbal trigger, +0.2 when the source is
named in the clause (not inferred), +0.1 when the target is, +0.1 for a multi-word trigger.
"""

from __future__ import annotations

from veille.events.coder import DocumentCoder, merge
from veille.events.lexicon import Lexicon, Trigger, load_lexicon
from veille.model import Document
from veille.pipeline import BaseStage


class EventsStage(BaseStage):
    """Codes PLOVER events: one per happening, with actors, status, date and place."""

    name = "events.rules.v52"
    requires = ("parse", "sentences", "mentions", "timexes", "places", "quotes")
    assigns = ("events",)

    def __init__(self) -> None:
        self._lexicon: Lexicon | None = None

    def initialize(self) -> None:
        self._lexicon = load_lexicon()

    def __call__(self, doc: Document) -> Document:
        if self._lexicon is None:
            self.initialize()
        assert self._lexicon is not None
        if doc.parse is None:
            return doc.with_layer(self.name, events=())
        events = DocumentCoder(doc, self._lexicon, self.name).code()
        return doc.with_layer(self.name, events=tuple(events))


__all__ = ["EventsStage", "Lexicon", "Trigger", "load_lexicon", "merge"]
