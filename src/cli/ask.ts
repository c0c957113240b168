import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { renderText, textOptionsFor } from '../adapters/terminal/render.js';
import { boot, exitOnStartupError, type Booted } from '../boot.js';
import { toJsonContract } from '../core/json.js';
import { Responder } from '../core/respond.js';
import { openStore } from '../store/open.js';

const USAGE = `usage: npm run --silent ask -- [--json] [--paper <paper-id>] [--width <columns>] "<question or command>"
       --width wraps the text answer to that many columns (default: the terminal's width; no wrapping into a pipe)
       with --json and no question, reads one question per line from stdin and prints one JSON object per line`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

// A reader such as `head` closing the pipe early is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: { json: { type: 'boolean', default: false }, paper: { type: 'string' }, width: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
  });
}
try {
  args = parse();
} catch (error) {
  usageError((error as Error).message);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const widthArg = args.values.width;
if (widthArg !== undefined && !/^\d+$/.test(widthArg)) usageError(`--width must be a whole number of columns, not "${widthArg}"`);

let booted: Booted;
try {
  booted = boot();
} catch (error) {
  exitOnStartupError(error);
}
const { live, config } = booted;
// Papers added from the chat are read from the bot's store when there is one, so the CLI answers
// from the same library; nothing is written (no question log, no rate limit).
if (config.databaseUrl || existsSync(config.databasePath)) {
  try {
    const store = await openStore(config);
    try {
      await live.update(await store.storedPaperVersions(), (id) => store.storedPaper(id));
    } finally {
      await store.close();
    }
  } catch (error) {
    process.stderr.write(`Papers added from the chat are left out: the store could not be read (${(error as Error).message}).\n`);
  }
}
const engine = live.current;
const textOptions = { ...textOptionsFor(process.stdout, config.noColor), ...(widthArg !== undefined ? { width: Number(widthArg) } : {}) };
const responder = new Responder(engine);
const paperId = args.values.paper;
if (paperId !== undefined && !engine.library.papers.some((p) => p.data.id === paperId)) {
  usageError(`unknown paper "${paperId}"; known papers: ${engine.library.papers.map((p) => p.data.id).join(', ')}`);
}
// Without --paper, questions go where a channel's would: the library's newest paper ("all: ..." asks every paper).
const scope = paperId ? { paperId } : undefined;
const json = args.values.json;

const answerLine = (text: string) => {
  const answer = responder.respond({ platform: 'cli', conversationId: 'cli', text }, scope);
  return json ? JSON.stringify(toJsonContract(answer)) : renderText(answer, textOptions);
};

const question = args.positionals.join(' ');
if (args.positionals.length > 0) {
  process.stdout.write(`${answerLine(question)}\n`);
} else if (!process.stdin.isTTY) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!json && !line.trim()) continue;
    process.stdout.write(`${answerLine(line)}${json ? '' : '\n'}\n`);
  }
} else {
  usageError('no question given');
}
