/**
 * Word lists about places: countries, regions and cities, place-name prefixes, multi-word
 * places, nationalities and the prepositions that put a name in a place role. Folded.
 */
import { wordSet as set } from './nlp-lexicon.ts';

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
