"""The window's language: Qt's translators for the catalogue of :mod:`desktop.i18n`.

The language is ``--lang``, else the one chosen in View › Language (kept in the user's settings),
else the system's. Qt's own dialogs (buttons, file dialogs) use the ``qtbase`` catalogue that
ships with Qt; Posture's strings use ``posture_<lang>.qm``, built from the ``.ts`` by the set-up
(``scripts/translations.py release``) or, when missing or older than the ``.ts``, at start into
the user's cache folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop import i18n

log = logging.getLogger(__name__)

SETTING = "language"
_installed: list[QTranslator] = []


def saved_language() -> str | None:
    value = QSettings("Posture", "Posture").value(SETTING)
    return value if isinstance(value, str) and value in i18n.LANGUAGES else None


def save_language(lang: str) -> None:
    QSettings("Posture", "Posture").setValue(SETTING, lang)


def _qm(lang: str) -> Path | None:
    """The compiled catalogue, built now when the set-up did not (or the .ts is newer)."""
    ts = i18n.catalogue_path(lang)
    if not ts.is_file():
        return None
    built = ts.with_suffix(".qm")
    if built.is_file() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    from platformdirs import user_cache_dir

    from desktop import APP_NAME

    # Named by the catalogue's content: two copies of Posture (two versions, two checkouts) never
    # load each other's build, whatever the files' times say.
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = Path(user_cache_dir(APP_NAME, appauthor=False)) / "i18n" / f"{built.stem}-{digest}.qm"
    if cached.is_file():
        return cached
    cached.parent.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    part = cached.with_name(f"{cached.stem}.{os.getpid()}.part.qm")  # built whole, then renamed
    try:
        subprocess.run(  # noqa: S603 (fixed arguments, our own files)
            [str(lrelease), "-silent", str(ts), "-qm", str(part)], check=True, capture_output=True, timeout=60
        )
        os.replace(part, cached)
    except (OSError, subprocess.SubprocessError) as e:
        log.warning("could not build the %s catalogue: %s", lang, e)
        return None
    return cached


def apply_language(lang: str | None) -> str:
    """Set the language of the core and of Qt (translators installed on the application)."""
    chosen = i18n.set_language(lang or saved_language())
    app = QCoreApplication.instance()
    for t in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Ukrainian if chosen == "uk" else QLocale.Language.English))
    if chosen == i18n.DEFAULT or app is None:
        return chosen
    qt = QTranslator()
    if qt.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator()
    path = _qm(chosen)
    if path is not None and ours.load(str(path)):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    return chosen


def in_language(lang: str, context: str, source: str) -> str:
    """``source`` in ``lang`` (not necessarily the window's): for the few messages that speak to
    the reader of the other language too (View › Language). The source itself in English."""
    if lang == i18n.DEFAULT:
        return source
    path = _qm(lang)
    t = QTranslator()
    if path is None or not t.load(str(path)):
        return source
    return t.translate(context, source) or source
