"""Indirect quotations: reported speech without quotation marks."""

from __future__ import annotations

from typing import Any

from veille.model import Quote, Span
from veille.quotes.speakers import PRONOUNS, ArticleContext, Attribution

MIN_WORDS = 3
_QUE = {"que", "qu'", "qu’"}
_SOURCE_PREPS = {"selon", "pour", "après"}  # "après" only in "d'après"


def indirect_quotes(ctx: ArticleContext, direct: list[Quote], stage: str) -> list[Quote]:
    """Reported speech: "X a déclaré que ...", "selon X, ...", "pour X, ...", "d'après X, ..."."""
    taken = [(q.span.start, q.span.end) for q in direct] + list(ctx.quoted)
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for tok in ctx.parse:
        if ctx.in_quote(tok):
            continue
        found = None
        if tok.pos_ == "VERB" and ctx.lex.is_verb(tok.text):
            found = _verb_que(ctx, tok)
        elif tok.text.lower() in _SOURCE_PREPS and tok.dep_ in {"case", "fixed"}:
            found = _source_clause(ctx, tok)
        if found is None:
            continue
        att, start, end = found
        if (start, end) in seen or any(a < end and start < b for a, b in taken):
            continue
        body = ctx.text[start:end]
        if len(body.split()) < MIN_WORDS:
            continue
        speaker = ctx.resolve(att, tok.idx)
        if speaker is None or not speaker.name:
            continue
        seen.add((start, end))
        out.append(Quote(span=Span(start, end, body), speaker=speaker.name, kind="indirect",
                         speaker_code=speaker.code, speaker_role=speaker.role, verb=att.verb, stage=stage))
    return out


def _verb_que(ctx: ArticleContext, verb: Any) -> tuple[Attribution, int, int] | None:
    """A reporting verb with a "que" clause and a speaker-like subject."""
    clause = next((c for c in verb.children if c.dep_ in {"ccomp", "obj", "xcomp"}
                   and any(m.dep_ == "mark" and m.text.lower() in _QUE for m in c.children)), None)
    if clause is None:
        return None
    mark = next(m for m in clause.children if m.dep_ == "mark" and m.text.lower() in _QUE)
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if subj is None or not ctx.speakerish(subj, reporting=True):
        return None
    if subj.pos_ == "PRON":
        pron = subj.text.lower()
        if pron not in PRONOUNS:
            return None
        att = Attribution(None, pron, verb.lemma_, "indirect-pronoun")
    else:
        att = Attribution(ctx.np_range(subj), None, verb.lemma_, "indirect")
    return att, *_extent(ctx, mark.i + 1, clause.right_edge.i + 1)


def _source_clause(ctx: ArticleContext, prep: Any) -> tuple[Attribution, int, int] | None:
    """"Selon X, ..." / "Pour X, ..." / "D'après X, ...": the clause the source is attached to."""
    low = prep.text.lower()
    if low == "après" and (prep.i == 0 or ctx.parse[prep.i - 1].text.lower() not in {"d'", "d’"}):
        return None
    source = prep.head.head if prep.dep_ == "fixed" else prep.head  # "d'après": "après" is fixed to "d'"
    if not ctx.speakerish(source, reporting=True) or source.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    if low == "pour":
        # "pour X," states an opinion only at the head of the sentence and before a comma
        before = ctx.parse[prep.i - 1] if prep.i else None
        first = before is None or before.is_sent_start or before.text in {"\n", "."}
        after = ctx.parse[source.right_edge.i + 1] if source.right_edge.i + 1 < len(ctx.parse) else None
        if not (first or prep.is_sent_start) or after is None or after.text != ",":
            return None
    pred = source.head
    if pred.i == source.i:
        return None
    pp = set(range(source.left_edge.i, source.right_edge.i + 1)) | {prep.i}
    if low == "après":
        pp.add(prep.i - 1)
    first, last = ctx.sentence_tokens(prep.i, prep.i)
    tokens = [t for t in pred.subtree if t.i not in pp and first <= t.i <= last]
    if not tokens:
        return None
    lo, hi = tokens[0].i, tokens[-1].i + 1
    if lo < source.left_edge.i < hi:
        # the source stands inside the clause ("la crise est, selon lui, grave"): keep the part after it
        lo = source.right_edge.i + 1
    if source.pos_ == "PRON":
        pron = source.text.lower()
        if pron not in {"lui", "elle", "eux", "elles"}:
            return None
        att = Attribution(None, {"lui": "il", "eux": "ils"}.get(pron, pron), None, "indirect-selon")
    else:
        att = Attribution(ctx.np_range(source), None, None, "indirect-selon")
    return att, *_extent(ctx, lo, hi)


def _extent(ctx: ArticleContext, lo: int, hi: int) -> tuple[int, int]:
    """Character range of tokens [lo, hi) without leading and trailing punctuation."""
    while lo < hi and (ctx.parse[lo].is_punct or ctx.parse[lo].is_space):
        lo += 1
    while hi > lo and (ctx.parse[hi - 1].is_punct or ctx.parse[hi - 1].is_space):
        hi -= 1
    if lo >= hi:
        return 0, 0
    return ctx.parse[lo].idx, ctx.parse[hi - 1].idx + len(ctx.parse[hi - 1].text)
