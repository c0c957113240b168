import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_MESSAGE_COMMAND, CLAIMS_COMMAND } from '../../src/adapters/discord/command.js';
import { DiscordEmulator } from '../helpers/discord-emulator.js';
import { startMain, tempDatabase, waitFor, type RunningProcess } from '../helpers/process.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GdEmUl.loopback-only-token-abcdefghijkl';
let discord: DiscordEmulator;
let bot: RunningProcess;

beforeAll(async () => {
  discord = new DiscordEmulator();
  await discord.start();
  bot = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, DATABASE_PATH: tempDatabase(), PORT: '0' });
  await waitFor(() => (bot.stderr().includes('connected to the gateway') ? true : undefined), `the bot to connect\n${bot.stderr()}`);
});

afterAll(async () => {
  await bot?.stop();
  await discord?.stop();
});

const callbackOf = (call: { id: string; token: string }) => waitFor(() => discord.callback(call), `the callback for ${call.id}\n${bot.stderr()}`);

describe('Discord: installable anywhere, autocomplete and the message command (real client, loopback)', () => {
  it('registers /claims and the message command for server and user installs, usable in servers, bot DMs and private channels', () => {
    for (const command of [CLAIMS_COMMAND, ASK_MESSAGE_COMMAND]) {
      expect(command.integration_types).toEqual([0, 1]);
      expect(command.contexts).toEqual([0, 1, 2]);
      expect(command).not.toHaveProperty('dm_permission');
    }
    expect(ASK_MESSAGE_COMMAND.type).toBe(3);
    expect(CLAIMS_COMMAND.options[0]).toMatchObject({ name: 'question', autocomplete: true });
  });

  it('completes a question as it is typed: what was typed, matching topics and commands, then matching claims; at most 25', async () => {
    const call = discord.sendAutocomplete('cx3cl1');
    const callback = await callbackOf(call);
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]).toEqual({ name: 'cx3cl1', value: 'cx3cl1' });
    expect(choices.some((c) => c.value === 'source cx3cl1-both-pathways')).toBe(true);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    const empty = await callbackOf(discord.sendAutocomplete(''));
    expect((empty.body.data.choices as Array<{ value: string }>).map((c) => c.value)).toEqual(expect.arrayContaining(['summary', 'discuss']));
    const huge = await callbackOf(discord.sendAutocomplete(`<@&1> ${'IL26 '.repeat(400)}`));
    expect(huge.body.data.choices.length).toBeLessThanOrEqual(25);
    for (const c of huge.body.data.choices) expect(c.value.length).toBeLessThanOrEqual(100);
  });

  it('offers the library\'s papers for the paper option and answers that paper this once, naming a wrong one', async () => {
    expect(CLAIMS_COMMAND.options.find((o) => o.name === 'paper')).toMatchObject({ type: 3, required: false, autocomplete: true });
    const offered = await callbackOf(discord.sendAutocomplete('2017', { option: 'paper' }));
    expect(offered.body.data.choices).toEqual([{ name: 'Lung CAFs, IL-6/STAT3 and metastatic potential (2017) (caf-il6-stat3-2017)', value: 'caf-il6-stat3-2017' }]);
    const all = await callbackOf(discord.sendAutocomplete('', { option: 'paper' }));
    expect(all.body.data.choices.map((c: { value: string }) => c.value)).toEqual(['bm-caf-il26-2025', 'caf-il6-stat3-2017']);

    const answered = await callbackOf(discord.sendCommand('what did blocking the signal reverse?', undefined, 'caf-il6-stat3-2017'));
    expect(answered.body.data.embeds[0].description).toMatch(/IL-6/);
    expect(JSON.stringify(answered.body.data.embeds)).toContain('Oncotarget');
    const wrong = await callbackOf(discord.sendCommand('what does IL26 activate?', undefined, 'no-such-paper'));
    expect(JSON.stringify(wrong.body.data)).toContain('There is no paper \\"no-such-paper\\"');
  });

  it('answers "Ask about this message" privately with the message text as the question, in a server and in a user-installed DM', async () => {
    const call = discord.sendMessageCommand('Does IL26 activate JAK-STAT3 in these cells?');
    const callback = await callbackOf(call);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(64);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(callback.body.data.embeds[0].title).toBe('Does IL26 activate JAK-STAT3 in these cells?');
    expect(callback.body.data.embeds[0].description).toMatch(/\\\[1\\\]/);

    const dm = await callbackOf(discord.sendMessageCommand('what does CX3CL1 activate?', { dm: true }));
    expect(dm.body.data.embeds[0].description).toMatch(/AKT\\?-mTOR/);

    const blank = await callbackOf(discord.sendMessageCommand('   '));
    expect(blank.body.data.content).toMatch(/no text to ask about/);
    expect(blank.body.data.flags).toBe(64);
  });
});
