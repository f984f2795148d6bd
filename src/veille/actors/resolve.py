"""Resolve a bare string (a quotation's speaker, a name from metadata) to an Actor."""

from __future__ import annotations

import re

from veille.actors.kb import Entry, case_ok, knowledge_base, norm
from veille.model import Actor

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|[-'’]", re.UNICODE)
_LEADING = frozenset({"le", "la", "les", "l'", "un", "une", "des", "m.", "m", "mme", "mr",
                      "monsieur", "madame", "du", "de"})


def _tokens(text: str) -> list[tuple[int, int]]:
    """Character ranges of words, splitting elisions ("l'Otan" → "l'", "Otan")."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\s,;:()«»\"]+", text):
        start, end = m.start(), m.end()
        word = text[start:end]
        cut = max(word.find("'"), word.find("’"))
        if 0 < cut < len(word) - 1 and cut <= 2:
            out.append((start, start + cut + 1))
            start = start + cut + 1
        out.append((start, end))
    return out


def resolve(name: str, date: str | None = None) -> Actor | None:
    """The actor a bare string names, or None when nothing in it is known.

    Known people ("Blinken", "Sergueï Lavrov") are resolved to the office held on ``date``;
    roles ("le président turc", "un diplomate européen") take the code of their adjective
    or complement; states, capitals and organisations resolve to their codes.
    """
    kb = knowledge_base()
    text = name.strip()
    if not text:
        return None
    spans = _tokens(text)
    found: list[tuple[int, int, Entry]] = []
    i = 0
    while i < len(spans):
        best: tuple[int, int, Entry] | None = None
        for j in range(min(len(spans), i + kb.MAX_TOKENS), i, -1):
            surface = text[spans[i][0]:spans[j - 1][1]]
            key = norm(surface)
            if not kb.is_prefix(key):
                continue
            ok = [e for e in kb.lookup(key) if case_ok(e.case, e.surface, surface)]
            if ok:
                best = (i, j, ok[0])
                break
        if best is None:
            i += 1
            continue
        found.append(best)
        i = best[1]
    if not found:
        return None
    people = [f for f in found if f[2].type == "person"]
    role = next((f for f in found if f[2].type == "role"), None)
    states = [f for f in found if f[2].type in ("adjective", "name", "place", "org", "demonym")]
    code = kb.actor_of(states[0][2], date).code if states else None
    if people:
        actor = kb.actor_of(people[0][2], date)
        if code is not None and role is not None:
            return Actor(code=code, name=actor.name, kind="person", sector=role[2].sector,
                         role=actor.role, country=code if kb.is_state(code) else None)
        return actor
    if role is not None:
        words = [text[spans[k][0]:spans[k][1]] for k in range(role[0], len(spans))
                 if not any(s[0] <= k < s[1] and s[2].type == "adjective" for s in found)]
        role_text = " ".join(w for w in words).replace(" '", "'").replace("' ", "'")
        office = kb.office_of(norm(role_text))
        holder = kb.holder(code, office.office, date) if code and office and office.office else None
        full = holder.name if holder is not None else text
        return Actor(code=code, name=full, kind="person", sector=role[2].sector, role=role_text,
                     country=code if kb.is_state(code) else None)
    first = found[0][2]
    if first.type == "domestic":
        return Actor(code=code, name=text, kind="other", sector=first.sector, country=code)
    if first.type == "adjective":
        return Actor(code=code, name=text, kind="other", country=code)
    actor = kb.actor_of(first, date)
    return actor
