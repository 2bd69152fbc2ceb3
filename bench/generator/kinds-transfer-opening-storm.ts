import * as V from '../vocab.ts';
import { getPools } from './pools.ts';
import type { Kind } from './story.ts';
import { cap } from './template.ts';

export const TRANSFER: Kind = {
  slug: 'sports-transfer',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const club = (city?: string) => {
      const base = city ?? (r.chance(0.7) ? s.place() : r.pick(V.REAL_CITIES));
      return r.chance(0.75) ? `${base} ${r.pick(V.CLUB_SUFFIXES)}` : `${r.pick(V.CLUB_PREFIXES)} ${base}`;
    };
    const to = club(s.slots.city);
    let from = club();
    if (from === to) from = club();
    s.set({
      toClub: to,
      fromClub: from,
      rivalClub: club(),
      position: ['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'full-back', 'centre-back', 'playmaker'],
      position2: ['striker', 'defender', 'goalkeeper', 'midfielder'],
      thing: 'the transfer',
      pnpTarget: 'the move',
      cnpTarget: 'the fee',
      org: '{toClub}',
      fee: s.money(400_000, 150_000_000),
      feeMax: s.money(1_000_000, 180_000_000),
      prevFee: s.money(100_000, 20_000_000),
      sellOn: s.pct(10, 25, 0),
      wage: s.money(4_000, 350_000),
      contractYears: s.word(2, 5),
      goals: s.num(4, 38, 0.2),
      apps: s.num(20, 52, 0),
      academyAge: s.num(8, 15, 0.5),
      age: String(r.int(18, 31)),
      finishPos: ['fourth', 'sixth', 'ninth', 'second', 'twelfth', 'third', 'seventh'],
      stadium: ['{place3} Park', 'the {place3} Stadium', '{place3} Road', 'the {toClub} Arena'],
      foundedYear: String(r.int(1870, 1965)),
      leagueSpend: s.money(50_000_000, 2_500_000_000),
      yearsFan: s.num(5, 50, 0.2),
      pollPct: s.pct(30, 80, 0),
    });
    s.person('A', { desc: ['the {age}-year-old {position}', 'a {position} who scored {goals} goals last season', "{fromClub}'s top scorer last season"], short: 'the {position}' });
    s.person('B', { desc: ['the {fromClub} manager', 'who manages {fromClub}'], lead: ["{fromClub}'s manager", "{fromClub}'s head coach"], short: 'the manager' });
    s.person('C', { desc: ['a season-ticket holder at {toClub} for {yearsFan} years', "who runs a {toClub} supporters' podcast"], lead: ["the chair of the {toClub} supporters' trust"] });
    s.person('D', { desc: ['a former {country} international who now works as a pundit', 'a football finance expert at {university}', 'a transfer analyst at {consultancy}'] });
  },
  titles: [
    '{toClub} sign {A.full} from {fromClub} for {fee}',
    '{A.full} completes {fee} move to {toClub}',
    '{fromClub} agree to sell {A.last} to {toClub}',
    'Record signing: {A.full} joins {toClub}',
    '{toClub} land {position} {A.full}',
  ],
  lead: [
    'On {date}, {toClub} [completed|confirmed] the signing of {A.np} from {fromClub} for a fee reported to be {fee}.',
    '{A.name} has [joined|signed for] {toClub} on a {contractYears}-year contract, the club announced on {weekday}.',
    '{toClub} broke their transfer record on {date} to sign {A.name} from {fromClub} for {fee}.',
  ],
  more: [
    'The fee could rise to {feeMax} [with add-ons|if certain targets are met].',
    '{A.He} [passed|completed] a medical [on {prevWeekday}|earlier in the week] before signing.',
    'The deal had been [in the works|under discussion] for [weeks|most of the summer].',
  ],
  details: [
    '{A.name} scored {goals} goals in {apps} appearances for {fromClub} last season.',
    '{A.He} will earn about {wage} a week, according to {outlet}.',
    '{toClub} [beat|saw off] competition from [several clubs|{rivalClub}] to sign {A.him}.',
    'The deal includes a sell-on clause of {sellOn} for {fromClub}.',
    '{A.name} came through the {fromClub} academy, which {A.he} joined at the age of {academyAge}.',
    '{toClub} finished {finishPos} in the league last season and have been looking to strengthen their [attack|defence|midfield].',
    'The deal makes {A.name} the most expensive {position} in the history of {toClub}.',
    '{A.He} will wear the number [9|10|7|4|23|11|8] shirt, the club said.',
  ],
  background: [
    '{fromClub} signed {A.name} for {prevFee} in {pastYear}.',
    '{toClub} last won the league title in {pastYear2}.',
    '{fromClub} were founded in {foundedYear} and play at {stadium}.',
    '{A.name} made {A.his} international debut for {country} in {pastYear3}.',
    'Transfer spending in the league reached a record {leagueSpend} last season.',
  ],
  reaction: [
    'Supporters gathered outside {stadium} to [greet|catch a glimpse of] the new signing.',
    'Fans of {fromClub} were divided on social media, with some [accusing the board of a lack of ambition|saying the fee was too good to turn down].',
    'Replica shirts with {A.last} on the back [sold out|went on sale] within hours of the announcement.',
  ],
  next: [
    '{A.name} could make {A.his} debut against {rivalClub} {future}.',
    '{toClub} are expected to [make further signings|sign another {position2}] before the transfer window closes {future}.',
    '{fromClub} will [use|reinvest] the money to [rebuild the squad|pay down debts], the club said.',
    '{A.He} will be presented to supporters at {stadium} {future}.',
    "The league's spending rules may limit how much more {toClub} can spend this season.",
  ],
  pro: [
    'This is a dream come true for me and my family',
    'I have wanted to play for this club since I was a child',
    'I am here to win trophies',
    "The manager's plans convinced me straight away",
  ],
  con: [
    'We did not want to sell, but the offer was too big to refuse',
    'It is a loss for us, there is no doubt about that',
    'Every player has a price, and this was the price',
  ],
  voice: [
    'We have been waiting for a signing like this for years',
    'It is a lot of money for one player, but the club needed it',
    'I will believe it when I see the new signing on the pitch',
  ],
  expert: [
    'The fee reflects how few proven goalscorers are on the market',
    'Clubs are paying more than ever for young players',
    'It is a gamble, but it is a calculated one',
  ],
  pnp: ['a dream come true', 'the right step at the right time'],
  cnp: ['far too low', 'not what we wanted'],
  accuse: ['forcing the move by refusing to train', "going behind the club's back", 'breaking a promise to the supporters'],
  claim: ['the player had agreed terms before the clubs spoke', 'the fee undervalued the player', '{toClub} had approached the player without permission'],
};

export const OPENING: Kind = {
  slug: 'opening',
  weight: 8,
  policy: true,
  setup(s) {
    const r = s.r;
    const kind = r.pick([
      { type: 'library', slug: 'library-opening', head: ['the chief librarian', 'the head of the city library service'], short: 'the librarian', features: ['reading rooms that stay open until midnight', "a children's floor", 'a makerspace with 3D printers', 'a rooftop café', 'a local history archive', 'quiet study booths', 'a recording studio', 'a language-learning centre'] },
      { type: 'primary school', slug: 'school-opening', head: ['the head teacher', "the school's principal"], short: 'the head teacher', features: ['classrooms for {capacity} pupils', 'a sports hall', 'a rooftop garden', 'a science lab', 'a small theatre', 'a kitchen that cooks meals on site', 'a sensory room'] },
      { type: 'secondary school', slug: 'school-opening', head: ['the head teacher', "the school's principal"], short: 'the head teacher', features: ['science labs', 'a sports hall', 'a music wing', 'a robotics workshop', 'a 400-seat auditorium', 'a library open to the public in the evening'] },
      { type: 'community centre', slug: 'centre-opening', head: ['the director of the centre', 'the manager of the centre'], short: 'the director', features: ['a food bank', 'a youth club', 'meeting rooms for local groups', 'a health clinic', 'a community kitchen', 'a dance studio'] },
      { type: 'swimming pool', slug: 'pool-opening', head: ['the manager of the pool', "the city's head of sport"], short: 'the manager', features: ['a 50-metre pool', 'a learner pool', 'a sauna', 'a gym', 'changing rooms designed for families', 'a climbing wall'] },
      { type: 'museum', slug: 'museum-opening', head: ['the director of the museum', 'the chief curator'], short: 'the director', features: ['a gallery of local history', 'a hall for touring exhibitions', 'a conservation lab', "a children's discovery zone", 'a sculpture garden', 'a 200-seat lecture hall'] },
    ]);
    const feats = r.shuffle([...kind.features]);
    s.set({
      capacity: s.count(200, 1600),
      type: kind.type,
      slugName: kind.slug,
      name: [`the new {city} ${cap(kind.type)}`, `the {place3} ${cap(kind.type)}`, `the ${s.surname()} ${cap(kind.type)}`],
      feature1: feats[0]!,
      feature2: feats[1]!,
      feature3: feats[2]!,
      thing: 'the new {type}',
      org: 'the city',
      cost: s.money(2_000_000, 140_000_000),
      grant: s.money(300_000, 20_000_000),
      firm: `${s.brand()} Architects`,
      firstDay: s.count(150, 5000),
      visitors: s.count(20_000, 900_000),
      buildYears: s.word(2, 6),
      staff: s.num(8, 90, 0.2),
      hours: s.word(8, 12),
      energy: s.pct(30, 80, 0),
      securityCost: s.money(80_000, 2_000_000),
      overrun: s.money(500_000, 25_000_000),
      pollPct: s.pct(40, 85, 0),
    });
    s.person('A', { prefix: r.chance(0.35) ? 'Dr.' : undefined, titled: true, desc: kind.head, short: kind.short });
    s.person('B', { prefix: 'Councillor', desc: ["who chairs the city's budget committee", 'a member of the finance committee'], lead: ["the chair of the city's budget committee"], short: 'the councillor' });
    s.person('C', { desc: ['a parent who lives nearby', 'a student who visited on the first day', 'a retired teacher from {district}', 'who runs a reading group in {district}'] });
    s.person('D', { desc: ['an architect at {firm}, which designed the building', 'who led the design team at {firm}'], lead: ["the building's architect"] });
  },
  titles: [
    '{name} opens its doors',
    '{city} opens {cost} {type}',
    'First visitors arrive at {name}',
    '{name} opens after {buildYears} years of work',
    'New {type} for {city} opens with {feature1}',
  ],
  lead: [
    'On {date}, {name} opened its doors [in {district}|on {street}], [after {buildYears} years of construction|replacing a building that had stood since {oldYear}].',
    '{city} opened {name} on {weekday}, a {cost} building that includes {feature1} and {feature2}.',
    'The doors of {name} opened to the public on {date}, drawing more than {firstDay} visitors on the first day.',
  ],
  more: [
    '{A} said the building was designed for "[everyone in {city}, whatever their age|people who have nowhere quiet to go|the next hundred years]."',
    'The building [was designed by|is the work of] {firm}.',
    'Officials expect about {visitors} visits in the first year.',
  ],
  details: [
    'The city spent {cost} on the project, funded partly by a grant of {grant} from {foundation}.',
    'The building includes {feature1}, {feature2} and {feature3}.',
    '{name} will be open {hours} hours a day, [seven days a week|six days a week|including weekends].',
    'The {type} will employ {staff} staff, [most of them|many of them] hired locally.',
    'Solar panels and a heat pump will cut energy use by about {energy} compared with the old building, according to {firm}.',
    'The project went over budget by about {overrun}, mainly because of [rising material costs|delays in construction|problems with the foundations].',
    'Deputy Mayor {deputy} [described|called] it "[the best use of public money this year|a gift to the next generation]."',
    'Entry is free for residents, [although some activities will carry a small charge|with a fee for some courses].',
  ],
  background: [
    'The old building on {street2} closed in {pastYear} after [an inspection found structural problems|years of complaints about damp|a fire damaged the roof].',
    'Plans for a new {type} were first drawn up in {pastYear2}, but were delayed [by a change of government|by a dispute over the site|by the pandemic].',
    'The site was previously used [as a car park|by a supermarket|as a bus depot|for council offices].',
    '{city} [has not built|had not built] a new public {type} since {oldYear}.',
  ],
  reaction: [
    'Families queued [outside the entrance|along {street}] [before the doors opened|from early morning].',
    'Not everyone is happy: neighbours [have complained|complained] about [traffic|noise|the height of the building] during construction.',
    'Early visitors praised {feature1}, although some said [signs inside were confusing|there was not enough seating].',
  ],
  next: [
    'The {type} will publish visitor numbers after six months.',
    'If fewer people than expected use the new {type}, the board may [reduce opening hours|change how it is run].',
    'A second phase, including {feature3}, is expected to open {future2}.',
    'An official opening ceremony will be held {future}.',
    '{A} said the team would [review|look again at] the opening hours {future}.',
  ],
  pro: [
    'This building belongs to everyone in {city}',
    'We built it for students and night-shift workers who have nowhere quiet to go',
    'We wanted a place where people would want to spend a whole afternoon',
    'Seeing the queue outside this morning made every difficult day worth it',
  ],
  con: [
    'It is a beautiful building, but we cannot afford to run it',
    'The late hours alone will double the security costs',
    'Nobody has told us where the money for next year will come from',
  ],
  voice: [
    'My children have been asking about it for months',
    'It is the first time I have felt this part of the city has been looked after',
    'I came for the café and stayed for three hours',
  ],
  expert: [
    'We wanted the building to feel open from the street, not like a fortress',
    'Most of the budget went into things visitors will never see, like insulation and ventilation',
  ],
  pnp: ['a new living room for the city', 'a dream that took ten years'],
  cnp: ['a vanity project', 'a beautiful building with no plan to pay for it'],
  accuse: ["ignoring her committee's warnings", 'hiding the running costs', 'rushing the opening before the elections'],
  claim: ['the late hours would double security costs, adding about {securityCost} a year', 'the running costs had been underestimated', 'the board had ignored cheaper options'],
};

export const STORM: Kind = {
  slug: 'storm-flood',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const p = getPools();
    s.set({
      storm: `Storm ${r.pick(r.chance(0.5) ? p.female : p.male)}`,
      thing: 'the response',
      pnpTarget: 'the response',
      cnpTarget: 'the flood defences',
      org: 'the regional emergency services',
      rain: String(r.int(40, 260)),
      wind: String(r.int(90, 190)),
      evacuated: s.count(60, 30_000),
      homes: s.count(40, 12_000),
      power: s.count(800, 400_000),
      damage: s.money(2_000_000, 900_000_000),
      defences: s.money(5_000_000, 300_000_000),
      injured: s.word(2, 9),
      riverLevel: (r.int(18, 75) / 10).toFixed(1),
      rescues: s.num(12, 400, 0.1),
      roads: s.num(6, 80, 0.2),
      shelters: s.word(2, 9),
      waterDays: s.word(2, 7),
      emergencyFund: s.money(2_000_000, 200_000_000),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { prefix: r.chance(0.4) ? 'Fire Chief' : undefined, desc: ['the head of the regional emergency services', 'who leads the emergency response in {city}', 'the regional civil protection chief'], short: 'the emergency chief' });
    s.person('B', { desc: ['an opposition member of the regional council', 'who has campaigned for stronger flood defences'], lead: ["the opposition's spokesperson on the environment"] });
    s.person('C', { desc: ['whose house on {street} was flooded', 'who was evacuated from {district} on {weekday}', 'a café owner on {street}', 'a farmer near {place2}'] });
    s.person('D', { prefix: 'Dr.', titled: true, desc: ['a meteorologist at {university}', 'a climate scientist at {university}', 'a hydrologist at the national weather service'] });
  },
  titles: [
    '{storm} [floods|batters] {city}, forcing {evacuated} from homes',
    'Thousands evacuated as {river} bursts its banks',
    '{storm}: {city} counts the cost',
    'Floods [cut off|swamp] parts of {city} after record rain',
    'Clean-up begins in {city} after {storm}',
  ],
  lead: [
    'On {date}, {storm} brought {rain} millimetres of rain to {city} in [24|36|48] hours, flooding {homes} homes and forcing about {evacuated} people to leave.',
    '{river} burst its banks in {city} on {weekday} after {storm} dumped [record|torrential] rain on the region.',
    'Winds of up to {wind} kilometres per hour [tore through|battered] {city} on {date}, [cutting power to|leaving without electricity] {power} homes.',
  ],
  more: [
    '{injured} people were taken to hospital with [minor|non-life-threatening] injuries.',
    'Emergency crews carried out {rescues} rescues [overnight|during the night], many of them by boat.',
    'Schools across the area were closed and {roads} roads remained shut on {weekday} evening.',
  ],
  details: [
    'The river reached {riverLevel} metres above its normal level, [the highest reading|one of the highest readings] on record.',
    'Insurers [estimate|said early estimates put] the damage at about {damage}.',
    '{shelters} emergency shelters were opened in [schools|sports halls] across {city}.',
    'About {power} households were still without power on {weekday} night, according to the grid operator.',
    'Rail services between {city} and {place2} were suspended after [a landslide|flooding] blocked the line.',
    'Soldiers were [sent in|deployed] to help [fill sandbags|evacuate care homes] in {district}.',
    'Officials warned residents [in {district}|in parts of {city}|near {river}] not to drink tap water [until further notice|for at least {waterDays} days].',
    'Firefighters [pumped water out of|worked through the night in] [cellars|basements] along {street}.',
  ],
  background: [
    '{city} was last hit by serious flooding in {pastYear2}, when [two people died|hundreds of homes were damaged].',
    'The regional government [promised|pledged] {defences} for new flood defences in {pastYear}, but [much of the work|the main wall] has not been finished.',
    'Scientists say warmer air holds more moisture, making [extreme rainfall|storms like this] more likely.',
    'Parts of {district} were built on the old floodplain of {river} in {decade}.',
  ],
  reaction: [
    'Residents in {district} said warnings came too late.',
    'Volunteers [handed out|delivered] food and dry clothes to people who had left their homes.',
    'Local businesses [began|started] clearing mud and damaged stock as the water went down.',
  ],
  next: [
    'More rain is expected {future}, and forecasters [have issued|issued] an amber warning for the region.',
    'The government is expected to declare a state of emergency [for the region|in {city}|in {city} and {place2}], which would release [money|{emergencyFund}] for repairs.',
    'Insurers will send assessors to the worst-hit streets [this week|in the coming days].',
    'An inquiry into the flood defences will [begin|report] {future2}.',
    'Residents may not be able to return to their homes for [several weeks|months], {A} said.',
  ],
  pro: [
    'Our crews worked through the night and saved many lives',
    'Please stay away from the river until we say it is safe',
    'We were prepared, but nobody could have stopped this amount of water',
    'The next forty-eight hours will be critical',
  ],
  con: [
    'We were promised flood defences years ago and they were never finished',
    'People in {district} were left to fend for themselves',
    'This was a disaster that everyone could see coming',
  ],
  voice: [
    'The water came up through the floor in about ten minutes',
    'We have lost everything on the ground floor',
    'The neighbours came with a boat to get us out',
    'I have lived here all my life and never seen the river like this',
  ],
  expert: [
    'Rain like this used to happen once in a century, and now we see it every few years',
    'The ground was already saturated, so the water had nowhere to go',
  ],
  pnp: ['the largest rescue operation in the region in decades', 'a remarkable effort'],
  cnp: ['a scandal', 'a decade of broken promises'],
  accuse: ['ignoring years of warnings', 'cutting the flood defence budget', 'sending warnings far too late'],
  claim: ['the evacuation order had come hours too late', 'money for flood defences had been spent elsewhere', 'the warning sirens in {district} had not worked'],
};
