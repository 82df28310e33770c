"""The map widget: a QWebEngineView on the offline page, with the bridge on a QWebChannel."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from desktop.ui.bridge import Bridge, Log
from desktop.ui.web import PAGE_URL, make_profile

log = logging.getLogger(__name__)


class MapPage(QWebEnginePage):
    """Keeps the page's console: errors are logged and kept for tests (qutebrowser's JSTester)."""

    consoleError = Signal(str)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.console: list[tuple[str, str]] = []

    def javaScriptConsoleMessage(
        self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str, line: int, source: str
    ) -> None:
        name = {
            QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel: "info",
            QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel: "warning",
            QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel: "error",
        }.get(level, "info")
        text = f"{source}:{line}: {message}"
        self.console.append((name, text))
        if name == "error":
            log.error("map page: %s", text)
            self.consoleError.emit(text)
        else:
            log.debug("map page %s: %s", name, text)


#: What a page of ours may not do (all off): reach remote or file URLs, run plugins or the PDF
#: viewer, open windows, read the clipboard, navigate on a drop.
_DENIED = (
    QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
    QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls,
    QWebEngineSettings.WebAttribute.PluginsEnabled,
    QWebEngineSettings.WebAttribute.PdfViewerEnabled,
    QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows,
    QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard,
    QWebEngineSettings.WebAttribute.NavigateOnDropEnabled,
)


class OfflineView(QWebEngineView):
    """A view of one of our pages in the offline profile (app:// only, no network), with one
    QWebChannel object ``name`` = ``channel_object``; ``interceptor.remote`` must stay empty.
    The map (:class:`MapView`) and the comparison (``compareview.CompareMapView``) are two."""

    def __init__(self, name: str, channel_object: QObject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile, self.scheme_handler, self.interceptor = make_profile(self)
        self.map_page = MapPage(self.profile, self)
        # The profile must outlive every page that uses it: make it the page's child, so it is
        # destroyed after the page whatever order the view and its children go in.
        self.profile.setParent(self.map_page)
        self.setPage(self.map_page)
        settings = self.map_page.settings()
        for attribute in _DENIED:
            settings.setAttribute(attribute, False)
        channel_object.setParent(self)
        self.channel = QWebChannel(self.map_page)
        self.channel.registerObject(name, channel_object)
        self.map_page.setWebChannel(self.channel)
        self._closed = False

    def console_errors(self) -> list[str]:
        return [t for lvl, t in self.map_page.console if lvl == "error"]

    def shutdown(self) -> None:
        """Delete the page (and with it its profile). Call it just before the view itself goes.

        Chromium warns and may crash when a profile is released while a page still uses it; and
        a view whose page was deleted makes a new default page when asked for one, so delete the
        view right after this.
        """
        if self._closed:
            return
        self._closed = True
        if shiboken6.isValid(self.map_page):
            self.map_page.setWebChannel(None)  # type: ignore[arg-type]  # Qt takes nullptr; the stub says no
            shiboken6.delete(self.map_page)


class MapView(OfflineView):
    """The map. ``bridge`` is the typed door to the page; ``interceptor.remote`` must stay empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        bridge = Bridge()
        super().__init__("bridge", bridge, parent)
        self.bridge = bridge
        self.bridge.on(Log, self._page_log)
        self.setAcceptDrops(True)

    def load_page(self) -> None:
        self.bridge.reset()
        self.load(PAGE_URL)

    def _page_log(self, payload: Log) -> None:
        if payload.level == "error":
            self.map_page.console.append(("error", f"page: {payload.message}"))
            log.error("map page reported: %s", payload.message)
        else:
            log.info("map page: %s", payload.message)
