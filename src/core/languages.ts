/**
 * Whether a message is written partly in another language than English: members mix their first
 * language into their questions ("simple words mein samjhao, cancer stem cells kya hote hain?",
 * "qual o DOI do artigo?", "CAF là gì vậy?").
 */
// The little words of languages members mix into English (Spanish, Portuguese, French, German, Italian,
// Dutch, Polish, Turkish, Swahili, Vietnamese and Tagalog without their accents, romanised Hindi, Urdu and
// Arabic): none is an English word a question about a paper would use.
const FOREIGN_FUNCTION_WORDS = new Set(
  `que es el los las del por para como pero muy esta este esto una uno unos sobre entre tambien porque cual hay tiene puede
  uma os das dos pelo pela isso esse essa sao nao voce vc vcs artigo qual quais meu minha tem pra pro faz com
  est les une des du ce cette sont avec pour dans pas qui quoi mais tres aussi
  ist der das ein eine nicht und mit auch wie wird sind oder bitte
  che della delle sono anche questo questa cosa favore perche gli nel nella alla dei degli quale quali spiegami
  het een zijn niet ook wat dat
  jest czy sie nie tak czym sa dla ktory jaki jaka
  ne nedir bir bu ile icin mi mu degil nasil neden misin musun midir demek
  kwa na ni nini gani kwenye hii hiyo je au pia sana za wa
  cua la gi khong trong duoc voi nao vay nay cho va cac mot nhung thi khi nhu biet minh
  ano yung ang mga po lang ba sa ito kasi naman
  kya hai hain mein aur ka ki ke ko se nahi bhi yeh woh kaise kyun kuch hota hote
  fel da leh ezay momken wala ana enta fi 3ala kaman bas keda howa heya`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A token (letters and digits only, accents stripped) with a letter outside Latin and Greek: Arabic,
 * Devanagari, Hangul, Han... Code points, not a Unicode-property pattern, whose tables cost a first
 * question tens of milliseconds to build.
 */
function inOtherScript(token: string): boolean {
  for (const ch of token) {
    const cp = ch.codePointAt(0)!;
    const latinOrGreek = cp <= 0x036f || (cp >= 0x0370 && cp <= 0x03ff) || (cp >= 0x1e00 && cp <= 0x1fff);
    if (!latinOrGreek) return true;
  }
  return false;
}

/** One of those little words. */
export const foreignFunctionWord = (token: string): boolean => FOREIGN_FUNCTION_WORDS.has(token);

/** Two of another language's little words, or two words in another script. `tokens` as tokenize gives them. */
export function partlyInAnotherLanguage(tokens: readonly string[]): boolean {
  const otherScript = tokens.filter(inOtherScript).length;
  return otherScript >= 2 || tokens.filter((t) => FOREIGN_FUNCTION_WORDS.has(t)).length >= 2;
}
