"""Every error veille raises, with a code and a hint that says what to do."""

from __future__ import annotations


class VeilleError(Exception):
    """Base of veille's errors: ``code`` identifies it, ``hint`` says what to do."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}" + (f" ({self.hint})" if self.hint else "")


class InputError(VeilleError):
    """An input file or record that cannot be read as articles."""

    code = "E100"
    hint = "check the file format: .txt, .jsonl, .csv or .html"


class ConfigError(VeilleError):
    """A configuration value that is unknown or invalid."""

    code = "E200"
    hint = "see `veille --help` and default_config.toml for valid settings"


class PipelineError(VeilleError):
    """A pipeline that cannot be built: a stage's requirement is not met."""

    code = "E300"
    hint = "add the stage that assigns the missing layer before this one"


class StoreError(VeilleError):
    """The database cannot be opened or written."""

    code = "E400"
    hint = "is another veille process writing to the same database file?"


# Codes of per-input failures recorded in the failures table (the run goes on).
UNREADABLE = "E101"  # file cannot be opened or read
BAD_JSON = "E102"  # a JSON Lines line that is not a JSON object
BAD_ENCODING = "E103"  # not UTF-8; read as latin-1 (a warning, the article is kept)
EMPTY_TEXT = "E104"  # a record with no text
BAD_RECORD = "E105"  # a record without the required fields or with a bad date
UNSUPPORTED = "E106"  # a file whose extension veille does not read
CODING_FAILED = "E301"  # a stage raised on one article; the others go on

MESSAGES: dict[str, str] = {
    UNREADABLE: "cannot read the file",
    BAD_JSON: "invalid JSON line; each line must be one JSON object",
    BAD_ENCODING: "file is not UTF-8; read as latin-1",
    EMPTY_TEXT: "empty text; the record was skipped",
    BAD_RECORD: "record is missing a field or has an invalid value",
    UNSUPPORTED: "unsupported file type; use .txt, .jsonl, .csv or .html",
    CODING_FAILED: "coding the article failed; it is recorded and the run went on",
}

# What to do about each per-input failure: appended to its message.
HINTS: dict[str, str] = {
    UNREADABLE: "check that the path exists, is a regular file and can be read",
    BAD_JSON: "fix or remove that line; the other lines were read",
    BAD_ENCODING: "re-save the file as UTF-8 if accented letters look wrong",
    EMPTY_TEXT: "give the record a non-empty text (it may hold only boilerplate)",
    BAD_RECORD: "write dates as YYYY-MM-DD or YYYY-MM and give every record a text field",
    UNSUPPORTED: "rename or convert it to .txt, .jsonl, .csv or .html (optionally .gz)",
}
