/**
 * Personal medical questions: the bot never advises on a person's care. A journal club sometimes
 * has a patient's relative in it, and a question such as "should my mother stop her chemo?" must
 * get a kind decline, not drug-resistance claims. Research questions about doses or patients in
 * the study ("what cisplatin dose did the mice get?") are not advice and are answered as usual.
 */

// Someone's own care: a relative, the asker, or "my patient".
const RELATIVE = /\b(?:my|our|his|her|their)\s+(?:(?:\w+\s)?(?:mother|mom|mum|mommy|mummy|father|dad|daddy|wife|husband|partner|spouse|son|daughter|brother|sister|aunt|auntie|uncle|cousin|niece|nephew|grandma|grandmother|granny|grandpa|grandfather|friend|girlfriend|boyfriend|fianc[eé]e?|kid|child|children|baby|family|relative|colleague|neighbou?r|patient|patients|parents?|in-laws?|sibling|boss))(?:'s)?\b/;
const SELF = /\b(?:i|i'm|im|i've|ive|i'd|me|my|myself|we|us)\b/;
const CONDITION = /\b(?:cancer|tumou?rs?|mets|metastas[ie]s|metastatic|nsclc|lung|brain|diagnos\w*|chemo\w*|radiation|radiotherapy|treatment|therapy|therapies|drugs?|medicines?|medications?|meds|pills?|tablets?|supplements?|trials?|oncologist|doctor|physician|surgeon|scan|mri|ct|spot|lesions?|sick|ill|illness|disease|arthritis|prognosis|levels|tested|blood test|left to live|survive|surviving|dying|inhibitor|antibod(?:y|ies)|osimertinib|cisplatin|immunotherapy|surgery|operation|relapse)\b/;
const DECISION = /\b(?:should|shall|could|can|would|will|must|need to|ought to|is it (?:safe|ok|okay|worth|wise|better)|do you (?:think|recommend)|would you|is there (?:a|any) (?:pill|drug|medicine|treatment|supplement|cure))\b/;
const OWN_HEALTH = /\b(?:i have|i've got|ive got|i had|i am on|i'm on|im on|i take|i'm taking|im taking|i was diagnosed|my (?:cancer|tumou?r|mets|treatment|chemo|scan|mri|doctor|oncologist|levels|results|diagnosis|prognosis|condition|disease|lungs?|brain|body|health)|for me\b|help me\b|protect me|to me\b|i could (?:buy|get|take|order|use)|can i (?:buy|get|take|order|join|enrol|enroll|sign up)|where (?:can|could|do) (?:i|we) (?:buy|get|find|order))/;
const PURCHASE = /\b(?:buy|purchase|order|get hold of|where to get|prescri\w*|over the counter|otc)\b.*\b(?:pill|drug|medicine|antibod(?:y|ies)|inhibitor|supplement|treatment|blocker|it)\b/;
const CARE_ADVICE = /\b(?:(?:what|which) (?:dose|dosage)|how much \w+ (?:should|to) (?:take|give)|(?:works?|work) best for|best (?:treatment|drug|therapy|option)s? for|recommended (?:dose|treatment|drug)|should (?:be|patients be) (?:treated|given)|how (?:should|do you|to) treat|is it safe to (?:take|use|give|stop|start)|treatment options? for|join (?:a|the) (?:clinical )?trial|get into (?:a|the) (?:clinical )?trial|enrol\w* in (?:a|the) (?:clinical )?trial|sign up for (?:a|the) (?:clinical )?trial)\b/;
// Questions about what the study did are research questions even when they mention doses or patients.
const ABOUT_STUDY = /\b(?:they|the (?:study|paper|authors|team|researchers|mice|animals|experiment)|in the (?:study|paper|experiments?|mice)|did the|were the mice|was the)\b/;

export function isPersonalMedical(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (RELATIVE.test(lower) && (CONDITION.test(lower) || DECISION.test(lower))) return true;
  if (OWN_HEALTH.test(lower) && (CONDITION.test(lower) || PURCHASE.test(lower))) return true;
  if (SELF.test(lower) && PURCHASE.test(lower)) return true;
  if (SELF.test(lower) && DECISION.test(lower) && /\b(?:stop|stopping|start|starting|take|taking|switch|quit|skip|refuse|continue|get|ask|try|tested)\b/.test(lower) && CONDITION.test(lower)) return true;
  if (CARE_ADVICE.test(lower) && !ABOUT_STUDY.test(lower)) return true;
  return false;
}
