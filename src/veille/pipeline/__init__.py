"""The stage protocol and the pipeline that runs stages in order."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from veille.errors import PipelineError
from veille.model import Document

log = logging.getLogger(__name__)

#: Layers a Document carries; a stage requires and assigns some of them.
LAYERS = ("article", "parse", "sentences", "mentions", "timexes", "places", "dateline",
          "quotes", "events")


@runtime_checkable
class Stage(Protocol):
    """A pipeline stage: takes Documents, returns them with its own layers added.

    ``initialize`` loads models and data once per process; ``pipe`` processes a batch
    (stages with a batched model, like the NLP stage, override it).
    """

    name: str  # registry name with version, e.g. "dates.rules.v1"
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def initialize(self) -> None: ...

    def __call__(self, doc: Document) -> Document: ...

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]: ...


class BaseStage:
    """Convenience base: ``pipe`` maps ``__call__``; ``initialize`` does nothing."""

    name = "base.v0"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def initialize(self) -> None:
        """Load what the stage needs; called once per process before the first document."""

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


class Pipeline:
    """Stages in order; building checks that every requirement is assigned earlier."""

    def __init__(self, stages: list[Stage]) -> None:
        available = {"article"}
        for stage in stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name} requires {', '.join(missing)}, which no earlier stage assigns"
                )
            unknown = [a for a in stage.assigns if a not in LAYERS]
            if unknown:
                raise PipelineError(f"stage {stage.name} assigns unknown layers {unknown}")
            available.update(stage.assigns)
        self.stages = stages
        self._initialized = False

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def initialize(self) -> None:
        """Initialise every stage once (models, gazetteers)."""
        if not self._initialized:
            for stage in self.stages:
                stage.initialize()
            self._initialized = True

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run every stage over a stream of documents, lazily."""
        self.initialize()
        stream: Iterable[Document] = docs
        for stage in self.stages:
            stream = stage.pipe(stream)
        yield from stream
