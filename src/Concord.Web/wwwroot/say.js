// The "What they say" panel: how alike the two states speak in the General Debate, year by year (/api/say), the
// words that set each apart and the words they share; every word opens the sentences that use it (/api/passages).
// Kept apart from app.js, whose helpers it uses (el, svg, api, fmt); text from the API is only set as textContent.
'use strict';

async function drawSay(pair, period) {
  const box = document.getElementById('say');
  if (!box) return;
  box.replaceChildren(el('p', { class: 'caption', text: 'Reading the speeches…' }));
  let result;
  try {
    result = await api('say', { ...pair, from: period.from, to: period.to, words: 10 });
  } catch (e) {
    box.replaceChildren(el('p', { class: 'caption', text: e.message }));
    return;
  }
  const spoke = result.rows.filter((r) => r.similarity !== null);
  const passages = el('div', { id: 'say-passages' });
  const word = (text) => text.replace(/ \([^)]*\)$/, '');
  const list = (title, items, code) => el('div', { class: 'say-words' },
    el('h3', { text: title }),
    el('p', {}, ...items.flatMap((item, i) => [
      i > 0 ? ', ' : null,
      el('a', { href: '#', text: item, onclick: (e) => { e.preventDefault(); openSayPassages(passages, code, word(item), period); } }),
    ])));
  box.replaceChildren(
    el('p', {}, `Mean similarity ${fmt(result.mean_similarity)} over ${result.years_both_spoke} years both spoke; `
      + `on average more alike than ${Math.round(100 * (result.mean_percentile || 0))}% of the year's pairs of speakers.`),
    sayChart(spoke),
    list(`Words of ${result.a_name}`, result.a_distinctive, result.a),
    list(`Words of ${result.b_name}`, result.b_distinctive, result.b),
    list('Words they share', result.shared, result.a),
    passages,
    el('p', { class: 'caption', text: `Similarity: ${result.weighting}. Distinctive words: log-odds with an informative Dirichlet prior (Monroe et al. 2008). Click a word for its sentences.` }));
}

function sayChart(rows) {
  const w = 640, h = 180, pad = 30;
  const chart = svg('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': 'Speech similarity by year, with the median pair' });
  if (rows.length < 2) return chart;
  const years = rows.map((r) => r.year);
  const lo = Math.min(...years), hi = Math.max(...years);
  const top = Math.max(...rows.map((r) => Math.max(r.similarity, r.median_pair || 0)), 0.01);
  const x = (y) => pad + ((y - lo) / Math.max(1, hi - lo)) * (w - 2 * pad);
  const y = (v) => h - pad - (v / top) * (h - 2 * pad);
  const line = (key, cls) => svg('polyline', { class: cls, fill: 'none', points: rows.map((r) => `${x(r.year)},${y(r[key])}`).join(' ') });
  chart.append(line('median_pair', 'say-median'), line('similarity', 'say-pair'));
  chart.append(svg('text', { x: pad, y: h - 8 }, String(lo)), svg('text', { x: w - pad, y: h - 8, 'text-anchor': 'end' }, String(hi)));
  for (const r of rows) {
    const dot = svg('circle', { cx: x(r.year), cy: y(r.similarity), r: 2.5, class: 'say-pair' });
    dot.append(svg('title', {}, `${r.year}: ${fmt(r.similarity)} (median pair ${fmt(r.median_pair)}, more alike than ${Math.round(100 * r.pair_percentile)}% of pairs)`));
    chart.append(dot);
  }
  return chart;
}

async function openSayPassages(box, code, word, period) {
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
