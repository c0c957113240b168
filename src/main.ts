import { startTerminalChat } from './adapters/terminal/chat.js';
import { boot, exitOnStartupError, type Booted } from './boot.js';

let booted: Booted;
try {
  booted = boot();
} catch (error) {
  exitOnStartupError(error);
}

await startTerminalChat({ engine: booted.engine, responder: booted.responder });
