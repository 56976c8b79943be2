// Where every state stands between the two in the General Assembly: a map with a year slider, and the same figures as
// sorted bars. The slider offers only the years both voted in; the map is the Assembly's whatever the forum chosen.
import { $, el, svg, signed, note } from './dom.js';
import { api, query } from './api.js';
import { view } from './frame.js';
import { agreeParams } from './panel-headline.js';

// The shapes and colour classes are the brief's (/api/shapes); each year's figures are the between question's.
let shapesRequest = null;
const shapes = () => (shapesRequest ||= api('shapes'));
const betweenCache = new Map();
let hooks = null;
let current = null;

// Whether the record stops before the end of a year: its figures are then partial, and the slider says so.
const partial = (year) => view.record && year === view.record.last_year && view.record.last_vote < `${year}-12-31`;
const yearLabel = (year) => (partial(year) ? `${year} (partial: record to ${view.record.last_vote})` : String(year));

function mount(body, h) {
  hooks = h;
  body.append(
    el('p', { class: 'empty', id: 'between-note', hidden: true }),
    el('div', { class: 'between-controls', id: 'between-controls' },
      el('label', { for: 'between-year', text: 'Year' }),
      el('input', { id: 'between-year', type: 'range', step: '1' }),
      el('output', { id: 'between-year-label', for: 'between-year' })),
    el('p', { id: 'between-summary' }),
    el('div', { id: 'between-map' }),
    el('p', { id: 'between-readout', class: 'readout', 'aria-live': 'polite', text: 'Point at a state for its figures.' }),
    el('details', { id: 'between-bars-box' },
      el('summary', { text: 'The same as a sorted bar chart (without colour)' }),
      el('div', { id: 'between-bars', tabindex: 0, role: 'region', 'aria-label': 'Sorted bars' })),
    el('p', { class: 'caption', id: 'between-caption' }));
  const slider = $('between-year');
  slider.addEventListener('input', () => { $('between-year-label').textContent = yearLabel(Number(slider.value)); });
  slider.addEventListener('change', () => { slider.dataset.chosen = slider.value; hooks.writeHash(); drawYear(Number(slider.value)); });
}

function draw(body, { years }, ctx) {
  current = ctx;
  const slider = $('between-year');
  const forumNote = $('between-note');
  forumNote.hidden = ctx.frame.forum !== 'sc';
  forumNote.textContent = 'The Security Council seats fifteen states at a time, too few for a map: this map reads the General Assembly\'s votes.';
  if (years instanceof Error) throw years;
  // The years both cast a recorded Assembly vote in the frame (a state before it joined has none to compare).
  const voted = years.rows.filter((r) => typeof r.year === 'number' && r.n > 0).map((r) => r.year);
  const shown = voted.length > 0;
  for (const id of ['between-controls', 'between-map', 'between-readout', 'between-bars-box', 'between-caption']) $(id).hidden = !shown;
  if (!shown) {
    $('between-summary').replaceChildren(note(`${ctx.a.name} and ${ctx.b.name} never both cast a recorded General Assembly vote in this frame, so no year has a map.`, { 'data-empty': 'no-common-year' }));
    return;
  }
  const first = voted[0], last = voted[voted.length - 1];
  slider.min = String(first);
  slider.max = String(last);
  slider.disabled = first === last;
  // Opens on the last full year both voted in.
  const wanted = Number(slider.dataset.chosen) || (partial(last) && voted.length > 1 ? voted[voted.length - 2] : last);
  slider.value = String(Math.min(Math.max(wanted, first), last));
  $('between-year-label').textContent = yearLabel(Number(slider.value));
  drawYear(Number(slider.value));
}

async function drawYear(year) {
  const ctx = current;
  const generation = view.generation;
  const params = { a: ctx.a.code, b: ctx.b.code, year, issue: ctx.frame.issue };
  const key = query(params);
  $('between-summary').textContent = 'Loading…';
  try {
    const [world, result] = await Promise.all([shapes(), betweenCache.get(key) || api('between', params)]);
    betweenCache.set(key, result);
    if (generation !== view.generation || Number($('between-year').value) !== year) return;
    drawMap(world, result, year, ctx);
  } catch (e) {
    $('between-summary').textContent = e.message;
    $('between-map').replaceChildren();
    $('between-bars').replaceChildren();
  }
}

// Each state's standing, as the brief's map reads it: A, B, a lean (with a difference), too few common votes,
// a member with no recorded vote, or no seat of its own.
function standings(result, ctx) {
  const map = new Map();
  map.set(result.a, { code: result.a, name: ctx.a.name, standing: 'a' });
  map.set(result.b, { code: result.b, name: ctx.b.name, standing: 'b' });
  for (const r of result.rows) map.set(r.state, { ...r, code: r.state, standing: r.difference === null ? 'too-few' : 'lean' });
  for (const code of (result.absent_members || '').split(' ').filter((c) => c)) map.set(code, { code, name: code, standing: 'absent' });
  return map;
}

const leanClass = (world, d) => world.classes.find((c) => (c.from === null || d >= c.from) && (c.to === null || d < c.to)) || world.classes[world.classes.length - 1];

function colourOf(world, s) {
  switch (s.standing) {
    case 'a': return world.colours.a;
    case 'b': return world.colours.b;
    case 'lean': return leanClass(world, s.difference).colour;
    case 'too-few': return world.colours.too_few;
    case 'absent': return 'url(#between-hatch)';
    default: return world.colours.no_seat;
  }
}

function describe(s, year, result, ctx) {
  const a = ctx.a.name, b = ctx.b.name;
  switch (s.standing) {
    case 'a': return `${s.name}, ${year}: A of the comparison`;
    case 'b': return `${s.name}, ${year}: B of the comparison`;
    case 'lean': return `${s.name}, ${year}: with ${a} ${s.with_a.toFixed(2)} (n ${s.n_a}), with ${b} ${s.with_b.toFixed(2)} (n ${s.n_b}); difference ${signed(s.difference)}, `
      + (s.leans === 'a' ? `votes more with ${a}` : s.leans === 'b' ? `votes more with ${b}` : 'even');
    case 'too-few': return `${s.name}, ${year}: fewer than ${result.min_n} common votes with ${s.with_a === null ? a : b} (n ${s.n_a} with ${a}, ${s.n_b} with ${b})`;
    case 'absent': return `${s.name}, ${year}: a UN member that cast no recorded vote`;
    default: return `${s.name}, ${year}: no UN seat of its own`;
  }
}

function drawMap(world, result, year, ctx) {
  const table = standings(result, ctx);
  const a = ctx.a.name, b = ctx.b.name;
  const readout = $('between-readout');
  const show = (text) => { readout.textContent = text; };
  const root = svg('svg', { viewBox: `0 0 ${world.width} ${world.height}`, role: 'img', 'aria-label': `Where every state stands between ${a} and ${b}, ${year}` });
  const defs = svg('defs');
  const clip = svg('clipPath', { id: 'between-globe' });
  clip.append(svg('path', { d: world.outline }));
  const hatch = svg('pattern', { id: 'between-hatch', width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  hatch.append(svg('rect', { width: 4, height: 4, fill: '#fff' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 4, stroke: '#888', 'stroke-width': 1.2 }));
  defs.append(clip, hatch);
  root.append(defs, svg('path', { d: world.outline, fill: world.colours.sea }));
  const land = svg('g', { 'clip-path': 'url(#between-globe)', stroke: '#fff', 'stroke-width': 0.3, 'stroke-linejoin': 'round' });
  const markers = svg('g');
  const drawn = new Set();
  for (const shape of world.shapes) {
    const s = (shape.code && table.get(shape.code)) || { code: shape.code || '', name: shape.name, standing: 'no-seat' };
    if (s.standing === 'absent') s.name = shape.name;
    const text = describe(s, year, result, ctx);
    const attrs = { d: shape.path, fill: colourOf(world, s), 'data-code': s.code, 'data-standing': s.standing };
    if (s.standing === 'a' || s.standing === 'b') Object.assign(attrs, { stroke: '#000', 'stroke-width': 0.8 });
    const path = svg('path', attrs);
    path.append(svg('title', {}, text));
    path.addEventListener('mouseenter', () => show(text));
    land.append(path);
    if (shape.code) drawn.add(shape.code);
    if (shape.small && s.standing !== 'no-seat') {
      const dot = svg('circle', { cx: shape.x, cy: shape.y, r: 2.6, fill: colourOf(world, s), stroke: '#555', 'stroke-width': 0.5, 'data-code': s.code });
      dot.append(svg('title', {}, text));
      dot.addEventListener('mouseenter', () => show(text));
      markers.append(dot);
    }
  }
  root.append(land, markers);
  $('between-map').replaceChildren(root, legend(world, ctx));

  // In the API's order (by the unrounded difference, then code): re-sorting the rounded figures would break its ties.
  const ranked = result.rows.filter((r) => r.difference !== null).map((r) => table.get(r.state));
  const toA = ranked.filter((s) => s.leans === 'a').length;
  const toB = ranked.filter((s) => s.leans === 'b').length;
  const absent = [...table.values()].filter((s) => s.standing === 'absent');
  const notDrawn = [...table.values()].filter((s) => !drawn.has(s.code));
  $('between-summary').textContent = `${yearLabel(year)}: ${toA} of ${ranked.length} states with enough common votes voted more often with ${a} than with ${b}, ${toB} more often with ${b}`
    + `${absent.length > 0 ? `; ${absent.length} UN member${absent.length > 1 ? 's' : ''} cast no recorded vote (${absent.map((s) => s.code).join(', ')})` : ''}.`;
  $('between-caption').textContent = `General Assembly, ${yearLabel(year)}${result.issue ? `, issue area ${result.issue}` : ''}: each state's agreement with ${a} minus its agreement with ${b} (Voeten agreement on the votes both cast, at least ${result.min_n}). `
    + `Shapes: ${world.source}.${notDrawn.length > 0 ? ` Not on the map, having no shape of its own at this scale (a small island state, or a state that no longer exists): ${notDrawn.map((s) => s.name).join(', ')}.` : ''} The same figures: /api/between?${query({ a: ctx.a.code, b: ctx.b.code, year })}.`
    + `${(result.coverage_gaps || []).length > 0 ? ` Not every recorded vote of the year is on record: the record lacks some of ${result.coverage_gaps.join(' and of ')}.` : ''}`;
  // Bars are labelled with Natural Earth's short names where a shape has one ("United Kingdom", "Bolivia").
  const shortNames = new Map(world.shapes.filter((x) => x.code).map((x) => [x.code, x.name]));
  drawBars(world, ranked.map((x) => ({ ...x, label: shortNames.get(x.code) || x.name })), year, result, ctx);
}

// A legend's colour box. The colour is set through the style property: the page's content security policy refuses
// inline style attributes. No colour: the hatching of absent members.
function swatch(colour, title) {
  const box = el('span', { class: colour ? 'swatch' : 'swatch hatched', title, 'data-colour': colour || 'hatched' });
  if (colour) box.style.backgroundColor = colour;
  return box;
}

function legend(world, ctx) {
  const a = ctx.a.name, b = ctx.b.name;
  const box = el('div', { class: 'legend', role: 'group', 'aria-label': 'Legend' });
  const scale = el('div', { class: 'legend-scale' }, el('span', { text: `votes more with ${a}` }));
  for (const c of world.classes) {
    const side = c.from !== null && c.from > 0 ? `with ${a} more by ${c.label}` : c.to !== null && c.to < 0 ? `with ${b} more by ${c.label}` : `about even (${c.label})`;
    scale.append(swatch(c.colour, side));
  }
  scale.append(el('span', { text: `votes more with ${b}` }));
  const kinds = [[world.colours.a, a], [world.colours.b, b], [world.colours.too_few, 'fewer than the minimum common votes'], [null, 'UN member, no recorded vote'], [world.colours.no_seat, 'no UN seat of its own']];
  const other = el('div', { class: 'legend-kinds' }, ...kinds.map(([colour, label]) => el('span', {}, swatch(colour, label), ` ${label}`)));
  box.append(scale, el('div', { class: 'legend-ticks', text: `difference in agreement: ${world.classes.slice(0, -1).map((c) => signed(c.from)).join(' · ')}` }), other);
  return box;
}

// Sorted bars: the most A-leaning first; bars left of zero lean to A, as on the map's legend. Drawn at a fixed size in
// a box of its own that scrolls, so the labels stay legible on a phone.
function drawBars(world, ranked, year, result, ctx) {
  const reach = Math.max(0.1, Math.ceil(Math.max(0.1, ...ranked.map((s) => Math.abs(s.difference))) * 10) / 10);
  const row = 16;
  const labelWidth = 200;
  const barWidth = 360;
  const zero = labelWidth + barWidth / 2;
  const width = labelWidth + barWidth + 50;
  const height = 24 + ranked.length * row;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Difference in agreement by state, ${year}, sorted`, class: 'bars' });
  root.append(svg('text', { x: labelWidth, y: 12, 'font-size': 12 }, `← ${ctx.a.name} ${signed(reach)}`),
    svg('text', { x: labelWidth + barWidth, y: 12, 'font-size': 12, 'text-anchor': 'end' }, `${signed(-reach)} ${ctx.b.name} →`),
    svg('line', { x1: zero, y1: 16, x2: zero, y2: height, stroke: '#555', 'stroke-width': 0.6 }));
  ranked.forEach((s, i) => {
    const y = 20 + i * row;
    const length = Math.max(Math.abs(s.difference) / reach * (barWidth / 2), 0.5);
    const g = svg('g', { 'data-code': s.code });
    g.append(svg('text', { x: labelWidth - 6, y: y + 11, 'font-size': 12, 'text-anchor': 'end' }, s.label),
      svg('rect', { x: s.difference >= 0 ? zero - length : zero, y: y + 2, width: length, height: row - 4, fill: leanClass(world, s.difference).colour, stroke: '#666', 'stroke-width': 0.4 }),
      svg('text', { x: labelWidth + barWidth + 4, y: y + 11, 'font-size': 11 }, signed(s.difference)));
    g.append(svg('title', {}, describe(s, year, result, ctx)));
    root.append(g);
  });
  $('between-bars').replaceChildren(root);
}

export default {
  id: 'between',
  headingId: 'between-title',
  title: 'Where every state stands between them in the General Assembly',
  mount,
  ask: (ctx) => ({ years: ['agree', { ...agreeParams(ctx, 'year'), forum: 'ga' }] }),
  draw,
};
