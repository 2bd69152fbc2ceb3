/**
 * Word lists about people: titles and what may modify them, courtesy titles, name particles and
 * endings, parties, and the words around a name that tell a person from a company. General
 * English news usage, folded (lower case, no accents).
 */
import { wordSet as set } from './nlp-lexicon.ts';

/** Courtesy titles: kept in aliases (`Dr. Fernández`), never a role on their own. */
export const HONORIFICS = set(`
  dr mr mrs ms miss mx mme mlle sir dame herr frau senor senora signor signora monsieur madame
`);

/**
 * Nouns that name what a person is or does. A run of them right before a name is the
 * person's role (`Race director`, `former President`); one inside an apposition marks the
 * apposition as a role (`the director of the museum`).
 */
export const TITLE_NOUNS = set(`
  president vice-president presidents minister ministers secretary secretary-general director-general
  undersecretary chancellor premier mayor deputy governor senator congressman congresswoman
  representative rep sen gov lawmaker legislator mp mep councillor councilor councilman councilwoman
  councilmember alderman alderwoman commissioner chair chairman chairwoman chairperson vice-chair
  speaker leader head chief boss director manager ceo cfo coo cto founder co-founder owner
  co-owner proprietor executive spokesperson spokesman spokeswoman spokesmen representative
  official officer inspector detective constable sergeant sgt captain capt lieutenant lt colonel col
  general gen major commander cmdr admiral marshal superintendent sheriff marshal warden
  judge justice magistrate lawyer attorney barrister solicitor prosecutor advocate counsel
  professor prof lecturer researcher scientist economist analyst historian expert academic
  doctor physician surgeon nurse paramedic pharmacist dentist vet veterinarian
  librarian archivist curator teacher headteacher headmaster headmistress principal dean provost
  rector student pupil graduate researcher
  coach manager player striker forward midfielder defender goalkeeper keeper winger captain
  athlete runner cyclist swimmer sprinter skier champion referee umpire jockey driver rider
  boxer golfer wrestler
  journalist reporter editor columnist correspondent writer author novelist poet photographer
  artist painter sculptor designer architect engineer developer programmer
  musician singer songwriter composer conductor guitarist drummer pianist actor actress
  dancer director producer filmmaker comedian chef
  activist campaigner organiser organizer volunteer advocate lobbyist organiser
  ambassador envoy diplomat consul negotiator delegate emissary attache
  king queen prince princess emperor empress monarch sultan emir sheikh duke duchess earl baron
  baroness lord lady pope cardinal bishop archbishop priest pastor vicar reverend rev rabbi imam
  cleric monk nun father
  treasurer clerk auditor trustee administrator registrar regulator ombudsman inspector-general
  controller comptroller supervisor foreman steward planner consultant adviser advisor aide
  assistant associate partner shareholder investor banker broker trader accountant economist
  farmer fisherman miner worker employee staffer labourer laborer machinist technician
  electrician plumber mechanic pilot conductor firefighter officer soldier veteran
  resident homeowner landlord tenant shopkeeper retailer entrepreneur businessman businesswoman
  industrialist mogul magnate tycoon
  candidate nominee challenger incumbent politician strategist campaigner
  witness victim survivor plaintiff defendant claimant suspect
  parent mother father grandmother grandfather widow widower
  fan supporter member spokesperson agent representative
  patient customer passenger commuter visitor tourist neighbour neighbor shopper user client
  spectator attendee participant entrant homeowner householder parishioner churchgoer
  patron benefactor donor philanthropist sponsor
  fullback halfback scrumhalf scrum-half flyhalf fly-half flanker hooker lock prop wingback centre-back
  sweeper playmaker pitcher catcher shortstop outfielder infielder quarterback linebacker batsman bowler
  wicketkeeper all-rounder hurdler starter reliever slugger seed titleholder holder teammate team-mate
  compatriot countryman countrywoman rookie newcomer accomplice
  cornerback tailback receiver
  wife husband son daughter brother sister uncle aunt cousin nephew niece fiancee fiance
`);

/** Words that may stand before a title noun inside a role: `former`, `deputy`, `acting`. */
export const TITLE_MODIFIERS = set(`
  former ex- then acting interim deputy vice assistant associate senior junior chief head lead
  executive managing general first second principal outgoing incoming newly elected re-elected
  appointed designate retired veteran longtime long-time current sitting serving founding
  presiding ruling governing leading reigning visiting local regional national state federal
  municipal county city district provincial foreign
`);

/** -ed / -ing words that do occur inside a role (`elected official`, `managing director`). */
export const ROLE_PARTICIPLES = set(`
  acting managing outgoing incoming elected re-elected appointed retired presiding ruling governing
  leading reigning visiting founding serving sitting striking renowned celebrated embattled
  distinguished qualified registered licensed certified trained experienced
`);

/** Verbs after `who` that make a relative clause a role: `who chairs the budget committee`. */
export const ROLE_VERBS = set(`
  chairs chaired heads headed leads led runs ran directs directed manages managed oversees oversaw
  represents represented coaches coached owns owned founded co-founded captains captained
  presides presided teaches taught edits edited commands commanded governs governed hosts hosted
  coordinates coordinated supervises supervised administers administered serves served works worked
  chairs convenes convened organises organizes organised organized
`);

/** Lower-case particles inside a name: `Charles de Gaulle`, `Ludwig van Beethoven`. */
export const NAME_PARTICLES = set(`
  de da das do dos du del della der den di la le van von ten ter bin ibn al el y e zu wa arap ould
`);

/**
 * Party and faction words: before a name they are the person's affiliation, not part of the
 * name (`Democrat Ruth Ames`, `Republican Tom Hale`).
 */
export const PARTY_WORDS = set(`
  democrat democrats republican republicans conservative tory liberal socialist communist
  nationalist separatist leftist rightist centrist reformist reformer hardliner moderate dissident
  rebel loyalist royalist monarchist islamist federalist independent gaullist ultranationalist
  christian-democrat social-democrat
`);

/** Nouns that name companies as often as people: `rail operator Trenline`, `carmaker Autova`. */
export const ORG_AGENT_NOUNS: ReadonlySet<string> = new Set([
  'operator', 'provider', 'carrier', 'retailer', 'manufacturer', 'supplier', 'distributor', 'broadcaster', 'publisher',
  'insurer', 'lender', 'developer', 'producer', 'regulator', 'contractor', 'employer', 'sponsor', 'competitor', 'rival',
  'partner', 'investor', 'shareholder', 'owner', 'co-owner', 'builder', 'exporter', 'importer', 'processor', 'shipper',
  'streamer', 'member', 'founder', 'donor', 'benefactor', 'patron', 'challenger', 'incumbent', 'champion', 'leader',
]);

/** Of those, the ones that name companies far more often than people: no evidence of a person. */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'operator', 'provider', 'carrier', 'retailer', 'manufacturer', 'supplier', 'distributor', 'broadcaster', 'publisher',
  'insurer', 'lender', 'developer', 'producer', 'contractor', 'employer', 'sponsor', 'competitor', 'exporter', 'importer',
  'processor', 'shipper', 'streamer', 'bidder', 'buyer', 'seller', 'suitor', 'acquirer', 'underwriter', 'consumer',
]);

/** Words with an agent-noun ending that do not name people. */
export const NOT_AGENT_NOUNS: ReadonlySet<string> = new Set([
  'other', 'never', 'over', 'under', 'after', 'water', 'power', 'order', 'number', 'paper', 'letter', 'matter',
  'corner', 'dinner', 'border', 'winter', 'summer', 'later', 'earlier', 'rather', 'together', 'whether', 'either',
  'neither', 'however', 'further', 'former', 'latter', 'error', 'floor', 'door', 'color', 'colour', 'favour', 'favor',
  'labour', 'labor', 'minor', 'mirror', 'interior', 'exterior', 'sector', 'factor', 'motor', 'tractor', 'terror',
  'horror', 'honor', 'honour', 'rumor', 'rumour', 'humor', 'humour', 'flavor', 'flavour', 'behavior', 'behaviour',
  'harbor', 'harbour', 'vapor', 'liquor', 'corridor', 'monitor', 'indicator', 'elevator', 'calculator', 'generator',
  'ancestor', 'weather', 'feather', 'leather', 'shelter', 'theater', 'center', 'filter', 'layer', 'prayer',
  'quarter', 'chapter', 'character', 'master', 'disaster', 'register', 'cluster', 'poster', 'computer', 'counter',
  'remainder', 'reminder', 'answer', 'shoulder', 'finger', 'danger', 'anger', 'hunger', 'tower', 'flower', 'shower',
  'cancer', 'fever', 'silver', 'river', 'lever', 'liver', 'cover', 'offer', 'proper', 'upper', 'lower', 'inner',
  'outer', 'bigger', 'larger', 'smaller', 'longer', 'stronger', 'higher', 'older', 'younger', 'greater', 'better',
  'faster', 'slower', 'closer', 'wider', 'deeper', 'cheaper', 'harder', 'easier', 'another', 'whatever',
  'wherever', 'whenever', 'forever', 'clever', 'sober', 'tender', 'gender', 'calendar', 'timber', 'rubber',
  'amber', 'chamber', 'member', 'meanwhile', 'christian', 'asian', 'indian', 'italian', 'canadian', 'russian',
  'australian', 'brazilian', 'egyptian', 'syrian', 'iranian', 'nigerian', 'norwegian', 'hungarian', 'civilian',
  'median', 'meridian',
]);

/**
 * Endings that mark a family name in many languages (`Ivanov`, `Kowalski`, `Popescu`,
 * `Petrovic`, `Gonzalez`, `Papadopoulos`, `Shevchenko`): a sign of a person when the first name
 * is not a known one.
 */
export const SURNAME_ENDING = /\p{L}{3}(?:ov|ova|ev|eva|sky|ski|ska|vic|vich|escu|sson|ez|ini|elli|etti|opoulos|idis|oglu|yan|ashvili|adze|enko|chuk)$/u;

/** Month and season names that are also names: `April Ryan`, `Theresa May`, `Jan Kowal`. */
export const CALENDAR_FIRST_NAMES: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august', 'jan', 'jun', 'summer', 'autumn', 'winter']);

/** Organisation and place words that are also common surnames: `Ana Hill`, `Grace Park`, `Tom Hall`. */
export const SURNAME_PLACE_WORDS: ReadonlySet<string> = new Set([
  'hill', 'park', 'hall', 'lane', 'church', 'wood', 'woods', 'field', 'fields', 'ford', 'brook', 'rivers', 'marsh',
  'bridge', 'bridges', 'house', 'mill', 'mills', 'cross', 'gates', 'banks', 'grove', 'castle', 'king',
]);

/** Places that are also common first names: `Jordan Peterson`, `Georgia Brown`. */
export const PLACE_FIRST_NAMES: ReadonlySet<string> = new Set(['milan', 'jordan', 'chad', 'georgia', 'india', 'virginia', 'florence', 'israel', 'kenya', 'dakota', 'carolina', 'sydney', 'austin', 'victoria']);

/** Words ending in `-ly` that are not adverbs, so they may stand inside a role (`family doctor`). */
export const NOT_ADVERBS: ReadonlySet<string> = new Set(['family', 'italy', 'rally', 'ally', 'daily', 'weekly', 'monthly', 'yearly', 'elderly', 'assembly']);

/** Nouns after a company's name: `X shares rose`, `X's profit`. */
export const COMPANY_AFTER: ReadonlySet<string> = new Set(['shares', 'stock', 'stocks', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'shareholders', 'stockholders', 'subsidiary', 'bonds', 'plc', 'stake']);
/** Phrases before a company's name: `shares of X`, `a stake in X`, `a unit of X`. */
export const COMPANY_BEFORE = /^(?:shares of|stake in|unit of|subsidiary of|takeover of|merger with|bid for|owned by|acquired by|acquisition of)$/u;

/** Verbs of an inverted attribution, `said Ortega`; not `told`/`asked`, whose next name is the listener. */
export const SPEECH_BEFORE: ReadonlySet<string> = new Set(['said', 'says', 'added', 'replied', 'wrote', 'insisted', 'explained']);

/** A numeral or generational suffix after a surname: `Henry VIII`, `Tom King Jr`. */
export const NAME_SUFFIX = /^(?:[IVX]{2,4}|Jr\.?|Sr\.?)$/u;
