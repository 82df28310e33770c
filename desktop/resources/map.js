/* Posture map page: the offline base map of Ukraine and the plan's units.
 *
 * Talks to Python only through the `bridge` object of QWebChannel:
 *   page -> Python: bridge.send(JSON.stringify({type, ...payload}))  (types: desktop/ui/bridge.py Msg)
 *   Python -> page: bridge.toPage(JSON {fn, args}) calls app[fn](...args) (names: bridge.py PageCall)
 * Text typed by planners (unit names) is only ever set with textContent, never as markup.
 */
'use strict';

(function () {
  const ATTRIBUTION =
    'Boundaries © OpenStreetMap contributors (ODbL), via geoBoundaries (Runfola et al. 2020) · ' +
    'Made with Natural Earth · Cities © GeoNames (CC BY 4.0)';
  const UKRAINE = L.latLngBounds([44.38, 22.14], [52.38, 40.23]);
  const DOM_LIMIT = 1500;        // above this many units, draw them on one canvas (stack.md §5)
  const LABEL_MIN_ZOOM = 6.5;    // unit names show from here, where they do not collide

  let bridge = null;
  const state = {
    units: new Map(),            // id -> unit record from Python (+ ._marker, ._ring, ._shape)
    symbols: {},                 // key -> {svg, w, h, ax, ay, img}
    selection: new Set(),
    flags: {},                   // id -> 'error' | 'warning'
    options: { rings: true, labels: true, sites: true },
    mode: 'select',
    draw: null,                  // {kind, unit, points: [], preview}
    canvasMode: false,
  };

  function send(type, payload) {
    if (!bridge) return;
    bridge.send(JSON.stringify(Object.assign({ type: type }, payload || {})));
  }
  function report(level, message) { send('log', { level: level, message: String(message).slice(0, 2000) }); }
  window.addEventListener('error', (e) => report('error', (e.message || 'error') + ' at ' + (e.filename || '') + ':' + (e.lineno || 0)));
  window.addEventListener('unhandledrejection', (e) => report('error', 'unhandled promise rejection: ' + (e.reason && e.reason.message || e.reason)));

  // ---- map and panes -----------------------------------------------------------------------
  const map = L.map('map', {
    zoomControl: true, attributionControl: true, minZoom: 4.5, maxZoom: 13,
    zoomSnap: 0.25, zoomDelta: 0.5, wheelPxPerZoomLevel: 90,
    maxBounds: L.latLngBounds([38.5, 14.0], [59.0, 48.0]), maxBoundsViscosity: 0.8,
    doubleClickZoom: true, boxZoom: false, fadeAnimation: false,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(ATTRIBUTION);
  L.control.scale({ metric: true, imperial: false, maxWidth: 160, position: 'bottomleft' }).addTo(map);

  const PANES = [['base', 210], ['rivers', 220], ['border', 230], ['baselabels', 240], ['plangeo', 350],
                 ['rings', 380], ['routes', 390], ['places', 450], ['sites', 460], ['units', 610], ['draw', 640]];
  const renderers = {};
  for (const [name, z] of PANES) {
    map.createPane(name).style.zIndex = z;
    renderers[name] = L.svg({ pane: name, padding: 0.5 });
  }
  map.getPane('baselabels').style.pointerEvents = 'none';
  map.getPane('places').style.pointerEvents = 'none';
  const ringRenderer = L.canvas({ pane: 'rings', padding: 0.3 });

  function setZoomClasses() {
    const z = map.getZoom(), c = map.getContainer().classList;
    for (const n of [6, 7, 8, 9]) c.toggle('zoom-lt' + n, z < n);
    c.toggle('zoom-ge9', z >= 9);
  }
  map.on('zoomend', setZoomClasses);

  function textIcon(text, cls) {
    const el = document.createElement('div');
    el.className = 'lbl ' + cls;
    el.textContent = text;
    return L.divIcon({ className: '', html: el, iconSize: null });
  }
  function addLabel(latlng, text, cls, pane) {
    return L.marker(latlng, { icon: textIcon(text, cls), interactive: false, keyboard: false, pane: pane || 'baselabels' }).addTo(map);
  }

  // ---- base map ----------------------------------------------------------------------------
  async function getJSON(path) {
    const r = await fetch(path);
    if (!r.ok) throw new Error('cannot load ' + path + ': ' + r.status);
    return r.json();
  }

  const PLACE_GLYPH = { port: '\u2693', nuclear_plant: '\u2622', hydro_plant: '\u224b', airport: '\u2708' };

  async function drawBaseMap() {
    const [neighbours, water, oblasts, outline, places, labels] = await Promise.all(
      ['neighbours', 'water', 'ukraine_oblasts', 'ukraine_outline', 'places', 'labels'].map((n) => getJSON('geo/' + n + '.geojson')));

    L.geoJSON(neighbours, {
      renderer: renderers.base, interactive: false,
      filter: (f) => f.properties.kind === 'country',
      style: () => ({ color: '#9c9c98', weight: 0.8, fillColor: '#e6e5e0', fillOpacity: 1 }),
    }).addTo(map);
    L.geoJSON(oblasts, {
      renderer: renderers.base, interactive: false,
      style: () => ({ color: '#c2b593', weight: 0.9, fillColor: '#fbf8ee', fillOpacity: 1 }),
    }).addTo(map);
    L.geoJSON(water, {
      renderer: renderers.base, interactive: false,
      filter: (f) => f.properties.kind !== 'river',
      style: (f) => f.properties.kind === 'sea'
        ? { stroke: false, fillColor: '#bcd6e8', fillOpacity: 1 }
        : { color: '#8db4d0', weight: 0.6, fillColor: '#bcd6e8', fillOpacity: 1 },
    }).addTo(map);
    L.geoJSON(water, {
      renderer: renderers.rivers, interactive: false,
      filter: (f) => f.properties.kind === 'river',
      style: (f) => ({ color: '#6fa3c9', weight: f.properties.rank === 'major' ? 1.8 : 0.9, opacity: 0.95 }),
    }).addTo(map);
    L.geoJSON(neighbours, {
      renderer: renderers.border, interactive: false,
      filter: (f) => f.properties.kind === 'breakaway_region',
      style: () => ({ color: '#a33', weight: 1.2, dashArray: '4 3', fillColor: '#d88', fillOpacity: 0.18 }),
    }).addTo(map);
    L.geoJSON(outline, {
      renderer: renderers.border, interactive: false,
      style: () => ({ color: '#30302c', weight: 2.6, fill: false }),
    }).addTo(map);

    for (const f of labels.features) {
      const p = f.properties, ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      if (p.kind === 'oblast') addLabel(ll, p.name, 'lbl-oblast minz-7');
      else if (p.kind === 'country') addLabel(ll, p.name, 'lbl-country');
      else if (p.kind === 'breakaway_region') addLabel(ll, p.name + ' (breakaway)', 'lbl-breakaway minz-6');
      else if (p.kind === 'sea') addLabel(ll, p.name, 'lbl-sea');
    }
    for (const f of places.features) {
      const p = f.properties, ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      if (p.kind === 'city') {
        const cap = p.capital === 'national', reg = p.capital === 'regional';
        const minz = cap ? '' : reg ? ' minz-6' : ' minz-7';
        const size = cap ? 9 : reg ? 7 : 5;
        L.marker(ll, { pane: 'places', interactive: false, keyboard: false, icon: L.divIcon({
          className: 'place-dot' + (cap ? ' place-capital' : '') + minz, iconSize: [size, size] }) }).addTo(map);
        addLabel(ll, p.name, 'lbl-place' + (cap ? ' lbl-capital' : '') + minz, 'places');
      } else {
        const glyph = document.createElement('div');
        glyph.className = 'place-glyph minz-7';
        glyph.textContent = PLACE_GLYPH[p.kind] || '\u2022';
        glyph.title = p.name;
        L.marker(ll, { pane: 'places', interactive: false, keyboard: false,
          icon: L.divIcon({ className: '', html: glyph, iconSize: [14, 14] }) }).addTo(map);
        addLabel(ll, p.name, 'lbl-place lbl-site minz-8', 'places');
      }
    }
  }

  // ---- units ---------------------------------------------------------------------------------
  const ringLayer = L.layerGroup().addTo(map);
  const routeLayer = L.layerGroup().addTo(map);
  const planGeoLayer = L.layerGroup().addTo(map);
  const siteLayer = L.layerGroup().addTo(map);

  function symbolOf(u) { return state.symbols[u.sym] || state.symbols['?'] || { svg: '', w: 30, h: 30, ax: 15, ay: 15 }; }

  function unitElement(u) {
    const s = symbolOf(u);
    const root = document.createElement('div');
    root.className = 'unit';
    root.style.width = s.w + 'px';
    root.style.height = s.h + 'px';
    const sym = document.createElement('div');
    sym.className = 'sym';
    sym.innerHTML = s.svg;           // generated by Python's symbol adapter from a validated SIDC, never user text
    const flag = document.createElement('div');
    flag.className = 'flag';
    flag.textContent = '!';
    const name = document.createElement('div');
    name.className = 'name';
    name.textContent = u.name;       // planner's text: text only
    root.append(sym, flag, name);
    root.title = u.tip || u.name;    // title is an attribute: also text only
    return root;
  }

  function decorate(u) {
    const el = u._el;
    if (!el) return;
    el.classList.toggle('selected', state.selection.has(u.id));
    el.classList.toggle('dim', !!u.dim);
    el.classList.toggle('flag-error', state.flags[u.id] === 'error');
    el.classList.toggle('flag-warning', state.flags[u.id] === 'warning');
  }

  function addRing(u) {
    if (u._ring) { ringLayer.removeLayer(u._ring); u._ring = null; }
    if (!state.options.rings || !(u.range_km > 0) || u.dim) return;
    const air = u.kind === 'air.defence';
    // Air-defence rings are the coverage that matters: filled. ISR footprints are wide: outline only.
    u._ring = L.circle([u.lat, u.lng], {
      renderer: ringRenderer, radius: u.range_km * 1000, interactive: false,
      color: air ? '#1565c0' : '#7b1fa2', weight: air ? 1.2 : 0.9, opacity: air ? 0.9 : 0.55,
      dashArray: air ? null : '2 5', fill: air, fillColor: '#1e88e5', fillOpacity: 0.07,
    }).addTo(ringLayer);
  }

  function addShape(u) {
    if (u._shape) { routeLayer.removeLayer(u._shape); u._shape = null; }
    if (!u.geom || u.geom.type === 'Point') return;
    const sea = u.kind.startsWith('sea.');
    u._shape = L.geoJSON(u.geom, {
      renderer: renderers.routes, interactive: false,
      style: () => ({ color: sea ? '#0d47a1' : '#4a148c', weight: 2.4, dashArray: u.geom.type === 'LineString' ? '8 5' : '4 4',
                      fillColor: sea ? '#1976d2' : '#7b1fa2', fillOpacity: 0.10, opacity: u.dim ? 0.35 : 0.9 }),
    }).addTo(routeLayer);
  }

  function addMarker(u) {
    const s = symbolOf(u);
    u._el = unitElement(u);
    const m = L.marker([u.lat, u.lng], {
      icon: L.divIcon({ className: 'unit-icon', html: u._el, iconSize: [s.w, s.h], iconAnchor: [s.ax, s.ay] }),
      draggable: true, autoPan: true, keyboard: false, pane: 'units', riseOnHover: true,
    });
    m._unitId = u.id;
    m.on('click', (e) => { L.DomEvent.stop(e); select(u.id, e.originalEvent.shiftKey || e.originalEvent.ctrlKey); });
    m.on('dblclick', (e) => { L.DomEvent.stop(e); send('activate', { id: u.id }); });
    m.on('contextmenu', (e) => { L.DomEvent.stop(e); contextAt(e, u.id); });
    m.on('dragstart', () => { if (!state.selection.has(u.id)) select(u.id, false); });
    m.on('drag', (e) => followDrag(u, e.target.getLatLng()));
    m.on('dragend', (e) => { const p = e.target.getLatLng(); send('move', { id: u.id, lat: p.lat, lng: p.lng, final: true }); });
    u._marker = m.addTo(map);
    decorate(u);
  }

  function followDrag(u, ll) {
    if (u._ring) u._ring.setLatLng(ll);
  }

  function removeUnitLayers(u) {
    if (u._marker) map.removeLayer(u._marker);
    if (u._ring) ringLayer.removeLayer(u._ring);
    if (u._shape) routeLayer.removeLayer(u._shape);
    u._marker = u._ring = u._shape = u._el = null;
  }

  function drawUnit(u) {
    addShape(u);
    addRing(u);
    if (!state.canvasMode) addMarker(u);
  }

  // ---- canvas mode for large plans -----------------------------------------------------------
  const UnitCanvas = L.Layer.extend({
    onAdd(m) {
      this._canvas = L.DomUtil.create('canvas', 'unit-canvas');
      this._canvas.style.position = 'absolute';
      m.getPane('units').appendChild(this._canvas);
      m.on('moveend zoomend resize viewreset', this._reset, this);
      m.on('zoomstart', this._hide, this);
      this._reset();
    },
    onRemove(m) {
      m.off('moveend zoomend resize viewreset', this._reset, this);
      m.off('zoomstart', this._hide, this);
      this._canvas.remove();
    },
    _hide() { this._canvas.style.visibility = 'hidden'; },
    _reset() {
      const size = map.getSize(), dpr = window.devicePixelRatio || 1;
      L.DomUtil.setPosition(this._canvas, map.containerPointToLayerPoint([0, 0]));
      this._canvas.width = size.x * dpr; this._canvas.height = size.y * dpr;
      this._canvas.style.width = size.x + 'px'; this._canvas.style.height = size.y + 'px';
      this._canvas.style.visibility = 'visible';
      this.redraw();
    },
    redraw() {
      if (!this._canvas) return;
      const ctx = this._canvas.getContext('2d'), dpr = window.devicePixelRatio || 1, size = map.getSize();
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      const scale = map.getZoom() >= 8 ? 0.8 : 0.55;
      const grid = new Map(), cell = 32;
      this._grid = grid; this._cell = cell;
      let labelsOn = state.options.labels && map.getZoom() >= 9;
      const taken = new Set();
      ctx.font = '11px "DejaVu Sans", sans-serif';
      for (const u of state.units.values()) {
        const p = map.latLngToContainerPoint([u.lat, u.lng]);
        if (p.x < -40 || p.y < -40 || p.x > size.x + 40 || p.y > size.y + 40) continue;
        const s = symbolOf(u), w = s.w * scale, h = s.h * scale;
        const x = p.x - s.ax * scale, y = p.y - s.ay * scale;
        ctx.globalAlpha = u.dim ? 0.35 : 1;
        if (state.selection.has(u.id)) { ctx.fillStyle = 'rgba(255,179,0,0.55)'; ctx.fillRect(x - 3, y - 3, w + 6, h + 6); }
        if (s.img && s.img.complete) ctx.drawImage(s.img, x, y, w, h);
        const flag = state.flags[u.id];
        if (flag) { ctx.fillStyle = flag === 'error' ? '#c62828' : '#ef8f00'; ctx.beginPath(); ctx.arc(x + w, y, 4, 0, 7); ctx.fill(); }
        if (labelsOn && u.name) {
          const k = Math.round(p.x / 120) + ':' + Math.round(p.y / 18);
          if (!taken.has(k)) { taken.add(k); ctx.fillStyle = '#111'; ctx.fillText(u.name, x, y + h + 11); }
        }
        const key = Math.floor(p.x / cell) + ':' + Math.floor(p.y / cell);
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push([u.id, x, y, w, h]);
      }
      ctx.globalAlpha = 1;
    },
    hit(pt) {
      if (!this._grid) return null;
      const cx = Math.floor(pt.x / this._cell), cy = Math.floor(pt.y / this._cell);
      let best = null;
      for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) {
        for (const [id, x, y, w, h] of this._grid.get((cx + dx) + ':' + (cy + dy)) || []) {
          if (pt.x >= x && pt.x <= x + w && pt.y >= y && pt.y <= y + h) best = id;   // last drawn is on top
        }
      }
      return best;
    },
  });
  let unitCanvas = null;
  let canvasDrag = null;

  function canvasMouseDown(e) {
    if (!state.canvasMode || state.mode !== 'select' || e.originalEvent.button !== 0) return;
    const id = unitCanvas.hit(e.containerPoint);
    if (!id) return;
    if (!state.selection.has(id)) select(id, e.originalEvent.shiftKey);
    canvasDrag = { id: id, moved: false };
    map.dragging.disable();
  }
  function canvasMouseMove(e) {
    if (!canvasDrag) return;
    const u = state.units.get(canvasDrag.id);
    if (!u) { canvasDrag = null; return; }
    canvasDrag.moved = true;
    u.lat = e.latlng.lat; u.lng = e.latlng.lng;
    followDrag(u, e.latlng);
    scheduleCanvas();
  }
  function canvasMouseUp(e) {
    if (!canvasDrag) return;
    const d = canvasDrag; canvasDrag = null;
    map.dragging.enable();
    if (d.moved) send('move', { id: d.id, lat: e.latlng.lat, lng: e.latlng.lng, final: true });
  }
  let canvasFrame = 0;
  function scheduleCanvas() {
    if (canvasFrame || !unitCanvas) return;
    canvasFrame = requestAnimationFrame(() => { canvasFrame = 0; unitCanvas.redraw(); });
  }

  function setCanvasMode(on) {
    if (on === state.canvasMode) return;
    state.canvasMode = on;
    if (on) { unitCanvas = new UnitCanvas().addTo(map); }
    else if (unitCanvas) { map.removeLayer(unitCanvas); unitCanvas = null; }
  }

  // ---- labels that stay readable -------------------------------------------------------------
  let labelFrame = 0;
  function scheduleLabels() {
    if (labelFrame) return;
    labelFrame = requestAnimationFrame(() => { labelFrame = 0; placeLabels(); });
  }
  /* Greedy placement: selected units first, then the plan's order; a name that would overlap
     one already shown (or a symbol) is hidden. */
  function placeLabels() {
    if (state.canvasMode) { scheduleCanvas(); return; }
    const show = state.options.labels && map.getZoom() >= LABEL_MIN_ZOOM;
    const size = map.getSize();
    const boxes = [];
    const order = [...state.units.values()].sort((a, b) => (state.selection.has(b.id) ? 1 : 0) - (state.selection.has(a.id) ? 1 : 0));
    const cell = 64, grid = new Map();
    function collides(b) {
      const x0 = Math.floor(b[0] / cell), x1 = Math.floor(b[2] / cell), y0 = Math.floor(b[1] / cell), y1 = Math.floor(b[3] / cell);
      for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
        for (const o of grid.get(x + ':' + y) || []) if (b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]) return true;
      }
      return false;
    }
    function put(b) {
      const x0 = Math.floor(b[0] / cell), x1 = Math.floor(b[2] / cell), y0 = Math.floor(b[1] / cell), y1 = Math.floor(b[3] / cell);
      for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) { const k = x + ':' + y; if (!grid.has(k)) grid.set(k, []); grid.get(k).push(b); }
      boxes.push(b);
    }
    const visible = [];
    for (const u of order) {
      if (!u._el) continue;
      const p = map.latLngToContainerPoint([u.lat, u.lng]);
      if (p.x < -100 || p.y < -100 || p.x > size.x + 100 || p.y > size.y + 100) continue;
      const s = symbolOf(u);
      put([p.x - s.ax, p.y - s.ay, p.x - s.ax + s.w, p.y - s.ay + s.h]);
      visible.push([u, p, s]);
    }
    for (const [u, p, s] of visible) {
      const nameEl = u._el.lastChild;
      if (!show || !u.name) { nameEl.classList.add('hidden'); continue; }
      const w = Math.min(180, 6.4 * u.name.length + 6);
      const top = p.y - s.ay + s.h + 1;
      const b = [p.x - w / 2, top, p.x + w / 2, top + 14];
      if (collides(b)) nameEl.classList.add('hidden');
      else { nameEl.classList.remove('hidden'); put(b); }
    }
  }
  map.on('zoomend moveend', scheduleLabels);

  // ---- selection, context, keyboard ------------------------------------------------------------
  function select(id, add) {
    if (!add) state.selection.clear();
    if (id) { if (add && state.selection.has(id)) state.selection.delete(id); else state.selection.add(id); }
    for (const u of state.units.values()) decorate(u);
    if (state.canvasMode) scheduleCanvas();
    send('select', { ids: [...state.selection], add: false });
  }

  function contextAt(e, id) {
    const p = e.containerPoint || map.mouseEventToContainerPoint(e.originalEvent);
    const ll = e.latlng || map.containerPointToLatLng(p);
    send('context', { id: id || null, lat: ll.lat, lng: wrapLng(ll.lng), x: p.x, y: p.y });
  }

  function wrapLng(lng) { return ((lng + 540) % 360) - 180; }

  map.on('click', (e) => {
    if (state.mode === 'draw') { addDrawPoint(e.latlng); return; }
    if (state.canvasMode) {
      const id = unitCanvas && unitCanvas.hit(e.containerPoint);
      if (id) { select(id, e.originalEvent.shiftKey || e.originalEvent.ctrlKey); return; }
    }
    if (state.selection.size) select(null, false);
  });
  map.on('dblclick', (e) => {
    if (state.mode === 'draw') { finishDraw(); return; }
    if (state.canvasMode) { const id = unitCanvas && unitCanvas.hit(e.containerPoint); if (id) send('activate', { id: id }); }
  });
  map.on('contextmenu', (e) => {
    if (state.mode === 'draw') { finishDraw(); return; }
    const id = state.canvasMode && unitCanvas ? unitCanvas.hit(e.containerPoint) : null;
    contextAt(e, id);
  });
  map.on('mousedown', canvasMouseDown);
  map.on('mousemove', canvasMouseMove);
  map.on('mouseup', canvasMouseUp);

  let cursorFrame = 0, cursorAt = null;
  map.on('mousemove', (e) => {
    cursorAt = e.latlng;
    if (state.draw) updateDrawPreview(e.latlng);
    if (cursorFrame) return;
    cursorFrame = requestAnimationFrame(() => {
      cursorFrame = 0;
      if (cursorAt) send('cursor', { lat: cursorAt.lat, lng: wrapLng(cursorAt.lng) });
    });
  });
  map.on('moveend', () => {
    const b = map.getBounds();
    send('view', { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast(), zoom: map.getZoom() });
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      if (state.mode === 'draw') { cancelDraw(); send('log', { level: 'info', message: 'drawing cancelled' }); }
      else if (state.selection.size) select(null, false);
    } else if (e.key === 'Enter' && state.mode === 'draw') {
      finishDraw();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && state.selection.size && state.mode === 'select') {
      e.preventDefault();
      send('delete', { ids: [...state.selection] });
    }
  });

  // ---- drop from the palette -----------------------------------------------------------------
  const container = map.getContainer();
  container.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; container.classList.add('drop-target'); });
  container.addEventListener('dragleave', () => container.classList.remove('drop-target'));
  container.addEventListener('drop', (e) => {
    e.preventDefault();
    container.classList.remove('drop-target');
    const template = (e.dataTransfer.getData('text/plain') || '').trim();
    if (!template) return;
    const ll = map.mouseEventToLatLng(e);
    send('drop', { template: template, lat: ll.lat, lng: wrapLng(ll.lng) });
  });

  // ---- drawing lines and areas ---------------------------------------------------------------
  const hint = document.getElementById('hint');
  const DRAW_HINT = {
    route: 'Click to add the route\u2019s points; double-click or Enter to finish, Esc to cancel.',
    area: 'Click to add the area\u2019s corners; double-click or Enter to finish, Esc to cancel.',
    cap: 'Click to add the CAP area\u2019s corners; double-click or Enter to finish, Esc to cancel.',
    contact_line: 'Click along the contact line; double-click or Enter to finish, Esc to cancel.',
    occupied_area: 'Click around the occupied area; double-click or Enter to finish, Esc to cancel.',
  };
  function startDraw(kind, unit) {
    cancelDraw();
    state.mode = 'draw';
    state.draw = { kind: kind, unit: unit || null, points: [], preview: null };
    map.doubleClickZoom.disable();
    container.classList.add('drawing');
    hint.textContent = DRAW_HINT[kind] || 'Click to draw; Enter to finish.';
    hint.hidden = false;
  }
  function isArea(kind) { return kind === 'area' || kind === 'cap' || kind === 'occupied_area'; }
  function addDrawPoint(ll) {
    const d = state.draw;
    if (!d) return;
    const last = d.points[d.points.length - 1];
    if (last && last.equals(ll)) return;
    d.points.push(ll);
    updateDrawPreview(null);
  }
  function updateDrawPreview(cursor) {
    const d = state.draw;
    if (!d) return;
    const pts = cursor ? d.points.concat([cursor]) : d.points;
    if (d.preview) map.removeLayer(d.preview);
    const style = { renderer: renderers.draw, color: '#e65100', weight: 2.5, dashArray: '6 4', interactive: false, fillOpacity: 0.12 };
    d.preview = (isArea(d.kind) ? L.polygon(pts, style) : L.polyline(pts, style)).addTo(map);
  }
  function cancelDraw() {
    if (state.draw && state.draw.preview) map.removeLayer(state.draw.preview);
    state.draw = null;
    state.mode = 'select';
    map.doubleClickZoom.enable();
    container.classList.remove('drawing');
    hint.hidden = true;
  }
  function finishDraw() {
    const d = state.draw;
    if (!d) return;
    const pts = d.points.map((p) => [wrapLng(p.lng), p.lat]);
    const need = isArea(d.kind) ? 3 : 2;
    cancelDraw();
    if (pts.length >= need) send('draw', { kind: d.kind, coordinates: pts, unit: d.unit });
    else report('info', 'a ' + d.kind + ' needs at least ' + need + ' points');
  }

  // ---- plan geometries and sites ---------------------------------------------------------------
  function setGeometries(list) {
    planGeoLayer.clearLayers();
    for (const g of list || []) {
      const occupied = g.kind === 'occupied_area';
      L.geoJSON(g.geometry, {
        renderer: renderers.plangeo, interactive: false,
        style: () => occupied
          ? { color: '#b71c1c', weight: 0.8, opacity: 0.6, fillColor: '#d32f2f', fillOpacity: 0.16 }
          : { color: '#b71c1c', weight: 3.2, opacity: 0.95 },
      }).addTo(planGeoLayer);
    }
  }

  function setSites(list) {
    siteLayer.clearLayers();
    if (!state.options.sites) return;
    for (const s of list || []) {
      const m = L.circleMarker([s.lat, s.lng], {
        renderer: renderers.sites, radius: 9, weight: 2.2, fill: true, fillOpacity: 0.08,
        color: s.covered ? '#2e7d32' : '#c62828', dashArray: s.covered ? null : '3 2', interactive: true,
      });
      m.bindTooltip(s.name + (s.covered ? ' \u2014 inside an air-defence ring' : ' \u2014 NOT covered by air defence'), { direction: 'top' });
      m.addTo(siteLayer);
    }
    state.sites = list || [];
  }

  // ---- the app object Python calls -------------------------------------------------------------
  function unitsBounds(ids) {
    const pts = [];
    for (const id of ids || []) { const u = state.units.get(id); if (u) pts.push([u.lat, u.lng]); }
    return pts;
  }

  const app = {
    setSymbols(symbols) {
      for (const [k, s] of Object.entries(symbols || {})) {
        const img = new Image();
        img.onload = () => { if (state.canvasMode) scheduleCanvas(); };
        img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(s.svg);
        state.symbols[k] = Object.assign({}, s, { img: img });
      }
    },
    setPlan(plan) {
      const t0 = performance.now();
      for (const u of state.units.values()) removeUnitLayers(u);
      state.units.clear();
      state.selection.clear();
      state.flags = {};
      const units = plan.units || [];
      setCanvasMode(units.length > DOM_LIMIT);
      for (const u of units) { state.units.set(u.id, u); drawUnit(u); }
      setGeometries(plan.geometries);
      if (state.canvasMode) unitCanvas.redraw(); else placeLabels();
      requestAnimationFrame(() => requestAnimationFrame(() =>
        send('rendered', { units: units.length, ms: performance.now() - t0 })));
    },
    upsertUnits(list) {
      for (const u of list || []) {
        const old = state.units.get(u.id);
        if (old) removeUnitLayers(old);
        state.units.set(u.id, u);
        drawUnit(u);
      }
      if (!state.canvasMode && state.units.size > DOM_LIMIT * 1.2) app.setPlan({ units: [...state.units.values()], geometries: null });
      if (state.canvasMode) scheduleCanvas(); else scheduleLabels();
    },
    removeUnits(ids) {
      for (const id of ids || []) {
        const u = state.units.get(id);
        if (!u) continue;
        removeUnitLayers(u);
        state.units.delete(id);
        state.selection.delete(id);
      }
      if (state.canvasMode) scheduleCanvas(); else scheduleLabels();
    },
    setGeometries: setGeometries,
    setSites: setSites,
    setSelection(ids) {
      state.selection = new Set(ids || []);
      for (const u of state.units.values()) decorate(u);
      if (state.canvasMode) scheduleCanvas(); else scheduleLabels();
    },
    setFlags(flags) {
      state.flags = flags || {};
      for (const u of state.units.values()) decorate(u);
      if (state.canvasMode) scheduleCanvas();
    },
    highlight(target) {
      for (const id of (target && target.units) || []) {
        const u = state.units.get(id);
        if (u && u._el) { u._el.classList.remove('pulse'); void u._el.offsetWidth; u._el.classList.add('pulse'); }
      }
      for (const [lng, lat] of (target && target.sites) || []) {
        const ring = L.circleMarker([lat, lng], { renderer: renderers.draw, radius: 16, color: '#e53935', weight: 3, fill: false, interactive: false }).addTo(map);
        setTimeout(() => map.removeLayer(ring), 2500);
      }
    },
    fitTo(target) {
      const pts = unitsBounds(target && target.units);
      for (const [lng, lat] of (target && target.sites) || []) pts.push([lat, lng]);
      if (!pts.length) return;
      if (pts.length === 1) map.setView(pts[0], Math.max(map.getZoom(), 8.5));
      else map.fitBounds(L.latLngBounds(pts).pad(0.25), { maxZoom: 9 });
    },
    fitUkraine() { map.fitBounds(UKRAINE, { padding: [8, 8] }); },
    setMode(mode, options) {
      if (mode === 'draw') startDraw(options && options.kind, options && options.unit);
      else cancelDraw();
    },
    setOptions(opts) {
      Object.assign(state.options, opts || {});
      container.classList.toggle('labels-off', !state.options.labels);
      for (const u of state.units.values()) addRing(u);
      if (state.sites) setSites(state.sites);
      if (state.canvasMode) scheduleCanvas(); else scheduleLabels();
    },
    // read-only helpers for tests and print
    _state() { return { units: state.units.size, canvas: state.canvasMode, zoom: map.getZoom(), selection: [...state.selection], mode: state.mode }; },
    _unitPoint(id) { const u = state.units.get(id); if (!u) return null; const p = map.latLngToContainerPoint([u.lat, u.lng]); return [p.x, p.y]; },
    _latLngAt(x, y) { const ll = map.containerPointToLatLng([x, y]); return [ll.lat, ll.lng]; },
    _pointOf(lat, lng) { const p = map.latLngToContainerPoint([lat, lng]); return [p.x, p.y]; },
    _nameShown(id) { const u = state.units.get(id); return !!(u && u._el && !u._el.lastChild.classList.contains('hidden')); },
    map: map,
  };
  window.app = app;

  // ---- start ----------------------------------------------------------------------------------
  // Until the planner pans or zooms, the view keeps fitting Ukraine as the window is laid out.
  let userMoved = false;
  for (const ev of ['mousedown', 'wheel', 'keydown', 'touchstart']) container.addEventListener(ev, () => { userMoved = true; }, { passive: true });
  map.on('resize', () => { if (!userMoved) map.fitBounds(UKRAINE, { padding: [8, 8], animate: false }); });
  map.fitBounds(UKRAINE, { padding: [8, 8], animate: false });
  setZoomClasses();
  function connect() {
    return new Promise((resolve) => {
      if (typeof qt === 'undefined' || !qt.webChannelTransport) { resolve(null); return; }
      new QWebChannel(qt.webChannelTransport, (channel) => resolve(channel.objects.bridge));
    });
  }
  Promise.all([connect(), drawBaseMap()]).then(([b]) => {
    bridge = b;
    if (bridge) {
      bridge.toPage.connect((text) => {
        let msg;
        try { msg = JSON.parse(text); } catch (err) { report('error', 'bad call from Python: ' + err); return; }
        const fn = app[msg.fn];
        if (typeof fn !== 'function' || msg.fn.startsWith('_')) { report('error', 'unknown page call ' + msg.fn); return; }
        try { fn.apply(app, msg.args || []); } catch (err) { report('error', msg.fn + ': ' + (err && err.stack || err)); }
      });
    }
    send('ready', {});
  }).catch((err) => { report('error', 'map start failed: ' + (err && err.stack || err)); });
})();
