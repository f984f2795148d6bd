"""Readers that turn files into Article records, and failures into Failure records."""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from veille import errors
from veille.ingest.clean import clean_text, dateline_agency
from veille.ingest.dates import normalise_date
from veille.model import Article, Failure

log = logging.getLogger(__name__)

Item = Article | Failure

FORMATS: dict[str, str] = {
    ".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".html": "html", ".htm": "html",
}
FIELDS = ("id", "date", "title", "text", "url", "source")
# First line of a .txt file: " date 2022-01" or "date 2022-01-12", the text may follow.
_DATE_PREFIX = re.compile(
    r"\A[ \t]*date[ \t]*:?[ \t]*(\d{4}-\d{1,2}(?:-\d{1,2})?(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?|\d{1,2}/\d{1,2}/\d{4})"
    r"(?![\w-])[ \t]*\n?",
    re.IGNORECASE,
)
_CSV_FIELD_LIMIT = 64 * 1024 * 1024  # one article text may exceed csv's default of 128 kB


def read_paths(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> Iterator[Item]:
    """Articles and failures from files and folders (folders walked recursively, sorted)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield from read_file(path)


def read_file(path: str | os.PathLike[str]) -> Iterator[Item]:
    """Articles and failures from one file, read by its extension."""
    path = Path(path)
    if not path.exists():
        reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        yield _failure(str(path), errors.UNREADABLE, reason)
        return
    fmt, compressed = _format(path)
    if fmt is None:
        yield _failure(str(path), errors.UNSUPPORTED, f"extension {path.suffix or 'none'!r}")
        return
    if fmt == "jsonl":
        yield from _read_jsonl(path, compressed)
        return
    try:
        data = _read_bytes(path, compressed)
    except (OSError, EOFError) as exc:
        yield _failure(str(path), errors.UNREADABLE, _reason(exc))
        return
    if fmt == "html":
        yield from _read_html(path, data)
        return
    text, bad_line = _decode(data)
    if bad_line is not None:
        yield _failure(f"{path}:{bad_line}", errors.BAD_ENCODING, "first byte that is not UTF-8 is on this line")
    if fmt == "txt":
        yield from _read_txt(path, text)
    else:
        yield from _read_csv(path, text)


def _walk(folder: Path) -> Iterator[Item]:
    """Every readable file under folder in sorted order; hidden and unknown files are skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root, name)
            if _format(path)[0] is None:
                log.info("skipped %s: not a .txt, .jsonl, .csv or .html file", path)
                continue
            found.append(path)
    for path in sorted(found, key=lambda p: p.relative_to(folder).parts):
        yield from read_file(path)


def _format(path: Path) -> tuple[str | None, bool]:
    """The format a file is read as, and whether it is gzip-compressed."""
    name = path.name.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    return FORMATS.get(os.path.splitext(name)[1]), compressed


def _stem(path: Path) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return os.path.splitext(name)[0]


def _read_bytes(path: Path, compressed: bool) -> bytes:
    if compressed:
        with gzip.open(path, "rb") as fh:
            return fh.read()
    return path.read_bytes()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _decode(data: bytes) -> tuple[str, int | None]:
    """The text, and the line of the first byte that is not UTF-8 (None when all is UTF-8)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
    # Windows-1252 is what French files that are not UTF-8 almost always are (œ, €, ’);
    # latin-1 decodes the few bytes it leaves undefined.
    try:
        return data.decode("cp1252"), bad_line
    except UnicodeDecodeError:
        return data.decode("latin-1"), bad_line


def _failure(origin: str, code: str, detail: str, article_id: str | None = None,
             hint: str | None = None) -> Failure:
    """A failure whose message names the place, says what is wrong and what to do."""
    message = f"{origin}: {errors.MESSAGES[code]} ({detail}); {hint or errors.HINTS[code]}"
    return Failure(origin=origin, code=code, message=message, article_id=article_id)


def _article(raw: str, origin: str, ref: str, date: object = None, title: object = None,
             source: object = None, url: object = None, date_origin: str | None = None,
             ) -> Iterator[Item]:
    """The article made of a record's fields; a bad date is dropped with a warning."""
    text = clean_text(raw)
    if not text:
        detail = "the text is only boilerplate" if raw.strip() else "the text is empty"
        yield _failure(origin, errors.EMPTY_TEXT, detail)
        return
    article_id = Article.content_id(text)
    try:
        day = normalise_date(date)
    except (ValueError, TypeError) as exc:
        # The article is kept without a date: losing it would lose its events too.
        day = None
        yield _failure(date_origin or origin, errors.BAD_RECORD,
                       f"{exc}; the article was kept without a date",
                       article_id, "write the date as YYYY-MM-DD or YYYY-MM")
    yield Article(id=article_id, text=text, ref=ref, date=day, title=_optional(title),
                  source=_optional(source) or dateline_agency(text), url=_optional(url), origin=origin)


def _optional(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _read_txt(path: Path, text: str) -> Iterator[Item]:
    date: str | None = None
    m = _DATE_PREFIX.match(text.lstrip("\ufeff"))
    if m:
        date = m.group(1)
        text = text.lstrip("\ufeff")[m.end():]
    yield from _article(text, str(path), _stem(path), date=date, date_origin=f"{path}:1")


def _read_jsonl(path: Path, compressed: bool) -> Iterator[Item]:
    stem = _stem(path)
    warned = False
    number = 0
    try:
        with (gzip.open(path, "rb") if compressed else open(path, "rb")) as fh:
            for number, raw in enumerate(fh, start=1):
                origin = f"{path}:{number}"
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError:
                    line = _decode(raw)[0]
                    if not warned:
                        warned = True
                        yield _failure(origin, errors.BAD_ENCODING, "this line is not UTF-8")
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield _failure(origin, errors.BAD_JSON, f"{exc.msg.removesuffix(' at')}, column {exc.colno}")
                    continue
                if not isinstance(record, dict):
                    yield _failure(origin, errors.BAD_JSON, f"found a JSON {type(record).__name__}")
                    continue
                yield from _record(record, origin, stem, number)
    except (OSError, EOFError) as exc:
        where = f"{path}:{number + 1}" if number else str(path)
        yield _failure(where, errors.UNREADABLE, _reason(exc))


def _record(record: Mapping[str, object], origin: str, stem: str, number: int) -> Iterator[Item]:
    """The article of one JSON or CSV record."""
    text = record.get("text")
    if text is None and "text" not in record:
        yield _failure(origin, errors.BAD_RECORD, "no 'text' field")
        return
    if text is not None and not isinstance(text, str):
        yield _failure(origin, errors.BAD_RECORD, f"'text' is a {type(text).__name__}, not a string")
        return
    ref = _optional(record.get("id")) or f"{stem}:{number}"
    yield from _article(text or "", origin, ref, record.get("date"), record.get("title"),
                        record.get("source"), record.get("url"))


def _read_csv(path: Path, text: str) -> Iterator[Item]:
    header_line = text.split("\n", 1)[0]
    # French spreadsheets write ";" between fields: take the separator the header uses most.
    delimiter = max(",;\t", key=header_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    stem = _stem(path)
    old_limit = csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        try:
            header = [h.strip().lower() for h in next(reader)]
        except StopIteration:
            yield _failure(str(path), errors.EMPTY_TEXT, "the file is empty")
            return
        except csv.Error as exc:
            yield _failure(f"{path}:1", errors.BAD_RECORD, f"unreadable header: {exc}")
            return
        if "text" not in header:
            yield _failure(f"{path}:1", errors.BAD_RECORD, f"no 'text' column in the header {header}",
                           hint=f"the first row must name the columns: {', '.join(FIELDS)}")
            return
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield _failure(f"{path}:{start}", errors.BAD_RECORD, f"unreadable row: {exc}")
                if reader.line_num < start:  # the reader cannot move past it
                    break
                continue
            if not any(cell.strip() for cell in row):
                continue
            origin = f"{path}:{start}"
            if len(row) > len(header):
                yield _failure(origin, errors.BAD_RECORD,
                               f"{len(row)} fields where the header has {len(header)}",
                               hint=f"put the text between double quotes when it holds {delimiter!r}")
                continue
            yield from _record(dict(zip(header, row, strict=False)), origin, stem, start)
    finally:
        csv.field_size_limit(old_limit)


def _read_html(path: Path, data: bytes) -> Iterator[Item]:
    from trafilatura import extract

    origin = str(path)
    try:
        result = extract(data, output_format="json", with_metadata=True, include_comments=False,
                         include_tables=False)
    # A third-party parser on arbitrary pages may raise anything: recorded, the run goes on.
    except Exception as exc:  # noqa: BLE001
        yield _failure(origin, errors.UNREADABLE, f"HTML extraction failed: {type(exc).__name__}: {exc}")
        return
    if not result:
        yield _failure(origin, errors.EMPTY_TEXT, "no main text found in the page")
        return
    meta = json.loads(result)
    title = _optional(meta.get("title"))
    lines = [line.strip() for line in (meta.get("text") or "").split("\n")]
    # The extracted text repeats the headline as its first line; the text starts after it.
    if title and lines and " ".join(lines[0].split()).casefold() == title.casefold():
        lines = lines[1:]
    text = "\n\n".join(line for line in lines if line)
    yield from _article(text, origin, _stem(path), meta.get("date"), title,
                        meta.get("sitename") or meta.get("source-hostname") or meta.get("hostname"),
                        meta.get("source"))


__all__ = ["FIELDS", "FORMATS", "read_file", "read_paths"]
