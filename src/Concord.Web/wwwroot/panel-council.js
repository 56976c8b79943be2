// The Security Council pattern of the pair by period (joint vetoes, co-abstentions, split and lone votes), each count
// opening its decisions; veto columns only for permanent members, who alone can veto.
import { el, count, table, note } from './dom.js';
import { openPattern, symbolLink, rowYears, inIssue } from './evidence.js';
import { bothPermanent } from './panel-headline.js';

// The /api/sc count columns, each named after the kind that list= opens (joint_veto lists joint-veto), and whose seat
// must be permanent for the count to mean anything.
const COLUMNS = [
  ['joint_veto', 'joint vetoes', 'both'],
  ['a_vetoed_b_abstained', 'A vetoed, B abstained', 'a'],
  ['b_vetoed_a_abstained', 'B vetoed, A abstained', 'b'],
  ['co_abstention', 'co-abstentions', null],
  ['split_vote', 'split votes', null],
  ['a_lone_no', 'A alone no', null],
  ['b_lone_no', 'B alone no', null],
];

// Which of A's (B's) vetoes leave a count in doubt: the other's vote is not on record.
const IN_DOUBT = { a_vetoed_b_abstained: 'a_vetoed_b_vote_unknown', b_vetoed_a_abstained: 'b_vetoed_a_vote_unknown' };


function cell(r, column) {
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
}

function pattern(sc, ctx) {
  const a = ctx.a.code, b = ctx.b.code;
  const seat = { both: bothPermanent(ctx), a: ctx.permanent(a), b: ctx.permanent(b), null: true };
  const shown = COLUMNS.filter(([, , who]) => seat[who]);
  const sat = sc.rows.filter((r) => r.both_voted > 0);
  if (sat.length === 0) {
    return [note(`They never sat on the Security Council together${ctx.period.from || ctx.period.to ? ' in this period' : ''}${inIssue(sc)}: no Council decision on record has both their votes, so there is no pattern to show.`, { 'data-empty': 'never-together', 'data-issue': sc.issue || '' })];
  }
  const label = (text) => text.replace(/^A /, `${a} `).replace(/^B /, `${b} `).replace(/, B /, `, ${b} `).replace(/, A /, `, ${a} `);
  const columns = [{ label: 'years' }, { label: 'decisions', num: true }, { label: 'both voted', num: true }, ...shown.map(([, text]) => ({ label: label(text), num: true }))];
  const left = COLUMNS.length - shown.length;
  return [
    el('p', { class: 'caption', 'data-issue': sc.issue || '', text: `Council decisions${inIssue(sc)}, by period (the years of the decisions counted); each count opens the decisions behind it.${left > 0 ? ` Veto counts are shown only for permanent members${seat.a || seat.b ? '' : `: neither ${a} nor ${b} holds a permanent seat`}.` : ''}` }),
    table(columns, sc.rows.map((r) => [rowYears(r), count(r.decisions), count(r.both_voted), ...shown.map(([column]) => cell(r, column))])),
  ];
}

function jointVetoes(vetoes, ctx) {
  if (!bothPermanent(ctx)) {
    const not = [ctx.a.code, ctx.b.code].filter((c) => !ctx.permanent(c));
    return note(`Joint vetoes: only the five permanent members cast vetoes, and ${not.join(' and ')} ${not.length > 1 ? 'hold' : 'holds'} no permanent seat.`, { 'data-empty': 'not-permanent' });
  }
  if (vetoes instanceof Error) return note(vetoes.message);
  if (vetoes.rows.length === 0) return el('p', { 'data-issue': vetoes.issue || '', text: `No joint veto in this period${inIssue(vetoes)}.` });
  return el('div', {},
    el('p', { class: 'caption', 'data-issue': vetoes.issue || '', text: `${count(vetoes.vetoes)} joint veto${vetoes.vetoes === 1 ? '' : 'es'}${inIssue(vetoes)}.` }),
    table([{ label: 'date' }, { label: 'draft and agenda item' }, { label: 'vetoed by' }, { label: 'tally' }],
      vetoes.rows.map((v) => [v.date, symbolLink(v.draft, v.topic), v.vetoed_by, v.tally || ''])));
}

export default {
  id: 'council',
  title: 'Security Council pattern',
  ask: (ctx) => ({
    sc: ['sc', { ...ctx.pair, issue: ctx.frame.issue, ...ctx.period }],
    ...(bothPermanent(ctx) ? { vetoes: ['vetoes', { by: `${ctx.pair.a},${ctx.pair.b}`, joint: 'true', issue: ctx.frame.issue, ...ctx.period }] } : {}),
  }),
  draw(box, { sc, vetoes }, ctx) {
    box.replaceChildren(
      el('div', { id: 'sc-pattern' }, ...(sc instanceof Error ? [note(sc.message)] : pattern(sc, ctx))),
      el('h3', { text: 'Joint vetoes' }),
      el('div', { id: 'joint-vetoes' }, jointVetoes(vetoes, ctx)));
  },
};
