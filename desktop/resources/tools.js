/* Map tools beside map.js: the measuring tool, kept measurements, and the list that picks one of
 * several units drawn at one spot.
 *
 * map.js hands clicks to `app._tool.click(event, unitId)` first; a tool that takes the click
 * returns true. Distances and bearings are geodesic on WGS84 (Vincenty's inverse formula, well
 * under a metre in the theatre); a closed shape's area is on the sphere of the same area as the
 * ellipsoid (within a few tenths of a per cent). Python keeps measurements with geographiclib's
 * figures (desktop/measure.py). Planner text (unit names) is only ever set as text.
 */
(function () {
  'use strict';
  const app = window.app;
  if (!app || !app.map) return;
  const map = app.map;

  // ---- geodesy -------------------------------------------------------------------------------
  const A = 6378137.0, F = 1 / 298.257223563, B = A * (1 - F);
  const RAD = Math.PI / 180;

  /* Vincenty's inverse problem: {km, bearing} from (lat1, lon1) to (lat2, lon2). */
  function inverse(lat1, lon1, lat2, lon2) {
    const L = (lon2 - lon1) * RAD;
    const U1 = Math.atan((1 - F) * Math.tan(lat1 * RAD)), U2 = Math.atan((1 - F) * Math.tan(lat2 * RAD));
    const sinU1 = Math.sin(U1), cosU1 = Math.cos(U1), sinU2 = Math.sin(U2), cosU2 = Math.cos(U2);
    let lambda = L, prev, iter = 0, sinS, cosS, sigma, cos2a, cos2Sm, sinL, cosL;
    do {
      sinL = Math.sin(lambda); cosL = Math.cos(lambda);
      sinS = Math.sqrt((cosU2 * sinL) ** 2 + (cosU1 * sinU2 - sinU1 * cosU2 * cosL) ** 2);
      if (sinS === 0) return { km: 0, bearing: 0 };
      cosS = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
      sigma = Math.atan2(sinS, cosS);
      const sinA = cosU1 * cosU2 * sinL / sinS;
      cos2a = 1 - sinA * sinA;
      cos2Sm = cos2a ? cosS - 2 * sinU1 * sinU2 / cos2a : 0;
      const C = F / 16 * cos2a * (4 + F * (4 - 3 * cos2a));
      prev = lambda;
      lambda = L + (1 - C) * F * sinA * (sigma + C * sinS * (cos2Sm + C * cosS * (-1 + 2 * cos2Sm * cos2Sm)));
    } while (Math.abs(lambda - prev) > 1e-12 && ++iter < 200);
    const u2 = cos2a * (A * A - B * B) / (B * B);
    const kA = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
    const kB = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
    const dS = kB * sinS * (cos2Sm + kB / 4 * (cosS * (-1 + 2 * cos2Sm * cos2Sm) -
      kB / 6 * cos2Sm * (-3 + 4 * sinS * sinS) * (-3 + 4 * cos2Sm * cos2Sm)));
    const s = B * kA * (sigma - dS);
    const az = Math.atan2(cosU2 * Math.sin(lambda), cosU1 * sinU2 - sinU1 * cosU2 * Math.cos(lambda));
    return { km: s / 1000, bearing: ((az / RAD) + 360) % 360 };
  }

  const R_AUTHALIC = 6371007.181;
  function areaKm2(pts) {   // pts: [[lat, lng], ...], open ring
    let sum = 0;
    for (let i = 0; i < pts.length; i++) {
      const [la1, lo1] = pts[i], [la2, lo2] = pts[(i + 1) % pts.length];
      sum += (lo2 - lo1) * RAD * (2 + Math.sin(la1 * RAD) + Math.sin(la2 * RAD));
    }
    return Math.abs(sum * R_AUTHALIC * R_AUTHALIC / 2) / 1e6;
  }

  function km(v) { return v < 1 ? T('{n} m', { n: PostureText.num(Math.round(v * 1000)) }) : T('{n} km', { n: PostureText.num(v, 1) }); }
  function deg(v) { return v.toFixed(1).padStart(5, '0') + '\u00b0'; }
  function area(v) { return T('{n} km\u00b2', { n: PostureText.num(v, v < 100 && !Number.isInteger(Math.round(v * 10) / 10) ? 1 : 0) }); }

  function el(tag, text, style) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = String(text);
    if (style) Object.assign(e.style, style);
    return e;
  }

  // ---- the measuring tool ----------------------------------------------------------------------
  const live = L.layerGroup().addTo(map);
  const kept = L.layerGroup().addTo(map);
  const container = map.getContainer();
  const panel = el('div', null, {
    position: 'absolute', top: '10px', right: '10px', zIndex: 1000, background: 'rgba(255,255,255,0.95)',
    border: '1px solid #999', borderRadius: '4px', padding: '8px 10px', font: '12px "DejaVu Sans", sans-serif',
    minWidth: '220px', maxWidth: '320px', boxShadow: '0 1px 4px rgba(0,0,0,0.3)', display: 'none',
  });
  panel.className = 'measure-panel';
  L.DomEvent.disableClickPropagation(panel);
  container.appendChild(panel);

  const M = { on: false, points: [], closed: false, done: false, cursor: null };
  const STYLE = { color: '#e65100', weight: 2.5, dashArray: '6 4', interactive: false, fillOpacity: 0.12 };

  function result() {
    const pts = M.points.map((p) => [p.lat, p.lng]);
    const path = M.closed ? pts.concat([pts[0]]) : pts;
    const legs = [];
    for (let i = 1; i < path.length; i++) legs.push(inverse(path[i - 1][0], path[i - 1][1], path[i][0], path[i][1]));
    const total = legs.reduce((s, l) => s + l.km, 0);
    return { legs: legs, total: total, area: M.closed ? areaKm2(pts) : null };
  }

  function button(text, onClick) {
    const b = el('button', text, { marginRight: '6px', marginTop: '6px', font: 'inherit', cursor: 'pointer' });
    b.addEventListener('click', (e) => { e.stopPropagation(); onClick(); });
    return b;
  }

  function drawLive() {
    live.clearLayers();
    const pts = M.points.slice();
    if (!M.done && M.cursor && pts.length) pts.push(M.cursor);
    if (pts.length >= 2) (M.closed ? L.polygon(pts, STYLE) : L.polyline(pts, STYLE)).addTo(live);
    for (const [i, p] of M.points.entries()) {
      L.circleMarker(p, { radius: i === 0 ? 5 : 4, color: '#e65100', weight: 2, fillColor: '#fff', fillOpacity: 1, interactive: false }).addTo(live);
    }
    showPanel();
  }

  function showPanel() {
    panel.replaceChildren();
    panel.style.display = M.on ? 'block' : 'none';
    if (!M.on) return;
    panel.append(el('div', T('Measure'), { fontWeight: 'bold', marginBottom: '4px' }));
    const r = result();
    if (!M.points.length) {
      panel.append(el('div', T('Click points on the map. Click the first point again to close an area; double-click or Enter to finish; Esc to end.')));
      return;
    }
    r.legs.forEach((l, i) => panel.append(el('div', T('Leg {n}: {km} \u00b7 bearing {bearing}', { n: i + 1, km: km(l.km), bearing: deg(l.bearing) }))));
    if (!M.done && M.cursor && M.points.length) {
      const last = M.points[M.points.length - 1];
      const l = inverse(last.lat, last.lng, M.cursor.lat, M.cursor.lng);
      panel.append(el('div', T('To the mouse: {km} \u00b7 {bearing}', { km: km(l.km), bearing: deg(l.bearing) }), { color: '#777' }));
    }
    const total = el('div', (M.closed ? T('Perimeter: {km}', { km: km(r.total) }) : T('Total: {km}', { km: km(r.total) })), { fontWeight: 'bold', marginTop: '4px' });
    total.className = 'measure-total';
    total.dataset.km = String(r.total);
    panel.append(total);
    if (r.area != null) {
      const a = el('div', T('Area: {area}', { area: area(r.area) }), { fontWeight: 'bold' });
      a.className = 'measure-area';
      a.dataset.km2 = String(r.area);
      panel.append(a);
    }
    if (M.done) {
      const row = el('div');
      row.append(button(T('Keep on map'), keep), button(T('Discard'), discard));
      panel.append(row);
      panel.append(el('div', T('Click the map to measure again; Esc to end.'), { color: '#777', marginTop: '4px' }));
    } else {
      panel.append(el('div', T('Double-click or Enter to finish; Esc to end.'), { color: '#777', marginTop: '4px' }));
    }
  }

  function start() {
    M.on = true; M.points = []; M.closed = false; M.done = false; M.cursor = null;
    app._tool = measureTool;
    map.doubleClickZoom.disable();
    container.style.cursor = 'crosshair';
    drawLive();
  }

  function end() {
    M.on = false; M.points = []; M.done = false;
    live.clearLayers();
    app._tool = pickTool;
    map.doubleClickZoom.enable();
    container.style.cursor = '';
    showPanel();
    app._send('log', { level: 'info', message: 'measuring ended' });
  }

  function finish() {
    if (M.points.length < 2) return;
    M.done = true; M.cursor = null;
    drawLive();
  }

  function keep() {
    if (!M.done) finish();
    if (M.points.length < 2) return;
    app._send('measure', { coordinates: M.points.map((p) => [wrap(p.lng), p.lat]), closed: M.closed });
    M.points = []; M.closed = false; M.done = false;
    drawLive();
  }

  function discard() { M.points = []; M.closed = false; M.done = false; drawLive(); }

  function wrap(lng) { return ((lng + 540) % 360) - 180; }

  function addPoint(ll) {
    if (M.done) { M.points = []; M.closed = false; M.done = false; }
    const last = M.points[M.points.length - 1];
    const pt = map.latLngToContainerPoint(ll);
    if (last && map.latLngToContainerPoint(last).distanceTo(pt) < 3) return;   // the second click of a double-click
    const first = M.points[0];
    if (first && M.points.length >= 3 && map.latLngToContainerPoint(first).distanceTo(pt) < 10) {
      M.closed = true; finish(); return;
    }
    M.points.push(ll);
    drawLive();
  }

  const measureTool = {
    click(e) {   // exactly where clicked, on a unit or not (a marker's own event gives its position)
      addPoint(e.originalEvent ? map.mouseEventToLatLng(e.originalEvent) : e.latlng);
      return true;
    },
    dblclick() { finish(); return true; },
  };

  map.on('mousemove', (e) => { if (M.on && !M.done && M.points.length) { M.cursor = e.latlng; drawLive(); } });
  document.addEventListener('keydown', (e) => {
    if (!M.on) return;
    if (e.key === 'Escape') { end(); e.stopImmediatePropagation(); e.preventDefault(); }
    else if (e.key === 'Enter') { finish(); e.stopImmediatePropagation(); e.preventDefault(); }
  }, true);

  // ---- kept measurements ---------------------------------------------------------------------
  function setAnnotations(list) {
    kept.clearLayers();
    for (const a of list || []) {
      const pts = (a.coordinates || []).map((c) => [c[1], c[0]]);
      if (pts.length < 2) continue;
      const style = { color: '#bf360c', weight: 2, dashArray: '2 5', interactive: true, fillOpacity: 0.06 };
      const shape = (a.closed ? L.polygon(pts, style) : L.polyline(pts, style)).addTo(kept);
      shape.bindTooltip(el('span', a.label), { permanent: true, direction: 'top', className: 'measure-label' });
      shape.on('contextmenu', (e) => {
        L.DomEvent.stop(e);
        app._send('context', { id: null, lat: e.latlng.lat, lng: wrap(e.latlng.lng), x: e.containerPoint.x, y: e.containerPoint.y });
      });
    }
  }

  // ---- picking one of several units at one spot --------------------------------------------------
  let pickList = null;
  function closePick() { if (pickList) { pickList.remove(); pickList = null; } }
  const pickTool = {
    click(e, unitId) {
      closePick();
      const oe = e.originalEvent || {};
      if (!unitId || oe.shiftKey || oe.ctrlKey) return false;
      const p = e.containerPoint || map.latLngToContainerPoint(e.latlng);
      // A first click selects the unit on top, as always; a click on it again, while units stand
      // under it, lists them all to choose from.
      const selected = app._state().selection;
      if (selected.length !== 1 || selected[0] !== unitId) return false;
      const near = app._unitsAt(p.x, p.y, 12);
      if (near.length < 2) return false;
      showPick(near, p);
      return true;
    },
  };
  function showPick(units, p) {
    pickList = el('div', null, {
      position: 'absolute', left: (p.x + 12) + 'px', top: (p.y - 8) + 'px', zIndex: 1001, background: '#fff',
      border: '1px solid #888', borderRadius: '3px', boxShadow: '0 2px 6px rgba(0,0,0,0.35)',
      font: '12px "DejaVu Sans", sans-serif', maxHeight: '260px', overflowY: 'auto', minWidth: '200px',
    });
    pickList.className = 'pick-list';
    L.DomEvent.disableClickPropagation(pickList);
    L.DomEvent.disableScrollPropagation(pickList);
    pickList.append(el('div', N('%n unit(s) here \u2014 choose one', units.length), { padding: '4px 8px', color: '#555', borderBottom: '1px solid #ddd' }));
    for (const u of units) {
      const row = el('div', u.name || u.id, { padding: '4px 8px', cursor: 'pointer' });
      row.title = u.tip || u.name || u.id;
      row.dataset.id = u.id;
      row.addEventListener('mouseenter', () => { row.style.background = '#e3f2fd'; });
      row.addEventListener('mouseleave', () => { row.style.background = ''; });
      row.addEventListener('click', (ev) => { ev.stopPropagation(); closePick(); app._select(u.id, false); });
      pickList.append(row);
    }
    container.appendChild(pickList);
  }
  map.on('movestart zoomstart', closePick);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closePick(); }, true);

  app._tool = pickTool;
  app.startMeasure = start;
  app.stopMeasure = () => { if (M.on) end(); };
  app.setAnnotations = setAnnotations;
  app._measure = () => ({ on: M.on, done: M.done, closed: M.closed, points: M.points.map((p) => [p.lat, p.lng]), result: result() });
  app._pickRows = () => (pickList ? [...pickList.querySelectorAll('[data-id]')].map((r) => r.dataset.id) : []);
})();
