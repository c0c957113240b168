import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, BOT_ID, CHANNEL_ID, DiscordEmulator, GUILD_ID, nextId } from '../helpers/discord-emulator.js';
import { startMain, waitFor, type RunningProcess } from '../helpers/process.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GdEmUl.loopback-only-token-abcdefghijkl';
let discord: DiscordEmulator;
let bot: RunningProcess;

const repliesTo = (id: string) => discord.messagesTo().filter((c) => c.body.message_reference?.message_id === id);
const healthPort = () => Number(/"port":(\d+)/.exec(bot.stderr())?.[1]);
const health = async () => {
  const res = await fetch(`http://127.0.0.1:${healthPort()}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; adapters: Record<string, { state: string; reason?: string }> } };
};

beforeAll(async () => {
  discord = new DiscordEmulator();
  await discord.start();
  bot = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, PORT: '0', RATE_LIMIT_PER_MINUTE: '2' });
  await waitFor(() => (bot.stderr().includes('connected to the gateway') ? true : undefined), () => `the bot\n${bot.stderr()}`);
});

afterAll(async () => {
  await bot?.stop();
  await discord?.stop();
});

describe('Discord gateway events that once ended the process', () => {
  it('ignores an INTERACTION_CREATE without member or user and goes on answering', async () => {
    const id = nextId();
    discord.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type: 2,
      token: `interaction-token-${id}`,
      version: 1,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'journal-club' },
      app_permissions: '0',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      data: { id: nextId(), name: 'claims', type: 1, options: [{ name: 'question', type: 3, value: 'IL26?' }] },
    });
    const message = discord.sendMessage({ content: `<@${BOT_ID}> what does IL26 activate?`, mentions: [BOT_ID], authorId: '900000000000000031' });
    await waitFor(() => (repliesTo(message).length ? true : undefined), () => `the next reply\n${bot.stderr()}`);
    expect(bot.child.exitCode).toBeNull();
  });
});

describe('one user cannot hurt others on Discord', () => {
  it('answers a flooder up to the limit and tells them once per window', async () => {
    const flooder = '900000000000000032';
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(discord.sendMessage({ content: `<@${BOT_ID}> what does IL26 activate? ${i}`, mentions: [BOT_ID], authorId: flooder }));
    const bystander = discord.sendMessage({ content: `<@${BOT_ID}> who led the study?`, mentions: [BOT_ID], authorId: '900000000000000033' });
    await waitFor(() => (repliesTo(bystander).length ? true : undefined), 'the bystander\'s reply');
    // The flooder's messages arrived first, so they have been handled too.
    await waitFor(() => (ids.filter((id) => repliesTo(id).length > 0).length >= 3 ? true : undefined), () => `the flooder's replies\n${bot.stderr()}`);
    const replies = ids.flatMap(repliesTo);
    const notices = replies.filter((r) => JSON.stringify(r.body).includes('asking faster'));
    expect(replies.length - notices.length).toBe(2);
    expect(notices).toHaveLength(1);
  });
});

describe('health tells the truth about the gateway', () => {
  it('turns /healthz non-200, with the reason, when Discord closes the gateway for good (4004)', async () => {
    expect((await health()).status).toBe(200);
    discord.dropGateway(4004);
    const report = await waitFor(
      async () => {
        const h = await health();
        return h.status !== 200 ? h : undefined;
      },
      () => `a non-200 health check\n${bot.stderr()}`,
      30_000,
    );
    expect(report.status).toBe(503);
    expect(report.body.adapters.discord!.state).toBe('down');
    expect(report.body.adapters.discord!.reason).toMatch(/4004/);
    expect(bot.child.exitCode).toBeNull();
  }, 40_000);
});
