import { Engine } from './src/core/engine.js';
import { loadLibrary } from './src/core/library.js';
const engine = new Engine(loadLibrary('test/fixtures/papers')) as any;
for (const q of process.argv.slice(2)) {
  const f = engine.analyser.analyse(q, 'bm-caf-il26-2025', false, undefined);
  console.log(q, '=>', f.intent, f.medical, 'def:', engine.definitionAsked(q, f, 'bm-caf-il26-2025'), f.concepts.map((c: any) => `${c.key}${c.covered?'':'(x)'}${c.main?'':'(a)'}${c.lay?'(l)':''}`).join(' '));
}
