/* Posture base map: panes, the offline vector layers of Ukraine and its neighbours, labels.
 * Shared by the interactive map (map.js) and the print page (print.js). Exposes window.PostureBase.
 */
'use strict';

(function () {
  const ATTRIBUTION =
    'Boundaries © OpenStreetMap contributors (ODbL), via geoBoundaries (Runfola et al. 2020) · ' +
    'Made with Natural Earth · Cities © GeoNames (CC BY 4.0)';
  const UKRAINE = L.latLngBounds([44.38, 22.14], [52.38, 40.23]);
  const PANES = [['base', 210], ['rivers', 220], ['border', 230], ['baselabels', 240], ['plangeo', 350],
                 ['rings', 380], ['routes', 390], ['places', 450], ['sites', 460], ['units', 610], ['draw', 640]];

  /* Create the panes in drawing order; returns one SVG renderer per pane (vector, prints sharp). */
  function createPanes(map) {
    const renderers = {};
    for (const [name, z] of PANES) {
      map.createPane(name).style.zIndex = z;
      renderers[name] = L.svg({ pane: name, padding: 0.5 });
    }
    map.getPane('baselabels').style.pointerEvents = 'none';
    map.getPane('places').style.pointerEvents = 'none';
    return renderers;
  }

  /* Labels show by zoom through CSS classes on the container (map.css: minz-N). `zoom` (optional,
     default the map's) lets a print show the labels of a closer zoom: paper is read up close. */
  function setZoomClasses(map, zoom) {
    const z = zoom === undefined ? map.getZoom() : zoom, c = map.getContainer().classList;
    for (const n of [6, 7, 8, 9]) c.toggle('zoom-lt' + n, z < n);
    c.toggle('zoom-ge9', z >= 9);
  }

  function textIcon(text, cls) {
    const el = document.createElement('div');
    el.className = 'lbl ' + cls;
    el.textContent = text;
    return L.divIcon({ className: '', html: el, iconSize: null });
  }
  function addLabel(map, latlng, text, cls, pane) {
    return L.marker(latlng, { icon: textIcon(text, cls), interactive: false, keyboard: false, pane: pane || 'baselabels' }).addTo(map);
  }

  async function getJSON(path) {
    const r = await fetch(path);
    if (!r.ok) throw new Error('cannot load ' + path + ': ' + r.status);
    return r.json();
  }

  /* A name of the base map in the page's language (text.js; the geo data's name_uk). The English
     name stays the place's key (priority sites are named in English in the plan). */
  const say = (name) => (window.PostureText ? PostureText.place(name) : name);
  const sayOblast = (p) => { const key = 'oblast:' + p.iso_3166_2, t = say(key); return t === key ? say(p.name) : t; };
  const tr = (text) => (window.T ? T(text) : text);

  const PLACE_GLYPH = { port: '\u2693', nuclear_plant: '\u2622', hydro_plant: '\u224b', airport: '\u2708' };

  /* The place labels drawn by drawBaseMap: {name, latlng, el, dot, major, minz, fixed}; declutter.js
     places them around their dots (map.js, print.js, the HTML export). */
  const placeLabels = [];

  async function drawBaseMap(map, renderers) {
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
      if (p.kind === 'oblast') {
        const m = addLabel(map, ll, sayOblast(p), 'lbl-oblast minz-7');
        placeLabels.push({ key: placeLabels.length, name: 'oblast:' + p.name, latlng: L.latLng(ll), el: m.options.icon.options.html, dot: 0, major: false, minz: 7, fixed: true });
      }
      else if (p.kind === 'country') addLabel(map, ll, say(p.name), 'lbl-country');
      else if (p.kind === 'breakaway_region') addLabel(map, ll, say(p.name) + ' ' + tr('(breakaway)'), 'lbl-breakaway minz-6');
      else if (p.kind === 'sea') addLabel(map, ll, say(p.name), 'lbl-sea');
    }
    for (const f of places.features) {
      const p = f.properties, ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      if (p.kind === 'city') {
        // The capital and the regional capitals keep their names at every zoom (the label
        // placement of declutter.js moves them clear of the symbols); towns show from zoom 7.
        const cap = p.capital === 'national', reg = p.capital === 'regional';
        const minz = cap || reg ? '' : ' minz-7';
        const size = cap ? 9 : reg ? 7 : 5;
        L.marker(ll, { pane: 'places', interactive: false, keyboard: false, icon: L.divIcon({
          className: 'place-dot' + (cap ? ' place-capital' : '') + minz, iconSize: [size, size] }) }).addTo(map);
        const m = addLabel(map, ll, say(p.name), 'lbl-place' + (cap ? ' lbl-capital' : '') + minz, 'places');
        placeLabels.push({ key: placeLabels.length, name: p.name, latlng: L.latLng(ll), el: m.options.icon.options.html, dot: size, major: cap || reg, minz: cap || reg ? 0 : 7 });
      } else {
        const glyph = document.createElement('div');
        glyph.className = 'place-glyph minz-7';
        glyph.textContent = PLACE_GLYPH[p.kind] || '\u2022';
        glyph.title = say(p.name);
        L.marker(ll, { pane: 'places', interactive: false, keyboard: false,
          icon: L.divIcon({ className: '', html: glyph, iconSize: [14, 14] }) }).addTo(map);
        const m = addLabel(map, ll, say(p.name), 'lbl-place lbl-site minz-8', 'places');
        placeLabels.push({ key: placeLabels.length, name: p.name, latlng: L.latLng(ll), el: m.options.icon.options.html, dot: 14, major: false, minz: 8 });
      }
    }
  }

  /* The plan's contact line (thick red) and occupied area (red tint), added to ``target``. */
  function drawPlanGeometries(target, renderers, list) {
    for (const g of list || []) {
      const occupied = g.kind === 'occupied_area';
      L.geoJSON(g.geometry, {
        renderer: renderers.plangeo, interactive: false,
        style: () => occupied
          ? { color: '#b71c1c', weight: 0.8, opacity: 0.6, fillColor: '#d32f2f', fillOpacity: 0.16 }
          : { color: '#b71c1c', weight: 3.2, opacity: 0.95 },
      }).addTo(target);
    }
  }

  window.PostureBase = { ATTRIBUTION, UKRAINE, createPanes, setZoomClasses, drawBaseMap, addLabel, drawPlanGeometries, places: placeLabels };
})();
