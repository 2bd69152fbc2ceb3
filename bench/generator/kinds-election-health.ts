import * as V from '../vocab.ts';
import type { Kind } from './story.ts';

export const ELECTION: Kind = {
  slug: 'election',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const parties = r.shuffle([...V.PARTIES]);
    const winPct = 38 + r.next() * 22;
    const losePct = 20 + r.next() * (winPct - 22);
    s.set({
      office: ['mayor of {city}', 'governor of the {place3} region', 'president of the {place3} regional council', 'mayor of {city}'],
      party1: `the ${parties[0]}`,
      party2: `the ${parties[1]}`,
      party3: `the ${parties[2]}`,
      thing: 'the result',
      pnpTarget: 'the result',
      cnpTarget: 'the campaign',
      org: 'the electoral commission',
      winPct: `${winPct.toFixed(1)}${r.chance(0.8) ? ' percent' : '%'}`,
      losePct: `${losePct.toFixed(1)}${r.chance(0.8) ? ' percent' : '%'}`,
      turnout: s.pct(31, 78),
      prevTurnout: s.pct(28, 75),
      votes: s.count(4_000, 900_000),
      margin: s.count(120, 60_000),
      seats: String(r.int(12, 60)),
      seatsTotal: String(r.int(61, 101)),
      issue1: ['housing costs', 'public transport', 'crime', 'the cost of living', 'local taxes', 'hospital waiting times', 'traffic', 'jobs', 'immigration', 'climate policy'],
      issue2: ['childcare', 'road repairs', 'pensions', 'water prices', 'schools', 'rents', 'energy bills', 'farm subsidies'],
      recounts: s.word(2, 6),
      budget: s.money(200_000, 20_000_000),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { desc: ['the candidate of {party1}', 'a former teacher who ran for {party1}', 'who led {party1} into the election'], lead: ['the winner, {party1} candidate'], short: 'the winner' });
    s.person('B', { desc: ['the outgoing office holder from {party2}', 'the candidate of {party2}', 'who came second for {party2}'], lead: ['the runner-up'], short: 'the runner-up' });
    s.person('C', { desc: ['who voted at a school in {district}', 'a first-time voter from {district}', 'a pensioner who has voted in every election since {decade}'] });
    s.person('D', { prefix: 'Professor', titled: true, desc: ['a political scientist at {university}', 'who studies elections at {university}'] });
  },
  titles: [
    '{A.full} wins race for {office}',
    '{party1} [takes|wins] {city} with {winPct} of the vote',
    '[Upset|Landslide|Narrow win] as {A.full} becomes {office}',
    '{city} election: {A.last} beats {B.last}',
    'Voters in {city} choose {A.full}',
  ],
  lead: [
    'On {date}, {A.np} was elected {office}, winning {winPct} of the vote against {losePct} for {B.name}.',
    '{A.name} of {party1} won the election for {office} on {weekday}, [ending|breaking] [years|decades] of control by {party2}.',
    'Voters in {city} [chose|elected] {A.name} as {office} on {date}, [in one of the closest races in years|by a wide margin].',
  ],
  more: [
    'Turnout was {turnout}, compared with {prevTurnout} at the last election.',
    '{A.name} won by {margin} votes, according to [official results|the electoral commission].',
    'The result [surprised|stunned] [many observers|pollsters], who had predicted a [close race|win for {party2}].',
  ],
  details: [
    '{party1} also won {seats} of the {seatsTotal} seats on the council, [giving it|enough for] a majority.',
    'The campaign was dominated by {issue1} and {issue2}.',
    '{A.name} [promised|has promised] to [freeze local taxes|build more affordable homes|make buses free for under-18s|cut waiting times] within {A.his} first year.',
    'Counting [went on|continued] late into the night, and {recounts} districts asked for recounts.',
    '{party3} [finished third|came a distant third], with [about a tenth|less than a fifth] of the vote.',
    'In total, {votes} people cast a ballot, according to {org}.',
    'Support for {party2} [collapsed|fell sharply] in [the suburbs|{district}|the city centre].',
    'Campaign spending [reached|topped] {budget}, [a record for the city|more than double the last election].',
  ],
  background: [
    '{party2} had [governed|run] {city} since {pastYear2}.',
    'At the last election, in {pastYear}, turnout was {prevTurnout}.',
    '{A.name} entered politics in {pastYear3} after a career in [teaching|medicine|law|business|journalism].',
    '{B.name} [had served|served] [two terms|one term] before the election.',
  ],
  reaction: [
    'Supporters of {A.last} [celebrated|cheered] [in the main square|outside the party headquarters] [until the early hours|late into the night].',
    'Leaders of {party2} said they would [reflect on|study] the result [before choosing a new direction|carefully].',
    'Turnout was [especially low|higher than expected] among young voters, according to early analysis.',
  ],
  next: [
    '{A.name} will take office {future}.',
    'The new council is expected to meet for the first time {future}.',
    '{B.name} may [challenge|contest] the result in court, [{B.his} lawyers said|according to {B.his} campaign].',
    '{A.name} is expected to name {A.his} [team|deputies] {future}.',
    'The official results will be certified by {org} on {futureDate}.',
  ],
  pro: [
    'Tonight {city} voted for change',
    'I will be the mayor of everyone, including those who did not vote for me',
    'The hard work starts tomorrow',
    'People told us they were tired of waiting, and we listened',
  ],
  con: [
    'This is not the result we wanted, but we respect the voters',
    'We will hold the new administration to every promise it made',
    'The campaign against us was full of half-truths',
  ],
  voice: [
    'I just want someone who will fix the buses',
    'I voted for the first time today, and it felt important',
    'Rents are the only thing anyone talks about',
  ],
  expert: [
    'The result says more about anger at the incumbents than enthusiasm for the winner',
    'Turnout decided this election',
    'Local issues mattered much more than national politics this time',
  ],
  pnp: ['a victory for the whole city', 'a new chapter'],
  cnp: ['the dirtiest campaign in memory', 'a campaign of empty promises'],
  accuse: ['making promises the city cannot afford', 'spreading misleading claims about the budget', 'refusing to take part in debates'],
  claim: ['the winning campaign had broken spending rules', 'hundreds of postal votes had not been counted', 'the result would not have been the same without the late boundary changes'],
};

export const HEALTH: Kind = {
  slug: 'health-service',
  weight: 8,
  policy: true,
  setup(s) {
    const r = s.r;
    const svc = r.pick([
      ['a new maternity ward', 'maternity unit'],
      ['an expanded emergency department', 'emergency department'],
      ['a cancer screening programme', 'screening programme'],
      ['a mental health clinic for young people', 'mental health clinic'],
      ['a night-time GP service', 'night-time service'],
      ['a stroke unit', 'stroke unit'],
      ['a mobile dental clinic', 'dental clinic'],
      ['a dementia care centre', 'dementia centre'],
      ["a children's intensive care unit", 'intensive care unit'],
      ['a walk-in vaccination centre', 'vaccination centre'],
    ] as const);
    const closing = r.chance(0.4);
    s.set({
      hospital: ['{place3} General Hospital', "St. {surname1}'s Hospital", '{city} University Hospital', 'the {city} Royal Infirmary', '{place3} Regional Medical Centre'],
      service: svc[0],
      unit: svc[1],
      action: closing ? ['will close', 'is to be cut back', 'will be suspended'] : ['opened', 'was launched', 'opened its doors'],
      thing: closing ? 'the cuts' : 'the new {unit}',
      org: 'the health ministry',
      cost: s.money(800_000, 220_000_000),
      patients: s.count(800, 120_000),
      waitWeeks: s.num(6, 60, 0.3),
      waitTarget: s.num(2, 18, 0.3),
      nurses: s.count(20, 1200),
      vacancies: s.pct(6, 22),
      beds: s.num(12, 160, 0.1),
      deficit: s.money(2_000_000, 300_000_000),
      budgetRise: s.pct(1, 8),
      pollPct: s.pct(30, 80, 0),
    });
    s.slots.closing = closing ? 'yes' : 'no';
    if (r.chance(0.5)) s.person('A', { prefix: 'Health Minister', desc: ['the regional health minister', 'the minister responsible for health'], short: 'the minister' });
    else s.person('A', { prefix: r.chance(0.4) ? 'Dr.' : undefined, titled: true, desc: ['the chief executive of {hospital}', 'who runs {hospital}'], lead: ["the hospital's chief executive"], short: 'the chief executive' });
    s.person('B', { desc: ["the regional secretary of the nurses' union", "who chairs a patients' association in {city}"], lead: ["the nurses' union leader", "the head of the local patients' group"] });
    s.person('C', { desc: ['a patient who waited {waitWeeks} weeks for treatment', 'whose mother is treated at {hospital}', 'a nurse at {hospital}', 'a mother of two from {district}'] });
    s.person('D', { prefix: 'Dr.', titled: true, desc: ['a consultant at {hospital}', 'a public health researcher at {university}', 'a family doctor in {district}'] });
  },
  titles: [
    '{hospital} [gets|to get] {service}',
    '[Waiting times|Patients] in focus as {city} [opens|plans] {unit}',
    '{cost} {unit} for {city}',
    "Nurses warn over staffing at {hospital}",
    '{city} health services: what changes for patients',
  ],
  lead: [
    'On {date}, {hospital} in {city} announced {service}, [meant to|intended to] cut waiting times that have reached {waitWeeks} weeks.',
    '{service} {action} at {hospital} on {weekday}, the regional health authority said.',
    'Health officials in {city} [unveiled|presented] {service} on {date}, [costing|worth] {cost}.',
  ],
  more: [
    'The {unit} is expected to [treat|see] about {patients} patients a year.',
    'The announcement comes as hospitals across {country} [struggle with|face] [staff shortages|record demand].',
    '[Patient groups|Doctors] had [called for|demanded] [the service|changes] for years.',
  ],
  details: [
    'The project will cost {cost}, paid for [from the regional health budget|partly by a national fund].',
    'Patients in the area currently wait an average of {waitWeeks} weeks, against a target of {waitTarget}.',
    'The hospital needs to hire {nurses} nurses to run the {unit}, [at a time when|while] {vacancies} of nursing posts in the region are empty.',
    'The {unit} will have {beds} beds and [operate around the clock|open from 8 a.m. to 10 p.m. every day|open from 7 a.m. to midnight].',
    "The region's health service ran a deficit of {deficit} last year.",
    '{A} said the {unit} would [free up|relieve pressure on] [beds elsewhere in the hospital|the emergency department].',
    'Managers [plan to|hope to] [recruit staff from abroad|train local staff] to fill the gaps.',
    'The health budget for the region [rose|will rise] by {budgetRise} this year.',
  ],
  background: [
    'A [report|review] in {pastYear} [found|concluded] that patients in {city} waited [longer than anywhere else in the region|far longer than the national average].',
    '{hospital} was built in {oldYear} and [was last expanded|last expanded] in {decade}.',
    'The previous {unit} in the area closed in {pastYear3} [because of|after] staff shortages.',
    'Nursing unions [staged|held] [strikes|protests] across {country} in {pastYear} over pay and staffing.',
  ],
  reaction: [
    'Patient groups [welcomed|cautiously welcomed] the plan but [said|warned] it did not go far enough.',
    'Staff at the hospital [said|told {outlet}] they had not been consulted.',
    'Doctors [in {district}|across the region] [said|warned] that GP surgeries were also under strain.',
  ],
  next: [
    'The {unit} is expected to [open|start treating patients] {future}.',
    'Recruitment for the new posts will begin {future}.',
    'The health authority will [publish|review] waiting time figures {future2}.',
    '{B} said [the union|campaigners] would [monitor|watch] staffing levels [and may take action if they fell|closely].',
    'A second phase, [adding more beds|extending opening hours], may follow in {nextYear} if funding allows.',
  ],
  pro: [
    'Patients in {city} have waited too long, and this is our answer',
    'Every bed we add is a patient who does not have to travel for hours',
    'We are hiring, and we want staff to know this is a good place to work',
    'This will change the way care is delivered in the region',
  ],
  con: [
    'You cannot open a new unit without the nurses to staff it',
    'Our members are exhausted, and nobody is listening',
    'This is a press release, not a plan',
  ],
  voice: [
    'I waited months for an appointment and was in pain the whole time',
    'The staff are wonderful, but they are clearly stretched',
    'It is a long way to travel when you are ill',
  ],
  expert: [
    'Buildings are the easy part; finding staff is the hard part',
    'Waiting times will only fall if the whole system changes, not one unit',
    'Early diagnosis saves lives and, in the long run, money',
  ],
  pnp: ['a major step for patients', 'the biggest investment in the hospital in a generation'],
  cnp: ['a sticking plaster', 'an empty promise'],
  accuse: ["ignoring nurses' warnings about safety", 'moving money from other services to pay for the announcement', 'hiding the true waiting times'],
  claim: ['the new unit would take staff from other wards', 'waiting times had been understated', 'the funding only covered the first two years'],
};
