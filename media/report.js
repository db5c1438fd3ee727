// Preflight gate report webview. Draws what the extension posts (client/src/report/data.ts,
// ReportViewData) with DOM and SVG calls only: text goes in through textContent, never as HTML.
// @ts-check
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';

  /** @param {string} tag @param {string} [className] @param {string} [text] */
  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /** @param {string} tag @param {Record<string, string | number>} attributes */
  function svg(tag, attributes) {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    return element;
  }

  /** @param {string} status pass | fail | error, or none before the first run */
  function verdictBadge(status) {
    return el('span', `verdict verdict-${status}`, status === 'none' ? 'NOT RUN' : status.toUpperCase());
  }

  function renderTable(data) {
    const body = document.querySelector('#gate-table tbody');
    body.replaceChildren();
    for (const row of data.gates) {
      const tr = el('tr');
      tr.dataset.gate = row.gate;
      tr.dataset.status = row.status;
      tr.append(
        el('td', 'stage', row.stage),
        el('td', 'gate', data.multiRoot ? `${row.folder}/${row.gate}` : row.gate),
        el('td', 'origin', row.origin),
        el('td', 'mode', row.mode),
        el('td', 'fail-on', row.failOn),
      );
      const verdict = el('td', 'status');
      verdict.append(verdictBadge(row.status));
      tr.append(verdict);
      const counts = el('td', 'counts');
      for (const bar of row.bars.filter((candidate) => candidate.count > 0)) {
        if (counts.childNodes.length > 0) counts.append(', ');
        counts.append(el('span', `count sev-${bar.severity}`, `${bar.count} ${bar.severity}`));
      }
      if (row.total === 0) counts.append(el('span', 'count none', '0'));
      tr.append(counts);
      tr.append(el('td', 'suppressed', row.baselined > 0 ? `${row.suppressed} (${row.baselined} baselined)` : String(row.suppressed)));
      tr.append(el('td', 'reason', row.reason));
      body.append(tr);
    }
  }

  /** One group of horizontal bars per gate, one bar per severity, all on one scale. */
  function renderChart(data) {
    const chart = document.getElementById('chart');
    chart.replaceChildren();
    const labelWidth = 140;
    const barArea = 360;
    const countWidth = 40;
    const barHeight = 12;
    const gap = 3;
    const groupGap = 14;
    const groupHeight = data.severities.length * (barHeight + gap) + groupGap;
    const width = labelWidth + barArea + countWidth;
    const height = Math.max(groupHeight * data.gates.length, 1);
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'chart' });
    data.gates.forEach((row, index) => {
      const top = index * groupHeight;
      const group = svg('g', { class: 'gate-bars', 'data-gate': row.gate });
      const name = svg('text', { x: 0, y: top + barHeight, class: 'gate-label' });
      name.textContent = data.multiRoot ? `${row.folder}/${row.gate}` : row.gate;
      const status = svg('text', { x: 0, y: top + 2 * barHeight + gap + 2, class: `gate-status verdict-${row.status}` });
      status.textContent = row.status;
      group.append(name, status);
      row.bars.forEach((bar, position) => {
        const y = top + position * (barHeight + gap);
        const length = bar.count > 0 ? Math.max(2, Math.round(bar.fraction * barArea)) : 0;
        const rect = svg('rect', { x: labelWidth, y, width: length, height: barHeight, class: `bar sev-${bar.severity}`, 'data-severity': bar.severity, 'data-count': bar.count });
        const title = svg('title', {});
        title.textContent = `${row.gate}: ${bar.count} ${bar.severity}`;
        rect.append(title);
        const label = svg('text', { x: labelWidth + length + 4, y: y + barHeight - 2, class: 'bar-label' });
        label.textContent = `${bar.count} ${bar.severity}`;
        group.append(rect, label);
      });
      root.append(group);
    });
    chart.append(root);
  }

  function renderNotices(data) {
    const list = document.getElementById('notices');
    list.replaceChildren();
    for (const notice of data.notices) {
      const where = notice.file ? ` (${notice.file})` : '';
      list.append(el('li', `notice notice-${notice.level}`, `${notice.level}: ${notice.message}${where}`));
    }
    document.getElementById('notices-title').hidden = data.notices.length === 0;
  }

  function render(data) {
    const overall = document.getElementById('overall');
    overall.replaceWith(Object.assign(verdictBadge(data.overall), { id: 'overall' }));
    document.getElementById('subtitle').textContent = data.subtitle;
    document.getElementById('empty').hidden = data.gates.length > 0;
    renderTable(data);
    renderChart(data);
    renderNotices(data);
    document.body.dataset.overall = data.overall;
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'report') render(message.data);
  });
  document.getElementById('run').addEventListener('click', () => vscode.postMessage({ type: 'runGates' }));
  vscode.postMessage({ type: 'ready' });
})();
