import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/adapters/discord/render.js';
import { BOT_ID, CHANNEL_ID, DiscordEmulator, GUILD_ID, OTHER_BOT_ID, ROLE_ID, USER_ID } from '../helpers/discord-emulator.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { freePort, startMain, tempDatabase, waitFor, waitForLog, type RunningProcess } from '../helpers/process.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GdEmUl.loopback-only-token-abcdefghijkl';
let discord: DiscordEmulator;
let bot: RunningProcess;
const database = tempDatabase();

async function replyTo(messageId: string) {
  return waitFor(() => discord.messagesTo().find((c) => c.body.message_reference?.message_id === messageId), `a reply to ${messageId}\n${bot.stderr()}`);
}

/**
 * A person's mention sent after the events under test, and its reply: the gateway delivers in order,
 * so once this is answered everything before it has been handled (or passed over).
 */
let barriers = 0;
async function barrier(): Promise<void> {
  // From someone else: the barrier must not use up the test user's questions a minute.
  await replyTo(discord.sendMessage({ content: `<@${BOT_ID}> who led the study?`, mentions: [BOT_ID], authorId: `9000000000000009${String(++barriers).padStart(2, '0')}` }));
}

beforeAll(async () => {
  discord = new DiscordEmulator();
  await discord.start();
  bot = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, DATABASE_PATH: database, PORT: '0' });
  await waitFor(() => (bot.stderr().includes('connected to the gateway') ? true : undefined), `the bot to connect\n${bot.stderr()}`);
});

afterAll(async () => {
  await bot?.stop();
  await discord?.stop();
});

describe('Discord: the real discord.js client against a loopback emulator', () => {
  it('logs in through GET /gateway/bot and identifies with only the intents it needs', () => {
    expect(discord.rest.some((c) => c.path === '/api/v10/gateway/bot')).toBe(true);
    expect(discord.identifies).toBe(1);
    // Guilds (1) | GuildMessages (512) | GuildMessageReactions (1024) | DirectMessages (4096) |
    // DirectMessageReactions (8192); no privileged Message Content (32768).
    expect(discord.identifyPayloads[0].intents).toBe(1 | 512 | 1024 | 4096 | 8192);
  });

  it('answers a mention with exactly one cited embed reply that references the question and pings nobody', async () => {
    const id = discord.sendMessage({ content: `<@${BOT_ID}> what does IL26 activate?`, mentions: [BOT_ID] });
    const reply = await replyTo(id);
    await barrier();
    expect(discord.messagesTo().filter((c) => c.body.message_reference?.message_id === id)).toHaveLength(1);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = reply.body.embeds;
    expect(embed.title).toBe('what does IL26 activate?');
    expect(embed.description).toMatch(/JAK\\?-STAT3 pathway in NSCLC cells \\\[1\\\]\\\[2\\\]\./);
    expect(embed.fields[0].name).toBe('Sources');
    expect(embed.fields[0].value).toContain('(https://doi.org/10.1186/s40164-025-00713-9)');
    expect(discord.rest.some((c) => c.path === `/api/v10/channels/${CHANNEL_ID}/typing`)).toBe(true);
  });

  it('continues the conversation when someone presses Reply on an answer, without typing the mention', async () => {
    // Another member, so the suite's questions stay under one person's per-minute limit.
    const authorId = '300000000000000001';
    const first = discord.sendMessage({ content: `<@${BOT_ID}> what does IL26 activate?`, mentions: [BOT_ID], authorId });
    await replyTo(first);
    const followUp = discord.sendMessage({ content: 'and CX3CL1?', replyToBot: true, authorId });
    const reply = await replyTo(followUp);
    expect(reply.body.embeds[0].description).toMatch(/CX3CL1/);
    expect(reply.body.embeds[0].description).toMatch(/AKT-mTOR/);
    // A reply to someone else's message, with no mention, is not the bot's business.
    const chatter = discord.sendMessage({ content: 'and CX3CL1?', authorId });
    await barrier();
    expect(discord.messagesTo().some((c) => c.body.message_reference?.message_id === chatter)).toBe(false);
  });

  it('runs every shared command after the mention', async () => {
    const id = discord.sendMessage({ content: `<@!${BOT_ID}> define EMT`, mentions: [BOT_ID] });
    const reply = await replyTo(id);
    expect(reply.body.embeds[0].description).toMatch(/^EMT \(epithelial–mesenchymal transition\):/);
  });

  it('answers a delivered-twice message once', async () => {
    const id = discord.sendMessage({ content: `<@${BOT_ID}> who led the study?`, mentions: [BOT_ID] });
    await replyTo(id);
    // The same MESSAGE_CREATE again, as after a gateway replay.
    discord.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: CHANNEL_ID,
      guild_id: GUILD_ID,
      author: { id: USER_ID, username: 'ada', discriminator: '0', global_name: null, avatar: null },
      content: `<@${BOT_ID}> who led the study?`,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [{ id: BOT_ID, username: 'claims', discriminator: '0', bot: true }],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
    await barrier();
    expect(discord.messagesTo().filter((c) => c.body.message_reference?.message_id === id)).toHaveLength(1);
  });

  it('ignores messages that do not mention it directly, @everyone, role mentions and other bots', async () => {
    const before = discord.messagesTo().length;
    discord.sendMessage({ content: 'what does IL26 activate?' });
    discord.sendMessage({ content: '@everyone what does IL26 activate?', everyone: true });
    discord.sendMessage({ content: `<@&${ROLE_ID}> what does IL26 activate?`, mentionRoles: [ROLE_ID] });
    discord.sendMessage({ content: `<@${BOT_ID}> what does IL26 activate?`, mentions: [BOT_ID], authorId: OTHER_BOT_ID, bot: true });
    discord.sendMessage({ content: `<@${BOT_ID}> echo`, mentions: [BOT_ID], authorId: BOT_ID, bot: true });
    await barrier();
    expect(discord.messagesTo().length).toBe(before + 1);
  });

  it('never turns @everyone or a role typed into a question into a live ping', async () => {
    const id = discord.sendMessage({ content: `<@${BOT_ID}> @everyone <@&${ROLE_ID}> does IL26 cause Alzheimer's?`, mentions: [BOT_ID], everyone: true, mentionRoles: [ROLE_ID] });
    const reply = await replyTo(id);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
    expect(JSON.stringify(reply.body)).not.toMatch(/@everyone|<@&/);
  });

  it('keeps a broad question within the limits', async () => {
    const id = discord.sendMessage({ content: `<@${BOT_ID}> claims`, mentions: [BOT_ID] });
    const reply = await replyTo(id);
    const embeds = reply.body.embeds as Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }> }>;
    expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    const total = embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0), 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.messageTotal);
    for (const e of embeds) {
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  });

  it('answers a DM without a mention', async () => {
    const dmChannel = '900000000000000099';
    discord.sendMessage({ content: 'what is the impact factor?', guild: false, channelId: dmChannel });
    const reply = await waitFor(() => discord.messagesTo(dmChannel)[0], 'the DM reply');
    expect(reply.body.embeds[0].description).toContain('13.5');
  });

  it('acknowledges and answers the /claims command, ephemeral by default and public on request', async () => {
    const privateCall = discord.sendCommand('which cells secrete IL26?');
    const callback = await waitFor(() => discord.rest.find((c) => c.path === `/api/v10/interactions/${privateCall.id}/${privateCall.token}/callback`), 'the interaction callback');
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(64);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(callback.body.data.embeds[0].description).toMatch(/BM\\?-CAFs/);
    expect(JSON.stringify(callback.body.data.embeds)).toMatch(/press article's fourth paragraph/);

    const publicCall = discord.sendCommand('summary', true);
    const pub = await waitFor(() => discord.rest.find((c) => c.path === `/api/v10/interactions/${publicCall.id}/${publicCall.token}/callback`), 'the public callback');
    expect(pub.body.data.flags ?? 0).toBe(0);
  });

  it('counts a 👍 reaction on its answer as feedback for that paper, and ignores other emoji', async () => {
    const id = discord.sendMessage({ content: `<@${BOT_ID}> what does CX3CL1 activate?`, mentions: [BOT_ID] });
    const reply = await replyTo(id);
    // The reply is remembered just after it is sent: wait until it is, as a reaction could come that soon.
    await waitFor(async () => {
      const store = openSqliteStore(database);
      try {
        return await store.findAnswerMessage('discord', reply.response.id);
      } finally {
        await store.close();
      }
    }, 'the reply to be remembered');
    discord.react(reply.response.id, '🎉');
    discord.react(reply.response.id, '👍');
    const since = new Date(Date.now() - 60_000);
    const votes = async () => {
      const store = openSqliteStore(database);
      try {
        const row = (await store.activity(since)).find((a) => a.paperId === 'bm-caf-il26-2025');
        return row && row.up + row.down > 0 ? { up: row.up, down: row.down } : undefined;
      } finally {
        await store.close();
      }
    };
    // 🎉 came first and is passed over at once; the 👍 is the one feedback line.
    await waitForLog(bot, 'feedback received');
    expect(await votes()).toEqual({ up: 1, down: 0 });
  });

  it('shuts down cleanly on SIGTERM', async () => {
    expect(await bot.stop('SIGTERM')).toBe(0);
  });
});

describe('Discord configuration errors name the variable', () => {
  it('a malformed token', async () => {
    const p = startMain({ DISCORD_TOKEN: 'not-a-token' });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/DISCORD_TOKEN: must be the bot token/);
  });

  it('a token Discord rejects', async () => {
    const emulator = new DiscordEmulator();
    await emulator.start();
    emulator.failures.push({ match: /GET \/api\/v10\/gateway\/bot/, status: 401, body: { message: '401: Unauthorized', code: 0 } });
    try {
      const p = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl });
      expect(await p.exited).toBe(1);
      expect(p.stderr()).toMatch(/DISCORD_TOKEN was not accepted by Discord/);
      expect(p.stderr()).not.toContain(TOKEN);
    } finally {
      await emulator.stop();
    }
  });

  it('an unreachable Discord is not blamed on the token', async () => {
    const closed = await freePort();
    const p = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: `http://127.0.0.1:${closed}/api` });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/Could not reach Discord at http:\/\/127\.0\.0\.1:\d+\/api \(ECONNREFUSED\)/);
    expect(p.stderr()).toMatch(/firewall or proxy/);
    expect(p.stderr()).not.toMatch(/not accepted/);
    expect(p.stderr()).not.toContain(TOKEN);
  });
});
