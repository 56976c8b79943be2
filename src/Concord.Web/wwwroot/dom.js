// DOM and SVG helpers shared by the dashboard's modules. Text from the API is only ever set with textContent, never
// parsed as HTML.

const SVG = 'http://www.w3.org/2000/svg';

export const $ = (id) => document.getElementById(id);

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'onclick') node.addEventListener('click', v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

export function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export const fmt = (v) => (v === null || v === undefined ? '–' : v.toFixed(3));
export const count = (n) => n.toLocaleString('en-US');
export const signed = (d) => `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(2)}`;

// A table in its own scrolling box: on a narrow screen the table scrolls, never the page.
export function table(columns, rows) {
  return el('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': columns.map((c) => c.label).join(', ') },
    el('table', {},
      el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { class: c.num ? 'num' : null, scope: 'col', text: c.label })))),
      el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((cell, i) => el('td', { class: columns[i].num ? 'num' : null }, cell)))))));
}

export function voteCell(v) { return el('span', { class: `vote-${v}`, text: v }); }

// A paragraph saying why a panel shows nothing, or less than it might: never an empty box.
export const note = (text, attrs) => el('p', { class: 'empty', ...(attrs || {}), text });

// A chart's drawing width: the box's own width (so 12 px text stays 12 px on a phone), within bounds.
export function chartWidth(box, widest = 1180) {
  const w = box && box.clientWidth ? box.clientWidth - 2 : widest;
  return Math.round(Math.max(300, Math.min(widest, w)));
}

// The years an axis labels: fewer on a narrow chart, so that the labels never overlap.
export function yearStep(span, width) {
  const room = Math.max(2, Math.floor(width / 48));
  for (const step of [1, 2, 5, 10, 20]) if (span / step <= room) return step;
  return 25;
}

// A legend beside a chart, as text: it wraps on a narrow screen instead of shrinking inside the drawing.
export function chartLegend(items) {
  return el('p', { class: 'chart-legend' }, ...items.map(({ colour, dash, label }) => el('span', {},
    (() => { const s = el('span', { class: dash ? 'key dashed' : 'key', 'aria-hidden': 'true' }); s.style.borderColor = colour; return s; })(), ` ${label}`)));
}

// A source citation with its web address made a link (only http and https addresses; the text is never parsed as HTML).
export function sourceCell(source) {
  const text = source || '';
  const m = text.match(/https?:\/\/[^\s<>"]+[^\s<>".,;)]/);
  if (!m) return text;
  return el('span', {}, text.slice(0, m.index), el('a', { href: m[0], rel: 'noopener', target: '_blank', text: m[0] }), text.slice(m.index + m[0].length));
}
