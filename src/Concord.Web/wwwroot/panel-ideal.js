// The two states' ideal points by year (General Assembly; Concord's, aligned to the BSV scale) with their 90% intervals,
// and the distance between them in the latest year both have one.
import { el, svg, note, chartWidth, chartLegend, yearStep } from './dom.js';

const COLOURS = ['#1f5fa8', '#c2410c'];

function chart(box, rows, codes) {
  const width = chartWidth(box), height = Math.round(Math.min(300, Math.max(220, width * 0.4))), left = 40, right = 40, top = 14, bottom = 36;
  const years = rows.map((r) => r.year);
  const x0 = Math.min(...years), x1 = Math.max(...years);
  const span = Math.max(1, x1 - x0);
  const lo = Math.floor(Math.min(...rows.map((r) => r.lower))), hi = Math.ceil(Math.max(...rows.map((r) => r.upper)));
  const x = (yr) => left + ((yr - x0) / span) * (width - left - right);
  const y = (v) => top + (1 - (v - lo) / Math.max(1e-9, hi - lo)) * (height - top - bottom);
  const root = svg('svg', { id: 'ideal-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Ideal points of ${codes.join(' and ')} by year, with 90% intervals` });
  for (let v = lo; v <= hi; v += 1) {
    root.append(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: v === 0 ? '#8a94a6' : '#e3e7ee' }));
    root.append(svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#5b6473' }, String(v)));
  }
  const step = yearStep(span, width - left - right);
  for (let yr = Math.ceil(x0 / step) * step; yr <= x1; yr += step) {
    root.append(svg('text', { x: x(yr), y: height - bottom + 18, 'text-anchor': 'middle', 'font-size': 12, fill: '#5b6473' }, String(yr)));
  }
  root.append(svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, stroke: '#5b6473' }));
  codes.forEach((code, i) => {
    const mine = rows.filter((r) => r.state === code).sort((p, q) => p.year - q.year);
    if (mine.length === 0) return;
    const band = mine.map((r) => `${x(r.year).toFixed(1)},${y(r.upper).toFixed(1)}`)
      .concat([...mine].reverse().map((r) => `${x(r.year).toFixed(1)},${y(r.lower).toFixed(1)}`));
    root.append(svg('polygon', { class: 'interval', 'data-state': code, points: band.join(' '), fill: COLOURS[i], 'fill-opacity': 0.18, stroke: 'none' }));
    root.append(svg('path', { d: mine.map((r, k) => `${k ? 'L' : 'M'}${x(r.year).toFixed(1)},${y(r.position).toFixed(1)}`).join(''), fill: 'none', stroke: COLOURS[i], 'stroke-width': 2 }));
    for (const r of mine) {
      const dot = svg('circle', { class: 'ideal-pt', cx: x(r.year), cy: y(r.position), r: 2.5, fill: COLOURS[i], 'data-state': code, 'data-year': String(r.year) });
      dot.append(svg('title', {}, `${code} ${r.year}: ${r.position.toFixed(2)} (90% interval ${r.lower.toFixed(2)} to ${r.upper.toFixed(2)})`));
      root.append(dot);
    }
  });
  return el('div', {}, root, chartLegend(codes.map((code, i) => ({ colour: COLOURS[i], label: code }))));
}

export default {
  id: 'ideal',
  title: 'Ideal points (General Assembly)',
  ask: (ctx) => ({ ideal: ['ideal', { states: `${ctx.pair.a},${ctx.pair.b}`, ...ctx.period }] }),
  draw(box, { ideal }, ctx) {
    if (ideal instanceof Error) {
      box.replaceChildren(el('div', { id: 'ideal' }, note(ideal.message)));
      return;
    }
    const a = ctx.a.code, b = ctx.b.code;
    const byYear = new Map();
    for (const r of ideal.rows) {
      if (!byYear.has(r.year)) byYear.set(r.year, {});
      byYear.get(r.year)[r.state] = r;
    }
    const years = [...byYear.keys()].filter((y) => byYear.get(y)[a] && byYear.get(y)[b]).sort((x, y) => y - x);
    if (years.length === 0) {
      box.replaceChildren(el('div', { id: 'ideal' }, note('No year in this frame has an ideal point for both: each is fitted only for a year in which the state cast recorded Assembly votes.', { 'data-empty': 'no-ideal' })));
      return;
    }
    const latest = years[0];
    const pa = byYear.get(latest)[a], pb = byYear.get(latest)[b];
    box.replaceChildren(el('div', { id: 'ideal' },
      // The scale comes from the API, which says what the positions are (the same words as the CLI and the brief).
      el('p', { class: 'caption', text: `${ideal.title} (${ideal.scale}), from every contested General Assembly vote; shaded: 90% intervals. Method: docs/methods.md.` }),
      chart(box, ideal.rows, [a, b]),
      el('p', {}, `Distance between ${a} and ${b} in ${latest}: `, el('span', { 'data-ideal-distance': String(latest), text: Math.abs(pa.position - pb.position).toFixed(2) }),
        ` (${a} ${pa.position.toFixed(2)}, ${b} ${pb.position.toFixed(2)}).`)));
  },
};
