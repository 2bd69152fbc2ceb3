/** Templates shared by every story kind. */
import type { SectionType } from './assembly.ts';
import type { QuotePool } from './story.ts';

// Shared templates: narration any story can use, and the forms quotations and claims take.

export const GENERIC: Record<SectionType | 'lead', string[]> = {
  lead: [
    '~The [announcement|news] came [after weeks of|following months of] [speculation|negotiations|uncertainty] in {city}.',
    '~[Officials|Local leaders] [described|called] it [one of the most significant decisions|the biggest development] in {city} [in years|for a generation].',
  ],
  details: [
    '~A spokesperson for {org} [said|confirmed] that {thing} had been [discussed|under discussion] [for several months|since {pastYear}|for more than a year].',
    '~Officials [did not say|declined to say|would not confirm] [how many people would be affected|how much the delay would cost|when a final decision would be made].',
    '~[Figures|Documents] [seen by|obtained by] {outlet} [suggest|show] that the [cost|impact] [could be|may be] [higher|much higher] than [first thought|officials have admitted].',
    '{A} [said|told reporters] that {A.he} had [spoken to|met] [representatives of|officials from] {org} [on {prevWeekday}|earlier in the week].',
    '[In a statement|In a written statement], {org} said it [remained|was] [committed to|focused on] [working with the community|finding a solution that works for everyone].',
    '~[Several|Two|Three] [local|regional] [officials|business leaders] [attended|were present at] the announcement in {city}.',
    'The details were [first reported|first published] by {outlet} on {prevWeekday}.',
    '~[Asked|Pressed] by reporters, {A} [declined|refused] to [give a precise figure|comment on the cost|speculate about the timing].',
    'The [figures|numbers] [given by {org}|cited by {A.name}|in the report|published on {weekday}] have not been [independently verified|confirmed by an independent body|checked by {outlet}].',
    '~[Officials|A spokesperson] [said|stressed] that [no final decision had been taken|the plans could still change|the figures were provisional].',
    '~{city} is [one of several|among a handful of] [cities|towns] in {country} [facing|dealing with] [similar|the same] [pressures|questions].',
    '~The issue has been [discussed|debated] at [three|several|a series of] [meetings|public sessions] since the start of the year.',
    '[Residents|People] in {district} are [expected to be|likely to be] [most affected|hit hardest].',
    '~{A} has [faced|come under] [growing|mounting] pressure [over the issue|in recent weeks].',
    '~The [total|overall] figure does not include [staff costs|maintenance|inflation], {org} said.',
    '~[Local media|{outlet}] [first reported|reported] the [plans|figures] [last week|earlier this month].',
    '~A [copy|draft] of the [plan|report] [seen by|shared with] {outlet} runs to more than {pages} pages.',
    '"[We are aware of the concerns|We will respond in due course|We have nothing further to add at this stage|We are looking at all the options]," said {newName}, a spokesperson for {org}.',
    '~Deputy Mayor {newName} [said|told {outlet}] that the city [had been kept informed|would follow the situation closely].',
    '{newName}, [who|a resident who] [lives|has lived] [nearby|on {street2}] [for years|since {pastYear2}], said [nobody had told residents anything|the news had come as a surprise|the neighbours had talked of little else].',
  ],
  background: [
    '{city} has a population of about {pop} and [lies|sits] [on {river}|near the border with {country2}|about {distance} kilometres from {place2}].',
    '~In {pastYear}, a similar [dispute|proposal|case] in {place2} [ended|was settled] after [several|many] months of [talks|argument].',
    '~The issue [first drew|drew] [national|wide] attention in {pastYear2}, when {outlet} [published|ran] a series of reports on it.',
    '[For decades, {city} was|Since {decade}, {city} has been] known for its [port|textile mills|university|old town|markets|shipyards|vineyards].',
    '~[Critics|Observers] [noted|pointed out] that similar [promises|plans] had been made in {pastYear} and [were never carried out|were quietly dropped].',
    '~Local [officials|leaders] [first raised|raised] concerns about the issue [more than a decade ago|in {pastYear3}].',
    '~The last time {city} [faced|went through] something [similar|comparable] was in {pastYear2}.',
    '{city}, [a former industrial town|a university city|a port city|a market town|a regional capital], has [grown|shrunk] [steadily|rapidly] since {decade}.',
    '[Unemployment|Average rents|Property prices] in {city} [rose|fell] [sharply|steadily] between {pastYear2} and {pastYear}.',
    '~The [region|city] [received|secured] {bgMoney} in [national|European|state] funding in {pastYear}.',
    '~In {pastYear3}, [a report|an audit] by {consultancy} [warned|concluded] that the [city|region] was [unprepared|falling behind].',
    'Many [older|long-time] residents still remember the [floods|strikes|closures|protests] of {decade}.',
    '~{A.name} has spoken publicly about the issue [many times|several times] since {pastYear3}.',
  ],
  reaction: [
    'Reaction on social media was [mixed|divided|largely positive|sharply critical], with [many|some] residents [welcoming|questioning] {thing}.',
    '~{outlet} reported that [dozens|hundreds] of people had [signed a petition|written to local representatives] about {thing}.',
    '~[Opposition|Local] politicians were quick to [criticise|question] {thing}, while [supporters|allies] [defended|praised] it.',
    '[Not everyone|Not all residents] [agreed|shared that view].',
    'A [poll|survey] by {outlet} [found|suggested] that {pollPct} of [residents|respondents] [supported|backed] {thing}.',
    '[On local radio|In letters to {outlet}], [listeners|readers] were [divided|split] over {thing}.',
    '~[Some|A few] [shop owners|residents] [put up|displayed] [posters|signs] about {thing} in their windows.',
    '[Community groups|Student groups|Church leaders] in {city} [called for|urged] [calm|dialogue|patience].',
    '"[It is a big day for us|I did not expect this|We have been waiting a long time|I am still trying to take it in]," said {newName}, [who lives in {district}|a resident of {district}|a shop owner on {street2}].',
  ],
  next: [
    '{A} is expected to [give an update|speak to reporters|publish more details] {future}.',
    '~A [public meeting|public hearing|consultation] on {thing} will be held {future} at {venue}.',
    '{org} said it would [publish|release] a [full report|detailed timetable|formal response] {future}.',
    '~It [is not yet clear|remains unclear] whether {thing} will [face a legal challenge|go ahead as planned|be delayed further].',
    '~Observers say the outcome may [shape|influence] [similar decisions|debates] in [other cities|neighbouring towns|{place2}].',
    '[More details|Further details] are expected {future}.',
    'The next [update|meeting] is [scheduled|planned] for {futureDate}.',
    '[Officials|Officials in {city}|{org}] [said|promised] [they|it] would [keep residents informed|update the public] [through the city website|at regular meetings|on social media|at a meeting on {futureDate}].',
    '~A [final|formal] decision [could|may] take [several months|until {nextYear}].',
    '~{org} [is expected to|will] present [its|a] [budget|plan|report] for {nextYear} {future2}.',
  ],
};

export const ATTRIBUTIONS = [
  ', according to {outlet}.',
  ', officials said.',
  ', {org} said.',
  ', a spokesperson said.',
  ', [people familiar with the matter|sources close to the talks] said.',
  ', {outlet} reported.',
  ', according to [official figures|documents seen by {outlet}].',
];

export const PRO_FORMS = [
  '"{pro}," {A} said.',
  '"{pro}," {A} [told reporters|said in a statement|told {outlet}|said at a news conference|said on {weekday}].',
  '"{pro}," said {A.np}.',
  '{A} said: "{pro}."',
  '"{pro}. {pro}," {A} [added|said].',
  '{A} [called {pnpTarget}|described {pnpTarget} as] "{pnp}."',
  '"{pro}," {A} said, adding that {A.he} [expected|hoped for] [broad support|a quick decision|more clarity soon].',
  '{A} [defended|stood by] {thing}. "{pro}," {A.he} said.',
  '"{pro}," {A} [wrote on social media|said in a video message|told a crowd of supporters].',
];
export const CON_FORMS = [
  '"{con}," {B} said.',
  '"{con}," said {B.np}.',
  '{B} [called {cnpTarget}|described {cnpTarget} as] "{cnp}."',
  '{B} accused {A.name} of {accuse}.',
  '{B} [argued|insisted|said] that {claim}.',
  '{B} claimed that {claim}, [a claim|an allegation|a charge] that {A.name} [denied|rejected|disputed].',
  '[In a statement|Speaking to {outlet}|In an interview], {B} argued that {claim}.',
  '{B} accused {A.name} of {accuse} and [claimed|argued] that {claim}.',
  '"{con}. {con}," {B} said.',
  '{B} [criticised|attacked] {thing}. "{con}," {B.he} said.',
  '"{con}," {B} [wrote on social media|said in a statement|told {outlet}].',
];
export const VOICE_FORMS = [
  '"{voice}," said {C.np}.',
  '"{voice}," {C} said.',
  '{C} [said|told {outlet}] that {C.he} had [mixed feelings|been following the story closely|not been surprised]. "{voice}," {C.he} said.',
  '"{voice}," {C} told {outlet}.',
  '"{voice}," added {C.np}.',
];
export const EXPERT_FORMS = [
  '"{expert}," said {D.np}.',
  '{D} [said|noted] that the situation was [not unusual|unusual|more complicated than it looked]. "{expert}," {D.he} added.',
  'According to {D.np}, the [picture|situation] is [more complicated|less clear] than it [looks|seems]. "{expert}," {D.he} said.',
  '"{expert}," {D} told {outlet}.',
];

export const QUOTE_FORMS: Record<SectionType | 'lead', string[]> = {
  lead: [...PRO_FORMS.slice(0, 4), PRO_FORMS[5]!, CON_FORMS[0]!, CON_FORMS[2]!],
  details: [...PRO_FORMS, ...CON_FORMS, VOICE_FORMS[0]!, VOICE_FORMS[1]!],
  background: [...EXPERT_FORMS, CON_FORMS[4]!],
  reaction: [...CON_FORMS, ...VOICE_FORMS, PRO_FORMS[0]!, PRO_FORMS[2]!, EXPERT_FORMS[0]!],
  next: [PRO_FORMS[0]!, PRO_FORMS[2]!, EXPERT_FORMS[0]!, EXPERT_FORMS[3]!, CON_FORMS[0]!],
};

export const GENERIC_QUOTES: Record<QuotePool, string[]> = {
  pro: [
    'We have listened carefully, and we believe this is the right decision',
    'This is not the end of the conversation, it is the beginning',
    'I understand the concerns, but doing nothing was not an option',
    'People in {city} deserve better, and that is what we are trying to deliver',
    'We knew from the start that not everyone would be happy',
    'I am proud of the work that has gone into this',
    'We will be judged on results, and that is how it should be',
  ],
  con: [
    'Nobody has been able to explain to me how this is supposed to work',
    'The people who will pay for this were never asked',
    'We will keep fighting this, whatever it takes',
    'Every warning we gave has been ignored',
    'This is not over, not by a long way',
    "Ordinary people are being asked to pay for other people's mistakes",
  ],
  voice: [
    'We just want someone to tell us what is going on',
    'It is the only thing anyone around here has been talking about',
    'I hope they know what they are doing',
    'My family has been here for three generations, and I have never seen anything like it',
    'Nobody from the city has knocked on my door',
    'Some of my neighbours are angry, some are excited',
  ],
  expert: [
    'It is too early to say whether this will work',
    'The details will matter far more than the headlines',
    'We have seen this pattern before, in many places',
    'The numbers are real, but they need context',
    'Much depends on decisions that have not yet been taken',
  ],
  pnp: ['the right thing to do', 'a new beginning', 'an important step forward'],
  cnp: ['a serious mistake', 'a missed opportunity', 'deeply worrying'],
  accuse: ['ignoring the people most affected', 'failing to answer basic questions', 'putting politics ahead of the public interest'],
  claim: ['the public had been kept in the dark', 'the real figures had not been published', 'there had been no proper consultation'],
};
