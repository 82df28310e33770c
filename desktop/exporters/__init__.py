"""The writers behind :func:`desktop.export.export_plan`, one module per format.

- :mod:`desktop.exporters.common`: errors, progress and cancelling, text cleaning, the unit's
  field table shared by every format.
- :mod:`desktop.exporters.kml`: KML 2.2 (with a ``<name>_files/`` icon folder) or KMZ.
- :mod:`desktop.exporters.ledger`: the CSV contribution ledger, one row per nation.
- :mod:`desktop.exporters.htmlmap`: one self-contained HTML page from the app's page modules (no folium).
- :mod:`desktop.exporters.raster`: symbol SVG to PNG by resvg, without Qt (KML icons for Google Earth).

Pure: no Qt. Each writer builds its bytes in memory and hands them to
:func:`desktop.fileio.atomic_write`, so a failed or cancelled export leaves no half-written file.
"""
