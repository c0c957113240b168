/**
 * Lay and technical wordings of the same idea, shared by every paper. Members ask "what do the
 * stromal cells pump out?" where a claim says "secrete"; each entry lets the lay phrase reach the
 * technical terms, at a weight below a literal match so the claim that uses the member's own word
 * still wins. Phrases are matched on stems, longest first, after the glossary's own aliases (a
 * paper's glossary knows its field better than this list). Written in our own words; extend it
 * when `gaps` shows members using a wording the claims miss.
 */
export interface LexiconEntry {
  /** how members say it */
  lay: string[];
  /** what the claims call it: words or glossary terms (a glossary alias becomes its concept) */
  means: string[];
}

export const LEXICON: LexiconEntry[] = [
  // making and releasing
  {
    lay: ['sending', 'sends out', 'sending out', 'pump out', 'pumps out', 'pumping out', 'give off', 'gives off', 'spit out', 'churn out', 'put out', 'send out', 'sends out', 'emit', 'emits', 'shed', 'sheds', 'excrete', 'leak', 'manufacture', 'produce', 'produces', 'produced', 'producing', 'release', 'releases', 'released', 'who makes', 'pump'],
    means: ['secrete', 'secretion', 'release', 'produce', 'derived'],
  },
  // where something comes from: for cells, where they were taken; for signals, who secretes them
  {
    lay: ['come from', 'comes from', 'came from', 'where do', 'where does', 'source of', 'get them', 'get the cells', 'got them', 'got the cells', 'taken from', 'take them from', 'origin', 'obtain', 'obtained', 'collected', 'harvested', 'sourced'],
    means: ['isolated', 'derived', 'from patients', 'secrete', 'origin'],
  },
  // a cancer made less dangerous: what blocking the factors did
  {
    lay: ['weaker', 'weaken', 'weakens', 'weakened', 'less aggressive', 'tamer', 'calm down', 'calms down', 'calmed down', 'tone down', 'toned down', 'back off', 'lose steam', 'loses steam'],
    means: ['reverse', 'reversed', 'damped', 'sensitive'],
  },
  // a cancer that goes on to do something later
  {
    lay: ['end up', 'ends up', 'ended up', 'go on to', 'goes on to', 'went on to', 'eventually', 'later on', 'down the line'],
    means: ['develop', 'later'],
  },
  // how the authors present their result: their conclusion
  {
    lay: ['pitch', 'pitching', 'pitched', 'sell it as', 'selling it as', 'frame it as', 'framing it as', 'position it as', 'bill it as', 'billed as', 'spin it as'],
    means: ['conclude', 'conclusion', 'target'],
  },
  // what brings an effect about, in the tenses the claims do not use
  {
    lay: ['driven', 'driven by', 'drove'],
    means: ['drive', 'drives'],
  },
  // undoing an effect
  {
    lay: ['undo', 'undid', 'undone', 'revert', 'reverted', 'rescue', 'rescued', 'restore', 'restored', 'back to normal', 'go back', 'cancel out', 'wipe out', 'abolish', 'abolished', 'erase'],
    means: ['reverse', 'reversed', 'reversal'],
  },
  // asking why: the claims that give a cause or a conclusion
  {
    lay: ['why', 'how come', 'reason', 'reasons', 'what makes', 'what causes', 'to blame', 'responsible', 'culprit', 'explain why', 'explanation'],
    means: ['conclude', 'conclusion', 'blame', 'drive', 'drivers', 'key', 'down to'],
  },
  // where a tumour was grown in the animal
  {
    lay: ['flank', 'flanks', 'under the skin', 'beneath the skin', 'subcutaneously', 'sub-q', 'subq'],
    means: ['subcutaneous'],
  },
  // a cancer that has reached the brain
  {
    lay: ['reached the brain', 'reaches the brain', 'reach the brain', 'gone to the brain', 'go to the brain', 'goes to the brain', 'got to the brain', 'gets to the brain', 'travelled to the brain', 'traveled to the brain', 'moved to the brain', 'ended up in the brain', 'end up in the brain', 'metastasized to the brain', 'metastasised to the brain', 'metastasized to brain', 'metastasised to brain', 'metastasizes to the brain', 'metastasises to the brain'],
    means: ['brain metastasis'],
  },
  // moving and spreading
  {
    lay: ['mobile', 'motile', 'motility', 'move', 'moves', 'moving', 'movement', 'crawl', 'wander', 'travel', 'get around', 'roam', 'spread', 'spreading', 'spreads', 'escape', 'go places', 'get out', 'push into', 'pushing into', 'invade', 'invades', 'invaded', 'invading', 'move around', 'moving around', 'burrow', 'dig into', 'break into', 'wander off', 'aggressive', 'aggressiveness', 'metastasize', 'metastasise', 'metastatic'],
    means: ['migration', 'invasion', 'invasiveness', 'metastasis'],
  },
  // growing
  {
    lay: ['grow', 'grows', 'growing', 'multiply', 'multiplying', 'divide', 'dividing', 'expand', 'bigger', 'faster', 'size', 'proliferate', 'proliferating'],
    means: ['proliferation', 'growth', 'grew'],
  },
  // living animals
  {
    lay: ['living animals', 'live animals', 'living animal', 'animals', 'animal', 'rodent', 'rodents', 'rats', 'rat', 'in a living', 'living organism', 'whole organism', 'creatures', 'critters', 'mouse work', 'in vivo', 'invivo'],
    means: ['in vivo', 'mice', 'mouse', 'animal model', 'xenograft'],
  },
  // the dish
  {
    lay: ['dish', 'dishes', 'petri dish', 'petri', 'plate', 'plates', 'flask', 'test tube', 'lab bench', 'in the lab', 'cultured', 'culture', 'cell culture', 'in vitro', 'invitro', 'bench'],
    means: ['in vitro', 'culture', 'cultured', 'conditioned medium'],
  },
  // people
  {
    lay: ['people', 'humans', 'human', 'person', 'persons', 'pts', 'real patients', 'human patients', 'clinic', 'clinical samples', 'surgical samples', 'biopsies', 'biopsy', 'resected', 'operated', 'surgery', 'surgeries', 'surgical', 'operation', 'operations', 'removed tumours', 'removed tumors', 'resection', 'resections'],
    means: ['patients', 'patient tissue', 'tissue'],
  },
  // drugs
  {
    lay: ['drug', 'drugs', 'medicine', 'medicines', 'medication', 'medications', 'compound', 'agent', 'chemo drug', 'anticancer drug', 'treated with', 'gave the', 'give the', 'given'],
    means: ['cisplatin', 'chemotherapy', 'therapy'],
  },
  // switching on
  {
    lay: ['switch on', 'switches on', 'switched on', 'turn on', 'turns on', 'turned on', 'trigger', 'triggers', 'triggered', 'kick off', 'kicks off', 'fire up', 'fires up', 'kick start', 'set off', 'sets off', 'stimulate', 'stimulates', 'light up', 'ramp up', 'rev up', 'drive', 'drives', 'induce', 'induces', 'upregulate', 'upregulates', 'engage', 'engages', 'hit', 'hits', 'hitting', 'act on', 'acts on', 'work through', 'works through', 'signal through', 'signals through'],
    means: ['activate', 'activated', 'activation'],
  },
  // blocking
  {
    lay: ['off switch', 'kill switch', 'cut the phone lines', 'cut the lines', 'cut the line', 'cut the wires', 'cut off', 'cut the signal', 'cut the signals', 'cut the communication', 'jam', 'jammed', 'jamming', 'off button', 'block', 'blocks', 'blocked', 'blocking', 'blocker', 'blockers', 'shut down', 'shut off', 'switch off', 'switched off', 'turn off', 'turned off', 'knock down', 'knock out', 'knocked out', 'neutralise', 'neutralize', 'neutralised', 'neutralized', 'stop', 'stopped', 'stopping', 'suppress', 'suppressed', 'mop up', 'soak up', 'inhibit', 'inhibited', 'inhibitor', 'inhibitors', 'take away', 'took away', 'remove', 'removed', 'cut off', 'interfere', 'antagonist', 'target', 'targeting', 'targeted', 'cut the phone lines', 'cut the telephone lines', 'cut the telephone line', 'cut the phone line', 'cut the lines', 'cut the wires', 'cut the line', 'jam', 'jams', 'jamming', 'jammed', 'plug', 'plugs', 'plugged', 'plugging', 'disarm', 'disarmed', 'muzzle', 'silence', 'silenced', 'intercept', 'intercepted', 'sponge', 'sponges'],
    means: ['blocking', 'inhibition', 'inhibiting', 'neutralizing antibody', 'neutralising antibodies'],
  },
  // surviving treatment
  {
    lay: ['survive treatment', 'survive chemo', 'shrug off', 'withstand', 'tolerate', 'not respond', "don't respond", 'dont respond', 'stop working', 'stops working', 'not working', "isn't working", 'isnt working', "doesn't work", 'doesnt work', 'does not work', "don't work", 'dont work', 'not work', 'stopped working', 'fail', 'fails', 'failing', 'failed', 'evade', 'escape treatment', 'hold up', 'hard to treat', 'harder to treat', 'hard to kill', 'harder to kill', 'tough', 'tougher', 'refractory', 'insensitive', 'insensitivity', 'protect', 'protects', 'protected', 'shield', 'shields', 'immune to'],
    means: ['therapy resistance', 'resistance', 'resistant', 'treatment failure', 'treatment response'],
  },
  // the cells around the tumour
  {
    lay: ['neighbouring cells', 'neighboring cells', 'neighbours', 'neighbors', 'support cells', 'supporting cells', 'surrounding cells', 'cells around', 'bystander cells', 'connective tissue cells', 'scar tissue cells', 'scar-tissue cells', 'scar-tissue type cells', 'scar-tissue-like cells', 'scar tissue like cells', 'scar-like cells', 'scar tissue type cells', 'scar-forming cells', 'wound-healing cells', 'non cancer cells', 'non-cancer cells', 'normal cells nearby', 'accomplices', 'sidekicks', 'helpers', 'helper', 'enablers', 'partners in crime'],
    means: ['CAF', 'fibroblast', 'stroma', 'microenvironment'],
  },
  // fibroblasts in a tumour are, in these papers, its CAFs
  {
    lay: ['fibroblast', 'fibroblasts', 'fibroblats', 'fibros'],
    means: ['CAF', 'BM-CAF'],
  },
  // how the tumour cells were put into the mice
  {
    lay: ['subcut', 'sub-cut', 'subq', 'sub-q', 'sc injection', 'under the skin', 'in the flank', 'flank'],
    means: ['subcutaneous'],
  },
  // using a drug already on the market for this: what the paper puts forward as a target
  {
    lay: ['repurpose', 'repurposing', 'repurposed', 'existing drugs', 'approved drugs', 'approved drug', 'off the shelf', 'off-the-shelf', 'already approved'],
    means: ['treatment target', 'therapeutic target', 'target'],
  },
  // survival analyses a paper might or might not report
  {
    lay: ['kaplan meier curves', 'kaplan meier curve', 'kaplan-meier curves', 'kaplan-meier curve', 'kaplan meier', 'kaplan-meier', 'km curve', 'km curves'],
    means: ['survival', 'figures'],
  },
  // a noun and its verb that the stemmer keeps apart ("diagnosis", "diagnosed")
  {
    lay: ['diagnosis'],
    means: ['diagnosed'],
  },
  // what a signal docks onto: its receptor
  {
    lay: ['bind', 'binds', 'bind to', 'binds to', 'bound by', 'docks', 'docks onto', 'latch onto', 'latches onto', 'stick to', 'sticks to', 'attach to', 'attaches to'],
    means: ['receptor'],
  },
  // what the paper rests its case on: the factors it names as drivers
  {
    lay: ['pin', 'pins', 'pin on', 'pin it on', 'pin everything on', 'hinge on', 'hinges on', 'rest on', 'rests on', 'boil down to', 'boils down to'],
    means: ['drive', 'key', 'target'],
  },
  {
    lay: ['publication', 'publications', 'publishing'],
    means: ['published', 'journal'],
  },
  // role metaphors: "are the fibroblasts the villains / bodyguards / pit crew?" asks what they drive
  {
    lay: ['villain', 'villains', 'bad guy', 'bad guys', 'baddies', 'culprits', 'bodyguard', 'bodyguards', 'protector', 'protectors', 'accomplice', 'accomplices', 'sidekick', 'sidekicks', 'pit crew', 'crew', 'henchmen', 'enabler', 'enablers', 'partners in crime', 'shield', 'armour', 'armor', 'fortress', 'soil', 'support team', 'the real problem', 'doing the damage', 'pulling the strings', 'in charge'],
    means: ['drive', 'resistance', 'promote', 'conclusion', 'key', 'protect'],
  },
  // "seed and soil": the tumour's surroundings as the soil a seeded cancer grows in
  {
    lay: ['seed and soil', 'seed-and-soil', 'seed & soil', 'the soil', 'terrain', 'surroundings', 'environment'],
    means: ['microenvironment', 'surrounding', 'helper cells'],
  },
  // other names
  {
    lay: ['nickname', 'nicknames', 'other name', 'another name', 'aka', 'alias', 'also known as', 'synonym', 'goes by'],
    means: ['also called', 'called', 'known as'],
  },
  // signalling routes
  {
    lay: ['relay', 'relays', 'domino', 'dominoes', 'signalling route', 'signaling route', 'route', 'routes', 'cascade', 'cascades', 'wiring', 'chain reaction', 'axis', 'signal chain', 'downstream'],
    means: ['pathway', 'signalling'],
  },
  // shape-shifting
  {
    lay: ['shape shift', 'shape shifting', 'change shape', 'changing shape', 'lose adhesion', 'less sticky', 'loosen up', 'become mesenchymal', 'mesenchymal'],
    means: ['EMT'],
  },
  // stem-like
  {
    lay: ['stem like', 'stem-like', 'self renew', 'self-renew', 'self renewal', 'seed cells', 'regrow', 'regrowth', 'relapse', 'come back', 'comes back', 'recurrence'],
    means: ['CSC', 'stemness', 'recurrence'],
  },
  // messengers
  {
    lay: ['messenger', 'messengers', 'messenger molecule', 'messenger molecules', 'signal molecule', 'signalling molecule', 'signaling molecule', 'chemical signal', 'chemical signals', 'protein signal', 'factor', 'factors', 'culprit', 'culprits', 'molecules', 'phone line', 'phone lines', 'telephone line', 'telephone lines', 'crosstalk', 'cross-talk', 'talk to each other', 'talking to each other', 'communicate', 'communicating', 'communication', 'texting', 'messaging'],
    means: ['signalling', 'signal'],
  },
  // gene readouts
  {
    lay: ['gene reading', 'read the genes', 'reading genes', 'gene readout', 'gene profiling', 'profiling', 'sequencing', 'sequenced', 'which genes', 'genes are on', 'genes switched on', 'gene activity', 'screen', 'screening', 'differentially expressed', 'differential expression', 'differentially', 'differential'],
    means: ['RNA sequencing', 'gene expression'],
  },
  // months as members abbreviate them
  { lay: ['jan'], means: ['january'] },
  { lay: ['feb'], means: ['february'] },
  { lay: ['apr'], means: ['april'] },
  { lay: ['aug'], means: ['august'] },
  { lay: ['sep', 'sept'], means: ['september'] },
  { lay: ['oct'], means: ['october'] },
  { lay: ['nov'], means: ['november'] },
  { lay: ['dec'], means: ['december'] },
  // where the mice's tumours grew
  {
    lay: ['under the skin', 'subcutaneous', 'subcutaneously', 'subq', 'sub-q', 'flank', 'in the flank'],
    means: ['xenograft', 'subcutaneous'],
  },
  // the kind of lung cancer
  {
    lay: ['common kind', 'common type', 'commonest kind', 'commonest type', 'most common kind', 'most common type', 'non small cell', 'non-small cell', 'non small-cell'],
    means: ['NSCLC', 'non-small cell lung cancer'],
  },
  // what feeds a tumour: the factors the cells around it secrete
  {
    lay: ['fertiliser', 'fertilizer', 'fuel', 'fuels', 'feed', 'feeds', 'feeding', 'nourish', 'nourishes', 'nourishing', 'nutrients'],
    means: ['secrete', 'cytokine', 'chemokine', 'growth'],
  },
  // what cells leave in their medium
  {
    lay: ['broth', 'soup', 'juice', 'spent medium', 'used medium', 'leftover liquid', 'leftover medium', 'supernatant', 'culture fluid', 'cell juice', 'used broth'],
    means: ['conditioned medium'],
  },
  // the proteins that hold epithelial cells together, and the one moving cells gain
  {
    lay: ['glue', 'glue protein', 'sticky protein', 'cell glue', 'adhesion protein', 'velcro'],
    means: ['E-cadherin'],
  },
  {
    lay: ['wanderer protein', 'wandering protein', 'mesenchymal marker', 'scaffold protein'],
    means: ['vimentin'],
  },
  // blood vessels and the enzymes that chew tissue
  {
    lay: ['blood vessel', 'blood vessels', 'blood-vessel', 'new vessels', 'vessel growth', 'feed the tumour'],
    means: ['VEGF', 'angiogenesis'],
  },
  {
    lay: ['tissue-chewing', 'tissue chewing', 'chews', 'chewing', 'matrix-eating', 'matrix degrading', 'protease', 'scissors enzyme', 'enzyme'],
    means: ['MMP-2', 'MMP'],
  },
  // outlook
  {
    lay: ['outlook', 'outcome', 'outcomes', 'clinical outcome', 'patient outcome', 'survival odds', 'chances', 'deadly', 'fatal', 'such a big deal', 'bad news', 'so serious', 'so bad', 'so scary', 'worrying', 'worried about', 'die', 'dying', 'live longer', 'lived longer', 'living longer', 'survive longer', 'survived longer'],
    means: ['prognosis', 'survival'],
  },
  // how long people live: a survival figure, not the outlook in general
  {
    lay: ['life expectancy', 'how long do people live', 'how long do patients live', 'typically live', 'usually live', 'people live', 'patients live', 'live after', 'months to live', 'time left'],
    means: ['survival', 'median survival'],
  },
  // how many and how sure: the numbers behind a result
  {
    lay: ['sample size', 'sample sizes', 'effect size', 'effect sizes', 'qualitative', 'quantitative', 'quantified', 'quantification', 'statistical power', 'powered', 'underpowered', 'replicates', 'replicate', 'biological replicates', 'technical replicates', 'n numbers', 'statistics', 'stats', 'statistical', 'significance testing', 'error bars'],
    means: ['p-values', 'numbers', 'fold changes'],
  },
  // what a result was compared with
  {
    lay: ['control', 'controls', 'control group', 'control cells', 'comparison group', 'comparator', 'compared against', 'baseline', 'reference group'],
    means: ['normal', 'control'],
  },
  // abbreviations members type
  {
    lay: ['tf', 'tfs'],
    means: ['transcription factors'],
  },
  {
    lay: ['pts', 'pt', 'pt.', 'pts.'],
    means: ['patients'],
  },
  // who the patients were: the records give no numbers or characteristics
  {
    lay: ['demographics', 'demographic', 'study population', 'patient population', 'patient characteristics', 'baseline characteristics', 'who the patients were'],
    means: ['patient numbers'],
  },
  // how common
  {
    lay: ['how often', 'how frequent', 'how frequently', 'common', 'frequency', 'incidence', 'prevalence', 'how many people get', 'proportion', 'share', 'percentage', 'percent', 'rate'],
    means: ['frequency', 'how common', 'epidemiology'],
  },
  // where a study was done, asked by nationality ("is this a Korean study?")
  {
    lay: ['korean', 'chinese', 'japanese', 'american', 'european', 'british', 'german', 'french', 'asian', 'indian'].flatMap((n) => ['study', 'paper', 'team', 'group', 'lab', 'work', 'researchers'].map((w) => `${n} ${w}`)),
    means: ['country', 'university hospital'],
  },
  // the team
  {
    lay: ['scientists', 'scientist', 'team', 'group', 'investigators', 'researchers', 'people behind', 'who did', 'who ran', 'in charge', 'boss', 'senior author', 'pi', 'pis', "pi's", 'principal investigators'],
    means: ['led', 'team', 'professor'],
  },
  {
    lay: ['wrote', 'writers', 'authors', 'author list', 'byline', 'last author', 'final author'],
    means: ['authors'],
  },
  // a specialist named for their department
  {
    lay: ['pathologist', 'pathologists'],
    means: ['pathology'],
  },
  {
    lay: ['neurosurgeon', 'neurosurgeons', 'brain surgeon', 'brain surgeons'],
    means: ['neurosurgery'],
  },
  {
    lay: ['vendor', 'vendors'],
    means: ['suppliers'],
  },
  {
    lay: ['dept', 'depts', 'dept.'],
    means: ['department'],
  },
  // a journal's standing: the impact factor the press quotes
  {
    lay: ['good journal', 'good one', 'decent journal', 'decent one', 'top journal', 'big journal', 'well known journal', 'well-known journal', 'respectable journal', 'high impact', 'high-impact', 'impactful', 'legit journal', 'predatory', 'journal legit', 'journal legitimate', 'legitimate journal', 'journal reputable', 'journal any good', 'journal predatory', 'journal respectable'],
    means: ['impact factor', 'reputable'],
  },
  // where and when it appeared
  {
    lay: ['published', 'came out', 'come out', 'appeared', 'out in', 'issue', 'print', 'pub date', 'pub', 'pubdate', 'publication date', 'and when'],
    means: ['published', 'journal', 'date'],
  },
  // which of the papers came first: the answer is each one's date
  {
    lay: ['is older', 'was older', 'is newer', 'was newer', 'more recent', 'came first', 'came earlier', 'years apart', 'years between', 'how many years'],
    means: ['published', 'date'],
  },
  {
    lay: ['link form', 'in link form', 'as a link', 'url form', 'clickable', 'hyperlink', 'link', 'url', 'read it', 'full text', 'find it', 'find the paper', 'access', 'download', 'pdf'],
    means: ['DOI', 'link'],
  },
  // radiation
  {
    lay: ['rays', 'radiated', 'zap', 'zapping', 'radiate', 'radio'],
    means: ['radiation therapy'],
  },
  // markers
  {
    lay: ['marker', 'markers', 'label', 'labels', 'signature', 'tell apart', 'identify', 'identified'],
    means: ['markers', 'marker'],
  },
];
