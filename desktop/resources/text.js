/* The page's strings in the planner's language, sent by Python (desktop/pagetext.py): the pages
 * write no English of their own. Loaded after strings.js (window.POSTURE_TEXT, served by the
 * window) or given later with PostureText.set(data) (the print sheet, the HTML export).
 *
 *   T('Legend')                      the translation of an English source (the source if none)
 *   T('{n} km', {n: 5})              with placeholders in braces
 *   N('%n unit(s) here', 3)          a plural, its form by the language's rule (%n: the number)
 *   PostureText.num(21110)           a number in the language's conventions (21 110 in Ukrainian)
 *   PostureText.place('Kyiv')        a place of the base map in the language (Київ)
 *   PostureText.apply(root)          every [data-t] element of `root` gets T(its data-t)
 */
'use strict';

(function () {
  let data = { lang: 'en', text: {}, plural: {}, places: {} };

  function fill(text, vars) {
    if (!vars) return text;
    return text.replace(/\{([a-z_][a-z0-9_]*)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  }
  function pluralIndex(n) {
    n = Math.abs(Math.trunc(n));
    if (data.lang === 'uk') {
      if (n % 10 === 1 && n % 100 !== 11) return 0;
      if (n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14)) return 1;
      return 2;
    }
    return n === 1 ? 0 : 1;
  }
  function num(n, decimals) {
    const d = decimals || 0;
    const text = Number(n).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
    return data.lang === 'uk' ? text.replace(/,/g, '\u202f').replace(/\./g, ',') : text;
  }
  function T(source, vars) {
    const t = data.text[source];
    return fill(typeof t === 'string' && t ? t : source, vars);
  }
  function N(source, n, vars) {
    const forms = data.plural[source];
    let text;
    if (forms && forms.length) text = forms[Math.min(pluralIndex(n), forms.length - 1)];
    else text = source.replace(/\((\w+)\)/g, (m, s) => (Math.abs(n) === 1 ? '' : s));
    return fill(text.replace(/%n/g, num(n)), vars);
  }
  /* A Leaflet scale control that writes its units in the language (km, m). */
  function scale(control) {
    const update = control._updateScale;
    control._updateScale = function (el, text, ratio) {
      update.call(this, el, text, ratio);
      const m = /^([\d.]+) (km|m)$/.exec(text);
      if (m) el.textContent = T(m[2] === 'km' ? '{n} km' : '{n} m', { n: num(Number(m[1]), m[1].includes('.') ? m[1].split('.')[1].length : 0) });
    };
    return control;
  }
  /* The map's zoom buttons' titles in the language. */
  function zoomControl(map) {
    const z = map.zoomControl;
    if (!z || !z._zoomInButton) return;
    for (const [b, t] of [[z._zoomInButton, T('Zoom in')], [z._zoomOutButton, T('Zoom out')]]) {
      b.title = t;
      b.setAttribute('aria-label', t);
    }
  }
  function place(name) { return (data.places && data.places[name]) || name; }
  function apply(root) {
    for (const e of (root || document).querySelectorAll('[data-t]')) e.textContent = T(e.getAttribute('data-t'));
    for (const e of (root || document).querySelectorAll('[data-t-label]')) e.setAttribute('aria-label', T(e.getAttribute('data-t-label')));
    if (document.documentElement) document.documentElement.lang = data.lang === 'uk' ? 'uk' : 'en';
  }
  function set(d) {
    if (d && typeof d === 'object') data = { lang: d.lang || 'en', text: d.text || {}, plural: d.plural || {}, places: d.places || {} };
    if (document.readyState !== 'loading') apply(document);
  }

  window.PostureText = { set: set, apply: apply, num: num, place: place, scale: scale, zoomControl: zoomControl, get lang() { return data.lang; } };
  window.T = T;
  window.N = N;
  if (window.POSTURE_TEXT) data = Object.assign(data, window.POSTURE_TEXT);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => apply(document), { once: true });
  else apply(document);
})();
