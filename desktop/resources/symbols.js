/* Posture's one symbol engine: milsymbol.js 3 (npm, installed by scripts/setup.sh) plus the
 * product's own nation marking. Loaded by the map page, the print page and the HTML export
 * (window.PostureSymbols, after milsymbol.js), and by desktop/resources/symbols-cli.js under
 * Node for the palette and the KML icons: every surface draws the same picture.
 *
 * draw(spec) -> {svg, w, h, ax, ay, sidc, drawn, exact}
 *   spec.sidc         the unit's stored 20-digit code (validated by desktop/sidc.py)
 *   spec.nation       ISO 3166-1 alpha-2 code, drawn as a marking right of the frame ('' = none)
 *   spec.size         milsymbol size (frame height is about 1.3 x size)
 *   spec.planned      draw the status as planned/anticipated (dashed frame) for this view only
 *   spec.designation  the unit's unique designation (text amplifier T), optional
 * `drawn` is the code actually drawn: the stored one, or its nearest parent entity when the
 * engine has no icon for it (`exact` false). Text reaches the SVG only through escapeXml.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory(require('milsymbol'));
  else root.PostureSymbols = factory(root.ms);
}(typeof self !== 'undefined' ? self : this, function (ms) {
  'use strict';

  const FONT = 'DejaVu Sans, Arial, sans-serif';
  const cache = new Map();
  const pieces = new WeakMap();   // a drawn symbol -> what it is made of (parts())

  function escapeXml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]));
  }

  function knows(sidc) {
    const v = new ms.Symbol(sidc).isValid(true);
    return !!(v && v.icon && v.affiliation !== undefined && v.dimension);
  }

  /* The code itself when the engine draws it, else its nearest parent: modifiers cleared, then
     the entity subtype, then the entity type (the entity alone). */
  function resolve(sidc) {
    if (knows(sidc)) return { drawn: sidc, exact: true };
    const head = sidc.slice(0, 10), ent = sidc.slice(10, 16);
    const tries = [head + ent + '0000', head + ent.slice(0, 4) + '00' + '0000', head + ent.slice(0, 2) + '0000' + '0000'];
    for (const t of tries) if (knows(t)) return { drawn: t, exact: false };
    return { drawn: head + '0000000000', exact: false };
  }

  function withStatus(sidc, planned) {
    return planned && sidc.length === 20 && sidc[6] === '0' ? sidc.slice(0, 6) + '1' + sidc.slice(7) : sidc;
  }

  /* What the engine draws for a code (without the nation marking), shared by every nation: a
     plan of 10,000 units has a few dozen codes but hundreds of code-and-nation pairs. */
  const bodies = new Map();
  function body(sidc, size, planned, designation) {
    const key = [sidc, size, planned ? 1 : 0, designation].join('|');
    const hit = bodies.get(key);
    if (hit) return hit;
    const r = resolve(sidc);
    const code = withStatus(r.drawn, planned);
    const opts = { size: size, fontfamily: FONT, infoFields: !!designation };
    if (designation) opts.uniqueDesignation = designation;
    const sym = new ms.Symbol(code, opts);
    const raw = sym.asSVG();
    const sz = sym.getSize(), anchor = sym.getAnchor();
    const vb = /viewBox="([-\d.e]+) ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)"/.exec(raw);
    const inner = raw.slice(raw.indexOf('>') + 1, raw.lastIndexOf('</svg>'));
    const vx = vb ? +vb[1] : 0, vy = vb ? +vb[2] : 0, vw = vb ? +vb[3] : sz.width;
    const out = {
      r: r, sz: sz, anchor: anchor, vx: vx, vy: vy, k: sz.width / vw, bbox: sym.getMetadata().baseGeometry.bbox,
      body: inner.replace(/font-family="Arial"/g, 'font-family="' + FONT + '"'),
    };
    bodies.set(key, out);
    return out;
  }

  function draw(spec) {
    const sidc = String(spec.sidc || '');
    const size = +spec.size || 26;
    const nation = /^[A-Z]{2}$/.test(spec.nation || '') ? spec.nation : '';
    const designation = spec.designation ? String(spec.designation).slice(0, 24) : '';
    const key = [sidc, nation, size, spec.planned ? 1 : 0, designation].join('|');
    const hit = cache.get(key);
    if (hit) return hit;

    const b = body(sidc, size, !!spec.planned, designation);
    const r = b.r, sz = b.sz, anchor = b.anchor, vx = b.vx, vy = b.vy, k = b.k;
    let w = sz.width, h = sz.height, mark = '';
    if (nation) {
      // Right of the frame, centred on it (the corners hold the context and reinforced
      // amplifiers), at a size readable on every surface.
      const bbox = b.bbox;
      const fs = Math.max(9, size * 0.42);
      const bw = Math.round(fs * 1.55 + 4), bh = Math.round(fs + 4);
      const x = (bbox.x2 - vx) * k + 2, y = Math.max(0, ((bbox.y1 + bbox.y2) / 2 - vy) * k - bh / 2);
      mark = '<g class="nation"><rect x="' + x.toFixed(1) + '" y="' + y.toFixed(1) + '" width="' + bw + '" height="' + bh +
        '" rx="2" fill="#ffffff" stroke="#1a1a1a" stroke-width="1"/><text x="' + (x + bw / 2).toFixed(1) + '" y="' +
        (y + bh / 2 + fs * 0.36).toFixed(1) + '" text-anchor="middle" font-family="' + FONT + '" font-weight="bold" font-size="' +
        fs.toFixed(1) + '" fill="#1a1a1a">' + escapeXml(nation) + '</text></g>';
      w = Math.max(w, x + bw + 1);
      h = Math.max(h, y + bh + 1);
    }
    w = Math.ceil(w); h = Math.ceil(h);
    const transform = 'scale(' + k.toFixed(5) + ') translate(' + (-vx).toFixed(3) + ',' + (-vy).toFixed(3) + ')';
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="' + w + '" height="' + h +
      '" viewBox="0 0 ' + w + ' ' + h + '"><g transform="' + transform + '">' + b.body + '</g>' + mark + '</svg>';
    const out = { svg: svg, w: w, h: h, ax: anchor.x, ay: anchor.y, sidc: sidc, drawn: r.drawn, exact: r.exact };
    cache.set(key, out);
    pieces.set(out, { shared: b, body: b.body, transform: transform, mark: mark });
    return out;
  }

  /* What a symbol drawn by draw() is made of: ``svg`` is <svg w h><g transform>body</g>mark</svg>,
     where ``shared`` (an object) is the same for every symbol with that body (code, size, phase,
     designation: all nations). Lets a page put many symbols in one document, each body once
     (sprites.js). Null for an object draw() did not make. */
  function parts(s) { return pieces.get(s) || null; }

  return { draw: draw, parts: parts, resolve: resolve, knows: knows, escapeXml: escapeXml, version: ms.version || (ms.getVersion && ms.getVersion()) };
}));
