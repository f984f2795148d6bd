"""Finding one mention in the actors stage's output by its text."""

from __future__ import annotations

from veille.model import Mention


def find(mentions: list[Mention], text: str) -> Mention:
    """The mention whose span text is ``text`` (or contains it when no span is equal)."""
    exact = [m for m in mentions if m.span.text == text]
    if exact:
        return exact[0]
    inner = [m for m in mentions if text in m.span.text]
    assert inner, f"no mention of {text!r} in {[m.span.text for m in mentions]}"
    return inner[0]
