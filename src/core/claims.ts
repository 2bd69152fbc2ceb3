/**
 * Claims, allegations and arguments an article reports, each with who made it. Pure and
 * general: a claim is a sentence with a reporting or claim verb outside quotation marks
 * (`accused`, `argued`, `said`, `described … as`, `pointed to`, `according to`) whose
 * subject is found by these rules, first match wins:
 *
 * 1. `…, said X` / `"…," said the board`: an inverted subject after the verb.
 * 2. A person mention right before the verb, adverbs and auxiliaries allowed between
 *    (`Moreau also pointed to`, `Opponents have said`).
 * 3. A pronoun: `she`/`he` is the subject of the current sentence if it has one, else of the
 *    latest sentence that had a person as subject, else the last person mentioned, skipping
 *    people of the other gender when it is known (courtesy titles, gendered roles, earlier
 *    pronouns); `they`/`it` is the latest group that made a claim.
 * 4. A comma before the verb closes an apposition: the person or group before the opening
 *    comma (`Professor Ida Berg, who chairs …, argued`, `The director, X, said`).
 * 5. `, who argue that …`: the person or noun phrase before `who`
 *    (`younger voters in rural districts, who argue`).
 * 6. A second verb joined by `and`/`but` or an `-ing` form (`…, suggesting that`) keeps the
 *    subject of the sentence's previous claim.
 * 7. Otherwise the noun phrase before the verb, if it names a group or a role (`Organisers
 *    said`, `the company blamed`, `Smith's lawyer said`); a role that exactly one person
 *    holds is that person (`the judge wrote` -> the judge). Phrases opening with `This`/`These`/`It` are the article's own
 *    analysis (`This statement reflects …`) and never claims.
 * Passives are claims only with a `by` agent; a modal (`could explain`) or a negation
 * (`did not say`) between subject and verb reports nothing. A sentence that is only a
 * quotation and follows a claim is added to it, and so is the opening sentence of a
 * quotation whose attribution comes in the next sentence.
 */
import {
  ANALYSIS_OPENERS,
  CLAIM_PARTICIPLES,
  CLAIM_VERBS,
  DETERMINERS,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  GROUP_PRONOUNS,
  HARD_PREPOSITIONS,
  PASSIVE_AUX,
  PERSON_PRONOUNS,
  VERB_GAP_WORDS,
  type ClaimVerb,
} from './nlp-lexicon.ts';
import { TITLE_MODIFIERS, TITLE_NOUNS } from './nlp-lexicon-people.ts';
import { MentionMatcher, type Mention } from './nlp-mentions.ts';
import { sentenceTokens, type Token } from './nlp-tokens.ts';
import type { Person } from './people.ts';
import { fold } from './text.ts';
import type { Article } from './types.ts';

export interface Claim {
  /** A Person.name, a group phrase as written (`Organisers`), or null when unknown. */
  by: string | null;
  /** Paragraph.index. */
  paragraph: number;
  /** Sentence indexes within the paragraph that state the claim, ascending. */
  sentences: number[];
  kind: 'accusation' | 'argument' | 'statement';
}

type Subject = { person: number } | { group: string } | { unknown: true };

/** Claims in article order; one per sentence and claimant. */
export function extractClaims(article: Article, people: readonly Person[]): Claim[] {
  const lower = new Set<string>();
  for (const p of article.paragraphs) {
    for (const s of p.sentences) for (const t of sentenceTokens(s)) if (t.kind === 'word' && !t.cap) lower.add(t.norm);
  }
  const targets = people.map((p, id) => {
    const words = p.name.split(/\s+/u);
    return { id, forms: [p.name, ...p.aliases, ...(words.length > 1 ? [words[words.length - 1]!] : [])] };
  });
  const matcher = new MentionMatcher(targets, (norm) => lower.has(norm) || FUNCTION_WORDS.has(norm));
  const state: State = {
    subjects: [],
    mentioned: [],
    gender: initialGenders(people),
    roleHeads: people.map((p) => roleHeads(p.role)),
    lastGroup: null,
    sentence: 0,
  };
  const claims: Claim[] = [];

  for (const paragraph of article.paragraphs) {
    let previous: Claim | null = null;
    // A quotation-only sentence no claim took yet: the start of a quotation attributed later.
    let pendingQuote: number | null = null;
    paragraph.sentences.forEach((sentence, si) => {
      state.sentence++;
      const tokens = sentenceTokens(sentence);
      const mentions = matcher.find(tokens);
      const found = claimsInSentence(tokens, sentence.text, mentions, state);
      if (found.length === 0) {
        // A quotation-only sentence continues the claim before it.
        const quotationOnly = isQuotationOnly(tokens);
        if (previous && previous.sentences[previous.sentences.length - 1] === si - 1 && quotationOnly) {
          previous.sentences.push(si);
          pendingQuote = null;
        } else {
          previous = null;
          pendingQuote = quotationOnly ? si : null;
        }
        return;
      }
      // `"The city cannot wait. Nobody said it would be easy," Braun added.`: the attribution
      // covers the quotation's first sentence too.
      const opensQuoted = tokens.find((t) => t.kind !== 'punct')?.quoted === true;
      const lead = pendingQuote === si - 1 && opensQuoted ? [si - 1] : [];
      pendingQuote = null;
      const bySentence = new Map<string, Claim>();
      for (const f of found) {
        const by = 'person' in f.subject ? people[f.subject.person]!.name : 'group' in f.subject ? f.subject.group : null;
        const key = by ?? '\u0000';
        const existing = bySentence.get(key);
        if (existing) {
          if (rank(f.kind) > rank(existing.kind)) existing.kind = f.kind;
          continue;
        }
        const claim: Claim = { by, paragraph: paragraph.index, sentences: [...lead, si], kind: f.kind };
        bySentence.set(key, claim);
        claims.push(claim);
      }
      previous = [...bySentence.values()].pop() ?? null;
    });
  }
  return claims;
}

interface State {
  /** Recent sentence subjects that were people, latest last, for `she`/`he`. */
  subjects: number[];
  /** Recently mentioned people, latest last. */
  mentioned: number[];
  /** Gender learnt from courtesy titles, gendered roles and earlier pronouns. */
  gender: Map<number, 'f' | 'm'>;
  /** Folded title nouns of each person's role, to read `the mayor said` as the mayor. */
  roleHeads: Array<Set<string>>;
  lastGroup: { phrase: string; sentence: number } | null;
  sentence: number;
}

const FEMININE = /^(mrs|ms|miss|mme|mlle|madame|dame|lady|queen|princess|duchess|countess|baroness|empress|actress|chairwoman|spokeswoman|congresswoman|councilwoman|businesswoman|alderwoman|sister|mother|grandmother|wife|daughter|widow|nun|headmistress)$/u;
const MASCULINE = /^(mr|sir|lord|king|prince|duke|count|baron|emperor|chairman|spokesman|congressman|councilman|businessman|brother|father|grandfather|husband|son|widower|monk|headmaster)$/u;

function initialGenders(people: readonly Person[]): Map<number, 'f' | 'm'> {
  const gender = new Map<number, 'f' | 'm'>();
  people.forEach((p, id) => {
    const words = [...p.aliases, p.role ?? ''].flatMap((a) => fold(a).split(/[^a-z]+/u));
    if (words.some((w) => FEMININE.test(w))) gender.set(id, 'f');
    else if (words.some((w) => MASCULINE.test(w))) gender.set(id, 'm');
  });
  return gender;
}

function roleHeads(role: string | null): Set<string> {
  const heads = new Set<string>();
  if (!role) return heads;
  for (const w of fold(role).split(/[^a-z-]+/u)) if (TITLE_NOUNS.has(w)) heads.add(w);
  return heads;
}

function remember(list: number[], id: number): void {
  const i = list.lastIndexOf(id);
  if (i >= 0) list.splice(i, 1);
  list.push(id);
  if (list.length > 8) list.shift();
}

/** `she`/`he`: the sentence's own subject, then recent subjects, then recent mentions, skipping a known other gender. */
function resolvePronoun(pronoun: string, sentenceSubject: number | null, state: State): number | null {
  const want = pronoun === 'she' ? 'f' : 'm';
  const candidates = [
    ...(sentenceSubject !== null ? [sentenceSubject] : []),
    ...[...state.subjects].reverse(),
    ...[...state.mentioned].reverse(),
  ];
  const id = candidates.find((c) => (state.gender.get(c) ?? want) === want) ?? null;
  if (id !== null) state.gender.set(id, want);
  return id;
}

interface Found {
  verb: number;
  subject: Subject;
  kind: Claim['kind'];
}

function rank(kind: Claim['kind']): number {
  return kind === 'accusation' ? 2 : kind === 'argument' ? 1 : 0;
}

function claimsInSentence(tokens: readonly Token[], text: string, mentions: readonly Mention[], state: State): Found[] {
  const mentionEnding = new Map<number, number>();
  const mentionStarting = new Map<number, Mention>();
  for (const m of mentions) {
    mentionEnding.set(m.last, m.id);
    mentionStarting.set(m.first, m);
  }
  let sentenceSubject: number | null = openingSubject(tokens, mentions);
  const found: Found[] = [];
  let mentionCursor = 0;

  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    // People mentioned so far, for `she` when nothing better is known.
    while (mentionCursor < mentions.length && mentions[mentionCursor]!.last < v) {
      remember(state.mentioned, mentions[mentionCursor]!.id);
      mentionCursor++;
    }
    if (t.kind !== 'word' || t.quoted) continue;

    if (t.norm === 'according' && tokens[v + 1]?.norm === 'to') {
      const subject = subjectAfter(tokens, text, v + 1, mentionStarting);
      if (subject) found.push({ verb: v, subject, kind: 'statement' });
      continue;
    }

    const participle = CLAIM_PARTICIPLES.get(t.norm);
    const verb = CLAIM_VERBS.get(t.norm) ?? participle;
    if (!verb || !needsMet(tokens, v, verb)) continue;
    const prev = tokens[v - 1];
    if (prev && prev.kind === 'word' && (DETERMINERS.has(prev.norm) || prev.norm === 'to' || prev.poss)) continue;

    if (participle && !CLAIM_VERBS.has(t.norm)) {
      const inherited = found[found.length - 1]?.subject ?? (sentenceSubject !== null ? { person: sentenceSubject } : null);
      if (inherited && prev?.text === ',') found.push({ verb: v, subject: inherited, kind: verb.kind });
      continue;
    }

    const gapStart = skipGapLeft(tokens, v - 1);
    // `did not say`, `never claimed`: a denial of speech reports nothing.
    if (tokens.slice(gapStart + 1, v).some((g) => g.norm === 'not' || g.norm === 'never' || g.norm.endsWith("n't"))) continue;
    const before = tokens[gapStart];
    // Passive: `was accused of` reports a claim only with its agent.
    if (before && PASSIVE_AUX.has(before.norm) && /ed$/u.test(t.norm)) {
      const by = tokens.findIndex((x, i) => i > v && x.norm === 'by');
      const agent = by > 0 ? subjectAfter(tokens, text, by, mentionStarting) : null;
      if (agent) found.push({ verb: v, subject: agent, kind: verb.kind });
      continue;
    }

    const raw = findSubject(tokens, text, v, gapStart, mentionEnding, mentionStarting, found, sentenceSubject, state);
    if (!raw) continue;
    const subject = 'group' in raw ? (personByRole(raw.group, state) ?? raw) : raw;
    // The first person who makes a claim is the sentence's subject, for later pronouns.
    if ('person' in subject && found.every((f) => !('person' in f.subject))) sentenceSubject = subject.person;
    if ('group' in subject) state.lastGroup = { phrase: subject.group, sentence: state.sentence };
    found.push({ verb: v, subject, kind: verb.kind });
  }
  while (mentionCursor < mentions.length) remember(state.mentioned, mentions[mentionCursor++]!.id);
  if (sentenceSubject !== null) remember(state.subjects, sentenceSubject);
  return found;
}

/**
 * The person a sentence opens with, as its subject: nothing but titles before the name
 * (`Site manager Ola Lind …`), or an opening adverbial closed by a comma
 * (`Furthermore, Moreau …`, `In addition to her criticisms …, Moreau …`).
 */
function openingSubject(tokens: readonly Token[], mentions: readonly Mention[]): number | null {
  const m = mentions[0];
  if (!m || tokens[m.last]!.poss) return null;
  const before = tokens.slice(0, m.first).filter((t) => t.kind !== 'punct' || t.text === ',');
  if (before.every((t) => t.kind !== 'word' || t.cap || FUNCTION_WORDS.has(t.norm) || TITLE_NOUNS.has(t.norm) || TITLE_MODIFIERS.has(t.norm))) {
    return m.id;
  }
  const opener = before[0]!;
  const adverbial = opener.kind === 'word' && (opener.cap || FUNCTION_WORDS.has(opener.norm) || /ly$/u.test(opener.norm));
  return adverbial && tokens[m.first - 1]?.text === ',' ? m.id : null;
}

function needsMet(tokens: readonly Token[], v: number, verb: ClaimVerb): boolean {
  if (verb.needs.length === 0) return true;
  for (const need of verb.needs) {
    if (need.startsWith('~')) {
      const word = need.slice(1);
      for (let i = v + 1; i <= v + 4 && i < tokens.length; i++) if (tokens[i]!.norm === word) return true;
      continue;
    }
    if (need === 'object-a') {
      // `called the vote "a turning point"`, `called it a disgrace`; not `called a strike`.
      for (let i = v + 2; i <= v + 6 && i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.norm === 'a' || t.norm === 'an' || /^["\u201C]$/u.test(t.text)) return true;
        if (t.kind === 'punct') break;
      }
      continue;
    }
    if (need === 'as') {
      for (let i = v + 1; i <= v + 14 && i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.norm === 'as') return true;
        if (t.text === '.' || t.text === ';') break;
      }
      continue;
    }
    if (tokens[v + 1]?.norm === need) return true;
  }
  return false;
}

/** `the mayor`, `the judge`: the one person whose role has that title. */
function personByRole(phrase: string, state: State): Subject | null {
  const words = fold(phrase).split(/\s+/u);
  if (words.length > 3) return null;
  const head = words[words.length - 1]!;
  if (!TITLE_NOUNS.has(head)) return null;
  const owners = state.roleHeads.flatMap((heads, id) => (heads.has(head) ? [id] : []));
  return owners.length === 1 ? { person: owners[0]! } : null;
}

/** Index of the first token left of `from` that is not an adverb or auxiliary (a modal ends the gap: `could explain` reports nothing). */
function skipGapLeft(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k >= 0) {
    const t = tokens[k]!;
    // A parenthesis between subject and verb: `Senator Bob Jones (D-Ohio) said`.
    if (t.text === ')') {
      let open = k - 1;
      while (open >= 0 && tokens[open]!.text !== '(') open--;
      if (open >= 0 && k - open <= 12) {
        k = open - 1;
        continue;
      }
    }
    if (t.kind === 'word' && !t.cap && (VERB_GAP_WORDS.has(t.norm) || /^(not|never|did|does|do)$/u.test(t.norm) || (/ly$/u.test(t.norm) && t.norm.length > 4))) {
      k--;
      continue;
    }
    break;
  }
  return k;
}

function findSubject(
  tokens: readonly Token[],
  text: string,
  v: number,
  k: number,
  mentionEnding: ReadonlyMap<number, number>,
  mentionStarting: ReadonlyMap<number, Mention>,
  found: readonly Found[],
  sentenceSubject: number | null,
  state: State,
): Subject | null {
  const t = tokens[k];
  const verbText = tokens[v]!.norm;
  // Rule 1: inverted `…," said X.`
  if (t && (t.text === ',' || /^["\u201D]$/u.test(t.text)) && /^(said|says|added|wrote|explained|insisted|argued|warned|noted|claimed|asked|continued)$/u.test(verbText)) {
    const after = subjectAfter(tokens, text, v, mentionStarting, true);
    if (after) return after;
  }
  if (!t) return null;
  // Rule 2: a person right before the verb.
  const person = mentionEnding.get(k);
  if (person !== undefined && !t.poss) return { person };
  if (t.kind === 'word' && (!t.cap || PERSON_PRONOUNS.has(t.norm) || GROUP_PRONOUNS.has(t.norm))) {
    // Rule 3: pronouns.
    if (PERSON_PRONOUNS.has(t.norm)) {
      const id = resolvePronoun(t.norm, sentenceSubject, state);
      return id === null ? null : { person: id };
    }
    if (GROUP_PRONOUNS.has(t.norm)) {
      const g = state.lastGroup;
      if (g && state.sentence - g.sentence <= 3) return { group: g.phrase };
      return t.norm === 'they' ? { unknown: true } : null;
    }
    if (/^(i|we|you)$/u.test(t.norm)) return null;
    // Rule 5: `…, who argue that`.
    if (t.norm === 'who' || t.norm === 'which') {
      const c = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
      const antecedent = mentionEnding.get(c);
      if (antecedent !== undefined && !tokens[c]!.poss) return { person: antecedent };
      if (t.norm === 'which') return null;
      const group = groupPhrase(tokens, text, c);
      return group ? { group } : null;
    }
    // Rule 6: a second verb of the same subject.
    if (t.norm === 'and' || t.norm === 'but') {
      const last = found[found.length - 1];
      return last ? last.subject : null;
    }
  }
  // Rule 4: an apposition closed by a comma.
  if (t.text === ',') {
    const direct = mentionEnding.get(k - 1);
    if (direct !== undefined && !tokens[k - 1]!.poss) return { person: direct };
    for (let c = k - 1; c >= 0 && k - c <= 40; c--) {
      const x = tokens[c]!;
      if (x.kind === 'word' && CLAIM_VERBS.has(x.norm) && !x.quoted) return null;
      if (x.text !== ',') continue;
      const owner = mentionEnding.get(c - 1);
      if (owner !== undefined && !tokens[c - 1]!.poss) return { person: owner };
      const group = groupPhrase(tokens, text, c - 1);
      return group ? { group } : null;
    }
    const last = found[found.length - 1];
    return last ? last.subject : null;
  }
  // Rule 7: a group noun phrase.
  const group = groupPhrase(tokens, text, k);
  return group ? { group } : null;
}

/**
 * The subject after `according to`, `by` or an inverted `said`: a person, or a short noun
 * phrase (`according to police`, `said the board.`). An inverted subject must end the clause.
 */
function subjectAfter(tokens: readonly Token[], text: string, i: number, mentionStarting: ReadonlyMap<number, Mention>, inverted = false): Subject | null {
  // A person, perhaps after a title: `said opposition leader Maria Reyes`.
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    const mention = mentionStarting.get(j);
    if (mention) {
      // An inverted subject ends its clause: `said Smith.`, not `said Smith had lied`.
      const after = tokens[mention.last + 1];
      if (inverted && after && after.kind !== 'punct') return null;
      return { person: mention.id };
    }
    const t = tokens[j]!;
    const titleWord = t.kind === 'acronym' || (t.kind === 'word' && (/^(the|a|an)$/u.test(t.norm) || (!FUNCTION_WORDS.has(t.norm) && !CLAIM_VERBS.has(t.norm))));
    if (!titleWord && !(t.text === '.' && j > i + 1)) break;
  }
  const start = i + 1;
  let j = start;
  while (j < tokens.length && j - start < 8) {
    const t = tokens[j]!;
    if (t.kind !== 'word' && t.kind !== 'acronym') break;
    const leadingArticle = j === start && /^(the|a|an)$/u.test(t.norm);
    if (!leadingArticle && !ofName(tokens, j) && (FUNCTION_WORDS.has(t.norm) || CLAIM_VERBS.has(t.norm) || HARD_PREPOSITIONS.has(t.norm))) break;
    j++;
  }
  if (j === start) return null;
  if (inverted && tokens[j] && tokens[j]!.kind !== 'punct') return null;
  const group = cleanGroup(tokens, text, start, j - 1);
  return group ? { group } : null;
}

/** `of`/`for` before a capitalised name stays inside a group: `Chamber of Commerce`, `spokesperson for Greenpeace`. */
function ofName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return (t.norm === 'of' || t.norm === 'for') && j > 0 && next !== undefined && next.kind === 'word' && next.cap;
}

/** -ed words that describe a group rather than tell what it did. */
const GROUP_PARTICIPLES = new Set([
  'registered', 'elected', 'retired', 'unnamed', 'affected', 'concerned', 'worried', 'frustrated', 'displaced', 'injured',
  'unemployed', 'organised', 'organized', 'qualified', 'trained', 'skilled', 'armed', 'masked', 'licensed', 'unionised',
  'unionized', 'disappointed', 'dedicated', 'interested', 'related', 'united', 'associated', 'based', 'named', 'selected',
  'invited', 'appointed', 'experienced', 'evacuated', 'stranded', 'furloughed', 'laid-off', 'talented', 'detained',
]);

/** Words that may sit inside a group noun phrase without ending it. */
const SOFT_WORDS = new Set(['of', 'within', 'in', 'at', 'on', 'and', 'or', 'across']);

/** The noun phrase ending at token `end`, walking left; null unless it names a group. */
function groupPhrase(tokens: readonly Token[], text: string, end: number): string | null {
  let start = end + 1;
  for (let j = end; j >= 0 && end - j < 10; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || t.quoted) break;
    if (t.kind === 'word' && !t.cap) {
      if (DETERMINERS.has(t.norm)) {
        start = j;
        break;
      }
      if (ofName(tokens, j)) {
        start = j;
        continue;
      }
      if (HARD_PREPOSITIONS.has(t.norm) || CLAIM_VERBS.has(t.norm) || PASSIVE_AUX.has(t.norm) || /ly$/u.test(t.norm)) break;
      // A verb in the past ends the phrase (`The result stunned pollsters`), an adjective does not (`registered voters`).
      if (/ed$/u.test(t.norm) && !GROUP_PARTICIPLES.has(t.norm)) break;
      if (FUNCTION_WORDS.has(t.norm) && !SOFT_WORDS.has(t.norm)) break;
      if (/^(has|have|had|will|would|could|should|may|might|must|can|do|does|did)$/u.test(t.norm)) break;
    }
    start = j;
  }
  if (start > end) return null;
  return cleanGroup(tokens, text, start, end);
}

function cleanGroup(tokens: readonly Token[], text: string, start: number, end: number): string | null {
  let s = start;
  while (s <= end && tokens[s]!.kind === 'word' && SOFT_WORDS.has(tokens[s]!.norm)) s++;
  if (s > end) return null;
  const opener = tokens[s]!;
  if (ANALYSIS_OPENERS.has(opener.norm)) return null;
  if (opener.kind === 'word' && /^(the|a|an)$/u.test(opener.norm)) s++;
  if (s > end) return null;
  const head = tokens[end]!;
  if (head.kind === 'word' && SOFT_WORDS.has(head.norm)) return null;
  const plural = head.kind === 'word' && /[^s]s$/u.test(head.norm) && !head.cap;
  const named = head.cap || head.kind === 'acronym';
  if (!plural && !named && !GROUP_NOUNS.has(head.norm) && !TITLE_NOUNS.has(head.norm)) return null;
  const phrase = tokenSpan(tokens, text, s, end);
  return phrase || null;
}

/** The article's own words from token `start` to `end`, with a final possessive if any. */
function tokenSpan(tokens: readonly Token[], text: string, start: number, end: number): string {
  const last = tokens[end]!;
  const stop = last.poss ? (/^['\u2019]s/u.test(text.slice(last.end)) ? last.end + 2 : last.end + 1) : last.end;
  return text.slice(tokens[start]!.start, stop);
}


function isQuotationOnly(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind !== 'punct');
  return words.length > 0 && words.every((t) => t.quoted);
}
