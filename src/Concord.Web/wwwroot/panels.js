// The dashboard's panels, in the order they are shown. A panel is a module whose default export is:
//   id       the section's id (panel-<id>)
//   title    its heading: text, or a function of the frame (ctx => text)
//   applies  optional: ctx => true, or the sentence that says why the panel has nothing for this frame
//   mount    optional: (body, { refresh, writeHash }) => draws what does not depend on the answers, once
//   ask      ctx => { key: [question, parameters] }: the API questions it reads (the same names as the CLI's commands)
//   draw     (body, answers, ctx) => draws them; an answer is an Error when the question was refused
// Adding a question to the dashboard is one module and one line here.
import headline from './panel-headline.js';
import agreement from './panel-agreement.js';
import council from './panel-council.js';
import splits from './panel-splits.js';
import between from './panel-between.js';
import forums from './panel-forums.js';
import say from './panel-say.js';
import cosponsor from './panel-cosponsor.js';
import ideal from './panel-ideal.js';
import bilateral from './panel-bilateral.js';

export default [headline, agreement, council, splits, between, forums, say, cosponsor, ideal, bilateral];
