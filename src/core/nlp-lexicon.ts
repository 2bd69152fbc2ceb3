/**
 * Word lists of general English used by people, claims and outlook extraction. Nothing here
 * is about a particular article: titles, function words, organisation and place words,
 * reporting verbs, modal and future markers. Every entry is folded (lower case, no accents).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

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

/**
 * Last words of organisations' names (a subset of ORG_WORDS without places, events and
 * times): `Harlow Controls Inc`, `Institute of Surveyors`, `Eastport United`.
 */
export const ORG_NAME_WORDS = set(`
  assembly organization organisation foundation council ministry party university college school
  academy institute institution society association federation confederation union league club
  committee commission board trust fund agency authority administration department office bureau
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
 * Party and faction words: before a name they are the person's affiliation, not part of the
 * name (`Democrat Ruth Ames`, `Republican Tom Hale`).
 */
export const PARTY_WORDS = set(`
  democrat democrats republican republicans conservative tory liberal socialist communist
  nationalist separatist leftist rightist centrist reformist reformer hardliner moderate dissident
  rebel loyalist royalist monarchist islamist federalist independent gaullist ultranationalist
  christian-democrat social-democrat
`);

/** Function words and sentence openers: never part of a name when they start a capitalised run. */
export const STOP_WORDS = set(`
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

/**
 * Words that make a capitalised run an organisation, a place, an event or a thing:
 * `Orwin Foundation`, `Eastport City`, `Cold War`, `Riverside Stadium`, `National Assembly`.
 */
export const ORG_WORDS = set(`
  assembly organization organisation foundation council ministry party university college school
  academy institute institution society association federation confederation union league club
  committee commission board trust fund agency authority administration department office bureau
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

/** Countries, continents and large regions, folded; multi-word ones are matched as phrases. */
export const PLACES = set(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
  bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
  brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo
  croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini
  ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala
  guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
  jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
  lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
  malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
  mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan
  palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
  samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden
  switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
  tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
  england scotland wales britain europe asia africa america americas oceania antarctica arctic
  scandinavia balkans caucasus siberia patagonia
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas
  utah vermont virginia wisconsin wyoming quebec ontario alberta bavaria catalonia
  london paris berlin madrid rome milan munich dortmund barcelona lisbon amsterdam brussels vienna
  prague warsaw budapest moscow kyiv kiev istanbul athens dublin edinburgh glasgow manchester
  liverpool birmingham leeds tokyo beijing shanghai delhi mumbai dubai cairo lagos nairobi
  johannesburg toronto montreal vancouver chicago boston seattle miami atlanta dallas denver
  detroit melbourne brisbane auckland bogota caracas havana geneva zurich stockholm oslo
  copenhagen helsinki marseille lyon turin naples seville valencia porto hamburg frankfurt cologne
  brussels rotterdam antwerp tehran baghdad kabul riyadh jerusalem gaza beirut damascus ankara
  seoul pyongyang bangkok jakarta manila hanoi karachi lahore dhaka
  philadelphia pittsburgh cincinnati milwaukee baltimore oakland anaheim minneapolis sacramento
  indianapolis nashville memphis tampa jacksonville newark portland seattle
  bremen rostock leverkusen dusseldorf duesseldorf stuttgart kaiserslautern karlsruhe freiburg bochum
  gelsenkirchen moenchengladbach monchengladbach bielefeld nuremberg nuernberg hanover hannover
  leipzig dresden bonn eindhoven arnhem utrecht groningen heerenveen tilburg breda enschede
  poznan krakow gdansk lodz wroclaw katowice bucharest belgrade zagreb ljubljana bratislava kosice
  minsk riga tallinn vilnius volgograd novgorod samara kazan rostov yaroslavl saratov
  genoa bologna verona parma udine bergamo bari cagliari piacenza vicenza lecce perugia palermo
  coruna vigo bilbao oviedo santander gijon zaragoza valladolid tenerife salamanca malaga
  bordeaux nantes lille strasbourg auxerre montpellier toulouse rennes guingamp bastia
  liege bruges brugge ghent charleroi mechelen lokeren genk aberdeen dundee kilmarnock motherwell
  sheffield nottingham leicester southampton coventry newcastle sunderland middlesbrough blackburn
  tottenham norwich ipswich portsmouth cardiff swansea belfast izmir trabzon braga salzburg graz
  innsbruck basel berne lausanne lucerne aarhus odense gothenburg malmo trondheim thessaloniki
  piraeus odessa tbilisi yerevan baku tashkent almaty haifa amman jeddah islamabad rawalpindi
  peshawar bombay calcutta madras bangalore hyderabad colombo kathmandu rangoon yangon saigon
  taipei guangzhou pusan osaka kyoto nagoya kobe yokohama canberra christchurch pretoria durban
  bloemfontein harare lusaka kampala kigali bujumbura kinshasa brazzaville abuja accra dakar
  abidjan algiers tunis rabat casablanca tripoli khartoum mogadishu luanda maputo guadalajara
  monterrey medellin lima quito asuncion montevideo brasilia ottawa calgary edmonton winnipeg
  sarajevo pristina tirana skopje podgorica chisinau grozny
`);

/** First words of place names: `Little Dunmore`, `Fort Ellis`, `Mount Hood`, `Lake Como`. */
export const PLACE_PREFIXES = set(`little great old fort mount mt lake port new saint st san santa sao upper lower north south east west`);

/** Multi-word places (folded): `united states`, `new zealand`, `latin america`. */
export const PLACE_PHRASES = [
  'united states', 'united kingdom', 'united arab emirates', 'new zealand', 'south africa',
  'north korea', 'south korea', 'saudi arabia', 'sri lanka', 'costa rica', 'puerto rico',
  'el salvador', 'czech republic', 'dominican republic', 'ivory coast', 'hong kong', 'new york',
  'los angeles', 'san francisco', 'las vegas', 'new jersey', 'new mexico', 'new hampshire',
  'north carolina', 'south carolina', 'north dakota', 'south dakota', 'west virginia',
  'rhode island', 'buenos aires', 'rio de janeiro', 'sao paulo', 'mexico city', 'cape town',
  'tel aviv', 'latin america', 'middle east', 'far east', 'south america', 'north america',
  'central america', 'east asia', 'southeast asia', 'south asia', 'central asia', 'western europe',
  'eastern europe', 'sub-saharan africa', 'west bank', 'gaza strip',
];

/** Adjectives of nationality and region: a run containing one is not a name (`French Assembly`). */
export const DEMONYMS = set(`
  afghan albanian algerian american angolan argentine argentinian armenian australian austrian
  azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian
  cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban cypriot czech
  danish dutch ecuadorian egyptian english eritrean estonian ethiopian european filipino finnish
  french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian
  indonesian iranian iraqi irish israeli italian jamaican japanese jordanian kazakh kenyan korean
  kosovar kuwaiti latvian lebanese libyan lithuanian luxembourgish malaysian maltese mexican
  moldovan mongolian montenegrin moroccan mozambican nepalese nigerian norwegian pakistani
  palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan
  saudi scottish senegalese serbian singaporean slovak slovenian somali spanish sudanese swedish
  swiss syrian taiwanese tajik tanzanian thai tunisian turkish ugandan ukrainian uruguayan uzbek
  venezuelan vietnamese welsh yemeni zambian zimbabwean african asian arab arabic latin nordic
  scandinavian western eastern northern southern catalan basque bavarian kurdish persian
  islamic christian jewish muslim catholic protestant
  briton britons scot scots dane danes swede swedes turk turks serb serbs croat croats kurd kurds
  spaniard spaniards frenchman dutchman englishman irishman welshman scotsman frenchwoman dutchwoman
  englishwoman irishwoman kiwi aussie yankee texan californian
`);

/** Prepositions that put a capitalised run in a place role: `in South America`, `at Riverside Park`. */
export const PLACE_PREPOSITIONS = set(`in at near across throughout around outside inside towards toward into via within`);

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

/** Modals and phrases that put a sentence in the future. */
export const FUTURE_MODALS = set(`will shall 'll wo`);
export const POSSIBLE_MODALS = set(`may might could`);
