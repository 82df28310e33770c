"""The symbol engine, for real: milsymbol.js 3 under Node through desktop/resources/symbols.js.

Every catalogue template and a table of codes (contexts, statuses, HQ/TF/dummy, echelons) is
drawn by the product's adapter and compared with what milsymbol itself draws for the same code
(run separately under Node), and with the marks the standard asks for: a dashed frame for a
planned status, the exercise and simulation amplifiers, the headquarters staff, the echelon
marks. The structure check of desktop/sidc.py is tested beside it.
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from desktop import catalogue, sidc, symbols
from desktop.model import Geometry, Unit

BASE = "10031000181205000000"  # friend armour brigade, present, reality


def _milsymbol(codes: list[str], size: int = symbols.DEFAULT_SIZE) -> list[dict[str, object]]:
    """What milsymbol draws for each code, asked directly (not through the product's module)."""
    script = (
        "const ms=require('milsymbol');const codes=JSON.parse(process.argv[1]);"
        f"console.log(JSON.stringify(codes.map(c=>{{const s=new ms.Symbol(c,{{size:{size}}});"
        "return {svg:s.asSVG(),valid:s.isValid(),w:s.getSize().width,h:s.getSize().height};})))"
    )
    env = {"NODE_PATH": str(symbols.node_modules()), "PATH": "/usr/bin:/bin:/usr/local/bin"}
    out = subprocess.run(["node", "-e", script, json.dumps(codes)], capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout)


def _inner(svg: str) -> str:
    return svg[svg.index(">") + 1 : svg.rindex("</svg>")]


def _body(sym: symbols.Symbol) -> str:
    """The engine's drawing inside the product's symbol (the nation marking left out)."""
    svg = sym.svg.split('<g class="nation">')[0].removesuffix("</svg>")
    m = re.match(r'<svg [^>]*><g transform="scale\([^)]*\) translate\([^)]*\)">(.*)</g>$', svg, re.S)
    assert m, sym.svg[:200]
    return m.group(1)


TEMPLATE_CODES = sorted({t.sidc for t in catalogue.templates()} | {k["sidc"] for k in catalogue.kinds().values()})


def test_every_catalogue_code_is_valid_and_drawn_as_milsymbol_draws_it() -> None:
    expected = _milsymbol(TEMPLATE_CODES)
    drawn = symbols.render_many([symbols.Spec(c, "GB") for c in TEMPLATE_CODES])
    for code, exp in zip(TEMPLATE_CODES, expected, strict=True):
        assert sidc.problem(code) is None, code
        assert exp["valid"], f"milsymbol cannot draw the catalogue's {code}"
        sym = drawn[symbols.Spec(code, "GB").key()]
        assert sym.exact and sym.drawn == code
        assert _body(sym) == _inner(str(exp["svg"])).replace('font-family="Arial"', f'font-family="{_font()}"'), code
        assert ">GB</text>" in sym.svg
        # the unit's position is the engine's anchor
        assert sym.anchor_x > 0 and sym.anchor_y > 0 and sym.width > float(exp["w"])  # marking beside the frame


def _font() -> str:
    return "DejaVu Sans, Arial, sans-serif"


def test_templates_carry_the_right_entities() -> None:
    t = {x.id: x.sidc for x in catalogue.templates()}
    assert sidc.entity(t["land.brigade"]) == "120500"  # armour
    assert sidc.entity(t["land.mech_brigade"]) == "121102"  # mechanised infantry
    assert sidc.entity(t["isr.aew"]) == "110116" and sidc.symbol_set(t["isr.aew"]) == "01"  # AEW&C fixed wing
    assert sidc.entity(t["sea.patrol_boats"]) == "120501"  # patrol craft
    assert sidc.entity(t["sea.frigate_group"]) == "120204"  # frigate
    assert sidc.entity(t["sea.mcm_group"]) == "120405"  # mine countermeasures


CASES = [
    # (code, what the drawing must show)
    (BASE, "plain"),
    (sidc.with_fields(BASE, context="1"), "exercise"),
    (sidc.with_fields(BASE, context="2"), "simulation"),
    (sidc.with_fields(BASE, status="1"), "planned"),
    (sidc.with_fields(BASE, hq_tf_dummy="2"), "hq"),
    (sidc.with_fields(BASE, hq_tf_dummy="4"), "tf"),
    (sidc.with_fields(BASE, hq_tf_dummy="1"), "dummy"),
    (sidc.with_fields(BASE, amplifier="16"), "battalion"),
    (sidc.with_fields(BASE, amplifier="15"), "company"),
    (sidc.with_fields(BASE, amplifier="21"), "division"),
    (sidc.with_fields(BASE, amplifier="00"), "no echelon"),
    ("10131000181205000000", "exercise"),  # the exercise code, as given
]


@pytest.mark.parametrize(("code", "what"), CASES)
def test_code_table_is_drawn_as_the_engine_draws_it(code: str, what: str) -> None:
    (exp,) = _milsymbol([code])
    (plain,) = _milsymbol([BASE])
    sym = symbols.render(code, "")
    body = _body(sym)
    assert body == _inner(str(exp["svg"])).replace('font-family="Arial"', f'font-family="{_font()}"')
    dashed = "stroke-dasharray" in body
    texts = re.findall(r">([^<>]+)</text>", body)
    if what == "planned":
        assert dashed and "stroke-dasharray" not in str(plain["svg"])
    elif what != "dummy":
        assert not dashed
    if what == "exercise":
        assert "X" in texts
    elif what == "simulation":
        assert "S" in texts
    else:
        assert "X" not in texts and "S" not in texts
    if what == "hq":
        assert float(exp["h"]) > float(plain["h"]) and sym.anchor_y > symbols.render(BASE, "").anchor_y  # the staff
    if what == "tf":
        assert body != _body(symbols.render(BASE, "")) and float(exp["h"]) >= float(plain["h"])
    if what == "dummy":
        assert dashed  # the dummy's dashed chevron
    marks = {"battalion": 2, "company": 1}
    if what in marks:
        # echelon bars: vertical strokes above the frame (y 40 to 15), one path each
        bars = re.findall(r'd="M([\d.]+),40L\1,15"', body)
        assert len(bars) == marks[what], body
    if what == "no echelon":
        assert float(exp["h"]) < float(plain["h"])


def test_planned_view_draws_the_same_code_dashed_without_rewriting_it() -> None:
    sym = symbols.render(BASE, "FR", planned=True)
    assert "stroke-dasharray" in _body(sym) and sym.drawn == BASE
    assert "stroke-dasharray" not in _body(symbols.render(BASE, "FR"))


def test_a_valid_code_the_engine_cannot_draw_is_drawn_as_its_parent_and_kept() -> None:
    code = "10031000181299990000"  # land unit, entity 1299xx: no such icon
    assert sidc.problem(code) is None
    (exp,) = _milsymbol([code])
    assert not exp["valid"]
    sym = symbols.render(code, "GB")
    assert not sym.exact and sym.drawn == "10031000181200000000"
    unit = Unit("u1", "land.combat", "GB", Geometry.point(30, 50), sidc=code)
    assert symbols.sidc_of(unit) == code
    assert symbols.not_drawn_exactly([unit]) == {"u1": "10031000181200000000"}


def test_designation_goes_in_the_unique_designation_field_as_text() -> None:
    sym = symbols.render(BASE, "GB", designation="<b>7 Armd</b>")
    assert "&lt;b&gt;7 Armd&lt;/b&gt;" in sym.svg and "<b>" not in sym.svg


def test_a_unit_without_a_code_gets_its_kind_and_an_echelon_from_strength() -> None:
    bg = Unit("bg", "land.combat", "CA", Geometry.point(30, 50), strength=1200)
    assert symbols.sidc_of(bg) == sidc.with_fields(catalogue.default_sidc("land.combat"), amplifier="16")
    bde = Unit("b", "land.combat", "CA", Geometry.point(30, 50), strength=5000)
    assert symbols.sidc_of(bde)[8:10] == "18"
    ship = Unit("s", "sea.patrol", "TR", Geometry.point(30, 45), strength=600)
    assert symbols.sidc_of(ship) == catalogue.default_sidc("sea.patrol")  # no echelon at sea


# -- structure ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "field"),
    [
        ("99999999999999999999", "version"),
        ("10931000181205000000", "context"),
        ("10081000181205000000", "identity"),
        ("10039900181205000000", "symbol set"),
        ("10031090181205000000", "status"),
        ("10031008181205000000", "headquarters"),
        ("10031000991205000000", "echelon"),
        ("10030100181101040000", "echelon"),  # an aircraft with a brigade echelon
        ("1003100018120500000", "20-digit"),
        ("1003100018120500000x", "20-digit"),
    ],
)
def test_impossible_codes_are_refused_naming_the_field(code: str, field: str) -> None:
    reason = sidc.problem(code)
    assert reason is not None and field in reason


def test_words_and_field_edits() -> None:
    words = sidc.summary("10131010161211020000")
    assert "Friend" in words and "Land unit" in words and "Mechanised infantry" in words
    assert "Battalion" in words and "Planned" in words and "Exercise" in words
    assert sidc.with_fields(BASE, status="1", hq_tf_dummy="2") == "10031012181205000000"
    with pytest.raises(ValueError, match="echelon"):
        sidc.with_fields("10030100001101040000", amplifier="18")
    assert [sidc.echelon_for_strength(n) for n in (0, 90, 1200, 5000)] == ["00", "15", "16", "18"]


def test_the_sample_units_carry_their_templates_codes() -> None:
    from desktop.sample import sample_plan

    units = {u.id: u for u in sample_plan().units}
    assert all(u.sidc and sidc.problem(u.sidc) is None for u in units.values())
    assert sidc.entity(units["gb-armd-bde"].sidc or "") == "120500"  # armour, not mechanised infantry
    assert (units["fi-bg"].sidc or "")[8:10] == "16" and (units["ca-bg"].sidc or "")[8:10] == "16"  # battalion
    assert sidc.entity(units["se-globaleye"].sidc or "") == "110116"  # AEW&C, not a drone
    assert sidc.entity(units["bg-patrol"].sidc or "") == "120501"  # patrol craft, not a frigate


# -- at the door and through the exports ------------------------------------------------------------

EXERCISE = "10131000181205000000"  # the exercise code: friend armour brigade, exercise


def _plan_with(code: str | None):  # type: ignore[no-untyped-def]
    from desktop.model import Plan

    return Plan(
        name="Codes",
        units=(
            Unit("ex", "land.combat", "GB", Geometry.point(30.5, 50.4), name="Exercise brigade", strength=5000,
                 sidc=code, designation="7 Armd Bde"),
            Unit("bare", "land.combat", "CA", Geometry.point(31.0, 49.0), name="No code", strength=1200),
        ),
    )  # fmt: skip


def test_a_valid_exercise_code_survives_plan_file_and_kml_round_trips(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from xml.etree import ElementTree as ET

    from desktop.export import export_plan
    from desktop.planfile import read_plan_file

    plan = _plan_with(EXERCISE)
    out = tmp_path / "codes.plan.geojson"
    export_plan(plan, "geojson", out)
    back = read_plan_file(out)
    assert back.unit("ex").sidc == EXERCISE and back.unit("ex").designation == "7 Armd Bde"
    # plan-format.md: the exported plan file writes a code for every unit, derived when it had none
    assert back.unit("bare").sidc == symbols.derived_sidc(back.unit("bare").kind, back.unit("bare").strength)
    assert plan.unit("bare").sidc is None  # the plan itself is not changed
    kml = tmp_path / "codes.kml"
    export_plan(back, "kml", kml)
    ns = "{http://www.opengis.net/kml/2.2}"
    codes = {}
    for pm in ET.parse(kml).getroot().iter(f"{ns}Placemark"):
        data = {d.get("name"): d.findtext(f"{ns}value") for d in pm.iter(f"{ns}Data")}
        data |= {d.get("name"): d.text for d in pm.iter(f"{ns}SimpleData")}
        if "sidc" in data:
            codes[pm.findtext(f"{ns}name")] = data["sidc"]
    assert codes["Exercise brigade"] == EXERCISE
    # a unit with none is written with the code derived from its kind and strength
    assert codes["No code"] == sidc.with_fields(catalogue.default_sidc("land.combat"), amplifier="16")
    # GDAL reads the same code back from the KML
    ogr = subprocess.run(["ogrinfo", "-al", "-q", str(kml)], capture_output=True, text=True, check=True).stdout
    assert f"sidc (String) = {EXERCISE}" in ogr
    # and the HTML export carries it too
    page = tmp_path / "codes.html"
    export_plan(back, "html", page)
    assert f'"sidc":"{EXERCISE}"' in page.read_text(encoding="utf-8")


def test_an_impossible_code_is_refused_at_import_with_exit_2_naming_sidc(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sys

    from desktop.planfile import plan_to_text

    text = plan_to_text(_plan_with(EXERCISE)).replace(EXERCISE, "99999999999999999999")
    bad = tmp_path / "bad.plan.geojson"
    bad.write_text(text, encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    done = subprocess.run(
        [sys.executable, "main.py", "import", str(bad), "--db", str(db)],
        capture_output=True, text=True, cwd=symbols.RESOURCES.parent.parent, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "sidc" in lines[0] and "99999999999999999999" in lines[0] and '"ex"' in lines[0]
    assert "Traceback" not in done.stderr
