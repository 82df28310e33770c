"""A unit's fields are declared once (``desktop.model.UNIT_TABLE``) and that table drives every
surface: the library, the plan file, the exporters and the unit form.

The strongest check is the newcomer's edit itself: a child Python process loads ``desktop/model.py``
with ONE more attribute in :class:`~desktop.model.Unit` (and nothing else changed anywhere), then
drives a plan file, a library file on disk, the KML and HTML exports and the unit form with it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from db import store
from desktop import planfile
from desktop.exporters import kml
from desktop.model import UNIT_FIELDS, UNIT_SPECS, UNIT_TABLE, Unit

ROOT = Path(__file__).resolve().parent.parent


def test_the_table_is_the_units_declared_fields_in_order() -> None:
    declared = [f.name for f in dataclasses.fields(Unit) if f.metadata]
    assert list(UNIT_FIELDS) == declared
    assert UNIT_FIELDS[:4] == ("kind", "nation", "name", "strength")
    assert {s.name for s in UNIT_TABLE if s.required} == {"kind", "nation"}
    assert UNIT_SPECS["range_km"].type is float and UNIT_SPECS["ships"].type is int
    assert UNIT_SPECS["phases"].type is tuple and UNIT_SPECS["sidc"].optional


def test_every_surface_lists_every_field() -> None:
    assert set(planfile._UNIT_PROPERTIES) == set(UNIT_FIELDS) - {"kind", "nation"}
    stored = {s.name for s in store.COLUMN_FIELDS} | {s.name for s in store.EXTRA_FIELDS}
    assert stored == set(UNIT_FIELDS)
    assert {name for name, _, _ in kml.SCHEMA} >= set(UNIT_FIELDS) - {"name"}


def test_bounds_come_from_the_table() -> None:
    assert (UNIT_SPECS["strength"].maximum, UNIT_SPECS["range_km"].maximum) == (1_000_000, 5_000)
    assert UNIT_SPECS["strength"].bound_problem(1_000_001) == "is above 1,000,000 personnel"
    assert UNIT_SPECS["range_km"].bound_problem(-1) == "is negative"
    assert UNIT_SPECS["generation"].bound_problem(0.5) == "is below 1"
    assert UNIT_SPECS["generation"].bound_problem(4.5) is None


#: The child process: model.py with one attribute more, then every surface.
_CHILD = r'''
import importlib.util, json, sqlite3, sys, zipfile
from pathlib import Path

root, out = Path(sys.argv[1]), Path(sys.argv[2])
source = (root / "desktop" / "model.py").read_text()
marker = "    # New fields go here"
assert source.count(marker) == 1
new_rows = (
    '    wing: str | None = field(default=None, metadata=field_info(\n'
    '        "Wing", kinds=FIGHTER_KINDS, tooltip="The air wing the squadron belongs to"))\n'
    '    drills: int | None = field(default=None, metadata=field_info(\n'
    '        "Drills", minimum=0, maximum=12, suffix=" drills", tooltip="Drills a year"))\n'
)
source = source.replace(marker, new_rows + marker)
spec = importlib.util.spec_from_loader("desktop.model", loader=None)
model = importlib.util.module_from_spec(spec)
model.__file__ = str(root / "desktop" / "model.py")
sys.modules["desktop.model"] = model
exec(compile(source, model.__file__, "exec"), model.__dict__)

import dataclasses
from db import Library
from desktop import planfile
from desktop.export import export_plan
from desktop.exporters.common import unit_fields
results = {}

doc = json.loads((root / "tests" / "data" / "example.plan.geojson").read_text())
doc["features"].append({"type": "Feature", "id": "f-1", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]},
    "properties": {"kind": "air.policing", "nation": "FR", "name": "Rafales", "wing": "EC 1/4 Gascogne",
                   "drills": 4, "unknown": [1, 2]}})
plan = planfile.parse_plan(json.dumps(doc), "test.plan.geojson")
u = plan.unit("f-1")
results["read"] = [u.wing, u.drills, dict(u.extra)]
written = json.loads(planfile.plan_to_text(plan))
results["written"] = written["features"][3]["properties"]
results["file_round_trip"] = planfile.parse_plan(planfile.plan_to_text(plan)) == plan

bad = json.loads(json.dumps(doc))
bad["features"][-1]["properties"]["drills"] = 13
try:
    planfile.parse_plan(json.dumps(bad), "bad.plan.geojson")
    results["bounded"] = None
except planfile.PlanFileError as e:
    results["bounded"] = str(e)

db = out / "lib.sqlite"
with Library(db) as lib:
    pid = lib.add_plan(plan)
    stored = lib.load_plan(pid)
    results["library_round_trip"] = stored == dataclasses.replace(plan, id=pid)
    edited = stored.with_unit(dataclasses.replace(stored.unit("f-1"), drills=7, wing=None))
    lib.save_changes(pid, stored, edited)
with Library(db) as lib:
    again = lib.load_plan(pid)
    results["library_edit"] = [again.unit("f-1").drills, again.unit("f-1").wing, again == edited]
conn = sqlite3.connect(db)
results["columns"] = [r[1] for r in conn.execute("PRAGMA table_info(units)")]
results["schema"] = conn.execute("PRAGMA user_version").fetchone()[0]
results["stored_extra"] = json.loads(conn.execute("SELECT extra FROM units WHERE id = 'f-1'").fetchone()[0])
# a library written before "wing" was a field may hold a property "wing" of another type: kept as unknown
conn.execute("""UPDATE units SET extra = '{"wing": 5}' WHERE id = 'f-1'""")
conn.commit()
conn.close()
with Library(db) as lib:
    old = lib.load_plan(pid).unit("f-1")
    results["old_property"] = [old.wing, old.drills, dict(old.extra)]

results["described"] = [list(r) for r in unit_fields(u) if r[0] in ("wing", "drills")]
export_plan(plan, "kml", out / "plan.kml")
import xml.etree.ElementTree as ET
k = "{http://www.opengis.net/kml/2.2}"
tree = ET.parse(out / "plan.kml")
titles = {f.get("name"): f.findtext(k + "displayName") for f in tree.iter(k + "SimpleField")}
results["kml"] = [[d.get("name"), titles.get(d.get("name")), d.text]
                  for d in tree.iter(k + "SimpleData") if d.get("name") in ("wing", "drills")]
results["kml_types"] = {f.get("name"): f.get("type") for f in tree.iter(k + "SimpleField")
                        if f.get("name") in ("wing", "drills")}
export_plan(plan, "html", out / "plan.html")
results["html"] = "EC 1/4 Gascogne" in (out / "plan.html").read_text()

from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox
app = QApplication([])
from desktop.ui.unitform import UnitForm
form = UnitForm(u)
wing, drills = form.inputs["wing"].widget, form.inputs["drills"].widget
results["form_widgets"] = [type(wing).__name__, wing.text(), type(drills).__name__, drills.value(), drills.maximum()]
form.show()
results["wing_shown_for_fighters"] = wing.isVisible()
form.kind.setCurrentIndex(form.kind.findData("land.combat"))
results["wing_hidden_for_land"] = not wing.isVisible()
form.kind.setCurrentIndex(form.kind.findData("air.policing"))
wing.setText("EC 2/4 La Fayette")
drills.setValue(9)
edited = form.result_unit()
results["form_result"] = [edited.wing, edited.drills]
out.joinpath("results.json").write_text(json.dumps(results))
'''


def test_one_attribute_more_in_unit_reaches_every_surface(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_CHILD), str(ROOT), str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    r = json.loads((tmp_path / "results.json").read_text())
    # the plan file: read, checked against the table's bounds, written back
    assert r["read"] == ["EC 1/4 Gascogne", 4, {"unknown": [1, 2]}]
    assert (r["written"]["wing"], r["written"]["drills"], r["written"]["unknown"]) == ("EC 1/4 Gascogne", 4, [1, 2])
    assert r["file_round_trip"] is True
    assert r["bounded"] == 'bad.plan.geojson: feature #5 (id "f-1"): properties.drills 13 is above 12 drills'
    # the library: stored without a migration (no new column, same schema), edited, read back
    assert r["library_round_trip"] is True
    assert r["library_edit"] == [7, None, True]
    assert "wing" not in r["columns"] and "drills" not in r["columns"] and r["schema"] == 2
    assert r["stored_extra"] == {"unknown": [1, 2], "drills": 7}
    assert r["old_property"] == [None, None, {"wing": 5}]
    # the exporters
    assert r["described"] == [["wing", "Wing", "EC 1/4 Gascogne"], ["drills", "Drills", "4"]]
    assert r["kml"] == [["wing", "Wing", "EC 1/4 Gascogne"], ["drills", "Drills", "4"]]
    assert r["kml_types"] == {"wing": "string", "drills": "int"}
    assert r["html"] is True
    # the unit form: a widget of the field's type and bounds, shown for the kinds that carry it
    assert r["form_widgets"] == ["QLineEdit", "EC 1/4 Gascogne", "QSpinBox", 4, 12]
    assert r["wing_shown_for_fighters"] is True and r["wing_hidden_for_land"] is True
    assert r["form_result"] == ["EC 2/4 La Fayette", 9]
