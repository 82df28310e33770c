"""Georeferencing a printed sheet: the map frame of page 1 as an ISO 32000 geospatial viewport.

cli.md: "A printed PDF is georeferenced (GDAL reads its coordinate system)". The print page
(print.js) reports where its map frame lies on the page, in CSS pixels, and the latitudes and
longitudes of the frame's corners; :func:`georeference` adds to the page a ``/VP`` viewport whose
``/Measure`` (subtype ``GEO``) ties the frame's corners to those positions. The map is Web
Mercator (Leaflet's EPSG:3857), so the coordinate system is declared as that projection: the
points are linear in it and GDAL's fit is exact. GDAL and QGIS read the file as a GeoPDF.

Pure: pypdf only, no Qt.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any

#: EPSG:3857 (Leaflet's map projection) as WKT 1, which GDAL reads from ``/GCS /WKT``.
WEB_MERCATOR_WKT = (
    'PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],'
    'PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],'
    'PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],'
    'AXIS["Easting",EAST],AXIS["Northing",NORTH],'
    'EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m '
    '+nadgrids=@null +wktext +no_defs"],AUTHORITY["EPSG","3857"]]'
)

#: CSS pixels (96 per inch) to PDF points (72 per inch): Chromium prints the page at scale 1.
PT_PER_PX = 72 / 96


@dataclass(frozen=True)
class MapFrame:
    """The map frame on the page (CSS px from the page's top left) and its corners' positions."""

    left: float
    top: float
    width: float
    height: float
    south: float
    west: float
    north: float
    east: float

    def __post_init__(self) -> None:
        values = (self.left, self.top, self.width, self.height, self.south, self.west, self.north, self.east)
        if not all(math.isfinite(v) for v in values):
            raise ValueError("a map frame needs finite numbers")
        latitudes = -85.1 <= self.south < self.north <= 85.1  # Web Mercator's range
        if self.width <= 0 or self.height <= 0 or not latitudes or self.west >= self.east:
            raise ValueError(f"not a map frame: {self!r}")


def prepare() -> None:
    """Import what :func:`georeference` needs (a tenth of a second), e.g. on a worker thread
    while Chromium writes the PDF."""
    import pypdf
    import pypdf.generic  # noqa: F401


def georeference(pdf: bytes, frame: MapFrame, page: int = 0) -> bytes:
    """``pdf`` with page ``page`` georeferenced by ``frame`` (an added ``/VP`` viewport)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    reader = PdfReader(io.BytesIO(pdf))
    appended = _classic_xref(pdf)
    if appended is not None:  # Chromium's own PDF: the viewport appended as an incremental update
        target = reader.pages[page]
    else:
        writer = PdfWriter(clone_from=reader)
        target = writer.pages[page]
    box = target.mediabox
    page_h = float(box.top)
    x0, x1 = float(box.left) + frame.left * PT_PER_PX, float(box.left) + (frame.left + frame.width) * PT_PER_PX
    y1, y0 = page_h - frame.top * PT_PER_PX, page_h - (frame.top + frame.height) * PT_PER_PX

    def numbers(*values: float) -> ArrayObject:
        return ArrayObject([FloatObject(round(v, 9)) for v in values])

    corners = numbers(0, 0, 0, 1, 1, 1, 1, 0)  # lower left, upper left, upper right, lower right
    positions = numbers(
        frame.south, frame.west, frame.north, frame.west, frame.north, frame.east, frame.south, frame.east
    )  # latitude, longitude of each corner
    gcs = DictionaryObject(
        {NameObject("/Type"): NameObject("/PROJCS"), NameObject("/WKT"): TextStringObject(WEB_MERCATOR_WKT)}
    )
    measure = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Measure"),
            NameObject("/Subtype"): NameObject("/GEO"),
            NameObject("/Bounds"): corners,
            NameObject("/GPTS"): positions,
            NameObject("/LPTS"): corners,
            NameObject("/GCS"): gcs,
        }
    )
    viewport = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Viewport"),
            NameObject("/BBox"): numbers(x0, y0, x1, y1),
            NameObject("/Name"): TextStringObject("Map"),
            NameObject("/Measure"): measure,
        }
    )
    if appended is not None:
        return _append_page(pdf, reader, target, viewport, appended)
    target[NameObject("/VP")] = ArrayObject([viewport])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _classic_xref(pdf: bytes) -> int | None:
    """The offset of ``pdf``'s last cross-reference section when it is a classic table (as
    Chromium writes), else None (a cross-reference stream: the file is written again)."""
    at = pdf.rfind(b"startxref", max(0, len(pdf) - 1024))
    if at < 0:
        return None
    try:
        offset = int(pdf[at + 9 :].split()[0])
    except (IndexError, ValueError):
        return None
    return offset if 0 < offset < len(pdf) and pdf[offset : offset + 4] == b"xref" else None


def _append_page(pdf: bytes, reader: Any, page: Any, viewport: Any, prev: int) -> bytes:
    """``pdf`` with a new version of ``page`` (its entries and ``/VP``) appended as an incremental
    update (ISO 32000-1 7.5.6): the original bytes stay as they are, so a 10,000-unit sheet of
    several megabytes is not parsed and written again (a quarter of a second)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

    ref = page.indirect_reference
    entries = DictionaryObject({k: v for k, v in dict.items(page) if k != "/VP"})  # raw: references stay references
    entries[NameObject("/VP")] = ArrayObject([viewport])
    out = io.BytesIO()
    out.write(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    start = out.tell()
    out.write(f"{ref.idnum} {ref.generation} obj\n".encode())
    entries.write_to_stream(out)
    out.write(b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 1\n0000000000 65535 f \n{ref.idnum} 1\n{start:010d} {ref.generation:05d} n \n".encode())
    trailer = DictionaryObject({k: v for k, v in dict.items(reader.trailer) if k in ("/Root", "/Info", "/ID", "/Size")})
    trailer[NameObject("/Prev")] = NumberObject(prev)
    out.write(b"trailer\n")
    trailer.write_to_stream(out)
    out.write(f"\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()
