"""Resolve a bare string (a quotation's speaker, a name from metadata) to an Actor."""

from __future__ import annotations

from veille.actors.kb import knowledge_base, norm
from veille.model import Actor


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
    found = [f for f in kb.scan_spans(text) if f[2].type != "none"]
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
        code = code or role[2].code  # a title of one state or organisation
        # The role without its nationality adjective: "vice-ministre des Affaires étrangères".
        parts: list[str] = []
        cursor = role[0]
        for start, end, entry in found:
            if start >= role[0] and entry.type == "adjective":
                parts.append(text[cursor:start])
                cursor = end
        parts.append(text[cursor:])
        role_text = " ".join("".join(parts).split())
        office = kb.office_of(norm(role_text))
        holder = kb.holder(code, office.office, date) if code and office and office.office else None
        full = holder.name if holder is not None else text
        return Actor(code=code, name=full, kind="person", sector=role[2].sector, role=role_text,
                     country=code if kb.is_state(code) else None)
    first = found[0][2]
    if first.type == "domestic":
        return Actor(code=code, name=text, kind="other", sector=first.sector,
                     country=code if kb.is_state(code) else None)
    if first.type == "media":
        return Actor(code=None, name=first.name, kind="other", sector="MED")
    if first.type == "adjective":
        return Actor(code=code, name=text, kind="other", country=code if kb.is_state(code) else None)
    return kb.actor_of(first, date)
