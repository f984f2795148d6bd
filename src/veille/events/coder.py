"""Codes PLOVER events in one parsed article: triggers, arguments, status, date, place, merging."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id

from veille.events.grammar import (
    Clause,
    Token,
    _first_group,
    _infinitives,
    auxiliaries,
    clause_of,
    coordinated_participle,
    finite_of,
    is_conditional,
    is_future,
    is_negated,
    is_past,
    is_pluperfect,
    left_as_is,
    told_done,
    verb_as_noun,
    verb_lemma,
)
from veille.events.lexicon import Lexicon, Trigger
from veille.model import Document, Event, Mention, Place, Precision, Span, Timex
from veille.model.intervals import interval

#: Types whose negation by the actor, as a statement of intent, is a refusal (REJECT).
COOPERATIVE = frozenset({"CONSULT", "AGREE", "CONCEDE", "COOPERATE", "SUPPORT", "AID"})
#: Types that are statements: their future or planned form is still a statement made now.
VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
#: Words of a state's envoys abroad: "l'ambassadeur russe", "la mission diplomatique".
ENVOYS = frozenset({"ambassadeur", "ambassadrice", "diplomate", "ambassade", "diplomatique"})
#: Statement verbs whose "à X" is the one spoken to, even when X is a capital: "a assuré à Moscou".
ADDRESSED_VERBS = frozenset({"assurer", "promettre", "garantir", "répondre", "signifier"})
#: Statements: two statements of one type by the same actors are one only when they repeat each other.
STATEMENTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
#: Material acts: what is done, not said.
MATERIAL = frozenset({"AID", "MOBILIZE", "ASSAULT", "COERCE", "RETREAT", "SANCTION"})
#: Types where parties may stand on either side (the scorer's symmetric types).
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})
#: Types whose event is directed at someone: with no identifiable target there is no event.
DIRECTED = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "SANCTION", "CONCEDE", "AID", "COERCE"})
#: Types a warning may announce: a warning that announces them is a threat.
HOSTILE = frozenset({"THREATEN", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "REJECT", "PROTEST"})
#: Nouns of approval: given to a hostile act ("son accord à des sanctions"), they are that act, no support.
APPROVALS = frozenset({"accord", "feu", "approbation", "bénédiction", "aval"})
#: Protest and repression are domestic unless the text names another target.
DOMESTIC_DEFAULT_TARGET = frozenset({"PROTEST", "COERCE"})
#: Prepositions that introduce the target of an action.
TARGET_CASES = frozenset({"à", "au", "aux", "avec", "contre", "envers", "vers", "auprès", "sur", "entre",
                          "encontre", "face", "devant"})
#: Prepositions that introduce the source of a nominal event ("de la part de X", "par X").
SOURCE_CASES = frozenset({"de", "du", "des", "par", "part", "d'", "depuis"})
#: Dependents that start another clause: their actors are not arguments of this one.
CLAUSE_DEPS = frozenset({"acl:relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "xcomp"})
#: Reflexive clitics: "se disperser", "je me suis arrêté".
REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’"})
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "celui-ci", "celle-ci", "ceux-ci", "celles-ci",
                              "lui", "eux"})
#: Modifiers that make support material aid, with PLOVER's AID mode ("soutenu militairement", "un
#: soutien financier"): CAMEO 071 and 072, provide economic or military aid.
MATERIAL_SUPPORT = {"militairement": "military", "militaire": "military", "militaires": "military",
                    "financièrement": "economic", "financier": "economic", "financière": "economic",
                    "financiers": "economic", "financières": "economic"}
#: The grammatical gender of subject pronouns.
PRONOUN_GENDERS = {"il": "Masc", "ils": "Masc", "elle": "Fem", "elles": "Fem"}
#: Object clitics: "l'a accusé", "le féliciter", "leur a demandé".
OBJECT_PRONOUNS = frozenset({"le", "la", "l'", "l’", "les", "lui", "leur"})
#: Prepositions and nouns that frame a clause in a meeting ("lors de", "en visite", "à l'issue de").
FRAME_CASES = frozenset({"lors", "dans", "en", "pendant", "durant", "cours", "issue", "occasion", "marge"})
FRAME_HEADS = frozenset({"lors", "cours", "issue", "occasion", "marge"})
# nouns of adverbial phrases that may stand between an auxiliary and its participle ("a pour sa part
# rejeté", "a de son côté dénoncé", "a à son tour condamné", "a une nouvelle fois appelé")
#: Plural nouns for a group of states or their leaders ("les pays voisins", "les chefs d'Etat").
STATE_GROUPS = frozenset({"pays", "état", "etat", "dirigeant", "gouvernement"})
# adverbs that tie an act to the time of what the previous sentence tells
THEN_ADVERBS = frozenset({"alors", "aussitôt", "immédiatement", "sitôt"})
# earlier than the story's scene, on its day or the day before ("avait annoncé plus tôt", "peu avant")
STORY_TIME_ADVERBS = frozenset({"tôt", "auparavant", "avant", "précédemment"})
# a time taken from another happening: "lors de sa visite", "pendant la réunion", "au début de sa visite"
DURING_WORDS = frozenset({"lors", "pendant", "durant", "cours", "issue", "occasion", "marge", "début"})
TIME_UNITS = frozenset({"minute", "heure", "jour", "journée", "semaine", "mois", "an", "année", "décennie", "siècle"})
ADVERBIAL_NOUNS = frozenset({"part", "côté", "tour", "reprise", "fois"})
PLANNED_ADJ = frozenset({"prévu", "prévoir", "attendu", "attendre", "annoncé", "programmé", "futur", "prochain"})
SPEAKER_PRONOUNS = frozenset({"nous", "je", "j'", "j’", "on"})
#: Possessive determiners of the third person: "son entourage", "leur promesse", "sa gestion".
THIRD_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
SENTENCING = frozenset({"peine", "prison", "an", "année", "mois", "jour", "détention", "mort", "perpétuité", "vie",
                        "réclusion", "emprisonnement"})
#: words of a penalty itself, which no span of time is ("à trois ans de prison", "à la peine de mort")
PENALTIES = frozenset({"peine", "prison", "détention", "perpétuité", "réclusion", "emprisonnement"})
_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-W\d{2}$")
#: Part-of-speech tags of words that never trigger an event (the lexicon holds verbs, nouns and adjectives).
_NO_TRIGGER_TAGS = frozenset({"PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "SPACE", "NUM", "SYM", "PRON"})
#: TIMEX3 values of a decade or a century ("les années 1990" → "199", "le XIXe siècle" → "18").
_ERA_VALUE = re.compile(r"^\d{2,3}$")
#: Words that open an indirect question ("demander si", "demander pourquoi").
_QUESTION_WORDS = frozenset({"si", "s'", "s’", "pourquoi", "comment", "quand", "où", "combien"})
#: Prepositions of a phrase that dates the clause by another event ("après la mort de X le 25 mai").
CONTEXT_PREPOSITIONS = frozenset({"après", "avant", "depuis"})
#: Sectors of the actors layer that are the state's own bodies (government, army, police, diplomats...).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "DIP", "JUD", "LEG", "SPY"})
#: Definite and demonstrative determiners: a noun phrase taking up something already told.
DEFINITE = frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"})
ORG_CODES = frozenset({"NATO", "EU", "UN", "OSCE", "AU", "ASEAN", "ARAB_LEAGUE", "IAEA", "WHO", "IMF",
                       "WORLD_BANK", "WTO", "ICC", "G7", "G20", "OPEC", "COUNCIL_OF_EUROPE", "IGO", "NGO",
                       "ISM"})


@dataclass(frozen=True)
class Args:
    """The actors of one event: codes and the names the article gives them."""

    codes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    explicit: bool = True  # False when inferred (country of the article, the last speaker)
    parties: int = -1  # actors named apart: "les Occidentaux" is one party with three codes

    def __bool__(self) -> bool:
        return bool(self.codes)

    @property
    def n_parties(self) -> int:
        return len(self.codes) if self.parties < 0 else min(self.parties, len(self.codes))

    def inferred(self) -> Args:
        """The same actors, found by inference rather than named as the event's argument."""
        return replace(self, explicit=False)

    def without(self, codes: tuple[str, ...]) -> Args:
        keep = [(c, n) for c, n in zip(self.codes, self.names) if c not in codes]
        return Args(tuple(c for c, _ in keep), tuple(n for _, n in keep), self.explicit,
                    -1 if self.parties < 0 else min(self.parties, len(keep)))


def _following_phrase(verb: Token, width: int = 8) -> set[str]:
    """Lemmas of the words after a verb up to the next punctuation, verb or conjunction."""
    out: set[str] = set()
    for t in verb.doc[verb.i + 1:verb.i + 1 + width]:
        if t.pos_ in ("PUNCT", "VERB", "AUX", "CCONJ", "SCONJ") or t.is_sent_start:
            break
        out.add(t.lemma_.lower())
    return out


def _after_day(date: str | None, pub: str | None) -> bool:
    """Whether a day-precise date falls after a day-precise publication date."""
    return bool(date and pub and len(pub) >= 10 and len(date) >= 10 and date[:10] > pub[:10])


def _merge_args(*parts: Args) -> Args:
    codes: list[str] = []
    names: list[str] = []
    for p in parts:
        for c, n in zip(p.codes, p.names):
            if c not in codes:
                codes.append(c)
                names.append(n)
    parties = sum(p.n_parties for p in parts if p)
    return Args(tuple(codes), tuple(names), all(p.explicit for p in parts if p), min(parties, len(codes)))


class DocumentCoder:
    """The events of one Document; built per document, holds its token indexes."""

    def __init__(self, doc: Document, lex: Lexicon, stage: str) -> None:
        self.doc, self.lex, self.stage = doc, lex, stage
        self.parse = doc.parse
        n = len(self.parse)
        found: list[list[Mention]] = [[] for _ in range(n)]
        for m in doc.mentions:
            span = self.parse.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                found[t.i].append(m)
        # every mention on a word ("franco-allemand": two actors); a fallback code only when the
        # text names no actor there explicitly
        self.mentions_at: list[tuple[Mention, ...]] = [
            tuple(m for m in ms if m.explicit) or tuple(ms) for ms in found]
        self.mention_at: list[Mention | None] = [ms[0] if ms else None for ms in self.mentions_at]
        self.timex_at: dict[int, Timex] = {}
        for tx in doc.timexes:
            span = self.parse.char_span(tx.span.start, tx.span.end, alignment_mode="expand")
            if span is not None:
                self.timex_at[span.root.i] = tx
        self.place_at: dict[int, Place] = {}
        for pl in doc.places:
            span = self.parse.char_span(pl.span.start, pl.span.end, alignment_mode="expand")
            if span is not None:
                self.place_at[span.root.i] = pl
        self._add_seats()
        self.last_talks = Args()
        self.placed: set[int] = set()  # ids of events whose place their own clause names
        self._last_governed = False
        self.dated: set[int] = set()  # ids of events whose date a time expression gives
        self._last_dated = False
        self.background: set[int] = set()  # ids of events told as background, left with no date
        self._last_background = False
        self.coded: list[Event] = []  # the events found so far, in text order
        self.located = self._located()
        self.event_located = self._event_located()
        self.lead_country = self._lead_country()
        self.pub_date, self.pub_precision = self._publication_date()
        self._claimed: Args | None = None

    def actors_at(self, i: int, exclude: tuple[str, ...] = ()) -> Args:
        """Every actor coded on word ``i`` (several on one span: "les Occidentaux"), minus ``exclude``."""
        codes: list[str] = []
        names: list[str] = []
        explicit = False
        for m in self.mentions_at[i]:
            code = m.actor.code or m.actor.country
            if code and code not in codes and code not in exclude:
                codes.append(code)
                names.append(m.actor.name)
                explicit = explicit or m.explicit
        return Args(tuple(codes), tuple(names), explicit, 1 if codes else 0)

    # ---- document-level facts -------------------------------------------------------------
    def _publication_date(self) -> tuple[str | None, Precision | None]:
        date = self.doc.article.date
        if not date:
            return None, None
        return date, ("day" if len(date) == 10 else "month" if len(date) == 7 else "year")

    # ---- actors ---------------------------------------------------------------------------
    def _collect(self, head: Token, subject: bool) -> Args:
        """Actor codes in an argument's phrase (coordination included, other clauses excluded)."""
        codes: list[str] = []
        names: list[str] = []
        seen: set[int] = set()
        spans: set[int] = set()
        stack = [head]
        while stack:
            tok = stack.pop()
            local = self._stated_place_country(tok) if self._fallback_domestic(tok) else None
            if local is not None and local not in codes:
                # "des manifestants ... à Oulan-Bator": where the text puts them, not the article's country
                codes.append(local)
                names.append(tok.text)
                spans.add(tok.idx)
            for m in self.mentions_at[tok.i] if local is None else ():
                if id(m) in seen:
                    continue
                seen.add(id(m))
                code = m.actor.code or m.actor.country
                if code and code not in codes:
                    codes.append(code)
                    names.append(m.actor.name)
                    spans.add(m.span.start)
            for c in reversed(list(tok.children)):  # pushed right to left: the phrase is read in text order
                if (c.dep_ in CLAUSE_DEPS and not _including(c)) or c.dep_ == "punct":
                    continue
                if subject and c.dep_ == "nmod" and tok.dep_ == "appos" and tok.pos_ in ("NOUN", "VERB") \
                        and self.lex.is_a("relational", tok.lemma_, tok.lower_):
                    continue  # "l'Arabie saoudite, rival régional de la Turquie": Turkey is not the actor
                if subject and (c.dep_ == "nmod" and any(
                        k.dep_ == "case" and k.lower_ in TARGET_CASES for k in c.children)
                        or c.dep_ in ("dep", "advmod") and c.lower_ in TARGET_CASES):
                    # "la mission russe auprès de l'Alliance": the Alliance is not the actor; the name
                    # that closes the phrase is ("le candidat à la Maison Blanche Joe Biden")
                    stack.extend(self._closing_name(c))
                    continue
                stack.append(c)
        return Args(tuple(codes), tuple(names), parties=len(spans))

    def _closing_name(self, phrase: Token) -> list[Token]:
        """A person's name the parser hung inside a complement it ends ("le représentant russe auprès de
        l'Otan Alexandre Grouchko"): the name, with no preposition of its own, closes the phrase."""
        return [t for t in phrase.subtree if t.i > phrase.i and t.pos_ == "PROPN" and t.dep_ in ("appos", "nmod")
                and t.right_edge.i == phrase.right_edge.i and not any(k.dep_ == "case" for k in t.children)
                and any(m.actor.kind == "person" for m in self.mentions_at[t.i])][:1]

    def _domestic(self, head: Token) -> Args:
        """A common noun for a domestic actor ("la police", "des manifestants") that the actors
        layer left uncoded takes the country where its clause happens ("à Alger"), if stated."""
        cands = [head] + [c for c in head.children if c.dep_ in ("nmod", "appos", "conj")]
        # "des centaines de membres des forces de l'ordre": the group two complements down
        cands += [g for c in cands[1:] if c.dep_ == "nmod" for g in c.children if g.dep_ == "nmod"]
        for tok in cands:
            if self.lex.is_a("domestic", tok.lemma_, tok.lower_):
                country = self.local_country(head)
                return Args((country,), (tok.text,), explicit=False) if country else Args()
        return Args()

    def _fallback_domestic(self, tok: Token) -> bool:
        """A domestic common noun ("la police", "des manifestants") coded only by a fallback."""
        ms = self.mentions_at[tok.i]
        return bool(ms) and not any(m.explicit for m in ms) and (
            self.lex.is_a("domestic", tok.lemma_, tok.lower_))

    def _stated_place_country(self, tok: Token) -> str | None:
        """The country of a place the word's clause, else its sentence, names as a location."""
        found = self._clause_place(self._clause_heads(tok))
        if found is None:
            # not a place in a clause that describes another noun: "les militaires, pour la plupart
            # formés en France, ont promis" were trained there, they do not act there
            found = next((self.event_located[i] for i in range(tok.sent.start, tok.sent.end) if i in self.event_located
                          and not any(a.dep_ in ("acl", "acl:relcl") and a.pos_ == "VERB" and a.head.i != tok.i
                                      for a in self.parse[i].ancestors)), None)
        return found.country if found is not None and found.country else None

    def _clause_place(self, heads: list[Token], before_where: Place | None = None) -> Place | None:
        """The place the clause of ``heads[0]`` happens in: one under the word itself, else
        ``before_where`` (the place before an "où" ahead of the word, however the parser hung it), else
        the place a relative clause in "où" hangs on ("en France où des manifestations ont eu lieu"),
        else one under the verbs above; never the place of a happening that only explains it."""
        where = self._where_clause(heads)
        if where is not None and not any(p is where for p in self.event_located.values()):
            where = None  # "quitter la Belgique, où ...": a place the clause leaves, not one it is in
        return self._governed(self.event_located, heads[:1]) or before_where or where \
            or self._governed(self.event_located, heads[1:])

    def local_country(self, tok: Token, own_clause: bool = False) -> str | None:
        """The country the text places a clause in: a place its clause or sentence names, else
        the dateline's. Never a guess from how often a country is named."""
        heads = self._clause_heads(tok)
        if own_clause:
            cut = next((k for k, h in enumerate(heads) if h.dep_ == "acl:relcl"), len(heads))
            heads = heads[:cut + 1]  # a relative clause is not placed by the place of its main clause
        found = self._clause_place(heads, None if own_clause else self._where_before(tok))
        if found is None:
            found = self._nationwide(heads)  # "décrété dans tout le pays": the country last named
        if found is None and not own_clause:
            found = next(
                (self.event_located[i] for i in range(tok.sent.start, tok.sent.end) if i in self.event_located), None)
        if found is not None and found.country:
            return found.country
        if self.doc.dateline is not None and self.doc.dateline.country:
            return self.doc.dateline.country
        return self.lead_country

    def _lead_country(self) -> str | None:
        """Where the lead sentence says the story happens ("à Tataouine", "en Algérie"): a place of
        its events before one of a happening that only explains them ("après la mort de X aux
        Etats-Unis, des manifestations en France"), which is still better than none."""
        lead = self.doc.sentences[0].end if self.doc.sentences else 0
        places = [(i, p) for table in (self.event_located, self.located) for i, p in sorted(table.items())
                  if p.span.start < lead and p.country]
        # a place of the clause ("se propager en France") before one that describes a noun ("la mort
        # de X aux Etats-Unis")
        return next((p.country for i, p in places if self.parse[i].dep_ != "nmod"),
                    places[0][1].country if places else None)

    def _antecedent(self, tok: Token) -> Args:
        """The actor a third-person pronoun stands for: the last subject actor before it."""
        sent_start = tok.sent.start
        quoted = [q for q in self.doc.quotes if q.kind == "direct" and not q.span.start <= tok.idx < q.span.end]
        for i in range(tok.i - 1, max(-1, sent_start - 120), -1):
            quote = next((q for q in quoted if q.span.start <= self.parse[i].idx < q.span.end), None)
            if quote is not None:
                # the actors in someone's quoted words are not what the narration's pronoun takes up;
                # their speaker is ('"Les Allemands se trompent", a-t-il dit. Il a ajouté...')
                if quote.speaker_code:
                    return Args((quote.speaker_code,), (quote.speaker,), explicit=False)
                continue
            if not self.mentions_at[i] or self._other_gender(tok, i):
                continue
            t = self.parse[i]
            up = t
            for _ in range(3):
                # a name in apposition to a verb is the subject the parser lost ("Principal opposant au
                # Kremlin, dont ..., Alexeï Navalny, 44 ans, a été hospitalisé")
                if up.dep_ in ("nsubj", "nsubj:pass") or (up.dep_ == "appos" and up.pos_ == "PROPN"
                                                          and up.head.pos_ in ("VERB", "AUX")):
                    found = self.actors_at(i)
                    if found:
                        return found.inferred()
                if up.head == up:
                    break
                up = up.head
        for i in range(tok.i - 1, max(-1, sent_start - 60), -1):
            found = self.actors_at(i)
            if found and not self._other_gender(tok, i) \
                    and not any(q.span.start <= self.parse[i].idx < q.span.end for q in quoted):
                return found.inferred()
        return Args()

    def _name_as_adverb(self, tok: Token) -> bool:
        """Whether an actor's name is a word the tagger took for an adverb or a predicate ("a appelé Ankara
        à la retenue": "Ankara" read as an adverb complement of the verb)."""
        return tok.dep_ in ("xcomp", "advmod") and tok.pos_ in ("ADV", "ADJ") and bool(self.mentions_at[tok.i])

    def _other_gender(self, pronoun: Token, i: int) -> bool:
        """Whether the state or group named on word ``i`` has the other grammatical gender than a subject
        pronoun ("La Russie l'a assuré de son soutien, bien qu'il ait accusé Moscou": "il" is not
        Russia). People are not checked: the tagger guesses the gender of names."""
        want = PRONOUN_GENDERS.get(pronoun.lower_)
        if want is None or any(m.actor.kind == "person" for m in self.mentions_at[i]):
            return False
        t = self.parse[i]
        det = next((c.lower_ for c in t.children if c.dep_ == "det"), "")
        # the determiner tells; without one, the tagger's gender of a common noun, not of a name ("Londres")
        gender = "Fem" if det in ("la", "une", "cette") else "Masc" if det in ("le", "un", "ce", "cet") \
            else next(iter(t.morph.get("Gender")), None) if t.pos_ == "NOUN" else None
        return gender is not None and gender != want

    def _cut_off(self, a: Token, b: Token) -> bool:
        """Whether a line break separates two words (a heading and the sentence after it)."""
        lo, hi = sorted((a.i, b.i))
        return any(t.is_space and "\n" in t.text for t in self.parse[lo:hi])

    def _object_antecedent(self, tok: Token, exclude: tuple[str, ...]) -> Args:
        """The actor an object pronoun ("l'a accusé", "le féliciter") stands for: the nearest actor
        named before it that is not the clause's own subject; in a fronted phrase, the main clause's subject
        after it ("Face aux républicains qui les accusent, les démocrates se disent...")."""
        verb = tok.head
        if verb.dep_ == "acl:relcl" and any(k.dep_ == "case" for k in verb.head.children) \
                and verb.head.i < tok.i and (verb.head.dep_.startswith("obl") or verb.head.dep_ == "ROOT"):
            # a relative clause in a fronted prepositional phrase: the subject after the comma
            late = next((t for t in self.parse[tok.i + 1: tok.sent.end]
                         if t.dep_ in ("nsubj", "nsubj:pass") and t.head.pos_ in ("VERB", "AUX")
                         and t.head.i != verb.i or t.dep_ == "punct" and t.text in ".;:"), None)
            if late is not None and late.dep_ != "punct" \
                    and any(t.text == "," for t in self.parse[tok.i:late.i]):
                found = self.resolve(late, subject=False)  # of the same country as the subject or not
                if found:
                    return found.inferred()
        subj = self.subject_of(tok.head)[0] if tok.head != tok else None
        clitic = tok.i < tok.head.i and all(t.pos_ in ("AUX", "PRON") or t.lower_ in ("ne", "n'", "n’", "y", "en")
                                            for t in self.parse[tok.i + 1: tok.head.i])
        if subj is not None and subj.i < tok.i and clitic:
            # in its own sentence the pronoun takes the nearest actor that is not the subject, of
            # whatever country: "la mort de X, asphyxié par un policier qui l'avait arrêté" (X, not
            # an actor of another country named sentences before)
            own: set[int] = set()
            stack = [subj, subj.head.head] if subj.lower_ == "qui" and subj.head.dep_ == "acl:relcl" else [subj]
            while stack:
                t = stack.pop()
                own.add(t.i)
                stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
            names = set(self.resolve(subj).names) - {""}
            for i in range(tok.i - 1, tok.sent.start - 1, -1):
                if i in own or self._topic_adjective(self.parse[i]):
                    continue
                # an organisation does not act on itself ("les juges de la Cour l'ont acquitté"), nor
                # a state's official on the state; another actor of the same country may be the one meant
                found = self.actors_at(i, tuple(c for c in exclude if c in ORG_CODES))
                if found and set(found.codes) <= set(exclude) and all(
                        m.actor.kind != "person" for m in self.mentions_at[i]):
                    continue
                if found and not names & set(found.names):
                    return found.inferred()
        for i in range(tok.i - 1, max(-1, tok.sent.start - 60), -1):
            if self._topic_adjective(self.parse[i]):
                continue
            found = self.actors_at(i, exclude)
            if found:
                return found.inferred()
        return Args()

    def _topic_adjective(self, t: Token) -> bool:
        """"L'affaire ukrainienne": a nationality adjective on a thing, a topic rather than an actor."""
        return t.pos_ == "ADJ" and t.dep_ == "amod" and not self.mentions_at[t.head.i] and not any(
            self.lex.is_a(cls, t.head.lemma_) for cls in ("person", "official", "domestic", "military", "pair"))

    def _pair(self, tok: Token) -> Args:
        """"Les deux délégations": the two parties last named before."""
        codes: list[str] = []
        names: list[str] = []
        skip: tuple[str, ...] = ()
        if not tok.dep_.startswith("nsubj") and tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
            subj, _ = self.subject_of(tok.head)
            if subj is not None and subj.i < tok.i:
                # "Washington a exhorté les deux belligérants": the two parties are not the verb's own subject
                skip = self._collect(subj, True).codes
        for i in range(tok.i - 1, max(-1, tok.i - 400), -1):
            found = self.actors_at(i, tuple(codes) + skip)
            for code, name in zip(found.codes, found.names):
                if len(codes) < 2:
                    codes.append(code)
                    names.append(name)
            if len(codes) == 2:
                break
        return Args(tuple(codes), tuple(names), explicit=False) if len(codes) == 2 else Args()

    def _speaker(self, sent: Any, exclude: Token) -> Args:
        """The sentence's speaker: the subject of a reporting verb in it or in the incise after it."""
        tokens = list(sent)
        nxt = self.parse[sent.end: min(len(self.parse), sent.end + 6)] if sent.end < len(self.parse) else []
        tokens += [t for t in nxt if t.sent.start == sent.end]  # «...», a déclaré X (parsed apart)
        for t in tokens:
            if t.i != exclude.i and self.lex.is_a("reporting", t.lemma_):
                for c in t.children:
                    # "..., a déclaré le ministre": the inverted subject is often parsed as an object
                    if c.dep_ == "nsubj" or (c.dep_ == "obj" and c.i > t.i):
                        found = self._collect(c, subject=True)
                        if found:
                            return found
        for t in sent:  # "selon X"
            if t.lower_ == "selon" and t.dep_ == "case":
                found = self._collect(t.head, subject=True)
                if found:
                    return found
        return Args()

    def resolve(self, head: Token, subject: bool = True) -> Args:
        """Actors of an argument headed by ``head``: mentions, pronouns, pairs, domestic nouns."""
        lower = head.lower_
        if head.pos_ == "PRON" and lower in ("qui", "que", "qu'", "lequel", "laquelle") and head.head.dep_ == "acl:relcl":
            if lower == "qui" and not self.mentions_at[head.head.head.i]:
                # "des sanctions contre la Russie, qui a rejeté": the clause hung on a noun that names no
                # actor; a subject "qui" stands for the actor named right before it
                before = head.i - 1 if head.i > head.sent.start and self.parse[head.i - 1].text != "," else head.i - 2
                if before >= head.sent.start and (found := self.actors_at(before)):
                    return found
            return self.resolve(head.head.head, subject)
        found = self._collect(head, subject)
        if found:
            return found
        if head.pos_ == "PRON":
            if lower in ("ceux", "celui", "celle", "celles") and head.dep_.startswith(("obl", "nsubj", "obj")) \
                    and head.head != head and head.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
                # "les Américains figurent parmi ceux qui ont reconnu...": the subject of the clause
                subj, _ = self.subject_of(head.head)
                if subj is not None and subj.i != head.i:
                    return self.resolve(subj, subject)
            if lower in SUBJECT_PRONOUNS:
                return self._antecedent(head)
            if lower in SPEAKER_PRONOUNS:
                spk = self._speaker(head.sent, head)
                # '"Nous n'accepterons jamais ...", a martelé X': the speaker the quotation is attributed to
                return spk or self._quote_speaker(head) or self._antecedent(head)
            return Args()
        if subject and head.pos_ == "NOUN" and self.lex.is_a("circle", head.lemma_) and (det := next(
                (c for c in head.children if c.dep_ == "det" and "Poss=Yes" in c.morph
                 and c.lower_ in THIRD_POSSESSIVES), None)) is not None:
            # "son entourage a dénoncé", "ses proches accusent": the people around the actor the
            # possessive takes up act for that actor's country
            return self._antecedent(det)
        if any(c.lower_ == "deux" for c in head.children) and self.lex.is_a("pair", head.lemma_):
            return self._pair(head)
        if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette", "ces") for c in head.children) \
                and not any(e.pos == "NOUN" for e in self.lex.lookup(head.lemma_, head.lower_)):
            # "ces négociations" takes up an event already coded, not an actor
            found = self._demonstrative(head)
            if found:
                return found
        if subject and head.pos_ == "NOUN" and head.lemma_.lower() in STATE_GROUPS \
                and "Plur" in head.morph.get("Number") and any(
                    c.dep_ == "acl" and c.lemma_.lower() in ("réunir", "rassembler") and any(
                        e.type == "CONSULT" and e.mode == "multilateral" for t in c.subtree if t.i != c.i
                        for e in self.lex.lookup(t.lemma_, t.lower_) if e.pos == "NOUN") for c in head.children):
            # "les pays voisins, réunis en sommet, ont réclamé": states meeting in a forum the text does
            # not name act as an intergovernmental body
            return Args(("IGO",), (head.text,), explicit=False)
        return self._domestic(head)

    def _demonstrative(self, head: Token, depth: int = 0) -> Args:
        """"Ce plan", "cette loi": the actors of the same noun named before ("le plan américain"); "ce texte"
        takes up the text named last ("la loi imposée par Pékin", or "cette loi", taken up in turn)."""
        lemma = head.lemma_.lower()
        text = lemma == "texte"  # the general word, which takes up any text ("la loi", "le décret")
        for i in range(head.i - 1, max(-1, head.i - 600), -1):
            t = self.parse[i]
            if t.pos_ != "NOUN" or not (self.lex.is_a("text", t.lemma_.lower()) if text else t.lemma_.lower() == lemma):
                continue
            found = self._collect(t, subject=False) or self._author_of(t)
            if not text:
                if found:
                    return found.inferred()
                continue
            # the text named last, whichever word names it ("un texte qui prévoit", "cette loi")
            if not found and depth < 3 and any(c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette", "ces")
                                               for c in t.children):
                found = self._demonstrative(t, depth + 1)
            return found.inferred() if found else Args()
        return Args()

    def _author_of(self, noun: Token) -> Args:
        """Who a participle on a noun phrase says made it: "la loi sur la sécurité nationale imposée par
        Pékin à Hong Kong" → Pékin."""
        near = [noun, *(c for c in noun.children if c.dep_ == "nmod")]
        for part in (c for n in near for c in n.children if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm")):
            for agent in part.children:
                if agent.dep_ == "obl:agent" or agent.dep_.startswith("obl") and any(
                        k.dep_ == "case" and k.lower_ == "par" for k in agent.children):
                    found = self._collect(agent, subject=True)
                    if found:
                        return found
        return Args()

    # ---- arguments of a clause ----------------------------------------------------------------
    def subject_of(self, verb: Token) -> tuple[Token | None, bool]:
        """The subject of a verb (climbing coordination and control), and whether it is passive."""
        if verb.pos_ in ("ADV", "ADJ") and verb.dep_ in ("advmod", "amod") and verb.head.i < verb.i \
                and any(e.pos == "VERB" and e.lemma != verb.lower_ for e in self.lex.lookup(verb.lower_)):
            # "ce que Moscou dément": a verb form the parser took for a modifier; its subject is the
            # nearest name before it
            near = [t for t in [verb.head, *verb.head.children] if t.i < verb.i and t.pos_ in ("PROPN", "NOUN")]
            if near:
                return max(near, key=lambda t: t.i), False
        if (incise := self._incise(verb)) is not None:
            # "Le Premier ministre a à son tour menacé le Hezbollah": the subject hung on the auxiliary or on the
            # phrase between it and the participle, not the object the parser took for the participle's subject
            noun, aux = incise
            for h in (noun, noun.head, aux):
                subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < noun.i), None)
                if subj is not None:
                    return subj, False
        root = verb.sent.root
        if "Part" in verb.morph.get("VerbForm") and root.i < verb.i and root.pos_ == "PRON" \
                and root.lower_ in ("lui", "elle", "eux", "elles") and root.is_ancestor(verb) \
                and not any(c.dep_.startswith("aux") for c in verb.children) \
                and any(c.dep_ == "aux:tense" for c in root.children):
            # "X a lui, pour la première fois, mis en cause Y": the stressed pronoun taken for the verb
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj, False
        gerund = verb.dep_ in ("advcl", "xcomp") and "Part" in verb.morph.get("VerbForm") \
            and any(c.lower_ == "en" and c.dep_ in ("mark", "case") for c in verb.children)
        tok = verb
        for _ in range(4):
            # "étaient tombés d'accord", "sont arrivés": verbs built with "être" that have no passive;
            # nor has a reflexive ("l'armée s'est retirée"), nor a verb with "avoir" and no "été"
            # ("c'est au nom de X qu'un homme a assassiné": a cleft the parser read as a passive)
            passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children) \
                and not self.lex.is_a("unaccusative", tok.lemma_) \
                and not any(_se_clitic(c) for c in tok.children) \
                and not (any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in tok.children)
                         # "ont été durement réprimées": "été" before an adverb parsed as a copula
                         and not any(c.dep_ == "aux:pass" or c.dep_ == "cop" and c.lower_ == "été"
                                     and tok.pos_ == "VERB" for c in tok.children))
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and not self._cut_off(c, tok)
                        and not (c.i > tok.i and _infinitival(tok))  # "annoncé avoir éliminé son chef"
                        and c.lemma_.lower() != "fois"  # "a une nouvelle fois dénoncé": a time, not an actor
                        and c.lower_ not in ("y", "en")]  # "la France y a déployé": a clitic, never a subject
            if not subjects:  # "la Turquie a à plusieurs reprises menacé": the subject hung on the auxiliary
                subjects = [k for a in tok.children if a.dep_.startswith("aux") and a.i < tok.i
                            for k in a.children if k.dep_ in ("nsubj", "nsubj:pass") and k.i < a.i]
            if not subjects:  # "De nombreux pays, parmi lesquels X, ont condamné": the plural indefinite
                # article "de" opening the sentence, taken for a preposition
                subjects = [c for c in tok.children if c.dep_ in ("obl", "obl:mod") and c.pos_ == "NOUN"
                            and c.i < tok.i and c.left_edge.i == tok.sent.start and not self._cut_off(c, tok)
                            and not any(k.dep_ == "case" for k in c.children)
                            and any(k.dep_ == "det" and k.lower_ in ("de", "d'", "d’") and k.i == c.left_edge.i
                                    for k in c.children)]
            if not subjects:  # "La Russie et la Chine, dotées d'un droit de veto (...), ont fait savoir": a
                # long detached phrase made the parser leave the opening name unattached
                subjects = [c for c in tok.children if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN")
                            and c.i < tok.i and c.left_edge.i == tok.sent.start and self.mentions_at[c.i]
                            and not any(k.dep_ == "case" for k in c.children) and not self._cut_off(c, tok)]
            if all(not self.mentions_at[c.i] and c.pos_ in ("ADV", "ADJ") for c in subjects):
                # "Mitt Romney, le mieux placé dans la course, a menacé": the name that opens the sentence,
                # set apart by a comma, when the parser took the apposition for the subject
                opener = next((c for c in tok.children if c.dep_ in ("obl:mod", "dislocated", "nmod", "appos")
                               and c.pos_ == "PROPN" and c.i == tok.sent.start and self.mentions_at[c.i]
                               and not any(k.dep_ == "case" for k in c.children)
                               and c.right_edge.i + 1 < tok.i and self.parse[c.right_edge.i + 1].text == ","), None)
                if opener is not None:
                    subjects = [opener]
            aux = [a for a in tok.children if a.dep_ == "aux:tense" and a.i < tok.i]
            if not subjects and tok.dep_ in ("advcl", "conj") and aux and aux[0].i > tok.sent.start:
                # "... et la Lituanie a donné refuge": the subject the parser coordinated with the object before
                before = self.parse[aux[0].i - 1]
                if before.pos_ in ("NOUN", "PROPN") and before.dep_ == "conj" and before.head.i < before.i \
                        and before.head.i != tok.i and self.mentions_at[before.i] \
                        and any(k.dep_ == "cc" for k in before.children):
                    subjects = [before]
            if subjects:
                # the nearest one: a heading run into the sentence is not its subject
                # a second "subject" after the verb is its object misparsed ("les militaires ont arrêté
                # le président")
                bound = any(c.i < tok.i and not any(t.is_punct for t in self.parse[c.i + 1: tok.i]) for c in subjects)
                subj = min(subjects, key=lambda c: (c.i > tok.i and bound, abs(tok.i - c.i)))
                if subj.lower_ == "qui" and tok.dep_ != "acl:relcl" and subj.i > tok.sent.start \
                        and (ante := self.parse[subj.i - 1]).pos_ in ("NOUN", "PROPN") and self.mentions_at[ante.i]:
                    ante = ante.head if ante.dep_ == "flat:name" else ante
                    if ante.dep_ != "nmod":  # (not "le rédacteur en chef du site X qui": the editor)
                        # "condamnées par la Pologne qui a appelé Moscou à": a relative clause the parser
                        # coordinated with the main verb; "qui" stands for the name right before it
                        subj = ante
                return subj, passive and tok == verb
            if tok.dep_ == "acl" and tok.head != tok and "Inf" in tok.morph.get("VerbForm") \
                    and tok.head.head != tok.head and tok.head.head.pos_ in ("VERB", "AUX"):
                tok = tok.head.head  # "X a l'intention de discuter": X discusses
                continue
            if tok.dep_ == "acl" and tok.head != tok and tok.head.i in self.timex_at \
                    and tok.head.head != tok.head and tok.head.head.pos_ in ("VERB", "AUX"):
                tok = tok.head.head  # "ont durci le ton lundi, promettant": the day is no actor
                continue
            if tok.dep_ == "acl" and tok.head.lemma_.lower() in ADVERBIAL_NOUNS \
                    and ("Part" in tok.morph.get("VerbForm") or tok.lower_.endswith(("é", "ée", "és", "ées"))) \
                    and (tok.head.dep_.startswith("obl") or tok.head.dep_ == "obj"
                         and (tok.head.lemma_.lower() == "fois" or any(k.dep_ == "case" for k in tok.head.children))) \
                    and tok.head.head.lemma_ in ("avoir", "être") \
                    and tok.head.head.i < tok.head.i < tok.i \
                    and not any(t.is_punct for t in self.parse[tok.head.head.i: tok.i]):
                # "l'UE a pour sa part rejeté", "Moscou a de son côté dénoncé": the phrase between the
                # auxiliary and the participle made the parser take the auxiliary for the verb
                tok = tok.head.head
                continue
            if tok.dep_ in ("acl", "amod") and tok.head != tok and _detached_present(tok) \
                    and tok.head.pos_ in ("NOUN", "PROPN") and not self._names_actor(tok.head):
                # ", menaçant de déployer l'armée" after a noun that names no actor: the participle
                # says what the main clause's subject did; its subject is that verb's
                up = tok.head
                while up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):  # spaCy makes a new Token per access
                    up = up.head
                if up.pos_ in ("VERB", "AUX"):
                    tok = up
                    continue
            if tok.dep_ == "acl" and tok.head != tok:
                # participle on a noun: "des manifestants réclamant" (active), "manifestants interpellés"
                if "Past" in tok.morph.get("Tense") and not any(
                        c.dep_ in ("aux:tense", "expl:comp", "expl:pv") for c in tok.children):
                    return tok.head, True  # "des manifestants interpellés", not "se sont rassemblés"
                return tok.head, False
            purpose = any(c.dep_ == "mark" and c.lower_ in ("pour", "afin") for c in tok.children)
            # a present participle is not controlled by the object ("a porté un coup à X, l'accusant de")
            present_participle = "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")
            if tok.dep_ == "xcomp" and tok.head != tok and not gerund and not purpose and not present_participle:
                # a gerund's subject is the main clause's ("X a contraint Y à négocier en massant"),
                # and so is a purpose clause's ("X a envoyé un message pour le féliciter")
                # object control: "accuser la Russie d'avoir massé", "exhorter Moscou à cesser"
                obj = next((c for c in tok.head.children if c.dep_ == "obj" and c.i < tok.i
                            and c.i not in self.timex_at), None)  # "a promis lundi de": a day, no object
                if obj is not None:
                    return obj, False
            if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and tok.head.head != tok.head \
                    and _same_auxiliary(tok, tok.head.head) and not _same_auxiliary(tok, tok.head):
                # "X a estimé que Y avait fait Z et l'a invité": the tense of "a invité" is the main verb's
                tok = tok.head.head
                continue
            if (first := coordinated_participle(tok)) is not None:
                tok = first  # "ont réclamé le rétablissement de X et décidé de": the first participle's subject
                continue
            if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and (rel := next((
                    c for c in reversed(list(tok.head.children))
                    if c.dep_ == "acl:relcl" and c.pos_ == "VERB" and c.i < tok.i
                    and c.morph.get("Tense") == tok.morph.get("Tense") and c.morph.get("Mood") == tok.morph.get("Mood")
                    and any(k.lower_ == "qui" and k.dep_ == "nsubj" for k in c.children)), None)) is not None:
                # "dans le collimateur des Etats-Unis, qui dénoncent sa gestion et l'accusent de": the verb
                # coordinated with a relative clause, which the parser hung on the clause's noun
                tok = rel
                continue
            if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head != tok:
                tok = tok.head
                continue
            break
        if tok.i != verb.i and verb.head.i == tok.i and verb.dep_ in ("xcomp", "advcl") \
                and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") \
                and (speaker := self._incise_subject(tok)) is not None:
            return speaker, False  # '"...", a lancé X, accusant Y de': the speaker of the incise
        # "Russes et Américains se sont retrouvés": a subject the parser left as a root of its own
        for t in verb.sent:
            if t.i >= verb.i:
                break
            if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") and t.i != verb.i:
                return t, False
        if tok.dep_ == "ROOT" and not any(c.dep_.startswith("nsubj") for c in tok.children):
            # 'X "s'est engagé à ...", a déclaré Y': the name before the opening quote, which the
            # parser hung on the quoted verb as a modifier
            name = next((c for c in tok.children if c.dep_ in ("advmod", "dep") and c.i < tok.i
                         and self.mentions_at[c.i] and c.i + 1 < tok.i
                         and self.parse[c.right_edge.i + 1].text in ('"', "«", "“")), None)
            if name is not None:
                return name, False
        return None, any(c.dep_ == "aux:pass" for c in verb.children)

    def _incise(self, verb: Token) -> tuple[Token, Token] | None:
        """The noun of a phrase between the auxiliary and the participle ("a de son côté rencontré", "a à
        son tour menacé") on which the parser hung the participle, which then lost its objects to it; and
        that auxiliary."""
        head = verb.head
        if verb.dep_ != "acl" or head.i >= verb.i or head.lemma_.lower() not in ADVERBIAL_NOUNS \
                or "Part" not in verb.morph.get("VerbForm"):
            return None
        before = min([head.i] + [k.i for k in head.children if k.dep_ in ("case", "det") and k.i < head.i]) - 1
        if before < 0 or self.parse[before].lemma_ not in ("avoir", "être") \
                or any(t.is_punct for t in self.parse[before: verb.i]):
            return None
        return head, self.parse[before]

    def _late_subjects(self, verb: Token) -> list[Token]:
        """"Subjects" after a verb that has its own subject right before it: objects the parser
        misread ("les militaires ont arrêté le président")."""
        if self._incise(verb) is not None:
            return [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
        if not _infinitival(verb) and not any(
                k.dep_ == "nsubj" and k.i < verb.i and not any(t.is_punct for t in self.parse[k.i + 1: verb.i])
                for k in verb.children):
            return []  # an infinitive has no subject of its own: "avoir éliminé son chef"
        return [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]

    def _targets_from(self, verb: Token, skip: set[int], source: Args, cue: str | None = None) -> Args:
        out = Args()
        if (incise := self._incise(verb)) is not None:
            # "a de son côté rencontré son homologue allemand": the object hung on "côté"
            for c in incise[0].children:
                if c.i > verb.i and c.i not in skip and c.dep_ in ("appos", "obj") and c.i not in self.place_at:
                    out = _merge_args(out, self.resolve(c, subject=False))
        late = self._late_subjects(verb)
        for c in verb.children:
            if c.i in skip:
                continue
            if c.dep_ in ("obj", "iobj") and c.pos_ in ("PRON", "DET") and c.lower_ in OBJECT_PRONOUNS:
                if any(a.dep_.startswith("aux") and a.i < c.i < verb.i for a in verb.children):
                    continue  # "X a lui aussi dénoncé": a stressed pronoun after the auxiliary, no clitic object
                # a clitic the tagger took for an article ("pour le remercier") is still a pronoun
                out = _merge_args(out, self._object_antecedent(c, source.codes))
            elif c.dep_ in ("obj", "iobj") and c.i > verb.i and self.parse[c.left_edge.i - 1].text == "," \
                    and any(k.dep_ in ("xcomp", "ccomp") and verb.i < k.i < c.i for k in verb.children):
                continue  # "a menacé de traîner les Chinois devant l'OMC, un thème porteur": an apposition
            elif c.dep_ in ("obj", "iobj") or c in late:
                out = _merge_args(out, self.resolve(c, subject=False))
                if c.dep_ == "obj" and self.lex.is_a("pact", c.lemma_):
                    out = _merge_args(out, self._bound_party(c))
            elif c.dep_ in ("obl:mod", "obl") and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i \
                    and c.i not in self.timex_at and not any(k.dep_ in ("case", "mark") for k in c.children):
                out = _merge_args(out, self.resolve(c, subject=False))  # an object the parser left bare
            elif self._name_as_adverb(c) and c.i > verb.i and not any(k.dep_ == "obj" for k in verb.children):
                # "a appelé Ankara à la retenue": a name the tagger took for an adverb, the verb's object
                out = _merge_args(out, self.actors_at(c.i))
            elif c.dep_.startswith("obl") and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i \
                    and [k.lower_ for k in c.children if k.dep_ in ("case", "fixed")] == ["des"] \
                    and self.parse[c.left_edge.i].lower_ == "des" and self.parse[c.left_edge.i - 1].dep_ != "punct" \
                    and not any(k.dep_ in ("obj", "ccomp", "xcomp", "aux:pass") or _se_clitic(k) for k in verb.children) \
                    and c.i not in self.place_at and not any(m.actor.kind == "state" for m in self.mentions_at[c.i]) \
                    and self.lex.is_a("object-verb", verb.lemma_):
                # "a rencontré mardi des représentants de l'opposition": the indefinite article "des" taken
                # for the preposition; the phrase is the object of a verb that takes one (not a passive, nor
                # a state or a place: "expulsés des Etats-Unis" is where from)
                out = _merge_args(out, self.resolve(c, subject=False))
            elif c.dep_ in ("obl:mod", "obl") and c.i > verb.i and c.i in self.timex_at \
                    and not any(k.dep_ == "obj" for k in verb.children):
                for n in c.children:  # "a accusé vendredi des séparatistes": the object parsed under the day
                    marks = {k.lower_ for k in n.children if k.dep_ == "case"}
                    if n.i > c.i and (n.dep_ == "obj" and not marks or n.dep_ == "nmod" and marks
                                      and marks <= {"des", "du"}):
                        out = _merge_args(out, self.resolve(n, subject=False))
            elif c.dep_.startswith("obl") and cue is not None and c.lemma_.lower() == cue:
                for n in c.children:  # "mettre en garde Israël", "mettre en cause l'Etat russe"
                    if n.dep_ in ("nmod", "obj", "appos") and not any(k.lower_ in SOURCE_CASES - {"de", "d'"}
                                                                      for k in n.children if k.dep_ == "case"):
                        out = _merge_args(out, self._collect(n, subject=False))
            elif c.dep_.startswith("obl") and c.i > verb.i and self.lex.is_a("away-from", verb.lemma_) \
                    and {k.lower_ for k in c.children if k.dep_ == "case"} & {"de", "du", "des", "d'", "d’"}:
                out = _merge_args(out, self._collect(c, subject=False))  # "s'est désolidarisé du président"
            elif c.dep_.startswith("obl") and c.dep_ != "obl:agent":
                cases = {k.lower_ for k in c.children if k.dep_ in ("case", "fixed")}
                if cases & TARGET_CASES and not (cases & {"à", "au", "aux"} and c.i in self.place_at
                                                 and self.mention_at[c.i] is None):
                    if c.i in self.place_at and cases <= {"à", "au", "aux", "en", "dans"}:
                        continue  # "à Genève": where, not whom
                    out = _merge_args(out, self._collect(c, subject=False))
            elif c.dep_ == "expl:comp" and c.lower_ in ("lui", "leur"):
                out = _merge_args(out, self._object_antecedent(c, source.codes))
            elif c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") and c.i < verb.i and verb.dep_ == "acl:relcl" \
                    and verb.head != verb and not any(k.dep_ == "obj" for k in verb.children):
                # "le groupe que Kigali accuse de": the relative pronoun, the verb's object, is the antecedent
                out = _merge_args(out, self.resolve(verb.head, subject=False))
        return out.without(source.codes) if source and out.codes != source.codes else out

    def _demand_answered(self, tok: Token, source: Args, sent: Any) -> Args:
        """The one actor who, in this sentence or the one before, made demands of ``source`` or accused it:
        a refusal that names no one answers that actor (PLOVER REJECT, the one who asked as target). Not
        a refusal the demand or accusation itself tells of ("accuse X de ne pas coopérer")."""
        above: set[int] = set()  # the clauses this one is the content of (not a relative: "ce à quoi X se refuse")
        cur = tok
        while cur.head != cur and cur.dep_ not in ("acl:relcl", "parataxis"):
            cur = cur.head
            above.add(cur.idx)
        if tok.pos_ != "NOUN" and any(c.lemma_.lower() in ACCUSATIONS for c in [
                *(c for c in tok.children if c.dep_ == "obj"), *[c for c in [self._claim_rejected(tok)] if c]]):
            return Args()  # "dément les accusations": answers the accusers of the whole article (below)
        start = sent.start_char
        if sent.start > 0:
            before = self.parse[sent.start - 1].sent
            if len(before) < 4 and before.start > 0:
                before = self.parse[before.start - 1].sent  # a subheading in between ("- Soutien -")
            start = before.start_char
        askers = {(e.source, e.source_names) for e in self.coded
                  if e.type in ("REQUEST", "ACCUSE") and e.status == "asserted" and e.evidence.start >= start
                  and e.trigger.start not in above
                  and set(e.target) & set(source.codes) and not set(e.source) & set(source.codes)}
        if len(askers) != 1:
            return Args()
        codes, names = next(iter(askers))
        return Args(codes, names, explicit=False)

    def _comma_antecedent(self, verb: Token) -> Token | None:
        """The noun phrase a relative "que" takes up right after its comma ("les brigades du Hezbollah, que
        Washington accuse"), whatever the parser hung the relative clause on; None when the verb has an
        object of its own."""
        if any(c.dep_ == "obj" and c.lower_ not in ("que", "qu'", "qu’") for c in verb.children):
            return None
        rel = next((c for c in verb.children if c.dep_ in ("mark", "obj") and c.lower_ in ("que", "qu'", "qu’")
                    and c.i < verb.i), None)
        if rel is None or rel.i < 2 or self.parse[rel.i - 1].text != "," \
                or any(t.pos_ in ("VERB", "AUX") for t in self.parse[rel.i + 1:verb.i]):
            return None
        ante = self.parse[rel.i - 2]
        while ante.head != ante and ante.head.i < rel.i and ante.head.pos_ in ("NOUN", "PROPN") and (
                ante.dep_ in ("amod", "flat:name", "flat", "appos", "fixed")
                or ante.dep_ == "nmod" and all(k.lower_ in ("de", "d'", "d’", "du", "des")
                                               for k in ante.children if k.dep_ == "case")):
            ante = ante.head  # "les brigades du Hezbollah": the phrase's head noun
        return ante if ante.pos_ in ("NOUN", "PROPN") else None

    def _object_author(self, verb: Token, source: Args) -> Args:
        """"dénonce la loi que Pékin veut imposer", "rejette le plan qu'a présenté X": the subject of a
        relative clause on the object is the author of what is condemned or rejected."""
        for c in verb.children:
            if c.dep_ != "obj" or c.pos_ != "NOUN":
                continue
            for r in c.children:
                if r.dep_ == "acl:relcl" and any(k.dep_ in ("obj", "mark") and k.lower_ in ("que", "qu'", "qu’")
                                                 for k in r.children):
                    subj, passive = self.subject_of(r)
                    if subj is not None and not passive and subj.i > c.i:
                        return self.resolve(subj).without(source.codes)
        return Args()

    def _what_was_said(self, verb: Token, source: Args) -> Args:
        """"X accuse Y de ..., ce que Z dément": a statement about the clause "ce que" takes up is
        addressed to the one who made that clause's claim (its subject)."""
        cur = verb
        for _ in range(3):
            if cur.head == cur:
                return self._what_was_said_before(verb, source)
            cur = cur.head
            if cur.lower_ == "ce" and cur.pos_ == "PRON":
                break
        else:
            return self._what_was_said_before(verb, source)
        main = cur.head
        if main == cur or not any(t.lower_ in ("que", "qu'", "qu’", "dont", "à") for t in self.parse[cur.i + 1: verb.i]):
            return Args()
        subj, passive = self.subject_of(main)
        if subj is None or passive:
            return Args()
        return self.resolve(subj, subject=False).without(source.codes)

    def _what_was_said_before(self, verb: Token, source: Args) -> Args:
        """"X accuse Y de ..., ce que la République islamique dément" where the parser did not hang the
        verb under "ce": the "ce que" just before the verb's subject, and the claim of the verb above it."""
        start = verb.sent.start
        for i in range(verb.i - 1, max(start, verb.i - 8), -1):
            t = self.parse[i]
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                return Args()
            if t.lower_ == "ce" and i + 1 < verb.i and self.parse[i + 1].lower_ in ("que", "qu'", "qu’"):
                main = t.head
                while main.head != main and (main.pos_ not in ("VERB", "AUX") or main.dep_ == "xcomp"):
                    main = main.head
                if main.pos_ not in ("VERB", "AUX") or main.i > t.i:
                    return Args()
                subj, passive = self.subject_of(main)
                if subj is None or passive:
                    return Args()
                return self.resolve(subj, subject=False).without(source.codes)
        return Args()

    def _content_targets(self, verb: Token, source: Args) -> Args:
        """Speech acts: the first actor named in what was said ("dément vouloir envahir l'Ukraine")."""
        contents = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "obj", "obl:arg")]
        # "a averti jeudi qu'une annexion par X ...": the clause parsed as an adverbial one after the day
        contents += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                     and c.left_edge.lower_ in ("que", "qu'", "qu’")]
        contents += [c for c in self._complements(verb) if c.dep_ in ("acl", "nmod")]  # "a promis mercredi de ruiner X"
        # "a plaidé pour un nouveau pacte et des réformes au Liban": a second object the parser hung on the verb
        contents += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > verb.i]
        if verb.pos_ != "VERB" and verb.dep_ == "advmod" and verb.head != verb:
            contents.append(verb.head)  # "Moscou dément avoir...": the verb parsed as an adverb
        for c in contents:
            if True:
                for t in c.subtree:
                    if t.i <= verb.i and c == verb.head:
                        continue
                    found = self.actors_at(t.i, source.codes)
                    if found:
                        return Args(found.codes, found.names)
        if verb.dep_ == "parataxis" and verb.head.i < verb.i and any(
                c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children):
            # '"La Turquie viole le droit", a dénoncé le ministre': the quotation before the incise
            for t in verb.head.subtree:
                if t.i >= verb.left_edge.i:
                    break
                found = self.actors_at(t.i, source.codes)
                if found:
                    return Args(found.codes, found.names)
        if (close := self._incise_quote(verb)) is not None:
            # the same, whatever the parser made of the quotation: its words up to the closing mark
            start = next((t.i for t in reversed(self.parse[verb.sent.start:close])
                          if t.text in ('"', "«", "“")), verb.sent.start)
            for i in range(start, close):
                found = self.actors_at(i, source.codes)
                if found:
                    return Args(found.codes, found.names)
        return Args()

    def _incise_quote(self, verb: Token) -> int | None:
        """The index of the closing quotation mark before a reporting incise ('"...", a dénoncé X'), if
        the verb is one (not a participle clause after a quotation: '"...", menaçant sinon de')."""
        if "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm") or not any(
                c.i > verb.i and c.dep_ in ("nsubj", "obj") for c in verb.children):
            return None
        i = verb.i - 1
        while i > verb.sent.start and (self.parse[i].dep_.startswith("aux") or self.parse[i].lower_ in ("t", "-t-")
                                       or _adverbial_of(self.parse[i], verb)):  # "a par ailleurs lancé"
            i -= 1
        if i - 1 < 0 or self.parse[i].text != "," or self.parse[i - 1].text not in ('"', "»", "”"):
            return None
        return i - 1

    def _reporting_incise(self, verb: Token) -> bool:
        """Whether a verb stands in a reporting incise: after a closing quotation and a comma ('"...", a
        reconnu X', where the parser may take X for the object), or with its subject clitic after it
        ("..., a-t-il reconnu", "..., poursuit-elle", "..., a-t-il ensuite livré")."""
        i = verb.i - 1
        while i > verb.sent.start and (self.parse[i].dep_.startswith("aux") or self.parse[i].lower_.startswith("-")
                                       or (self.parse[i].pos_ == "ADV" and self.parse[i].head == verb)):
            i -= 1
        if i <= verb.sent.start or self.parse[i].text != ",":
            return False
        return self.parse[i - 1].text in ('"', "»", "”") or any(
            t.pos_ == "PRON" and t.lower_.startswith("-") for t in self.parse[i + 1: min(verb.i + 2, len(self.parse))])

    def _quoted_actors(self, verb: Token) -> Args:
        """The actors named in the quotation before a reporting incise."""
        out = Args()
        if (close := self._incise_quote(verb)) is not None:
            for i in range(verb.sent.start, close):
                out = _merge_args(out, self.actors_at(i))
        return out

    def _unquoted_incise(self, verb: Token) -> bool:
        """Whether a verb after a comma, with no subject before it, has a person after it for its
        subject ("les Etats-Unis sont allés trop loin, a reconnu le secrétaire d'Etat"): the parser takes the
        speaker for the object of a verb reporting the clause before the comma."""
        i = verb.i - 1
        while i > verb.sent.start and (self.parse[i].dep_.startswith("aux") or self.parse[i].pos_ == "ADV"
                                       and self.parse[i].head == verb):
            i -= 1
        if i <= verb.sent.start or self.parse[i].text != ",":
            return False
        after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "nsubj")]
        if any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children) and not (
                len(after) == 1 and (end := after[0].right_edge.i + 1) < len(self.parse)
                and (self.parse[end].is_punct or end == verb.sent.end)):
            # a subject before the comma is the reported clause's only when the person closes the incise
            # ("La Toscane, a reconnu Matteo Salvini, ...", "Téhéran est ... du pays, a reconnu le ministre.")
            return False
        return len(after) == 1 and (after[0].ent_type_ == "PER" or any(
            m.actor.kind == "person" for m in self.mentions_at[after[0].i]) or any(
            self.lex.is_a(kind, after[0].lemma_) for kind in ("official", "person", "domestic"))
            or any(c.dep_ in ("appos", "flat:name", "nmod") and c.ent_type_ == "PER"
                   and not any(g.dep_ == "case" for g in c.children) for c in after[0].children))

    def _incise_subject(self, verb: Token) -> Token | None:
        """The speaker of a reporting incise, after the verb ('"...", a dénoncé mardi le ministre'): the
        parser often takes it for an object, or takes a name inside the quotation for the subject."""
        if self._incise_quote(verb) is None:
            return None
        return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("nsubj", "obj")
                     and c.pos_ in ("NOUN", "PROPN") and c.i not in self.timex_at), None)

    def _bare_passive(self, verb: Token, after: bool) -> bool:
        """A past participle with no auxiliary, in a clause of its own, that opens the sentence ("Reçu par
        Poutine, X a...") or, when ``after``, follows a demand or an offer and names its agent ("X exige un accès,
        refusé par Y"; not "X a fustigé ce plan, aussi dénoncé par Y"): what the main clause's subject, or its
        demand, underwent (protesters "mobilisés à l'appel de" still march)."""
        return verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
            and (verb.i == verb.sent.start and verb.i < verb.head.i
                 or after and any(c.dep_ == "obl:agent" for c in verb.children) and any(
                     e.pos == "VERB" and e.type in ("REQUEST", "AGREE") for e in self.lex.lookup(verb.head.lemma_))) \
            and not any(c.dep_.startswith(("aux", "expl")) or _se_clitic(c) for c in verb.children) \
            and not self.lex.is_a("unaccusative", verb.lemma_)

    def verb_args(self, verb: Token, etype: str, implicit_state: bool, cue: str | None = None,
                  statement: bool = True) -> tuple[Args, Args]:
        """Source and target of a verbal trigger (``statement``: the verb itself states the event, it
        does not only support a nominal trigger)."""
        subj, passive = self.subject_of(verb)
        if statement and etype not in ("PROTEST", "MOBILIZE") and self._bare_passive(verb, etype in STATEMENTS):
            # "Critiqué par Washington, le président russe a...", "Paris exige un accès, refusé par Téhéran"
            passive = True
        if etype in ("REQUEST", "ACCUSE", "REJECT") and (speaker := self._incise_subject(verb)) is not None \
                and (said := self.resolve(speaker)) and self._quoted_actors(verb).without(said.codes):
            subj, passive = speaker, False  # '"La Turquie viole le droit", a dénoncé le ministre grec'
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if agent is None:  # "arrêtés mercredi par la police": the agent parsed under the day
            agent = next((k for c in verb.children if c.dep_ in ("obl:mod", "obl", "xcomp") and c.pos_ in (
                "NOUN", "PROPN") for k in c.children if k.dep_ == "obl:agent"), None)
        if agent is None and passive:  # "encerclées mardi à Pékin par des policiers": an agent parsed as a modifier
            agent = next((c for c in verb.children if c.dep_ in ("obl:mod", "obl") and c.i > verb.i
                          and any(k.dep_ == "case" and k.lower_ == "par" for k in c.children)
                          and self._names_agent(c)), None)
        if agent is None and passive:  # "reçus pendant une heure par le président": the agent hung on the time
            agent = next((k for c in verb.children if c.dep_ in ("obl:mod", "obl") and c.i > verb.i
                          for k in c.children if k.dep_ == "nmod"
                          and any(g.dep_ == "case" and g.lower_ == "par" for g in k.children)
                          and self._names_agent(k)), None)
        if agent is not None and "Part" in verb.morph.get("VerbForm") and not passive and not any(
                c.dep_ in ("nsubj", "aux:tense") for c in verb.children):
            passive = True  # "ce plan, aussi dénoncé par l'ONU": a participle with its agent
            subj = verb.head if verb.dep_ in ("acl", "advcl") and verb.head.pos_ == "NOUN" else None
            if subj is None and verb.dep_ in ("acl", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
                subj = self._apposed_to(verb)
        skip = {subj.i} if subj is not None else set()
        if passive:
            source = self.resolve(agent) if agent is not None else Args()
            listed = _merge_args(*(self.actors_at(t.i) for t in self._listed_after(agent))) \
                if source and agent is not None else Args()
            source = _merge_args(source, listed) if listed else source
            if not source:
                for c in verb.children:  # "des roquettes ont été tirées depuis Gaza"
                    if c.dep_.startswith("obl") and any(k.lower_ == "depuis" for k in c.children):
                        source = self._collect(c, subject=True)
            if etype in ("AID", "MOBILIZE") and subj is not None:
                # what is sent is the sender's: "des secouristes japonais ont été dépêchés à Katmandou"
                sent = self.resolve(subj)
                return source or sent or self._state_here(verb, implicit_state), self._targets_from(
                    verb, skip, source or sent).without((source or sent).codes)
            if not source and implicit_state and (country := self.local_country(verb)):
                source = Args((country,), ("",), explicit=False)  # the state acts where it happens
            if not source and implicit_state and agent is None:
                source = self._enforcer_reporting(verb)  # "ont été interpellés, a indiqué la police turque"
            target = self.resolve(subj, subject=False) if subj is not None else Args()
            if not source and implicit_state and subj is not None and verb.lemma_.lower() not in ("expulser", "relâcher") \
                    and agent is None and not any(k.lower_ == "par" for c in verb.children if c.dep_.startswith("obl")
                                                  for k in c.children) \
                    and (own := self._sole_nationality(subj)):
                # "l'opposant bélarusse X a été arrêté", in a text that places it nowhere and names no
                # other state: the state of the one arrested
                source = Args((own,), ("",), explicit=False)
            if not target:
                target = self._targets_from(verb, skip, source)
            return source, target.without(listed.codes)
        source = self.resolve(subj) if subj is not None else Args()
        if not source and subj is not None and (named := self._name_before_title(subj)) is not None:
            source = self.actors_at(named.i)
        if subj is not None and subj.dep_ == "nsubj":
            for c in subj.head.children:  # "L'Opep et la Russie doivent": coordinated subjects parsed as two
                later = c if c.i > subj.i else subj  # ("L'Egypte, les Emirats et la Russie": "et" on the last)
                if c.i != subj.i and c.dep_ == "nsubj" and c.i < subj.head.i \
                        and any(k.dep_ == "cc" for j in (later, *(j for j in later.children if j.dep_ == "conj"))
                                for k in j.children) \
                        and abs(c.i - subj.i) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in
                                                                subj.doc[min(c.i, subj.i) + 1:max(c.i, subj.i)]):
                    source = _merge_args(source, self.resolve(c))
        if subj is not None and subj.dep_ in ("nsubj", "nsubj:pass"):
            first = subj.head.head
            if subj.head.dep_ == "conj" and first.dep_ == "ROOT" and first.pos_ == "PROPN" \
                    and first.i < subj.i < subj.head.i \
                    and any(k.dep_ == "cc" and first.i < k.i < subj.i for k in subj.head.children) \
                    and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in subj.doc[first.i + 1:subj.i]):
                # "La Russie et l'Ukraine ont convenu": the first name taken for the root, the verb for its conjunct
                source = _merge_args(self.actors_at(first.i), source)
        if not source and agent is not None:
            source = self.resolve(agent)
        if not source and (statement or etype not in MATERIAL):
            # (not '"la première grenade lancée à 9H30", a affirmé X': who tells of an act named by a noun
            # is not who did it)
            source = self._reported_source(verb)
        if etype == "ACCUSE" and statement and self.lex.is_a("blames-object", verb.lemma_) \
                and (ante := self._comma_antecedent(verb)) is not None \
                and (accused := self.resolve(ante, subject=False).without(source.codes)):
            return source, accused  # "Téhéran, que Manama accuse d'instrumentaliser ...": the antecedent is accused
        if etype in ("ACCUSE", "REJECT") and statement and (act := self._accused_act(verb)) is not None:
            # "dénonce l'enquête sur l'affaire ukrainienne", "rejette les accusations de Londres sur son rôle",
            # "condamne les frappes israéliennes sur Gaza": the one who accuses, investigates or strikes is
            # addressed, not what the act is about or aimed at ("imputer l'attaque à X": X, named apart)
            agent = self._act_agent(act)
            if not agent and self.lex.is_a("ascribe", verb.lemma_) and (blamed := next((
                    found for n in act.children if n.dep_ == "nmod"
                    and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux") for k in n.children)
                    and (found := self._collect(n, subject=False).without(source.codes))), None)):
                return source, blamed  # "imputer l'attaque à X": the parser hung X on the act
            if not agent:
                obj = act if act.dep_ == "obj" else act.head
                return source, self._targets_from(verb, skip | {obj.i}, source, cue) or self._object_author(verb, source)
            return source, agent.without(source.codes) if agent.codes != source.codes else agent
        target = self._targets_from(verb, skip, source, cue)
        if not target and verb.dep_ == "xcomp" and verb.head.dep_ == "acl:relcl":
            # "le Premier ministre japonais, avec qui il s'est dit prêt à travailler": the relative pronoun
            # the parser hung on the verb of the relative clause is the trigger's complement
            for c in verb.head.children:
                if c.dep_.startswith("obl") and c.pos_ == "PRON" and "Rel" in c.morph.get("PronType") \
                        and any(k.dep_ == "case" and k.lower_ in TARGET_CASES for k in c.children):
                    target = _merge_args(target, self.resolve(c, subject=False).without(source.codes))
        if not target and etype in ("ACCUSE", "REJECT"):
            target = self._object_author(verb, source)
        if not target and verb.dep_ == "conj" and not any(c.dep_ == "obj" for c in verb.children):
            # "a dénoncé puis rejeté les demandes américaines": the object after both verbs is theirs
            for c in verb.head.children:
                if c.dep_ == "obj" and c.i > verb.i:
                    target = _merge_args(target, self.resolve(c, subject=False)).without(source.codes)
        if not target and etype in VERBAL:
            target = self._what_was_said(verb, source)
        if not target and etype in VERBAL:
            target = self._content_targets(verb, source)
        if not target and etype in VERBAL and verb.dep_ == "advcl" and verb.head != verb \
                and "Fin" not in verb.morph.get("VerbForm") and not _infinitival(verb) and subj is not None:
            # "a appelé les gouverneurs à agir, menaçant sinon d'envoyer l'armée": a participle clause
            # with no object of its own speaks to the main verb's (above the infinitive it hangs on)
            main = verb.head
            for _ in range(3):
                if (main.pos_ in ("VERB", "AUX") and not _infinitival(main)) or main.head == main:
                    break
                main = main.head
            if subj.i == getattr(self.subject_of(main)[0], "i", None):
                target = self._targets_from(main, skip, source)
        if not target and etype in STATEMENTS:
            # "a refusé de répondre aux questions des enquêteurs": the officers' state
            officers = [t for c in verb.children if c.dep_ == "xcomp" for t in c.subtree
                        if t.pos_ == "NOUN" and self.lex.is_a("authority", t.lemma_)]
            if officers:
                target = self.resolve(officers[0], subject=False).without(source.codes) or (
                    Args(source.codes, (), explicit=False) if self.local_country(verb) in source.codes else Args())
        if not target and not (etype == "ACCUSE" and self._unattributed_act(verb)):
            # (a new act whose author the text does not name accuses no one: no actor is guessed)
            target = self._nearest(verb, source)
        if statement:
            target = self._topic_over_frame(verb, None, etype, source, target)
        return source, target

    def _enforcer_reporting(self, verb: Token, cls: str = "enforcer") -> Args:
        """The state of the police or justice that reports an agentless act of the state ("ont été arrêtés,
        a indiqué la police turque", "selon le parquet de Minsk", "selon le Comité d'enquête russe"): the
        police report their own arrests (not a government telling of its nationals arrested abroad)."""
        heads: list[Token] = []
        for c in verb.children:
            if c.dep_ in ("conj", "parataxis") and c.i > verb.i and self.lex.is_a("reporting", c.lemma_):
                heads += [k for k in c.children if k.dep_ in ("nsubj", "obj") and k.i > c.i
                          and k.pos_ in ("NOUN", "PROPN")]
            if c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ == "selon" for k in c.children):
                heads.append(c)
        if verb.dep_ in ("ccomp", "parataxis") and self.lex.is_a("reporting", verb.head.lemma_):
            said, _ = self.subject_of(verb.head)
            heads += [said] if said is not None else []
        for h in heads:
            words = [h, *(c for c in h.children if c.dep_ == "nmod")]
            if not any(self.lex.is_a(cls, w.lemma_) or self.lex.is_a(cls, w.lower_) for w in words):
                continue
            found = self._collect(h, subject=True)
            if len(found.codes) == 1 and found.codes[0] not in ORG_CODES:
                return Args(found.codes, found.names, explicit=False)
        return Args()

    def _placeless_repression(self, verb: Token, mode: str | None) -> bool:
        """Whether an arrest or a ban is told plainly as the state's act, with no country needed:
        an agentless passive arrest, or the police, the forces or the authorities as subject (not
        "où il était assigné à résidence": a state he was in; not "interpellé par un passant")."""
        if verb.dep_ in ("acl", "acl:relcl") or any(
                c.dep_ == "aux:pass" and "Imp" in c.morph.get("Tense") for c in verb.children) \
                or "Imp" in verb.morph.get("Tense"):
            return False
        if any(c.dep_ == "aux:pass" for c in verb.children):
            return mode == "arrest" and all(self.lex.is_a("enforcer", k.head.lemma_) for k in verb.subtree
                                            if k.dep_ == "case" and k.lower_ == "par")
        subj, passive = self.subject_of(verb)
        if subj is None or passive or mode not in ("arrest", "restrict", "martial-law"):
            return False  # (not "les enquêteurs ont saisi l'IGPN": a case brought)
        words = [subj, *(c for c in subj.children if c.dep_ == "nmod")]
        return any(self.lex.is_a("authority", w.lemma_) or self.lex.is_a("enforcer", w.lemma_) for w in words) \
            or subj.lemma_.lower() == "force" and any(w.lemma_.lower() in ("ordre", "sécurité") for w in words)

    def _recalled_envoys(self, verb: Token) -> Args | None:
        """Where the envoys a passive recall names were posted ("la mission russe auprès de l'Otan a été
        retirée"), or None when the passive subject is no envoy, names no post, or the verb has an agent."""
        if not _agentless_passive(verb):
            return None
        envoy = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        if envoy is None or not any(w.lemma_.lower() in ENVOYS for w in (envoy, *envoy.children)):
            return None
        posted = self._marked_args(envoy.children, ("nmod",), {"auprès", "à", "au", "aux", "en"})
        for k in (k for c in envoy.children if c.lower_ == "auprès" for k in c.children):
            posted = _merge_args(posted, self._collect(k, subject=False))  # "auprès", an adverb heading its complement
        return posted or None

    def _told_before_in_clause(self, verb: Token) -> Args:
        """The one a coordinated statement verb's first verb speaks to ("a assuré à Moscou que ..., mais a
        démenti avoir l'intention de ..."): the second statement is made to the same listener."""
        if verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in verb.children):
            return Args()
        first = verb.head
        if first.dep_ in ("xcomp", "ccomp", "advcl") and "Inf" in first.morph.get("VerbForm") \
                and any(c.dep_ == "aux:tense" for c in verb.children):
            first = first.head  # "a assuré ne pas avoir ..., mais a démenti": a tensed verb is no infinitive's conjunct
        if first.pos_ != "VERB" or not self.lex.is_a("reporting", first.lemma_):
            return Args()
        listener = [c for c in first.children if c.dep_ == "iobj" or c.dep_.startswith("obl") and c.i < verb.i
                    and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux") for k in c.children)]
        found = Args()
        for c in listener:
            # "a assuré à Moscou": the capital spoken to, not a place ("a déclaré à Genève")
            if c.i not in self.place_at or first.lemma_.lower() in ADDRESSED_VERBS:
                found = _merge_args(found, self._collect(c, subject=False))
        return found

    def _beaten_then_arrested(self, verb: Token) -> bool:
        """Whether an agentless passive participle is coordinated with an agentless arrest ("ont été
        frappés puis arrêtés", "blessés et interpellés")."""
        if not _agentless_passive(verb):
            return False
        return any(c.dep_ == "conj" and "Part" in c.morph.get("VerbForm")
                   and not any(k.dep_.startswith("nsubj") or k.dep_ == "obl:agent" for k in c.children)
                   and any(e.type == "COERCE" and e.mode == "arrest" and e.pos == "VERB"
                           for e in self.lex.lookup(c.lemma_, c.lower_))
                   for c in verb.children)

    def _placeless_protest(self, tok: Token, entry: Trigger, anchor: Token) -> bool:
        """Whether a protest is told plainly enough to stand with no country: protesters or a crowd
        marching or demonstrating, protests that go on or break out; not a gathering ("se rassembler")."""
        if entry.pos == "VERB":
            return entry.type == "PROTEST" and entry.constraint != "reflexive" and (
                self._protesters(tok) or self._protesters(tok, "crowd"))
        return tok.dep_ == "nsubj" and tok.head.i == anchor.i and self.lex.is_a("occurrence", anchor.lemma_) \
            and anchor.lemma_.lower() not in ("avoir", "faire")

    def _fires_test_weapon(self, tok: Token) -> bool:
        """Whether an act fires a missile or a device ("a tiré deux missiles"), not one by which
        people were hit ("tués par un engin explosif", "un missile a tué"): only the first is a
        show of force."""
        hit_by = [c for c in tok.children if c.dep_ in ("obl:agent", "nsubj")]
        return any(self.lex.is_a("test-weapon", t.lemma_) for t in tok.subtree
                   if not any(t.i in range(c.left_edge.i, c.right_edge.i + 1) for c in hit_by))

    def _accused_act(self, verb: Token) -> Token | None:
        """The accusation, inquiry or hostile act a verb's object names ("l'enquête", "la validité de
        l'enquête", "les sanctions européennes contre la Syrie")."""
        for c in verb.children:
            if c.dep_ != "obj" or c.pos_ != "NOUN":
                continue
            # (not a predicate the parser hung on the object: "accuse X d'être derrière l'attentat" names
            # the act X is accused of, X is the one accused)
            # (nor "les opérations turques de même que des bombardements iraniens": a second object)
            for n in [c, *(n for n in c.children if n.dep_ == "nmod" and any(
                    k.dep_ == "case" and k.lower_ in ("de", "d'", "d’", "du", "des")
                    and not any(f.dep_ == "fixed" for f in k.children) for k in n.children)
                    and not any(k.dep_ == "cop" for k in n.children))]:
                if any(e.pos == "NOUN" and e.type in _ACCUSABLE for e in self.lex.lookup(n.lemma_, n.lower_)):
                    return n
        return None

    def _act_agent(self, noun: Token) -> Args:
        """Who makes an accusation or leads an inquiry: an actor adjective on the noun ("les accusations
        américaines"), or "de X", "par X", "de la part de X" naming an actor itself (not a topic)."""
        out = Args()
        for c in noun.children:
            cases = {k.lower_ for k in c.children if k.dep_ in ("case", "fixed")}
            if c.dep_ == "amod" and self.mentions_at[c.i]:
                out = _merge_args(out, self.actors_at(c.i))
            elif c.dep_ == "nmod" and cases & SOURCE_CASES and not cases & TARGET_CASES:
                heads = [c] + [n for n in c.children if c.lemma_.lower() == "part" and n.dep_ == "nmod"]
                for h in heads:
                    if all(m.span.start >= h.left_edge.idx for m in self.mentions_at[h.i]):  # not "Corée du Sud"
                        out = _merge_args(out, self.actors_at(h.i))
        # "une guerre, pilotée par X": the participle the parser hung on the verb after a comma
        after = [p for p in noun.head.children if p.dep_ == "advcl" and p.i > noun.i] if noun.dep_ == "obj" else []
        for p in [*noun.subtree, *after]:
            # "les accusations (visant X) formulées par Y", "les frappes menées par Y": the agent of a
            # participle of authoring that agrees with the noun (the parser may hang it on a noun in between)
            if p.dep_ in ("acl", "advcl") and "Part" in p.morph.get("VerbForm") and self.lex.is_a("authoring", p.lemma_) \
                    and (p.head == noun or p.morph.get("Gender") == noun.morph.get("Gender")
                         and p.morph.get("Number") == noun.morph.get("Number")):
                for a in p.children:
                    # the agent, or a "par X" the parser took for a modifier
                    if a.dep_ == "obl:agent" or a.dep_ in ("obl", "obl:mod") and any(
                            k.dep_ == "case" and k.lower_ == "par" for k in a.children):
                        out = _merge_args(out, self.actors_at(a.i) or next(  # "par les voisins polonais"
                            (self.actors_at(k.i) for k in a.children if k.dep_ == "amod" and self.mentions_at[k.i]), Args()))
        return out

    def _perfect_with_etre(self, verb: Token) -> bool:
        """"sont descendus dans la rue", "se sont rassemblés": a passé composé built with "être" (the
        parser may take the auxiliary for a passive one), a done act."""
        return "Part" in verb.morph.get("VerbForm") and any(
            c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children) and (
            self.lex.is_a("unaccusative", verb.lemma_) or _reflexive(verb))

    def _named_here(self, args: Args, sent: Any, groups: bool = False) -> bool:
        """Whether each actor of ``args`` is named explicitly in the sentence (not a fallback code); with
        ``groups``, a group the sentence names whose country is inferred counts too ("l'opposition")."""
        named = {m.actor.name for m in self.doc.mentions
                 if (m.explicit or groups and m.actor.kind == "other" and m.actor.sector)
                 and sent.start_char <= m.span.start < sent.end_char}
        return all(n in named for n in args.names)

    def _names_agent(self, tok: Token) -> bool:
        """Whether a "par" phrase names someone who acts: an actor, or people, forces or officials
        (not "par décret", "par téléphone")."""
        words = [tok] + [c for c in tok.children if c.dep_ == "nmod"]
        words += [g for c in words[1:] for g in c.children if g.dep_ == "nmod"]
        return any(self.mentions_at[w.i] or any(self.lex.is_a(cls, w.lemma_) for cls in (
            "person", "domestic", "official", "military", "crowd")) for w in words)

    def _listed_after(self, head: Token) -> list[Token]:
        """The names that close a list begun by ``head`` which the parser broke up ("demandée par Washington,
        Tokyo et Séoul", "soutenu par l'Egypte, les Emirats arabes unis et la Russie"): commas, then "et",
        each before an actor named explicitly; nothing unless the list ends with "et" and a name."""
        found: list[Token] = []
        i = head.right_edge.i + 1
        sent_end = head.sent.end
        while i < sent_end - 1 and self.parse[i].lower_ in (",", "et"):
            last = self.parse[i].lower_ == "et"
            j = i + 1
            if j < sent_end and self.parse[j].pos_ == "DET":
                j += 1
            named = [m for m in self.mentions_at[j] if m.explicit] if j < sent_end else []
            if not named:
                return []
            found.append(self.parse[j])
            end = max(m.span.end for m in named)
            i = j + 1
            while i < sent_end and self.parse[i].idx < end:
                i += 1
            if last:
                return found
        return []

    def _name_before_title(self, subj: Token) -> Token | None:
        """"Ali Rabii, le porte-parole du gouvernement iranien, a appelé": the person's name the parser hung
        on the verb as a modifier, set off by a comma right before the title it took for the subject."""
        if subj.pos_ != "NOUN" or subj.dep_ != "nsubj" or subj.head == subj:
            return None
        start = subj.left_edge.i
        return next((c for c in subj.head.children if c.dep_ in ("obl:mod", "obl", "nmod") and c.pos_ == "PROPN"
                     and c.right_edge.i == start - 2 and self.parse[start - 1].text == ","
                     and any(m.actor.kind == "person" and m.explicit for m in self.mentions_at[c.i])), None)

    def _apposed_to(self, part: Token) -> Token | None:
        """"X a fustigé ce plan, aussi dénoncé par l'ONU": the noun a detached participle follows
        (the parser hangs the participle on the verb)."""
        prev = [c for c in part.head.children if c.i < part.i and c.pos_ in ("NOUN", "PROPN")
                and c.dep_ in ("obj", "obl:mod", "obl", "nsubj")]
        if not prev:
            return None
        noun = max(prev, key=lambda c: c.i)
        between = self.parse[noun.i + 1: part.i]
        last = max([noun.i] + [t.i for t in noun.subtree])
        if last < part.i - 3 or any(t.pos_ in ("VERB", "AUX") for t in self.parse[last + 1: part.i]) \
                or not any(t.text == "," for t in between):
            return None
        return noun

    def _summed_act(self, part: Token) -> Token | None:
        """The verb whose act a noun such as "une décision", "un discours" takes up, when a participle
        hangs on that noun: "X a déployé des navires, une initiative dénoncée par Y" (the root before the
        noun), "Une décision condamnée par Y." (the root of the sentence before)."""
        noun = part.head
        if part.dep_ != "acl" or "Part" not in part.morph.get("VerbForm") or noun.pos_ != "NOUN" \
                or not self.lex.is_a("act-summary", noun.lemma_) or any(self.mentions_at[t.i] for t in noun.subtree
                                                                         if t.i < part.i) \
                or not any(d.dep_ == "det" and d.lower_ in ("un", "une", "ce", "cet", "cette") for d in noun.children):
            return None
        sent = part.sent
        if noun.left_edge.i == sent.start:
            if sent.start == 0:
                return None
            root = self.parse[sent.start - 1].sent.root
        else:
            # the nearest verb above the noun ("a estimé X lors de son investiture, un discours rejeté")
            root = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
            if root is None or root.i > noun.i or not any(self.parse[i].text == "," for i in range(root.i + 1, noun.i)):
                return None
        return root if root.pos_ == "VERB" else None

    def _summed_author(self, verb: Token) -> Args:
        """Who does what a verb states: its subject's actors."""
        if self.lex.is_a("reporting", verb.lemma_) or self.lex.is_a("asserting", verb.lemma_):
            # "..., a estimé mercredi la présidente X": the inverted subject is often parsed as an object
            inverted = next((found for c in verb.children if c.dep_ in ("nsubj", "obj") and c.i > verb.i
                             and (found := self.resolve(c))), None)
            if inverted is not None:
                return inverted
        subj, passive = self.subject_of(verb)
        if passive or subj is None:
            return Args()
        return self.resolve(subj)

    def _sole_nationality(self, person: Token) -> str | None:
        """The state of a named person ("l'opposant bélarusse Viktor Babaryko"), when the text names no
        place and no other state (a crowd of nationals may be abroad: "des manifestants bélarusses")."""
        own = [m for m in self.mentions_at[person.i] if m.explicit and m.actor.kind == "person"]
        codes = {m.actor.code for m in own if m.actor.code and m.actor.code not in ORG_CODES}
        if len(codes) != 1 or self.located or (self.doc.dateline is not None and self.doc.dateline.country):
            return None
        named = {m.actor.code for m in self.doc.mentions if m.explicit and m.actor.code}
        return next(iter(codes)) if named == codes else None

    def _state_here(self, verb: Token, implicit_state: bool) -> Args:
        """The state of the country where a clause happens, for an agentless passive of a state act."""
        country = self.local_country(verb) if implicit_state else None
        return Args((country,), ("",), explicit=False) if country else Args()

    def _nearest(self, tok: Token, source: Args) -> Args:
        """Last resort when the parse gives no target: the nearest actor the trigger governs."""
        best: tuple[int, Args] | None = None
        def own(t: Token) -> bool:
            cur = t
            while cur.i != tok.i:
                if cur.dep_ in ("acl:relcl", "parataxis", "conj"):
                    return False
                if cur.dep_ == "advcl" and not any(k.lower_ == "en" for k in cur.children):
                    return False  # only a gerund ("en décrivant X comme...") speaks of the target
                if cur.dep_.startswith("obl") and self.lex.lookup(cur.lemma_) and any(
                        k.dep_ == "case" and k.lower_ in ("dans", "lors", "pendant", "durant") for k in cur.children):
                    return False  # "dans un appel au président X": the frame, not the target
                cur = cur.head
            return True

        for t in tok.subtree:
            if not self.mentions_at[t.i] or t.i == tok.i:
                continue
            found = self.actors_at(t.i, source.codes)
            if found and own(t):
                dist = abs(t.i - tok.i)
                if best is None or dist < best[0]:
                    best = (dist, found)
        if best is None:
            return Args()
        return Args(best[1].codes, best[1].names, False, best[1].parties)

    def _reported_source(self, verb: Token) -> Args:
        """A clause with no actor as subject, inside reported speech: the speaker."""
        tok = verb
        for _ in range(4):
            if tok.head == tok:
                break
            if tok.dep_ in ("ccomp", "parataxis") and self.lex.is_a("reporting", tok.head.lemma_):
                subj, _ = self.subject_of(tok.head)
                if subj is not None:
                    return self.resolve(subj)
            tok = tok.head
        return Args()

    def noun_args(self, noun: Token, anchor: Token, support: bool, etype: str) -> tuple[Args, Args]:
        """Source and target of a nominal trigger."""
        source, target = Args(), Args()
        inverse = support and (self.lex.is_a("support-inverse", anchor.lemma_) or self.lex.is_a("provoke", anchor.lemma_)
                               or self.lex.is_a("targeted", anchor.lemma_))
        subj = None
        if inverse:
            # "X a reçu le soutien de Y": Y is the source, X the target
            subj, _ = self.subject_of(anchor)
            target = self.resolve(subj, subject=False) if subj is not None else Args()
        elif support and self.lex.is_a("support-in", anchor.lemma_) \
                and any(k.dep_ == "case" and k.lower_ == "dans" for k in noun.children) \
                and (part := next((c for c in anchor.children if c.dep_ == "nsubj:pass"), None)) is not None:
            source = self.resolve(part)  # "le gouvernement est engagé dans des pourparlers avec X": it takes part
        elif support:
            implicit = noun.dep_ == "nsubj:pass" and etype in ("COERCE", "SANCTION", "MOBILIZE")
            source, target = self.verb_args(anchor, etype, implicit_state=implicit, statement=False)
            if self._trip(anchor) and noun.dep_.startswith("obl"):
                target = Args()  # "a quitté Gaza pour des discussions avec X": where the trip goes is no party
            target = target.without(source.codes) if target.codes != source.codes else target
            target = self._topic_over_frame(anchor, noun, etype, source, target)
        # "un soutien militaire accru de la Turquie": the noun's "de X" the parser hung on the participle
        # or adjective after it
        hung = [g for c in noun.children if c.dep_ in ("acl", "amod") and c.i > noun.i
                and not any(k.dep_.startswith(("aux", "nsubj")) for k in c.children)
                for g in c.children if g.dep_ in ("obl:arg", "obl", "obl:mod", "obl:agent") and g.i > c.i
                and [k.lower_ for k in g.children if k.dep_ == "case"] in (["de"], ["d'"], ["d’"], ["du"], ["des"])]
        for c in [*noun.children, *hung]:
            cases = {k.lower_ for k in c.children if k.dep_ in ("case", "fixed")}
            if (c.dep_ == "amod" or c.dep_ == "nmod" and c.pos_ == "ADJ" and not cases) \
                    and self.mention_at[c.i] is not None and not source:
                # "frappes israéliennes"; "le dialogue stratégique américano-irakien" (the second adjective
                # taken for a complement)
                source = _merge_args(source, self._collect(c, subject=True))
            elif c.dep_ == "nmod" or c in hung:
                if "entre" in cases:
                    source = _merge_args(source, self._collect(c, subject=False))
                elif cases & TARGET_CASES:
                    target = _merge_args(target, self._collect(c, subject=False))
                elif cases & SOURCE_CASES and not source:
                    source = self._collect(c, subject=True) or self._domestic(c)
                    if source and target and set(source.codes) <= set(target.codes):
                        if c.lemma_.lower() != "part":
                            source = Args()  # "faire l'éloge de X": X, already the target, is not the speaker
                        elif set(target.names) <= set(source.names):
                            # "de la part de X" names the author, who may belong to the target's country, but
                            # is not its target ("font l'objet d'une enquête de la part des autorités")
                            target = Args()
        if inverse and not source and etype in VERBAL and (poss := next(
                (c for c in noun.children if c.dep_ == "det" and c.lower_ in THIRD_POSSESSIVES), None)) \
                and subj is not None \
                and ("Plur" if poss.lower_.startswith("leur") else "Sing") != _number(subj):
            # "Macron a obtenu leur promesse que...": a possessor in another number than the subject is not
            # the subject itself ("ils ont reçu leur invitation") but who promised or gave
            source = self._object_antecedent(poss, target.codes)
        if not support and not source:
            # "des discussions sont prévues dans le cadre de l'OSCE", "ont opposé X et Y"
            for c in anchor.children:
                if c.dep_.startswith("obl") or c.dep_ == "obj":
                    source = _merge_args(source, self._collect(c, subject=False))
        if support and target and source and target.codes == source.codes and etype in SYMMETRIC and (
                etype == "COOPERATE" or set(target.names) & set(source.names)):
            target = Args()  # two different actors of one state are judged with the verb's (a domestic meeting)
        if not target and etype in VERBAL and source and not inverse:
            # "des exigences parmi lesquelles figure l'arrêt de l'expansion de l'Otan" (not "a suscité la
            # colère de X et l'inquiétude de Y": the subject's actor is addressed, or no one)
            target = self._first_actor(list(noun.children), source)
        return source, target

    # ---- time and place ---------------------------------------------------------------------
    def _clause_heads(self, tok: Token) -> list[Token]:
        """The trigger, then each verb up its chain of heads to the sentence root."""
        chain = [tok]
        cur = tok
        for _ in range(12):
            if cur.head == cur:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT":
                chain.append(cur)
        return chain

    def _governed(self, table: dict[int, Any], heads: list[Token], prefer: Any = None) -> Any:
        """The first entry of ``table`` whose word depends on one of ``heads`` (nearest head first);
        among those of one head, the first that ``prefer`` accepts, if any."""
        for h in heads:
            found = [table[t.i] for t in self._under(h, table) if self._depends(t, h)]
            if found:
                return next((f for f in found if prefer(f)), found[0]) if prefer is not None else found[0]
        return None

    def _under(self, h: Token, indices: Any) -> list[Token]:
        """The tokens at ``indices`` that are ``h`` or below it, in text order."""
        return [t for i in sorted(indices) if (t := self.parse[i]).i == h.i or h.is_ancestor(t)]

    def _where(self, attr: int, words: Iterable[str]) -> list[int]:
        """Indices of the tokens whose lemma or lower-case form (``attr``) is one of ``words``, read from
        the parse's arrays without building a token for each word of the article."""
        keys = {get_string_id(v) for w in words for v in (w, w.capitalize())}
        return [i for i, key in enumerate(self.parse.to_array(attr).tolist()) if key in keys]

    @cached_property
    def _unit_words(self) -> list[int]:
        """Where the article says "pays", "province" or "capitale" (a nationwide event's cue, or the
        capital of the country last named)."""
        return self._where(LOWER, ("pays", "province", "capitale"))

    @cached_property
    def _region_words(self) -> list[int]:
        """Where the article says "région" or "zone"."""
        return self._where(LEMMA, _REGION_NOUNS)

    def _depends(self, t: Token, h: Token) -> bool:
        """Whether ``t`` is governed by ``h`` with no other verb between them."""
        cur = t
        while cur.i != h.i:
            cur = cur.head
            if cur.i != h.i and cur.pos_ in ("VERB",) and cur.dep_ != "amod":
                return False
            if cur.head == cur:
                break
        return True

    def date_of(self, heads: list[Token], background: bool) -> tuple[str | None, Precision | None]:
        heads = _same_layer(heads)
        self._last_background = False
        absolute = _absolute_participle(heads[0])
        if absolute:
            # "le gouvernement ayant démissionné, des consultations se tiendront lundi": an earlier act,
            # not dated by the day of the clause it explains
            heads = heads[:1]
        # a date first; else a clock time ("vendredi soir": "2020-06-26TEV") dates the event by its day
        # an act told done ("a démissionné", "ayant démissionné") is not dated by the later day of the
        # clause above it ("des consultations se tiendront lundi, le gouvernement ayant démissionné")
        done = heads[0].pos_ == "VERB" and any(
            c.dep_ == "aux:tense" and "Fut" not in c.morph.get("Tense") and "Cnd" not in c.morph.get("Mood")
            for c in heads[0].children)
        rel = heads[0] if heads[0].dep_ == "acl:relcl" else heads[1] if len(heads) > 1 and heads[1].dep_ == "acl:relcl" \
            and heads[0].head.i == heads[1].i else None
        if rel is not None and any(c.lower_ == "où" for c in rel.children) and (
                day := self.timex_at.get(rel.head.i)) is not None and day.kind == "DATE" \
                and _DATE_VALUE.match(day.value.split("T")[0]):
            # "par rapport au 19 mai, où 13.000 personnes avaient défilé": the day the relative is on
            self._last_dated = True
            return day.value.split("T")[0], day.precision
        for kind in ("DATE", "TIME"):
            tx = self._governed({i: t for i, t in self.timex_at.items()
                                 if t.kind == kind and _DATE_VALUE.match(t.value.split("T")[0])
                                 and not self._noun_since(i, heads) and not self._context_time(i, heads)
                                 and not (done and _after_day(t.value, self.pub_date)
                                          and not (heads[0].is_ancestor(self.parse[i])
                                                   and self._depends(self.parse[i], heads[0])))}, heads)
            if tx is not None:
                self._last_dated = True
                return tx.value.split("T")[0], tx.precision
        if not (heads[0].pos_ == "VERB" and "Pres" in heads[0].morph.get("Tense")
                and "Fin" in heads[0].morph.get("VerbForm")) and self._governed(self._eras, heads) is not None:
            # "incarcéré dans les années 1990": a decade or a century is no day of the story, and
            # coarser than any date an event takes (GUIDELINES.md): the event takes none. Not for a
            # verb in the present ("qui l'accuse de l'avoir violée dans les années 1990": today's)
            self._last_background = True
            return None, None
        scene = self._anterior_day(heads) or self._then_date(heads) or (
            self._earlier_scene(heads) if background else self._scene_date(heads[0]))
        self._last_dated = scene is not None
        if scene is not None:
            return scene.value.split("T")[0], scene.precision
        if absolute or background and self._told_before(heads):
            self._last_background = True
            return None, None  # a background event with no time expression takes no date
        # day's news with no time expression of its own: the publication date
        return self.pub_date, self.pub_precision

    def _noun_since(self, i: int, heads: list[Token]) -> bool:
        """Whether the time at word ``i`` is the start of a noun's state ("l'aéroport, hors-service depuis
        2014", "le président, au pouvoir depuis 1994"), not the time of the clause that names the noun."""
        t = self.parse[i]
        return t.dep_ == "nmod" and t.head.pos_ in ("NOUN", "ADJ") and t.head not in heads \
            and any(c.dep_ == "case" and c.lower_ == "depuis" for c in t.children)

    def _context_time(self, i: int, heads: list[Token]) -> bool:
        """Whether the calendar date at word ``i`` closes a phrase that only dates or explains the clause
        ("ont manifesté après la mort de George Floyd le 25 mai"), however the parser hangs it: the words
        before it, back to "après", "avant" or "depuis", hold no verb, trigger head or punctuation."""
        tx = self.timex_at[i]
        if not any(ch.isdigit() for ch in tx.span.text):
            return False  # "après une manifestation dans l'après-midi de lundi": the day of both, most likely
        k = i
        while k > 0 and self.timex_at.get(k - 1) is tx:
            k -= 1
        while k > 0 and self.parse[k - 1].pos_ == "DET":
            k -= 1
        if k > 0 and self.parse[k - 1].lower_ in CONTEXT_PREPOSITIONS:
            return False  # "après le 25 mai": the time is the phrase
        for t in reversed(self.parse[max(0, k - 10):k]):
            if t.is_punct or t.pos_ in ("VERB", "AUX") or t in heads:
                return False
            if t.pos_ == "ADP" and t.lower_ in CONTEXT_PREPOSITIONS and self.parse[t.i + 1].pos_ == "DET":
                # (not "depuis Paris": a place; nor when the phrase holds the event itself: "après la
                # décision en décembre 2017 de M. Trump de reconnaître Jérusalem")
                if any(t.i < h.i < k or t.head.is_ancestor(h) for h in heads):
                    return False
                # nor when the phrase names an act of the event's own kind, which began the state the event
                # is: "détenu depuis son arrestation en juillet 2018"
                named = {e.type for e in self.lex.lookup(t.head.lemma_.lower(), t.head.lower_)}
                return not named & {e.type for h in heads[:1] for e in self.lex.lookup(h.lemma_.lower(), h.lower_)}
        return False

    @cached_property
    def _eras(self) -> dict[int, Timex]:
        """The article's decades and centuries ("les années 1990"), by the index of their word."""
        return {i: t for i, t in self.timex_at.items() if t.kind == "DATE" and _ERA_VALUE.match(t.value)}

    def _told_before(self, heads: list[Token]) -> bool:
        """Whether a clause told in the plus-que-parfait, with no date of its own, tells an earlier past
        than the story's ("le gouvernement avait démissionné"): not when a verb of the story reports it
        ("a annoncé que les deux pays étaient tombés d'accord"), nor when a word ties it to the story's
        time ("avait annoncé plus tôt", "quelques heures auparavant")."""
        verb = next((h for h in heads if h.pos_ in ("VERB", "AUX") and is_pluperfect(h)), None)
        if verb is None or finite_of(verb).lemma_ == "être" and not self._perfect_with_etre(verb):
            return False  # "tout commentaire était bloqué": a state of the story's time, in the passive
        if heads[0].pos_ == "NOUN" and self.lex.is_a("calling", verb.lemma_):
            return False  # "le mouvement qui avait appelé à ce rassemblement": the rally is not the call
        top = verb
        while top.dep_ == "conj" and top.head != top:
            top = top.head
        if top.head.pos_ in ("VERB", "AUX") and not is_pluperfect(top.head) and (
                top.dep_ == "ccomp" or top.dep_ in ("advcl", "parataxis") and self.lex.is_a("reporting", top.head.lemma_)):
            return False
        return not any(
            t.i in self.timex_at and self.timex_at[t.i].kind in ("DATE", "TIME")
            or t.pos_ == "ADV" and t.lower_ in STORY_TIME_ADVERBS
            # (not "pendant des mois", a duration)
            or t.lower_ in DURING_WORDS and (t.head if t.dep_ == "case" else t).lemma_.lower() not in TIME_UNITS
            for t in verb.subtree if self._depends(t, verb))

    def _anterior_day(self, heads: list[Token]) -> Timex | None:
        """The day of the clause an "après avoir + participle" clause hangs on, when a day of the last week:
        what was done before it was done that day or shortly before ("a dû annoncer sa démission dans la
        nuit de mardi à mercredi, après avoir été arrêté" is Tuesday's arrest)."""
        verb = heads[0]
        if len(heads) < 2 or verb.pos_ != "VERB" or len(self.pub_date or "") < 10 \
                or not any(c.dep_ == "mark" and c.lower_ == "après" for c in verb.children) \
                or not any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm")
                           for c in verb.children):
            return None
        gov = heads[1]
        for t in self._under(gov, self.timex_at):
            tx = self.timex_at[t.i]
            if t.i == gov.i or verb.is_ancestor(t) or not _calendar(tx) \
                    or tx.precision != "day" or not _recent(tx.value[:10], self.pub_date):
                continue
            cur = t.head
            # the day of the governing clause, or of the infinitive it governs ("contraint d'annoncer mardi")
            while cur.i != gov.i and cur.head.i != cur.i \
                    and (cur.pos_ != "VERB" or cur.dep_ == "xcomp" and "Inf" in cur.morph.get("VerbForm")):
                cur = cur.head
            if cur.i == gov.i:
                return tx
        return None

    def _then_date(self, heads: list[Token]) -> Timex | None:
        """For a clause that "alors", "aussitôt", "immédiatement" or "dans la foulée" ties to what the
        previous sentence tells, with no time of its own: that sentence's time, the one nearest its main
        verb ("Il a fait un malaise jeudi. Son entourage a immédiatement dénoncé un empoisonnement")."""
        verb = next((h for h in heads if h.pos_ == "VERB"), None)
        sent = heads[0].sent
        if verb is None or sent.start == 0 or not any(
                c.dep_ == "advmod" and c.lower_ in THEN_ADVERBS
                # "dans la foulée", not "dans la foulée du désastre" (after another happening)
                or c.dep_.startswith("obl") and c.lower_ == "foulée" and not any(
                    k.dep_ == "nmod" for k in c.children) for c in verb.children) \
                or any(t.i in self.timex_at and self.timex_at[t.i].kind in ("DATE", "TIME") for t in sent):
            return None
        prev = self.parse[sent.start - 1].sent
        # not the time of a relative clause ("un Chinois qui est décédé mi-février"), nor a starting
        # point ("depuis 2010")
        times = [t for t in prev if _calendar(self.timex_at.get(t.i))
                 and not any(a.dep_ == "acl:relcl" for a in [t, *t.ancestors])
                 and not (t.i > 0 and self.parse[t.i - 1].lower_ == "depuis")]
        if not times:
            return None
        found = self.timex_at[min(reversed(times), key=lambda t: len(list(t.ancestors))).i]
        # "a fait un malaise la semaine dernière, jeudi": the day, within the vaguer time
        return next((tx for t in times if (tx := self.timex_at[t.i]).precision == "day"
                     and found.precision != "day" and _day_within(tx.value[:10], found.value.split("T")[0])),
                    found)

    def _earlier_scene(self, heads: list[Token]) -> Timex | None:
        """For a clause in the plus-que-parfait with no time of its own, the time that opens the
        previous sentence when that sentence is told in the plus-que-parfait too: "Lundi soir, le
        président avait annoncé l'envoi de soldats. Il avait aussi appelé les gouverneurs...". The
        story of the past goes on across one paragraph break (news copy often sets each sentence
        apart), not further."""
        verb = next((h for h in heads if h.pos_ in ("VERB", "AUX")
                     and "Fin" in finite_of(h).morph.get("VerbForm")), None)
        sent = heads[0].sent
        if verb is None or not is_pluperfect(verb) or sent.start == 0 \
                or any(t.i in self.timex_at for t in sent):
            return None
        prev = self.parse[sent.start - 1].sent
        if self.doc.text.count("\n", prev.start_char, sent.start_char) > 2:
            return None
        for t in prev[:3]:
            tx = self.timex_at.get(t.i)
            # the time may follow its preposition ("En mai 2013, il avait mobilisé...")
            if tx is None or not _calendar(tx) \
                    or any(k.pos_ not in ("ADP", "DET") for k in prev if k.idx < tx.span.start):
                continue
            cur = t.head
            while cur.pos_ != "VERB" and cur.head.i != cur.i:
                cur = cur.head
            return tx if cur.pos_ == "VERB" and is_pluperfect(cur) else None
        return None

    def _claimed_date(self, noun: Token, etype: str, heads: list[Token]) -> tuple[str | None, Precision | None]:
        """The day of an act a claim names: its own ("a revendiqué lundi l'attaque menée la veille"), else
        that of the last act of its type the article dated before ("Un kamikaze s'est fait exploser
        samedi. L'attaque a été revendiquée dimanche"), else that of the last dated mention of the same
        noun, else the claim's."""
        own = [noun] + [t for t in noun.subtree if t.dep_ in ("acl", "acl:relcl") and t.pos_ == "VERB"]
        date, precision = self.date_of(own, True)
        if self._last_dated:
            return date, precision
        before = next((e for e in reversed(self.coded) if e.type == etype and e.status == "asserted"
                       and id(e) in self.dated and e.date), None)
        if before is not None:
            self._last_dated = True
            return before.date, before.date_precision
        # "au lendemain de l'attentat perpétré mercredi [...] ont revendiqué l'attentat": the same act
        # named before, as context, with its day
        for t in reversed(self.parse[:noun.i]):
            if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN":
                date, precision = self.date_of(
                    [t] + [k for k in t.subtree if k.dep_ in ("acl", "acl:relcl") and k.pos_ == "VERB"], True)
                if self._last_dated:
                    return date, precision
        return self.date_of(heads, False)

    def _scene_date(self, tok: Token) -> Timex | None:
        """The time that opens the paragraph's previous sentence, for a sentence with none of its own:
        "Dimanche soir, le calme régnait. Un rassemblement s'est tenu" is Sunday's rally."""
        sent = tok.sent
        if sent.start == 0 or any(t.i in self.timex_at for t in sent):
            return None
        prev = self.parse[sent.start - 1].sent
        if "\n" in self.doc.text[prev.start_char:tok.idx]:
            return None
        for t in prev[:3]:
            tx = self.timex_at.get(t.i)
            if tx is not None and _calendar(tx) and tx.span.start <= prev.start_char + 1:
                return tx
        return self._closing_date(prev)

    def _closing_date(self, sent: Any) -> Timex | None:
        """The day of the clause that closes a sentence, which the next sentence goes on telling:
        "[...] Londres, où samedi une manifestation s'est terminée par des heurts. La police a chargé"."""
        verbs = [t for t in sent if t.pos_ == "VERB" and "Fin" in finite_of(t).morph.get("VerbForm")]
        if not verbs:
            return None
        last = verbs[-1]
        days = [t for t in sent if _calendar(self.timex_at.get(t.i))]
        if not days or days[-1].i > last.i:
            return None
        tx = self.timex_at[days[-1].i]
        return tx if tx.precision == "day" and last.i - days[-1].i <= 12 and last.dep_ != "ROOT" else None

    def _add_seats(self) -> None:
        """Seats of power the gazetteer does not know as places: "à la Maison Blanche" is Washington."""
        if not self.lex.seats:
            return
        pattern = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, self.lex.seats), key=len, reverse=True))
                             + r")(?!\w)")
        for m in pattern.finditer(self.doc.text):
            span = self.parse.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.root.i in self.place_at:
                continue
            city, country = self.lex.seats[m.group(1)]
            self.place_at[span.root.i] = Place(Span(m.start(), m.end(), m.group(1)), city, country, feature="city",
                                               reason="seat of power", stage=self.stage)

    def _located(self) -> dict[int, Place]:
        """Places named as locations ("à Genève", "en Tunisie"), not as actors ("Moscou a dit")."""
        located = {}
        for i, p in self.place_at.items():
            tok = self.parse[i]
            # "A Tripoli, ...": "à" written without its accent at the start of a sentence
            cases = {"à" if k.text == "A" else k.lower_ for k in tok.children if k.dep_ in ("case", "fixed")
                     or (k.text == "A" and k.i == i - 1)}  # "A Lyon, ..." that the parser read as a word
            if cases & _PARTY_CASES:
                continue  # "des discussions avec Moscou", "une plainte contre la France": a party
            if "à" in cases and not any(g.lower_ == "travers" for k in tok.children for g in (k, *k.children)) \
                    and p.feature == "country" and any(
                    k.dep_ == "det" and k.lower_ in ("la", "l'", "l’", "les") for k in tok.children):
                continue  # "à la Turquie" is a recipient ("à travers la Turquie" a place); a country as a location takes "en" or "au"
            if cases & {"à", "au", "aux", "en", "dans", "près", "depuis", "devant"}:
                located[i] = p
            elif tok.dep_ == "nmod" and not ((self.mention_at[i] is not None or p.country is None or p.feature == "country")
                                             and cases & {"de", "des", "du", "d'", "d’"}
                                             and not self.lex.is_a("local", tok.head.lemma_)):
                # "le Parlement de Strasbourg", "la police de Hong Kong"; not an owner or a topic: "le
                # ministre de l'Europe", "l'ambassade de Chine à Oulan-Bator", "l'agressivité de la Turquie";
                # a country or a continent after "de" is a place only after a local noun ("le sud de la
                # Syrie"), not in "le père de l'Europe", "l'histoire de la France"
                located[i] = p
        return located

    def _event_located(self) -> dict[int, Place]:
        """The located places that can be where an event of their clause happened: not where someone is
        sent, nor the place of a happening that only dates the clause."""
        out = {}
        for i, p in self.located.items():
            tok = self.parse[i]
            if tok.dep_.startswith("obl") and tok.head.lemma_.lower() in _SENDING_VERBS:
                continue  # "l'a invité en Serbie", "expulsé en Algérie": where someone is sent
            if self._in_context_phrase(tok):
                continue  # "après la mort de George Floyd à Minneapolis": that happening's place
            out[i] = p
        return out

    def _in_context_phrase(self, tok: Token) -> bool:
        """Whether a place hangs on a noun that only dates or explains the clause ("après les
        législatives en Irlande", "en raison des violences à Dijon"), with no verb between."""
        cur = tok
        for _ in range(8):
            if cur.head == cur or cur.head.pos_ in ("VERB", "AUX"):
                return False
            cur = cur.head
            if cur.pos_ in ("NOUN", "PROPN") and (self.lex.is_a("context", cur.lower_) or any(
                    c.dep_ in ("case", "fixed", "mark") and self.lex.is_a("context", c.lower_) for c in cur.children)):
                return True  # "au lendemain du vote à Dublin" too
        return False

    def place_of(self, heads: list[Token], sent: Any, date: str | None) -> Place | None:
        """The place the trigger's clause names, else, for the story's own days, the dateline or the
        lead's place (a place named in another clause of the sentence is that clause's)."""
        located = self.event_located
        trigger = heads[0]
        # "en Mongolie, des manifestants ont protesté à Oulan-Bator": the city is where it happened
        # the trigger's own clause first: "prévus à Lille et Lyon où la police a interpellé" is Lyon's
        found = self._governed(located, heads[:1], prefer=_is_city) or self._where_clause(heads[:1]) \
            or self._governed(located, heads[1:], prefer=_is_city) or self._where_clause(heads)
        if found is None or found.feature != "city":
            nested = self._nested_place(heads) or (self._town_of(found) if found is not None else None)
            if nested is not None and (found is None or nested.country == found.country):
                found = nested
        found = found or self._region_meant(heads) or self._own_place(heads)
        if found is not None:
            self._last_governed = True
            return self._spread(found)
        self._last_governed = False
        nationwide = self._nationwide(heads)
        if nationwide is not None:
            self._last_governed = True  # the clause says where: "en province" is not the capital's rally
            return replace(nationwide, reason=f"{_NATIONWIDE}; {nationwide.reason}")
        found = self._scene_place(trigger, date) or self._dateline_place(date)
        nationals = self._nationals(trigger) if _recent(date, self.pub_date) else None
        if nationals is not None and not (found is not None and found.dateline and found.country == nationals.country):
            return nationals  # "des milliers d'Américains sont descendus dans les rues": across the country
        return found

    def _nested_place(self, heads: list[Token]) -> Place | None:
        """The town that closes a locative phrase of the clause, whatever the parser hung it on: "réunis
        sur la place de l'Indépendance à Minsk", "devant le Parlement à Wellington" are in that town."""
        if not any(p.feature == "city" for p in self.event_located.values()):
            return None
        for h in heads:
            for t in h.subtree:
                if t.i == h.i or t.dep_ not in _PHRASE_DEPS or not self._depends(t, h) or not {
                        k.lower_ for k in t.children if k.dep_ in ("case", "fixed")} & _SCENE_CASES:
                    continue
                end = t.right_edge.idx + len(t.right_edge.text)
                for i, p in self.event_located.items():
                    if p.span.start >= end and _NESTED.fullmatch(self.doc.text, end, p.span.start) \
                            and p.feature == "city" and i > t.right_edge.i:
                        return p
        return None

    def _where_before(self, tok: Token) -> Place | None:
        """The place named right before the last "où" ahead of a word in its sentence, however the
        parser hung the relative ("à Copenhague et Londres où samedi une manifestation ..."), when it
        locates something (itself or a place listed with it after "à", "en", "dans")."""
        where = next((t for t in reversed(self.parse[tok.sent.start:tok.i]) if t.lower_ == "où"), None)
        if where is None or where.i == tok.sent.start:
            return None
        before = self.parse[where.i - 1]
        if before.is_punct and before.i > tok.sent.start:
            before = self.parse[before.i - 1]
        if not any(t.i in self.event_located for t in (before, *before.conjuncts)):
            return None  # "quitter la Belgique, où ...": a place the clause leaves, not one it is in
        return self.place_at.get(before.i)

    def _where_clause(self, heads: list[Token]) -> Place | None:
        """The place a relative clause in "où" hangs on: "à Vienne, où une manifestation a rassemblé
        50.000 personnes", "en France où des manifestations ont eu lieu"."""
        for h in heads:
            where = next((c for c in h.children if c.lower_ == "où"), None)
            if where is None and h.dep_ != "acl:relcl":
                continue
            if where is None:
                return None  # "la ville qui ...": no place meant
            before = self.parse[where.i - 1]
            if before.is_punct and before.i > 0:
                before = self.parse[before.i - 1]  # "à Vienne, où ...", however the parser hung the clause
            at = h.head if h.dep_ == "acl:relcl" else before
            if at.is_punct and at.i > 0:
                at = self.parse[at.i - 1]
            if before.i in self.place_at and (before.i == at.i or before in at.conjuncts or h.dep_ != "acl:relcl"):
                # "à Copenhague, Bruxelles et Londres où ...": the clause is about the name it follows
                return self.place_at[before.i]
            if at.i in self.event_located or any(t.i in self.event_located for t in at.conjuncts):
                return self.place_at.get(at.i)
            return None
        return None

    def _region_meant(self, heads: list[Token]) -> Place | None:
        """The region "dans la région", "dans la zone" stand for: the last one the article named in the
        sentences just before, under the fullest name it gave ("en Méditerranée orientale", then "en
        Méditerranée", then "des navires déployés dans la région")."""
        for h in heads:
            for t in self._under(h, self._region_words):
                if t.i == h.i or not self._depends(t, h) or any(
                        k.dep_ in ("nmod", "amod", "appos", "acl", "acl:relcl") for k in t.children):
                    continue  # "la région de Dijon", "la zone euro" name their own
                if not ({k.lower_ for k in t.children if k.dep_ == "det"} & {"la", "cette"}
                        and {k.lower_ for k in t.children if k.dep_ == "case"} & {"dans", "en", "vers"}):
                    continue
                sent = t.sent
                for _ in range(2):  # the sentence and the two before it
                    if sent.start > 0:
                        sent = self.parse[sent.start - 1].sent
                named = [p for p in self.doc.places if p.feature in ("region", "admin1") and p.span.end <= t.idx]
                if not named or named[-1].span.start < sent.start_char:
                    return None
                last = named[-1]
                fuller = [p for p in named if p.name.lower().startswith(last.name.lower() + " ")]
                return fuller[-1] if fuller else last
        return None

    def _own_place(self, heads: list[Token]) -> Place | None:
        """The place a possessive stands for: "dans sa ville", "dans son secteur" are the town or area
        the article tied a person to just before ("le maire de Boston", "un habitant du secteur de
        Hinggan")."""
        for h in heads:
            for t in self._under(h, self._own_words):
                if t.i == h.i or not self._depends(t, h) or not self._in_locative(t, h) or any(
                        k.dep_ in ("nmod", "appos", "acl", "acl:relcl", "amod") for k in t.children):
                    continue  # "dans sa ville natale", "dans sa ville de Liévin"
                sent = t.sent
                for _ in range(3):  # the sentence and the three before it
                    if sent.start > 0:
                        sent = self.parse[sent.start - 1].sent
                tied = [p for i, p in self.place_at.items() if sent.start <= i < t.i and p.feature != "country"
                        and self.parse[i].dep_ == "nmod" and self.parse[i].head.pos_ == "NOUN"
                        and {k.lower_ for k in self.parse[i].children if k.dep_ == "case"} & {"de", "du", "d'", "d’"}]
                return max(tied, key=lambda p: p.span.start) if tied else None
        return None

    @cached_property
    def _own_words(self) -> list[int]:
        """Where the article says "sa ville", "son secteur": a unit word with a possessive."""
        return [i for i in self._where(LEMMA, _OWN_UNITS) if any(
            k.dep_ == "det" and k.lower_ in ("son", "sa") for k in self.parse[i].children)]

    def _town_of(self, unit: Place) -> Place | None:
        """The town a country or region locates: "à Kaboul, en Afghanistan", "à Tataouine (Tunisie)"."""
        return next((p for p in self.event_located.values() if p.feature == "city" and p.country == unit.country
                     and p.span.end <= unit.span.start
                     and _UNIT_AFTER.fullmatch(self.doc.text, p.span.end, unit.span.start)), None)

    def _scene_place(self, tok: Token, date: str | None) -> Place | None:
        """For a sentence with no place of its own, the last place the previous sentence of its paragraph
        names: "... à Londres, où la manifestation a dégénéré. La police a chargé" is London's police."""
        sent = tok.sent
        if not _recent(date, self.pub_date) or sent.start == 0 or any(
                t.i in self.located for t in sent):
            return None
        if not {e.type for e in self.lex.lookup(tok.lemma_, tok.lower_)} & _ON_THE_SPOT:
            return None  # statements and agreements are made where their speakers are, not at the scene
        prev = self.parse[sent.start - 1].sent
        if "\n" in self.doc.text[prev.start_char:sent.start_char]:
            return None
        at = {i for i in self.event_located if prev.start <= i < prev.end}
        # "à Copenhague, Bruxelles et Londres": the names listed after the located one are located too
        at |= {t.i for i in at for t in self.parse[i].conjuncts if t.i in self.place_at}
        found = [self.place_at[i] for i in sorted(at) if self.place_at[i].country]
        # the most precise: "à Glasgow, en Ecosse" is Glasgow
        return next((p for p in reversed(found) if p.feature == "city"), found[-1] if found else None)

    def _nationwide(self, heads: list[Token]) -> Place | None:
        """The country an event spreads over when its clause says "dans tout le pays", "dans le nord du
        pays", "à travers le pays", "en province" or "dans les rues de la capitale": the last country named
        before it."""
        for h in heads:
            for t in self._under(h, self._unit_words):
                if not self._depends(t, h) or t.i == h.i:
                    continue
                dets = {k.lower_ for k in t.children if k.dep_ == "det"}
                cases = {k.lower_ for k in t.children if k.dep_ in ("case", "fixed")}
                if t.lower_ == "province":
                    if cases != {"en"} or any(k.dep_ == "nmod" for k in t.children):
                        continue  # "la province de Hubei" is a named one
                elif not ((dets & {"le", "l'", "l’"} or "du" in cases
                           or t.lower_ == "capitale" and dets & {"la"} and not any(
                               k.dep_ in ("amod", "nmod") for k in t.children)) and not cases & _PARTY_CASES):
                    continue  # "leur pays", "un pays", "avec le pays"; "la capitale" alone, not "la capitale française"
                if not self._in_locative(t, h):
                    continue
                named = [(p.span.start, p.country) for p in self.doc.places if p.country] + [
                    (m.span.start, m.actor.code) for m in self.doc.mentions
                    if m.explicit and m.actor.kind == "state" and m.actor.code]
                before = [c for start, c in sorted(named) if start < t.idx]
                return self._country_place(before[-1]) if before else None
        return None

    def _country_place(self, code: str | None) -> Place | None:
        """A place for a whole country the article names, as a place or as its people ("Algériens")."""
        if not code:
            return None
        found = next((p for p in self.doc.places if p.feature == "country" and p.country == code), None)
        if found is not None:
            return found
        m = next((m for m in self.doc.mentions if m.explicit and m.actor.kind == "state" and m.actor.code == code
                  and m.actor.name and m.actor.name != m.span.text), None)
        if m is None or any(p.span.start == m.span.start for p in self.doc.places):
            return None  # "Moscou a dit": a city standing for its state
        return Place(m.span, m.actor.name, code, feature="country", reason=f"the country of {m.span.text}",
                     stage=self.stage)

    def _in_locative(self, tok: Token, head: Token) -> bool:
        """Whether a word, or a local noun it hangs on below ``head`` ("dans les villes du pays"), takes a
        locative preposition, outside the clause's subject or object ("l'ambassadeur dans le pays")."""
        def local(t: Token) -> bool:
            return self.lex.is_a("local", t.lemma_) or t.lemma_.lower() in _PARTS_OF_A_WHOLE

        if tok.head.i != head.i and not local(tok.head):
            return False  # "l'ambassadeur dans le pays", "au nom de la population du pays"
        path, cur = [], tok
        while cur.i != head.i and cur.head != cur:
            path.append(cur)
            cur = cur.head
        if any(t.dep_ in ("nsubj", "nsubj:pass", "obj", "conj", "appos") for t in path):
            return False
        return any((t == tok or local(t)) and {
            k.lower_ for k in t.children if k.dep_ in ("case", "fixed")} & _LOCATIVE_CASES for t in path)

    def _nationals(self, verb: Token) -> Place | None:
        """The country whose nationals, as a crowd, do what the verb says ("des milliers d'Américains
        ont manifesté", "des Algériens sont descendus dans la rue"), when the article names it."""
        subj, _ = self.subject_of(verb)
        # the subject; the object only after a causative "faire" ("a fait descendre des milliers d'Américains")
        causative = any(c.lemma_ == "faire" for c in verb.children if c.dep_ in ("aux", "aux:caus", "iobj"))
        words = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") or (causative and c.dep_ == "obj")]
        if subj is not None:
            words.append(subj)
        for _ in range(2):  # "des dizaines de milliers d'Américains"
            words += [k for w in words for k in w.children if k.dep_ == "nmod" and k not in words]
        for w in words:
            m = self.mention_at[w.i]
            if m is None or not m.explicit or m.actor.kind != "state" or w.i in self.place_at \
                    or not w.text[:1].isupper() or not w.lower_.endswith(("s", "x")):
                continue
            if not (w.head.lemma_.lower() in _CROWD_SIZES or any(k.dep_ == "det" and k.lower_ == "des" for k in w.children)):
                continue  # "des milliers d'Américains", "des Algériens"; not "les Américains ont dit"
            return self._country_place(m.actor.code or m.actor.country)
        return None

    def _spread(self, place: Place) -> Place:
        """For cities named together ("à Beyrouth et Tripoli"), the country the article names that
        holds them all; else the first city."""
        at = next((i for i, p in self.located.items() if p is place), None)
        if at is None or place.feature != "city" or not place.country:
            return place
        tok = self.parse[at]
        others = [p for t in tok.conjuncts if (p := self.place_at.get(t.i)) is not None and p.name != place.name]
        if not others or any(p.country != place.country for p in others):
            return place
        return next((p for _, p in sorted(self.place_at.items())
                     if p.feature == "country" and p.country == place.country), place)

    # ---- triggers -----------------------------------------------------------------------------
    def _choose(self, tok: Token) -> Trigger | None:
        entries = self.lex.lookup(tok.lemma_, tok.lower_)
        # "Washington a gelé les avoirs": a participle with "avoir" the tagger took for an adjective
        # (or "s'est insurgé contre X": a reflexive one with "être")
        tense_aux = [c for c in tok.children if c.dep_ == "aux:tense"]
        verbal = tok.pos_ == "VERB" or tok.pos_ == "ADJ" and bool(tense_aux) and (
            any(c.lemma_ == "avoir" for c in tense_aux) or any(_se_clitic(c) for c in tok.children))
        if not entries and tok.pos_ == "ADJ" and _detached_present(tok) \
                and any(c.dep_ in ("xcomp", "ccomp", "obj") for c in tok.children):
            # ", menaçant de déployer l'armée": a present participle the tagger took for an adjective
            entries = next((found for f in _infinitives(tok.lower_)
                            if (found := tuple(e for e in self.lex.lookup(f) if e.pos == "VERB"))), ())
            verbal = bool(entries)
        # "l'UE s'y oppose et demande au gouvernement de": a verb coordinated with another, with no
        # determiner, that the tagger took for the noun it spells
        noun_verb = tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i < tok.i \
            and any(c.dep_ == "cc" for c in tok.children) \
            and not any(c.dep_ in ("det", "case", "nummod", "amod") for c in tok.children) \
            or verb_as_noun(tok)  # "l'UE menace de sanctionner Minsk": a noun with a subject is a verb
        verbal = verbal or noun_verb
        if verbal and not any(e.pos == "VERB" for e in entries) and tok.lemma_.lower() not in ("être", "avoir"):
            # a first-group verb the lemmatiser left as it is ("réclame", "dénoncent"), or took for the
            # noun it spells ("la France aide le Liban"); not a form of "être" ("nous sommes" is no "sommer")
            entries = tuple(e for e in self.lex.lookup(*_first_group(tok.lower_)) if e.pos == "VERB") or entries
        if (not entries or all(e.constraint == "reflexive" for e in entries) and not _reflexive(tok)) \
                and tok.pos_ == "VERB" and self.lex.is_a("protest-move", tok.lemma_) \
                and "Inf" not in tok.morph.get("VerbForm") and self._protesters(tok):
            return Trigger(tok.lemma_.lower(), "VERB", "PROTEST", "demo")  # "des manifestants ont rallié la place"
        if tok.pos_ == "VERB" and self.lex.is_a("asserting", tok.lemma_) and self._claims_crime(tok):
            # "ses proches assurent qu'il a été victime d'un empoisonnement": a crime alleged (PLOVER ACCUSE
            # allege), like "dénoncer un empoisonnement"
            return Trigger(tok.lemma_.lower(), "VERB", "ACCUSE", "allege")
        if not entries:
            return None
        # lemmas of the children and grandchildren: a set phrase's other word, a trigger's cue
        around = {c.lemma_.lower() for c in tok.children} | {g.lemma_.lower() for c in tok.children for g in c.children}
        # (for set phrases, their forms too: the lemmatiser reads "sous" as "sou")
        forms = {c.lower_ for c in tok.children} | {g.lower_ for c in tok.children for g in c.children}
        # (and the words right after it, which the parser may hang elsewhere: "balayer devant sa porte")
        after = {t.lemma_.lower() for t in tok.doc[tok.i + 1:tok.i + 4]}
        if any(self.lex.is_a("idiom", f"{lemma} {w}") for lemma in {tok.lemma_.lower(), entries[0].lemma}
               for w in around | forms | after | {tok.head.lemma_.lower()}):
            return None  # a set phrase: "tirer les leçons", "à bâtons rompus", "accuser une baisse"
        if tok.pos_ == "NOUN" and any(self.lex.is_a("not-event", c.lemma_) for c in tok.children if c.dep_ == "nmod"):
            return None  # "une conférence de presse", "un point de presse"
        if "Imp" in tok.morph.get("Mood") or "2" in tok.morph.get("Person"):
            return None  # "Retrouvez ...", "vous discutez": addressed to the reader
        if tok.pos_ == "VERB" and self._reports_speech(tok):
            return None  # '"...", poursuit le ministre', "on lui demandait s'il viendrait"
        pos = "VERB" if noun_verb else tok.pos_
        participle = "Part" in tok.morph.get("VerbForm") or (pos == "ADJ" and verbal)
        near = around | {c.lower_ for c in tok.children}
        # "appeler X au dialogue": the complement the parser hung on the object
        near |= {k.lower_ for c in tok.children if c.dep_ == "obj" for g in c.children if g.dep_ == "nmod"
                 for k in g.children if k.dep_ == "case"}
        # "appeler les autorités à cesser": the infinitive the parser hung on the object
        near |= {k.lower_ for c in tok.children if c.dep_ == "obj" for g in c.children
                 if g.dep_ == "acl" and "Inf" in g.morph.get("VerbForm") for k in g.children if k.dep_ == "mark"}
        # "appeler Ankara à la retenue": the complement hung on a name the tagger took for an adverb
        near |= {k.lower_ for c in tok.children if self._name_as_adverb(c)
                 for g in c.children for k in g.children if k.dep_ in ("case", "mark")}
        if near & {"au", "aux"}:
            near.add("à")  # "appeler X au dialogue"
        if pos == "NOUN" and tok.i + 1 < len(tok.doc) and tok.nbor(1).head.i == tok.head.i and tok.dep_ == tok.nbor(1).dep_:
            near.add(tok.nbor(1).lower_)  # "faire marche arrière" parsed as two objects of the verb
        # a verb left with no object by the parser ("ont envoyé au Brésil deux millions de doses, a annoncé
        # X": the object taken for the subject of the incise): the words that follow it, up to a comma
        following = _following_phrase(tok) if pos == "VERB" and not any(
            c.dep_ in ("obj", "ccomp", "xcomp") for c in tok.children) else set()
        fits = []
        for e in entries:
            # a form the lexicon lists on purpose ("dément", "nie") is the verb even when tagged as an
            # adjective or adverb
            if e.pos == "VERB" and not (pos == "VERB" or (pos == "ADJ" and participle)) and not (
                    pos in ("ADV", "ADJ", "PROPN", "NOUN") and tok.lower_ in self.lex.triggers
                    and e.lemma != tok.lower_):
                continue
            if e.pos == "NOUN" and pos not in ("NOUN",):
                continue
            if e.pos == "ADJ" and pos not in ("ADJ", "VERB") or (e.pos == "ADJ" and pos == "VERB" and not participle):
                continue  # "prête à négocier", not "on leur prête des vertus"
            if e.cue and e.cue not in near and not (e.type in MATERIAL and e.cue in following):
                continue
            if e.cue == "à" and not any(t.i > tok.i and t.lower_ in ("à", "au", "aux") and not (
                    t.dep_ == "mark" and t.head.dep_ == "conj" and t.head.head == tok) for t in tok.subtree):
                # "appeler à", "assurer à X": not "À la fin du mandat, elle m'a appelée", nor the mark of a
                # verb coordinated with it ("continue à encourager et à recommander le télétravail")
                continue
            if e.constraint == "reflexive" and not any(c.lower_ in ("se", "s'", "s’", "nous", "vous")
                                                         and c.dep_.startswith("expl") or _se_clitic(c)
                                                         for c in tok.children):
                continue
            if e.constraint == "declared" and self._declarer(tok) is None:
                continue  # "les habitants sont inquiets": a mood described, not a concern voiced
            if e.constraint == "no-ccomp" and (any(c.dep_ == "ccomp" or (c.dep_ == "mark" and c.lower_ in ("que", "qu'"))
                                                   for c in tok.children) or _que_after(tok)):
                continue
            if e.type == "ASSAULT" and e.pos == "VERB" and self.lex.is_a("targeted", e.lemma) \
                    and not self._strike_aimed(tok):
                continue  # "le ministre a visé son rival", "visé par une enquête": aim that is no attack
            if e.type == "PROTEST" and e.lemma == "mobiliser" and not self._mobilises_people(tok):
                continue  # "des sources de financement à mobiliser": means, not people
            if e.constraint == "no-ccomp" and (any(c.dep_ == "xcomp" and c.i > tok.i and (
                    "Inf" in c.morph.get("VerbForm")
                    or any(a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in c.children))
                    for c in tok.children) or any(
                    # (also the perfect infinitive the parser took for a clause of its own or hung on a
                    # phrase between: "a reconnu sur le site du journal avoir remanié le texte")
                    t.i > tok.i and t.lemma_ in ("avoir", "être") and "Inf" in t.morph.get("VerbForm")
                    and t.dep_ in ("acl", "xcomp", "advcl") and self._depends(t, tok) for t in tok.subtree)):
                continue  # "reconnaît avoir envoyé", "soutient avoir agi": an admission or a claim
            if e.constraint == "no-ccomp" and (_incise(tok) or self._reporting_incise(tok)
                                               or self._unquoted_incise(tok)):
                continue  # '"...", soutient X dans un communiqué': a claim reported, not support given
            if self.lex.is_a("not-reflexive", e.lemma) and (
                    any(_se_clitic(c) for c in tok.children) or _reflexive(tok) or _own_clitic(tok)):
                continue  # "s'acquitter d'une dette" is to pay it; "je m'appuie sur"
            if e.mode == "seize" and self.lex.is_a("takes-ground", e.lemma) and self._ground_taken(tok, e) is None:
                continue  # "reprendre leurs discussions", "s'emparer du dossier": no ground taken
            fits.append(e)
        if not fits:
            return None
        fits.sort(key=lambda e: e.cue is None)
        return fits[0]

    def _topic_over_frame(self, anchor: Token, noun: Token | None, etype: str, source: Args, target: Args) -> Args:
        """A statement made during a conversation is about the actor its own complements name, not the
        partner of the frame ("au cours d'un entretien avec le Premier ministre grec, X a fait part de sa
        préoccupation au sujet des décisions de la Turquie": Turkey); with no such actor, the partner (a
        demand is made to the partner, whatever it is about)."""
        if etype not in STATEMENTS or etype == "REQUEST" or not target:
            return target
        phrases = [c for c in anchor.children if (c.dep_.startswith("obl") or c.dep_ == "obj")
                   and (noun is None or c.i != noun.i)]
        frames = [c for c in phrases if c.dep_.startswith("obl") and c.lemma_.lower() in FRAME_HEADS]
        if not frames or not any(self.actors_at(t.i, source.codes) for f in frames for t in f.subtree):
            return target
        return self._first_actor([c for c in phrases if c not in frames], source) or target

    def _first_actor(self, phrases: list[Token], source: Args) -> Args:
        """The first actor other than the source named in any of ``phrases`` (with what they govern)."""
        for t in sorted((t for p in phrases for t in p.subtree), key=lambda t: t.i):
            if found := self.actors_at(t.i, source.codes):
                return found.inferred()
        return Args()

    def _declarer(self, tok: Token) -> Token | None:
        """The subject who declares himself in the state an adjective or participle names ("Berlin se dit
        inquiet", "s'est montré préoccupé", "se disant préoccupée"), when a state, an organisation or
        someone with a public role: a stance voiced (not "leur mère se disait inquiète", a mood)."""
        head = tok.head
        if head == tok or tok.dep_ not in ("xcomp", "advcl", "acl", "ccomp") \
                or not self.lex.is_a("self-declaring", head.lemma_) \
                or not (_reflexive(head) or any(_se_clitic(c) for c in head.children)):
            return None
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        return subj if subj is not None and self._public(subj) else None

    def _public(self, tok: Token) -> bool:
        """Whether a word names a public actor: a state, an organisation, or someone with a public role."""
        return any(m.actor.kind != "person" or m.actor.sector or m.actor.role for m in self.mentions_at[tok.i])

    def _noun_anchor(self, noun: Token) -> tuple[Token | None, bool]:
        """The verb that makes a nominal trigger an event: (verb, True) support, (verb, False) occurrence."""
        head = noun.head
        if any(c.dep_ == "cop" for c in noun.children) and any(
                c.dep_ == "nsubj" and not (c.pos_ == "PRON" and c.lower_ in ("c'", "c’", "ce", "cela", "ça"))
                for c in noun.children) \
                and any(c.dep_ == "case" and c.lower_ == "en" for c in noun.children):
            # "les chauffeurs sont en grève": the noun is the predicate ("c'est en discussion" says a
            # matter is being discussed, by no one named)
            return noun, True
        # "la réunion, qui s'est tenue mardi à Minsk": the relative says it took place (the parser may hang
        # the relative on the noun's complement: "le sommet entre X et Y, qui s'est tenu mardi")
        near = [*noun.children, *(g for c in noun.children if c.dep_ in ("nmod", "conj") for k in _with_conjuncts(c)
                                  for g in k.children)]
        held = next((c for c in near if c.dep_ == "acl:relcl" and self.lex.is_a("held", c.lemma_)
                     and any(k.dep_ in ("nsubj", "nsubj:pass") and k.lower_ == "qui" for k in c.children)
                     and (any(k.lemma_.lower() == "lieu" for k in c.children) if c.lemma_.lower() == "avoir"
                          else _reflexive(c))), None)
        if held is not None and not (self.lex.is_a("interview", noun.lemma_) and (self._given_to(noun) or any(
                self.lex.is_a("media", t.lemma_, t.lower_) for t in noun.subtree))):
            return held, False  # (not "dans un entretien à Radio J qui s'est tenu dans l'avion": an interview)
        if head == noun:
            return None, False
        if any(c.dep_ in ("case", "fixed", "mark") and self.lex.is_a("context", c.lower_) for c in noun.children):
            return None, False  # "après des exercices militaires": a time marker, not an event
        if noun.dep_ == "nmod" and self.lex.is_a("measure", head.lemma_) and head.head != head \
                and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in noun.children):
            return self._noun_anchor(head)  # "a adopté un nouveau train de sanctions"
        if noun.dep_ == "nmod" and head.i in self.place_at and head.head != head and head.head.pos_ == "VERB" \
                and any(k.dep_ == "case" and k.lower_ in ("de", "des", "d'", "d’") for k in noun.children) \
                and (frame := next((c for c in head.head.children if c.dep_ == "obj" and c.i < head.i
                                    and self.lex.is_a("measure", c.lemma_)), None)) is not None:
            # "a annoncé la reprise à Genève des négociations": the parser hung the talks on the place
            # that stands between them and the noun that frames them
            return self._noun_anchor(frame)
        if noun.dep_ == "conj" and head.pos_ == "NOUN" and head.dep_ in ("obj", "obl:arg", "nsubj:pass") \
                and not any(c.dep_ in ("case", "fixed") for c in noun.children):
            anchor, support = self._noun_anchor(head)
            if anchor is not None and support:
                return anchor, support  # "a annoncé une réouverture des mosquées et une levée du couvre-feu"
        if noun.dep_ == "conj" and head.pos_ == "VERB" and self.lex.is_a("support", head.lemma_) \
                and any(c.dep_ == "obj" and c.i < noun.i for c in head.children) \
                and not any(c.dep_ in ("case", "fixed", "nsubj", "cop") for c in noun.children):
            return head, True  # the second object the parser coordinated with the verb
        planned = next((c for c in noun.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in PLANNED_ADJ
                        and c.lemma_.lower() not in ("futur", "prochain")), None)
        if planned is not None and any(self.lex.is_a("planned", planned.lemma_) or c.dep_ == "nmod"
                                       for c in noun.children):
            return planned, False  # "un tête-à-tête prévu entre X et Y": a meeting announced
        if self.lex.is_a("calling", head.lemma_) and not any(
                e.type == "PROTEST" for e in self.lex.lookup(noun.lemma_, noun.lower_)):
            return None, False  # "appeler à des sanctions" asks for them; "appeler à une grève" organises it
        if noun.dep_ in ("obl", "obl:mod", "obl:arg") and self._trip(head) \
                and any(c.dep_ == "case" and c.lower_ == "pour" for c in noun.children) \
                and any(e.pos == "NOUN" and e.type == "CONSULT" for e in self.lex.lookup(noun.lemma_, noun.lower_)):
            return head, True  # "est arrivé à Abidjan pour une visite de deux jours": the trip makes the meeting
        lemma = head.lemma_
        if left_as_is(head) and (infinitive := _first_group(head.lower_)):
            lemma = infinitive[0]  # "le gouvernement présente ses excuses": a verb the lemmatiser left as it is
        if noun.dep_ in ("obl:arg", "obl", "obl:mod") and any(
                c.dep_ == "obj" and c.i < noun.i and any(e.pos == "NOUN" and e.type in ("REJECT", "ACCUSE", "REQUEST")
                                                         for e in self.lex.lookup(c.lemma_, c.lower_))
                for c in head.children):
            # "affichant son opposition au déploiement": what the object opposes or asks for, hung on the
            # verb, is no act told (unlike "a donné son accord à des sanctions")
            return None, False
        if noun.dep_ == "obj" and self.lex.is_a("welcome", lemma) and any(
                e.type in STATEMENTS for e in self.lex.lookup(noun.lemma_, noun.lower_)):
            # "a accueilli avec scepticisme les accusations de Berlin": what is received is another's
            # statement (not "Buenos Aires a accueilli le sommet de l'OMC")
            return None, False
        if (noun.dep_ in ("obj", "obl:arg", "obl", "obl:mod", "iobj")
                # "a accueilli avec scepticisme": the complement the parser took for a predicate
                or noun.dep_ == "xcomp" and any(c.dep_ == "case" and c.lower_ == "avec" for c in noun.children)) and (
                self.lex.is_a("support", lemma) or self.lex.is_a("support-inverse", lemma)
                or self.lex.is_a("provoke", lemma)) \
                and not any(c.dep_ == "case" and c.lower_ == "pour" for c in noun.children):
            return head, True  # not a purpose: "un poison utilisé pour l'attaque contre X"
        if noun.dep_ in ("nmod", "obj", "appos") and head.i in self.timex_at \
                and head.dep_ in ("obj", "obl", "obl:mod", "obl:arg") \
                and self.lex.is_a("support", head.head.lemma_) \
                and all(c.lower_ in ("des", "du", "de") for c in noun.children if c.dep_ == "case"):
            # "ont engagé mercredi des discussions", "a réalisé dimanche un essai": the day parsed as the
            # object or as a verb, the noun as its complement or object
            return head.head, True
        if noun.dep_ == "nsubj:pass" and self.lex.is_a("support", head.lemma_):
            return head, True  # "l'état d'urgence a été décrété", "des sanctions ont été imposées"
        if noun.dep_ in ("obl:agent", "obl", "obl:mod", "obl:arg") and self.lex.is_a("targeted", head.lemma_) \
                and any(c.dep_ == "case" and c.lower_ == "par" for c in noun.children) \
                and any(c.dep_ == "aux:pass" for c in head.children) and head.dep_ != "acl:relcl" \
                and not any("Rel" in t.morph.get("PronType") for t in head.subtree if t.i < head.i):
            # (not "dont le camp est visé par des enquêtes": what the one named is known for)
            return head, True  # "il est visé par une enquête": the passive subject undergoes the noun's act
        if noun.dep_ in ("obl", "obl:arg", "obl:mod") and self.lex.is_a("support-by", head.lemma_) \
                and any(c.dep_ == "case" and c.lower_ in ("par", "avec") for c in noun.children):
            return head, True  # "a répliqué par des frappes": the means of the answer is the act
        if noun.dep_ in ("obl", "obl:arg", "obl:mod") and head.pos_ == "VERB" \
                and any(c.dep_ == "case" and c.lower_ == "avec" for c in noun.children) \
                and any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in noun.children) \
                and any(c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ == "contre" for k in c.children)
                        for c in noun.children) \
                and any(e.pos == "NOUN" and e.type in STATEMENTS for e in self.lex.lookup(noun.lemma_, noun.lower_)):
            # "est sorti de sa réserve avec un réquisitoire contre le président": the words against
            # someone that the subject came out with
            return head, True
        if noun.dep_ == "nmod" and self.lex.is_a("support-inverse", head.lemma_) and head.pos_ == "NOUN" \
                and any(c.dep_ == "cop" for c in head.children) and any(c.dep_ == "nsubj" for c in head.children) \
                and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in noun.children):
            return head, True  # "la Cour est la cible de critiques de X": the predicate noun bears the event
        if noun.dep_ == "nmod" and self.lex.is_a("support", head.lemma_) and head.pos_ == "NOUN":
            # "faire usage de matraques": the support noun hangs on a verb (also one tagged as a noun that
            # has its auxiliary: 'a fait "part de sa préoccupation"', the quotation mark misleading the tagger)
            verbal = head.head.pos_ == "VERB" or head.head.pos_ == "NOUN" and any(
                c.dep_ == "aux:tense" and c.i < head.head.i for c in head.head.children)
            return (head.head, True) if verbal else (None, False)
        if noun.dep_ in ("nsubj", "nsubj:pass") and self.lex.is_a("occurrence", head.lemma_) and not (
                head.lemma_ == "faire" and any(c.dep_ == "obj" and c.lower_ in ("une", "manchette", "titres")
                                               for c in head.children)):
            return head, False  # (not "les menaces font la Une": news, no threat made)
        if (verb := self._unparsed_subject_of(noun)) is not None:
            return verb, False
        if noun.dep_ == "obj" and head.lemma_ in ("savoir", "connaître") and (faire := next(
                (c for c in head.children if c.lemma_ == "faire" and c.dep_ in ("dep", "aux:caus", "aux")), None)):
            # "a fait savoir son opposition à X", "fait connaître son refus": a stance made known (the
            # subject hangs on either verb)
            return (faire if any(c.dep_ == "nsubj" for c in faire.children) else head), True
        if noun.dep_ == "obj" and head.lemma_ == "connaître":
            return head, False
        return None, False

    def _unparsed_subject_of(self, noun: Token) -> Token | None:
        """The occurrence verb right after a noun phrase with no preposition, when the parser gave the
        verb no subject and hung the noun elsewhere ("Londres où samedi une manifestation de milliers
        de personnes s'est terminée par des échauffourées")."""
        if noun.dep_ not in ("obl", "obl:mod", "nmod", "appos", "dep") \
                or any(c.dep_ in ("case", "mark") for c in noun.children):
            return None
        k = noun.right_edge.i + 1
        while k < noun.sent.end and (self.parse[k].dep_ in ("expl:pass", "expl:comp", "aux:tense", "aux:pass")
                                     or self.parse[k].lower_ in ("ne", "n'", "n’")):
            k += 1
        verb = self.parse[k] if k < noun.sent.end else None
        if verb is None or verb.pos_ != "VERB" or not self.lex.is_a("occurrence", verb.lemma_) \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            return None
        return verb

    # ---- meetings named in a frame, evaluations ----------------------------------------------
    def _frame_anchor(self, noun: Token) -> Token | None:
        """The verb a meeting noun frames ("lors de sa visite, X a demandé", "en visite au Vatican,
        X arrivera", "dans un entretien téléphonique avec Y, X a qualifié"): the meeting took place."""
        if noun.dep_ == "nmod" and self.lex.is_a("measure", noun.head.lemma_) and noun.head.head != noun.head \
                and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in noun.children):
            noun = noun.head  # "à l'issue de deux jours de discussions": the frame is on the measure
        head, cases = noun.head, {k.lower_ for k in noun.children if k.dep_ in ("case", "fixed")}
        if head == noun or any(self.lex.is_a("context", c) for c in cases):
            return None
        if head.lemma_.lower() in FRAME_HEADS and noun.dep_ in ("nmod", "obl:arg", "obl", "obl:mod"):
            cases, noun = {head.lower_}, head  # "à l'issue de", "lors de", "au cours de"
            head = noun.head
            if head == noun:
                return None
        if cases & FRAME_CASES and noun.dep_ == "nmod" and head.dep_ in ("nsubj", "nsubj:pass") \
                and noun.left_edge.i > 0 and self.parse[noun.left_edge.i - 1].text == "," \
                and head.head.pos_ in ("VERB", "AUX"):
            return head.head  # "le ministre, en visite à Kiev, a promis": the frame set apart on the subject
        if not (cases & FRAME_CASES) or noun.dep_ not in ("obl", "obl:mod", "obl:arg", "advmod"):
            return None
        return head if head.pos_ in ("VERB", "AUX") else None

    def _framed_meeting(self, noun: Token, entry: Trigger, verb: Token, sent: Any) -> list[Event]:
        """A meeting named in a frame: the framed clause's subject met the noun's partner or host."""
        if is_negated(noun) or any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in PLANNED_ADJ
                                   for c in noun.children):
            return []
        subj, passive = self.subject_of(verb)
        source = self.resolve(subj) if subj is not None and not passive else Args()
        who = subj
        if subj is None and any(self.lex.is_a("reporting", f) for f in (verb.lemma_, *_first_group(verb.lower_))):
            # '"...", indique l'Elysée à l'issue d'un entretien': the inverted subject parsed as an object
            who = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
            source = self.resolve(who) if who is not None else Args()
        target = Args()
        mode = entry.mode
        partners = list(noun.children)
        if noun.dep_ == "nmod" and noun.head.lemma_.lower() in FRAME_HEADS:
            # "à l'issue d'un entretien avec X": the partner the parser hung on "issue"
            partners += [c for c in noun.head.children if c.dep_ == "nmod" and c.i > noun.i]
        for c in partners:
            cases = {k.lower_ for k in c.children if k.dep_ in ("case", "fixed")}
            if c.dep_ == "amod" and c.lemma_.lower() == "téléphonique":
                mode = "phone"
            if c.dep_ == "nmod" and cases & {"avec", "à", "au", "aux", "en", "entre"}:
                target = _merge_args(target, self._collect(c, subject=False))
                if not target and c.i in self.located and entry.mode == "visit":
                    host = self.located[c.i]  # "en visite au Vatican": the host state
                    if host.country and host.country in source.codes:
                        return []  # "lors de sa visite à Marseille": a trip at home
                    if host.country:
                        target = Args((host.country,), (host.name,), explicit=False)
        if not target and (partner := self._adjacent_partner(noun)) is not None:
            target = self._collect(partner, subject=False)
        if not source or not target and who is not None and self.mentions_at[who.i] and not self._public(who):
            return []  # '"...", a expliqué en marge de la conférence un étudiant': a private person, no meeting
        if self._given_to(noun) or not target and any(self.lex.is_a("media", t.lemma_, t.lower_)
                                                      for t in noun.subtree):
            return []  # "dans un entretien à l'AFP", "aux Echos": an interview, not a meeting
        if not target:  # "lors de sa visite, X a demandé à Y": Y is the other party
            target = self._targets_from(verb, {subj.i} if subj is not None else set(), source)
        target = target.without(source.codes)
        heads = [noun] + self._clause_heads(verb)
        date, precision = self.date_of(heads, is_pluperfect(verb))
        place = self.place_of(heads, sent, date)
        if mode == "visit" and self._no_visit(entry, source, target, place):
            return []  # "en marge d'un déplacement dans les Landes": a trip at home, with no one met
        framed = clause_of(verb, self.lex)
        # "lors de sa visite, il pourrait signer": a visit that may not happen ("en visite à X, il arrivera
        # demain" is a visit under way: the future alone says nothing of it)
        status = "hypothetical" if framed.status == "hypothetical" or self._meeting_ahead(noun, verb) else "asserted"
        return [Event(
            type="CONSULT", source=source.codes, target=target.codes,
            evidence=Span(sent.start_char, sent.end_char, sent.text),
            trigger=Span(noun.idx, noun.idx + len(noun.text), noun.text), mode=mode, status=status,
            source_names=source.names, target_names=target.names, date=date, date_precision=precision,
            place=place, confidence=0.6, stage=self.stage,
        )]

    def _no_visit(self, entry: Trigger, source: Args, target: Args, place: Place | None) -> bool:
        """Whether a visit noun tells no visit: a trip noun ("un déplacement", unlike "une visite") that
        names no host, as it may go anywhere at home ("en déplacement dans une station balnéaire"), or a
        trip to a place of the visitor's own country that meets no one the text names."""
        if self.lex.is_a("travel", entry.lemma) and not target:
            return True
        return not (target and target.explicit) and place is not None and bool(place.country) \
            and set(target.codes) <= {place.country} <= set(source.codes)

    def _framed_protest(self, noun: Token, entry: Trigger, verb: Token, sent: Any) -> list[Event]:
        """A protest named as the scene of a clause ("arrêtés lors d'une manifestation à Minsk", "en marge
        d'un rassemblement"): it took place, by protesters of the country where the text places it."""
        # "lors des manifestations" takes up protests the text reports elsewhere: only a new one counts
        if is_negated(noun) or not any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in noun.children) \
                or any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in PLANNED_ADJ for c in noun.children) \
                or any(c.dep_ in ("amod", "nmod") and self.lex.is_a("figurative", c.lemma_) for c in noun.children):
            return []
        country = self.local_country(noun)
        framed = clause_of(verb, self.lex)
        if country is None or framed.status != "asserted" or framed.planned or framed.future or verb.dep_ == "acl":
            return []  # "des policiers accusés de violences lors d'une manifestation": the noun's past, not the day's
        heads = [noun] + self._clause_heads(verb)
        date, precision = self.date_of(heads, is_pluperfect(verb))
        if not _recent(date, self.pub_date):
            return []  # "des violences commises lors d'une manifestation en 2018": background, not the story's
        return [Event(
            type="PROTEST", source=(country,), target=(country,),
            evidence=Span(sent.start_char, sent.end_char, sent.text),
            trigger=Span(noun.idx, noun.idx + len(noun.text), noun.text), mode=entry.mode, status="asserted",
            source_names=("",), target_names=("",), date=date, date_precision=precision,
            place=self.place_of(heads, sent, date), confidence=0.5, stage=self.stage,
        )]

    def _reports_speech(self, verb: Token) -> bool:
        """Whether a verb only reports speech: in an incise, with its subject after it and no object
        ('"...", poursuit-il'), or asking a question ("demander si", "demander pourquoi")."""
        kids = list(verb.children)
        if self.lex.is_a("speech-incise", verb.lemma_) and (self._reporting_incise(verb) or (
                not any(c.dep_ == "obj" for c in kids) and any(c.dep_.startswith("nsubj") and c.i > verb.i for c in kids))):
            return True
        if not self.lex.is_a("ask", verb.lemma_, *_first_group(verb.lower_)):  # (also "demande" left as it is)
            return False
        # the parser often attaches "demander (à X) si ..." as an adverbial clause; with nothing asked
        # for besides it (no object, no "de" + infinitive), "si" opens a question, not a condition
        bare = not any(c.dep_ in ("obj", "xcomp") for c in kids)
        return any(
            (c.dep_ == "ccomp" or (bare and c.dep_ == "advcl" and c.i > verb.i))
            and any(g.dep_ in ("mark", "advmod") and g.lower_ in _QUESTION_WORDS
                    for g in c.children if g.i < c.i) for c in kids)

    def _mobilises_people(self, tok: Token) -> bool:
        """Whether "mobiliser" gathers people ("se mobiliser", "a mobilisé des milliers de personnes",
        "les syndicats ont mobilisé"), not means ("des fonds à mobiliser", "mobiliser des ressources")."""
        if any(_se_clitic(c) for c in tok.children):
            return True
        objs = [c for c in tok.children if c.dep_ == "obj"]
        if not objs:
            return tok.dep_ not in ("acl", "acl:relcl")
        # "des millions de personnes": a quantity is judged by what it counts
        heads = [next((n for n in o.children if n.dep_ == "nmod"), o) for o in objs]
        return any(o.pos_ in ("PRON", "NUM", "PROPN") or o.ent_type_ in ("PER", "ORG")
                   or any(self.lex.is_a(kind, o.lemma_) for kind in ("crowd", "domestic", "person"))
                   for o in heads)

    def _sentence_of(self, verb: Token) -> bool:
        """Whether "condamner" names a sentence: "condamnés à dix jours de détention", also where the parser
        hung it on the court ("condamnée par un tribunal de Khartoum à quinze jours de prison"); "condamné
        pour la mort de X" states the reason of a condemnation, not a sentence."""
        agents = [c for c in verb.children if c.dep_ == "obl:agent" and self.lex.is_a("court", c.lemma_)]
        return any(
            any(t.lemma_.lower() in SENTENCING for t in _with_conjuncts(c))
            and not any(k.dep_ == "case" and k.lower_ in ("pour", "par", "après", "avant") for k in c.children)
            for c in (*(c for c in verb.children if c.dep_.startswith("obl")),
                      *(k for a in agents for k in a.children if k.dep_ == "nmod"))) or any(
            _penalty(t) and self._hung_on_sentenced(t, verb) for t in verb.subtree if t.i > verb.i)

    def _hung_on_sentenced(self, penalty: Token, verb: Token) -> bool:
        """Whether a penalty the parser hung on some word after "condamner" belongs to its clause and not to
        an act condemned ("a condamné l'arrestation de l'opposant à la prison de Minsk") or another clause."""
        head = penalty.head
        while head.i != verb.i:
            if head.dep_ in CLAUSE_DEPS or head.dep_ == "conj" or head.i == head.head.i:
                return False
            if head.dep_ == "obj" and head.head.i == verb.i and not self._sentenced(head):
                return False
            head = head.head
        return True

    def _sentenced(self, obj: Token) -> bool:
        """Whether the object of "condamner" may be who is sentenced: a person, a name or a pronoun, not an
        act condemned."""
        return obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ == "PER" or obj.pos_ == "VERB" \
            or any(self.lex.is_a(kind, obj.lemma_) for kind in ("person", "crowd", "domestic")) \
            or any(k.dep_ in ("flat:name", "appos") and k.pos_ == "PROPN" for k in obj.children)

    def _convicted(self, verb: Token) -> bool:
        """A court's conviction with no sentence named, not a condemnation in words: people "condamnés" in
        the passive by no one or by a court ("deux hommes ont été condamnés", "a été condamné par le
        tribunal"), or for a crime, where an act condemned in words is a thing ("l'attaque a été condamnée
        par Paris")."""
        if not any(c.dep_ == "aux:pass" for c in verb.children):
            return False
        agents = [c for c in verb.children if c.dep_ == "obl:agent"]
        if agents:
            return all(self.lex.is_a("court", a.lemma_) for a in agents)
        if any(c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ == "pour" for k in c.children)
               and (self.lex.is_a("crime", c.lemma_) or c.lemma_.lower() in ("fait", "délit")) for c in verb.children):
            return True  # "avoir été condamné pour des faits similaires", "pour meurtre"
        subjects = [c for c in verb.children if c.dep_ == "nsubj:pass"]
        return any(s.ent_type_ == "PER" or s.pos_ == "PRON" or self.lex.is_a("person", s.lemma_) or any(
            k.dep_ == "nmod" and self.lex.is_a("person", k.lemma_) for k in s.children) for s in subjects)

    def _adjacent_partner(self, noun: Token) -> Token | None:
        """The partner named by "avec X" right after a talk noun that the parser hung elsewhere ("Lors de
        son entretien avec Vladimir Poutine, ...", "avec" taken for a complement of "lors")."""
        if noun.i + 1 >= len(self.parse):
            return None
        case = self.parse[noun.i + 1]
        if case.lower_ != "avec" or case.dep_ != "case" or case.head.i <= noun.i or case.head.head.i == noun.i:
            return None
        return case.head

    def _interview(self, noun: Token) -> bool:
        """Whether a talk noun is an interview someone speaks in ("dans cet entretien, le président
        s'alarme", "s'est exprimé dans un entretien à la radio"): "dans" with no partner named and no
        telephone (a meeting is held "lors d'un entretien", "dans un entretien téléphonique avec Y")."""
        if not self.lex.is_a("interview", noun.lemma_) or not any(
                k.dep_ == "case" and k.lower_ == "dans" for k in noun.children):
            return False
        if self._adjacent_partner(noun) is not None:
            return False
        return not any(
            (c.dep_ == "amod" and c.lemma_.lower() == "téléphonique")
            or (c.dep_ == "nmod" and any(k.dep_ in ("case", "fixed") and k.lower_ in ("avec", "entre")
                                         for k in c.children))
            for c in noun.children)

    def _given_to(self, noun: Token) -> bool:
        """Whether an interview noun names the medium it was given to ("un entretien aux Echos"): a
        name after "à" that is no place and no actor the text names as such; or an interview said to
        be published or granted ("son entretien publié dimanche par le Financial Times")."""
        return self.lex.is_a("interview", noun.lemma_) and any(
            (c.dep_ == "nmod" and {k.lower_ for k in c.children if k.dep_ in ("case", "fixed")} & {"à", "au", "aux"}
             and c.i not in self.place_at and not any(m.explicit for m in self.mentions_at[c.i]))
            or (c.dep_ == "acl" and c.lemma_.lower() in _PUBLISHED)
            for c in noun.children)

    def _relative_support(self, noun: Token) -> Token | None:
        """The verb of a relative clause whose object "que" takes up a nominal trigger, when the verb
        carries it out ("une grève qu'elle observait", "le cessez-le-feu qu'ils ont décrété"), not when it
        only speaks of it ("la trêve qu'il a saluée")."""
        # (the parser may hang the relative on the noun's complement: "une grève de la faim qu'elle observait")
        near = [*noun.children, *(g for c in noun.children if c.dep_ == "nmod" and c.i > noun.i for g in c.children)]
        for c in near:
            if c.dep_ != "acl:relcl" or not any(k.dep_ == "obj" and k.lower_ in ("que", "qu'", "qu’") for k in c.children):
                continue
            lemma = c.lemma_.lower()
            if self.lex.is_a("support", lemma) and not self.lex.is_a("calling", lemma) or any(
                    e.pos == "VERB" and e.cue == noun.lemma_.lower() for e in self.lex.lookup(lemma, c.lower_)):
                return c
        return None

    def _listed_after_colon(self, verb: Token) -> Args:
        """The actors a colon after a passive verb lists as the ones it befell ("ont été arrêtées: onze
        Vietnamiens et deux Marocains"); empty when the verb is not passive or lists none."""
        if not any(c.dep_ == "aux:pass" for c in verb.children):
            return Args()
        colon = next((c for c in verb.children if c.dep_ == "punct" and c.text == ":" and c.i > verb.i), None)
        if colon is None:
            return Args()
        listed = Args()
        for c in verb.children:
            if c.i > colon.i and c.dep_ in ("obl", "obl:mod", "appos", "parataxis", "dep", "nsubj", "obj") \
                    and c.pos_ in ("NOUN", "PROPN"):
                listed = _merge_args(listed, self._collect(c, subject=False))
        return listed

    def _shared_agent(self, verb: Token) -> Token | None:
        """The agent of a passive participle's coordinated participle, which has no subject of its own
        ("ont été frappés puis arrêtés par la police")."""
        if not _agentless_passive(verb):
            return None
        for c in verb.children:
            if c.dep_ == "conj" and c.i > verb.i and "Part" in c.morph.get("VerbForm") \
                    and not any(k.dep_.startswith(("nsubj", "aux")) for k in c.children):
                agent = next((k for k in c.children if k.dep_ == "obl:agent"), None)
                if agent is not None:
                    return agent
        return None

    def _beside_protest(self, verb: Token) -> bool:
        """Whether a verb is coordinated with a protest verb of the same crowd ("ont bloqué la route et
        tenté d'attaquer"), through the infinitive it may hang on."""
        main = verb.head if verb.dep_ == "xcomp" else verb
        near = [main.head] if main.dep_ == "conj" else []
        near += [c for c in main.children if c.dep_ == "conj"]
        return any(e.type == "PROTEST" and e.pos == "VERB"
                   for n in near for e in self.lex.lookup(n.lemma_, n.lower_))

    def _in_direct_quote(self, tok: Token) -> bool:
        """Whether a word stands in a direct quotation."""
        return any(q.kind == "direct" and q.span.start <= tok.idx < q.span.end for q in self.doc.quotes)

    def _quote_speaker(self, tok: Token) -> Args:
        """The speaker of the direct quotation a word stands in, when the quotes layer coded one."""
        for q in self.doc.quotes:
            if q.span.start <= tok.idx < q.span.end and q.speaker_code:
                return Args((q.speaker_code,), (q.speaker,), explicit=False)
        return Args()

    def _holder(self, tok: Token) -> Args:
        """Who holds an opinion: "selon X", "pour X, ...", the subject of a verb of judging or saying
        that governs it, or the speaker of the quotation it stands in."""
        sent = tok.sent
        for t in sent:
            if t.lower_ == "selon" or (t.lower_ == "pour" and t.i <= sent.start + 2):
                for u in self.parse[t.i + 1: min(sent.end, t.i + 8)]:
                    if u.is_punct and u.text == ",":
                        break
                    found = self.actors_at(u.i)
                    if found:
                        return Args(found.codes, found.names)
        cur = tok
        for _ in range(4):
            if cur.head == cur:
                break
            cur = cur.head
            if cur.pos_ == "VERB" and (self.lex.is_a("reporting", cur.lemma_) or self.lex.is_a("judging", cur.lemma_)):
                subj, passive = self.subject_of(cur)
                if subj is not None and not passive:
                    found = self.resolve(subj)
                    if found:
                        return found
                agent = next((c for c in cur.children if c.dep_ == "obl:agent"), None)
                if agent is not None:
                    return self.resolve(agent)
                break
        return self._quote_speaker(tok) or self._speaker(tok.sent, tok)

    @staticmethod
    def _judged(adj: Token) -> list[Token]:
        """What an evaluative word judges: the noun it qualifies, the subject it is said of, or the object
        of "juger", "qualifier"."""
        judged: list[Token] = []
        if adj.dep_ == "amod":
            judged.append(adj.head)  # "des comportements inadmissibles"
        judged += [c for c in adj.children if c.dep_ in ("nsubj", "nsubj:pass")]  # "X sont inacceptables"
        if adj.dep_ in ("xcomp", "obl:arg", "obl:mod", "obl"):
            judged += [c for c in adj.head.children if c.dep_ == "obj"]  # "juger X inacceptable", "qualifier X de"
            judged += [c for c in adj.head.children if c.dep_ == "obl:arg" and c.i != adj.i]
        return judged

    def _judges_act(self, adj: Token) -> bool:
        """Whether an evaluation of refusal ("inacceptable") judges an act ("l'arrestation de l'opposante",
        "les poursuites contre l'opposition"), which it condemns, rather than a demand or a proposal, which it
        rejects."""
        return any(not self.lex.is_a("claim", j.lemma_) and any(
            e.pos == "NOUN" and (e.type in HOSTILE or e.type == "ACCUSE") for e in self.lex.lookup(j.lemma_, j.lower_))
            for j in self._judged(adj))

    def evaluation_args(self, adj: Token) -> tuple[Args, Args]:
        """An evaluative word ("inadmissible", "contre-productive", "excellent travail"): the opinion
        holder is the source, the actors of what is judged are the target."""
        source = self._holder(adj)
        target = Args()
        for j in self._judged(adj):
            if j.pos_ == "PRON" and j.lower_ in OBJECT_PRONOUNS:
                target = _merge_args(target, self._object_antecedent(j, source.codes))
            elif j.pos_ == "PRON" and j.lower_ in SUBJECT_PRONOUNS:
                target = _merge_args(target, self._antecedent(j))
            else:
                target = _merge_args(target, self._collect(j, subject=False))
            # "le gouvernement turc a des comportements inadmissibles": the one who has them
            if j.dep_ == "obj" and j.head.lemma_.lower() in ("avoir", "mener", "adopter", "faire"):
                subj, _ = self.subject_of(j.head)
                if subj is not None:
                    target = _merge_args(target, self.resolve(subj, subject=False))
        return source, target.without(source.codes)

    def code(self) -> list[Event]:
        events: list[Event] = []
        self.coded = events
        for sent in self.parse.sents:
            if not sent.text.strip():
                continue
            for tok in sent:
                if tok.pos_ in _NO_TRIGGER_TAGS:
                    continue  # (no trigger is a determiner, a preposition or punctuation: a fast path)
                entry = self._choose(tok)
                if entry is not None:
                    found = self._event(tok, entry, sent) + self._fought_alongside(tok, entry, sent)
                elif tok.lemma_.lower() in ("devoir", "falloir"):
                    found = self._obligation(tok, sent)
                else:
                    continue
                if self._last_dated:
                    self.dated.update(id(e) for e in found)
                if self._last_background and not self._last_dated:
                    self.background.update(id(e) for e in found)
                events.extend(found)
        return merge(self._accusers_answered(self._one_statement(self._dated_by_repeat(self._dated_by_speaker(
            self._placed_by_speaker(self._one_strike(self._described_again(self._one_promise(self._also_by(events))))))))),
                     self.placed, self.dated, self.background)

    def _one_promise(self, events: list[Event]) -> list[Event]:
        """A promise and the act it promises, told as one verb on the other ("a promis de revenir en décembre au
        Liban"): one AGREE, the promise, which takes the act's target when it names none."""
        agreed = [(e, tok) for e in events if e.type == "AGREE" and e.status == "asserted"
                  and (tok := self._trigger_token(e)) is not None]
        promises = {tok.i: e for e, tok in agreed if self.lex.is_a("pledge", tok.lemma_)}
        dropped: set[int] = set()
        fuller: dict[int, Event] = {}  # id of a promise → the promise with the promised act's target
        for e, tok in agreed:
            if tok.dep_ not in ("xcomp", "ccomp"):
                continue
            promise = promises.get(tok.head.i)
            if promise is None or promise is e or not set(promise.source) & set(e.source):
                continue
            dropped.add(id(e))
            if not promise.target and e.target and id(promise) not in fuller:
                fuller[id(promise)] = replace(promise, target=e.target, target_names=e.target_names)
        return [fuller.get(id(e), e) for e in events if id(e) not in dropped]

    def _also_by(self, events: list[Event]) -> list[Event]:
        """The same act by other actors named after it, closing the sentence ("X a réclamé une enquête, tout
        comme Y"): each did it, so each is the source of an event of its own; an actor the parser hung on
        the object is no target then. (", ainsi que Y" may add an object as well: "a rencontré X, ainsi
        que Y".)"""
        out: list[Event] = []
        for e in events:
            tok = self._trigger_token(e)
            found: list[Mention] = []
            if tok is not None and e.source and tok.pos_ == "VERB" and not any(c.dep_ == "aux:pass" for c in tok.children):
                # (a verb in the active: "visées par des attaques, tout comme Barkhane" adds a target)
                sent = tok.sent
                for t in self.parse[tok.i + 1:sent.end - 1]:
                    if (t.lower_, self.parse[t.i + 1].lower_) != ("tout", "comme") or self.parse[t.i - 1].text != ",":
                        continue
                    rest = [w for w in self.parse[t.i + 2:sent.end] if not w.is_punct]
                    if not any(w.pos_ in ("VERB", "AUX") for w in rest):  # not "tout comme l'avait fait X"
                        found = [m for w in rest for m in self.mentions_at[w.i]
                                 if m.explicit and m.actor.code and m.actor.code not in e.source]
                    break
            if not found:
                out.append(e)
                continue
            also = tuple(dict.fromkeys(m.actor.code for m in found if m.actor.code))
            names = tuple(dict.fromkeys(m.actor.name for m in found))
            if len(e.target) == len(e.target_names):
                kept = [(c, n) for c, n in zip(e.target, e.target_names) if n not in names]
                e = replace(e, target=tuple(c for c, _ in kept), target_names=tuple(n for _, n in kept))
            out += [e, replace(e, source=also, source_names=names)]
        return out

    def _one_strike(self, events: list[Event]) -> list[Event]:
        """Strikes told twice in one sentence, once with their target and once without ("des jets ont visé
        des postes du Hamas, a indiqué l'armée, disant avoir frappé une usine"): one act, the one aimed."""
        aimed = [e for e in events if e.type == "ASSAULT" and e.status == "asserted" and e.target]
        return [e for e in events if not (
            e.type == "ASSAULT" and e.status == "asserted" and not e.target and e.source and any(
                o.evidence.start == e.evidence.start and set(o.source) & set(e.source) and o.mode in (e.mode, None)
                for o in aimed))]

    def _described_again(self, events: list[Event]) -> list[Event]:
        """An act named by a participle on a noun, with no time of its own ("le corps d'un pêcheur abattu par
        des soldats"), that the text also reports and dates in a clause of its own ("il a été abattu mardi
        par des soldats") is that act described again, not a new one of the day."""
        out = []
        for e in events:
            tok = self._trigger_token(e)
            if tok is not None and not any(t.i in self.timex_at for t in tok.subtree) and tok.pos_ == "VERB" \
                    and tok.dep_ == "acl" \
                    and "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense") \
                    and not any(c.dep_.startswith("aux") for c in tok.children) \
                    and any(o is not e and id(o) in self.dated and o.type == e.type and o.status == e.status
                            and set(o.source) == set(e.source)
                            # "l'homme abattu à Milan par la police": a target the noun does not code (the
                            # country of the place stands for it) is the one the dated clause names
                            and (set(o.target) == set(e.target) or e.type in MATERIAL and o.target
                                 and not any(e.target_names)) for o in events):
                continue
            out.append(e)
        return out

    def _one_statement(self, events: list[Event]) -> list[Event]:
        """A statement with no target and a participle after it, of the same type, source and status, that
        names the target are one statement ("X a dénoncé un empoisonnement, soupçonnant les médecins russes
        de..."): the participle's is kept, dated by the other's time expression if only that has one."""
        dropped: set[int] = set()
        out = list(events)
        for i, e in enumerate(events):
            if e.type not in STATEMENTS or e.target or not e.source:
                continue
            k = next((k for k, o in enumerate(out) if k != i and k not in dropped and o.type == e.type
                      and o.status == e.status and o.target and set(o.source) == set(e.source)
                      and o.evidence.start == e.evidence.start and o.trigger.start > e.trigger.start
                      and (tok := self._trigger_token(o)) is not None and _detached_present(tok)), None)
            if k is None:
                continue
            dropped.add(i)
            if id(e) in self.dated and id(out[k]) not in self.dated:
                out[k] = self._revised(out[k], date=e.date, date_precision=e.date_precision)
                self.dated.add(id(out[k]))
        return [e for i, e in enumerate(out) if i not in dropped]

    def _revised(self, e: Event, **changes: Any) -> Event:
        """``e`` with ``changes``, still counted as placed or dated by its own clause if it was."""
        moved = replace(e, **changes)
        for ids in (self.placed, self.dated, self.background):
            if id(e) in ids:
                ids.add(id(moved))
        return moved

    def _accusers_answered(self, events: list[Event]) -> list[Event]:
        """A denial of accusations that names no accuser ("Moscou a démenti les accusations") answers the
        one actor the article shows accusing the denier (PLOVER: REJECT, the accuser as target)."""
        out = []
        for e in events:
            if e.type == "REJECT" and not e.target and e.source and e.status == "asserted" and self._denies_accusation(e):
                accusers = {a.source: a.source_names for a in events
                            if a.type == "ACCUSE" and a.status == "asserted" and set(a.target) & set(e.source)
                            and not set(a.source) & set(e.source)}
                if len(accusers) == 1:
                    codes, names = next(iter(accusers.items()))
                    e = self._revised(e, target=codes, target_names=names)
            out.append(e)
        return out

    def _denies_accusation(self, e: Event) -> bool:
        """Whether a refusal's trigger takes up accusations ("dément les accusations", "accueillir avec
        scepticisme les accusations")."""
        tok = self._trigger_token(e)
        if tok is None:
            return False
        anchor = self._noun_anchor(tok)[0] if tok.pos_ == "NOUN" else tok
        if anchor is None:
            return False
        claims = [c for c in anchor.children if c.dep_ == "obj"] + [c for c in [self._claim_rejected(anchor)] if c]
        return any(c.lemma_.lower() in ACCUSATIONS for c in claims)

    def _dated_by_repeat(self, events: list[Event]) -> list[Event]:
        """An act with no time of its own that "également" or "aussi" adds to the same act of the previous
        sentence, which a time expression dates, was done that day: "Les militaires ont arrêté mardi le
        président. Ils ont également arrêté plusieurs ministres" (not a day after publication)."""
        out: list[Event] = []
        for e in events:
            tok = self._trigger_token(e)
            if tok is not None and e.status == "asserted" and id(e) not in self.dated and tok.sent.start > 0 \
                    and any(c.dep_ == "advmod" and c.lower_ in ("également", "aussi") for c in tok.children):
                prev = self.parse[tok.sent.start - 1].sent
                lead = next((o for o in reversed(out) if o.type == e.type and o.status == "asserted"
                             and id(o) in self.dated and o.date and not _after_day(o.date, self.pub_date)
                             and prev.start_char <= o.trigger.start < prev.end_char
                             and _stem(o.trigger.text) == _stem(e.trigger.text)), None)
                if lead is not None:
                    e = self._revised(e, date=lead.date, date_precision=lead.date_precision)
                    self.dated.add(id(e))
            out.append(e)
        return out

    def _trigger_token(self, e: Event) -> Token | None:
        """The word of an event's trigger in the parse."""
        span = self.parse.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _dated_by_speaker(self, events: list[Event]) -> list[Event]:
        """A statement with no time of its own, after the statements the story dates to one day before
        publication (and to no other) by the same speaker, was made that day: one speech told over
        several sentences ("Erdogan a averti samedi Macron [...] M. Erdogan l'a aussi accusé de...")."""
        first: dict[str, Event] = {}
        days: dict[str, set[str | None]] = {}
        for e in events:
            if e.type in VERBAL and e.status == "asserted" and _person(e) and id(e) in self.dated:
                first.setdefault(_person(e), e)
                days.setdefault(_person(e), set()).add(e.date)
        first = {k: e for k, e in first.items() if len(days[k]) == 1}
        out = []
        for e in events:
            lead = first.get(_person(e))
            if (lead is not None and lead is not e and e.type in VERBAL and e.status == "asserted"
                    and id(e) not in self.dated and id(lead) in self.dated and self.pub_precision == "day"
                    and e.date and e.date == self.pub_date and lead.date and lead.date_precision == "day"
                    and lead.date < e.date and _days_before(lead.date, e.date) <= 2
                    and e.trigger.start > lead.trigger.start):
                e = self._revised(e, date=lead.date, date_precision=lead.date_precision)
                self.dated.add(id(e))
            out.append(e)
        return out

    def _placed_by_speaker(self, events: list[Event]) -> list[Event]:
        """A statement with no place of its own, made on the story's days by a speaker the article
        shows speaking somewhere ("a déclaré X lors d'une conférence de presse à Genève"), was made there."""
        spoke: dict[str, Place] = {}
        for i in self._where(LEMMA, self.lex.classes.get("reporting", ())):
            tok = self.parse[i]
            if tok.pos_ != "VERB":
                continue
            place = self._governed(self.located, [tok], prefer=_is_city)
            subj, _ = self.subject_of(tok)
            if place is None or subj is None:
                continue
            who = self.resolve(subj)
            if len(who.codes) == 1:
                spoke.setdefault(who.codes[0], place)
        out = []
        for e in events:
            if (e.type in STATEMENTS and id(e) not in self.placed and len(e.source) == 1
                    and e.source[0] in spoke and _recent(e.date, self.pub_date)):
                e = self._revised(e, place=spoke[e.source[0]])
                self.placed.add(id(e))
            out.append(e)
        return out

    def _obligation(self, modal: Token, sent: Any) -> list[Event]:
        """"La Russie doit retirer ses troupes", said by another actor: a demand made to the one
        who must act (PLOVER: REQUEST). Said of oneself or of a schedule it is no demand."""
        verb = modal.head if modal.pos_ == "AUX" or modal.dep_.startswith("aux") else modal
        if verb == modal and not any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") for c in modal.children):
            return []
        if is_negated(modal) or is_negated(verb) or is_conditional(modal) or is_past(modal) or is_future(modal):
            return []
        source = self._holder(modal)
        if modal.lemma_.lower() == "falloir":
            # "il faut clarifier les finalités de l'Otan": the actor the necessity is about
            target = self._content_targets(modal, source) if source else Args()
        else:
            subj, _ = self.subject_of(verb if verb != modal else modal)
            if subj is None or (subj.pos_ == "PRON" and subj.lower_ not in SUBJECT_PRONOUNS):
                return []
            target = self.resolve(subj, subject=False)
        if not source or not target or set(source.codes) & set(target.codes):
            return []
        heads = [modal] + self._clause_heads(modal)
        date, precision = self.date_of(heads, False)
        return [Event(
            type="REQUEST", source=source.codes, target=target.codes,
            evidence=Span(sent.start_char, sent.end_char, sent.text),
            trigger=Span(modal.idx, modal.idx + len(modal.text), modal.text), mode=None, status="asserted",
            source_names=source.names, target_names=target.names, date=date, date_precision=precision,
            place=self.place_of(heads, sent, date), confidence=0.5, stage=self.stage,
        )]

    def _event(self, tok: Token, entry: Trigger, sent: Any) -> list[Event]:
        etype, mode = entry.type, entry.mode
        announced = False  # a planned meeting is dated when it was agreed, not when it will be held
        if entry.pos == "NOUN":
            if etype == "CONSULT" and self._interview(tok):
                return []
            anchor, support = self._noun_anchor(tok)
            if anchor is None and tok.dep_ == "nmod" and tok.head.dep_ == "obj" and self.mentions_at[tok.head.i] \
                    and self.lex.is_a("support", tok.head.head.lemma_) \
                    and any(k.dep_ == "case" and k.lower_ in ("de", "du", "d'", "d’") for k in tok.children):
                anchor, support = tok.head.head, True  # "a assuré l'Ukraine du soutien de la France"
            if anchor is None and etype in STATEMENTS and tok.dep_ == "nmod" \
                    and tok.head.dep_ in ("obj", "obl", "obl:mod") and self.lex.is_a("medium", tok.head.lemma_) and self.lex.is_a("support", tok.head.head.lemma_) \
                    and all(k.lower_ in ("de", "d'", "d’") for k in tok.children if k.dep_ == "case"):
                # "a adressé un message de soutien à X", "a exprimé dans un communiqué sa solidarité" (the
                # "dans" lost): the message carries the statement its sender makes
                anchor, support = tok.head.head, True
            if self._raised(tok, etype):
                # "a évoqué de nouvelles sanctions", "brandit des représailles": harm held out, a threat
                anchor, support, etype, mode = tok.head, True, "THREATEN", None
            elif (anchor is None or support) and (held := self._possible_act(tok, etype)) is not None:
                # "va entamer des discussions sur de possibles sanctions contre X": harm weighed aloud
                anchor, support, etype, mode = held, True, "THREATEN", None
            if anchor is None and etype == "CONSULT":
                framed = self._frame_anchor(tok)
                if framed is not None:
                    return self._framed_meeting(tok, entry, framed, sent)
            if anchor is None and etype == "PROTEST" and mode == "demo":
                framed = self._frame_anchor(tok)
                if framed is not None:
                    return self._framed_protest(tok, entry, framed, sent)
            if anchor is None and etype in MATERIAL and tok.dep_ == "conj" and tok.head.pos_ == "NOUN" \
                    and not any(c.dep_ in ("fixed", "nsubj", "cop") or c.dep_ == "case" and c.lower_ not in (
                        "de", "du", "des", "d'", "d’") for c in tok.children) \
                    and any(e.pos == "NOUN" for e in self.lex.lookup(tok.head.lemma_, tok.head.lower_)):
                # "a répondu par des frappes et un resserrement de son blocus": the second act shares the
                # first one's verb
                first, shared = self._noun_anchor(tok.head)
                if first is not None and shared:
                    anchor, support = first, True
            if anchor is None and etype in (*MATERIAL, "PROTEST") and (held := self._relative_support(tok)) is not None:
                # "une grève de la faim qu'elle observait", "le cessez-le-feu que les rebelles ont décrété":
                # the relative clause tells who carries out the act the noun names
                anchor, support = held, True
            perished = anchor is None and etype == "ASSAULT" and self._died_in(tok)
            if perished:
                anchor, support = tok.head, False  # "dix personnes sont mortes dans un attentat": the attack's toll
            if anchor is None:
                return []  # a bare noun phrase is context, not an event (background rule)
            if etype in MATERIAL and support and anchor != tok and tok.dep_ != "obj" \
                    and not self.lex.is_a("support-by", anchor.lemma_) and any(
                        k.dep_ == "case" and (k.lower_ == "sur" or k.lower_ == "par" and tok.i < anchor.i)
                        for k in tok.children):  # not "a riposté par des tirs"
                # "la Belgique, frappée par les attentats, rend hommage", "une enquête menée sur les attentats":
                # an agent or a topic the parser hung on a support verb, not what the verb's subject does
                return []
            if etype in ("PROTEST", "ASSAULT") and support and anchor != tok and tok.dep_ != "obj" \
                    and not any(c.dep_ in ("case", "fixed") for c in tok.children) \
                    and any(e.pos == "VERB" and e.type == etype for e in self.lex.lookup(anchor.lemma_, anchor.lower_)):
                # "des milliers de personnes ont manifesté samedi, des rassemblements hebdomadaires qui...":
                # a bare noun beside the verb names again the act the verb tells
                return []
            if entry.lemma == "marche" and "Plur" in tok.morph.get("Number") \
                    and any(c.dep_ == "case" and c.lower_ == "sur" for c in tok.children):
                return []  # "accueillies sur les marches de la Maison Blanche": steps, not a march
            if mode == "ceasefire" and (self.lex.is_a("break-off", anchor.lemma_)
                                        or any(c.lemma_.lower() == "fin" for c in anchor.children)):
                return []  # "mettre fin à sa trêve", "la trêve a pris fin", "ont violé le cessez-le-feu"
            if entry.lemma == "hommage" and any(
                    c.dep_.startswith(("obl", "nmod")) and self.lex.is_a("mourned", c.lemma_)
                    and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux") for k in c.children)
                    for c in (*tok.children, *anchor.children)):
                return []  # "rend hommage aux victimes", "aux 32 morts": mourning, no support given
            if anchor.lemma_.lower() == "avoir" and any(c.lemma_.lower() == "besoin" for c in anchor.children):
                return []  # "avaient besoin du soutien de X": a need, not support given
            if entry.lemma == "appel" and (anchor.lemma_.lower() in ("déposer", "interjeter") or (
                    anchor.lemma_.lower() == "faire" and tok.dep_ == "obj" and not any(
                        k.dep_ == "case" and k.lower_ in ("à", "au", "aux")
                        for c in (*tok.children, *anchor.children) for k in c.children))):
                return []  # "déposer un appel", "il a fait appel (du jugement)": an appeal to a court, not a call on an actor
            if entry.lemma == "appel" and any(self.lex.is_a("idiom", f"appel {t.lemma_.lower()}")
                                              for t in tok.doc[tok.i + 1: tok.i + 3]):
                return []  # "un appel à témoins" (the parser may hang "à témoins" on the verb): a police notice
            if entry.lemma == "accord" and anchor.lemma_.lower() == "donner":
                etype, mode = "SUPPORT", None  # "donner son accord à": an approval, like "son feu vert"
            if etype == "SUPPORT" and support and entry.lemma in APPROVALS and any(
                    c.dep_.startswith(("obl", "nmod")) and c.pos_ == "NOUN"
                    and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux") for k in c.children)
                    and any(e.pos == "NOUN" and e.type in HOSTILE for e in self.lex.lookup(c.lemma_, c.lower_))
                    for c in (*tok.children, *anchor.children)):
                return []  # "l'UE a donné son accord à des sanctions contre X": the sanctions are the act, no support
            if etype == "SUPPORT" and any(c.dep_ == "case" and c.lower_ == "en" for c in tok.children) \
                    and not any(self.mentions_at[t.i] for t in tok.subtree if t.i != tok.i):
                return []  # "envoyé au Moyen-Orient en soutien de l'opération Chammal": a purpose, no one supported
            if self.lex.is_a("provoke", anchor.lemma_) and etype not in STATEMENTS:
                return []  # "a provoqué des affrontements": a cause, not an act by anyone named
            if not support and self._taken_up(tok, etype):
                return []  # "ces échanges de tirs interviennent dans un contexte...": the fire already told
            if etype == "ASSAULT" and any(c.dep_ == "amod" and self.lex.is_a("verbal-manner", c.lemma_)
                                          for c in tok.children):
                etype, mode = "ACCUSE", "disapprove"  # "des attaques verbales contre Séoul", "virulentes"
            clause = clause_of(anchor, self.lex)
            if is_negated(tok):
                clause = Clause("negated", clause.planned, clause.future, clause.conditional)
            if self.lex.is_a("planned", anchor.lemma_) and not support:
                clause = Clause(clause.status, True, clause.future, clause.conditional)
            if support and anchor.lemma_.lower() == "engager" and _reflexive(anchor) \
                    and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux") for k in tok.children):
                # "se sont engagés à un retrait total": an act pledged, still to be done
                clause = Clause(clause.status, True, clause.future, clause.conditional)
            framed = self._measured(tok)
            if etype == "CONSULT" and support and self.lex.is_a("granted", anchor.lemma_) and not any(
                    k.dep_ == "case" and k.lower_ not in ("de", "des", "du", "d'", "d’") for k in framed.children):
                # "a obtenu une réunion", "a annoncé la reprise des négociations" (not "en visite à Rome, il a
                # annoncé": the frame of the announcement)
                clause = Clause(clause.status, True, clause.future, clause.conditional)
            source, target = self.noun_args(tok, anchor, support, etype)
            if perished:
                # the attack's author as its noun names it ("une frappe israélienne", "un attentat de l'EI"),
                # not the places or the dead of the clause
                source, target = self.noun_args(tok, tok, False, etype)[0] or self._led_by(tok), Args()
            if etype in ("ASSAULT", "MOBILIZE") and not support and not any(
                    m.explicit for c in tok.children if c.dep_ == "amod" for m in self.mentions_at[c.i]):
                # "une frappe aérienne américaine": the actor's adjective hangs on the other adjective
                owner = [g for c in tok.children if c.dep_ == "amod" for g in c.children
                         if g.dep_ == "amod" and self.actors_at(g.i)]
                if owner:
                    source = self.actors_at(owner[0].i)
            verb_like = anchor
        else:
            if _career(tok):
                return []  # "qui s'est fait un nom en dénonçant la corruption": a career, not an act of the day
            if self.lex.is_a("support", entry.lemma) and any(
                    c.dep_ in ("obj", "obl:arg") and c.pos_ == "NOUN" and (named := self._choose(c)) is not None
                    and named.pos == "NOUN" and (named.type == "PROTEST" or not self.lex.is_a("calling", entry.lemma))
                    for c in tok.children):
                return []  # "appeler à une grève", "se livrer une guerre": the noun names the event
            if self.lex.is_a("support", entry.lemma) and tok.dep_ == "acl:relcl" \
                    and any(c.dep_ == "obj" and c.lower_ in ("que", "qu'", "qu’") for c in tok.children) \
                    and any(n.pos_ == "NOUN" and (named := self._choose(n)) is not None and named.pos == "NOUN"
                            and named.type != etype
                            for n in [tok.head, *([tok.head.head] if tok.head.dep_ == "nmod" else [])]):
                # "le cessez-le-feu (de trois jours) qu'ils ont décrété": the noun the relative takes up names the act
                return []
            if etype in MATERIAL and self.lex.is_a("support", entry.lemma) and tok.dep_ == "acl" \
                    and "Part" in tok.morph.get("VerbForm") and tok.head.pos_ == "NOUN" \
                    and any(named.pos == "NOUN" and named.type != etype
                            for named in self.lex.lookup(tok.head.lemma_, tok.head.lower_)):
                return []  # "le cessez-le-feu décrété par l'ONU": the noun names the act decreed, not a curfew
            if self.lex.is_a("asked", entry.lemma) and (any(
                    c.dep_.startswith("obl") and any(k.lower_ in ("sur", "propos") for k in c.children) for c in tok.children)
                    or ("Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children))):
                return []  # "interrogé sur le retour des élèves", "Interrogé par France Bleu, X...": asked by the press
            if self.lex.is_a("support-inverse", entry.lemma) and any(
                    c.dep_ in ("obj", "obl:arg") and any(e.pos == "NOUN" for e in self.lex.lookup(c.lemma_, c.lower_))
                    for c in tok.children):
                return []  # "a reçu le soutien de X": the noun names the event, no visit was received
            if etype == "THREATEN" and any(c.dep_ == "xcomp" and any(k.dep_ == "aux:pass" for k in c.children)
                                           for c in tok.children):
                return []  # "menacent d'être expulsés": a risk run, not a threat made
            anchor = tok
            clause = clause_of(tok, self.lex)
            if (gov := self._day_governor(tok)) is not None:
                # "a menacé vendredi d'attaquer X", "a promis dimanche de libérer": what the governing verb
                # threatens or promises, as if the infinitive hung on it
                up = clause_of(gov, self.lex)
                lemma = verb_lemma(gov, self.lex)
                if up.status != "asserted" or self.lex.is_a("modal", lemma):
                    clause = Clause("negated" if up.status == "negated" else "hypothetical", clause.planned,
                                    clause.future, clause.conditional)
                elif self.lex.is_a("planned", lemma):
                    clause = Clause(clause.status, True, clause.future, clause.conditional)
            if clause.status == "asserted" and etype not in VERBAL and is_conditional(finite_of(tok)) \
                    and self._in_direct_quote(tok):
                # '"ailleurs, ce ministre aurait démissionné", a dit X': in the speaker's own words a past
                # conditional is what would have been (the reporting conditional is the narration's)
                clause = Clause("hypothetical", clause.planned, clause.future, True)
            implicit = self.lex.is_a("implicit-state", entry.lemma) or (
                entry.cue is not None and self.lex.is_a("implicit-state", f"{entry.lemma} {entry.cue}"))
            if entry.constraint == "evaluative":
                source, target = self.evaluation_args(tok)
                if etype == "REJECT" and self._judges_act(tok):
                    etype, mode = "ACCUSE", "disapprove"  # "a jugé inacceptable l'arrestation de X": condemned
            elif entry.constraint == "declared" and (subj := self._declarer(tok)) is not None:
                # "Moscou se dit préoccupé par les manœuvres de l'Otan": who declares the concern is the
                # source; what causes it (no agent) names the target
                source = self.resolve(subj)
                target = self._first_actor([c for c in tok.children if c.dep_.startswith("obl")], source)
            else:
                source, target = self.verb_args(tok, etype, implicit, entry.cue)
            if etype == "ASSAULT" and source and self._unnamed_attackers(tok) \
                    and (hit := self._hit_in_own_clause(tok, source)):
                # "trois kamikazes s'étaient fait exploser à l'aéroport de la capitale belge", parsed with the
                # attackers as the clause's head: the place is what the attack hits, not who attacks
                source, target = self._claimant() or Args(hit.codes, hit.names, explicit=False), hit
            if etype in ("COERCE", "ASSAULT", "RETREAT") and not target.explicit and (listed := self._listed_after_colon(tok)):
                # "treize personnes ont été arrêtées: onze Vietnamiens et deux Marocains": those the colon lists
                target = listed
            if etype in MATERIAL and not source and (both := self._shared_agent(tok)) is not None:
                # "ont été frappés puis arrêtés par la police": the agent after both participles is theirs
                source = self.resolve(both)
            if etype == "COOPERATE" and entry.cue == "côté":
                # "combattent les jihadistes aux côtés des forces sahéliennes": the allies, not the enemy
                target = self._alongside(tok, source)
            if entry.lemma == "rejeter" and etype == "REJECT" and (blamed := self._blamed(tok, source)):
                etype, mode, target = "ACCUSE", "allege", blamed  # "rejeter la responsabilité sur X": blame
            if etype in ("ACCUSE", "REJECT") and source and not target \
                    and (summed := self._summed_act(tok)) is not None \
                    and (author := self._summed_author(summed).without(source.codes)):
                target = author  # "X a fermé ses ports, une décision dénoncée par Y": Y accuses X
            if etype == "REQUEST" and source \
                    and set(target.codes) <= set(source.codes) \
                    and (met := self._interlocutor(tok).without(source.codes)):
                # "X a appelé à libérer nos compatriotes lors d'un entretien téléphonique avec Y": said to Y
                target = met
            verb_like = tok
        if any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in ("prévu", "prévoir", "attendu", "attendre", "annoncé",
                                                                    "programmé")
               for c in tok.children):
            clause = Clause(clause.status, True, clause.future, clause.conditional)
        if (entry.constraint == "reflexive" and entry.mode != "visit" or entry.lemma == "protester") \
                and entry.pos == "VERB" and self._protesters(tok, "crowd"):
            # "un millier de protestataires se sont réunis"; not "des personnes s'étant rendues dans des
            # Etats", a trip
            etype, mode = "PROTEST", "demo"
        if etype in ("REQUEST", "ACCUSE") and (self._protesters(tok if entry.pos != "NOUN" else anchor)
                                               or self._protest_topic(tok)):
            return []  # protesters' demands are the topic of their protest (PLOVER), not a REQUEST
        if entry.lemma == "entretenir" and entry.pos == "VERB" and not _reflexive(tok):
            return []  # "entretenir des relations avec X", "entretenir le flou": kept up, not a meeting
        if mode == "visit" and entry.pos == "NOUN" and anchor != tok and self._trip(anchor) and not target:
            # "est arrivé à Abidjan pour une visite": the host is the state of the place the trip goes to
            host = self._destination(anchor)
            if host is not None and host in source.codes:
                return []  # "arrivé à Lille pour une visite": a trip at home
            if host is not None:  # (to a region, "dans quatre pays d'Afrique", the host stays unnamed)
                target = Args((host,), ("",), explicit=False)
        if entry.lemma == "arriver" and mode == "visit" and not self._envoy_subject(tok):
            return []  # "les troupes françaises sont arrivées au Mali", "le navire est arrivé": no visit
        if entry.lemma in ("rendre", "revenir", "arriver") and mode == "visit":
            host = self._destination(tok)
            if host is None or host in source.codes or any(c.lemma_.lower() == "compte" for c in tok.children):
                return []  # "se rendre compte", "se rendre utile", a trip at home ("est revenu à Paris")
            if not target:
                target = Args((host,), ("",), explicit=False)
        if mode == "visit" and entry.pos == "VERB" and self.lex.is_a("sending", entry.lemma):
            # "envoyer une délégation à Bamako": the envoys visit the state of the place they are sent to
            host = self._place_hit(tok, tok, frozenset({"à", "au", "aux", "en"})) or self._destination(tok)
            if host is None or host in source.codes:
                return []
            target = Args((host,), ("",), explicit=False)
            if tok.dep_ == "xcomp" and self.lex.is_a("deciding", tok.head.lemma_):
                clause = Clause(clause.status, True, clause.future, clause.conditional)  # a visit decided, to come
        if etype == "MOBILIZE" and entry.pos == "VERB" and entry.lemma != "survoler" and not self._moves_forces(tok):
            return []  # "déployer des efforts": only forces are mobilised (aircraft flying over move themselves)
        if (etype == "MOBILIZE" or mode == "arrest") and entry.pos == "VERB" and tok.dep_ == "acl" \
                and "Part" in tok.morph.get("VerbForm") and not any(t.i in self.timex_at for t in tok.subtree) \
                and not any(c.dep_ == "obl:agent" for c in tok.children) \
                and not any(c.dep_ == "nummod" for c in tok.head.children):
            # "les forces déployées à Minsk", "une avocate emprisonnée", "les Iraniens détenus": a state the
            # noun is in, not a deployment or an arrest the text reports ("45 personnes arrêtées" counts them)
            return []
        if entry.pos == "VERB" and self._qualifying_participle(tok):
            # "le confinement décrété le 23 mars", "le décret signé par Trump", "la circulation alternée
            # décrétée": an act named inside a noun phrase is context (guidelines)
            return []
        if etype == "ACCUSE" and entry.pos == "VERB" and "Past" in tok.morph.get("Tense") \
                and "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children) \
                and (tok.dep_ == "acl" and self._labelled(tok.head)
                     or tok.dep_ == "conj" and tok.head.dep_ == "acl" and self._labelled(tok.head.head)) \
                and not any(t.i in self.timex_at for t in tok.subtree) \
                and not any(c.dep_ == "obj" for c in tok.children) \
                and not any(c.dep_ == "obl:agent" or c.dep_.startswith("obl") and any(
                    k.lower_ == "par" for k in c.children) for c in tok.children):
            # "le Premier ministre, inculpé pour corruption et accusé de mauvaise gestion": a label the
            # person carries, not an accusation the text reports (no accuser, no day)
            return []
        if etype in ("COERCE", "ASSAULT", "AID") and entry.pos == "VERB" and entry.constraint != "reflexive" \
                and _reflexive(tok):
            return []  # "la foule s'est dispersée", "je me suis arrêté", "s'est livré à": nothing done to anyone
        if entry.pos == "VERB" and self.lex.is_a("forces-or-state", entry.lemma) and not self._forces_act(tok) \
                and not (self.subject_of(tok)[1] and not any(c.dep_ == "obl:agent" for c in tok.children)):
            return []  # "X interpelle le gouvernement" calls on it; "ont été interpellés" (by the state) is an arrest
        if etype == "ASSAULT" and entry.pos == "VERB" and self._verbal_attack(tok):
            if entry.lemma != "attaquer":
                return []  # "Obama frappe plus juste"; "deux assaillants le frappent violemment" stays unsure
            # "Yann Moix a vivement attaqué Nicolas Dupont-Aignan", "a-t-il attaqué": criticism
            etype, mode = "ACCUSE", "disapprove"
        if entry.type == "ACCUSE" and entry.lemma == "prendre" and entry.cue == "en" and not self._words_against(tok):
            return []  # "un homme armé s'en est pris aux passants": violence, not words
        shot = self._attack_agent(tok) if etype == "ASSAULT" and entry.pos == "VERB" else None
        author = self._attack_author(shot) if shot is not None else Args()
        if author:
            source = author  # "a été tué par un tir israélien": the shot's author, not the state where it fell
        if etype == "ASSAULT" and entry.pos == "VERB" and not author and any(
                e.pos == "NOUN" and e.type == "ASSAULT" for c in [
                    *(c for c in tok.children if c.dep_ in ("nsubj", "obl:agent") or (
                        c.dep_.startswith("obl") and any(k.lower_ == "par" for k in c.children))),
                    *(s for s in [self.subject_of(tok)[0]] if s is not None)]
                for e in self.lex.lookup(c.lemma_)):
            # "les attentats qui ont frappé Paris", "une frappe a tué 42 personnes": the noun is the event
            # (not "a été tué par un tir israélien": a passive's agent naming its author is coded with the verb)
            return []
        if entry.lemma == "blesser" and (any(c.dep_ == "aux:pass" for c in tok.children) or self.subject_of(tok)[1]) \
                and not any(c.dep_ == "obl:agent" for c in tok.children) and self._killed_in_attack(tok) is None:
            # (not "ont été blessés lors d'affrontements", "dans un attentat": the attack's toll, told as killings are)
            return []  # "deux policiers ont été blessés": a toll, not an attack by anyone named
        if entry.lemma == "repousser" and entry.pos == "VERB" and self._pushed_back_or_put_off(tok):
            return []  # "a repoussé une protestataire", "une attaque", "les élections à juin": no refusal
        if entry.lemma == "envahir" and (self._protesters(tok, "crowd") or self._protesters(tok)):
            if not self._protesters(tok):
                return []  # "les habitants ont envahi les rues pour saluer les soldats"
            etype, mode = "PROTEST", "demo"  # "des manifestants ont envahi le Parlement"
        if etype == "ASSAULT" and entry.pos == "VERB" and mode not in ("crowd-control", "abduct") \
                and not self.subject_of(tok)[1] \
                and not self._forces_act(tok) \
                and not any(t.lemma_.lower() in ("lacrymogène", "caoutchouc") for t in tok.subtree) and (
                self._protesters(tok) or self._protesters(tok, "crowd") and self._beside_protest(tok)):
            # "des manifestants ont attaqué un commissariat", "des sympathisants ont bloqué la route et tenté
            # d'attaquer un local de la police": a crowd's violence is a riot (PLOVER PROTEST riot)
            etype, mode = "PROTEST", "riot"
        if etype == "PROTEST" and (mode == "riot" or entry.lemma == "marcher") and entry.pos == "VERB" and not (
                self._protesters(tok) or self._protesters(tok, "crowd")):
            return []  # stones thrown are a riot, a walk is a march, only when a crowd does it
        if entry.lemma == "frapper" and not any(c.dep_ in ("obj", "nsubj:pass") for c in tok.children) and any(
                c.dep_.startswith("obl") and any(k.lower_ in ("à", "au", "aux") for k in c.children) for c in tok.children):
            return []  # "frapper à la porte, aux vitres": knocking
        if entry.lemma == "frapper" and any(
                t.i != tok.i and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in t.children)
                and any(e.pos == "NOUN" and e.type in ("COERCE", "SANCTION") for e in self.lex.lookup(t.lemma_))
                for t in tok.subtree):
            etype, mode = "COERCE", "restrict"  # "frapper une société d'une amende"
        if etype == "PROTEST" and entry.pos == "VERB" and any(
                c.dep_.startswith("obl") and self.lex.is_a("occasion", c.lemma_)
                and any(k.lower_ == "pour" for k in c.children) for c in tok.children):
            return []  # "trois mille personnes se sont réunies pour le derby"
        if etype == "PROTEST" and entry.lemma == "manifester" and any(
                c.dep_ == "obj" and c.pos_ == "NOUN" and c.i not in self.timex_at
                and any(k.dep_ == "det" for k in c.children) for c in tok.children):
            return []  # "manifester son mécontentement": expressed, not demonstrated
        if etype == "PROTEST" and mode == "obstruct" and entry.pos == "VERB" and not any(
                c.dep_ == "obj" for c in tok.children):
            return []  # "j'ai beau bloquer", "elle s'est trouvée bloquée": no road or site blocked
        if entry.lemma == "mobiliser" and etype == "PROTEST" and self._moves_forces(tok):
            etype, mode = "MOBILIZE", "police"  # "13.000 policiers et gendarmes sont mobilisés"
            source, target = self.verb_args(tok, etype, True, entry.cue)
        elif entry.lemma == "mobiliser" and etype == "PROTEST" and self.subject_of(tok)[1] \
                and not (self._protesters(tok, "crowd") or self._protesters(tok)):
            return []  # "des personnels de MSF ont été mobilisés": put to work, not protesting
        if entry.pos == "VERB" and self.lex.is_a("forces-only", entry.lemma) and not self._forces_act(tok):
            return []  # "le ministre chargé de", "un jardin encerclé de murs"
        if entry.pos == "VERB" and etype == "ASSAULT" and self.lex.is_a("forces-only", entry.lemma) and any(
                c.dep_ == "obj" and c.pos_ == "NOUN" and not self.mentions_at[c.i]
                and not any(self.lex.is_a(cls, c.lemma_) for cls in ("person", "crowd", "protester", "military"))
                for c in tok.children):
            return []  # "des militaires chargeaient un lance-roquettes": loaded a thing, charged no one
        if etype == "PROTEST" and entry.pos == "VERB" and (mode == "obstruct" or entry.lemma == "mobiliser") \
                and self._decided_by_state(tok):
            return []  # "le gouvernement bloque l'accès", "l'Unesco se mobilise pour ...": no protest
        if etype == "AID" and entry.pos == "VERB" and any(
                c.dep_ in ("obj", "nsubj:pass") and self.lex.is_a("not-aid", c.lemma_) for c in tok.children) or (
                etype == "AID" and tok.dep_ == "acl" and self.lex.is_a("not-aid", tok.head.lemma_)):
            return []  # "fournir des preuves", "livrer bataille", "des chiffres fournis par": no aid given
        if etype == "AID" and entry.pos == "VERB" and not self._aid_parties(tok):
            return []  # "des policiers livrés à la violence", "les ressources aident à financer"
        if mode in ("release", "abduct") and entry.pos == "VERB" and not self._human_undergoer(tok):
            return []  # "les fréquences libérées", "enlever les barricades": no one is released or taken
        if etype == "ASSAULT" and entry.pos == "VERB" and any(
                c.dep_.startswith("obl") and self.lex.is_a("words", c.lemma_)
                and any(k.dep_ == "case" and k.lower_ in ("par", "avec") for k in c.children) for c in tok.children):
            return []  # "si j'ai blessé quelqu'un par mes paroles", "frappé par ses propos": words, no blows
        if etype in ("ASSAULT", "COERCE", "THREATEN") and entry.pos == "VERB" and self._no_actor_acts(tok):
            return []  # "attaquée et blessée par un tigre", "une vie frappée par la tragédie", "le conflit menace de"
        if etype in ("ASSAULT", "PROTEST", "MOBILIZE") and entry.pos == "NOUN" and mode != "boycott" and any(
                c.dep_ in ("amod", "nmod") and self.lex.is_a("figurative", c.lemma_) for c in tok.children):
            # "une offensive judiciaire", "une guerre commerciale", "une manifestation sportive"; a boycott
            # is one whatever its field ("un boycott diplomatique des Jeux")
            return []
        if entry.pos == "VERB" and self.lex.is_a("fire-verb", entry.lemma) and any(
                c.dep_ in ("obj", "nsubj:pass") and not self.lex.is_a("projectile", c.lemma_) for c in tok.children):
            return []  # "tirer la sonnette d'alarme", "une statue tirée avec des cordes"
        pact = etype == "SANCTION" and entry.pos == "VERB" and self.lex.is_a("pact", entry.cue or "")
        treaty = self._left_pact(tok) if pact else None
        if pact and treaty is None:
            # "retirer son accord", "retirer ses troupes conformément à l'accord": not a treaty left
            bare = [e for e in self.lex.lookup(entry.lemma) if e.pos == "VERB" and not e.cue]
            return self._event(tok, bare[0], sent) if bare else []
        if pact and tok.dep_ == "acl" and "Inf" in tok.morph.get("VerbForm"):
            return []  # "la décision américaine de se retirer de l'accord": a noun phrase of context
        if entry.pos == "VERB" and self.lex.is_a("retreat-scene", entry.lemma) and not self._leaves_ground(tok) \
                and not pact and not (etype == "SANCTION" and mode == "withdraw"):
            return []  # "retirer une réforme", "se retirer de l'accord" (not "retirer son ambassadeur")
        if etype == "SANCTION" and mode == "discontinue" and entry.pos == "VERB" and not pact \
                and not self._party_undergoes(tok):
            return []  # "le procès a été suspendu", "geler les salaires": no relation with anyone cut
        if etype == "SANCTION" and mode == "discontinue" and entry.pos == "NOUN" and any(
                c.dep_ == "nmod" and self.lex.is_a("policy", c.lemma_) for c in tok.children):
            return []  # "la suspension de la taxe carbone", "le gel de la réforme": a policy put off
        if entry.lemma == "retrait" and (any(
                c.dep_ == "nmod" and not (self.lex.is_a("military", c.lemma_) or c.i in self.place_at)
                and any(k.lower_ in ("de", "du", "des", "d'", "d’") for k in c.children if k.dep_ == "case")
                for c in tok.children) or not any(
                (c.dep_ == "nmod" and (self.lex.is_a("military", c.lemma_) or c.i in self.place_at))
                or (c.dep_ == "amod" and self.mentions_at[c.i]) for c in tok.children)):
            return []  # "le retrait des troupes", "de Kaboul", "le retrait russe"; not "du traité", "républicain"
        if etype == "COERCE" and entry.pos == "VERB" and not any(c.dep_ == "aux:pass" for c in tok.children) and any(
                (c.dep_ == "ccomp" and not _incise(c)) or (c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’"))
                for c in tok.children):
            # "il a saisi que c'était une attaque": understood, not seized (not "a été arrêté en même temps
            # que X", "ont été arrêtés, a indiqué la police")
            return []
        if entry.lemma == "retrouver" and entry.pos == "VERB" and any(
                c.dep_.startswith("obl") and c.like_num for c in tok.children):
            return []  # "ils se retrouvent à 158 sur un zodiac": a number they end up as
        if entry.lemma == "retrouver" and entry.pos == "VERB" and (subj := self.subject_of(tok)[0]) is not None \
                and "Sing" in subj.morph.get("Number") and not self.lex.is_a("crowd", subj.lemma_) \
                and not any(c.dep_ == "conj" or c.dep_ == "nmod" and "Plur" in c.morph.get("Number")
                            for c in subj.children):
            # "une conversation privée se retrouve dans la presse", "il s'est retrouvé en prison": one who
            # ends up somewhere; people who meet are several ("les deux délégations se retrouvent", "un
            # millier de personnes se sont retrouvées")
            return []
        if etype == "PROTEST" and entry.pos == "VERB" and (not self._human_subject(tok) or (
                mode in ("obstruct", "boycott") and any(c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children))):
            return []  # "le confinement a bloqué la production", "ils sont bloqués à Paris"
        if etype == "PROTEST" and mode == "obstruct" and entry.pos == "VERB" and (
                self._forces_act(tok) or self._official_act(tok)):
            etype, mode = "COERCE", "restrict"  # "la police a bloqué les manifestants", "le régime a bloqué Internet"
        if entry.pos == "VERB" and self.lex.is_a("prosecute", entry.lemma) and not self._human_undergoer(tok):
            return []  # "poursuivre les réformes", "a poursuivi ses débats": no one is prosecuted
        if mode == "arrest" and entry.pos == "VERB" and not self._human_undergoer(tok):
            return []  # "arrêter les essais", "être interpellé quant au sérieux": no one is arrested
        if entry.pos == "VERB" and entry.mode == "seize" and self.lex.is_a("takes-ground", entry.lemma) \
                and (ground := self._ground_taken(tok, entry)) is not None \
                and (held := self._ground_country(ground)) is not None:
            # the ground's state is the one whose territory is occupied (its own, in a civil war), whatever
            # else the clause names
            target = Args((held,), ("",), explicit=False)
        if etype == "AGREE" and entry.pos in ("VERB", "ADJ") and self._promises_harm(tok):
            etype, mode = "THREATEN", self._promised_repression(tok)  # "promettant des arrestations"
            if not target:
                target = self._harmed(tok)  # "a promis de ruiner l'opposant": a rival of the same country
        if etype == "THREATEN" and not target and source and entry.pos == "VERB" and self._retaliation(tok):
            target = self._attacker_of(source)  # "l'Iran a promis de venger la mort du général": at the attacker
        if etype == "REQUEST" and entry.lemma == "inviter" and not self._invited_to_meet(tok) \
                and self._invited_somewhere(tok):
            if not target or set(target.codes) <= set(source.codes):
                return []  # "a invité les députés de son parti au siège": a guest list, not a demand
            etype, mode = "AGREE", None  # "Poutine a invité Erdogan à Moscou": a visit offered
        if etype == "REQUEST" and entry.lemma == "inviter" and self._invited_to_meet(tok):
            etype, mode = "AGREE", None  # "inviter X à un sommet": an invitation to talks (AGREE), not a demand
        if etype == "AGREE" and entry.pos == "VERB" and self.lex.is_a("nominate", entry.lemma) and self._names_person(tok):
            etype = "SUPPORT"  # "proposer X au poste de": a nomination endorses X (PLOVER 051), not an offer
        if etype == "SUPPORT" and entry.pos == "VERB" and self._named_culprit(tok):
            etype, mode = "ACCUSE", "allege"  # "désigné par Pékin comme responsable des troubles": blamed
        if etype == "THREATEN" and entry.pos == "VERB" and self._content_is_event(tok):
            return []  # "a prévenu que les Etats-Unis ne discuteraient pas": the content is the event
        if etype == "ACCUSE" and mode == "disapprove" and entry.pos == "VERB" and any(
                c.dep_ == "obj" and any(self._disaster(t) for t in (c, *(k for k in c.children if k.dep_ == "nmod")))
                and not any(k.dep_ == "det" and "Yes" in k.morph.get("Poss") for k in c.children)
                for c in tok.children):
            # "a déploré l'une des pires tornades", "regrette le séisme": a misfortune, no one blamed (not "dénonce
            # sa gestion de l'épidémie": whose handling is blamed)
            return []
        if etype in ("COERCE", "CONCEDE", "SANCTION") and self.lex.is_a("public-measure", entry.lemma) \
                and self._public_health(tok):
            # "a assoupli ses restrictions contre le Covid-19", "a décrété l'état d'urgence sanitaire": a
            # public-health measure is no coercion of anyone, nor its end a concession (PLOVER)
            return []
        if etype == "THREATEN" and entry.pos == "NOUN" and entry.lemma != "menace" \
                and any(self._disaster(t) for t in tok.subtree if t.i != tok.i):
            return []  # "des avertissements d'alerte d'inondation ont été émis": a warning of a disaster
        if etype == "THREATEN" and entry.lemma != "menacer" and self._warns_of_disaster(tok):
            return []  # "a prévenu qu'il fallait s'attendre à une deuxième vague de contamination": no threat
        if etype == "THREATEN" and entry.pos == "VERB" and self.lex.is_a("warning", entry.lemma) \
                and (not target or set(target.codes) <= set(source.codes)) and self._warns_of_no_act(tok):
            return []  # '"Nous ne pouvons pas continuer ainsi", a averti le gouverneur': a caution, no threat
        if entry.lemma == "donner" and etype == "REQUEST" and not any(
                c.dep_ in ("advcl", "xcomp") and any(k.lower_ == "pour" for k in c.children)
                and any(t.lower_ in ("jusqu'", "jusqu’", "jusque") for t in self.parse[tok.i + 1:c.i])
                for c in tok.children):
            return []  # "a donné à la junte jusqu'à mardi pour désigner": only a deadline set is a demand
        if entry.constraint == "neg-only":
            if clause.status != "negated":
                return []
            if entry.cue == "suite" and not any(
                    k.lemma_.lower() == "suite" and any(e.pos == "NOUN" and e.type in ("REQUEST", "AGREE", "THREATEN")
                                                        for e in self.lex.lookup(c.lemma_, c.lower_))
                    for c in tok.children for k in c.children) and not any(
                    c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux") for k in c.children)
                    and any(e.pos == "NOUN" and e.type in ("REQUEST", "AGREE", "THREATEN")
                            for e in self.lex.lookup(c.lemma_, c.lower_))
                    for c in tok.children):
                # (the demand may hang on the verb: "n'a pas donné suite, mercredi, à l'ultimatum de X")
                return []  # "n'a pas donné suite" to no demand, ultimatum or offer named: no answer to the press
            clause = Clause("asserted")
        if entry.pos == "VERB" and self._other_sense(tok, entry, etype):
            return []
        if entry.pos == "VERB" and any(c.dep_ == "advmod" and self.lex.is_a("habitual", c.lemma_, c.lower_)
                                       for c in tok.children):
            return []  # "les entreprises interdisant généralement ...": what is usually done, no event
        if etype == "REQUEST" and entry.lemma == "demander" and tok.i + 1 < tok.sent.end \
                and self.parse[tok.i + 1].text == ":" and any(t.text == "?" for t in self.parse[tok.i + 1: tok.sent.end]):
            return []  # 'je leur ai demandé : et cette année, comment ça s'est passé ?': a question asked
        out = []
        # a court sentence: "condamnés à dix jours de détention" (SANCTION convict and COERCE arrest);
        # "condamné pour la mort de X" states the reason of a condemnation, not a sentence
        sentence = entry.lemma == "condamner" and self._sentence_of(tok)
        if sentence or (entry.lemma == "condamner" and self._convicted(tok)):
            # a suspended sentence ("avec sursis") convicts but jails no one; so does a conviction whose
            # sentence is not told ("deux hommes ont été condamnés")
            suspended = not sentence or any(t.lemma_.lower() == "sursis" for t in tok.subtree)
            etype, mode = ("SANCTION", "convict") if suspended else ("COERCE", "arrest")
            if not source and (country := self.local_country(tok)):
                source = Args((country,), ("",), explicit=False)
        if etype == "PROTEST" and mode == "strike" and any(c.dep_ == "nmod" and c.lemma_.lower() == "faim"
                                                            for c in tok.children):
            mode = "hunger"  # "une grève de la faim"
        if tok.lemma_.lower() in ("tir", "gaz", "grenade") and any(
                c.lemma_.lower() in ("lacrymogène", "gaz", "caoutchouc") for c in tok.subtree):
            mode = "crowd-control"
        if etype == "COERCE" and mode == "restrict" and any(
                t.lemma_.lower() in ("lacrymogène", "matraque", "caoutchouc", "canon") for t in tok.subtree):
            if tok.lemma_.lower() in ("interdire", "interdiction"):
                return []  # "l'interdiction du recours au gaz lacrymogène": the forces restrain themselves
            etype, mode = "ASSAULT", "crowd-control"  # dispersal by force (PLOVER)
        if etype == "MOBILIZE" and any(self.lex.is_a("relief", t.lemma_) and any(
                self._disaster(d) for d in t.subtree)
                for t in verb_like.subtree):
            # "320 soldats sont mobilisés pour combattre les incendies": forces sent against a disaster bring
            # relief (PLOVER AID), they are not aimed at anyone
            etype, mode = "AID", "humanitarian"
        if etype == "AID" and self._own_reinforcements(tok, verb_like, source, target):
            etype, mode = "MOBILIZE", "troops"  # "New Delhi a dépêché des renforts au Cachemire"
        status = clause.status
        if etype == "THREATEN" and clause.if_clause and status == "hypothetical" and not clause.conditional:
            status = "asserted"  # a threat is conditional by nature and still asserted
        if status == "hypothetical" and etype in STATEMENTS and entry.pos == "VERB" and self._said_to(tok):
            status = "asserted"  # "a téléphoné à X pour le féliciter": the call made, the praise was said
        if status == "asserted" and etype in VERBAL and entry.pos == "VERB" and tok.dep_ == "xcomp" \
                and tok.head != tok and (is_conditional(finite_of(tok.head))
                                             or self.lex.is_a("considering", tok.head.lemma_)):
            # "devrait demander", "envisage de critiquer": a statement expected or weighed, not made
            status = "hypothetical"
        if status == "hypothetical" and etype in MATERIAL and entry.pos == "VERB" and self._alleged_deed(tok):
            status = "asserted"  # "accusent la Russie d'avoir massé des troupes": a past deed told on their word
        if status == "hypothetical" and etype == "AID" and entry.pos == "VERB" and self._sent_for(tok):
            status = "asserted"  # "a envoyé une équipe pour aider X": the aid went with what was sent
        lacking = entry.pos == "NOUN" and (anchor.lemma_.lower() == "avoir"
                                           or self.lex.is_a("support-inverse", anchor.lemma_))
        if status == "negated" and etype in COOPERATIVE and not lacking and entry.cue != "accord" \
                and not self._negated_governor(verb_like) \
                and not (entry.pos == "VERB" and self._done_without(tok)) \
                and not (verb_like.dep_ == "xcomp" and verb_like.head != verb_like
                         # "aucun président ne devrait rencontrer X": an opinion of what should be, not a refusal
                         and verb_like.head.lemma_.lower() in ("devoir", "pouvoir")
                         and is_conditional(finite_of(verb_like.head))) \
                and (etype == "CONCEDE" or not (is_past(verb_like)
                                                or verb_like.dep_ == "conj" and is_past(verb_like.head))
                     # "n'ont pas reconnu son élection", "n'a pas accepté l'offre": a refusal, not a lack
                     or entry.lemma in ("accepter", "reconnaître") and entry.pos == "VERB"
                     and not any(c.lemma_.lower() == "coupable" for c in tok.children)):
            # "ne discuteront pas", "aucune concession"; not "n'avons pas de soutien" (a lack, not a refusal)
            etype, mode, status = "REJECT", None, "asserted"
            if entry.pos == "VERB" and self._refusal_framed(verb_like):
                status = "hypothetical"  # "appellent X à refuser de fournir", "accusé de ne pas aider": no refusal told
        elif clause.planned and status == "asserted":
            if etype == "CONSULT":
                etype, mode = "AGREE", None  # a planned meeting
                announced = True
            elif etype not in VERBAL or entry.pos == "VERB" and self._said_ahead(tok, entry):
                status = "hypothetical"
        elif clause.future and status == "asserted" and etype not in VERBAL:
            status = "hypothetical"
        if status == "hypothetical" and etype in ("CONSULT", "COOPERATE", "AID", "CONCEDE", "AGREE") \
                and self._willing(verb_like):
            etype, mode, status = "AGREE", None, "asserted"  # "disposé à négocier": willingness stated
        if not source and entry.pos == "NOUN" and etype in ("CONSULT", "AGREE") and self.last_talks:
            source = self.last_talks  # "les discussions se poursuivront": the talks already named
        met = False  # a meeting whose only coded party is the one met
        if not source:
            if etype == "PROTEST" and (country := self.local_country(tok)):
                source = Args((country,), ("",), explicit=False)  # protesters where they protest
            elif etype == "COERCE" and entry.pos == "VERB" and self._placeless_repression(tok, mode):
                # "X a été arrêté vendredi", "les autorités avaient interdit les manifestations": the state's
                # act, also in a country the text does not name
                pass
            elif etype == "PROTEST" and self._placeless_protest(tok, entry, anchor):
                # "des milliers de personnes ont battu le pavé dans le monde", "les manifestations se sont
                # poursuivies": protesters the text places in no country it names are still protesters
                pass
            elif etype == "ACCUSE" and mode == "investigate" and entry.pos == "NOUN" and support \
                    and self.lex.is_a("targeted", anchor.lemma_) and (country := self.local_country(tok)):
                # "vingt personnes sont visées par l'enquête": the state investigates where it happens
                source = Args((country,), ("",), explicit=False)
            elif etype == "COERCE" and mode in ("arrest", "seize") and entry.pos == "NOUN" \
                    and (country := self.local_country(tok)):
                # "des arrestations ont eu lieu à Minsk", "la journée a donné lieu à 400 interpellations":
                # arrests and raids no one is named for are the state's where they happen
                source = Args((country,), ("",), explicit=False)
            elif etype == "ASSAULT" and entry.pos == "VERB" and self._unnamed_attackers(tok) \
                    and (claimed := (told := self._army_told(tok, target)) or self._claimant() or self._here(tok)):
                # "des drones ont visé des positions, a indiqué l'armée turque": the army telling its own
            # strikes; "un kamikaze s'est fait exploser ... l'attaque a été revendiquée par l'EI": the group
                # that claims it (guidelines); else "des hommes armés ont attaqué une prison à Kaboul":
                # attackers inside one country take its code
                source = claimed
                if told:
                    target = target.without(told.codes)  # "selon l'armée russe": the teller, not one hit
            elif etype == "ASSAULT" and entry.pos == "VERB" and (attack := self._killed_in_attack(tok)) is not None \
                    and (by := self.noun_args(attack, attack, False, etype)[0] or self._led_by(attack)
                         or self._claimant() or self._here(tok)) \
                    and not any(e.type == "ASSAULT" and e.status == "asserted"
                                # (an attack whose noun names another author is another attack: "tué dans un
                                # raid américain" after "il a tué des milliers d'Américains")
                                and not (by.explicit and set(e.source).isdisjoint(by.codes)) for e in self.coded):
                # "dix personnes ont été tuées dans un attentat à Kaboul", "tué dans un raid américain": the
                # attack's author when the noun names one, else as for attackers left unnamed (a toll given
                # after an attack already reported is that attack's, not another one); the act is
                # the attack's kind (a bombing, not a shooting: one happening with "un kamikaze s'est fait exploser")
                source = by
                mode = next(e.mode for e in self.lex.lookup(attack.lemma_, attack.lower_)
                            if e.pos == "NOUN" and e.type == "ASSAULT")
            elif etype == "ASSAULT" and entry.pos == "NOUN" and not support and self._died_in(tok) \
                    and not any(e.type == "ASSAULT" and e.status == "asserted" for e in self.coded) \
                    and (claimed := self._claimant() or self._here(tok)):
                source = claimed  # "trois soldats sont morts dans une attaque à Kidal": as for the killed (above)
            elif etype == "ASSAULT" and entry.pos == "NOUN" and support and self._unnamed_attackers(anchor) \
                    and (claimed := self._claimant() or self._here(tok)):
                source = claimed  # "des hommes armés ont lancé un assaut contre une prison": as for the verb
            elif etype == "ASSAULT" and entry.pos == "VERB" and self._beaten_then_arrested(tok) \
                    and (country := self.local_country(tok)):
                # "des parents avaient été frappés puis arrêtés lundi": those who arrest them, the state
                # where it happens, beat them first
                source = Args((country,), ("",), explicit=False)
            elif etype == "SANCTION" and mode == "withdraw" and entry.pos == "VERB" and target \
                    and (posted := self._recalled_envoys(tok)) is not None:
                # "la mission diplomatique russe auprès de l'Alliance a été retirée": the envoys' state recalls
                # them from where they were posted
                source, target = target.without(posted.codes) or target, posted
            elif etype == "CONSULT" and status == "asserted" and target and entry.mode is None \
                    and set(target.codes) <= set(self._met_with(tok, anchor).codes):
                # "il s'est entretenu avec Vladimir Poutine", "l'Etat avait amorcé des pourparlers avec le FMI":
                # a meeting held, one of whose parties the text leaves uncoded; the parties of a meeting
                # may stand on either side (GUIDELINES.md)
                source, target, met = target, Args(), True
            else:
                return []  # an event needs an identifiable actor
        if self.lex.is_a("armed-struggle", entry.lemma) and not self._armed_parties(tok, source, target):
            return []  # "combattre le terrorisme", "le combat contre la pauvreté": no armed actor fought
        if entry.lemma == "assaut" and anchor.lemma_.lower() == "prendre" \
                and not (self._forces_act(anchor) or self._unnamed_attackers(anchor)):
            return []  # "les habitants ont pris d'assaut les supermarchés": a rush, not an attack
        if not target and (etype in DOMESTIC_DEFAULT_TARGET or mode == "crowd-control"):
            target = Args(source.codes, source.names, explicit=False)
        if not target and etype == "THREATEN" and entry.type == "AGREE" and mode is not None:
            # authorities promising arrests with no one named: a threat to their own population
            target = Args(source.codes, source.names, explicit=False)
        if not target and etype == "ASSAULT" and entry.pos == "NOUN" and anchor != tok \
                and self.lex.is_a("occurrence", anchor.lemma_):
            target = self._targets_from(anchor, {tok.i}, source)  # "des frappes ont visé Kiev"
        if etype == "SANCTION" and mode in ("withdraw", "expel") and (not target or target.codes == source.codes) \
                and (country := self._place_hit(tok, anchor, frozenset({"à", "au", "en"}))) and country not in source.codes:
            target = Args((country,), ("",), explicit=False)  # "a rappelé son ambassadeur à Paris"
        if (not target or self._only_faced(tok, target)) and etype == "ASSAULT" and mode in ("firearms", None) \
                and self._fires_test_weapon(tok) and not self._place_hit(tok, anchor):
            # "a tiré deux missiles dans la mer (face à des exercices entre Séoul et Washington)": a show of
            # force, aimed at those it faces (below), not an attack on them
            etype, mode, target = "MOBILIZE", "troops", Args()
        if not target and etype == "ASSAULT" and (country := self._place_hit(tok, anchor)):
            target = Args((country,), ("",), explicit=False)  # "une offensive contre Kharkiv", "a bombardé Alep"
        if not target and etype == "ASSAULT" and (country := self.local_country(tok)):
            target = Args((country,), ("",), explicit=False)  # an attack hits the country where it happens
        if etype in ("AID", "MOBILIZE") and (not target or target.codes == source.codes) and (
                country := self._place_hit(tok, anchor, frozenset({"à", "au", "aux", "en", "vers"}))) \
                and country not in source.codes:
            target = Args((country,), ("",), explicit=False)  # "des secouristes dépêchés à Katmandou"
        if etype == "MOBILIZE" and target and source and set(target.codes) <= set(source.codes) and (
                sent_to := self._clause_place(self._clause_heads(tok))) is not None \
                and sent_to.country not in source.codes:
            # "la France a déployé deux bâtiments de la Marine nationale en Méditerranée orientale": the forces
            # moved abroad are the source's own, not what the move is aimed at
            target = Args()
        if etype == "MOBILIZE" and source:
            faced = next((found for t in tok.subtree
                          if any(k.dep_ == "case" and k.lower_ == "face" for k in t.children)
                          and (found := self.actors_at(t.i, source.codes) or self._parties_of(t, source.codes))), None)
            # "a renforcé sa présence militaire, en soutien à la Grèce, face à la Turquie"; "face à des
            # exercices prévus entre Séoul et Washington": the parties of the act faced
            if faced:
                target = Args(faced.codes, faced.names, explicit=False)
        if not target and etype == "MOBILIZE" and mode == "police" and len(source.codes) == 1 \
                and source.codes[0] not in ORG_CODES:
            target = Args(source.codes, ("",), explicit=False)  # "la police a renforcé ses patrouilles": at home
        if not target and etype == "MOBILIZE" and source and self.local_country(tok) in source.codes:
            target = Args(source.codes, ("",), explicit=False)  # troops deployed at home ("blindés déployés à Minneapolis")
        if not target and etype == "AID" and status == "asserted" and entry.lemma != "aider" \
                and (country := self.local_country(tok, own_clause=True)):
            # not a place of another clause: "en visite à Rome, le président, qui a annoncé une aide"
            target = Args((country,), ("",), explicit=False)  # aid with no recipient named goes where it is sent
        if entry.lemma == "aider" and not self._names_actor(tok):
            return []  # "j'aide les gens à déménager", "aider un pompier blessé": no state or group helped
        if entry.mode == "economic" and entry.pos == "VERB" and etype == "AID" and (
                not target.explicit or not set(target.codes) - set(source.codes)):
            return []  # "la mairie a débloqué deux millions d'euros": a budget spent, not money given to an actor
        if etype in SYMMETRIC and target.codes == source.codes and not (
                etype in ("CONSULT", "AGREE") and entry.constraint != "reflexive" and target.names and source.names
                and not set(target.names) & set(source.names)
                and self._named_here(source, sent) and self._named_here(target, sent, groups=True)):
            target = Args()  # a meeting between two named actors of one state is a domestic meeting (X > X)
        if etype == "SUPPORT" and self.lex.is_a("joint-act", entry.lemma) and not target and source.n_parties >= 2 \
                and len(source.codes) >= 2:
            # "Washington et Tokyo ont signé un accord": each party signs towards the other
            target = Args(source.codes[1:], source.names[1:], source.explicit)
            source = Args(source.codes[:1], source.names[:1], source.explicit)
        if not target and source and self._has_uncoded_party(anchor if entry.pos == "NOUN" else tok, tok):
            # someone named but not coded ("a été interrogé, Pavel X", "des poursuites contre le conseil")
            # by an actor of the country where the text says it happens: a domestic event
            country = self.local_country(tok)
            if country is not None and source.codes == (country,):
                target = Args(source.codes, ("",), explicit=False)
        if not target and len(source.codes) == 1 and source.codes[0] not in ORG_CODES and entry.pos == "VERB" \
                and self.local_country(tok) is None and self._domestic_party(tok):
            # a state that calls on, threatens or sends in a domestic group ("les gouverneurs", "l'armée")
            # the text places in no country acts at home
            target = Args(source.codes, ("",), explicit=False)
        if not target and (etype == "CONSULT" or announced) and source.n_parties < 2 and self._one_country(source) \
                and self._has_uncoded_party(anchor if entry.pos == "NOUN" else tok, tok):
            # "Trump s'est entretenu avec le gouverneur Andy Beshear": a person no code covers, met by an
            # actor of the one state the text names, is of that state (a domestic meeting; so is one
            # planned: "Sarkozy doit rencontrer Laurent Wauquiez mardi")
            target = Args(source.codes, ("",), explicit=False)
        if not target and etype == "AGREE" and entry.pos != "NOUN" and source.n_parties < 2 \
                and self._one_country(source) and self._domestic_partner(tok, source):
            target = Args(source.codes, ("",), explicit=False)  # "s'est dit prêt à travailler avec le gouverneur"
        if not target and etype == "AGREE" and entry.pos == "VERB" and source.n_parties < 2 \
                and (entry.cue in ("accord", "entente") or entry.constraint == "reflexive") \
                and self._one_country(source) and self._coordinated_parties(tok):
            # "l'administration et les chefs du Congrès sont arrivés à un accord": an agreement between two
            # parties of one state
            target = Args(source.codes, ("",), explicit=False)
        if etype == "CONSULT" and entry.pos == "VERB" and not target and source.n_parties < 2 \
                and entry.constraint != "reflexive" and entry.mode != "multilateral" and not met:
            return []  # "il avait rencontré X", "elle a reçu du directeur": no second party the text codes
        if mode == "resign" and target and not set(target.codes) <= set(source.codes):
            # "a démissionné de la mission sur la Nouvelle-Calédonie", "de son poste au WWF": the post left
            # is no party the resignation is aimed at
            target = Args()
        if entry.lemma == "blocus" and (not target or set(target.codes) <= set(source.codes)):
            return []  # "participent au blocus naval": a blockade is on a place abroad the text names
        if entry.lemma == "saisir" and (any(self.lex.is_a("institution", c.lemma_) or (
                self.mention_at[c.i] is not None and self.mention_at[c.i].actor.kind in ("igo", "other"))
                for c in tok.children if c.dep_ in ("obj", "nsubj:pass", "nsubj"))
                or tok.dep_ == "acl" and self.lex.is_a("institution", tok.head.lemma_)):
            return []  # "saisir la justice", "la Cour a été saisie", "les tribunaux, saisis par": a case brought
        if etype == "CONSULT" and entry.pos == "VERB" and not target and source.n_parties < 2 and any(
                c.dep_ == "obj" and c.pos_ == "NOUN" and c.i not in self.timex_at
                and self.parse[c.i - 1].text != "-"  # "cette fois-ci"
                and not self.lex.is_a("person", c.lemma_)
                and not self.lex.is_a("domestic", c.lemma_) for c in tok.children):
            return []  # "a reçu des dons", "a consulté les chiffres": a thing, not a guest
        if etype in STATEMENTS and not target and source and entry.pos == "NOUN" and any(
                c.dep_ in ("amod", "det") and c.lemma_.lower() in SAME for c in tok.children):
            # "a lancé un appel similaire", "a réclamé le même geste": the one the same call went to before
            same = next((e for e in reversed(self.coded) if e.type == etype and e.target
                         and e.status == "asserted"), None)
            if same is not None:
                target = Args(same.target, same.target_names, explicit=False)
        if etype == "REQUEST" and not target and source and any(
                e.type == "COERCE" for c in anchor.children if c.dep_ in ("obj", "obl:arg") and c.pos_ == "NOUN"
                for n in [c, *(g for g in c.children if g.dep_ == "nmod")]
                for e in self.lex.lookup(n.lemma_, n.lower_) if e.pos == "NOUN") \
                and (country := self.local_country(anchor) or (
                    source.codes[0] if len(source.codes) == 1 and source.codes[0] not in ORG_CODES else None)):
            # "a réclamé une vague d'arrestations": asked of the state that arrests where it happens (a
            # state's own leader asks it of his state)
            target = Args((country,), ("",), explicit=False)
        if etype == "REJECT" and not target and source and (claim := self._claim_rejected(anchor)) is not None:
            # "a dit accueillir avec scepticisme les accusations de Berlin": the claimant is addressed
            # (a government answering its own opposition answers an actor of its own country)
            agent = self._act_agent(claim)
            target = agent.without(source.codes) or agent
        if etype == "REJECT" and not target and len(source.codes) == 1 and source.explicit and status == "asserted" \
                and entry.constraint != "evaluative" and (asker := self._demand_answered(tok, source, sent)):
            target = asker  # "Moscou a exigé des garanties (...). Les Américains n'ont fait aucune concession"
        if not target and etype == "ACCUSE" and entry.pos == "VERB" and source and (owner := next((
                k for c in tok.children if c.dep_ == "obj" for k in c.children
                if k.dep_ == "det" and k.lower_ in THIRD_POSSESSIVES), None)) is not None:
            # "les Etats-Unis dénoncent sa gestion de l'épidémie": whose conduct is denounced, when it is
            # another actor's than the speaker's
            target = self._antecedent(owner).without(source.codes)
        if not target and etype in VERBAL and entry.pos == "VERB" and (told := self._told_before_in_clause(tok)):
            target = told.without(source.codes)
        if not target and status == "asserted" and etype in DIRECTED and entry.constraint != "evaluative" \
                and (self._one_country(source) or self._domestic_story(source) and self._public_speaker(tok)) \
                and not any(
                    c.dep_ in ("obj", "iobj") and self.lex.is_a("pair", c.lemma_)
                    and any(k.lower_ == "deux" for k in c.children) for c in tok.children):
            # (not "a exhorté les deux belligérants": two parties other than the speaker, left unnamed)
            # a text that names one country and no other actor: what its state does to no one named
            # stays inside it ("le gouvernement a interdit les rassemblements", "Trump dénonce l'enquête")
            target = Args(source.codes, (), explicit=False)
        if not target and status == "asserted" and (
                etype in DIRECTED and not self._rejects_claim(tok, entry, source)
                # "a envoyé trois cargaisons de vivres": what is sent says it is aid, to whoever needs it
                and not (etype == "AID" and entry.cue) and not pact
                and not (etype == "ACCUSE" and self._unattributed_act(tok))
                and (entry.constraint == "evaluative" or self._other_party_named(source)) or (
                etype in ("AGREE", "COOPERATE") and source.n_parties < 2
                and not (announced and set(source.codes) <= ORG_CODES)
                and not (etype == "AGREE" and self._pledge(tok, entry)))) or (
                not target and status != "asserted" and etype == "AGREE" and entry.pos == "VERB"
                and self.lex.is_a("pledge", entry.lemma)
                and not self._pledge(tok, entry)):  # "va-t-il s'engager ?": nothing promised, to no one
            # a planned meeting needs a second party, or a forum that brings them together (a promise or an
            # offer does not: its target stays empty);
            # a demand, accusation, refusal... whose target the text names but the parse does not give
            # is left out rather than guessed
            return []
        if pact:
            # "les Etats-Unis se sont retirés de l'accord": ties with all its parties cut (PLOVER SANCTION);
            # a city in the treaty's name ("l'accord de Paris") is no party to it, nor are the state's own people
            target = Args()
        if etype == "SANCTION" and entry.lemma != "condamner" and source and target.codes == source.codes:
            etype, mode = "COERCE", "restrict"  # "suspendu de ses fonctions": an administrative sanction at home
        if etype == "CONSULT" and len(source.codes) + len(target.codes) >= 2:
            self.last_talks = _merge_args(source, target)
        heads = self._clause_heads(tok)
        if anchor != tok:
            heads = [tok] + self._clause_heads(anchor)
        if entry.pos == "NOUN" and support and self.lex.is_a("claimed", anchor.lemma_):
            date, precision = self._claimed_date(tok, etype, heads)
        else:
            date, precision = self.date_of(heads, is_pluperfect(verb_like))
        if announced and self.pub_date and date and date > self.pub_date:
            date, precision = self.pub_date, self.pub_precision
            self._last_dated = False  # the announcement's day, not the planned one
        elif status == "asserted" and etype not in VERBAL and self._last_dated and _after_day(date, self.pub_date) \
                and (not (told_done(anchor) or self._perfect_with_etre(anchor))
                     or self.lex.is_a("calling", anchor.lemma_)):
            # "a appelé à une grève lundi prochain", "manifesteront samedi": dated after publication, not yet done
            status = "hypothetical"
        if etype == "SUPPORT" and (kind := next((MATERIAL_SUPPORT[c.lower_] for c in tok.children
                                                 if c.dep_ in ("advmod", "amod") and c.lower_ in MATERIAL_SUPPORT), None)):
            etype, mode = "AID", kind  # "soutenu militairement par la Turquie": military aid (CAMEO 072)
        place = self.place_of(heads, sent, date)
        if mode == "visit" and entry.pos == "NOUN" and self._no_visit(entry, source, target, place):
            return []  # "en visite à Marseille, le président a annoncé": a trip at home, with no one met
        if treaty is not None and place is not None and any(
                self.place_at.get(t.i) == place for t in treaty.subtree):
            place = None  # "l'accord de Paris" names the treaty, not where it was left
        if etype == "RETREAT" and mode == "withdraw" and not target and place is not None \
                and source.codes == (place.country,):
            # "des commandants pro-Haftar se sont enfuis vers Bani Walid": forces that fall back inside their
            # own country yield to a side of that country
            target = Args(source.codes, (), explicit=False)
        confidence = 0.4 + (0.2 if entry.pos == "VERB" else 0.0) + (0.2 if source.explicit else 0.0) \
            + (0.1 if target and target.explicit else 0.0) + (0.1 if entry.cue else 0.0)
        out.append(Event(
            type=etype, source=source.codes, target=target.codes,
            evidence=Span(sent.start_char, sent.end_char, sent.text),
            trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text), mode=mode, status=status,  # type: ignore[arg-type]
            source_names=source.names, target_names=target.names, date=date, date_precision=precision,
            place=place, confidence=round(min(confidence, 1.0), 2), stage=self.stage,
        ))
        if self._last_governed:
            self.placed.add(id(out[0]))
        if entry.lemma == "condamner" and etype == "COERCE":
            out.append(replace(out[0], type="SANCTION", mode="convict"))
        return out

    def _fought_alongside(self, verb: Token, entry: Trigger, sent: Any) -> list[Event]:
        """"combattent les jihadistes aux côtés des forces maliennes": besides the cooperation with the allies,
        the fight against the enemy (an ASSAULT coded by the verb's plain sense)."""
        if entry.type != "COOPERATE" or entry.cue != "côté":
            return []
        fight = next((e for e in self.lex.lookup(verb.lemma_) if e.pos == "VERB" and e.type == "ASSAULT" and not e.cue),
                     None)
        if fight is None:
            return []
        allies = set(self._alongside(verb, Args()).codes)
        return [self._revised(e, target=tuple(c for c in e.target if c not in allies),
                              target_names=tuple(n for c, n in zip(e.target, e.target_names) if c not in allies))
                for e in self._event(verb, fight, sent) if set(e.target) - allies]

    def _measured(self, noun: Token) -> Token:
        """The measure noun that frames a trigger noun ("une série d'entretiens", "la reprise des
        négociations"), else the noun itself."""
        return noun.head if noun.dep_ == "nmod" and self.lex.is_a("measure", noun.head.lemma_) else noun

    def _taken_up(self, noun: Token, etype: str) -> bool:
        """Whether a noun with a demonstrative ("ces tirs", "ces échanges de tirs") takes up an act of its type
        the text has already reported."""
        head = self._measured(noun)
        aimed = any(c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in TARGET_CASES for k in c.children)
                    for n in (head, noun) for c in n.children)  # "cette nouvelle attaque contre X" tells who was hit
        return not aimed and any(c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette", "ces") for c in head.children) \
            and any(e.type == etype and e.status == "asserted" for e in self.coded)

    def _armed_parties(self, tok: Token, source: Args, target: Args) -> bool:
        """Whether a fight has an actor the text names as the one fought (the verb's object: not "combattre
        dans les rangs de X"), or two parties facing each other."""
        if tok.pos_ != "NOUN" and not any(c.dep_ in ("obj", "nsubj:pass") and any(
                m.explicit for t in c.subtree for m in self.mentions_at[t.i]) for c in tok.children):
            return False
        return bool(target and target.explicit and set(target.codes) - set(source.codes)) or source.n_parties >= 2

    def _only_faced(self, verb: Token, target: Args) -> bool:
        """Whether the actors of a target are named only in a "face à" phrase under the verb."""
        faced = {t.i for f in verb.subtree if any(k.dep_ == "case" and k.lower_ == "face" for k in f.children)
                 for t in f.subtree}
        inside = {c for i in faced for c in self.actors_at(i).codes}
        outside = {c for t in verb.subtree if t.i not in faced for c in self.actors_at(t.i).codes}
        return bool(faced) and set(target.codes) <= inside and not set(target.codes) & outside

    def _parties_of(self, noun: Token, exclude: tuple[str, ...]) -> Args:
        """The actors of a noun's act: its adjectives and its "entre", "de", "par", "avec" complements
        ("des exercices américains", "des manoeuvres entre Séoul et Washington"), not where it is."""
        out = Args()
        for t in noun.subtree:
            if t.i == noun.i or not (t.dep_ == "amod" and t.head.i == noun.i or any(
                    k.dep_ == "case" and k.lower_ in ("entre", "de", "du", "des", "d'", "d’", "par", "avec")
                    for k in (t.head if t.dep_ == "conj" else t).children)):
                continue
            out = _merge_args(out, self.actors_at(t.i, exclude))
        return out

    def _alongside(self, verb: Token, source: Args) -> Args:
        """The actors of "aux côtés de X" under a verb."""
        out = Args()
        # (the parser may hang "aux côtés de X" on the object: "a combattu l'EI aux côtés des troupes irakiennes")
        for c in [*verb.children, *(g for o in verb.children if o.dep_ == "obj" for g in o.children if g.dep_ == "nmod")]:
            if (c.dep_.startswith("obl") or c.dep_ == "nmod") and c.lemma_.lower() == "côté":
                for n in c.children:
                    if n.dep_ in ("nmod", "appos"):
                        out = _merge_args(out, self._collect(n, subject=False))
                        for k in _with_conjuncts(n):  # "de la coalition emmenée par Washington"
                            out = _merge_args(out, self._led_by(k))
        return out.without(source.codes) if source else out

    def _unattributed_act(self, verb: Token) -> bool:
        """Whether a verb of condemning takes a new act whose author the text does not name ("a dénoncé
        une tentative d'empoisonnement", "a condamné un attentat"): an accusation with no target."""
        if verb.pos_ != "VERB":
            return False
        if self.lex.is_a("asserting", verb.lemma_) and self._claims_crime(verb):
            return True
        for c in verb.children:
            if c.dep_ != "obj" or c.pos_ != "NOUN" \
                    or not any(d.dep_ == "det" and d.lower_ in ("un", "une", "des") for d in c.children):
                continue
            if self._unnamed_crime(c):
                return True
        return False

    def _unnamed_crime(self, noun: Token) -> bool:
        """Whether a noun names a crime ("un empoisonnement", "une tentative d'assassinat") and no actor
        in its phrase (no author named)."""
        act = noun if self.lex.is_a("crime", noun.lemma_) else next(
            (k for k in noun.children if k.dep_ == "nmod" and self.lex.is_a("crime", k.lemma_)
             and noun.lemma_.lower() == "tentative"), None)
        return act is not None and not any(self.mentions_at[t.i] for t in noun.subtree)

    def _claims_crime(self, verb: Token) -> bool:
        """Whether a verb asserts that a crime whose author the text does not name happened: "assure qu'il
        s'agit d'un empoisonnement", "affirme qu'il a été victime d'une tentative d'assassinat"."""
        if is_negated(verb):
            return False
        for c in verb.children:
            if c.dep_ != "ccomp" or is_negated(c) or not (c.lemma_.lower() == "victime" or (
                    c.lemma_.lower() == "agir" and any(k.dep_.startswith("expl") and k.lower_ in ("se", "s'", "s’")
                                                       for k in c.children))):
                continue
            for n in c.children:
                if n.dep_ not in ("obl:arg", "obl", "obl:mod", "nmod") or n.pos_ != "NOUN" or not any(
                        k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in n.children) or any(
                        d.dep_ == "det" and d.lower_ not in ("un", "une") for d in n.children):
                    continue  # "il s'agit de l'attentat de 2015": an act already known, not one alleged now
                if self._unnamed_crime(n):
                    return True
        return False

    def _met_with(self, tok: Token, anchor: Token) -> Args:
        """The actors of a meeting's "avec" complement ("s'est entretenu avec Vladimir Poutine", "a engagé
        des pourparlers avec le FMI"): a party the meeting was held with."""
        return self._marked_args(sorted({*tok.children, *anchor.children}, key=lambda t: t.i), ("obl", "nmod"),
                                 {"avec"})

    def _marked_args(self, phrases: Iterable[Token], deps: tuple[str, ...], cases: set[str]) -> Args:
        """The actors of the phrases whose relation starts with one of ``deps`` and whose preposition
        is one of ``cases``."""
        found = Args()
        for c in phrases:
            if c.dep_.startswith(deps) and any(k.dep_ in ("case", "fixed") and k.lower_ in cases for k in c.children):
                found = _merge_args(found, self._collect(c, subject=False))
        return found

    def _other_party_named(self, source: Args) -> bool:
        """Whether the text names an actor besides the source: then an event with no target found
        has a target the coder could not identify; with none, the text identifies no target."""
        return any(m.explicit and m.actor.code and m.actor.code not in source.codes for m in self.doc.mentions)

    def _domestic_story(self, source: Args) -> bool:
        """Whether the text is about the source's own country: nearly all the actors it names (six at least)
        are that state's; what its actors do to no one named then stays inside it, as in a text that names
        no other country ("Trump a refusé de s'engager à garantir un transfert pacifique du pouvoir")."""
        if len(source.codes) != 1 or source.codes[0] in ORG_CODES:
            return False
        codes = [m.actor.code for m in self.doc.mentions if m.explicit and m.actor.code]
        return len(codes) >= 6 and sum(c == source.codes[0] for c in codes) >= 0.85 * len(codes)

    def _public_speaker(self, verb: Token) -> bool:
        """Whether the subject of a verb is a state, an organisation or a person with a public role or
        sector (a president, a senator, a party's spokesman), not a private person quoted by the reporter."""
        subj, _ = self.subject_of(verb)
        if subj is None:
            return False
        return any(m.actor.kind != "person" or m.actor.role or m.actor.sector for m in self.mentions_at[subj.i]) \
            or any(self.lex.is_a(kind, subj.lemma_) for kind in ("official", "domestic", "institution"))

    def _one_country(self, source: Args) -> bool:
        """Whether the source is one state and the text names no other actor."""
        return len(source.codes) == 1 and source.codes[0] not in ORG_CODES \
            and not self._other_party_named(source)

    def _has_uncoded_party(self, verb: Token, trigger: Token) -> bool:
        """Whether the event has a target phrase naming a person or a domestic group that no code
        covers: an object, a passive subject, a "contre/à/avec" complement."""
        cands = [c for c in verb.children if c.dep_ in ("obj", "iobj", "nsubj:pass")]
        cands += [c for c in verb.children if c.dep_.startswith("obl") and any(
            k.lower_ in ("contre", "à", "au", "aux", "avec", "envers", "encontre") for k in c.children if k.dep_ == "case")]
        if trigger != verb:
            cands += [c for c in trigger.children if c.dep_ == "nmod" and any(
                k.lower_ in ("contre", "à", "au", "aux", "avec", "envers", "encontre") for k in c.children if k.dep_ == "case")]
        if any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'") for c in verb.children):
            # "M. Sanchez et Mme Diaz Ayuso se sont rencontrés": the other party of a reciprocal verb
            cands += [k for c in verb.children if c.dep_ == "nsubj" for k in c.children if k.dep_ == "conj"]
        for c in cands:
            if c.i == trigger.i:
                continue
            if self._party_word(c) or any(k.dep_ == "flat:name" and k.pos_ == "PROPN" for k in c.children):
                return True
        return False

    def _party_word(self, t: Token) -> bool:
        """Whether a word names a party, coded or not: a name, a person or organisation, a domestic group."""
        return t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") or self.lex.is_a("domestic", t.lemma_) \
            or self.lex.is_a("person", t.lemma_)

    def _coordinated_parties(self, verb: Token) -> bool:
        """Whether the subject of a verb coordinates two parties ("le gouvernement et les syndicats",
        "M. Sanchez et Mme Diaz Ayuso"), named or described."""
        if sum(1 for c in verb.children if c.dep_ == "nsubj") > 1:
            return True  # the second party taken for a second subject
        subj, _ = self.subject_of(verb)
        return subj is not None and any(
            k.dep_ == "conj" and (bool(self.mentions_at[k.i]) or self._party_word(k)) for k in subj.children)

    def _domestic_partner(self, verb: Token, source: Args) -> bool:
        """Whether a promise names, on its verb or on the infinitive it announces ("prêt à travailler avec le
        gouverneur Jean Dupont", "a tendu la main à EELV"), a partner by name or a domestic group, of the
        source's state or of none."""
        heads = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and "Inf" in c.morph.get("VerbForm")]
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acl:relcl":
            heads.append(verb.head)  # "le gouverneur X, avec qui il s'est dit prêt à travailler"
        partners = [c for h in heads for c in h.children if c.dep_.startswith("obl") and any(
            k.dep_ == "case" and k.lower_ in ("à", "au", "aux", "avec") for k in c.children)]
        # a relative pronoun stands for the noun the relative clause hangs on
        partners = [c.head.head if c.pos_ == "PRON" and "Rel" in c.morph.get("PronType") and c.head.dep_ == "acl:relcl"
                    else c for c in partners]
        # the partner is a name, or a person's title with the name beside it ("le gouverneur Jean Dupont")
        names = [t for c in partners for t in [c, *(n for n in c.children if n.dep_ in ("appos", "flat:name", "nmod")
                                                     and not any(k.dep_ == "case" for k in n.children))]
                 if t.pos_ == "PROPN" and (t == c or c.pos_ == "NOUN")]
        # or a domestic group ("a accepté de coopérer avec les forces fédérales", "promet aux manifestants")
        names += [c for c in partners if c.pos_ == "NOUN" and self.lex.is_a("domestic", c.lemma_)
                  and not any(m.explicit for t in c.subtree for m in self.mentions_at[t.i])]
        return bool(names) and all(set(self.actors_at(t.i).codes) <= set(source.codes) for t in names)

    def _domestic_party(self, verb: Token) -> bool:
        """Whether the verb's object or "à/contre" complement, or that of its infinitive ("menacer de
        recourir à l'armée"), is a domestic group no code covers."""
        heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm")]
        for h in heads:
            for c in h.children:
                if not (c.dep_ in ("obj", "iobj") or c.dep_.startswith("obl") and any(
                        k.dep_ == "case" and k.lower_ in ("contre", "à", "au", "aux") for k in c.children)):
                    continue
                if self.lex.is_a("domestic", c.lemma_) and not any(m.explicit for m in self.mentions_at[c.i]):
                    return True
        return False

    def _alleged_deed(self, verb: Token) -> bool:
        """A deed in the past infinitive that an actor, in an active clause that is itself stated, accuses
        someone of ("Washington accuse Moscou d'avoir massé des troupes"); not a suspect's charge
        ("soupçonné d'avoir tué", "accusés d'avoir lancé"), which a court has still to establish."""
        head = verb.head
        if head == verb or verb.dep_ not in ("xcomp", "obl:arg", "acl", "advcl") \
                or head.lemma_.lower() != "accuser" or head.pos_ != "VERB" or not _past_infinitive(verb):
            return False
        if not any(c.dep_ in ("nsubj", "obj") for c in head.children) \
                or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in head.children):
            return False  # "il est accusé d'avoir", "X, accusé d'avoir": the charge against a suspect
        return clause_of(head, self.lex).status == "asserted"

    def _said_to(self, verb: Token) -> bool:
        """Whether a statement verb is the purpose ("pour", "afin de") of an act that is stated as
        done or doing, not planned: saying something is done once the act that says it is."""
        head = verb.head
        if head == verb or verb.dep_ not in ("xcomp", "advcl") or self._cut_off(verb, head) \
                or not any(c.dep_ == "mark" and c.lower_ in ("pour", "afin") for c in verb.children) \
                or any(c.dep_.startswith("aux") or c.dep_ == "nsubj" for c in verb.children):
            return False
        # only an act of communication says it: "a écrit à X pour lui demander", "a envoyé un message pour
        # le féliciter"; not "sont venus pour réclamer", "a entamé des démarches pour demander"
        if not (self.lex.is_a("communicate", head.lemma_, head.lower_) or any(
                c.dep_ in ("obj", "obl", "obl:mod", "obl:arg") and self.lex.is_a("medium", c.lemma_)
                for c in head.children)):
            return False
        up = clause_of(head, self.lex)
        verbal = head.pos_ == "VERB" or any(c.dep_.startswith("aux") for c in head.children)  # "a téléphoné"
        return verbal and up.status == "asserted" and not (up.planned or up.future)

    def _sent_for(self, verb: Token) -> bool:
        """Whether an aid verb is the purpose of a sending stated as done ("a envoyé des secouristes
        pour aider X", "a débloqué des fonds afin de soutenir X"): the help is given by the sending."""
        head = verb.head
        if head == verb or verb.dep_ not in ("xcomp", "advcl") or self._cut_off(verb, head) \
                or not any(c.dep_ == "mark" and c.lower_ in ("pour", "afin") for c in verb.children) \
                or not (self.lex.is_a("sending", head.lemma_) or self.lex.is_a("enacting", head.lemma_) and any(
                    c.dep_ == "obj" and self.lex.is_a("sending", c.lemma_) for c in head.children)):
            return False  # "a annoncé l'activation du mécanisme de protection civile pour aider X" sends too
        up = clause_of(head, self.lex)
        return up.status == "asserted" and not (up.planned or up.future or up.conditional)

    def _blamed(self, verb: Token, source: Args) -> Args:
        """The actors a verb puts the responsibility or the fault on ("la responsabilité de X sur Y")."""
        for c in verb.children:
            if c.dep_ == "obj" and c.lemma_.lower() in ("responsabilité", "faute"):
                for t in [*c.subtree, *(k for o in verb.children if o.dep_.startswith("obl") for k in o.children)]:
                    if t.dep_ == "case" and t.lower_ == "sur" and (found := self._collect(t.head, subject=False)):
                        return found.without(source.codes)
        return Args()

    def _rejects_claim(self, verb: Token, entry: Trigger, source: Args) -> bool:
        """"X a démenti les accusations", "a rejeté l'idée d'une enquête": a named actor rejecting a
        claim or a proposal is a REJECT even when the text does not say whose it was (empty target)."""
        if entry.type == "REJECT" and entry.pos == "NOUN" and source.explicit:
            anchor, support = self._noun_anchor(verb)  # "accueillir avec scepticisme les accusations"
            if anchor is None or not support or self._claim_rejected(anchor) is None:
                return False
        elif entry.type != "REJECT" or entry.pos != "VERB" or not source.explicit or not any(
                c.dep_ == "obj" and self.lex.is_a("claim", c.lemma_) for c in verb.children):
            return False
        # the rejecting actor is named in the sentence, not a fallback code ("l'avocate de M. X")
        start = verb.sent.start_char
        return any(m.explicit and (m.actor.code or m.actor.country) in source.codes
                   and start <= m.span.start < verb.idx for m in self.doc.mentions)

    def _claim_rejected(self, anchor: Token) -> Token | None:
        """The claim a verb of doubt or refusal takes up, also where the parser hung it on the verb of
        saying above ("a dit accueillir avec scepticisme les accusations")."""
        heads = [anchor] + ([anchor.head] if anchor.dep_ in ("xcomp", "conj") and anchor.head != anchor else [])
        for h in heads:
            for c in h.children:
                if c.i > anchor.i and c.dep_ in ("obj", "obl", "obl:mod", "obl:arg") and c.pos_ == "NOUN" \
                        and self.lex.is_a("claim", c.lemma_):
                    return c
        return None

    def _raised(self, noun: Token, etype: str) -> bool:
        """Whether a hostile act is held out, not done: an indefinite or "possible", "new" act as the
        object of a verb of raising ("évoquer", "brandir", "agiter"), or a sanction readied ("prépare des
        sanctions contre X")."""
        if etype not in ("SANCTION", "ASSAULT", "COERCE") or noun.dep_ != "obj" \
                or not (self.lex.is_a("raise", noun.head.lemma_)
                        or etype == "SANCTION" and self.lex.is_a("ready", noun.head.lemma_)):
            return False
        dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ == "amod"}
        return bool(dets & {"des", "de", "d'", "d’", "un", "une"} or mods & {"nouveau", "possible", "éventuel"})

    def _possible_act(self, noun: Token, etype: str) -> Token | None:
        """The verb under which a "possible" or "éventuel" hostile act is discussed ("discuter de
        possibles sanctions", "des discussions sur d'éventuelles sanctions"): a threat to the one aimed at."""
        if etype not in ("SANCTION", "ASSAULT", "COERCE") or is_negated(noun) or not any(
                c.dep_ in ("amod", "det") and c.lemma_.lower() in ("possible", "éventuel") for c in noun.children):
            return None
        if not any(c.dep_ == "nmod" and any(k.lower_ in ("contre", "à", "au", "aux", "envers") for k in c.children
                                             if k.dep_ == "case") for c in noun.children):
            return None  # no one named the act would hit
        head = noun.head
        if head.pos_ == "NOUN" and noun.dep_ == "nmod" and any(
                k.dep_ == "case" and k.lower_ in ("sur", "de", "d'", "d’") for k in noun.children):
            verb, support = self._noun_anchor(head)
            return verb if support else None
        if head.pos_ == "VERB" and noun.dep_ in ("obj", "obl:arg") and (head.lemma_.lower() in (
                "discuter", "débattre", "examiner", "envisager", "étudier", "préparer")
                or self.lex.is_a("support", head.lemma_)):
            return head  # "a annoncé de possibles sanctions": held out, not imposed
        return None

    def _names_person(self, verb: Token) -> bool:
        """Whether what a verb proposes is a person: its object or passive subject ("le nom de X a été
        proposé") is a person the actors layer knows, or a name."""
        cands = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
        if verb.dep_ == "acl":
            cands.append(verb.head)
        for c in cands:
            for w in [c] + [k for k in c.children if k.dep_ in ("nmod", "appos", "flat:name") and not any(
                    g.dep_ == "case" and g.lower_ in ("à", "au", "aux") for g in k.children)]:
                # (not "proposer une coopération au ministre italien": the one it is offered to)
                if any(m.actor.kind == "person" for m in self.mentions_at[w.i]) or w.ent_type_ == "PER":
                    return True
        return False

    def _invited_to_meet(self, verb: Token) -> bool:
        """Whether what an actor is invited to is a meeting ("à un sommet", "à Moscou pour des discussions")."""
        for c in verb.children:
            for t in [c] + [g for g in c.children if g.dep_ == "nmod"]:
                cases = {k.lower_ for k in t.children if k.dep_ == "case"}
                if t.pos_ == "NOUN" and cases & {"à", "au", "aux"} and any(
                        e.pos == "NOUN" and e.type == "CONSULT" for e in self.lex.lookup(t.lemma_, t.lower_)):
                    return True
        return False

    def _interlocutor(self, verb: Token) -> Args:
        """The actor a demand was made to in a conversation its sentence names: "lors d'un entretien
        (téléphonique) avec X", "au cours d'un appel avec X", "à l'issue d'une rencontre avec X"."""
        for t in verb.sent:
            if not self.lex.is_a("conversation", t.lemma_) or not any(
                    k.lower_ in ("lors", "cours", "issue", "pendant", "durant") for k in t.children if k.dep_ in ("case", "fixed")
            ) and not (t.head.lower_ in ("lors", "cours", "issue") and t.head.head != t.head):
                continue
            # "à l'issue d'un entretien avec X": the parser may hang "avec X" on "issue"
            for c in [*t.children, *(t.head.children if t.head.lower_ in ("lors", "cours", "issue") else ())]:
                if c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ == "avec" for k in c.children) \
                        and (found := self._collect(c, subject=False)):
                    return found
        return Args()

    def _invited_somewhere(self, verb: Token) -> bool:
        """Whether an actor is invited to a place ("au siège", "à Moscou"), not to do something."""
        return not any(c.dep_ in ("xcomp", "ccomp") and "Inf" in c.morph.get("VerbForm") and any(
            k.lower_ in ("à", "de", "d'", "d’") for k in c.children if k.dep_ == "mark") for c in verb.children) \
            and any(c.dep_.startswith("obl") and (self.lex.is_a("building", c.lemma_) or c.i in self.place_at)
                    and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux") for k in c.children)
                    for c in verb.children)

    def _willing(self, verb: Token) -> bool:
        """Whether an act is governed by an expression of willingness ("veut négocier", "a l'intention
        de discuter", "est prête à aider") that is itself stated, not hypothetical."""
        cur = verb
        for _ in range(3):
            head = cur.head
            if head == cur or cur.dep_ not in ("xcomp", "acl", "obl:arg", "ccomp", "advcl") or self._cut_off(cur, head):
                return False
            words = [head] + [c for c in head.children if c.dep_ in ("obj", "obl:mod", "obl", "obl:arg")]
            if any(self.lex.is_a("willing", w.lemma_, w.lower_) for w in words):
                return clause_of(head, self.lex).status == "asserted" and not is_conditional(head)
            cur = head
        return False

    def _protest_topic(self, verb: Token) -> bool:
        """"Ils se sont rassemblés, dénonçant la mort de X": a demand or denunciation that says what a
        protest is about."""
        if verb.dep_ not in ("advcl", "acl", "conj", "xcomp") or verb.head == verb:
            return False
        entry = self._choose(verb.head)
        if entry is not None and entry.type == "PROTEST":
            return True
        if verb.dep_ == "acl" and verb.lower_.endswith("ant") and verb.head.dep_ in ("nmod", "obl", "obl:mod") \
                and verb.head.i < verb.i and any(k.dep_ == "case" for k in verb.head.children):
            # "des manifestations à travers le pays réclamant justice": the participle the parser hung on
            # the place after the protest still says what the protest is about
            up = verb.head.head
            return any((entry := self._choose(n)) is not None and entry.type == "PROTEST"
                       for n in [up, *(c for c in up.children if c.pos_ == "NOUN" and c.i < verb.head.i)])
        return False

    def _labelled(self, noun: Token) -> bool:
        """Whether a noun names an actor or a person a participle can describe ("X, inculpé pour...", "le départ
        de X, inculpé pour...")."""
        return any(n.pos_ == "PROPN" or self.mention_at[n.i] is not None or self.lex.is_a("person", n.lemma_)
                   for n in [noun, *(c for c in noun.children if c.dep_ == "nmod")])

    def _moves_forces(self, verb: Token) -> bool:
        """Whether a deployment verb moves forces: its object or passive subject is military."""
        moved = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
        if verb.dep_ == "acl":
            moved.append(verb.head)  # "des soldats déployés"
        # "des milliers de soldats", "lundi des centaines de policiers" (a day parsed as the object); a
        # complement with its own determiner is no number of forces ("la statue d'un commandant")
        moved += [g for m in moved for c in m.children if c.dep_ == "nmod" for g in [c, *c.children]
                  if g.dep_ == "nmod" and not any(k.dep_ == "det" and k.lower_ in ("un", "une", "le", "la", "l'", "l’")
                                                  for k in g.children)]
        moved += [c for m in moved for c in m.children if c.dep_ == "amod"]  # "un dispositif policier"
        return any(self.lex.is_a("military", m.lemma_, m.lower_) for m in moved)

    def _led_by(self, noun: Token) -> Args:
        """The actor a participle on an attack noun names as its agent ("un raid mené par les Etats-Unis",
        "des bombardements menés par l'armée turque")."""
        # "des bombardements de représailles menés par": the participle hung on the noun's complement
        for c in [*noun.children, *(g for n in noun.children if n.dep_ == "nmod" for g in n.children)]:
            if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm"):
                agent = next((a for a in c.children if a.dep_ == "obl:agent"), None)
                if agent is not None and (found := self.resolve(agent)):
                    return found
        return Args()

    def _attack_author(self, noun: Token) -> Args:
        """Who an attack noun says made it: "un tir israélien", "le tir d'un policier", "des
        bombardements menés par l'armée turque"."""
        return self.resolve(noun) or self.noun_args(noun, noun, False, "ASSAULT")[0] or self._led_by(noun)

    def _attack_agent(self, verb: Token) -> Token | None:
        """The attack noun a passive verb has for agent, in a clause of its own ("a été tué par un tir
        israélien", "ont été tués par des bombardements menés par l'armée turque")."""
        if verb.dep_ in ("acl", "acl:relcl") or not any(c.dep_ == "aux:pass" for c in verb.children):
            return None
        if not any(c.dep_ == "aux:tense" or (c.dep_ == "aux:pass" and "Past" in c.morph.get("Tense")
                                             and "Fin" in c.morph.get("VerbForm")) for c in verb.children):
            return None  # "la Somalie est fréquemment frappée par des attaques": a state of things, no act told
        return next((c for c in verb.children if c.pos_ == "NOUN" and (c.dep_ == "obl:agent" or c.dep_.startswith("obl")
                                                                     and any(k.lower_ == "par" for k in c.children))
                     and self._attack_noun(c)),
                    None)

    def _attack_noun(self, tok: Token) -> bool:
        """Whether a word is a noun the lexicon knows for an attack ("raid", "frappe", "attentat")."""
        return any(e.pos == "NOUN" and e.type == "ASSAULT" for e in self.lex.lookup(tok.lemma_, tok.lower_))

    def _killed_in_attack(self, verb: Token) -> Token | None:
        """The attack noun of a passive killing in a clause of its own ("ont été tués dans une attaque",
        "lors d'un raid", "à la suite d'un raid"); not a participle on a noun ("le policier tué dans
        l'attentat de 2017")."""
        if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and verb.i > verb.head.i \
                and self.parse[verb.i - 1].text == "," and not any(c.dep_.startswith("aux") for c in verb.children):
            # ", tué dans un raid américain": a participle set apart after the victim's name tells the
            # killing when the attack's author is named on the attack ("américain") and no other day dates it
            attack = next((c for c in verb.children if c.dep_.startswith("obl")
                           and any(k.dep_ == "case" and k.lower_ == "dans" for k in c.children)
                           and self._attack_noun(c)
                           and any(k.dep_ == "amod" and self.mentions_at[k.i] for k in c.children)
                           and not any(t.i in self.timex_at or t.pos_ == "NUM" for t in c.subtree)), None)
            return attack
        if verb.dep_ in ("acl", "acl:relcl") or not _agentless_passive(verb):
            return None
        # "lors d'une attaque": the noun the parser hung on "lors"
        lors = [g for c in verb.children if c.lower_ == "lors" for g in c.children if g.dep_.startswith("obl")]
        # "à la suite d'un raid": the noun hung on "suite"
        lors += [g for c in verb.children if c.dep_.startswith("obl") and c.lower_ == "suite" for g in c.children
                 if g.dep_ == "nmod" and any(k.lower_ in ("de", "d'", "d’", "du", "des") for k in g.children)]
        for c in [*verb.children, *lors]:
            cases = {k.lower_ for k in c.children if k.dep_ in ("case", "fixed")} | ({"lors"} if c in lors else set())
            if (c.dep_.startswith("obl") or c in lors) and cases & {"dans", "lors", "cours"} and self._attack_noun(c):
                return c
        return None

    def _died_in(self, noun: Token) -> bool:
        """Whether an attack noun is where people died, in a clause of its own ("dix personnes sont mortes
        dans un attentat", "ont péri lors d'une attaque"); not a participle on a noun ("les soldats morts
        dans l'embuscade de 2008")."""
        verb = noun.head.head if noun.head.lower_ == "lors" else noun.head  # "lors d'une attaque": hung on "lors"
        cases = {k.lower_ for k in noun.children if k.dep_ in ("case", "fixed")} | (
            {"lors"} if noun.head.lower_ == "lors" else set())
        # "sont morts": the participle often tagged as the noun "mort"; it needs its auxiliary
        return self.lex.is_a("perish", verb.lemma_) and verb.dep_ not in ("acl", "acl:relcl", "nmod", "obj") \
            and any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in verb.children) \
            and noun.dep_.startswith("obl") and bool(cases & {"dans", "lors", "cours"})

    def _unnamed_attackers(self, verb: Token) -> bool:
        """Whether the actor of an attack verb is attackers or weapons the text does not tie to anyone
        ("des hommes armés ont attaqué", "des roquettes ont été tirées", "visées par des roquettes")."""
        subj, passive = self.subject_of(verb)
        agent = self._passive_agent(verb, passive)
        actor = agent if agent is not None else subj
        if actor is None:
            return False
        words = [actor] + [c for c in actor.children if c.dep_ in ("amod", "acl")]
        return any(self.lex.is_a("attacker", w.lemma_) or self.lex.is_a("projectile", w.lemma_)
                   or self._carrier(w) or w.lemma_.lower() in ("armé", "armer") for w in words)

    def _carrier(self, w: Token) -> bool:
        """An aircraft or a weapon that carries strikes ("des drones", "des jets de combat"; not "le jet
        d'un caillou", a throw)."""
        if w.lemma_.lower() == "jet":
            return any(c.dep_ == "nmod" and c.lemma_.lower() == "combat" for c in w.children)
        return self.lex.is_a("strike-carrier", w.lemma_)

    def _army_told(self, verb: Token, target: Args) -> Args:
        """The state of the army that tells of strikes by aircraft or drones it leaves unnamed ("des
        drones ont visé des positions, a indiqué l'armée turque"): its own strikes (not when its own
        side is hit: "des drones ont visé la base russe, a indiqué l'armée russe"; not rockets, whose
        firers an army names apart)."""
        subj, passive = self.subject_of(verb)
        actor = self._passive_agent(verb, passive) if passive else subj
        if actor is None or not any(self._carrier(w) for w in (actor, *(c for c in actor.children if c.dep_ == "nmod"))):
            return Args()
        told = self._enforcer_reporting(verb, "army")
        hit = {code for c in verb.children if c.dep_ in ("obj", "nsubj:pass") or (
                   c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ in ("sur", "contre") for k in c.children))
               for t in c.subtree for code in self.actors_at(t.i).codes}
        return Args() if set(told.codes) & hit else told

    def _hit_in_own_clause(self, verb: Token, source: Args) -> Args:
        """The actors a verb's subject yields only through the verb's own clause (the verb parsed as a
        modifier of its subject: "kamikazes [qui] s'étaient fait exploser à X"); empty otherwise."""
        subj, passive = self.subject_of(verb)
        if subj is None or passive or verb.dep_ != "acl" or verb.head.i != subj.i:
            return Args()
        # (what follows the verb is its clause's, wherever the parser hung it)
        if any(self.mentions_at[t.i] for t in subj.subtree if t.i < verb.i):
            return Args()
        return Args(source.codes, source.names, explicit=False)

    def _strike_aimed(self, verb: Token) -> bool:
        """Whether aim is taken by a weapon or an aircraft ("des drones ont visé les positions", "visées
        par trois roquettes"), or in strikes ("ont visé des postes dans une série de frappes"), at someone
        or something named (not "vise à", "le ministre a visé son rival")."""
        subj, passive = self.subject_of(verb)
        agent = self._passive_agent(verb, passive)
        actor = agent if passive or agent is not None else subj
        if not passive and not any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
            return False
        if actor is not None and any(self._carrier(w) or self.lex.is_a("projectile", w.lemma_)
                                     for w in (actor, *(c for c in actor.children if c.dep_ == "nmod"))):
            return True
        # "dans une série de frappes", "par des tirs": the attack the aim is taken in (an active verb: a
        # passive's agent noun is coded on its own, "visé par une attaque de l'EI")
        return not passive and any(
            c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ in ("dans", "par", "lors") for k in c.children)
            and any(e.pos == "NOUN" and e.type == "ASSAULT" for n in (c, *(g for g in c.children if g.dep_ == "nmod"))
                    for e in self.lex.lookup(n.lemma_, n.lower_))
            for c in verb.children)

    def _passive_agent(self, verb: Token, passive: bool) -> Token | None:
        """A verb's agent: "par" the parser hung as an agent, or as a modifier of a passive ("visées par
        trois roquettes mercredi")."""
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if agent is None and passive:
            # (not "tué par balle": a bare noun says how, not by whom)
            agent = next((c for c in verb.children if c.dep_ in ("obl", "obl:mod") and c.i > verb.i
                          and any(k.dep_ == "case" and k.lower_ == "par" for k in c.children)
                          and any(k.dep_ in ("det", "nummod") for k in c.children)), None)
        return agent

    def _here(self, tok: Token) -> Args:
        """The state of the country where a clause happens, as an inferred actor."""
        country = self.local_country(tok)
        return Args((country,), ("",), explicit=False) if country else Args()

    def _claimant(self) -> Args:
        """The one actor the article says claimed an attack ("revendiquée par l'EI", "X a revendiqué
        l'attentat"); empty when none or several."""
        if self._claimed is None:
            found = Args()
            for t in self.parse:
                if t.lemma_.lower() != "revendiquer" or t.pos_ != "VERB":
                    continue
                # the attack the text is about: "l'attentat", "cette attaque", "l'a revendiqué"; not "une
                # attaque" (another one, often a past one)
                what = [c for c in t.children if c.dep_ in ("obj", "nsubj:pass") and not self.mentions_at[c.i]
                        and (c.pos_ == "PRON" or any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children))
                        and not any(d.lemma_.lower() in ("précédent", "autre", "ancien") for d in c.children)]
                who = [c for c in t.children if c.dep_ == "obl:agent"] or [
                    c for c in t.children if c.dep_ == "nsubj" and any(w.dep_ == "obj" for w in what)]
                if not what or not who:
                    continue
                by = self.resolve(who[0])
                if by and found and set(by.codes) != set(found.codes):
                    found = Args()
                    break
                found = by or found
            self._claimed = found.inferred() if found else Args()
        return self._claimed

    def _human_undergoer(self, verb: Token) -> bool:
        """Whether an arrest verb has people as its object or passive subject."""
        people = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")] + self._late_subjects(verb)
        # "a arrêté mercredi un des suspects": the object the parser hung on the day
        people += [k for c in verb.children if c.i in self.timex_at and c.dep_.startswith("obl")
                   for k in c.children if k.dep_ == "nmod" and k.i > c.i]
        if verb.dep_ == "acl":
            people.append(verb.head)  # "des manifestants interpellés"
        if self._listed_after_colon(verb):
            return True  # "treize personnes ont été arrêtées: onze Vietnamiens et deux Marocains"
        if not people or ("Part" in verb.morph.get("VerbForm") and verb.dep_ == "conj" and not any(
                p.dep_ in ("obj", "nsubj:pass") for p in people)):
            # "frappés puis arrêtés (lundi soir)": the passive subject of the first participle (not only a
            # word hung on the day)
            subj, passive = self.subject_of(verb)
            # "X a démissionné après avoir été arrêté": a passive clause shares the main clause's subject
            shared = any(c.dep_ == "aux:pass" for c in verb.children)
            people += [subj] if subj is not None and (passive or verb.dep_ == "conj" or shared) else []
        for p in people:
            words = [p] + [c for c in p.children if c.dep_ in ("nmod", "conj", "appos")]
            if any(w.pos_ in ("PROPN", "PRON", "NUM") or w.ent_type_ == "PER" or self.mention_at[w.i] is not None
                   for w in words):
                return True
            if any(self.lex.is_a(cls, w.lemma_) for w in words for cls in ("crowd", "protester", "domestic", "person")):
                return True
        return False

    def _decided_by_state(self, verb: Token) -> bool:
        """Whether the one who blocks or mobilises is the state, its leaders or an international organisation,
        who act by decision, not by protest: a government, an official, a head of state or an IGO ("le
        gouvernement bloque l'accès aux jeux", "le président bloque la publication des résultats", "l'Unesco se
        mobilise pour la restauration"); also a text, a rule or a court ruling ("le jugement qui bloquait
        l'application de la loi")."""
        subj, passive = self.subject_of(verb)
        if subj is None or passive:
            return False
        if self._protesters(verb) or self._protesters(verb, "crowd"):
            return False
        if subj.pos_ == "PRON" and "Rel" in subj.morph.get("PronType") and verb.dep_ == "acl:relcl":
            subj = verb.head  # "le jugement qui bloquait l'application de la loi"
        return self.lex.is_a("official", subj.lemma_) or any(
            self.lex.is_a(cls, subj.lemma_) for cls in ("text", "rule", "court")) or any(
            m.actor.sector == "GOV" and m.actor.kind in ("person", "state") or m.actor.kind == "igo"
            for m in self.mentions_at[subj.i])

    def _forces_act(self, verb: Token) -> bool:
        """Whether the actor of a verb (its subject, or its agent in the passive) is armed forces or police."""
        subj, passive = self.subject_of(verb)
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if agent is None and passive:  # "encerclées mardi à Pékin par des policiers"
            agent = next((c for c in verb.children if c.dep_ in ("obl:mod", "obl") and c.i > verb.i
                          and any(k.dep_ == "case" and k.lower_ == "par" for k in c.children)), None)
        actor = agent if passive or agent is not None else subj
        if actor is None:
            return False
        words = [actor] + [c for c in actor.children if c.dep_ in ("nmod", "conj", "amod")]
        # "des centaines de membres des forces de l'ordre": the forces two complements down
        words += [g for c in words[1:] if c.dep_ == "nmod" for g in c.children if g.dep_ == "nmod"]
        return any(self.lex.is_a("military", w.lemma_, w.lower_) for w in words)

    def _bound_party(self, pact: Token) -> Args:
        """The party a treaty's relative clause names: "le traité qui la liait à Hong Kong", "l'accord
        qu'il avait conclu avec l'Iran"."""
        return self._marked_args((k for rel in pact.children if rel.dep_ == "acl:relcl" for k in rel.children),
                                 ("obl",), {"à", "au", "aux", "avec"})

    def _left_pact(self, verb: Token) -> Token | None:
        """The treaty a verb takes its subject or object out of: "se retirer de l'accord", "a retiré
        son pays du traité", "s'était retiré en mai du pacte" (the treaty hung on the date)."""
        outs = [c for c in verb.children if c.dep_.startswith("obl") and c.dep_ != "obl:agent"]
        outs += [g for c in verb.children if c.dep_ == "obj" or c.i in self.timex_at
                 for g in c.children if g.dep_ == "nmod"]
        return next((c for c in outs if self.lex.is_a("pact", c.lemma_) and c.i > verb.i and any(
            k.dep_ == "case" and k.lower_ in ("de", "du", "des", "d'", "d’") for k in c.children)), None)

    def _party_undergoes(self, verb: Token) -> bool:
        """Whether what a verb suspends or freezes is a person or names an actor ("ses relations avec
        Rabat", "les avoirs des oligarques russes", "le diplomate a été suspendu")."""
        for c in verb.children:
            # a second subject after an active verb that has one before it is a misparsed object
            misparsed = c.dep_ == "nsubj" and c.i > verb.i and any(
                s.dep_ == "nsubj" and s.i < verb.i for s in verb.children)
            if (c.dep_ in ("obj", "nsubj:pass") or misparsed
                    or (c.dep_.startswith("obl") and c.dep_ != "obl:agent" and c.i > verb.i)) \
                    and (any(self.mentions_at[t.i] for t in c.subtree) or any(
                        self.lex.is_a(cls, c.lemma_) for cls in ("person", "official", "domestic"))):
                return True
        return verb.dep_ == "acl" and bool(self.mentions_at[verb.head.i])

    def _qualifying_participle(self, verb: Token) -> bool:
        """A past participle that qualifies a noun, with no auxiliary and no object of its own: an act
        named inside a noun phrase ("le confinement décrété le 23 mars", "le décret signé par X"). Not one
        that counts, dates or names the agent of what befell actors ("45 personnes arrêtées", "blessés
        samedi", "un homme tué par un policier"); not one with an object, which the parser only hung on the
        wrong word ("a lui, ..., mis en cause l'Etat russe")."""
        head = verb.head
        if verb.dep_ != "acl" or head == verb or head.pos_ not in ("NOUN", "PROPN") \
                or "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense") \
                or any(c.dep_.startswith("aux") or c.dep_ == "obj" for c in verb.children):
            return False
        if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
            return False  # "quatre soldats ont été tués et un grièvement blessé": a clause cut short
        if self._incise(verb) is not None:
            return False  # "a de son côté rencontré": the participle of a verb the parser hung on the phrase
        if self.lex.is_a("act-summary", head.lemma_) and head.left_edge.i > 0 \
                and self.parse[head.left_edge.i - 1].text == ",":
            # "..., un discours rejeté d'emblée par la Chine", "..., une mesure critiquée par la Pologne": the
            # reaction the sentence reports
            return False
        if head.dep_ == "ROOT" and head.i < verb.i:
            return False  # "Une affirmation démentie par X.": a sentence with no verb tells the act
        if head.i < verb.i and any(t.text == "," for t in self.parse[head.i + 1: verb.i]) \
                and not self.mentions_at[head.i] and any(c.dep_ == "obl:agent" for c in verb.children):
            # "le projet allemand, critiqué par la France, a été adopté", "ce gazoduc, ardemment soutenu par
            # X": a reaction set off by commas
            return False
        # the noun, or the one it is said of ("la mort de X, tué par un policier")
        nouns = [head] + [c for c in head.children if c.dep_ == "nmod"]
        nouns += [g for c in nouns[1:] for g in c.children if g.dep_ == "appos"]  # "du général X"
        people = any(self.lex.is_a(kind, t.lemma_) for t in nouns
                     for kind in ("person", "domestic", "crowd", "military", "official"))
        named = any(self.mentions_at[t.i] for n in nouns for t in (n, *(c for c in n.children if c.dep_ == "amod")))
        return not ((people or named) and (any(t.i in self.timex_at for t in verb.subtree)
                                           or any(c.dep_ == "nummod" for c in head.children)
                                           or any(c.dep_ == "obl:agent" for c in verb.children)
                                           or self._names_actor(verb)))

    def _envoy_subject(self, verb: Token) -> bool:
        """Whether the subject of a verb of arrival is a person who may pay a visit (a leader, a minister, an
        envoy), not forces, ships or aircraft."""
        subj, _ = self.subject_of(verb)
        if subj is None or self.lex.is_a("military", subj.lemma_):
            return False
        return any(m.actor.kind == "person" for m in self.mentions_at[subj.i]) or subj.ent_type_ == "PER" or any(
            self.lex.is_a(kind, subj.lemma_) for kind in ("official", "person"))

    def _public_health(self, tok: Token) -> bool:
        """Whether a measure is taken against an epidemic: its sentence (for a bare noun, its phrase) names
        one or a measure against one ("confinement", "quarantaine", "sanitaire"); not a measure aimed at
        protests or at a named actor ("a interdit les manifestations de l'opposition", "a fermé ses
        frontières avec la Chine")."""
        words = [t for c in tok.children if c.dep_ in ("obj", "nsubj:pass", "nmod") or c.dep_.startswith("obl")
                 for t in c.subtree]
        if any(self.lex.is_a("crowd", t.lemma_) or any(e.type == "PROTEST" for e in self.lex.lookup(t.lemma_, t.lower_))
               for t in words) or any(m.explicit for t in words for m in self.mentions_at[t.i]):
            return False
        return any(self.lex.is_a("epidemic", t.lemma_, t.lower_) for t in (tok.sent if words or tok.pos_ != "NOUN"
                                                                             else tok.subtree))

    def _names_actor(self, verb: Token) -> bool:
        """Whether an object or complement of a word names an actor explicitly ("aide le Liban",
        "le maire de Los Angeles")."""
        return any((c.dep_ in ("obj", "iobj") or c.dep_.startswith("obl"))
                   and any(m.explicit for t in c.subtree for m in self.mentions_at[t.i]) for c in verb.children)

    def _verbal_attack(self, verb: Token) -> bool:
        """Whether an attack verb is said of words: a person attacking a person by name, with
        "vivement", or used as a verb of saying ("a-t-il attaqué")."""
        if any((c.dep_ == "advmod" or c.dep_.startswith("obl") and any(k.lower_ == "avec" for k in c.children))
               and self.lex.is_a("verbal-manner", c.lemma_) for c in verb.children):
            return True  # (also "a attaqué avec virulence X")
        objs = [c for c in verb.children if c.dep_ == "obj" or (c.i > verb.i and c.ent_type_ == "PER" and c.dep_ not in (
            "nsubj", "nsubj:pass", "obl:agent"))] + self._late_subjects(verb)  # "a attaqué Jean-Luc Mélenchon"
        if any(self.lex.is_a("text", o.lemma_) for o in objs):
            return True  # "des associations qui attaquaient le décret": a text challenged, in words or in court
        if not objs and not any(c.dep_.startswith("obl") or c.dep_ == "nsubj:pass" for c in verb.children):
            subj, _ = self.subject_of(verb)
            if subj is not None and not any(m.actor.kind in ("state", "igo", "group") for m in self.mentions_at[subj.i]) \
                    and (subj.ent_type_ == "PER" or self.lex.is_a("official", subj.lemma_)):
                return True  # "Obama frappe plus juste"
        if not objs and any(c.dep_ == "nsubj" and c.i > verb.i and c.pos_ == "PRON" for c in verb.children):
            return True  # an incise: "« ... », a-t-il attaqué"
        subj, passive = self.subject_of(verb)
        if subj is None or passive or self.lex.is_a("military", subj.lemma_) or self.lex.is_a("crowd", subj.lemma_):
            return False
        def person(t: Token) -> bool:
            if any(m.actor.kind in ("state", "igo", "group") for m in self.mentions_at[t.i]):
                return False  # "Washington": a capital for its state, whatever the tagger says
            return t.ent_type_ == "PER" or (t.pos_ == "NOUN" and self.lex.is_a("official", t.lemma_)) or any(
                c.ent_type_ == "PER" for c in t.children if c.dep_ in ("appos", "flat:name", "nmod"))
        return person(subj) and any(o.ent_type_ == "PER" for o in objs)

    def _favourable_label(self, verb: Token) -> bool:
        """Whether the label after "qualifier ... de" praises: the words from the first "de" after the verb
        to the next punctuation or preposition ("d'événement le plus inspirant de l'année"), whatever the
        parse made of them."""
        sent_end = verb.sent.end
        de = next((t for t in self.parse[verb.i + 1:min(verb.i + 12, sent_end)]
                   if t.lower_ in ("de", "d'", "d’")), None)
        if de is None:
            return False
        for t in self.parse[de.i + 1:min(de.i + 8, sent_end)]:
            if t.pos_ == "ADP" or t.is_punct and t.text not in ("\"", "«", "»", "“", "”"):
                break
            if self.lex.is_a("favourable", t.lemma_, t.lower_):
                return True
        return False

    def _words_against(self, verb: Token) -> bool:
        """Whether "s'en prendre à" is said of words: a named actor or official who is no crowd, armed
        group or attacker, against a named actor, person or official ("X s'en est pris à la ministre")."""
        subj, _ = self.subject_of(verb)
        rough = ("crowd", "military", "attacker")  # who comes to blows, or is set upon
        if subj is None or any(self.lex.is_a(cls, subj.lemma_) for cls in rough) \
                or any(m.actor.code == "ISM" for m in self.mentions_at[subj.i]):
            return False  # an armed group sets upon people or places: an attack
        def named(t: Token) -> bool:
            if any(self.lex.is_a(cls, t.lemma_) for cls in rough):
                return False
            # "au QG de la police": a building of an actor, not the actor
            return t.ent_type_ == "PER" or (t.pos_ == "NOUN" and self.lex.is_a("official", t.lemma_)) or any(
                self.mentions_at[k.i] for k in (t, *t.children)
                if k.dep_ not in CLAUSE_DEPS and (k == t or k.dep_ != "nmod" or t.pos_ == "PROPN"))
        aimed = [c for c in (*verb.children, *(g for k in verb.children if k.dep_ == "obl:mod" for g in k.children))
                 if c.dep_ in ("obl:arg", "obl", "obl:mod", "nmod") and c.i > verb.i
                 and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux") for k in c.children)]
        return (subj.ent_type_ == "PER" or bool(self.mentions_at[subj.i]) or self.lex.is_a("official", subj.lemma_)) \
            and any(named(c) for c in aimed)

    def _official_act(self, verb: Token) -> bool:
        """Whether the subject of a verb is the state's authorities ("le régime", "le gouvernement")."""
        subj, passive = self.subject_of(verb)
        return subj is not None and not passive and self.lex.is_a("official", subj.lemma_)

    def _place_hit(self, tok: Token, anchor: Token, aims: frozenset[str] = frozenset({"contre", "sur"})) -> str | None:
        """The country of a place an act is aimed at: its object, or a place after one of ``aims``
        ("une offensive contre Kharkiv"; for a recall, "son ambassadeur à Paris")."""
        words = [*tok.children, *(anchor.children if anchor != tok else ())]
        words += [g for c in words if c.dep_ == "obj" for g in c.children if g.dep_ == "nmod"]
        for c in words:
            place = self.place_at.get(c.i)
            cases = {k.lower_ for k in c.children if k.dep_ == "case"}
            if place is not None and place.country and (
                    (c.dep_ in ("obj", "nsubj:pass") and "à" not in aims) or cases & aims):
                return str(place.country)
        return None

    def _aid_parties(self, verb: Token) -> bool:
        """Whether an aid verb is done by an actor (not "les ressources aident à") and gives to an
        actor: a recipient after "à" that names none ("livrés à la violence") is no aid."""
        subj, passive = self.subject_of(verb)
        if subj is not None and not passive and subj.pos_ == "NOUN" and not self.mentions_at[subj.i] and not any(
                self.lex.is_a(cls, subj.lemma_) for cls in ("person", "domestic", "official", "military")):
            return False
        if subj is not None and not passive and self.mentions_at[subj.i] and all(
                m.actor.kind == "other" and m.actor.sector not in STATE_SECTORS for m in self.mentions_at[subj.i]):
            return False  # "Embraer a livré 41 appareils": a sale, not aid ("l'armée américaine a envoyé" is)
        for c in verb.children:
            cases = {k.lower_ for k in c.children if k.dep_ == "case"}
            if c.dep_.startswith("obl") and cases & {"à", "au", "aux"} and c.pos_ == "NOUN" \
                    and c.i not in self.place_at and not self._collect(c, subject=False) and not any(
                    self.lex.is_a(cls, c.lemma_) for cls in ("person", "domestic", "official", "military", "crowd")):
                return False
        return True

    def _leaves_ground(self, verb: Token) -> bool:
        """Whether a withdrawal moves forces back: forces withdrawn, forces or a state leaving a place."""
        if self._moves_forces(verb) or any(c.dep_ == "obj" and c.i in self.place_at for c in verb.children):
            return True  # "retirer ses troupes", "évacuer Kherson"
        if not any(c.lower_ in ("se", "s'", "s’") and c.dep_.startswith("expl") for c in verb.children):
            return False
        if self._forces_act(verb):
            return True  # "les forces israéliennes se retiraient"
        left = [c for c in verb.children if c.dep_.startswith("obl")
                and any(k.lower_ in ("de", "d'", "d’", "du", "des") for k in c.children if k.dep_ == "case")]
        return not left or any(c.i in self.place_at for c in left)  # "s'est retirée de Kherson"

    def _human_subject(self, verb: Token) -> bool:
        """Whether a protest verb has people as subject (or no subject of its own to say otherwise)."""
        subj, _ = self.subject_of(verb)
        if subj is None or subj.pos_ in ("PRON", "PROPN", "NUM") or self.mention_at[subj.i] is not None:
            return True
        words = [subj] + [c for c in subj.children if c.dep_ in ("nmod", "conj")]
        return any(self.lex.is_a(cls, w.lemma_) for w in words
                   for cls in ("crowd", "protester", "domestic", "person"))

    def _trip(self, verb: Token) -> bool:
        """Whether a verb is a trip: "arriver", "se rendre", "partir", "faire un aller-retour"."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if self.lex.is_a("travel", lemma):
            return lemma not in ("rendre", "déplacer") or _reflexive(verb)
        # (the tokeniser may split "aller-retour" into three objects)
        return lemma == "faire" and any(c.dep_ == "obj" and (self.lex.is_a("travel", c.lemma_) or (
            c.lower_ == "retour" and c.i >= 2 and self.parse[c.i - 2].lower_ == "aller")) for c in verb.children)

    def _destination(self, verb: Token) -> str | None:
        """The state of the place a trip goes to: "se rendre à Moscou", "en Chine", "dans la capitale
        libanaise"."""
        for c in verb.children:
            cases = {k.lower_ for k in c.children if k.dep_ in ("case", "fixed")}
            if c.dep_.startswith("obl") and cases & {"à", "au", "aux", "en", "dans"}:
                place = self.place_at.get(c.i)
                if place is not None and place.country:
                    return place.country
                m = self.mention_at[c.i]
                if m is None and self.lex.is_a("territory", c.lemma_):
                    # "dans la capitale libanaise": the state of the adjective
                    m = next((self.mention_at[a.i] for a in c.children if a.dep_ == "amod" and self.mention_at[a.i]),
                             None)
                if m is not None and (m.actor.code or m.actor.country):
                    return str(m.actor.code or m.actor.country)
        return None

    def _pledge(self, tok: Token, entry: Trigger) -> bool:
        """Whether a trigger promises or offers something ("a promis une aide", "s'est engagé à")."""
        if not self.lex.is_a("pledge", entry.lemma):
            return False
        # a verb needs what it promises: "nous allons nous engager" (in a war);
        # "promettre son soutien" is support
        return entry.pos != "VERB" or any(
            c.dep_ in ("obj", "xcomp", "ccomp") and not self.lex.is_a("courtesy", c.lemma_) for c in tok.children)

    def _complements(self, verb: Token) -> list[Token]:
        """A verb's object and clause complements, with an infinitive the parser hung on a day that
        follows the verb ("a promis mercredi de ruiner X": the promise's content, not the day's)."""
        out = [c for c in verb.children if c.dep_ in ("obj", "xcomp", "ccomp") or _bare_object(c)
               # "a promis de le venger": an infinitive the parser labelled an oblique
               or c.dep_ == "obl:arg" and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm")]
        return out + [g for c in verb.children for g in c.children
                      if getattr(self._day_governor(g), "i", None) == verb.i]

    def _day_governor(self, tok: Token) -> Token | None:
        """The verb whose "de" infinitive the parser hung on the day that follows it ("a menacé vendredi
        d'attaquer X": attaquer is what was threatened, not an act of its own)."""
        day = tok.head
        if tok.pos_ != "VERB" or tok.dep_ not in ("acl", "nmod") or "Inf" not in tok.morph.get("VerbForm") \
                or day.i not in self.timex_at or not day.dep_.startswith("obl") or day.head.i == day.i \
                or day.head.pos_ not in ("VERB", "AUX") or day.head.i > day.i \
                or not any(k.dep_ == "mark" and k.lower_ in ("de", "d'", "d’") for k in tok.children):
            return None
        return day.head

    def _promises_harm(self, verb: Token) -> bool:
        """Whether a promise announces arrests, attacks or sanctions: then it is a threat."""
        for c in self._complements(verb):
            entry = self._choose(c) if c.dep_ != "obj" and not _bare_object(c) else next(
                (e for e in self.lex.lookup(c.lemma_, c.lower_) if e.pos == "NOUN"), None)
            if entry is not None and entry.type in ("ASSAULT", "COERCE", "SANCTION", "THREATEN") \
                    and not self.lex.is_a("armed-struggle", entry.lemma):  # "promis de combattre la barbarie"
                return True
            if self.lex.is_a("harm", c.lemma_):
                return True
            if c.pos_ == "VERB" and self.lex.is_a("support", c.lemma_) and any(
                    (e := self._choose(o)) is not None and e.pos == "NOUN" and e.type in ("ASSAULT", "COERCE", "SANCTION")
                    for o in c.children if o.dep_ == "obj"):
                return True  # "a promis d'imposer des sanctions", "prêt à lancer une offensive"
        return False

    def _ground_taken(self, verb: Token, entry: Trigger) -> Token | None:
        """What a verb of taking ground takes, when it is ground: a known place or a word of class
        territory ("s'emparer de la ville de Marib", "prendre le contrôle de l'aéroport", "reprendre Saraqeb")."""
        if entry.cue:  # "prendre le contrôle de X": X hangs on "contrôle"
            heads = [c for c in verb.children if c.lemma_.lower() == entry.cue]
            cands = [g for h in heads for g in h.children if g.dep_ == "nmod"]
        elif entry.constraint == "reflexive":  # "s'emparer de X" (also hung on a day: "dimanche de Kaboul")
            cands = [g for c in verb.children for g in [c, *(k for k in c.children if c.i in self.timex_at)]
                     if (g.dep_.startswith("obl") or g.dep_ == "nmod")
                     and any(k.dep_ == "case" and k.lower_ in ("de", "d'", "d’", "du", "des") for k in g.children)]
        else:
            cands = [c for c in verb.children if c.dep_ == "obj" or _bare_object(c)]
        for c in cands:
            if c.i in self.place_at or self.lex.is_a("territory", c.lemma_) or c.pos_ == "PROPN" and any(
                    m.actor.kind == "state" and m.actor.sector == "GOV" for m in self.mentions_at[c.i]):
                return c  # (a capital named for its government is ground too: "se sont emparés de Kaboul")
        return None

    def _ground_country(self, ground: Token) -> str | None:
        """The country of the ground taken: the state its adjective names ("son ultime bastion syrien"),
        else the place that names it ("la ville de Tarhouna": Libya), else a capital named for its state."""
        words = list(ground.subtree)
        for t in words:
            if t.dep_ == "amod" and (codes := self.actors_at(t.i).codes):
                return codes[0]
        for t in words:
            place = self.place_at.get(t.i)
            if place is not None and place.country:
                return place.country
        for t in words:
            if t.pos_ == "PROPN" and (codes := self.actors_at(t.i).codes):
                return codes[0]
        return None

    def _retaliation(self, verb: Token) -> bool:
        """Whether a threat or promise announces retaliation ("promis des représailles", "menace de
        riposter", "a juré de venger la mort de X")."""
        return any(self.lex.is_a("retaliation", c.lemma_) or any(
            self.lex.is_a("retaliation", g.lemma_) for g in c.children if g.dep_ in ("obj", "xcomp", "nmod"))
            for c in self._complements(verb))

    def _attacker_of(self, victim: Args) -> Args:
        """The author of the last asserted hostile act the text has told against ``victim`` (who
        retaliates answers it); none when that act is the victim's own or no such act is told."""
        for e in reversed(self.coded):
            if e.status == "asserted" and e.type in ("ASSAULT", "COERCE", "SANCTION") and e.source \
                    and set(e.target) & set(victim.codes) and not set(e.source) & set(victim.codes):
                return Args(e.source, e.source_names, explicit=False)
        return Args()

    def _harmed(self, verb: Token) -> Args:
        """The actor a promised harm falls on: the object of the promised act, when it is not the
        promiser ("a promis de ruiner l'opposant", "jure d'écraser les rebelles")."""
        for c in self._complements(verb):
            if c.pos_ != "VERB" or c.lemma_.lower() == "venger":
                continue  # "venger la mort de X": X is the victim avenged, not the one threatened
            for k in c.children:
                # "de ruiner l'opposant": an object the parser may leave unlabelled after the verb
                if k.dep_ in ("obj", "dep") and k.i > c.i and k.pos_ != "PRON" \
                        and (found := self.resolve(k, subject=False)) and found.explicit:
                    return found.inferred()
        return Args()

    def _promised_repression(self, verb: Token) -> str | None:
        """The mode of the repression (arrests, bans) a promise announces, if it announces one."""
        for c in verb.children:
            if c.dep_ == "obj":
                entry = next((e for e in self.lex.lookup(c.lemma_, c.lower_) if e.pos == "NOUN"), None)
                if entry is not None and entry.type == "COERCE":
                    return entry.mode
        return None

    def _disaster(self, t: Token) -> bool:
        """Whether a word names a disaster or an epidemic, by its lemma or its form ("séisme", "Covid-19")."""
        return self.lex.is_a("disaster", t.lemma_, t.lower_)

    def _warns_of_disaster(self, verb: Token) -> bool:
        """Whether a warning is about a disaster or an epidemic ("a prévenu qu'il fallait s'attendre à une
        deuxième vague de contamination", "met en garde contre la canicule"), which no one threatens anyone
        with, and names no hostile act ("a averti que l'armée interviendrait pendant l'épidémie")."""
        content = [t for c in verb.children if c.dep_ in ("ccomp", "obl:arg", "obl", "xcomp") for t in c.subtree]
        if not any(self._disaster(t) for t in content):
            return False
        if any(t.pos_ in ("VERB", "AUX") and (is_conditional(t) or t.lower_.endswith(("rait", "raient")))
               for t in content):  # (an irregular stem the tagger reads as an imperfect: "interviendrait")
            return False  # "a averti que l'armée interviendrait": an act of the warner's side, announced
        return not any(e.type in HOSTILE for t in content if t.pos_ in ("VERB", "NOUN")
                       for e in self.lex.lookup(t.lemma_, t.lower_))

    def _warns_of_no_act(self, verb: Token) -> bool:
        """Whether a warning ("avertir", "prévenir", "mettre en garde") is addressed to no actor and says
        nothing that is to come: no future or conditional, no hostile act, no harm ("a averti que la
        situation se dégradait"). A threat warns someone ("a averti Moscou") or of consequences to come
        ("a prévenu que toute aggravation pourrait avoir des conséquences")."""
        if any(c.dep_ in ("obj", "iobj", "obl:arg") and (c.pos_ == "PRON" or self.mentions_at[c.i])
               for c in verb.children):
            return False
        content = [t for c in verb.children if c.dep_ in ("ccomp", "obl:arg", "obl", "xcomp", "advcl", "parataxis")
                   for t in c.subtree]
        if (close := self._incise_quote(verb)) is not None:
            content += list(self.parse[verb.sent.start:close])  # '"...", a averti X': the words quoted
        elif self._reporting_incise(verb) or _incise(verb) or self._unquoted_incise(verb):
            content += list(self.parse[verb.sent.start:verb.i])  # '"...", a-t-il prévenu', "..., prévient X"
        if any(self.mentions_at[t.i] for t in content if t.dep_ in ("obj", "obl:arg", "obl", "nmod")
               and any(k.dep_ == "case" and k.lower_ == "contre" for k in t.children)):
            return False  # "met en garde contre Moscou"
        return not any(
            (t.pos_ in ("VERB", "AUX") and (is_future(t) or is_conditional(t) or t.lower_.endswith(("rait", "raient"))))
            or (t.dep_ == "mark" and t.lower_ in ("si", "s'", "s’"))  # "si X ne cède pas, nous allons ...": a condition
            or self.lex.is_a("harm", t.lemma_)
            or (t.pos_ in ("VERB", "NOUN") and any(e.type in HOSTILE for e in self.lex.lookup(t.lemma_, t.lower_)))
            for t in content)

    def _content_is_event(self, verb: Token) -> bool:
        """Whether a warning's reported content is itself a non-hostile event (a refusal to talk,
        a promise), coded on its own: then the warning verb only reports it."""
        if (close := self._incise_quote(verb)) is not None:
            # '"Moscou doit cesser", a averti X': the demand quoted before the incise
            start, end = verb.sent.start_char, self.parse[close].idx
            if any(e.type not in HOSTILE and start <= e.trigger.start < end for e in self.coded):
                return True
        for c in verb.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "ADJ"):
                entry = self._choose(c)
                if entry is not None and entry.type not in HOSTILE:
                    return True
        return False

    def _protesters(self, verb: Token, cls: str = "protester") -> bool:
        subj, _ = self.subject_of(verb)
        if subj is not None and subj.lower_ in ("ils", "elles") and cls == "protester":
            # "Ils réclament ...": the last subject before, when it names protesters
            for i in range(subj.i - 1, max(-1, subj.i - 60), -1):
                t = self.parse[i]
                if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN"):
                    subj = t
                    break
        if subj is not None and subj.lower_ == "qui" and subj.head.dep_ == "acl:relcl" and subj.head.head != subj.head:
            subj = subj.head.head  # "des manifestants qui protestent contre X": the noun the relative clause is on
        return subj is not None and (self.lex.is_a(cls, subj.lemma_) or any(
            self.lex.is_a(cls, c.lemma_) for c in subj.children if c.dep_ == "nmod"))

    def _said_ahead(self, verb: Token, entry: Trigger) -> bool:
        """A statement still to be made: one in the passive future ("seront auditionnés") or one a plan
        governs ("va demander", "devront s'engager", "prévoit de proposer"); not one its author makes in
        the future tense ("nous exigerons" is a demand made now), nor one he had to make ("a dû reconnaître")."""
        if any(c.dep_ == "aux:pass" for c in verb.children):
            return True
        if self.lex.is_a("pledge", entry.lemma) and not self._pledge(verb, entry):
            return False  # "va-t-il s'engager ?" promises nothing: no statement, asserted or to come
        head = verb.head
        return verb.dep_ == "xcomp" and head != verb and self.lex.is_a("planned", head.lemma_) \
            and not (head.lemma_.lower() == "devoir" and is_past(head))

    def _refusal_framed(self, verb: Token) -> bool:
        """Whether a refusal read from a negated act ("refuser de fournir", "en n'aidant pas") hangs on a clause
        that is itself not told as done: a call to refuse, a refusal alleged ("accuse X de violer ses engagements
        en n'aidant pas"). Not when the governor carries the negation ("ne pourrait pas accepter" refuses)."""
        head = verb.head
        if head == verb or verb.dep_ not in ("xcomp", "advcl", "ccomp") or is_negated(head):
            return False
        if verb.dep_ == "advcl" and head.lemma_.lower() in _ALLEGING and any(
                c.dep_ == "mark" and c.lower_ == "en" for c in verb.children):
            return True  # "accuse X de violer ses engagements, en n'aidant pas Y": the gerund tells what is alleged
        return clause_of(head, self.lex).status == "hypothetical"

    def _other_sense(self, verb: Token, entry: Trigger, etype: str) -> bool:
        """A trigger verb used in a sense that is no political act: a market that "cède 2 %", a greeting
        ("est venu me saluer"), a letter or a time "signé", a permit "reçu", "ne peut se permettre"."""
        lemma = entry.lemma
        objects = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
        if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and verb.head != verb:
            objects.append(verb.head)  # "un courrier signé par", "les autorisations reçues"
        if etype in ("CONCEDE", "RETREAT") and any(self.lex.is_a("quantity", c.lemma_) for c in objects):
            return True  # "l'indice a cédé 3 %", "le titre cédait deux points": a price that falls
        if lemma == "saluer" and self._greeting(verb):
            return True
        # (the tagger may read the participle as an infinitive: its ending tells)
        if etype == "CONSULT" and lemma == "retrouver" and any(
                c.dep_ == "xcomp" and (
                    # "s'est retrouvé rattrapé par", "se retrouve isolé": a state one ends up in
                    c.pos_ in ("ADJ", "VERB") and not any(k.dep_ == "mark" for k in c.children)
                    and not c.lower_.endswith(("er", "ir", "re"))
                    # "se retrouve à devoir gérer la crise": what one ends up doing
                    or c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm")
                    and any(k.dep_ == "mark" and k.lower_ in ("à", "a") for k in c.children))
                for c in verb.children):
            return True  # no meeting
        if etype == "ACCUSE" and lemma == "déplorer":
            # (the parser may hang the counted noun elsewhere: the first noun after the verb)
            counted = objects + [t for t in self.parse[verb.i + 1:verb.i + 5] if t.pos_ == "NOUN"][:1]
            if any(self.lex.is_a("mourned", c.lemma_) and any(k.dep_ == "nummod" for k in c.children) for c in counted):
                return True  # "le pays déplore 163 morts": a toll counted, no one blamed
        if etype == "ACCUSE" and lemma == "qualifier" and (any(
                self.lex.is_a("favourable", t.lemma_, t.lower_) for c in verb.children if c.dep_ in ("obl:arg", "obl", "xcomp", "obj")
                for k in ((c,) if c.dep_ != "obj" else ()) + tuple(k for k in c.children if k.dep_ == "nmod")
                for t in (k, *(a for a in k.children if a.dep_ == "amod"))) or self._favourable_label(verb)):
            return True  # "qualifié de succès", "qualifiant l'accord d'historique": praise, no blame
        if etype == "ACCUSE" and lemma == "poursuivre" and any(
                c.pos_ == "NOUN" and not self.mentions_at[c.i]
                and not any(self.lex.is_a(cls, c.lemma_) for cls in ("person", "official", "domestic", "crowd", "military"))
                for c in objects):
            return True  # "les étudiants qui poursuivent leurs études", "poursuivre ses efforts": no one prosecuted
        if etype == "CONCEDE" and lemma == "lever" and any(self.lex.is_a("money", c.lemma_) for c in objects):
            return True  # "a levé 20 millions d'euros": money raised, no sanction lifted
        if etype == "COERCE" and lemma == "arrêter" and any(
                c.dep_ == "xcomp" and any(k.dep_ == "mark" and k.lower_ in ("de", "d'", "d’") for k in c.children)
                for c in verb.children):
            return True  # "a arrêté de fumer": to stop doing something, no arrest
        if etype == "REQUEST" and any(c.dep_ == "nsubj" and self.lex.is_a("rule", c.lemma_) for c in verb.children):
            return True  # "la loi exige que", "le règlement demande": a standing rule, no demand by an actor
        if lemma == "interpeller" and self._called_out(verb):
            return True
        if self.lex.is_a("joint-act", lemma) and any(
                c.pos_ == "NOUN" and not self.lex.is_a("signed", c.lemma_) and not self.lex.lookup(c.lemma_, c.lower_)
                for c in objects):
            return True  # "une lettre signée par", "en signant le meilleur temps": no agreement signed
        if etype == "CONSULT" and self.lex.is_a("host", lemma) and any(
                c.pos_ == "NOUN" and not self.mentions_at[c.i] and c.i not in self.timex_at
                and not any(self.lex.is_a(cls, c.lemma_) for cls in ("person", "domestic", "official", "military"))
                and not any(self.mentions_at[g.i] for g in c.children if g.dep_ == "amod" or g.dep_ == "nmod" and any(
                    k.dep_ == "case" and k.lower_ in ("de", "du", "des", "d'", "d’") for k in g.children))
                for c in objects):  # (the guests may be named by whom they come from: "les envoyés de l'UA")
            return True  # "a reçu les autorisations nécessaires au Canada": a thing, not a guest
        if etype == "CONSULT" and self.lex.is_a("host", lemma) and any(
                c.pos_ == "NOUN" and self.lex.is_a("not-guest", c.lemma_) and not self.mentions_at[c.i] for c in objects):
            return True  # "ne reçoit plus aucun touriste", "a reçu 200 migrants": people taken in, no guests of state
        if etype == "CONSULT" and self.lex.is_a("host-official", lemma) and not self._guest_of_state(verb, objects):
            return True
        # "un inspecteur a été dépêché sur les lieux", "les pompiers dépêchés": a service at work
        return etype == "AID" and self.lex.is_a("sending", lemma) and (
            self._sent_by_no_one(verb, objects) or self._sent_to_keep_order(verb, objects)
            # "la France a dépêché à Bruxelles François Delattre, numéro deux du ministère": an envoy, no aid
            or any(c.ent_type_ == "PER" or self.lex.is_a("official", c.lemma_) for c in objects))

    def _guest_of_state(self, verb: Token, objects: list[Token]) -> bool:
        """Whether a host verb of officials ("accueillir") receives a guest of state: a named person, an
        official or a counterpart (not "400 migrants", "le plan de paix"), and a host who is no crowd ("a
        été accueilli par des dizaines de manifestants, de policiers": greeted, not hosted)."""
        if not any(c.ent_type_ == "PER" or self.lex.is_a("official", c.lemma_) or self.lex.is_a("pair", c.lemma_)
                   for c in objects):
            return False
        hosts = [c for c in verb.children if c.dep_ == "nsubj"]
        if (agent := self._passive_agent(verb, any(c.dep_ == "aux:pass" for c in verb.children))) is not None:
            hosts.append(agent)
        return not any(self.lex.is_a(cls, w.lemma_) for c in hosts
                       for w in (c, *(g for g in c.children if g.dep_ == "nmod")) for cls in ("domestic", "crowd"))

    def _called_out(self, verb: Token) -> bool:
        """"Interpeller" in the sense of calling out or questioning someone, not of an arrest: done by people
        who are no police ("a été interpellé en pleine rue par deux hommes", "le député a interpellé le
        ministre"); an arrest is made by the police, the courts or a state ("la police a interpellé dix
        personnes", "Pékin a interpellé des militants", or no one named in the passive)."""
        def enforcer(t: Token) -> bool:  # "par des agents de police", not "par un homme"
            return any(self.lex.is_a("authority", w.lemma_) or (
                self.lex.is_a("military", w.lemma_) and not self.lex.is_a("person", w.lemma_))
                or any(m.actor.kind != "person" for m in self.mentions_at[w.i])
                for w in (t, *(c for c in t.children if c.dep_ in ("nmod", "amod"))))
        passive = any(a.dep_ == "aux:pass" for a in verb.children)
        agents = [c for c in verb.children if c.pos_ in ("NOUN", "PROPN") and (c.dep_ == "obl:agent" or (
            passive and c.dep_.startswith("obl") and any(k.dep_ == "case" and k.lower_ == "par" for k in c.children)))]
        if agents or passive:
            return bool(agents) and not any(enforcer(a) for a in agents)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return any(not enforcer(s) and (s.ent_type_ == "PER" or any(
            self.lex.is_a(cls, s.lemma_) for cls in ("person", "official"))) for s in subjects)

    def _sent_to_keep_order(self, verb: Token, sent: list[Token]) -> bool:
        """Police, investigators or experts sent to a scene or to inquire ("des gendarmes ont été dépêchés sur
        place", "a dépêché des enquêteurs", "dépêché sur les lieux afin d'enquêter"), with no disaster or
        relief in the sentence: law enforcement at work, not aid ("des policiers dépêchés pour secourir les
        sinistrés du séisme" is relief)."""
        words = [t for c in sent for t in c.subtree if t.i == c.i or t.dep_ in ("nmod", "amod", "conj")]
        purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"]
        if not (any(w.pos_ == "NOUN" and self.lex.is_a("inquiry", w.lemma_) for w in words)
                or any(self.lex.is_a("inquiry", p.lemma_) for p in purposes)):
            return False
        return not any(self.lex.is_a(cls, t.lemma_) for t in verb.sent for cls in ("disaster", "relief"))

    def _sent_by_no_one(self, verb: Token, sent: list[Token]) -> bool:
        """People sent in the passive with no sender named, who are neither forces nor officials: an
        emergency or public service at work, not aid given by a political actor."""
        passive = any(c.dep_ == "aux:pass" for c in verb.children) or (
            verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and not auxiliaries(verb))
        if not passive or any(c.dep_ == "obl:agent" for c in verb.children):
            return False
        if verb.dep_ == "acl:relcl" and verb.head != verb:
            sent = [*sent, verb.head]  # "les pompiers qui ont été dépêchés"
        # the people sent and what qualifies them ("des secouristes japonais", "membres des forces de sécurité")
        words = [t for c in sent for t in c.subtree if t.i == c.i or t.dep_ in ("nmod", "amod")]
        people = any(w.pos_ == "NOUN" and (self.lex.is_a("person", w.lemma_) or self.lex.is_a("worker", w.lemma_))
                     for w in words)
        return people and not any(self.lex.is_a(cls, w.lemma_) or self.mentions_at[w.i]
                                  for w in words for cls in ("military", "official"))

    def _own_reinforcements(self, tok: Token, verb: Token, source: Args, target: Args) -> bool:
        """Whether reinforcements are a state's own forces moved ("a dépêché des renforts au Cachemire", "des
        renforts militaires à la frontière chinoise"), not forces sent to help another actor ("des renforts à
        l'armée ukrainienne", "pour aider l'armée malienne") or relief after a disaster."""
        sent = [tok] if tok.lemma_.lower() == "renfort" else [
            c for c in verb.children if c.dep_ in ("obj", "nsubj:pass") and c.lemma_.lower() == "renfort"]
        if not sent or any(self._disaster(t) or self.lex.is_a("relief", t.lemma_) for t in verb.sent):
            return False
        # who is sent: "des renforts de médecins", "un médecin envoyé en renfort" are no forces
        who = [c for t in sent for c in t.children if c.dep_ == "nmod"] + [
            c for c in verb.children if c.dep_ in ("obj", "nsubj:pass", "nsubj") and c not in sent] + (
            [verb.head] if verb.dep_ == "acl" else [])  # "M. X, envoyé en renfort à Cayenne"
        if any(c.ent_type_ == "PER" or self.lex.is_a("worker", c.lemma_) or self.lex.is_a("medic", c.lemma_)
               for c in who):
            return False
        helped = target.without(source.codes)
        if not helped:
            return True
        places = [c for t in (verb, *sent) for c in t.children if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod")
                  and (c.i in self.place_at or c.lemma_.lower() in ("frontière", "zone", "région"))]
        named = [c for t in (verb, *sent) for c in t.children if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "iobj")
                 and c not in places and any(m.explicit for m in self.mentions_at[c.i])]
        purpose = any(c.dep_ in ("advcl", "acl") and c.lemma_.lower() in ("aider", "soutenir", "appuyer", "épauler")
                      for t in (verb, *sent) for c in t.children)
        return bool(places) and not named and not purpose

    def _pushed_back_or_put_off(self, verb: Token) -> bool:
        """Whether what "repousser" takes is a person or an attack pushed back, or a vote, a meeting or a
        date put off, rather than an offer or a demand turned down."""
        for c in verb.children:
            if c.dep_ not in ("obj", "nsubj:pass"):
                continue
            if c.ent_type_ == "PER" or c.i in self.timex_at or any(
                    self.lex.is_a(cls, c.lemma_) for cls in ("person", "crowd", "military", "put-off")):
                return True
            if any(e.pos == "NOUN" and e.type in ("ASSAULT", "CONSULT") for e in self.lex.lookup(c.lemma_, c.lower_)):
                return True  # "repousser une offensive", "repousser le sommet"
        return False

    def _no_actor_acts(self, verb: Token) -> bool:
        """Whether the one who attacks or strikes is an animal or a misfortune: the agent of the verb or of a
        participle coordinated with it ("attaquée et blessée par un tigre"), or its subject."""
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        if verb.dep_ == "conj" and verb.head != verb:
            verbs.append(verb.head)
        agents = [a for v in verbs
                  if (a := self._passive_agent(v, any(k.dep_ == "aux:pass" for k in v.children))) is not None]
        subj, passive = self.subject_of(verb)
        if subj is not None and not passive:
            agents.append(subj)
        return any(self.lex.is_a("non-agent", a.lemma_) for a in agents)

    @staticmethod
    def _done_without(tok: Token) -> bool:
        """Whether a verb is negated by "sans" ("sans livrer de chiffres", "est reparti sans rencontrer X"):
        something not done alongside another act, not a refusal."""
        return any(c.lower_ == "sans" and c.dep_ == "mark" for c in tok.children)

    def _negated_governor(self, verb: Token) -> bool:
        """The negation is that of a verb which governs the act and says neither will nor ability
        ("ne méritait pas de défendre", "n'a pas réussi à convaincre"): the act is not done, and no
        refusal by its actor is told ("ne veut pas soutenir", "a refusé de soutenir" are refusals)."""
        head = verb.head
        return verb.dep_ in ("xcomp", "advcl") and head != verb and not is_negated(verb) \
            and is_negated(head) and not any(self.lex.is_a(cls, verb_lemma(head, self.lex))
                                             for cls in ("modal", "planned", "willing"))

    def _meeting_ahead(self, noun: Token, verb: Token) -> bool:
        """A meeting named as the time of a clause that is still to come: its own day lies ahead ("lors
        de la réunion de la semaine prochaine", "de jeudi prochain"), or the clause it frames is in the
        future ("nous déciderons lors de la réunion de jeudi"; not "en visite à X, il arrivera demain")."""
        for c in noun.children:
            if c.dep_ == "nmod" and (any(k.dep_ == "amod" and k.lemma_.lower() == "prochain" for k in c.children)
                                     or c.i in self.timex_at and _after_day(self.timex_at[c.i].value, self.pub_date)):
                return True
        framed_by_time = noun.dep_ != "nmod" and noun.head.lemma_.lower() in FRAME_HEADS
        return framed_by_time and is_future(finite_of(verb))

    def _named_culprit(self, verb: Token) -> bool:
        """"Désigner", "présenter" someone as the one to blame ("comme responsable des troubles",
        "comme l'auteur de l'attaque"): an accusation, not an endorsement."""
        # (the parser may hang "comme responsable" on the agent: "désigné par X comme responsable")
        return any(self.lex.is_a("culprit", c.lemma_) and verb.i in (c.head.i, c.head.head.i)
                   and any(k.dep_ in ("mark", "case") and k.lower_ == "comme" for k in c.children)
                   for c in verb.subtree)

    def _greeting(self, verb: Token) -> bool:
        """"Saluer" as a greeting: someone who comes to greet ("est venu le saluer") or greets the
        speaker ("m'a salué"), with no merit named ("pour son courage")."""
        if any(c.dep_.startswith("obl") and any(k.lower_ in ("pour", "comme") for k in c.children)
               for c in verb.children):
            return False
        head = verb.head
        if verb.dep_ == "xcomp" and head != verb and self.lex.is_a("motion", head.lemma_):
            return True
        return any(c.lower_ in ("me", "m'", "m’", "te", "t'", "t’", "nous", "vous") and c.i < verb.i
                   and c.dep_ in ("obj", "expl:comp", "iobj") for c in verb.children)

    def _dateline_place(self, date: str | None) -> Place | None:
        """The dateline's city for the day's news."""
        if not _recent(date, self.pub_date):
            return None  # background: the story's place is not its place
        if self.doc.dateline is not None:
            return self.doc.dateline
        lead = self.doc.sentences[0].end if self.doc.sentences else 0
        found = [p for i, p in sorted(self.located.items()) if p.span.start < lead and p.country]
        # the lead's most precise place: "à Tataouine dans le sud de la Tunisie" is Tataouine
        return next((p for p in found if p.feature == "city"), found[0] if found else None)


# prepositions that make a place name a party to the event, not where it happens
#: Words that make a call or a demand the same as one made before ("un appel similaire", "le même geste").
SAME = frozenset({"similaire", "même", "identique", "semblable", "pareil", "analogue"})
#: Claims that accuse someone: a denial of them answers the accuser.
ACCUSATIONS = frozenset({"accusation", "allégation", "reproche", "soupçon", "critique", "imputation"})
# Participles that make a talk noun an interview given to a medium ("l'entretien accordé à", "publié par").
_PUBLISHED = frozenset({"publier", "accorder", "paraître", "diffuser", "donner"})
# Verbs whose complement is an act alleged, not told as done.
_ALLEGING = frozenset({"accuser", "soupçonner", "reprocher"})
_ACCUSABLE = frozenset({"ACCUSE", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
_PARTY_CASES = frozenset({"avec", "contre", "entre", "par", "pour", "envers", "vers", "auprès"})
# acts done on the spot, whose scene the previous sentence may set
_ON_THE_SPOT = frozenset({"PROTEST", "ASSAULT", "COERCE", "MOBILIZE"})
# the reason that marks a place a clause spreads over the whole country ("dans tout le pays")
_NATIONWIDE = "across the country"
# prepositions of a location ("à travers" is "à" with "travers" fixed)
_LOCATIVE_CASES = frozenset({"à", "au", "aux", "en", "dans", "partout", "travers", "sur"})
# prepositions of a phrase that says where a scene is ("devant le Parlement", "sur la place"), and what may
# stand between its end and the town that locates it ("à Wellington", ", à Minsk")
_SCENE_CASES = frozenset({"à", "au", "aux", "en", "dans", "sur", "devant", "derrière", "près", "autour", "face"})
_PHRASE_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "nmod"})
_NESTED = re.compile(r"\s*,?\s*(?:à|au|aux)\s+")
_REGION_NOUNS = frozenset({"région", "zone"})
_OWN_UNITS = frozenset({"ville", "secteur", "village", "quartier", "commune", "localité", "district", "région"})
_UNIT_AFTER = re.compile(r"\s*(?:\(|,\s*(?:en|au|aux|dans)(?:\s+(?:le|la|les|l['’]))?)\s*")
# verbs whose "à X", "en X" is where someone or something is sent, not where the act took place
_SENDING_VERBS = frozenset({"inviter", "convier", "envoyer", "dépêcher", "expulser", "extrader", "renvoyer",
                            "rapatrier", "transférer", "déporter", "exiler", "évacuer"})
# nouns for a share of a territory: "dans l'ensemble du pays", "dans le reste du pays"
_PARTS_OF_A_WHOLE = frozenset({"ensemble", "reste", "totalité", "partie", "moitié", "plupart"})
# nouns that size a crowd: "des milliers d'Algériens"
_CROWD_SIZES = frozenset({"millier", "milliers", "centaine", "centaines", "dizaine", "dizaines", "foule",
                          "million", "millions"})

def _number(tok: Token) -> str:
    """Grammatical number of a subject: plural when coordinated ("X et Y"), a relative's "qui" its noun's."""
    if tok.lower_ == "qui" and tok.head.dep_ == "acl:relcl":
        tok = tok.head.head
    if any(c.dep_ == "conj" for c in tok.children):
        return "Plur"
    return "Plur" if "Plur" in tok.morph.get("Number") else "Sing"


def _including(c: Token) -> bool:
    """A verbless "dont" phrase that names members of a group ("plusieurs pays, dont le Canada"), which the
    parser takes for a relative clause: its names are the group's."""
    # a name, or a number of people ("dont trois Français"); not "X, dont le secrétaire d'Etat" (whose)
    return c.dep_ == "acl:relcl" and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(
        k.dep_ == "nummod" for k in c.children)) and any(k.lower_ == "dont" and k.i < c.i for k in c.children)


def _adverbial_of(t: Token, verb: Token) -> bool:
    """Whether a word before a verb belongs to an adverb of it ("a par ailleurs lancé", "a ensuite dit")."""
    adverb = t.head if t.dep_ == "case" else t
    return adverb.head.i == verb.i and adverb.pos_ == "ADV" and adverb.dep_ in ("advmod", "obl:mod") \
        and adverb.i < verb.i


def _se_clitic(c: Token) -> bool:
    """The reflexive clitic "se", also where the parser took it for an object ("se défend des accusations":
    "se" is never anything but reflexive) or the "s'" of "s'en", "s'y" for a conjunction."""
    return c.lower_ in ("se", "s'", "s’") and (c.dep_.startswith("expl") or (
        c.dep_ in ("obj", "iobj") and c.i < c.head.i) or (
        c.dep_ == "mark" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ in ("en", "y")))


def _own_clitic(verb: Token) -> bool:
    """A reflexive in the first or second person: the clitic repeats the subject ("nous ne pouvons nous
    permettre", "je me défends", "vous vous engagez"), the subject hung on the verb or on its modal."""
    subjects = {c.lower_ for v in (verb, verb.head) for c in v.children if c.dep_.startswith("nsubj")}
    pairs = {"nous": "nous", "vous": "vous", "me": "je", "m'": "je", "m’": "je", "te": "tu", "t'": "tu", "t’": "tu"}
    return any(c.i < verb.i and c.lower_ in pairs and pairs[c.lower_] in subjects
               and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj")) for c in verb.children)


def _penalty(t: Token) -> bool:
    """A penalty the parser hung on the person sentenced ("a condamné l'opposant Alexeï Navalny à trois ans
    de prison", "un homme à la peine de mort"): "à" and a term of prison or a penalty, not a mere span
    of time ("à un mois des élections")."""
    return any(k.dep_ == "case" and k.lower_ == "à" for k in t.children) and (
        t.lemma_.lower() in PENALTIES or t.lemma_.lower() in SENTENCING
        and any(k.dep_ == "nmod" and k.lemma_.lower() in PENALTIES for k in t.children))


def _que_after(tok: Token) -> bool:
    """"que" right after the verb ('on reconnaît qu'il est "clivant"'), however the parser hung the clause."""
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("que", "qu'", "qu’") and tok.nbor(1).pos_ == "SCONJ"


def _with_conjuncts(c: Token) -> list[Token]:
    """A word and the words coordinated with it ("à cinq et quatre ans": cinq, ans)."""
    return [c, *(k for k in c.children if k.dep_ == "conj")]


def _bare_object(c: Token) -> bool:
    """A noun the parser took for an argument with a preposition when none stands before it: an object
    ("a promis des frappes", parsed obl:arg)."""
    return c.dep_ == "obl:arg" and c.pos_ == "NOUN" and not any(k.dep_ == "case" for k in c.children)


def _reflexive(verb: Token) -> bool:
    """A reflexive verb: "se disperser", "s'est livré", "je me suis arrêté" (the clitic with "être")."""
    return any(c.lower_ in REFLEXIVE_CLITICS and (c.dep_.startswith("expl") or (
        c.dep_ in ("obj", "iobj") and any(a.dep_.startswith("aux") and a.lemma_ == "être" for a in verb.children)))
        for c in verb.children)


def _is_city(place: Place) -> bool:
    """Whether a place is a town (the most precise place a clause can give)."""
    return place.feature == "city"


def _career(tok: Token) -> bool:
    """Whether a gerund tells how someone became known ("s'est fait un nom en dénonçant", "s'est fait
    connaître en interpellant"): a career summed up, not a happening."""
    head = tok.head
    if tok.dep_ != "advcl" or head == tok or not any(c.lower_ == "en" and c.dep_ == "mark" for c in tok.children):
        return False
    if head.lemma_.lower() == "faire":
        return any(c.dep_ == "obj" and c.lemma_.lower() in ("nom", "réputation", "renom") for c in head.children)
    return head.lemma_.lower() == "connaître" and any(
        c.lemma_.lower() == "faire" and c.i == head.i - 1 for c in head.children)


def _detached_present(tok: Token) -> bool:
    """A present participle set off by a comma (", menaçant de", ", promettant"), also one the tagger
    took for an adjective."""
    present = ("Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")) \
        or (tok.pos_ == "ADJ" and tok.lower_.endswith("ant"))
    first = tok.left_edge
    return present and first.i > 0 and tok.doc[first.i - 1].text == "," \
        and all(t.pos_ in ("PRON", "ADV") for t in tok.doc[first.i: tok.i])  # ", les menaçant de"


def _same_auxiliary(verb: Token, other: Token) -> bool:
    """Whether two verbs have the same tense auxiliary form ("a invité", "a estimé")."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux:tense"]
    return bool(aux) and aux == [c.lower_ for c in other.children if c.dep_ == "aux:tense"]


def _infinitival(verb: Token) -> bool:
    """An infinitive, simple or compound ("éliminer", "avoir éliminé")."""
    return "Inf" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children)


def _agentless_passive(verb: Token) -> bool:
    """A passive verb with no agent: "ont été frappés", not "arrêtés par la police"."""
    return any(c.dep_ == "aux:pass" for c in verb.children) and not any(c.dep_ == "obl:agent" for c in verb.children)


def _past_infinitive(verb: Token) -> bool:
    """"d'avoir massé", "d'être intervenu": an infinitive auxiliary of tense before a past participle."""
    return any(c.dep_ == "aux:tense" and c.lemma_.lower() in ("avoir", "être") and "Inf" in c.morph.get("VerbForm")
               for c in verb.children)


def _incise(verb: Token) -> bool:
    """A reporting incise: a verb with no object whose subject follows it after a comma or a quotation
    ('"...", soutient X')."""
    if any(c.dep_ in ("obj", "obl:arg", "xcomp") for c in verb.children) or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return before.is_punct and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)


def _calendar(tx: Timex | None) -> bool:
    """Whether a time expression names a calendar date or time (not a duration or a set)."""
    return tx is not None and tx.kind in ("DATE", "TIME") and _DATE_VALUE.match(tx.value.split("T")[0]) is not None


def _day_within(day: str, value: str) -> bool:
    """Whether a "YYYY-MM-DD" day lies within a TIMEX3 value ("2020-W34", "2020-08", "2020")."""
    inside, span = interval(day), interval(value)
    return inside is not None and span is not None and span[0] <= inside[0] <= span[1]


def _days_before(date: str, later: str) -> int:
    """Days from one "YYYY-MM-DD" date to a later one."""
    return (dt.date.fromisoformat(later[:10]) - dt.date.fromisoformat(date[:10])).days


def _person(e: Event) -> str:
    """The one person an event's source names ("Recep Tayyip Erdogan"), else ""."""
    if len(e.source) != 1 or len(e.source_names) != 1:
        return ""
    words = e.source_names[0].split()
    return e.source_names[0] if len(words) >= 2 and all(w[:1].isupper() for w in words) else ""


def _absolute_participle(tok: Token) -> bool:
    """Whether ``tok`` is a compound participle with a subject of its own, a clause that tells what was
    done before ("le gouvernement ayant démissionné", "les troupes étant parties")."""
    if "Part" not in tok.morph.get("VerbForm") or not any(
            c.dep_.startswith(("aux", "case")) and c.lower_ in ("ayant", "étant") for c in tok.children):
        return False
    if any(c.dep_.startswith("nsubj") for c in tok.children):
        return True
    # the parser hangs the clause on its subject: a noun after a comma, with no preposition, that is
    # not the main clause's subject (not "le ministre, ayant rencontré son homologue, a déclaré")
    noun = tok.head
    if tok.dep_ not in ("acl", "nmod") or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_.startswith("nsubj") \
            or any(c.dep_ == "case" for c in noun.children) or any(t.is_punct for t in tok.doc[noun.i:tok.i]):
        return False
    first = next(t for t in noun.subtree if not t.is_punct)
    return first.i > 0 and tok.doc[first.i - 1].text == ","


def _same_layer(heads: list[Token]) -> list[Token]:
    """The heads up to the first finite verb told in another layer of the past: a clause in the passé
    composé does not take the day of a pluperfect one above it ("la police, qui a arrêté 8 personnes,
    avait indiqué dès mercredi"), nor a pluperfect clause the day of a later one."""
    layer: bool | None = None
    for n, h in enumerate(heads):
        if h.pos_ not in ("VERB", "AUX") or "Fin" not in finite_of(h).morph.get("VerbForm"):
            continue  # an infinitive or a bare participle is told in its head's layer
        if layer is None:
            layer = is_pluperfect(h)
        elif is_pluperfect(h) != layer:
            return heads[:n]
    return heads


def _recent(date: str | None, pub: str | None) -> bool:
    """Whether an event's date lies in the week before publication (the story's own days)."""
    if not date or not pub:
        return False
    if date == pub or (len(date) < len(pub) and pub.startswith(date)):
        return True
    try:
        delta = (dt.date.fromisoformat(pub[:10]) - dt.date.fromisoformat(date[:10])).days
    except ValueError:
        return False
    return 0 <= delta <= 7


def _finer_place(first: Place | None, other: Place | None) -> Place | None:
    """The place of a happening named twice: the city when one mention gives its country only
    ("interpellés au Bélarus", then "à Minsk")."""
    if first is None:
        return other
    if other is None or other.country != first.country:
        return first
    if first.reason.startswith(_NATIONWIDE) or other.reason.startswith(_NATIONWIDE):
        # "dans tout le pays" said of the happening: not the one city another mention borrows
        return first if first.reason.startswith(_NATIONWIDE) else other
    if first.feature == "country" and other.feature not in (None, "country"):
        return other
    return first


def _nested(place: Place, other: Place | None) -> bool:
    """Whether one place is the country the other lies in ("en Biélorussie", "à Minsk")."""
    return other is not None and bool(place.country) and place.country == other.country \
        and "country" in (place.feature, other.feature) \
        and not (place.reason.startswith(_NATIONWIDE) or other.reason.startswith(_NATIONWIDE))  # "en province"


def _place_name(e: Event) -> str | None:
    return e.place.name if e.place is not None else None


def _stem(word: str) -> str:
    """A crude stem to tell a repeated statement ("condamne", "a condamné") from another one."""
    return word.lower()[:5]


def _key(e: Event) -> tuple[str, frozenset[str], frozenset[str]]:
    if e.type in SYMMETRIC:
        return e.type, frozenset(e.source) | frozenset(e.target), frozenset()
    return e.type, frozenset(e.source), frozenset(e.target)


def _name_stems(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_stem(w) for name in names for w in re.findall(r"\w{4,}", name))


def _other_victims(e: Event, other: Event) -> bool:
    """Whether two acts inside one country (the same code on both sides, which tells nobody apart)
    have their parties the other way round: "quatre policiers ont été blessés" and "la police
    dispersait des manifestants" are two acts."""
    if e.type in STATEMENTS or e.type in SYMMETRIC or set(e.source).isdisjoint(e.target) \
            or e.evidence.start == other.evidence.start:
        return False
    mine, theirs = _name_stems(e.target_names), _name_stems(other.target_names)
    if not mine.isdisjoint(theirs):
        return False
    return not mine.isdisjoint(_name_stems(other.source_names)) \
        or not theirs.isdisjoint(_name_stems(e.source_names))


def _same_time(e: Event, other: Event) -> bool:
    """Whether two mentions can be one happening by their dates: one date within the other. A
    mention dated by the publication and one the text dates to another day stay two: the day's
    news may be a new happening ("Sunday's tear gas", then "Monday's roadblock")."""
    return not e.date or not other.date or e.date.startswith(other.date) or other.date.startswith(e.date)


def merge(events: list[Event], placed: set[int] | None = None, dated: set[int] | None = None,
          background: set[int] | None = None) -> list[Event]:
    """One event per happening: repeated mentions (same type, actors, status, compatible date, and
    no two different places that their own clauses name) are one; a date a time expression gives
    wins over the publication date."""
    placed = placed or set()
    known = dated is not None
    dated = dated or set()
    background = background or set()
    kept_dated: set[int] = set()
    kept_background: set[int] = set()
    where: dict[int, str] = {}
    kept: list[Event] = []
    index: dict[tuple[Any, ...], list[int]] = {}
    for e in events:
        key = (*_key(e), e.status)
        twin = None
        candidates = list(index.get(key, []))
        if e.type in SYMMETRIC and e.date and e.place is not None:
            # "Russes et Américains ont discuté lundi à Genève", then "les négociations ont commencé
            # lundi à Genève": one meeting, named once with all its parties
            parties = frozenset(e.source) | frozenset(e.target)
            candidates += [j for k, js in index.items() for j in js if k[0] == e.type and k[-1] == e.status
                           and k[1] != key[1] and (parties <= k[1] or k[1] <= parties)
                           and kept[j].date == e.date and _place_name(kept[j]) == e.place.name
                           # an invitation by one party is not the agreement all of them reached
                           and (e.type != "AGREE" or _stem(e.trigger.text) == _stem(kept[j].trigger.text)
                                or len(e.source) >= 2 and len(kept[j].source) >= 2)]
        for j in candidates:
            other = kept[j]
            if id(e) in placed and j in where and e.place is not None and where[j] != e.place.name \
                    and not _nested(e.place, other.place):
                continue  # rallies in Auckland and in Christchurch are two happenings (not "en Biélorussie", "à Minsk")
            if e.mode and other.mode and e.mode != other.mode and e.type not in SYMMETRIC \
                    and e.evidence.start != other.evidence.start:
                continue  # a chase and an arrest, a bombing and a shooting: two acts
            if e.type == "ASSAULT" and (e.mode == "crowd-control") != (other.mode == "crowd-control") \
                    and e.trigger.start != other.trigger.start:
                continue  # clashes, and the police's tear gas against the crowd: two acts
            if e.type == "COERCE" and e.mode and other.mode and e.mode != other.mode \
                    and e.trigger.start != other.trigger.start:
                continue  # raids and arrests told in one sentence: two acts
            reworded = _stem(e.trigger.text) != _stem(other.trigger.text) and e.evidence.start != other.evidence.start
            if reworded and e.type in STATEMENTS:
                continue  # "a déploré" and "accusent": two statements, not one repeated
            if reworded and e.type == "AGREE" and len(e.source) == len(other.source) == 1 and e.source != other.source:
                continue  # "a obtenu l'engagement de X à", then "a promis à X de revenir": two pledges
            if _other_victims(e, other):
                continue  # inside one country: police wounded, then the police dispersing protesters
            if (id(e) in background and j in kept_dated or j in kept_background and id(e) in dated) \
                    and e.evidence.start != other.evidence.start:
                continue  # "avait dénoncé un empoisonnement", undated background, is not the one dated "jeudi"
            if _same_time(e, other):
                twin = j
                break
        if twin is None:
            index.setdefault(key, []).append(len(kept))
            if id(e) in dated:
                kept_dated.add(len(kept))
            if id(e) in background:
                kept_background.add(len(kept))
            if id(e) in placed and e.place is not None:
                where[len(kept)] = e.place.name
            kept.append(e)
            continue
        first = kept[twin]
        if id(e) in dated and twin not in kept_dated:
            keep_first = False  # the body's "lundi 10" over a publication dated to the month only
            kept_dated.add(twin)
        elif twin in kept_dated and id(e) not in dated:
            keep_first = True
        else:
            keep_first = bool(first.date) and (not e.date or len(first.date) >= len(e.date))
        if id(e) not in background:
            kept_background.discard(twin)  # told as the day's news too
        kept[twin] = replace(
            first,
            place=_finer_place(first.place, e.place),
            date=first.date if keep_first else e.date,
            date_precision=first.date_precision if keep_first else e.date_precision,
            confidence=max(first.confidence, e.confidence),
        )
    if known:  # whether the text states each date, or the publication gives it
        kept = [replace(e, date_stated=i in kept_dated) if e.date else e for i, e in enumerate(kept)]
    return kept
