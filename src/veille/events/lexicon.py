"""The trigger lexicon and word classes of the events stage, read from package data."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources

from veille.errors import ConfigError
from veille.model import PLOVER_TYPES

POS = ("VERB", "NOUN", "ADJ")
CONSTRAINTS = ("", "no-ccomp", "neg-only", "reflexive", "evaluative", "declared")


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a word that names a PLOVER event of some type."""

    lemma: str
    pos: str
    type: str
    mode: str | None = None
    cue: str | None = None
    constraint: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Lexicon:
    """Triggers indexed by word form, and the word classes (support, modal, domestic...)."""

    triggers: dict[str, tuple[Trigger, ...]]
    classes: dict[str, frozenset[str]]
    seats: dict[str, tuple[str, str]] = field(default_factory=dict)  # "Kremlin" -> (Moscou, RUS)

    def lookup(self, *forms: str) -> tuple[Trigger, ...]:
        """Entries for the first of ``forms`` (lemma, surface form) that the lexicon holds."""
        for form in forms:
            entries = self.triggers.get(form.lower())
            if entries:
                return entries
        return ()

    def is_a(self, cls: str, *forms: str) -> bool:
        """Whether a lemma, or any of the forms given (lemma and surface form), belongs to the word class ``cls``."""
        members = self.classes.get(cls, frozenset())
        return any(form.lower() in members for form in forms)

    @property
    def types(self) -> set[str]:
        return {t.type for entries in self.triggers.values() for t in entries}


def _rows(name: str) -> list[tuple[int, list[str]]]:
    text = resources.files("veille.events").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append((n, [c.strip() for c in line.split("\t")]))
    return rows


def parse_triggers(rows: list[tuple[int, list[str]]], origin: str = "triggers.tsv") -> dict[str, tuple[Trigger, ...]]:
    """Index trigger rows by each of their forms ("démentir|dément" gives two keys)."""
    index: dict[str, list[Trigger]] = defaultdict(list)
    for n, cols in rows:
        if len(cols) < 6:
            raise ConfigError(f"{origin}:{n}: expected 7 tab-separated columns, got {len(cols)}",
                              hint="lemma, pos, type, mode, cue, constraint, notes")
        lemma, pos, type_, mode, cue, constraint = cols[:6]
        notes = cols[6] if len(cols) > 6 else ""
        constraint = "" if constraint == "-" else constraint
        if pos not in POS or type_ not in PLOVER_TYPES or constraint not in CONSTRAINTS:
            raise ConfigError(f"{origin}:{n}: unknown part of speech, type or constraint in {cols[:6]}",
                              hint=f"pos in {POS}, type in PLOVER_TYPES, constraint in {CONSTRAINTS}")
        forms = [f.lower() for f in lemma.split("|") if f]
        entry = Trigger(forms[0], pos, type_, None if mode == "-" else mode,
                        None if cue == "-" else cue.lower(), constraint, notes)
        for form in forms:
            index[form].append(entry)
    return {k: tuple(v) for k, v in index.items()}


_LEXICON: list[Lexicon] = []


def load_lexicon() -> Lexicon:
    """The packaged lexicon, read once per process."""
    if not _LEXICON:
        classes: dict[str, set[str]] = defaultdict(set)
        for _, cols in _rows("words.tsv"):
            classes[cols[0]].add(cols[1].lower())
        seats = {name: (cols[1], cols[2]) for _, cols in _rows("seats.tsv") for name in cols[0].split("|") if name}
        _LEXICON.append(Lexicon(parse_triggers(_rows("triggers.tsv")),
                                {k: frozenset(v) for k, v in classes.items()}, seats))
    return _LEXICON[0]
