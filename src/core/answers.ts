/**
 * Questions in, Answers out: what every command returns, whatever the platform.
 * Expected misses (no match, unknown article, empty question) are Answers with an
 * `error` or `note`, never exceptions.
 */
import { findArticle, type Corpus, type Passage, type PersonEntry } from './corpus.ts';
import { quoteSentences } from './quote.ts';
import { answerTypeOf, holdsAnswer, POOL, questionWordsOf, rankSentences, REFERS_BACK, type RankedSentence, type SentenceTest } from './rank.ts';
import { addCompounds, conceptTerms, documentFrequency, nearTerms, passageWith, planQuery, processTerm, searchPassages, termSpans, tokenize } from './search.ts';
import { fold } from './text.ts';
import { count } from './count.ts';
import { failed, type Answer, type AnswerItem, type Article } from './types.ts';

export const MAX_QUESTION_LENGTH = 500;
/** How many passages an /ask answer shows at most. */
const MAX_ASK_ITEMS = 3;
/** Passages scoring below this share of the best one are noise, not answers. */
const MIN_RELATIVE_SCORE = 0.2;

export type Scope = { ok: true; articles: Article[] | null } | { ok: false; answer: Answer };

/** Resolve an optional `article:` option into the articles a command covers (null = all). */
export function scope(corpus: Corpus, command: string, input: string, article: string | undefined): Scope {
  if (article === undefined || article.trim() === '') return { ok: true, articles: null };
  const match = findArticle(corpus, article);
  if (match.ok) return { ok: true, articles: [match.article] };
  const error = match.candidates.length
    ? `"${clip(article)}" matches several articles: ${match.candidates.slice(0, 5).map((a) => `${a.id} (${a.title})`).join(', ')}. Give one of these ids.`
    : `No article matches "${clip(article)}". /sources lists them.`;
  return { ok: false, answer: failed(input, command, error) };
}

/** Answer a free question with the best passages' best sentences, best first. */
export function ask(corpus: Corpus, question: string, options: { article?: string | undefined } = {}, input = question): Answer {
  const base = { input, command: 'ask' };
  const text = question.trim();
  if (!text) return failed(input, 'ask', 'Ask a question, for example: "What happened?" or "Who is involved?"');
  if (text.length > MAX_QUESTION_LENGTH) {
    return failed(input, 'ask', `That question is ${text.length} characters long; keep it under ${MAX_QUESTION_LENGTH}.`);
  }
  const scoped = scope(corpus, 'ask', input, options.article);
  if (!scoped.ok) return scoped.answer;

  // Words that say what kind of answer is wanted rather than its topic ("Who *supports* X?",
  // "What is X's *role*?", "What does X *want*?") go to the intent, not the search: searched,
  // they would match every "support" or "role" the articles mention.
  const frame = [
    /^\s*(who|whom)\b/i.test(text) ? STANCE.exec(text)?.[0] : undefined,
    ROLE_QUESTION.exec(text)?.[1],
    INTENTION_QUESTION.exec(text)?.[1],
    PLACE_KIND.exec(text)?.[1],
    HOW_MANY.exec(text)?.[1],
  ].filter((w): w is string => Boolean(w));
  const searched = frame.reduce((q, word) => q.replace(word, ' '), text);
  const { weights: terms, concept } = conceptTerms(searched);
  if (terms.size === 0) {
    return { ...base, items: [], note: 'That question has no words to look for. Try naming a person, place or topic.' };
  }
  addCompounds(corpus, searched, terms, concept);
  const plan = planQuery(corpus, terms);
  const results = searchPassages(corpus, plan, { within: scoped.articles, limit: POOL });
  if (results.length === 0) return { ...base, items: [], note: noMatchNote(corpus, text) };

  const ranked = rankSentences(corpus, results, {
    weights: terms,
    concept,
    plan,
    intent: questionIntent(text, corpus),
    answer: answerTest(text, corpus),
    scope: scoped.articles?.length === 1 ? scoped.articles[0]! : null,
  });
  if (ranked.length === 0) return { ...base, items: [], note: noMatchNote(corpus, text) };
  // One item per paragraph: its best sentence, with the sentence before when it refers back.
  const seen = new Set<Passage>();
  const best = ranked[0]!.score;
  const chosen: RankedSentence[] = [];
  for (const r of ranked) {
    if (chosen.length === MAX_ASK_ITEMS || r.score < best * MIN_RELATIVE_SCORE) break;
    if (seen.has(r.passage)) continue;
    seen.add(r.passage);
    chosen.push(r);
  }
  const typed = typedFallback(chosen, ranked, seen);
  if (typed) chosen.splice(Math.min(chosen.length, MAX_ASK_ITEMS - 1), 1, typed);
  const items: AnswerItem[] = chosen.map((r) => {
    const sentences = withCompanion(r, ranked);
    return {
      heading: null,
      detail: null,
      quotes: [quoteSentences(r.passage.article, r.passage.paragraph, sentences.quote, sentences.matched)],
      confidence: confidence(r),
    };
  });
  return { ...base, items };
}

/**
 * When the question asks for a kind of thing (a date for "when") and the best match is about the
 * right subject but lacks it, the article's best sentence that holds it gets the last place: the
 * answer often shares no word with the question ("…from October 1" for "when will the closure
 * start?") and is found only beside the sentence that names the subject.
 */
function typedFallback(chosen: RankedSentence[], ranked: RankedSentence[], seen: Set<Passage>): RankedSentence | null {
  const first = chosen[0];
  if (!first || first.typed || chosen.some((r) => r.typed && r.passage.article === first.passage.article)) return null;
  return ranked.find((r) => r.typed && r.score > 0 && r.passage.article === first.passage.article && !seen.has(r.passage)) ?? null;
}

/** A second sentence of the paragraph joins the quote when it scores at least this share of the first. */
const COMPANION = 0.5;
/** A quote shorter than this (characters) is followed by the paragraph's next sentence, and so is one followed by a sentence this short that refers back: the answer often comes right after. */
const SHORT_QUOTE = 100;

/**
 * The sentences an item quotes: the ranked sentence (with its antecedent), plus the paragraph's
 * next best sentence when it is nearly as good and holds words the first lacks, or else the
 * following sentence when the quote is short or that sentence is a short one referring back.
 */
function withCompanion(r: RankedSentence, ranked: RankedSentence[]): { quote: number[]; matched: Set<string> } {
  const other = ranked.find((o) => o.passage === r.passage && !r.quote.includes(o.sentence) && o.score >= r.score * COMPANION);
  if (other && [...other.matched].some((t) => !r.matched.has(t))) {
    return { quote: [...new Set([...r.quote, ...other.quote])], matched: new Set([...r.matched, ...other.matched]) };
  }
  const sentences = r.passage.paragraph.sentences;
  const length = r.quote.reduce((n, i) => n + sentences[i]!.text.length, 0);
  const next = Math.max(...r.quote) + 1;
  const after = sentences[next]?.text;
  // A short sentence that goes on about what the quote named ("It in turn evolved into…") often
  // holds the answer itself.
  const follows = after !== undefined && (length < SHORT_QUOTE || (after.length < SHORT_QUOTE && REFERS_BACK.test(after)));
  return follows ? { quote: [...r.quote, next], matched: r.matched } : r;
}

/**
 * A test for a sentence holding what the question asks for and does not already say: a number
 * right before the counted noun for "how many X", else a date, number or name (see `holdsAnswer`).
 */
function answerTest(question: string, corpus: Corpus): SentenceTest | null {
  const text = (p: Passage, i: number) => p.paragraph.sentences[i]?.text ?? '';
  // "Who is X?", "What is X's role?": the sentence that introduces X, which carries the role.
  const named = ROLE_QUESTION.test(question) || /^\s*who\s+(is|was)\s/i.test(question) ? peopleNamed(corpus, question) : [];
  if (named.length) {
    return (p, i) => named.some((e) => e.article === p.article && e.person.intro.paragraph === p.paragraph.index && e.person.intro.sentence === i);
  }
  const counted = /\bhow many\s+(\p{L}+)/iu.exec(question)?.[1];
  const noun = counted ? termSpans(counted)[0]?.term : undefined;
  if (noun) return (p, i) => countsAt(text(p, i), noun);
  const type = answerTypeOf(question);
  if (!type) return null;
  const words = questionWordsOf(question);
  return (p, i) => holdsAnswer(text(p, i), type, words);
}

/** How surely a ranked sentence answers: the share of the question's ideas it holds, less when it lacks the asked-for kind of thing. */
function confidence(r: RankedSentence): number {
  return Math.round(r.coverage * 100) / 100;
}

/** Below this, an /ask answer's first item is only the closest passage, not an answer. */
export const LOW_CONFIDENCE = 0.5;

/** The answer's best item is a weak match (or there is none). */
export function isLowConfidence(answer: Answer): boolean {
  const first = answer.items[0];
  return !first || (first.confidence ?? 1) < LOW_CONFIDENCE;
}

/** An /ask answer with items whose best is weak: renderers present them as the closest passages, not as the answer. */
export function isWeakAnswer(answer: Answer): boolean {
  return answer.command === 'ask' && answer.items.length > 0 && isLowConfidence(answer);
}

/** "In what *country*…": the answer names a country, it seldom says "country". */
const PLACE_KIND = /\b(?:what|which)\s+(countr(?:y|ies)|cit(?:y|ies)|towns?|regions?|states?|provinces?|islands?|continents?)\b/i;

/** "How *many*": searched, it matches every "many workers felt…" of the article. */
const HOW_MANY = /\bhow\s+(many|much)\b/i;

const WHEN_QUESTION = /^\s*(when|what (year|date|day|time|month))\b|\b(what|which) (year|date|day)\b|\bhow long ago\b/i;

type Intent = (passage: Passage, sentence: number) => boolean;

const MONTHS = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)\b/i;
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
const NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|percent)\b/i;
// An amount of money (or a share of one): what "how much" asks for.
const MONEY = /[$€£¥]\s?\d|\b\d[\d,.]*\s*(million|billion|thousand|pounds?|euros?|dollars?|francs?|yen|percent)\b|\d\s?%|\b(million|billion)\b/i;

const CAUSE = /\b(because|due to|owing to|as a result|after|amid|since|cit(ed|es|ing)|caused|reasons?|blam\w*|argu\w*|accus\w*|criticiz\w*|criticis\w*|so that|in order to)\b/i;
const STANCE = /\b(support(s|ed)?|back(s|ed)?|favou?r(s|ed)?|want(s|ed)?|oppose[sd]?|object(s|ed)?|against|critici[sz](es|ed|e)|argue[sd]?|call(s|ed)? for|push(es|ed)? for|defend(s|ed)?|blame[sd]?)\b/i;
const ROLE_QUESTION = /\b(position|role|job|title|post|occupation|function)\b/i;
const INTENTION_QUESTION = /\b(?:does|did|do|will)\s+[\p{L}'’ .-]+?\s+(want|propose|plan|intend|seek|demand|hope|aim|ask for|call for)\b/iu;
const FUTURE_QUESTION = /\b(will|would|could|might|may|going to|next|future|plans?|planned|expected|happens?|happen if|upcoming|later|follow|consequences?|impacts?|effects?|implications?|lead to)\b/i;

/**
 * What kind of answer a question wants, as a test on a sentence of a passage: a date for
 * "when", a number for "how many", a person for "who", a cause or an argument for "why",
 * a forward-looking sentence for "what will happen", a definition for "what is X".
 */
export function questionIntent(question: string, corpus: Corpus): Intent | null {
  const q = question.toLowerCase();
  const text = (p: Passage, i: number) => p.paragraph.sentences[i]?.text ?? '';
  const tests: Intent[] = [];
  if (WHEN_QUESTION.test(q)) {
    tests.push((p, i) => MONTHS.test(text(p, i)) || YEAR.test(text(p, i)));
  }
  const counted = /\bhow many\s+(\p{L}+)/u.exec(q)?.[1];
  if (counted) {
    // "How many homes…": a number right before the thing counted ("1,400 new homes").
    const noun = termSpans(counted)[0]?.term;
    tests.push((p, i) => (noun ? countsAt(text(p, i), noun) : NUMBER.test(text(p, i))));
  } else if (/\bhow much\b|\bcost\b|\bpaid\b|\bspen[dt]\b|\bprice\b/.test(q)) {
    tests.push((p, i) => MONEY.test(text(p, i)));
  } else if (/\b(what|which) (percentage|number|amount|share)\b/.test(q)) {
    tests.push((p, i) => NUMBER.test(text(p, i)));
  }
  if (/^\s*(who|whom|whose)\b/.test(q)) {
    // "Who supports / opposes / wants X" asks for a stance: someone's argument, not any mention.
    if (STANCE.test(q)) tests.push((p, i) => claimAt(corpus, p, i, 'argument'));
    else tests.push((p, i) => personAt(corpus, p, i) || claimAt(corpus, p, i));
  }
  if (/\b(why|because|reasons?|cause)\b/.test(q)) tests.push((p, i) => CAUSE.test(text(p, i)) || claimAt(corpus, p, i, 'argument'));
  if (FUTURE_QUESTION.test(q)) tests.push((p, i) => outlookAt(corpus, p, i));
  const named = ROLE_QUESTION.test(question) || INTENTION_QUESTION.test(question) ? peopleNamed(corpus, question) : [];
  if (named.length && ROLE_QUESTION.test(question)) {
    // "What is X's role?": the sentence that introduces X, which carries the role.
    tests.push((p, i) => named.some((e) => e.article === p.article && e.person.intro.paragraph === p.paragraph.index && e.person.intro.sentence === i));
  }
  if (named.length && INTENTION_QUESTION.test(question)) {
    // "What does X want?": what X claims, argues or announces.
    tests.push((p, i) => Boolean(corpus.extracted.get(p.article.id)?.claims.some(
      (c) => c.paragraph === p.paragraph.index && c.sentences.includes(i) && named.some((e) => e.article === p.article && e.person.name === c.by),
    )));
  }
  const defined = /^\s*(what|who)\s+(is|are|was|were)\s+(?:the\s+|an?\s+)?([^?]+?)\s*\??\s*$/i.exec(question)?.[3];
  if (defined) tests.push((p, i) => definesAt(text(p, i), defined));
  return tests.length ? (p, i) => tests.some((t) => t(p, i)) : null;
}

/** People of the knowledge that the question names, by any part of their names. */
function peopleNamed(corpus: Corpus, question: string): PersonEntry[] {
  const found = new Set<PersonEntry>();
  for (const word of fold(question).match(/\p{L}{3,}/gu) ?? []) for (const e of corpus.lists.peopleByWord.get(word) ?? []) found.add(e);
  return [...found];
}

/** The sentence states a claim (of at least the given strength: arguments and accusations give reasons). */
function claimAt(corpus: Corpus, p: Passage, sentence: number, least: 'statement' | 'argument' = 'statement'): boolean {
  return Boolean(
    corpus.extracted.get(p.article.id)?.claims.some(
      (c) => c.paragraph === p.paragraph.index && c.sentences.includes(sentence) && (least === 'statement' || c.kind !== 'statement'),
    ),
  );
}

/** The sentence names one of the people extraction found in the article. */
function personAt(corpus: Corpus, p: Passage, sentence: number): boolean {
  const text = fold(p.paragraph.sentences[sentence]?.text ?? '');
  return Boolean(
    corpus.lists.peopleOf.get(p.article.id)?.some((e) => e.person.paragraphs.includes(p.paragraph.index) && e.forms.split(' ').some((f) => f.length > 2 && text.includes(f))),
  );
}

function outlookAt(corpus: Corpus, p: Passage, sentence: number): boolean {
  return Boolean(corpus.extracted.get(p.article.id)?.outlook.some((o) => o.paragraph === p.paragraph.index && o.sentences.includes(sentence)));
}

const QUANTITY = /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)$/i;

/** A quantity at most two words before `noun` (stemmed), as in `120,000 daily passengers`. */
function countsAt(sentence: string, noun: string): boolean {
  const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N},.'-]*/gu) ?? [];
  return words.some((word, i) => {
    if (termSpans(word)[0]?.term !== noun) return false;
    return words.slice(Math.max(0, i - 3), i).some((w) => QUANTITY.test(w.replace(/[.,]$/, '')));
  });
}

/** `X, a …`, `X is a …`, `… (X)`: the sentence says what X is. */
function definesAt(sentence: string, subject: string): boolean {
  const words = new Set(termSpans(subject).map((t) => t.term));
  return termSpans(sentence).some((span) => {
    if (!words.has(span.term)) return false;
    const after = sentence.slice(span.end);
    const before = sentence.slice(0, span.start);
    return /^['\u2019]?s?\)?\s*(,\s+(a|an|the)\s|\s+(is|was|are|were)\s+(a|an|the)\s)/i.test(after) || /\($/.test(before);
  });
}

/**
 * For a question that matches nothing: for each asked word the articles lack, the article words
 * spelled closest to it (one edit for short words, two for long ones), in their own spelling.
 * Only close spellings of the asked words: never a word that merely shares a prefix or a stem.
 */
function noMatchNote(corpus: Corpus, question: string): string {
  const suggestions: string[] = [];
  for (const token of tokenize(question)) {
    const term = processTerm(token);
    if (!term || documentFrequency(corpus, term) > 0) continue;
    const asked = fold(token);
    const edits = asked.length >= 8 ? 2 : asked.length >= 4 ? 1 : 0;
    if (edits === 0) continue;
    let best: { word: string; distance: number } | null = null;
    // Index terms are stems (`franc` for France): one edit more there, then judged on the article's spelling.
    for (const candidate of nearTerms(corpus, term, edits + 1)) {
      const word = surfaceWord(corpus, candidate);
      if (!word) continue;
      const distance = editDistance(asked, fold(word), edits);
      if (distance <= edits && (!best || distance < best.distance)) best = { word, distance };
    }
    if (best && !suggestions.includes(best.word)) suggestions.push(best.word);
  }
  const tail = suggestions.length ? ` Did you mean: ${suggestions.slice(0, 3).join(', ')}?` : ' /sources lists the articles I know.';
  return `Nothing in the articles matches "${clip(question)}".${tail}`;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The word as an article writes it, for an index term (a stem is not something to show a person). */
function surfaceWord(corpus: Corpus, term: string): string | null {
  const text = passageWith(corpus, term)?.paragraph.text;
  if (!text) return null;
  const span = termSpans(text).find((s) => s.term === term);
  return span ? text.slice(span.start, span.end).replace(/['\u2019]\p{L}{0,2}$/u, '') : null;
}

/**
 * The articles the bot knows, one item each. `served` adds a note naming the knowledge
 * version (and shard), so members can check that every shard serves the same articles.
 */
export function sources(corpus: Corpus, input = '', served: { version?: string | undefined; shard?: { id: number; count: number } | undefined } = {}): Answer {
  const about = served.version ? [`Knowledge version ${served.version}`, served.shard ? `shard ${served.shard.id} of ${served.shard.count}` : null].filter(Boolean).join(' · ') : '';
  const note = [corpus.articles.length ? '' : 'No articles are loaded.', about].filter(Boolean).join(' ');
  return {
    input,
    command: 'sources',
    items: corpus.articles.map((a) => ({
      heading: a.title,
      detail: [`id: ${a.id}`, a.published ? `published ${a.published}` : null, count(a.paragraphs.length, 'passage'), a.source]
        .filter(Boolean)
        .join(' · '),
      quotes: [],
    })),
    ...(note ? { note } : {}),
  };
}

export interface CommandHelp {
  /** How to type it, e.g. `/knowledge add file:… | url:… [replace:…]`: one entry per subcommand. */
  usage: string;
  description: string;
}

/** The command list, one item per command, from the same definitions the commands use. */
export function help(commands: CommandHelp[], input = ''): Answer {
  return {
    input,
    command: 'help',
    items: commands.map((c) => ({
      heading: c.usage,
      detail: c.description,
      quotes: [],
    })),
    note: 'Every answer quotes the articles word for word and cites article, section and paragraph. You can also mention me with a question.',
  };
}

function clip(text: string, max = 80): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
