import { performance } from 'node:perf_hooks';
import { completions } from '../src/core/completions.js';
import { Engine } from '../src/core/engine.js';
import type { Library } from '../src/core/types.js';

/** Questions as members type them into Discord's /claims box; every keystroke asks for choices. */
const TYPED = [
  'why do brain metastases resist chemo?',
  'what does IL26 activate?',
  'which cells secrete CX3CL1',
  'what happened in the mice',
  'how many patients',
  'limitations',
  'is this ready for patients?',
  'summ',
  'what is EMT',
  'did blocking IL26 work in animals?',
];

export interface AutocompleteTiming {
  calls: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Discord gives an autocomplete reply 3 s but a box that lags feels broken; the target is 100 ms a
 * keystroke. Times `completions` (what the Discord adapter calls) on every prefix of TYPED.
 */
export function measureAutocomplete(library: Library): AutocompleteTiming {
  const engine = new Engine(library);
  engine.warmUp();
  const paperId = library.papers[0]!.data.id;
  const times: number[] = [];
  for (const question of TYPED) {
    for (let end = 1; end <= question.length; end++) {
      const start = performance.now();
      completions(engine, question.slice(0, end), paperId);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { calls: times.length, p50: at(0.5), p95: at(0.95), max: times[times.length - 1]! };
}
