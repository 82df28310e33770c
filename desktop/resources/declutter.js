/* Posture's one decluttering module: which symbols stand together at this scale, how a stack
 * fans out, and where every label goes. Pure screen geometry (no Leaflet, no DOM), shared by
 * the map page (map.js), the print page (print.js) and the HTML export. Exposes
 * window.PostureDeclutter.
 *
 * Boxes are [x0, y0, x1, y1] in container pixels.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.PostureDeclutter = factory();
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  function overlaps(a, b, pad) {
    const p = pad || 0;
    return a[0] < b[2] + p && a[2] + p > b[0] && a[1] < b[3] + p && a[3] + p > b[1];
  }
  function area(a, b) {
    const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]), h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
    return w > 0 && h > 0 ? w * h : 0;
  }

  /* A uniform grid of boxes for fast overlap queries (cells keyed by number: a print's spread
     asks it hundreds of thousands of times). */
  const key = (x, y) => (x + 32768) * 65536 + (y + 32768);
  function Index(cell) {
    this.cell = cell || 64;
    this.grid = new Map();
    this.all = [];
  }
  Index.prototype._keys = function (b) {
    const c = this.cell, out = [];
    for (let x = Math.floor(b[0] / c); x <= Math.floor(b[2] / c); x++) {
      for (let y = Math.floor(b[1] / c); y <= Math.floor(b[3] / c); y++) out.push(key(x, y));
    }
    return out;
  };
  Index.prototype.add = function (b) {
    for (const k of this._keys(b)) { if (!this.grid.has(k)) this.grid.set(k, []); this.grid.get(k).push(b); }
    this.all.push(b);
  };
  Index.prototype.hits = function (b, pad) {
    const p = pad || 0, c = this.cell;
    const x1 = Math.floor((b[2] + p) / c), y0 = Math.floor((b[1] - p) / c), y1 = Math.floor((b[3] + p) / c);
    for (let x = Math.floor((b[0] - p) / c); x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const list = this.grid.get(key(x, y));
        if (list) for (const o of list) if (overlaps(b, o, p)) return o;
      }
    }
    return null;
  };
  Index.prototype.overlapArea = function (b) {
    let sum = 0;
    const seen = new Set();
    for (const k of this._keys(b)) {
      for (const o of this.grid.get(k) || []) { if (!seen.has(o)) { seen.add(o); sum += area(b, o); } }
    }
    return sum;
  };

  function boxOf(it, x, y) {
    const px = x === undefined ? it.x : x, py = y === undefined ? it.y : y;
    return [px - it.ax, py - it.ay, px - it.ax + it.w, py - it.ay + it.h];
  }

  /* Items whose symbols would overlap (with `gap` px between them) stand together: groups by
     single linkage. items: [{id, x, y, w, h, ax, ay}]; returns [{x, y, items}] where (x, y) is
     the group's centre (its members' mean position), in the items' order. */
  function cluster(items, gap) {
    const g = gap === undefined ? 2 : gap;
    const parent = items.map((_, i) => i);
    const find = (i) => { while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; } return i; };
    const index = new Map(), cell = 48;
    const boxes = items.map((it) => boxOf(it));
    boxes.forEach((b, i) => {
      const cx0 = Math.floor(b[0] / cell), cx1 = Math.floor(b[2] / cell), cy0 = Math.floor(b[1] / cell), cy1 = Math.floor(b[3] / cell);
      for (let x = cx0; x <= cx1; x++) for (let y = cy0; y <= cy1; y++) {
        const k = key(x, y);
        for (const j of index.get(k) || []) if (overlaps(b, boxes[j], g)) parent[find(i)] = find(j);
        if (!index.has(k)) index.set(k, []);
        index.get(k).push(i);
      }
    });
    const groups = new Map();
    items.forEach((it, i) => {
      const r = find(i);
      if (!groups.has(r)) groups.set(r, []);
      groups.get(r).push(it);
    });
    return [...groups.values()].map((list) => ({
      x: list.reduce((s, it) => s + it.x, 0) / list.length,
      y: list.reduce((s, it) => s + it.y, 0) / list.length,
      items: list,
    }));
  }

  /* Where each member of a stack goes when it opens: on rings around the centre (cx, cy), far
     enough that no two symbols touch, each member on the side of its true position when it can.
     Returns [{item, x, y}] (the anchor position of each member's symbol). */
  function fan(items, cx, cy, gap, scale, turn) {
    const g = gap === undefined ? 6 : gap, grow = scale || 1, rot = turn || 0;
    const n = items.length;
    if (n === 1) return [{ item: items[0], x: cx, y: cy }];
    const w = Math.max(...items.map((it) => it.w)) + g, h = Math.max(...items.map((it) => it.h)) + g;
    const out = [];
    let placed = 0, ring = 1;
    // ring r holds as many symbols as fit its circumference
    const order = items.slice().sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx));
    while (placed < n) {
      const rx = grow * w * (0.62 + 0.9 * ring), ry = grow * h * (0.62 + 0.9 * ring);
      const circ = Math.PI * (rx + ry);
      const cap = Math.max(4, Math.floor(circ / Math.max(w, h)));
      const here = Math.min(cap, n - placed);
      for (let k = 0; k < here; k++) {
        const a = -Math.PI / 2 + rot + (2 * Math.PI * k) / here + (ring % 2 ? 0 : Math.PI / here);
        const it = order[placed + k];
        out.push({ item: it, x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) });
      }
      placed += here;
      ring += 1;
    }
    return out;
  }

  /* The spots of spread's rings: ring r has 8r angles (ring 0 the item's own place). */
  const RINGS = [];
  for (let ring = 0; ring <= 8; ring++) {
    const n = ring === 0 ? 1 : 8 * ring, list = [];
    for (let k = 0; k < n; k++) { const a = (2 * Math.PI * k) / n; list.push({ a: a, cos: Math.cos(a), sin: Math.sin(a) }); }
    RINGS.push(list);
  }

  /* Paper: symbols that would overlap are spread, each as close to where it stands as the others
     allow: single symbols stay where they are, then each member of a group (largest groups
     first) takes the nearest free spot on rings round its own position, looking away from its
     group's centre first; the first member that fits stays in place. `budget` (optional) is
     the most free spots looked for in all: where the paper is full (thousands of symbols on
     one sheet) every look fails, so once it is spent the members left stay where they stand
     (`packed`). items as for cluster(); returns [{item, x, y, moved, packed}] for every item. */
  function spread(items, gap, budget) {
    const g = gap === undefined ? 2 : gap;
    let left = budget === undefined ? Infinity : budget;
    const placed = new Index(48), out = [];
    const groups = cluster(items, g);
    for (const c of groups) {
      if (c.items.length > 1) continue;
      const it = c.items[0];
      placed.add(boxOf(it));
      out.push({ item: it, x: it.x, y: it.y, moved: false });
    }
    const multi = groups.filter((c) => c.items.length > 1).sort((a, b) => b.items.length - a.items.length);
    for (const c of multi) {
      for (const it of c.items) {
        if (left <= 0) {
          out.push({ item: it, x: it.x, y: it.y, moved: false, packed: true });
          continue;
        }
        const away = Math.atan2(it.y - c.y, it.x - c.x);
        const sx = it.w + g, sy = it.h + g;
        let spot = null;
        for (let ring = 0; ring <= 8 && !spot; ring++) {
          // the ring's spots nearest the direction away from the group's centre first (each
          // spot's angular distance computed once: a 10,000-unit print asks for 100,000 spots)
          const order = RINGS[ring].map((a, k) => [Math.abs(Math.atan2(Math.sin(a.a - away), Math.cos(a.a - away))), k]);
          order.sort((p, q) => p[0] - q[0]);
          for (const [, k] of order) {
            left -= 1;
            const a = RINGS[ring][k];
            const x = it.x + a.cos * sx * ring * 0.55, y = it.y + a.sin * sy * ring * 0.55;
            if (!placed.hits(boxOf(it, x, y), g)) { spot = [x, y]; break; }
          }
        }
        if (!spot) spot = [it.x, it.y];
        placed.add(boxOf(it, spot[0], spot[1]));
        const moved = Math.abs(spot[0] - it.x) > 0.5 || Math.abs(spot[1] - it.y) > 0.5;
        out.push({ item: it, x: spot[0], y: spot[1], moved: moved });
      }
    }
    return out;
  }

  /* Offsets (dx, dy) of a label of size (w, h) around the box it names, in order of preference:
     below, right, above, left, then the corners, then the same a step further out. */
  function candidates(box, w, h, gap, reach) {
    const g = gap === undefined ? 2 : gap;
    const cx = (box[0] + box[2]) / 2, cy = (box[1] + box[3]) / 2;
    const near = [
      [cx - w / 2, box[3] + g], [box[2] + g, cy - h / 2], [cx - w / 2, box[1] - g - h], [box[0] - g - w, cy - h / 2],
      [box[2] + g, box[3] + g], [box[2] + g, box[1] - g - h], [box[0] - g - w, box[3] + g], [box[0] - g - w, box[1] - g - h],
    ];
    const out = near.map(([x, y]) => ({ box: [x, y, x + w, y + h], far: false }));
    for (let step = 1; step <= (reach === undefined ? 1 : reach); step++) {
      for (const [x, y] of near) {
        const dx = Math.sign(Math.round(x + w / 2 - cx)) * Math.min(w * 0.4 + 8, 28) * step, dy = Math.sign(Math.round(y + h / 2 - cy)) * (h + 4) * step;
        out.push({ box: [x + dx, y + dy, x + dx + w, y + dy + h], far: true });
      }
    }
    return out;
  }

  /* Place labels without covering a symbol or another label.
     labels: [{id, w, h, box, keep, fixed}] in priority order; `box` is what the label names (a
     symbol, a city dot), or for a `fixed` label (an oblast name) the label's own place, where it
     shows or not at all. Names stay next to what they name; kept ones may step further out. `keep` labels (major cities, priority sites) are always shown: where every
     position is taken they take the one covering the least. obstacles: boxes of symbols.
     bounds: [x0, y0, x1, y1] the labels must stay inside (optional).
     Returns {id: {x, y, shown, far}}. */
  function place(labels, obstacles, bounds) {
    const symbols = new Index(64), texts = new Index(64);
    for (const b of obstacles) symbols.add(b);
    const out = {};
    const inside = (b) => !bounds || (b[0] >= bounds[0] && b[1] >= bounds[1] && b[2] <= bounds[2] && b[3] <= bounds[3]);
    for (const l of labels) {
      const cands = l.fixed ? [{ box: l.box, far: false }] : candidates(l.box, l.w, l.h, l.gap, l.keep ? 3 : 1);
      let chosen = null;
      for (const c of cands) {
        if (!inside(c.box) || symbols.hits(c.box, 1) || texts.hits(c.box, 1)) continue;
        chosen = c;
        break;
      }
      if (!chosen && l.keep) {
        let best = Infinity;
        for (const c of cands) {
          const cost = symbols.overlapArea(c.box) * 4 + texts.overlapArea(c.box) + (inside(c.box) ? 0 : 1e6) + (c.far ? 1 : 0);
          if (cost < best) { best = cost; chosen = c; }
        }
      }
      if (chosen) {
        texts.add(chosen.box);
        out[l.id] = { x: chosen.box[0], y: chosen.box[1], shown: true, far: chosen.far };
      } else {
        out[l.id] = { shown: false };
      }
    }
    return out;
  }

  /* The nations of a stack, most units first, as "GB 3 · FR · NL". */
  function nationsOf(items) {
    const count = new Map();
    for (const it of items) if (it.nation) count.set(it.nation, (count.get(it.nation) || 0) + 1);
    return [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([n, c]) => (c > 1 ? n + '\u00a0' + c : n));
  }

  return { cluster: cluster, fan: fan, spread: spread, place: place, candidates: candidates, nationsOf: nationsOf, overlaps: overlaps, Index: Index };
}));
