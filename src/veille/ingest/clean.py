"""Boilerplate removal: bylines, credits, "see also" teasers and page furniture."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

RuleKind = Literal["line", "marker", "tail"]

LEXICON = "boilerplate.tsv"
# Bullets and dashes that may open a boilerplate line ("• À lire aussi", "- AFP").
_LEADERS = " \t•·‣◦▪►▶→>*-–—"
# A line that ends like a sentence (or a quotation) is article text, never a stray headline.
_SENTENCE_END = re.compile(r"""[.!?…:;»"”’)\]]\s*$""")
# A "see also" marker is boilerplate when what follows it is a separator or a headline.
_AFTER_MARKER = re.compile(r"""\s*(?:$|[:.…>»\-–—|]|(?=[A-ZÀ-ÖØ-Þ«"“'’\d]))""")
_FRAGMENT_MAX = 100  # longest line taken for a stray headline or label (not a sentence)
_TEASER_MAX = 200  # a "see also" line longer than this is a paragraph of the article
_DEFINE = re.compile(r"\{([A-Z]+)\}")
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
# A straight double quote glued between an elided word and the vowel that follows ("l"économie",
# "d"être", "jusqu"à") stands for an apostrophe that a conversion of curly quotes has mangled: a
# quotation mark never sits inside a word, and left as it is it would open a false quotation.
_ELIDED_QUOTE = re.compile(r"""(?<![^\W\d_])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu))"(?=[aeiouyhàâäéèêëîïôöùûü])""",
                           re.IGNORECASE)
# A wire dateline: "GENÈVE (Reuters) -", "PARIS, 12 janvier (AFP) -": the agency that filed the story.
_DATELINE = re.compile(r"\s*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]{0,40}(?:,[^()\n]{1,30})?\s*)?"
                       r"\((?P<agency>[A-Z][\w.&/-]*(?: [\w.&/-]+){0,2})\)\s*[-–—]")


@dataclass(frozen=True)
class Rule:
    """One boilerplate rule of the lexicon."""

    kind: RuleKind
    pattern: re.Pattern[str]
    example: str


def load_rules(text: str | None = None) -> tuple[Rule, ...]:
    """Parse a boilerplate lexicon (the packaged one when text is None)."""
    if text is None:
        text = resources.files(__package__).joinpath(LEXICON).read_text(encoding="utf-8")
    defines: dict[str, str] = {}
    rules: list[Rule] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 3:
            raise ValueError(f"{LEXICON}:{number}: expected 3 tab-separated fields, got {len(fields)}")
        kind, body, example = fields
        expanded = _expand(body, defines, number)
        if kind == "define":
            defines[body] = _expand(example, defines, number)
        elif kind in ("line", "marker", "tail"):
            rules.append(Rule(kind, re.compile(expanded), example))  # type: ignore[arg-type]
        else:
            raise ValueError(f"{LEXICON}:{number}: unknown kind {kind!r} (define, line, marker, tail)")
    return tuple(rules)


def _expand(pattern: str, defines: dict[str, str], number: int) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in defines:
            raise ValueError(f"{LEXICON}:{number}: {{{m.group(1)}}} is used before it is defined")
        return defines[m.group(1)]

    return _DEFINE.sub(sub, pattern)


@dataclass(frozen=True)
class _Compiled:
    """The rules of each kind joined into one pattern, so a line is matched once per kind."""

    rules: tuple[Rule, ...]
    line: re.Pattern[str]
    tail: re.Pattern[str]
    marker: re.Pattern[str]

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> _Compiled:
        def join(kind: str) -> re.Pattern[str]:
            parts = [f"(?:{r.pattern.pattern})" for r in rules if r.kind == kind]
            return re.compile("|".join(parts) or r"(?!)")

        return cls(rules, join("line"), join("tail"), join("marker"))


@lru_cache(maxsize=1)
def _rules() -> _Compiled:
    return _Compiled.of(load_rules())


def normalise_characters(text: str) -> str:
    """NFC, without invisible characters, apostrophes mangled into double quotes restored."""
    return _ELIDED_QUOTE.sub(r"\1'", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))


def clean_text(text: str) -> str:
    """The article text without boilerplate lines, with paragraph breaks kept."""
    text = normalise_characters(text)
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    drop = _boilerplate_lines(lines, _rules())
    kept: list[str] = []
    for i, line in enumerate(lines):
        if i in drop:
            continue
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")


def _boilerplate_lines(lines: list[str], rules: _Compiled) -> set[int]:
    """Indexes of the lines to remove."""
    kinds: list[str] = []
    for line in lines:
        kinds.append(_classify(line, rules))
    drop = {i for i, k in enumerate(kinds) if k in ("line", "marker")}
    # A marker alone on its line announces the headline on the next non-blank line.
    for i, kind in enumerate(kinds):
        if kind == "marker-alone":
            drop.add(i)
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
            if nxt is not None and kinds[nxt] in ("keep", "fragment") and _is_fragment(lines[nxt]):
                drop.add(nxt)
    # Page furniture closes the text: drop it with the labels between and after its lines
    # ("Météo" then a city name). Short lines before the first furniture line stay: they may
    # be the end of a truncated paragraph.
    block: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i]:
            continue
        if i in drop or kinds[i] in ("tail", "fragment"):
            block.append(i)
        else:
            break
    furniture = [i for i in block if kinds[i] == "tail"]
    if furniture:
        drop.update(i for i in block if i >= min(furniture))
    return drop


def _classify(line: str, rules: _Compiled) -> str:
    """'line', 'marker', 'marker-alone', 'tail', 'fragment' (short label) or 'keep'."""
    if not line:
        return "blank"
    core = line.lstrip(_LEADERS)
    if not core:
        return "keep"
    if rules.line.fullmatch(core):
        return "line"
    if len(core) <= _TEASER_MAX:
        m = _marker_match(core, rules.marker)
        if m is not None and _AFTER_MARKER.match(core, m):
            return "marker-alone" if not core[m:].strip(" :.…>»-–—|") else "marker"
    if rules.tail.fullmatch(core):
        return "tail"
    return "fragment" if _is_fragment(line) else "keep"


def _marker_match(core: str, marker: re.Pattern[str]) -> int | None:
    """Where a "see also" marker that opens the line ends (None when there is none)."""
    m = marker.match(core)
    return m.end() if m else None


def _is_fragment(line: str) -> bool:
    """A short line that does not end like a sentence: a label, a headline, a city name."""
    return len(line) <= _FRAGMENT_MAX and not _SENTENCE_END.search(line)


__all__ = ["Rule", "clean_text", "load_rules"]


def dateline_agency(text: str) -> str | None:
    """The news agency a wire dateline opening the text names ("GENÈVE (Reuters) - ..."), if any."""
    m = _DATELINE.match(text)
    return m.group("agency") if m else None

