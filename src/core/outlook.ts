/**
 * What an article says will or may happen. Pure and general:
 *
 * - Inside a section whose heading announces the future (`What's Next`, `Next steps`, `What
 *   comes next`, `Looking ahead`, `Outlook`, `The road ahead`…, compared folded and with any
 *   apostrophe), every sentence is kept except pointers to other reading (`For more details…,
 *   see our…`, always dropped), summaries (`In conclusion, … represents …`) and sentences in
 *   the past tense (`had`, `was`, `ago`, `last year`) or reported in the past (`"…," X said`),
 *   unless these also look forward or report a prospect (`said an appeal was likely`).
 * - Elsewhere a sentence is kept when, outside quotation marks, it looks forward: `will`,
 *   `shall`, `is going to`; `may`/`might`/`could` unless the sentence is in the past tense
 *   (`could not refuse the offer` after `had`) or `could` means ability (`could not be
 *   reached`, `could see the smoke`); `would`/`should` only in a condition (`if`), with a
 *   future time (`next week`, `by the end of the year`) or a date (`said it would publish
 *   the timetable in October`), and always inside a what's-next section; `is expected/scheduled/set/due to`, `plans to`,
 *   `intends to`, `prepares to` (a `plan to`/`intention to` after a determiner is a noun in
 *   a report, not a prospect); a deadline (`has 30 days to appeal`);
 *   `next week/month/year`, `in the coming months`, `later this year`; a date after the
 *   article's publication date.
 * Background history (`was founded in 1921`, `had signed up`) has none of these.
 */
import { sentenceTokens, type Token } from './nlp-tokens.ts';
import { fold, isPointer } from './text.ts';
import type { Article } from './types.ts';

/** One paragraph's forward-looking sentences (indexes into Paragraph.sentences, ascending). */
export interface Outlook {
  paragraph: number;
  sentences: number[];
}

/** Forward-looking sentences in article order, grouped by paragraph. */
export function extractOutlook(article: Article): Outlook[] {
  const published = parseIsoDate(article.published);
  const out: Outlook[] = [];
  for (const paragraph of article.paragraphs) {
    const inSection = paragraph.section !== null && isOutlookHeading(paragraph.section);
    const keep: number[] = [];
    paragraph.sentences.forEach((sentence, i) => {
      const tokens = sentenceTokens(sentence);
      if (isPointer(sentence.text)) return;
      const forward = looksForward(tokens, published, inSection);
      if (forward) keep.push(i);
      else if (inSection && !isSummary(tokens) && ((!isPast(tokens) && !isPastReport(tokens)) || hasProspectWord(tokens))) keep.push(i);
    });
    if (keep.length > 0) out.push({ paragraph: paragraph.index, sentences: keep });
  }
  return out;
}

const OUTLOOK_HEADING =
  /\b(what'?s next|what is next|what next|what comes next|what happens next|what'?s ahead|what lies ahead|what to expect|what to watch|next steps?|looking ahead|looking forward|look ahead|the road ahead|the way forward|outlook|coming up|upcoming|future)\b|^\s*next( up)?\s*$/u;

/** `What's Next`, `What"s next`, `WHAT COMES NEXT`, `Looking Ahead`, `Outlook`. */
export function isOutlookHeading(heading: string): boolean {
  const h = fold(heading).replace(/["'\u2018\u2019\u201C\u201D`\u00B4]/gu, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ');
  return OUTLOOK_HEADING.test(h);
}



const SUMMARY_OPENERS = new Set(['in conclusion', 'in summary', 'to conclude', 'to sum up', 'overall', 'in short', 'all in all', 'ultimately']);

function isSummary(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  return SUMMARY_OPENERS.has(words.slice(0, 2).join(' ')) || SUMMARY_OPENERS.has(words.slice(0, 3).join(' ')) || SUMMARY_OPENERS.has(words[0] ?? '');
}

const PAST_WORDS = new Set(['had', 'was', 'were', 'did', 'ago', 'yesterday', 'previously', 'formerly']);
const PERIODS = new Set(['week', 'weekend', 'month', 'year', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'night', 'time', 'session', 'term', 'quarter', 'decade']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", 'am']);
const PLAN_VERBS = new Set([
  'plans', 'plan', 'planning', 'intends', 'intend', 'intending', 'aims', 'aim', 'aiming', 'hopes', 'hope', 'hoping',
  'prepares', 'prepare', 'preparing', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'threatened',
  'threatens', 'intention', 'plans', 'seeks', 'seeking', 'expects', 'expect', 'expected', 'scheduled', 'slated',
  'poised', 'likely', 'unlikely', 'set', 'bound', 'due', 'going', 'about', 'ready',
]);
/** After `due to`, only a verb makes it a schedule (`due to open`), not a cause (`due to rain`). */
const DUE_VERBS = new Set([
  'be', 'begin', 'start', 'open', 'close', 'end', 'finish', 'meet', 'vote', 'take', 'return', 'resume', 'arrive', 'launch',
  'hold', 'announce', 'publish', 'rule', 'decide', 'sign', 'expire', 'report', 'appear', 'complete', 'deliver', 'go',
  'come', 'run', 'leave', 'retire', 'testify', 'face', 'travel', 'visit', 'speak', 'make', 'hear', 'debate', 'release',
]);
const NOUN_BEFORE_WILL = new Set(['the', 'a', 'political', 'free', 'good', 'ill', 'own', 'his', 'her', 'their', 'its', 'popular', 'strong', 'last', 'at', 'against', 'our', 'my', 'your']);

function looksForward(tokens: readonly Token[], published: Date | null, inSection: boolean): boolean {
  const words = tokens.map((t) => (t.kind === 'punct' ? '' : t.norm));
  const live = (i: number) => !tokens[i]!.quoted && tokens[i]!.kind !== 'punct';
  let weak = false;
  let conditional = false;
  let timeCue = false;
  let dated = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!live(i)) continue;
    const w = words[i]!;
    const prev = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    const t = tokens[i]!;
    if ((w === 'will' && !NOUN_BEFORE_WILL.has(prev) && !tokens[i - 1]?.poss && next !== 'of') || w === 'shall' || w === "won't" || /['\u2019]ll$/u.test(t.text)) return true;
    if (w === 'to' && PLAN_VERBS.has(prev)) {
      // A plan as a noun in a report of the past: `approved a plan to pedestrianise the square`.
      if (/^(plan|plans|intention|aim|hope)$/u.test(prev) && (NOUN_DETERMINERS.has(words[i - 2] ?? '') || tokens[i - 2]?.poss)) continue;
      if (prev === 'due' && !DUE_VERBS.has(next)) continue;
      if (prev === 'going' && !BE.has(words[i - 2] ?? '')) continue;
      if ((prev === 'set' || prev === 'poised' || prev === 'bound' || prev === 'about' || prev === 'ready') && !BE.has(words[i - 2] ?? '')) continue;
      if ((prev === 'expected' || prev === 'scheduled') && words[i - 2] === 'had') continue;
      return true;
    }
    if ((w === 'may' && !t.cap) || w === 'might') weak = true;
    // `could not be reached`, `could see the smoke`: ability, not a prospect.
    if (w === 'could' && !/^(not|see|hear|feel|smell|watch|only|barely|hardly|still|n't)$/u.test(next)) weak = true;
    // A deadline: `has 30 days to appeal`.
    if (w === 'to' && /^(days|weeks|months|years|hours)$/u.test(prev) && tokens[i - 2]?.kind === 'number' && /^(has|have|had|with|gets|get|given)$/u.test(words[i - 3] ?? '')) return true;
    if (w === 'if' || w === 'unless') conditional = true;
    if (w === 'next' && (PERIODS.has(next) || WEEKDAYS.has(next) || MONTHS.includes(next))) timeCue = true;
    if (w === 'coming' && /^(days|weeks|months|years|season)$/u.test(next)) timeCue = true;
    if (w === 'later' && next === 'this') timeCue = true;
    if (w === 'upcoming' || w === 'tomorrow' || (w === 'soon' && prev !== 'as')) timeCue = true;
    if (w === 'future' && (prev === 'the' || prev === 'near')) timeCue = true;
    if (w === 'end' && next === 'of' && (words[i - 2] === 'by' || words[i - 2] === 'before')) timeCue = true;
    if (w === 'within' && (tokens[i + 1]?.kind === 'number' || /^(a|the|his|her|their|its|weeks|days|months)$/u.test(next))) timeCue = true;
    // A month or weekday names when a reported `would` happens: `said it would publish in October`.
    if (t.cap && (MONTHS.includes(w) || WEEKDAYS.has(w)) && prev !== 'last' && prev !== 'since') dated = true;
  }
  if (!timeCue && published) timeCue = mentionsLaterDate(tokens, published);
  const hasWould = words.some((w, i) => (w === 'would' || w === 'should') && live(i));
  if (timeCue) return true;
  // `would`: in a condition, in a what's-next section, or a reported future with a date.
  if (hasWould && (conditional || inSection || dated)) return true;
  return weak && !isPast(tokens);
}

/** In a what's-next section, a past-tense report of a prospect stays: `said an appeal was likely`. */
function hasProspectWord(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && !t.quoted && /^(likely|unlikely|possible|possibly|probably|chance|chances|prospect|prospects|expect|expects|expected|hope|hopes|hoped)$/u.test(t.norm));
}

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'new', 'the']);

/** A reaction reported in the past: `"We were ignored," Lind said.` */
function isPastReport(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && !t.quoted && /^(said|told|added|wrote|explained|argued|insisted|warned|noted|claimed|replied|recalled|complained)$/u.test(t.norm));
}

function isPast(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.quoted) continue;
    if (PAST_WORDS.has(t.norm)) return true;
    if (t.norm === 'last' && PERIODS.has(tokens[i + 1]?.norm ?? '')) return true;
  }
  return false;
}

function parseIsoDate(iso: string | null): Date | null {
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `on May 24`, `June 3, 2027`, `in 2028`: a day or year after publication. */
function mentionsLaterDate(tokens: readonly Token[], published: Date): boolean {
  const year = published.getUTCFullYear();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted) continue;
    const month = t.kind === 'word' && t.cap ? MONTHS.indexOf(t.norm) : -1;
    if (month >= 0) {
      const dayTok = tokens[i + 1];
      const day = dayTok?.kind === 'number' && /^\d{1,2}$/u.test(dayTok.text) ? Number(dayTok.text) : null;
      if (day === null) continue;
      const yearTok = tokens[i + 3];
      const y = tokens[i + 2]?.text === ',' && yearTok?.kind === 'number' && /^\d{4}$/u.test(yearTok.text) ? Number(yearTok.text) : year;
      if (Date.UTC(y, month, day) > published.getTime()) return true;
    } else if (t.kind === 'number' && /^\d{4}$/u.test(t.text) && /^(in|by|until|from|before)$/u.test(tokens[i - 1]?.norm ?? '')) {
      if (Number(t.text) > year) return true;
    }
  }
  return false;
}
