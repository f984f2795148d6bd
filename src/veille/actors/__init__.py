"""Actors: states, organisations, armed groups, NGOs and people, resolved to codes.

``ActorsStage`` adds ``doc.mentions``: one ``Mention`` per mention of an actor, sorted by
start, with ``entity`` grouping coreferent mentions (a person introduced by name, then
"M. Lavrov", "le diplomate", "il"). Codes follow the annotation guidelines: ISO3 for
states and everything acting for them (capitals and seats of power, armed forces, police,
officials, citizens), NATO/EU/UN/... for listed organisations, IGO for other ones, ISM for
transnational militant groups, NGO for international NGOs. ``resolve`` does the same for a
bare string ("le vice-ministre russe des Affaires étrangères", "Blinken").
"""

from __future__ import annotations

from veille.actors.kb import KnowledgeBase, knowledge_base
from veille.actors.resolve import resolve
from veille.actors.stage import ActorsStage

__all__ = ["ActorsStage", "KnowledgeBase", "knowledge_base", "resolve"]
