"""veille: political event data (PLOVER) from French-language news."""

from veille.api import RunReport, extract, gold_record, ingest, run
from veille.model import Actor, Article, Document, Event, Failure, Mention, Place, Quote, Span, Timex
from veille.pipeline import Pipeline, Stage
from veille.registry import default_pipeline

__version__ = "0.1.0"

__all__ = [
    "Actor", "Article", "Document", "Event", "Failure", "Mention", "Pipeline", "Place", "Quote",
    "RunReport", "Span", "Stage", "Timex", "default_pipeline", "extract", "gold_record", "ingest", "run",
]
