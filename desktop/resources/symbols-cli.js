/* Draws symbols under Node with the same module the pages use (desktop/resources/symbols.js).
 * stdin: JSON {"specs": [spec, ...], "resolve": [sidc, ...]} (see symbols.js draw and resolve);
 * stdout: JSON {"version", "symbols": [...], "resolved": [{drawn, exact}, ...]}.
 * Used by desktop/symbols.py for the palette and the KML icons; no Qt, no display. */
'use strict';
const engine = require('./symbols.js');
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const req = JSON.parse(input || '{}');
  const out = (req.specs || []).map((s) => engine.draw(s));
  const resolved = (req.resolve || []).map((c) => engine.resolve(String(c)));
  process.stdout.write(JSON.stringify({ version: engine.version, symbols: out, resolved: resolved }));
});
