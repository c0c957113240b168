/**
 * Words of the field as dictation and ear spell them ("stop kemo or not", "what do the fiber blasts
 * send out", "sis platinum"), or as another language writes them ("xenoinjerto"). Too short or too split for the typo corrector, which only respells
 * single long words, so each is listed here with the word it stands for.
 */
const SPOKEN: Array<[RegExp, string]> = [
  [/\b(?:kemo|keemo|chemmo)(?=\b|therapy)/gi, 'chemo'],
  [/\b(?:sis|cis|siss) ?(?:platinum|platin|platen)\b/gi, 'cisplatin'],
  [/\b(?:fiber|fibre|fibro|fybro) (blast(?:s)?)\b/gi, 'fibro$1'],
  [/\bjack[- ]stat(?:[- ]?(?:three|3))?\b/gi, 'JAK-STAT3'],
  // Not "metastasize": the verb is a word of its own.
  [/\bmetasta(?:cies|sies|sees)\b/gi, 'metastases'],
  [/\bmetastacis\b/gi, 'metastasis'],
  // The field's words as members write them in Spanish, Portuguese, French, Italian or German ("¿qué es un xenoinjerto?").
  [/\b(?:xenoinjertos?|xenoenxertos?|x[ée]nogreffes?|xenotrapianti|xenotrapianto|xenotransplantate?)\b/gi, 'xenograft'],
  [/\b(?:quimioterapia|chimioth[ée]rapie|chemioterapia|chemotherapie)\b/gi, 'chemotherapy'],
  [/\b(?:cisplatino|cisplatine)\b/gi, 'cisplatin'],
  [/\b(?:ratones|camundongos)\b/gi, 'mice'],
  // "IL-something and CX-something": a name half remembered names nothing yet.
  [/\b[a-z]{1,4}-?(?:something|whatever|smth|sth|thingy)\b/gi, ''],
];

/** The text with dictated spellings of the field's words written as the claims write them. */
export function respellSpoken(text: string): string {
  let out = text;
  for (const [pattern, word] of SPOKEN) out = out.replace(pattern, word);
  return out;
}
