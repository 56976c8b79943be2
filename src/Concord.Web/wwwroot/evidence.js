// The side panel with the evidence behind a number: the decisions a count counts, and each decision's votes.
import { $, el, count, fmt, table, voteCell } from './dom.js';
import { api, query } from './api.js';
import { view, frame } from './frame.js';

export function openPanel(title, source) {
  $('decisions').hidden = false;
  $('decisions-title').textContent = title;
  $('decisions-source').replaceChildren(el('a', { href: source, text: 'as JSON' }), ` · ${source}`);
  $('decisions-list').replaceChildren(el('p', { class: 'loading', text: 'Loading…' }));
  $('decision-detail').replaceChildren();
  $('decisions-close').focus();
}

export function closePanel() { $('decisions').hidden = true; }

// A decision's symbol, opening its votes; the title (or the Council's agenda item) beside it, so a list reads without a lookup.
export function symbolLink(symbol, title) {
  if (!symbol) return title || '';
  const link = el('a', { class: 'symbol', href: `/api/show?${query({ symbol })}`, onclick: (e) => { e.preventDefault(); openDecision(symbol); }, text: symbol });
  return title ? el('span', { class: 'with-title' }, link, el('span', { class: 'title', text: ` ${title}` })) : link;
}

const PAGE = 100;

// The splits of one kind (all, opposite, one-abstained), a page at a time, so that a figure opens exactly what it counts.
export async function openSplits(title, period, split, offset = 0) {
  const f = frame();
  const params = { a: view.a.code, b: view.b.code, forum: f.forum, issue: f.issue, from: period.from, to: period.to, split, offset, top: PAGE };
  openPanel(title, `/api/diverge?${query(params)}`);
  try {
    const result = await api('diverge', params);
    const last = Math.min(result.listed, offset + result.rows.length);
    const pager = el('p', { class: 'pager' },
      offset > 0 ? el('button', { type: 'button', 'data-page': 'previous', onclick: () => openSplits(title, period, split, Math.max(0, offset - PAGE)), text: '← previous' }) : null,
      el('span', { 'data-listed': String(result.listed), text: ` ${count(result.listed === 0 ? 0 : offset + 1)}–${count(last)} of ${count(result.listed)} ` }),
      last < result.listed ? el('button', { type: 'button', 'data-page': 'next', onclick: () => openSplits(title, period, split, offset + PAGE), text: 'next →' }) : null);
    $('decisions-list').replaceChildren(
      el('p', { text: `${count(result.splits)} splits over ${count(result.common_votes)} common votes: ${count(result.opposite)} opposite, ${count(result.one_abstained)} one abstained. Agreement ${fmt(result.agreement)}.` }),
      pager,
      table([{ label: '#', num: true }, { label: 'date' }, { label: 'symbol and title' }, { label: view.a.code }, { label: view.b.code }, { label: 'tally' }],
        result.rows.map((r) => [String(r.rank), r.date, symbolLink(r.symbol, r.title), voteCell(r.vote_a), voteCell(r.vote_b), r.tally])));
  } catch (e) { $('decisions-list').replaceChildren(el('p', { text: e.message })); }
}

// The issue area an answer was computed for, as the API states it: what the server applied is what is shown.
export const inIssue = (result) => (result.issue ? ` in issue area ${result.issue}` : '');

export const rowYears = (r) => (r.first_year === r.last_year ? `${r.first_year}` : `${r.first_year}–${r.last_year}`);

// The decisions behind one Council count: the frame's, or one row's years (a row's first and last year bound its decisions).
export async function openPattern(kind, row) {
  const f = frame();
  const params = { a: view.a.code, b: view.b.code, from: row ? row.first_year : f.from, to: row ? row.last_year : f.to, issue: f.issue, list: kind };
  openPanel('Security Council decisions', `/api/sc?${query(params)}`);
  try {
    const result = await api('sc', params);
    $('decisions-title').textContent = result.title + (row ? `, ${rowYears(row)}` : '') + inIssue(result);
    $('decisions-list').replaceChildren(table([{ label: 'date' }, { label: 'symbol and agenda item' }, { label: view.a.code }, { label: view.b.code }, { label: 'tally' }],
      result.rows.map((c) => [c.date, symbolLink(c.symbol, c.topic), voteCell(c.vote_a), voteCell(c.vote_b), c.tally || ''])));
  } catch (e) { $('decisions-list').replaceChildren(el('p', { text: e.message })); }
}

export async function openDecision(symbol) {
  if ($('decisions').hidden) {
    openPanel(symbol, `/api/show?${query({ symbol })}`);
    // The panel opened for this decision alone: no list is coming, so no "Loading…" is left above the decision.
    $('decisions-list').replaceChildren();
  }
  const detail = $('decision-detail');
  detail.replaceChildren(el('p', { class: 'loading', text: 'Loading…' }));
  try {
    const d = await api('show', { symbol });
    // The facts as the CLI names them (show --format json); the rows are the member votes.
    const facts = [['symbol', d.symbol], ['date', d.date], ['forum', d.forum], ['title', d.decision_title], ['outcome', d.outcome], ['tally', d.tally],
      ['agenda item', d.agenda_item], ['topic', d.topic], ['issue areas', d.issue_areas.join(' ')], ['vetoed by', d.vetoed_by.join(' ')],
      ['sources', d.sources.join('; ')]].filter(([, v]) => v);
    const mine = new Set([view.a && view.a.code, view.b && view.b.code]);
    const votes = [...d.rows].sort((x, y) => (mine.has(y.state) - mine.has(x.state)));
    detail.replaceChildren(
      el('h3', { text: d.symbol || symbol }),
      el('dl', {}, ...facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
      el('p', {}, el('a', { href: `/api/show?${query({ symbol })}`, text: 'as JSON' }), ' · ', el('a', { href: `/api/show?${query({ symbol, format: 'csv' })}`, text: 'votes as CSV' })),
      votes.length === 0 ? el('p', { text: 'Member votes not on record.' }) : el('table', { id: 'decision-votes' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'state' }), el('th', { scope: 'col', text: 'name' }), el('th', { scope: 'col', text: 'vote' }))),
        el('tbody', {}, ...votes.map((v) => el('tr', { class: mine.has(v.state) ? 'highlight' : null, 'data-state': v.state },
          el('td', { text: v.state }), el('td', { text: v.name }), el('td', {}, voteCell(v.vote)))))));
    detail.scrollIntoView({ block: 'nearest' });
  } catch (e) { detail.replaceChildren(el('p', { text: e.message })); }
}

// A list of texts from the cosponsor question (list=joint, a-sponsored-b-against, b-sponsored-a-against).
export async function openCosponsored(list, title) {
  const f = frame();
  const params = { a: view.a.code, b: view.b.code, issue: f.issue, from: f.from, to: f.to, list };
  openPanel(title, `/api/cosponsor?${query(params)}`);
  try {
    const result = await api('cosponsor', params);
    $('decisions-list').replaceChildren(
      el('p', { 'data-listed': String(result.rows.length), text: `${count(result.rows.length)} texts; sponsor lists on record: ${result.coverage}.` }),
      table([{ label: 'session' }, { label: 'date' }, { label: 'symbol and title' }, { label: view.a.code }, { label: view.b.code }],
        result.rows.map((r) => [String(r.session), r.date || '', symbolLink(r.symbol, r.title), r.vote_a ? voteCell(r.vote_a) : 'no vote', r.vote_b ? voteCell(r.vote_b) : 'no vote'])));
  } catch (e) { $('decisions-list').replaceChildren(el('p', { text: e.message })); }
}
