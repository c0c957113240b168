import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const SECRET = 'abcdef0123456789abcdef';

function problems(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig', () => {
  it('needs nothing: no platform, default data folder, port 3000', () => {
    const config = loadConfig({});
    expect(config.slack).toBeUndefined();
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/data[/\\]papers$/);
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '  ', PORT: '' }).slack).toBeUndefined();
  });

  it('selects HTTP mode with a signing secret and Socket Mode with an app token', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, PORT: '8080' }).slack?.mode).toEqual({ kind: 'http', signingSecret: SECRET, port: 8080 });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.mode).toEqual({ kind: 'socket', appToken: 'xapp-1' });
  });

  it('adds the trailing slash Slack API URLs need', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api' }).slack?.apiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it('reads CURATORS as a set of user ids, bare or platform-prefixed, and refuses anything else by name', () => {
    expect(loadConfig({}).curators).toEqual(new Set());
    expect(loadConfig({ CURATORS: 'U0123ABCD, discord:80351110224678912 slack:W042' }).curators).toEqual(new Set(['U0123ABCD', 'discord:80351110224678912', 'slack:W042']));
    expect(problems({ CURATORS: '@alice' })).toMatch(/CURATORS: must be Slack or Discord user ids separated by commas/);
    expect(problems({ CURATORS: 'teams:U1' })).toMatch(/CURATORS: must be Slack or Discord user ids/);
  });

  it('names the variable and says why', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN/);
    expect(problems({ SLACK_SIGNING_SECRET: SECRET })).toMatch(/SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET is set/);
    expect(problems({ SLACK_APP_TOKEN: 'xapp-1' })).toMatch(/SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN is set/);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong' })).toMatch(/SLACK_APP_TOKEN: must be an app-level token/);
    expect(problems({ SLACK_COMMAND: 'claims' })).toMatch(/SLACK_COMMAND: must be a slash command name/);
    expect(problems({ PORT: 'eighty' })).toMatch(/PORT: must be a port number/);
    expect(problems({ PORT: '70000' })).toMatch(/PORT: must be a port number/);
    expect(problems({ SLACK_SIGNING_SECRET: 'not hex!' })).toMatch(/SLACK_SIGNING_SECRET: must be the hex signing secret/);
  });
});
