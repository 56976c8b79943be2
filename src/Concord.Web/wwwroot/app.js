// Concord dashboard: plain DOM and SVG, every figure read from the JSON API of this server and linked to the
// decisions behind it. Text from the API is only ever set with textContent, never parsed as HTML.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const state = { a: null, b: null, record: null, generation: 0 };

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
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

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  return q.toString();
}

async function api(path, params) {
  const url = `/api/${path}?${query(params || {})}`;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(body.detail || body.title || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

const fmt = (v) => (v === null || v === undefined ? '–' : v.toFixed(3));
const count = (n) => n.toLocaleString('en-US');

function message(text) { $('message').textContent = text || ''; }

// ---- the state pickers -------------------------------------------------------------------------------------

function setupPicker(side) {
  const input = $(`state-${side}`);
  const list = $(`matches-${side}`);
  let timer = null;
  let latest = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length === 0) { list.hidden = true; return; }
      const asked = ++latest;
      try {
        const matches = await api('states', { q, limit: 8 });
        if (asked !== latest) return;
        list.replaceChildren(...matches.map((m) => el('li', { role: 'option' },
          el('button', { type: 'button', 'data-code': m.code, onclick: () => choose(side, m) },
            el('span', { text: m.name }), el('span', { class: 'code', text: m.code })))));
        if (matches.length === 0) list.replaceChildren(el('li', { text: 'no state matches' }));
        list.hidden = false;
      } catch (e) { message(e.message); }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = list.querySelector('button');
      if (first) first.click();
    } else if (e.key === 'Escape') {
      list.hidden = true;
    }
  });
}

function choose(side, match) {
  state[side] = match;
  $(`state-${side}`).value = match.name;
  $(`chosen-${side}`).textContent = `${match.code} chosen`;
  $(`matches-${side}`).hidden = true;
  refresh();
}

// ---- the frame (forum, period, issue) ----------------------------------------------------------------------

function frame() {
  return {
    forum: $('forum').value,
    from: $('from').value,
    to: $('to').value,
    issue: $('issue').value,
  };
}

function writeHash() {
  if (!state.a || !state.b) return;
  const f = frame();
  // The map's year too, once chosen, so that an address opens the map a reader is looking at.
  const map = $('between-year').dataset.chosen;
  history.replaceState(null, '', '#' + query({ a: state.a.code, b: state.b.code, forum: f.forum, from: f.from, to: f.to, issue: f.issue, map }));
}

// With no pair in the address the dashboard opens on China and Russia, the pair the brief is written on by default.
const DEFAULT_PAIR = { a: 'CHN', b: 'RUS' };

// Reads the pair and frame from the address; a code that names no state is reported, not ignored. False when one is unknown.
async function readHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  for (const id of ['from', 'to', 'issue']) $(id).value = h.get(id) || '';
  if (h.get('map')) $('between-year').dataset.chosen = h.get('map');
  else delete $('between-year').dataset.chosen;
  // The forum has no empty choice: without one in the address it is the General Assembly, as in the API.
  $('forum').value = h.get('forum') === 'sc' ? 'sc' : 'ga';
  const unknown = [];
  for (const side of ['a', 'b']) {
    const code = (h.get(side) || DEFAULT_PAIR[side]).trim();
    const matches = await api('states', { q: code, limit: 1 });
    if (matches.length > 0 && matches[0].code === code.toUpperCase()) {
      state[side] = matches[0];
      $(`state-${side}`).value = matches[0].name;
      $(`chosen-${side}`).textContent = `${matches[0].code} chosen`;
    } else {
      unknown.push(code);
    }
  }
  if (unknown.length > 0) {
    message(`Unknown state code${unknown.length > 1 ? 's' : ''} in the address: ${unknown.join(', ')}. Choose a state by name or code above.`);
    $('results').hidden = true;
    $('brief-link').hidden = true;
    return false;
  }
  return true;
}

// ---- loading and drawing -----------------------------------------------------------------------------------

async function refresh() {
  if (!state.a || !state.b) return;
  writeHash();
  const generation = ++state.generation;
  const f = frame();
  const pair = { a: state.a.code, b: state.b.code };
  const period = { from: f.from, to: f.to };
  message('');
  $('brief-link').href = `/api/brief?${query({ ...pair, ...period })}`;
  $('brief-link').hidden = false;
  try {
    const [byYear, overall, splits, sc, vetoes, ideal, events, cosponsor] = await Promise.all([
      api('agree', { ...pair, forum: f.forum, by: 'year', issue: f.issue, ...period }),
      api('agree', { ...pair, forum: f.forum, by: 'all', issue: f.issue, ...period }),
      api('diverge', { ...pair, forum: f.forum, issue: f.issue, top: 15, ...period }),
      api('sc', { ...pair, issue: f.issue, ...period }).catch((e) => e),
      api('vetoes', { by: `${pair.a},${pair.b}`, joint: 'true', issue: f.issue, ...period }).catch((e) => e),
      api('ideal', { states: `${pair.a},${pair.b}`, ...period }).catch((e) => e),
      api('events', { between: `${pair.a},${pair.b}`, from: f.from, to: f.to }).catch((e) => e),
      api('cosponsor', { ...pair, issue: f.issue, ...period }).catch((e) => e),
    ]);
    if (generation !== state.generation) return;
    $('results').hidden = false;
    drawHeadline(overall, byYear, splits, sc, f);
    drawChart(byYear, f);
    drawCouncil(sc, vetoes);
    drawSplits(splits, f);
    drawIdeal(ideal);
    drawEvents(events);
    drawCosponsor(cosponsor);
    setupBetween(f);
    // The General Debate panel (say.js) loads on its own, so that the vote panels do not wait for the speeches.
    if (typeof drawSay === 'function') drawSay(pair, period);
  } catch (e) {
    if (generation !== state.generation) return;
    $('results').hidden = true;
    message(e.message);
  }
}

function figure(value, label, onclick, name) {
  const v = onclick
    ? el('a', { class: 'value', href: '#', 'data-figure': name, onclick: (e) => { e.preventDefault(); onclick(); }, text: value })
    : el('span', { class: 'value', 'data-figure': name, text: value });
  return el('div', { class: 'figure' }, v, el('span', { class: 'label', text: label }));
}

function drawHeadline(overall, byYear, splits, sc, f) {
  const row = overall.rows[0];
  const a = state.a.code;
  const b = state.b.code;
  const forum = f.forum === 'sc' ? 'Security Council' : 'General Assembly';
  const showSplits = () => openSplits(`Where ${a} and ${b} split`, { from: f.from, to: f.to }, 'all');
  const items = [];
  if (row) {
    // The years they both voted in, not the frame: China's seat was the Republic of China's until 1971.
    const voted = byYear.rows.filter((r) => r.n > 0);
    const first = voted.length > 0 ? voted[0].year : row.first_year;
    const last = voted.length > 0 ? voted[voted.length - 1].year : row.last_year;
    const span = first === last ? `${first}` : `${first}–${last}`;
    items.push(figure(fmt(row.agreement), `agreement, ${forum}, ${span}`, showSplits, 'agreement'));
    items.push(figure(fmt(row.kappa), 'Cohen\'s kappa (0 = chance)', showSplits, 'kappa'));
    items.push(figure(count(row.n), 'common recorded votes', showSplits, 'n'));
  }
  // Each figure opens the decisions it counts: the opposite votes open the opposite votes only.
  items.push(figure(count(splits.opposite), 'opposite votes (yes against no)',
    () => openSplits(`Where ${a} and ${b} voted yes against no`, { from: f.from, to: f.to }, 'opposite'), 'opposite'));
  items.push(figure(count(splits.one_abstained), 'one abstained, the other did not',
    () => openSplits(`Where one of ${a} and ${b} abstained`, { from: f.from, to: f.to }, 'one-abstained'), 'one-abstained'));
  if (!(sc instanceof Error)) {
    const joint = sc.rows.reduce((s, r) => s + r.joint_veto, 0);
    items.push(figure(count(joint), 'joint vetoes in the Security Council', () => openPattern('joint-veto'), 'joint-vetoes'));
  }
  $('headline').replaceChildren(...items);
}

function drawChart(result, f) {
  const width = 900, height = 340, left = 58, right = 150, top = 20, bottom = 46;
  // The axis spans the years with a value: before 1971 China's seat was the Republic of China's, and so on.
  const valued = (r) => r.agreement !== null && r.agreement !== undefined;
  const all = result.rows.filter((r) => typeof r.year === 'number');
  const firstValued = all.findIndex(valued);
  const lastValued = all.length - 1 - [...all].reverse().findIndex(valued);
  const rows = firstValued < 0 ? [] : all.slice(firstValued, lastValued + 1);
  const years = rows.map((r) => r.year);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': result.title });
  $('chart-title').textContent = `Agreement by year: ${state.a.code} and ${state.b.code}, ${f.forum === 'sc' ? 'Security Council' : 'General Assembly'}`;
  if (rows.length === 0) {
    $('chart').replaceChildren(el('p', { text: 'No votes in common in this frame.' }));
    $('chart-caption').textContent = '';
    return;
  }
  const x0 = Math.min(...years), x1 = Math.max(...years);
  const span = Math.max(1, x1 - x0);
  const x = (year) => left + ((year - x0) / span) * (width - left - right);
  const lowest = Math.min(0, ...rows.flatMap((r) => [r.agreement, r.kappa]).filter((v) => v !== null && v !== undefined));
  const yMin = Math.floor(lowest * 5) / 5 === 0 ? -0.2 : Math.floor(lowest * 5) / 5;
  const y = (v) => top + (1 - (v - yMin) / (1 - yMin)) * (height - top - bottom);
  // Axes and grid: from below the lowest value (kappa can fall below zero) to 1; years as plain years.
  for (let v = yMin; v <= 1.0001; v += 0.2) {
    root.append(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: Math.abs(v) < 1e-9 ? '#8a94a6' : '#e3e7ee', 'stroke-width': 1 }));
    root.append(svg('text', { x: left - 8, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#5b6473' }, (Math.abs(v) < 1e-9 ? 0 : v).toFixed(1)));
  }
  const step = span > 50 ? 10 : span > 20 ? 5 : span > 8 ? 2 : 1;
  for (let yr = Math.ceil(x0 / step) * step; yr <= x1; yr += step) {
    root.append(svg('line', { x1: x(yr), x2: x(yr), y1: height - bottom, y2: height - bottom + 5, stroke: '#5b6473' }));
    root.append(svg('text', { x: x(yr), y: height - bottom + 19, 'text-anchor': 'middle', 'font-size': 12, fill: '#5b6473' }, String(yr)));
  }
  root.append(svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, stroke: '#5b6473' }));
  root.append(svg('text', { x: (left + width - right) / 2, y: height - 6, 'text-anchor': 'middle', 'font-size': 13, fill: '#1d2433' }, 'Year'));
  root.append(svg('text', { x: 14, y: (top + height - bottom) / 2, 'text-anchor': 'middle', 'font-size': 13, fill: '#1d2433', transform: `rotate(-90 14 ${(top + height - bottom) / 2})` }, 'Agreement / kappa'));

  const series = [
    { key: 'agreement', label: 'agreement', colour: '#1f5fa8', dash: '' },
    { key: 'kappa', label: 'Cohen\'s kappa', colour: '#c2410c', dash: '6 4' },
  ];
  series.forEach((s, i) => {
    // Lines break where a year has too few common votes (no value), rather than bridging the gap.
    let path = '';
    let pen = false;
    // Kappa is left out where either state's votes are near-unanimous (most Council years): it collapses there.
    const shown = (r) => s.key !== 'kappa' || r.kappa_meaningful;
    for (const r of rows) {
      const v = r[s.key];
      if (v === null || v === undefined || !shown(r)) { pen = false; continue; }
      path += `${pen ? 'L' : 'M'}${x(r.year).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    }
    root.append(svg('path', { d: path, fill: 'none', stroke: s.colour, 'stroke-width': 2, 'stroke-dasharray': s.dash }));
    for (const r of rows) {
      const v = r[s.key];
      if (v === null || v === undefined || !shown(r)) continue;
      const point = svg('circle', {
        class: 'pt', cx: x(r.year), cy: y(v), r: 3.5, fill: s.colour, tabindex: 0,
        'data-series': s.key, 'data-year': r.year, 'data-value': v.toFixed(3),
      });
      point.append(svg('title', {}, `${r.year}: ${s.label} ${v.toFixed(3)} over ${r.n} common votes (${r.opposite} opposite, ${r.partial} one abstained). Click for the splits.`));
      const open = () => openSplits(`Where ${state.a.code} and ${state.b.code} split in ${r.year}`, { from: r.year, to: r.year }, 'all');
      point.addEventListener('click', open);
      point.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
      root.append(point);
    }
    const ly = top + 14 + i * 22;
    root.append(svg('line', { x1: width - right + 14, x2: width - right + 40, y1: ly, y2: ly, stroke: s.colour, 'stroke-width': 2, 'stroke-dasharray': s.dash }));
    root.append(svg('text', { x: width - right + 46, y: ly + 4, 'font-size': 12, fill: '#1d2433' }, s.label));
  });
  $('chart').replaceChildren(root);
  $('chart-caption').textContent = `Data: every recorded vote both cast${frame().issue ? ` on issue area ${frame().issue}` : ''}, ${x0}–${x1}. Agreement: Voeten's scale (yes 1, abstain ½, no 0; 1 = always alike). Kappa: Cohen's, chance-corrected (Häge 2011). Years with fewer than ${result.min_n} common votes have no value; kappa is not shown for years in which either state cast one kind of vote 95% of the time or more (near-unanimous votes, where kappa is not meaningful). Click a point for the decisions where they split that year.${(result.coverage_gaps || []).length > 0 ? ` Not every recorded vote is on record: the record lacks some of ${result.coverage_gaps.join(' and of ')}.` : ''}`;
}

function table(columns, rows) {
  return el('table', {},
    el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { class: c.num ? 'num' : null, text: c.label })))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((cell, i) => el('td', { class: columns[i].num ? 'num' : null }, cell))))));
}

function symbolLink(symbol) {
  if (!symbol) return '';
  return el('a', { class: 'symbol', href: `/api/show?${query({ symbol })}`, onclick: (e) => { e.preventDefault(); openDecision(symbol); }, text: symbol });
}

// The /api/sc count columns shown, each named after the kind that list= opens (joint_veto lists joint-veto).
const PATTERN_COLUMNS = [
  ['joint_veto', 'joint vetoes'],
  ['a_vetoed_b_abstained', 'A vetoed, B abstained'],
  ['b_vetoed_a_abstained', 'B vetoed, A abstained'],
  ['co_abstention', 'co-abstentions'],
  ['split_vote', 'split votes'],
  ['a_lone_no', 'A alone no'],
  ['b_lone_no', 'B alone no'],
];

// Which of A's (B's) vetoes leave a count in doubt: the other's vote is not on record.
const IN_DOUBT = { a_vetoed_b_abstained: 'a_vetoed_b_vote_unknown', b_vetoed_a_abstained: 'b_vetoed_a_vote_unknown' };

const rowYears = (r) => (r.first_year === r.last_year ? `${r.first_year}` : `${r.first_year}–${r.last_year}`);

// The issue area a Council answer was computed for, as the API states it: what the server applied is what is shown.
const inIssue = (result) => (result.issue ? ` in issue area ${result.issue}` : '');

function drawCouncil(sc, vetoes) {
  if (sc instanceof Error) {
    $('sc-pattern').replaceChildren(el('p', { text: sc.message }));
  } else {
    const a = state.a.code, b = state.b.code;
    const columns = [{ label: 'years' }, { label: 'decisions', num: true },
      ...PATTERN_COLUMNS.map(([, label]) => ({ label: label.replace(/^A /, `${a} `).replace(/^B /, `${b} `).replace(/, B /, `, ${b} `).replace(/, A /, `, ${a} `), num: true }))];
    const rows = sc.rows.map((r) => [rowYears(r), count(r.decisions), ...PATTERN_COLUMNS.map(([column]) => {
      const n = r[column];
      // null: one member vetoed and the other's vote is not on record, so the count cannot be known; never 0.
      // Read as the CLI reads it: 'unknown', or 'at least' the decisions of the kind on record, with the vetoes in doubt.
      if (n === null) {
        const doubt = r[IN_DOUBT[column]], onRecord = r[`${column}_on_record`];
        const why = `${doubt} veto${doubt === 1 ? '' : 'es'} without member votes on record`;
        const reading = onRecord === 0 ? `unknown (${why})` : `at least ${onRecord} (${why})`;
        return el('span', { class: 'unknown', title: reading, text: reading });
      }
      if (n === 0) return '0';
      const kind = column.replace(/_/g, '-');
      return el('a', { class: 'num-link', href: '#', 'data-kind': kind, onclick: (e) => { e.preventDefault(); openPattern(kind, r); }, text: count(n) });
    })]);
    $('sc-pattern').replaceChildren(
      el('p', { class: 'caption', 'data-issue': sc.issue || '', text: `Council decisions${inIssue(sc)}, by period (the years of the decisions counted); each count opens the decisions behind it.` }),
      table(columns, rows));
  }
  if (vetoes instanceof Error) {
    $('joint-vetoes').replaceChildren(el('p', { text: vetoes.message }));
  } else if (vetoes.rows.length === 0) {
    $('joint-vetoes').replaceChildren(el('p', { 'data-issue': vetoes.issue || '', text: `No joint veto in this period${inIssue(vetoes)}.` }));
  } else {
    $('joint-vetoes').replaceChildren(
      el('p', { class: 'caption', 'data-issue': vetoes.issue || '', text: `${count(vetoes.vetoes)} joint veto${vetoes.vetoes === 1 ? '' : 'es'}${inIssue(vetoes)}.` }),
      table([{ label: 'date' }, { label: 'draft' }, { label: 'topic' }, { label: 'vetoed by' }, { label: 'tally' }],
        vetoes.rows.map((v) => [v.date, symbolLink(v.draft), v.topic, v.vetoed_by, v.tally || ''])));
  }
}

function voteCell(v) { return el('span', { class: `vote-${v}`, text: v }); }

function drawSplits(splits, f) {
  const a = state.a.code, b = state.b.code;
  if (splits.rows.length === 0) {
    $('splits').replaceChildren(el('p', { text: 'They never voted differently in this frame.' }));
    return;
  }
  $('splits').replaceChildren(
    el('p', { class: 'caption', text: `${count(splits.splits)} splits over ${count(splits.common_votes)} common votes; the most contested first (yes against no before one abstaining).` }),
    table([{ label: '#', num: true }, { label: 'date' }, { label: 'symbol' }, { label: 'title' }, { label: a }, { label: b }, { label: 'tally' }],
      splits.rows.map((r) => [String(r.rank), r.date, symbolLink(r.symbol), r.title || '', voteCell(r.vote_a), voteCell(r.vote_b), r.tally])));
}

// The two states' ideal points by year (General Assembly; Concord's, aligned to the BSV scale) and the distance between them, latest first.
function drawIdeal(ideal) {
  if (ideal instanceof Error) {
    $('ideal').replaceChildren(el('p', { text: ideal.message }));
    return;
  }
  const a = state.a.code, b = state.b.code;
  const byYear = new Map();
  for (const r of ideal.rows) {
    if (!byYear.has(r.year)) byYear.set(r.year, {});
    byYear.get(r.year)[r.state] = r;
  }
  const years = [...byYear.keys()].filter((y) => byYear.get(y)[a] && byYear.get(y)[b]).sort((x, y) => y - x);
  if (years.length === 0) {
    $('ideal').replaceChildren(el('p', { text: 'No year with ideal points for both in this frame.' }));
    return;
  }
  const latest = years[0];
  const pa = byYear.get(latest)[a], pb = byYear.get(latest)[b];
  $('ideal').replaceChildren(
    // The scale comes from the API, which says what the positions are (the same words as the CLI and the brief).
    el('p', { class: 'caption', text: `${ideal.title} (${ideal.scale}), from every contested General Assembly vote; shaded: 90% intervals. Method: docs/methods.md.` }),
    idealChart(ideal.rows, [a, b]),
    el('p', {}, `Distance between ${a} and ${b} in ${latest}: `, el('span', { 'data-ideal-distance': String(latest), text: Math.abs(pa.position - pb.position).toFixed(2) }),
      ` (${a} ${pa.position.toFixed(2)}, ${b} ${pb.position.toFixed(2)}).`));
}

// Each state's ideal point by year as a line, its 90% interval as a shaded band (SVG, no library).
function idealChart(rows, codes) {
  const width = 900, height = 300, left = 58, right = 90, top = 16, bottom = 40;
  const years = rows.map((r) => r.year);
  const x0 = Math.min(...years), x1 = Math.max(...years);
  const span = Math.max(1, x1 - x0);
  const lo = Math.floor(Math.min(...rows.map((r) => r.lower))), hi = Math.ceil(Math.max(...rows.map((r) => r.upper)));
  const x = (yr) => left + ((yr - x0) / span) * (width - left - right);
  const y = (v) => top + (1 - (v - lo) / Math.max(1e-9, hi - lo)) * (height - top - bottom);
  const root = svg('svg', { id: 'ideal-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Ideal points of ${codes.join(' and ')} by year, with 90% intervals` });
  for (let v = lo; v <= hi; v += 1) {
    root.append(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: v === 0 ? '#8a94a6' : '#e3e7ee' }));
    root.append(svg('text', { x: left - 8, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#5b6473' }, String(v)));
  }
  const step = span > 50 ? 10 : span > 20 ? 5 : span > 8 ? 2 : 1;
  for (let yr = Math.ceil(x0 / step) * step; yr <= x1; yr += step) {
    root.append(svg('text', { x: x(yr), y: height - bottom + 18, 'text-anchor': 'middle', 'font-size': 12, fill: '#5b6473' }, String(yr)));
  }
  root.append(svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, stroke: '#5b6473' }));
  const colours = ['#1f5fa8', '#c2410c'];
  codes.forEach((code, i) => {
    const mine = rows.filter((r) => r.state === code).sort((p, q) => p.year - q.year);
    if (mine.length === 0) return;
    const band = mine.map((r) => `${x(r.year).toFixed(1)},${y(r.upper).toFixed(1)}`)
      .concat([...mine].reverse().map((r) => `${x(r.year).toFixed(1)},${y(r.lower).toFixed(1)}`));
    root.append(svg('polygon', { class: 'interval', 'data-state': code, points: band.join(' '), fill: colours[i], 'fill-opacity': 0.18, stroke: 'none' }));
    root.append(svg('path', { d: mine.map((r, k) => `${k ? 'L' : 'M'}${x(r.year).toFixed(1)},${y(r.position).toFixed(1)}`).join(''), fill: 'none', stroke: colours[i], 'stroke-width': 2 }));
    for (const r of mine) {
      const dot = svg('circle', { class: 'ideal-pt', cx: x(r.year), cy: y(r.position), r: 2.5, fill: colours[i], 'data-state': code, 'data-year': String(r.year) });
      dot.append(svg('title', {}, `${code} ${r.year}: ${r.position.toFixed(2)} (90% interval ${r.lower.toFixed(2)} to ${r.upper.toFixed(2)})`));
      root.append(dot);
    }
    const last = mine[mine.length - 1];
    root.append(svg('text', { x: x(last.year) + 6, y: y(last.position) + 4, 'font-size': 12, fill: colours[i] }, code));
  });
  return root;
}

// Exercises, patrols, meetings, treaties and statements with both states, each with its source.
function drawEvents(events) {
  if (events instanceof Error) {
    $('events').replaceChildren(el('p', { text: events.message }));
    return;
  }
  if (events.rows.length === 0) {
    $('events').replaceChildren(el('p', { text: 'No exercise, patrol, meeting, treaty or joint statement with both on record in this frame.' }));
    return;
  }
  const kinds = {};
  // An exercise both joined among other states is not one of their bilateral exercises: the two are counted apart.
  for (const r of events.rows) {
    const k = r.type === 'exercise' ? `${r.scope} exercise` : r.type;
    kinds[k] = (kinds[k] || 0) + 1;
  }
  $('events').replaceChildren(
    el('p', { class: 'caption', 'data-events': String(events.events), text: `${count(events.events)} events on record (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}): a curated list with a source for every row, not a complete census.` }),
    table([{ label: 'date' }, { label: 'type' }, { label: 'event' }, { label: 'place' }, { label: 'source' }],
      events.rows.slice().reverse().slice(0, 25).map((r) => [r.start, r.type, r.name, r.place || '', sourceCell(r.source)])));
}

// Who drafts with whom: the Assembly texts each sponsored, by session, from the sponsor lists on record (sessions 74-80).
function drawCosponsor(result) {
  if (result instanceof Error) {
    $('cosponsor').replaceChildren(el('p', { text: result.message }));
    return;
  }
  if (result.rows.length === 0) {
    $('cosponsor').replaceChildren(el('p', { text: `No resolution with a sponsor list in this frame; the lists on record cover ${result.coverage}.` }));
    return;
  }
  const a = state.a.code, b = state.b.code;
  const open = (list, title) => (e) => { e.preventDefault(); openCosponsored(list, title); };
  $('cosponsor').replaceChildren(
    el('p', { class: 'caption', 'data-texts': String(result.texts), text: `${count(result.texts)} resolutions with sponsor lists on record (${result.coverage}): ${a} sponsored ${count(result.a_sponsored)}, ${b} ${count(result.b_sponsored)}, both ${count(result.both_sponsored)}. A state sponsoring for a group (the Group of 77 and China) is not counted as sponsoring itself; as a member of a group that sponsored them, ${a} sponsored ${count(result.a_through_group)} more, ${b} ${count(result.b_through_group)}.` }),
    el('p', {},
      el('a', { href: '#', 'data-list': 'joint', onclick: open('joint', `Texts ${a} and ${b} both sponsored`), text: 'texts both sponsored' }), ' · ',
      el('a', { href: '#', 'data-list': 'a-sponsored-b-against', onclick: open('a-sponsored-b-against', `Texts ${a} sponsored and ${b} voted against`), text: `${a} sponsored, ${b} voted against` }), ' · ',
      el('a', { href: '#', 'data-list': 'b-sponsored-a-against', onclick: open('b-sponsored-a-against', `Texts ${b} sponsored and ${a} voted against`), text: `${b} sponsored, ${a} voted against` })),
    table([{ label: 'session', num: true }, { label: 'texts', num: true }, { label: `${a} sponsored`, num: true }, { label: `${b} sponsored`, num: true }, { label: 'both', num: true }, { label: 'share of either', num: true }, { label: `${a} sponsored, ${b} against`, num: true }, { label: `${b} sponsored, ${a} against`, num: true }],
      result.rows.map((r) => [String(r.session), count(r.texts), count(r.a_sponsored), count(r.b_sponsored), count(r.both), fmt(r.joint_share), count(r.a_sponsored_b_against), count(r.b_sponsored_a_against)])));
}

async function openCosponsored(list, title) {
  const f = frame();
  const params = { a: state.a.code, b: state.b.code, issue: f.issue, from: f.from, to: f.to, list };
  openPanel(title, `/api/cosponsor?${query(params)}`);
  try {
    const result = await api('cosponsor', params);
    $('decisions-list').replaceChildren(
      el('p', { 'data-listed': String(result.rows.length), text: `${count(result.rows.length)} texts; sponsor lists on record: ${result.coverage}.` }),
      table([{ label: 'session' }, { label: 'date' }, { label: 'symbol' }, { label: 'title' }, { label: state.a.code }, { label: state.b.code }],
        result.rows.map((r) => [String(r.session), r.date || '', symbolLink(r.symbol), r.title || '', r.vote_a ? voteCell(r.vote_a) : 'no vote', r.vote_b ? voteCell(r.vote_b) : 'no vote'])));
  } catch (e) { $('decisions-list').replaceChildren(el('p', { text: e.message })); }
}

// ---- where every state stands between A and B: a map with a year slider, and the same as sorted bars ---------------

// The shapes and colour classes are the brief's (/api/shapes); each year's figures are the between question's.
let shapesRequest = null;
const shapes = () => (shapesRequest ||= api('shapes'));
const betweenCache = new Map();

// Whether the record stops before the end of a year: its figures are then partial, and the slider says so.
const partial = (year) => state.record && year === state.record.last_year && state.record.last_vote < `${year}-12-31`;

function setupBetween(f) {
  const slider = $('between-year');
  const first = Math.max(Number(f.from) || state.record.first_year, state.record.first_year);
  const last = Math.min(Number(f.to) || state.record.last_year, state.record.last_year);
  slider.min = String(first);
  slider.max = String(last);
  // Opens on the last full year of the frame.
  const wanted = Number(slider.dataset.chosen) || (partial(last) && last > first ? last - 1 : last);
  slider.value = String(Math.min(Math.max(wanted, first), last));
  slider.oninput = () => { $('between-year-label').textContent = yearLabel(Number(slider.value)); };
  slider.onchange = () => { slider.dataset.chosen = slider.value; writeHash(); drawBetween(Number(slider.value)); };
  slider.oninput();
  drawBetween(Number(slider.value));
}

function yearLabel(year) {
  return partial(year) ? `${year} (partial: record to ${state.record.last_vote})` : String(year);
}

async function drawBetween(year) {
  const generation = state.generation;
  const f = frame();
  const params = { a: state.a.code, b: state.b.code, year, issue: f.issue };
  const key = query(params);
  $('between-summary').textContent = 'Loading…';
  try {
    const [world, result] = await Promise.all([shapes(), betweenCache.get(key) || api('between', params)]);
    betweenCache.set(key, result);
    if (generation !== state.generation || Number($('between-year').value) !== year) return;
    drawBetweenMap(world, result, year);
  } catch (e) {
    $('between-summary').textContent = e.message;
    $('between-map').replaceChildren();
    $('between-bars').replaceChildren();
  }
}

// Each state's standing, as the brief's map reads it: A, B, a lean (with a difference), too few common votes,
// a member with no recorded vote, or no seat of its own.
function standings(result) {
  const map = new Map();
  map.set(result.a, { code: result.a, name: state.a.name, standing: 'a' });
  map.set(result.b, { code: result.b, name: state.b.name, standing: 'b' });
  for (const r of result.rows) map.set(r.state, { ...r, code: r.state, standing: r.difference === null ? 'too-few' : 'lean' });
  for (const code of (result.absent_members || '').split(' ').filter((c) => c)) map.set(code, { code, name: code, standing: 'absent' });
  return map;
}

function leanClass(world, d) {
  return world.classes.find((c) => (c.from === null || d >= c.from) && (c.to === null || d < c.to)) || world.classes[world.classes.length - 1];
}

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

const signed = (d) => `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(2)}`;

function describe(s, year, result) {
  const a = state.a.name;
  const b = state.b.name;
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

function drawBetweenMap(world, result, year) {
  const table = standings(result);
  const a = state.a.name;
  const b = state.b.name;
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
    const text = describe(s, year, result);
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
  $('between-map').replaceChildren(root, legend(world));

  // In the API's order (by the unrounded difference, then code): re-sorting the rounded figures would break its ties.
  const ranked = result.rows.filter((r) => r.difference !== null).map((r) => table.get(r.state));
  const toA = ranked.filter((s) => s.leans === 'a').length;
  const toB = ranked.filter((s) => s.leans === 'b').length;
  const absent = [...table.values()].filter((s) => s.standing === 'absent');
  const notDrawn = [...table.values()].filter((s) => !drawn.has(s.code));
  $('between-summary').textContent = `${yearLabel(year)}: ${toA} of ${ranked.length} states with enough common votes voted more often with ${a} than with ${b}, ${toB} more often with ${b}`
    + `${absent.length > 0 ? `; ${absent.length} UN member${absent.length > 1 ? 's' : ''} cast no recorded vote (${absent.map((s) => s.code).join(', ')})` : ''}.`;
  $('between-caption').textContent = `General Assembly, ${yearLabel(year)}${result.issue ? `, issue area ${result.issue}` : ''}: each state's agreement with ${a} minus its agreement with ${b} (Voeten agreement on the votes both cast, at least ${result.min_n}). `
    + `Shapes: ${world.source}.${notDrawn.length > 0 ? ` Not on the map, having no shape of its own at this scale (a small island state, or a state that no longer exists): ${notDrawn.map((s) => s.name).join(', ')}.` : ''} The same figures: /api/between?${query({ a: state.a.code, b: state.b.code, year })}.`
    + `${(result.coverage_gaps || []).length > 0 ? ` Not every recorded vote of the year is on record: the record lacks some of ${result.coverage_gaps.join(' and of ')}.` : ''}`;
  // Bars are labelled with Natural Earth's short names where a shape has one ("United Kingdom", "Bolivia").
  const shortNames = new Map(world.shapes.filter((x) => x.code).map((x) => [x.code, x.name]));
  drawBetweenBars(world, ranked.map((x) => ({ ...x, label: shortNames.get(x.code) || x.name })), year, result);
}

// A legend's colour box. The colour is set through the style property: the page's content security policy refuses
// inline style attributes. No colour: the hatching of absent members.
function swatch(colour, title) {
  const box = el('span', { class: colour ? 'swatch' : 'swatch hatched', title, 'data-colour': colour || 'hatched' });
  if (colour) box.style.backgroundColor = colour;
  return box;
}

function legend(world) {
  const a = state.a.name;
  const b = state.b.name;
  const box = el('div', { class: 'legend', 'aria-label': 'Legend' });
  const scale = el('div', { class: 'legend-scale' }, el('span', { text: `votes more with ${a}` }));
  for (const c of world.classes) {
    const side = c.from !== null && c.from > 0 ? `with ${a} more by ${c.label}` : c.to !== null && c.to < 0 ? `with ${b} more by ${c.label}` : `about even (${c.label})`;
    scale.append(swatch(c.colour, side));
  }
  scale.append(el('span', { text: `votes more with ${b}` }));
  const kinds = [[world.colours.a, a], [world.colours.b, b], [world.colours.too_few, `fewer than the minimum common votes`], [null, 'UN member, no recorded vote'], [world.colours.no_seat, 'no UN seat of its own']];
  const other = el('div', { class: 'legend-kinds' }, ...kinds.map(([colour, label]) => el('span', {}, swatch(colour, label), ` ${label}`)));
  box.append(scale, el('div', { class: 'legend-ticks', text: `difference in agreement: ${world.classes.slice(0, -1).map((c) => signed(c.from)).join(' · ')}` }), other);
  return box;
}

// Sorted bars: the most A-leaning first; bars left of zero lean to A, as on the map's legend.
function drawBetweenBars(world, ranked, year, result) {
  const reach = Math.max(0.1, Math.ceil(Math.max(0.1, ...ranked.map((s) => Math.abs(s.difference))) * 10) / 10);
  const row = 13;
  const labelWidth = 230;
  const barWidth = 420;
  const zero = labelWidth + barWidth / 2;
  const height = 24 + ranked.length * row;
  const root = svg('svg', { viewBox: `0 0 ${labelWidth + barWidth + 60} ${height}`, role: 'img', 'aria-label': `Difference in agreement by state, ${year}, sorted`, class: 'bars' });
  root.append(svg('text', { x: labelWidth, y: 12, 'font-size': 10 }, `← ${state.a.name} ${signed(reach)}`),
    svg('text', { x: labelWidth + barWidth, y: 12, 'font-size': 10, 'text-anchor': 'end' }, `${signed(-reach)} ${state.b.name} →`),
    svg('line', { x1: zero, y1: 16, x2: zero, y2: height, stroke: '#555', 'stroke-width': 0.6 }));
  ranked.forEach((s, i) => {
    const y = 20 + i * row;
    const length = Math.max(Math.abs(s.difference) / reach * (barWidth / 2), 0.5);
    const g = svg('g', { 'data-code': s.code });
    g.append(svg('text', { x: labelWidth - 6, y: y + 9, 'font-size': 10, 'text-anchor': 'end' }, s.label),
      svg('rect', { x: s.difference >= 0 ? zero - length : zero, y: y + 1, width: length, height: row - 3, fill: leanClass(world, s.difference).colour, stroke: '#666', 'stroke-width': 0.4 }),
      svg('text', { x: labelWidth + barWidth + 4, y: y + 9, 'font-size': 9 }, signed(s.difference)));
    g.append(svg('title', {}, describe(s, year, result)));
    root.append(g);
  });
  $('between-bars').replaceChildren(root);
}

// A source citation with its web address made a link (only http and https addresses; the text is never parsed as HTML).
function sourceCell(source) {
  const text = source || '';
  const m = text.match(/https?:\/\/[^\s<>"]+[^\s<>".,;)]/);
  if (!m) return text;
  return el('span', {}, text.slice(0, m.index), el('a', { href: m[0], rel: 'noopener', target: '_blank', text: m[0] }), text.slice(m.index + m[0].length));
}

// ---- the decision panel: the evidence behind a number --------------------------------------------------------

function openPanel(title, source) {
  $('decisions').hidden = false;
  $('decisions-title').textContent = title;
  $('decisions-source').replaceChildren(el('a', { href: source, text: 'as JSON' }), ` · ${source}`);
  $('decisions-list').replaceChildren(el('p', { text: 'Loading…' }));
  $('decision-detail').replaceChildren();
}

const PAGE = 100;

// The splits of one kind (all, opposite, one-abstained), a page at a time, so that a figure opens exactly what it counts.
async function openSplits(title, period, split, offset = 0) {
  const f = frame();
  const params = { a: state.a.code, b: state.b.code, forum: f.forum, issue: f.issue, from: period.from, to: period.to, split, offset, top: PAGE };
  openPanel(title, `/api/diverge?${query(params)}`);
  try {
    const result = await api('diverge', params);
    const last = Math.min(result.listed, offset + result.rows.length);
    const pager = el('p', { class: 'pager' },
      offset > 0 ? el('button', { type: 'button', 'data-page': 'previous', onclick: () => openSplits(title, period, split, Math.max(0, offset - PAGE)) , text: '← previous' }) : null,
      el('span', { 'data-listed': String(result.listed), text: ` ${count(result.listed === 0 ? 0 : offset + 1)}–${count(last)} of ${count(result.listed)} ` }),
      last < result.listed ? el('button', { type: 'button', 'data-page': 'next', onclick: () => openSplits(title, period, split, offset + PAGE), text: 'next →' }) : null);
    $('decisions-list').replaceChildren(
      el('p', { text: `${count(result.splits)} splits over ${count(result.common_votes)} common votes: ${count(result.opposite)} opposite, ${count(result.one_abstained)} one abstained. Agreement ${fmt(result.agreement)}.` }),
      pager,
      table([{ label: '#', num: true }, { label: 'date' }, { label: 'symbol' }, { label: state.a.code }, { label: state.b.code }, { label: 'tally' }],
        result.rows.map((r) => [String(r.rank), r.date, symbolLink(r.symbol), voteCell(r.vote_a), voteCell(r.vote_b), r.tally])));
  } catch (e) { $('decisions-list').replaceChildren(el('p', { text: e.message })); }
}

// The decisions behind one Council count: the frame's, or one row's years (a row's first and last year bound its decisions).
async function openPattern(kind, row) {
  const f = frame();
  const params = { a: state.a.code, b: state.b.code, from: row ? row.first_year : f.from, to: row ? row.last_year : f.to, issue: f.issue, list: kind };
  openPanel('Security Council decisions', `/api/sc?${query(params)}`);
  try {
    const result = await api('sc', params);
    $('decisions-title').textContent = result.title + (row ? `, ${rowYears(row)}` : '') + inIssue(result);
    $('decisions-list').replaceChildren(table([{ label: 'date' }, { label: 'symbol' }, { label: 'topic' }, { label: state.a.code }, { label: state.b.code }, { label: 'tally' }],
      result.rows.map((c) => [c.date, symbolLink(c.symbol), c.topic, voteCell(c.vote_a), voteCell(c.vote_b), c.tally || ''])));
  } catch (e) { $('decisions-list').replaceChildren(el('p', { text: e.message })); }
}

async function openDecision(symbol) {
  if ($('decisions').hidden) {
    openPanel(symbol, `/api/show?${query({ symbol })}`);
    // The panel opened for this decision alone: no list is coming, so no "Loading…" is left above the decision.
    $('decisions-list').replaceChildren();
  }
  const detail = $('decision-detail');
  detail.replaceChildren(el('p', { text: 'Loading…' }));
  try {
    const d = await api('show', { symbol });
    // The facts as the CLI names them (show --format json); the rows are the member votes.
    const facts = [['symbol', d.symbol], ['date', d.date], ['forum', d.forum], ['title', d.decision_title], ['outcome', d.outcome], ['tally', d.tally],
      ['agenda item', d.agenda_item], ['topic', d.topic], ['issue areas', d.issue_areas.join(' ')], ['vetoed by', d.vetoed_by.join(' ')],
      ['sources', d.sources.join('; ')]].filter(([, v]) => v);
    const mine = new Set([state.a && state.a.code, state.b && state.b.code]);
    const votes = [...d.rows].sort((x, y) => (mine.has(y.state) - mine.has(x.state)));
    detail.replaceChildren(
      el('h3', { text: d.symbol || symbol }),
      el('dl', {}, ...facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
      el('p', {}, el('a', { href: `/api/show?${query({ symbol })}`, text: 'as JSON' }), ' · ', el('a', { href: `/api/show?${query({ symbol, format: 'csv' })}`, text: 'votes as CSV' })),
      votes.length === 0 ? el('p', { text: 'Member votes not on record.' }) : el('table', { id: 'decision-votes' },
        el('thead', {}, el('tr', {}, el('th', { text: 'state' }), el('th', { text: 'name' }), el('th', { text: 'vote' }))),
        el('tbody', {}, ...votes.map((v) => el('tr', { class: mine.has(v.state) ? 'highlight' : null, 'data-state': v.state },
          el('td', { text: v.state }), el('td', { text: v.name }), el('td', {}, voteCell(v.vote)))))));
    detail.scrollIntoView({ block: 'nearest' });
  } catch (e) { detail.replaceChildren(el('p', { text: e.message })); }
}

// ---- start ---------------------------------------------------------------------------------------------------

async function start() {
  setupPicker('a');
  setupPicker('b');
  $('decisions-close').addEventListener('click', () => { $('decisions').hidden = true; });
  for (const id of ['forum', 'issue']) $(id).addEventListener('change', refresh);
  for (const id of ['from', 'to']) $(id).addEventListener('change', refresh);
  try {
    const [status, issues] = await Promise.all([api('status'), api('issues')]);
    state.record = status;
    for (const id of ['from', 'to']) { $(id).min = status.first_year; $(id).max = status.last_year; }
    $('from').placeholder = String(status.first_year);
    $('to').placeholder = String(status.last_year);
    $('issue').append(...issues.rows.map((i) => el('option', { value: i.area, text: `${i.name} (${i.area})` })));
    const known = await readHash();
    document.body.dataset.ready = 'true';
    if (known) await refresh();
    // Editing the address (or going back) redraws for the pair and frame it names.
    window.addEventListener('hashchange', async () => {
      message('');
      if (await readHash()) await refresh();
    });
  } catch (e) { message(e.message); }
}

document.addEventListener('DOMContentLoaded', start);
