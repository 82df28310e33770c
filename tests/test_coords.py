"""Typed positions: decimal degrees, DMS and MGRS read and written (desktop/coords.py). Pure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import geo
from desktop.coords import (
    CoordinateError,
    format_all,
    format_decimal,
    format_dms,
    mgrs_of,
    parse_angle,
    parse_position,
    try_position,
)

KYIV = (30.5234, 50.4501)


@pytest.mark.parametrize(
    "text",
    [
        "50.4501, 30.5234",
        "50.4501 30.5234",
        "50.4501;30.5234",
        "50,4501 30,5234",
        "50.4501 N 30.5234 E",
        "50.4501N, 30.5234E",
        "N50.4501 E30.5234",
        "30.5234E 50.4501N",
        "50°27′00.36″N 30°31′24.24″E",
        "50°27'00.36\"N 30°31'24.24\"E",
        "50 27 00.36 N 30 31 24.24 E",
        "50°27.006'N 30°31.404'E",
        "50° 27.006′ 30° 31.404′",
    ],
)
def test_the_forms_planners_type_give_the_same_point(text: str) -> None:
    lon, lat = parse_position(text)
    assert geo.geodesic_km(lon, lat, *KYIV) < 0.001


def test_mgrs_is_read_at_the_centre_of_its_square() -> None:
    ref = mgrs_of(*KYIV)
    assert ref is not None and ref.startswith("36U UA ")
    lon, lat = parse_position(ref)
    assert geo.geodesic_km(lon, lat, *KYIV) < 0.0015  # a 1 m square
    assert parse_position(ref.replace(" ", "").lower()) == (lon, lat)
    # a 1 km reference: the middle of the square, within 710 m of any point in it
    lon, lat = parse_position(ref[:9] + " " + ref[13:15])
    assert geo.geodesic_km(lon, lat, *KYIV) < 0.71


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "no position"),
        ("Odesa", "is not part of a coordinate"),
        ("50.45", "give two coordinates"),
        ("91, 30", "latitude 91 is outside"),
        ("50, 181", "longitude 181 is outside"),
        ("50 61 N 30 E", "below 60"),
        ("30E 50E", "one latitude (N/S) and one longitude (E/W)"),
        ("36U UA 1234 567", "as many easting as northing digits"),
        ("36U ZZ 12345 67890", "is not"),
        ("-50 S 30 E", "negative number with S"),
    ],
)
def test_what_is_not_a_position_is_named(text: str, says: str) -> None:
    with pytest.raises(CoordinateError) as e:
        parse_position(text)
    assert says in str(e.value) and "\n" not in str(e.value)
    assert try_position(text) is None


def test_writing_the_three_forms() -> None:
    assert format_decimal(*KYIV) == "50.45010° N, 30.52340° E"
    assert format_dms(*KYIV) == "50°27′00.4″N 030°31′24.2″E"
    assert format_dms(-0.5, -33.25) == "33°15′00.0″S 000°30′00.0″W"
    text = format_all(*KYIV)
    assert text.count("·") == 2 and "MGRS 36U UA" in text
    assert mgrs_of(0, 89) is None


def test_one_angle_for_the_form_fields() -> None:
    assert parse_angle("50°27′N", "lat") == pytest.approx(50.45)
    assert parse_angle("-30.5", "lon") == -30.5
    with pytest.raises(CoordinateError, match="wrong hemisphere"):
        parse_angle("30E", "lat")
    with pytest.raises(CoordinateError, match="outside"):
        parse_angle("200", "lon")


@given(st.floats(30, 72), st.floats(-20, 60))  # the theatre and far around it
def test_what_is_written_reads_back(lat: float, lon: float) -> None:
    for text in (format_decimal(lon, lat, 7), format_dms(lon, lat), mgrs_of(lon, lat)):
        assert text is not None
        back = parse_position(text)
        assert geo.geodesic_km(*back, lon, lat) < 0.005, text  # DMS to a tenth of a second: 3 m
