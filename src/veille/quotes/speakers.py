"""Who said it: the speaker of a quotation from the syntax, resolved through the article."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX

from veille.model import Document, Mention
from veille.quotes.lexicon import Lexicon

PRONOUNS = {"il": "Masc", "elle": "Fem", "ils": "Masc", "elles": "Fem"}
STOPS = {".", "!", "?", ";", "…"}
QUOTE_MARKS = set("«»“”‹›\"")
DEFINITE = {"le", "la", "les", "l'", "l’"}
DEMONSTRATIVE = {"ce", "cet", "cette", "ces"}
POSSESSIVE = {"son", "sa", "ses", "leur", "leurs"}  # "son homologue allemand" names a known person
INDEFINITE = {"un", "une", "des", "d'", "d’"}
CUT_WORDS = {"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "où", "que", "qu'", "qu’"}
# Demonstrative pronouns that stand for a person named before ("Celui-ci a précisé").
DEMONSTRATIVE_PRONOUNS = re.compile(r"(celui-ci|ce dernier|celle-ci|cette dernière)\b", re.IGNORECASE)
# Prepositions that introduce the source of reported words ("selon X", "d'après X").
SOURCE_PREPS = {"selon"}


# Roles named by relation to another person ("son homologue allemand"): any role of that country.
RELATIONAL_ROLES = frozenset({"homologue", "homologues"})
# Hypernyms that stand for any organisation named before ("selon l'organisation").
ORGANISATION_NOUNS = frozenset({"organisation", "organisme"})


def fold(text: str) -> str:
    """Lower-case without accents, for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker."""

    name: str
    code: str | None = None
    role: str | None = None
    gender: str | None = None  # "Masc", "Fem" or None when unknown
    person: bool = False
    start: int = -1  # where the article names this speaker in the attribution
    end: int = -1


@dataclass(frozen=True)
class Attribution:
    """What the syntax says about the source of a quotation, before resolution."""

    tokens: tuple[int, int] | None  # token range of the subject noun phrase
    pronoun: str | None  # "il", "elle"... when the subject is a pronoun
    verb: str | None  # lemma of the reporting verb
    how: str  # which construction found it


class ArticleContext:
    """The parsed article with its names, roles and the speakers seen so far."""

    def __init__(self, doc: Document, lexicon: Lexicon, spans: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text
        self.parse: Any = doc.parse
        self.lex = lexicon
        self.quoted = spans  # character ranges between quotation marks (marks included)
        self._starts = self.parse.to_array(IDX).tolist()
        # the quoted ranges by start, with the furthest end reached so far: one bisection per token
        ordered = sorted(spans)
        self._quote_starts = [a for a, _ in ordered]
        self._quote_reach = list(itertools.accumulate((b for _, b in ordered), max))
        self.mentions: tuple[Mention, ...] = doc.mentions
        self.persons: list[tuple[int, int, str]] = []  # (start, end, name without titles)
        self._collect_persons()
        self.history: list[tuple[int, Speaker]] = []  # (position, speaker) of quotations so far
        self.reporters: list[tuple[int, int, str]] = []  # named subjects of reporting verbs
        self._collect_reporters()

    # -- tokens ------------------------------------------------------------------------------
    def token_at(self, char: int) -> int:
        """Index of the token that contains (or follows) a character offset."""
        i = bisect.bisect_right(self._starts, char) - 1
        return max(i, 0)

    def in_quote(self, token: Any) -> bool:
        """Whether a token lies between quotation marks (marks included)."""
        k = bisect.bisect_right(self._quote_starts, token.idx) - 1
        return k >= 0 and self._quote_reach[k] > token.idx

    def window_after(self, char: int, limit: int = 16) -> list[Any]:
        """Tokens after a position, up to the end of the sentence or the next quotation."""
        out: list[Any] = []
        i = self.token_at(char)
        while i < len(self.parse) and self.parse[i].idx < char:
            i += 1
        while i < len(self.parse) and len(out) < limit:
            tok = self.parse[i]
            if tok.text in STOPS or "\n" in tok.text or tok.text in QUOTE_MARKS:
                break
            out.append(tok)
            i += 1
        return out

    def window_before(self, char: int, limit: int = 45) -> list[Any]:
        """Tokens before a position, back to the start of the sentence (in text order)."""
        out: list[Any] = []
        i = self.token_at(char)
        while i >= 0 and self.parse[i].idx >= char:
            i -= 1
        while i >= 0 and len(out) < limit:
            tok = self.parse[i]
            if tok.text in STOPS or "\n" in tok.text:
                break
            out.append(tok)
            i -= 1
        out.reverse()
        return out

    def sentence_tokens(self, first: int, last: int) -> tuple[int, int]:
        """First and last token of the sentence around tokens [first, last], quotations skipped."""
        lo = first
        while lo > 0:
            prev = self.parse[lo - 1]
            if "\n" in prev.text or (prev.text in STOPS and not self.in_quote(prev)):
                break
            lo -= 1
        hi = last
        while hi + 1 < len(self.parse):
            nxt = self.parse[hi + 1]
            if "\n" in nxt.text or (nxt.text in STOPS and not self.in_quote(nxt)):
                break
            hi += 1
        return lo, hi

    # -- names -------------------------------------------------------------------------------
    def _strip_titles(self, words: list[str]) -> list[str]:
        bare = {t.rstrip(".") for t in self.lex.titles}
        while words and words[0].rstrip(".") in bare:
            words = words[1:]
        return words

    def clean_name(self, text: str) -> str:
        """A person's name without titles, possessive or surrounding punctuation."""
        words = self._strip_titles(text.replace("\n", " ").split())
        words = [w for w in words if not w.startswith("(")]
        name = " ".join(words).strip(" ,.:;'’\"«»")
        return name

    def ent_name(self, ent: Any) -> str:
        """A person entity's name without a medium the parser glued to it ("à l'AFP Nathan Law")."""
        toks = list(ent)
        while len(toks) > 1 and (
                (len(toks[0].text) > 1 and toks[0].text.isupper() and toks[0].text.isalpha())
                or (len(toks) > 2 and any(c.dep_ == "case" for c in toks[0].children))
                or (len(toks) > 2 and toks[0].i > 0
                    and self.parse[toks[0].i - 1].text.lower() in {"à", "au", "sur", "l'", "l’"})):
            toks = toks[1:]
        return self.clean_name(self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])

    def _collect_persons(self) -> None:
        for ent in self.parse.ents:
            if ent.label_ == "PER":
                name = self.ent_name(ent)
                if name and name[0].isupper() and len(name.split()) <= 5:
                    self.persons.append((ent.start_char, ent.end_char, name))
        for m in self.mentions:
            if m.actor.kind == "person" and m.actor.name:
                self.persons.append((m.span.start, m.span.end, m.actor.name))
        self.persons.sort()

    def full_name(self, name: str) -> str:
        """The fullest form the article gives of a person's name."""
        words = fold(name).split()
        if len(words) != 1:
            return name  # already a full name; a longer "match" would add a neighbour's words
        best = name
        best_len = len(name.split())
        for _, _, cand in self.persons:
            cw = fold(cand).split()
            if len(cw) > best_len and (cw[-1] == words[-1] or cw[-len(words):] == words):
                best, best_len = cand, len(cw)
        return best

    def mention_for(self, start: int, end: int, name: str) -> Mention | None:
        """The actors stage's mention that covers a range or carries the same name."""
        for m in self.mentions:
            if m.span.start < end and start < m.span.end:
                return m
        target = fold(name)
        for m in self.mentions:
            if fold(m.actor.name) == target:
                return m
        return None

    def person_with_role(self, lemma: str, before: int, labels: tuple[str, ...] = ("PER",)) -> str | None:
        """The most recent name introduced with a role noun ("le ministre X", "X, porte-parole",
        "l'ONG américaine Freedom House")."""
        found: str | None = None
        candidates: list[str] = []
        for ent in self.parse.ents:
            if ent.start_char >= before:
                break
            if ent.label_ not in labels or self.in_quote(ent[0]) or self._role_named(ent.text):
                continue
            lo, hi = max(ent.start - 8, 0), min(ent.end + 8, len(self.parse))
            for tok in self.parse[lo:hi]:
                if ent.start <= tok.i < ent.end:
                    continue
                if tok.text.lower() == lemma and self._linked(tok, ent):
                    found = self.ent_name(ent)
                    candidates.append(self.full_name(found))
        if found and labels != ("PER",):
            return found
        last = self.last_speaker(before)
        if last is not None and last.name in candidates:
            return last.name
        return self.full_name(found) if found else None

    def _holder_in_focus(self, noun: str, position: int, named: str | None) -> str | None:
        """The last speaker, when their role holds the noun and they spoke after ``named`` was
        last mentioned: "a ajouté le ministre" right after the German minister's quotation is
        him, not the Russian minister introduced as "le ministre X" earlier."""
        if named is None:
            return None
        last = next(((pos, sp) for pos, sp in reversed(self.history) if pos < position and sp.person), None)
        if last is None or not last[1].role or last[1].name == named \
                or fold(noun) not in fold(last[1].role).split():
            return named
        seen = [m.span.start for m in self.mentions
                if m.span.start < position and fold(m.actor.name) == fold(named)]
        return named if seen and max(seen) > last[0] else last[1].name

    def person_by_code(self, start: int, end: int, before: int) -> str | None:
        """The named person the actors stage codes like a role phrase ("le président français" -> FRA)."""
        mine = next((m for m in self.mentions if m.span.start < end and start < m.span.end
                     and m.actor.kind == "person" and m.actor.code), None)
        if mine is None:
            return None
        found: str | None = None
        for m in self.mentions:
            if m.span.start >= before:
                break
            if m.actor.kind != "person" or m.actor.code != mine.actor.code or self.in_quote(self.parse[
                    self.token_at(m.span.start)]):
                continue
            if mine.actor.role and m.actor.role and fold(mine.actor.role) not in RELATIONAL_ROLES \
                    and fold(mine.actor.role) != fold(m.actor.role):
                continue  # "son homologue allemand" has the role of the one it is the counterpart of
            for cand in (m.actor.name, self.clean_name(m.span.text)):
                if self._looks_like_name(cand):
                    found = cand
                    break
        return self.full_name(found) if found else None

    def _named_group(self, noun: str, before: int) -> str | None:
        """The name an organisation noun carried earlier ("le mouvement Unteilbar")."""
        found: str | None = None
        for tok in self.parse:
            if tok.idx >= before:
                break
            if tok.text.lower() != noun or self.in_quote(tok):
                continue
            k = tok.i + 1
            while k < len(self.parse) and k - tok.i <= 4 and self.parse[k].pos_ == "PROPN" \
                    and self.parse[k].text[:1].isupper():
                k += 1
            if k > tok.i + 1:
                found = self.text[tok.idx : self.parse[k - 1].idx + len(self.parse[k - 1].text)]
        return found

    def _last_named_body(self, before: int) -> str | None:
        """The organisation named last with a collective noun ("l'ONG américaine Freedom
        House"), for the bare hypernym that stands for it later ("selon l'organisation")."""
        found: str | None = None
        for ent in self.parse.ents:
            if ent.start_char >= before:
                break
            if ent.label_ != "ORG" or self.in_quote(ent[0]):
                continue
            lo = max(ent.start - 4, 0)
            if any(self.lex.speaker_nouns.get(tok.text.lower()) == "group" and self._linked(tok, ent)
                   for tok in self.parse[lo:ent.start]):
                found = self.ent_name(ent)
        return found

    def _person_code(self, name: str) -> str | None:
        """The code the actors stage gives a named person (None when it names no such person)."""
        m = next((m for m in self.mentions if m.actor.kind == "person" and m.actor.code
                  and name in (m.actor.name, self.full_name(self.clean_name(m.span.text)))), None)
        return m.actor.code if m else None

    def _code_at(self, start: int, end: int) -> str | None:
        m = next((m for m in self.mentions
                  if m.span.start < end and start < m.span.end and m.actor.code), None)
        return m.actor.code if m else None

    def _looks_like_name(self, text: str) -> bool:
        words = text.split()
        particles = {"de", "du", "al", "el", "von", "van", "bin", "ben"}
        return bool(words) and all(w[:1].isupper() or w.lower() in particles for w in words) \
            and not any(fold(w) in self.lex.speaker_nouns for w in words)

    def _linked(self, role: Any, ent: Any) -> bool:
        """Whether a role noun and a name stand in one noun phrase (apposition, title)."""
        a, b = (role.i + 1, ent.start) if role.i < ent.start else (ent.end, role.i)
        between = self.parse[a:b]
        if any(t.pos_ in {"VERB", "AUX"} or t.text in STOPS or "\n" in t.text for t in between):
            return False
        if sum(1 for t in between if t.text == ",") > 1:
            return False
        ancestors = {t.i for t in ent.root.ancestors}
        return role.i in ancestors or any(t.i in range(ent.start, ent.end) for t in role.ancestors) \
            or role.head.i == ent.root.head.i

    def source_description(self, lemma: str, before: int) -> str | None:
        """The description that introduced an unnamed source ("un diplomate européen",
        "le représentant d'un pays européen")."""
        found: str | None = None
        for tok in self.parse:
            if tok.idx >= before:
                break
            if tok.pos_ == "NOUN" and (tok.lemma_.lower() == lemma or tok.text.lower() == lemma):
                rng = self.np_range(tok)
                words = [t.text.lower() for t in self.parse[rng[0] : rng[1]]]
                if any(w in INDEFINITE for w in words) and not any(
                        t.ent_type_ == "PER" for t in self.parse[rng[0] : rng[1]]):
                    found = self.np_text(rng)
        return found

    # -- noun phrases ------------------------------------------------------------------------
    def np_range(self, head: Any, limit: tuple[int, int] | None = None) -> tuple[int, int]:
        """Token range of a noun phrase, cut before commas, relative clauses and quotations."""
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        if limit:
            lo, hi = max(lo, limit[0]), min(hi, limit[1])
        lo = max(lo, head.i - 8)
        # nothing before the head except determiners, adjectives, titles and names
        for k in range(head.i - 1, lo - 1, -1):
            if self.parse[k].pos_ in {"ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ"} \
                    and not self.parse[k].text.startswith("-") and self.parse[k].text not in self.lex.titles:
                if self.parse[k].pos_ == "ADP" and self.parse[k].head.i != head.i \
                        and self.parse[k].head.i > k and self.parse[k].head.i < head.i:
                    # "à la presse l'écrivaine": the phrase starts after the prepositional one
                    lo = max(k + 1, min(self.parse[k].head.right_edge.i + 1, head.i))
                    break
                if self.parse[k].pos_ != "ADP":
                    lo = k + 1
                    break
        while lo < head.i and (self.parse[lo].pos_ in {"ADP", "PUNCT", "CCONJ", "SCONJ", "VERB", "AUX"}
                               or self.parse[lo].text.lower() in CUT_WORDS):
            lo += 1
        for k in range(lo, head.i):
            if any(c.dep_ == "case" and c.i < k for c in self.parse[k].children):
                lo = k + 1  # "à l'AFP Nathan Law": drop the oblique glued before the name
        while lo < head.i and self.parse[lo].is_punct:
            lo += 1
        while lo >= 2 and self.parse[lo - 1].text == "-" and not self.parse[lo - 2].whitespace_:
            lo -= 2  # a hyphenated name: "Royaume-Uni"
        for k in range(head.i + 1, hi):
            tok = self.parse[k]
            dash = tok.text in {"-", "—", "–"} and (tok.i == 0 or bool(self.parse[tok.i - 1].whitespace_))
            if tok.text in {",", "(", ")", ":"} or dash or tok.text.lower() in CUT_WORDS \
                    or tok.text in QUOTE_MARKS or "\n" in tok.text or tok.pos_ in {"VERB", "AUX"} \
                    or self._medium_phrase(tok):
                hi = k
                break
        hi = min(hi, head.i + 14)
        if hi < len(self.parse) and self.parse[hi].ent_type_ in {"PER", "ORG", "MISC"} \
                and self.parse[hi].text[:1].isupper() and not self.parse[hi - 1].is_punct:
            # a name right after a role noun: "l'ONG américaine Freedom House"
            for ent in self.parse.ents:
                if ent.start == hi:
                    hi = ent.end
                    break
        for ent in self.parse.ents:
            # a name inside the phrase's subtree beyond the cut ("le ministre délégué ... Franck Riester")
            if ent.label_ == "PER" and hi <= ent.start and ent.end <= head.right_edge.i + 1 \
                    and ent.start - hi <= 12 and not any(t.pos_ in {"VERB", "AUX"} or t.text in STOPS
                                                          for t in self.parse[hi : ent.start]) \
                    and head.i in {a.i for a in ent.root.ancestors}:
                hi = ent.end
                break
        conj = [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} and c.i >= hi]
        if conj and (head.pos_ == "PROPN" or any(c.ent_type_ in {"ORG", "PER"} for c in conj)):
            # "Human Rights Watch, Amnesty International et la Fédération ..." speak together
            last = conj[-1].right_edge.i + 1
            if last - hi <= 25 and not any(self._breaks_phrase(t) for t in self.parse[hi:last]):
                hi = last
        while hi < len(self.parse) and hi <= head.i + 4 and self.parse[hi].pos_ == "PROPN" \
                and self.parse[hi].text[:1].isupper() and not self.parse[hi - 1].is_punct:
            hi += 1  # "le mouvement Unteilbar"
        if head.ent_type_:
            # never cut a name in two ("Emmanuel Macron" with "Macron" read as a verb)
            for ent in self.parse.ents:
                if ent.start <= head.i < ent.end:
                    start = ent.start
                    while start < head.i and self._glued_medium(self.parse[start], ent):
                        start += 1  # "à l'AFP Nathan Law": the medium is not part of the name
                    lo, hi = min(lo, start), max(hi, ent.end)
                    break
            # an entity the parser ran on past the name ("Premier ministre dans une tribune")
            hi = next((k for k in range(head.i + 1, hi) if self._medium_phrase(self.parse[k])), hi)
        return lo, max(hi, head.i + 1)

    def _glued_medium(self, tok: Any, ent: Any) -> bool:
        """Whether an entity's first token is a medium or oblique the parser glued to a name."""
        if any(c.dep_ == "flat:name" and c.i < ent.end for c in tok.children):
            return False  # "Joe Biden": the first name heads the name
        return any(c.dep_ == "case" for c in tok.children) or (len(tok.text) > 1 and tok.text.isupper())

    def np_text(self, rng: tuple[int, int]) -> str:
        span = self.parse[rng[0] : rng[1]]
        return self.text[span.start_char : span.end_char].strip(" ,.:;\"«»“”")

    def speakerish(self, tok: Any, reporting: bool = False) -> bool:
        """Whether a token can head the name of a speaker."""
        if tok.pos_ == "PRON":
            return tok.text.lower().lstrip("-").removeprefix("t-") in PRONOUNS
        if tok.ent_type_ in {"PER", "ORG"} or tok.text in self.lex.titles:
            return True
        if tok.ent_type_ in {"LOC", "MISC"} or tok.pos_ == "PROPN":
            return reporting
        return tok.lemma_.lower() in self.lex.speaker_nouns or tok.text.lower() in self.lex.speaker_nouns

    # -- resolution --------------------------------------------------------------------------
    def _collect_reporters(self) -> None:
        for tok in self.parse:
            if tok.pos_ == "VERB" and self.lex.is_verb(tok.text) and not self.in_quote(tok):
                subj = _subject(self, tok)
                if subj is None or isinstance(subj, str):
                    continue
                lo, hi = subj
                if lo > tok.i and not _in_incise(self, tok):
                    continue  # "et appelle Yannick Jadot à revoir": the parser's subject is the one called
                ent = next((e for e in self.parse.ents if lo <= e.start and e.end <= hi and e.label_ == "PER"
                            and self._person_name(self.ent_name(e))), None)
                if ent is not None:
                    self.reporters.append((ent.start_char, ent.end_char, self.ent_name(ent)))
                    continue
                words = [t for t in self.parse[lo:hi]
                         if t.pos_ == "PROPN" and t.ent_type_ not in {"LOC", "ORG"}]
                demonstrative = DEMONSTRATIVE_PRONOUNS.match(self.text, self.parse[lo].idx)
                if demonstrative:
                    # "Celui-ci a indiqué": the person named last before it, of its gender
                    gender = "Masc" if demonstrative.group(1).lower().startswith(("celui", "ce ")) else "Fem"
                    before = self._last_person_before(self.parse[lo].idx, gender, pronoun=True)
                    if before is not None:
                        self.reporters.append((self.parse[lo].idx, self.parse[hi - 1].idx + len(self.parse[hi - 1]),
                                               self.clean_name(before.name)))
                    continue
                if words and words[0].text[:1].isupper():
                    self.reporters.append((words[0].idx, words[-1].idx + len(words[-1].text),
                                           " ".join(t.text for t in words)))
        self.reporters.sort()

    def remember(self, position: int, speaker: Speaker) -> None:
        self.history.append((position, speaker))
        self.history.sort(key=lambda item: item[0])

    def last_speaker(self, position: int | None = None, gender: str | None = None,
                     pronoun: bool = False) -> Speaker | None:
        """The latest speaker before a position: of a quotation, or a named subject of a reporting verb.

        For a pronoun ("dit-elle"), a person's first name also tells the gender."""
        best: tuple[int, Speaker] | None = None
        for pos, sp in self.history:
            if position is not None and pos >= position:
                break
            sp_gender = sp.gender or (self._name_gender(sp.name) if pronoun and sp.person else None)
            if gender is None or sp_gender is None or sp_gender == gender:
                best = (pos, sp)
        for start, end, name in self.reporters:
            if position is not None and start >= position:
                break
            if best is None or start > best[0]:
                full = self.full_name(name)
                if gender is not None and self._known_gender(full, pronoun) not in {None, gender}:
                    continue
                best = (start, self._speaker(full, start, end, None, person=True))
        return best[1] if best else None

    def _known_gender(self, name: str, by_first_name: bool = False) -> str | None:
        for _, sp in self.history:
            if sp.name == name and sp.gender:
                return sp.gender
        return self._name_gender(name) if by_first_name else None

    def _name_gender(self, name: str) -> str | None:
        """The usual gender of a person's first name ("Marie Dupont" -> Fem), when the name has one."""
        words = self._strip_titles(name.split())
        if len(words) < 2:
            return None
        first = words[0].lower()
        return self.lex.first_names.get(first) or self.lex.first_names.get(first.split("-")[0])

    def resolve(self, att: Attribution, position: int) -> Speaker | None:
        """The speaker an attribution names, resolved through the article."""
        if att.pronoun:
            gender = PRONOUNS.get(att.pronoun)
            # a singular pronoun stands for one person, whose first name may tell the gender
            singular = att.pronoun in {"il", "elle"}
            last = self.last_speaker(position, gender, pronoun=singular)
            near = self._subject_antecedent(position, gender, singular)
            if near is not None and (last is None or near[0] > last.start):
                resolved = self.resolve(Attribution(near[1], None, att.verb, att.how), near[0])
                if resolved is not None:
                    return resolved
            if last:
                return last
            return self._last_person_before(position, gender, pronoun=singular)
        if att.tokens is None:
            return None
        lo, hi = att.tokens
        span = self.parse[lo:hi]
        start, end = span.start_char, span.end_char
        gender = self._gender(span)
        names = [self.ent_name(e) for e in span.ents if e.label_ == "PER"]
        names = [n for n in names if self._person_name(n)]
        if names:
            name = self.full_name(max(names, key=lambda n: len(n.split())))
            return self._speaker(name, start, end, gender, person=True)
        head = span.root
        if head.pos_ == "PRON":
            return self.resolve(Attribution(None, head.text.lower().lstrip("-").removeprefix("t-"),
                                            att.verb, att.how), position)
        words = [t for t in span if t.pos_ == "PROPN"]
        if words and not span.ents and len(words) >= 2 and all(t.text[0].isupper() for t in words):
            name = self.full_name(self.clean_name(" ".join(t.text for t in words)))
            return self._speaker(name, start, end, gender, person=True)
        lemma = head.lemma_.lower()
        kind = self.lex.speaker_nouns.get(lemma) or self.lex.speaker_nouns.get(head.text.lower())
        det = next((c.text.lower() for c in head.children if c.dep_ == "det"), "")
        text = self.np_text((lo, hi))
        # "le représentant d'un pays européen" describes an unnamed source ("des" after a noun is "de les")
        has_indefinite = any(t.text.lower() in {"un", "une"} for t in span if t.i > head.i)
        after = self._apposed_name(hi, role=kind == "role")
        if after:
            return self._speaker(after, start, end, gender, person=True)
        has_name = any(e.label_ == "PER" and not self._role_named(e.text) for e in span.ents)
        acronym = self._acronym(span)
        if acronym:
            return self._speaker(acronym, start, end, gender)
        singular = head.morph.get("Number") != ["Plur"]
        if kind in {"role", "source"} and not has_name and not has_indefinite:  # noqa: SIM102 - the inner tests follow the outer one
            if det in DEMONSTRATIVE or (det in DEFINITE | POSSESSIVE and singular):
                # "le président français": the adjective names the country, so the actors
                # stage's code for the phrase must agree with the person it stands for
                qualified = any(t.pos_ == "ADJ" and t.i > head.i and t.text.islower() for t in span)
                code = self._code_at(start, end) if qualified else None
                named = self.person_with_role(head.text.lower(), start) if kind == "role" else None
                named = self._holder_in_focus(head.text.lower(), start, named)
                if named and code and self._person_code(named) not in {None, code}:
                    named = None  # the Turkish president named before is not "le président français"
                if named:
                    return self._speaker(named, start, end, gender, person=True)
                described = self.source_description(lemma, start)
                if described:
                    return self._speaker(described, start, end, gender)
                if kind == "role" and det not in DEMONSTRATIVE:
                    last = self.last_speaker(position, gender)
                    if last is not None and last.person and (code is None or last.code in {None, code}):
                        return last
                    if code and lemma in RELATIONAL_ROLES:
                        # "son homologue allemand": the German who spoke last, whatever his title
                        mate = next((sp for pos, sp in reversed(self.history)
                                     if pos < position and sp.person and sp.code == code), None)
                        if mate is not None:
                            return mate
                    named = self.person_by_code(start, end, start) if code else None
                    if named:
                        return self._speaker(named, start, end, gender, person=True)
                    mentioned = self._last_person_before(start, gender)
                    if mentioned is not None:
                        return mentioned
        if kind == "group" and det in DEFINITE | DEMONSTRATIVE and not span.ents:
            named = self.person_with_role(head.text.lower(), start, ("ORG", "MISC", "PER")) \
                or self._named_group(head.text.lower(), start)
            if not named and head.text.lower() in ORGANISATION_NOUNS:
                named = self._last_named_body(start)
            if named:
                return self._speaker(named, start, end, gender)
        return self._speaker(text, start, end, gender)

    def _person_name(self, name: str) -> bool:
        """Whether a name the parser tagged as a person's is one: not a speaker noun alone
        ("porte-parole") nor a role ("président de la République")."""
        return bool(name) and name.lower() not in self.lex.speaker_nouns and not self._role_named(name)

    def _role_named(self, name: str) -> bool:
        """Whether a name the parser tagged is a role ("président de la République"), not a name."""
        words = name.replace("'", "' ").replace("’", "’ ").split()
        return name[:1].islower() and len(words) > 1 and words[0].lower() in self.lex.speaker_nouns \
            and words[1].lower() in {"de", "du", "des", "d'", "d’"}  # not "président Obama"

    def _speaker(self, name: str, start: int, end: int, gender: str | None, person: bool = False) -> Speaker:
        mention = self.mention_for(start, end, name)
        if mention is not None and person and mention.actor.kind == "person":
            # the actors stage may know a fuller form of the same name ("Lavrov" -> "Sergueï Lavrov")
            theirs, ours = fold(mention.actor.name).split(), fold(name).split()
            if len(ours) == 1 and len(theirs) > 1 and theirs[-1:] == ours:
                name = mention.actor.name
        if gender is None:
            gender = self._known_gender(name)
        return Speaker(name=name, code=mention.actor.code if mention else None,
                       role=mention.actor.role if mention else None, gender=gender, person=person,
                       start=start, end=end)

    def _medium_phrase(self, tok: Any) -> bool:
        """Whether a preposition opens the medium or the audience of the reported words, which ends
        the speaker's phrase: "dans un communiqué", "lors d'une conférence", "sur Facebook",
        "à l'AFP", "au quotidien Le Monde" (not "le secrétaire d'État aux Transports")."""
        low = tok.text.lower()
        if low == "lors":
            return True
        if tok.dep_ != "case" or tok.head.i <= tok.i:
            return False
        obj = tok.head
        kind = self.lex.medium_words.get(obj.lemma_.lower()) or self.lex.medium_words.get(obj.text.lower())
        if low in {"dans", "sur", "via", "par"}:
            return kind in {"medium", "platform"}
        if low in {"à", "au", "aux"}:
            return kind == "press" or obj.text[:1].isupper() and any(
                m.actor.sector == "MED" and m.span.start <= obj.idx < m.span.end for m in self.mentions)
        return False

    def _breaks_phrase(self, tok: Any) -> bool:
        """Whether a token ends the noun phrase it follows (a verb, a sentence end, a mark)."""
        return tok.pos_ in {"VERB", "AUX"} or tok.text in STOPS or "\n" in tok.text or tok.text in QUOTE_MARKS

    def _acronym(self, span: Any) -> str | None:
        """The full name of an acronym the article spelled out ("Royal Astronomical Society (RAS)")."""
        caps = [t.text for t in span if len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()]
        if len(caps) != 1:
            return None
        acr = caps[0]
        m = re.search(r"([^()\n.,;:]{3,120}?)\s*\(\s*" + re.escape(acr) + r"\s*\)", self.text)
        if not m:
            return None
        words = m.group(1).split()
        minor = {"de", "du", "des", "la", "le", "les", "l'", "d'", "of", "the", "and", "et", "for", "pour"}
        for n in range(len(words) - 1, -1, -1):
            cand = words[n:]
            initials = "".join(w.lstrip("l'd’")[0].upper() for w in cand
                               if w.lower() not in minor and w.lstrip("l'd’"))
            if initials == acr.upper():
                return " ".join(cand)
        return None

    def _apposed_name(self, hi: int, role: bool = False) -> str | None:
        """A name in apposition after a noun phrase ("le porte-parole du département, Ian Kelly")."""
        k = hi
        while k < min(hi + 10, len(self.parse)):
            tok = self.parse[k]
            if tok.text == ",":
                k += 1
                words = [t.text.lower() for t in self.parse[k : k + 3]]
                if words[:3] == ["du", "nom", "de"]:
                    k += 3
                elif words[:1] in (["nommé"], ["prénommé"], ["nommée"], ["prénommée"]):
                    k += 1
                if k < len(self.parse) and self.parse[k].text in self.lex.titles:
                    k += 1
                for ent in self.parse.ents:
                    if ent.start == k and ent.label_ == "PER":
                        return self.full_name(self.ent_name(ent))
                names: list[str] = []
                while k < len(self.parse) and self.parse[k].pos_ == "PROPN" \
                        and (role or self.parse[k].ent_type_ != "LOC") \
                        and self.parse[k].text[:1].isupper():
                    names.append(self.parse[k].text)
                    k += 1
                end_ok = k >= len(self.parse) or self.parse[k].is_punct \
                    or self.parse[k].pos_ in {"VERB", "AUX"}
                if names and end_ok and len(names) <= 4:
                    return self.full_name(" ".join(names))
                return None
            if self._breaks_phrase(tok):
                return None
            k += 1
        return None

    def _subject_antecedent(self, position: int, gender: str | None, singular: bool
                            ) -> tuple[int, tuple[int, int]] | None:
        """The nearest person-like subject (or agent) in the two sentences before a pronoun."""
        i = self.token_at(position) - 1
        stops = 0
        while i >= 0 and stops < 3:
            tok = self.parse[i]
            if "\n" in tok.text or (tok.text in STOPS and not self.in_quote(tok)):
                stops += 1
            elif tok.dep_ in {"nsubj", "nsubj:pass", "obl:agent"} and not self.in_quote(tok) \
                    and tok.pos_ in {"NOUN", "PROPN"}:
                kind = self.lex.speaker_nouns.get(tok.lemma_.lower()) \
                    or self.lex.speaker_nouns.get(tok.text.lower())
                person = tok.ent_type_ == "PER" or tok.text in self.lex.titles or kind in {"role", "source"}
                number_ok = not singular or tok.morph.get("Number") != ["Plur"]
                rng = self.np_range(tok)
                g = self._gender(self.parse[rng[0] : rng[1]]) \
                    or (self._name_gender(self.np_text(rng)) if singular and tok.ent_type_ == "PER" else None)
                if person and number_ok and (gender is None or g is None or g == gender):
                    return self.parse[rng[0]].idx, rng
            i -= 1
        return None

    def _gender(self, span: Any) -> str | None:
        for tok in span:
            if tok.text in {"Mme", "Mlle", "Madame"}:
                return "Fem"
            if tok.text in {"M.", "Monsieur"}:
                return "Masc"
        root = span.root
        for c in root.children:
            if c.dep_ == "det" and c.morph.get("Gender"):
                return str(c.morph.get("Gender")[0])
        if root.pos_ == "NOUN" and root.morph.get("Gender"):
            return str(root.morph.get("Gender")[0])
        return None

    def _last_person_before(self, position: int, gender: str | None, pronoun: bool = False) -> Speaker | None:
        best = None
        for start, end, name in self.persons:
            if start >= position:
                break
            if pronoun and gender is not None and self._known_gender(self.full_name(name), True) not in {None, gender}:
                continue  # "elle" does not stand for a man named before
            best = (start, end, name)
        if best is None:
            return None
        return self._speaker(self.full_name(best[2]), best[0], best[1], gender, person=True)


# -- attribution ------------------------------------------------------------------------------
# Words that may stand between a quotation and the reporting verb of its incise.
_BEFORE_VERB = {
    "t", "-t", "ne", "n'", "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "était", "sont",
    "s'", "s’", "se", "lui", "leur", "nous", "vous", "encore", "aussi", "alors", "pour", "sa", "part",
    "quant", "à", "pas", "plus", "tard", "déjà",
}
_CLITIC = re.compile(r"^-?(?:t-)?(il|elle|ils|elles|on)$", re.IGNORECASE)


def _clitic(tok: Any) -> str | None:
    m = _CLITIC.match(tok.text)
    if m and tok.text.startswith("-"):
        return m.group(1).lower()
    return None


def incise_after(ctx: ArticleContext, char: int) -> Attribution | None:
    """An incise right after a quotation: «...», a-t-il déclaré / a précisé cette source / selon X."""
    window = ctx.window_after(char)
    k = 0
    while k < len(window) and window[k].pos_ == "PUNCT" and window[k].text in {",", "-", "—", "–", "("}:
        k += 1
    rest = window[k:]
    if not rest:
        return None
    limit = (rest[0].i, rest[-1].i + 1)
    low = rest[0].text.lower()
    if low in SOURCE_PREPS or (low in {"d'", "d’"} and len(rest) > 1 and rest[1].text.lower() == "après"):
        return _source_pp(ctx, rest, limit, "incise-selon")
    verb = None
    for n, tok in enumerate(rest[:6]):
        if ctx.lex.is_verb(tok.text) and tok.pos_ not in {"ADP", "DET", "PUNCT", "CCONJ", "SCONJ"}:
            verb = tok
            break
        if not (tok.pos_ in {"AUX", "PRON", "ADV", "PART"} or tok.text.lower() in _BEFORE_VERB):
            return None
    if verb is None:
        return None
    limit = (verb.i + 1, limit[1])
    for tok in rest[: verb.i - rest[0].i + 3]:
        pron = _clitic(tok)
        if pron == "on":
            return None  # "a-t-on appris": no speaker
        if pron:
            return Attribution(None, pron, verb.lemma_, "incise-pronoun")
    for child in verb.children:
        if child.dep_.startswith("nsubj") and child.i > verb.i and limit[0] <= child.i < limit[1]:
            lo = ctx.np_range(child, limit)[0]
            if lo > 0 and ctx.parse[lo - 1].text.lower() in {"à", "au", "aux"}:
                continue
            if ctx.speakerish(child, reporting=True):
                return Attribution(ctx.np_range(child, limit), None, verb.lemma_, "incise-subject")
    for tok in rest[verb.i - rest[0].i + 1 :]:
        if tok.text in {",", ":"} and tok.i > verb.i + 3:
            break
        prev = ctx.parse[tok.i - 1]
        if prev.pos_ == "ADP" or prev.text.lower() in {"à", "au", "aux", "dans", "devant", "sur"}:
            continue
        if tok.lemma_.lower() in ctx.lex.fillers or _in_oblique(tok, verb):
            continue  # "a dit à l'AFP un responsable": the oblique is not the speaker
        if ctx.speakerish(tok, reporting=True) and tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            head = tok
            while head.head.i != head.i and limit[0] <= head.head.i < limit[1] \
                    and head.dep_ in {"flat:name", "appos", "amod", "compound", "nmod"} \
                    and not any(c.dep_ == "case" for c in head.head.children) \
                    and not (head.head.lemma_.lower() in ctx.lex.fillers or head.head.pos_ == "NUM"):
                # (not up into a date the parser hung the subject on: "lundi 2 décembre le ministre")
                head = head.head
            return Attribution(ctx.np_range(head, limit), None, verb.lemma_, "incise-noun")
    return None


def _in_oblique(tok: Any, verb: Any) -> bool:
    """Whether a token continues a prepositional phrase after the verb ("de la Maison Blanche").

    The parser often hangs an inverted subject on the oblique before it ("a dit à l'AFP un
    responsable", "a affirmé dans la soirée le président"): a token with its own determiner,
    or a name after an acronym, starts a new phrase.
    """
    if any(c.dep_ == "case" and c.i < tok.i for c in tok.children):
        return True
    if any(c.dep_ == "det" for c in tok.children):
        return False
    node = tok
    for _ in range(6):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if any(c.dep_ == "case" and node.i - 2 <= c.i < node.i for c in node.children):
            # a name after a medium ("sur Twitter Joshua Wong", "à l'AFP Nathan Law") starts anew
            medium = node.i != tok.i and node.pos_ == "PROPN" and tok.pos_ == "PROPN"
            return not medium or tok.ent_type_ == "LOC"
        if node.dep_ not in {"nmod", "flat:name", "amod", "compound"}:
            return False
        node = node.head
    return False


def _source_pp(ctx: ArticleContext, toks: list[Any], limit: tuple[int, int], how: str) -> Attribution | None:
    """The noun phrase of "selon X" / "d'après X" / "pour X"."""
    for tok in toks[1:9]:
        if tok.text in {",", ":"}:
            break
        if tok.text.lower() in {"lui", "elle", "eux", "elles"}:
            pron = {"lui": "il", "eux": "ils"}.get(tok.text.lower(), tok.text.lower())
            return Attribution(None, pron, None, how + "-pronoun")
        if tok.pos_ in {"NOUN", "PROPN", "PRON"} and ctx.speakerish(tok, reporting=True):
            head = tok
            while head.head.i != head.i and limit[0] <= head.head.i < limit[1] \
                    and head.dep_ in {"flat:name", "appos", "amod", "compound"} \
                    and not any(c.dep_ == "case" for c in head.head.children):
                head = head.head
            return Attribution(ctx.np_range(head, limit), None, None, how)
    return None


def governor(ctx: ArticleContext, quote_tokens: list[Any]) -> Attribution | None:
    """The subject of the verb that governs the quotation ("X a dénoncé des «...»", "X estime que «...»")."""
    inside = {t.i for t in quote_tokens}
    if not quote_tokens:
        return None
    lo, hi = ctx.sentence_tokens(quote_tokens[0].i, quote_tokens[-1].i)
    for tok in quote_tokens:
        head = tok.head
        if head.i in inside or head.i == tok.i:
            continue
        node = head
        for _ in range(8):
            if not lo <= node.i <= hi:
                break  # the governor lies in another sentence
            if node.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
                subj = _subject(ctx, node)
                how = "governor-reporting" if ctx.lex.is_verb(node.text) else "governor"
                if subj is not None:
                    return Attribution(subj, None, node.lemma_, how) if not isinstance(subj, str) \
                        else Attribution(None, subj, node.lemma_, how)
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _in_incise(ctx: ArticleContext, verb: Any) -> bool:
    """Whether a verb opens an incise, right after a comma or a closing quotation mark
    ('», a dit X'); not a verb coordinated after the comma (", et appelle X à ...")."""
    before = list(ctx.parse[max(verb.i - 3, 0) : verb.i])
    marks = [k for k, t in enumerate(before) if t.text in {",", "»", '"', "”"}]
    return bool(marks) and not any(t.pos_ == "CCONJ" for t in before[marks[-1] + 1:])


def _subject(ctx: ArticleContext, verb: Any) -> tuple[int, int] | str | None:
    reporting = ctx.lex.is_verb(verb.text)
    deps = {"nsubj", "nsubj:pass", "expl:subj"} if reporting else {"nsubj", "nsubj:pass"}
    for child in verb.children:
        pron = _clitic(child)
        if pron in PRONOUNS:
            return pron
        if child.text.lower() in {"-t", "t", "-t-"}:
            continue  # euphonic t of "a-t-il"
        if child.dep_ in deps and not ctx.in_quote(child):
            if child.pos_ == "PRON":
                pron = child.text.lower().lstrip("-").removeprefix("t-")
                if pron == "qui" and verb.dep_.startswith("acl") and ctx.speakerish(verb.head, reporting):
                    return ctx.np_range(verb.head)  # "le chef de l'Etat qui pointe ..."
                return pron if pron in PRONOUNS else None
            if ctx.speakerish(child, reporting=reporting):
                return ctx.np_range(child)
            return None
    if reporting:
        # a subject the parser attached elsewhere: "Il a plus tard expliqué que ..."
        k = verb.i - 1
        while k >= 0 and verb.i - k <= 6:
            tok = ctx.parse[k]
            if tok.pos_ == "PRON" and tok.text.lower() in PRONOUNS:
                return tok.text.lower()
            if tok.pos_ in {"NOUN", "PROPN"} and ctx.speakerish(tok, True) and tok.dep_.startswith("nsubj"):
                return ctx.np_range(tok)
            if tok.text == ",":
                # skip an apposition between commas: "Mazbou G, un musicien ..., a déclaré"
                j = k - 1
                while j >= 0 and k - j <= 16 and ctx.parse[j].text != "," \
                        and ctx.parse[j].pos_ not in {"VERB", "AUX"} and ctx.parse[j].text not in STOPS:
                    j -= 1
                if j > 0 and ctx.parse[j].text == ",":
                    before = ctx.parse[j - 1]
                    if before.pos_ == "PROPN" and ctx.speakerish(before, True) and not ctx.in_quote(before):
                        head = before
                        while head.dep_ == "flat:name" and head.head.i < head.i:
                            head = head.head
                        return ctx.np_range(head)
                break
            if not (tok.pos_ in {"AUX", "ADV", "PRON"} or tok.text.lower() in _BEFORE_VERB):
                break
            k -= 1
    if reporting and _in_incise(ctx, verb):
        # inverted subject of an incise that the parser read as an object: ", a dit l'agence KCNA"
        for child in verb.children:
            if child.i > verb.i and child.dep_ in {"obj", "obl:arg", "appos"} \
                    and ctx.speakerish(child, True) \
                    and not any(c.dep_ == "case" for c in child.children):
                return ctx.np_range(child)
    return None


def colon_before(ctx: ArticleContext, char: int) -> Attribution | None:
    """"X a déclaré : «...»" or "X : «...»", also across a line break after the colon."""
    j = ctx.token_at(char) - 1
    while j >= 0 and (ctx.parse[j].is_space or ctx.parse[j].text in {"\n", "-", "—", "–"}):
        j -= 1
    if j < 0 or ctx.parse[j].text != ":":
        return None
    pre = [t for t in ctx.window_before(ctx.parse[j].idx) if not ctx.in_quote(t)]
    for tok in reversed(pre):
        if ctx.lex.is_verb(tok.text) and tok.pos_ == "VERB":
            subj = _subject(ctx, tok)
            if isinstance(subj, str):
                return Attribution(None, subj, tok.lemma_, "colon-pronoun")
            if subj is not None:
                return Attribution(subj, None, tok.lemma_, "colon-verb")
            break
    for tok in pre:
        if tok.dep_ == "obl:agent" and ctx.speakerish(tok, reporting=True):
            return Attribution(ctx.np_range(tok), None, tok.head.lemma_, "colon-agent")
    if pre:
        last = pre[-1]
        head = last
        while head.head.i != head.i and head.dep_ in {"flat:name", "appos", "amod", "nmod"} \
                and head.head.i < j and head.head.i >= pre[0].i:
            head = head.head
        if ctx.speakerish(head, reporting=True) and head.pos_ in {"NOUN", "PROPN"} and last.i - pre[0].i < 12:
            return Attribution(ctx.np_range(head, (pre[0].i, j)), None, None, "colon-name")
    return None


def source_pp_before(ctx: ArticleContext, char: int) -> Attribution | None:
    """"Selon X, «...»" / "D'après X, «...»" / "Pour X, «...»" earlier in the sentence."""
    pre = ctx.window_before(char)
    for n, tok in enumerate(pre):
        low = tok.text.lower()
        if low in SOURCE_PREPS or (low == "après" and n and pre[n - 1].text.lower() in {"d'", "d’"}) \
                or (low == "pour" and (n == 0 or pre[n - 1].text == ",")):
            limit = (tok.i, pre[-1].i + 1)
            return _source_pp(ctx, pre[n:], limit, "selon")
    return None


def subject_nearby(ctx: ArticleContext, char_open: int, char_close: int) -> Attribution | None:
    """A speaker-like subject of a reporting verb in the same sentence, nearest first."""
    pre = [t for t in ctx.window_before(char_open) if not ctx.in_quote(t)]
    post = [t for t in ctx.window_after(char_close, limit=25) if not ctx.in_quote(t)]
    for tok in list(reversed(pre)) + post:
        if tok.pos_ == "VERB" and ctx.lex.is_verb(tok.text):
            subj = _subject(ctx, tok)
            if isinstance(subj, str):
                return Attribution(None, subj, tok.lemma_, "nearby-pronoun")
            if subj is not None:
                return Attribution(subj, None, tok.lemma_, "nearby")
    for tok in post:
        if tok.dep_ == "nsubj" and tok.pos_ in {"PROPN", "NOUN"} and ctx.speakerish(tok):
            return Attribution(ctx.np_range(tok), None, tok.head.lemma_, "nearby-subject")
    return None


def source_pp_anywhere(ctx: ArticleContext, char_open: int, char_close: int) -> Attribution | None:
    """"..., selon un rapport de l'ONG X" or "selon X" elsewhere in the quotation's sentence."""
    pre = [t for t in ctx.window_before(char_open) if not ctx.in_quote(t)]
    post = [t for t in ctx.window_after(char_close, limit=30) if not ctx.in_quote(t)]
    for toks in (post, pre):
        for n, tok in enumerate(toks):
            low = tok.text.lower()
            if low in SOURCE_PREPS or (low == "après" and n and toks[n - 1].text.lower() in {"d'", "d’"}):
                att = _source_pp(ctx, toks[n:], (tok.i, toks[-1].i + 1), "selon-sentence")
                if att:
                    return att
    return None


def incise_later(ctx: ArticleContext, char: int) -> Attribution | None:
    """An incise further on in the sentence: «...» en réduisant ..., avait affirmé le maire."""
    for tok in ctx.window_after(char, limit=30)[1:]:
        if tok.text == "," and not ctx.in_quote(tok):
            att = incise_after(ctx, tok.idx)
            if att:
                return att
    return None
