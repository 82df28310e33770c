/* Posture map page: the offline base map of Ukraine and the plan's units.
 *
 * Talks to Python only through the `bridge` object of QWebChannel:
 *   page -> Python: bridge.send(JSON.stringify({type, ...payload}))  (types: desktop/ui/bridge.py Msg)
 *   Python -> page: bridge.toPage(JSON {fn, args}) calls app[fn](...args) (names: bridge.py PageCall)
 * Text typed by planners (unit names) is only ever set with textContent, never as markup.
 */
'use strict';

(function () {
  const UKRAINE = PostureBase.UKRAINE;
  // Above this many units, draw them on one canvas. Measured (bench, offscreen, 2 cores): opening
  // 300 / 1,000 / 1,500 units takes 0.17 / 0.45 / 0.60 s as DOM markers and about 0.2 s on the
  // canvas. Markers keep per-unit tooltips, CSS selection and name labels, so they stay the
  // choice while an open stays under half a second.
  const DOM_LIMIT = 1000;
  const LABEL_MIN_ZOOM = 6.5;    // unit names show from here, where they do not collide

  const state = {
    units: new Map(),            // id -> unit record from Python (+ ._marker, ._ring, ._shape)
    images: new Map(),           // symbol svg -> Image (canvas mode)
    stacks: [],                  // units standing together at this zoom: {x, y, items, marker}
    fan: null,                   // the open stack: {stack, leaders, pinned}
    selection: new Set(),
    flags: {},                   // id -> 'error' | 'warning'
    options: { rings: true, labels: true, sites: true },
    mode: 'select',
    draw: null,                  // {kind, unit, points: [], preview}
    canvasMode: false,
    baseDrawn: Promise.resolve(),  // settles when the base map layers are on the map
    drawn: Promise.resolve(),      // settles when the plan's units and the base map are drawn
  };

  // Python calls app[fn](...args) (names: bridge.py PageCall); page modules add to app later.
  const channel = PostureChannel.open('bridge', () => window.app || {});
  const send = channel.send, report = channel.report;

  // ---- map and panes -----------------------------------------------------------------------
  const map = L.map('map', {
    zoomControl: true, attributionControl: true, minZoom: 4.5, maxZoom: 13,
    zoomSnap: 0.25, zoomDelta: 0.5, wheelPxPerZoomLevel: 90,
    maxBounds: L.latLngBounds([38.5, 14.0], [59.0, 48.0]), maxBoundsViscosity: 0.8,
    doubleClickZoom: true, boxZoom: false, fadeAnimation: false,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(T(PostureBase.ATTRIBUTION));
  PostureText.scale(L.control.scale({ metric: true, imperial: false, maxWidth: 160, position: 'bottomleft' })).addTo(map);
  PostureText.zoomControl(map);

  const renderers = PostureBase.createPanes(map);
  const ringRenderer = L.canvas({ pane: 'rings', padding: 0.3 });
  map.on('zoomend', () => PostureBase.setZoomClasses(map));

  // ---- units ---------------------------------------------------------------------------------
  const ringLayer = L.layerGroup().addTo(map);
  const routeLayer = L.layerGroup().addTo(map);
  const planGeoLayer = L.layerGroup().addTo(map);
  const siteLayer = L.layerGroup().addTo(map);

  // Symbols are drawn here, by the one engine (symbols.js: milsymbol.js from npm + the nation
  // marking), from the unit's stored code; `planned` when it arrives in a later phase.
  const SYMBOL_SIZE = 26;
  function symbolOf(u) {
    if (!u._sym) {
      try {
        u._sym = PostureSymbols.draw({ sidc: u.sidc, nation: u.nation, planned: !!u.planned, designation: u.designation || '', size: SYMBOL_SIZE });
      } catch (err) {
        report('error', 'symbol ' + u.sidc + ': ' + err);
        u._sym = { svg: '', w: 30, h: 30, ax: 15, ay: 15 };
      }
    }
    return u._sym;
  }
  function imageOf(s) {
    let img = state.images.get(s.svg);
    if (!img) {
      img = new Image();
      img.onload = () => { if (state.canvasMode) scheduleCanvas(); };
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(s.svg);
      state.images.set(s.svg, img);
    }
    return img;
  }

  function unitElement(u) {
    const s = symbolOf(u);
    const root = document.createElement('div');
    root.className = 'unit';
    root.style.width = s.w + 'px';
    root.style.height = s.h + 'px';
    const sym = document.createElement('div');
    sym.className = 'sym';
    sym.innerHTML = s.svg;           // symbols.js output: a validated code, an ISO code, escaped text
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
    el.style.outline = u.tint ? '3px solid ' + u.tint : '';   // provenance colour (one of Python's fixed palette)
  }

  function addRing(u) {
    if (u._ring) { ringLayer.removeLayer(u._ring); u._ring = null; }
    if (!state.options.rings || !(u.range_km > 0) || u.dim || u.planned) return;   // not there in this phase
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
    m.on('click', (e) => {
      L.DomEvent.stop(e);
      if (app._tool && app._tool.click(e, u.id)) return;   // measuring, picking among stacked units (tools.js)
      if (state.mode === 'draw') addDrawPoint(e.latlng);   // a route may start or pass at a unit
      else select(u.id, e.originalEvent.shiftKey || e.originalEvent.ctrlKey);
    });
    m.on('dblclick', (e) => { L.DomEvent.stop(e); if (state.mode === 'draw') finishDraw(); else send('activate', { id: u.id }); });
    m.on('contextmenu', (e) => { L.DomEvent.stop(e); contextAt(e, u.id); });
    m.on('dragstart', () => { if (state.fan) closeFan(); if (!state.selection.has(u.id)) select(u.id, false); });
    m.on('drag', (e) => followDrag(u, e.target.getLatLng()));
    m.on('dragend', (e) => {
      const p = e.target.getLatLng();
      u.lat = p.lat; u.lng = p.lng;   // Python does not echo a drag back (Change.source): keep our copy true
      scheduleLabels();
      send('move', { id: u.id, lat: p.lat, lng: p.lng, final: true });
    });
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
      const scale = canvasScale(), k = scale * dpr;
      let missing = 0;
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
        const drawn = sheet && (sheet.k === k ? sheet.copy(ctx, s, x, y, dpr) : sheet.draw(ctx, s, x, y, w, h));
        if (!drawn && s.svg) {
          missing++;
          if (!nextSheet) { const img = imageOf(s); if (img.complete) ctx.drawImage(img, x, y, w, h); }
        }
        if (u.tint) { ctx.strokeStyle = u.tint; ctx.lineWidth = 3; ctx.strokeRect(x - 2, y - 2, w + 4, h + 4); }
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
      // A few new symbols (a drop) are drawn one by one; a new zoom scale or many new symbols: a new sheet.
      if (!nextSheet && (missing > 50 || (sheet && sheet.k !== k))) renewSheet(k);
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

  // The canvas copies each symbol from a sheet (sprites.js): every distinct symbol of the plan
  // rasterised once at the scale drawn. `nextSheet` is being made; until it is ready the canvas
  // keeps the last sheet (scaled, after a zoom), and units whose symbol it lacks wait for it.
  let sheet = null, nextSheet = null;
  function canvasScale() { return map.getZoom() >= 8 ? 0.8 : 0.55; }
  function renewSheet(k) {
    if (nextSheet && nextSheet.k === k) return nextSheet.ready;
    const symbols = new Set();
    for (const u of state.units.values()) symbols.add(symbolOf(u));
    if (sheet && sheet.k === k && [...symbols].every((s) => sheet.has(s) || !s.svg)) {   // it has them all
      scheduleCanvas();
      return Promise.resolve();
    }
    const made = PostureSprites.sheet(symbols, k);
    nextSheet = made;
    return made.ready.then(() => {
      if (nextSheet === made) { sheet = made; nextSheet = null; scheduleCanvas(); }
    }, (err) => {
      if (nextSheet === made) nextSheet = null;
      report('error', 'symbol sheet: ' + err);
    });
  }

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
    else if (unitCanvas) { map.removeLayer(unitCanvas); unitCanvas = null; sheet = nextSheet = null; }
    showRingsForZoom();
  }

  // With a thousand units or more, hundreds of range rings would hide the map at country scale:
  // they show from zoom 7 (about an oblast across the window) on.
  const RING_MIN_ZOOM_CROWDED = 7;
  function showRingsForZoom() {
    const show = !state.canvasMode || map.getZoom() >= RING_MIN_ZOOM_CROWDED;
    if (show && !map.hasLayer(ringLayer)) map.addLayer(ringLayer);
    else if (!show && map.hasLayer(ringLayer)) map.removeLayer(ringLayer);
  }
  map.on('zoomend', showRingsForZoom);

  // ---- stacks: units that stand together at this zoom --------------------------------------------
  // Symbols that would overlap are drawn as one stack (the first unit's symbol on two shadows, the
  // count and the nations); a click or a hover opens it into a fan around its centre, each unit
  // with a leader line to where it stands. Grouping depends on the zoom only: a pan keeps it.
  const stackLayer = L.layerGroup().addTo(map);
  const leaderRenderer = L.svg({ pane: 'routes', padding: 0.3 });
  function unitItem(u) {
    const p = map.latLngToContainerPoint([u.lat, u.lng]), s = symbolOf(u);
    return { id: u.id, x: p.x, y: p.y, w: s.w, h: s.h, ax: s.ax, ay: s.ay, nation: u.nation, u: u };
  }
  function setShown(u, on) {
    const el = u._marker && u._marker.getElement();
    if (el) el.style.display = on ? '' : 'none';
    u._stacked = !on;
  }
  function stackElement(g) {
    const top = g.items[0], s = symbolOf(top.u);
    const root = document.createElement('div');
    root.className = 'stack';
    root.style.width = s.w + 'px';
    root.style.height = s.h + 'px';
    for (const cls of ['sym back2', 'sym back1', 'sym']) {
      const d = document.createElement('div');
      d.className = cls;
      d.innerHTML = s.svg;          // symbols.js output, as for a unit
      root.append(d);
    }
    const count = document.createElement('div');
    count.className = 'count';
    count.textContent = String(g.items.length);
    const nations = document.createElement('div');
    nations.className = 'nations';
    const ns = PostureDeclutter.nationsOf(g.items);
    nations.textContent = ns.slice(0, 4).join(' \u00b7 ') + (ns.length > 4 ? ' +' + (ns.length - 4) : '');
    root.append(count, nations);
    root.title = N('%n unit(s) here: {names}', g.items.length, { names: g.items.map((it) => it.u.name || it.u.kind).join(', ') }) + '\n' + T('Click to open');
    return root;
  }
  function restack() {
    if (state.fan) closeFan();
    stackLayer.clearLayers();
    state.stacks = [];
    if (state.canvasMode) return;
    const items = [];
    for (const u of state.units.values()) if (u._marker) items.push(unitItem(u));
    for (const g of PostureDeclutter.cluster(items, 2)) {
      if (g.items.length === 1) { setShown(g.items[0].u, true); continue; }
      for (const it of g.items) setShown(it.u, false);
      const top = g.items[0], s = symbolOf(top.u);
      const el = stackElement(g);
      const m = L.marker(map.containerPointToLatLng([g.x, g.y]), {
        icon: L.divIcon({ className: 'unit-icon', html: el, iconSize: [s.w, s.h], iconAnchor: [s.ax, s.ay] }),
        pane: 'units', keyboard: false, riseOnHover: true,
      });
      g.marker = m;
      g.el = el;
      m.on('click', (e) => {
        L.DomEvent.stop(e);
        if (state.mode === 'draw') { addDrawPoint(e.latlng); return; }
        // where the click was (a marker's event carries the marker's own position)
        const p = map.mouseEventToContainerPoint(e.originalEvent);
        const ev = Object.assign({}, e, { containerPoint: p, latlng: map.containerPointToLatLng(p) });
        if (app._tool && app._tool.click(ev, g.items[0].id)) return;   // measuring, picking (tools.js)
        openFan(g, true);
        // a click on the spot where one of them stands also selects it
        let best = null, bestD = 13;
        for (const u of state.units.values()) {
          const q = map.latLngToContainerPoint([u.lat, u.lng]), d = Math.max(Math.abs(q.x - p.x), Math.abs(q.y - p.y));
          if (d < bestD) { best = u.id; bestD = d; }
        }
        if (best) select(best, e.originalEvent.shiftKey || e.originalEvent.ctrlKey);
      });
      m.on('dblclick', (e) => L.DomEvent.stop(e));
      m.on('contextmenu', (e) => { L.DomEvent.stop(e); contextAt(e, null); });
      el.addEventListener('mouseenter', () => { if (!state.fan && state.mode === 'select') hoverTimer = setTimeout(() => openFan(g, false), 250); });
      el.addEventListener('mouseleave', () => clearTimeout(hoverTimer));
      m.addTo(stackLayer);
      state.stacks.push(g);
    }
    decorateStacks();
  }
  let hoverTimer = 0, closeTimer = 0;
  function decorateStacks() {
    for (const g of state.stacks) {
      if (!g.el) continue;
      g.el.classList.toggle('selected', g.items.some((it) => state.selection.has(it.id)));
      const flags = g.items.map((it) => state.flags[it.id]);
      g.el.classList.toggle('flag-error', flags.includes('error'));
      g.el.classList.toggle('flag-warning', !flags.includes('error') && flags.includes('warning'));
    }
  }
  function openFan(g, pinned) {
    if (state.fan && state.fan.stack === g) { state.fan.pinned = state.fan.pinned || pinned; return; }
    if (state.fan) closeFan();
    const centre = map.latLngToContainerPoint(g.marker.getLatLng());
    const items = g.items.map((it) => unitItem(it.u));
    const spots = PostureDeclutter.fan(items, centre.x, centre.y, 8);
    const leaders = L.layerGroup().addTo(map);
    g.marker.getElement().style.visibility = 'hidden';
    for (const sp of spots) {
      const u = sp.item.u, at = map.latLngToContainerPoint([u.lat, u.lng]);
      setShown(u, true);
      u._marker.setZIndexOffset(2000);
      u._el.style.transform = 'translate(' + (sp.x - at.x) + 'px,' + (sp.y - at.y) + 'px)';
      u._fanned = true;
      L.polyline([[u.lat, u.lng], map.containerPointToLatLng([sp.x, sp.y])], {
        renderer: leaderRenderer, color: '#37474f', weight: 1.2, opacity: 0.9, interactive: false,
      }).addTo(leaders);
      L.circleMarker([u.lat, u.lng], { renderer: leaderRenderer, radius: 2.5, weight: 1, color: '#37474f', fillColor: '#fff', fillOpacity: 1, interactive: false }).addTo(leaders);
      const el = u._marker.getElement();
      el.addEventListener('mouseenter', keepFan);
      el.addEventListener('mouseleave', leaveFan);
    }
    state.fan = { stack: g, leaders: leaders, pinned: pinned, spots: spots };
    g.el.addEventListener('mouseleave', leaveFan);
    scheduleLabels();
  }
  function keepFan() { clearTimeout(closeTimer); }
  function leaveFan() {
    clearTimeout(closeTimer);
    if (state.fan && !state.fan.pinned) closeTimer = setTimeout(closeFan, 700);
  }
  function closeFan() {
    const f = state.fan;
    if (!f) return;
    state.fan = null;
    clearTimeout(closeTimer);
    map.removeLayer(f.leaders);
    for (const sp of f.spots) {
      const u = sp.item.u;
      if (!u._el) continue;
      u._el.style.transform = '';
      u._fanned = false;
      u._marker.setZIndexOffset(0);
      const el = u._marker.getElement();
      if (el) { el.removeEventListener('mouseenter', keepFan); el.removeEventListener('mouseleave', leaveFan); }
      setShown(u, false);
    }
    const el = f.stack.marker.getElement();
    if (el) el.style.visibility = '';
    scheduleLabels();
  }

  // ---- labels that stay readable -------------------------------------------------------------
  // One placement (declutter.js) for unit names and place names: no label over a symbol or over
  // another label; the capital, the regional capitals and the priority sites always keep theirs
  // (moved round their dot clear of the symbols), other names show where there is room.
  let labelFrame = 0, stackFrame = 0;
  function scheduleLabels() {
    if (labelFrame) return;
    labelFrame = requestAnimationFrame(() => { labelFrame = 0; placeLabels(); });
  }
  function scheduleStacks() {
    if (stackFrame) return;
    stackFrame = requestAnimationFrame(() => { stackFrame = 0; restack(); placeLabels(); });
  }
  const measure = document.createElement('canvas').getContext('2d');
  measure.font = '11px "DejaVu Sans", sans-serif';
  function nameWidth(text) { return Math.min(180, measure.measureText(text).width + 8); }
  function placeSize(pl) {
    if (!pl._w) { pl._w = pl.el.offsetWidth; pl._h = pl.el.offsetHeight; }
    return [pl._w, pl._h];
  }
  function placeLabels() {
    if (state.canvasMode) { scheduleCanvas(); return; }
    const zoom = map.getZoom(), size = map.getSize();
    const showNames = state.options.labels && zoom >= LABEL_MIN_ZOOM;
    const obstacles = [], labels = [], units = [];
    const onScreen = (p) => p.x > -150 && p.y > -100 && p.x < size.x + 150 && p.y < size.y + 100;
    const fanned = new Map((state.fan ? state.fan.spots : []).map((sp) => [sp.item.id, sp]));
    for (const u of state.units.values()) {
      if (!u._el) continue;
      const nameEl = u._el.lastChild;
      const sp = fanned.get(u.id);
      const p = sp ? L.point(sp.x, sp.y) : map.latLngToContainerPoint([u.lat, u.lng]);
      if (u._stacked || !onScreen(p)) { nameEl.classList.add('hidden'); continue; }
      const s = symbolOf(u), box = [p.x - s.ax, p.y - s.ay, p.x - s.ax + s.w, p.y - s.ay + s.h];
      obstacles.push(box);
      if (p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y) units.push([u, box]);
      else nameEl.classList.add('hidden');
    }
    for (const g of state.stacks) {
      if (state.fan && state.fan.stack === g) continue;
      const p = map.latLngToContainerPoint(g.marker.getLatLng()), s = symbolOf(g.items[0].u);
      obstacles.push([p.x - s.ax - 4, p.y - s.ay - 6, p.x - s.ax + s.w + 8, p.y - s.ay + s.h + 15]);  // shadows, count, nations
    }
    const sites = new Set((state.sites || []).map((x) => x.name));
    const placeOf = new Map();
    for (const pl of PostureBase.places) {
      const p = map.latLngToContainerPoint(pl.latlng);
      const on = (!pl.minz || zoom >= pl.minz || sites.has(pl.name)) && onScreen(p);
      pl.el.style.visibility = on ? '' : 'hidden';
      if (!on) continue;
      pl.el.classList.toggle('minz-override', sites.has(pl.name));
      const [w, h] = placeSize(pl), r = pl.dot / 2 + 1;
      const keep = pl.major || sites.has(pl.name);
      placeOf.set(pl.key, [pl, p]);
      if (pl.fixed) labels.push({ id: 'p:' + pl.key, w: w, h: h, box: [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2], fixed: true, rank: 3 });
      else labels.push({ id: 'p:' + pl.key, w: w, h: h, box: [p.x - r, p.y - r, p.x + r, p.y + r], keep: keep, gap: 2, rank: keep ? 0 : 2 });
    }
    const selected = (u) => state.selection.has(u.id);
    units.sort((a, b) => (selected(b[0]) ? 1 : 0) - (selected(a[0]) ? 1 : 0));
    for (const [u, box] of units) {
      if (!showNames || !u.name) continue;
      labels.push({ id: 'u:' + u.id, w: nameWidth(u.name), h: 14, box: box, keep: false, gap: 1, rank: 1 });
    }
    labels.sort((a, b) => a.rank - b.rank);
    const at = PostureDeclutter.place(labels, obstacles, [0, 0, size.x, size.y]);
    for (const [name, [pl, p]] of placeOf) {
      const r = at['p:' + pl.key];
      if (!r || !r.shown) { pl.el.style.visibility = 'hidden'; continue; }
      pl.el.style.transform = 'translate(' + (r.x - p.x) + 'px,' + (r.y - p.y) + 'px)';
    }
    for (const [u, box] of units) {
      const nameEl = u._el.lastChild, r = at['u:' + u.id];
      if (!r || !r.shown) { nameEl.classList.add('hidden'); continue; }
      nameEl.classList.remove('hidden');
      nameEl.style.left = (r.x - box[0]) + 'px';
      nameEl.style.top = (r.y - box[1]) + 'px';
    }
  }
  map.on('zoomend', scheduleStacks);
  map.on('moveend', scheduleLabels);
  map.on('zoomstart', () => { if (state.fan) closeFan(); });

  // ---- selection, context, keyboard ------------------------------------------------------------
  function select(id, add) {
    if (!add) state.selection.clear();
    if (id) { if (add && state.selection.has(id)) state.selection.delete(id); else state.selection.add(id); }
    for (const u of state.units.values()) decorate(u);
    decorateStacks();
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
    if (app._tool && app._tool.click(e, null)) return;
    if (state.mode === 'draw') { addDrawPoint(e.latlng); return; }
    if (state.fan) closeFan();
    if (!state.canvasMode && state.stacks.length) {
      // a click where a stacked unit stands (its symbol is in the stack): as a click on it
      const p = e.containerPoint;
      let best = null, bestD = 13;
      for (const g of state.stacks) for (const it of g.items) {
        const q = map.latLngToContainerPoint([it.u.lat, it.u.lng]), d = Math.max(Math.abs(q.x - p.x), Math.abs(q.y - p.y));
        if (d < bestD) { best = it.id; bestD = d; }
      }
      if (best && app._tool && app._tool.click(e, best)) return;
      if (best) { select(best, e.originalEvent.shiftKey || e.originalEvent.ctrlKey); return; }
    }
    if (state.canvasMode) {
      const id = unitCanvas && unitCanvas.hit(e.containerPoint);
      if (id && app._tool && app._tool.click(e, id)) return;
      if (id) { select(id, e.originalEvent.shiftKey || e.originalEvent.ctrlKey); return; }
    }
    if (state.selection.size) select(null, false);
  });
  map.on('dblclick', (e) => {
    if (app._tool && app._tool.dblclick && app._tool.dblclick(e)) return;
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
      else if (state.fan) closeFan();
      else if (state.selection.size) select(null, false);
    } else if (e.key === 'Enter' && state.mode === 'draw') {
      finishDraw();
    } else if (e.key === 'Enter' && state.selection.size === 1) {
      send('activate', { id: [...state.selection][0] });
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
    route: T('Click to add the route\u2019s points; double-click or Enter to finish, Esc to cancel.'),
    area: T('Click to add the area\u2019s corners; double-click or Enter to finish, Esc to cancel.'),
    cap: T('Click to add the CAP area\u2019s corners; double-click or Enter to finish, Esc to cancel.'),
    contact_line: T('Click along the contact line; double-click or Enter to finish, Esc to cancel.'),
    occupied_area: T('Click around the occupied area; double-click or Enter to finish, Esc to cancel.'),
  };
  function startDraw(kind, unit) {
    cancelDraw();
    state.mode = 'draw';
    state.draw = { kind: kind, unit: unit || null, points: [], preview: null };
    map.doubleClickZoom.disable();
    container.classList.add('drawing');
    hint.textContent = DRAW_HINT[kind] || T('Click to draw; Enter to finish.');
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
    state.geometries = list || [];
    planGeoLayer.clearLayers();
    PostureBase.drawPlanGeometries(planGeoLayer, renderers, list);
  }

  function setSites(list) {
    siteLayer.clearLayers();
    if (!state.options.sites) return;
    for (const s of list || []) {
      const m = L.circleMarker([s.lat, s.lng], {
        renderer: renderers.sites, radius: 9, weight: 2.2, fill: true, fillOpacity: 0.08,
        color: s.covered ? '#2e7d32' : '#c62828', dashArray: s.covered ? null : '3 2', interactive: true,
      });
      m.bindTooltip(PostureText.place(s.name) + ' \u2014 ' + (s.covered ? T('inside an air-defence ring') : T('NOT covered by air defence')), { direction: 'top' });
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

  // "rendered": the units (every symbol; in canvas mode once its sheet is made) and the base map
  // are on screen, drawn at the map's size, which Python checks against the view's.
  function sendRendered(t0) {
    const s = map.getSize();
    send('rendered', { units: state.units.size, ms: performance.now() - t0, width: s.x, height: s.y });
  }

  const app = {
    setSymbols() { /* symbols are drawn in the page (symbols.js); kept for older callers */ },
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
      let drawn = Promise.resolve();
      if (state.canvasMode) {
        drawn = renewSheet(canvasScale() * (window.devicePixelRatio || 1));   // then the canvas is drawn at the next frame
      } else { restack(); placeLabels(); }
      // "rendered" one frame after the units and the base map are both drawn (sendRendered).
      state.drawn = Promise.all([state.baseDrawn, drawn]);
      state.drawn.then(() => requestAnimationFrame(() => sendRendered(t0)));
    },
    renderedAt(width, height) {
      // Python saw "rendered" at a size the view no longer has: say it again once drawn at this one.
      const t0 = performance.now();
      let timer = 0;
      const check = () => {
        const s = map.getSize();
        if (s.x !== width || s.y !== height) return;
        map.off('resize', check);
        clearTimeout(timer);
        // the resize redrew the base map and the units (a new symbol sheet, if the zoom needs one)
        Promise.all([state.drawn, nextSheet && nextSheet.ready]).then(() => requestAnimationFrame(() => sendRendered(t0)));
      };
      map.on('resize', check);
      timer = setTimeout(() => { map.off('resize', check); sendRendered(t0); }, 3000);   // it never came: as it is
      map.invalidateSize({ animate: false });
      check();
    },
    upsertUnits(list) {
      for (const u of list || []) {
        const old = state.units.get(u.id);
        if (old) removeUnitLayers(old);
        state.units.set(u.id, u);
        drawUnit(u);
      }
      if (!state.canvasMode && state.units.size > DOM_LIMIT * 1.2) app.setPlan({ units: [...state.units.values()], geometries: state.geometries });
      if (state.canvasMode) scheduleCanvas(); else scheduleStacks();
    },
    setTips(tips) {
      // a plan's tooltips, sent once it is drawn (not building 10,000 of them before the first frame)
      for (const [id, tip] of Object.entries(tips || {})) {
        const u = state.units.get(id);
        if (!u) continue;
        u.tip = String(tip);
        if (u._el) u._el.title = u.tip;     // title is an attribute: text only
      }
    },
    removeUnits(ids) {
      for (const id of ids || []) {
        const u = state.units.get(id);
        if (!u) continue;
        removeUnitLayers(u);
        state.units.delete(id);
        state.selection.delete(id);
      }
      if (state.canvasMode) scheduleCanvas(); else scheduleStacks();
    },
    setGeometries: setGeometries,
    setSites: setSites,
    setSelection(ids) {
      state.selection = new Set(ids || []);
      for (const u of state.units.values()) decorate(u);
      decorateStacks();
      if (state.canvasMode) scheduleCanvas(); else scheduleLabels();
    },
    setFlags(flags) {
      state.flags = flags || {};
      for (const u of state.units.values()) decorate(u);
      decorateStacks();
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
    // for page modules (tools.js): send a message, select like a click, units drawn near a point
    _send: send,
    _select: select,
    _unitsAt(x, y, r) {
      const out = [];
      for (const u of state.units.values()) {
        const p = map.latLngToContainerPoint([u.lat, u.lng]);
        if (Math.abs(p.x - x) <= r && Math.abs(p.y - y) <= r) out.push({ id: u.id, name: u.name, tip: u.tip || u.name, sym: u.sym });
      }
      return out;
    },
    _unitLatLng(id) { const u = state.units.get(id); return u ? [u.lat, u.lng] : null; },
    _unitPoint(id) { const u = state.units.get(id); if (!u) return null; const p = map.latLngToContainerPoint([u.lat, u.lng]); return [p.x, p.y]; },
    _latLngAt(x, y) { const ll = map.containerPointToLatLng([x, y]); return [ll.lat, ll.lng]; },
    _pointOf(lat, lng) { const p = map.latLngToContainerPoint([lat, lng]); return [p.x, p.y]; },
    _unitLook(id) { const u = state.units.get(id); return u ? { tint: u.tint || null, dim: !!u.dim, outline: u._el ? u._el.style.outline : null } : null; },
    _stacks() { return state.stacks.map((g) => ({ ids: g.items.map((it) => it.id), nations: PostureDeclutter.nationsOf(g.items) })); },
    _fan(id) { const g = state.stacks.find((x) => x.items.some((it) => it.id === id)); if (g) openFan(g, true); return state.fan ? state.fan.spots.map((sp) => [sp.item.id, sp.x, sp.y]) : []; },
    _placeShown(name) { const pl = PostureBase.places.find((x) => x.name === name); return !!pl && pl.el.style.visibility !== 'hidden' && getComputedStyle(pl.el).display !== 'none'; },
    _boxes() {
      const out = { symbols: [], labels: [] };
      for (const el of document.querySelectorAll('.leaflet-marker-icon.unit-icon')) {
        if (el.style.display === 'none' || el.style.visibility === 'hidden') continue;
        const sym = el.querySelector('.sym:not(.back1):not(.back2)'); if (!sym) continue;
        const r = sym.getBoundingClientRect(); out.symbols.push([r.left, r.top, r.right, r.bottom]);
        const n = el.querySelector('.name:not(.hidden)');
        if (n && getComputedStyle(n).display !== 'none') { const q = n.getBoundingClientRect(); out.labels.push([q.left, q.top, q.right, q.bottom, n.textContent]); }
      }
      for (const pl of PostureBase.places) {
        if (pl.el.style.visibility === 'hidden' || getComputedStyle(pl.el).display === 'none') continue;
        const q = pl.el.getBoundingClientRect(); out.labels.push([q.left, q.top, q.right, q.bottom, pl.name]);
      }
      return out;
    },
    _nameShown(id) { const u = state.units.get(id); return !!(u && u._el && !u._el.lastChild.classList.contains('hidden')); },
    map: map,
  };
  window.app = app;

  // ---- start ----------------------------------------------------------------------------------
  // Until the planner pans or zooms, the view keeps fitting Ukraine as the window is laid out.
  let userMoved = false;
  for (const ev of ['mousedown', 'wheel', 'keydown', 'touchstart']) container.addEventListener(ev, () => { userMoved = true; }, { passive: true });
  map.on('resize', () => { if (!userMoved) map.fitBounds(UKRAINE, { padding: [8, 8], animate: false }); });
  // A page loading in a view not shown yet (the start loads it while Python builds the window)
  // has no size: fitting would pick the closest zoom and draw everything once for nothing. It
  // starts at the country's zoom instead; the first resize fits.
  const size0 = map.getSize();
  if (size0.x > 0 && size0.y > 0) map.fitBounds(UKRAINE, { padding: [8, 8], animate: false });
  else map.setView(UKRAINE.getCenter(), 6, { animate: false });
  PostureBase.setZoomClasses(map);
  // The base map and the channel to Python start together: Python may send the plan while the
  // GeoJSON is still loading, and "rendered" waits for both.
  const baseDrawn = PostureBase.drawBaseMap(map, renderers).catch((err) => {
    report('error', 'base map failed: ' + (err && err.stack || err));
  });
  state.baseDrawn = baseDrawn;
  baseDrawn.then(scheduleLabels);

})();
