/* A planner's own raster base map (MBTiles / GeoPackage tiles) under the plan, served by Python
 * through app://posture/tiles/… (desktop/tileset.py; no server, no network). Shared by the map
 * (app.setTileBase, after map.js) and the print page (PostureTiles.addTo). With a raster shown the
 * vector base map draws outlines and labels only (its fills off, tilebase.css), or nothing.
 * The file's attribution is text: escaped before Leaflet's attribution control sees it.
 */
'use strict';

(function () {
  const TILE_PANE = 'tiles';

  function escapeText(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, (c) => (
      { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function ensurePane(map) {
    if (!map.getPane(TILE_PANE)) {
      const pane = map.createPane(TILE_PANE);
      pane.style.zIndex = 205;            // under the vector base map's panes (210 and up)
      pane.style.pointerEvents = 'none';
    }
  }

  /* Classes on the map container: vector base map full, outlines and labels only, or off. */
  function setVectorMode(map, mode) {
    const c = map.getContainer().classList;
    c.toggle('vector-outlines', mode === 'outlines');
    c.toggle('vector-off', mode === 'off');
  }

  /* A tile layer for `o` ({url, minzoom, maxzoom, bounds:[w,s,e,n], opacity}); not added yet.
     Past its deepest zoom Leaflet upscales the deepest tiles, below its shallowest it shrinks them. */
  function makeLayer(map, o) {
    ensurePane(map);
    const b = o.bounds ? L.latLngBounds([o.bounds[1], o.bounds[0]], [o.bounds[3], o.bounds[2]]) : undefined;
    return L.tileLayer(o.url, {
      pane: TILE_PANE, minNativeZoom: o.minzoom, maxNativeZoom: o.maxzoom, minZoom: 0, maxZoom: 24,
      bounds: b, opacity: typeof o.opacity === 'number' ? o.opacity : 1, tileSize: 256,
      updateWhenIdle: false, keepBuffer: 2, attribution: '',
    });
  }

  /* Add to `map` and resolve once every tile of the view has loaded (or failed), at most `ms`. */
  function addTo(map, o, ms) {
    const layer = makeLayer(map, o);
    setVectorMode(map, o.vector || 'outlines');
    return new Promise((resolve) => {
      const done = () => resolve(layer);
      layer.once('load', done);
      setTimeout(done, ms || 8000);
      layer.addTo(map);
    });
  }

  window.PostureTiles = { addTo, setVectorMode, escapeText };

  const app = window.app;
  if (!app || !app.map) return;       // the print page has no app: it uses PostureTiles.addTo
  const map = app.map;
  let layer = null, attribution = '', loaded = true, shown = null;

  function clear() {
    if (layer) { map.removeLayer(layer); layer = null; }
    if (attribution) { map.attributionControl.removeAttribution(attribution); attribution = ''; }
    loaded = true;
  }

  /* ({url, minzoom, maxzoom, bounds, opacity, visible, vector, attribution, name}) or null: the
     built-in base map only. `vector`: 'outlines' | 'full' | 'off' (while a raster shows). */
  app.setTileBase = function (o) {
    clear();
    shown = o && o.url ? o : null;
    if (!shown) { setVectorMode(map, 'full'); return; }
    const visible = shown.visible !== false;
    setVectorMode(map, visible ? (shown.vector || 'outlines') : 'full');
    layer = makeLayer(map, shown);
    loaded = !visible;
    layer.on('loading', () => { loaded = false; });
    layer.on('load', () => { loaded = true; });
    if (visible) {
      layer.addTo(map);
      const text = shown.attribution || shown.name || '';
      if (text) { attribution = 'Base map: ' + escapeText(text); map.attributionControl.addAttribution(attribution); }
    }
  };
  // read-only, for tests and the screenshot: is a raster shown, are its tiles in
  app._tileBase = function () {
    return { on: !!(layer && map.hasLayer(layer)), loaded: loaded, opacity: layer ? layer.options.opacity : null,
             attribution: attribution, tiles: layer ? Object.keys(layer._tiles || {}).length : 0 };
  };
})();
