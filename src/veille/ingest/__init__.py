"""Ingest: files in, ``Article`` records out (with a ``Failure`` for every input that went wrong).

Accepted formats, chosen by extension (case does not matter; any of them may be gzip-compressed
as ``name.jsonl.gz``):

``.txt``
    One article per file, UTF-8. An optional first-line prefix gives the publication date:
    ``date 2022-01-12`` or ``date 2022-01`` (a leading space is allowed, and the article text
    may go on after the date on the same line). ``ref`` is the file name without extension;
    no prefix means an unknown date; there is no title.
``.jsonl`` (also ``.ndjson``)
    One JSON object per line with ``text`` (required), ``id``, ``date``, ``title`` and optional
    ``url`` and ``source``. ``ref`` is ``id``, or ``<file stem>:<line>`` when there is none.
``.csv``
    A header row naming the same columns as JSON Lines (``text`` required, in any order); the
    separator is whichever of ``,`` ``;`` or tab the header uses most. Texts holding the
    separator or line breaks must be quoted, as spreadsheets do.
``.html`` / ``.htm``
    One web page per file: the main text is extracted with trafilatura (menus, footers and
    comments left out), title and date come from the page's metadata. ``ref`` is the stem.

``Article.origin`` is the file, with ``:line`` for JSON Lines and CSV (the line where the
record starts).

Dates may be ``YYYY-MM-DD``, ``YYYY-MM``, an ISO timestamp (``2022-01-12T10:00:00Z``: the
date part is kept as printed), ``YYYY/MM/DD`` or the French ``12/01/2022``. They become
``YYYY-MM-DD`` or ``YYYY-MM``.

Every text goes through :func:`clean_text`, which removes whole lines of boilerplate (bylines,
agency signatures, photo credits, "À lire aussi" teasers, "Publié le ... Mis à jour le ...",
sharing and subscription prompts, page furniture closing scraped pages) listed in the readable
lexicon ``boilerplate.tsv`` next to this module. It never cuts a line in two, so datelines
such as ``BRUXELLES (AFP) -`` stay. ``Article.id`` is derived from the cleaned text: the same
article read from two files has the same id, and the caller deduplicates.

Bad input never stops a run nor loses the good articles around it; it yields a ``Failure``
naming the file (and line) and saying what to do:

========  ==================================================================================
E101      the path cannot be read (missing, broken link, folder given to read_file, bad gzip)
E102      a JSON Lines line that is not one JSON object; the next lines are still read
E103      warning: the file is not UTF-8; it was read as Windows-1252/latin-1 and its
          articles are kept
E104      a record whose text is empty (or only boilerplate); it is skipped
E105      a record without a ``text`` field, an unreadable CSV row, or a bad date; a record
          with a bad date is KEPT without a date, and the warning carries its ``article_id``
E106      a file named explicitly whose extension is not one of the above
========  ==================================================================================

E103 is always a warning; any failure that carries an ``article_id`` is a warning about an
article that was kept.

When a folder is walked, hidden files and folders (``.name``) and files of other types
(``README.md``, images) are skipped without a failure (logged at INFO): folders of articles
usually hold such files, and flagging each one would bury the real failures.
"""

from __future__ import annotations

from veille.ingest.clean import clean_text
from veille.ingest.dates import normalise_date
from veille.ingest.readers import FIELDS, FORMATS, read_file, read_paths

__all__ = ["FIELDS", "FORMATS", "clean_text", "normalise_date", "read_file", "read_paths"]
