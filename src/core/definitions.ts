import type { AliasTable } from './aliases.js';
import type { Frame, Turn } from './analyse.js';
import { looksLikeName } from './coverage.js';
import { IN_GENERAL, readIntent } from './intent.js';
import { inSpacelessScript, tokenize } from './text.js';
import type { GlossaryEntry, Paper } from './types.js';
import { EVERYDAY_RANK, FILLER_RANK, EVERYDAY_SUBJECTS } from './words.js';

const QUOTED = /(?:^|\s)['"‘“]([^'"’”]{2,40})['"’”](?=[\s.,?!]|$)/g;
const QUOTED_ASKED = /\b(?:say|says|said|call|calls|write|writes)\s+['"‘“][^'"’”]{2,40}['"’”],?\s+(?:is|are|does|do)\s+(?:it|that|this|they)\b|\bwhat(?:'s| is| are|s) (?:that|this|it|they)\b|\bwhat (?:does|do) (?:that|this|it|they) (?:\w+ )?mean\b|\b(?:does|do) (?:that|this|it|they) (?:just |really |basically |simply |actually )?mean\b|^\W*(?:what(?:'s| is| are)|whats) (?:a |an |the )?['"‘“]/i;
const DEFINITION_TAIL = /\bis (?:that|this|it) what (?:they mean by |people call |you call )?['"‘“]?([^'"’”?]+?)['"’”]? (?:is|means|is called)\b/i;
export const DEFINITION_OPENING = /^(?:[\w' -]{1,40}[:,]\s*)?(?:(?:ok |okay |so |sorry,? )?(?:dumb|stupid|silly|basic|naive|noob|newbie) (?:question|qn|q),?\s*(?:but |-|:)?\s*)?(?:eli5:?\s*|explain like i'?m (?:5|five|12|twelve|a kid|a child)[:,]?\s*)?(?:in (?:simple|plain|easy|layman'?s?|normal) (?:words?|terms|english),?\s*)?(?:so |ok(?:ay)?,? |sorry,? |quick one:? )?(?:what(?:'s| is| are)|whats|what even (?:is|are)|what exactly (?:is|are)|what on earth (?:is|are)|wtf (?:is|are)|explain|define|meaning of|o que (?:é|e|são|sao) |(?:¿\s*)?qu[ée] (?:es|son|significa)|qu'est-ce que(?: c'est)?|c'est quoi|was (?:ist|sind|bedeutet)|(?:che )?cos(?:'è |a è |a significa|a sono )|(?:spiegami|spiegatemi|expl[ií]ca(?:me)?|explique(?:-moi)?|erklär(?:e|en sie)? mir)(?= )|wat (?:is|zijn|betekent)|ano(?:ng| ba)? (?:yung|ang|ung|iyong)|apa (?:itu|arti)|is \S+(?: \S+)? the same (?:thing )?as|are \S+(?: \S+)? the same|is \S+ (?:like|a kind of|a type of|some kind of))\b|\bwhat (?:\S+ ){1,3}(?:is|are|means?)\s*(?:\?|$)|\bis that what \S+(?: \S+)? (?:is|means)\b|\bwhat(?:'s| is| are) (?:it|they|those|these|that|this)\b|\b(?:can|could) (?:someone|you|u|anyone) (?:please |pls |kindly )?(?:explain|eli5)\b|\beli5\b|\b(?:explain|describe) [\w-]+(?: [\w-]+)? to (?:a |an |my )?(?:\d+[- ]year[- ]olds?|kids?|children|teenagers?|teens|students?|pupils|class|non-?scientists|laypeople|a layperson)\b|^\S+(?: \S+)? (?:is|are) (?:a|an|just a|basically a) [\w-]+(?: [\w-]+)? (?:right|correct|yes)\b|\bwhat (?:does|do) mean\b|\bwhat means\b|(?:^|\s[-–—:]\s*|[.?!,]\s+)[\w-]+(?: [\w-]+)?\s*\?*\s*kya (?:hai|hain|hota hai|hoti hai|hote hain)(?=[\s?.!,]|$)|^[\w-]+(?: [\w-]+)?\s*\?*\s*(?:kya (?:hai|hain|hota hai|hoti hai|hote hain)|ne demek|nedir|l[aà] g[iì]|ni nini|ni nani|co to (?:jest|znaczy)|ano (?:ang|yung|ba ang))(?=[\s?.!,]|$)|^(?:czym jest|co to jest|apa itu|ano ang)\s|^[\w-]+(?: [\w-]+)?,?\s+(?:what|wtf) (?:even |exactly |actually |the heck |on earth )?(?:is|are) (?:it|that|this|they|those)\b|^\S+(?: \S+)? (?:is|are) (?:the same|just) (?:thing )?as\b|\b(?:put|say|explain|describe) (?:that|it|this|\S+(?: \S+)?) (?:in|into) (?:simple|plain|normal|lay|everyday|layman'?s?)|^\S+(?: \S+)? (?:in|into) (?:plain|simple|normal|everyday|lay)(?: human| people| person)? (?:english|words|terms|speak)\b|\b(?:explain|describe|put) (?:that|it|this|\S+(?: \S+)?) (?:without (?:the )?jargon|simply|to a (?:kid|child|five[- ]year[- ]old|layperson|non-?scientist))|\bis (?:a |an |the )?\S+(?: \S+){0,2} the same (?:\w+ )?as\b|\bis (?:that|this|it) (?:the thing|what) (?:they|you|people|the (?:paper|authors)) call\b|['"‘“][^'"’”]{2,40}['"’”][.!]?\s*(?:[-–—:]\s*)?(?:is|are) (?:that|it|they|those|these)\b|\bwhat does (?:that|this|it|\S+) (?:\w+ )?mean\b(?! for (?:the|our|their|its|this|these) (?:conclusions?|findings?|results?|paper|study|claims?|interpretation|story|practice|clinic|field)\b)|\bwhat (?:(?:do|does) )?(?:they|you|the authors|the paper|it|people|folks|scientists|researchers|the article) (?:mean|means) by\b|\bwhat is meant by\b|\b(?:idiot'?s|beginner'?s|dummy'?s|dummies'?|quick|simple|lay(?:man'?s)?) guide to\b|\bcrash course (?:in|on)\b|\bwhat (?:actually|really) (?:is|are)\b|^\S+(?:[ -]\S+)? (?:in|into) (?:simple|plain|normal|lay|everyday|easy|human|layman'?s?)(?:[ -]\w+)? (?:words?|terms|english|language)\s*(?:\?|$)|^\S+(?: \S+){0,2}\s*=\s*(?:the |a |an |like )|^\S+(?: \S+)?\s*=\s*\?|\bthe same (?:thing|molecule|protein)\s*\?|\bwhat (?:it|they|this|that) (?:is|are)\b|^\S+(?: \S+)? (?:is|are) (?:like|kind of like|some kind of|a kind of|a type of|a sort of)\b|\bwhat (?:kind|sort|type) of (?:thing|molecule|protein|cell|cells|beast|animal|stuff) (?:is|are)\b|^(?:\w+,? )?(?:is|are) (?:the |a |an )?(?!(?:there|it|this|that|they)\b)\S+(?: \S+)? (?:(?:basically|essentially|simply|kind of|sort of|more or less|a bit|a little|somewhat) )?(?:a|an|like a|like an|like|just a|just an|really a|some kind of|some sort of) |['"‘“][^'"’”]{2,40}['"’”] (?:\w+ )?means?\b|(?:[.…!?]|\s[-–—])\s*(?:is|are) (?:that|this|it|they|those|these) (?:basically |essentially |just |really |kind of |sort of )?(?:like|a kind of|a type of|some kind of|some sort of)\b|\bwhat (?:does|do) (?:\S+ ){1,2}stand for\b|^\S+(?: \S+)? stands? for what\b|^\S+(?: \S+)? (?:is|are) what(?: exactly| again)?(?=\s*[,?]|$)|^\S+(?: \S+)? (?:is|are) what (?:kind|sort|type) of\b/i;
/** "sorry dumb q - what even is a fibroblast": the asking opens after a preface. */
const LATE_OPENING = /(?:\s[-–—]\s|[.;!?]\s|,\s*(?:but|so|and)\s+|\sbut\s+)(?:so |sorry,? )?(?:in (?:plain|simple|lay|everyday|normal|layman'?s) (?:language|words|terms|english),?\s+)?(?:what(?:'s| is| are)|whats|what (?:even|exactly|actually|really) (?:is|are))\s|[?!.:]\s+(?:pls |please |can you |could you )?(?:explain|eli5)\b/i;
const POINTS_BACK = /^(?:so |and |but )?(?:is|are|was|were) (?:that|this|it|they|those|these) (?:basically |essentially |just |really |kind of |sort of )?(?:like|a kind of|a type of|some kind of|some sort of|basically|essentially)\b/i;
// "and the other one, the akt thing": the other term named, with a word for "thing".
const NEXT_TERM = /^(?:and|also|what about|how about|same for|ok(?:ay)?,? and|and what about|now)?\s*(?:the other (?:one|pathway|term|factor|signal)s?,?\s*)?(?:the |a |an )?[\w-]+(?:[ -][\w-]+){0,2}(?: (?:thing|one|bit|stuff|part|pathway))?\s*[?.!]*$|^(?:and|so|ok(?:ay)?,?)?\s*how (?:is|are|does|do) (?:the )?[\w-]+(?:[ -][\w-]+){0,2} (?:different|differ|compare)\b[^?]*\??$/i;
const PATHWAY_ROLE = /\bwhat (?:does|do|did) (?:it|they|that|this|the [\w-]+(?:[ /-][\w-]+){0,2}|[\w-]+(?:[ /-][\w-]+){0,2}) (?:normally |usually |typically |actually |even |generally |really |in general )?do\b|\bwhat(?:'s| is) (?:the )?(?:job|role|function|point) of\b|\bwhat (?:does|do) (?:it|they|that|this|[\w-]+) (?:\w+ )?(?:turn|switch)(?:es)? on\b/i;
const WHY_IT_MATTERS = /^\W*(?:(?:and|so|but|ok|okay)[,.]? )*(?:why|how come|how) (?:would|does|do|did|might|could|can|is|are) (?:(?:turning|switching|having|activating|blocking) )?(?:that|this|it|they|those|these)\b.*\b(?:chemo\w*|treat\w*|therap\w*|drugs?|resist\w*|relapse\w*|surviv\w*|fail\w*|stop working)\b|^\W*(?:(?:and|so|but|ok|okay)[,.]? )*why (?:do|does|would) (?:they|it|that|this) matter\b/i;
const SAME_AS_OTHER = /\b(?:is|are) (?:that|this|it|those|these|they|[\w-]+(?: [\w-]+){0,2}) (?:just |basically |really )?the same (?:thing |kind (?:of (?:[\w-]+ ){0,2})?|type (?:of (?:[\w-]+ ){0,2})?)?as\b/i;
const SAME_AS = /\bthe same (?:\w+ )?as\b|\bsame (?:thing|molecule|protein|one)\b/i;
const NAME_ASKED = /\b(?:nick ?names?|other names?|another name|names? (?:for|of) (?:it|that|this)|also (?:called|known as)|a\.?k\.?a\b|full name|stand for|short for|spelled out|(?:normal|common|everyday|plain|real|proper|regular|human|non-?jargon|easier|simpler|friendlier) name)\b/i;
const MEANING_ASKED = /\b(?:mean|means|meaning|eli5|explain like|in (?:plain|simple|normal|everyday)(?: human| people| person| lay)? (?:english|words|terms)|plain terms|like (?:i'?m|im|i am) (?:\d+|five|a kid|twelve))\b|\b(?:can|could) (?:someone|you|u|anyone) explain\b|\bwhat (?:is|are) (?:it|they|that|this) (?:actually|really|exactly|even)\b|\bwhat (?:actually|really|exactly|even) (?:is|are) (?:it|they|that|this)\b/i;
const STILL_OR = /\b(?:is|are) (?:it|they|that|this|those) (?:\w+ ){0,2}?(?:still\b.*\bor\b|[\w -]{2,30}\bor (?:is it |are they )?still\b)/i;
const DIFFERENCE = /(?:\b(?:what(?:'s| is| are)|whats) the|^\W*(?:the )?) ?(?:difference|diff|differences) between(?! (?:them|the (?:two )?(?:papers|studies|press|article|paper)|both|these|those|the \d{4}))\b|\b(?:vs\.?|versus)\b[^?]{0,60}\b(?:what(?:'s| is)|whats) the (?:difference|diff)\b|\b(?:vs\.?|versus)\b[^?]{0,40}[,:-]\s*(?:the |what'?s the )?(?:difference|diff)s?\s*\?*\s*$|^\W*[\w-]+(?: [\w-]+)? (?:vs\.?|versus) [\w-]+(?: [\w-]+)? in (?:plain|simple|normal|lay|everyday) (?:words|terms|english)\b/i;
const MAKERS_ASKED = /\bwho\b|\b(?:which|what) (?:\w+ )?cells?\b/i;
const SETTING_NAMED = /\bin (?:vitro|vivo)\b|\b(?:mice|mouse|dish|culture|patients?)\b/i;
// "what's a CAF?" then "markers?": the markers of the term just defined.
const BARE_MARKERS = /^\W*(?:and |so |ok |what about )?(?:the |its |their |any )?(?:\w+ )?markers?\s*\?*\s*$/i;
const MARKERS_ASKED = /\bhow (?:would|do|does|can|could) (?:you|one|we|i|people) (?:even |actually )?(?:measure|detect|spot|quantify|tell)\b|\b(?:which|what) (?:\w+ )?markers?\b|\bmarkers? (?:for|of)\b|\b(?:which|what) (?:\w+ )?(?:proteins?|genes?) (?:go(?:es)? (?:up|down)|change|are (?:lost|gained|switched|turned))/i;
const THEIRS = /\b(?:theirs|their (?:one|model|version|mice|tumou?rs?|cells)|(?:did|do) they (?:use|put|grow|inject)|in this (?:paper|study)|here)\b/i;
const SAME_TWO = /\b(?:the )?same (?:thing|molecule|protein|cytokine|chemokine|one|stuff)\b|\bjust (?:a )?different (?:spelling|names?)\b|\bmix(?:ing|ed)? (?:them|the two|these|those) up\b/i;
const ANAPHORIC_NAME = /\b(?:it|its|it's|that|this|they|their|them)\b/i;
const DEFINITION_QUESTION = /^(?:what(?:'s| is| are| does)|whats|who is|define|meaning of|explain)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:mean|stand for))?\s*\??$/i;

// Words that ask for a term to be explained, and the little words around them ("explain like im 5 pls").
const ASKS_MEANING = new Set(['mean', 'means', 'meaning', 'meant', 'explain', 'explained', 'explanation', 'eli5', 'eli12', 'dummies', 'dummy', 'idiots', 'beginners', 'newbies', 'noobs', 'plain', 'simple', 'simply', 'layman', 'laymans', 'layperson', 'define', 'definition', 'exactly']);
// "って何", "とは", "뭐예요", "是什么", "意思": what a term is, asked in Japanese, Korean or Chinese.
const CJK_MEANING = /何|なに|とは|意味|説明|뭐|뭔|무엇|이란|설명|什么|甚麼|啥|意思|解释|解釋|是指/;
const EXPLAINING_WORDS = new Set([
  'a', 'an', 'the', 'it', 'is', 'its', 'that', 'this', 'what', 'whats', 's', 'does', 'do', 'even', 'actually', 'really', 'again', 'pls', 'plz', 'please', 'thx', 'thanks',
  'like', 'im', 'i', 'm', 'am', 'me', 'to', 'for', 'in', 'of', 'terms', 'words', 'english', 'language', 'put', 'guide', 'version', 'quick', 'short', 'briefly',
  '5', 'five', '10', '12', 'kid', 'child', 'toddler', 'grandma', 'granny', 'can', 'could', 'you', 'u', 'someone', 'anyone', 'so', 'ok', 'okay', 'lol', 'sorry',
  'dumb', 'stupid', 'basic', 'q', 'qn', 'question', 'people', 'everyone', 'keep', 'keeps', 'saying', 'say', 'says', 'hear', 'hearing', 'heard', 'term', 'word',
  'pathway', 'signalling', 'signaling', 'thing', 'stuff', 'actual', 'real', 'or', 'and', 'one', 'non', 'scientist', 'scientists', 'jargon', 'no', 'without',
]);

export interface DefinitionSources {
  aliases: AliasTable;
  /** a glossary entry by any of its names, in the papers asked first */
  findTerm(text: string, papers: Paper[]): { entry: GlossaryEntry; paper: Paper } | undefined;
  /** the papers a scope reads */
  papersIn(scope: { paperId?: string }): Paper[];
  /** whether a glossary concept names a signalling pathway */
  isPathway(key: string): boolean;
}

/** The glossary terms (concept keys) a question names in their own words, not through a lay phrase. */
function termKeys(concepts: Frame['concepts']): string[] {
  return [...new Set(concepts.filter((c) => c.key.startsWith('@') && !c.lay && !c.generic).map((c) => c.key))];
}

/** "fractalkine - is that the same thing as cx3cl1??": two of one term's names, asked whether they are one. */
export function asksSameOne(question: string, names: string[]): boolean {
  if (!SAME_AS.test(question)) return false;
  const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const typed = ` ${plain(question)} `;
  return new Set(names.map(plain).filter((n) => n.length > 1 && typed.includes(` ${n} `))).size >= 2;
}

/** Whether a definition should give the term's other names: "what's its nickname?", "is fractalkine the same thing as CX3CL1?". */
export function asksOtherNames(question: string, terms: string[]): boolean {
  return NAME_ASKED.test(question) || (terms.length === 1 && SAME_AS.test(question));
}

/**
 * Questions that ask for a definition, in the ways members ask: "What is EMT?", "what even are
 * fibroblasts, in simple words", "sorry dumb q - what even is a fibroblast", "is STAT3 a light
 * switch?", "X and Y same thing?", "the idiot's guide to AKT-mTOR". Which glossary terms they ask
 * about, read against the glossaries the engine holds.
 */
export class DefinitionReader {
  private readonly aliases: AliasTable;
  private readonly findTerm: DefinitionSources['findTerm'];
  private readonly papersIn: DefinitionSources['papersIn'];
  private readonly isPathway: DefinitionSources['isPathway'];

  constructor(sources: DefinitionSources) {
    this.aliases = sources.aliases;
    this.findTerm = sources.findTerm;
    this.papersIn = sources.papersIn;
    this.isPathway = sources.isPathway;
  }

  /** How many different names of one term a question uses ("fractalkine … CX3CL1"). */
  private aliasesNamed(question: string, key: string): number {
    const lower = question.toLowerCase();
    const name = this.aliases.names.get(key);
    const found = name ? this.findTerm(name, this.papersIn({})) : undefined;
    if (!found) return 0;
    const names = [found.entry.term, ...found.entry.aliases].map((n) => n.toLowerCase().replace(/\s*\(.*\)$/, ''));
    return new Set(names.filter((n) => n.length > 2 && new RegExp(`(?:^|[^a-z0-9])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z0-9])`).test(lower))).size;
  }

  /** The one term a message names when all its other words ask for an explanation ("EMT in plain english please"). */
  private onlyTermExplained(typed: string, concepts: Frame['concepts']): string | undefined {
    const keys = termKeys(concepts);
    if (keys.length !== 1) return undefined;
    const termWords = new Set(concepts.filter((c) => c.key === keys[0]).flatMap((c) => c.surface.split(' ')));
    // Single letters are the term spelt out ("E M T") or pieces of contractions.
    const rest = tokenize(typed).filter((w) => !termWords.has(w) && w.length > 1);
    // "EMTって何ですか？素人にも分かるように": words of a script without spaces ask for the meaning when they say "what" or "explain".
    const asksMeaning = (w: string) => ASKS_MEANING.has(w) || (inSpacelessScript(w) && CJK_MEANING.test(w.normalize('NFC')));
    if (!rest.some(asksMeaning) || !rest.every((w) => EXPLAINING_WORDS.has(w) || asksMeaning(w) || inSpacelessScript(w))) return undefined;
    return this.aliases.names.get(keys[0]!);
  }

  /**
   * The glossary terms a question asks to have explained: "What is EMT?", "what even are fibroblasts,
   * in simple words", "what does 'metastasis' mean?", "'Vimentin' and 'E-cadherin'... what are they?".
   */
  termsAsked(question: string, frame: Frame, reading: string | undefined, previous?: Turn): string[] {
    // "What's CX3CL1?" then "what's its nickname again?": the other names of the term just asked about.
    if (previous && NAME_ASKED.test(question) && ANAPHORIC_NAME.test(question)) {
      const named = [...new Set(previous.frame.concepts.filter((c) => c.key.startsWith('@') && !c.generic).map((c) => c.key))];
      const name = named.length === 1 ? this.aliases.names.get(named[0]!) : undefined;
      if (name && this.findTerm(name, this.papersIn({ paperId: reading }))) return [name];
    }
    // "What's EMT?" then "and CSC?": a term named on its own after a definition is defined in turn.
    // "what about in mice?" asks the setting of what came before, not what mice are.
    if (previous && previous.claimIds[0]?.startsWith('glossary:') && NEXT_TERM.test(question.trim()) && !/\b(?:in|on|at|with|from|by|for|of)\b/i.test(question) && !frame.medical) {
      const said = new Set(tokenize(question));
      const named = frame.concepts.filter((c) => c.key.startsWith('@') && !c.lay && c.surface.split(' ').every((w) => said.has(w)));
      const names = [...new Set(named.map((c) => this.aliases.names.get(c.key)).filter((n): n is string => n !== undefined))];
      if (names.length > 0 && names.length <= 2 && names.every((n) => this.findTerm(n, this.papersIn({ paperId: reading })))) return names;
    }
    // "What's EMT?" then "which markers would you normally see change?": what happens in general is in the definition.
    // "…and who normally makes it in the body?" asks which cells make it, which a claim may say and a definition does not.
    if (previous && frame.followUp && previous.claimIds[0]?.startsWith('glossary:') && IN_GENERAL.test(question) && !frame.medical && !MAKERS_ASKED.test(question)) {
      const named = [...new Set(previous.frame.concepts.filter((c) => c.key.startsWith('@') && !c.lay && !c.generic).map((c) => c.key))];
      const name = named.length === 1 ? this.aliases.names.get(named[0]!) : undefined;
      if (name && this.findTerm(name, this.papersIn({ paperId: reading }))) return [name];
    }
    // "What is EMT?" then "why would that make chemo stop working?": how the term bears on treatment is in its definition.
    if (previous && frame.followUp && previous.claimIds[0]?.startsWith('glossary:') && WHY_IT_MATTERS.test(question) && !frame.medical) {
      const named = [...new Set(previous.frame.concepts.filter((c) => c.key.startsWith('@') && !c.lay && !c.generic).map((c) => c.key))];
      const name = named.length === 1 ? this.aliases.names.get(named[0]!) : undefined;
      const found = name ? this.findTerm(name, this.papersIn({ paperId: reading })) : undefined;
      if (found && /\b(?:resist\w*|relapse|surviv\w*|chemo\w*|therap\w*|treatment)\b/i.test(found.entry.definition)) return [name!];
    }
    // "(which molecules are key?) fractalkine??? is that the same as CX3CL1": two names of one term, asked in the question itself.
    if (!frame.medical && frame.followUp && SAME_AS.test(question) && !/\b(?:19|20)\d{2}\b|\bpapers?\b/.test(question)) {
      const said = new Set(tokenize(question));
      const own = termKeys(frame.concepts.filter((c) => c.surface.split(' ').every((w) => said.has(w))));
      const name = own.length === 1 ? this.aliases.names.get(own[0]!) : undefined;
      if (name && this.aliasesNamed(question, own[0]!) >= 2 && this.findTerm(name, this.papersIn({}))) return [name];
      // "(what's CX3CL1 in the paper?) wait is that the same as fractalkine?": "that" is the term just asked about.
      const before = previous && ANAPHORIC_NAME.test(question) ? termKeys(previous.frame.concepts) : [];
      if (name && before.length === 1 && before[0] === own[0] && this.findTerm(name, this.papersIn({}))) return [name];
    }
    // "(what did they do in vivo?) whats a xenograft, is that the mouse thing you mentioned": a follow-up that opens by asking what a term is.
    if (!frame.medical && frame.followUp) {
      // "ok what's mTOR even and why do ppl care about it": the first thing asked, without the interjection or the "even".
      const first = question
        .split(/[?!.;]|,\s|\s[-–—]\s|\sand (?=(?:why|how|what|where|who|which|is|are|does|do)\b)/i)[0]!
        .replace(/^\W*(?:(?:ok|okay|so|wait|lol|hmm+|right|and|but|sorry)\W+)+/i, '')
        .replace(/\s+(?:even|then|again|exactly|tho|though|anyway)\s*$/i, '')
        .trim();
      const opening = DEFINITION_QUESTION.exec(first)?.[1];
      if (opening && this.findTerm(opening, this.papersIn({ paperId: reading }))) return [opening];
    }
    // "IL-6 vs IL-26: same thing?", "IL-6 and IL26 are the same cytokine right?": each term's definition, from whichever paper holds it.
    if (!frame.medical && !frame.followUp && !frame.whichPaper && SAME_TWO.test(question)) {
      // "the same cytokine": the kind both are said to be is not a third term asked about.
      const keys = termKeys(frame.concepts.filter((c) => !question.toLowerCase().includes(`same ${c.surface}`)));
      const names = keys.map((k) => this.aliases.names.get(k)).filter((n): n is string => n !== undefined && this.findTerm(n, this.papersIn({})) !== undefined);
      if (keys.length === 2 && names.length === 2) return names;
      // "fractalkine?? same thing as CX3CL1?": two names of one term, answered with its other names.
      if (keys.length === 1 && names.length === 1 && !frame.named && !/\b(?:19|20)\d{2}\b|\bpapers?\b/.test(question) && frame.concepts.filter((c) => c.key === keys[0]).length === 1 && this.aliasesNamed(question, keys[0]!) >= 2) return names;
    }
    // "Cancer stem cells — are those the same as normal stem cells?", "is EMT the same thing as metastasis?":
    // a term likened to something that is not a term of its own is told apart by its definition.
    if (!frame.medical && !frame.followUp && !frame.whichPaper && !frame.named && SAME_AS_OTHER.test(question) && !/\b(?:19|20)\d{2}\b|\bpapers?\b|\bstud(?:y|ies)\b|\bmice\b|\bmouse\b/.test(question)) {
      const keys = termKeys(frame.concepts);
      const name = keys.length === 1 ? this.aliases.names.get(keys[0]!) : undefined;
      if (name && this.findTerm(name, this.papersIn({ paperId: reading }))) return [name];
    }
    // "Which markers show EMT?", "what is EMT" then "which markers would I stain for it?": a term's markers are in its definition.
    // "What markers did they use to call the cells CAFs?" asks about the study's methods, not the term.
    if (!frame.medical && (MARKERS_ASKED.test(question) || BARE_MARKERS.test(question)) && !frame.named && !/\b(?:did|do|have) (?:they|the authors)\b|\bthey used\b|\b(?:paper|study|group|team|readout|lab|authors)\b|\b(?:19|20)\d{2}\b/i.test(question)) {
      const own = termKeys(frame.concepts);
      const before = previous && (ANAPHORIC_NAME.test(question) || BARE_MARKERS.test(question)) ? termKeys(previous.frame.concepts) : [];
      const keys = own.length > 0 ? own : before;
      const name = keys.length === 1 ? this.aliases.names.get(keys[0]!) : undefined;
      const found = name ? this.findTerm(name, this.papersIn({ paperId: reading })) : undefined;
      if (found && /\bmarkers?\b|\bcadherin\b|\bvimentin\b|α-SMA|\bFAP\b/i.test(found.entry.definition)) return [name!];
    }
    // "When lung cancer goes to the brain, is it still lung cancer or brain cancer now?", "non-small cell vs small cell, what's the diff?":
    // what the thing is, is its definition.
    // "A conda environment vs a venv" names things the claims lack: not a term of theirs.
    const foreign = frame.concepts.some((c) => c.main && !c.generic && (!c.covered || EVERYDAY_SUBJECTS.has(c.surface)));
    if (!frame.medical && frame.intent === 'fact' && !foreign && DIFFERENCE.test(question) && !SETTING_NAMED.test(question)) {
      const keys = [...new Set(frame.concepts.flatMap((c) => (c.key.startsWith('@') && !c.lay ? [c.key] : c.lay ? c.alternatives.filter((a) => a.term.startsWith('@')).map((a) => a.term).slice(0, 1) : [])))];
      const names = keys.map((k) => this.aliases.names.get(k)).filter((n): n is string => n !== undefined && this.findTerm(n, this.papersIn({ paperId: reading })) !== undefined);
      if (names.length > 0 && names.length <= 2) return names;
    }
    if (!frame.medical && STILL_OR.test(question) && /\b(?:cancers?|tumou?rs?|mets|metasta\w*)\b/i.test(question)) {
      const lay = frame.concepts.find((c) => c.lay && c.alternatives.some((a) => a.term.startsWith('@')));
      const key = lay ? lay.alternatives.find((a) => a.term.startsWith('@'))!.term : frame.concepts.find((c) => c.key.startsWith('@') && !c.generic)?.key;
      const name = key ? this.aliases.names.get(key) : undefined;
      if (name && this.findTerm(name, this.papersIn({ paperId: reading }))) return [name];
    }
    // "What's a xenograft?" then "was theirs in the brain?": how this paper used the term is in the definition ("here …").
    if (previous && frame.followUp && frame.yesNo && !frame.medical && previous.claimIds[0]?.startsWith('glossary:') && THEIRS.test(question)) {
      const named = termKeys(previous.frame.concepts);
      const name = named.length === 1 ? this.aliases.names.get(named[0]!) : undefined;
      const found = name ? this.findTerm(name, this.papersIn({ paperId: reading })) : undefined;
      if (found && /\bhere\b/i.test(found.entry.definition)) return [name!];
    }
    // "What does mTOR do?", "the AKT-mTOR route, what does it normally do in a cell?": what a pathway does
    // in general is its definition (what a factor does in the paper is its pathways).
    if (!frame.followUp && !frame.medical && (frame.intent === 'fact' || frame.intent === 'pathway') && PATHWAY_ROLE.test(question)) {
      const named = [...new Set(frame.concepts.filter((c) => c.key.startsWith('@') && !c.lay && this.isPathway(c.key)).map((c) => c.key))];
      const name = named.length === 1 ? this.aliases.names.get(named[0]!) : undefined;
      if (name && frame.concepts.every((c) => c.generic || !c.key.startsWith('@') || c.key === named[0]) && this.findTerm(name, this.papersIn({ paperId: reading }))) return [name];
    }
    // "What's a cancer stem cell? Is that like the transplants our patients get?": opening by asking what a term is asks that first,
    // whatever the patients mentioned later suggest.
    // "Signalling pathway, like JAK-STAT3 - what does that actually mean?" asks what the pathway is, not what it does here.
    const meaningOfPathway = frame.intent === 'pathway' && MEANING_ASKED.test(question);
    // "akt-mtor?? explain like im 5": a term named, then asked to be explained simply.
    const termThenExplain = (frame.intent === 'summary' || frame.intent === 'fact') && /^\s*[\w-]+(?: [\w-]+)?\s*(?:\?+|:|-|—)\s*(?:pls |please )?(?:explain|eli5|in (?:plain|simple))/i.test(question);
    const papers = this.papersIn({ paperId: reading });
    const known = (t: string) => this.findTerm(t, papers) !== undefined;
    // "JAK-STAT3 for dummies pls", "akt-mtor pathway - explain like im 5", "'tumour microenvironment'. meaning?":
    // one term named, and every other word asks for it to be explained.
    if (!frame.followUp && !frame.medical && !frame.bibliographic) {
      // The question as the analysis read it ("jack stat three" respelt as JAK-STAT3).
      const only = this.onlyTermExplained(frame.text, frame.concepts);
      if (only && known(only)) return [only];
    }
    // "metastasis = when the cancer spreads somewhere else, right?": a term equated with a reading of it, to be checked.
    const equatedTerm = /^\W*([\w-]+(?: [\w-]+){0,2})\s*=\s*\S/.exec(question)?.[1];
    if (equatedTerm && !frame.medical && !frame.followUp && known(equatedTerm)) return [equatedTerm];
    // "people keep saying 'signalling pathway' - what is that", "'therapeutic resistance' - does that just mean
    // the drugs stop working?": a term put in quotes and asked about is asked to be defined, whatever else it names.
    // In a conversation too: "(which antibodies did they use?) what does 'neutralizing' even mean there?".
    if (!frame.medical && (QUOTED_ASKED.test(question) || (frame.followUp && MEANING_ASKED.test(question)))) {
      // "'JAK-STAT3 pathway'": the term, whatever kind of thing it is called.
      const quoted = [...question.matchAll(QUOTED)].map((m) => m[1]!.replace(/\s+(?:pathway|signall?ing|axis|cascade)$/i, '')).filter(known);
      if (quoted.length === 1) return quoted;
    }
    if (frame.followUp || frame.medical || (frame.intent !== 'fact' && !meaningOfPathway && !termThenExplain && !((frame.intent === 'clinical' || frame.intent === 'summary') && DEFINITION_OPENING.exec(question)?.index === 0))) return [];
    // "my friend has lung cancer and i just want to understand the paper: what are CAFs?": what follows the colon asks.
    const afterColon = /:\s+(.+)$/.exec(question)?.[1];
    if (afterColon && DEFINITION_OPENING.exec(afterColon)?.index === 0 && afterColon !== question) {
      const said = new Set(tokenize(afterColon));
      return this.termsAsked(afterColon, { ...frame, concepts: frame.concepts.filter((c) => c.surface.split(' ').every((w) => said.has(w))) }, reading, previous);
    }
    // "EMT?? what does it stand for here (not the paramedics i assume)": an aside in brackets asks nothing.
    const bare = question.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
    if (bare && bare !== question.trim()) {
      const kept = new Set(tokenize(bare));
      return this.termsAsked(bare, { ...frame, concepts: frame.concepts.filter((c) => c.surface.split(' ').every((w) => kept.has(w))) }, reading, previous);
    }
    // "lol ok what's a cytokine then": interjections before and a "then" after ask nothing.
    const plain = question.replace(/^(?:(?:lol|lmao|haha|ha|ok|okay|oh|ah|hm+|right|alright|sure|fair enough|fair)[,.!]?\s+)+/i, '').replace(/\s+(?:then|again|tho|though|anyway|exactly)\s*(\?*)\s*$/i, '$1');
    const exact = DEFINITION_QUESTION.exec(plain);
    if (exact && known(exact[1]!)) return [exact[1]!];
    const midway = !DEFINITION_OPENING.test(question) && LATE_OPENING.test(question);
    if (!DEFINITION_OPENING.test(question) && !midway) return [];
    // "what is EMT and what is a CAF?": each clause that opens by asking what a term is, answered in turn.
    const asks = question
      .split(/\s*(?:[?!;]|\.\s|,\s|\s[-–—]\s)\s*|\s+and (?=(?:what(?:'s| is| are| does| do)?|whats)\s)/i)
      .map((c) => c.trim())
      .filter((c) => c && DEFINITION_OPENING.exec(c)?.index === 0);
    if (asks.length >= 2) {
      const each = asks.map((c) => {
        const said = new Set(tokenize(c));
        return this.termsAsked(c, { ...frame, concepts: frame.concepts.filter((k) => k.surface.split(' ').every((w) => said.has(w))) }, reading, previous);
      });
      const names = [...new Set(each.flat())];
      if (each.every((n) => n.length > 0) && names.length <= 3) return names;
    }
    // "is that what EMT is", a quoted term: the terms named there.
    const tail = DEFINITION_TAIL.exec(question)?.[1];
    if (tail && known(tail)) return [tail];
    const quoted = [...question.matchAll(QUOTED)].map((m) => m[1]!.replace(/[- ](?:ish|like|y)$/i, '')).filter(known);
    if (quoted.length > 0) return quoted.slice(0, 2);
    // Otherwise the glossary terms of the clause that asks ("What's cisplatin, and why does it keep coming up?").
    // "…or am I mixing up?" doubts the asker's memory; it names nothing asked about.
    // "cancer stem cells = the seeds that let a tumour grow back?": the term is what stands before "=".
    const equated = /^(\S+(?: \S+){0,2})\s*=\s*\S/.exec(question.trim())?.[1];
    // "Is JAK-STAT3 basically an on/off switch?": the term is the one likened, not the likeness.
    const likened = /^(?:\w+,? )?(?:is|are) (?:the |a |an )?(\S+(?: \S+)?) (?:(?:basically|essentially|simply|kind of|sort of|more or less|just|really) )?(?:a|an|like)\b/i.exec(question.trim())?.[1];
    // "Is STAT3 a good drug target for covid?" asks about something the claims lack, not what STAT3 is.
    if (likened && frame.concepts.some((c) => c.main && !c.generic && !c.covered && (looksLikeName(c) || c.rank >= EVERYDAY_RANK))) return [];
    // "How would you explain EMT to 15 year olds?": the term is what is explained, not the audience.
    const explained = /\b(?:explain|describe) ([\w-]+(?: [\w-]+)?) to (?:a |an |my )?(?:\d+[- ]year[- ]olds?|kids?|children|teenagers?|teens|students?|pupils|class|non-?scientists|laypeople|a layperson)\b/i.exec(question)?.[1];
    const clause = equated ?? likened ?? explained ?? (question.split(/[?!.;]|,\s|\s[-–—]\s|\band why\b|\band what\b|\band how\b|\sbut\s/i).find((c) => DEFINITION_OPENING.test(c.trim())) ?? question).replace(/\bor (?:am|did|have|do) i\b.*$/i, '');
    // "what are the 2 messenger proteins the helper cells send out": what something does, asked in a relative clause.
    if (/^\W*(?:what|which)(?:'s| is| are| were|s)?\s+(?:the\s+)?(?:\d+\s+|two\s+|three\s+)?(?:[\w-]+\s+){1,3}(?:that\s+|which\s+)?(?:the|these|those|their)\s+(?:[\w-]+\s+){1,3}(?:send|sends|make|makes|release|releases|secrete|secretes|produce|produces|pump|pumps|give|gives|put|puts|switch|switches|turn|turns)\b/i.test(clause)) return [];
    // "What are the helper cells blamed for?" asks what the term is said to do, not what it is.
    if (/(?<!\bstand )\b(?:for|with|by|about|on|to|from)\s*\??\s*$/i.test(clause.trim())) return [];
    const words = new Set(tokenize(clause));
    // The words that ask ("can you put … in simple terms") are not the term asked about.
    const asking = new Set(tokenize(DEFINITION_OPENING.exec(clause.trim())?.[0] ?? '').filter((w) => !this.aliases.tokens.has(w)));
    const usable = (c: Frame['concepts'][number]) => !c.generic && c.covered && !(c.lay && c.key.startsWith('~')) && !c.surface.split(' ').every((w) => asking.has(w));
    const inWords = (c: Frame['concepts'][number]) => c.surface.split(' ').every((w) => words.has(w));
    // "What's the best JAK inhibitor for rheumatoid arthritis?" asks about something the glossary does not hold.
    if (frame.concepts.some((c) => inWords(c) && !c.generic && !c.covered && looksLikeName(c))) return [];
    // "What are the cure rates for cisplatin in testicular cancer?": the clause asks about words the claims lack, not the term.
    if (frame.concepts.filter((c) => inWords(c) && c.main && !c.generic && !c.covered && c.rank >= FILLER_RANK).length >= 2) return [];
    // "can u explain the KEYNOTE-189 results, pembro plus chemo": the clause asks about a trial or drug code the claims lack.
    if (frame.concepts.some((c) => inWords(c) && c.main && !c.covered && new RegExp(`\\b${c.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[- ]?\\d`, 'i').test(clause))) return [];
    // "JAK-STAT3... is that like an on/off switch?": the clause that asks points back at the term named before it.
    const pointsBack = POINTS_BACK.test(clause.trim());
    // "TME - what's the tumour microenvironment": the clause names the term by another of its names.
    const namedInClause = (c: Frame['concepts'][number]) => inWords(c) || (c.key.startsWith('@') && !c.lay && this.aliasesNamed(clause, c.key) > 0);
    const inClause = pointsBack ? frame.concepts.filter((c) => usable(c) && c.key.startsWith('@') && !inWords(c)) : frame.concepts.filter((c) => usable(c) && namedInClause(c));
    // "JAK-STAT3 — what is that in plain words?": the term is named outside the asking clause, when
    // the question opens by asking ("Both papers use STAT3. What's different?" is not a definition).
    // "EMT?? explain like im 12 pls": the term stands before the clause that asks.
    const content = inClause.length > 0 ? inClause : !midway || termThenExplain ? frame.concepts.filter(usable) : [];
    // Each concept as a glossary term: its own, the one a lay word leads to, or the entry that names
    // a plain word most directly ("what does metastasis mean here?" is "brain metastasis").
    const termOf = (c: Frame['concepts'][number]) =>
      c.key.startsWith('@') ? this.aliases.names.get(c.key) : c.lay ? this.aliases.names.get(c.alternatives.find((a) => a.term.startsWith('@'))?.term ?? '') : this.findTerm(c.surface, papers)?.entry.term;
    // "What's the full title of the IL-26 paper?" asks for a record line, not a term.
    // "ELI5 the JAK-STAT3 thing please, my brain is fried from hospital visits": an aside that names the record is not what asks.
    if (frame.bibliographic && readIntent(clause).bibliographic) return [];
    // Beside a glossary term, everyday words ("a light switch?") are not terms asked about.
    const hasTerm = content.some((c) => c.key.startsWith('@'));
    // A lay metaphor that leads to no term ("good guys gone bad") is colour, not a term asked about.
    const termLike = (c: Frame['concepts'][number]) => (c.lay ? c.alternatives.some((a) => a.term.startsWith('@')) : c.rank >= EVERYDAY_RANK);
    // "mTOR sounds like a transformer lol what is it actually": a likeness offered is not a term asked about.
    const terms = content.filter((c) => !hasTerm || c.key.startsWith('@') || (termLike(c) && c.main)).map((c) => ({ c, name: termOf(c) }));
    // A plain word stands for a term of its own only when asked alone ("the IL-26 receptor" is not CX3CR1).
    const direct = new Set(terms.filter((t) => t.c.key.startsWith('@') || t.c.lay).map((t) => t.name));
    const names = [...new Set(terms.map((t) => (terms.length === 1 || t.c.key.startsWith('@') || t.c.lay || direct.has(t.name) ? t.name : undefined)))];
    if (names.length === 0 || names.length > 2 || names.some((n) => n === undefined)) return [];
    return names.every((n) => known(n!)) ? (names as string[]) : [];
  }
}
