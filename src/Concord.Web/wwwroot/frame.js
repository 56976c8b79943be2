// The frame every panel is drawn for: the two states, the forum, the period and the issue area, kept in the address.
import { $, el } from './dom.js';
import { api, query } from './api.js';

// The chosen pair (each { code, name }), the record's span (/api/status), the Council's permanent members, and a
// counter that lets a panel drop an answer that arrives after the frame changed.
export const view = { a: null, b: null, record: null, permanent: new Set(), generation: 0 };

// With no pair in the address the dashboard opens on China and Russia, the pair the brief is written on by default.
export const DEFAULT_PAIR = { a: 'CHN', b: 'RUS' };

// The brief's default first year (Concord.Reports BriefRequest.DefaultFrom): the dashboard opens on the period the
// brief is written on, so the two never disagree on a first look. A test holds the two equal.
export const DEFAULT_FROM = 1992;

export function frame() {
  return { forum: $('forum').value, from: $('from').value, to: $('to').value, issue: $('issue').value };
}

// What a panel is drawn for: the pair, the frame, and what the record says about them.
export function context() {
  const f = frame();
  const a = view.a, b = view.b;
  return {
    a, b, frame: f, record: view.record, generation: view.generation,
    pair: { a: a.code, b: b.code },
    period: { from: f.from, to: f.to },
    forumName: f.forum === 'sc' ? 'Security Council' : 'General Assembly',
    permanent: (code) => view.permanent.has(code),
  };
}

export function writeHash() {
  if (!view.a || !view.b) return;
  const f = frame();
  // The map's year too, once chosen, so that an address opens the map a reader is looking at.
  const map = $('between-year') ? $('between-year').dataset.chosen : undefined;
  history.replaceState(null, '', '#' + query({ a: view.a.code, b: view.b.code, forum: f.forum, from: f.from, to: f.to, issue: f.issue, map }));
}

// Reads the pair and frame from the address; a code that names no state is reported, not ignored. Returns the codes
// it did not know (empty when it knew both).
export async function readHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  // No first year in the address: the brief's. The record's first year is one keystroke away (the field's minimum).
  $('from').value = h.has('from') ? h.get('from') : String(Math.max(DEFAULT_FROM, view.record.first_year));
  for (const id of ['to', 'issue']) $(id).value = h.get(id) || '';
  if ($('between-year')) {
    if (h.get('map')) $('between-year').dataset.chosen = h.get('map');
    else delete $('between-year').dataset.chosen;
  }
  // The forum has no empty choice: without one in the address it is the General Assembly, as in the API.
  $('forum').value = h.get('forum') === 'sc' ? 'sc' : 'ga';
  const unknown = [];
  for (const side of ['a', 'b']) {
    const code = (h.get(side) || DEFAULT_PAIR[side]).trim();
    const matches = await api('states', { q: code, limit: 1 });
    if (matches.length > 0 && matches[0].code === code.toUpperCase()) show(side, matches[0]);
    else unknown.push(code);
  }
  return unknown;
}

export function show(side, match) {
  view[side] = match;
  $(`state-${side}`).value = match.name;
  $(`chosen-${side}`).textContent = `${match.code} chosen`;
  $(`matches-${side}`).hidden = true;
}

// A search box that offers the states matching what is typed; Enter takes the first, Escape closes the list.
export function setupPicker(side, chosen, onError) {
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
        const items = matches.map((m) => el('li', {},
          el('button', { type: 'button', 'data-code': m.code, onclick: () => { show(side, m); chosen(); } },
            el('span', { text: m.name }), el('span', { class: 'code', text: m.code }))));
        if (items.length === 0) items.push(el('li', { text: 'no state matches' }));
        list.replaceChildren(...items);
        list.hidden = false;
      } catch (e) { onError(e.message); }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = list.querySelector('button');
      if (first) first.click();
    } else if (e.key === 'Escape') {
      list.hidden = true;
    } else if (e.key === 'ArrowDown') {
      const first = list.querySelector('button');
      if (first && !list.hidden) { e.preventDefault(); first.focus(); }
    }
  });
  list.addEventListener('keydown', (e) => {
    const buttons = [...list.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && at < buttons.length - 1) { e.preventDefault(); buttons[at + 1].focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); (at > 0 ? buttons[at - 1] : input).focus(); }
    if (e.key === 'Escape') { list.hidden = true; input.focus(); }
  });
}
