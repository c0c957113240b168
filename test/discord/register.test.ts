import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/adapters/discord/command.js';
import { APP_ID, DiscordEmulator, GUILD_ID } from '../helpers/discord-emulator.js';
import { runEntry } from '../helpers/spawn.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GdEmUl.loopback-only-token-abcdefghijkl';
const SCRIPT = 'src/cli/discord-register.ts';
let discord: DiscordEmulator;

beforeAll(async () => {
  discord = new DiscordEmulator();
  await discord.start();
});
afterAll(() => discord.stop());

describe('npm run discord:register', () => {
  it('registers /claims in one server when DISCORD_GUILD_ID is set', async () => {
    const result = await runEntry(SCRIPT, [], { env: { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: discord.apiUrl } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/available now/);
    const put = discord.rest.find((c) => c.method === 'PUT' && c.path === `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.body).toEqual([...COMMANDS]);
    for (const command of put!.body) expect(command).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
  });

  it('registers globally without a guild id', async () => {
    const result = await runEntry(SCRIPT, [], { env: { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl } });
    expect(result.code).toBe(0);
    expect(discord.rest.some((c) => c.method === 'PUT' && c.path === `/api/v10/applications/${APP_ID}/commands`)).toBe(true);
    expect(result.stdout).toContain(`https://discord.com/oauth2/authorize?client_id=${APP_ID}&integration_type=1&scope=applications.commands`);
  });

  it('names the missing variable', async () => {
    const noToken = await runEntry(SCRIPT, [], { env: { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: APP_ID } });
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/DISCORD_TOKEN: required/);
    const noApp = await runEntry(SCRIPT, [], { env: { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '' } });
    expect(noApp.code).toBe(1);
    expect(noApp.stderr).toMatch(/DISCORD_APPLICATION_ID: required/);
  });
});
