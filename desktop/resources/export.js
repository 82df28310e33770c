/* Posture's offline HTML export: the page's script (desktop/exporters/htmlmap.py inlines it).
 *
 * The plan travels as JSON in <script type="application/json" id="posture-data"> (never run);
 * the base map is basemap.js with its fetch answered from that data; symbols are drawn by the one
 * engine (symbols.js: milsymbol.js + the nation marking) and decluttered by declutter.js, as on
 * the map page: units that stand together are a stack (count and nations) that opens into a fan
 * with leader lines on click or hover; one label placement keeps city and site names clear.
 * Every planner string reaches the DOM with textContent.
 */
'use strict';

(function () {
  const DATA = JSON.parse(document.getElementById('posture-data').textContent);
  const SYMBOL_SIZE = 26;

  /* basemap.js loads geo/*.geojson with fetch(): answered from the embedded layers. */
  function localFetch(path) {
    const doc = DATA.geo[path];
    return Promise.resolve(doc
      ? { ok: true, status: 200, json: () => Promise.resolve(doc) }
      : { ok: false, status: 404, json: () => Promise.reject(new Error(path)) });
  }

  function text(tag, value, cls) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;
    return el;
  }
  function popup(u) {
    const box = document.createElement('div');
    box.className = 'popup';
    box.appendChild(text('div', u.name, 'title'));
    const table = document.createElement('table');
    for (const [label, value] of u.fields) {
      const tr = document.createElement('tr');
      tr.appendChild(text('th', label));
      const td = text('td', value);
      td.dir = 'auto';
      tr.appendChild(td);
      table.appendChild(tr);
    }
    box.appendChild(table);
    return box;
  }

  function start() {
    const base = window.PostureBase;
    const map = L.map('map_main', { zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 4.5, maxZoom: 13 });
    window.map_main = map;
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(T(base.ATTRIBUTION));
    map.attributionControl.addAttribution(DATA.attribution);
    PostureText.scale(L.control.scale({ metric: true, imperial: false, position: 'bottomleft' })).addTo(map);
    PostureText.zoomControl(map);
    const renderers = base.createPanes(map);
    map.fitBounds(base.UKRAINE, { padding: [8, 8], animate: false });
    base.setZoomClasses(map);
    if (!DATA.labels) map.getContainer().classList.add('labels-off');

    const groups = {};
    const layers = {};
    for (const [key, name] of DATA.layers) {
      groups[key] = L.featureGroup();
      if (!(DATA.hidden || []).includes(key)) { groups[key].addTo(map); layers[name] = groups[key]; }
    }
    L.control.layers(null, layers, { collapsed: false, position: 'topright' }).addTo(map);
    base.drawPlanGeometries(groups.plangeo, renderers, DATA.geometries);

    const ringRenderer = L.svg({ pane: 'rings', padding: 0.3 });
    const units = [];
    for (const u of DATA.units) {
      const s = PostureSymbols.draw({ sidc: u.sidc, nation: u.nation, designation: u.designation || '', size: SYMBOL_SIZE });
      const el = document.createElement('div');
      el.className = 'unit';
      el.style.width = s.w + 'px';
      el.style.height = s.h + 'px';
      const sym = document.createElement('div');
      sym.className = 'sym';
      sym.innerHTML = s.svg;  // symbols.js output: a validated code, an ISO code, escaped text
      el.appendChild(sym);
      el.appendChild(text('div', u.name, 'name'));
      const marker = L.marker([u.lat, u.lng], {
        icon: L.divIcon({ className: 'unit-icon', html: el, iconSize: [s.w, s.h], iconAnchor: [s.ax, s.ay] }),
        pane: 'units', title: u.name, keyboard: true, riseOnHover: true,
      });
      marker.bindPopup(() => popup(u), { maxWidth: 360 });
      marker.addTo(groups[u.domain]);
      units.push({ u: u, s: s, el: el, marker: marker, group: groups[u.domain] });
      if (u.ring) {
        const ad = u.ring === 'ad';
        L.circle([u.lat, u.lng], {
          renderer: ringRenderer, pane: 'rings', radius: u.range * 1000, interactive: false,
          color: ad ? '#1565c0' : '#7b1fa2', weight: ad ? 1.2 : 0.9, opacity: ad ? 0.9 : 0.55,
          fill: ad, fillColor: '#1e88e5', fillOpacity: 0.07, dashArray: ad ? null : '5 4',
        }).addTo(groups.rings);
      }
      if (u.shape) {
        const sea = u.domain === 'maritime';
        L.geoJSON(u.shape, { pane: 'routes', interactive: false, style: () => ({
          color: sea ? '#0d47a1' : '#4a148c', weight: 2.4,
          dashArray: u.shape.type === 'LineString' ? '8 5' : '4 4', fillOpacity: 0.08 }) }).addTo(groups.routes);
      }
    }

    // ---- stacks and fans (declutter.js), as on the map page ----------------------------------
    const stackLayer = L.layerGroup().addTo(map);
    const leaderRenderer = L.svg({ pane: 'routes', padding: 0.3 });
    let stacks = [], fan = null, closeTimer = 0;
    const visible = (it) => map.hasLayer(it.group);
    function itemOf(it) {
      const p = map.latLngToContainerPoint([it.u.lat, it.u.lng]);
      return { x: p.x, y: p.y, w: it.s.w, h: it.s.h, ax: it.s.ax, ay: it.s.ay, nation: it.u.nation, it: it };
    }
    function show(it, on) {
      const el = it.marker.getElement();
      if (el) el.style.display = on ? '' : 'none';
      it.stacked = !on;
    }
    function restack() {
      closeFan();
      stackLayer.clearLayers();
      stacks = [];
      const items = units.filter(visible).map(itemOf);
      for (const g of PostureDeclutter.cluster(items, 2)) {
        if (g.items.length === 1) { show(g.items[0].it, true); continue; }
        for (const x of g.items) show(x.it, false);
        const s = g.items[0].it.s;
        const el = document.createElement('div');
        el.className = 'stack';
        el.style.width = s.w + 'px';
        el.style.height = s.h + 'px';
        for (const cls of ['sym back2', 'sym back1', 'sym']) {
          const d = document.createElement('div');
          d.className = cls;
          d.innerHTML = s.svg;
          el.append(d);
        }
        const ns = PostureDeclutter.nationsOf(g.items);
        el.append(text('div', String(g.items.length), 'count'),
          text('div', ns.slice(0, 4).join(' \u00b7 ') + (ns.length > 4 ? ' +' + (ns.length - 4) : ''), 'nations'));
        el.title = N('%n unit(s) here \u2014 click to open', g.items.length);
        const m = L.marker(map.containerPointToLatLng([g.x, g.y]), {
          icon: L.divIcon({ className: 'stack-icon', html: el, iconSize: [s.w, s.h], iconAnchor: [s.ax, s.ay] }),
          pane: 'units', keyboard: true, riseOnHover: true, title: N('%n unit(s)', g.items.length),
        }).addTo(stackLayer);
        g.marker = m;
        m.on('click', (e) => { L.DomEvent.stop(e); openFan(g, true); });
        let hover = 0;
        el.addEventListener('mouseenter', () => { hover = setTimeout(() => openFan(g, false), 250); });
        el.addEventListener('mouseleave', () => { clearTimeout(hover); leaveFan(); });
        stacks.push(g);
      }
      placeLabels();
    }
    function openFan(g, pinned) {
      if (fan && fan.g === g) { fan.pinned = fan.pinned || pinned; return; }
      closeFan();
      const c = map.latLngToContainerPoint(g.marker.getLatLng());
      const spots = PostureDeclutter.fan(g.items.map((x) => itemOf(x.it)), c.x, c.y, 8);
      const leaders = L.layerGroup().addTo(map);
      g.marker.getElement().style.visibility = 'hidden';
      for (const sp of spots) {
        const it = sp.item.it, at = map.latLngToContainerPoint([it.u.lat, it.u.lng]);
        show(it, true);
        it.marker.setZIndexOffset(2000);
        it.el.style.transform = 'translate(' + (sp.x - at.x) + 'px,' + (sp.y - at.y) + 'px)';
        L.polyline([[it.u.lat, it.u.lng], map.containerPointToLatLng([sp.x, sp.y])],
          { renderer: leaderRenderer, color: '#37474f', weight: 1.2, interactive: false }).addTo(leaders);
        L.circleMarker([it.u.lat, it.u.lng], { renderer: leaderRenderer, radius: 2.5, weight: 1, color: '#37474f', fillColor: '#fff', fillOpacity: 1, interactive: false }).addTo(leaders);
        const el = it.marker.getElement();
        el.addEventListener('mouseenter', keepFan);
        el.addEventListener('mouseleave', leaveFan);
      }
      fan = { g: g, spots: spots, leaders: leaders, pinned: pinned };
      placeLabels();
    }
    function keepFan() { clearTimeout(closeTimer); }
    function leaveFan() { clearTimeout(closeTimer); if (fan && !fan.pinned) closeTimer = setTimeout(closeFan, 700); }
    function closeFan() {
      if (!fan) return;
      const f = fan;
      fan = null;
      map.removeLayer(f.leaders);
      for (const sp of f.spots) {
        const it = sp.item.it;
        it.el.style.transform = '';
        it.marker.setZIndexOffset(0);
        const el = it.marker.getElement();
        if (el) { el.removeEventListener('mouseenter', keepFan); el.removeEventListener('mouseleave', leaveFan); }
        show(it, false);
      }
      const el = f.g.marker.getElement();
      if (el) el.style.visibility = '';
      placeLabels();
    }

    // ---- labels: the one placement (declutter.js) -----------------------------------------------
    const measure = document.createElement('canvas').getContext('2d');
    measure.font = '11px "DejaVu Sans", sans-serif';
    const sites = new Set(DATA.sites || []);
    function placeLabels() {
      const size = map.getSize(), zoom = map.getZoom();
      const obstacles = [], labels = [], named = [];
      const fanned = new Map((fan ? fan.spots : []).map((sp) => [sp.item.it, sp]));
      for (const it of units) {
        const nameEl = it.el.lastChild;
        nameEl.classList.add('hidden');
        if (!visible(it) || it.stacked) continue;
        const sp = fanned.get(it);
        const p = sp ? L.point(sp.x, sp.y) : map.latLngToContainerPoint([it.u.lat, it.u.lng]);
        const box = [p.x - it.s.ax, p.y - it.s.ay, p.x - it.s.ax + it.s.w, p.y - it.s.ay + it.s.h];
        obstacles.push(box);
        if (DATA.labels && zoom >= 6.5 && p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y) {
          named.push([it, box]);
          labels.push({ id: 'u:' + named.length, w: Math.min(180, measure.measureText(it.u.name).width + 8), h: 14, box: box, gap: 1, rank: 1 });
        }
      }
      for (const g of stacks) {
        if (fan && fan.g === g) continue;
        const p = map.latLngToContainerPoint(g.marker.getLatLng()), s = g.items[0].it.s;
        obstacles.push([p.x - s.ax - 4, p.y - s.ay - 6, p.x - s.ax + s.w + 8, p.y - s.ay + s.h + 15]);
      }
      const places = [];
      for (const pl of base.places) {
        const p = map.latLngToContainerPoint(pl.latlng);
        const on = (!pl.minz || zoom >= pl.minz || sites.has(pl.name)) && p.x > -50 && p.y > -50 && p.x < size.x + 50 && p.y < size.y + 50;
        pl.el.style.visibility = on ? '' : 'hidden';
        if (!on) continue;
        pl.el.classList.toggle('minz-override', sites.has(pl.name));
        if (!pl._w) { pl._w = pl.el.offsetWidth; pl._h = pl.el.offsetHeight; }
        const w = pl._w, h = pl._h, r = pl.dot / 2 + 1, keep = pl.major || sites.has(pl.name);
        places.push([pl, p]);
        if (pl.fixed) labels.push({ id: 'p:' + pl.key, w: w, h: h, box: [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2], fixed: true, rank: 3 });
        else labels.push({ id: 'p:' + pl.key, w: w, h: h, box: [p.x - r, p.y - r, p.x + r, p.y + r], keep: keep, gap: 2, rank: keep ? 0 : 2 });
      }
      labels.sort((a, b) => a.rank - b.rank);
      const at = PostureDeclutter.place(labels, obstacles, [0, 0, size.x, size.y]);
      for (const [pl, p] of places) {
        const r = at['p:' + pl.key];
        if (!r || !r.shown) { pl.el.style.visibility = 'hidden'; continue; }
        pl.el.style.transform = 'translate(' + (r.x - p.x) + 'px,' + (r.y - p.y) + 'px)';
      }
      named.forEach(([it, box], i) => {
        const r = at['u:' + (i + 1)], nameEl = it.el.lastChild;
        if (!r || !r.shown) return;
        nameEl.classList.remove('hidden');
        nameEl.style.left = (r.x - box[0]) + 'px';
        nameEl.style.top = (r.y - box[1]) + 'px';
      });
    }
    map.on('zoomend overlayadd overlayremove', restack);
    map.on('moveend', placeLabels);
    map.on('click', closeFan);
    map.on('zoomstart', closeFan);
    base.drawBaseMap(map, renderers).then(restack).catch((e) => console.error(e));
    restack();
    document.documentElement.dataset.units = String(DATA.units.length);
  }

  window.PostureExport = { localFetch: localFetch, start: start };
})();
