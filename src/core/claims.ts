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
  CLAIM_PARTICIPLES,
  CLAIM_VERBS,
  DETERMINERS,
  FUNCTION_WORDS,
  GROUP_PRONOUNS,
  HARD_PREPOSITIONS,
  PASSIVE_AUX,
  PERSON_PRONOUNS,
  VERB_GAP_WORDS,
  type ClaimVerb,
} from './nlp-lexicon.ts';
import { TITLE_MODIFIERS, TITLE_NOUNS } from './nlp-lexicon-people.ts';
import { cleanGroup, groupPhrase, ofName } from './claims-groups.ts';
import { MentionMatcher, type Mention } from './nlp-mentions.ts';
import { sentenceTokens, type Token } from './nlp-tokens.ts';
import type { Person } from './people.ts';
import { newReferents, personByRole, type Referents, remember, resolvePronoun } from './claims-referents.ts';
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
  const state = newReferents(people);
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

interface Found {
  verb: number;
  subject: Subject;
  kind: Claim['kind'];
}

function rank(kind: Claim['kind']): number {
  return kind === 'accusation' ? 2 : kind === 'argument' ? 1 : 0;
}

function claimsInSentence(tokens: readonly Token[], text: string, mentions: readonly Mention[], state: Referents): Found[] {
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
    const holder = 'group' in raw ? personByRole(raw.group, state) : null;
    const subject: Subject = holder !== null ? { person: holder } : raw;
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
  state: Referents,
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

function isQuotationOnly(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind !== 'punct');
  return words.length > 0 && words.every((t) => t.quoted);
}
