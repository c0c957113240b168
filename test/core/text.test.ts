import { describe, expect, it } from 'vitest';
import { cleanInput, tokenize, MAX_QUESTION_CHARS } from '../../src/core/text.js';
import { respellSpoken } from '../../src/core/spellings.js';

describe('cleanInput', () => {
  it('folds unicode compatibility forms and removes invisible characters', () => {
    expect(cleanInput('ＩＬ２６\u200B  activates\u0007 what?').text).toBe('IL26 activates what?');
  });

  it('drops chat mention syntax pasted into a question, keeping the question', () => {
    expect(cleanInput('<@U123ABC> what does IL26 activate?').text).toBe('what does IL26 activate?');
    expect(cleanInput('<!here> <@!4567> <@&890|mods> summary').text).toBe('summary');
    expect(cleanInput('is IL-26 < 5 ng/ml and > 2?').text).toBe('is IL-26 < 5 ng/ml and > 2?');
  });

  it('drops a mention typed as plain text, but not an e-mail address', () => {
    expect(cleanInput('@bot what does IL26 activate?').text).toBe('what does IL26 activate?');
    expect(cleanInput('hey @claims-bot: and the other one?').text).toBe('hey and the other one?');
    expect(cleanInput('write to lab@uni.ac.kr about IL26').text).toBe('write to lab@uni.ac.kr about IL26');
  });

  it('caps long input at a word boundary and says so', () => {
    const long = 'why does IL26 matter '.repeat(100);
    const cleaned = cleanInput(long);
    expect(cleaned.truncated).toBe(true);
    expect(cleaned.text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(cleaned.text.endsWith(' ')).toBe(false);
  });

  it('never splits an emoji surrogate pair when cutting', () => {
    const cleaned = cleanInput('🧬'.repeat(600));
    expect(cleaned.truncated).toBe(true);
    expect(cleaned.text).toBe('🧬'.repeat(MAX_QUESTION_CHARS));
  });
});

describe('tokenize', () => {
  it('splits hyphenated and slashed names into their parts', () => {
    expect(tokenize('IL-26 and JAK/STAT3')).toEqual(['il', '26', 'and', 'jak', 'stat3']);
  });

  it('drops accents but keeps letters of other scripts', () => {
    expect(tokenize('Épithélial α-SMA')).toEqual(['epithelial', 'α', 'sma']);
  });
});

describe('spellings of dictation', () => {
  it('writes the field\'s words as the claims write them, and leaves real words alone', () => {
    expect(respellSpoken('stop kemo or not, sis platinum, fiber blasts, jack stat three, metastacies')).toBe('stop chemo or not, cisplatin, fibroblasts, JAK-STAT3, metastases');
    expect(respellSpoken('does it metastasize to the brain? kemotherapy')).toBe('does it metastasize to the brain? chemotherapy');
  });
});

describe('scripts written without spaces', () => {
  it('splits a name run into Han, kana or Hangul, and leaves Greek letters and dashes in Latin text alone', () => {
    expect(tokenize('EMTって何ですか')).toEqual(['emt', 'って何てすか']);
    expect(tokenize('논문에서 IL26은')[1]).toBe('il26');
    expect(tokenize('α-SMA and PDGFR-β1')).toEqual(['α', 'sma', 'and', 'pdgfr', 'β1']);
  });
});
