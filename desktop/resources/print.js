/* Posture print page: lays out one sheet (banners, title block, map, legend, tables) for PDF.
 *
 * Talks to Python only through the `printer` object of QWebChannel:
 *   page -> Python: printer.send(JSON {type: 'ready' | 'laidout' | 'log', ...})  (desktop/ui/printing.py)
 *   Python -> page: printer.toPage(JSON {fn: 'setSheet', args: [sheet]}), once.
 * Every text that comes from a plan (plan and unit names, findings, notes) is set with textContent,
 * never as markup. Symbols are drawn here by the one engine (symbols.js: milsymbol.js + the nation
 * marking) from validated codes; declutter.js spreads units that stand together (leader lines to
 * where they stand) and places every label, as the map page does.
 * The map does not move once laid out, so units, labels and grid labels are plain positioned
 * elements over it; base map, lines, rings and grid are Leaflet SVG layers (vector in the PDF).
 */
'use strict';

(function () {
  const channel = PostureChannel.open('printer', { setSheet: (sheet) => setSheet(sheet) });
  const send = channel.send, report = channel.report;

  const $ = (id) => document.getElementById(id);
  const SVGNS = 'http://www.w3.org/2000/svg';

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }
  /* Symbol markup drawn by symbols.js from a validated SIDC and an ISO code: never planner text. */
  let SYMBOL_SIZE = 19, LEGEND_SIZE = 18;
  function symbolOf(u) {
    if (!u._sym) u._sym = PostureSymbols.draw({ sidc: u.sidc, nation: u.nation, designation: u.designation || '', size: SYMBOL_SIZE });
    return u._sym;
  }
  function legendSymbol(sidc) { return PostureSymbols.draw({ sidc: sidc, nation: '', size: LEGEND_SIZE }); }
  function symbolNode(sym) {
    const holder = el('div', 'sym');
    holder.innerHTML = sym ? sym.svg : '';
    return holder;
  }
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // ---- sheet: paper, banners, title block --------------------------------------------------------
  function setPaper(sheet) {
    const s = $('sheet');
    s.className = 'sheet ' + sheet.paper + ' ' + sheet.orientation;
    const style = document.createElement('style');
    style.textContent = '@page { size: ' + sheet.paper + ' ' + sheet.orientation + '; margin: 0; }';
    document.head.appendChild(style);
    document.title = sheet.documentTitle || T('Posture map');
  }

  function setBanners(marking) {
    for (const id of ['banner-top', 'banner-bottom']) {
      const b = $(id);
      b.textContent = marking.text;
      b.style.background = marking.background;
      b.style.color = marking.color;
    }
  }

  function setTitle(title, release) {
    $('t-plan').textContent = title.plan;
    $('t-release').hidden = !release;
    const dl = $('t-fields');
    dl.replaceChildren();
    for (const [label, value] of title.fields) {
      dl.append(el('dt', '', label));
      const dd = el('dd', value ? '' : 'blank', value || '');
      dl.append(dd);
    }
  }

  // ---- map -----------------------------------------------------------------------------------------
  function makeMap() {
    const map = L.map('map', {
      zoomControl: false, attributionControl: false, zoomSnap: 0, zoomAnimation: false, fadeAnimation: false,
      markerZoomAnimation: false, trackResize: false, inertia: false, dragging: false, scrollWheelZoom: false,
      doubleClickZoom: false, boxZoom: false, keyboard: false, touchZoom: false,
    });
    return map;
  }

  function fit(map, extent) {
    const b = extent
      ? L.latLngBounds([extent.south, extent.west], [extent.north, extent.east])
      : PostureBase.UKRAINE;
    map.fitBounds(b, { padding: extent && extent.exact ? [0, 0] : [26, 26], animate: false });  // room for symbols at the edge
  }

  /* The line and area styles the sheet shows (keys of LINE_ITEMS); with `bounds`, only those of
     things that reach into the map. */
  function lineKeysOf(sheet, bounds) {
    const reaches = (b) => !bounds || bounds.intersects(b);
    const shapeBounds = (geometry) => L.geoJSON(geometry).getBounds();
    const keys = new Set();
    for (const g of sheet.geometries || []) if (reaches(shapeBounds(g.geometry))) keys.add(g.kind);
    for (const u of sheet.units) {
      if (sheet.options.rings && u.range_km > 0 && reaches(L.latLng(u.lat, u.lng).toBounds(u.range_km * 2000))) {
        keys.add(u.kind === 'air.defence' ? 'ad-ring' : 'isr-ring');
      }
      if (sheet.options.routes && u.geom && u.geom.type !== 'Point' && reaches(shapeBounds(u.geom))) {
        keys.add(u.geom.type === 'LineString' ? 'route' : (u.kind.startsWith('sea.') ? 'patrol-area' : 'cap-area'));
      }
    }
    for (const s of sheet.sites || []) {
      if (!bounds || bounds.contains([s.lat, s.lng])) keys.add(s.covered ? 'site-covered' : 'site-uncovered');
    }
    if (sheet.grid) keys.add('grid');
    return keys;
  }

  /* From how many rings or symbols the sheet draws them in bulk (printcanvas.js): a few layers for
     all, not an SVG element each. A sheet may set its own (sheet.bulk: tests draw both ways). */
  let BULK = {}, ringsBulk = false;
  function drawRingsAndShapes(map, renderers, units, options) {
    ringsBulk = options.rings && units.filter((u) => u.range_km > 0).length >= BULK.rings;
    if (ringsBulk) PosturePrintCanvas.drawRings(map, units);
    for (const u of units) {
      if (options.rings && u.range_km > 0 && !ringsBulk) {
        const air = u.kind === 'air.defence';
        L.circle([u.lat, u.lng], {
          renderer: renderers.rings, radius: u.range_km * 1000, interactive: false,
          color: air ? '#1565c0' : '#7b1fa2', weight: air ? 1.2 : 0.9, opacity: air ? 0.9 : 0.6,
          dashArray: air ? null : '2 5', fill: air, fillColor: '#1e88e5', fillOpacity: 0.07,
        }).addTo(map);
      }
      if (options.routes && u.geom && u.geom.type !== 'Point') {
        const sea = u.kind.startsWith('sea.');
        const line = u.geom.type === 'LineString';
        L.geoJSON(u.geom, {
          renderer: renderers.routes, interactive: false,
          style: () => ({ color: sea ? '#0d47a1' : '#4a148c', weight: 2.4, dashArray: line ? '8 5' : '4 4',
                          fillColor: sea ? '#1976d2' : '#7b1fa2', fillOpacity: 0.10, opacity: 0.9 }),
        }).addTo(map);
      }
    }
  }

  function drawSites(map, renderers, sites) {
    for (const s of sites || []) {
      L.circleMarker([s.lat, s.lng], {
        renderer: renderers.sites, radius: 7, weight: 1.8, fill: true, fillOpacity: 0.08, interactive: false,
        color: s.covered ? '#2e7d32' : '#c62828', dashArray: s.covered ? null : '3 2',
      }).addTo(map);
    }
  }

  function drawGrid(map, overlay, grid) {
    if (!grid) return;
    map.createPane('grid').style.zIndex = 300;
    const renderer = L.svg({ pane: 'grid', padding: 0.1 });
    L.geoJSON(grid, {
      renderer: renderer, interactive: false,
      filter: (f) => f.geometry.type !== 'Point',
      style: (f) => f.properties.kind === 'zone'
        ? { color: '#5d4037', weight: 1.3, opacity: 0.85 }
        : { color: '#6d4c41', weight: 0.55, opacity: 0.7 },
    }).addTo(map);
    const size = map.getSize();
    const inside = (p, m) => p.x >= m && p.y >= m && p.x <= size.x - m && p.y <= size.y - m;
    const taken = new PostureDeclutter.Index(48);
    const put = (x, y, text, cls) => {
      // grid labels never overprint each other (zone edges bring several to one place)
      const w = text.length * 4.6 + 4, h = 9;
      const b = cls ? [x - 2, y - 2, x + w, y + h] : [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
      if (taken.hits(b, 1)) return;
      taken.add(b);
      const lbl = el('div', 'gridlabel' + cls, text);
      lbl.style.left = x + 'px';
      lbl.style.top = y + 'px';
      overlay.append(lbl);
    };
    for (const f of grid.features) {
      const pr = f.properties;
      if (f.geometry.type === 'Point') {
        const c = f.geometry.coordinates, p = map.latLngToContainerPoint([c[1], c[0]]);
        if (inside(p, 8)) put(p.x, p.y, pr.label, '');
      } else if (pr.label) {
        // A 10 km or 1 km line: its digits where it meets the map's top (eastings) or left edge.
        const pts = f.geometry.coordinates.map((c) => map.latLngToContainerPoint([c[1], c[0]])).filter((p) => inside(p, 0));
        if (!pts.length) continue;
        const p = pts.reduce((a, b) => (pr.axis === 'e' ? (b.y < a.y ? b : a) : (b.x < a.x ? b : a)));
        if (pr.axis === 'e' && p.y < 14 && p.x > 12 && p.x < size.x - 12) put(p.x, 6, pr.label, ' edge');
        if (pr.axis === 'n' && p.x < 14 && p.y > 12 && p.y < size.y - 12) put(8, p.y, pr.label, ' edge');
      }
    }
  }

  function unitsInView(map, units) {
    const size = map.getSize();
    return units.filter((u) => {
      const p = map.latLngToContainerPoint([u.lat, u.lng]);
      return p.x >= -20 && p.y >= -20 && p.x <= size.x + 20 && p.y <= size.y + 20;
    });
  }

  /* Units that share a symbol and a position are drawn once with a count. Symbols that would
     overlap on paper (declutter.js cluster) are spread around their centre (declutter.js fan),
     each with a leader line to where its units stand. */
  const SPREAD_BUDGET = 200000;  // free spots looked for (declutter.js spread): a full sheet stops looking
  function groupUnits(map, units) {
    const at = (u) => map.latLngToContainerPoint([u.lat, u.lng]);
    const same = new Map();
    for (const u of unitsInView(map, units)) {
      const p = at(u), s = symbolOf(u), k = s.svg.length + ':' + u.sidc + '|' + u.nation + '@' + Math.round(p.x) + ':' + Math.round(p.y);
      if (!same.has(k)) same.set(k, { units: [], p: p, at: p, s: s });
      same.get(k).units.push(u);
    }
    const items = [...same.values()].map((g) => ({ x: g.p.x, y: g.p.y, w: g.s.w, h: g.s.h, ax: g.s.ax, ay: g.s.ay, nation: g.units[0].nation, g: g }));
    return PostureDeclutter.spread(items, 1.5, SPREAD_BUDGET).map((sp) => {
      const g = sp.item.g;
      g.p = L.point(sp.x, sp.y);
      g.leader = sp.moved;
      g.packed = !!sp.packed;
      return g;
    });
  }

  function drawUnits(overlay, groups, size) {
    const boxes = [];
    const leaders = svgEl('svg', { width: size.x, height: size.y, class: 'leaders' });
    leaders.style.cssText = 'position:absolute;left:0;top:0;overflow:visible;';
    overlay.append(leaders);
    for (const g of groups) {
      const s = g.s;
      if (g.leader) {
        leaders.append(svgEl('line', { x1: g.at.x, y1: g.at.y, x2: g.p.x, y2: g.p.y, stroke: '#263238', 'stroke-width': 0.8 }));
        leaders.append(svgEl('circle', { cx: g.at.x, cy: g.at.y, r: 1.6, fill: '#fff', stroke: '#263238', 'stroke-width': 0.7 }));
      }
      const root = el('div', 'punit');
      root.style.position = 'absolute';
      root.style.left = (g.p.x - s.ax) + 'px';
      root.style.top = (g.p.y - s.ay) + 'px';
      root.style.width = s.w + 'px';
      root.style.height = s.h + 'px';
      root.append(symbolNode(s));
      if (g.units.length > 1) root.append(el('div', 'count', '\u00d7' + g.units.length));
      overlay.append(root);
      boxes.push([g.p.x - s.ax, g.p.y - s.ay, g.p.x - s.ax + s.w, g.p.y - s.ay + s.h]);
    }
    return boxes;
  }

  /* Unit names and place names with the one placement (declutter.js): no label over a symbol or
     another label; the capital, the regional capitals and the priority sites always keep theirs. */
  function drawLabels(map, overlay, groups, boxes, size, fontPx, showNames, sites) {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = fontPx + 'px "DejaVu Sans", sans-serif';
    const labels = [], texts = new Map(), places = new Map();
    const siteNames = new Set((sites || []).map((x) => x.name));
    for (const pl of PostureBase.places) {
      const p = map.latLngToContainerPoint(pl.latlng);
      if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y || getComputedStyle(pl.el).display === 'none') {
        if (!siteNames.has(pl.name)) continue;
        pl.el.classList.add('minz-override');
      }
      const w = pl.el.offsetWidth, h = pl.el.offsetHeight, r = pl.dot / 2 + 1;
      if (!w) continue;
      places.set(pl.key, [pl, p]);
      if (pl.fixed) labels.push({ id: 'p:' + pl.key, w: w, h: h, box: [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2], fixed: true, rank: 3 });
      else labels.push({ id: 'p:' + pl.key, w: w, h: h, box: [p.x - r, p.y - r, p.x + r, p.y + r], keep: pl.major || siteNames.has(pl.name), rank: pl.major || siteNames.has(pl.name) ? 0 : 2 });
    }
    groups.forEach((g, i) => {
      if (!showNames || g.packed) return;  // left packed on a full sheet: no room for names
      const names = [...new Set(g.units.map((u) => u.name).filter((n) => n))];
      if (!names.length) return;
      const text = names.length > 1 ? names[0] + ' +' + (names.length - 1) : names[0];
      const w = Math.min(70 * 96 / 25.4, ctx.measureText(text).width + 6);
      texts.set(i, [text, w]);
      labels.push({ id: 'u:' + i, w: w, h: fontPx * 1.15 + 1, box: boxes[i], keep: false, rank: 1, gap: 1 });
    });
    labels.sort((a, b) => a.rank - b.rank);
    const at = PostureDeclutter.place(labels, boxes, [0, 0, size.x, size.y]);
    for (const [name, [pl, p]] of places) {
      const r = at['p:' + pl.key];
      if (!r || !r.shown) { pl.el.style.visibility = 'hidden'; continue; }
      pl.el.style.transform = 'translate(' + (r.x - p.x) + 'px,' + (r.y - p.y) + 'px)';
    }
    let shown = 0;
    for (const [i, [text, w]] of texts) {
      const r = at['u:' + i];
      if (!r || !r.shown) continue;
      const lbl = el('div', 'plabel', text);     // planner's text: text only
      lbl.style.left = r.x + 'px';
      lbl.style.top = r.y + 'px';
      lbl.style.width = w + 'px';
      overlay.append(lbl);
      shown += 1;
    }
    return shown;
  }

  // ---- scale bar -------------------------------------------------------------------------------
  const MM_PER_PX = 25.4 / 96;
  function niceKm(km) {
    const p = Math.pow(10, Math.floor(Math.log10(km)));
    for (const m of [5, 2, 1]) if (m * p <= km) return m * p;
    return p;
  }
  function fmtInt(n) { return PostureText.num(Math.round(n)); }

  function drawScale(map) {
    const size = map.getSize(), cy = size.y / 2, cx = size.x / 2;
    const a = map.containerPointToLatLng([cx - 50, cy]), b = map.containerPointToLatLng([cx + 50, cy]);
    const mPerPx = map.distance(a, b) / 100;
    const ratio = mPerPx * 1000 / MM_PER_PX;
    const sig = Math.pow(10, Math.floor(Math.log10(ratio)) - 1);
    const lat = map.getCenter().lat;
    const box = $('scalebox');
    box.replaceChildren();
    box.append(el('div', 'ratio', T('Scale 1 : {ratio} at {lat}\u00b0 N', { ratio: fmtInt(Math.round(ratio / sig) * sig), lat: lat.toFixed(0) })));
    const targetPx = 40 / MM_PER_PX;
    const km = niceKm(targetPx * mPerPx / 1000);
    const px = km * 1000 / mPerPx;
    const h = 6, svg = svgEl('svg', { width: px + 24, height: h + 14 });
    const g = svgEl('g', { transform: 'translate(4, 2)' });
    for (let i = 0; i < 4; i++) {
      g.append(svgEl('rect', { x: i * px / 4, y: 0, width: px / 4, height: h, fill: i % 2 ? '#fff' : '#111', stroke: '#111', 'stroke-width': 0.8 }));
    }
    for (const [f, label] of [[0, '0'], [0.5, PostureText.num(km / 2, km / 2 < 1 ? 1 : 0)], [1, T('{n} km', { n: PostureText.num(km, km < 1 ? 1 : 0) })]]) {
      const t = svgEl('text', { x: f * px, y: h + 10, 'font-size': 8, 'text-anchor': f === 0 ? 'start' : 'middle', fill: '#111' });
      t.textContent = label;
      g.append(t);
    }
    svg.append(g);
    box.append(svg);
    return ratio;
  }

  // ---- legend ------------------------------------------------------------------------------------
  const LINE_ITEMS = {
    'contact_line': [T('Contact line'), () => [svgEl('line', { x1: 0, y1: 8, x2: 40, y2: 8, stroke: '#b71c1c', 'stroke-width': 3 })]],
    'occupied_area': [T('Occupied area'), () => [svgEl('rect', { x: 1, y: 2, width: 38, height: 12, fill: '#d32f2f', 'fill-opacity': 0.16, stroke: '#b71c1c', 'stroke-opacity': 0.6 })]],
    'ad-ring': [T('Air-defence range'), () => [svgEl('path', { d: 'M2 15 A 22 22 0 0 1 38 15', fill: '#1e88e5', 'fill-opacity': 0.12, stroke: '#1565c0', 'stroke-width': 1.2 })]],
    'isr-ring': [T('ISR range'), () => [svgEl('path', Object.assign({ d: 'M2 15 A 22 22 0 0 1 38 15' }, ringsBulk
      ? PosturePrintCanvas.ISR_SOLID : { fill: 'none', stroke: '#7b1fa2', 'stroke-width': 1, 'stroke-dasharray': '2 4' }))]],
    'route': [T('Patrol route'), () => [svgEl('path', { d: 'M1 12 L14 4 L26 12 L39 4', fill: 'none', stroke: '#0d47a1', 'stroke-width': 2.2, 'stroke-dasharray': '8 5' })]],
    'patrol-area': [T('Patrol area'), () => [svgEl('rect', { x: 1, y: 2, width: 38, height: 12, fill: '#1976d2', 'fill-opacity': 0.1, stroke: '#0d47a1', 'stroke-width': 1.8, 'stroke-dasharray': '4 4' })]],
    'cap-area': [T('Air patrol (CAP) area'), () => [svgEl('rect', { x: 1, y: 2, width: 38, height: 12, fill: '#7b1fa2', 'fill-opacity': 0.1, stroke: '#4a148c', 'stroke-width': 1.8, 'stroke-dasharray': '4 4' })]],
    'site-covered': [T('Priority site, inside air-defence range'), () => [svgEl('circle', { cx: 20, cy: 8, r: 6, fill: '#2e7d32', 'fill-opacity': 0.08, stroke: '#2e7d32', 'stroke-width': 1.6 })]],
    'site-uncovered': [T('Priority site, not covered'), () => [svgEl('circle', { cx: 20, cy: 8, r: 6, fill: '#c62828', 'fill-opacity': 0.08, stroke: '#c62828', 'stroke-width': 1.6, 'stroke-dasharray': '3 2' })]],
    'grid': [T('MGRS grid'), () => [svgEl('line', { x1: 0, y1: 8, x2: 40, y2: 8, stroke: '#6d4c41', 'stroke-width': 0.8 })]],
  };

  const MAX_NATIONS = 6;   // a legend entry names at most this many nations, most units first

  /* One entry per symbol (SIDC) of `units`: the symbol, its kind(s) and count, the nations. */
  function fillLegend(sheet, units, lineKeys) {
    const box = $('legend-units');
    box.replaceChildren();
    const bySidc = new Map();
    for (const u of units) {
      const sidc = u.sidc;
      if (!bySidc.has(sidc)) bySidc.set(sidc, { kinds: new Set(), nations: new Map(), n: 0 });
      const e = bySidc.get(sidc);
      e.kinds.add(u.kind);
      e.nations.set(u.nation, (e.nations.get(u.nation) || 0) + 1);
      e.n += 1;
    }
    const order = sheet.kindOrder;
    const rank = (e) => Math.min(...[...e.kinds].map((k) => order.indexOf(k)));
    const entries = [...bySidc.entries()].sort((a, b) => rank(a[1]) - rank(b[1]) || (a[0] < b[0] ? -1 : 1));
    for (const [sidc, e] of entries) {
      const item = el('div', 'legend-item');
      item.append(symbolNode(legendSymbol(sidc)));
      const what = el('div', 'what');
      what.append(el('div', 'kind', [...e.kinds].map((k) => sheet.kinds[k] || k).join(' / ') + ' (' + PostureText.num(e.n) + ')'));
      const who = [...e.nations.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([code, n]) => code + (n > 1 ? ' \u00d7' + n : ''));
      const more = who.length > MAX_NATIONS + 1 ? ' ' + N('\u2026 +%n nation(s)', who.length - MAX_NATIONS) : '';
      what.append(el('div', 'who', who.slice(0, more ? MAX_NATIONS : who.length).join(', ') + more));
      item.append(what);
      box.append(item);
    }
    const lines = $('legend-lines');
    lines.replaceChildren();
    for (const key of Object.keys(LINE_ITEMS)) {
      if (!lineKeys.has(key)) continue;
      const [name, draw] = LINE_ITEMS[key];
      const label = key === 'grid' ? T('MGRS grid, {n} km lines (100 km squares named)', { n: PostureText.num(sheet.grid.spacing_km) }) : name;
      const item = el('div', 'legend-item');
      const sw = svgEl('svg', { viewBox: '0 0 40 16' });
      for (const node of draw()) sw.append(node);
      const holder = el('div', 'sym');
      holder.append(sw);
      item.append(holder, el('div', 'what', label));
      lines.append(item);
    }
    $('legend-note').textContent = sheet.legendNote;
    return entries.length;
  }

  // ---- tables --------------------------------------------------------------------------------------
  function overflows(box) { return box.scrollHeight > box.clientHeight + 1; }

  /* Remove rows from the end of `tbody` until `box` fits, then say how many were left out. */
  function trimRows(box, tbody, columns, moreText) {
    let removed = 0;
    if (!overflows(box)) return 0;
    const more = el('tr');
    const cell = el('td', 'more');
    cell.colSpan = columns;
    more.append(cell);
    tbody.append(more);
    while (overflows(box) && tbody.rows.length > 1) {
      tbody.deleteRow(tbody.rows.length - 2);
      removed += 1;
      cell.textContent = N(moreText, removed);
    }
    return removed;
  }

  /* The legend must fit its box: leave out line styles first, then symbols, and say how many. */
  function trimLegend(section) {
    let removed = 0;
    if (!overflows(section)) return 0;
    const more = el('p', 'legend-more');
    section.append(more);
    for (const container of [$('legend-lines'), $('legend-units')]) {
      while (overflows(section) && container.children.length) {
        container.removeChild(container.lastElementChild);
        removed += 1;
        more.textContent = N('\u2026 and %n more legend entries', removed);
      }
    }
    return removed;
  }

  function fillContributions(c) {
    $('contrib-head').textContent = c.head;
    const body = $('contrib-rows');
    body.replaceChildren();
    const left = new Set([0, 9]);
    const row = (cells, parent) => {
      const tr = el('tr');
      cells.forEach((v, i) => tr.append(el('td', (left.has(i) ? 'l' : '') + (i === 9 ? ' wrap' : ''), v)));
      parent.append(tr);
    };
    for (const cells of c.rows) row(cells, body);
    const foot = $('contrib-total');
    foot.replaceChildren();
    if (c.total) row(c.total, foot);
    if (!c.rows.length) {
      const tr = el('tr'), td = el('td', 'more', c.empty);
      td.colSpan = 11;
      tr.append(td);
      body.append(tr);
    }
    return trimRows($('contrib-box'), body, 11, '\u2026 and %n more nation(s) (counted in the total)');
  }

  function fillFindings(f) {
    $('findings-head').textContent = f.head;
    const body = $('findings-rows');
    body.replaceChildren();
    const tr0 = el('tr'), td0 = el('td', 'summary' + (f.rows.length ? '' : ' none'), f.summary);
    td0.colSpan = 3;
    tr0.append(td0);
    body.append(tr0);
    for (const r of f.rows) {
      const tr = el('tr');
      const sev = el('td');
      sev.append(el('span', 'sev sev-' + r.severity, (f.severities && f.severities[r.severity]) || r.severity));
      const msg = el('td', 'msg', r.text);
      if (r.source) msg.append(el('div', 'src', r.source));  // the principle, once per rule
      tr.append(sev, el('td', 'rule', r.rule), msg);
      body.append(tr);
    }
    return trimRows($('findings-box'), body, 3, '\u2026 and %n more finding(s)');
  }

  // ---- the one call ------------------------------------------------------------------------------
  async function setSheet(sheet) {
    const t0 = performance.now(), steps = [];
    const step = (what) => steps.push(what + ' ' + Math.round(performance.now() - t0));  // where the time goes (logged)
    BULK = Object.assign({ symbols: PosturePrintCanvas.SYMBOLS_FROM, rings: PosturePrintCanvas.RINGS_FROM }, sheet.bulk || {});
    SYMBOL_SIZE = sheet.symbolSize || SYMBOL_SIZE;
    LEGEND_SIZE = sheet.legendSymbolSize || LEGEND_SIZE;
    if (sheet.text) PostureText.set(sheet.text);  // the sheet's language (desktop/pagetext.py)
    setPaper(sheet);
    setBanners(sheet.marking);
    setTitle(sheet.title, sheet.release);
    $('attribution').textContent = T(PostureBase.ATTRIBUTION) + ' \u00b7 ' + sheet.attribution;
    const note = $('release-note');
    note.hidden = !sheet.release;
    note.textContent = sheet.release ? sheet.releaseNote : '';
    const trimmed = { contributions: fillContributions(sheet.contributions), findings: fillFindings(sheet.findings) };
    // The legend's size is settled with every unit before the map takes the rest of the sheet;
    // it is filled again below with the units the map shows.
    let lineKeys = lineKeysOf(sheet, null);
    fillLegend(sheet, sheet.units, lineKeys);
    const legendBox = $('legend');
    const lockLegend = () => { legendBox.style.height = legendBox.getBoundingClientRect().height + 'px'; };
    lockLegend();

    step('tables');
    const map = makeMap();
    const renderers = PostureBase.createPanes(map);
    fit(map, sheet.extent);
    // Showing part of the plan: the legend shrinks to what the map shows and the map takes the room.
    const shown = unitsInView(map, sheet.units);
    const keysInView = lineKeysOf(sheet, map.getBounds());
    if (shown.length < sheet.units.length || keysInView.size < lineKeys.size) {
      lineKeys = keysInView;
      fillLegend(sheet, shown, lineKeys);
      legendBox.style.height = '';
      lockLegend();
      map.invalidateSize({ pan: false });
      fit(map, sheet.extent);
    }
    PostureBase.setZoomClasses(map, map.getZoom() + sheet.labelZoomBoost);
    if (sheet.tiles && window.PostureTiles) await PostureTiles.addTo(map, sheet.tiles, 15000);  // the planner's raster map (tilebase.js)
    await PostureBase.drawBaseMap(map, renderers);

    step('basemap');
    const overlay = el('div', 'overlay');
    overlay.style.cssText = 'position:absolute;inset:0;z-index:500;pointer-events:none;';
    $('mapbox').insertBefore(overlay, $('north'));
    PostureBase.drawPlanGeometries(map, renderers, sheet.geometries);
    drawRingsAndShapes(map, renderers, sheet.units, sheet.options);
    drawSites(map, renderers, sheet.sites);
    step('shapes');
    drawGrid(map, overlay, sheet.grid);
    step('grid');
    const groups = groupUnits(map, sheet.units);
    step('groups');
    const boxes = groups.length >= BULK.symbols  // many symbols: one picture (printcanvas.js)
      ? await PosturePrintCanvas.drawUnits(overlay, groups, map.getSize())
      : drawUnits(overlay, groups, map.getSize());
    step('symbols');
    const labels = drawLabels(map, overlay, groups, boxes, map.getSize(), sheet.labelPx, sheet.options.labels, sheet.sites);
    step('labels');
    const ratio = drawScale(map);
    const legend = fillLegend(sheet, groups.flatMap((g) => g.units), lineKeys);
    trimmed.legend = trimLegend($('legend'));

    step('legend');
    if (window.PostureExtraPage) trimmed.orbatRows = PostureExtraPage.fill(sheet);  // page 2: charts, ORBAT (printextra.js)
    step('page2');
    if (document.fonts && document.fonts.ready) await document.fonts.ready;
    await wait(30);
    const drawn = groups.reduce((n, g) => n + g.units.length, 0);
    // Where the map frame lies on the page and what its corners show: Python georeferences the PDF (geopdf.py).
    const frame = $('map').getBoundingClientRect(), mapSize = map.getSize();
    const sw = map.containerPointToLatLng([0, mapSize.y]), ne = map.containerPointToLatLng([mapSize.x, 0]);
    const geo = { left: frame.left + window.scrollX, top: frame.top + window.scrollY, width: frame.width, height: frame.height,
                  south: sw.lat, west: sw.lng, north: ne.lat, east: ne.lng };
    step('fonts');
    report('info', 'print timings (ms): ' + steps.join(', '));
    send('laidout', { units: drawn, legend: legend, labels: labels, scale: ratio, trimmed: trimmed, ms: performance.now() - t0, geo: geo });
  }
})();
