"""Pure data records that flow between veille's stages.

Every annotation points into ``Article.text`` with half-open character offsets
``[start, end)`` and names the stage (with its version) that made it. Nothing in this
package imports the rest of veille.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Literal

Status = Literal["asserted", "hypothetical", "negated"]
Precision = Literal["day", "week", "month", "year", "decade", "century", "unknown"]
QuoteKind = Literal["direct", "indirect"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def stable_id(*parts: str, prefix: str = "", length: int = 16) -> str:
    """Content-derived id: sha256 of the parts joined by a separator that cannot occur in text."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
    return f"{prefix}{digest}"


def normalise_text(text: str) -> str:
    """Whitespace-insensitive form of a text, used for content ids of articles."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Article:
    """One news article as ingested: the text every offset points into."""

    id: str  # content-derived: sha256 of the normalised text
    text: str
    ref: str  # the caller's id (JSON id, file stem); what `extract` reports as article_id
    date: str | None = None  # publication date "YYYY-MM-DD", "YYYY-MM" or None (unknown)
    title: str | None = None
    source: str | None = None  # outlet
    url: str | None = None
    origin: str = ""  # file (and line) the article came from

    @staticmethod
    def content_id(text: str) -> str:
        return stable_id(normalise_text(text), prefix="a", length=16)


@dataclass(frozen=True)
class Span:
    """A half-open character range of the article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """A resolved actor: a code (ISO3, organisation code, ISM, NGO, IGO) and what it is."""

    code: str | None  # None when unknown (kept with its text, never dropped)
    name: str  # the fullest name the article gives ("Wendy Sherman", "Russie")
    kind: Literal["state", "igo", "ngo", "group", "person", "other"] = "state"
    sector: str | None = None  # GOV, MIL, DIP, LEG, JUD, PTY, REB, OPP, CVL, BUS, MED...
    role: str | None = None  # "vice-ministre des Affaires étrangères"
    country: str | None = None  # best-effort ISO3 for actors without a code


@dataclass(frozen=True)
class Mention:
    """An actor mentioned in the text; coreferent mentions share ``entity``."""

    span: Span
    actor: Actor
    entity: int  # index of the entity within the document (coreference chain)
    stage: str = ""
    explicit: bool = True  # False when the code is a fallback (article's main country, guess)


@dataclass(frozen=True)
class Timex:
    """A temporal expression normalised to a TIMEX3 value against the publication date."""

    span: Span
    value: str  # "2022-01-10", "2022-01", "2022-W02", "XXXX-05-19", "PRESENT_REF", "P2Y"...
    kind: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    precision: Precision = "day"
    stage: str = ""


@dataclass(frozen=True)
class Place:
    """A place name resolved in the gazetteer."""

    span: Span
    name: str  # the name as the article gives it, reduced to city/region/country
    country: str | None  # ISO3
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # "city", "country", "region", ...
    admin: str | None = None
    geonameid: int | None = None
    reason: str = ""  # why this entry won (population, country in article, dateline...)
    dateline: bool = False
    stage: str = ""


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker: direct (between marks) or indirect (reported)."""

    span: Span  # the quoted words, without the marks
    speaker: str  # fullest name, or the description of an unnamed source
    kind: QuoteKind = "direct"
    speaker_code: str | None = None
    speaker_role: str | None = None
    verb: str | None = None
    date: str | None = None
    stage: str = ""


@dataclass(frozen=True)
class Event:
    """One PLOVER event with its evidence."""

    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    evidence: Span  # the sentence (or clause) that states the event
    trigger: Span  # the word(s) that name the event
    mode: str | None = None
    status: Status = "asserted"
    source_names: tuple[str, ...] = ()
    target_names: tuple[str, ...] = ()
    date: str | None = None
    date_precision: Precision | None = None
    # True when a time expression of the text gives the date, False when it is the publication
    # date of the day's news (GUIDELINES.md), None when not known
    date_stated: bool | None = None
    place: Place | None = None
    confidence: float = 0.5
    stage: str = ""
    happening: str | None = None

    @property
    def id(self) -> str:
        return stable_id(self.type, ",".join(self.source), ",".join(self.target),
                         str(self.trigger.start), str(self.trigger.end), prefix="e")


@dataclass(frozen=True)
class Document:
    """An article with the layers the stages have added so far.

    ``parse`` holds the NLP stage's analysis (a spaCy Doc); it is opaque here and never
    stored. Layers are tuples, replaced wholesale by the stage that owns them.
    """

    article: Article
    parse: Any = None
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    dateline: Place | None = None
    provenance: tuple[str, ...] = field(default_factory=tuple)  # stage@version that ran

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        """A Span of the article text."""
        return Span(start, end, self.article.text[start:end])

    def with_layer(self, stage: str, **layers: Any) -> Document:
        """A copy with the given layers replaced and the stage recorded."""
        return replace(self, provenance=(*self.provenance, stage), **layers)


@dataclass(frozen=True)
class Failure:
    """An input that could not be ingested or coded: where, what, what to do."""

    origin: str  # file, with ":line" when there is one
    code: str  # error code from veille.errors
    message: str
    article_id: str | None = None


__all__ = [
    "PLOVER_TYPES", "Actor", "Article", "Document", "Event", "Failure", "Mention", "Place",
    "Precision", "Quote", "QuoteKind", "Span", "Status", "Timex", "normalise_text", "stable_id",
]
