// Concord dashboard: the frame (two states, forum, period, issue area) above a column of panels. Each panel is a module
// (panels.js lists them) that names the questions it asks, their parameters from the frame, and how it draws the
// answers; this file only mounts the panels, asks their questions and keeps the address in step.
import { $, el, note } from './dom.js';
import { api, asker, query } from './api.js';
import { view, context, readHash, writeHash, setupPicker } from './frame.js';
import { closePanel } from './evidence.js';
import panels from './panels.js';

function message(text) { $('message').textContent = text || ''; }

const parts = new Map();

// One section per panel: its heading, a status line (loading, or why there is nothing), and the panel's own body.
function mount() {
  const main = $('results');
  for (const p of panels) {
    const headingId = p.headingId || `panel-${p.id}-title`;
    const heading = el('h2', { id: headingId, class: p.heading === false ? 'visually-hidden' : null, text: typeof p.title === 'string' ? p.title : '' });
    const status = el('p', { class: 'panel-status', role: 'status' });
    const body = el('div', { class: 'panel-body' });
    const section = el('section', { id: `panel-${p.id}`, class: 'panel', 'aria-labelledby': headingId }, heading, status, body);
    main.append(section);
    if (p.mount) p.mount(body, { refresh, writeHash });
    parts.set(p, { section, heading, status, body });
  }
}

// Asks a panel's questions and draws its answers; an answer that arrives after the frame changed is dropped.
async function drawPanel(p, ctx, ask) {
  const { section, heading, status, body } = parts.get(p);
  if (typeof p.title === 'function') heading.textContent = p.title(ctx);
  const applies = p.applies ? p.applies(ctx) : true;
  if (applies !== true) {
    section.dataset.state = 'not-applicable';
    status.textContent = '';
    body.replaceChildren(note(applies));
    return;
  }
  section.dataset.state = 'loading';
  section.setAttribute('aria-busy', 'true');
  status.textContent = 'Loading…';
  const asks = Object.entries(p.ask(ctx));
  const answers = await Promise.all(asks.map(([, [question, params]]) => ask(question, params).catch((e) => e)));
  if (ctx.generation !== view.generation) return;
  try {
    await p.draw(body, Object.fromEntries(asks.map(([key], i) => [key, answers[i]])), ctx);
    section.dataset.state = 'drawn';
  } catch (e) {
    body.replaceChildren(note(e.message));
    section.dataset.state = 'failed';
  } finally {
    if (ctx.generation === view.generation) {
      section.removeAttribute('aria-busy');
      status.textContent = '';
    }
  }
}

// The controls offer what the record can answer for the pair: the years from the first to the last both voted in
// (in either forum), and the Council only when they sat on it together.
const spans = new Map();
async function boundControls(ctx) {
  const key = `${ctx.pair.a}-${ctx.pair.b}`;
  if (!spans.has(key)) {
    spans.set(key, Promise.all(['ga', 'sc'].map((forum) => api('agree', { ...ctx.pair, forum, by: 'year' })
      .then((r) => r.rows.filter((y) => typeof y.year === 'number' && y.n > 0).map((y) => y.year), () => []))));
  }
  const [ga, sc] = await spans.get(key);
  if (ctx.generation !== view.generation) return;
  const years = [...ga, ...sc];
  if (years.length > 0) {
    for (const id of ['from', 'to']) { $(id).min = Math.min(...years); $(id).max = Math.max(...years); }
    $('from').placeholder = String(Math.min(...years));
    $('to').placeholder = String(Math.max(...years));
  }
  const council = $('forum').querySelector('option[value=sc]');
  council.disabled = sc.length === 0 && $('forum').value !== 'sc';
  council.textContent = sc.length === 0 ? 'Security Council (never sat together)' : 'Security Council';
}

async function refresh() {
  if (!view.a || !view.b) return;
  writeHash();
  view.generation += 1;
  const ctx = context();
  message('');
  $('brief-link').href = `/api/brief?${query({ ...ctx.pair, ...ctx.period })}`;
  $('brief-link').hidden = false;
  $('results').hidden = false;
  const ask = asker();
  await Promise.all([boundControls(ctx), ...panels.map((p) => drawPanel(p, ctx, ask))]);
}

async function open() {
  const unknown = await readHash();
  if (unknown.length > 0) {
    message(`Unknown state code${unknown.length > 1 ? 's' : ''} in the address: ${unknown.join(', ')}. Choose a state by name or code above.`);
    $('results').hidden = true;
    $('brief-link').hidden = true;
    return false;
  }
  return true;
}

async function start() {
  setupPicker('a', refresh, message);
  setupPicker('b', refresh, message);
  $('decisions-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('decisions').hidden) closePanel(); });
  for (const id of ['forum', 'issue', 'from', 'to']) $(id).addEventListener('change', refresh);
  try {
    const [status, issues, council] = await Promise.all([api('status'), api('issues'), api('members', { forum: 'sc' })]);
    view.record = status;
    // The Council's permanent members (the register's seats): only they have vetoes to count.
    view.permanent = new Set(council.rows.filter((r) => r.seat === 'permanent').map((r) => r.state));
    for (const id of ['from', 'to']) { $(id).min = status.first_year; $(id).max = status.last_year; }
    $('from').placeholder = String(status.first_year);
    $('to').placeholder = String(status.last_year);
    $('issue').append(...issues.rows.map((i) => el('option', { value: i.area, text: `${i.name} (${i.area})` })));
    mount();
    const known = await open();
    document.body.dataset.ready = 'true';
    if (known) await refresh();
    // Editing the address (or going back) redraws for the pair and frame it names.
    window.addEventListener('hashchange', async () => {
      message('');
      if (await open()) await refresh();
    });
  } catch (e) { message(e.message); }
}

document.addEventListener('DOMContentLoaded', start);
