// Where they split: the most contested decisions on which the two voted differently, titles beside symbols.
import { el, count, table, voteCell, note } from './dom.js';
import { symbolLink } from './evidence.js';
import { divergeParams } from './panel-headline.js';

export default {
  id: 'splits',
  title: 'Where they split',
  ask: (ctx) => ({ splits: ['diverge', divergeParams(ctx)] }),
  draw(box, { splits }, ctx) {
    if (splits instanceof Error) throw splits;
    const a = ctx.a.code, b = ctx.b.code;
    if (splits.common_votes === 0) {
      box.replaceChildren(el('div', { id: 'splits' }, note(`No ${ctx.forumName} vote in this frame has both of their votes, so there is nothing to split on.`, { 'data-empty': 'no-common-votes' })));
      return;
    }
    if (splits.rows.length === 0) {
      box.replaceChildren(el('div', { id: 'splits' }, note(`They voted alike on all ${count(splits.common_votes)} common votes in this frame.`, { 'data-empty': 'no-splits' })));
      return;
    }
    box.replaceChildren(el('div', { id: 'splits' },
      el('p', { class: 'caption', text: `${count(splits.splits)} splits over ${count(splits.common_votes)} common votes; the most contested first (yes against no before one abstaining).` }),
      table([{ label: '#', num: true }, { label: 'date' }, { label: 'symbol' }, { label: 'title' }, { label: a }, { label: b }, { label: 'tally' }],
        splits.rows.map((r) => [String(r.rank), r.date, symbolLink(r.symbol), r.title || '', voteCell(r.vote_a), voteCell(r.vote_b), r.tally]))));
  },
};
