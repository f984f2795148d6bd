"""Quotation marks: pairing « », “ ”, ‹ › and straight double quotes into quoted runs."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«": "guillemet", "“": "curly", "‹": "single"}
CLOSERS = {"»": "guillemet", "”": "curly", "›": "single"}
STRAIGHT = '"'
#: Spaces French typography puts inside « » (no-break and narrow no-break) and ordinary ones.
SPACES = " \t\n\r\u00a0\u202f\u2009\u2007"
_WORD = re.compile(r"\w+")
# Lines of scripts or markup that web extraction sometimes leaves in an article body.
_CODE = re.compile(r"[{}]|=>|\bfunction\s*\(|\bwindow\.|\bvar\s+\w+\s*=|https?://")
_AFTER_CLOSE = ".,;:!?)]}"  # punctuation that follows a closing mark, never the first quoted word
MAX_LENGTH = 3000  # a longer "quotation" is a pairing error


@dataclass(frozen=True)
class Quoted:
    """Text between a pair of quotation marks: marks at ``open`` and ``close - 1``."""

    open: int
    close: int  # one past the closing mark
    start: int  # first character of the quoted words (spaces trimmed)
    end: int  # one past the last character of the quoted words


def word_count(text: str) -> int:
    """Words as runs of letters and digits ("C'est fait" is three)."""
    return len(_WORD.findall(text))


def _straight_role(text: str, i: int) -> str:
    """Whether a straight double quote opens, closes, or cannot tell from its neighbours."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    # A mark between a space and a punctuation mark closes a quotation spaced as « » are (' ...  ",
    # s'inquiète X'): it can open none.
    spaced_close = prev in SPACES and nxt in _AFTER_CLOSE and text[i + 1 : i + 3] != ".."  # not '"...'
    opens = (prev in SPACES or prev in "([{'’-—–/") and nxt not in SPACES and not spaced_close
    closes = prev not in SPACES and (nxt in SPACES or nxt in _AFTER_CLOSE or nxt in "…-—–'’") or spaced_close
    if not opens and not closes and prev in ".!?:;" and nxt.isupper():
        return "either"  # no space after a sentence ('Annapolis."Un tireur'): the open quotations tell
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _paragraph_start(text: str, i: int) -> bool:
    """Whether position ``i`` begins a paragraph (only spaces since the last line break)."""
    j = i - 1
    while j >= 0 and text[j] in SPACES and text[j] != "\n":
        j -= 1
    return j < 0 or text[j] == "\n"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    return start, end


def find_quoted(text: str) -> list[Quoted]:
    """Outermost quoted runs of a text, in order; unpaired marks are ignored.

    A paragraph that opens with the mark of a quotation still open continues that
    quotation (French convention for quotations over several paragraphs).
    """
    pending: list[tuple[str, int]] = []  # (kind, position) of opening marks not yet closed
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in OPENERS or ch in CLOSERS or ch == STRAIGHT:
            kind = OPENERS.get(ch) or CLOSERS.get(ch) or "straight"
            if ch == STRAIGHT:
                role = _straight_role(text, i)
                if role == "either":
                    role = "close" if any(k == "straight" for k, _ in pending) else "open"
            else:
                role = "open" if ch in OPENERS else "close"
            if role == "open":
                if pending and pending[-1][0] == kind and _paragraph_start(text, i):
                    continue  # continuation of a quotation over paragraphs
                pending.append((kind, i))
                continue
            for n in range(len(pending) - 1, -1, -1):
                if pending[n][0] == kind:
                    pairs.append((pending[n][1], i + 1))
                    del pending[n:]
                    break
    pairs.sort()
    runs: list[Quoted] = []
    last_close = -1
    for open_, close in pairs:
        if open_ < last_close:
            continue  # nested inside a quotation already kept
        if close - open_ > MAX_LENGTH:
            continue
        start, end = _trim(text, open_ + 1, close - 1)
        if start >= end:
            continue
        line_start = text.rfind("\n", 0, open_) + 1
        line_end = text.find("\n", close)
        if _CODE.search(text[line_start : line_end if line_end >= 0 else len(text)]):
            continue
        words = text[start:end]
        if any(c.isalpha() for c in words) and not any(c.islower() for c in words):
            continue  # a headline or crosshead in capitals echoing the article, not a quotation
        runs.append(Quoted(open_, close, start, end))
        last_close = close
    return runs
