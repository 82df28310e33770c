"""The command line's own words in the planner's language: argparse's messages and help headings,
the operating system's error texts, and which language a command line asks for.

``--lang`` is read before the parser is built (:func:`language_asked`), so that ``--help`` and a
usage error are already in that language; :func:`argparse_in_language` routes argparse's own
texts ("usage:", "the following arguments are required: …", "invalid choice: …") through the
catalogue while the parser is built and used. Pure: no Qt.
"""

from __future__ import annotations

import argparse
import errno
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from desktop import i18n
from desktop.i18n import translate, translate_noop

#: argparse's texts (Python 3.11+) that a planner can meet, for the catalogue (context "argparse").
#: argparse formats them with ``%`` itself: the placeholders (``%s``, ``%(value)r``) stay.
ARGPARSE_TEXTS = (
    translate_noop("argparse", "usage: "),
    translate_noop("argparse", "positional arguments"),
    translate_noop("argparse", "options"),
    translate_noop("argparse", "show this help message and exit"),
    translate_noop("argparse", "argument %(argument_name)s: %(message)s"),
    translate_noop("argparse", "unrecognized arguments: %s"),
    translate_noop("argparse", "not allowed with argument %s"),
    translate_noop("argparse", "ignored explicit argument %r"),
    translate_noop("argparse", "the following arguments are required: %s"),
    translate_noop("argparse", "one of the arguments %s is required"),
    translate_noop("argparse", "expected one argument"),
    translate_noop("argparse", "expected at most one argument"),
    translate_noop("argparse", "expected at least one argument"),
    translate_noop("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    translate_noop("argparse", "unexpected option string: %s"),
    translate_noop("argparse", "invalid %(type)s value: %(value)r"),
    translate_noop("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    translate_noop("argparse", "%(prog)s: error: %(message)s\n"),
    translate_noop("argparse", "can't open '%(filename)s': %(error)s"),
)


def language_asked(argv: Sequence[str]) -> str | None:
    """The language ``--lang X`` / ``--lang=X`` asks for anywhere in ``argv`` (the last one wins),
    or None (the system's); an unknown value is left for the parser to refuse."""
    asked = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg.partition("=")[2]
        if (arg == "--lang" or arg.startswith("--lang=")) and value in i18n.LANGUAGES:
            asked = value
    return asked


def _argparse_text(text: str) -> str:
    return translate("argparse", text)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """argparse's own texts in the current language while the ``with`` block builds and runs a
    parser (argparse looks its ``_`` up at each call, so the module's is replaced, then restored)."""
    if i18n.language() == i18n.DEFAULT:
        yield
        return
    old: Callable[[str], str] = getattr(argparse, "_")  # noqa: B009 (the stubs do not declare it)
    setattr(argparse, "_", _argparse_text)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", old)  # noqa: B010


#: The operating system's error texts a planner meets, by errno (the C library speaks English).
_OS_ERRORS = {
    errno.ENOENT: translate_noop("OSError", "No such file or directory"),
    errno.EACCES: translate_noop("OSError", "Permission denied"),
    errno.EPERM: translate_noop("OSError", "Operation not permitted"),
    errno.EISDIR: translate_noop("OSError", "Is a directory"),
    errno.ENOTDIR: translate_noop("OSError", "Not a directory"),
    errno.ENOSPC: translate_noop("OSError", "No space left on device"),
    errno.EROFS: translate_noop("OSError", "Read-only file system"),
    errno.EEXIST: translate_noop("OSError", "File exists"),
    errno.ELOOP: translate_noop("OSError", "Too many levels of symbolic links"),
    errno.ENAMETOOLONG: translate_noop("OSError", "File name too long"),
    errno.EBUSY: translate_noop("OSError", "Device or resource busy"),
    errno.EIO: translate_noop("OSError", "Input/output error"),
}


def os_error_text(error: OSError) -> str:
    """What went wrong, as the system says it (its ``strerror``), in the current language."""
    text = _OS_ERRORS.get(error.errno or 0)
    if text is not None and i18n.language() != i18n.DEFAULT:
        return translate("OSError", text)
    return str(error.strerror or error)


#: The JSON parser's messages (Python's ``json``), for "not valid JSON (… at line 3, column 7)".
_JSON_ERRORS = (
    translate_noop("JSON", "Expecting value"),
    translate_noop("JSON", "Expecting ',' delimiter"),
    translate_noop("JSON", "Expecting ':' delimiter"),
    translate_noop("JSON", "Expecting property name enclosed in double quotes"),
    translate_noop("JSON", "Unterminated string starting at"),
    translate_noop("JSON", "Invalid \\uXXXX escape"),
    translate_noop("JSON", "Invalid \\escape"),
    translate_noop("JSON", "Invalid control character at"),
    translate_noop("JSON", "Extra data"),
    translate_noop("JSON", "Illegal trailing comma before end of object"),
    translate_noop("JSON", "Illegal trailing comma before end of array"),
)
_JSON_PATTERNS = (
    (
        re.compile(r"Invalid control character (?P<char>.+) at"),
        translate_noop("JSON", "Invalid control character {char} at"),
    ),
    (re.compile(r"Invalid \\escape: (?P<char>.+)"), translate_noop("JSON", "Invalid \\escape: {char}")),
)


def json_error_text(message: str) -> str:
    """The JSON parser's ``msg`` in the current language (unchanged when it is not known)."""
    if message in _JSON_ERRORS:
        return translate("JSON", message)
    for pattern, text in _JSON_PATTERNS:
        m = pattern.fullmatch(message)
        if m:
            return translate("JSON", text).format(**m.groupdict())
    return message


#: SQLite's messages a planner can meet in a refusal of the library (SQLite speaks English).
_SQLITE_ERRORS = (
    translate_noop("SQLite", "database disk image is malformed"),
    translate_noop("SQLite", "file is not a database"),
    translate_noop("SQLite", "database is locked"),
    translate_noop("SQLite", "database table is locked"),
    translate_noop("SQLite", "attempt to write a readonly database"),
    translate_noop("SQLite", "database or disk is full"),
    translate_noop("SQLite", "unable to open database file"),
    translate_noop("SQLite", "disk I/O error"),
    translate_noop("SQLite", "malformed database schema"),
)
_SQLITE_PATTERNS = (
    (re.compile(r"malformed database schema \((?P<name>.*)\)(?P<rest>.*)"),
     translate_noop("SQLite", "malformed database schema ({name}){rest}")),
    (re.compile(r"no such table: (?P<name>.+)"), translate_noop("SQLite", "no such table: {name}")),
    (re.compile(r"no such column: (?P<name>.+)"), translate_noop("SQLite", "no such column: {name}")),
    (re.compile(r"Could not decode to UTF-8 column '(?P<name>.+)' with text '(?P<text>.*)'"),
     translate_noop("SQLite", "Could not decode to UTF-8 column '{name}' with text '{text}'")),
)  # fmt: skip


def sqlite_error_text(message: str) -> str:
    """SQLite's (or the sqlite3 module's) message in the current language, unchanged in English
    and when it is not known."""
    if i18n.language() == i18n.DEFAULT:
        return message
    if message in _SQLITE_ERRORS:
        return translate("SQLite", message)
    for pattern, text in _SQLITE_PATTERNS:
        m = pattern.fullmatch(message)
        if m:
            return translate("SQLite", text).format(**m.groupdict())
    return message
