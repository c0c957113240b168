/**
 * Personal medical questions: the bot never advises on anyone's care. A journal club sometimes
 * has a patient's relative in it, and a question such as "should my mother stop her chemo?" must
 * get a kind decline, not drug-resistance claims. Two signals decide: someone whose care is at
 * stake (a relative, the asker, "a friend", a pet, a hypothetical "if I had"), or a request for a
 * treatment decision (doses, what to take or stop, joining a trial, buying a drug). Research
 * questions about the study ("what cisplatin dose did the mice get?") are not advice.
 */
import { partlyInAnotherLanguage } from './languages.js';
import { MEDICAL_THRESHOLD, type MedicalModel, shippedMedicalModel } from './medical-model.js';
import { tokenize } from './text.js';

// Family words members write in their first language inside English ("nanay ko po has brain mets",
// "Bapu ji", "dziadek's dexamethasone", "my cuñada"): unlike "ma" or "pop", none is an everyday English word.
const FAMILY_WORDS =
  'nanay|tatay|lola|lolo|tita|tito|appa|eomma|umma|omma|halmeoni|harabeoji|bapu(?: ?ji)?|papa ?ji|dadi|dadaji|nani|naniji|ammi|abbu|amma|abuel[ao]|abuelit[ao]|cuñad[ao]|cunad[ao]|suegr[ao]|dziadek|dziadka|babcia|babci|nonna|nonno|yiayia|papou|jiddo|teta|oma|opa';

const RELATIVES =
  'step-?(?:mother|father|mom|mum|dad|son|daughter|brother|sister)|mother|mom|mum|mommy|mummy|ma|father|dad|daddy|pa|wife|husband|partner|spouse|son|daughter|brother|sister|aunt|auntie|uncle|cousin|niece|nephew|grandma|grandmother|granny|gran|nan|nana|grandpa|grandfather|grandad|granddad|pop|friend|girlfriend|boyfriend|gf|bf|better half|other half|significant other|him indoors|her indoors|wifey|old man|old lady|nanna|mam|mammy|pops|missus|fianc[eé]e?|kid|kids|child|children|baby|family|relative|relatives|parent|parents|in-laws?|sibling|siblings|colleague|neighbou?r|(?:patients?|pts?|clients?)(?! (?:groups?|advocates?|advocacy|organi[sz]ations?|associations?|charit(?:y|ies)|forums?|leaflets?|information|education|panels?|representatives?|council|communit(?:y|ies)|partners)\\b)|dog|cat|pet|' + FAMILY_WORDS;
// The person whose care is at stake: a relative or pet with a condition or facing a care decision,
// the asker's own health, a friend "asking for", a hypothetical "if I had".
const CARE_PARTS = [
  `\\b(?:my|our)\\s+(?:\\w+\\s)?(?:${RELATIVES})(?:'?s)?\\b(?:\\W+\\w+){0,7}?\\W+(?:has|had|have|got|gets|is on|was on|is having|is getting|is being|was just|was|with|on|diagnosed|taking|takes|getting|needs|wants|oncologist|doctor|cancer|tumou?rs?|mets|scans?|mri|chemo\\w*|radiation|treatment|prognosis|chances|left|spots?|mass|lump|nodules?|lesions?)\\b`,
  `\\b(?:should|could|can|would|will|does|do|is it \\w+ for|would it \\w+) (?:my|our) (?:\\w+\\s)?(?:${RELATIVES})\\b`,
  `\\b(?:for|help|treat|save|cure|protect|tell) (?:my|our) (?:\\w+\\s)?(?:${RELATIVES})\\b(?=.*\\b(?:cancer|tumou?r|mets|chemo|radiation|treatment|drug|trial|inhibitor|antibod|help|work|should|take|stop|skip)\\b)`,
  // "patients with brain mets" are a class, not someone's care; "our brain-met patients on chemo" are the asker's.
  `\\b(?:(?<=\\b(?:my|our) (?:[\\w-]+ ){0,2})|(?!patients\\b|pts\\b))(?:${RELATIVES})(?:'?s)? (?:\\w+[- ])?(?:oncologist|doctor|surgeon|cancer|tumou?rs?|mets|scan|mri|chemo|radiation|treatment|brain spots?|brain mets|lung cancer)\\b`,
  `(?:^|[.!?]\\s+)\\W*(?:(?:my|our|a|the|this) )?(?:pt|patient|client) (?:on|with|w\\/|who|has|had)\\b|\\b(?:someone|somebody|a friend|a person)'s (?:\\w+ )?(?:brain|lung|cancer|tumou?r|mets?|scan|mri|report|chemo|biopsy|surgery|treatment)\\b|\\bpt (?:w\\/|with)\\b|\\bsecond opinion\\b|\\b(?:pt|patient) (?:on|in|at) (?:our|my) (?:unit|ward|clinic|service|list|team|floor|practice)\\b`,
  `\\b(?:a|one) (?:good |close )?friend (?:has|had|with|who has|who's|whos|of mine has|is on|was diagnosed)\\b|\\basking for a friend\\b|\\bfor a ['"‘“]?friend\\b|^\\W*(?:a )?(?:friend|colleague|neighbou?r|coworker|co-worker)(?: of mine)? (?:just )?(?:got|was|has been|is) (?:dx|dx'd|diagnosed)\\b|\\b(?:it'?s|its|this is) (?:about )?me\\b\\)?|\\((?:me|myself|it'?s me)\\)`,
  `\\bsomeone (?:i know|close to me|with (?:lung|brain|cancer|mets|nsclc)|who has)\\b`,
  `\\bif (?:i|someone|a person|my \\w+) (?:had|have|has|got|were|was|get|gets) (?:\\w+ ){0,3}(?:cancer|tumou?rs?|mets|metastas\\w*|nsclc|brain spots?|diagnosed)\\b`,
  `\\b(?:i|i'm|im|i've|ive) (?:have|has|had|got|am|was|'m|'ve got|ve got|was just|just got|recently got|been getting|been having|keep getting|kept getting|am getting|started getting|'ve been getting|'ve been having) (?:[\\w+-]+ ){0,3}(?:cancer|ca|tumou?rs?|mets?|metastas\\w*|nsclc|diagnosed|nodules?|lesions?|lumps?|bumps?|spots?|stage|headaches?|seizures?|symptoms?|pain|cough\\w*|dizz\\w*|numbness|blurr\\w+ vision)\\b`,
  `\\bmy (?:own )?(?:\\w+ )?(?:cancer|tumou?rs?|mets|metastas\\w*|chemo\\w*|radiation|radiotherapy|scan|scans|mri|ct|pet|x-?rays?|biopsy|treatment|therapy|meds|medication|doctor|oncologist|surgeon|chances|odds|prognosis|levels|results|reports?|labs?|bloods?|markers?|cea|ctdna|counts?|diagnosis|condition|disease|lungs?|brain|head|symptoms|pain|headaches?|lobectomy|surgery|operation|resection|nodules?|gp|dex|steroids?|\\w+(?:mab|nib|tinib|limus|platin|taxel|ciclib|parib))\\b|\\b(?:i'?m|i am) (?:\\w+ )?(?:resistant|refractory|metastatic|terminal)\\b`,
  `\\b(?:protect|help|cure|treat|save) (?:my|our) (?:\\w+\\s)?(?:${RELATIVES})\\b`,
  `^\\W*(?!patients?\\b|pts?\\b)(?:${RELATIVES}) (?:\\w+ ){0,2}(?:diagnosed|has (?:lung|brain|stage|cancer|mets)|had (?:lung|brain|cancer)|got (?:lung|brain|cancer))\\b`,
  `\\basking for (?:me|myself|a (?:friend|relative|family member|colleague|neighbou?r)|someone|somebody|my \\w+)\\b`,
  `\\bask (?:my|our) (?:gp|doctor|oncologist|physician|consultant|nurse|surgeon|team|care team)\\b`,
  // "help me understand …", "help me with my own project": a reader's or a researcher's help, not care.
  `\\b(?:protect|help|cure|treat|save) (?:me|myself)\\b(?! (?:to )?(?:understand|figure|make sense|get (?:my head|it|this)|see|explain|write|prepare|present|summari[sz]e|out\\b|with (?:my|our|the|this|a|an) (?:own )?(?:project|slides?|talk|presentation|homework|thesis|essay|summary|reading|understanding|journal club|review|grant|poster)))|\\b(?:work|good|safe|right|best|an option) for me\\b`,
  `(?<!(?:should|would|could|can|do|shall|must) )\\b(?:i|we) (?:take|am taking|was put on|started|stopped)\\b|\\b(?:i'm|im|i am|we're|we are) (?:already |still |now |currently )?(?:on|taking)\\b`,
  `\\ba patient (?:saw|read|asked|wants|of mine|has)\\b|\\b(?:patient|pt|client) of (?:mine|ours)\\b|\\bwhat (?:do|should|can|would|shall) i (?:tell|say to|reply to|write to|answer|respond to|advise|recommend to) (?:her|him|them)\\b`,
  `\\b(?:a|an|one|this) (?:\\w+ )?(?:woman|man|lady|guy|person|gentleman|parishioner|client|resident) (?:i'?m|i am|i've been|ive been|i) (?:supporting|caring for|looking after|visiting|helping|sitting with|seeing)\\b`,
  `\\bif (?:this|it|that) (?:were|was) (?:your|my) (?:own )?(?:\\w+\\s)?(?:${RELATIVES}|family member)\\b`,
  `\\bwould you (?:\\w+ )?(?:take|try|do|want|choose|use|get|push for|ask for)\\b.*\\bif you (?:had|were|got)\\b`,
  `\\b(?:in|for) my (?:own )?(?:body|system|blood|case)\\b`,
  `\\b(?:i'?m|im|i am|i've been|ive been) (?:halfway through|midway through|through|doing|having|receiving|getting|in the middle of|finishing|starting|about to start) (?:\\w+ ){0,2}(?:chemo\\w*|cisplatin|radiation|radiotherapy|treatment|therapy|immunotherapy|a course)\\b`,
  `\\b(?:i've|i have|ive|i've got|we have|we've got) (?:a |an )?(?:\\w+ )?(?:patient|pt|client|resident)\\b`,
  `\\b(?:i smoke|i smoked|i'm a smoker|im a smoker|i used to smoke)\\b|\\b(?:am i|are we) (?:likely|going|gonna|at risk)\\b`,
  // The subject left out, as in chat: "had lung cancer 2 yrs ago and now headaches every morning".
  // "was just diagnosed, is it curable", "diagnosed last month, stage IIIb", "been on tofacitinib for years".
  `^\\W*(?:(?:was|got|been|just got|recently|newly) )?(?:just )?(?:diagnosed|dx'?d)\\b|^\\W*been on\\b`,
  `^\\W*(?:had|have|got|found|noticed|felt|been having|been getting|keep getting|been diagnosed with|diagnosed with|finished|just finished|done with) (?:\\w+ ){0,3}(?:cancer|ca|tumou?rs?|mets?|metastas\\w*|nsclc|headaches?|seizures?|symptoms?|nodules?|lesions?|spots?|masse?s?|lumps?|bumps?|chemo\\w*|radiation|radiotherapy|surgery|lobectomy|diagnosed|dx)\\b`,
  `\\b(?:can|could|where (?:can|do|could)|how (?:can|do|could)) (?:i|we|my \\w+) (?:get|buy|obtain|access|order|try|take|be given|get hold of) (?:\\w+ ){0,4}(?:antibod\\w*|drugs?|inhibitors?|blockers?|treatments?|therap\\w*|medicines?|medications?|pills?|chemo\\w*|trials?|rapamycin|everolimus)\\b`,
  `^\\W*(?:i'?m |i am )?stage (?:[1-4][abc]?|i{1,3}|iv|one|two|three|four)\\b(?: here\\b|,|\\.)|\\b(?:i'?m|i am) stage (?:[1-4][abc]?|i{1,3}|iv|one|two|three|four)\\b`,
  `\\bhow long (?:do|have|would|will) i (?:have|got|live)\\b`,
  // "What would you do in my place?", "offered SRS or surgery": the asker's own care decision.
  `\\b(?:in|from) my (?:place|shoes|position|situation)\\b|\\b(?:i was|i've been|ive been|i'm being|im being|i am being|she was|he was|she's been|he's been|they've offered (?:me|her|him)) offered\\b`,
  // "im booked for brain met surgery next month": the asker's own treatment to come.
  `\\b(?:i'?m|i am|i've been|ive been|i was|i got) (?:booked|scheduled|listed|due|referred|waiting) (?:in |for |to have |to start )?(?:\\w+ ){0,3}(?:surgery|operation|resection|biopsy|scan|mri|chemo\\w*|radiation|radiotherapy|srs|treatment|therapy|immunotherapy)\\b`,
  // "for someone on cisplatin right now, like me, …": a kind of patient the asker says they are.
  `\\b(?:someone|somebody|a person|people|patients?|anyone) (?:on|taking|getting|having|with|who (?:has|have|is|are)) (?:[\\w-]+[ ,]+){0,5}?(?:like me|like myself|as i am|like i am)\\b|\\b(?:someone|somebody|people|patients?|others|folks|a person) like (?:me|myself)\\b(?! who (?:aren't|are not|don't|do not|have no|lack|never|know)| without)`,
  // "patient here.", "I'm a survivor": the asker's own care (not "a patient advocate").
  `^\\W*(?:(?:a |lung cancer |cancer |nsclc )?(?:patient|survivor|caregiver|carer)) here\\b|\\b(?:i'?m|i am) (?:a |an )?(?:(?:lung )?cancer |nsclc |stage \\w+ )?(?:patient|survivor)\\b(?! (?:advocate|rep|representative|partner|panel|group|organi[sz]ation)s?\\b)|\\bfor my (?:own )?(?:peace of mind|sanity|planning|decision|information|info|sake)\\b`,
  // "thinking of trying it", "considering stopping": a step the asker means to take.
  `\\b(?:thinking (?:of|about)|considering|planning (?:to|on)|tempted to) (?:trying|taking|starting|stopping|using|asking for|getting|cutting|adding|giving|switching|dropping|try|take|start|stop|use|ask for|get|go on|going on|cut|add|give|switch|drop)\\b`,
  // "doc wants to give me WBRT", "my onc suggested …": a treatment offered to the asker.
  `\\b(?:give|giving|put|putting|start|starting|offer|offering|prescrib\\w+) me (?:on )?(?:\\w+ ){0,2}(?:chemo\\w*|radiation|radiotherapy|wbrt|srs|surgery|treatment|therapy|immunotherapy|drugs?|steroids?|\\w+(?:mab|nib|limus|platin|taxel))\\b`,
  // "consultant told me last wk …", "my onc says gamma knife": what the asker's own doctors said.
  `\\b(?:consultant|doctor|doc|onc\\w*|surgeon|neurosurgeon|gp|team|specialist|physician|registrar|reg) (?:told|tells|has told|gave|offered|wants|said to) me\\b|\\bmy (?:onc|oncologist|consultant|neurosurgeon|surgeon|team|gp|specialist|doctor|doc) (?:says|said|suggests|suggested|recommends|recommended|wants|proposed|thinks|offered|offers|gave|put me)\\b`,
  // "I'm ALK+ on lorlatinib": the asker's own drug, with a word or two about them between.
  `\\b(?:i'?m|i am) (?:[\\w+-]+ ){1,2}on (?:\\w+ )?(?:\\w+(?:mab|nib|tinib|limus|platin|taxel|ciclib|parib|tide)|chemo\\w*|immunotherapy|steroids?|dex\\w*|treatment|therapy|radiation|radiotherapy)\\b`,
  // "in remission 14 months now", "cancer-free since March": the asker's own history.
  `^\\W*(?:i'?m |i am |been )?(?:in remission|cancer[- ]free|nsclc survivor|a (?:lung cancer )?survivor)\\b`,
  // "if YOU were 58 with stage 4 adeno …, would you push for radiation?": one person's case put to the bot.
  `\\bif (?:you|u) (?:were|was|had|got) (?:[\\w+-]+ ){0,6}?(?:(?<!\\b(?:reviewer|referee|number|no\\.?|author|figure|fig\\.?) )\\d{1,3}|stage|cancer|mets?|adeno\\w*|nsclc|diagnosed|spots?|lesions?)\\b.*\\bwould (?:you|u)\\b`,
  // "his biopsy report says …", "my old man's MRI letter": someone's own medical document.
  `\\b(?:my|his|her)\\s+(?:[\\w-]+\\s){0,2}(?:scan|report|letter|mri|ct|pet|biopsy|pathology|results?|bloods?|labs?)\\b`,
  // "the person I look after", "one of ours on the ward": someone in the asker's care.
  `\\bthe (?:person|man|woman|lady|gentleman|patient|client|resident|one) (?:i|we) (?:look after|care for|support|nurse|visit|sit with)\\b|\\bone of (?:ours|mine|our patients|my patients) (?:on|in) the (?:ward|unit|clinic|list)\\b`,
  // "got a gent on dex 4mg bd + carbo/pem", "the registrar said they might try temozolomide for him": a patient's own treatment.
  `\\b(?:got|have|seeing) a (?:gent|gentleman|lady|man|woman|patient|pt|chap|bloke|guy) (?:on|with|who)\\b|\\b(?:try|give|start|put) (?:\\w+ ){0,2}(?:for|on) (?:him|her)\\b`,
  // "Jin-ho's oncologist mentioned a trial", "Joan is 67, adeno": someone named, with their own doctors or age.
  `\\b(?!the\\b|this\\b|paper\\b|study\\b|journal\\b|press\\b)[a-z][a-z-]+'s (?:oncologist|onc|doctor|consultant|surgeon|gp|care team|chemo|scan|mri|biopsy)\\b|^\\W*[a-z][a-z-]+ is \\d{1,3}\\b,`,
  // "He had 30 Gy in 10 fractions WBRT", "she finished chemo on friday": someone's own treatment.
  `\\b(?:he|she) (?:had|has had|is having|finished|started|is on|was on) (?:\\w+ ){0,4}(?:chemo\\w*|radiation|radiotherapy|wbrt|srs|\\d+ ?gy|cycles?|treatment|surgery|cisplatin)\\b`,
  // "a family asked me whether their mother should …": someone's care put to the asker.
  `\\b(?:a|one|the) (?:family|patient|client|relative|daughter|son|wife|husband|caller|reader) (?:asked|asks|wants to know|wanted to know) (?:me )?(?:whether|if|what|how)\\b`,
  // A case told by name or age ("Mr Kim, 62, EGFR-mutant NSCLC"): someone's own care.
  `\\b(?:mr|mrs|ms|miss|mx)\\.? [a-z][\\w'-]*\\b|\\b(?:a|an|my|our|this) \\d{1,3}[- ]?(?:y\\/?o|yo|year[- ]old|yr[- ]old)\\b|(?:^|[\\s,(])\\d{1,3} ?(?:y\\/o|yo|yrs? old|[mf])(?=[\\s,.;)]|$)`,
];
// The patterns naming a relative are most of the size; compiling them costs about 20 ms the first
// time they run, so they run (and compile) only once a relative is named at all. Each such pattern
// must need a relative to match: one that can match without (an alternative joined to it) goes apart.
const NAMES_RELATIVE = CARE_PARTS.filter((p) => p.includes(RELATIVES));
const RELATIVE_NAMED = new RegExp(`\\b(?:${RELATIVES})(?:'?s)?\\b|\\bfamily member\\b`);
const CARE_ABOUT_RELATIVE = new RegExp(NAMES_RELATIVE.join('|'));
const CARE_OTHER = new RegExp(CARE_PARTS.filter((p) => !NAMES_RELATIVE.includes(p)).join('|'));
const CARE_SUBJECT = { test: (text: string) => CARE_OTHER.test(text) || (RELATIVE_NAMED.test(text) && CARE_ABOUT_RELATIVE.test(text)) };
const CONDITION =
  /\b(?:cancer|tumou?rs?|mets?|bms?|spread\w*|onc|resist\w*|cea|hospice|comfort care|palliative|midline shift|resected|resection|pregnan\w*|lumps?|block(?:ing|ed)?|adeno\w*|egfr|srs|wbrt|gy|ecog|kps|told \d+(?:[-–]\d+)? (?:months?|weeks?|years?)|dexa\w*|steroids?|predni\w*|metastas[ie]s|metastatic|nsclc|lung|brain|diagnos\w*|chemo\w*|radiation|radiotherapy|treatment|treated|therapy|therapies|drugs?|medicines?|medications?|meds|pills?|tablets?|supplements?|foods?|diet|trials?|oncologist|doctor|physician|surgeon|scan|mri|spot|nodules?|lesions?|sick|ill|illness|disease|arthritis|prognosis|chances|odds|levels|tested|test|blood|left to live|survive|surviving|dying|inhibitors?|blockers?|antibod(?:y|ies)|osimertinib|cisplatin|\w+(?:mab|nib|limus|platin|taxel|rubicin|ciclib|parib)|immunotherapy|surgery|operation|relapse|symptoms?|headaches?|pain|biops(?:y|ies)|outlook|survival)\b/;
const DECISION = /\b(?:(?:good|bad) idea|decid(?:e|ing)|the right (?:call|choice|decision|thing to do)|better or worse|is (?:that|this|it) (?:dangerous|serious|bad|normal)|shouldn'?t|is there (?:any |a )?point|worth (?:continuing|carrying on|it)|should|shall|could|can|would|will|must|need to|ought to|is it (?:safe|ok|okay|worth|wise|better|too late|pointless|useless|futile|hopeless|a waste)|worth|do you (?:think|recommend|suggest)|would you|recommend|advise|what (?:can|should|do|shall) (?:i|we|she|he|they) do|is there (?:a|any) (?:pill|drug|medicine|treatment|supplement|cure|trial))\b/;
// Treatment decisions asked in general terms are advice too, unless they ask what the study did.
const CARE_REQUEST = new RegExp(
  [
    `\\bshould (?:patients|people|doctors|oncologists|clinicians|we|they) (?:stop|start|avoid|take(?! (?:the|this|that|it|these|those) (?:\\w+ )?(?:press|paper|claims?|line|results?|findings?|article|study|data|evidence|quote|headline|story|abstract)\\b)|switch|get|skip|refuse|be given|be treated|add|use|try|ask for|change|alter|modify|adjust|escalate|delay)\\b`,
    // "for a patient with NSCLC", not "for a patient leaflet" or "our patient support group".
    `\\b(?:for|with) (?:a|this|my|our|the) patient(?=\\s+(?:with|who|whose|on|in|of)\\b|\\s*[?.!,;-]|$).*\\b(?:should|could|would|can|is it safe|worth)\\b|\\b(?:should|could|would|can|is it safe|worth)\\b.*\\bfor (?:a|this|my|our) patient(?=\\s+(?:with|who|whose|on|in|of)\\b|\\s*[?.!,;]|$)`,
    // "should I take this with a grain of salt?" is about the paper; "should I take curcumin?" is not.
    `\\bshould (?:i|she|he|we) (?:be (?:asking|pushing|taking|starting|stopping|trying|looking|going)|say (?:no|yes) to|turn down|decline|accept|agree to|go ahead with|go through with|opt (?:for|out of)|stop|start|avoid|switch|skip|refuse|quit|keep taking|continue taking|ask (?:for|about|my|her|his)|ask to (?:go on|get|try|start|be put on|switch)|push for|insist on|be (?:worried|scared|concerned)|worry|take (?!(?:this|it|that|these|those|them)\\b|(?:a|an|the) (?:grain|pinch|look|closer|step|break|moment|second|minute|note|peek|stab|guess|course|class|paper|study|results?|findings?|claims?|press|article|abstract|authors?|data|word)\\b))\\b`,
    `\\bshould (?:a |the )?(?:patient|person|someone|sufferer)s? (?:with \\w+(?: \\w+)? )?(?:follow|eat|take|avoid|stop|start|try|get|use|do)\\b`,
    `\\bwhat (?:diet|food|foods|supplements?|vitamins?|treatment|drug|medicine) (?:should|would|could|can|is best)\\b|\\bwhat (?:diets?|foods?|supplements?|vitamins?|herbs?) (?:help|helps|work|works|are good|is good)\\b`,
    `\\b(?:what|which) (?:treatment|drug|therapy|medicine|option) would you (?:choose|take|pick|recommend|go for)\\b`,
    `\\b(?:what|which) (?:\\w+ )?(?:dose|dosage|amount)\\b`,
    // "What's the right cisplatin dose for someone with 2 brain mets?": a dose or drug for a kind of patient.
    `\\b(?:doses?|dosage|dosing|treatments?|drugs?|therap(?:y|ies)|regimens?) (?:\\w+ ){0,2}for (?:someone|somebody|a person|anyone|people|a patient|patients) (?:with|who|on)\\b|\\b(?:doses?|dosage|dosing) (?:\\w+ ){0,2}for (?:a |an )?\\d+ ?kg\\b`,
    `\\bis it (?:ok|okay|safe|fine|alright|wise|bad|dangerous) (?:for (?:me|her|him|them) )?to (?:just )?(?:stop|skip|quit|start|refuse|delay|pause|come off) (?:\\w+ ){0,2}(?:chemo\\w*|treatment|therapy|meds|medications?|cisplatin|radiation|radiotherapy|drugs?|steroids?|dex\\w*)\\b|\\bis it (?:ok|okay|safe|fine|alright) (?:for (?:her|him|them) to|if (?:he|she|they|i)) (?:just )?(?:have|drink|eat|take|keep|go|do|fly|travel|drive|work|exercise|stops?|skips?|quits?|comes? off|halves?|lowers?|drops?)\\b`,
    `\\bhow (?:much|many) (?:of )?(?:\\w+ )?(?:cisplatin|chemo|drugs?|medicines?|pills?|tablets?|mg|doses?|supplements?|it|of it|radiation|gy) (?:should|to take|to give|is safe|can)\\b`,
    // "How much curcumin would a person with brain mets need to take?": an amount for someone to take.
    `\\bhow (?:much|many) (?:\\w+ ){0,2}(?:would|should|does|do|must|can) (?:a person|someone|somebody|people|a patient|patients|i|he|she|they|you) (?:\\w+ ){0,4}?(?:need to |have to |want to )?(?:take|use|eat|drink|have)\\b`,
    `\\bbest (?:treatment|drug|therapy|dose|dosage|option|diet|food|supplement|vitamin)s?\\b|\\bcompassionate use\\b|\\bexpanded access\\b`,
    `\\b(?:works?|work) best for\\b`,
    `\\bis it safe to\\b(?! (?:say|assume|conclude|claim|call|think|believe|infer|generali[sz]e|extrapolate))|\\b(?:safe|ok|okay) (?:with|alongside|during|while on)\\b|\\b(?:drugs?|medicines?|treatments?|therap\\w+|antibod\\w+|inhibitors?|blockers?|trials?) (?:\\w+ ){0,5}(?:i|we|she|he|they|my \\w+) (?:could|can|should|might) (?:ask for|request|go on|get onto)\\b|\\bsafe to (?:take|use|give|combine|mix|stop|start)\\b`,
    // "stop chemo or not", "keep going with the treatment or stop?": a decision on a course of treatment, put bare.
    `^\\W*(?:(?:so|ok|okay|and|but|honestly|just)\\W+)?(?:stop|start|continue|keep|quit|skip|switch|pause|delay|refuse)\\w* (?:(?:the|her|his|my|their|with|going with|on) )*(?:chemo\\w*|treatment|therapy|meds|medications?|cisplatin|radiation|radiotherapy|radio|immunotherapy|drugs?|steroids?)\\b[^?.!]{0,20}\\bor (?:not|stop\\w*|continue|keep going|carry on)\\b`,
    `\\b(?:join|enrol\\w*|sign up for|get into|get on|qualify for|eligible for) (?:a |the |this |an |any )?(?:clinical )?(?:trial|study)\\b`,
    `\\btrials? (?:\\w+ ){0,5}(?:i|we|he|she|they) (?:can|could|might) (?:sign up|enrol\\w*|register|join|apply|get into|get onto|take part|participate|be part of|go on)\\b|\\b(?:sign up|register|apply) (?:to|for) (?:a |the |this |an |any )?(?:clinical )?trial\\b`,
    `\\btrials? (?:i|we|he|she|they) (?:can|could|might) (?:join|enrol|get into)\\b`,
    // "order" asks to get something ("can I order it online?"), not where a name stands ("where in the author order?").
    // "stop keytruda y/n", "cisplatin or carboplatin for brain mets, which is better": a treatment decision put bare.
    `\\b(?:stop|start|quit|continue|skip|switch)\\w* [\\w-]+ (?:y\\/n|yes\\/no|yes or no)\\b|\\b[\\w-]+(?:platin|mab|nib|taxel|umab|limus) (?:or|vs\\.?|versus) [\\w-]+ for (?:brain mets|[\\w-]+ cancer|nsclc|sclc|metastas\\w*)\\b`,
    // "is there a supplement or diet that lowers il-26": something to take for a molecule of the disease.
    `\\b(?:supplements?|diets?|foods?|vitamins?|herbs?) (?:that|which|to) (?:lowers?|reduces?|blocks?|boosts?|raises?|increases?|decreases?)\\b`,
    // "posso tomar ibuprofeno junto com cisplatina?": can I take … , in Portuguese, Spanish, French or German.
    `\\b(?:posso tomar|puedo tomar|puis-je prendre|je peux prendre|kann ich [\\w-]+ (?:nehmen|einnehmen))\\b`,
    // "a patients daughter keeps giving her both with her chemo": something taken beside someone's treatment.
    `\\b(?:giving|gives|give|gave|taking|takes|take|took|adding|adds) (?:her|him|them|me)? ?(?:[\\w-]+ ){0,3}(?:with|during|alongside|on top of) (?:her|his|their|my) (?:chemo\\w*|treatment|therapy|radiation|radiotherapy|meds|medications?)\\b`,
    `\\b(?:buy|purchase|prescri\\w*|over the counter|otc)\\b|\\border (?:it|them|some|any|this|that|these|those|online|from)\\b|\\b(?:can|could|where|how) (?:do |can |could )?(?:i|we|you|u) order\\b|\\b(?:med|meds|medication|drug|doctor'?s) orders?\\b`,
    `\\b(?:supplements?|pills?|drugs?|medicines?|herbs?|vitamins?|tablets?) (?:that )?(?:i|we|he|she|they) (?:can|could|should|might) (?:take|use|try)\\b|\\bcan i take\\b|\\b(?:anything|something|what) (?:i|we) (?:can|could|should|might) (?:take|try|get|buy|avoid|eat|drink)\\b(?! (?:away|home|from|out|note|notes|a look|on board|in|out of)\\b)|\\btake (?:it |them |that |this )?(?:myself|on my own)\\b`,
    `\\boff[- ]label\\b|\\b(?:justify|give|use|try|recommend|start) (?:\\w+[- ]?){0,3} for (?:a|an|my|our|this|the) (?:[\\w-]+ ){0,2}(?:patient|pt|case)\\b`,
    `\\bhow (?:do|can|should) (?:i|we|you) treat\\b`,
    // "Should I tell her the CAFs will make her therapy fail?": what to tell someone about their own care.
    `\\bshould (?:i|we) (?:tell|warn|advise|reassure) (?:her|him)\\b`,
    // "would you use it for target selection?" weighs the paper for research, not a treatment.
    `\\bwould (?:you|u) (?:switch|add|stop|start|give|use|prescribe|recommend|try|go for|escalate)\\b(?! (?:it|this|that|these|them|the (?:paper|study|data|findings|results|model)) (?:for|in|as) (?:target|drug discovery|a grant|grants?|our (?:program|pipeline|grant|lab)|the (?:program|pipeline|grant)|teaching|a talk|slides|a review)\\b)`,
    `\\bis it worth (?:him|her|them|me) (?:doing|taking|trying|going|joining|starting|having|getting)\\b`,
    // "is it ok to keep running 5k while being treated for brain mets?": an everyday activity during someone's treatment.
    `\\bis it (?:ok|okay|safe|fine|alright|wise|bad) to (?:keep |still |carry on |continue )?(?:\\w+ing|run|exercise|work|drive|fly|travel|drink|eat|swim|lift|train)\\b[^.?!]{0,40}\\b(?:while|during|whilst) (?:being |i'?m |i am |on |getting |having |in )?(?:treated|treatment|chemo\\w*|radiation|radiotherapy|therapy|immunotherapy)\\b`,
  ].join('|'),
);
const CLINICIAN_DECISION = /\bshould (?:i|we) (?:tell|advise|ask|encourage) (?:\w+ ){0,2}(?:patients?|pts?|clients?) (?:to )?(?:ask|take|try|stop|start|switch|get|avoid|request|go on|push|consider|skip)\b|\bshould (?:i|we) (?:give|prescribe|start|put|offer) (?:\w+ ){0,3}(?:patients?|pts?)\b.{0,40}\b(?:on|drugs?|\w+(?:mab|nib|limus|platin|taxel|ciclib|parib)|chemo\w*|inhibitors?|antibod\w*|treatment|therapy|trials?|doses?)\b/;
const ABOUT_STUDY = /\b(?:did they|did the|were the|was the|the mice|mice|mouse|murine|rats?|xenografts?|in vivo|strain|(?:the )?paper says?|according to the (?:paper|study)|in the (?:\w+ )?(?:study|paper|experiments?|mice|abstract|model|assays?)|the study|the authors|the researchers|in mice|in vitro|(?:was|were) (?:used|given|tested|applied))\b/;

// The same few words in the languages members most often fall back to (a relative and a treatment decision).
// Dutch, Turkish, Swahili, Polish, Italian, Indonesian, romanised Hindi and Arabic, as members write them.
const OTHER_LANGUAGES = /\bsi (?:tatay|nanay|lola|lolo|kuya|ate|tito|tita)\b|\b(?:tatay|nanay|lola|lolo|asawa|anak) ko\b|\bmijn (?:moeder|vader|man|vrouw|broer|zus|oma|opa|zoon|dochter|tante|oom)\b|\b(?:babam|annem|eşim|esim|kardeşim|kardesim|dedem|babaannem|anneannem|oğlum|oglum|kızım|kizim)\b|\b(?:mama|baba|bibi|babu|dada|kaka|shangazi|mjomba) yangu\b|\b(?:mke|mume|mtoto) wangu\b|\b(?:moja (?:mama|matka|żona|zona|siostra|babcia|córka|corka|ciocia)|mój (?:tata|ojciec|mąż|maz|brat|dziadek|syn|wujek)|moj (?:tata|ojciec|maz|brat|dziadek|syn|wujek))\b|\b(?:mia (?:madre|mamma|moglie|sorella|nonna|figlia|zia)|mio (?:padre|papà|papa|marito|fratello|nonno|figlio|zio))\b|\b(?:ibu|ayah|suami|istri|kakak|adik|nenek|kakek) saya\b|\b(?:ibuku|ayahku|suamiku|istriku)\b|\b(?:meri (?:maa|mummy|mammi|behen|nani|dadi|patni|beti)|mere (?:papa|pita|pitaji|nana|dada|pati|bhai|chacha|mama)|mera (?:bhai|beta))\b|أمي|أبي|والدي|والدتي|جدي|جدتي|أخي|أختي|زوجي|زوجتي|ابني|ابنتي|\b(?:ommi|ummi|mama di|baba di|gozi|goozi|mrati|marti)\b|ông nội|ông ngoại|bà nội|bà ngoại|bố tôi|mẹ tôi|\b(?:mi|mis) (?:pap[aá]|mam[aá]|abuelit[ao]|viej[ao])(?![a-zà-ÿ])|아빠|엄마|아버지|어머니|남편|아내|할머니|할아버지|爸爸|妈妈|父亲|母亲|丈夫|妻子|老公|老婆|儿子|女儿|奶奶|爷爷|外婆|姥姥|お父さん|お母さん|(?:父|母|夫|妻|娘|息子|祖父|祖母|兄|姉)(?:が|の|は|に|も|を)|\b(?:mi|mis|mon|ma|mes|mein|meine|meinem|meiner|minha|meu)\s+(?:padre|madre|hermano|hermana|esposo|esposa|hijo|hija|abuelo|abuela|t[ií]a|t[ií]o|prima|primo|tante|onkel|oma|opa|tia|tio|avó|avô|père|pere|mère|mere|frère|frere|sœur|soeur|mari|femme|vater|mutter|bruder|schwester|mann|frau|pai|mãe|mae|irmão|irmã)\b/;

const OUTCOME = /\b(?:(?:mean|means) for (?:her|him|them|me|my \w+)(?:'s)?|(?:my|her|his|their) (?:survival|outlook|prognosis|life expectancy|chances|odds)|(?:likely|at risk|going|gonna) to (?:get|end up|develop|have)|(?:is|could|would|might) (?:that|this|it) (?:be )?(?:likely |probably |possibly )?(?:a )?(?:brain )?(?:mets?|metastas\w*|cancer|a tumou?r|tumou?rs?|a sign|serious)|which (?:one )?(?:makes (?:more )?sense|is better|is best|works? better|is more effective|would work|would you (?:choose|pick|go for|do))|(?:is|could|would) (?:that|this|it) (?:be )?(?:the |a |my |her |his )?(?:resistance|spread|progression|relapse|recurrence)|(?:help|helps|work|works) (?:with|for|against) (?:\w+ )?(?:brain mets|mets|cancer|tumou?rs?|nsclc)|(?:he|she|i)'?ll (?:see|make it|live|be around)|live to see|make it to|how bad is (?:it|that|this)|how (?:serious|worried)|does (?:she|he) (?:have|need)|(?:his|her|my) (?:tumou?r|cancer) (?:is |being )?(?:resistant|spreading|growing)|am i (?:in trouble|ok|okay|going to be (?:ok|okay|fine)|at risk|dying|doomed|screwed)|(?:helping|hurting|harming) (?:me|her|him|them)|is there (?:any |still )?hope|any hope|(?:change|changes|mean|means|matter) (?:[\w-]+ ){0,3}for (?:me|her|him|us|them)\b|(?:is|was) (?:that|this|it) (?:bad|good|serious|worrying|concerning|normal|dangerous|a bad sign|a good sign)|curable|treatable|terminal|fatal|(?:making|made|make|makes) (?:it|her|him|them|me|the (?:cancer|tumou?r|chemo)) (?:resistant|worse|spread|grow|come back|stop working)|mean (?:the |that |my |her |his )?(?:chemo|treatment|therapy) (?:failed|didn't work|did not work|isn't working|stopped working)|(?:is|could|would|might|has) (?:it|that|this|the cancer|(?:her|his|my|their) cancer|the tumou?r) (?:be )?(?:spreading|spread|growing|coming back|come back|back|progressing|getting worse)|(?:is|could|would|are) (?:that|this|it|they) (?:\w+ ){0,3}(?:doing (?:it|this|that)|causing (?:it|this|that|her|his|them)|to blame|responsible|behind (?:it|this|that))|(?:is|was) it because|because of (?:the |these |those )?(?:cafs?|fibroblasts?|this|that|it)|safe|help (?:my|our) \w+|is (?:he|she|they) right|(?:her|his|their|my) (?:treatment|care|case|chemo|therapy|doctor|oncologist)|for (?:my|our) (?:\w+ )?(?:mother|mom|mum|father|dad|wife|husband|partner|son|daughter|brother|sister|aunt|uncle|grandma|grandmother|grandpa|grandfather|grandad|friend|kid|child|family)|outlook|protect(?:ed|s)?|(?:is|could|would|does) (?:that|this|it) (?:mean|be|explain|cause|doing)|chances|odds|prognosis|how long|survive|surviving|left to live|cure|help (?:her|him|them|me)|work for (?:her|him|them|me)|for (?:her|him|them|me)|mean for (?:her|him|them|me|us)|waste of time)\b/;
const CARE_ACTION = /\b(?:(?:get|be|being|getting) treated|treated by|pull\w* (?:\w+ ){0,2}out of|tak(?:e|ing) (?:him|her|them) off|takes|take|taking|stop|stopping|start|starting|switch|skip|quit|quitting|(?<!\b(?:i|we)(?: didn'?t| don'?t| do not| did not| just| really)? )wants? to|going to|try|trying|join|enrol\w*|get into|get (?:\w+ ){1,3}into|get (?:her|him|them) on|ask (?:her|his|their|my|our|the) (?:\w+'s )?(?:doctor|oncologist|onc|surgeon|gp|team|nurse)|refuse|tested|buy|give (?:her|him|them))\b/;
// A symptom happening now, or new: "worse in the mornings now", "since yesterday", "this week".
const ONSET = /\b(?:now|since (?:yesterday|last \w+|this \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|then)|this (?:week|morning|month)|today|tonight|lately|recently|in the mornings|worse|getting worse|new|started|keeps? (?:getting|happening|coming))\b/;
const OWN_CARE = /\bhow long (?:do|does|did|have|has) (?:i|he|she|we|they|mum|mom|dad) (?:have|got|left)\b|\b(?:get|be) (?:seen|treated|assessed) (?:by|at|there)\b|\bget (?:this|that|the) (?:treatment|therapy|drug|antibody) (?:there|here|abroad)\b|\bcan foreigners get\b|\bwhat(?:'s| is)? (?:the )?next line\b|\bwhat would (?:you|u) (?:go for|give|try|use|pick)\b|\bwhat can (?:i|we|she|he) (?:actually |even |really )?do (?:about|for) (?:it|this|that|her|him|them|myself)\b|\b(?:giving|give|gave|put(?:ting)?) (?:it|this|that|chemo\w*|cisplatin|treatment) (?:to )?(?:her|him|me)\b|\bwhere (?:he|she|they|i|we) (?:could|can|might) (?:receive|get|access|obtain|be given)\b|\burgent or (?:can it|should i|does it) wait\b/;
const DOSE_TAKEN = /\b(?:went up|went down|increased|decreased|upped|lowered|raised|cut|doubled|halved) to \d+(?:\.\d+)? ?(?:mg|mcg|ml|units?|tablets?)\b|\b\d+(?:\.\d+)? ?(?:mg|mcg) (?:a|per) day\b[^.?!]*(?:\?|normal|ok|okay|safe|too much|too high)/;
const TEST_RESULT = /\b(?:came back|come back|tested|is|was) (?:positive|negative)\b|\b(?:result|results|biopsy|scan|mri|pet) (?:came back|showed|shows|says)\b/;
const MINE = /\((?:mine|me|myself|for me)\)|\bmine (?:is|will|would|could|might|was) (?:\w+ )?(?:more |less )?(?:likely|going to|coming|come|spread|recur|resistant|treatment|back|growing)|\b(?:i'?m|i am|im|here)\b[^.?!]{0,20}\b(?:ned|in remission)\b|\b(?:ned|in remission)\b[^.?!]{0,20}\b(?:here|for me|myself)\b|\bnew \d+ ?mm (?:spot|lesion|nodule|met)\b|\bscan (?:on |last |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bscan (?:is|isn'?t|was) (?:not )?(?:on|till|until)\b|\bsleep(?:s|ing)? (?:\d+|all day)/;
const ONE_BODY = /\bfor (?:a|an|my|this|our|the) \d+ ?kgs?\b|\bmy (?:patient|client|resident)'?s (?:chart|dose|meds|notes|scans?|labs|bloods|results)\b/;
const THEIR_RELATIVE = /\b(?:their|his|her|(?:a|the|my|our) (?:patient|client|resident)'?s) (?:father|mother|dad|mum|mom|husband|wife|son|daughter|partner|grandmother|grandfather)(?:'s)?\b/;
const ON_A_DRUG = /\b(?:she|he|they|i)(?:'s|s| is| are|'m| am|m) (?:now )?on (?:[\w-]+(?:mab|nib|inib|tinib|platin|taxel|limus|ciclib|parib|zumab|sone)|chemo\w*|dex\w*|steroids?|immunotherapy|keytruda|tagrisso)\b/;
const CLIENT_WITH = /\b(?:one|a|my) (?:client|patient|customer|resident) (?:has|with|who has|who's got|just got|was diagnosed)\b/;
const FOOD_FOR = /\bwhat (?:diets?|foods?|supplements?|vitamins?|herbs?) (?:help|helps|work|works|lower|lowers|reduce|reduces|block|blocks|fight|fights|boost|boosts|can)\b/;
const OWN_DECISION_ELSEWHERE = /\b(?:soll|sollte|kann|darf) ich\b[^.?!]*\b(?:chemo|therapie|behandlung|medikament|tabletten|bestrahlung)\w*|\b(?:dois-je|devrais-je|je dois)\b[^.?!]*\b(?:chimio|traitement|m[ée]dicament)\w*|\b(?:debo|deber[ií]a|puedo)\b[^.?!]*\b(?:quimio|tratamiento|medicamento)\w*|\b(?:devo|deveria|posso)\b[^.?!]*\b(?:quimio|tratamento|rem[ée]dio)\w*/;
const SYMPTOMS = /\b(?:headaches?|confusion|sleepy|drowsy|forget\w* things|forgetful\w*|ringing|tinnitus|hearing (?:loss|problems)|hair loss|losing (?:his|her|my) hair|rash|fevers?|seizures?|dizz(?:y|iness)|numbness|tingling|tingly|numb|weakness in|fatigue|tiredness|(?<!cells? )exhaust(?:ed|ion)(?! (?:cd8\+? |cd4\+? )?t[- ]?cells?)|sleeps? all|weakness|swelling|no appetite|weight loss|cough(?:ing)?|breathless\w*|vomit(?:s|ing)?|nausea|memory (?:loss|problems)|blurr(?:ed|y) vision|slurred speech|short(?:ness)? of breath)\b/;
// "mum's on cisplatin …": a relative named without "my" at the start of a message is the asker's.
const RELATIVE_ANYWHERE = new RegExp(`\\b(?:my|our)\\s+(?:\\w+\\s)?(?:${RELATIVES})(?:'?s)?\\b|^\\W*(?:mum|mom|mam|dad|mother|father|wife|husband|hubby|grandma|grandpa|gran|nan|nana|brother|sister|aunt|auntie|uncle|son|daughter|friend|partner|bf|gf)(?:[- ]in[- ]law)?(?:'s|s| is| has| had| was| just| got| started| starts| began| finished| wants| needs| asked| asks| keeps| thinks)\\b|\\b(?:mum|mom|mam|mummy|mommy|dad|daddy|hubby|husband|wife|grandma|grandpa|granny|grandad|granddad|nana|${FAMILY_WORDS})(?:'?s)?\\b|\\bthe (?:wife|husband|missus|missis|old man|old lady)\\b|\\b(?:a )?(?:friend|colleague|neighbou?r|relative|cousin|client|patient) of (?:mine|ours)\\b|\\b(?:a|an|one) (?:\\w+ )?(?:lady|man|woman|gentleman|chap|guy|girl|boy|patient|client|resident) (?:i|we) (?:see|look after|care for|treat|nurse|visit|work with)\\b|\\basking for (?:him|her|them)\\b|\\b(?:a|an|one|this) (?:\\w+ )?(?:lady|man|woman|gentleman|guy|girl|boy|patient|client|resident) (?:at|in|on|from) (?:our|my|the) (?:clinic|ward|unit|practice|hospice|centre|center|pharmacy|surgery|church)\\b`);

// "(my dad …, should he stop his chemo?) ok, I'll ask his doctor. Just about the paper then: what did
// they show?": a message that turns back to the paper asks what follows the turn.
const BACK_TO_PAPER = /\b(?:just )?for my (?:own )?(?:understanding|interest|curiosity|info)\s*[:,—–-]\s*(?=\S)|\b(?:just|only|back to|anyway,?|so) (?:about |on |re:? |to )?the (?:paper|study|science)(?: then| now| itself)?\s*[:,—–-]\s*(?=\S)|\b(?:then|so|ok|okay),? just (?:tell me|answer this)\s*[:,—–-]\s*(?=\S)|\b(?:i )?(?:just )?want(?:ed)? to understand the (?:paper|study|science)\s*[:,—–-]\s*(?=\S)|\bfor my (?:readers|followers|blog|audience|students|class|newsletter)\s*[:,—–-]\s*(?=\S)/g;

/** The message in lower case with plain apostrophes, from its last turn back to the paper on. */
function askedPart(text: string): string {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  let from = 0;
  for (const m of lower.matchAll(BACK_TO_PAPER)) from = m.index + m[0].length;
  return lower.slice(from);
}
const CASE_TOLD = /\b(?:someone|somebody|a person|a patient|a woman|a man) who(?:'s| is) \d{1,3}\b|(?<!\blike |\bas if |\bas though )\b(?:i'?m|i am) \d{1,3}(?:\s*(?:y\/?o|yo|years? old|yrs?(?: old)?|[mf]|male|female)\b|\s*(?=[,;]|$| and\b| with\b))|(?:^|[.!?]\s+)\W*(?:[\w-]+ ){0,3}[\w-]+, \d{2}, |\bi(?:'?m| am) the (?:patient|pt)\b|\b(?:pt|patient) (?:w\/|with)\b|\b(?:in |the (?:\w+ )?in )?(?:bed|bay|room) \d+\b|\b(?:she|he)(?:'s| is| was) \d{1,3}\b(?! ?%)|\bthey(?:'re| are| were) \d{2}\b(?! ?%)|(?:^|[\s,(])(?:pt|patient|case|mr|mrs|ms)?\s?\d{1,3} ?(?:y\/?o|yo|yrs? old|[mf])(?=[\s,.;)]|$)/;
const DECEASED_SENTENCE = /[^.?!;]*\b(?:died|passed away|passed on|passed (?:last|this|in)|lost (?:her|him|them|my \w+) (?:to|last|in))\b[^.?!;]*[.;!]?/g;
// The sentence pattern above is tried from every position of a message; few messages hold any of its verbs.
const DECEASED_WORD = /\b(?:died|passed|lost)\b/;
// "i'm on my onc elective and my attending said…": where the asker is training, not anyone's care.
const TRAINING_POST = /\b(?:i'?m|i am|im|we'?re|we are) (?:on|doing|in) (?:my|our|an?|the) (?:[\w-]+ ){0,2}(?:elective|rotation|placement|rota|clerkship|attachment|internship|residency|fellowship|externship|sub-?internship)\b/g;
// "half the abstract went over my head": figures of speech that name the asker's head, not their health.
const HEAD_IDIOM = /\b(?:(?:went|goes|going|gone|is|was|flew|flies|sailed) (?:way |straight |right |completely )?over my head|off the top of my head|(?:get|got|getting|wrap|wrapped|wrapping) my head (?:a)?round|scratching my head)\b/g;
/** The part of a message that asks, without any sentence about someone who has died or where the asker trains. */
// "explain like i'm a patient's family member: what are CAFs?": the register asked for, not who is ill.
const PERSONA_ASKED = /\b(?:explain|eli5|say (?:it|that|this)|put (?:it|that|this)|describe (?:it|that|this)|write (?:it|that|this))(?: to me)? (?:like|as if|as though) (?:i'?m|im|i am|i was|i were) (?:a |an |the )?[\w' -]{1,40}?(?=[:;,.?!]|\s[-–—]\s|$)|\bso (?:that )?(?:my|our) (?:[\w-]+ ){0,2}?[\w-]+ (?:can|could|would|will|might) (?:understand|follow|get|read|make sense of)(?: it| this| that)?\b/g;
const askedOfTheLiving = (text: string) => {
  const asked = askedPart(text).replace(TRAINING_POST, ' ').replace(HEAD_IDIOM, ' ').replace(PERSONA_ASKED, ' ');
  return DECEASED_WORD.test(asked) ? asked.replace(DECEASED_SENTENCE, ' ') : asked;
};
// "my dad is on 8mg a day": an amount someone takes.
// A person in the clause that asks ("… is that happening to her?", "is that helping me or hurting me?"),
// not a reader asking for an explanation ("explain it to me", "help me understand").
const PERSON_ASKED = /\b(?:her|him|his|she|he|me|my|i|myself|herself|himself|we|us)\b/;
const READER_ME = /\b(?:just )?for my (?:own )?(?:understanding|interest|info|information|knowledge|curiosity|learning|notes)\b|\blike (?:i'?m|im|i am) (?:\d{1,2}|five|twelve|a kid|a child|an idiot|stupid|new to this)\b|\bhow (?:do|can|should|would) (?:i|we) (?:explain|describe|put|say) (?:it|this|that)\b|\b(?:i )?(?:just )?want(?:ed)? to (?:understand|know|follow|learn|read|make sense of)\b|\b(?:i'?m |i am )?trying to (?:follow|understand|keep up|learn|read|make sense|get my head|figure out|wrap my head)\b|\b(?:this|it) (?:one )?is personal for me\b|\b(?:people|patients|others|folks|someone|those) like (?:him|her|them)\b|\b(?:explain|tell|show|give|help|let|remind|send|walk|teach|link|point) (?:it |this |that |them |those )?(?:to )?me\b|\bme (?:understand|know|see|in on)\b|\b(?:i|i'm|im) (?:think|wonder|wondering|read|saw|understand|get (?:it|that|this|why|how|the \w+)|don't get|dont get|guess|mean|assume|presume|suppose|believe|heard|noticed|ask because|asked)\b/g;

const RECORD_ASKED = /\b(?:can|could|may) (?:i|we|you|u) (?:please |pls )?(?:get|have|send|share|see|grab|post)(?: me| us)? (?:the |a )?(?:doi|pdf|link|full (?:paper|text|article)|citation|reference)\b/;

/** The clause that asks: the last sentence when it asks, or else the last sentence with a question mark ('' when none). */
function askingClause(lower: string): string {
  // "my dad has nsclc so this hits close to home 😔 but why do brain mets resist treatment?": "but" then a question word starts the ask.
  const sentences = lower.split(/(?<=[.!?;])\s+|\.{2,}\s*|\s[-–—]\s|,?\s+but\s+(?=(?:why|what|how|which|who|where|when|did|do|does|is|are|was|were)\b)/).filter((s) => s.trim());
  const last = sentences[sentences.length - 1] ?? '';
  // "how were the CAFs grown? also im booked for surgery, should i ask them to keep my tissue": the last ask counts.
  if (last.includes('?') || QUESTION_WORDED.test(last)) return last;
  return [...sentences].reverse().find((s) => s.includes('?')) ?? '';
}
// A question put to the bot about the study ("can you explain what they did in the animal experiment?"), not a guess about someone.
const ASKING_VERB = /\b(?:can|could|would|will) (?:you|u|someone|somebody|anyone) (?:pls |please |just )?(?:explain|describe|summari[sz]e|walk (?:me|us)|help me understand|clarify|define|break (?:it|this|that) down|tell (?:me|us) (?:what|about|how|why|in))\b/g;
const STUDY_QUESTION = /^\W*(?:(?:and|so|but|ok|okay|then|also|sorry)[,.]? )*(?:can you |could you |can u |could u |pls |please )?(?:explain|describe|walk me through|tell me|what|how|which|did|were|was|do|does)\b/;
const QUESTION_WORDED = /^\W*(?:(?:and|so|but|ok|okay|then|also|or|oh|hm+|like|i mean),? )?(?:is|are|am|was|can|could|should|would|will|does|do|did|has|have|how|what|why|when|which|who|any)\b|\bor not\W*$|,\s*(?:could|can|is|are|should|would|will|does|do) (?:it|that|this|i|she|he|they)\b/;
const AMOUNT_TAKEN = /\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ug|ml|gy|iu)\b/;
// Asked of someone named: "does dexamethasone interfere with the IL26 thing? my dad is on …",
// "the usual dexamethasone dose …, asking for a relative".
const CARE_ASK = /\b(?:interfere\w*|interact\w*|clash\w*|mix(?:es|ing)? with|doses?|dosage|dosing|side effects?)\b/;

// "not asking about me, just curious:", "not asking about her treatment, just the paper": said outright.
const NOT_ASKING = /\bnot asking (?:about|for) (?:me|myself|her|him|them|us|(?:medical )?advice|(?:my|his|her|their|our) \w+)(?:'s)?\b|\b(?:this is |it'?s )?(?:just|purely) (?:curiosity|curious|out of curiosity)\b/;

/** "(not asking for advice, just curious:) if my brother's onc adds an AKT inhibitor, would it work better for him?": a relative's care asked all the same. */
function forThem(lower: string): boolean {
  const clause = askingClause(lower);
  const aboutThem = RELATIVE_ANYWHERE.test(lower) && /\b(?:for|on|to|with) (?:him|her|them)\b/.test(clause);
  // "not asking for medical advice!! but i'm on pembrolizumab … would it work alongside pembro for me?"
  const aboutMe = /\b(?:for|on|in|with) (?:me|my case)\b/.test(clause) && /\bi(?:'m| am|m) on\b|\bi have\b|\bmy\b/.test(lower);
  return (aboutThem || aboutMe) && DECISION.test(clause);
}

/** Whether a message asks about someone's own care: the hand-written rules below, or the trained model. */
export function isPersonalMedical(text: string): boolean {
  return rulesSayPersonalMedical(text) || modelSaysPersonalMedical(text);
}

/**
 * The trained model's reading (medical-model.ts). A message with nobody in it ("is there a trial of
 * IL26 blockers yet?") asks about the field however much it sounds like the questions the model
 * learned from, so without a person the model must be surer.
 */
export function modelSaysPersonalMedical(text: string, model: MedicalModel = shippedMedicalModel): boolean {
  // "my dad has nsclc so this hits close to home, but just for my understanding: why…": only the part that
  // asks is read; and, as for the rules, someone who has died has no care left to decide.
  const lower = askedOfTheLiving(text);
  const likelihood = model.likelihood(lower);
  // "(not asking for advice)" is taken at its word here; the rules still hear a request made all the same.
  // "My mom has lung cancer that spread to her brain.": told, not asked; what is asked next decides (analyse.ts, care).
  if (likelihood < MEDICAL_THRESHOLD || NOT_ASKING.test(lower) || onlyTells(lower) || RESEARCH_PLANNED.test(lower)) return false;
  // "(summarise the paper) now for my mum, no jargon": a reader named as the audience, with no illness in the message.
  if (AUDIENCE_NAMED.test(lower) && !CONDITION.test(lower)) return false;
  // In another language the person may be named in words these English checks cannot read ("mijn moeder", "أمي").
  return likelihood >= IMPERSONAL_THRESHOLD || SOMEONE_IN_IT.test(lower) || CASE_TOLD.test(lower) || partlyInAnotherLanguage(tokenize(lower));
}
const IMPERSONAL_THRESHOLD = 0.9;
const AUDIENCE_NAMED = /\bno (?:jargon|big words|technical (?:terms|words))\b|\bin (?:plain|simple|normal|everyday) (?:words|english|language|terms)\b|\b(?:simpler|more simply)\b|^\W*(?:(?:and|ok|okay|now|again|same)\W+)*(?:now |again |same )?for (?:my|our) [\w-]+(?: [\w-]+)?\W*$/;
// "for my presentation I'm supposed to propose a 'next experiment' … would you test the antibodies in an intracranial model?":
// experiments planned or judged, which the model's care words ("patient samples", "combine with cisplatin") do not make care.
const RESEARCH_PLANNED = /\b(?:next|follow-?up|future|further|obvious) experiments?\b|\bpropose (?:a |an |the )?(?:\w+ )?experiments?\b|\bexperiments? (?:they|you|we|i) (?:would|should|could) (?:do|run|try)\b/;
const onlyTells = (lower: string) => !lower.includes('?') && /[.!]\s*$/.test(lower) && askingClause(lower) === '' && !/\b(?:should|shall|can|could|would|will|do|does|is|are|any|what|how|which|when|pls|please)\b/.test(lower);
const SOMEONE_IN_IT = new RegExp(`\\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|we're|our|us|he|she|him|her|his|hers|they|them|their|someone|somebody|anyone|anybody|person|people|you|u|${RELATIVES})\\b`);

/** The hand-written rules alone: for a question read with an earlier message, which the model never saw joined. */
export function rulesSayPersonalMedical(text: string): boolean {
  // "my mum died of brain mets last year, so this one is personal": no care is left to decide for her.
  const lower = askedOfTheLiving(text);
  // Told it is not about anyone's care ("not asking for me", "in general, … my patients"), only an outright request for advice still is.
  if (NOT_ASKING.test(lower) || (/\bin general\b|\bgenerally\b/.test(lower) && /\bpatients\b/.test(lower) && !/\b(?:he|she|him|her)\b/.test(lower))) return CLINICIAN_DECISION.test(lower) || (CARE_REQUEST.test(lower) && !ABOUT_STUDY.test(lower)) || forThem(lower);
  if (OTHER_LANGUAGES.test(lower)) return true;
  const relative = RELATIVE_ANYWHERE.test(lower);
  const someone = relative || CARE_SUBJECT.test(lower);
  // Someone's illness told as context ("my aunt's cancer spread; what did they find?") is not a request
  // for advice: a decision, an outcome or a treatment step about them is.
  // "can u explain what a CAF is": the asking verb decides nothing.
  const decision = DECISION.test(lower.replace(ASKING_VERB, ' '));
  const aboutCare = decision || OUTCOME.test(lower) || CARE_ACTION.test(lower.replace(READER_ME, ' ')) || (CARE_ASK.test(lower) && !ABOUT_STUDY.test(lower));
  const clause = askingClause(lower);
  const personAsked = PERSON_ASKED.test(clause.replace(READER_ME, ' '));
  // "(my dad has brain mets…) sorry to vent. can you explain what they did in the animal experiment?": the study, asked of no one.
  // "can i get the doi? my GP friend wants to read the full paper": the record asked for, whoever will read it.
  const studyAsked = (STUDY_QUESTION.test(clause) && (ABOUT_STUDY.test(clause) || /\bwhat (?:this|the) (?:study|paper|research) (?:found|finds|showed|shows)\b/.test(clause)) && !personAsked) || RECORD_ASKED.test(clause);
  if (relative && CONDITION.test(lower) && aboutCare && !studyAsked) return true;
  // "My aunt had radiation and now has headaches + confusion": someone's symptoms are their own care.
  const self = /\b(?:i|i'm|im|i've|ive|me|my|myself)\b/.test(lower.replace(READER_ME, ' '));
  if ((someone || self) && SYMPTOMS.test(lower) && CONDITION.test(lower) && !studyAsked) return true;
  if (someone && AMOUNT_TAKEN.test(lower) && !studyAsked) return true;
  // "scan says '… 2.3 cm lesion'. is 2.3cm big? it's my father's": someone's report, read out and asked about.
  if ((someone || self || personAsked) && !studyAsked && /\b(?:scan|report|letter|mri|ct|pet|biopsy|pathology|results?|bloods?|labs?)\b[^.?!]{0,30}\b(?:says?|said|shows?|showed|reads?|mentions?|came back|found)\b|\b(?:scan|report|letter|mri|ct|pet|biopsy|pathology|results?)\s*(?:says?|reads?)?\s*:\s*["'“‘]/.test(lower)) return true;
  // "since cycle 2": a course of treatment someone is on.
  if (someone && !studyAsked && /\bcycles? \d+|\b(?:\d+|first|second|third|fourth)(?:st|nd|rd|th)? cycles?\b/.test(lower) && CONDITION.test(lower)) return true;
  // Someone's illness told, then a question about that person: "my mums CEA went 12 -> 38 … is that
  // the fibroblast thing happening to her?", "im on tofacitinib … is that helping me or hurting me?".
  if (someone && CONDITION.test(lower) && personAsked) return true;
  // The asker's own disease ("so my cancer does not spread") makes any question about it personal.
  // "I have brain metastasis maybe?": the asker's own disease, however the sentence goes on.
  if (/\b(?:i|i've|ive|i'm|im) (?:have|had|got|was diagnosed with|am diagnosed with|diagnosed with) (?:a |an )?(?:(?:brain|lung|small|stage \w+|early|late|advanced|metastatic) )*(?:cancer|tumou?rs?|mets?|metastas\w*|nsclc)\b/.test(lower)) return true;
  if (/\bmy (?:own )?(?:cancer|tumou?rs?|mets|metastas\w*|diagnosis|prognosis|chemo\w*|lung cancer|brain mets|nsclc|sclc|carcinoma|adenocarcinoma|glioma|lymphoma|leuka?emia|melanoma|disease|illness|condition)\b/.test(lower)) return true;
  if (/\bfor me\b/.test(lower) && CONDITION.test(lower) && DECISION.test(lower)) return true;
  // "my T1 post-gad volumes were 1.2, 1.9, 3.4 cm3", "scans 3 march vs 10 june … would switching me to cisplatin help":
  // the asker's own scans, lesions or treatment steps, read out and asked about.
  if (/\bmy (?:[\w-]+ ){0,2}(?:scans?|mri|ct|pet|lesions?|nodules?|volumes?|tumou?r markers?|bloods?|blood tests?|labs|biopsy|oncologist|onc|symptoms?)\b/.test(lower) && !studyAsked) return true;
  if (/\b(?:switch|switching|put|putting|take|taking|give|giving|start|starting|move|moving|keep|keeping) me (?:on|onto|to|off)\b/.test(lower) && CONDITION.test(lower)) return true;
  // "i'm having a lumbar puncture next week": a procedure the asker faces.
  if (/\bi(?:'m| am|m) (?:having|getting|booked (?:in )?for|scheduled for|due (?:for|to have)|about to (?:have|start)) (?:a |an |my )?(?:[\w-]+ ){0,2}(?:puncture|scan|mri|ct|biopsy|surgery|operation|resection|chemo\w*|radio\w*|radiation|srs|wbrt|gamma knife|infusion|treatment|bloods?)\b/.test(lower)) return true;
  // "if his doctors had known …, would he have lived longer?": what might have been done for one person.
  if (/\b(?:would|could|might) (?:he|she|they|mum|mom|dad) have (?:lived|survived|been saved|made it|responded|done better)\b|\b(?:could|should|would) (?:they|his doctors|her doctors|the doctors|his team|her team) have (?:done|tried|given|caught|found|changed)\b/.test(lower)) return true;
  // "What are my options if chemo stops working?"
  if (/\bmy (?:treatment )?(?:options|choices|next steps?)\b/.test(lower) && CONDITION.test(lower)) return true;
  // "Can I have cisplatin now or wait?": a treatment step for the asker.
  if (/\b(?:can|could|should|may|would|will|do|how (?:can|do|would)) i (?:just |even )?(?:enrol\w*|enroll\w*|join|sign up|get on|get into|apply|take part|participate|ask|bother|go ahead|go through|agree|accept|refuse|decline|drop|reduce|lower|increase|halve|double|have|take|start|stop|continue|keep|carry on|still|skip|go on|go back|return|try|fly|travel|drive|work|exercise|drink|eat|qualify|be eligible)\b/.test(lower) && CONDITION.test(lower) && !studyAsked) return true;
  // "can he eat red ginseng during chemo?", "can she still lift weights with brain mets?": a step for someone.
  if (/\b(?:can|could|should|may) (?:he|she) (?:still )?(?:have|take|eat|drink|keep|continue|start|stop|fly|travel|drive|work|exercise|lift|go)\b/.test(lower) && CONDITION.test(lower) && !ABOUT_STUDY.test(lower)) return true;
  if (/\b(?:he|she) (?:can|could|should) (?:still |keep |carry on )?(?:have|take|eat|drink|keep|continue|start|stop|fly|travel|drive|work|exercise|lift|go|play)\b|\b(?:would|could|does|will) (?:he|she) (?:qualify|be eligible)\b/.test(lower) && CONDITION.test(lower)) return true;
  // "asking bc my mum's onc just lowered her dose": why the asker asks is someone's care.
  if (/\basking (?:bc|because|cos|cause|since|as) (?:my|our|his|her|i)\b/.test(lower) && CONDITION.test(lower)) return true;
  // "Will I lose my hair on cisplatin?": what the asker's own treatment will do to them.
  if (/\b(?:will|am|do|would) i (?:lose|need|have to|get|be|feel|survive|die|live|go)\b/.test(lower) && CONDITION.test(lower) && !ABOUT_STUDY.test(lower)) return true;
  // A case told by age and sex or as "pt with …" ("pt 67F with 3 brain mets, SRS vs WBRT?") asks about that patient.
  if (CASE_TOLD.test(lower) && CONDITION.test(lower)) return true;
  // "headaches worse in the mornings now", "left hand tingly and numb since yesterday": symptoms happening to someone now.
  if (SYMPTOMS.test(lower) && ONSET.test(lower) && !studyAsked && !ABOUT_STUDY.test(lower)) return true;
  // "how long do i have", "is it worth flying to Hwasun to get seen?", "what's the next line you'd go for?",
  // "what can i actually do about it", "dex went up to 8mg a day. normal??": one person's prognosis, care or dose.
  if (OWN_CARE.test(lower) && !studyAsked) return true;
  if (DOSE_TAKEN.test(lower) && !ABOUT_STUDY.test(lower) && !studyAsked) return true;
  // "EGFR came back negative — does that make it more relevant to me", "(mine)", "mine is more likely to come back":
  // the asker's own results or disease.
  if ((self || someone) && TEST_RESULT.test(lower) && !studyAsked) return true;
  if (MINE.test(lower) && !studyAsked) return true;
  // "the oncologist used the word 'oligometastatic' about him. good news or bad?", "chance she makes it to christmas?":
  // what one person's news or odds mean.
  if (/\b(?:good|bad) (?:news|sign)\b/.test(lower) && (someone || /\b(?:about|for|to|with) (?:him|her)\b/.test(lower)) && !studyAsked) return true;
  if (/\bchances? (?:that )?(?:she|he|they|i|mum|mom|dad|my \w+) (?:makes? it|survives?|lives?|gets? to|sees?|reaches?|is still)\b/.test(lower)) return true;
  // "what cisplatin dose did they use in the mice and what would that work out to for a 60 kg woman? … my patient's chart":
  // an amount for one body, or one patient's record, however much of the question is about the study.
  if (ONE_BODY.test(lower)) return true;
  // "a family on our unit … their father's rapid decline … is that what is happening to him?", "shes on osimertinib. does any of this apply to her":
  // someone named by their illness, their treatment or a relative, then asked about.
  if ((THEIR_RELATIVE.test(lower) || ON_A_DRUG.test(lower) || CLIENT_WITH.test(lower)) && (personAsked || CARE_ASK.test(lower) || FOOD_FOR.test(lower)) && !studyAsked) return true;
  // "soll ich meine Chemo abbrechen?", "¿debo dejar la quimio?": a decision on one's own treatment, in German, French, Spanish or Portuguese.
  if (OWN_DECISION_ELSEWHERE.test(lower)) return true;
  if (CARE_SUBJECT.test(lower) && aboutCare && (CONDITION.test(lower) || DECISION.test(lower)) && !studyAsked) return true;
  // A clinician asking what to tell or give a patient asks for a care decision, whatever the paper says.
  if (CLINICIAN_DECISION.test(lower)) return true;
  // "Does this mean there's a new treatment now for patients with brain mets?" asks what the study means for patients as a group.
  return CARE_REQUEST.test(lower) && !ABOUT_STUDY.test(lower) && !MEANS_FOR_PATIENTS.test(lower);
}

const MEANS_FOR_PATIENTS = /\b(?:does|do|did|will|would) (?:this|it|that|the (?:study|paper|research|findings?|results?)) mean\b(?! for (?:me|him|her|my|his|them))|\b(?:a|any) new treatments?\b/;

/**
 * Whether a question itself asks for a care decision or outcome ("what dose?", "what does it mean for
 * her?", "should she…"): after a message about someone's illness, only such a question is about them.
 * "How many patients did they study?" or "what's fractalkine?" is about the paper, whoever came up before.
 */
export function asksAboutCare(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  return DECISION.test(lower) || OUTCOME.test(lower) || CARE_ACTION.test(lower) || CARE_REQUEST.test(lower);
}

/** Whether a message tells of someone's illness ("My mom has lung cancer that spread to her brain."): later questions about "her" are personal. */
export function describesCare(text: string): boolean {
  const lower = askedPart(text);
  return (RELATIVE_ANYWHERE.test(lower) && CONDITION.test(lower)) || (CARE_SUBJECT.test(lower) && CONDITION.test(lower));
}
