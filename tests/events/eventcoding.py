"""Running the events stage over a parsed sentence with hand-made actors, times and places."""

from __future__ import annotations

from veille.events import EventsStage
from veille.model import Actor, Document, Mention, Place, Span, Timex


def span_of(text: str, word: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``word`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word), word)


def coded(doc: Document, actors: dict[str, str | tuple[str, ...]], timexes: dict[str, str] | None = None,
          places: dict[str, str] | None = None, persons: tuple[str, ...] = ()) -> Document:
    """Add mentions (word -> code, every occurrence; a tuple of codes gives one mention each, as for
    "franco-allemand"; words in ``persons`` are people), timexes (word -> value) and places
    (word -> ISO3), then code the events."""
    text = doc.text
    mentions = []
    n = 0
    for word, codes in actors.items():
        start = 0
        while (start := text.find(word, start)) >= 0:
            kind = "person" if word in persons else "state"
            for k, code in enumerate((codes,) if isinstance(codes, str) else codes):
                mentions.append(Mention(Span(start, start + len(word), word),
                                        Actor(code=code, name=word, kind=kind), entity=n + k))
            start += len(word)
        n += 1 if isinstance(codes, str) else len(codes)
    mentions.sort(key=lambda m: m.span.start)
    tx = tuple(Timex(span_of(text, w), v, precision="day" if len(v) == 10 else "month")
               for w, v in (timexes or {}).items())
    pl = tuple(Place(span_of(text, w), w, c, feature="city") for w, c in (places or {}).items())
    return EventsStage()(doc.with_layer("test", mentions=tuple(mentions), timexes=tx, places=pl))


def asserted(doc: Document) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, source, target) of the asserted events."""
    return [(e.type, e.source, e.target) for e in doc.events if e.status == "asserted"]


def types(doc: Document) -> set[str]:
    """Types of the asserted events."""
    return {e.type for e in doc.events if e.status == "asserted"}


def typed(doc: Document, etype: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    """(source, target, status) of the events of one type."""
    return [(e.source, e.target, e.status) for e in doc.events if e.type == etype]


def statuses(doc: Document, etype: str) -> list[str]:
    """Status of each event of one type."""
    return [e.status for e in doc.events if e.type == etype]
