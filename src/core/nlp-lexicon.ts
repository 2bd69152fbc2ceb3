/**
 * Word lists of general English used by people, claims and outlook extraction: function words,
 * dates, determiners, reporting verbs and what may stand around them. Lists about people,
 * organisations and places live beside this file (`nlp-lexicon-people.ts`, `-orgs.ts`,
 * `-places.ts`). Nothing here is about a particular article; every entry is folded (lower case,
 * no accents).
 */

/** A set of the whitespace-separated words of a list written as one template string. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));
const set = wordSet;

/** Function words and sentence openers: never part of a name when they start a capitalised run. */
export const FUNCTION_WORDS = set(`
  a an the this that these those it its he she they we i you him her them us me my our your their his
  who whom whose which what when where why how whoever whatever
  in on at by for from with without within into onto of to as than about above across after against
  along amid amidst among around before behind below beneath beside besides between beyond despite
  during except inside near off out outside over past per since through throughout toward towards
  under underneath unlike until upon via
  and but or nor so yet if unless because although though while whereas whether both either neither
  not no yes only also even still just already again
  however furthermore moreover meanwhile nevertheless nonetheless therefore thus hence instead
  indeed besides otherwise consequently additionally accordingly likewise similarly overall finally
  firstly secondly lastly ultimately eventually initially earlier later soon now then today tonight
  yesterday tomorrow recently currently previously once here there afterwards afterward last next
  all any each every many much more most some several few other another such same own
  asked speaking writing according following including regarding given
  mr mrs ms dr
  is are was were be been being has have had do does did will would shall should can could may might
  must
  please thanks
  one two three four five six seven eight nine ten
`);

/** Month and day names: a capitalised run made of these is a date, not a person. */
export const CALENDAR = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  spring summer autumn fall winter christmas easter ramadan eid hanukkah diwali thanksgiving
  halloween
`);


/** Determiners and possessive pronouns: a claim verb right after one is a noun (`this claim`). */
export const DETERMINERS = set(`
  the a an this that these those his her their its our my your such any each every no some another
`);

/**
 * Reporting and claim verbs, folded, with the kind of claim they make. `needs` lists what must
 * follow for the verb to report a claim: the next word (`pointed to`, `noted that`), `as`
 * within the clause (`described … as`), `~word` within the next four words (`raised
 * serious allegations`), or `object-a`: an object then `a`/a quotation (`called it a
 * disgrace`, not `called a strike`); an empty list means the verb reports a claim on its own.
 */
export interface ClaimVerb {
  kind: 'accusation' | 'argument' | 'statement';
  needs: readonly string[];
}

const verbs: Array<[string, ClaimVerb['kind'], string[]]> = [
  ['accuse accuses accused', 'accusation', []],
  ['allege alleges alleged', 'accusation', []],
  ['blame blames blamed', 'accusation', []],
  ['condemn condemns condemned', 'accusation', []],
  ['denounce denounces denounced', 'accusation', []],
  ['criticize criticizes criticized criticise criticises criticised', 'accusation', []],
  ['slam slams slammed', 'accusation', []],
  ['attack attacks attacked', 'accusation', ['for', 'as']],
  ['charge charges charged', 'accusation', ['that']],
  ['characterize characterizes characterized characterise characterises characterised', 'argument', []],
  ['argue argues argued', 'argument', []],
  ['claim claims claimed', 'argument', []],
  ['contend contends contended', 'argument', []],
  ['insist insists insisted', 'argument', []],
  ['assert asserts asserted', 'argument', []],
  ['warn warns warned', 'argument', []],
  ['suggest suggests suggested', 'argument', []],
  ['maintain maintains maintained', 'argument', ['that']],
  ['point points pointed', 'argument', ['to', 'out']],
  ['question questions questioned', 'argument', ['whether', 'why', 'how', 'the', 'if']],
  ['dispute disputes disputed', 'argument', []],
  ['deny denies denied', 'argument', []],
  ['counter counters countered', 'argument', []],
  ['disagree disagrees disagreed', 'argument', []],
  ['object objects objected', 'argument', ['to', 'that']],
  ['predict predicts predicted', 'argument', []],
  ['believe believes believed', 'argument', ['that']],
  ['fear fears feared', 'argument', ['that']],
  ['doubt doubts doubted', 'argument', ['that', 'whether']],
  ['reject rejects rejected', 'argument', ['the', 'claims', 'that', 'accusations', 'allegations', 'criticism', 'suggestions']],
  ['dismiss dismisses dismissed', 'argument', ['the', 'claims', 'accusations', 'allegations', 'criticism', 'suggestions', 'as']],
  ['say says said', 'statement', []],
  ['tell tells told', 'statement', []],
  ['state states stated', 'statement', ['that', '"', '\u201C']],
  ['declare declares declared', 'statement', []],
  ['announce announces announced', 'statement', []],
  ['add adds added', 'statement', ['that', '"', '\u201C', ',', '.']],
  ['explain explains explained', 'statement', []],
  ['note notes noted', 'statement', ['that', '"', '\u201C', ',', '.']],
  ['stress stresses stressed', 'statement', []],
  ['emphasize emphasizes emphasized emphasise emphasises emphasised', 'statement', []],
  ['describe describes described', 'statement', ['as']],
  ['call calls called', 'statement', ['for', 'on', '"', '\u201C', 'object-a']],
  ['confirm confirms confirmed', 'statement', []],
  ['acknowledge acknowledges acknowledged', 'statement', []],
  ['admit admits admitted', 'statement', []],
  ['concede concedes conceded', 'statement', []],
  ['reveal reveals revealed', 'statement', ['that']],
  ['report reports reported', 'statement', ['that']],
  ['write writes wrote', 'statement', ['that', '"', '\u201C', 'in', ',']],
  ['urge urges urged', 'statement', []],
  ['demand demands demanded', 'statement', []],
  ['vow vows vowed', 'statement', []],
  ['pledge pledges pledged', 'statement', []],
  ['promise promises promised', 'statement', []],
  ['threaten threatens threatened', 'statement', []],
  ['complain complains complained', 'accusation', []],
  ['protest protests protested', 'accusation', ['that', 'against']],
  ['praise praises praised', 'statement', []],
  ['welcome welcomes welcomed', 'statement', []],
  ['reply replies replied', 'statement', []],
  ['respond responds responded', 'statement', []],
  ['tweet tweets tweeted', 'statement', []],
  ['estimate estimates estimated', 'statement', ['that']],
  ['recall recalls recalled', 'statement', ['that', '"', '\u201C', 'how']],
  ['raise raises raised', 'argument', ['~allegations', '~accusations', '~concerns', '~questions', '~doubts', '~objections']],
  ['level levels levelled leveled', 'accusation', ['~allegations', '~accusations', '~charges', '~criticism']],
];

export const CLAIM_VERBS: ReadonlyMap<string, ClaimVerb> = new Map(
  verbs.flatMap(([forms, kind, needs]) => forms.split(' ').map((f) => [f, { kind, needs }] as const)),
);

/** -ing forms that continue the previous claim's subject: `…, suggesting that …`. */
export const CLAIM_PARTICIPLES: ReadonlyMap<string, ClaimVerb> = new Map(
  verbs.flatMap(([forms, kind, needs]) => {
    const base = forms.split(' ')[0]!;
    const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
    return [[ing, { kind, needs }] as const];
  }),
);

/** Adverbs and auxiliaries that may stand between a subject and its verb: `Moreau also pointed`. */
export const VERB_GAP_WORDS = set(`
  also further then later again previously publicly repeatedly has have had once even already
  still strongly recently quickly immediately separately privately earlier initially subsequently
  openly angrily bluntly flatly firmly sharply openly likewise too however
`);

/** Auxiliaries that make a following -ed form passive (`was accused`). */
export const PASSIVE_AUX = set(`is are was were be been being get gets got`);

/** Subject pronouns resolved to a person or a group. */
export const PERSON_PRONOUNS = set(`he she`);
export const GROUP_PRONOUNS = set(`they it`);

/** Prepositions that end a group subject when walking left (`among younger … voters`). */
export const HARD_PREPOSITIONS = set(`
  among amongst including by with for to against than like as into onto about from during after
  before since until despite amid amidst between through toward towards upon over under
`);

/** Words that open the article's own analysis, never a reported claim: `This statement reflects`. */
export const ANALYSIS_OPENERS = set(`this these that those such it there`);

/** Collective nouns that can report a claim as a group (`the board said`). */
export const GROUP_NOUNS = set(`
  police government council committee board union company ministry management administration
  staff team club party campaign group organisers organizers officials authorities critics
  residents opponents supporters protesters activists workers employees members leaders experts
  analysts economists scientists researchers doctors teachers nurses parents students fans
  prosecutors lawyers investigators inspectors regulators lawmakers legislators ministers
  spokespeople representatives unions owners firm firms agency agencies department office court
  judges jury panel report study survey statement family families organization organisation
  foundation association federation league commission authority charity hospital school
  university library museum operator operators city town village region state`);

/** -ed words that describe a group rather than tell what it did. */
export const GROUP_PARTICIPLES: ReadonlySet<string> = new Set([
  'registered', 'elected', 'retired', 'unnamed', 'affected', 'concerned', 'worried', 'frustrated', 'displaced', 'injured',
  'unemployed', 'organised', 'organized', 'qualified', 'trained', 'skilled', 'armed', 'masked', 'licensed', 'unionised',
  'unionized', 'disappointed', 'dedicated', 'interested', 'related', 'united', 'associated', 'based', 'named', 'selected',
  'invited', 'appointed', 'experienced', 'evacuated', 'stranded', 'furloughed', 'laid-off', 'talented', 'detained',
]);

/** Words that may sit inside a group noun phrase without ending it. */
export const SOFT_WORDS: ReadonlySet<string> = new Set(['of', 'within', 'in', 'at', 'on', 'and', 'or', 'across']);
