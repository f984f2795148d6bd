"""Words compared as positions in the parse, not as Python objects (spaCy makes a new Token on each access)."""

from __future__ import annotations

import threading
from dataclasses import replace

from spacy.tokens import Doc

from veille.events import load_lexicon
from veille.events.coder import Args, DocumentCoder


def test_climb_to_a_nominal_root_stops_at_the_root(make_doc) -> None:
    """"Accusation grave, ce que la Chine dément": with "ce" hung on a noun at the root and the verb
    apart, the search for the claim's verb above "ce" stops at the root and finds none."""
    doc = make_doc("Accusation grave, ce que la Chine dément.")
    words = ["Accusation", "grave", ",", "ce", "que", "la", "Chine", "dément", "."]
    spaces = [True, False, True, True, True, True, True, False, False]
    heads = [0, 0, 3, 0, 7, 6, 7, 0, 0]
    deps = ["ROOT", "amod", "punct", "appos", "obj", "det", "nsubj", "parataxis", "punct"]
    pos = ["NOUN", "ADJ", "PUNCT", "PRON", "PRON", "DET", "PROPN", "VERB", "PUNCT"]
    parse = Doc(doc.parse.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    coder = DocumentCoder(replace(doc, parse=parse), load_lexicon(), "test")
    found: list[Args] = []
    worker = threading.Thread(target=lambda: found.append(coder._what_was_said_before(parse[7], Args())),
                              daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert found == [Args()]
