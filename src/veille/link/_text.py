"""Evidence similarity: cosine of weighted word stems and stem bigrams.

The weights are fixed by the sentence alone (no corpus statistics), so the similarity of
two reports never changes when other reports are added: linking stays order-independent.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

_WORD = re.compile(r"\w+")
STEM = 5  # French inflection mostly changes word endings: "empoisonnement" ~ "empoisonné"
NAME_WEIGHT = 2.0  # capitalised words inside a sentence are names: the most specific words
BIGRAM_WEIGHT = 1.0

Vector = dict[str, float]


def fold(text: str) -> str:
    """Lower-case and strip accents."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The packaged French stop words, folded."""
    text = files("veille.link").joinpath("stopwords_fr.txt").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(fold(w) for w in line.split())
    return frozenset(words)


def vector(text: str) -> Vector:
    """Unit-length sparse vector of a sentence's stems (names weigh more) and stem bigrams."""
    stop = stopwords()
    weights: dict[str, float] = {}
    stems: list[str] = []
    for i, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        folded = fold(word)
        if len(folded) < 2 or folded in stop:
            continue
        stem = folded[:STEM]
        weight = NAME_WEIGHT if i > 0 and word[0].isupper() else 1.0
        weights[stem] = max(weights.get(stem, 0.0), weight)
        stems.append(stem)
    for left, right in itertools.pairwise(stems):
        gram = f"{left} {right}"
        weights[gram] = max(weights.get(gram, 0.0), BIGRAM_WEIGHT)
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {k: w / norm for k, w in weights.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit vectors (iterates over the shorter one)."""
    shared = a.keys() & b.keys()
    return sum(a[k] * b[k] for k in sorted(shared)) if shared else 0.0
