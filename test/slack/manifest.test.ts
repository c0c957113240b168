import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { SHORTCUT_ASK_MESSAGE } from '../../src/adapters/slack/listeners/shortcut.js';
import { REPO_ROOT } from '../helpers/engine.js';

const read = (name: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs', name), 'utf8'));

describe('the Slack app manifests match what the bot serves', () => {
  const defaults = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abcdef0123456789' }).slack!;

  it.each(['slack-app-manifest.json', 'slack-app-manifest.socket.json'])('%s', (name) => {
    const m = read(name);
    expect(m.features.slash_commands[0].command).toBe(defaults.command);
    expect(m.settings.event_subscriptions.bot_events.sort()).toEqual(['app_home_opened', 'app_mention', 'assistant_thread_started', 'message.im', 'message.mpim']);
    expect(m.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'assistant:write', 'chat:write', 'commands', 'im:history', 'mpim:history', 'users:read']);
    expect(m.features.assistant_view.assistant_description).toBeTruthy();
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(m.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: SHORTCUT_ASK_MESSAGE })]);
    expect(m.settings.interactivity.is_enabled).toBe(true);
  });

  it('the HTTP manifest points every URL at /slack/events; the Socket Mode one has none', () => {
    const http = read('slack-app-manifest.json');
    for (const url of [http.features.slash_commands[0].url, http.settings.event_subscriptions.request_url, http.settings.interactivity.request_url]) {
      expect(new URL(url).pathname).toBe('/slack/events');
    }
    const socket = read('slack-app-manifest.socket.json');
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('request_url');
  });
});
