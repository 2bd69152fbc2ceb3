/**
 * Word lists about organisations, works and things with capitalised names: the words that make
 * a capitalised run a company, a body, an event or a product rather than a person. Folded.
 */
import { wordSet as set } from './nlp-lexicon.ts';

/**
 * Foreign articles that open titles and organisations, not names: `Die Abendpost`, `La Voce`,
 * `Il Messaggero`, `Los Lobos`. Capitalised `De`/`Van` stay name particles.
 */
export const FOREIGN_ARTICLES = set(`der die das le la les il lo los las el`);

/**
 * Lower-case nouns that introduce an organisation's name, right before it: `the news magazine
 * Die Abendpost`, `welfare group Safe Harbour`, `carmaker Autova`.
 */
export const ORG_CLASSIFIERS = set(`
  group company firm club team side party agency newspaper daily weekly magazine tabloid paper
  bank lender carrier airline insurer maker carmaker automaker retailer chain conglomerate giant
  subsidiary unit brand label organisation organization association charity movement alliance
  coalition network channel broadcaster publication journal ministry body union league federation
  outfit band orchestra studio outlet operator publisher distributor brewer exchange fund
  newsweekly monthly
`);

/** Lower-case nouns that introduce the title of a work or an event: `the film Silver Road`. */
export const WORK_CLASSIFIERS = set(`
  film movie novel book album song play opera musical show series programme program festival
  tournament event race exhibition
`);

/** Words naming bodies and institutions, listed once for both ORG_NAME_WORDS and ORG_WORDS. */
const BODIES = `
  assembly organization organisation foundation council ministry party university college school
  academy institute institution society association federation confederation union league club
  committee commission board trust fund agency authority administration department office bureau
`;

/**
 * Last words of organisations' names (a subset of ORG_WORDS without places, events and
 * times): `Harlow Controls Inc`, `Institute of Surveyors`, `Eastport United`.
 */
export const ORG_NAME_WORDS = set(`${BODIES}
  service services government parliament senate congress tribunal cabinet company corporation
  corp inc ltd llc plc group holdings partners capital ventures industries enterprises systems
  technologies labs laboratories software solutions logistics motors airlines airways railway
  railways energy oil steel foods pharmaceuticals bank insurance media news times post journal
  gazette herald tribune press radio television tv network studios records entertainment
  publishing library museum gallery hospital clinic alliance coalition movement front army navy
  police guard corps brigade regiment courier advertiser echo chronicle observer mercury standard
  sentinel bulletin review magazine co ag gmbh sa nv bv spa bhd pty bros brothers banc banco
  banque bancorp exchange zeitung allgemeine rundschau cross crescent united rovers wanderers
  albion athletic rangers dynamo sporting fc afc harriers communications telecommunications
  petroleum electric chemical chemicals microsystems electronics programme program
  securities investments finance financial multimedia sports
`);

/**
 * Words that make a capitalised run an organisation, a place, an event or a thing:
 * `Orwin Foundation`, `Eastport City`, `Cold War`, `Riverside Stadium`, `National Assembly`.
 */
export const ORG_WORDS = set(`${BODIES}
  service services government parliament senate congress house court tribunal cabinet
  nations states republic kingdom empire commonwealth federation
  company corporation corp inc ltd llc plc group holdings partners capital ventures industries
  industry enterprises systems technologies technology labs laboratories software solutions
  logistics motors airlines airways railway railways rail transit energy power oil gas steel
  foods pharmaceuticals pharma bank insurance media news times post journal gazette herald tribune
  press radio television tv network studios records entertainment publishing books
  city town village county district province region state territory municipality borough
  street road avenue lane drive boulevard square plaza park bridge river lake sea ocean bay coast
  beach island islands mountain mountains hill hills valley forest desert peninsula canal harbor
  harbour port airport station terminal highway motorway
  library museum gallery hospital clinic centre center hall arena stadium theatre theater cinema
  church cathedral chapel mosque temple synagogue palace castle tower building mall market
  prison jail camp base barracks zoo garden gardens cemetery plant factory mill works
  marathon race cup championship championships olympics games tournament open grand prix festival
  fair expo show awards award prize series season derby rally
  war revolution crisis treaty accord agreement pact act bill law charter constitution protocol
  convention declaration doctrine plan program programme initiative project summit conference forum
  alliance coalition movement front army navy force forces police guard corps brigade regiment
  fleet command
  day week month year era age century
  north south east west northern southern eastern western central middle upper lower greater
  atlantic pacific arctic antarctic mediterranean
  international national global world royal federal central united
  details background summary update overview analysis opinion editorial conclusion introduction
  next outlook
  row quay way place terrace close crescent grove mews wharf pier dock docks yard estate estates
  harriers rovers wanderers albion athletic olympic rangers dynamo sporting fc afc
  courier advertiser echo chronicle observer mercury standard sentinel record gazette herald
  tribune bulletin review magazine daily weekly
  properties developments construction builders architects metals castings glassworks ferries
  buses coaches mobility digital analytics economics furniture transport robotics networks devices
  computing dynamics semiconductors electronics chemicals plastics textiles brewery breweries
  foods farms dairy bakery pharmacy supermarket supermarkets stores store shops retail brands
  consulting consultancy advisors insurers airline shipping haulage freight cargo telecom
  delivery manufacturing advisory insight insights homes housing ceramics research health care
  healthcare solar wind water utilities engineering materials components industrial motorsport
  real olympique racing inter atletico pool pools metro living paper packaging appliances
  automotive confectionery cosmetics apparel footwear toys games gaming
  internet covid pandemic
  co ag gmbh sa nv bv spa bhd pty bros brothers banc banco banque bancorp exchange exchanges
  securities investments investment finance financial multimedia marine shipbuilding sports hole motor
  classic invitational bowl trophy zeitung allgemeine rundschau cross team rights
  hurricane storm typhoon cyclone tornado wildfire earthquake operation flight route terminal gate
  model version edition
`);

/** Last words of product names: `Zeta Mini`, `Nova Air`, `Flux Neo`. Checked on the last word only (`Max Weber` is a person). */
export const PRODUCT_SUFFIXES = set(`mini max pro plus ultra lite air neo one x s go prime edge se`);
