import type { Engine } from '../../core/engine.js';
import { HELP_TEXT } from '../../core/commands.js';
import { truncate } from '../shared/split.js';
import { escapeMrkdwn } from './text.js';

type Block = { type: 'header'; text: { type: 'plain_text'; text: string } } | { type: 'section'; text: { type: 'mrkdwn'; text: string } } | { type: 'divider' };

/** What the tab shows beyond the library: channels' chosen papers, and for curators the recent gaps. */
export interface HomeExtras {
  channels: Array<{ channel: string; paperId: string }>;
  /** the `gaps` report text, undefined when there is no question log */
  gaps?: string | undefined;
  gapsDays: number;
}

/** The App Home tab: the library, the channels' papers, how to ask, example questions, the week's gaps. Pure, within Slack's limits. */
export function homeView(engine: Engine, command: string, extras: HomeExtras = { channels: [], gapsDays: 7 }): { type: 'home'; blocks: Block[] } {
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
  // <#C…> is Slack's own channel link: it shows the channel's name to those who can see it.
  // Only this workspace's channels (keys "slack:C…"); Discord's and the terminal's live in the same store.
  const slackChannels = extras.channels.flatMap(({ channel, paperId }) => {
    const id = /^slack:([A-Z0-9]+)$/.exec(channel)?.[1];
    const paper = engine.paper(paperId);
    return id && paper ? [`• <#${id}>: ${escapeMrkdwn(paper.data.shortTitle)}`] : [];
  });
  const channels = slackChannels.slice(0, 30);
  blocks.push(section(channels.length > 0
    ? `*Channels with a paper of their own*\n${channels.join('\n')}${slackChannels.length > 30 ? `\n…and ${slackChannels.length - 30} more` : ''}\nOther channels read the default paper.`
    : '*Channels*\nEvery channel reads the default paper until someone types `use <paper-id>` there.'));
  if (examples.length > 0) blocks.push(section(`*Try asking*\n${examples.join('\n')}`));
  if (extras.gaps !== undefined) blocks.push(section(`*For curators: what the claims could not answer (last ${extras.gapsDays} days)*\n${escapeMrkdwn(extras.gaps)}`));
  blocks.push(section(`*Commands*\n${HELP_TEXT.split('\n').map((l) => escapeMrkdwn(l)).join('\n')}`));
  return { type: 'home', blocks };
}
