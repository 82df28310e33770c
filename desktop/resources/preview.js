// Ghost previews of proposed fixes: where a unit would move (dashed arrow from where it stands)
// or where a new one would stand. Drawn on their own layer, never editable, cleared on demand.
// Labels are text nodes: planner text never becomes markup.
(function () {
  'use strict';
  const app = window.app;
  if (!app || !app.map) return;
  const map = app.map;
  const layer = L.layerGroup().addTo(map);
  let shown = [];

  function label(text) {
    const span = document.createElement('span');
    span.textContent = String(text == null ? '' : text);
    return span;
  }

  function arrowHead(from, to) {
    // two short strokes at the arrow's end, drawn in screen space so they keep their size
    const a = map.latLngToLayerPoint([from[1], from[0]]), b = map.latLngToLayerPoint([to[1], to[0]]);
    const ang = Math.atan2(b.y - a.y, b.x - a.x), len = 12;
    return [-0.45, 0.45].map((d) => {
      const p = L.point(b.x - len * Math.cos(ang + d), b.y - len * Math.sin(ang + d));
      return [map.layerPointToLatLng(p), [to[1], to[0]]];
    });
  }

  function draw() {
    layer.clearLayers();
    for (const item of shown) {
      const to = item.to;
      if (item.from) {
        L.polyline([[item.from[1], item.from[0]], [to[1], to[0]]], { color: '#6a1b9a', weight: 2.5, dashArray: '6 5', interactive: false }).addTo(layer);
        for (const stroke of arrowHead(item.from, to)) L.polyline(stroke, { color: '#6a1b9a', weight: 2.5, interactive: false }).addTo(layer);
      }
      const ghost = L.circleMarker([to[1], to[0]], { radius: 14, color: '#6a1b9a', weight: 2, dashArray: '4 3', fillColor: '#ce93d8', fillOpacity: 0.35, interactive: false }).addTo(layer);
      ghost.bindTooltip(label(item.label), { permanent: true, direction: 'right', offset: [14, 0], className: 'preview-label' });
      if (item.range_km > 0) {
        L.circle([to[1], to[0]], { radius: item.range_km * 1000, color: '#6a1b9a', weight: 1.5, dashArray: '4 4', fill: false, interactive: false }).addTo(layer);
      }
    }
  }

  app.showPreview = function (items) {
    shown = Array.isArray(items) ? items.filter((i) => i && Array.isArray(i.to) && i.to.length === 2) : [];
    draw();
    if (shown.length) {
      const pts = [];
      for (const i of shown) { pts.push([i.to[1], i.to[0]]); if (i.from) pts.push([i.from[1], i.from[0]]); }
      map.fitBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 8 });
    }
  };
  app.clearPreview = function () { shown = []; layer.clearLayers(); };
  app._previewState = function () { return { items: shown.length, layers: layer.getLayers().length }; };
  map.on('zoomend', () => { if (shown.length) draw(); });
})();
