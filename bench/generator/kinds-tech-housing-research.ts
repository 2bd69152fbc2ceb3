import * as V from '../vocab.ts';
import type { Kind } from './story.ts';

export const TECH: Kind = {
  slug: 'tech-launch',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const brand = s.brand();
    const device = r.pick([
      ['smartphone', 'phone'], ['tablet', 'tablet'], ['smartwatch', 'watch'], ['electric scooter', 'scooter'], ['home battery', 'battery'],
      ['pair of augmented reality glasses', 'glasses'], ['laptop', 'laptop'], ['home robot', 'robot'], ['e-reader', 'e-reader'],
      ['electric bike', 'bike'], ['smart thermostat', 'thermostat'], ['drone', 'drone'], ['hearing aid', 'hearing aid'],
    ] as const);
    const model = r.chance(0.5) ? `${r.pick(V.PRODUCT_WORDS)} ${r.pick(['2', '3', '5', 'X', 'Pro', 'Mini', 'Max', 'S', 'One', 'Air', 'Neo'])}` : `${r.pick(V.PRODUCT_WORDS)}${r.pick(['', ' ', '-'])}${r.pick(['X', 'Q', 'Z', 'V', 'R'])}${r.int(1, 12)}`;
    s.set({
      company: `${brand} ${r.pick(V.TECH_SECTORS)}`,
      product: `the ${brand} ${model}`,
      productShort: `the ${model}`,
      device: device[0],
      deviceShort: device[1],
      rival: `${s.brand()} ${r.pick(V.TECH_SECTORS)}`,
      feature1: ['a battery that lasts {battery} days', 'a built-in AI assistant that works offline', 'a screen made from recycled glass', 'repairable parts that owners can replace themselves', 'satellite messaging', 'a camera that can film in near darkness', 'a price below that of most rivals', 'a folding design'],
      feature2: ['facial recognition', 'a subscription service for extra features', 'support for {languages} languages', 'health tracking', 'automatic software updates for {updateYears} years', 'wireless charging'],
      thing: 'the launch',
      pnpTarget: '{productShort}',
      cnpTarget: "the product's data practices",
      org: '{company}',
      price: s.money(99, 2500),
      battery: s.num(2, 14, 0.5),
      languages: String(r.int(12, 90)),
      updateYears: s.word(3, 8),
      preorders: s.count(5_000, 2_000_000),
      rnd: s.money(5_000_000, 900_000_000),
      employees: s.count(40, 60_000),
      share: s.pct(1, 30),
      fine: s.money(200_000, 40_000_000),
      revenue: s.money(10_000_000, 20_000_000_000),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { desc: ['the chief executive of {company}', "{company}'s co-founder", 'who founded {company} in {pastYear2}'], lead: ["{company}'s chief executive"], short: 'the chief executive' });
    s.person('B', { desc: ['a privacy researcher at {university}', 'who leads a digital rights group in {city}', 'a consumer rights campaigner'], short: 'the campaigner' });
    s.person('C', { desc: ['a software developer who tested the device', 'who queued outside the store in {city} overnight', 'a teacher who pre-ordered the device'] });
    s.person('D', { desc: ['a technology analyst at {consultancy}', 'who covers the industry for {consultancy}'] });
  },
  titles: [
    '{company} launches {productShort}, a {price} {device}',
    '{company} unveils {deviceShort} with {feature1}',
    'First look: {product}',
    '{company} bets on {product} to take on {rival}',
    '{productShort} goes on sale at {price}',
  ],
  lead: [
    'On {date}, {company} unveiled {product}, a {device} with {feature1}, priced at {price}.',
    '{company} [launched|presented] {product} at an event in {city} on {weekday}, [betting|hoping] that {feature1} will [win over|attract] buyers.',
    '{product}, a new {device} from {company}, [went on sale|became available] on {date} for {price}.',
  ],
  more: [
    'The company said it had received {preorders} pre-orders [in the first week|before the launch].',
    'The {deviceShort} will compete directly with products from {rival}.',
    'It also [offers|includes] {feature2}.',
  ],
  details: [
    '{company} said it had spent {rnd} developing {productShort} over [three|four|five] years.',
    'The {deviceShort} [offers|comes with] {feature2}, [which|a feature that] some reviewers [praised|questioned].',
    'In early tests by {outlet}, the battery lasted [longer|less time] than the company claimed.',
    '{company} employs about {employees} people and [reported|had] revenue of {revenue} last year.',
    'The device will first go on sale in {country} and {country2} before [a wider launch|reaching other markets] {future2}.',
    'Some features will require a monthly subscription, [a decision|a move] that [drew criticism|surprised analysts].',
    '{company} [holds|has] about {share} of the market, according to {consultancy}.',
    'The {deviceShort} is [assembled|made] in {country2} [from parts sourced in|with components from] [a dozen|several] countries.',
  ],
  background: [
    '{company} was founded in {pastYear2} [in a garage in {city}|by two university friends|as a spin-off from {university}].',
    "The company's last {deviceShort}, launched in {pastYear}, [sold poorly|was a surprise hit].",
    'Regulators fined {company} {fine} in {pastYear3} over [how it handled user data|misleading advertising].',
    'Sales of {device}s [fell|rose] [sharply|slightly] last year as [prices rose|consumers held on to their old devices].',
  ],
  reaction: [
    'Early reviews were [mixed|mostly positive|lukewarm], with [praise for|complaints about] {feature1}.',
    'Shares in {company} [rose|fell] after the [event|launch].',
    'Privacy groups [raised concerns about|questioned] {feature2}.',
  ],
  next: [
    'Deliveries are expected to begin {future}.',
    '{company} will release a software update {future} [to fix|addressing] [early bugs|battery problems].',
    'Regulators in {country} may [examine|look into] the data the {deviceShort} collects.',
    'A cheaper version of the {deviceShort} is expected {future2}.',
    '{A} said the company planned to [open|expand into] [new markets|physical stores] [next year|in {nextYear}].',
  ],
  pro: [
    'We built the device we always wanted to use ourselves',
    'Our customers told us they were tired of replacing their devices every two years',
    'This is the most important product in the history of the company',
    'We think people will be surprised by what it can do',
  ],
  con: [
    'People deserve to know exactly what data this device collects',
    'A subscription for basic features is not innovation, it is a tax',
    'The marketing promises far more than the product delivers',
  ],
  voice: [
    'I have been waiting for a device like this for years',
    'It is fast, but I am not sure it is worth the price',
    'Setting it up took me less than five minutes',
  ],
  expert: [
    'The hardware is impressive, but the real test is the software',
    'This is a crowded market, and price will matter more than features',
    'The company needs a hit, and it knows it',
  ],
  pnp: ['the best thing we have ever made', 'a new kind of device'],
  cnp: ['a privacy nightmare', 'deeply worrying'],
  accuse: ['collecting far more data than it needs', 'hiding the cost of subscriptions', 'making repairs deliberately difficult'],
  claim: ['the device sends voice recordings to company servers', 'the battery claims could not be reproduced', 'the subscription would soon become mandatory'],
};

export const HOUSING: Kind = {
  slug: 'housing-plan',
  weight: 7,
  policy: true,
  setup(s) {
    const r = s.r;
    s.set({
      developer: s.company(['Homes', 'Developments', 'Properties', 'Living', 'Estates', 'Construction']),
      site: ['the former {place3} rail yard', 'the old {place3} hospital site', 'farmland north of {city}', 'the disused docks on {street}', 'a former army barracks in {district}', 'the old bus depot on {street}'],
      thing: 'the development',
      org: '{developer}',
      homes: s.count(80, 9000),
      affordable: s.pct(10, 45, 0),
      affordableTarget: s.pct(25, 50, 0),
      cost: s.money(20_000_000, 2_000_000_000),
      price: s.money(150_000, 900_000),
      rentRise: s.pct(4, 25),
      storeys: s.num(4, 40, 0.3),
      objections: s.count(40, 6000),
      waiting: s.count(800, 90_000),
      hectares: String(r.int(2, 120)),
      jobs: s.count(150, 6000),
      pollPct: s.pct(30, 70, 0),
    });
    if (r.chance(0.5)) s.person('A', { desc: ['the chief executive of {developer}', "{developer}'s managing director"], lead: ["{developer}'s chief executive"], short: 'the developer' });
    else s.person('A', { prefix: 'Housing Minister', desc: ['the regional housing minister'], short: 'the minister' });
    s.person('B', { desc: ["the chair of the {districtName} residents' association", 'a local campaigner against the plans'], lead: ["the chair of the local residents' association"] });
    s.slots.waitYears = s.word(2, 9);
    s.person('C', { desc: ['a nurse who has been on the housing waiting list for {waitYears} years', 'who rents a flat in {district}', 'a young teacher who cannot afford to rent in {city}', 'who has lived next to the site for decades'] });
    s.person('D', { prefix: r.chance(0.5) ? 'Professor' : undefined, titled: true, desc: ['a housing economist at {university}', 'a planning expert at {consultancy}'] });
  },
  titles: [
    '{homes} new homes planned for {site}',
    '{developer} [wins approval|seeks approval] for {city} housing scheme',
    'Plans for {homes} homes in {city} [divide|split] residents',
    '{city} housing plan: who gets the {homes} homes',
    '[Approval|Green light] for {storeys}-storey towers on {site}',
  ],
  lead: [
    'On {date}, {developer} [unveiled|submitted] plans to build {homes} homes on {site}, [including|with] {affordable} set aside as affordable housing.',
    'Plans for {homes} new homes on {site} were [approved|backed] by planners in {city} on {weekday}, [despite|in spite of] {objections} objections.',
    '{developer} [won approval|received permission] on {date} to turn {site} into a neighbourhood of {homes} homes.',
  ],
  more: [
    'The project is expected to cost about {cost}.',
    'The tallest building will have {storeys} storeys.',
    'The city says it needs the homes [urgently|badly], with {waiting} households on its waiting list.',
  ],
  details: [
    'Homes will sell from about {price}, [according to the developer|the company said].',
    'The site covers {hectares} hectares and will also include [a school|a park|shops and a health centre].',
    'Only {affordable} of the homes will be affordable, below the city target of {affordableTarget}.',
    'Rents in {city} have risen by {rentRise} over the past two years, according to {outlet}.',
    'The construction phase is expected to create about {jobs} jobs.',
    'Planners received {objections} objections, most of them about [traffic|the height of the towers|the loss of green space].',
    '{developer} agreed to [pay for|fund] [a new bus route|road improvements|a primary school] as part of the deal.',
    'Parking will be limited to one space for every [two|three|four] homes.',
  ],
  background: [
    'The site [has stood empty|was left empty] since {pastYear}, when [the rail yard|the hospital|the depot] closed.',
    '{city} has built [fewer than half|only a fraction] of the homes it [promised|planned] in {pastYear2}.',
    'An earlier plan for the site was [withdrawn|rejected] in {pastYear3} after [a public inquiry|the developer went bankrupt].',
    'House prices in {country} [rose|climbed] [sharply|steadily] over the past decade, [pushing|driving] many young families out of city centres.',
  ],
  reaction: [
    'Residents living near the site [said|complained] they had not been [properly|] consulted.',
    'Housing charities welcomed the homes but [said|argued] the affordable share was too low.',
    'Local schools [warned|said] they [would not have|did not have] enough places for new families.',
  ],
  next: [
    'Construction is expected to start {future2} and [take|last] about [five|seven|ten] years.',
    'The first homes will go on sale {future2}, the developer said.',
    'Campaigners said they would [seek a judicial review|appeal the decision] {future}.',
    'The plan still needs final approval from [the regional government|the national planning authority].',
    'A public exhibition of the designs will be held at {venue} {future}.',
  ],
  pro: [
    'People who work in {city} should be able to afford to live in {city}',
    'This will bring a derelict site back to life',
    'We have changed the plans many times to answer local concerns',
    'Every year we delay, rents go up again',
  ],
  con: [
    'Nobody is against new homes, but these are the wrong homes in the wrong place',
    'The roads here are already full',
    'These towers will tower over everything around them',
  ],
  voice: [
    'I have been on the waiting list for years',
    'My rent went up again this spring and I do not know how long I can stay',
    'We need homes, but we also need doctors and schools',
  ],
  expert: [
    'The number of affordable homes will decide whether this helps the people who need it most',
    'Large sites like this usually take far longer to build than planned',
  ],
  pnp: ['exactly what the city needs', 'a once-in-a-generation opportunity'],
  cnp: ["a developer's dream and a neighbourhood's nightmare", 'overdevelopment'],
  accuse: ['ignoring local objections', 'cutting the number of affordable homes after winning approval', 'putting profits before people'],
  claim: ['the traffic studies were out of date', 'the affordable homes would be built last, if at all', 'the site should have been kept as a park'],
};

export const RESEARCH: Kind = {
  slug: 'research-study',
  weight: 7,
  policy: false,
  setup(s) {
    const r = s.r;
    const topic = r.pick([
      ['people who walked at least {steps} steps a day', 'were less likely to develop heart disease', 'daily walking'],
      ['children who slept less than nine hours', 'did worse on memory tests', "children's sleep"],
      ['a common blood pressure drug', 'may slow the progress of dementia', 'dementia'],
      ['bees exposed to a widely used pesticide', 'collected less pollen', 'bees and pesticides'],
      ['microplastics in river water', 'were found in every sample tested', 'microplastics'],
      ['workers on a four-day week', 'reported less stress and took fewer sick days', 'the four-day week'],
      ['a new soil treatment', 'increased wheat yields', 'crop yields'],
      ['air pollution near schools', 'was linked to more asthma attacks', 'air pollution'],
      ['a cheap eye test', 'could detect early signs of diabetes', 'diabetes screening'],
      ['urban trees', 'lowered summer temperatures in nearby streets', 'urban heat'],
      ['older adults who learned a new language', 'showed better memory a year later', 'language learning'],
      ['a vaccine candidate', 'produced a strong immune response in early trials', 'vaccine trials'],
    ] as const);
    s.slots.fieldTitle = r.pick(['Public Health', 'Environmental Science', 'Medicine', 'Applied Ecology', 'Epidemiology', 'Agriculture']);
    s.set({
      steps: s.count(6000, 10000),
      subject: topic[0],
      finding: topic[1],
      field: topic[2],
      journal: [`the journal ${r.pick(['Nature', 'Science', 'The Lancet', 'PLOS One', 'Cell Reports', 'BMJ Open'])}`, 'the {place3} Journal of {fieldTitle}', 'a peer-reviewed journal'],
      thing: 'the study',
      org: '{university}',
      participants: s.count(120, 400_000),
      effect: s.pct(8, 45),
      years: s.word(2, 12),
      grant: s.money(150_000, 25_000_000),
      countries: s.word(2, 12),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { prefix: r.chance(0.5) ? 'Dr.' : 'Professor', titled: true, desc: ['who led the study at {university}', 'the lead author of the study'], lead: ["the study's lead author"], short: 'the lead author' });
    s.person('B', { prefix: 'Professor', titled: true, desc: ['who was not involved in the research', 'a statistician at {university}'], short: 'the statistician' });
    s.person('C', { desc: ['who took part in the study', 'one of the volunteers in the trial', 'a participant from {district}'] });
    s.person('D', { prefix: 'Dr.', titled: true, desc: ['an independent researcher at {consultancy}', 'who reviewed the paper for {foundation}'] });
  },
  titles: [
    'Study finds {subject} {finding}',
    'Researchers at {university} publish {field} study',
    'What a {participants}-person study says about {field}',
    'New research on {field} draws [praise|scepticism]',
  ],
  lead: [
    'On {date}, researchers at {university} reported that {subject} {finding}, in a study of {participants} people published in {journal}.',
    'A study published on {weekday} in {journal} found that {subject} {finding}.',
    '{subject} {finding}, according to research from {university} published on {date}.',
  ],
  more: [
    'The researchers followed participants for {years} years.',
    'The effect was about {effect}, [larger|smaller] than [expected|earlier studies had suggested].',
    'The study was funded by {foundation} with a grant of {grant}.',
  ],
  details: [
    'The team [analysed|studied] data from {participants} [people|participants|samples] in {countries} countries.',
    'The difference between the groups was about {effect} after [accounting for|adjusting for] age and income.',
    'The study was funded by {foundation}, which [gave|provided] {grant}.',
    'The authors [cautioned|noted] that the study [showed a link, not a cause|was observational].',
    'Participants were [recruited|selected] through [hospitals|schools|employers] in {city} and {place2}.',
    'The findings [have been|were] reviewed by independent scientists before publication.',
    'The data will be [made public|shared with other researchers] [so others can check the results|later this year].',
  ],
  background: [
    'Earlier studies in {pastYear} [suggested|hinted at] a similar effect but [were much smaller|could not rule out other explanations].',
    '{A.name} [has studied|has worked on] {field} since {pastYear2}.',
    'Research on {field} [grew|expanded] rapidly after {pastYear3}, when [new funding became available|a major report raised concerns].',
    '{university} was founded in {oldYear} and is one of the largest research universities in {country}.',
  ],
  reaction: [
    'Other scientists [welcomed|were cautious about] the findings.',
    'Patient and advocacy groups said the study [should|must] lead to changes in policy.',
    'Some researchers [pointed out|noted] that the participants were not [representative|typical] of the wider population.',
  ],
  next: [
    'The team will [begin|launch] a larger trial {future2}.',
    'Regulators are expected to review the evidence {future}.',
    'The researchers [plan to|will] follow the participants for another {years} years.',
    'Further results [are expected|will be published] in {nextYear}.',
    'If the results hold up, the findings may [change|shape] advice on {field}.',
  ],
  pro: [
    'The size of the effect surprised us',
    'This is one of the largest studies of its kind',
    'We hope this will give doctors and policymakers better evidence',
    'We were careful to rule out the obvious explanations',
  ],
  con: [
    'The study is interesting, but it cannot prove cause and effect',
    'The headlines will go much further than the data',
    'I would want to see the results repeated before changing any advice',
  ],
  voice: [
    'I signed up because I wanted to help, and I learned a lot about myself',
    'The researchers were very clear about what they were asking us to do',
    'It was strange to see my own data turn into a scientific paper',
  ],
  expert: [
    'This is careful work, but it is one study',
    'The methods look sound, and the sample is large',
    'The next step has to be a randomised trial',
  ],
  pnp: ['an important step', 'the strongest evidence yet'],
  cnp: ['overstated', 'premature'],
  accuse: ['overstating the findings', 'leaving out inconvenient data', 'promoting the results before peer review'],
  claim: ['the sample was not representative', 'other factors could explain the results', 'the effect size was within the margin of error'],
};
