// What they say: how alike the two states speak in the General Debate, year by year (/api/say), the words that set
// each apart and the words they share; every word opens the sentences that use it (/api/passages).
import { el, svg, fmt, note, chartWidth, chartLegend } from './dom.js';
import { api } from './api.js';

function chart(box, rows) {
  const w = chartWidth(box, 700), h = 200, pad = 34;
  const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, width: w, height: h, role: 'img', 'aria-label': 'Speech similarity by year, with the median pair' });
  const years = rows.map((r) => r.year);
  const lo = Math.min(...years), hi = Math.max(...years);
  const top = Math.max(...rows.map((r) => Math.max(r.similarity, r.median_pair || 0)), 0.01);
  const x = (y) => pad + ((y - lo) / Math.max(1, hi - lo)) * (w - 2 * pad);
  const y = (v) => h - pad - (v / top) * (h - 2 * pad);
  const line = (key, cls) => svg('polyline', { class: cls, fill: 'none', points: rows.map((r) => `${x(r.year)},${y(r[key])}`).join(' ') });
  root.append(line('median_pair', 'say-median'), line('similarity', 'say-pair'));
  root.append(svg('text', { x: pad, y: h - 10, 'font-size': 12 }, String(lo)), svg('text', { x: w - pad, y: h - 10, 'text-anchor': 'end', 'font-size': 12 }, String(hi)));
  for (const r of rows) {
    const dot = svg('circle', { cx: x(r.year), cy: y(r.similarity), r: 2.5, class: 'say-pair' });
    dot.append(svg('title', {}, `${r.year}: ${fmt(r.similarity)} (median pair ${fmt(r.median_pair)}, more alike than ${Math.round(100 * r.pair_percentile)}% of pairs)`));
    root.append(dot);
  }
  return el('div', {}, root, chartLegend([{ colour: '#1f4e79', label: 'the two states' }, { colour: '#999', dash: true, label: 'the median pair of speakers' }]));
}

async function openPassages(box, code, word, period) {
  box.replaceChildren(el('p', { class: 'caption', text: `Sentences of ${code} with "${word}"…` }));
  try {
    const result = await api('passages', { a: code, word, from: period.from, to: period.to, limit: 20 });
    box.replaceChildren(
      el('h3', { text: `${result.a_name}: "${word}" (${result.found} uses, ${result.listed} sentences shown)` }),
      el('ul', {}, ...result.rows.map((r) => el('li', {}, el('strong', { text: `${r.year}: ` }), r.sentence))));
  } catch (e) {
    box.replaceChildren(el('p', { class: 'caption', text: e.message }));
  }
}

export default {
  id: 'say',
  title: 'What they say',
  ask: (ctx) => ({ say: ['say', { ...ctx.pair, from: ctx.period.from, to: ctx.period.to, words: 10 }] }),
  draw(box, { say: result }, ctx) {
    if (result instanceof Error) {
      box.replaceChildren(el('div', { id: 'say' }, note(result.message)));
      return;
    }
    const spoke = result.rows.filter((r) => r.similarity !== null);
    if (spoke.length === 0) {
      box.replaceChildren(el('div', { id: 'say' }, note(`No General Debate year in this frame has a speech by both (the corpus runs to ${result.corpus_last_year || 'its last session'}).`, { 'data-empty': 'no-speeches' })));
      return;
    }
    const passages = el('div', { id: 'say-passages', 'aria-live': 'polite' });
    const word = (text) => text.replace(/ \([^)]*\)$/, '');
    const list = (title, items, code) => el('div', { class: 'say-words' },
      el('h3', { text: title }),
      el('p', {}, ...items.flatMap((item, i) => [
        i > 0 ? ', ' : null,
        el('a', { href: '#', text: item, onclick: (e) => { e.preventDefault(); openPassages(passages, code, word(item), ctx.period); } }),
      ])));
    box.replaceChildren(el('div', { id: 'say' },
      el('p', {}, `Mean similarity ${fmt(result.mean_similarity)} over ${result.years_both_spoke} years both spoke; `
        + `on average more alike than ${Math.round(100 * (result.mean_percentile || 0))}% of the year's pairs of speakers.`),
      spoke.length >= 2 ? chart(box, spoke) : note(`Both spoke in one year only (${spoke[0].year}): no line to draw.`),
      list(`Words of ${result.a_name}`, result.a_distinctive, result.a),
      list(`Words of ${result.b_name}`, result.b_distinctive, result.b),
      list('Words they share', result.shared, result.a),
      passages,
      el('p', { class: 'caption', text: `Similarity: ${result.weighting}. Distinctive words: log-odds with an informative Dirichlet prior (Monroe et al. 2008). Click a word for its sentences.` })));
  },
};
