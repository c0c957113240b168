import { Engine } from './src/core/engine.js';
import { loadLibrary } from './src/core/library.js';
import { Responder } from './src/core/respond.js';
const engine = new Engine(loadLibrary('test/fixtures/papers')) as any;
const r = new Responder(engine);
for (const q of process.argv.slice(2)) {
  const prev = r['conversations'].lastTurn('d');
  const f = engine.analyser.analyse(q, 'bm-caf-il26-2025', false, prev);
  console.log('FRAME', q, f.intent, f.medical, f.request, 'follow', f.followUp, f.concepts.map((c: any) => `${c.key}${c.generic?'(g)':''}${c.covered?'':'(x)'}${c.main?'':'(aside)'}`).join(' '));
  const a = r.respond({ platform: 'cli', conversationId: 'd', text: q });
  console.log('  ', a.reason, a.summary.slice(0, 300), '|', [...new Set(a.citations.map((c: any) => c.claimId))].join(', '));
}
