/* The print sheet's picture layers for big plans (print.js): range rings, leader lines and unit
 * symbols drawn onto a canvas at print resolution instead of one SVG element each.
 *
 * Chromium writes thousands of SVG elements into the PDF one by one (a 10,000-unit plan took
 * seconds and tens of megabytes); a canvas is one picture. It is drawn at RESOLUTION_DPI or more,
 * so the PDF stays crisp on paper, and each distinct symbol is drawn by the one engine
 * (symbols.js) once, onto a sprite sheet that every unit with that symbol shares. Small plans keep the
 * vector path (print.js), where every symbol is SVG.
 *
 * Exposes window.PosturePrintCanvas. Planner text never reaches a canvas: unit names stay text
 * (print.js drawLabels), a symbol's picture comes from a validated code and a nation's ISO code.
 */
'use strict';

(function () {
  /* From these many symbols (or rings) in view, the sheet draws them on a canvas. */
  const SYMBOLS_FROM = 400, RINGS_FROM = 150;
  /* Canvas pixels per inch on paper: the sheet is laid out at 96 CSS px per inch. */
  const RESOLUTION_DPI = 300;
  const SCALE = RESOLUTION_DPI / 96;
  const SVGNS = 'http://www.w3.org/2000/svg';

  /* A picture over `parent` (a positioned box) covering `size` CSS px from (left, top), drawn at
     SCALE: returns its 2D context in CSS px; show(ctx) puts it on the sheet. It is drawn off the
     page (an OffscreenCanvas) and shown as one bitmap: a canvas on the page would reach the PDF
     as its recorded drawing calls, one image per symbol. */
  function layer(parent, size, left, top, cls, scale) {
    const k = scale || SCALE;
    const off = new OffscreenCanvas(Math.ceil(size.x * k), Math.ceil(size.y * k));
    const ctx = off.getContext('2d');
    ctx.scale(k, k);
    ctx.show = () => {
      const c = document.createElement('canvas');
      c.className = cls || '';
      c.width = off.width;
      c.height = off.height;
      c.style.cssText = 'position:absolute;left:' + (left || 0) + 'px;top:' + (top || 0) + 'px;width:' +
        (off.width / k) + 'px;height:' + (off.height / k) + 'px;pointer-events:none;';
      c.getContext('bitmaprenderer').transferFromImageBitmap(off.transferToImageBitmap());
      parent.append(c);
    };
    return ctx;
  }

  /* Leaflet's own radius of a geographic circle (L.Circle._project, EPSG:3857), in container px. */
  function circlePx(map, lat, lng, metres) {
    const d = Math.PI / 180, latR = (metres / 6371000) / d;
    const top = map.project([lat + latR, lng]), bottom = map.project([lat - latR, lng]);
    const p = top.add(bottom).divideBy(2);
    const lat2 = map.unproject(p).lat;
    let lngR = Math.acos((Math.cos(latR * d) - Math.sin(lat * d) * Math.sin(lat2 * d)) / (Math.cos(lat * d) * Math.cos(lat2 * d))) / d;
    if (isNaN(lngR) || lngR === 0) lngR = latR / Math.cos(d * lat);
    const origin = map.getPixelOrigin(), pane = map._getMapPanePos ? map._getMapPanePos() : L.point(0, 0);
    const c = p.subtract(origin).add(pane);
    return { x: c.x, y: c.y, rx: isNaN(lngR) ? 0 : p.x - map.project([lat2, lng - lngR]).x, ry: p.y - top.y };
  }

  /* The range rings of `units` in the rings pane, in three layers instead of one SVG element per
     ring (print.js drawRingsAndShapes): the ISR outlines as one SVG path, thin and solid (ISR
     ring in the legend says so), the pale air-defence fills as one picture at FILL_DPI (a flat,
     soft tone under a sharp outline) and the air-defence outlines as one SVG path. Chromium
     writes a dashed outline into the PDF dash by dash, and thousands of ring elements or
     translucent fills cost it seconds. Returns the number of rings drawn. */
  const FILL_DPI = 96;
  function drawRings(map, units) {
    const size = map.getSize();
    const at = map.containerPointToLayerPoint([0, 0]);
    const pane = map.getPane('rings');
    const fill = layer(pane, size, at.x, at.y, 'rings-fill', FILL_DPI / 96);
    fill.fillStyle = '#1e88e5';
    fill.globalAlpha = 0.07;
    const outline = { air: [], isr: [] };
    let n = 0;
    for (const u of units) {
      if (!(u.range_km > 0)) continue;
      const c = circlePx(map, u.lat, u.lng, u.range_km * 1000);
      if (c.x + c.rx < 0 || c.y + c.ry < 0 || c.x - c.rx > size.x || c.y - c.ry > size.y) continue;
      const rx = Math.max(c.rx, 0.1), ry = Math.max(c.ry, 0.1), air = u.kind === 'air.defence';
      n += 1;
      outline[air ? 'air' : 'isr'].push(ellipsePath(c.x, c.y, rx, ry));
      if (!air) continue;
      fill.beginPath();
      fill.ellipse(c.x, c.y, rx, ry, 0, 0, 2 * Math.PI);
      fill.fill();
    }
    const svg = (cls, d, attrs) => {
      const e = document.createElementNS(SVGNS, 'svg');
      e.setAttribute('class', cls);
      e.setAttribute('width', size.x);
      e.setAttribute('height', size.y);
      e.style.cssText = 'position:absolute;left:' + at.x + 'px;top:' + at.y + 'px;overflow:hidden;pointer-events:none;';
      const path = document.createElementNS(SVGNS, 'path');
      path.setAttribute('d', d.join(''));
      for (const [k, v] of Object.entries(attrs)) path.setAttribute(k, v);
      e.append(path);
      pane.append(e);
    };
    if (outline.isr.length) svg('rings-isr', outline.isr, ISR_SOLID);
    fill.show();
    if (outline.air.length) svg('rings-air', outline.air, { fill: 'none', stroke: '#1565c0', 'stroke-width': 1.2, 'stroke-opacity': 0.9 });
    return n;
  }
  /* An ellipse as four cubic Béziers (SVG path data, 0.1 px). Not arcs: Chromium's PDF writer
     turns an arc into many short curves, and thousands of rings cost it most of a second. */
  const KAPPA = 0.5522847498;
  function ellipsePath(x, y, rx, ry) {
    const f = (v) => v.toFixed(1), kx = KAPPA * rx, ky = KAPPA * ry;
    return 'M' + f(x - rx) + ' ' + f(y) +
      'C' + f(x - rx) + ' ' + f(y - ky) + ' ' + f(x - kx) + ' ' + f(y - ry) + ' ' + f(x) + ' ' + f(y - ry) +
      'C' + f(x + kx) + ' ' + f(y - ry) + ' ' + f(x + rx) + ' ' + f(y - ky) + ' ' + f(x + rx) + ' ' + f(y) +
      'C' + f(x + rx) + ' ' + f(y + ky) + ' ' + f(x + kx) + ' ' + f(y + ry) + ' ' + f(x) + ' ' + f(y + ry) +
      'C' + f(x - kx) + ' ' + f(y + ry) + ' ' + f(x - rx) + ' ' + f(y + ky) + ' ' + f(x - rx) + ' ' + f(y) + 'Z';
  }

  /* The ISR outline of a big plan (and its legend swatch): solid, thin and light. */
  const ISR_SOLID = { fill: 'none', stroke: '#7b1fa2', 'stroke-width': 0.6, 'stroke-opacity': 0.4 };

  /* Every distinct symbol (its SVG from symbols.js) on one sprite sheet, drawn at SCALE: one SVG
     picture for all (hundreds of SVG pictures cost Chromium seconds to decode, and as long again
     on each frame after). Each symbol sits on whole canvas pixels (cells a multiple of CELL CSS px,
     CELL * SCALE whole). Returns {sheet, at: Map(symbol -> [x, y, w, h] in canvas px)}. */
  const CELL = 8, SHEET_WIDTH = 1200;
  async function sprites(symbols) {
    const at = new Map(), parts = [];
    let x = 0, y = 0, row = 0;
    for (const s of [...new Set(symbols)].sort((a, b) => b.h - a.h)) {
      const w = Math.ceil((s.w + 1) / CELL) * CELL, h = Math.ceil((s.h + 1) / CELL) * CELL;
      if (x + w > SHEET_WIDTH) { x = 0; y += row; row = 0; }
      at.set(s, [x * SCALE, y * SCALE, Math.ceil(s.w * SCALE), Math.ceil(s.h * SCALE)]);
      parts.push(s.svg.replace(/^<svg /, '<svg x="' + x + '" y="' + y + '" '));
      x += w;
      row = Math.max(row, h);
    }
    const height = y + row || 1;
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="' +
      SHEET_WIDTH + '" height="' + height + '" viewBox="0 0 ' + SHEET_WIDTH + ' ' + height + '">' + parts.join('') + '</svg>');
    await img.decode();
    const sheet = new OffscreenCanvas(Math.round(SHEET_WIDTH * SCALE), Math.round(height * SCALE));
    sheet.getContext('2d').drawImage(img, 0, 0, sheet.width, sheet.height);
    return { sheet, at };
  }

  function roundRect(ctx, x, y, w, h, r) {
    ctx.beginPath();
    ctx.moveTo(x + r, y);
    ctx.arcTo(x + w, y, x + w, y + h, r);
    ctx.arcTo(x + w, y + h, x, y + h, r);
    ctx.arcTo(x, y + h, x, y, r);
    ctx.arcTo(x, y, x + w, y, r);
    ctx.closePath();
  }

  const MM = 96 / 25.4;

  /* print.js drawUnits on a canvas: leader lines, then each group's symbol (from the sprite sheet,
     on whole canvas pixels) with its "×N" count. Returns the symbols' boxes, as drawUnits. */
  async function drawUnits(overlay, groups, size) {
    const ctx = layer(overlay, size, 0, 0, 'units-canvas');
    ctx.strokeStyle = '#263238';
    for (const g of groups) {
      if (!g.leader) continue;
      ctx.lineWidth = 0.8;
      ctx.beginPath();
      ctx.moveTo(g.at.x, g.at.y);
      ctx.lineTo(g.p.x, g.p.y);
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(g.at.x, g.at.y, 1.6, 0, 2 * Math.PI);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.lineWidth = 0.7;
      ctx.stroke();
    }
    const pics = await sprites(groups.map((g) => g.s));
    const boxes = [];
    ctx.imageSmoothingEnabled = false;
    ctx.font = 'bold 6.5px "DejaVu Sans", sans-serif';
    ctx.textBaseline = 'top';
    for (const g of groups) {
      const s = g.s, x = g.p.x - s.ax, y = g.p.y - s.ay;
      ctx.setTransform(1, 0, 0, 1, 0, 0);   // whole device pixels: the sprite is copied, not resampled
      const [sx, sy, sw, sh] = pics.at.get(s);
      ctx.drawImage(pics.sheet, sx, sy, sw, sh, Math.round(x * SCALE), Math.round(y * SCALE), sw, sh);
      if (g.units.length > 1) {
        ctx.setTransform(SCALE, 0, 0, SCALE, 0, 0);
        const text = '\u00d7' + g.units.length, tw = ctx.measureText(text).width;
        const bw = tw + 1.2 * MM, bh = 6.5 + 0.7 * MM;
        const bx = x + s.w + 1.2 * MM - bw, by = y - 1.2 * MM;
        ctx.fillStyle = '#111';
        roundRect(ctx, bx, by, bw, bh, 0.9 * MM);
        ctx.fill();
        ctx.fillStyle = '#fff';
        ctx.fillText(text, bx + 0.6 * MM, by + 0.35 * MM);
      }
      boxes.push([x, y, x + s.w, y + s.h]);
    }
    ctx.show();
    return boxes;
  }

  window.PosturePrintCanvas = { SYMBOLS_FROM, RINGS_FROM, RESOLUTION_DPI, ISR_SOLID, drawRings, drawUnits, circlePx };
})();
