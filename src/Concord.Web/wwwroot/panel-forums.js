// Regional forums outside the UN (the forums question): each one's standing on the frame's last day, since when both
// were full members, the declarations adopted while both were (each one's position on the key paragraph), and the
// multinational events both took part in. Every row carries its source.
import { el, count, table, note, sourceCell } from './dom.js';

// The standings are read on the frame's last day: the end of its last year, or today when the frame runs to now.
function onDay(ctx) {
  const year = Number(ctx.period.to);
  const today = new Date().toISOString().slice(0, 10);
  return year && `${year}-12-31` < today ? `${year}-12-31` : null;
}

const params = (ctx, list) => ({ ...ctx.pair, from: ctx.period.from, to: ctx.period.to, list });

const role = (r, side) => (r[`role_${side}`] === 'not a member' ? 'not a member' : `${r[`role_${side}`]} since ${r[`since_${side}`]}`);

export default {
  id: 'forums',
  title: 'Regional forums',
  ask: (ctx) => ({
    forums: ['forums', { ...ctx.pair, on: onDay(ctx) }],
    declarations: ['forums', params(ctx, 'declarations')],
    events: ['forums', params(ctx, 'events')],
  }),
  draw(box, { forums, declarations, events }, ctx) {
    if (forums instanceof Error) throw forums;
    const a = ctx.a.code, b = ctx.b.code;
    const parts = [];
    if (forums.rows.length === 0) {
      parts.push(note(`Neither ${ctx.a.name} nor ${ctx.b.name} belongs to a regional forum on record (${forums.forums_on_record.split(' ').join(', ')}).`, { 'data-empty': 'no-forum' }));
    } else {
      parts.push(el('p', { class: 'caption', 'data-forums': String(forums.forums), 'data-together': String(forums.forums_together) },
        `On ${forums.on}: ${forums.forums_together === 0 ? 'no forum on record has both as full members' : `full members together in ${count(forums.forums_together)} of the ${count(forums.forums)} forums either belongs to`}. Forums on record: ${forums.forums_on_record.split(' ').join(', ')}.`));
      parts.push(table([{ label: 'forum' }, { label: a }, { label: b }, { label: 'both full members since' }, { label: 'declarations together', num: true }],
        forums.rows.map((r) => [`${r.name} (${r.forum})`, el('span', { title: r.history_a, text: role(r, 'a') }), el('span', { title: r.history_b, text: role(r, 'b') }), r.both_members_since || 'never', count(r.declarations_together)])));
    }
    parts.push(el('h3', { text: 'Summit declarations' }));
    if (declarations instanceof Error) parts.push(note(declarations.message));
    else if (declarations.rows.length === 0) parts.push(note('No declaration on record was adopted while both were full members of the forum, in this period.', { 'data-empty': 'no-declaration' }));
    else {
      parts.push(el('p', { class: 'caption', 'data-declarations': String(declarations.rows.length), text: `${count(declarations.rows.length)} declarations adopted while both were full members; each one's position on the key paragraph, as its sources state it (blank: not recorded).` }));
      parts.push(table([{ label: 'date' }, { label: 'declaration' }, { label: 'key paragraph' }, { label: a }, { label: b }, { label: 'dissented or left out' }, { label: 'source' }],
        declarations.rows.map((r) => [r.date, r.title, r.subject, r.position_a || '', r.position_b || '', r.dissented || 'none', sourceCell(r.source)])));
    }
    parts.push(el('h3', { text: 'Multinational events both took part in' }));
    if (events instanceof Error) parts.push(note(events.message));
    else if (events.rows.length === 0) parts.push(note('No multinational exercise or meeting with both on record in this period.', { 'data-empty': 'no-event' }));
    else {
      const latest = events.rows.slice().reverse().slice(0, 20);
      parts.push(el('p', { class: 'caption', 'data-events': String(events.rows.length), text: `${count(events.rows.length)} events with other states too (the pair's own ties are under Bilateral ties)${events.rows.length > latest.length ? `; the latest ${latest.length} shown` : ''}: a curated list with a source for every row, not a census.` }));
      parts.push(table([{ label: 'date' }, { label: 'type' }, { label: 'event' }, { label: 'states', num: true }, { label: 'place' }, { label: 'source' }],
        latest.map((r) => [r.start, r.type, r.name, String(r.states), r.place || '', sourceCell(r.source)])));
    }
    box.replaceChildren(el('div', { id: 'forums' }, ...parts));
  },
};
