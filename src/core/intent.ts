import type { Evidence } from './schema.js';
import { tokenize } from './text.js';

/**
 * What kind of answer a question wants. A journal club asks for facts, but also for counts, for the
 * kind of evidence behind a result, for each factor's pathway, and for the club's own questions
 * (limitations, press accuracy, strength of evidence, clinical readiness, next steps, novelty).
 */
export type Intent =
  | 'fact'
  | 'count'
  | 'setting'
  | 'pathway'
  | 'limitations'
  | 'press'
  | 'strength'
  | 'clinical'
  | 'next'
  | 'novelty'
  | 'summary';

export interface IntentReading {
  intent: Intent;
  /** words that only framed the question ("limitations", "how many"): not its content */
  framing: Set<string>;
  /** the experimental setting the question asks about ("in mice", "in a dish") */
  evidence?: Evidence[];
  /** which source the question asks about ("what does the press say") */
  sourceKind?: 'press' | 'paper';
  /** "each factor", "both", "the two signals": every matching entity deserves its own sentence */
  each: boolean;
  /** a yes/no question ("did they use cisplatin?") */
  yesNo: boolean;
  /** about the paper as a publication: authors, journal, date, DOI, where the team works */
  bibliographic: boolean;
  /** a request for the asker's own help (tips, a recommendation, a job) rather than a question about the paper */
  request: boolean;
  /** "which paper...?": the answer should say which paper each finding comes from */
  whichPaper: boolean;
}

interface Rule {
  intent: Intent;
  pattern: RegExp;
}

// Order matters: the first rule that matches names the intent. Meta questions come before facts.
const RULES: Rule[] = [
  { intent: 'next', pattern: /\b(discussion (?:q|qs|question|questions|point|points|prompt|prompts|starter|starters)|(?:questions?|qs?) to (?:ask|throw|pose|raise|put) (?:at |to )?(?:the )?(?:room|group|club|audience|floor|authors)|talking points?|what would (?:you|we|one|they|i) (?:need|want|have) to see|what (?:evidence|data|experiments?) would (?:you|we|one|it) (?:need|take)|before (?:calling|we call|anyone calls) |next\b(?! to| week| month| time| meeting| session| club| journal| year| thursday| friday| monday| tuesday| wednesday)|next experiments?|what(?:'s| is| should| would| could)? (?:come|be done|they do|happen|follow|be tested|we test)? ?next|future (?:work|research|studies|directions?|experiments?)|follow[- ]?up (?:work|studies|experiments?)|open questions?|unanswered|unresolved|remains? (?:open|unclear|unknown)|still (?:unknown|unclear|open)|left open|leaves? (?:\w+ )?open|what(?:'s| is) (?:still )?missing|gaps? in (?:the|our) knowledge|should be tested|needs? to be (?:tested|shown|done)|want to see (?:before|next))\b/ },
  { intent: 'clinical', pattern: /\b((?:a|any) new (?:treatments?|therap(?:y|ies)|drugs?|pills?|medicines?)|(?:is|was) (?:this|it|that) (?:a |the )?cure|anything actionable|actionable (?:for|yet|today|now|in (?:the )?clinic)|clinically actionable|(?:human|patient|clinical) (?:outcome|survival|response) data|(?:tested|testing|tried|trying|given|used) (?:[\w-]+ ){0,3}in (?:people|humans|patients) yet|(?:human|clinical) trials? yet|(?:could|can|would) (?:a |any )?(?:clinical )?trial (?:be )?(?:designed|run|started|done|built)|ready for (?:a )?(?:clinical )?trials?|live longer|pre-?clinical|change (?:anything|practice|what (?:we|they|i) do|(?:how|the way) (?:we|they|i|you|doctors|clinicians|oncologists|surgeons) (?:manage|treat|approach|handle|look after|plan))|build (?:a |any )?(?:clinical )?trial|druggable|approved drugs?|trials? (?:running|ongoing|underway|going on)|trial (?:around|on) (?:it|this|that|them)|practice[- ]changing|survive longer|survival benefit|extend (?:life|survival)|mean (?:anything|much|something) for (?:a |real )?(?:patients?|humans?|people|the clinic)|mean (?:anything|much|something) for (?:\w+ ){0,3}in (?:a |real )?(?:patients?|people|humans?)|mean (?:anything|much|something) (?:clinically|in (?:the clinic|patients|people|humans))|(?:clinically|practically) (?:meaningful|relevant|useful|important)|(?:help|helps|benefit|benefits|treat|useful for|matter for|mean for|change things for) (?:anyone|patients?|people|someone|sufferers)(?! (?:who|that) (?:isn'?t|is not|has no|doesn'?t|does not|knows? no))|(?:patients?|anyone|people) (?:benefit|be treated|be helped|helped|expect)|patients? (?:get|use|see)|any time soon|in my lifetime|years away|(?:real|actual) patients|benefit patients|(?:ready|close|near) (?:for|to) (?:the )?(?:clinic|patients|use)|clinic(?:al)? (?:use|translation|application|relevance|impact|practice|trials?)|bedside|translat(?:e|ion|able|ional)|cure (?:for )?(?:patients|people|cancer|brain mets|it)|(?:any|a) (?:pill|drug|medicine|treatment|therapy) (?:yet|available|now|for patients)|(?:is|are) there (?:a|any) (?:pill|drug|medicine|treatment|therapy)|available (?:to|for) patients|change (?:practice|treatment)|realistic|far off|how far (?:off|away)|when will|in humans yet|help (?:patients|people) (?:now|yet|soon)|practice[- ]changing|human trials?)\b/ },
  { intent: 'press', pattern: /\b((?:the )?opposite of (?:what )?(?:the |this )?(?:paper|abstract|study|data|authors)|(?:rewrit\w*|re-?writ\w*|edit\w*|correct\w*) (?:the |this |their )?(?:press release|press article|news article|article|headline)|fair (?:reading|representation|characteri[sz]ation|interpretation) of (?:the )?(?:data|paper|study|results|findings)|(?:news|press|media|newspaper) (?:article|piece|release|story|report)?\s*(?:calls?|called|describes?|described|refers? to|labels?) |(?:news|press|media|newspaper|article|release)\b(?=[^?]{0,80}\b(?:don'?t|do not|doesn'?t|does not|didn'?t) (?:match|agree|line up|square|align))|(?:press|news|media|newspaper|coverage|release)\b(?=[^?]{0,60}\b(?:match(?:es)?|line(?:s)? up|square(?:s)?|stack(?:s)? up|hold(?:s)? up|measure(?:s)? up|compare(?:s)?) (?:with |to |against )?(?:the |what the )?(?:paper|study|abstract|data|findings|results|authors)\b)|(?:press|news|media|headlines?|release)\b(?=[^?]{0,100}\b(?:does|did) (?:the paper|the study|the data|the abstract|the authors) (?:actually |really |even )?(?:support|back|show|confirm|bear))|(?:verify|check|confirm|fact-?check) (?:that|this|it|them|the (?:claim|press|article|story)) (?:from|in|against|with|using) the (?:paper|abstract|study|source)|(?:is|was) (?:that|this|it) (?:right|true|correct|accurate|fair)|(?:does|do|did) (?:the )?(?:paper|study|authors?|abstract) (?:agree|back (?:that|it|this) up|say so|confirm)|overreach\w*|over-reach\w*|too far|overboard|find (?:that|this|it) in the (?:abstract|paper)|(?:is|was) (?:that|this|it) (?:really |actually )?(?:in|from) the (?:abstract|paper)|(?:is|was) (?:that|this|it) (?:really|actually) what (?:they|the (?:paper|study|authors)) (?:showed|shows|found|showed)|(?:is|was) (?:that|this|it) (?:really )?(?:in|from|backed by|supported by|shown in) the (?:paper|study|abstract)|flip-?flops?|diverge\w*|deviat\w*|goe?s? beyond|go further than|further than the (?:paper|abstract)|mismatch\w*|faithful\w*|represent\w*|drift\w*|distort\w*|back(?:ed|s)? (?:\w+ )?up|botch\w*|slip|typo|mistaken|(?<!(?:gone|go|goes|going|went|something|anything) )wrong|garble\w*|mangle\w*|backed up|back(?:ed)? (?:it )?up|supported by|true\?|really true|actually true|overstating|overstate|overclaim\w*|oversimplif\w*|spin|clickbait|hype|hyped|overhyp\w*|embellish\w*|over-?hyped|exaggerat\w*|overstat\w*|oversell\w*|oversold|overblown|spin|sensational\w*|misrepresent\w*|misleading|(?<!\b(?:i've|i have|ive|have i|i|we've|we have|have we) )(?:get|got|gets|getting) (?:it|anything|something|things|this|that|much|the (?:\w+ ){0,2}\w+) (?:right|wrong)|accura\w*|inaccura\w*|mistakes?|errors?|contradict\w*|disagree\w*|discrepan\w*|inconsisten\w*|differences? between(?=[^?.]{0,60}\b(?:press|news|article|media|release|coverage|headlines?|abstract|sources?|journalists?)\b)(?! (?:them|the (?:two )?(?:papers|studies)|both|these (?:papers|studies)|the \d{4}))|(?:press|news|media|coverage|article|release|headline) (?:vs\.?|versus|compared|against)|(?:compare|match)\w* (?:with|to) the (?:paper|press|article|news)|trust (?:the )?(?:press|news|media|article|headline)|(?:press|news|media|journalists?) (?:claim|say|said|report)s? .* (?:really|actually|true))\b/ },
  { intent: 'limitations', pattern: /\b(how much (?:does|would|will|should|could) (?:that|this|it) matter|(?:is|isn'?t|was|wasn'?t) (?:that|this|it) (?:kind of|sort of|a bit of|a bit) (?:a )?(?:problem|issue|concern|limitation|weakness|flaw)|why (?:does|would) (?:that|this) matter|am i the only one (?:bothered|worried|concerned|uneasy|sceptical|skeptical|who)|bother(?:s|ed)? (?:me|by)|(?:is|isn'?t|was|wasn'?t|would|wouldn'?t) (?:that|this|it) (?:a )?(?:(?:big|real|major|serious) )?(?:problem|issue|concern|limitation|weakness|flaw)|how (?:relevant|applicable|representative|transferable) (?:is|are|was|were) (?:that|this|it|they|these|those|the \w+)|how (?:should|do|would) (?:we|i|you) (?:read|interpret|take|weigh)|generali[sz]\w*|apply to other (?:cancers|tumou?rs|patients)|(?<=\b(?:apply|carry over|extend|generali[sz]e|hold)\b[^?]{0,40})from other (?:cancers|tumou?rs|primaries)|carr(?:y|ies) over to|transfer(?:s)? to other|hold (?:up )?(?:for|in) other|other cancers too|how much (?:should|can|do|could) (?:we|i|you) trust|how much (?:we|i|you) (?:can|could|should) trust|what (?:are|am|is) (?:we|i) missing|enough to judge|conflicts? of interest|\bcoi\b|advertis\w*|self-?promot\w*|thoughts(?=\s*\??\s*$|\s*\?)|what do (?:you|we|people|u) make of|critical (?:points?|questions?|issues?)|sharp (?:points?|questions?)|stand[- ]?ins?|mess(?:es)? up|messed up|undermine\w*|undercut\w*|weaken\w*|invalidate\w*|compromise\w*|problem for|(?:fair|good|valid|relevant|realistic|reasonable|right) (?:stand-?in|model|proxy|surrogate|comparison|control)|stand-?ins?|limitations?|limits of|weak(?:ness|nesses|est|er)? (?:points?|spots?|parts?|links?)|weaknesses|flaws?|flawed|caveats?|shortcomings?|criticis(?:m|ms|e)|critique|problems? with|main problems?|issues? with|concerns?|pitfalls?|drawbacks?|downsides?|holes?|skeptic\w*|sceptic\w*|take (?:it )?with a (?:grain|pinch)|be careful|careful about|confound\w*|bias(?:es|ed)?|doubts?|what(?:'s| is) wrong with)\b/ },
  { intent: 'strength', pattern: /\b((?:main |key |biggest |real )?strengths|robustness|rigou?r of|must be (?:solid|good|right|true|reliable|legit|robust|trustworthy|correct|sound)|whether (?:the |their )?(?:findings?|results?|data|claims?|conclusions?) (?:are|is|were|was) (?:right|correct|true|solid|reliable|valid|sound)|how (?:solid|strong|robust|reliable|convincing|good|trustworthy|credible|rigorous|sound)|(?:tells?|say|says|mean|means) (?:us )?anything about (?:the )?quality|quality signal|strength of (?:the )?(?:evidence|data|study|paper|findings?|results?)|judge (?:the )?(?:strength|quality|evidence)|peer[- ]?review\w*|(?:solid|strong|robust|reliable|convincing|weak|good) (?:is )?(?:the )?(?:evidence|data|results?|findings?|case)|level of evidence|quality of (?:the )?(?:evidence|data|study)|evidence (?:base|level|quality|strength)|can we trust|trust (?:this|these|it|the)|believe (?:this|it|them)|how much (?:weight|stock)|causal(?:ity)?|hierarchy of evidence|mechanistic|descriptive|observational|study design|kind of (?:study|evidence)|type of (?:study|evidence)|cause or correlat\w*|causation|cause and effect|causal link|just (?:a |an )?(?:correlation|association)|correlation|association|how much weight)\b/ },
  { intent: 'novelty', pattern: /\b(novel(?:ty)?|how new|(?:actually|really|genuinely|truly|all that) new|already (?:shown|published|reported|described|out there|been (?:shown|published|reported|described))|is (?:this|it|that) (?:\w+ )?new(?! (?:cancer|tumou?r|disease|growth|lesion|cells?)\b)|replicat(?!es\b|e\b)\w*|reproduc\w*|independent(?:ly)?|build(?:s|ing)? on|count as (?:independent )?(?:validation|confirmation)|confirmed (?:by|elsewhere)|anything new|what(?:'s| is) (?:\w+ )?new|or is (?:this|it|that) new|first (?:time(?! (?:i|i'?ve|i'?m|im|seeing|hearing|reading|coming across))|explanation|to show|study|report)|(?:shown|known|linked|reported|found|described|published|seen|done|looked)\b[^?]{0,40}\bbefore|(?<!(?:from|by) (?:the )?)same (?:\w+ )?(?:group|team|lab|authors)|old news|been done before|already known|previously (?:shown|known|reported)|prior (?:work|studies|research|findings)|earlier (?:work|studies|research|findings|papers?)|previous (?:work|studies|research|findings|papers?)|fit with)\b/ },
  { intent: 'count', pattern: /^\W*n\W*$|\bno n\b|^\W*n (?:of )?(?:patients?|pts|samples?|mice|animals?|cases|donors|subjects|tumou?rs)\b|\bn (?:per|in each|for each|in the)\b|\bper (?:group|arm|condition)\b|\b(?:lots|loads|plenty|a lot|hundreds|dozens|thousands) of (?:patients?|people|donors?|samples?|mice|animals?|cases)\b|\b(?:just )?a handful\b|\b(?:several|multiple|many|one|a single) (?:\w+ )?(?:patients?|donors?|samples?|isolates?|mice|animals?)\b|\b(how many|how much|number of|sample sizes?|cohort sizes?|n ?=|what(?:'s| is| was) (?:the )?n\b|numbers?|(?<!(?:for|in|into) (?:a|my|the|our) )figures?|(?:statistics|stats)(?! (?:guy|gal|person|people|nerd|hat|side|background|brain|folks|dept|department|team|major|student|perspective|view))|p[- ]?values?|fold[- ]?changes?|doses?|dosage|percentages?|how big|sizes? of the)\b/ },
  { intent: 'setting', pattern: /\b((?:dish|culture|cells?|in vitro|vitro|mice|mouse|animals?|in vivo|vivo|patients?|people|humans?|person|tissue)\s*(?:,|or|\/|vs\.?|versus)\s*(?:(?:a|an|the|in|from|on)\s+)*(?:dish|culture|cells?|in vitro|vitro|mice|mouse|animals?|in vivo|vivo|patients?|people|humans?|person|tissue))|what (?:kind|type|sort) of (?:evidence|experiments?|models?|data|study|system)|which (?:model|system)|(?:was|is|were) (?:this|that|it|they|the \w+) (?:shown |done |tested |seen |found |studied |measured )?(?:in|on) (?:mice|rats|fish|rodents|animals|cells|humans|people|patients|a dish|zebrafish|dogs)\b|(?:shown|tested|done|seen|found|demonstrated) in (?:humans|people|patients)\b|experimental (?:setting|system|model)/ },
  { intent: 'pathway', pattern: /\b((?:switch|turn)(?:es|s|ed)? on(?=\s*[?.!]*\s*$)|(?:activate|trigger)s?(?=\s*[?.!]*\s*$)|what (?:does|did|do) (?:il-?\d+\w*|cx3cl1|[a-z]+\d+[a-z\d]*) (?:actually |really )?do|pathways?|signal(?:l)?ing (?:routes?|cascades?|axis|axes|programs?)|routes?|cascades?|downstream|(?:activat|switch|turn|trigger)\w* (?:on )?(?:each|both|which|what))\b|(?<=\S)\s*(?:→|->|=>)\s*\?/ },
  { intent: 'summary', pattern: /\bsum (?:it|this|that|them|(?:the|this) (?:paper|study|article|findings?|results?)) up\b|\b(?:the )?whole story of (?:this|the) (?:paper|study)\b|\bexplain (?:the |their )?main (?:finding|result|point)s?\b|\b(?:how|what) would (?:you|i) (?:say|put|explain) (?:it|this|that) (?:simply|plainly|in simple terms|in plain (?:words|english))|^(?:so |ok(?:ay)?,? )?(?:in (?:plain|simple|lay|normal|everyday|easy) (?:words|terms|english|language),? )?(?:(?:can you |could you |pls |please )?(?:give me |give us )?(?:a |an )?(?:metaphor|analogy|picture) for (?:the |this )?(?:whole )?(?:story|paper|study|thing|findings?)\b|(?:pls |please |can you |could you |can u |quick(?:ly)? )?(?:summari[sz]e|sum up|recap) (?:(?:the|this|that|our|both) (?:[\w-]+ ){0,2}(?:paper|papers|study|studies|article|one|findings?|results?|work)\b|it\b|them\b|for me\b)|(?:what(?:'s| is| are| were| was)?|whats) (?:the |their |its )?(?:main |key |big |overall |central |core )?(?:findings?|results?|takeaways?|take[- ]home(?: message)?|gist|bottom line|upshot|point|message|conclusions?|claims?)|(?:give me |can you give )?(?:a |the )?(?:summary|overview|tl;?dr|gist|short version|recap)|what did (?:they|these|those|the)?\s*(?:\w+ ){0,3}(?:scientists|researchers|authors|team|doctors|people|study|paper|they)(?: (?:from|in|at) \w+(?: \w+)?)? (?:actually |really )?(?:find|show|discover|conclude|figure out)|what(?:'s| is) (?:this|that|the) (?:paper|study|one|article) about)\b[^?]*\??$|\bwhat(?:'s| is) (?:this|that|the) (?:paper|study|one|article) about\b|\b(?:in (?:one|a) (?:sentence|line|tweet|nutshell)|one[- ]liner|(?:one|single|two|1|2)[- ](?:sentence|line|paragraph) (?:version|summary|answer|explanation|take))\b|\bwhat(?:'s| is) the (?:big )?deal (?:with|about)\b|^(?:so |ok(?:ay)?,? )?what(?:'s| is) (?:this|it|that) (?:all )?about\s*\??$|^(?:pls |please )?explain (?:it |this |that )?like (?:i'?m|im|i am) (?:five|5|a kid|a child|12|ten|10)\W*$|^eli5\W*$|\b(?:plain[- ]english|simple|short|layman'?s?|lay|eli5|kid[- ]friendly) version of (?:this|it|the (?:paper|study|findings?)|what (?:they|it|the paper|the study) (?:found|showed|says?))\b|\b(?:give|tell) (?:me|us) (?:the |a )?(?:gist|summary|overview|short version|tl;?dr)\b|\bwhat(?:'s| is) in (?:the|this|that) (?:[\w-]+ ){0,4}(?:paper|study|article)\s*\??$|\b(?:one[- ]line |main |key |big |quick )?(?:takeaways?|take[- ]home(?: message)?|upshot)\b|\bexplain (?:this|the) (?:whole )?(?:paper|study)\b|\bin (?:one|two|three|a few|2|3) (?:sentences|lines)\b|\bwhat does (?:it|this|the paper|this paper|the study) (?:claim|argue|show)\s*\??$|\bcompare (?:the |these |both |your )?(?:two )?(?:papers|studies)\b|\bwhat (?:this|the) (?:paper|study) (?:found|showed|shows)\b/ },
];

/** Asked of what usually happens, not of this paper ("which markers would you normally see change?"). */
export const IN_GENERAL = /\b(?:normally|usually|typically|in general|generally|ordinarily|classically|you'?d (?:expect|see)|(?:would|do|will|should|could) (?:you|one) (?:normally |usually |typically )?(?:see|expect|look for))\b/i;

const SETTING_WORDS = [
  /\b(?:dish(?:es)?|petri|cultures?|cultured|in vitro|vitro|cells?|cell lines?|(?:in|at) the lab|lab(?: bench| stuff| work| experiments?)|test tubes?)\b/,
  /\b(?:mice|mouse|murine|animals?|rodents?|rats?|in vivo|vivo|xenografts?)\b/,
  /\b(?:patients?|people|humans?|persons?|human tissue|tissues?|biops(?:y|ies))\b/,
];
const MOVED_CELLS = /\b(?:put|puts|putting|inject\w*|implant\w*|transplant\w*|graft\w*|place[ds]?|placing|grew|grow|grown) (?:the |their |human |tumou?r |cancer |nsclc |lung )*cells\b/g;
const BREAKDOWN = /\b(?:or|vs\.?|versus|differences?|diff|by setting|break(?:s)? (?:it )?down|breakdown|sort|split|how much of (?:this|it|the \w+))\b/;

// A setting is asked about when the question says where: "in mice", "in a dish", "from patients".
const WHERE = String.raw`\b(?:in|on|with|from|using|into|within)\s+(?:(?:the|a|an|living|live|real|actual|human|cultured|their|these|those)\s+)*`;
const SETTINGS: Array<{ evidence: Evidence[]; pattern: RegExp }> = [
  { evidence: ['animal'], pattern: new RegExp(String.raw`\b(?:in vivo|vivo|xenografts?)\b|\b(?:mouse|mice|animal|rodent) (?:data|work|experiments?|studies|results|evidence)\b|${WHERE}(?:mice|mouse|murine|animals?|rodents?|rats?|organisms?|models?)\b`) },
  { evidence: ['in-vitro'], pattern: new RegExp(String.raw`\b(?:in vitro|vitro|petri|test tubes?)\b|${WHERE}(?:dish(?:es)?|cultures?|cell lines?|cells|plates?|flasks?|the lab)\b`) },
  { evidence: ['patient-tissue'], pattern: new RegExp(String.raw`${WHERE}(?:patients?|people|humans?|persons?|tissues?|biops(?:y|ies)|samples?)\b|\b(?:human|patient|patients'?) (?:tumou?r |cancer )?(?:tissues?|samples?|biops(?:y|ies)|specimens?)\b`) },
];
const SOURCE_WORDS = new Set(['press', 'pr', 'hype', 'spin', 'blurb', 'fluff', 'news', 'article', 'piece', 'release', 'report', 'story', 'media', 'newspaper', 'journalists', 'journalist', 'reporters', 'reporter', 'headline', 'headlines', 'paper', 'abstract']);

const PRESS = /\b(press(?: (?:article|piece|release|report))?|(?<!\b(?:bad|good|great|big|grim|sad|the good|the bad) )news(?: (?:article|piece|story|report))?|media|newspaper|journalists?|reporters?|headlines?|the article|release|pr(?: (?:talk|spin|piece|blurb|fluff|speak|hype))?|hype)\b/;
const PAPER = /\b(the paper|the abstract|the study itself|the authors|in the paper|paper (?:say|says|said|report|reports)|the journal article)\b/;
const SOURCES_NAMED = [PRESS, PAPER].map((p) => new RegExp(p.source, 'g'));
// "IL26 → ?, CX3CL1 → ?": a map asked for, one arrow a factor.
const EACH = /(?:→|->|=>)\s*\?[\s\S]*(?:→|->|=>)\s*\?|\b(each|both|(?:two|2) (?:\w+ )?(?:factors|signals|molecules|cytokines|chemokines|proteins|things|players|culprits|messengers)|separately|respectively|individually|one by one|all (?:three|the) (?:factors|signals))\b/;
const YES_NO = /^(?:(?:yes or no|y\/n)\s*[:,-]?\s*)?(?:so |and |but |ok(?:ay)?,? )?(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|any)\b/;
const BIBLIOGRAPHIC = /\b(?:(?:from|by) the same (?:\w+ )?(?:group|team|lab|authors|people|hospital|institute)|authors?|wrote|written|byline|corresponding|journal(?! club)|pmc ?(?:id)?|pmcid|pmid|pubmed(?: id)?|open access|licen[cs]e|copyright|published|publish(?:es|er|ed)?|publication|doi|link|url|impact factor|title|(?:paper|study|article|journal|it) (?:is |was )?called|cite|citation|volume|issue|month|(?<!\b(?:first|second|third|fourth|final)[- ])year(?![- ]olds?\b| \d{1,2}s?\b)|date|when (?:was|did|is)|came out|come out|hospital|institution|institute|university|affiliation|department|departments|dept|country|city|(?:korean|chinese|japanese|american|european|british|german|french|asian|indian) (?:study|paper|team|group|lab|work|hospital|university|researchers?|authors?)|where (?:was|is|are|were) (?:it|this|the \w+|they)|where(?:'s| is) the (?:lab|team|group|work|study)|(?:done|carried out|conducted|performed|based|located) (?:in|at) (?!(?:mice|cells?|vitro|vivo|patients?|humans?|culture|animals?|a dish|the lab)\b)|(?:which|what|whose) (?:team|group|lab)|who (?:was|is|were|are) behind|who (?:were|was|are|is) (?:the )?(?:main |lead |senior )?(?:scientists?|researchers?|people|investigators?)|(?:who(?:'s| is| was)|who are|who were) running|running (?:the|this|that) (?:lab|study|group|team|project)|ran the|in charge|contact|led|lead|leads|leader|senior (?:ones?|authors?|people|scientists?|investigators?)|last authors?|(?<!\b(?:my|our) )pi|professors?|profs?|featured?|bric|award|recognition|selected|(?:is|was) (?:the )?(?:older|newer|more recent)|came (?:out )?first|years apart|how many years (?:apart|between|separate|later|earlier))\b/;
const WHICH_PAPER = /\bwhich of the two\b|\b(?:which|what) (?:of (?:the|your|these|our) )?(?:(?:two|2|both) )?(?:papers?|studies|study|article|one)\b(?! (?:is|was) (?:it|this))|\bwas it the \d{4} or the \d{4}\b|\bwhich paper\b|\bbetween (?:the |this )?[^,?]{3,60}? (?:paper|study|one|article) and (?:the |this )?[^,?]{3,60}? (?:paper|study|one|article),? which\b/;
const REQUEST = /\b(?:(?:medium|media|reagent|antibody|kit|vendor) (?:recommendations?|recs?|suggestions?)|(?:my|our) (?:own )?[\w-]+ (?:keep|keeps|kept) (?:dying|crashing|failing|senescing|getting contaminated)|(?:write|fix|debug) (?:me )?(?:some |the |my )?(?:\w+ )?(?:code|script|function)|volcano plot|my own (?:data|rna-?seq|results|samples)|best (?:media|medium|serum|culture conditions|conditions|protocol|kit|vendor|supplier|reagents?) (?:for|to)|(?:my|mine|our) (?:cells|cultures?|lines?) (?:keep|kept|won'?t|don'?t|are) |when is (?:our|the) (?:next )?(?:journal club|meeting|session)|(?:what|which) (?:\w+ ){0,2}(?:do|would|should) (?:you|u|i|we) use|protocol for|dilution|western blot|how much does it cost|costs? to publish|publication fees?|(?:apc|article processing) charges?|how do you say|translate|what time|when is (?:the )?journal club|where is (?:the )?journal club|any tips|tips (?:for|on)|advice (?:for|on)|how (?:do|can|should) i\b(?! (?:explain|describe|summari[sz]e|put|tell|present|pitch))|how to (?:apply|get|find|culture|grow|make)|(?:can|could) (?:you|u) (?:recommend|suggest)|recommend (?:a|an|some|me)|suggest (?:a|an|some|me)|good (?:review|book|restaurants?|hotels?|places?)|where (?:can|do|should) i (?:find|get|buy|stay|eat|apply)|apply for|job|postdoc position)\b/;
// Verbs that report what a source says: "the news piece talks about two signals"; and the words that
// ask for a comparison ("the common thread", "in common").
const REPORTING = /\b(?:in common|common (?:thread|ground|denominator|theme|link|point)s?|talks? about|talking about|mentions?|mentioned|mentioning|discuss(?:es|ed)?|describes?|described|refers? to|keeps? saying|keeps? mentioning|according to|as per|in the (?:press|paper|article|abstract)'s (?:version|telling|words))\b/g;
// "Which paper brings in mTOR?", "which study looked at stem-cell traits?": how a paper relates to a
// topic, when the question is which paper it is, says nothing about the topic.
const COVERING = /\b(?:brings? in|brought in|bringing in|brings?|brought|bringing|deals? with|dealt with|dealing with|looks? at|looked at|looking at|(?:is|was|are|were) about|covers?|covered|features?|featured|involves?|involved|focus(?:es|ed)? on|names?|named|stud(?:y|ies|ied)|examined|investigated|explored|tested|had|has|includes?|included|uses?|used|becom(?:e|es|ing)|became|poured|showed|shows|found|reported)\b/g;
// "in plain english", "just the name", "yes or no": how to answer, not what about.
const REGISTER = /\b(?:explain (?:it |this |that )?(?:to me )?like (?:i'?m|im|i am|you'?re talking to) (?:a |an )?(?:[\w-]+ ){0,2}?(?:five|5|\d+|kids?|child|grandma|granny|grandpa|gp|doctor|nurse|student|pharmacist|clinician|layperson|layman|retiree|beginner|newbie|novice|idiot|dummy|non-?scientist|\w+ists?|\w+ers?)\b(?: who [^.?!,]*)?|(?:that |which )?(?:i|we) (?:can|could) (?:tell|explain to|pass on to|repeat to) (?:my|our|a|the) (?:[\w-]+ ){0,2}?(?:grandkids|grandchildren|kids|children|family|parents|mum|mom|dad|friends?|students?|class|partner|neighbou?rs?|non-?scientists?|patients?|team|boss|book club|relatives|in-laws|colleagues)\b|in (?:\w+[- ])?(?:plain|simple|normal|everyday|ordinary|lay(?:man'?s?)?|person|people|human|non-?scientist) (?:english|words|terms|language|speak)|eli5|simply|in a nutshell|for (?:a )?(?:non[- ]?scientists?|someone who isn'?t a scientist|dummies)|no (?:preamble|explanation|details|fluff|intro)|nothing else|(?:just|only) the (?:name|names)|(?:name|names) only|just (?:the )?(?:name|names)|one[- ]word(?: answer)?(?: (?:is )?fine)?|in one (?:sentence|line|word)|no need for more|(?:is )?fine|short answer|briefly|yes or no|roughly|in short|tl;?dr|(?:in )?plain (?:terms|words|english|language)(?: please| pls)?|(?:no|without(?: the)?|less|minimal) jargon|sorry (?:to|for) (?:the )?(?:vent|venting|rant|ranting|essay|long message|rambling|ramble)|(?:want|need|have) to cite (?:it |this |them |the paper )?(?:properly|correctly|right)|(?:skip|leave out|ignore|cut|drop|without|no) (?:the )?(?:press(?: release| article)?|news|media|pr|hype)?\s?(?:fluff|spin|hype|stuff|bits?|part)(?: pls| please)?|(?:honest|straight|quick|short) answer(?: please| pls)?|(?:^|(?<=[,.;:!?-]\s{0,3}))(?:[\w-]+ ){1,2}(?:here|speaking)(?=\s*[,.:;!?-]|$)|(?:[\w-]+ ){0,2}(?:hat|cap) on|as (?:a|an|the) (?:[\w-]+ ){0,2}(?:person|guy|gal|nerd|doc|doctor|nurse|surgeon|student|teacher|coordinator|physicist|oncologist|pharmacist|statistician|clinician)\b|^(?:[\w-]+ ){1,2}(?:q|qn|question)(?=\s*[:,-])|\d+ min(?:ute)?s? (?:between|before|until) \w+|for (?:those of us|the (?:rest|non-?scientists?) of us|people|someone|anyone|us) who (?:[\w'-]+ ){0,5}[\w'-]+|for (?:a|an|my|our|the) (?:[\w-]+ ){0,2}(?:leaflets?|handouts?|flyers?|brochures?|newsletters?|slides?|talks?|posters?|tweets?|posts?|emails?|class|lecture|seminar)|\bhow long\b)\b/g;

const LENGTH_ASIDE = /^\W*(?:[\w' ]{0,30},\s*)?(?:short|quick|brief|tl;?dr|one[- ]line)(?: version| answer| one)?(?: pls| please)?\s*[:\-–—]\s*(?=(?:what|whats|how|why|which|who|when|where|does|do|did|is|are|can|could)\b)/;

const PATHWAY_ITSELF = /\b(?:what(?:'s| is)|whats|explain|eli5(?: what)?)\s+(?:a|an)\s+(?:signall?ing |cell(?:ular)? |molecular )?pathway\b(?!\s+(?:that|which|does|did|do|they|it|such as|e\.?g|like (?!i'?m\b|im\b|you\b|a kid\b)))|\bwhat (?:are|r) (?:signall?ing |cell(?:ular)? )?pathways\b(?!\s+(?:that|which|does|did|do|they|it)\b)|\bwhat (?:a|an) (?:signall?ing )?pathway (?:is|means)\b|\bwhat does (?:signall?ing )?pathway mean\b/;

/** Reads the question's intent and framing words. `text` is the question as typed (already cleaned). */
export function readIntent(text: string): IntentReading {
  // "which STATs?" in capitals names the STAT proteins, not statistics.
  const lower = text.replace(/\bSTATs\b/g, 'STAT proteins').toLowerCase().replace(/[’‘]/g, "'");
  let intent: Intent = 'fact';
  const framing = new Set<string>();
  // "In plain words, what did the 2017 paper show?", "What did they find? Plain English please.": a
  // summary asked in one clause of several.
  // "med student, short version pls: what does JAK-STAT3 do?": how short is an aside; what follows is asked.
  const aside = LENGTH_ASIDE.exec(lower);
  if (aside) for (const t of tokenize(aside[0])) framing.add(t);
  const asked = aside ? lower.slice(aside[0].length) : lower;
  const clauses = asked.split(/(?<=[.?!;])\s+|,\s+/).map((c) => c.trim()).filter(Boolean);
  for (const rule of RULES) {
    // "ELI5 what a signalling pathway is": the idea itself is asked, not which pathway something uses.
    if (rule.intent === 'pathway' && PATHWAY_ITSELF.test(asked)) continue;
    const m = rule.pattern.exec(asked) ?? (rule.intent === 'summary' && clauses.length > 1 ? clauses.map((c) => rule.pattern.exec(c)).find((x) => x !== null) ?? null : null);
    if (!m) continue;
    intent = rule.intent;
    // The words that named the intent say nothing about the subject.
    // A molecule inside the phrase ("what does CX3CL1 do") is its subject.
    // "what does IL-26 do": the letters of a molecule's name ("il" of "il-26") are its subject too.
    const namesMolecule = new Set([...m[0].matchAll(/\b([a-z]+)-\d/g)].map((x) => x[1]));
    for (const t of tokenize(m[0])) if (!SUBJECT_WORDS.has(t) && !/\d/.test(t) && !namesMolecule.has(t)) framing.add(t);
    break;
  }
  // "Did they try it on actual people or was it all mice and petri dishes?": two or more settings
  // named apart, with a choice or a breakdown, ask where the findings come from.
  // "Did they put the cells in the brain or under the skin?": cells put somewhere are what was moved, not a setting.
  const settingText = lower.replace(MOVED_CELLS, ' ');
  if ((intent === 'fact' || intent === 'count') && SETTING_WORDS.filter((p) => p.test(settingText)).length >= 2 && BREAKDOWN.test(settingText)) {
    intent = 'setting';
    for (const t of tokenize(lower)) if (SETTING_WORDS.some((p) => p.test(t)) || BREAKDOWN.test(t)) framing.add(t);
  }
  for (const m of lower.matchAll(REGISTER)) for (const t of tokenize(m[0])) framing.add(t);
  for (const m of lower.matchAll(REPORTING)) for (const t of tokenize(m[0])) framing.add(t);
  const whichPaper = WHICH_PAPER.test(lower);
  if (whichPaper) for (const m of lower.matchAll(COVERING)) for (const t of tokenize(m[0])) if (!SUBJECT_WORDS.has(t)) framing.add(t);
  // Which source is asked about is a filter, not content: "what does the press article say".
  for (const pattern of SOURCES_NAMED) for (const m of lower.matchAll(pattern)) for (const t of tokenize(m[0])) if (SOURCE_WORDS.has(t)) framing.add(t);
  const evidence = SETTINGS.filter((s) => s.pattern.test(lower)).flatMap((s) => s.evidence);
  const press = PRESS.test(lower);
  const paper = PAPER.test(lower);
  const sourceKind = press && !paper ? 'press' : paper && !press ? 'paper' : undefined;
  return {
    intent,
    framing,
    ...(evidence.length > 0 ? { evidence } : {}),
    ...(sourceKind ? { sourceKind } : {}),
    each: EACH.test(lower),
    yesNo: YES_NO.test(lower),
    bibliographic: BIBLIOGRAPHIC.test(lower),
    request: REQUEST.test(lower),
    whichPaper,
  };
}

// Words inside an intent phrase that still carry the subject ("patients" in "can patients benefit").
const SUBJECT_WORDS = new Set(['mice', 'mouse', 'animals', 'animal', 'cells', 'cell', 'patients', 'patient', 'people', 'humans', 'human', 'tissue', 'dish', 'culture', 'vitro', 'vivo', 'press', 'news', 'media', 'article', 'doses', 'dose', 'dosage']);
