/* Symbol sheets for canvas drawing (window.PostureSprites). A plan of 10,000 units has a few
 * hundred distinct symbols (code x nation x phase, symbols.js); each is rasterised once, all of
 * them from ONE SVG image (one decode, where an image per symbol costs a decode and an SVG
 * document each), at the exact pixel scale the canvas draws them, so a unit is one copy of a
 * rectangle. The picture is the one symbols.js draws: the sheet holds its SVG unchanged.
 *
 *   const sheet = PostureSprites.sheet(symbols, k)   // symbols: PostureSymbols.draw outputs;
 *                                                    // k: device pixels per CSS pixel of symbol
 *   sheet.ready                                      // a promise: settles once rasterised
 *   sheet.copy(ctx, s, x, y, dpr) -> bool            // false: s is not on this sheet (or not yet)
 *   sheet.draw(ctx, s, x, y, w, h) -> bool           // the same, scaled to w x h (another zoom)
 */
'use strict';

(function () {
  const MAX_WIDTH = 2048;   // device pixels per row of the sheet
  const GAP = 2;            // device pixels between symbols: no neighbour bleeds into a copy

  function sheet(symbols, k) {
    const at = new Map(), bodies = new Map();
    const defs = [], cells = [];
    let x = 0, y = 0, row = 0, width = 1;
    for (const s of symbols) {
      if (at.has(s) || !s.svg) continue;
      const w = Math.ceil(s.w * k), h = Math.ceil(s.h * k);
      if (x > 0 && x + w > MAX_WIDTH) { x = 0; y += row + GAP; row = 0; }
      at.set(s, [x, y, w, h]);
      // At its place in sheet units (CSS pixels of symbol). A body the engine drew is defined
      // once and used by every symbol that has it (nations differ by their marking only); its
      // clip-path ids are made unique to it, as they would be in a document of its own.
      const p = PostureSymbols.parts(s), pos = 'x="' + (x / k).toFixed(3) + '" y="' + (y / k).toFixed(3) + '" ';
      if (p) {
        let id = bodies.get(p.shared);
        if (!id) {
          id = 'b' + bodies.size;
          bodies.set(p.shared, id);
          defs.push('<g id="' + id + '" transform="' + p.transform + '">' + p.body.replace(/clip-inline-/g, id + '-') + '</g>');
        }
        cells.push('<svg ' + pos + 'width="' + s.w + '" height="' + s.h + '" viewBox="0 0 ' + s.w + ' ' + s.h + '"><use href="#' + id + '"/>' + p.mark + '</svg>');
      } else {
        cells.push(s.svg.replace('<svg ', '<svg ' + pos).replace(/clip-inline-/g, 'c' + at.size + '-'));
      }
      x += w + GAP;
      row = Math.max(row, h);
      width = Math.max(width, x);
    }
    const parts = cells.length ? ['<defs>' + defs.join('') + '</defs>'].concat(cells) : [];
    const height = Math.max(1, y + row);
    const canvas = document.createElement('canvas');
    canvas.width = width; canvas.height = height;
    const out = { k: k, canvas: canvas, done: false, has: (s) => at.has(s), size: at.size };
    out.draw = function (ctx, s, dx, dy, dw, dh) {
      const r = out.done && at.get(s);
      if (!r) return false;
      ctx.drawImage(canvas, r[0], r[1], r[2], r[3], dx, dy, dw, dh);
      return true;
    };
    /* The symbol at (dx, dy) CSS px, for a context scaled by `dpr` = k / (the scale it is drawn
       at): a copy of whole device pixels, no resampling. */
    out.copy = function (ctx, s, dx, dy, dpr) {
      const r = out.done && at.get(s);
      if (!r) return false;
      ctx.drawImage(canvas, r[0], r[1], r[2], r[3], Math.round(dx * dpr) / dpr, Math.round(dy * dpr) / dpr, r[2] / dpr, r[3] / dpr);
      return true;
    };
    if (!parts.length) { out.done = true; out.ready = Promise.resolve(out); return out; }
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="' + (width / k).toFixed(3) + '" height="' +
      (height / k).toFixed(3) + '" viewBox="0 0 ' + (width / k).toFixed(3) + ' ' + (height / k).toFixed(3) + '">' +
      parts.join('') + '</svg>';
    const img = new Image();
    // A data: URL, not a blob: one (a blob URL is registered with Chromium's browser side, whose
    // thread is the Python GUI thread: busy with the plan's findings right after an open).
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    out.ready = img.decode().then(() => {
      canvas.getContext('2d').drawImage(img, 0, 0, width, height);   // rasterised at k, from the vectors
      out.done = true;
      return out;
    }).finally(() => { img.src = ''; });
    return out;
  }

  window.PostureSprites = { sheet: sheet };
})();
