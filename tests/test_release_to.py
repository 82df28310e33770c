"""``--release-to XX``: only the objects releasable to XX (plan-format.md ``releasable_to``), in
every output format, through the real command line; and release mode leaks no free text, no
mandate, US support, parameter or finding in any format."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from desktop import export, orbat
from desktop.cli import run
from desktop.model import Contribution, Geometry, Plan, Unit
from desktop.planfile import read_plan_file, write_plan_file
from desktop.release import (
    RELEASED_PLAN_NAME,
    is_releasable,
    parse_recipients,
    rel_to_marking,
    release_plan,
    release_to,
    set_plan_releasable_to,
)
from desktop.sample import sample_plan

ROOT = Path(__file__).resolve().parents[1]
SUFFIX = {"geojson": ".plan.geojson", "kml": ".kml", "kmz": ".kmz", "csv": ".csv", "html": ".html", "gpkg": ".gpkg",
          "xlsx": ".xlsx"}  # fmt: skip
#: Every format the export command writes, read back as text (png: tests/ui/test_release_print.py).
TEXT_FORMATS = [f for f in SUFFIX if f in (*export.FORMATS, "kmz")]


def _unit(uid: str, nation: str, lon: float, lat: float, strength: int, rel: list[str] | None = None) -> Unit:
    codes = tuple(rel) if rel is not None else None
    return Unit(uid, "land.combat", nation, Geometry.point(lon, lat), f"KESTREL-{uid}", strength, releasable_to=codes)


def coalition_plan() -> Plan:
    """Units and pledges of four nations with every kind of releasability; default: to GB."""
    units = (
        _unit("gb-1", "GB", 35.10, 48.40, 5100),  # plan default: GB only -> not to PL
        _unit("gb-2", "GB", 30.60, 50.40, 1200, ["PL"]),  # to PL
        _unit("fr-1", "FR", 32.20, 47.30, 2300, ["ALL"]),  # to everyone
        _unit("fr-2", "FR", 33.20, 47.90, 700, ["DE", "GB"]),  # not to PL
        _unit("pl-1", "PL", 24.00, 49.80, 900, ["DE"]),  # PL's own: always to PL
        _unit("de-1", "DE", 31.00, 49.40, 400),  # default (GB) -> not to PL
    )
    contributions = (
        Contribution("DE", "funding", 2_000_000_000.0, "NOTE-de-funding", {"releasable_to": ["PL"]}),
        Contribution("DE", "isr", None, "NOTE-de-isr"),
        Contribution("US", "isr", None, "NOTE-us-isr", {"releasable_to": ["ALL"]}),
    )
    plan = Plan(name="Coalition", classification="NATO RESTRICTED", units=units, contributions=contributions)
    return set_plan_releasable_to(plan, ["GB"])


TO_PL = {"gb-2", "fr-1", "pl-1"}
NOTES_TO_PL = {"NOTE-de-funding", "NOTE-us-isr"}


def test_releasability_follows_the_object_then_the_plan_then_its_own_nation() -> None:
    plan = coalition_plan()
    assert {u.id for u in plan.units if is_releasable(u, plan, "PL")} == TO_PL
    assert {u.id for u in plan.units if is_releasable(u, plan, "GB")} == {"gb-1", "gb-2", "fr-1", "fr-2", "de-1"}
    no_default = set_plan_releasable_to(plan, None)
    assert {u.id for u in no_default.units if is_releasable(u, no_default, "GB")} == {"gb-1", "gb-2", "fr-1", "fr-2"}


def test_release_to_keeps_exactly_what_is_releasable_and_marks_it() -> None:
    plan = coalition_plan()
    shown = release_to(plan, "PL")
    assert {u.id for u in shown.units} == TO_PL
    assert {c.note for c in shown.contributions} == NOTES_TO_PL
    assert shown.classification == "NATO RESTRICTED // REL TO PL"
    assert [g.kind for g in shown.geometries] == [g.kind for g in plan.geometries]
    both = release_to(plan, ("PL", "DE"))  # releasable to each of them
    assert {u.id for u in both.units} == {"fr-1", "pl-1"} and both.classification.endswith("REL TO PL, DE")
    assert plan == coalition_plan()  # pure


def test_parents_not_released_are_repointed_so_the_file_stays_valid(tmp_path: Path) -> None:
    """hq (GB, to PL) > bde (GB, not to PL) > bg (FR, to PL); de-1 under bde too."""
    plan = coalition_plan()
    units = {u.id: u for u in plan.units}
    tree = [
        orbat.with_parent(units["gb-1"], "gb-2"),
        units["gb-2"],
        orbat.with_parent(units["fr-1"], "gb-1"),
        orbat.with_parent(units["de-1"], "gb-1"),
        units["fr-2"],
        units["pl-1"],
    ]
    plan = replace(plan, units=tuple(tree))
    shown = release_to(plan, "PL")
    assert {u.id: orbat.parent_of(u) for u in shown.units} == {"gb-2": None, "fr-1": "gb-2", "pl-1": None}
    out = tmp_path / "pl.plan.geojson"
    write_plan_file(shown, out)
    assert read_plan_file(out) is not None  # a valid plan file (parents checked at the door)
    released = release_plan(shown)
    hq = next(u for u in released.units if u.nation == "GB")
    assert [orbat.parent_of(u) for u in released.units if u.nation == "FR"] == [hq.id]


def test_recipients_are_checked_codes() -> None:
    assert parse_recipients("pl, FR,pl") == ("PL", "FR")
    for bad in ("XX", "", "POL", "P1"):
        with pytest.raises(ValueError, match="--release-to"):
            parse_recipients(bad)
    assert rel_to_marking("", ["PL"]) == "REL TO PL"


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("relto") / "coalition.plan.geojson"
    write_plan_file(coalition_plan(), path)
    return path


def _export(plan_file: Path, fmt: str, out: Path, *extra: str) -> None:
    kml_as_kmz = fmt == "kmz" and "kmz" not in export.FORMATS  # a .kmz output of the kml format
    argv = ["export", str(plan_file), "--format", "kml" if kml_as_kmz else fmt, "-o", str(out), *extra]
    assert run(argv) == 0


def _text(path: Path) -> str:
    """Everything a reader of the file sees, as text (KMZ and XLSX members; GeoPackage via ogrinfo)."""
    if path.suffix == ".gpkg":
        r = subprocess.run(["ogrinfo", "-ro", "-al", str(path)], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        return r.stdout
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith((".kml", ".xml"))]
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in names)
    return path.read_bytes().decode("utf-8-sig")


def _names_in(text: str) -> set[str]:
    return {u.id for u in coalition_plan().units if f"KESTREL-{u.id}" in text}


def _notes_in(text: str) -> set[str]:
    return {c.note for c in coalition_plan().contributions if c.note in text}


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_every_format_drops_exactly_what_is_not_releasable(plan_file: Path, tmp_path: Path, fmt: str) -> None:
    everything = tmp_path / f"all{SUFFIX[fmt]}"
    out = tmp_path / f"pl{SUFFIX[fmt]}"
    _export(plan_file, fmt, everything)
    _export(plan_file, fmt, out, "--release-to", "PL")
    full, text = _text(everything), _text(out)
    assert "REL TO PL" in text and "REL TO" not in full
    if fmt == "xlsx":  # the ledger as a workbook: the pledges' notes released, nothing else
        assert _notes_in(text) == NOTES_TO_PL and _notes_in(full) > NOTES_TO_PL
        return
    if fmt == "csv":  # the ledger: one row per nation, troops of the released units only
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        troops = {r["code"]: int(r["troops"]) for r in rows if r["code"] != "TOTAL"}
        assert troops == {"GB": 1200, "FR": 2300, "PL": 900, "DE": 0, "US": 0}
        assert _notes_in(text) == NOTES_TO_PL
        return
    assert _names_in(full) == {u.id for u in coalition_plan().units}  # the check can see a unit
    assert _names_in(text) == TO_PL
    if fmt == "geojson":
        back = read_plan_file(out)
        assert {u.id for u in back.units} == TO_PL and _notes_in(text) == NOTES_TO_PL
    if fmt == "kml":
        ns = {"k": "http://www.opengis.net/kml/2.2"}
        placemarks = ET.parse(out).getroot().iterfind(".//k:Placemark/k:name", ns)
        assert {p.text for p in placemarks} >= {f"KESTREL-{i}" for i in TO_PL}


def test_release_to_combines_with_release(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "both.plan.geojson"
    _export(plan_file, "geojson", out, "--release-to", "PL", "--release")
    back = read_plan_file(out)
    assert back.classification == "NATO RESTRICTED // REL TO PL" and back.name == RELEASED_PLAN_NAME
    assert sorted(u.nation for u in back.units) == ["FR", "GB", "PL"]
    assert "KESTREL" not in out.read_text(encoding="utf-8")


def test_a_bad_recipient_is_one_line_and_writes_nothing(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    r = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", str(plan_file), "--format", "csv", "-o", str(out),
         "--release-to", "ZZ"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "ZZ" in r.stderr
    assert "Traceback" not in r.stderr and not out.exists()


# -- release mode leaks nothing -----------------------------------------------------------------

SECRETS = ("ORCHID-plan", "ORCHID-unit", "ORCHID-note", "ORCHID-site", "ORCHID-system", "ORCHID-aircraft")


def secret_plan() -> Plan:
    """The sample with free text everywhere, a peacekeeping mandate, full US support, parameters."""
    plan = sample_plan()
    units = tuple(
        replace(
            u,
            name=f"ORCHID-unit {i}",
            system=f"ORCHID-system {i}" if u.system else None,
            aircraft=f"ORCHID-aircraft {i}" if u.aircraft else None,
            roles=("ORCHID-role",),
            designation=f"ORCHID-designation {i}",
            extra={"comment": "ORCHID-extra"},
        )
        for i, u in enumerate(plan.units)
    )
    contributions = tuple(replace(c, note="ORCHID-note") for c in plan.contributions)
    return replace(
        plan,
        name="ORCHID-plan",
        mandate="peacekeeping",
        us_support="isr_air",
        parameters={"tripwire_km": 41, "min_troops": 12345},
        priority_sites=("Kyiv", "Odesa", {"name": "ORCHID-site", "lon": 30.1234, "lat": 50.4321}),
        units=units,
        contributions=contributions,
    )


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_release_mode_leaks_no_free_text_mandate_support_parameter_or_finding(tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "secret.plan.geojson"
    write_plan_file(secret_plan(), src)
    exact, released = tmp_path / f"exact{SUFFIX[fmt]}", tmp_path / f"rel{SUFFIX[fmt]}"
    _export(src, fmt, exact)
    _export(src, fmt, released, "--release")
    full, text = _text(exact), _text(released)
    assert "ORCHID" in full  # the check can see a leak
    assert "ORCHID" not in text
    for word in ("peacekeeping", "isr_air", "12345", "tripwire_km", "min_troops"):
        assert word not in text, word
    for rule in ("MANDATE-PEACEKEEPING", "US-DECLARED", "AIR-COVERAGE", "PROTECT-PRIORITIES"):
        assert rule not in text
    if fmt in ("kml", "kmz", "html"):
        assert "withheld" in text


def test_released_plan_of_the_secret_plan_states_no_withheld_member() -> None:
    released = release_plan(secret_plan())
    assert released.priority_sites == ("Kyiv", "Odesa")
    assert all(s not in repr(released) for s in SECRETS)
