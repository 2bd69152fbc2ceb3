import * as V from '../vocab.ts';
import type { Kind } from './story.ts';

export const FACTORY: Kind = {
  slug: 'factory-closure',
  weight: 8,
  policy: true,
  setup(s) {
    const r = s.r;
    const [product, sectors] = r.pick([
      ['car parts', ['Automotive', 'Components', 'Engineering']],
      ['frozen meals', ['Foods']],
      ['steel pipes', ['Steel', 'Metals']],
      ['solar panels', ['Energy', 'Electronics']],
      ['glass bottles', ['Glassworks', 'Packaging']],
      ['washing machines', ['Appliances', 'Manufacturing']],
      ['paper towels', ['Paper']],
      ['tyres', ['Automotive', 'Industries']],
      ['bicycles', ['Cycles', 'Manufacturing']],
      ['chocolate', ['Foods', 'Confectionery']],
      ['batteries', ['Electronics', 'Energy']],
      ['office furniture', ['Furniture']],
      ['medical gloves', ['Plastics', 'Medical']],
      ['bricks', ['Ceramics', 'Building Materials']],
      ['wind turbine blades', ['Energy', 'Engineering']],
      ['kitchen appliances', ['Appliances']],
      ['pet food', ['Foods']],
      ['cardboard packaging', ['Packaging', 'Paper']],
      ['railway sleepers', ['Castings', 'Engineering']],
      ['fertiliser', ['Chemicals']],
      ['ceramic tiles', ['Ceramics']],
      ['textiles', ['Textiles']],
      ['aluminium window frames', ['Metals', 'Industries']],
      ['plastic toys', ['Plastics', 'Toys']],
    ] as const);
    const openYear = Number(s.slots.year) - r.int(12, 95);
    const peakYear = Math.min(openYear + r.int(8, 40), Number(s.slots.year) - 3);
    s.set({
      company: s.company(sectors),
      parent: s.company(['Holdings', 'Group', 'Industries', 'Capital']),
      product,
      peakDecade: `the ${Math.floor(peakYear / 10) * 10}s`,
      moveTo: r.pick(V.COUNTRIES),
      thing: 'the closure',
      org: '{company}',
      jobs: s.count(80, 4500),
      peak: s.count(2000, 12_000),
      firstWave: s.count(40, 600),
      openYear: String(openYear),
      closeMonth: s.slots.futureMonth!,
      loss: s.money(800_000, 120_000_000),
      energyRise: s.pct(20, 160, 0),
      severance: s.money(9_000, 80_000),
      oneIn: s.word(3, 9),
      units: s.count(5000, 4_000_000),
      acq: s.money(20_000_000, 3_000_000_000),
      grant: s.money(500_000, 40_000_000),
      mfgFall: s.pct(8, 30),
      union: ["the metalworkers' union", 'the General Union of {country2}', "the factory workers' union", 'the {city} branch of the industrial union'],
      yearsWorked: s.num(8, 38, 0.3),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { desc: ['the chief executive of {company}', "{company}'s managing director"], lead: ["{company}'s chief executive"], short: 'the chief executive' });
    if (r.chance(0.6)) {
      s.person('B', { desc: ['a representative of {union} at the plant', 'who represents workers at the plant for {union}'], lead: ["the union's representative at the plant"], short: 'the union representative' });
    } else {
      s.person('B', { desc: ['the member of parliament for {city}', 'who represents {city} in parliament'], short: 'the local MP' });
    }
    s.person('C', { desc: ['who has worked at the plant for {yearsWorked} years', 'a machine operator at the plant', 'whose father also worked at the factory', 'a forklift driver at the site'] });
    s.person('D', { desc: ['an industry analyst at {consultancy}', 'an economist at {university}'] });
  },
  titles: [
    '{company} to close {city} [plant|factory] with loss of {jobs} jobs',
    '{jobs} jobs [at risk|to go] as {company} shuts {city} factory',
    '{city} factory closure: what it means for the town',
    'End of an era as {company} [quits|leaves] {city}',
    '{company} confirms closure of {product} plant',
  ],
  lead: [
    'On {date}, {company} announced it would close its {product} factory in {city} by {closeMonth}, [putting {jobs} jobs at risk|cutting {jobs} jobs].',
    '{company} [said on {weekday}|confirmed on {date}] that it would shut its plant in {city}, where {jobs} people make {product}.',
    'Workers at the {company} plant in {city} learned on {date} that the factory, which has made {product} since {openYear}, will close [next year|by the end of {nextYear}].',
  ],
  more: [
    'The company [blamed|cited] [rising energy costs|falling demand|competition from cheaper imports] [for the decision|].',
    'Production will move to [a newer plant|an existing site] in {moveTo}, the company said.',
    'The news was [delivered|announced] to staff at a meeting [on the factory floor|in the canteen] [early on {weekday}|on {weekday} morning].',
  ],
  details: [
    '{company} said the plant had lost {loss} last year and could not be made profitable [again|without major investment].',
    'Energy costs at the site [rose|have risen] by {energyRise} [since {pastYear}|over the past two years], according to the company.',
    'The closure will be carried out in stages, with the first {firstWave} workers leaving in {futureMonth}.',
    'Workers will be offered [severance|redundancy] packages [worth|averaging] about {severance}, the company said.',
    'The factory is the largest private employer in {city}, [accounting for|providing] about one in {oneIn} local jobs.',
    'Suppliers [in the area|across the region] [may also be affected|could lose contracts], with [dozens of|several] small firms depending on the plant.',
    '{company} [produces|makes] about {units} units of {product} a year at the {city} site.',
    'The company [declined to say|did not say] whether the site would be sold.',
    '{company} is owned by {parent}, which [reported|posted] [record profits|higher profits] last year.',
  ],
  background: [
    'The factory opened in {openYear} and at its peak in {peakDecade} employed more than {peak} people.',
    '{company} was [bought|acquired] by {parent} in {pastYear} for {acq}.',
    'In {pastYear3}, the company received {grant} in public subsidies to [modernise|upgrade] the plant.',
    'Manufacturing employment in {country} has [fallen|declined] by {mfgFall} over the past decade.',
    'The government [promised|pledged] in {pastYear} to [protect|support] industrial jobs in the region.',
  ],
  reaction: [
    '[Hundreds of|Dozens of] workers [gathered|protested] outside the factory gates [on {weekday} evening|after the announcement].',
    `The town's mayor said it was "[a devastating blow|a terrible day]" for {city}.`,
    'Local shops [fear|worry] that [fewer customers|falling spending] will follow the closure.',
  ],
  next: [
    'The union will [meet|hold talks with] management {future} to discuss [redundancy terms|alternatives to closure].',
    'Regional officials said they would [set up|launch] a task force to help workers find new jobs.',
    '{company} is expected to begin formal consultations with staff {future}.',
    'The plant is scheduled to [stop production|close for good] by {closeMonth}, although the date may change.',
    'A buyer may still be found for the site, {A} said.',
    'Retraining courses for workers will [start|be offered] {future2}, [funded by the region|paid for by the company].',
  ],
  pro: [
    'This was the hardest decision I have had to make',
    'We explored every option to keep the plant open',
    'The market for {product} has changed, and we have to change with it',
    'We will do everything we can to support our employees',
  ],
  con: [
    'This factory was profitable until the company stopped investing in it',
    'The workers of {city} have been betrayed',
    'Public money was used to keep this plant open, and now the jobs are going abroad',
  ],
  voice: [
    'I have given most of my working life to this place',
    'Nobody expected it to happen this fast',
    'There are no other jobs like this in {city}',
    'We found out from the news before we heard it from the managers',
  ],
  expert: [
    'Plants like this one are very hard to save once the owner has decided to leave',
    'Energy prices have made heavy industry in {country} much harder to run',
  ],
  pnp: ['a painful but necessary step', 'the only responsible option'],
  cnp: ['a betrayal', 'corporate vandalism', 'a disgrace'],
  accuse: ['taking public money and then walking away', 'running down the plant on purpose', 'keeping workers in the dark for months'],
  claim: ['the company had planned the closure for years', 'the plant was still profitable', 'the move was about cutting wages rather than saving the business'],
};

export const COURT: Kind = {
  slug: 'court-ruling',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const issue = r.pick([
      ['polluting {river}', 'pollution'],
      ['misleading customers about fees', 'hidden fees'],
      ['failing to protect customer data', 'data breach'],
      ['underpaying warehouse staff', 'pay'],
      ['breaking competition rules', 'competition'],
      ['selling unsafe electric heaters', 'product safety'],
      ['ignoring safety warnings before a fatal accident', 'workplace safety'],
      ['dumping waste near {place2}', 'illegal dumping'],
      ['discriminating against older job applicants', 'discrimination'],
      ['overcharging the city for road repairs', 'overcharging'],
      ['treating its delivery riders as self-employed', 'gig work'],
      ['cutting down protected trees on {street}', 'protected trees'],
    ] as const);
    s.set({
      defendant: s.company(r.chance(0.5) ? V.INDUSTRY_SECTORS : [...V.TECH_SECTORS, 'Logistics', 'Energy', 'Construction', 'Delivery']),
      issue: issue[0],
      issueShort: issue[1],
      court: ['the High Court in {city}', 'a federal court in {city}', 'the {city} District Court', 'the Court of Appeal in {city}', 'a regional court in {city}'],
      claimants: ['residents living near {river}', 'former employees', 'a group of customers', 'a coalition of environmental groups', 'the city of {city}', 'a consumer association'],
      thing: 'the ruling',
      pnpTarget: "the company's conduct",
      cnpTarget: 'the ruling',
      org: '{defendant}',
      fine: s.money(60_000, 600_000_000),
      costs: s.money(40_000, 8_000_000),
      caseYears: s.word(2, 9),
      trialWeeks: s.num(2, 16),
      witnesses: s.num(8, 60, 0.2),
      employees: s.count(150, 90_000),
      foundedYear: String(Number(s.slots.year) - r.int(8, 120)),
      shareFall: s.pct(2, 19),
      appealDays: s.num(14, 60, 0),
      pollPct: s.pct(30, 80, 0),
    });
    s.person('A', { prefix: 'Judge', titled: true, desc: ['who presided over the case', 'the presiding judge'], short: 'the judge' });
    s.person('B', { desc: ['a lawyer representing {defendant}', 'who represents {defendant}'], lead: ["{defendant}'s lawyer", 'the lead lawyer for the company'], short: 'the lawyer' });
    s.person('C', { desc: ['who brought the case on behalf of {claimants}', 'a spokesperson for {claimants}', 'one of the claimants'] });
    s.person('D', { prefix: 'Professor', titled: true, desc: ['who teaches law at {university}', 'a legal scholar at {university}'] });
  },
  titles: [
    'Court fines {defendant} {fine} over {issueShort}',
    '{defendant} [loses|found liable in] landmark {issueShort} case',
    'Judge rules against {defendant} [over|in] {issueShort} case',
    '{defendant} [to appeal|vows to appeal] {fine} fine',
    '{city} court orders {defendant} to pay {fine}',
  ],
  lead: [
    'On {date}, {court} [fined {defendant} {fine}|ordered {defendant} to pay {fine}] for {issue}.',
    '{court} ruled on {weekday} that {defendant} was responsible for {issue}, [in a case brought by {claimants}|ending a {caseYears}-year legal battle].',
    '{defendant} has been [found liable|held responsible] for {issue}, {court} ruled on {date}.',
  ],
  more: [
    'The ruling [could|may] open the way for [similar claims|thousands of similar claims] [across {country}|against other companies].',
    '{defendant} [said it would appeal|is considering an appeal], according to [its lawyers|a statement].',
    'The case was brought by {claimants} in {pastYear}.',
  ],
  details: [
    'In the written ruling, {A} said the evidence showed that {defendant} had "[known about the problem for years|repeatedly ignored warnings]."',
    'The trial lasted {trialWeeks} weeks and [heard from|included testimony from] {witnesses} witnesses.',
    'The court [also ordered|ordered] {defendant} to pay [legal costs|compensation] of {costs} to {claimants}.',
    'Lawyers for {defendant} had argued that [the company had followed all the rules|the claims were exaggerated|the case should have been heard elsewhere].',
    'The judge rejected those arguments, saying the company had "[failed in its most basic duty|put profit ahead of safety]."',
    'The fine is the [largest|second-largest] of its kind [ever imposed|handed down] in {country}, according to {outlet}.',
    '[Internal emails|Company documents] shown in court [revealed|suggested] that managers had [discussed|been warned about] the problem in {pastYear}.',
    'The company [denied|has denied] any wrongdoing throughout the case.',
  ],
  background: [
    'The case began in {pastYear}, when {claimants} [filed a complaint|went to court] [after|following] an investigation by {outlet}.',
    '{defendant} was founded in {foundedYear} and employs about {employees} people.',
    'A regulator [had warned|warned] {defendant} about similar issues in {pastYear2}, according to evidence presented at trial.',
    'Similar cases were brought against other companies in {country} in recent years, with mixed results.',
    '{A.name} [was appointed|joined the bench] in {pastYear2} and [has handled|has presided over] several [major|high-profile] [commercial|environmental] cases.',
  ],
  reaction: [
    'Campaigners [celebrated|cheered] outside the courthouse [after the verdict was read|when the ruling was announced].',
    'Shares in {defendant} [fell|dropped] {shareFall} [in early trading|after the ruling].',
    'Consumer groups [welcomed|praised] the decision, calling it [a warning to|a lesson for] the whole industry.',
  ],
  next: [
    '{defendant} has {appealDays} days to [file|lodge] an appeal.',
    '{B} said {B.he} would [study the ruling carefully before deciding whether to appeal|file an appeal within the deadline].',
    'A hearing on [compensation|damages] is [scheduled|expected] for {futureMonth}.',
    'Legal experts said the case may [set a precedent|influence similar cases] [across {country}|for years to come].',
    'If the ruling stands, {defendant} will have to [pay the fine|change how it operates] by {futureDate}.',
  ],
  pro: [
    'The company was warned, and it chose not to act',
    'No business is above the law',
    'The evidence in this case was overwhelming',
    'The harm caused was serious and it was foreseeable',
  ],
  con: [
    'We strongly disagree with this decision and will appeal',
    'The court has ignored important evidence',
    'This ruling will have consequences for businesses across {country}',
  ],
  voice: [
    'We have waited {caseYears} years for this day',
    'Today the court listened to us',
    'No amount of money will give us back what we lost',
  ],
  expert: [
    'This ruling sends a clear signal to every company operating in {country}',
    'The appeal court may see things differently',
    'Judges are increasingly willing to look at what managers knew and when',
  ],
  pnp: ['reckless', 'a serious and sustained failure'],
  cnp: ['deeply flawed', 'a mistake that will not survive an appeal'],
  accuse: ['misunderstanding how the industry works', 'ignoring key evidence', 'relying on flawed expert testimony'],
  claim: ['the ruling misread the law', 'the company had followed every regulation in force at the time', 'the fine was out of proportion to any harm caused'],
};
