"""desktop.export: the plan file, KML/KMZ, the CSV ledger and the HTML page (docs/cli.md), their
release mode, hostile planner text, atomic writes, progress and cancelling, and the CLI.

The HTML page in a real browser: tests/test_export_html.py.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
import struct
import subprocess
import urllib.parse
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

with warnings.catch_warnings():  # fastkml warns at import that lxml (pretty printing) is missing
    warnings.simplefilter("ignore", UserWarning)
    from fastkml import kml as fkml

from db import Library
from desktop import catalogue, symbols
from desktop.cli import run
from desktop.export import FORMATS, WRITERS, ExportCancelled, ExportError, export_plan, with_symbol_codes
from desktop.exporters import htmlmap, kml, ledger, raster
from desktop.model import Contribution, Geometry, Plan, PlanGeometry, Unit
from desktop.planfile import plan_to_text, read_plan_file
from desktop.release import release_plan
from desktop.sample import sample_plan

DATA = Path(__file__).resolve().parent / "data" / "export"
NS = "{http://www.opengis.net/kml/2.2}"
SUFFIX = {
    "geojson": ".plan.geojson", "kml": ".kml", "kmz": ".kmz", "gpkg": ".gpkg", "csv": ".csv", "html": ".html",
    "xlsx": ".xlsx",
}  # fmt: skip

#: Planner text that must come out as text everywhere (tests/data/export/hostile_names.json).
HOSTILE: list[str] = json.loads((DATA / "hostile_names.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample() -> Plan:
    return sample_plan()


def hostile_plan() -> Plan:
    """The sample plan with every unit, the plan, its marking and its notes named hostilely."""
    base = sample_plan()
    units = tuple(replace(u, name=HOSTILE[i % len(HOSTILE)]) for i, u in enumerate(base.units))
    notes = tuple(replace(c, note=HOSTILE[i % len(HOSTILE)]) for i, c in enumerate(base.contributions))
    extra = (
        Contribution("PL", "equipment", 1000.0, '=HYPERLINK("http://x","click")'),
        Contribution("SE", "logistics", None, "+1+2"),
        Contribution("FI", "training", None, "-3"),
        Contribution("DK", "isr", None, "@SUM(A1:A2)"),
        Contribution("NO", "logistics", None, "\t=1+1"),
    )
    return replace(
        base,
        name="<script>alert(1)</script> ${window.__pwned=1} `x`",
        classification="<img src=x onerror=window.__pwned=1>",
        units=units,
        contributions=notes + extra,
    )


def _out(tmp_path: Path, fmt: str, stem: str = "out") -> Path:
    return tmp_path / f"{stem}{SUFFIX[fmt]}"


def _texts(path: Path) -> str:
    """Everything an export wrote, as one text: the file, its KMZ members, its icon folder."""
    if path.suffix == ".gpkg":  # what GDAL reads from it: every attribute, coordinate and metadata item
        done = subprocess.run(["ogrinfo", "-ro", "-al", str(path)], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    out = [path.read_bytes().decode("utf-8-sig")]
    icons = path.parent / kml.icon_folder_name(path)
    if path.suffix == ".kml" and icons.is_dir():
        out += [p.read_bytes().decode("latin-1") for p in sorted(icons.iterdir())]
    return "\n".join(out)


# -- every format ---------------------------------------------------------------------------------


def test_every_format_has_a_writer() -> None:
    assert set(WRITERS) == set(FORMATS) >= {"geojson", "kml", "gpkg", "csv", "html"}


def test_unknown_format_is_refused(sample: Plan, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="one of geojson, kml, kmz, gpkg, csv"):
        export_plan(sample, "pdf", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_geojson_export_writes_a_symbol_code_for_every_unit(tmp_path: Path) -> None:
    out = _out(tmp_path, "geojson")
    assert run(["export", str(Path(__file__).parent / "data" / "example.plan.geojson"), "--format", "geojson",
                "-o", str(out)]) == 0  # fmt: skip
    doc = json.loads(out.read_text(encoding="utf-8"))
    codes = {f["id"]: f["properties"].get("sidc") for f in doc["features"] if "." in f["properties"]["kind"]}
    assert codes and all(isinstance(c, str) and len(c) == 20 for c in codes.values()), codes
    assert codes["u-1"][8:10] == "18"  # 5,000 troops: a brigade's echelon


def test_geojson_round_trip(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "geojson")
    export_plan(sample, "geojson", out)
    assert plan_to_text(read_plan_file(out)) == plan_to_text(sample)


# -- KML ------------------------------------------------------------------------------------------


def _placemarks(root: ET.Element) -> list[ET.Element]:
    return list(root.iter(f"{NS}Placemark"))


def _data(pm: ET.Element) -> dict[str | None, str | None]:
    typed = {d.get("name"): d.text for d in pm.iter(f"{NS}SimpleData")}
    return typed or {d.get("name"): d.findtext(f"{NS}value") for d in pm.iter(f"{NS}Data")}


def _folder_names(root: ET.Element) -> list[str]:
    return [f.findtext(f"{NS}name") or "" for f in root.iter(f"{NS}Folder")]


def _ring_units(plan: Plan) -> list[Unit]:
    return [u for u in plan.units if kml.has_ring(u)]


def test_kml_has_a_placemark_per_unit_in_domain_folders(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "kml")
    export_plan(sample, "kml", out)
    root = ET.parse(out).getroot()
    doc = root.find(f"{NS}Document")
    assert doc is not None and doc.findtext(f"{NS}name") == sample.name
    assert "Troops in the phase" in (doc.findtext(f"{NS}description") or "")
    assert _folder_names(root) == ["Land", "Air", "Maritime", "Range rings", "Contact line and occupied area"]
    folders = {f.findtext(f"{NS}name"): f for f in root.iter(f"{NS}Folder")}
    for folder, domain in (("Land", "land"), ("Air", "air"), ("Maritime", "maritime")):
        names = [p.findtext(f"{NS}name") for p in folders[folder].iter(f"{NS}Placemark")]
        assert names == [u.name for u in sample.units if u.domain == domain]
    rings = [p.findtext(f"{NS}name") or "" for p in folders["Range rings"].iter(f"{NS}Placemark")]
    assert len(rings) == len(_ring_units(sample)) == 12
    assert all(r.startswith(u.name) for r, u in zip(rings, _ring_units(sample), strict=True))
    styles = [p.findtext(f"{NS}styleUrl") for p in folders["Contact line and occupied area"].iter(f"{NS}Placemark")]
    assert styles == ["#contact-line", "#occupied-area"]


def test_kml_extended_data_holds_every_field(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "kml")
    export_plan(sample, "kml", out)
    root = ET.parse(out).getroot()
    by_id = {}
    for pm in _placemarks(root):
        data = _data(pm)
        if "unit_id" in data:
            by_id[data["unit_id"]] = data
    assert set(by_id) == {u.id for u in sample.units}
    sampt = by_id["fr-sampt-dnipro"]
    assert sampt["kind"] == "air.defence" and sampt["nation"] == "FR" and sampt["nation_name"] == "France"
    assert sampt["strength"] == "120" and sampt["system"] == "SAMP/T" and sampt["range_km"] == "100"
    assert sampt["sidc"] == symbols.sidc_of(sample.unit("fr-sampt-dnipro"))
    rafale = by_id["fr-rafale-cap"]
    assert (rafale["aircraft"], rafale["generation"], rafale["count"]) == ("Dassault Rafale", "4.5", "12")
    assert by_id["gb-armd-bde"]["phases"] == "ceasefire,settlement"
    assert by_id["tr-frigates"]["ships"] == "3"


def test_kml_routes_and_areas_keep_their_geometry(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "kml")
    export_plan(sample, "kml", out)
    root = ET.parse(out).getroot()
    route = next(p for p in _placemarks(root) if p.findtext(f"{NS}name") == sample.unit("tr-frigates").name)
    multi = route.find(f"{NS}MultiGeometry")
    assert multi is not None
    assert multi.findtext(f"{NS}Point/{NS}coordinates") == "30.9,46.2"
    line = multi.findtext(f"{NS}LineString/{NS}coordinates") or ""
    assert line.split() == ["30.9,46.2", "31.3,45.85", "30.75,45.45", "30.1,45.05", "30.6,44.7"]


def test_kml_icons_are_the_app_symbols_as_png_files_beside_it(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "kml", "posture map")
    export_plan(sample, "kml", out)
    root = ET.parse(out).getroot()
    hrefs = {s.get("id"): s.findtext(f"{NS}IconStyle/{NS}Icon/{NS}href") for s in root.iter(f"{NS}Style")}
    icon_hrefs = {k: v for k, v in hrefs.items() if v}
    assert len(icon_hrefs) == len(symbols.symbols_for(sample.units))
    for href in icon_hrefs.values():
        assert href.startswith("posture%20map_files/") and href.endswith(".png")  # a URL: escaped
        png = (tmp_path / urllib.parse.unquote(href)).read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
    used = {p.findtext(f"{NS}styleUrl") for p in _placemarks(root)}
    assert {f"#{k}" for k in icon_hrefs} <= used


def test_kmz_holds_the_document_and_its_icons(sample: Plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.kmz"
    export_plan(sample, "kml", out)
    assert list(tmp_path.iterdir()) == [out]  # no icon folder beside a KMZ
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert names[0] == "doc.kml"
        root = ET.fromstring(z.read("doc.kml"))
        hrefs = [h.text for h in root.iter(f"{NS}href")]
        assert hrefs and all(h in names and z.read(h).startswith(b"\x89PNG") for h in hrefs)


def test_kml_parses_with_fastkml_and_finds_every_unit(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "kml")
    export_plan(sample, "kml", out)
    doc = fkml.KML.from_string(out.read_bytes())
    document = doc.features[0]
    assert document.name == sample.name
    folders = {f.name: f for f in document.features}
    placemarks = [p for f in folders.values() for p in f.features]
    extras = len(_ring_units(sample)) + len(sample.geometries)
    assert len(placemarks) == len(sample.units) + extras
    unit_names = [p.name for name in ("Land", "Air", "Maritime") for p in folders[name].features]
    assert sorted(unit_names) == sorted(u.name for u in sample.units)


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo is not installed (apt gdal-bin)")
@pytest.mark.parametrize("suffix", [".kml", ".kmz"])
def test_kml_opens_in_gdal(sample: Plan, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"plan{suffix}"
    export_plan(sample, "kml", out)
    done = subprocess.run(["ogrinfo", "-ro", "-al", "-q", str(out)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    features = re.findall(r"^OGRFeature\((.+)\):\d+$", done.stdout, flags=re.M)
    counts = {layer: features.count(layer) for layer in dict.fromkeys(features)}
    assert counts == {
        "Land": 10,
        "Air": 14,
        "Maritime": 4,
        "Range rings": len(_ring_units(sample)),
        "Contact line and occupied area": 2,
    }
    names = re.findall(r"^  Name \(String\) = (.*)$", done.stdout, flags=re.M)
    assert set(u.name for u in sample.units) <= set(names)
    # A KML declares its ExtendedData in a typed Schema; GDAL reads no SchemaData from a KMZ, so
    # the KMZ has untyped Data (strings).
    typed = suffix == ".kml"
    strength, range_km = ("Integer", "Real") if typed else ("String", "String")
    assert f"  strength ({strength}) = 5000" in done.stdout and f"  range_km ({range_km}) = 100" in done.stdout


def test_kml_hostile_names_come_back_as_the_same_text(tmp_path: Path) -> None:
    plan = hostile_plan()
    out = _out(tmp_path, "kml")
    export_plan(plan, "kml", out)
    raw = out.read_text(encoding="utf-8")
    assert "<script" not in raw and "<img" not in raw
    root = ET.fromstring(raw)
    doc = root.find(f"{NS}Document")
    assert doc is not None and doc.findtext(f"{NS}name") == plan.name
    names = [p.findtext(f"{NS}name") for f in root.iter(f"{NS}Folder") for p in f.iter(f"{NS}Placemark")]
    for u in plan.units:
        assert u.name in names
    # Google Earth reads a description as HTML: planner text in it is HTML-escaped.
    for pm in _placemarks(root):
        description = pm.findtext(f"{NS}description") or ""
        assert "<script" not in description and "<img" not in description
    assert fkml.KML.from_string(raw.encode("utf-8")).features[0].name == plan.name


def test_kml_without_a_phase_list_or_optional_fields(tmp_path: Path) -> None:
    plan = Plan(units=(Unit("a", "land.hq", "GB", Geometry.point(30.5, 50.4)),))
    out = _out(tmp_path, "kml")
    export_plan(plan, "kml", out)
    pm = _placemarks(ET.parse(out).getroot())[0]
    assert pm.findtext(f"{NS}name") == "GB land.hq"
    data = _data(pm)
    assert "phases" not in data and "system" not in data and data["strength"] == "0"


# -- the symbol rasteriser (resvg) ------------------------------------------------------------------


def _decode_png(data: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """Width, height and RGBA pixels of an 8-bit RGBA PNG (every row filter undone)."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    w, h = struct.unpack(">II", data[16:24])
    assert data[24:26] == b"\x08\x06", "8-bit RGBA"
    idat = b""
    p = 8
    while p < len(data):
        n = struct.unpack(">I", data[p : p + 4])[0]
        if data[p + 4 : p + 8] == b"IDAT":
            idat += data[p + 8 : p + 8 + n]
        p += 12 + n
    raw, stride, prev, pixels = zlib.decompress(idat), w * 4, bytearray(w * 4), []
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a, b, c = (line[i - 4] if i >= 4 else 0), prev[i], (prev[i - 4] if i >= 4 else 0)
            if f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            else:
                pred = (0, a, b, (a + b) // 2)[f]
            line[i] = (line[i] + pred) & 0xFF
        pixels += [tuple(line[x : x + 4]) for x in range(0, stride, 4)]
        prev = line
    return w, h, pixels


@pytest.mark.parametrize("kind", list(catalogue.kinds()))
def test_every_kind_rasterises_with_its_frame_colour_and_nation(kind: str) -> None:
    sym = symbols.render(catalogue.default_sidc(kind), "GB")
    png = raster.svg_to_png(sym.svg, 2.0)
    assert png is not None
    w, h, pixels = _decode_png(png)
    assert (w, h) == (round(sym.width * 2), round(sym.height * 2))
    friend_blue = sum(1 for px in pixels if px[3] == 255 and px[:3] == (128, 224, 255))
    black = sum(1 for px in pixels if px[3] > 200 and max(px[:3]) < 40)
    transparent = sum(1 for px in pixels if px[3] == 0)
    assert friend_blue > 200 and black > 100 and transparent > 0.2 * len(pixels)


def test_nation_marking_is_drawn_beside_the_frame() -> None:
    code = catalogue.default_sidc("sea.mcm")
    with_mark, without = symbols.render(code, "GB"), symbols.render(code, "")
    assert with_mark.width > without.width and ">GB</text>" in with_mark.svg and "GB" not in without.svg
    png = raster.svg_to_png(with_mark.svg, 2.0)
    assert png is not None
    w, _h, pixels = _decode_png(png)
    # dark text pixels right of the frame, where the marking stands
    right = [px for i, px in enumerate(pixels) if (i % w) > without.width * 2 and px[3] > 200 and max(px[:3]) < 60]
    assert len(right) > 40


def test_unreadable_svg_is_none() -> None:
    assert raster.svg_to_png("not svg") is None


# -- CSV ledger ------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_ledger_has_one_row_per_nation_and_a_total(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "csv")
    export_plan(sample, "csv", out)
    rows = _read_csv(out)
    assert list(rows[0]) == list(ledger.COLUMNS)
    nations, total = rows[:-1], rows[-1]
    assert sorted(r["code"] for r in nations) == sample.nations()
    assert total["code"] == "TOTAL"
    for col in ("troops", "land_units", "air_units", "maritime_units", "aircraft", "ships", "ad_batteries"):
        assert int(total[col]) == sum(int(r[col]) for r in nations), col
    assert int(total["troops"]) == 21330
    troops = [int(r["troops"]) for r in nations]
    assert troops == sorted(troops, reverse=True)
    gb = next(r for r in nations if r["code"] == "GB")
    assert (gb["nation"], gb["group"], gb["share_pct"]) == ("United Kingdom", "core", "27.5")
    de = next(r for r in nations if r["code"] == "DE")
    assert de["funding_eur"] == "2500000000" and de["funding_pledges"] == "1"
    assert de["pledge_notes"] == "funding: air defence and ISR procurement"
    assert {r["phase"] for r in rows} == {"ceasefire"} and {r["profile"] for r in rows} == {"ecfr"}
    assert {r["release"] for r in rows} == {"no"}


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("-3", "'-3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("plain = text", "plain = text"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised(text: str, cell: str) -> None:
    assert ledger.neutralise(text) == cell


def test_ledger_neutralises_every_text_cell(tmp_path: Path) -> None:
    plan = hostile_plan()
    out = _out(tmp_path, "csv")
    export_plan(plan, "csv", out)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    for row in rows:
        for cell in row:
            assert not cell.startswith(ledger.FORMULA_STARTS), cell
    pl = next(r for r in rows if r[0] == "PL")
    assert 'equipment: =HYPERLINK("http://x","click")' in pl[ledger.COLUMNS.index("pledge_notes")]
    assert rows[1][ledger.COLUMNS.index("plan")] == plan.name
    assert rows[1][ledger.COLUMNS.index("classification")] == plan.classification
    # A plan name or marking that starts like a formula is shown as text.
    export_plan(replace(plan, name="=cmd|' /C calc'!A0", classification="@SECRET"), "csv", out)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert {r[ledger.COLUMNS.index("plan")] for r in rows[1:]} == {"'=cmd|' /C calc'!A0"}
    assert {r[ledger.COLUMNS.index("classification")] for r in rows[1:]} == {"'@SECRET"}


# -- HTML (static checks; the browser test is in test_export_html.py) -------------------------------


def _page_json(page: str) -> dict:  # type: ignore[type-arg]
    """The plan data the exported page carries (never run: a JSON script element)."""
    m = re.search(r'<script type="application/json" id="posture-data">(.*?)</script>', page, re.S)
    assert m, "no plan data in the page"
    return json.loads(m.group(1))  # type: ignore[no-any-return]


def test_html_is_self_contained(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "html")
    export_plan(sample, "html", out)
    page = out.read_text(encoding="utf-8")
    assert re.findall(r"https?://", page) == []
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|@import|url\((?!data:|#)", page)
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src 'none'" in page
    assert "L.version" in page or "Leaflet" in page  # Leaflet inlined
    for name in ("jquery", "bootstrap", "font-awesome", "awesome-markers"):
        assert name not in page.lower()
    assert out.stat().st_size < 2_000_000  # Leaflet, milsymbol.js (0.86 MB) and the simplified base map


def test_html_carries_title_banner_units_and_attribution(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "html")
    export_plan(sample, "html", out)
    page = out.read_text(encoding="utf-8")
    assert f"<title>{sample.name} — posture map</title>" in page
    assert page.count("UNCLASSIFIED // ILLUSTRATIVE SAMPLE") == 2  # banner top and bottom
    data = _page_json(page)
    assert [u["name"] for u in data["units"]] == [u.name for u in sample.units]
    # every unit travels with its full code; the page draws it with the one engine (symbols.js)
    assert [u["sidc"] for u in data["units"]] == [symbols.sidc_of(u) for u in sample.units]
    assert "PostureSymbols" in page and "milsymbol" in page
    assert "OpenStreetMap contributors" in page  # basemap.js's attribution, shown by the page
    for layer in ("Land units", "Air units", "Maritime units", "Range rings", "Contact line and occupied area"):
        assert f'"{layer}"' in page


def test_html_is_the_same_for_the_same_plan(sample: Plan, tmp_path: Path) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    export_plan(sample, "html", a)
    export_plan(sample, "html", b)
    assert a.read_bytes() == b.read_bytes()


def test_html_hostile_text_never_becomes_markup(tmp_path: Path) -> None:
    plan = hostile_plan()
    out = _out(tmp_path, "html")
    export_plan(plan, "html", out)
    page = out.read_text(encoding="utf-8")
    for needle in ("<script>alert", "<img src=x", "</script><script>", "<svg onload"):
        assert needle not in page
    assert re.findall(r"https?://", page) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # title and title bar: escaped text
    data = _page_json(page)
    assert {u["name"] for u in data["units"]} == {u.name for u in plan.units}  # the exact text


def test_characters_xml_forbids_are_replaced_everywhere(tmp_path: Path) -> None:
    base = sample_plan()
    odd = "bell\x07 nul\x00 lone\ud800 ok"
    plan = replace(base, name=odd, units=(replace(base.units[0], name=odd), *base.units[1:]))
    for fmt in ("kml", "csv", "html"):
        out = _out(tmp_path, fmt)
        export_plan(plan, fmt, out)
        text = out.read_bytes().decode("utf-8-sig")
        assert "bell\ufffd nul\ufffd lone\ufffd ok" in text
    ET.parse(_out(tmp_path, "kml"))  # well-formed
    with pytest.raises(ExportError, match="not valid Unicode"):
        export_plan(plan, "geojson", _out(tmp_path, "geojson"))  # the exchange file is not altered
    assert not _out(tmp_path, "geojson").exists()


def test_json_for_script_cannot_close_the_script() -> None:
    text = htmlmap.json_for_script({"a": "</script><!--\u2028&"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!--\u2028&"}


# -- release mode ---------------------------------------------------------------------------------


def _forms(name: str) -> set[str]:
    """A name as each format may write it: itself, XML/HTML-escaped (once and twice: KML
    descriptions), and escaped for a script."""
    once = html.escape(name, quote=False)
    return {name, once, html.escape(once, quote=False), htmlmap.json_for_script(name)[1:-1]}


def _number_pattern(text: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\d.])" + re.escape(text) + r"(?![\d])")


def exact_traces(plan: Plan) -> tuple[set[str], set[str]]:
    """The unit names, and every coordinate of every unit written as code would write it: the
    float's own repr (when it has 2 decimals or more: ``30.7`` is also a pixel offset) and 3 to 6
    decimals."""
    names = {u.name for u in plan.units if u.name}
    numbers: set[str] = set()
    for u in plan.units:
        for lon, lat in u.geometry.positions():
            for v in (lon, lat):
                if len(repr(v).partition(".")[2]) >= 2:
                    numbers.add(repr(v))
                numbers.update(f"{v:.{p}f}" for p in (3, 4, 5, 6))
    return names, numbers


def random_plan() -> Plan:
    """Units at exact positions (6 decimals) with long unique names, all kinds and geometries."""
    sample = sample_plan()
    units = []
    for i, u in enumerate(sample.units):
        dlon, dlat = 0.123457 + i * 0.001013, -0.098761 + i * 0.000917
        units.append(
            replace(u, name=f"Unit {i:02d} codename KESTREL-{i * 7919:06d}", geometry=u.geometry.translated(dlon, dlat))
        )
    return replace(sample, units=tuple(units))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("plan_of", [sample_plan, random_plan], ids=["sample", "exact"])
def test_release_leaves_no_name_and_no_exact_position(fmt: str, plan_of: type, tmp_path: Path) -> None:
    plan = plan_of()
    out = _out(tmp_path, fmt, "released")
    export_plan(plan, fmt, out, release=True)
    text = _texts(out)
    # What the release of the same plan without units holds (the page's base map, the contact
    # line snapped to its 0.25° grid, which a unit on the grid can share) says nothing of units.
    empty = _out(tmp_path, fmt, "empty")
    export_plan(replace(plan, units=()), fmt, empty, release=True)
    baseline = _texts(empty)
    names, numbers = exact_traces(plan)
    leaked_names = [n for n in names if any(f in text for f in _forms(n))]
    leaked = [n for n in numbers if _number_pattern(n).search(text) and not _number_pattern(n).search(baseline)]
    assert leaked_names == [] and leaked == []
    # ...while the exact export does show them (the check can see a leak).
    exact = _out(tmp_path, fmt, "exact")
    export_plan(plan, fmt, exact)
    exact_text = _texts(exact)
    if fmt != "csv":  # the ledger has no names or positions at all
        assert all(any(f in exact_text for f in _forms(n)) for n in names)
        assert any(_number_pattern(n).search(exact_text) for n in numbers)


def test_release_is_the_released_plan(sample: Plan, tmp_path: Path) -> None:
    out = _out(tmp_path, "geojson")
    export_plan(sample, "geojson", out, release=True)
    assert out.read_text(encoding="utf-8") == plan_to_text(with_symbol_codes(release_plan(sample)))
    rows = None
    csv_out = _out(tmp_path, "csv")
    export_plan(sample, "csv", csv_out, release=True)
    rows = _read_csv(csv_out)
    assert {r["release"] for r in rows} == {"yes"}
    assert all(int(r["troops"]) % 10 == 0 for r in rows)
    assert all(r["pledge_notes"] == "" for r in rows)


def test_released_kml_and_html_state_it(sample: Plan, tmp_path: Path) -> None:
    k, h = tmp_path / "r.kml", tmp_path / "r.html"
    export_plan(sample, "kml", k, release=True)
    export_plan(sample, "html", h, release=True)
    root = ET.parse(k).getroot()
    assert "Range rings" not in _folder_names(root)  # rings around an oblast centre would mislead
    assert "Release version" in (root.findtext(f"{NS}Document/{NS}description") or "")
    page = h.read_text(encoding="utf-8")
    assert "RELEASE VERSION" in page and "principle of ambiguity" in page


# -- atomic writes, progress, cancelling ------------------------------------------------------------


@pytest.fixture
def failing_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The disk fills up after the temporary file was written, before it is renamed."""

    def fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.planfile.os.fsync", fsync)
    yield


@pytest.mark.parametrize("target", ["out.plan.geojson", "out.kml", "out.kmz", "out.csv", "out.html"])
def test_a_failed_write_leaves_no_file(sample: Plan, tmp_path: Path, failing_disk: None, target: str) -> None:
    fmt = {".geojson": "geojson", ".kml": "kml", ".kmz": "kml", ".csv": "csv", ".html": "html"}[Path(target).suffix]
    with pytest.raises(ExportError, match=r"cannot write .*No space left on device"):
        export_plan(sample, fmt, tmp_path / target)
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file, no icon folder


def test_a_failed_write_keeps_the_previous_file(sample: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.kml"
    export_plan(sample, "kml", out)
    before = {p.name: p.read_bytes() for p in [out, *sorted((tmp_path / "out_files").iterdir())]}
    calls = {"n": 0}

    def fsync(fd: int) -> None:  # the third file written fails: icons done, the KML not
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr("desktop.planfile.os.fsync", fsync)
    with pytest.raises(ExportError):
        export_plan(hostile_plan(), "kml", out)
    after = {p.name: p.read_bytes() for p in [out, *sorted((tmp_path / "out_files").iterdir())]}
    assert after.keys() == before.keys() and after[out.name] == before[out.name]
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_a_writer_failing_midway_leaves_nothing(sample: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr("desktop.exporters.kml._ring_placemark", boom)
    with pytest.raises(RuntimeError):
        export_plan(sample, "kml", tmp_path / "out.kml")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_progress_is_reported_and_ends_at_the_total(sample: Plan, tmp_path: Path, fmt: str) -> None:
    calls: list[tuple[int, int]] = []
    export_plan(sample, fmt, _out(tmp_path, fmt), progress=lambda done, total: calls.append((done, total)) is None)
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and len({t for _, t in calls}) == 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stop_at", ["start", "midway", "end"])
def test_cancel_writes_nothing(sample: Plan, tmp_path: Path, fmt: str, stop_at: str) -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        if stop_at == "start":
            return False
        if stop_at == "midway":
            return done < total // 2
        return done < total

    with pytest.raises(ExportCancelled):
        export_plan(sample, fmt, _out(tmp_path, fmt), progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert len(seen) >= 1


def test_cancelled_is_an_export_error() -> None:
    assert issubclass(ExportCancelled, ExportError)


# -- the command line -----------------------------------------------------------------------------


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    from desktop.sample import ensure_sample

    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        ensure_sample(lib)
    return db


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("release", [False, True])
def test_cli_export(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, release: bool
) -> None:
    out = _out(tmp_path, fmt, "cli")
    argv = ["export", "1", "--format", fmt, "-o", str(out), "--db", str(sample_db)] + (["--release"] if release else [])
    assert run(argv) == 0, capsys.readouterr().err
    assert out.is_file() and out.stat().st_size > 0
    if fmt == "geojson" and not release:
        assert read_plan_file(out).name == sample_plan().name


def test_cli_export_kmz(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.kmz"
    assert run(["export", "1", "--format", "kml", "-o", str(out), "--db", str(sample_db)]) == 0
    assert zipfile.is_zipfile(out)


@pytest.mark.parametrize("name", ["plan.kmz", "plan.zip", "plan"])
def test_cli_export_format_kmz_writes_a_kmz_whatever_the_name(sample_db: Path, tmp_path: Path, name: str) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / name
    assert run(["export", "1", "--format", "kmz", "-o", str(out), "--db", str(sample_db)]) == 0
    with zipfile.ZipFile(out) as z:
        assert "doc.kml" in z.namelist() and any(n.endswith(".png") for n in z.namelist())
        ET.fromstring(z.read("doc.kml"))
    assert sorted(p.name for p in out.parent.iterdir()) == [name]  # no icon folder beside it
    inside = f"/vsizip/{{{out}}}/doc.kml"
    probe = subprocess.run(["ogrinfo", "-ro", "-so", "-al", inside], capture_output=True, text=True)
    assert probe.returncode == 0 and "Feature Count" in probe.stdout, probe.stderr


def test_cli_export_to_a_missing_folder(sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("kml", "csv", "html"):
        out = tmp_path / "missing" / f"x{SUFFIX[fmt]}"
        assert run(["export", "1", "--format", fmt, "-o", str(out), "--db", str(sample_db)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "cannot write" in err and "Traceback" not in err


def test_plan_geometries_with_holes_and_parts(tmp_path: Path) -> None:
    ring = ((30.0, 46.0), (31.0, 46.0), (31.0, 47.0), (30.0, 47.0), (30.0, 46.0))
    hole = ((30.2, 46.2), (30.4, 46.2), (30.4, 46.4), (30.2, 46.2))
    plan = Plan(
        geometries=(
            PlanGeometry("a", "occupied_area", Geometry("MultiPolygon", ((ring, hole), (ring,)))),
            PlanGeometry("b", "contact_line", Geometry("MultiLineString", (ring[:3], ring[2:]))),
        )
    )
    for fmt in FORMATS:
        export_plan(plan, fmt, _out(tmp_path, fmt))
    root = ET.parse(_out(tmp_path, "kml")).getroot()
    assert len(list(root.iter(f"{NS}innerBoundaryIs"))) == 1
    assert len(list(root.iter(f"{NS}LineString"))) == 2
