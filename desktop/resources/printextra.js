/* The print sheet's second page (optional): the charts (SVG drawn by matplotlib in
 * desktop/charts.py, placed as images so the PDF stays vector) and the order of battle as a
 * table. print.js calls PostureExtraPage.fill(sheet) once the first page is laid out. Planner
 * text (unit names) is set as text only. */
(function () {
  'use strict';

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }

  function fmt(n) { return PostureText.num(Math.round(n)); }

  function fill(sheet) {
    const old = document.getElementById('sheet2');
    if (old) old.remove();
    if (!(sheet.charts || sheet.orbat)) { document.body.style.overflow = ''; return 0; }
    document.body.style.overflow = 'visible';   // print.css clips the body to one page
    const page = el('div', 'sheet ' + sheet.paper + ' ' + sheet.orientation);
    page.id = 'sheet2';
    Object.assign(page.style, { display: 'flex', flexDirection: 'column', gap: '3mm', breakBefore: 'page', pageBreakBefore: 'always' });
    const top = el('div', 'banner', sheet.marking.text);
    const bottom = el('div', 'banner', sheet.marking.text);
    for (const b of [top, bottom]) Object.assign(b.style, { background: sheet.marking.background, color: sheet.marking.color, minHeight: '6mm' });
    page.append(top);
    const head = el('h1', null, T('{plan} \u2014 figures and order of battle', { plan: sheet.title && sheet.title.plan ? sheet.title.plan : '' }));
    Object.assign(head.style, { fontSize: '1.9em', margin: '0' });
    page.append(head);
    const body = el('div');
    Object.assign(body.style, { display: 'flex', gap: '5mm', flex: '1 1 auto', minHeight: '0', overflow: 'hidden' });
    if (sheet.charts) {
      const col = el('div', 'extra-charts');
      Object.assign(col.style, { display: 'flex', flexDirection: 'column', gap: '2mm', flex: '0 0 ' + (sheet.orbat ? '52%' : '100%'), overflow: 'hidden' });
      for (const [name, svg] of sheet.charts) {
        const img = new Image();
        img.alt = name;
        img.className = 'extra-chart';
        img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
        Object.assign(img.style, { width: '100%', height: '32%', objectFit: 'contain', objectPosition: 'left top' });
        col.append(img);
      }
      body.append(col);
    }
    let rows = 0;
    if (sheet.orbat) {
      const box = el('section', 'extra-orbat');
      Object.assign(box.style, { flex: '1 1 auto', minWidth: '0', overflow: 'hidden' });
      box.append(el('h2', null, T('Order of battle')));
      const table = el('table');
      Object.assign(table.style, { width: '100%', borderCollapse: 'collapse' });
      const thead = el('thead');
      const hr = el('tr');
      for (const h of ['Unit', 'Nation', 'Kind', 'Strength', 'Total']) {
        const th = el('th', null, T(h));
        th.style.textAlign = (h === 'Strength' || h === 'Total') ? 'right' : 'left';
        hr.append(th);
      }
      thead.append(hr);
      table.append(thead);
      const tbody = el('tbody');
      for (const r of sheet.orbat.rows) {
        const tr = el('tr');
        const name = el('td', null, r.name);
        tr.append(name, el('td', null, r.nation), el('td', null, r.kind), el('td', null, fmt(r.strength)), el('td', null, r.children ? fmt(r.total) : ''));
        for (const td of tr.children) Object.assign(td.style, { borderBottom: '0.2mm solid #ccc', padding: '0.4mm 1mm', textAlign: 'right' });
        for (const td of [tr.children[0], tr.children[1], tr.children[2]]) td.style.textAlign = 'left';
        tr.children[2].style.whiteSpace = 'normal';  // a kind's label may be long in another language
        name.style.paddingLeft = (1 + 3.5 * r.depth) + 'mm';
        if (r.children) name.style.fontWeight = 'bold';
        tbody.append(tr);
        rows++;
      }
      table.append(tbody);
      box.append(table);
      const note = el('p', null, sheet.orbat.note);
      note.style.color = '#555';
      box.append(note);
      body.append(box);
      // leave out the rows that do not fit, and say so
      let cut = 0;
      page.append(body);
      document.body.append(page);
      // rows that surely do not fit go at once (one layout for each removal made it quadratic)
      const tallest = Math.max(1, ...[...tbody.rows].slice(-400).map((tr) => tr.getBoundingClientRect().height));
      while (box.scrollHeight > box.clientHeight + 1 && tbody.lastChild) {
        const k = Math.max(1, Math.min(tbody.rows.length, 400, Math.floor((box.scrollHeight - box.clientHeight) / tallest)));
        for (let i = 0; i < k; i++) { tbody.lastChild.remove(); cut++; rows--; }
      }
      if (cut) note.textContent = sheet.orbat.note + ' ' + N('%n more unit(s) not shown', cut) + ' ' + T('(File \u203a Export has them all).');
      page.append(bottom);
      return rows;
    }
    page.append(body, bottom);
    document.body.append(page);
    return rows;
  }

  window.PostureExtraPage = { fill: fill };
})();
