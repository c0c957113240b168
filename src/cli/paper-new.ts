import { main } from './paper-add.js';

/**
 * npm run paper:new -- --id <paper-id> --source article.txt [--title … --journal … --date … --doi …]
 * The older name of `paper:add -- --text FILE`: a press article (text or HTML) as a draft to
 * rewrite in our own words. Kept so existing notes and scripts keep working.
 */
const argv: string[] = [];
const given = process.argv.slice(2);
for (let i = 0; i < given.length; i++) {
  const arg = given[i]!;
  if (arg === '--kind') i++; // the source is a press article; a paper's own text goes through --jats or --pdf
  else if (arg.startsWith('--kind=')) continue;
  else argv.push(arg === '--source' ? '--text' : arg.replace(/^--source=/, '--text='));
}
await main(argv);
