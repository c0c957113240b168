import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { ASK_MESSAGE_COMMAND, CLAIMS_COMMAND, COMMANDS } from '../adapters/discord/command.js';
import { ConfigError, loadConfig } from '../config.js';
import { scrubSecrets } from '../log.js';

/** Registers the /claims application command with Discord: per guild (instant) or globally. */
loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}
const discord = config.discord;
if (!discord) fail('DISCORD_TOKEN: required to register the /claims command (the bot token from the Developer Portal)');
if (!discord.applicationId) fail('DISCORD_APPLICATION_ID: required to register the /claims command (General Information > Application ID)');

const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
const route = discord.guildId ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId) : Routes.applicationCommands(discord.applicationId);
try {
  await rest.put(route, { body: COMMANDS });
} catch (error) {
  fail(`Discord refused the registration: ${scrubSecrets((error as Error).message)}`);
}
process.stdout.write(
  discord.guildId
    ? `Registered /${CLAIMS_COMMAND.name} and "${ASK_MESSAGE_COMMAND.name}" in server ${discord.guildId}; they are available now.\n`
    : `Registered /${CLAIMS_COMMAND.name} and "${ASK_MESSAGE_COMMAND.name}" globally; Discord can take up to an hour to show them everywhere.\n` +
        `Install for yourself (any server or DM): https://discord.com/oauth2/authorize?client_id=${discord.applicationId}&integration_type=1&scope=applications.commands\n`,
);
