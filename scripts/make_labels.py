"""Derive desktop/resources/geo/labels.geojson: one label point per oblast, neighbour and sea.

The point is the pole of inaccessibility (shapely.ops.polylabel) of the largest part, so a label
never falls outside its shape. Run: .venv/bin/python scripts/make_labels.py
"""

import json
from pathlib import Path

from shapely.geometry import shape
from shapely.ops import polylabel

GEO = Path(__file__).resolve().parent.parent / "desktop" / "resources" / "geo"


def label_point(geom: dict) -> list[float]:
    g = shape(geom)
    if g.geom_type == "MultiPolygon":
        g = max(g.geoms, key=lambda p: p.area)
    p = polylabel(g, tolerance=0.01)
    return [round(p.x, 3), round(p.y, 3)]


def point(coords: list[float], **props: object) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": coords}, "properties": props}


def main() -> None:
    feats = []
    for f in json.loads((GEO / "ukraine_oblasts.geojson").read_text())["features"]:
        pr = f["properties"]
        name = "Crimea" if pr["type"] == "autonomous_republic" else pr["name_en"].replace(" Oblast", "")
        feats.append(
            point(
                label_point(f["geometry"]),
                kind="oblast",
                name=name,
                iso_3166_2=pr["iso_3166_2"],
                macro_region=pr["macro_region"],
            )
        )
    for f in json.loads((GEO / "neighbours.geojson").read_text())["features"]:
        pr = f["properties"]
        feats.append(point(label_point(f["geometry"]), kind=pr["kind"], name=pr["name"], iso_a2=pr.get("iso_a2")))
    for f in json.loads((GEO / "water.geojson").read_text())["features"]:
        if f["properties"]["kind"] == "sea":
            feats.append(point(label_point(f["geometry"]), kind="sea", name=f["properties"]["name"]))
    doc = {
        "type": "FeatureCollection",
        "name": "labels",
        "about": "Label points (pole of inaccessibility, shapely.ops.polylabel) derived from "
        "ukraine_oblasts, neighbours and water by scripts/make_labels.py; same licences as those files.",
        "features": feats,
    }
    (GEO / "labels.geojson").write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
