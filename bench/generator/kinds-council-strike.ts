import { cap } from './template.ts';
import type { Kind } from './story.ts';

// The story kinds. A is the protagonist or proponent, B the critic or opponent, C an affected
// person, D an outside expert. Quote pools: pro (A), con (B), voice (C), expert (D), pnp/cnp
// (noun phrases A and B use to describe {pnpTarget}/{cnpTarget}), accuse (-ing phrases B
// accuses A of), claim (clauses B claims or argues).

export const COUNCIL: Kind = {
  slug: 'council-vote',
  weight: 10,
  policy: true,
  setup(s) {
    const r = s.r;
    const size = r.pick([7, 9, 11, 13, 15, 21, 31, 45, 51]);
    const yes = r.int(Math.floor(size / 2) + 1, size - 1);
    const project = r.pick([
      ['a plan to turn {street} into a car-free zone', 'car-free plan'],
      ['a proposal to rebuild the old {place3} bridge', 'bridge project'],
      ['a plan to close two branch libraries and build one larger library', 'library plan'],
      ['a new tax on short-term holiday rentals', 'rental tax'],
      ['a ban on new fast-food outlets near schools', 'fast-food ban'],
      ['a plan to install {lights} new street lights', 'lighting plan'],
      ['a proposal to raise parking fees in the city centre', 'parking increase'],
      ['a plan to build a tram line to {place2}', 'tram plan'],
      ['a scheme to plant {trees} trees over the next decade', 'tree-planting scheme'],
      ['a plan to sell the old town hall to a private developer', 'town hall sale'],
      ['a rule limiting the opening hours of bars in the old town', 'opening-hours rule'],
      ['a proposal to cut bus fares for residents under 25', 'fare cut'],
      ['a plan to expand the municipal recycling centre', 'recycling plan'],
      ['a budget that raises property taxes by {taxRise}', 'budget'],
      ['a plan to convert the {street2} depot into social housing', 'depot conversion'],
      ['a proposal to build a new swimming pool in {district}', 'pool project'],
      ['a plan to put solar panels on every school roof', 'solar plan'],
      ['a ban on gas boilers in new buildings', 'boiler ban'],
      ['a proposal to rename {street} after a local activist', 'street renaming'],
      ['a plan to pedestrianise the market square', 'market square plan'],
      ['a new cycle lane network across the city centre', 'cycle lane plan'],
      ['a proposal to merge the city and county fire services', 'fire service merger'],
    ] as const);
    s.set({
      lights: String(r.int(2, 40) * 50),
      trees: s.count(2000, 60000),
      taxRise: s.pct(1, 9),
      council: ['the {city} City Council', "{city}'s city council", 'the {city} council'],
      project: project[0],
      short: project[1],
      thing: 'the {short}',
      org: 'the {city} City Council',
      yes: String(yes),
      size: String(size),
      no: String(size - yes),
      cost: s.money(200_000, 90_000_000),
      savings: s.money(50_000, 4_000_000),
      years: s.num(2, 10),
      hours: s.num(3, 9),
      households: s.count(300, 60_000),
      sigs: s.count(800, 40_000),
      protesters: s.count(20, 2000),
      amendments: s.num(2, 7),
      alternatives: s.num(2, 6),
      yearsLived: s.num(8, 45, 0.3),
      pollPct: s.pct(30, 75, 0),
    });
    s.person('A', { prefix: 'Mayor', titled: true, desc: ['the mayor of {city}', "{city}'s mayor"], short: 'the mayor' });
    s.person('B', {
      prefix: 'Councillor',
      desc: ['a councillor who voted against the plan', 'who leads the opposition group on the council', "a member of the council's finance committee"],
      lead: ["the leader of the council's opposition group", "the council's opposition leader"],
      short: 'the councillor',
    });
    s.person('C', {
      desc: ['who has lived on {street} for {yearsLived} years', 'a shop owner on {street}', 'who runs a café near the town hall', "a member of a residents' group in {district}"],
      lead: ["the chair of the {street} residents' association"],
    });
    s.person('D', { prefix: 'Professor', titled: true, desc: ['an urban planning expert at {university}', 'who studies local government at {university}'] });
  },
  titles: [
    '{city} council [approves|backs|passes] {short} [after heated debate|in narrow vote|despite protests]',
    'Councillors vote {yes} to {no} for {short} in {city}',
    '{city} [approves|narrowly approves] {short} [worth|costing] {cost}',
    '[Split|Divided] council [backs|approves] {short} in {city}',
    '{city} goes ahead with {short}',
  ],
  lead: [
    'On {date}, {council} voted {yes} to {no} to approve {project}, ending [months|more than a year] of [debate|argument|delay].',
    '{council} [narrowly|] approved {project} on {weekday}, with {yes} members voting in favour and {no} against.',
    'Councillors in {city} [backed|approved|passed] {project} on {date}, [despite objections from|over the objections of] [residents|local businesses|opposition members].',
    'After a [late-night|marathon|stormy] session on {date}, {council} [gave the go-ahead to|approved] {project}.',
  ],
  more: [
    'The [measure|decision] will cost the city about {cost} over {years} years.',
    'Opposition to {thing} came from {no} of the {size} members [of the council|present].',
    '[Supporters|Backers] say {thing} will [save the city money|make the centre safer|ease traffic], while opponents [call it|say it is] [too expensive|poorly thought out].',
  ],
  details: [
    'Under the plan, work will begin in {futureMonth} and is due to finish by {finishYear}.',
    'The city will pay {cost} for the project, with [the rest|part of the money] coming from a grant from {foundation}.',
    'According to figures presented at the meeting, {thing} [would|could] affect about {households} households.',
    'The debate lasted more than {hours} hours, and [several|dozens of] residents spoke during the public comment period.',
    '{A} said the city had [studied|considered] {alternatives} alternatives before settling on {thing}.',
    'Council staff estimated that {thing} would [save|bring in] about {savings} a year.',
    'Members of the opposition proposed {amendments} amendments to [delay|reduce the cost of] {thing}, but all of them were rejected.',
    'The final vote was {yes} to {no}, [with no abstentions|with one member absent|after two members changed sides].',
    '[Several|Two] councillors from the governing group [broke ranks|voted against their own party] [on the issue|during the vote].',
  ],
  background: [
    'The idea was first [raised|proposed] in {pastYear}, when {city} [faced|was dealing with] [a budget shortfall|rising traffic|a housing shortage|complaints from residents].',
    '{A.name} was elected mayor in {pastYear3} on a promise to [modernise|revive|clean up] the city centre.',
    'A similar proposal was rejected in {pastYear2} after a petition against it gathered {sigs} signatures.',
    'The council last [raised property taxes|changed parking rules|approved a project of this size] in {pastYear}.',
    '{city} [spent {bgMoney} on|invested {bgMoney} in] [road repairs|new schools|flood defences] over the past decade, according to council records.',
  ],
  reaction: [
    'Outside the council chamber, about {protesters} [protesters|residents] [held signs|chanted] [against|in favour of] {thing}.',
    'Local business groups [welcomed|criticised] the vote, saying it would [bring more visitors to|drive customers away from] the city centre.',
    'A petition calling for a referendum on {thing} had gathered {sigs} signatures by {weekday} evening.',
  ],
  next: [
    'The plan will now go to a [second reading|final vote] {future}.',
    'Work on {thing} is expected to begin {future}, [if no legal challenge is filed|subject to final approval].',
    '{B} said {B.he} would [ask for a review|call for a referendum|take the matter to court] [before the end of the year|{future}].',
    'The council is expected to publish a detailed timetable {future}.',
    'Residents [will be able to|may] [submit comments|lodge objections] until {futureDate}.',
    'If costs rise above {cost}, the council will have to vote on {thing} again.',
  ],
  pro: [
    'This is a good day for {city}',
    'We listened to residents for two years and this plan reflects what they told us',
    'Nobody said this would be easy, but it is the right thing to do',
    'The city cannot afford to wait another decade',
    'This is how a city plans for the next fifty years',
  ],
  con: [
    'This plan was rushed through without proper scrutiny',
    'Residents in {district} will pay the price for this decision',
    'The numbers simply do not add up',
    'We asked for more time and we were ignored',
  ],
  voice: [
    'I have lived here for years and nobody asked us what we wanted',
    'It is about time something changed',
    'We will have to wait and see how it works in practice',
    'My worry is what this will do to the small shops on {street}',
  ],
  expert: [
    'Cities that have tried similar schemes have had mixed results',
    'The real test will be whether the council can deliver on time and on budget',
    'Projects like this usually cost more than the first estimate',
  ],
  pnp: ['a turning point for the city', 'long overdue', 'the best use of public money this year'],
  cnp: ['a costly mistake', 'a gift to developers', 'reckless'],
  accuse: ['ignoring the concerns of residents', 'rushing the vote through before the summer break', 'hiding the true cost of the project'],
  claim: ['the real cost would be at least twice the official estimate', 'most residents opposed {thing}', 'the council had ignored its own experts'],
};

export const STRIKE: Kind = {
  slug: 'transport-strike',
  weight: 9,
  policy: true,
  setup(s) {
    const r = s.r;
    const mode = r.pick([
      { mode: 'bus', workers: 'bus drivers', service: 'bus services', network: 'the bus network', vehicles: 'buses', sector: 'Buses' },
      { mode: 'tram', workers: 'tram drivers', service: 'tram services', network: 'the tram network', vehicles: 'trams', sector: 'Transit' },
      { mode: 'metro', workers: 'metro staff', service: 'metro services', network: 'the metro', vehicles: 'trains', sector: 'Metro' },
      { mode: 'rail', workers: 'train drivers', service: 'rail services', network: 'the regional rail network', vehicles: 'trains', sector: 'Rail' },
      { mode: 'ferry', workers: 'ferry crews', service: 'ferry crossings', network: 'the ferry network', vehicles: 'ferries', sector: 'Ferries' },
      { mode: 'airport', workers: 'baggage handlers and ground staff', service: 'flights', network: 'the airport', vehicles: 'flights', sector: 'Airport Services' },
    ]);
    s.set({
      mode: mode.mode,
      Mode: cap(mode.mode),
      workers: mode.workers,
      service: mode.service,
      network: mode.network,
      vehicles: mode.vehicles,
      operator: s.company([mode.sector, 'Mobility', 'Transport']),
      union: [
        "the {city} Transport Workers' Union",
        "the National Union of Transport Workers",
        "the {place3} Transit Union",
        "the General Transport and Logistics Union",
        'the Federation of {Mode} Workers',
      ],
      thing: 'the strike',
      org: '{operator}',
      strikers: s.count(250, 25_000),
      staff: s.count(400, 30_000),
      days: s.word(1, 7),
      demand: s.pct(6, 15),
      offer: s.pct(1.5, 5),
      realCut: s.pct(5, 18),
      inflation: s.pct(3, 11),
      passengers: s.count(15_000, 2_000_000),
      lost: s.money(150_000, 9_000_000),
      turnout: s.pct(55, 92, 0),
      yesVote: s.pct(70, 98, 0),
      pastDeal: s.pct(2, 7),
      station: ['the central station', '{place3} station', 'the main terminal'],
      talkHours: s.num(6, 20),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', {
      desc: ['the general secretary of {union}', 'who leads {union}', 'the head of {union}'],
      lead: ["the union's leader", "the union's general secretary"],
      short: 'the union leader',
    });
    if (r.chance(0.5)) {
      s.person('B', { prefix: 'Transport Minister', desc: ['the minister responsible for transport', 'the regional transport minister'], short: 'the minister' });
    } else {
      s.person('B', { desc: ['the chief executive of {operator}', 'who runs {operator}'], lead: ["{operator}'s chief executive"], short: 'the chief executive' });
    }
    s.person('C', {
      desc: ['a nurse who commutes from {place2} every day', 'who travels to work in {city} by {mode}', 'a student at {university}', 'who runs a shop near {station}'],
    });
    s.person('D', { prefix: r.chance(0.5) ? 'Professor' : undefined, titled: true, desc: ['a labour economist at {university}', 'an analyst at {consultancy}'] });
  },
  titles: [
    '{mode} strike [brings|leaves] {city} [to a standstill|without {service}]',
    '{workers} in {city} walk out over pay',
    '{city} {mode} workers begin {days}-day strike',
    'Strike by {mode} workers [disrupts|halts] travel in {city}',
    'Commuters stranded as {mode} strike hits {city}',
  ],
  lead: [
    'On {date}, {strikers} {workers} in {city} [walked out|began a {days}-day strike] over pay, [halting|disrupting] {service} across the [city|region].',
    '{service} in {city} [were suspended|came to a halt] on {weekday} as {workers} began a {days}-day strike called by {union}.',
    'A strike by {workers} [shut down|crippled] {network} in {city} on {date}, leaving about {passengers} passengers [without a way to get to work|looking for other ways to travel].',
    'Thousands of commuters in {city} [struggled|scrambled] to get to work on {date} after {union} called a strike [over pay|over pay and working hours].',
  ],
  more: [
    'The union is demanding a pay rise of {demand}, while {operator} has offered {offer}.',
    '[Only|Just] a handful of {vehicles} ran during the morning rush hour, and roads were [unusually busy|jammed for hours].',
    'It is the [first|biggest] strike of its kind in {city} [in a decade|since {pastYear}].',
  ],
  details: [
    '{union} says its members have suffered a real-terms pay cut of about {realCut} since {pastYear}.',
    '{operator} [said|estimated] the strike would cost it about {lost} a day in lost [fares|revenue].',
    'Talks between the two sides [broke down|collapsed] on {prevWeekday} after {talkHours} hours of negotiations.',
    'According to the union, {turnout} of members took part in the strike ballot and {yesVote} voted in favour.',
    'Schools [in {city}|across the region] [told parents|warned families] that [some classes|after-school clubs] might be cancelled during the strike.',
    'The city [laid on|organised] [replacement coaches|extra shuttle buses] from {station}, but queues [formed|stretched] [for hundreds of metres|around the block].',
    '{operator} employs about {staff} people and carries about {passengers} passengers a day.',
    '[Taxi firms|Bike-sharing schemes] reported [record demand|their busiest day of the year] [as commuters looked for alternatives|during the morning rush].',
    'Management staff were [drafted in|brought in] to run a [reduced|skeleton] service on [some|the busiest] routes.',
  ],
  background: [
    'It is the [first|second|third] strike on {network} since {pastYear}, when a [week-long|two-week] walkout ended with a {pastDeal} pay deal.',
    '{workers} in {city} last received a pay rise in {pastYear3}, according to {union}.',
    'Inflation in {country} reached {inflation} last year, [eroding|squeezing] wages across the [public sector|economy].',
    '{operator} [took over|won the contract to run] {network} in {pastYear2} after [a tender|the city privatised the service].',
    'Transport unions across {country} have [staged|held] a series of strikes [over the past year|since {pastYear}] over pay and working hours.',
  ],
  reaction: [
    'Business groups warned the strike would [hurt|cost] [shops and restaurants|the city economy] [at a busy time of year|millions].',
    "Many commuters [said|told reporters] they [supported|understood] the workers' demands, even as they struggled to get to work.",
    'Some passengers [shared|posted] photos of [crowded platforms|empty stations|long queues for taxis] on social media.',
  ],
  next: [
    'The union said it would [call further strikes|escalate its action] [in {futureMonth}|{future}] if no agreement was reached.',
    'Talks are [expected|due] to resume {future}, [with a mediator|under the supervision of a government mediator].',
    '{B} is expected to [meet|hold talks with] union representatives {future}.',
    'Services are [expected|due] to return to normal by {futureWeekday}, {operator} said.',
    'If the dispute is not resolved, the strike may spread to other transport workers [in {place2}|across the region].',
    'A second ballot on [further action|a longer strike] will close on {futureDate}.',
  ],
  pro: [
    'Our members did not want to strike, but they have been left with no choice',
    'The people who keep this city moving deserve to be paid fairly',
    'Every month that passes, our members are poorer than they were the month before',
    'We remain ready to talk at any time, day or night',
    'This is about safety as much as it is about pay',
  ],
  con: [
    'This strike is unnecessary and will only hurt the passengers we serve',
    'Our offer is fair, and it is the most we can afford',
    'We urge the union to return to the negotiating table',
    'The public has been let down by this decision',
  ],
  voice: [
    'I had to leave home at five this morning to get to work on time',
    'I support the drivers, but it makes life very difficult',
    'I have no idea how I am going to get home tonight',
    'Nobody told us anything until the last minute',
  ],
  expert: [
    'Strikes like this rarely last long, because both sides lose money every day',
    'Pay in the transport sector has fallen behind for years, so this was predictable',
    'The gap between the two offers is smaller than it looks',
  ],
  pnp: ['a reasonable request', 'long overdue', 'a fight for every worker in {city}'],
  cnp: ['irresponsible', 'a political stunt', 'deeply disappointing'],
  accuse: ['holding the city to ransom', 'refusing to negotiate in good faith', 'misleading the public about pay'],
  claim: ["the union's demands were unaffordable", 'most staff had wanted to accept the offer', 'the strike had been planned for months'],
};
