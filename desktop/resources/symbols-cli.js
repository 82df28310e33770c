/* Draws symbols under Node with the same module the pages use (desktop/resources/symbols.js).
 * stdin: JSON {"specs": [spec, ...]} (see symbols.js draw); stdout: JSON {"version", "symbols": [...]}.
 * Used by desktop/symbols.py for the palette and the KML icons; no Qt, no display. */
'use strict';
const engine = require('./symbols.js');
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const req = JSON.parse(input || '{}');
  const out = (req.specs || []).map((s) => engine.draw(s));
  process.stdout.write(JSON.stringify({ version: engine.version, symbols: out }));
});
