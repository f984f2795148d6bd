"""French grammar over the spaCy parse: negation, mood and tense, clause status."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from veille.events.lexicon import Lexicon
from veille.nlp.morphology import is_conditional, is_future

Token = Any  # a spaCy Token; spaCy is not typed

NEGATORS = frozenset({"pas", "jamais", "plus", "point", "guère", "aucun", "aucune", "rien", "nullement",
                      "ni", "personne"})
NE = frozenset({"ne", "n'", "n’"})
#: Verbs that "ne" alone negates in written French: "ne pouvait prendre", "n'ose dire", "ne saurait".
#: ("ne cesse de" is not one: it means "keeps on").
BARE_NE_VERBS = frozenset({"pouvoir", "savoir", "oser"})
#: Subordinators that make a clause a hypothesis or a purpose, not a fact.
HYPOTHESIS_MARKS = frozenset({"si", "pour", "afin", "sinon"})
IF_MARKS = frozenset({"si", "s'", "s’"})
#: Verbs whose complement states what did not happen: "a refusé de condamner", "dément avoir attaqué".
DENIAL_VERBS = frozenset({"refuser", "nier", "démentir"})
#: Verbs that a negation turns into an assertion of what they govern: "n'a pas manqué de critiquer",
#: "n'a pas hésité à dénoncer", "n'a pas tardé à réagir" (the act was done).
LITOTES = frozenset({"manquer", "hésiter", "tarder"})
#: Dependents that open a clause of their own: a negation inside them is not the verb's.
CLAUSAL_DEPS = frozenset({"ccomp", "advcl", "parataxis", "conj", "acl", "acl:relcl", "csubj"})
PAST_AUX = frozenset({"avoir", "être"})
#: Conditionals that say what may, should or would be wished, even in reported speech ("a dit qu'il pourrait").
MODAL_CONDITIONALS = frozenset({"pouvoir", "devoir", "vouloir", "falloir", "aimer", "souhaiter", "préférer"})


def auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]


def finite_of(verb: Token) -> Token:
    """The word that carries tense and mood: the first auxiliary or copula, else the verb."""
    aux = auxiliaries(verb)
    return aux[0] if aux else verb


def is_negated(tok: Token) -> bool:
    """"ne ... pas/jamais/aucun", "aucun" on the word or its object, or "sans"."""
    kids = list(tok.children)
    # (also the words the parser hung on the auxiliary: "qu'elle n'a pas nommées", "ne" on "a")
    lowers = {c.lower_ for c in kids} | {k.lower_ for c in kids if c.dep_.startswith("aux") for k in c.children}
    if lowers & NE and (lowers & NEGATORS or any(c.lower_ in NEGATORS for c in own_words(tok))):
        return True
    if lowers & NE and tok.lemma_.lower() in BARE_NE_VERBS and not any(
            t.lower_ in ("que", "qu'", "qu’") for t in tok.doc[tok.i + 1:tok.i + 4]):
        return True  # "ne ... que" is a restriction, not a negation
    if any(c.lower_ in ("aucun", "aucune", "nul", "nulle") and c.dep_ == "det" for c in kids):
        return True
    if any(c.lower_ == "sans" and c.dep_ in ("case", "mark") for c in kids):
        return True
    for c in kids:  # "n'ont fait aucune concession": the negation sits on the object
        if c.dep_ == "obj" and any(d.lower_ in ("aucun", "aucune") for d in c.children):
            return True
    return False


def own_words(tok: Token) -> list[Token]:
    """The words of a verb's own clause: its subtree less the clauses it governs (a quote, a relative)."""
    out, todo = [], [c for c in tok.children if c.dep_ not in CLAUSAL_DEPS]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSAL_DEPS)
    return out


def is_compound_past(verb: Token) -> bool:
    """Passé composé: a tense auxiliary in the present indicative and a past participle ("a condamné")."""
    aux = [c for c in verb.children if c.dep_ == "aux:tense"]
    return bool(aux) and "Part" in verb.morph.get("VerbForm") and "Pres" in aux[0].morph.get("Tense") \
        and "Ind" in aux[0].morph.get("Mood")


PLUPERFECT_AUX = frozenset({"avait", "avaient", "était", "étaient", "avions", "aviez", "étions", "étiez"})


def counterfactual_if(verb: Token) -> bool:
    """A "si" clause in the pluperfect that the verb governs or that follows it in its sentence ("s'il avait
    été au Bataclan"): with a past conditional, a counterfactual, whatever the parser made of "si"."""
    for t in sorted({*verb.subtree, *verb.doc[verb.i + 1: verb.sent.end]}, key=lambda t: t.i):
        if t.lower_ in ("si", "s'", "s’") and t.i + 2 < len(t.doc):
            nxt = t.doc[t.i + 1: t.i + 3]
            subject = nxt[0].lower_ in ("il", "ils", "on", "elle", "elles") or t.lower_ == "si"
            if subject and any(k.lower_ in PLUPERFECT_AUX for k in nxt):
                return True  # "s'il avait été", "si nous avions su", "si avaient été"
    return False


def is_condition(verb: Token) -> bool:
    """A clause introduced by "si" that states a condition; "si" + passé composé and "même si" are
    concessions ("si le gouvernement a condamné X, il refuse Y": both facts hold)."""
    return any(_if_mark(c) for c in verb.children) and not is_compound_past(verb) \
        and not any(c.lower_ == "même" and c.dep_ == "advmod" for c in verb.children)


def _if_mark(c: Token) -> bool:
    """"si" marking a clause; not the clitic "se" of "s'en", "s'y" the parser took for one."""
    return c.dep_ == "mark" and c.lower_ in IF_MARKS and not (
        c.lower_ != "si" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ in ("en", "y"))


def is_concession(verb: Token) -> bool:
    """"bien que", "quoique" + subjunctive: a fact conceded, not a wish ("bien qu'il ait soutenu X")."""
    return any((c.lower_ == "quoique" and c.dep_ in ("mark", "advmod"))
               or (c.lower_ == "bien" and c.dep_ == "mark" and any(f.lower_ in ("que", "qu'", "qu’") for f in c.children))
               for c in verb.children)


#: Words that open a question asking for a detail, not whether something is so: the act is presupposed
#: ("Pourquoi la Russie a-t-elle envahi l'Ukraine ?" tells that it did).
WH_WORDS = frozenset({"pourquoi", "comment", "quand", "où", "combien", "qui", "que", "qu'", "qu’", "quel", "quelle",
                      "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles", "quoi"})


INVERTED_SUBJECTS = frozenset({"-il", "-elle", "-ils", "-elles", "-on", "-je", "-tu", "-nous", "-vous"})


def yes_no_question(verb: Token) -> bool:
    """Whether a verb is asked about in a yes-no question, with its subject clitic after the verb or "est-ce
    que" ("La France doit-elle reprendre le dialogue ?", "Va-t-il démissionner ?"): nothing is asserted."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if t.text not in ('"', "»", "”", "«")), None)
    if last is None or last.text != "?":
        return False  # (the cheap test first: most clauses are no question)
    first = next((t for t in sent if not t.is_punct and t.lower_ not in ('"', "«", "»")), None)
    if first is None or first.lower_ in WH_WORDS:
        return False
    if any(t.lower_ == "est-ce" or (t.lower_ == "est" and t.i + 1 < sent.end and t.nbor(1).lower_ in ("-ce", "ce"))
           for t in sent[:3]):
        return True
    # the subject clitic after the first verb of the clause, before the verb asked about or right after it
    # (the parser hangs it anywhere: "doit-elle reprendre", "a-t-elle attaqué")
    return any(t.lower_ in INVERTED_SUBJECTS and t.i <= verb.i + 1 for t in sent)


def hypothesis_mark(verb: Token) -> bool:
    """Introduced by a condition or a purpose ("si", "pour", "afin de", "sinon")."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark" and (c.lower_ not in IF_MARKS or _if_mark(c))}
    if marks & IF_MARKS:
        return is_condition(verb)
    if marks == {"pour"} and any(c.dep_ == "aux:tense" and "Inf" in c.morph.get("VerbForm") for c in verb.children):
        return False  # "pour avoir abattu l'avion", "pour être intervenu": the cause, a past act, not a purpose
    return bool(marks & HYPOTHESIS_MARKS)


def independent_clause(verb: Token) -> bool:
    """A dependent clause with a status of its own: a finite indicative one ("parce qu'il a refusé";
    "..., X a donc décidé de" hung on the previous clause), one with its own subject ("..., a-t-il
    dénoncé"), or an introductory participle ("Dénonçant X, Y a appelé à"); not a condition or a purpose."""
    if verb.dep_ not in ("advcl", "xcomp") or hypothesis_mark(verb):
        return False
    fin = finite_of(verb)
    if "Fin" in fin.morph.get("VerbForm") and ("Sub" not in fin.morph.get("Mood") or is_concession(verb)):
        return True
    if verb.dep_ != "advcl":
        return False
    if any(c.dep_.startswith(("nsubj", "csubj", "expl:subj")) for c in verb.children):
        return True
    participle = "Part" in verb.morph.get("VerbForm") or (verb.pos_ == "ADJ" and verb.lower_.endswith("ant"))
    # also ", menaçant de": a participle tagged as an adjective; not a gerund ("en bloquant"), whose
    # act is told at the time of the verb it hangs on
    return participle and not auxiliaries(verb) and not is_gerund(verb)


def is_gerund(verb: Token) -> bool:
    """"en" + present participle: "en bloquant", "en rappelant"."""
    return verb.dep_ == "advcl" and verb.lower_.endswith("ant") and any(
        c.dep_ in ("mark", "case") and c.lower_ == "en" for c in verb.children)


def non_finite(verb: Token) -> bool:
    """An infinitive or a gerund: a verb with no tense of its own ("avant de rencontrer", "en bloquant")."""
    return "Inf" in verb.morph.get("VerbForm") or is_gerund(verb)


#: Words that make a noun's "à" infinitive name who did the act: "le premier pays à condamner".
RANKS = frozenset({"premier", "première", "seul", "seule", "dernier", "dernière", "unique", "deuxième", "second"})


def still_to_do(verb: Token) -> bool:
    """A noun's "à" infinitive names what is still to be done ("des mesures à prendre", "des fonds à
    mobiliser"); not who did it ("le premier pays à condamner", "la seule à protester")."""
    head = verb.head
    return verb.dep_ == "acl" and "Inf" in verb.morph.get("VerbForm") and head != verb \
        and head.pos_ == "NOUN" and any(c.dep_ in ("mark", "case") and c.lower_ == "à" for c in verb.children) \
        and not any(t.lower_ in RANKS for t in (head, *head.children))


def subjunctive_frame(verb: Token) -> bool:
    """A clause after "à ce que", which takes the subjunctive even where the form does not show it
    ("s'attendre à ce que X condamne", "veiller à ce que"): wished or expected, not told as done."""
    head = verb.head
    return verb.dep_ == "acl" and head != verb and head.lower_ == "ce" \
        and any(c.dep_ == "case" and c.lower_ in ("à", "a") for c in head.children) \
        and any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in verb.children)


def is_past(verb: Token) -> bool:
    """Passé composé, pluperfect, imperfect or passé simple: a reported past."""
    fin = finite_of(verb)
    if fin != verb and fin.lemma_.lower() in PAST_AUX and "Part" in verb.morph.get("VerbForm"):
        return True
    return bool({"Imp", "Past"} & set(fin.morph.get("Tense"))) and "Part" not in fin.morph.get("VerbForm")


def told_done(verb: Token) -> bool:
    """A verb whose form reports a done act: a compound or simple past, or a bare participle ("tué par X")."""
    if any(c.dep_ == "aux:tense" for c in verb.children):
        return True
    if "Part" in verb.morph.get("VerbForm") and not auxiliaries(verb):
        return True
    return "Fin" in verb.morph.get("VerbForm") and bool({"Past", "Imp"} & set(verb.morph.get("Tense")))


def is_pluperfect(verb: Token) -> bool:
    """"avait condamné", "s'était déroulée": background told in the past of the past."""
    fin = finite_of(verb)
    return fin != verb and fin.lemma_.lower() in PAST_AUX and "Imp" in fin.morph.get("Tense")


def across_break(a: Token, b: Token) -> bool:
    """Whether a line break separates two words (two paragraphs the parser joined)."""
    lo, hi = sorted((a.i, b.i))
    return any(t.is_space and "\n" in t.text for t in a.doc[lo:hi])


def coordinated_participle(verb: Token) -> Token | None:
    """The participle that a second participle, with no auxiliary of its own, shares its auxiliary and
    subject with when the parser hung it on the first one's object ("ont réclamé le rétablissement de X
    et décidé d'envoyer", "a dénoncé une attaque et averti que"); None otherwise."""
    head = verb.head
    if verb.dep_ == "conj" and "Part" in verb.morph.get("VerbForm") and head.pos_ == "NOUN" and head.dep_ == "obj" \
            and head.head != head and "Part" in head.head.morph.get("VerbForm") \
            and (any(c.dep_ == "aux:tense" for c in head.head.children)
                 or coordinated_participle(head.head) is not None) \
            and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children) \
            and any(c.dep_ in ("obj", "xcomp", "ccomp") for c in verb.children):
        return head.head
    if verb.dep_ == "ccomp" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
            and head.i < verb.i and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and "Part" in head.morph.get("VerbForm") and any(c.dep_ == "aux:tense" for c in head.children) \
            and not any(c.dep_.startswith(("aux", "nsubj", "mark")) for c in verb.children) \
            and any(c.dep_ in ("obj", "xcomp") for c in verb.children):
        # "a envoyé des tonnes de matériel, promis une aide et proposé": a series of participles that
        # share the first one's auxiliary and subject, the second taken for its clause
        return head
    return None


@dataclass(frozen=True)
class Clause:
    """How a clause presents its event: status and whether it is planned or future."""

    status: str  # asserted, hypothetical, negated
    planned: bool = False  # "doivent se retrouver", "est prévu", future tense
    future: bool = False
    conditional: bool = False
    if_clause: bool = False  # the clause states a consequence: "nous les demanderons si ..."


def clause_of(verb: Token, lex: Lexicon, depth: int = 0) -> Clause:
    """Status of the event a verb (or predicative adjective) states, from its own form and its governors."""
    negated = is_negated(verb)
    fin = finite_of(verb)
    conditional = is_conditional(fin)
    counterfactual = conditional and counterfactual_if(verb)
    if conditional and fin != verb and fin.lemma_.lower() in PAST_AUX and "Part" in verb.morph.get("VerbForm") \
            and not {"1", "2"} & set(fin.morph.get("Person")):
        conditional = counterfactual  # journalistic conditional: "auraient été interpellées"
        # reports a past fact (in the first or second person, "j'aurais démissionné" is a counterfactual:
        # not done; so is any person with a "si" + pluperfect: "il aurait tiré s'il avait été là")
    future = is_future(fin)
    if conditional and fin.lemma_.lower() not in MODAL_CONDITIONALS and future_in_past(verb, lex) \
            and not counterfactual:
        conditional, future = False, True  # "a annoncé qu'il inviterait": the future of a past statement
    planned = future
    status = "hypothetical" if conditional else "asserted"
    if "Sub" in fin.morph.get("Mood") and verb.dep_ in ("ccomp", "advcl", "acl", "xcomp", "conj") \
            and not is_concession(verb):
        status = "hypothetical"  # subjunctive: wished, demanded or feared ("qu'on lui fournisse")
    if hypothesis_mark(verb) or subjunctive_frame(verb) or still_to_do(verb) or yes_no_question(verb):
        status = "hypothetical"
    head = coordinated_participle(verb) or verb.head
    if head != verb and across_break(verb, head):
        head = verb  # a clause the parser hung on the next paragraph: its status is its own
    if independent_clause(verb):
        head = verb
    if depth < 3 and head != verb and verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "obl:arg", "obj", "conj"):
        lemma = verb_lemma(head, lex)
        if verb.dep_ == "conj":
            own_clause = any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)
            if not negated and not own_clause:  # "et l'ont menacée": a finite clause of its own
                up = clause_of(head, lex, depth + 1)
                if up.status == "hypothetical":
                    status = "hypothetical"
                planned = planned or up.planned  # "devrait déclarer sa candidature et démissionner"
                negated = up.status == "negated" and any(c.lower_ == "ni" for c in verb.children)  # "ni inculpé"
        elif lex.is_a("planned", lemma) and verb.dep_ in ("xcomp", "obj", "obl:arg"):
            # (not "a dû démissionner", "dut renoncer": what one had to do, and did; "aurait dû" did not)
            planned = not (lemma == "devoir" and "Past" in head.morph.get("Tense")
                           and not is_conditional(finite_of(head)))
            up = clause_of(head, lex, depth + 1)
            negated = negated or up.status == "negated"
            if up.status == "hypothetical" and lemma != "devoir":
                status = "hypothetical"
        elif (lex.is_a("modal", lemma) and (head.pos_ != "NOUN" or _introduced_by_de(verb))
              and not is_gerund(verb)) or hypothesis_mark(verb):
            # (not a gerund: "a appelé au calme, tout en prévenant que" warns as it calls; the gerund is
            # no complement of the call, it falls to the clause's own status below)
            # a modal noun governs a verb only through "de" ("le projet de construire"), not a
            # participle hung on it ("le projet allemand, critiqué par la France")
            status = "hypothetical"
            if lemma == "pouvoir" and verb.dep_ == "xcomp" and is_negated(head):
                negated = True  # "ne peut pas accepter", "ne pouvait prendre au sérieux": a refusal
            if lemma in DENIAL_VERBS and verb.dep_ in ("xcomp", "ccomp") and not is_negated(head):
                negated = True  # "a refusé de condamner", "dément avoir participé": it did not happen
        elif lemma == "avoir" and not lex.is_a("modal", verb.lemma_) and any(
                lex.is_a("modal", c.lemma_) for c in head.children if c.dep_ in ("obj", "obl:mod", "obl", "obl:arg")):
            status = "hypothetical"  # "avoir l'intention de", "avoir pour projet de"
        elif verb.dep_ == "acl" and "Inf" in verb.morph.get("VerbForm") and head.head != head \
                and head.dep_ in ("obj", "iobj", "obl:arg", "obl") and lex.is_a("modal", head.head.lemma_):
            status = "hypothetical"  # "a demandé à X de lui fournir": the act hangs on the one asked
        elif lex.is_a("reporting", lemma) or verb.dep_ in ("xcomp", "advcl"):
            up = clause_of(head, lex, depth + 1)
            if up.status == "hypothetical":
                status = "hypothetical"
            if verb.dep_ in ("xcomp", "advcl") and up.status == "negated" and lemma not in LITOTES:
                negated = True
            # "se rendra à Paris avant d'y rencontrer X", "une loi qui interdira ... en bloquant": an
            # infinitive or a gerund is told at the time of its governor
            planned = planned or ((verb.dep_ == "xcomp" or non_finite(verb)) and up.planned)
    if_clause = any(c.dep_ == "advcl" and is_condition(c) and not _clause_between(verb, c) for c in verb.children)
    if if_clause and status == "asserted":
        status = "hypothetical"
    if negated:
        status = "negated"  # a negated conditional ("ne discuteraient pas") is a negation first
    return Clause(status, planned, future, conditional, if_clause)


def _infinitives(participle: str) -> list[str]:
    """The infinitives a present participle may come from: "menaçant" menacer, "exigeant" exiger,
    "promettant" promettre, "réunissant" réunir."""
    stem = participle[:-3]
    out = [stem + "er", stem.replace("ç", "c") + "er", stem + "re", stem + "ir"]
    if stem.endswith("ge"):
        out.append(stem[:-1] + "er")
    if stem.endswith("iss"):
        out.append(stem[:-3] + "ir")
    return out


_FIRST_GROUP = re.compile(r"(ent|es|e|ée|ées|és|é)$")


def _first_group(form: str) -> tuple[str, ...]:
    """The infinitive a present or a participle of a first-group verb comes from."""
    m = _FIRST_GROUP.search(form)
    return (form[: m.start()] + "er",) if m and m.start() > 2 else ()


def verb_as_noun(tok: Token) -> bool:
    """Whether the tagger took a present of a first-group verb for the noun it spells ("l'UE menace
    de sanctionner Minsk", "la France critique", "la Cour a épinglé"): a bare noun with a subject and no
    copula, heading the sentence (in a subordinate clause, the mood the tagger lost may be a subjunctive)."""
    participle = tok.lower_.endswith(("é", "ée", "és", "ées")) and any(
        c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in tok.children)  # "a épinglé la gestion"
    return tok.pos_ == "NOUN" and (tok.lower_.endswith(("e", "ent")) or participle) and tok.dep_ == "ROOT" \
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) \
        and not any(c.dep_ in ("cop", "det", "case", "nummod", "amod") for c in tok.children)


def left_as_is(tok: Token) -> bool:
    """A verb the lemmatiser left as it is ("demande", "présente"): not an infinitive."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "VERB" and lemma == tok.lower_ and not lemma.endswith(("er", "ir", "re"))


def verb_lemma(tok: Token, lex: Lexicon) -> str:
    """A word's lemma; for a present participle the tagger took for an adjective ("menaçant de"),
    or a present taken for a noun ("l'UE menace de"), the verb's, when the lexicon knows it."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ" and tok.lower_.endswith("ant"):
        for f in _infinitives(tok.lower_):
            if any(f in ws for ws in lex.classes.values()) or lex.lookup(f):
                return f
    if verb_as_noun(tok) or left_as_is(tok):  # (also "la France demande à la Russie de libérer")
        for f in _first_group(tok.lower_):
            if any(f in ws for ws in lex.classes.values()) or any(e.pos == "VERB" for e in lex.lookup(f)):
                return f
    return lemma


def future_in_past(verb: Token, lex: Lexicon) -> bool:
    """A clause that reports, after a statement in the past, what was to come: "a annoncé qu'il
    inviterait", "a dit qu'il serait de retour et qu'il rencontrerait" (a conditional of reported speech)."""
    cur = verb
    while cur.dep_ == "conj" and cur.head != cur and cur.head.i < cur.i and cur.head.dep_ != "ROOT":
        cur = cur.head
    head = cur.head
    # "a annoncé que ... et qu'il inviterait": a second "que" clause the parser coordinated with the verb
    second = cur.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in cur.children)
    return (cur.dep_ == "ccomp" or second) and head != cur and lex.is_a("reporting", head.lemma_) \
        and is_past(head) and not is_conditional(finite_of(head))


def _clause_between(verb: Token, cond: Token) -> bool:
    """A finite verb stands between a verb and the "si" clause that follows it: the condition belongs to
    that nearer clause ("s'interroge sur l'article qui prévoit une aide si l'un d'eux est attaqué")."""
    start = min(t.i for t in cond.subtree)
    own = {verb.i} | {a.i for a in auxiliaries(verb)}
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.i not in own
               for t in verb.doc[verb.i + 1:start])


def _introduced_by_de(verb: Any) -> bool:
    """The verb is introduced by "de" ("l'intention de négocier")."""
    return any(c.dep_ in ("mark", "case") and c.lower_ in ("de", "d'", "d’") for c in verb.children)
