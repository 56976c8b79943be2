// Who drafts with whom: the Assembly texts each sponsored, by session, from the sponsor lists on record (sessions 74-80).
import { el, count, fmt, table, note } from './dom.js';
import { openCosponsored } from './evidence.js';

export default {
  id: 'cosponsor',
  title: 'Co-sponsorship in the General Assembly',
  ask: (ctx) => ({ cosponsor: ['cosponsor', { ...ctx.pair, issue: ctx.frame.issue, ...ctx.period }] }),
  draw(box, { cosponsor: result }, ctx) {
    if (result instanceof Error) throw result;
    if (result.rows.length === 0) {
      box.replaceChildren(el('div', { id: 'cosponsor' }, note(`No resolution with a sponsor list in this frame; the lists on record cover ${result.coverage}.`, { 'data-empty': 'no-sponsor-list' })));
      return;
    }
    const a = ctx.a.code, b = ctx.b.code;
    const open = (list, title) => (e) => { e.preventDefault(); openCosponsored(list, title); };
    box.replaceChildren(el('div', { id: 'cosponsor' },
      el('p', { class: 'caption', 'data-texts': String(result.texts), text: `${count(result.texts)} resolutions with sponsor lists on record (${result.coverage}): ${a} sponsored ${count(result.a_sponsored)}, ${b} ${count(result.b_sponsored)}, both ${count(result.both_sponsored)}. A state sponsoring for a group (the Group of 77 and China) is not counted as sponsoring itself; as a member of a group that sponsored them, ${a} sponsored ${count(result.a_through_group)} more, ${b} ${count(result.b_through_group)}.` }),
      el('p', {},
        el('a', { href: '#', 'data-list': 'joint', onclick: open('joint', `Texts ${a} and ${b} both sponsored`), text: 'texts both sponsored' }), ' · ',
        el('a', { href: '#', 'data-list': 'a-sponsored-b-against', onclick: open('a-sponsored-b-against', `Texts ${a} sponsored and ${b} voted against`), text: `${a} sponsored, ${b} voted against` }), ' · ',
        el('a', { href: '#', 'data-list': 'b-sponsored-a-against', onclick: open('b-sponsored-a-against', `Texts ${b} sponsored and ${a} voted against`), text: `${b} sponsored, ${a} voted against` })),
      table([{ label: 'session', num: true }, { label: 'texts', num: true }, { label: `${a} sponsored`, num: true }, { label: `${b} sponsored`, num: true }, { label: 'both', num: true }, { label: 'share of either', num: true }, { label: `${a} sponsored, ${b} against`, num: true }, { label: `${b} sponsored, ${a} against`, num: true }],
        result.rows.map((r) => [String(r.session), count(r.texts), count(r.a_sponsored), count(r.b_sponsored), count(r.both), fmt(r.joint_share), count(r.a_sponsored_b_against), count(r.b_sponsored_a_against)]))));
  },
};
