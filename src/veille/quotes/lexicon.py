"""The readable word lists the quotations stage uses, loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a package data file."""
    text = files("veille.quotes").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    """Reporting verbs, speaker nouns, titles, slogan cues and filler words."""

    verbs: frozenset[str]  # inflected forms, lower-case
    speaker_nouns: dict[str, str]  # lemma -> "role" | "source" | "group"
    titles: frozenset[str]
    slogan_cues: frozenset[str]
    fillers: frozenset[str]
    first_names: dict[str, str]  # lower-case first name -> "Masc" | "Fem"
    medium_words: dict[str, str]  # lemma (lower-case) -> "medium" | "platform" | "press"

    def is_verb(self, form: str) -> bool:
        """Whether a word form is a reporting verb."""
        return form.lower() in self.verbs


def _first_names() -> dict[str, str]:
    """Common first names and their usual gender, from the actors' readable list."""
    text = files("veille.actors").joinpath("data", "first_names.tsv").read_text(encoding="utf-8")
    genders = {"m": "Masc", "f": "Fem"}
    names: dict[str, str] = {}
    for line in text.splitlines():  # comments and the header row have no gender "m" or "f"
        name, _, gender = line.strip().partition("\t")
        if name and not name.startswith("#") and gender.strip() in genders:
            names.setdefault(name.lower(), genders[gender.strip()])
    return names


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon from the package data files."""
    verbs = {w.lower() for w in _lines("quote_verb_list.txt") + _lines("extra_verbs.txt")}
    nouns: dict[str, str] = {}
    for line in _lines("speaker_nouns.txt"):
        word, _, kind = line.partition("\t")
        nouns[word.strip().lower()] = kind.strip() or "role"
    return Lexicon(
        verbs=frozenset(verbs),
        speaker_nouns=nouns,
        titles=frozenset(_lines("titles.txt")),
        slogan_cues=frozenset(w.lower() for w in _lines("slogan_cues.txt")),
        fillers=frozenset(w.lower() for w in _lines("time_words.txt")),
        first_names=_first_names(),
        medium_words={word.strip().lower(): kind.strip() for word, _, kind in
                      (line.partition("\t") for line in _lines("medium_words.txt"))},
    )
