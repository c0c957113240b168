import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CROSSREF_DEFAULT_URL, EUROPE_PMC_DEFAULT_URL } from './ingest/europe-pmc.js';

/** The environment, read once and validated here; everything else receives typed objects. */

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/papers', import.meta.url));
const DEFAULT_DATABASE_PATH = fileURLToPath(new URL('../var/claims.db', import.meta.url));

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

const envSchema = z.object({
  DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).optional(),
  DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE_PATH),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/claims')
    .optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: 'must be a whole number (0 turns the limit off)' }).int().min(0, 'must be 0 or more').default(10),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535, 'must be a port number (0-65535)').default(3000),
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must be a bot token (starts with xoxb-; find it under OAuth & Permissions)').optional(),
  SLACK_SIGNING_SECRET: z.string().regex(/^[0-9a-f]{16,}$/i, 'must be the hex signing secret from Basic Information > App Credentials').optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'must be an app-level token (starts with xapp-) with the connections:write scope').optional(),
  SLACK_COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]{1,31}$/, 'must be a slash command name such as /claims (lowercase, no spaces)')
    .default('/claims'),
  SLACK_API_URL: z.url({ error: 'must be a URL such as https://slack.com/api/' }).optional(),
  SLACK_HOOKS_URL: z.url({ error: 'must be a URL such as https://hooks.slack.com/' }).default('https://hooks.slack.com/'),
  DISCORD_TOKEN: z
    .string()
    .regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'must be the bot token from the Developer Portal (Bot > Reset Token), three dot-separated parts')
    .optional(),
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{15,21}$/, 'must be the numeric Application ID (General Information)').optional(),
  DISCORD_GUILD_ID: z.string().regex(/^\d{15,21}$/, 'must be a numeric server (guild) id').optional(),
  DISCORD_API_URL: z.url({ error: 'must be a URL such as https://discord.com/api' }).optional(),
  DISCORD_REPLY_PING: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  // The informal standard (no-color.org): any non-empty value turns colour off in the terminal.
  NO_COLOR: z.string().optional(),
  CURATORS: z
    .string()
    .regex(/^(?:(?:slack:|discord:)?[A-Za-z0-9]+)(?:\s*[,\s]\s*(?:(?:slack:|discord:)?[A-Za-z0-9]+))*$/, 'must be Slack or Discord user ids separated by commas, e.g. U0123ABCD,discord:80351110224678912')
    .optional(),
  EUROPE_PMC_URL: z.url({ error: 'must be a URL such as https://www.ebi.ac.uk/europepmc/webservices/rest' }).default(EUROPE_PMC_DEFAULT_URL),
  CROSSREF_URL: z.url({ error: 'must be a URL such as https://api.crossref.org' }).default(CROSSREF_DEFAULT_URL),
});

export interface SlackConfig {
  botToken: string;
  mode: { kind: 'http'; signingSecret: string; port: number } | { kind: 'socket'; appToken: string };
  command: string;
  /** Web API base URL, ending in a slash */
  apiUrl?: string;
  /** where response_url may point (Slack's hooks host); a signed payload naming any other host is not followed */
  hooksUrl: string;
}

export interface DiscordConfig {
  token: string;
  applicationId?: string;
  guildId?: string;
  /** REST base URL without the version, e.g. https://discord.com/api */
  apiUrl?: string;
  /** ping the asker when replying (off: the reply still references the question) */
  replyPing: boolean;
}

/** Where paper:add (and a chat `add`) fetch open-access articles and their metadata. */
export interface IngestConfig {
  europePmcUrl: string;
  crossrefUrl: string;
}

export interface Config {
  dataDir: string;
  /** CURATORS: who may add, remove and publish papers from the chat; empty: the platforms' administrators */
  curators: ReadonlySet<string>;
  ingest: IngestConfig;
  logLevel: LogLevel;
  /** NO_COLOR set: the terminal shows no colour or bold even on a TTY */
  noColor: boolean;
  port: number;
  /** questions per user per minute on the chat platforms; 0 = no limit */
  rateLimitPerMinute: number;
  /** SQLite file, used when no databaseUrl is set */
  databasePath: string;
  /** PostgreSQL, for hosts with a wiped disk or several instances */
  databaseUrl?: string;
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== '').map(([k, v]) => [k, v!.trim()]));

type Env = z.infer<typeof envSchema>;

function slackConfig(e: Env, problems: string[]): SlackConfig | undefined {
  if (!e.SLACK_BOT_TOKEN) {
    if (e.SLACK_SIGNING_SECRET) problems.push('SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET is set (the bot token is how replies are posted)');
    if (e.SLACK_APP_TOKEN) problems.push('SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN is set (Socket Mode still posts with the bot token)');
    return undefined;
  }
  const base = { botToken: e.SLACK_BOT_TOKEN, command: e.SLACK_COMMAND, hooksUrl: e.SLACK_HOOKS_URL.replace(/\/?$/, '/'), ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL.replace(/\/?$/, '/') } : {}) };
  if (e.SLACK_APP_TOKEN) return { ...base, mode: { kind: 'socket', appToken: e.SLACK_APP_TOKEN } };
  if (e.SLACK_SIGNING_SECRET) return { ...base, mode: { kind: 'http', signingSecret: e.SLACK_SIGNING_SECRET, port: e.PORT } };
  problems.push(
    'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN for HTTP mode, so requests can be verified as coming from Slack (or set SLACK_APP_TOKEN for Socket Mode)',
  );
  return undefined;
}

function discordConfig(e: Env): DiscordConfig | undefined {
  if (!e.DISCORD_TOKEN) return undefined;
  return {
    token: e.DISCORD_TOKEN,
    replyPing: e.DISCORD_REPLY_PING === 'true',
    ...(e.DISCORD_APPLICATION_ID ? { applicationId: e.DISCORD_APPLICATION_ID } : {}),
    ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
    ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const slack = slackConfig(e, problems);
  const discord = discordConfig(e);
  if (problems.length > 0) throw new ConfigError(problems);
  const ingest = { europePmcUrl: e.EUROPE_PMC_URL.replace(/\/+$/, ''), crossrefUrl: e.CROSSREF_URL.replace(/\/+$/, '') };
  const curators = new Set((e.CURATORS ?? '').split(/[\s,]+/).filter(Boolean));
  // The terminal chat shares its screen with the logs: there they say only what needs attention.
  const logLevel = e.LOG_LEVEL ?? (slack || discord ? 'info' : 'warn');
  return { dataDir: e.DATA_DIR, curators, ingest, logLevel, noColor: Boolean(e.NO_COLOR), port: e.PORT, rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE, databasePath: e.DATABASE_PATH, ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}), ...(slack ? { slack } : {}), ...(discord ? { discord } : {}) };
}
