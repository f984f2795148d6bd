from __future__ import annotations

import pytest

from veille.config import Config, load_config
from veille.errors import ConfigError


def test_defaults_come_from_the_packaged_file() -> None:
    assert load_config() == Config()


def test_file_overrides_and_unknown_keys_are_errors(tmp_path) -> None:
    good = tmp_path / "good.toml"
    good.write_text('db = "other.duckdb"\nbatch_size = 8\n', encoding="utf-8")
    assert load_config(good).db == "other.duckdb"
    bad = tmp_path / "bad.toml"
    bad.write_text("batchsize = 8\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="batchsize"):
        load_config(bad)
    with pytest.raises(ConfigError, match="must be int"):
        Config().override(batch_size="8")
