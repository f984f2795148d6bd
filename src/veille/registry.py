"""The one registry of stage names (with versions) and the default pipeline."""

from __future__ import annotations

from veille.pipeline import Pipeline, Stage


def default_stages(model: str | None = None) -> list[Stage]:
    """The stages of the default pipeline, in order."""
    from veille.actors import ActorsStage
    from veille.dates import DatesStage
    from veille.events import EventsStage
    from veille.nlp import MODEL, SpacyStage
    from veille.places import PlacesStage
    from veille.quotes import QuotesStage

    return [SpacyStage(model or MODEL), ActorsStage(), DatesStage(), PlacesStage(), QuotesStage(),
            EventsStage()]


def default_pipeline(model: str | None = None) -> Pipeline:
    """The default pipeline: nlp → actors → dates → places → quotes → events."""
    return Pipeline(default_stages(model))


def stage_names() -> list[str]:
    """Names with versions of the default stages (a change in output is a new version)."""
    return [s.name for s in default_stages()]
