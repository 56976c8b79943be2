// Agreement and kappa by year, as a line chart whose points open the year's splits; on a frame too thin for yearly
// figures, the votes per year instead, and why.
import { el, svg, count, chartWidth, chartLegend, yearStep, table } from './dom.js';
import { openSplits } from './evidence.js';
import { agreeParams } from './panel-headline.js';

const SERIES = [
  { key: 'agreement', label: 'agreement', colour: '#1f5fa8', dash: '' },
  { key: 'kappa', label: 'Cohen\'s kappa', colour: '#c2410c', dash: '6 4' },
];

function caption(result, ctx, x0, x1) {
  return `Data: every recorded vote both cast${ctx.frame.issue ? ` on issue area ${ctx.frame.issue}` : ''}, ${x0}–${x1}. Agreement: Voeten's scale (yes 1, abstain ½, no 0; 1 = always alike). Kappa: Cohen's, chance-corrected (Häge 2011). Years with fewer than ${result.min_n} common votes have no value; kappa is not shown for years in which either state cast one kind of vote 95% of the time or more (near-unanimous votes, where kappa is not meaningful). Click a point for the decisions where they split that year.${(result.coverage_gaps || []).length > 0 ? ` Not every recorded vote is on record: the record lacks some of ${result.coverage_gaps.join(' and of ')}.` : ''}`;
}

// No year reaches the minimum: the votes per year are shown, and the frame's figure is the headline's.
function thin(box, result, ctx) {
  const voted = result.rows.filter((r) => typeof r.year === 'number' && r.n > 0);
  const span = ctx.period.from || ctx.period.to ? `${ctx.period.from || result.rows[0]?.year || ''}–${ctx.period.to || ctx.record.last_year}` : 'the record';
  if (voted.length === 0) {
    box.replaceChildren(el('p', { class: 'empty', 'data-empty': 'no-common-votes', text: `No recorded ${ctx.forumName} vote${ctx.frame.issue ? ` on issue area ${ctx.frame.issue}` : ''} in ${span} has both of their votes: nothing to compare. Widen the period or choose another forum or issue area.` }));
    return;
  }
  const total = voted.reduce((s, r) => s + r.n, 0);
  box.replaceChildren(
    el('p', { class: 'empty', 'data-empty': 'thin', text: `${count(total)} common vote${total === 1 ? '' : 's'} in ${voted[0].year}–${voted[voted.length - 1].year}, but no year has the ${result.min_n} a yearly figure needs, so there is no line to draw. Shown instead: the votes per year; the frame's agreement over all of them is in the headline figures above.` }),
    table([{ label: 'year', num: true }, { label: 'common votes', num: true }, { label: 'same', num: true }, { label: 'opposite', num: true }, { label: 'one abstained', num: true }],
      voted.map((r) => [String(r.year), count(r.n), count(r.same), count(r.opposite), count(r.partial)])));
}

function chart(box, result, ctx) {
  const valued = (r) => r.agreement !== null && r.agreement !== undefined;
  const all = result.rows.filter((r) => typeof r.year === 'number');
  const firstValued = all.findIndex(valued);
  if (firstValued < 0) { thin(box, result, ctx); return; }
  // The axis spans the years with a value: before 1971 China's seat was the Republic of China's, and so on.
  const lastValued = all.length - 1 - [...all].reverse().findIndex(valued);
  const rows = all.slice(firstValued, lastValued + 1);
  const width = chartWidth(box), height = Math.round(Math.min(340, Math.max(240, width * 0.45))), left = 46, right = 14, top = 14, bottom = 44;
  const years = rows.map((r) => r.year);
  const x0 = Math.min(...years), x1 = Math.max(...years);
  const span = Math.max(1, x1 - x0);
  const x = (year) => left + ((year - x0) / span) * (width - left - right);
  const lowest = Math.min(0, ...rows.flatMap((r) => [r.agreement, r.kappa]).filter((v) => v !== null && v !== undefined));
  const yMin = Math.floor(lowest * 5) / 5 === 0 ? -0.2 : Math.floor(lowest * 5) / 5;
  const y = (v) => top + (1 - (v - yMin) / (1 - yMin)) * (height - top - bottom);
  // The chart is a group of focusable points (not an image): each point is a control that opens its year.
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': result.title });
  for (let v = yMin; v <= 1.0001; v += 0.2) {
    root.append(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: Math.abs(v) < 1e-9 ? '#8a94a6' : '#e3e7ee', 'stroke-width': 1 }));
    root.append(svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#5b6473' }, (Math.abs(v) < 1e-9 ? 0 : v).toFixed(1)));
  }
  const step = yearStep(span, width - left - right);
  for (let yr = Math.ceil(x0 / step) * step; yr <= x1; yr += step) {
    root.append(svg('line', { x1: x(yr), x2: x(yr), y1: height - bottom, y2: height - bottom + 5, stroke: '#5b6473' }));
    root.append(svg('text', { x: x(yr), y: height - bottom + 19, 'text-anchor': 'middle', 'font-size': 12, fill: '#5b6473' }, String(yr)));
  }
  root.append(svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, stroke: '#5b6473' }));
  root.append(svg('text', { x: (left + width - right) / 2, y: height - 6, 'text-anchor': 'middle', 'font-size': 13, fill: '#1d2433' }, 'Year'));
  root.append(svg('text', { x: 12, y: (top + height - bottom) / 2, 'text-anchor': 'middle', 'font-size': 12, fill: '#1d2433', transform: `rotate(-90 12 ${(top + height - bottom) / 2})` }, 'Agreement / kappa'));
  for (const s of SERIES) {
    // Lines break where a year has too few common votes (no value), rather than bridging the gap. Kappa is left out
    // where either state's votes are near-unanimous (most Council years): it collapses there.
    const shown = (r) => r[s.key] !== null && r[s.key] !== undefined && (s.key !== 'kappa' || r.kappa_meaningful);
    let path = '';
    let pen = false;
    for (const r of rows) {
      if (!shown(r)) { pen = false; continue; }
      path += `${pen ? 'L' : 'M'}${x(r.year).toFixed(1)},${y(r[s.key]).toFixed(1)}`;
      pen = true;
    }
    root.append(svg('path', { d: path, fill: 'none', stroke: s.colour, 'stroke-width': 2, 'stroke-dasharray': s.dash }));
    for (const r of rows.filter(shown)) {
      const v = r[s.key];
      const label = `${r.year}: ${s.label} ${v.toFixed(3)} over ${r.n} common votes (${r.opposite} opposite, ${r.partial} one abstained). Open the splits.`;
      const point = svg('circle', {
        class: 'pt', cx: x(r.year), cy: y(v), r: 3.5, fill: s.colour, tabindex: 0, role: 'button', 'aria-label': label,
        'data-series': s.key, 'data-year': r.year, 'data-value': v.toFixed(3),
      });
      point.append(svg('title', {}, label));
      const open = () => openSplits(`Where ${ctx.a.code} and ${ctx.b.code} split in ${r.year}`, { from: r.year, to: r.year }, 'all');
      point.addEventListener('click', open);
      point.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
      root.append(point);
    }
  }
  box.replaceChildren(el('div', { id: 'chart' }, root), chartLegend(SERIES), el('p', { class: 'caption', id: 'chart-caption', text: caption(result, ctx, x0, x1) }));
}

export default {
  id: 'agreement',
  headingId: 'chart-title',
  title: (ctx) => `Agreement by year: ${ctx.a.code} and ${ctx.b.code}, ${ctx.forumName}`,
  ask: (ctx) => ({ byYear: ['agree', agreeParams(ctx, 'year')] }),
  draw(box, { byYear }, ctx) {
    if (byYear instanceof Error) throw byYear;
    chart(box, byYear, ctx);
  },
};
