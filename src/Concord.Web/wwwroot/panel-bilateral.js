// Exercises, patrols, meetings, treaties and statements with both states, each with its source.
import { el, count, table, note, sourceCell } from './dom.js';

export default {
  id: 'bilateral',
  title: 'Bilateral ties',
  ask: (ctx) => ({ events: ['events', { between: `${ctx.pair.a},${ctx.pair.b}`, from: ctx.period.from, to: ctx.period.to }] }),
  draw(box, { events }) {
    if (events instanceof Error) throw events;
    if (events.rows.length === 0) {
      box.replaceChildren(el('div', { id: 'events' }, note('No exercise, patrol, meeting, treaty or joint statement with both on record in this frame (a curated list, not a census: none on record is not none at all).', { 'data-empty': 'no-event' })));
      return;
    }
    const kinds = {};
    // An exercise both joined among other states is not one of their bilateral exercises: the two are counted apart.
    for (const r of events.rows) {
      const k = r.type === 'exercise' ? `${r.scope} exercise` : r.type;
      kinds[k] = (kinds[k] || 0) + 1;
    }
    const latest = events.rows.slice().reverse().slice(0, 25);
    box.replaceChildren(el('div', { id: 'events' },
      el('p', { class: 'caption', 'data-events': String(events.events), text: `${count(events.events)} events on record (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}): a curated list with a source for every row, not a complete census.${events.rows.length > latest.length ? ` The latest ${latest.length} shown.` : ''}` }),
      table([{ label: 'date' }, { label: 'type' }, { label: 'event' }, { label: 'place' }, { label: 'source' }],
        latest.map((r) => [r.start, r.type, r.name, r.place || '', sourceCell(r.source)]))));
  },
};
