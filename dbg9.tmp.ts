import { ask } from './test/helpers/engine.js';
for (const q of process.argv.slice(2)) { const a = ask(q); console.log(q, '|', a.reason, a.summary.slice(0, 200)); }
