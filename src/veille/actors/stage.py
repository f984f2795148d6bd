"""Find and resolve the actors of an article: one Mention per mention, coreferent ones grouped.

Steps over the spaCy parse (``doc.parse``):
1. lexicon matches over tokens, longest first (states, capitals and seats of power,
   organisations, media, demonyms, nationality adjectives, domestic nouns, roles, known
   people, and phrases that name no actor such as "coup d'Etat" or "Amérique latine");
2. people: named persons (NER PER or known names) with the role phrase around them
   ("le vice-ministre russe des Affaires étrangères Sergueï Riabkov"), and role phrases
   alone ("le président turc"), resolved to the office holder on the publication date; a
   nationality adjective after a noun gives the code of a person with no office ("le
   journaliste saoudien X"); a social network glued to a name is cut off ("sur Twitter X");
3. domestic nouns ("l'armée russe", "le gouvernement de Kiev", "la police") take the code
   of their adjective or complement, else that of a place named in their own clause ("des
   manifestants à Alger", "en Mongolie", "dans le centre de Beyrouth"; cities from
   GeoNames, an ambiguous one read as the main country's), else, for a noun opening its
   sentence, that of the previous sentence's last place ("... à Londres. La police a
   chargé"), else that of the last explicit noun of the same sector, else the article's
   main country (title, dateline, most mentioned state, known people weighing a little for
   theirs, regions as much as an adjective for theirs when the state or the region is named
   again; a tie to the title's state, then to the one named as more than a place; a
   territory such as Hong Kong named nearly as often as its state); only the first
   two are explicit; a bare legislature or
   party noun takes the code of an explicit one in a sentence next to it ("le Congrès
   américain ... le Sénat"), a noun after a possessive the possessor's ("X ... son
   gouvernement"), and "les forces kurdes" (a people without a state) the country's (of
   their clause's place, else of the article's places among the people's states; not the
   state acting "contre" them in their sentence when the article names another of them);
   someone speaking for such a body ("un porte-parole du gouvernement") takes its code;
4. coreference: surnames, "M."/"Mme", "le diplomate", "le chef de l'Etat", and subject
   pronouns "il/elle/ils/elles" (the subject before them, else the last person named).

What the mentions look like (for the stages that read them):
- spans are whole tokens, so ``doc.parse.char_span(start, end)`` finds them; mentions never
  overlap, except that one span may carry several mentions when it names several actors
  ("franco-allemand" → FRA and DEU; "les Occidentaux" → USA, EU and NATO);
- a person's span covers the role phrase before the name ("le secrétaire général de l'Otan
  Jens Stoltenberg", one mention coded NATO); ``actor.name`` is the fullest name of the
  entity, ``actor.role`` the role without the nationality;
- a lowercase nationality adjective alone ("une attaque iranienne") is a state mention, but
  not after "en" ("en mongol": a language);
- ``explicit`` is False when the code is a best effort rather than read in the text: the
  main-country fallback (a bare "la police", an unknown person or organisation, a role with
  nobody named before it such as "le chef de l'Etat"), a bare noun coded like the last one of
  its sector, "le pays" among several states; pronouns and roles that corefer with someone
  take the flag of their entity, and a person is explicit once any mention states the code;
- role-only mentions ("le président", "le chef de l'Etat") corefer with the last person of
  that office named outside quotations, else the main country's office holder on the
  publication date (not explicit); ``actor.name`` is then that person's full name;
- references: "le Saoudien" (the last person of that state named, else the state), "les deux
  pays" (the two states named last, one span with two mentions), "le pays"/"ce pays" (the
  one state named in this sentence or the one before; "ce pays", the last one), "le Nord"/
  "le Sud" in an article about Korea, and coordinated roles ("les chefs d'Etat russe et
  américain, X et Y": X for Russia, Y for the United States);
- periphrases ("l'ancienne république soviétique") stand for the candidate state the
  article names most (explicit only when it names one), else for no actor; "l'ex-puissance
  coloniale" for the former colonial power of the story's territory;
- a role attached to another ("le ministre délégué auprès du ministre de ...") is one role;
- media ("selon l'AFP") have ``code`` and ``country`` None and sector "MED";
- regions with a government of their own ("la Californie a porté plainte") stand for their
  state; after "en", "dans", "de" or in brackets ("Portland (Oregon)") they are places; one
  passing mention never makes the article's main country;
- capitals after a locative "à" ("à Moscou") are places, not mentions; datelines too; two
  seats of power after "entre" are governments ("les tensions entre Séoul et Washington"),
  unless a route joins them ("un vol entre Paris et Rome");
- a lowercase group name after a noun names the group only after a noun of fighters or
  attacks ("des combattants jihadistes", not "des vidéos jihadistes").
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from veille.actors.kb import (
    Entry,
    KnowledgeBase,
    case_ok,
    city_countries,
    city_names,
    knowledge_base,
    norm,
)
from veille.model import Actor, Document, Mention, Span
from veille.pipeline import BaseStage

log = logging.getLogger(__name__)

_HONORIFICS_M = frozenset({"m.", "mr", "mr.", "monsieur"})
_HONORIFICS_F = frozenset({"mme", "mme.", "madame", "mlle"})
# Prepositions that make a capital a place rather than a government ("à Moscou").
_LOCATIVE = frozenset({"à", "a", "vers", "depuis", "près", "via", "entre", "jusqu'à"})
# Verbs whose "à" introduces an addressee, not a place ("répondre à Washington").
_DATIVE_VERBS = frozenset({
    "répondre", "demander", "écrire", "parler", "téléphoner", "proposer", "annoncer", "dire",
    "livrer", "vendre", "reprocher", "imposer", "adresser", "envoyer", "promettre", "offrir",
    "accorder", "fournir", "conseiller", "ordonner", "permettre", "rappeler", "interdire",
    "succéder", "opposer", "résister", "céder", "prendre", "attaquer", "riposter", "réagir",
    "appeler", "enjoindre", "signifier", "notifier", "transmettre", "remettre", "exiger",
    "réclamer", "lancer", "emboîter", "faire", "donner", "apporter", "assurer",
    "garantir", "confier", "expliquer", "indiquer", "signaler", "présenter", "soumettre",
    "recommander", "suggérer", "rendre", "restituer", "accuser", "imputer", "attribuer",
})
# Nouns whose "à" introduces an addressee, not a place ("un ultimatum à Moscou", "l'aide à Kiev").
_DATIVE_NOUNS = frozenset({
    "ultimatum", "appel", "message", "lettre", "demande", "avertissement", "aide", "soutien",
    "réponse", "proposition", "offre", "requête", "injonction", "livraison",
})
_STOP_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})


def _dative_verb(verb: Any) -> bool:
    """Whether a verb's "à" introduces an addressee, also a present the lemmatiser left as it is
    ("Moscou reproche à Kiev", "Pékin exige à Washington")."""
    if verb.lemma_ in _DATIVE_VERBS:
        return True
    form = verb.lower_
    if verb.lemma_.lower() != form:
        return False
    stem = form[:-3] if form.endswith("ent") else form[:-2] if form.endswith("es") else form[:-1] \
        if form.endswith("e") else ""
    return bool(stem) and stem + "er" in _DATIVE_VERBS
_SINGLE = frozenset({"head_of_state", "head_of_government", "foreign_minister",
                     "defence_minister", "secretary_general", "supreme_leader", "vice_president"})
# Role nouns that describe any official already named ("le diplomate", "le dirigeant").
_DESCRIPTIVE = frozenset({"diplomat", "leader", "minister", "head_of_state",
                          "head_of_government", "foreign_minister"})
_HEADS = frozenset({"head_of_state", "head_of_government", "supreme_leader", "vice_president",
                    "secretary_general", "crown_prince"})
_WEST = frozenset({"USA", "EU", "NATO"})  # "les Occidentaux" with no state named nearby
#: verbs whose object "le pouvoir" is power itself, held or handed over, not the ruling power
_POWER_HELD = frozenset({"prendre", "reprendre", "exercer", "quitter", "conserver", "garder", "céder", "rendre",
                         "remettre", "confier", "transférer", "saisir", "perdre", "partager", "détenir", "occuper",
                         "abandonner", "assumer", "briguer", "conquérir", "usurper", "confisquer", "monopoliser",
                         "laisser", "avoir", "donner", "accorder", "renforcer", "limiter", "concentrer"})
# Groups of states "occidentaux" may qualify (not "leurs alliés occidentaux": the allies of a
# named state are not that state).
_STATE_GROUPS = frozenset({"pays", "puissances", "capitales", "etats", "états", "gouvernements",
                           "nations", "démocraties", "chancelleries", "diplomaties"})
# Words of a listing of states: "les pays occidentaux, dont la France et l'Italie".
_LISTING = frozenset({"dont", "comme", "notamment", "parmi", "lesquels", "lesquelles", "y",
                      "compris", "en", "particulier", "ainsi", "que", "autres", "d'", "de", "des",
                      "plupart", "plusieurs", "nombreux", "pour", "tels", "surtout", "aussi",
                      "occidentaux", "occidentales", "occidental", "occidentale"})
_FORCES = frozenset({"MIL", "COP", "REB"})
# Envoys: a place after "en", "au" in their title is their posting ("ambassadeur en Chine").
_ENVOYS = frozenset({"ambassadeur", "ambassadrice", "envoye", "envoyee", "emissaire", "consul", "mediateur",
                     "mediatrice", "representant", "representante"})
# Share of its state's weight a territory needs to be the article's main country.
_TERRITORY_SHARE = 0.8
#: Plural party adjectives that name the party's people or acts ("les élus démocrates").
_PARTY_ADJECTIVES = frozenset({"démocrates", "républicains"})
#: Nouns of ideas, not of people or acts: "les principes républicains", "les valeurs démocrates".
_VALUE_NOUNS = frozenset({"principe", "valeur", "idéal", "réflexe", "ordre", "front", "pacte", "esprit",
                          "idée", "institution", "régime", "pays", "état", "etat", "système"})
#: International courts: a bare "les juges" in a text about one of them are its judges.
_COURTS = frozenset({"ICC"})
_LOCAL_OFFICES = frozenset({"mayor", "governor", "police_chief"})
# Nouns that point to another happening: a place under them is not this clause's place
# ("dans la foulée des manifestations aux Etats-Unis", "en solidarité avec les grévistes de X").
_ELSEWHERE_NOUNS = frozenset({"foulée", "suite", "réaction", "écho", "solidarité", "soutien",
                              "instar", "exemple", "image", "lendemain", "veille", "mort",
                              "modèle", "souvenir", "mémoire"})
# Nouns of places named after a capital or seat of power: "le pont de Westminster".
_LOCATION_NOUNS = frozenset({"pont", "place", "rue", "avenue", "boulevard", "quartier", "région",
                             "ville", "aéroport", "université", "banlieue", "centre", "environs",
                             "port", "gare", "province", "agglomération", "périphérie", "faubourg",
                             "palais", "stade", "tribunal", "hôpital", "prison", "métro", "accords",
                             "accord", "traité", "conférence", "sommet", "format", "processus",
                             "protocole", "convention", "déclaration"})
# Nouns of fighters a lowercase group adjective still names as actors ("des combattants
# jihadistes"); after other nouns ("des vidéos jihadistes") it names none.
_FIGHTER_NOUNS = frozenset({"combattant", "combattants", "militant", "militants", "commando",
                            "commandos", "rebelle", "rebelles", "insurgé", "insurgés", "assaillant",
                            "assaillants", "attaque", "attaques", "attentat", "attentats",
                            "milice", "milices", "faction", "factions", "cellule", "cellules",
                            "katiba", "colonne", "colonnes", "élément", "éléments", "groupe",
                            "groupes", "mouvement", "organisation", "miliciens", "islamistes",
                            "islamiste", "membre", "membres", "chef", "chefs", "forces"})
# Words before a lowercase group name used as a noun ("les jihadistes", "aux shebab").
_GROUP_DETERMINERS = frozenset({"les", "des", "aux", "de", "d'", "ces", "leurs", "ses", "nos",
                                "plusieurs", "quelques", "certains", "anciens", "ex", "présumés",
                                "deux", "trois", "par", "contre", "entre", "avec", "dont", "et"})
# Words between a determiner and a role that keep the role one present office holder.
_ROLE_MODIFIERS = frozenset({"désormais", "actuel", "actuelle", "nouveau", "nouvel", "nouvelle",
                             "tout", "puissant", "puissante", "influent", "influente", "très",
                             "jeune", "même", "éphémère"})
# Nouns of routes and distances: "un vol entre Paris et Hong Kong" links two places.
_ROUTE_NOUNS = frozenset({"vol", "vols", "distance", "trajet", "liaison", "route", "ligne",
                          "train", "autoroute", "voyage", "itinéraire", "parcours", "frontière",
                          "décalage", "navette", "trafic", "corridor", "tronçon", "pont"})
# Parts of a country: "le nord du pays" is a place, not the state.
_AREA_NOUNS = frozenset({"nord", "sud", "est", "ouest", "centre", "côte", "capitale", "reste",
                         "histoire", "frontière", "intérieur", "territoire", "partie", "coin",
                         "localité", "village", "zone", "wilaya", "état", "nord-est", "nord-ouest",
                         "sud-est", "sud-ouest"})
# Nouns of places whose nationality adjective names a place, not an actor, after a locative.
_PLACE_HEADS = frozenset({"sol", "territoire", "frontière", "capitale", "ville", "région",
                          "province", "nord", "sud", "est", "ouest", "nord-est", "nord-ouest",
                          "sud-est", "sud-ouest", "centre", "côte", "banlieue",
                          "quartier", "village", "localité", "zone", "eaux", "espace", "ciel",
                          "port", "aéroport", "métro", "rue", "rues", "campagne", "littoral"})
_PLACE_CASES = frozenset({"à", "au", "aux", "dans", "sur", "en", "vers", "depuis"})
_ROLE_ADP = frozenset({"de", "du", "des", "d'", "à", "au", "aux", "pour", "en"})
_COUNTING = frozenset({"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                       "neuf", "dix", "plusieurs", "quelques", "certains", "certaines"})
_NGO_DETERMINERS = frozenset({"les", "des", "aux", "ces", "plusieurs", "nombreuses", "certaines",
                              "diverses", "grandes", "principales", "deux", "trois", "quatre"})
# Words after a short organisation name that make it the head of another name ("l'Alliance pour ...").
_NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "pour", "sur"})
_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_CHARGED = frozenset({"chargé", "chargée", "chargés", "chargées"})
_ROLE_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "DET", "ADP"})
_OPENING_QUOTES = frozenset({"«", '"', "“", "‘", "'"})
_PRONOUNS = {"il": ("m", "Sing"), "elle": ("f", "Sing"), "ils": ("m", "Plur"),
             "elles": ("f", "Plur")}


@dataclass
class _Match:
    start: int  # token index
    end: int  # token index, exclusive
    entries: list[Entry]
    codes: tuple[str, ...] = ()  # compound adjectives ("franco-allemand")

    @property
    def entry(self) -> Entry:
        return self.entries[0]


@dataclass
class _Found:
    """A mention under construction."""

    start: int
    end: int
    actor: Actor
    gender: str | None = None
    office: str | None = None
    key: str = ""  # coreference key
    explicit: bool = True  # code stated in the text (not the main-country fallback)
    extra: list[Actor] = field(default_factory=list)
    antecedent: _Found | None = None  # pronouns: the mention they refer to
    fallback: Actor | None = None  # anaphoric roles: the actor when no antecedent is found
    nationality: str | None = None  # "le Saoudien": a person of that state named before
    quoted: bool = False  # inside a quotation
    placed: bool = False  # domestic nouns: coded by the place of the previous sentence

    def recoded(self, code: str, explicit: bool | None = None) -> _Found:
        """This domestic noun as the body of the state ``code``."""
        return replace(self, actor=replace(self.actor, code=code, country=code),
                       key=f"dom:{code}:{self.actor.sector}",
                       explicit=self.explicit if explicit is None else explicit)


class ActorMatcher:
    """Finds actor mentions in one parsed document."""

    def __init__(self, kb: KnowledgeBase, cities: frozenset[str] = frozenset(),
                 city_codes: dict[str, tuple[str, ...]] | None = None) -> None:
        self.kb = kb
        self.cities = cities
        self.city_codes = city_codes or {}
        self._sentence_places: dict[int, list[tuple[int, str]]] = {}
        self._state_counts: Counter[str] = Counter()  # states named in the article
        self._context_codes: set[str | None] = set()  # codes the article names by a full name

    # -- lexicon --------------------------------------------------------------------------
    def lexicon_matches(self, sdoc: Any) -> list[_Match]:
        """Non-overlapping lexicon matches, longest first, left to right."""
        kb = self.kb
        n = len(sdoc)
        norms = [norm(t.text) for t in sdoc]
        matches: list[_Match] = []
        i = 0
        while i < n:
            tok = sdoc[i]
            if tok.is_punct or tok.is_space:
                i += 1
                continue
            best: _Match | None = None
            key = norms[i]
            j = i
            while True:
                if not kb.is_prefix(key):
                    break
                entries = kb.lookup(key)
                if entries:
                    text = sdoc[i:j + 1].text
                    ok = [e for e in entries if case_ok(e.case, e.surface, text)]
                    if ok:
                        best = _Match(i, j + 1, ok)
                j += 1
                if j >= n or j - i >= kb.MAX_TOKENS or sdoc[j].is_space:
                    break
                key = key + (" " if sdoc[j - 1].whitespace_ else "") + norms[j]
            if best is None and "-" in norms[i]:
                best = self._compound(i, sdoc[i]) or self._partisans(i, sdoc[i])
            if best is None and norms[i].startswith("ex-"):
                role = kb.roles.get(norms[i][3:])
                if role is not None and role.type == "role":
                    # "l'ex-ministre de la Santé": a former holder, of the country named in the
                    # phrase or the article's, never the present holder of the office.
                    best = _Match(i, i + 1, [replace(role, office=None, surface=tok.text)])
            if best is not None:
                matches.append(best)
                i = best.end
            else:
                i += 1
        return matches

    def _compound(self, i: int, tok: Any) -> _Match | None:
        """Compound nationality adjectives: "franco-allemand", "sino-américaine"."""
        if not tok.text[:1].islower():
            return None
        parts = norm(tok.text).split("-")
        codes: list[str] = []
        for part in parts[:-1]:
            code = self.kb.compound_prefixes.get(part)
            if code is None:
                return None
            codes.append(code)
        last = self.kb.adjectives.get(parts[-1])
        if last is None:
            return None
        codes.append(last)
        entry = Entry(code=codes[0], type="adjective", kind="state", name=tok.text,
                      surface=tok.text, case="lower")
        return _Match(i, i + 1, [entry], codes=tuple(dict.fromkeys(codes)))

    def _partisans(self, i: int, tok: Any) -> _Match | None:
        """"les forces pro-GNA", "des commandants pro-Haftar": the partisans of a leader, a party or an armed
        movement of one country act in its camp and take its code. Partisans of a state, of an international
        body or of a city of its own ("les séparatistes prorusses", "pro-UE", "pro-Moscou") are not coded by it:
        they mostly act in another country."""
        key = norm(tok.text)
        if not key.startswith("pro-") or len(key) < 6:
            return None
        name = tok.text[4:]
        entries = [e for e in self.kb.lookup(key[4:]) if e.code and case_ok(e.case, e.surface, name) and (
            e.type == "person" or e.type == "org" and e.kind not in ("state", "igo")
            or e.type == "place" and e.code not in self.city_codes.get(norm(e.surface), ()))]
        if not entries:
            return None
        e = entries[0]
        # a camp, not the leader himself: no person to refer back to, no office held
        return _Match(i, i + 1, [Entry(code=e.code, type="org", kind="group", name=tok.text, surface=name,
                                       case="any", sector=e.sector if e.type != "person" else None)])

    # -- main -----------------------------------------------------------------------------
    def find(self, doc: Document) -> list[Mention]:
        """All mentions of the document, sorted by start."""
        sdoc = doc.parse
        date = doc.article.date
        matches = self.lexicon_matches(sdoc)
        self._shared_demonyms(matches)
        by_token: dict[int, _Match] = {}
        for m in matches:
            for k in range(m.start, m.end):
                by_token[k] = m
        main = self._main_country(sdoc, matches, doc.article.title, by_token)
        self._sentence_places = {}
        self._state_counts = Counter(m.entry.code for m in matches if m.entry.kind == "state"
                                     and m.entry.type in ("name", "place", "demonym", "adjective")
                                     and m.entry.code and not m.codes)
        self._context_codes = {m.entry.code for m in matches if not m.entry.contextual
                               and m.entry.type in ("org", "name", "demonym", "adjective", "place")}

        for m in self._korea(sdoc, matches, by_token, main):
            matches.append(m)
            by_token[m.start] = m
        matches.sort(key=lambda m: m.start)

        claimed: set[int] = set()
        found: list[_Found] = []

        # 1. Named people (NER persons and known names), with their role phrases.
        names = self._person_names(sdoc, matches, by_token)
        coordinated = self._coordinated(sdoc, matches, names, by_token)
        for start, end, entry in names:
            if any(k in claimed for k in range(start, end)):
                continue
            found.append(self._person(sdoc, start, end, entry, by_token, claimed, date, main,
                                      coordinated.get(start)))

        found.extend(self._neighbours(sdoc, by_token, claimed))

        # 2. Roles without a name, domestic nouns, names of states and organisations.
        for m in matches:
            if any(k in claimed for k in range(m.start, m.end)):
                continue
            e = m.entry
            if e.type == "none":
                claimed.update(range(m.start, m.end))  # "CAC 40", "coup d'Etat": no actor here
                continue
            if e.type == "periphrasis":
                claimed.update(range(m.start, m.end))
                f = self._periphrasis(sdoc, m, matches, main)
            elif e.type == "role":
                f = self._role_alone(sdoc, m, by_token, claimed, date, main)
            elif e.type == "domestic":
                f = self._domestic(sdoc, m, by_token, claimed, main)
            elif e.type == "adjective":
                f = self._adjective(sdoc, m)
            elif e.type == "demonym" and m.start > 0 and \
                    sdoc[m.start - 1].lower_ in ("le", "la", "l'") and not m.entry.codes:
                f = self._nationality(sdoc, m)
            elif e.type == "demonym" and self._counted(sdoc, m):
                f = self._citizens(sdoc, m)
            elif e.type == "person":
                # A known alias the person step did not accept: another reading, if any.
                other = [x for x in m.entries if x.type != "person"]
                if not other:
                    continue
                m = _Match(m.start, m.end, other, m.codes)
                f = self._name(sdoc, m, date) if other[0].type in (
                    "name", "place", "org", "demonym") else None
            else:
                f = self._name(sdoc, m, date)
            if f is not None:
                claimed.update(range(f.start, f.end))
                found.append(f)

        # 3. Organisations the KB does not know are kept with their text.
        for ent in sdoc.ents:
            if ent.label_ != "ORG" or any(k in claimed for k in range(ent.start, ent.end)):
                continue
            if not self._plausible_org(ent):
                continue
            country = next((by_token[k].entry.code for k in range(ent.start, ent.end)
                            if k in by_token and by_token[k].entry.type == "adjective"), None)
            found.append(_Found(ent.start, ent.end, Actor(code=country or main, name=ent.text,
                                                          kind="other", country=country or main),
                                key=f"org:{norm(ent.text)}", explicit=country is not None))
            claimed.update(range(ent.start, ent.end))

        found.sort(key=lambda f: f.start)
        found = self._two_countries(sdoc, found, claimed)
        found = self._the_country(sdoc, found, claimed, main)
        quoted = _quoted_tokens(sdoc)
        for f in found:
            f.quoted = f.start in quoted
        found = self._own_country(sdoc, found, claimed, quoted, main)
        found = self._recent_sector(found)
        found = self._nearby_chamber(sdoc, found)
        found = self._possessed(sdoc, found)
        found = self._western(sdoc, found)
        found = self._pronouns(sdoc, found)
        return self._to_mentions(doc, found)

    @staticmethod
    def _shared_demonyms(matches: list[_Match]) -> None:
        """An adjective or demonym two states share ("congolais": both Congos) stands for the one
        the article names more by its names, capitals and known office holders; on a tie, for the
        first one ``adjectives.tsv`` gives."""
        counts: Counter[str] = Counter()
        for m in matches:
            e = m.entry
            if e.code and not m.codes and not e.codes and (
                    e.type in ("name", "place") and e.kind == "state" or e.type == "person"):
                counts[e.code] += 1
        for m in matches:
            e = m.entry
            if e.type in ("adjective", "demonym") and e.shared:
                best = max(e.shared, key=lambda c: (counts[c], -e.shared.index(c)))
                m.entries[0] = replace(e, code=best)

    # -- people ---------------------------------------------------------------------------
    def _person_names(self, sdoc: Any, matches: list[_Match],
                      by_token: dict[int, _Match]) -> list[tuple[int, int, Entry | None]]:
        """Spans of person names: known names, and NER persons the lexicon does not claim."""
        out: dict[int, tuple[int, int, Entry | None]] = {}
        for m in matches:
            e = m.entry
            if e.type != "person":
                continue
            if self._other_person(sdoc, m, by_token):
                continue
            out[m.start] = (m.start, m.end, e)
        for ent in sdoc.ents:
            if ent.label_ != "PER":
                continue
            lead = by_token.get(ent.start)
            if lead is not None and lead.entry.type in ("none", "media") and lead.end < ent.end:
                # "sur Twitter Jad Chaaban": a platform or a medium glued to the name.
                ent = sdoc[lead.end:ent.end]
            ent = _trim_name(sdoc, ent)
            if ent is None:
                continue
            covered = [by_token[k] for k in range(ent.start, ent.end) if k in by_token]
            if any(c.entry.type == "person" for c in covered):
                # Extend a known name to the full NER span ("Sergueï Viktorovitch Lavrov").
                known = next(c for c in covered if c.entry.type == "person")
                if known.start in out and known.start >= ent.start and known.end <= ent.end:
                    del out[known.start]
                    full = set(norm(known.entry.name).split())
                    extra = [norm(t.text) for t in ent if not known.start <= t.i < known.end
                             and norm(t.text).rstrip(".") not in ("m", "mme", "mr")]
                    # "Jill Biden" is not Joe Biden: other name words make another person.
                    same = all(w in full for w in extra)
                    out[ent.start] = (ent.start, ent.end, known.entry if same else None)
                elif known.start not in out and known.start > ent.start:
                    out[ent.start] = (ent.start, ent.end, None)  # "Hunter Biden": skipped alias
                continue
            if covered and (ent.end - ent.start == 1 or
                            max(c.end - c.start for c in covered) >= ent.end - ent.start):
                continue  # "Washington" tagged PER, a demonym tagged PER
            if covered and any(c.entry.kind in ("state", "igo", "ngo", "group") and c.start > ent.start
                               and sdoc[c.start - 1].text in ("la", "le", "les", "l'", "l’") for c in covered):
                continue  # "Vive la France" tagged as a person: a slogan; names have no "la France"
            if covered and any(c.entry.type in ("role", "domestic") for c in covered):
                ent_start = max(c.end for c in covered if c.entry.type in ("role", "domestic"))
                if ent_start >= ent.end:
                    continue
                out[ent_start] = (ent_start, ent.end, None)
                continue
            if not any(t.pos_ in ("PROPN", "NOUN", "X") or t.text[:1].isupper() for t in ent):
                continue
            if len(ent) == 1 and ent.start > 0 and sdoc[ent.start - 1].text in _OPENING_QUOTES:
                continue  # «Mascarade» opening a quotation: a word, not a person
            if norm(ent.text) in self.cities and not (
                    ent.start > 0 and norm(sdoc[ent.start - 1].text) in _HONORIFICS_M | _HONORIFICS_F):
                continue  # "Wellington" tagged as a person (but "M. Kim" is one)
            out[ent.start] = (ent.start, ent.end, None)
        spans = sorted(out.values(), key=lambda s: s[0])
        result: list[tuple[int, int, Entry | None]] = []
        for s in spans:
            if result and s[0] < result[-1][1]:
                continue
            result.append(s)
        return result

    def _other_person(self, sdoc: Any, m: _Match, by_token: dict[int, _Match]) -> bool:
        """Whether a known person's one-word alias names someone else here: not used as a
        name, or after another first name ("Hunter Biden")."""
        if m.end - m.start != 1:
            return False
        if not self._name_like(sdoc, m.start, m.entry.strict, by_token):
            return True
        prev = sdoc[m.start - 1] if m.start > 0 else None
        return prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN" \
            and prev.ent_type_ == "PER"

    def _name_like(self, sdoc: Any, i: int, strict: bool, by_token: dict[int, _Match]) -> bool:
        """Whether a single capitalised token is used as a person's name here."""
        tok = sdoc[i]
        if i > 0 and norm(sdoc[i - 1].text) in (_HONORIFICS_M | _HONORIFICS_F):
            return True
        if i > 0 and (i - 1) in by_token and by_token[i - 1].entry.type == "role":
            return True  # "le président Macron"
        if tok.ent_type_ == "PER":
            return True
        if strict:
            return False
        return tok.pos_ == "PROPN" or bool(tok.ent_type_) or not tok.is_sent_start

    def _person(self, sdoc: Any, start: int, end: int, entry: Entry | None,
                by_token: dict[int, _Match], claimed: set[int], date: str | None,
                main: str | None, coordinated: tuple[str, str, str | None] | None = None) -> _Found:
        """A named person with the role phrase before or after the name."""
        gender: str | None = None
        name_start = start
        while name_start < end - 1 and norm(sdoc[name_start].text).rstrip(".") in (
                "m", "mme", "mr", "monsieur", "madame", "mlle"):
            name_start += 1  # the NER span includes the honorific: "Mme Alexievitch"
        if name_start > start:
            gender = "f" if norm(sdoc[start].text).startswith(("mme", "mad", "mlle")) else "m"
        name = sdoc[name_start:end].text
        honorific = False
        if start > 0:
            prev = norm(sdoc[start - 1].text)
            if prev in _HONORIFICS_M:
                gender, honorific = "m", True
            elif prev in _HONORIFICS_F:
                gender, honorific = "f", True
        role_span = self._role_before(sdoc, start, by_token)
        if role_span is not None and self._fronted_role(sdoc, role_span[0], start, end):
            role_span = None
        if role_span is None:
            role_span = self._role_after(sdoc, end, by_token)
        code: str | None = None
        role: str | None = None
        sector: str | None = None
        office: str | None = None
        span_start = start - 1 if honorific else start  # "M. Kim": the span keeps the title
        if role_span is not None:
            r_start, r_end, r_entry = role_span
            code, role, office = self._role_info(sdoc, r_start, r_end, by_token, skip=(start, end))
            sector = r_entry.sector
            gender = gender or r_entry.gender or self._det_gender(sdoc, r_start)
            if r_start < start:
                span_start = r_start
            claimed.update(range(r_start, r_end))
        adj = by_token.get(span_start - 1) if role_span is None else None
        if adj is not None and adj.entry.type == "adjective" and not adj.codes \
                and not adj.entry.codes and adj.end == span_start and adj.start > 1 \
                and sdoc[adj.start - 1].pos_ == "NOUN" and (sdoc[adj.start - 2].pos_ == "DET"
                                                       or sdoc[adj.start - 2].lower_ in ("du", "au")):
            # "le journaliste saoudien Ahmed X": the nationality of a person with no office.
            code = adj.entry.code
            role = role or sdoc[adj.start - 1].text
            span_start = adj.start - 1
            claimed.update(range(span_start, adj.end))
        if code is None and coordinated is not None:
            code, role, office = coordinated  # "les chefs d'Etat russe et américain, X et Y"
            sector = sector or "GOV"
        actor_name = name
        if entry is not None:
            records = self.kb.person_records(entry.surface) or ([entry.person] if entry.person
                                                                is not None else [])
            person = self.kb.person_at(records, date) if records else None
            if person is not None and not self._may_be(person, sdoc[name_start:end].text, gender):
                person = None  # "Elisabeth Moreno", "Mme Moreno": not Lenín Moreno
            if person is not None:
                # An office stated in the text wins over the KB's for the code.
                actor_name = person.name if len(person.name) >= len(name) else name
                code = code or person.code
                role = role or person.role
                sector = sector or person.sector
                office = office or person.office
                gender = gender or person.gender
        if gender is None and end - name_start >= 2:
            gender = self.kb.first_names.get(norm(sdoc[name_start].text))
        demonym = by_token.get(span_start - 1)
        if demonym is not None and demonym.entry.type == "demonym" and demonym.end == span_start \
                and demonym.start > 0 and sdoc[demonym.start - 1].lower_ in ("le", "la", "l'", "un", "une"):
            # "le Tunisien Anis Amri": the nationality of someone acting for no state.
            code = code or demonym.entry.code
            gender = gender or demonym.entry.gender
            span_start = demonym.start
            claimed.update(range(demonym.start, demonym.end))
        if code is None:
            code = self._apposed_nationality(sdoc, span_start, end, by_token)
        if code is None:
            code = self._sent_by(sdoc, start, end, by_token)
        explicit = code is not None
        country = code if self.kb.is_state(code) else None
        if code is None and role_span is not None and main:
            code = country = main  # "le Premier ministre Hassan Diab" in a Lebanese story
        elif code is None:
            # A person the KB does not know, with no role: best effort, the country of a
            # place in the same clause ("la mort de George Floyd à Minneapolis"), else the
            # main country (guidelines: non-state actors inside one country take its code).
            code = country = self._place_country(sdoc, start, by_token, main) or main
        claimed.update(range(start, end))
        if span_start < start:
            claimed.update(range(span_start, start))
        actor = Actor(code=code, name=actor_name, kind="person", sector=sector, role=role,
                      country=country)
        return _Found(span_start, end, actor, gender=gender, office=office,
                      key=f"per:{norm(actor_name)}", explicit=explicit)

    @staticmethod
    def _apposed_nationality(sdoc: Any, start: int, end: int,
                             by_token: dict[int, _Match]) -> str | None:
        """A nationality in apposition to a name: "X, un Tunisien de 24 ans", "Militaire
        saoudien en formation aux Etats-Unis, X a ouvert le feu"."""
        def nationality(m: _Match | None) -> str | None:
            if m is None or m.codes or m.entry.codes or m.entry.type not in ("demonym", "adjective"):
                return None
            return m.entry.code

        n = len(sdoc)
        if end + 2 < n and sdoc[end].text == "," and sdoc[end + 1].lower_ in ("un", "une"):
            for j in range(end + 2, min(end + 5, n)):
                code = nationality(by_token.get(j))
                if code is not None:
                    return code
                if sdoc[j].pos_ not in ("NOUN", "ADJ", "PROPN"):
                    break
        if start > 1 and sdoc[start - 1].text == ",":
            # The sentence opens with the apposition (no finite verb before the name).
            head = sdoc[sdoc[start].sent.start:start - 1]
            if 1 <= len(head) <= 10 and head[0].pos_ in ("NOUN", "ADJ", "DET") and not any(
                    t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in head):
                for t in head[:4]:
                    code = nationality(by_token.get(t.i))
                    if code is not None:
                        return code
        return None

    @staticmethod
    def _sent_by(sdoc: Any, start: int, end: int, by_token: dict[int, _Match]) -> str | None:
        """The state a person is the object of: "la France a dépêché François Delattre"."""
        root = sdoc[start:end].root
        if root.dep_ == "appos" and root.head.pos_ == "VERB":
            verb = root.head  # the parser sometimes hangs a late object on the verb
        else:
            if root.dep_ == "appos" or root.dep_.startswith("flat"):
                root = root.head
            if root.dep_ not in ("obj", "iobj") or root.head.pos_ != "VERB":
                return None
            verb = root.head
        for child in verb.children:
            if child.dep_.startswith("nsubj"):
                m = by_token.get(child.i)
                if m is not None and m.entry.kind == "state" and m.entry.type in (
                        "name", "place", "demonym"):
                    return m.entry.code
        return None

    def _may_be(self, person: Any, name: str, gender: str | None) -> bool:
        """Whether a name in the text may be a KB person it shares a surname with: not when the text gives
        another first name ("Elisabeth Moreno" is not Lenín Moreno) or another sex ("Mme Moreno")."""
        if gender is not None and person.gender is not None and gender != person.gender:
            return False
        words = norm(name).split()
        if len(words) < 2 or words[0] not in self.kb.first_names:
            return True
        full = norm(person.name)
        return words[0] in {*full.split(), *full.replace("-", " ").split()}

    def _det_gender(self, sdoc: Any, i: int) -> str | None:
        if i > 0:
            det = sdoc[i - 1].lower_
            if det in ("la", "une", "cette"):
                return "f"
            if det in ("le", "un", "ce", "du", "au"):
                return "m"
        return None

    def _role_before(self, sdoc: Any, start: int,
                     by_token: dict[int, _Match]) -> tuple[int, int, Entry] | None:
        """The role phrase right before a name: "le ministre russe des Affaires étrangères"."""
        k = start - 1
        if k >= 0 and sdoc[k].text == ",":
            k -= 1
        lo = max(0, start - 12)
        while k >= lo:
            tok = sdoc[k]
            m = by_token.get(k)
            if m is not None and m.entry.type == "role":
                head = self._attached_role(sdoc, m.start, by_token) or m
                return (head.start, start if sdoc[start - 1].text != "," else start - 1,
                        head.entry)
            if (tok.pos_ in _STOP_POS and tok.lower_ not in _CHARGED) or tok.is_sent_start or \
                    tok.text in (".", ";", ":", "(", ")", "«", "»", '"'):
                return None  # "chargé du Commerce extérieur" belongs to the role
            if tok.pos_ == "ADP" and tok.lower_ not in _ROLE_ADP:
                return None  # "Premier ministre après M. Martin"
            if tok.lower_ == "et" and k + 1 < start and sdoc[k + 1].lower_ in ("de", "des", "du", "d'"):
                k -= 1  # "ministre de l'Europe et des Affaires étrangères"
                continue
            if tok.text == "," or tok.lower_ in ("et", "ou", "mais"):
                return None
            if tok.ent_type_ == "PER" and m is None:
                return None
            k -= 1
        return None

    @staticmethod
    def _fronted_role(sdoc: Any, r_start: int, start: int, end: int) -> bool:
        """Whether a role before a comma ends a fronted phrase rather than standing in apposition
        to the name after it: "Dans un entretien avec son homologue allemand, Emmanuel Macron a
        évoqué..." (the role is in a prepositional phrase, the name is the clause's subject and no
        comma closes an apposition after it)."""
        if start < 1 or sdoc[start - 1].text != ",":
            return False
        if end < len(sdoc) and sdoc[end].text in (",", ".", ";", ":", ")", "»", '"'):
            return False
        if sdoc[start].dep_ != "nsubj":
            return False
        role = next((t for t in sdoc[r_start:start - 1] if t.pos_ in ("NOUN", "PROPN")), None)
        return role is not None and any(c.dep_ == "case" for c in role.children)

    @staticmethod
    def _attached_role(sdoc: Any, i: int, by_token: dict[int, _Match]) -> _Match | None:
        """The role a role at token i is attached to: "le ministre délégué auprès du
        ministre des Affaires étrangères" (the whole phrase is one office)."""
        k = i - 1
        if k >= 0 and sdoc[k].lower_ in ("la", "l'", "le"):
            k -= 1
        if k < 1 or sdoc[k].lower_ not in ("du", "de", "d'", "au", "à") or \
                sdoc[k - 1].lower_ not in ("auprès", "adjoint", "adjointe", "attaché"):
            return None
        k -= 2
        if k >= 0 and sdoc[k].pos_ == "ADJ" and k not in by_token:
            k -= 1  # "le ministre délégué auprès du..."
        m = by_token.get(k)
        return m if m is not None and m.entry.type == "role" else None

    def _role_after(self, sdoc: Any, end: int,
                    by_token: dict[int, _Match]) -> tuple[int, int, Entry] | None:
        """A role in apposition after a name: "Ian Kelly, porte-parole du département d'Etat"."""
        k = end
        if k < len(sdoc) and sdoc[k].text == ",":
            k += 1
        else:
            return None
        if k < len(sdoc) and sdoc[k].pos_ == "DET":
            k += 1
        m = by_token.get(k)
        if m is None or m.entry.type != "role":
            return None
        stop = m.end
        while stop < len(sdoc) and stop - m.start < 12:
            tok = sdoc[stop]
            if tok.pos_ in _STOP_POS or tok.text in (",", ".", ";", ":", "(", ")", "«", "»", '"') \
                    or tok.ent_type_ == "PER":
                break
            stop += 1
        head = sdoc[m.start]
        if head.dep_.startswith("nsubj") and head.head.i >= stop and stop < len(sdoc) \
                and sdoc[stop].pos_ in ("VERB", "AUX"):
            return None  # "avec Vladimir Poutine, le président français a demandé": the next clause's subject
        return (m.start, stop, m.entry)

    def _role_extent(self, sdoc: Any, m: _Match, by_token: dict[int, _Match]) -> int:
        """End of the phrase a role noun heads: its adjectives and "de" complements."""
        stop = m.end
        while stop < len(sdoc) and stop - m.start < 10:
            tok = sdoc[stop]
            if tok.is_sent_start or tok.ent_type_ == "PER" or (
                    tok.pos_ not in _ROLE_POS and tok.lower_ not in _CHARGED):
                break
            if tok.pos_ in ("DET", "ADP") and tok.lower_ not in ("de", "du", "des", "d'", "la",
                                                                 "le", "l'", "les", "auprès"):
                break
            if stop in by_token and by_token[stop].entry.type in ("role", "domestic", "person") \
                    and self._attached_role(sdoc, stop, by_token) is None:
                break
            stop += 1
        # Do not end on a dangling determiner or preposition.
        while stop > m.end and sdoc[stop - 1].pos_ in ("DET", "ADP"):
            stop -= 1
        return stop

    def _role_info(self, sdoc: Any, r_start: int, r_end: int, by_token: dict[int, _Match],
                   skip: tuple[int, int] = (0, 0)) -> tuple[str | None, str, str | None]:
        """Code, role text and office of a role phrase."""
        code: str | None = None
        regional = False  # "le Premier ministre québécois" holds no office of Canada
        body = False
        words: list[str] = []
        k = r_start
        while k < r_end:
            if skip[0] <= k < skip[1]:
                k += 1
                continue
            m = by_token.get(k)
            if m is not None and m.entry.type in ("adjective",) and k > r_start:
                regional = regional or (code is None and m.entry.region)
                code = code or m.entry.code
                k = m.end
                continue
            if m is not None and m.entry.type in ("name", "place", "org", "demonym") and k > r_start \
                    and not self._posting(sdoc, r_start, k) \
                    and not (m.entry.contextual and not self._stands(sdoc, m)):
                regional = regional or (code is None and m.entry.region)
                # "la présidente du Front national", "le chef du Hamas": the head of a party, a union or a
                # group of the country, not of its state
                body = body or (code is None and m.entry.sector not in (None, "GOV"))
                code = code or m.entry.code
            words.append(sdoc[k].text + sdoc[k].whitespace_)
            k += 1
        role = "".join(words).strip().rstrip(",").strip()
        office_entry = self.kb.office_of(norm(role))
        office = office_entry.office if office_entry and not regional else None
        if body and office_entry is not None and " " not in office_entry.surface.strip():
            office = None  # the bare title ("présidente") matched, not a title of the body itself
        head = by_token.get(r_start)
        if code is None and head is not None and head.entry.type == "role":
            code = head.entry.code  # a title of one state: "ministre des Armées"
        if code is None:
            # "ministre délégué auprès du ministre de l'Europe et des Affaires étrangères".
            code = next((by_token[j].entry.code for j in range(r_start, r_end)
                         if j in by_token and by_token[j].entry.type == "role"
                         and by_token[j].entry.code and not skip[0] <= j < skip[1]), None)
        if code is None and head is not None and head.entry.office in _LOCAL_OFFICES:
            # "la maire de Lille", "le préfet de police de Lyon": the city's country.
            for j in range(r_start + 1, r_end - 1):
                if sdoc[j].lower_ in ("de", "d'") and sdoc[j + 1].text[:1].isupper() \
                        and not skip[0] <= j + 1 < skip[1]:
                    cities = self.city_codes.get(norm(sdoc[j + 1].text))
                    if cities:
                        code = cities[0]
                        break
        return code, role, office

    @staticmethod
    def _posting(sdoc: Any, r_start: int, k: int) -> bool:
        """Whether the place at ``k`` is where an envoy is posted, not the state they serve:
        "l'ex-ambassadeur en Chine d'Obama", "l'envoyé spécial au Yémen", "l'ambassadeur à
        l'ONU", "la représentante auprès de l'UE"."""
        i = k - 1
        if i > 0 and sdoc[i].lower_ in ("l'", "l’", "la", "le", "les"):
            i -= 1
        if i > 0 and sdoc[i].lower_ in ("de", "du", "des", "d'", "d’") and sdoc[i - 1].lower_ == "auprès":
            i -= 1
        return i > 0 and sdoc[i].lower_ in ("en", "au", "aux", "à", "auprès") \
            and any(norm(w).removeprefix("ex-") in _ENVOYS for j in range(r_start, i)
                    for w in (sdoc[j].lemma_, sdoc[j].text))

    def _role_alone(self, sdoc: Any, m: _Match, by_token: dict[int, _Match],
                    claimed: set[int], date: str | None, main: str | None) -> _Found | None:
        """A role phrase without a name: "le président turc", "la diplomate"."""
        if m.end - m.start == 1 and m.start > 0 and sdoc[m.start].pos_ == "VERB" \
                and sdoc[m.start - 1].pos_ == "NOUN":
            return None  # "le match opposant la France à la Turquie": a participle
        end = self._role_extent(sdoc, m, by_token)
        if any(k in claimed for k in range(m.start, end)):
            end = m.end
        code, role, office = self._role_info(sdoc, m.start, end, by_token)
        k = m.start
        while k > 0 and k > m.start - 3 and sdoc[k - 1].lower_ in _ROLE_MODIFIERS:
            k -= 1  # "le désormais ministre", "l'actuel ministre": still one known person
        gender = m.entry.gender or self._det_gender(sdoc, k)
        det = sdoc[k - 1].lower_ if k > 0 else ""
        definite = det in ("le", "la", "l'", "du", "au")
        plural = sdoc[m.start].morph.get("Number") == ["Plur"]
        if code is None and not plural and end < len(sdoc) and \
                sdoc[end].lower_ in ("du", "de", "d'"):
            # "un porte-parole du gouvernement", "le porte-parole de la police": someone
            # speaking for a domestic body takes its country.
            j = end + 1 + (end + 1 < len(sdoc) and sdoc[end + 1].lower_ in ("la", "l'", "le"))
            dm = by_token.get(j)
            if dm is not None and dm.start == j and dm.entry.type == "domestic" and \
                    not any(k in claimed for k in range(dm.start, dm.end)):
                body = self._domestic(sdoc, dm, by_token, claimed, main)
                if body is not None and body.actor.code is not None:
                    role = sdoc[m.start:body.end].text
                    actor = Actor(code=body.actor.code, name=role, kind="person",
                                  sector=body.actor.sector or m.entry.sector, role=role,
                                  country=body.actor.country)
                    key = f"role:{actor.code}:{m.entry.office}:{norm(role)}"
                    return _Found(m.start, body.end, actor, gender=gender,
                                  office=m.entry.office, key=key if definite else "",
                                  explicit=body.explicit)
        if plural or (code is None and not definite):
            return None  # "des diplomates", "un ministre": not one identified person
        if code is None and end > m.end:
            # "le président du comité de grève", "le gouverneur de Tataouine": not the head of
            # state, a local office holder; best effort, the main country.
            actor = Actor(code=main, name=sdoc[m.start:end].text, kind="person",
                          sector=m.entry.sector, role=role, country=main)
            return _Found(m.start, end, actor, gender=gender, office=None,
                          key=f"role:{main}:{norm(actor.name)}", explicit=False)
        det_start = m.start
        name = sdoc[m.start:end].text
        explicit = code is not None
        if code is not None and office is not None:
            holder = self.kb.holder(code, office, date)
            if holder is not None:
                name = holder.name
                gender = gender or holder.gender
        office = office or m.entry.office
        if code is None:
            # Anaphoric ("le chef de l'Etat", "la diplomate"): resolved against the people
            # introduced before; a head of state or government with no antecedent is the
            # main country's.
            fallback: Actor | None = None
            if office in ("head_of_state", "head_of_government") and main:
                holder = self.kb.holder(main, office, date)
                fallback = Actor(code=main, name=holder.name if holder else name, kind="person",
                                 sector=m.entry.sector, role=role, country=main)
            elif office not in _SINGLE and main:
                # "le shérif", "le porte-parole" with nobody named before: best effort, the
                # main country (never explicit).
                fallback = Actor(code=main, name=name, kind="person", sector=m.entry.sector,
                                 role=role, country=main)
            actor = Actor(code=None, name=name, kind="person", sector=m.entry.sector, role=role)
            return _Found(m.start, end, actor, gender=gender, office=office, key="",
                          explicit=False, fallback=fallback)
        actor = Actor(code=code, name=name, kind="person", sector=m.entry.sector, role=role,
                      country=code if self.kb.is_state(code) else None)
        key = f"per:{norm(name)}" if name != sdoc[det_start:end].text else \
            f"role:{code}:{office}:{norm(role)}"
        return _Found(m.start, end, actor, gender=gender, office=office, key=key,
                      explicit=explicit)

    def _coordinated(self, sdoc: Any, matches: list[_Match],
                     names: list[tuple[int, int, Entry | None]],
                     by_token: dict[int, _Match]) -> dict[int, tuple[str, str, str | None]]:
        """People after a plural role with coordinated nationalities, paired in order.

        "les chefs d'Etat russe et américain, Dmitri Medvedev et Barack Obama": the first
        name acts for the first adjective's state, the second for the second's.
        """
        out: dict[int, tuple[str, str, str | None]] = {}
        name_at = {s: e for s, e, _ in names}
        n = len(sdoc)
        used: set[int] = set()
        for m in matches:
            if m.entry.type != "adjective" or m.codes or m.entry.codes or m.start in used:
                continue
            codes = [m.entry.code]
            k = m.end
            last_join = ""
            while k + 1 < n and sdoc[k].lower_ in (",", "et"):
                nxt = by_token.get(k + 1)
                if nxt is None or nxt.start != k + 1 or nxt.entry.type != "adjective" \
                        or nxt.codes or nxt.entry.codes:
                    break
                codes.append(nxt.entry.code)
                used.add(nxt.start)
                last_join = sdoc[k].lower_
                k = nxt.end
            if len(codes) < 2 or last_join != "et" or None in codes:
                continue
            head = next((j for j in range(m.start - 1, max(-1, m.start - 6), -1)
                         if sdoc[j].pos_ == "NOUN" and sdoc[j].morph.get("Number") == ["Plur"]
                         and norm(sdoc[j].lemma_) in self.kb.roles), None)
            if head is None:
                continue
            role = f"{sdoc[head].lemma_} {sdoc[head + 1:m.start].text}".strip()
            office_entry = self.kb.office_of(norm(role))
            office = office_entry.office if office_entry else None
            if k < n and sdoc[k].text == ",":
                k += 1
            starts: list[int] = []
            while k in name_at and len(starts) < len(codes):
                starts.append(k)
                k = name_at[k]
                if k < n and sdoc[k].lower_ in (",", "et") and len(starts) < len(codes):
                    k += 1
            if len(starts) != len(codes):
                continue
            for start, code in zip(starts, codes):
                out[start] = (str(code), role, office)
        return out

    def _korea(self, sdoc: Any, matches: list[_Match], by_token: dict[int, _Match],
               main: str | None) -> list[_Match]:
        """"le Nord", "le Sud" for the two Koreas in an article about Korea."""
        codes = {m.entry.code for m in matches}
        if main not in ("PRK", "KOR") and not {"PRK", "KOR"} <= codes:
            return []
        out = []
        for tok in sdoc:
            if tok.text not in ("Nord", "Sud") or tok.i == 0 or tok.i in by_token:
                continue
            if sdoc[tok.i - 1].lower_ not in ("le", "du", "au"):
                continue
            nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
            if nxt is not None and (nxt.text.startswith("-") or (
                    nxt.lower_ in ("de", "du", "des", "d'") and not (
                        tok.i + 2 < len(sdoc) and sdoc[tok.i + 2].pos_ in ("VERB", "AUX")))):
                continue  # "le Nord du pays": a region; but "demander au Nord de cesser"
            code = "PRK" if tok.text == "Nord" else "KOR"
            entry = Entry(code=code, type="name", kind="state",
                          name=self.kb.country_names.get(code, code), surface=tok.text, case="cap")
            out.append(_Match(tok.i, tok.i + 1, [entry]))
        return out

    def _periphrasis(self, sdoc: Any, m: _Match, matches: list[_Match],
                     main: str | None) -> _Found | None:
        """"l'ancienne république soviétique": the candidate state the article names most."""
        if m.entry.via == "colonial":
            return self._colonial_power(sdoc, m, main)
        counts = Counter(x.entry.code for x in matches if x.entry.kind == "state"
                         and x.entry.type in ("name", "place", "demonym", "adjective")
                         and x.entry.code in m.entry.codes and not x.codes)
        if not counts:
            return None
        code = max(counts, key=lambda c: counts[c])
        actor = Actor(code=code, name=self.kb.country_names.get(code, code), kind="state",
                      country=code)
        return _Found(m.start, m.end, actor, key=f"state:{code}", explicit=len(counts) == 1)

    def _colonial_power(self, sdoc: Any, m: _Match, main: str | None) -> _Found | None:
        """"l'ex-puissance coloniale": the main country when it was a colonial power (a story
        about Belgium and the Congo), else the former power of the main country when it was a
        colony, else that of the former colony the article names most."""
        if m.start == 0 or sdoc[m.start - 1].lower_ not in ("l'", "la", "cette", "l’"):
            return None  # "la France, ancienne puissance coloniale": the name says it
        counts = {c: n for c, n in self._state_counts.items() if c in self.kb.colonial}
        if main is not None and main in self.kb.colonial.values():
            actor = Actor(code=main, name=self.kb.country_names.get(main, main), kind="state",
                          country=main)
            return _Found(m.start, m.end, actor, key=f"state:{main}", explicit=False)
        if main in self.kb.colonial:
            territory = main
        elif counts:
            territory = max(counts, key=lambda c: counts[c])
        else:
            return None
        code = self.kb.colonial[territory]
        actor = Actor(code=code, name=self.kb.country_names.get(code, code), kind="state",
                      country=code)
        return _Found(m.start, m.end, actor, key=f"state:{code}",
                      explicit=territory == main or len(counts) == 1)

    def _nationality(self, sdoc: Any, m: _Match) -> _Found | None:
        """"le Saoudien": a person of that state named before, else the state."""
        state = self._name(sdoc, m, None)
        if state is None:
            return None
        actor = Actor(code=m.entry.code, name=sdoc[m.start:m.end].text, kind="person",
                      country=m.entry.code if self.kb.is_state(m.entry.code) else None)
        return _Found(m.start, m.end, actor, gender=m.entry.gender, key="",
                      nationality=m.entry.code, fallback=state.actor)

    def _counted(self, sdoc: Any, m: _Match) -> bool:
        """"un Australien", "deux Britanniques": a demonym noun counted, so persons."""
        if m.start == 0 or not m.entry.code or m.entry.codes or \
                not self.kb.is_state(m.entry.code):
            return False
        det = sdoc[m.start - 1]
        return det.lower_ in _COUNTING or (det.pos_ == "NUM" and det.text.isalpha())

    def _citizens(self, sdoc: Any, m: _Match) -> _Found:
        """Citizens of a state (not its government): the state's code, sector CVL."""
        code = m.entry.code
        actor = Actor(code=code, name=sdoc[m.start:m.end].text, kind="other", sector="CVL",
                      country=code)
        return _Found(m.start, m.end, actor, key=f"cvl:{code}")

    @staticmethod
    def _neighbours(sdoc: Any, by_token: dict[int, _Match], claimed: set[int]) -> list[_Found]:
        """"les pays voisins du Mali", "les voisins de la Syrie", "les pays de la région":
        several states the phrase does not name, so no code (not the state named)."""
        out: list[_Found] = []
        n = len(sdoc)
        for tok in sdoc:
            i = tok.i
            if i in claimed:
                continue
            if tok.lower_ in ("voisins", "voisines") and i > 0 and (
                    sdoc[i - 1].lower_ in ("pays", "etats", "états", "les", "ses", "leurs",
                                           "des", "aux", "ces")):
                start = i - 1 if sdoc[i - 1].lower_ in ("pays", "etats", "états") else i
                j = i + 1
                if j < n and sdoc[j].lower_ in ("de", "du", "d'"):
                    j += 1 + (j + 1 < n and sdoc[j + 1].lower_ in ("la", "l'", "le"))
                    m = by_token.get(j)
                    end = m.end if m is not None and m.start == j and \
                        m.entry.type in ("name", "demonym") else i + 1
                else:
                    end = i + 1
            elif tok.lower_ == "pays" and i + 3 < n and sdoc[i + 1].lower_ == "de" and \
                    sdoc[i + 2].lower_ == "la" and sdoc[i + 3].lower_ == "région":
                start, end = i, i + 4
            else:
                continue
            if start > 0 and sdoc[start - 1].lower_ in ("de", "des") and start - 1 > 0 and \
                    sdoc[start - 2].lower_ in ("un", "l'un", "chacun"):
                continue
            if any(k in claimed for k in range(start, end)):
                continue
            text = sdoc[start:end].text
            named = ActorMatcher._apposed_states(sdoc, end, by_token)
            if named:
                # "les pays voisins, Niger et Burkina Faso": the states the article names.
                states = [Actor(code=c, name=text, kind="state", country=c) for c in named]
                out.append(_Found(start, end, states[0], key=f"state:{named[0]}",
                                  extra=states[1:]))
            else:
                out.append(_Found(start, end, Actor(code=None, name=text, kind="other"),
                                  key=f"other:{norm(text)}", explicit=False))
            claimed.update(range(start, end))
        return out

    @staticmethod
    def _apposed_states(sdoc: Any, end: int, by_token: dict[int, _Match]) -> list[str]:
        """States listed in apposition right after a phrase: ", Niger et Burkina Faso"."""
        if end >= len(sdoc) or sdoc[end].text not in (",", "(", ":"):
            return []
        codes: list[str] = []
        k = end + 1
        while k < len(sdoc):
            if sdoc[k].lower_ in ("le", "la", "l'", "les"):
                k += 1
            m = by_token.get(k)
            if m is None or m.start != k or m.entry.type != "name" or not m.entry.code:
                break
            codes.append(m.entry.code)
            k = m.end
            if k < len(sdoc) and sdoc[k].lower_ in (",", "et", "ou"):
                k += 1
            else:
                break
        return codes

    @staticmethod
    def _own_country(sdoc: Any, found: list[_Found], claimed: set[int], quoted: set[int],
                     main: str | None) -> list[_Found]:
        """"son pays", "leur pays", "notre pays": the state of the possessor, the actor
        named last before it in the sentence; in a quotation ("notre pays"), the speaker's."""
        out = list(found)
        for tok in sdoc:
            i = tok.i
            if tok.lower_ != "pays" or i == 0 or i in claimed or \
                    sdoc[i - 1].lower_ not in ("son", "leur", "notre", "mon"):
                continue
            if i + 1 < len(sdoc) and sdoc[i + 1].pos_ == "ADJ":
                continue  # "leur pays respectifs", "son pays natal"
            sent = tok.sent
            inside = i in quoted
            first = sdoc[i - 1].lower_ in ("notre", "mon")
            cands = [f for f in found if sent.start <= f.start < sent.end and f.actor.country
                     and f.start != i]
            if first and inside:
                pool = [f for f in cands if not f.quoted]  # the speaker, outside the quote
            else:
                pool = [f for f in cands if f.end <= i and f.quoted == inside]
            code = pool[-1].actor.country if pool else None
            explicit = code is not None
            if code is None:
                code = main
            if code is None:
                continue
            actor = Actor(code=code, name=sdoc[i - 1:i + 1].text, kind="state", country=code)
            out.append(_Found(i - 1, i + 1, actor, key=f"state:{code}", explicit=explicit))
            claimed.update((i - 1, i))
        out.sort(key=lambda f: f.start)
        return out

    def _two_countries(self, sdoc: Any, found: list[_Found], claimed: set[int]) -> list[_Found]:
        """"les deux pays": the two states named last, in this sentence or the one before."""
        out = list(found)
        for tok in sdoc:
            i = tok.i
            if tok.lower_ != "deux" or i == 0 or i + 1 >= len(sdoc) or \
                    norm(sdoc[i + 1].text) not in ("pays", "etats", "nations"):
                continue
            if sdoc[i - 1].lower_ not in ("les", "des", "aux", "ces") or i in claimed \
                    or i + 1 in claimed:
                continue
            sent = tok.sent
            prev = sdoc[sent.start - 1].sent if sent.start > 0 else sent
            codes: list[str] = []
            for f in reversed(found):
                if f.end > i or f.start < prev.start:
                    continue
                for a in reversed([f.actor, *f.extra]):
                    if a.kind == "state" and a.code and a.code not in codes:
                        codes.append(a.code)
            if len(codes) < 2:
                continue
            first, second = codes[1], codes[0]
            actors = [Actor(code=c, name=self.kb.country_names.get(c, c), kind="state", country=c)
                      for c in (first, second)]
            out.append(_Found(i, i + 2, actors[0], key=f"state:{first}",
                              explicit=len(codes) == 2, extra=[actors[1]]))
            claimed.update((i, i + 1))
        out.sort(key=lambda f: f.start)
        return out

    def _the_country(self, sdoc: Any, found: list[_Found], claimed: set[int],
                     main: str | None) -> list[_Found]:
        """"le pays", "ce pays": the one state of this sentence and the one before, else the
        article's main country (then not explicit)."""
        out = list(found)
        n = len(sdoc)
        for tok in sdoc:
            i = tok.i
            if tok.lower_ != "pays" or i == 0 or i in claimed or \
                    sdoc[i - 1].lower_ not in ("le", "ce", "du", "au"):
                continue
            nxt = sdoc[i + 1] if i + 1 < n else None
            after = sdoc[i + 2] if i + 2 < n else None
            if nxt is not None and (nxt.pos_ == "ADJ" or nxt.lower_ in ("de", "d'", "du", "des")
                                    and not (after is not None and after.pos_ in ("VERB", "PRON"))):
                continue  # "le pays voisin", "le pays de Galles" (not "au pays de se relever")
            if sdoc[i - 1].lower_ == "du" and i > 1 and (
                    sdoc[i - 2].lemma_.lower() in _LOCATION_NOUNS | _AREA_NOUNS):
                continue  # "le nord du pays", "les villes du pays": a place
            if sdoc[i - 1].lower_ == "au" and i > 1 and sdoc[i - 2].lemma_.lower() in (
                    "retour", "rentrer", "revenir", "regagner", "rentré", "revenu"):
                continue  # "son retour au pays": his homeland, whichever it is
            sent = tok.sent
            prev = sdoc[sent.start - 1].sent if sent.start > 0 else sent
            # States named in the text (not a lowercase adjective: "l'ONG américaine"), alone
            # or as the complement of a domestic noun ("l'ambassade de Chine").
            codes: list[str] = []
            for f in reversed(found):
                if not (prev.start <= f.start and f.end <= i and f.explicit):
                    continue
                if f.actor.kind != "other" and not sdoc[f.start].text[:1].isupper():
                    continue
                for a in (f.actor, *f.extra):
                    if a.kind in ("state", "other") and a.country and a.country not in codes:
                        codes.append(a.country)
            if codes and (len(codes) == 1 or sdoc[i - 1].lower_ == "ce"):
                # "contre ce pays": the state named last.
                code, explicit = codes[0], True
            elif main is not None:
                code, explicit = main, False
            else:
                continue
            actor = Actor(code=code, name=self.kb.country_names.get(code, code), kind="state",
                          country=code)
            out.append(_Found(i, i + 1, actor, key=f"state:{code}", explicit=explicit))
            claimed.add(i)
        out.sort(key=lambda f: f.start)
        return out

    # -- domestic nouns, names, adjectives --------------------------------------------------
    def _domestic(self, sdoc: Any, m: _Match, by_token: dict[int, _Match],
                  claimed: set[int], main: str | None) -> _Found | None:
        """A domestic actor noun with its nationality: "l'armée russe", "la police"."""
        e = m.entry
        if m.end - m.start == 1 and sdoc[m.start].pos_ not in ("NOUN", "PROPN") \
                and not self._party_adjective(sdoc[m.start], by_token):
            return None  # "des laboratoires militaires": an adjective here
        if m.end - m.start == 1 and sdoc[m.start].lower_ == "opposition" and m.start > 0 \
                and "Poss=Yes" in str(sdoc[m.start - 1].morph) and any(
                    t.lower_ in ("à", "au", "aux") for t in sdoc[m.end:m.end + 3]
                    if all(u.pos_ == "ADJ" or u.morph.get("VerbForm") == ["Part"] for u in sdoc[m.end:t.i])):
            # "ont fait savoir leur opposition (énergique) à toute prolongation": a stance, not the opposition
            return None
        code: str | None = None
        codes: tuple[str, ...] = ()
        end = m.end
        k = m.end
        people: tuple[str, ...] = ()  # "les forces kurdes": the states a people lives in
        # Adjectives after the noun: "les forces armées russes", "le Congrès américain".
        while k < len(sdoc) and k - m.end < 4:
            tok = sdoc[k]
            mk = by_token.get(k)
            if mk is not None and mk.entry.type == "adjective":
                code = mk.entry.code
                codes = mk.codes or mk.entry.codes
                end = mk.end
                break
            if mk is not None and mk.start == k and mk.entry.type in ("place", "org") and \
                    self.kb.is_state(mk.entry.code) and (tok.text[:1].islower() or (
                        mk.entry.type == "place" and mk.entry.sector not in (None, "GOV"))):
                code, end = mk.entry.code, mk.end  # "les insurgés talibans", "les rebelles Houthis"
                break
            if mk is None and norm(tok.text) in self.kb.peoples:
                people, end = self.kb.peoples[norm(tok.text)], k + 1  # "kurdes syriens": go on
                k += 1
                continue
            if tok.pos_ != "ADJ" and not (tok.pos_ == "VERB" and tok.tag_ == "VERB"
                                          and tok.morph.get("VerbForm") == ["Part"]):
                break
            k += 1
        if code is None and k < len(sdoc) and sdoc[k].lower_ in ("de", "du", "des", "d'"):
            # "le gouvernement de Kiev", "les autorités du Mali", "le parti de Marine Le Pen".
            j = k + 1
            if j < len(sdoc) and sdoc[j].lower_ in ("la", "l'", "le", "les"):
                j += 1
            mj = by_token.get(j)
            if mj is not None and mj.start == j and mj.entry.type in ("name", "place", "org"):
                code = mj.entry.code
                if not any(t in claimed for t in range(mj.start, mj.end)):
                    end = mj.end
            elif mj is not None and mj.start == j and mj.entry.type == "person":
                code = self.kb.actor_of(mj.entry).code
        if code is None and m.start > 0:
            # "les Russes ... l'armée" no; but a prenominal adjective is rare: "la russe armée".
            pass
        fallback = e.fallback or self._regime(sdoc, m)
        if not fallback and not people and (m.start == 0 or sdoc[m.start - 1].pos_ != "DET"):
            return None  # "les chefs d'Etat russe et américain": not an actor
        explicit = True
        placed: str | None = None
        sector = e.sector
        if people:
            # Guidelines: a non-state actor inside one country takes that country's code.
            sector = "REB" if sector in _FORCES else sector
        if code is None:
            if not fallback and not people:
                return None
            # A bare domestic noun takes the country of a place named in its own sentence
            # ("des manifestants à Alger", "la police, dans le centre de Beyrouth"), else the
            # article's main country (a best effort, not explicit).
            code = self._court(by_token, m.start) if e.sector == "JUD" else None
            if code is None:
                code = self._place_country(sdoc, m.start, by_token, main)
            if code is None:
                # "Des heurts ont éclaté à Londres. La police a chargé": a noun opening its
                # sentence goes on where the previous one took place (a best effort).
                placed = self._previous_place(sdoc, m.start, by_token, main)
                code, explicit = placed or main, False
                if people and not placed:
                    # "l'offensive turque contre les forces kurdes" in a story set "en Syrie":
                    # the people's state where the article places events, else the main one.
                    code = self._people_place(sdoc, by_token, main, people) or code
            if people and code not in people:
                # "Paris ... les forces kurdes": one of the people's states, the one the
                # article names most, else no actor.
                named = [c for c in people if self._state_counts[c]]
                if not named:
                    return None
                code = max(named, key=lambda c: self._state_counts[c])
                explicit, placed = False, None
            if people and code in self._opposed(sdoc, m.start, by_token):
                # "l'offensive de la Turquie contre les forces kurdes": not the attacker's own
                # people, in a story that names another of their states.
                others = [c for c in people if self._state_counts[c] and c != code]
                if others:
                    code = max(others, key=lambda c: self._state_counts[c])
                    explicit, placed = False, None
        actor = Actor(code=code, name=sdoc[m.start:end].text, kind="other", sector=sector,
                      country=code if self.kb.is_state(code) else None)
        extra = [replace(actor, code=c, country=c if self.kb.is_state(c) else None)
                 for c in codes[1:]]
        return _Found(m.start, end, actor, key=f"dom:{code}:{sector}", explicit=explicit,
                      extra=extra, placed=placed is not None)

    @staticmethod
    def _regime(sdoc: Any, m: _Match) -> bool:
        """Whether "le pouvoir" names the ruling power: the subject or object of a verb with no complement
        ("ont appelé le pouvoir à accepter le dialogue", "le pouvoir a réprimé"), not "au pouvoir", "le
        pouvoir d'achat" or "le pouvoir de décider"."""
        tok = sdoc[m.start]
        return m.end - m.start == 1 and tok.lower_ == "pouvoir" and m.start > 0 \
            and sdoc[m.start - 1].lower_ == "le" and tok.head.pos_ in ("VERB", "AUX") \
            and (tok.dep_ == "nsubj" or tok.dep_ == "obj" and tok.head.lemma_.lower() not in _POWER_HELD) \
            and not any(k.dep_ in ("nmod", "acl") for k in tok.children)

    @staticmethod
    def _opposed(sdoc: Any, i: int, by_token: dict[int, _Match]) -> set[str]:
        """The states the sentence names when the noun at token i is what an act is "contre"
        ("une offensive turque contre les forces kurdes")."""
        if not any(c.dep_ == "case" and c.lower_ == "contre" for c in sdoc[i].children):
            return set()
        sent = sdoc[i].sent
        return {m.entry.code for k in range(sent.start, i) if (m := by_token.get(k)) is not None
                and m.start == k and m.entry.kind == "state" and m.entry.code and not m.entry.region
                and m.entry.type in ("name", "place", "adjective", "demonym")}

    def _people_place(self, sdoc: Any, by_token: dict[int, _Match], main: str | None,
                      states: tuple[str, ...]) -> str | None:
        """Among a people's states, the one the article names most often as a place ("en
        Syrie", "dans le nord de l'Irak"), if any."""
        counts: Counter[str] = Counter()
        for sent in sdoc.sents:
            places = self._places_of(sdoc, sent, by_token, main)
            counts.update(c for k, c in places if c in states and k in by_token
                          and by_token[k].entry.type in ("name", "place"))
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], c == main))

    @staticmethod
    def _party_adjective(tok: Any, by_token: dict[int, _Match]) -> bool:
        """"Les investigations démocrates", "les élus républicains": a party's members or acts
        named by its adjective on a noun that names no actor itself (not "les principes républicains")."""
        head = tok.head
        return tok.lower_ in _PARTY_ADJECTIVES and tok.dep_ == "amod" and head.pos_ == "NOUN" \
            and head.i < tok.i and head.i not in by_token and head.lemma_.lower() not in _VALUE_NOUNS

    @staticmethod
    def _court(by_token: dict[int, _Match], end: int) -> str | None:
        """An international court the text named before: "la CPI ... les juges" are its judges."""
        return next((m.entry.code for k, m in sorted(by_token.items(), reverse=True)
                     if k < end and m.entry.code in _COURTS and not m.entry.contextual), None)

    def _place_country(self, sdoc: Any, i: int, by_token: dict[int, _Match],
                       main: str | None) -> str | None:
        """The country of the places named in the sentence of token i: the main country when
        it is one of them, else the place nearest to the token."""
        sent = sdoc[i].sent
        places = [p for p in self._places_of(sdoc, sent, by_token, main)
                  if self._same_clause(sdoc, p[0], i)]
        if not places:
            return None
        codes = {c for _, c in places}
        if main in codes:
            return main
        return min(places, key=lambda p: abs(p[0] - i))[1]

    def _previous_place(self, sdoc: Any, i: int, by_token: dict[int, _Match],
                        main: str | None) -> str | None:
        """The country of the last place of the previous sentence of the same paragraph,
        for a noun that opens its sentence."""
        sent = sdoc[i].sent
        if i - sent.start > 2 or sent.start == 0:
            return None
        prev = sdoc[sent.start - 1].sent
        if any("\n" in t.text for t in sdoc[prev.start:sent.start]):
            return None
        places = self._places_of(sdoc, prev, by_token, main)
        if not places:
            return None
        codes = {c for _, c in places}
        return main if main in codes else places[-1][1]

    def _places_of(self, sdoc: Any, sent: Any, by_token: dict[int, _Match],
                   main: str | None) -> list[tuple[int, str]]:
        """The places of a sentence (below), found once per sentence and article."""
        places = self._sentence_places.get(sent.start)
        if places is None:
            places = self._sentence_places[sent.start] = self._find_places(sdoc, sent, by_token, main)
        return places

    def _find_places(self, sdoc: Any, sent: Any, by_token: dict[int, _Match],
                     main: str | None) -> list[tuple[int, str]]:
        """(token, country) of the places of a sentence: states, capitals and cities after a
        locative ("en Tunisie", "à Oulan-Bator", "dans le sud de la Tunisie")."""
        out: list[tuple[int, str]] = []
        k = sent.start
        depth = 0
        while k < sent.end:
            tok = sdoc[k]
            depth += (tok.text == "(") - (tok.text == ")")
            if depth > 0:
                k += 1  # "(16 heures en France)": an aside, not the clause's place
                continue
            m = by_token.get(k)
            if m is not None:
                e = m.entry
                if m.start == k and e.kind == "state" and e.code and not m.codes and \
                        e.type in ("name", "place") and self._locative(sdoc, k):
                    # "à Tripoli" in a story about Lebanon: the Lebanese city.
                    others = self.city_codes.get(norm(sdoc[m.start:m.end].text), ()) \
                        if e.type == "place" else ()
                    out.append((k, main if main in others else e.code))
                elif m.start == k and e.type == "adjective" and e.code and not m.codes \
                        and not e.codes and sdoc[k].head.i != k and _in_place(sdoc[k].head):
                    out.append((k, e.code))  # "dans la capitale libanaise", "sur le sol américain"
                k = m.end
                continue
            if tok.text[:1].isupper() and not tok.is_sent_start and (
                    tok.pos_ == "PROPN" or tok.ent_type_ in ("LOC", "GPE")) \
                    and self._locative(sdoc, k):
                # The longest city name from here: "Los Angeles", not a town called "Los".
                size = 1
                while size < 4 and k + size < sent.end and sdoc[k + size].text[:1].isupper():
                    size += 1
                for width in range(size, 0, -1):
                    codes = self.city_codes.get(norm(sdoc[k:k + width].text))
                    if codes:
                        out.append((k, main if main in codes else codes[0]))
                        break
                k += max(width, 1)
                continue
            k += 1
        return out

    @staticmethod
    def _same_clause(sdoc: Any, place: int, noun: int) -> bool:
        """Whether a place hangs on the noun or on the verb of the noun's clause, through
        nouns only ("des manifestants ont protesté à Alger", "en marge d'un rassemblement à
        Alger"), not in another clause."""
        sent = sdoc[noun].sent
        if sent.start <= place < sent.start + 3 and all(
                sdoc[k].pos_ in ("ADP", "DET", "X") for k in range(sent.start, place)):
            k = place + 1
            while k < sent.end and k < place + 4 and sdoc[k].pos_ in ("PROPN", "X"):
                k += 1
            if k < sent.end and sdoc[k].text == ",":
                return True  # "A Minneapolis, ...": the place frames the whole sentence
        targets = {noun}
        t = sdoc[noun]
        while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
            t = t.head
            targets.add(t.i)
        t = sdoc[place]
        for _ in range(4):
            if t.i in targets:
                return True
            if t.head.i == t.i:
                return False
            t = t.head
            if t.pos_ in ("VERB", "AUX") and t.i not in targets:
                # "un policier qui l'avait arrêté à Minneapolis": the noun's own relative.
                return bool(t.dep_.startswith("acl") and t.head.i == noun)
            if t.i in targets and t.pos_ == "NOUN":
                return True  # "la mort de George Floyd à Minneapolis": one noun phrase
            if t.lemma_.lower() in _ELSEWHERE_NOUNS:
                return False
        return t.i in targets

    @staticmethod
    def _locative(sdoc: Any, k: int) -> bool:
        """Whether the name at token k is a place: "en Tunisie", "à Alger", "au Liban",
        "dans le centre de Beyrouth" (not "répondre à Washington")."""
        if k == 0:
            return False
        tok = sdoc[k]
        if tok.dep_ == "conj" and tok.head.i < k and tok.head.pos_ == "PROPN" and \
                ActorMatcher._locative(sdoc, tok.head.i):
            return True  # "à Copenhague, Bruxelles et Londres"
        j = k - 1
        prev = sdoc[j].lower_
        if prev in ("la", "l'", "le", "les") and j > 0:
            j -= 1  # "dans le sud de la Tunisie", "à la Réunion"
            prev = sdoc[j].lower_
        if prev in ("en", "dans"):
            return True
        if prev in ("à", "a", "au", "aux"):
            x = j - 1
            while x > j - 4 and x > 0 and sdoc[x].pos_ == "PROPN":
                x -= 1
            if x < j - 1 and sdoc[x].lower_ in ("la", "l'", "le", "les") and x > 0:
                x -= 1
            if x < j - 1 and sdoc[x].lower_ in ("de", "du", "des", "d'") and \
                    sdoc[j - 1].ent_type_ != "PER":
                # "de l'Australie à la Tunisie": a range of places, not one (but "la mort de
                # George Floyd à Minneapolis" is a place).
                return False
            head = sdoc[k].head
            return not (head.pos_ in ("VERB", "AUX") and head.lemma_ in _DATIVE_VERBS)
        if prev in ("de", "du", "d'") and j > 0:
            return sdoc[j - 1].lemma_.lower() in _LOCATION_NOUNS | _AREA_NOUNS
        return False

    def _adjective(self, sdoc: Any, m: _Match) -> _Found | None:
        """A nationality adjective modifying a noun: "une attaque iranienne" (the state)."""
        tok = sdoc[m.start]
        if tok.dep_ not in ("amod", "conj") and tok.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if tok.head.i == tok.i:
            return None
        if m.start > 0 and sdoc[m.start - 1].lower_ == "en":
            return None  # "l'enseignement en mongol", "des pancartes en anglais": a language
        actor = self.kb.actor_of(m.entry)
        extra = [replace(actor, code=c, country=c, name=self.kb.country_names.get(c, c))
                 for c in m.codes[1:]] + self._extra(m.entry)
        return _Found(m.start, m.end, actor, key=f"{actor.kind}:{actor.code}", extra=extra)

    def _name(self, sdoc: Any, m: _Match, date: str | None) -> _Found | None:
        """States, capitals, seats of power, organisations, demonyms."""
        e = m.entry
        prev = sdoc[m.start - 1].lower_ if m.start > 0 else ""
        if e.type in ("place", "name", "org") and m.start < 3 and m.end < len(sdoc) \
                and sdoc[m.end].text == "(" and sdoc[m.start].text.isupper():
            return None  # dateline "BRUXELLES (Reuters) -": where the story was filed
        if e.type == "place" and prev in ("de", "du", "d'") and m.start >= 2 \
                and sdoc[m.start - 2].lemma_.lower() in _LOCATION_NOUNS:
            return None  # "le pont de Westminster", "les accords de Minsk": a place or a name
        if e.type == "place" or e.contextual:
            tok = sdoc[m.start]
            if prev in _LOCATIVE and not (prev in ("à", "a") and (
                    (tok.head.pos_ in ("VERB", "AUX") and _dative_verb(tok.head))
                    or (tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in _DATIVE_NOUNS))) \
                    and not (prev == "entre" and self._between_powers(sdoc, m)):
                return None  # "à Moscou": a place, left to the places stage
            if prev == "et" and any(
                    k > 0 and sdoc[k].lower_ == "entre" and sdoc[k - 1].lemma_.lower()
                    in _ROUTE_NOUNS for k in range(max(0, m.start - 5), m.start - 2)):
                return None  # "la distance entre Paris et Londres": the end of a route
        if e.region and (self._locative(sdoc, m.start) or prev == "(" or (
                prev == "," and m.start >= 2 and norm(sdoc[m.start - 2].text) in self.cities)
                or self._of_region(sdoc, m.start)):
            # "en Californie", "dans l'Oregon", "Portland (Oregon)", "le désert de l'Utah": a
            # place ("le gouverneur de Floride" is read with the role).
            return None
        if e.region and self._region_topic(sdoc, m):
            return None  # "une réunification avec l'Irlande du Nord": a territory, not an actor
        generic = e.kind == "ngo" and norm(e.surface) == "ong"
        if generic and self._named_ngo(sdoc, m, prev):
            return None  # "l'ONG Save the Children", "des ONG locales": the name or country tells
        if e.codes and _NUMBERS.get(prev, len(e.codes)) < len(e.codes):
            return None  # "les deux monarchies du Golfe": some of the group, which ones unsaid
        if e.contextual and not self._stands(sdoc, m):
            return None  # "Bruxelles", "l'Alliance" in an article that names neither the EU nor NATO
        tok = sdoc[m.start]
        if e.type == "org" and e.surface[:1].islower() and m.end - m.start == 1 and \
                prev not in _GROUP_DETERMINERS and sdoc[m.start - 1].pos_ != "NUM" and \
                not (tok.head.i < tok.i and tok.head.lemma_.lower() in _FIGHTER_NOUNS):
            return None  # "des contenus jihadistes", "les violences jihadistes": no actor
        if e.type == "media":
            # No country either: consumers read ``country`` as a fallback code, and "selon
            # l'AFP" is attribution, not an act of France.
            actor = Actor(code=None, name=e.name, kind="other", sector="MED")
            return _Found(m.start, m.end, actor, key=f"media:{norm(e.name)}")
        actor = self.kb.actor_of(e, date)
        if e.type == "place" and e.kind == "state":
            actor = replace(actor, name=sdoc[m.start:m.end].text)
        key = f"{actor.kind}:{actor.code}"
        if e.type == "place" and e.sector not in (None, "GOV"):
            key += f":{e.sector}"
        # "les ONG": international ones as a best effort (local ones take their country).
        return _Found(m.start, m.end, actor, key=key, extra=self._extra(e), explicit=not generic)

    def _stands(self, sdoc: Any, m: _Match) -> bool:
        """Whether a short name that needs context ("l'Alliance", "la Cour") stands for its
        organisation: the article names it otherwise too, and the word does not open another
        name ("l'Alliance des gens du Nouveau-Brunswick", "l'Alliance écologiste", "la Cour
        d'appel")."""
        if m.entry.code not in self._context_codes:
            return False
        if m.entry.type != "org" or m.end >= len(sdoc):
            return True
        nxt = sdoc[m.end]
        if nxt.lower_ in _NAME_LINKS:
            return False
        # "l'Alliance écologiste", "Alliance Police nationale": a word of the name right after it
        return not (nxt.pos_ in ("ADJ", "PROPN") and nxt.text[:1].isalpha()
                    and nxt.dep_ in ("amod", "flat:name", "appos", "nmod") and nxt.head.i == m.end - 1)

    def _named_ngo(self, sdoc: Any, m: _Match, prev: str) -> bool:
        """Whether "ONG" is not the plural group noun: a single one ("l'ONG"), or one followed
        by its name, its nationality or "locales"."""
        if prev not in _NGO_DETERMINERS:
            return True
        nxt = sdoc[m.end] if m.end < len(sdoc) else None
        return nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in ("locale", "locales")
                                    or norm(nxt.text) in self.kb.adjectives)

    @staticmethod
    def _region_topic(sdoc: Any, m: _Match) -> bool:
        """Whether a region completes a noun other than as an adversary ("la réunification
        avec l'Irlande du Nord", not "une plainte contre le Texas")."""
        tok = next((t for t in sdoc[m.start:m.end] if not m.start <= t.head.i < m.end), sdoc[m.start])
        if tok.dep_ != "nmod" or tok.head.pos_ != "NOUN":
            return False
        return not any(c.dep_ == "case" and c.lower_ in ("contre", "par", "entre") for c in tok.children)

    @staticmethod
    def _of_region(sdoc: Any, k: int) -> bool:
        """Whether the name at token k completes a noun: "de l'Oregon", "du Texas"."""
        j = k - 1
        if j > 0 and sdoc[j].lower_ in ("la", "l'", "le"):
            j -= 1
        return j >= 0 and sdoc[j].lower_ in ("de", "du", "d'", "des")

    def _between_powers(self, sdoc: Any, m: _Match) -> bool:
        """Whether "entre X et Y" pairs two governments ("les tensions entre Séoul et
        Washington"), not two points of a route ("un vol entre Moscou et Sotchi")."""
        if m.start < 2 or m.end + 1 >= len(sdoc) or sdoc[m.end].lower_ != "et":
            return False
        if sdoc[m.start - 2].lemma_.lower() in _ROUTE_NOUNS or \
                sdoc[m.start - 1].head.lemma_.lower() in _ROUTE_NOUNS:
            return False
        key = ""
        for j in range(m.end + 1, min(len(sdoc), m.end + 1 + self.kb.MAX_TOKENS)):
            key = key + (" " if key and sdoc[j - 1].whitespace_ else "") + norm(sdoc[j].text)
            text = sdoc[m.end + 1:j + 1].text
            if any(e.type == "place" and e.kind == "state" and e.sector in (None, "GOV")
                   and case_ok(e.case, e.surface, text) for e in self.kb.lookup(key)):
                return True
            if not self.kb.is_prefix(key):
                break
        return False

    def _extra(self, e: Entry) -> list[Actor]:
        """The other actors of a multi-code entry ("les Occidentaux": USA, EU, NATO)."""
        out = []
        for code in e.codes[1:]:
            state = self.kb.is_state(code)
            out.append(Actor(code=code, name=self.kb.country_names.get(code) or
                             self.kb.org_names.get(code, code), kind="state" if state else "igo",
                             country=code if state else None))
        return out

    @staticmethod
    def _plausible_org(ent: Any) -> bool:
        """NER organisations worth keeping: proper names and acronyms, not all-caps headings."""
        text = ent.text
        if len(ent) == 1 and text.isupper() and len(text) > 5:
            return False
        if text.isupper() and len(ent) > 1:
            return False
        if any(c.isdigit() for c in text) and any(c.islower() for c in text):
            return False  # "CNT000001hehhF": an identifier, not a name
        return any(t.pos_ == "PROPN" for t in ent) or (text.isupper() and len(text) <= 5) \
            or (len(ent) > 1 and text[:1].isupper())

    @staticmethod
    def _recent_sector(found: list[_Found]) -> list[_Found]:
        """A bare domestic noun ("l'armée") takes the code of the last explicit one of its sector.

        "L'aviation israélienne a frappé Gaza ... l'armée a indiqué": the army is Israel's,
        even in a story where Gaza is named more often.
        """
        last: dict[str, _Found] = {}
        out = []
        for f in found:
            sector = f.actor.sector
            # Only forces: "le gouvernement" alone is the main country's, even after a foreign one.
            if f.actor.kind == "other" and sector in _FORCES and f.key.startswith("dom:"):
                if f.explicit:
                    last[sector] = f
                elif sector in last and not f.placed and last[sector].actor.code != f.actor.code:
                    f = f.recoded(last[sector].actor.code)
            out.append(f)
        return out

    @staticmethod
    def _nearby_chamber(sdoc: Any, found: list[_Found]) -> list[_Found]:
        """A bare legislature or party noun ("le Sénat", "les républicains") takes the code of
        an explicit one in its sentence or a sentence next to it.

        "Le Congrès américain a voté une loi. Le Sénat, comme la Chambre des représentants, a
        approuvé le texte": the Senate is the United States', whatever the story's country.
        """
        out = []
        for f in found:
            sector = f.actor.sector
            if f.explicit or f.placed or sector not in ("LEG", "PTY") or not f.key.startswith("dom:"):
                out.append(f)
                continue
            sent = sdoc[f.start].sent
            lo = sdoc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            hi = sdoc[sent.end].sent.end if sent.end < len(sdoc) else sent.end
            near = [g for g in found if g.explicit and g.actor.sector in ("LEG", "PTY")
                    and g.actor.country and (lo <= g.start < f.start or f.end <= g.start < hi)]
            codes = {g.actor.country for g in near}
            if len(codes) == 1 and f.actor.code not in codes:
                f = f.recoded(codes.pop())
            out.append(f)
        return out

    @staticmethod
    def _possessed(sdoc: Any, found: list[_Found]) -> list[_Found]:
        """"X a annoncé que son gouvernement ...": a bare domestic noun (not forces) after a
        possessive is the body of the person or state named last before it in the sentence."""
        out = []
        for f in found:
            # Not forces: "la Chine a renforcé ses troupes" are the subject's own, moved, not
            # an actor of their own.
            if f.explicit or f.placed or not f.key.startswith("dom:") or f.start == 0 or \
                    f.actor.sector in _FORCES or \
                    sdoc[f.start - 1].lower_ not in ("son", "sa", "ses", "leur", "leurs"):
                out.append(f)
                continue
            sent = sdoc[f.start].sent
            before = [g for g in found if sent.start <= g.start and g.end <= f.start - 1
                      and g.explicit and g.quoted == f.quoted and g.actor.kind in ("person", "state")
                      and g.actor.country and not g.extra]
            if before and before[-1].actor.country != f.actor.code:
                f = f.recoded(before[-1].actor.country, explicit=True)
            out.append(f)
        return out

    def _western(self, sdoc: Any, found: list[_Found]) -> list[_Found]:
        """"Les pays occidentaux, dont la France" stand for the Western states named with them.

        Guidelines: "les Occidentaux" are the states named nearby, else the United States, the
        EU and NATO. Nearby: in the same sentence with no verb in between ("Washington et
        Londres, comme d'autres capitales occidentales"); "leurs alliés occidentaux" are the
        allies of a named state, not that state.
        """
        out = []
        for f in found:
            codes = {f.actor.code, *(a.code for a in f.extra)}
            head = sdoc[f.start - 1].lower_ if f.start > 0 else ""
            if codes != _WEST or f.antecedent is not None or not (
                    sdoc[f.start].text[:1].isupper() or head in _STATE_GROUPS):
                out.append(f)  # "la musique occidentale", "leurs alliés occidentaux"
                continue
            states = [g for g in found if g is not f and g.antecedent is None and g.explicit
                      and g.actor.kind in ("state", "person") and not g.extra
                      and g.actor.code in self.kb.western]
            listed = {k for g in states for k in range(g.start, g.end)}
            named: list[Actor] = []
            for g in states:
                lo, hi = (g.end, f.start) if g.end <= f.start else (f.end, g.start)
                if lo > hi or sdoc[g.start].sent.start != sdoc[f.start].sent.start:
                    continue
                if any(t.pos_ not in ("PUNCT", "CCONJ", "DET") and t.lower_ not in _LISTING
                       and t.lower_ not in _STATE_GROUPS and t.i not in listed
                       or t.text in (":", ";", "(", ")") for t in sdoc[lo:hi]):
                    continue  # only a listing between them: "dont la France et l'Italie"
                if g.start > 0 and sdoc[g.start - 1].lower_ in ("en", "à", "au", "aux", "dans"):
                    continue  # "en Angleterre": a place, not a state acting
                if all(a.code != g.actor.code for a in named):
                    named.append(Actor(code=g.actor.code,
                                       name=self.kb.country_names.get(g.actor.code, g.actor.code),
                                       kind="state", country=g.actor.code))
            if named:
                f = replace(f, actor=replace(named[0], name=f.actor.name), extra=named[1:],
                            key=f"state:{named[0].code}")
            out.append(f)
        return out

    # -- main country ----------------------------------------------------------------------
    def _main_country(self, sdoc: Any, matches: list[_Match], title: str | None,
                      by_token: dict[int, _Match]) -> str | None:
        """The article's main country: the title's and dateline's, else the most mentioned state."""
        counts: Counter[str] = Counter()
        regions: Counter[str] = Counter()  # weight of the regions of each state
        acting: Counter[str] = Counter()  # weight of the mentions that are no mere place
        named: Counter[str] = Counter()  # mentions of the regions of each state
        first: dict[str, int] = {}
        if title:
            for k, e in enumerate(self.kb.scan(title)):
                if e.kind == "state" and e.code and e.type not in ("domestic", "role", "none"):
                    counts[e.code] += 5
                    first.setdefault(e.code, k - 100)  # before the text, in the title's order
        lead_end = next(iter(sdoc.sents)).end if len(sdoc) else 0
        stated = {m.entry.code for m in matches if not m.entry.contextual}
        for m in matches:
            e = m.entry
            if e.contextual and e.code not in stated:
                continue  # "Vienne" in a story that names no Austria, "ANC" no South Africa
            if e.kind == "person" and e.code and self.kb.is_state(e.code):
                if self._other_person(sdoc, m, by_token):
                    continue  # "Kris Austin" is not the known Austin
                counts[e.code] += 1  # a known person weighs for their state: decides only stories naming none
                first.setdefault(e.code, m.start)
                continue
            if e.kind != "state" or not e.code or e.type in ("domestic", "role"):
                continue
            weight = 2 if e.type == "name" and not e.region else 1
            if m.start < 4 and m.end < len(sdoc) and sdoc[m.end].text == "(":
                weight += 4  # dateline "ALGER (AFP) -"
            if m.start < lead_end:
                weight += 2  # the lead sentence says what the story is about
            if e.region:
                regions[e.code] += weight
                named[e.code] += 1
            else:
                counts[e.code] += weight
                if not self._locative(sdoc, m.start):
                    acting[e.code] += weight
            first.setdefault(e.code, m.start)
        for code, weight in regions.items():
            # A region ("le Québec", "en Californie") weighs for its state as little as an
            # adjective, in a story that names the state otherwise or the region again: one
            # passing "au Texas" does not make a story American.
            if counts[code] or named[code] >= 2:
                counts[code] += weight
        counts = +counts
        if not counts:
            return None
        # A tie goes to the title's first state, else to the one named as more than a place
        # ("Aux Etats-Unis, ..." in a Canadian story), else to the one named first.
        top = max(counts, key=lambda c: (counts[c], first[c] < 0, -first[c] if first[c] < 0 else acting[c],
                                         -first[c]))
        for territory, state in self.kb.territories.items():
            # "Pékin" acting on Hong Kong: a story naming the territory nearly as often as
            # its state is about the territory.
            if state == top and counts[territory] >= _TERRITORY_SHARE * counts[top]:
                return territory
        return top

    # -- coreference -----------------------------------------------------------------------
    def _pronouns(self, sdoc: Any, found: list[_Found]) -> list[_Found]:
        """Subject pronouns ("il", "elle", "ils", "elles", "a-t-il") and their antecedents.

        The subject of the previous sentence wins when it is an actor that agrees in gender
        and number (subject continuity); otherwise "il"/"elle" go to the last person
        introduced, when no other actor stands between them.
        """
        if not found:
            return found
        out = list(found)
        sents = list(sdoc.sents)
        sent_index = {s.start: i for i, s in enumerate(sents)}
        covering: dict[int, _Found] = {}
        for f in found:
            for k in range(f.start, f.end):
                covering.setdefault(k, f)
        for tok in sdoc:
            word = tok.lower_.lstrip("-").removeprefix("t-")
            info = _PRONOUNS.get(word)
            if info is None:
                continue
            inverted = tok.lower_.startswith("-")
            if not inverted and not tok.dep_.startswith("nsubj"):
                continue
            gender, number = info
            si = sent_index.get(tok.sent.start, 0)
            antecedent: _Found | None = None
            if not inverted:
                # The nearest subject before it in the same sentence ("Les Américains n'ont
                # rien cédé, mais ils ont proposé"), else the previous sentence's subject.
                for k in range(tok.i - 1, tok.sent.start - 1, -1):
                    if sdoc[k].dep_.startswith("nsubj") and k in covering \
                            and covering[k].antecedent is None:
                        if self._agrees(covering[k], sdoc[k], gender, number):
                            antecedent = covering[k]
                        break
            if antecedent is None and not inverted and si > 0:
                subj = self._sentence_subject(sents[si - 1])
                cand = covering.get(subj) if subj is not None else None
                if cand is not None and self._agrees(cand, sdoc[subj], gender, number):
                    antecedent = cand
            if antecedent is None and number == "Sing":
                antecedent = self._last_person(sdoc, out, sents, si, tok, gender)
            if antecedent is not None:
                out.append(_Found(tok.i, tok.i + 1, antecedent.actor, gender=gender,
                                  office=antecedent.office, key="", antecedent=antecedent))
        out.sort(key=lambda f: f.start)
        return out

    @staticmethod
    def _agrees(f: _Found, head: Any, gender: str, number: str) -> bool:
        """Whether an actor mention can be the antecedent of a pronoun."""
        if f.actor.kind == "person":
            return number == "Sing" and f.gender in (None, gender)
        tok_number = head.morph.get("Number")
        tok_gender = head.morph.get("Gender")
        if tok_number and tok_number[0] != number:
            return False
        if not tok_number and number == "Plur":
            return False
        return not tok_gender or tok_gender[0] == {"m": "Masc", "f": "Fem"}[gender]

    def _last_person(self, sdoc: Any, out: list[_Found], sents: list[Any], si: int, tok: Any,
                     gender: str) -> _Found | None:
        """The last person introduced before a singular pronoun, when unambiguous."""
        sent = sents[si]
        window_start = sents[si - 1].start if si > 0 else sent.start
        candidates = [f for f in out if window_start <= f.start and f.end <= tok.i
                      and f.antecedent is None]
        people = [f for f in candidates if f.actor.kind == "person" and f.gender in (None, gender)]
        if not people:
            return None
        last = people[-1]
        prev_subject = self._sentence_subject(sents[si - 1]) if si > 0 else None
        by_subject = [f for f in people if prev_subject is not None
                      and f.start <= prev_subject < f.end]
        if by_subject and not [f for f in candidates if f.start > by_subject[-1].start
                               and f.actor.kind == "person" and f.key != by_subject[-1].key]:
            return by_subject[-1]
        # A state or organisation named after the person may be what the pronoun refers to
        # (unknown organisations and media are rarely the subject that goes on).
        if [f for f in candidates if f.start > last.start and f.actor.kind != "person"
                and (f.actor.kind != "other" or f.actor.sector not in (None, "MED"))
                # (not an adjective, "les démons libanais", nor a plural, "leurs dirigeants")
                and (head := sdoc[f.start:f.end].root).pos_ != "ADJ" and self._agrees(f, head, gender, "Sing")]:
            return None
        rivals = {f.key for f in people if f.gender == gender and f.key != last.key and f.key}
        return None if rivals else last

    @staticmethod
    def _sentence_subject(sent: Any) -> int | None:
        """Token index of the subject of a sentence's root, if any."""
        root = sent.root
        for child in root.children:
            if child.dep_.startswith("nsubj"):
                return int(child.i)
        return None

    def _to_mentions(self, doc: Document, found: list[_Found]) -> list[Mention]:
        """Group coreferent mentions into entities and build the Mention records."""
        sdoc = doc.parse
        entities: dict[str, int] = {}
        entity_actor: dict[int, Actor] = {}
        entity_gender: dict[int, str | None] = {}
        entity_explicit: dict[int, bool] = {}  # people: some mention states the code
        surname_of: dict[str, int] = {}
        word_of: dict[str, int] = {}  # other words of people's names → their entity
        mentions: list[tuple[int, int, Actor, int, bool]] = []
        last_people: list[int] = []
        narrative: set[int] = set()  # entities mentioned outside quotations
        entity_of: dict[int, int] = {}  # id of a _Found → its entity
        entity_office: dict[int, str | None] = {}
        known_role_only: dict[int, bool] = {}  # entities named so far by a role only
        for f in found:
            actor = f.actor
            key = f.key
            explicit = f.explicit
            ent: int | None = None
            if f.antecedent is not None:
                ent = entity_of.get(id(f.antecedent))
                if ent is None:
                    continue
                actor = entity_actor[ent]
                entity_of[id(f)] = ent
                mentions.append((f.start, f.end, actor, ent, f.antecedent.explicit))
                continue
            if f.nationality is not None:
                # "le Saoudien": the last person of that state, else the state itself.
                for cand in reversed(last_people):
                    if entity_actor[cand].code == f.nationality and \
                            entity_gender.get(cand) in (None, f.gender) and entity_explicit[cand]:
                        ent = cand
                        break
                if ent is None:
                    if f.fallback is None:
                        continue
                    actor, key = f.fallback, f"{f.fallback.kind}:{f.nationality}"
                else:
                    actor = entity_actor[ent]
                    explicit = True
            elif actor.kind == "person":
                words = norm(actor.name).split()
                surname = words[-1] if words else ""
                same_office = [c for c in last_people if key.startswith("role:")
                               and f.office in _SINGLE and entity_office.get(c) == f.office
                               and entity_actor[c].code == actor.code]
                if key in entities:
                    ent = entities[key]
                elif same_office:
                    ent = same_office[-1]  # "le président russe" after "Vladimir Poutine"
                elif key.startswith("per:") and len(words) == 1 and surname not in surname_of \
                        and surname in word_of and \
                        entity_gender.get(word_of[surname]) in (None, f.gender):
                    ent = word_of[surname]  # "M. Kim" after "Kim Jong Un": family name first
                elif key.startswith("per:") and surname in surname_of and \
                        entity_gender.get(surname_of[surname]) in (None, f.gender) and \
                        (len(words) == 1 or len(norm(entity_actor[surname_of[surname]].name).split()) == 1
                         or norm(entity_actor[surname_of[surname]].name) == norm(actor.name)):
                    ent = surname_of[surname]
                elif not key and last_people:
                    # "le chef de l'Etat": the last person with that office; "la diplomate":
                    # the last person of a compatible gender. Outside quotations, people named
                    # only inside one ("«Le président Trump...»") are not antecedents when
                    # the article's own head of state or government can be.
                    pool = last_people
                    if not f.quoted:
                        told = [c for c in last_people if c in narrative]
                        pool = told or (last_people if f.fallback is None else [])
                    same_office = [c for c in pool if f.office and
                                   entity_office.get(c) == f.office]
                    if f.office in _SINGLE and same_office:
                        ent = same_office[-1]
                    elif f.office not in _SINGLE or f.fallback is None:
                        for cand in reversed(pool):
                            g = entity_gender.get(cand)
                            if f.gender is not None and g is not None and g != f.gender:
                                continue
                            if f.office == "minister" and entity_office.get(cand) in _HEADS:
                                continue  # a president or a prime minister is not "le ministre"
                            # Descriptive nouns fit any official; others need the same office.
                            if f.office in _DESCRIPTIVE or entity_office.get(cand) == f.office:
                                ent = cand
                            break
                    if ent is not None:
                        explicit = entity_explicit.get(ent, False)
                if ent is None and not key and f.fallback is not None:
                    actor = f.fallback
                    key = f"per:{norm(actor.name)}" if actor.name != f.actor.name else \
                        f"role:{actor.code}:{f.office}"
                if ent is not None:
                    known = entity_actor[ent]
                    if not f.key or f.key.startswith("role:"):
                        actor = replace(actor, name=known.name)  # a role is not a name
                    elif known_role_only.get(ent):
                        known = replace(known, name=actor.name)
                    if f.key and explicit and not entity_explicit.get(ent) and actor.code:
                        # A code the text states replaces a best-effort one.
                        known = replace(known, code=actor.code, country=actor.country)
                    merged = _merge(known, actor)
                    entity_actor[ent] = merged
                    entity_gender[ent] = entity_gender.get(ent) or f.gender
                    entity_office.setdefault(ent, f.office)
                    entity_explicit[ent] = entity_explicit.get(ent, False) or explicit
                    if f.key.startswith("per:"):
                        known_role_only[ent] = False
                    actor = merged
                elif not key:
                    if actor.code is None:
                        continue  # an anaphoric role with no antecedent and no country
                    key = f"role:{actor.code}:{f.office}:{norm(actor.role or '')}"
            if ent is None:
                if key and key in entities:
                    ent = entities[key]
                    if actor.kind == "person":
                        entity_explicit[ent] = entity_explicit.get(ent, False) or explicit
                else:
                    ent = len(entity_actor)
                    entity_actor[ent] = actor
                    entity_gender[ent] = f.gender
                    entity_office[ent] = f.office
                    entity_explicit[ent] = explicit
                    known_role_only[ent] = actor.kind == "person" and key.startswith("role:")
            if key:
                entities.setdefault(key, ent)
            if actor.kind == "person":
                words = norm(actor.name).split()
                if words:
                    surname_of.setdefault(words[-1], ent)
                    entities.setdefault(f"per:{norm(actor.name)}", ent)
                    for w in words[:-1]:
                        word_of[w] = ent
                if ent in last_people:
                    last_people.remove(ent)
                last_people.append(ent)
            if not f.quoted:
                narrative.add(ent)
            entity_of[id(f)] = ent
            mentions.append((f.start, f.end, actor, ent, explicit))
            for other in f.extra:
                okey = f"{other.kind}:{other.code}"
                oent = entities.setdefault(okey, len(entity_actor))
                entity_actor.setdefault(oent, other)
                mentions.append((f.start, f.end, other, oent, explicit))
        result = []
        for start, end, actor, ent, explicit in mentions:
            if actor.kind == "person" and entity_actor[ent].kind == "person":
                actor = _merge(entity_actor[ent], actor)
                explicit = explicit or entity_explicit.get(ent, False)
            span = sdoc[start:end]
            result.append(Mention(span=Span(span.start_char, span.end_char, span.text), actor=actor,
                                  entity=ent, stage=ActorsStageName, explicit=explicit))
        result.sort(key=lambda mm: (mm.span.start, mm.span.end))
        return result


ActorsStageName = "actors.kb.v17"


def _quoted_tokens(sdoc: Any) -> set[int]:
    """Indexes of tokens inside quotation marks (« », “ ”, straight quotes within a paragraph)."""
    inside: set[int] = set()
    guillemets = straight = False
    for tok in sdoc:
        text = tok.text
        if "\n" in text:
            straight = guillemets = False
        if text in ("«", "“"):
            guillemets = True
        elif text in ("»", "”"):
            guillemets = False
        elif text == '"':
            straight = not straight
        elif guillemets or straight:
            inside.add(tok.i)
    return inside


def _in_place(noun: Any) -> bool:
    """Whether a noun is a place in a locative phrase: "dans la capitale", "sur le sol", "dans
    le métro de la capitale"."""
    for _ in range(2):
        if noun.lemma_.lower() not in _PLACE_HEADS:
            return False
        cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
        if cases & _PLACE_CASES:
            return True
        if not cases & {"de", "du", "d'"} or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _trim_name(sdoc: Any, ent: Any) -> Any | None:
    """A person span cut before punctuation and trailing lowercase words ("Mme X - pour")."""
    end = ent.end
    for k in range(ent.start + 1, ent.end):
        if sdoc[k].is_punct and sdoc[k].text not in (".", "'") and (
                sdoc[k].text != "-" or sdoc[k - 1].whitespace_):  # "Bruni-Sarkozy" is one name
            end = k
            break
    while end > ent.start + 1 and not sdoc[end - 1].text[:1].isupper():
        end -= 1
    if end == ent.end:
        return ent
    return sdoc[ent.start:end] if end > ent.start else None


def _fullest(a: str, b: str) -> str:
    return b if len(b.split()) > len(a.split()) else a


def _merge(known: Actor, new: Actor) -> Actor:
    """An entity's actor completed by a new mention (the fullest name, the first code)."""
    return Actor(code=known.code or new.code, name=_fullest(known.name, new.name), kind="person",
                 sector=known.sector or new.sector, role=known.role or new.role,
                 country=known.country or new.country)


class ActorsStage(BaseStage):
    """Finds actors (states, organisations, groups, people) and resolves them to codes."""

    name = ActorsStageName
    requires = ("parse", "sentences")
    assigns = ("mentions",)

    def __init__(self) -> None:
        self._matcher: ActorMatcher | None = None

    def initialize(self) -> None:
        self._matcher = ActorMatcher(knowledge_base(), city_names(), city_countries())

    def __call__(self, doc: Document) -> Document:
        if self._matcher is None:
            self.initialize()
        assert self._matcher is not None
        if doc.parse is None:
            return doc.with_layer(self.name, mentions=())
        return doc.with_layer(self.name, mentions=tuple(self._matcher.find(doc)))
