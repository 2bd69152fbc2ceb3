/**
 * Which sentences answer a question. MiniSearch finds candidate paragraphs; here every sentence
 * of the best candidates is scored on its own with BM25, because the answer to a question is
 * usually one sentence and a paragraph's other sentences only dilute it. What the reader asked
 * for adds to that: a date for "when", a number for "how many", a name for "who" and "where"
 * that the question does not already hold; a sentence opening on "He" or "However" borrows
 * from, and is quoted with, the sentence before it.
 */
import type { Corpus, Passage } from './corpus.ts';
import type { Article, Paragraph } from './types.ts';
import { documentFrequency, termSpans, type Hit, type QueryPlan } from './search.ts';
import { fold, isPointer } from './text.ts';

/** BM25 term-frequency saturation: a word said twice in a sentence is not twice the answer. */
const K1 = 0.6;
/** BM25 length normalisation, low: sentences vary less in length than documents, and a long one is not padding. */
const B = 0.3;
/** How many of the best candidate paragraphs have their sentences scored. */
export const POOL = 60;
/** How many of the best sentences are tested for what the question asks for. */
const TESTED = 40;
/** A query word matched only through typo tolerance or a prefix counts this much of a word. */
const INEXACT = 0.5;
/** A sentence opening on a pronoun or linking word borrows this share of what the one before it matched. */
const ANTECEDENT_SHARE = 0.5;
/** Any sentence borrows this share of what the rest of its paragraph matched. */
const PARAGRAPH_SHARE = 0.2;
/** A sentence holding few of the question's ideas is discounted by (share held)^this: one rare word is not an answer. */
const COORDINATION = 0.5;
/** A query word found only in the paragraph's section heading or the article's title counts this much. */
const HEADING_SHARE = 0.3;
/** A sentence holding what the question asks for (a date for "when"…) scores this much more. */
const ANSWER_TYPE_BONUS = 0.3;
/** The older intent test (people, claims, outlook extracted from the article) scores this much more. */
const INTENT_BONUS = 0.3;
/** A sentence whose neighbour holds what the question asks for is quoted with it, and gets this share of the bonus. */
const ADJACENT_INTENT = 0.5;
/** A quote without the kind of thing the question asks for (no date for "when") answers it less surely. */
const UNTYPED_DOUBT = 0.75;
/** "For more details, see our…" matches the topic's words but answers nothing. */
const POINTER_PENALTY = 0.4;

export type SentenceTest = (passage: Passage, sentence: number) => boolean;

export interface Query {
  /** Query terms with their weight (1 for the reader's words, less for synonyms). */
  weights: Map<string, number>;
  /** The reader's word each term stands for: a word and its synonyms are one idea. */
  concept: Map<string, string>;
  plan: QueryPlan;
  /** A test for the kind of sentence the question asks for, if it asks for one. */
  intent: SentenceTest | null;
  /** A test for a sentence holding the kind of thing the question asks for (a date, a count…), if it says. */
  answer: SentenceTest | null;
  /** The one article the question is asked about (`article:`), if any. */
  scope: Article | null;
}

export interface RankedSentence {
  passage: Passage;
  sentence: number;
  /** Sentences to quote, in article order: the sentence, and the one before it when it refers back. */
  quote: number[];
  score: number;
  /** Share (0–1) of the question's ideas, weighted by rarity, that the quoted sentences state in the reader's own words (a synonym, a typo match or the heading count less). */
  coverage: number;
  /** Index terms to highlight. */
  matched: Set<string>;
  /** The sentence holds the kind of thing the question asks for. */
  typed: boolean;
  /** Its own BM25 score, before context and bonuses. */
  own: number;
}

/** Score every sentence of the best candidate paragraphs, best first. */
export function rankSentences(corpus: Corpus, results: Hit[], query: Query): RankedSentence[] {
  // Asked about one article, a word's rarity is its rarity among that article's sentences (the
  // article's own subject is in most of them, whatever else the knowledge holds); otherwise
  // among all passages.
  const local = query.scope ? sentenceFrequencies(query.scope) : null;
  const N = local ? Math.max(1, local.sentences) : Math.max(1, corpus.passageCount);
  const idfCache = new Map<string, number>();
  const idf = (term: string) => {
    let value = idfCache.get(term);
    if (value === undefined) {
      const df = local ? (local.df.get(term) ?? 0) : documentFrequency(corpus, term);
      value = Math.log(1 + (N - df + 0.5) / (df + 0.5));
      idfCache.set(term, value);
    }
    return value;
  };
  // Each idea's worth: its best term's weight times that term's rarity.
  const ideaWorth = new Map<string, number>();
  for (const [term, weight] of query.weights) {
    const idea = query.concept.get(term) ?? term;
    if (weight < 1) continue;
    ideaWorth.set(idea, Math.max(ideaWorth.get(idea) ?? 0, weight * idf(term)));
  }
  const totalWorth = [...ideaWorth.values()].reduce((s, v) => s + v, 0) || 1;

  const pool = results.slice(0, POOL);
  const headings = new Map<string, Map<string, number>>();
  const paragraphs = pool.map((hit) => readParagraph(hit.passage, hit, query, idf, headings));
  let totalLength = 0;
  let count = 0;
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      totalLength += s.length;
      count++;
    }
  }
  const avgLength = count ? totalLength / count : 1;

  const ranked: RankedSentence[] = [];
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      const norm = K1 * (1 - B + (B * Math.max(1, s.length)) / avgLength);
      for (const [term, f] of s.tf) {
        const w = p.want(term)!;
        const value = w.weight * idf(term) * ((f * (K1 + 1)) / (f + norm));
        if (value > (s.ideas.get(w.idea) ?? 0)) s.ideas.set(w.idea, value);
        s.strength.set(w.idea, Math.max(s.strength.get(w.idea) ?? 0, w.weight));
      }
    }
    const anywhere = new Set<string>();
    for (const s of p.sentences) for (const idea of s.ideas.keys()) anywhere.add(idea);
    p.sentences.forEach((s, i) => {
      const own = sum(s.ideas);
      // A sentence without a query word may still answer ("…from October 1" after "the night
      // closure" was named): it stays a candidate when its paragraph or heading matched.
      if (own === 0 && !(anywhere.size || p.heading.size)) return;
      const before = i > 0 ? p.sentences[i - 1]! : null;
      let score = own;
      const quote = [i];
      const held = new Map(s.ideas);
      const terms = new Set(s.tf.keys());
      const refers = Boolean(before) && REFERS_BACK.test(p.passage.paragraph.sentences[i]!.text);
      if (before && refers) {
        const borrowed = extra(before.ideas, s.ideas);
        score += ANTECEDENT_SHARE * borrowed;
        // Quoted with its antecedent, so "He" has someone to refer to.
        quote.unshift(i - 1);
        for (const [idea, v] of before.ideas) if (!held.has(idea)) held.set(idea, v);
        for (const term of before.tf.keys()) terms.add(term);
      }
      // The rest of the paragraph is the sentence's context: "the closure" names what "it" is.
      const context = new Map<string, number>();
      for (const other of p.sentences) for (const [idea, v] of other.ideas) if (!held.has(idea)) context.set(idea, Math.max(context.get(idea) ?? 0, v));
      score += PARAGRAPH_SHARE * sum(context);
      // Words of the heading and title say what the whole paragraph is about.
      score += HEADING_SHARE * extra(p.heading, held);
      let covered = 0;
      let direct = 0;
      for (const [idea, worth] of ideaWorth) {
        if (held.has(idea) || p.heading.has(idea)) covered += worth;
        const strength = Math.max(s.strength.get(idea) ?? 0, refers ? (before?.strength.get(idea) ?? 0) : 0);
        direct += worth * (strength || (p.heading.has(idea) ? HEADING_SHARE : 0));
      }
      score *= (covered / totalWorth) ** COORDINATION;
      ranked.push({ passage: p.passage, sentence: i, quote, score, coverage: direct / totalWorth, matched: terms, typed: false, own });
    });
  }
  // What the question asks for decides among the best candidates; testing every sentence of every
  // candidate paragraph (people, claims, dates) would cost more than the search itself.
  ranked.sort((a, b) => b.score - a.score);
  const tested = ranked.slice(0, TESTED).filter((r) => {
    const { passage, sentence: i } = r;
    if (isPointer(passage.paragraph.sentences[i]!.text)) r.score *= POINTER_PENALTY;
    r.typed = query.answer?.(passage, i) ?? false;
    if (r.typed) r.score *= 1 + ANSWER_TYPE_BONUS;
    else if (query.answer) r.coverage *= UNTYPED_DOUBT;
    let wanted = query.intent?.(passage, i) ?? false;
    if (wanted) r.score *= 1 + INTENT_BONUS;
    else if (query.intent) {
      // "The company blamed rising costs" answers why right after the sentence that matched.
      const count = passage.paragraph.sentences.length;
      const next = [i + 1, i - 1].find((j) => j >= 0 && j < count && !r.quote.includes(j) && query.intent!(passage, j));
      if (next !== undefined) {
        r.quote.push(next);
        r.score *= 1 + INTENT_BONUS * ADJACENT_INTENT;
        wanted = true;
      }
    }
    return r.own > 0 || r.typed || wanted;
  });
  const rest = ranked.slice(TESTED).filter((r) => r.own > 0);
  for (const r of rest) if (query.answer) r.coverage *= UNTYPED_DOUBT;
  return [...tested, ...rest].sort((a, b) => b.score - a.score || passageOrder(a.passage, b.passage) || a.sentence - b.sentence);
}

type Want = (term: string) => { idea: string; weight: number } | undefined;

interface SentenceTerms {
  /** Query terms in the sentence and how often each occurs. */
  tf: Map<string, number>;
  /** Index terms in the sentence, for length normalisation. */
  length: number;
  /** Each matched idea's BM25 score. */
  ideas: Map<string, number>;
  /** How directly each idea is matched: 1 for the reader's own word, less for a synonym or a typo match. */
  strength: Map<string, number>;
}

/** A candidate paragraph's sentences, with the query terms each holds. */
function readParagraph(passage: Passage, result: Hit, query: Query, idf: (term: string) => number, headings: Map<string, Map<string, number>>) {
  // Terms MiniSearch matched by typo tolerance or a prefix stand for the unknown query word.
  const inexact = new Map<string, { idea: string; weight: number }>();
  const unknown = [...query.plan.unknown];
  for (const term of result.terms) {
    if (query.weights.has(term)) continue;
    const source = unknown.find((u) => term.startsWith(u) || u.startsWith(term)) ?? unknown[0];
    if (source) inexact.set(term, { idea: query.concept.get(source) ?? source, weight: INEXACT * (query.weights.get(source) ?? 1) });
  }
  const want: Want = (term) => {
    const weight = query.weights.get(term);
    return weight !== undefined ? { idea: query.concept.get(term) ?? term, weight } : inexact.get(term);
  };
  const sentences: SentenceTerms[] = sentenceTerms(passage.paragraph).map((terms) => {
    const tf = new Map<string, number>();
    for (const term of terms) if (query.weights.has(term) || inexact.has(term)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return { tf, length: terms.length, ideas: new Map(), strength: new Map() };
  });
  // Paragraphs of one section share their heading and title: read those once per question.
  const key = inexact.size ? null : `${passage.article.id}\u0000${passage.paragraph.section ?? ''}`;
  let heading = key ? headings.get(key) : undefined;
  if (!heading) {
    heading = headingIdeas(passage, want, idf);
    if (key) headings.set(key, heading);
  }
  return { passage, sentences, want, heading };
}

/**
 * Recently read paragraphs' index terms, sentence by sentence. Tokenising and stemming the
 * candidate paragraphs was a third of a question's time, and questions about one story keep
 * reading the same paragraphs; the oldest are forgotten first, so memory stays bounded.
 */
const TERMS = new Map<Paragraph, string[][]>();
const TERMS_KEPT = 20_000;

function sentenceTerms(paragraph: Paragraph): string[][] {
  const known = TERMS.get(paragraph);
  if (known) return known;
  const bounds = paragraph.sentences;
  const terms: string[][] = bounds.map(() => []);
  let s = 0;
  for (const span of termSpans(paragraph.text)) {
    while (s < bounds.length - 1 && span.start >= bounds[s]!.end) s++;
    terms[s]!.push(span.term);
  }
  if (TERMS.size >= TERMS_KEPT) TERMS.delete(TERMS.keys().next().value!);
  TERMS.set(paragraph, terms);
  return terms;
}

/** Recently asked-about articles' sentence frequencies: a conversation stays on one article, and the cache stays small. */
const FREQUENCIES = new Map<Article, { sentences: number; df: Map<string, number> }>();
const FREQUENCIES_KEPT = 8;

/** In how many of the article's sentences each term occurs. */
function sentenceFrequencies(article: Article): { sentences: number; df: Map<string, number> } {
  const known = FREQUENCIES.get(article);
  if (known) return known;
  const df = new Map<string, number>();
  let sentences = 0;
  for (const paragraph of article.paragraphs) {
    for (const sentence of paragraph.sentences) {
      sentences++;
      for (const term of new Set(termSpans(sentence.text).map((span) => span.term))) df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  if (FREQUENCIES.size >= FREQUENCIES_KEPT) FREQUENCIES.delete(FREQUENCIES.keys().next().value!);
  const frequencies = { sentences, df };
  FREQUENCIES.set(article, frequencies);
  return frequencies;
}

function sum(values: Map<string, number>): number {
  let total = 0;
  for (const v of values.values()) total += v;
  return total;
}

/** What `other` matched that `own` did not. */
function extra(other: Map<string, number>, own: Map<string, number>): number {
  let total = 0;
  for (const [idea, v] of other) if (!own.has(idea)) total += v;
  return total;
}

function headingIdeas(passage: Passage, want: Want, idf: (term: string) => number): Map<string, number> {
  const ideas = new Map<string, number>();
  for (const text of [passage.paragraph.section ?? '', passage.article.title]) {
    for (const span of termSpans(text)) {
      const w = want(span.term);
      if (w) ideas.set(w.idea, Math.max(ideas.get(w.idea) ?? 0, w.weight * idf(span.term)));
    }
  }
  return ideas;
}

/** A sentence that leans on the one before: `He appointed…`, `However, …`, `This led to…`. */
export const REFERS_BACK =
  /^(?:["'\u201C(]\s*)?(he|she|it|they|his|her|its|their|them|this|these|those|that|such|there|both|however|but|also|then|thus|therefore|hence|moreover|furthermore|nevertheless|consequently|meanwhile|instead|later|afterwards|subsequently|in addition|as a result|in turn|the latter|the former|the same|after this|despite this|because of this)\b/i;

export type AnswerType = 'date' | 'number' | 'person' | 'place';

/** What a question asks for, when its first words say it. */
export function answerTypeOf(question: string): AnswerType | null {
  const q = question.trim().toLowerCase();
  if (/^(when|(in|by|from|until|since) (what|which) (year|decade|century|month|date))\b|\b(what|which) (year|decade|century|month|date|day)\b|\bhow long ago\b/.test(q)) return 'date';
  if (/\bhow (many|much|long|old|far|big|large|high|tall)\b|\b(what|which) (percentage|percent|number|amount|share|proportion)\b/.test(q)) return 'number';
  if (/^(who|whom|whose)\b|\b(by|to|for|from|with) whom\b/.test(q)) return 'person';
  const place = '(countr(y|ies)|cit(y|ies)|towns?|regions?|states?|places?|areas?|count(y|ies)|provinces?|islands?|continents?)';
  if (new RegExp(`^where\\b|\\b(in|to|from|at|into) (what|which) ${place}\\b|^(what|which) ${place}\\b`).test(q)) return 'place';
  return null;
}

const MONTH = /\b(jan(uary)?|feb(ruary)?|march|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const DATE = /\b(1\d{3}|20\d\d|\d{1,4}0s)\b|\b\d+(st|nd|rd|th)( and \d+(st|nd|rd|th))? centur(y|ies)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first) centur(y|ies)\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(in|by|from|until|till|since|around|about|circa|c\.|before|after|of|to|AD|BC|BCE|CE) \d{3,4}\b(?! (%|percent|people|men|soldiers|km|miles|metres|meters|feet|pounds|dollars|euros|tons|tonnes))/i;
const DATES = new RegExp(DATE.source, 'gi');
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|percent)$/i;
// Capitalised words that begin sentences or name the calendar rather than someone or somewhere.
const NOT_NAMES = new Set(
  `the a an this that these those it its he she they his her their in on at by for from with of to and but or as after before
  during when while if there then however although though since until i we you our my january february march april may june july
  august september october november december monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/** The sentence holds a thing of the asked type that the question does not already name. */
export function holdsAnswer(sentence: string, type: AnswerType, questionWords: Set<string>): boolean {
  const tokens = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const fresh = (word: string) => !questionWords.has(fold(word));
  switch (type) {
    case 'date':
      return [...sentence.matchAll(DATES)].some((m) => fresh(m[0].match(/\d+\S*/)?.[0] ?? m[0])) || tokens.some((w) => MONTH.test(w) && /^\p{Lu}/u.test(w) && fresh(w));
    case 'number':
      return tokens.some((w) => fresh(w) && (/^\p{N}/u.test(w) || NUMBER_WORD.test(w)));
    case 'person':
    case 'place':
      // A capitalised word inside the sentence (not its first word) that the question lacks.
      return tokens.slice(1).some((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(fold(w)) && fresh(w));
  }
}

/** The folded words of a question, to tell an answer from a repetition of the question. */
export function questionWordsOf(question: string): Set<string> {
  return new Set((question.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map(fold));
}

/** Article order, then paragraph order: ties are broken the same way however the corpus is split. */
function passageOrder(a: Passage, b: Passage): number {
  if (a.article !== b.article) return a.article.id < b.article.id ? -1 : 1;
  return a.paragraph.index - b.paragraph.index;
}
