import type { Engine } from '../../core/engine.js';
import { HELP_TEXT } from '../../core/commands.js';
import { truncate } from '../shared/split.js';
import { escapeMrkdwn } from './text.js';

type Block = { type: 'header'; text: { type: 'plain_text'; text: string } } | { type: 'section'; text: { type: 'mrkdwn'; text: string } } | { type: 'divider' };

/** The App Home tab: the library, which paper a channel reads by default, how to ask, example questions. Pure, within Slack's limits. */
export function homeView(engine: Engine, command: string): { type: 'home'; blocks: Block[] } {
  const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: truncate(text, 3000) } });
  const papers = engine.library.papers.slice(0, 20).map((p) => {
    const mark = p.data.id === engine.defaultPaperId ? ' _(read by default)_' : '';
    return `• *${escapeMrkdwn(p.data.shortTitle)}* \`${escapeMrkdwn(p.data.id)}\`${mark}`;
  });
  const examples = (engine.paper(engine.defaultPaperId)?.data.topics ?? []).slice(0, 5).map((t) => `• ${escapeMrkdwn(t.question)}`);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Journal club claims' } },
    section(`Ask the paper a question: mention me in a channel, DM me, use \`${command}\`, or pick *Ask the claims bot about this message* from a message's ⋮ menu. Every sentence of an answer is cited.`),
    { type: 'divider' },
    section(`*The library* (${engine.library.papers.length} papers; \`use <paper-id>\` in a channel switches it)\n${papers.join('\n')}`),
  ];
  if (examples.length > 0) blocks.push(section(`*Try asking*\n${examples.join('\n')}`));
  blocks.push(section(`*Commands*\n${HELP_TEXT.split('\n').map((l) => escapeMrkdwn(l)).join('\n')}`));
  return { type: 'home', blocks };
}
