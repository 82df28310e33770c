"""Qt WebEngine plumbing: the ``app://`` scheme, the request interceptor, the offline profile.

Everything the page loads comes through :class:`AppSchemeHandler` from three roots:

- ``app://posture/<file>``          the project's own page (``desktop/resources``),
- ``app://posture/leaflet/<file>``  Leaflet from the installed ``xstatic-leaflet`` package,
- ``app://posture/milsymbol/<file>`` milsymbol.js from the npm package ``scripts/setup.sh`` installs,
- ``app://posture/qwebchannel.js``  from Qt's resources,
- ``app://posture/strings.js``      the pages' strings in the current language (desktop/pagetext.py).

:class:`OfflineInterceptor` blocks every request whose scheme is not ``app`` (and the few
internal ones Chromium needs) and remembers what it saw, so tests can prove the session made
no network request. :func:`register_scheme` must run before the ``QApplication`` exists.
"""

from __future__ import annotations

import logging
import mimetypes
import threading
from pathlib import Path

import xstatic.pkg.leaflet as xleaflet
from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from desktop import symbols

log = logging.getLogger(__name__)

SCHEME = b"app"
HOST = "posture"
PAGE_URL = QUrl(f"app://{HOST}/index.html")
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
LEAFLET_DIR = Path(xleaflet.BASE_DIR)

#: Schemes Chromium uses internally for a page with no network: allowed, never remote.
_INTERNAL_SCHEMES = frozenset({"app", "data", "blob", "about", "qrc"})

_MIME_OVERRIDES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".html": "text/html",
    ".geojson": "application/geo+json",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}

CSP = (
    "default-src 'none'; "
    "script-src app:; "
    "style-src app: 'unsafe-inline'; "  # Leaflet positions panes with inline styles
    "img-src app: data: blob:; "
    "connect-src app:; "
    "font-src app:; "
    "base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'"
)


def register_scheme() -> None:
    """Declare ``app://`` to Chromium. Call once, before the QApplication is created."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setDefaultPort(QWebEngineUrlScheme.SpecialPort.PortUnspecified.value)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed  # the page fetch()es its GeoJSON
    )
    QWebEngineUrlScheme.registerScheme(scheme)


def resolve_path(url_path: str) -> Path | None:
    """Map an ``app://posture/...`` path to a file under one of the allowed roots, or None."""
    rel = url_path.lstrip("/")
    head, _, rest = rel.partition("/")
    if head == "leaflet" and rest:
        base, rel = LEAFLET_DIR, rest
    elif head == "milsymbol" and rest:
        base, rel = symbols.milsymbol_dir(), rest
    else:
        base = RESOURCES
    try:
        target = (base / rel).resolve()
    except (OSError, ValueError):
        return None
    base = base.resolve()
    if base not in target.parents or not target.is_file():
        return None
    return target


def _qt_resource(name: str) -> bytes | None:
    f = QFile(name)
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        return bytes(f.readAll().data())
    finally:
        f.close()


class AppSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves the page, Leaflet and qwebchannel.js; refuses everything else with 404."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.served: list[str] = []

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        path = url.path()
        if url.host() != HOST:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        if path.lstrip("/") == "qwebchannel.js":
            data = _qt_resource(":/qtwebchannel/qwebchannel.js")
            mime = "text/javascript"
        elif path.lstrip("/") == "strings.js":  # the page's strings in the planner's language (text.js)
            from desktop.pagetext import strings_script

            data, mime = strings_script().encode("utf-8"), "text/javascript"
        elif path.startswith("/tiles/"):  # a planner's own base map, read from its tile file
            from desktop import tileset

            tile = tileset.serve(path)
            data, mime = tile if tile else (None, "")
        else:
            target = resolve_path(path)
            data = target.read_bytes() if target else None
            suffix = target.suffix if target else ""
            mime = _MIME_OVERRIDES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"
        if data is None:
            log.warning("app:// has no %s", path)
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self.served.append(path)
        buf = QBuffer(parent=job)  # lives exactly as long as the job
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buf)


#: Every blocked (non-local) request of every page of this process: stays empty for a session.
SESSION_REMOTE: list[str] = []
#: How many requests all pages of this process made.
SESSION_SEEN = [0]


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not ``app://`` (or Chromium-internal) and records all of them.

    ``remote`` lists the blocked URLs: it must stay empty for a whole session.
    Runs on Chromium's IO thread, hence the lock.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self.seen: list[str] = []
        self.remote: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        scheme = url.scheme().lower()
        text = url.toString()
        with self._lock:
            self.seen.append(text)
            SESSION_SEEN[0] += 1
            if scheme not in _INTERNAL_SCHEMES:
                self.remote.append(text)
                SESSION_REMOTE.append(text)
                info.block(True)
                log.error("blocked a non-local request: %s", text)


def make_profile(parent: QObject) -> tuple[QWebEngineProfile, AppSchemeHandler, OfflineInterceptor]:
    """An off-the-record profile (writes nothing to disk) serving ``app://``, with no network."""
    profile = QWebEngineProfile(parent)  # no storage name: off the record
    handler = AppSchemeHandler(parent)
    interceptor = OfflineInterceptor(parent)
    profile.installUrlSchemeHandler(SCHEME, handler)
    profile.setUrlRequestInterceptor(interceptor)
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setSpellCheckEnabled(False)
    return profile, handler, interceptor
