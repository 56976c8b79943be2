// The headline figures: agreement, kappa, common votes, the splits by kind and (for two permanent members) the joint
// vetoes. Each figure opens the decisions it counts.
import { el, fmt, count } from './dom.js';
import { openSplits, openPattern } from './evidence.js';

export const agreeParams = (ctx, by) => ({ ...ctx.pair, forum: ctx.frame.forum, by, issue: ctx.frame.issue, ...ctx.period });
export const divergeParams = (ctx) => ({ ...ctx.pair, forum: ctx.frame.forum, issue: ctx.frame.issue, top: 15, ...ctx.period });
export const bothPermanent = (ctx) => ctx.permanent(ctx.a.code) && ctx.permanent(ctx.b.code);

function figure(value, label, onclick, name) {
  const v = onclick
    ? el('a', { class: 'value', href: '#', 'data-figure': name, onclick: (e) => { e.preventDefault(); onclick(); }, text: value })
    : el('span', { class: 'value', 'data-figure': name, text: value });
  return el('div', { class: 'figure' }, v, el('span', { class: 'label', text: label }));
}

// The years both voted in, not the frame: China's seat was the Republic of China's until 1971.
export function votedSpan(byYear, row) {
  const voted = byYear.rows.filter((r) => r.n > 0);
  const first = voted.length > 0 ? voted[0].year : row.first_year;
  const last = voted.length > 0 ? voted[voted.length - 1].year : row.last_year;
  return first === last ? `${first}` : `${first}–${last}`;
}

export default {
  id: 'headline',
  title: 'Headline figures',
  heading: false,
  ask: (ctx) => ({
    overall: ['agree', agreeParams(ctx, 'all')],
    byYear: ['agree', agreeParams(ctx, 'year')],
    splits: ['diverge', divergeParams(ctx)],
    ...(bothPermanent(ctx) ? { sc: ['sc', { ...ctx.pair, issue: ctx.frame.issue, ...ctx.period }] } : {}),
  }),
  draw(box, { overall, byYear, splits, sc }, ctx) {
    if (overall instanceof Error) throw overall;
    const a = ctx.a.code, b = ctx.b.code;
    const row = overall.rows[0];
    const showSplits = () => openSplits(`Where ${a} and ${b} split`, ctx.period, 'all');
    const items = [];
    if (!row || row.n === 0) {
      items.push(figure('0', `common recorded votes, ${ctx.forumName}`, null, 'n'));
    } else {
      const span = byYear instanceof Error ? `${row.first_year}–${row.last_year}` : votedSpan(byYear, row);
      // Too few common votes for a figure: say so, never a number that the sample cannot carry.
      const thin = row.agreement === null || row.agreement === undefined;
      items.push(figure(thin ? 'too few votes' : fmt(row.agreement), thin ? `agreement: fewer than ${overall.min_n} common votes, ${ctx.forumName}, ${span}` : `agreement, ${ctx.forumName}, ${span}`, showSplits, 'agreement'));
      items.push(row.kappa_meaningful && !thin
        ? figure(fmt(row.kappa), 'Cohen\'s kappa (0 = chance)', showSplits, 'kappa')
        : figure('not meaningful', thin ? 'Cohen\'s kappa: too few common votes' : 'Cohen\'s kappa: one of them cast one kind of vote 95% of the time or more, so chance agreement is near-total', null, 'kappa'));
      items.push(figure(count(row.n), 'common recorded votes', showSplits, 'n'));
    }
    if (!(splits instanceof Error)) {
      items.push(figure(count(splits.opposite), 'opposite votes (yes against no)',
        () => openSplits(`Where ${a} and ${b} voted yes against no`, ctx.period, 'opposite'), 'opposite'));
      items.push(figure(count(splits.one_abstained), 'one abstained, the other did not',
        () => openSplits(`Where one of ${a} and ${b} abstained`, ctx.period, 'one-abstained'), 'one-abstained'));
    }
    // Only two permanent members can veto together: for any other pair the count would be a meaningless zero.
    if (sc && !(sc instanceof Error)) {
      const joint = sc.rows.reduce((s, r) => s + r.joint_veto, 0);
      items.push(figure(count(joint), 'joint vetoes in the Security Council', () => openPattern('joint-veto'), 'joint-vetoes'));
    }
    box.replaceChildren(el('div', { id: 'headline', 'aria-label': 'Headline figures' }, ...items));
  },
};
