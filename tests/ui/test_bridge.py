"""The bridge refuses what it does not understand and never half-applies (no page needed)."""

from __future__ import annotations

import json

import pytest

from desktop.ui.bridge import Bridge, BridgeError, Drop, Move, Msg, PageCall, parse_message


def msg(**d: object) -> str:
    return json.dumps(d)


def test_valid_messages_parse_to_typed_payloads() -> None:
    m = parse_message(msg(type="move", id="u-1", lat=50.1, lng=30.2, final=True))
    assert m == Move("u-1", 50.1, 30.2, True)
    d = parse_message(msg(type="drop", template="ad.patriot", lat=46.5, lng=30.7))
    assert isinstance(d, Drop) and d.template == "ad.patriot"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "JSON object"),
        (msg(type="launch"), "unknown message type"),
        (msg(lat=1, lng=2), "unknown message type"),
        (msg(type="move", id="u", lat=91, lng=0), "lat"),
        (msg(type="move", id="u", lat=10, lng=-181), "lng"),
        ('{"type": "move", "id": "u", "lat": NaN, "lng": 1}', "NaN"),
        ('{"type": "move", "id": "u", "lat": 1e400, "lng": 1}', "lat"),
        (msg(type="move", id="", lat=1, lng=1), "id"),
        (msg(type="move", id=5, lat=1, lng=1), "id"),
        (msg(type="move", id="u", lat="50", lng=1), "lat"),
        (msg(type="move", id="u", lat=True, lng=1), "lat"),
        (msg(type="move", id="u", lat=1, lng=1, final="yes"), "final"),
        (msg(type="drop", template="x" * 500, lat=1, lng=1), "template"),
        (msg(type="select", ids="u-1"), "ids"),
        (msg(type="draw", kind="circle", coordinates=[[1, 2], [3, 4]]), "kind"),
        (msg(type="draw", kind="area", coordinates=[[1, 2], [3, 4]]), "at least 3"),
        (msg(type="draw", kind="route", coordinates=[[1, 2], [3]]), "pair"),
        (msg(type="log", level="error", message=5), "message"),
    ],
)
def test_malformed_messages_are_refused_with_a_reason(text: str, needle: str) -> None:
    with pytest.raises(BridgeError) as e:
        parse_message(text)
    assert needle in str(e.value)


def test_bridge_refuses_unknown_ids_and_logs_once(qapp, caplog) -> None:
    b = Bridge()
    b.known_unit = lambda uid: uid == "u-1"
    got: list[object] = []
    b.on(Msg.MOVE, got.append)
    b.send(msg(type="move", id="u-2", lat=50, lng=30))
    b.send(msg(type="move", id="u-1", lat=50, lng=30))
    assert [type(p).__name__ for p in got] == ["Move"]
    assert b.refused_count == 1
    assert sum("unknown unit id" in r.getMessage() for r in caplog.records) == 1


def test_calls_are_queued_until_the_page_is_ready(qapp) -> None:
    b = Bridge()
    sent: list[str] = []
    b.toPage.connect(sent.append)
    b.call(PageCall.FIT_UKRAINE)
    b.call(PageCall.SET_SELECTION, ["a"])
    assert sent == []
    b.send(msg(type="ready"))
    assert [json.loads(s)["fn"] for s in sent] == ["fitUkraine", "setSelection"]
    b.call(PageCall.HIGHLIGHT, {"units": ["<img src=x onerror=alert(1)>"]})
    assert json.loads(sent[-1])["args"][0]["units"][0] == "<img src=x onerror=alert(1)>"


def test_every_message_type_has_a_payload_parser() -> None:
    from desktop.ui.bridge import PAYLOADS

    assert set(PAYLOADS) == set(Msg)
    for m, cls in PAYLOADS.items():
        assert cls.type is m
