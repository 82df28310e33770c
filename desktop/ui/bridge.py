"""The one door between the map page (JavaScript) and Python.

Every message the page may send is listed in :class:`Msg` with a small payload dataclass;
:meth:`Bridge.send` (the only slot the page can call) parses the JSON, checks the payload
(types, finite coordinates in range, known ids, allowed kinds) and hands a typed payload to
the handler registered for it. A malformed, unknown or out-of-range message is logged once and
refused; nothing is half-applied.

Python talks to the page only through :meth:`Bridge.call` with a name from :class:`PageCall`
and JSON-serialisable arguments, carried as JSON text by the ``toPage`` signal; no JavaScript is
ever built from Python strings. Calls made before the page is ready are queued (Anki's
``_queueAction``) and flushed, in order, when the page says ``ready``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from desktop.pagemessages import (  # the messages themselves (pure); importers may take them from here
    MAX_ID_LENGTH,
    MAX_MESSAGE_BYTES,
    MAX_VERTICES,
    PAYLOADS,
    Activate,
    BridgeError,
    Context,
    Cursor,
    Delete,
    Draw,
    Drop,
    Log,
    Measure,
    Move,
    Msg,
    PageCall,
    Payload,
    Ready,
    Rendered,
    Select,
    View,
    parse_message,
    payload_fields,
)

__all__ = [
    "MAX_ID_LENGTH",
    "MAX_MESSAGE_BYTES",
    "MAX_VERTICES",
    "PAYLOADS",
    "Activate",
    "Bridge",
    "BridgeError",
    "Context",
    "Cursor",
    "Delete",
    "Draw",
    "Drop",
    "Log",
    "Measure",
    "Move",
    "Msg",
    "PageCall",
    "Payload",
    "Ready",
    "Rendered",
    "Select",
    "View",
    "parse_message",
    "payload_fields",
]

log = logging.getLogger(__name__)

P = TypeVar("P", bound=Payload)
#: A handler of one payload class (``on(Move, handler)``: ``handler(move: Move)``).
Handler = Callable[[P], None]


class Bridge(QObject):
    """The page's only object (``bridge`` in JavaScript)."""

    toPage = Signal(str)
    ready = Signal()
    refused = Signal(str)  # a message was refused: the reason, for the log and tests

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handlers: dict[Msg, list[Callable[[Any], None]]] = {}
        self._queue: list[str] = []
        self.is_ready = False
        self.refused_count = 0
        self.known_unit: Callable[[str], bool] = lambda _id: True
        self.known_template: Callable[[str], bool] = lambda _id: True

    # page -> Python ------------------------------------------------------------------------

    def on(self, kind: type[P], handler: Handler[P]) -> None:
        """Call ``handler(payload)`` for every valid message of this payload class: ``on(Move, f)``
        calls ``f(move)`` with a checked :class:`Move` (a :class:`Msg` is accepted too)."""
        msg = kind.type if isinstance(kind, type) else Msg(kind)
        self._handlers.setdefault(msg, []).append(handler)

    @Slot(str)
    def send(self, text: str) -> None:
        """The page's only entry point: one JSON message."""
        try:
            payload = parse_message(text)
            self._check_known(payload)
        except BridgeError as e:
            self._refuse(str(e))
            return
        if isinstance(payload, Ready):
            self._set_ready()
        for handler in self._handlers.get(payload.type, ()):
            handler(payload)

    def _check_known(self, payload: Payload) -> None:
        ids: tuple[str, ...] = ()
        if isinstance(payload, (Move, Activate)):
            ids = (payload.id,)
        elif isinstance(payload, Context):
            ids = () if payload.id is None else (payload.id,)
        elif isinstance(payload, (Select, Delete)):
            ids = payload.ids
        elif isinstance(payload, Draw) and payload.unit is not None:
            ids = (payload.unit,)
        for uid in ids:
            if not self.known_unit(uid):
                raise BridgeError(f"{payload.type.value}: unknown unit id {uid[:60]!r}")
        if isinstance(payload, Drop) and not self.known_template(payload.template):
            raise BridgeError(f"drop: unknown template {payload.template[:60]!r}")

    def _refuse(self, reason: str) -> None:
        self.refused_count += 1
        log.warning("bridge refused a message from the page: %s", reason)
        self.refused.emit(reason)

    # Python -> page ------------------------------------------------------------------------

    def call(self, fn: PageCall, *args: Any) -> None:
        """Call ``app.<fn>(*args)`` in the page, now or as soon as it is ready."""
        text = json.dumps({"fn": PageCall(fn).value, "args": list(args)}, allow_nan=False)
        if self.is_ready:
            self.toPage.emit(text)
        else:
            self._queue.append(text)

    def _set_ready(self) -> None:
        if self.is_ready:
            return
        self.is_ready = True
        queued, self._queue = self._queue, []
        for text in queued:
            self.toPage.emit(text)
        self.ready.emit()

    def reset(self) -> None:
        """The page is (re)loading: queue calls again until it says ready."""
        self.is_ready = False
