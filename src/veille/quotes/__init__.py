"""Quotations: direct (between marks) and indirect (reported) speech with their speakers."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from veille.model import Document, Quote, Span
from veille.pipeline import BaseStage
from veille.quotes.indirect import indirect_quotes
from veille.quotes.lexicon import Lexicon, load_lexicon
from veille.quotes.marks import Quoted, find_quoted, word_count
from veille.quotes.speakers import (
    ArticleContext,
    Attribution,
    colon_before,
    fold,
    governor,
    incise_after,
    incise_later,
    source_pp_anywhere,
    source_pp_before,
    subject_nearby,
)

log = logging.getLogger(__name__)

MIN_WORDS = 4  # shorter quoted words are scare quotes ("ligne rouge"), not quotations
# An incise between two parts of one quotation: ", a-t-il ajouté," / ", selon lui,".
_INCISE_GAP = re.compile(r"^[\s\u00a0\u202f]*[,—–-][^.!?;:«»“”\"\n]{1,90}[,—–-][\s\u00a0\u202f]*$")
_SENTENCE_END = re.compile(r"[.!?…][\s\u00a0\u202f]*$")


@dataclass(frozen=True)
class _Candidate:
    """A direct quotation before speaker resolution: one or two quoted parts."""

    parts: tuple[Quoted, ...]

    @property
    def open(self) -> int:
        return self.parts[0].open

    @property
    def close(self) -> int:
        return self.parts[-1].close


class QuotesStage(BaseStage):
    """Direct and indirect quotations with speakers resolved to the fullest name."""

    name = "quotes.rules.v5"
    requires = ("parse", "sentences", "mentions", "timexes")
    assigns = ("quotes",)

    def __init__(self) -> None:
        self._lex: Lexicon | None = None

    def initialize(self) -> None:
        self._lex = load_lexicon()

    def __call__(self, doc: Document) -> Document:
        if self._lex is None:
            self.initialize()
        assert self._lex is not None
        if doc.parse is None or not doc.text.strip():
            return doc.with_layer(self.name, quotes=())
        quotes = [replace(q, date=quote_date(doc, q)) for q in extract_quotes(doc, self._lex, self.name)]
        return doc.with_layer(self.name, quotes=tuple(quotes))


def quote_date(doc: Document, quote: Quote) -> str | None:
    """When the words were said: a date in the attributing clause around the quotation
    ("», a déclaré mardi X."), else the publication date (the day's news)."""
    text = doc.text
    # The attributing clause: from the sentence end before the quotation to the one after it.
    # Sentence splits of the parse are unreliable around quotation marks, so punctuation is used.
    before = max(text.rfind(m, max(0, quote.span.start - 300), quote.span.start) for m in (". ", "\n"))
    after = [i for m in (".", "\n") if (i := text.find(m, quote.span.end, quote.span.end + 300)) >= 0]
    lo, hi = (before + 1 if before >= 0 else 0), (min(after) if after else len(text))
    for t in doc.timexes:
        if quote.span.start <= t.span.start < quote.span.end or not lo <= t.span.start < hi:
            continue
        if t.kind in ("DATE", "TIME") and "X" not in t.value and t.value[:1].isdigit() \
                and not _bounds_a_period(text, t.span.start):
            return t.value.split("T")[0]
    return doc.article.date


# Words before a date that make it the bound of a period, not the day the words were said
# ("membre de l'UE depuis 2004", "d'ici 2030").
PERIOD_BOUNDS = ("depuis", "dès", "jusqu'à", "jusqu'au", "jusqu'en", "jusqu’à", "jusqu’au", "jusqu’en",
                 "d'ici", "d’ici")


def _bounds_a_period(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows a word that makes it the bound of a period."""
    before = text[max(0, start - 12):start].lower().split()
    return bool(before) and before[-1] in PERIOD_BOUNDS


def extract_quotes(doc: Document, lex: Lexicon, stage: str = QuotesStage.name) -> list[Quote]:
    """Every quotation of a parsed document, in text order, each listed once."""
    text = doc.text
    runs = _split_inner_incises(text, find_quoted(text), lex)
    ctx = ArticleContext(doc, lex, [(r.open, r.close) for r in runs])
    candidates = _merge_incises(text, ctx, runs)
    quotes: list[Quote] = []
    for cand in candidates:
        body = " ".join(text[p.start : p.end] for p in cand.parts)
        if word_count(body) < MIN_WORDS:
            continue
        if _is_slogan(ctx, cand) or _is_name(ctx, cand):
            continue
        att = _attribute(ctx, cand)
        speaker = ctx.resolve(att, cand.open) if att else None
        if speaker is None and _standalone(ctx, cand):
            speaker = ctx.last_speaker(cand.open)
            att = Attribution(None, None, None, "continuation") if speaker else None
        if speaker is None or not speaker.name:
            log.debug("quotation without speaker at %d: %r", cand.open, body[:60])
            continue
        ctx.remember(cand.open, speaker)
        first, last = cand.parts[0], cand.parts[-1]
        # A quotation interrupted by an incise runs from its first to its last part; its
        # text joins the parts without the incise.
        span = Span(first.start, last.end, body)
        quotes.append(Quote(span=span, speaker=speaker.name, kind="direct", speaker_code=speaker.code,
                            speaker_role=speaker.role, verb=att.verb if att else None, stage=stage))
    quotes = _dedupe(quotes)
    quotes.extend(indirect_quotes(ctx, quotes, stage))
    quotes.sort(key=lambda q: (q.span.start, q.span.end))
    return quotes


# An incise left inside the marks: «Le racisme n'a pas de frontières, a-t-elle déclaré. J'ai vécu...»
_INNER_INCISE = re.compile(
    r",\s+(?:(?:a|avait|ont|avaient)-t-|[\w’']+-t-|[\w’']+-)(?:il|elle|ils|elles)"
    r"(?:\s+([\w’']+))?\s*([.,;!?])\s+")


def _split_inner_incises(text: str, runs: list[Quoted], lex: Lexicon) -> list[Quoted]:
    """Split a quoted run at an incise printed inside the marks."""
    out: list[Quoted] = []
    for run in runs:
        body = text[run.start : run.end]
        m = _INNER_INCISE.search(body)
        words = m.group(0).replace("-", " ").split() if m else []
        if m is None or not any(lex.is_verb(w.strip(".,;!?")) for w in words):
            out.append(run)
            continue
        cut, resume = run.start + m.start(), run.start + m.end()
        out.append(Quoted(run.open, cut, run.start, cut))
        out.append(Quoted(resume - 1 if m.group(2) == "," else resume, run.close, resume, run.end))
    return out


def _merge_incises(text: str, ctx: ArticleContext, runs: list[Quoted]) -> list[_Candidate]:
    """Join two quoted parts separated only by an incise inside one sentence."""
    out: list[_Candidate] = []
    for run in runs:
        if out:
            prev = out[-1].parts[-1]
            gap = text[prev.close : run.open]
            first_part = text[prev.start : prev.end]
            if _INCISE_GAP.match(gap) and not _SENTENCE_END.search(first_part) \
                    and incise_after(ctx, prev.close) is not None:
                out[-1] = _Candidate((*out[-1].parts, run))
                continue
        out.append(_Candidate((run,)))
    return out


# Verbs by which a newspaper or a journalist relays someone else's words ("..., rapporte Le Monde").
RELAY_VERBS = {"rapporter", "relater"}


def _attribute(ctx: ArticleContext, cand: _Candidate) -> Attribution | None:
    """The attribution the syntax gives, most specific construction first."""
    first = cand.parts[0]
    i, j = ctx.token_at(first.start), ctx.token_at(max(first.end - 1, first.start))
    quote_tokens = list(ctx.parse[i : j + 1])
    for part in cand.parts:
        att = incise_after(ctx, part.close)
        if att:
            if att.verb in RELAY_VERBS:
                # the words are those of the sentence's own speaker, relayed by the outlet
                own = governor(ctx, quote_tokens)
                if own is not None:
                    return own
            return att
    att = colon_before(ctx, cand.open) or source_pp_before(ctx, cand.open)
    if att:
        return att
    own = governor(ctx, quote_tokens)
    if own is not None and own.how == "governor-reporting":
        return own
    att = source_pp_anywhere(ctx, cand.open, cand.close) or own
    if att:
        return att
    return incise_later(ctx, cand.close) or subject_nearby(ctx, cand.open, cand.close)


def _standalone(ctx: ArticleContext, cand: _Candidate) -> bool:
    """Whether a quotation makes a sentence of its own (a speaker's words continued)."""
    before = [t for t in ctx.window_before(cand.open) if not t.is_space]
    after = [t for t in ctx.window_after(cand.close) if not t.is_space]
    return not before and not after and bool(ctx.history)


def _is_slogan(ctx: ArticleContext, cand: _Candidate) -> bool:
    """Slogans chanted or written by a crowd are not quotations."""
    window = ctx.window_before(cand.open, limit=12) + ctx.window_after(cand.close, limit=8)
    return any(t.lemma_.lower() in ctx.lex.slogan_cues or t.text.lower() in ctx.lex.slogan_cues
               for t in window)


#: Verbs that give a name: what follows them between marks is the name given, not words said.
NAMING_VERBS = frozenset({"baptiser", "rebaptiser", "surnommer", "intituler", "dénommer", "renommer"})
# Their past participles, which the lemmatiser may leave as they are ("rebaptisée" -> "rebaptisé").
_NAMING_PARTICIPLES = frozenset(verb[:-2] + "é" for verb in NAMING_VERBS)


def _is_name(ctx: ArticleContext, cand: _Candidate) -> bool:
    """A capitalised name between marks after an article ("les «Grands-mères contre ...»"), or the name a
    naming verb gives ("la caisse, rebaptisée « Caisse des jeunes »"), is no quotation."""
    if len(cand.parts) > 1:
        return False
    part = cand.parts[0]
    before = [t for t in ctx.window_before(cand.open) if not t.is_space]
    if before and (before[-1].lemma_.lower() in NAMING_VERBS or before[-1].lower_.rstrip("es") in _NAMING_PARTICIPLES):
        return True
    if not before or before[-1].pos_ not in {"DET", "ADP"} or not ctx.text[part.start].isupper():
        return False
    i, j = ctx.token_at(part.start), ctx.token_at(max(part.end - 1, part.start))
    return not any(t.pos_ in {"VERB", "AUX"} for t in ctx.parse[i : j + 1])


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """A quotation repeated in the article (or a fragment of a longer one) is listed once."""
    words = [fold(q.span.text) for q in quotes]
    keep: list[Quote] = []
    for n, q in enumerate(quotes):
        w = " ".join(re.findall(r"\w+", words[n]))
        dup = False
        for m in range(len(quotes)):
            if m == n:
                continue
            ow = " ".join(re.findall(r"\w+", words[m]))
            if w == ow and m < n or w != ow and f" {w} " in f" {ow} ":
                dup = True
            if dup:
                break
        if not dup:
            keep.append(q)
    return keep


__all__ = ["QuotesStage", "extract_quotes"]
