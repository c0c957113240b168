import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, DiscordEmulator } from '../helpers/discord-emulator.js';
import { startMain, waitFor, waitForLog, type RunningProcess } from '../helpers/process.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GdEmUl.loopback-only-token-abcdefghijkl';
let discord: DiscordEmulator;
let bot: RunningProcess;

const repliesTo = (id: string) => discord.messagesTo().filter((c) => c.body.message_reference?.message_id === id);

beforeAll(async () => {
  discord = new DiscordEmulator();
  await discord.start();
  bot = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, PORT: '0' });
  await waitFor(() => (bot.stderr().includes('connected to the gateway') ? true : undefined), `the bot\n${bot.stderr()}`);
});

afterAll(async () => {
  await bot?.stop();
  await discord?.stop();
});

describe('Discord faults', () => {
  it('honours a 429 retry_after on sending and replies exactly once', async () => {
    discord.failures.push({
      match: /^POST \/api\/v10\/channels\/\d+\/messages$/,
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.8, global: false },
    });
    const started = Date.now();
    const id = discord.sendMessage({ content: `<@${BOT_ID}> what does IL26 activate?`, mentions: [BOT_ID] });
    await waitFor(() => (repliesTo(id).length ? true : undefined), 'the reply after the 429');
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    // A later mention answered: the first one's handling (and any retry of its reply) is over.
    const later = discord.sendMessage({ content: `<@${BOT_ID}> who led the study?`, mentions: [BOT_ID], authorId: '900000000000000901' });
    await waitFor(() => (repliesTo(later).length ? true : undefined), 'the later reply');
    expect(repliesTo(id)).toHaveLength(1);
    expect(discord.rest.filter((c) => c.path.endsWith('/messages#failed'))).toHaveLength(1);
  });

  it('reconnects after the gateway drops and answers the next mention', async () => {
    discord.dropGateway(4000);
    await waitFor(() => (discord.identifies >= 2 && discord.connected === 1 ? true : undefined), 'the client to identify again', 20_000);
    await waitForLog(bot, 'discord gateway ready', 2);
    const id = discord.sendMessage({ content: `<@${BOT_ID}> who led the study?`, mentions: [BOT_ID] });
    const [reply] = await waitFor(() => (repliesTo(id).length ? repliesTo(id) : undefined), 'the reply after reconnecting', 15_000);
    expect(reply!.body.embeds[0].description).toContain('Moon Kyung-Sub');
  });

  it('logs a reply that keeps failing and goes on answering the next mention', async () => {
    // Discord answers 500 to every try (discord.js retries 5xx a few times before giving up).
    for (let i = 0; i < 4; i++) discord.failures.push({ match: /^POST \/api\/v10\/channels\/\d+\/messages$/, status: 500, body: { message: 'Internal Server Error', code: 0 } });
    const failed = discord.sendMessage({ content: `<@${BOT_ID}> what does IL26 activate?`, mentions: [BOT_ID] });
    await waitFor(() => (bot.stderr().includes('answering a message failed') ? true : undefined), 'the failure to be logged', 20_000);
    expect(repliesTo(failed)).toHaveLength(0);
    discord.failures.length = 0;
    const next = discord.sendMessage({ content: `<@${BOT_ID}> what does CX3CL1 activate?`, mentions: [BOT_ID] });
    await waitFor(() => (repliesTo(next).length ? true : undefined), 'the next reply');
    expect(bot.child.exitCode).toBeNull();
  });

  it('reports readiness on /healthz when Discord is the only platform', async () => {
    const port = Number(/"port":(\d+)/.exec(bot.stderr())?.[1]);
    const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', adapters: { discord: { state: 'connected' } } });
  });
});
