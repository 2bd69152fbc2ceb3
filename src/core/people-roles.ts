/**
 * Roles (rule 5 of `people.ts`): a title before the name (`former Governor`, `Secretary of
 * State`), an apposition after or before it (`, the director of …,`), and how they combine.
 */
import { COMPANY_NOUNS, HONORIFICS, NOT_ADVERBS, NOT_AGENT_NOUNS, ORG_AGENT_NOUNS, PARTY_WORDS, ROLE_PARTICIPLES, ROLE_VERBS, TITLE_MODIFIERS, TITLE_NOUNS } from './nlp-lexicon-people.ts';
import { DEMONYMS } from './nlp-lexicon-places.ts';
import { CALENDAR, CLAIM_PARTICIPLES, CLAIM_VERBS, DETERMINERS, FUNCTION_WORDS } from './nlp-lexicon.ts';
import { phraseNorms, type Token } from './nlp-tokens.ts';
import { fold } from './text.ts';

export function isTitleToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'acronym') return TITLE_NOUNS.has(t.norm);
  if (t.kind !== 'word') return false;
  return isTitleNorm(t.norm) || (!t.cap && isAgentNoun(t.norm));
}

export function isTitleNorm(norm: string): boolean {
  if (TITLE_NOUNS.has(norm) || HONORIFICS.has(norm)) return true;
  const parts = norm.split('-');
  return parts.length > 1 && TITLE_NOUNS.has(parts[parts.length - 1]!);
}

/** Nouns of people by their ending, lower case only: `baker`, `cyclist`, `electrician`, `dog walker`. */
export function isAgentNoun(norm: string): boolean {
  if (norm.length < 5 || FUNCTION_WORDS.has(norm) || CALENDAR.has(norm) || NOT_AGENT_NOUNS.has(norm)) return false;
  return /(?:[^e]er|or|ist|ian)$/u.test(norm);
}

/**
 * A capitalised word before a name that says what the person is rather than naming them:
 * a party or a former team (`Democrat`, `Ex-Yankee`) names a person on its own; a nationality
 * or a `-based` compound (`Belgian`, `Bergamo-based`) also describes teams and companies.
 */
export function descriptorKind(t: Token | undefined): 'strong' | 'weak' | null {
  if (!t || t.kind !== 'word' || !t.cap) return null;
  if (PARTY_WORDS.has(t.norm) || /^ex-\p{L}/u.test(t.norm)) return 'strong';
  if (DEMONYMS.has(t.norm) || /-(?:based|controlled|owned|born|led|backed|run|made|listed|registered|funded|linked|held|dominated)$/u.test(t.norm)) return 'weak';
  return null;
}

/** `Chancellor of the Exchequer X`, `Secretary of State X`: the title noun before `of (the)`, or -1. */
export function ofTitleBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  if (tokens[k]?.norm === 'the') k--;
  const of = tokens[k];
  const head = tokens[k - 1];
  if (of?.norm !== 'of' || !head || !head.cap || head.poss || !isTitleNorm(head.norm)) return -1;
  return k - 1;
}

/**
 * Rule 5, title before: honorifics right before the name (`Dr.`), then a title noun and up to
 * four words of its noun phrase (`Chief engineer`, `former Governor`, `water board director`).
 */
interface TitleFound {
  role: string | null;
  honorific: string | null;
  strong: boolean;
  company: boolean;
}

export function titleBefore(tokens: readonly Token[], first: number, text: string): TitleFound {
  let k = first - 1;
  let honorific: string | null = null;
  let spacedAfter = tokens[first]!.spaced;
  while (k >= 0 && spacedAfter) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (t.text === '.' && prev && HONORIFICS.has(prev.norm) && prev.end === t.start) {
      honorific = text.slice(prev.start, t.end);
      spacedAfter = prev.spaced;
      k -= 2;
      continue;
    }
    if (t.kind === 'word' && HONORIFICS.has(t.norm)) {
      honorific = t.text;
      spacedAfter = t.spaced;
      k--;
      continue;
    }
    break;
  }
  if (k < 0 || !spacedAfter) return { role: null, honorific, strong: honorific !== null, company: false };
  let headEnd = tokens[k]!.end;
  // An abbreviated title: `Gov. Smith`, `Sen. Jones`.
  if (tokens[k]!.text === '.' && isTitleToken(tokens[k - 1]) && tokens[k - 1]!.end === tokens[k]!.start) k--;
  const head = tokens[k]!;
  const descriptor = descriptorKind(head) ?? (head.cap && TITLE_MODIFIERS.has(tokens[k - 1]?.norm ?? '') && tokens[k - 1]!.cap ? 'strong' : null);
  if ((!isTitleToken(head) && !descriptor) || HONORIFICS.has(head.norm) || head.poss) return { role: null, honorific, strong: honorific !== null, company: false };
  if (head.text === '.') headEnd = head.end;
  // Walk left over the role's noun phrase: capitalised words, acronyms, title words and
  // possessives anywhere; plain lower-case nouns only as a compound right before the title
  // (`port authority's director`, `union leader`), at most two of them.
  let start = k;
  let extra = 0;
  let compound = 0;
  let inCompound = true;
  let boundary: Token | undefined;
  for (let j = k - 1; j >= 0 && extra < 5; j--) {
    const t = tokens[j]!;
    boundary = t;
    if (!tokens[j + 1]!.spaced || t.quoted !== head.quoted) break;
    if (t.kind === 'acronym') {
      start = j;
      extra++;
      inCompound = false;
      continue;
    }
    if (t.kind !== 'word' || !mayModifyTitle(t)) break;
    const listed = t.cap || TITLE_MODIFIERS.has(t.norm) || isTitleToken(t);
    if (!listed && !t.poss) {
      if (!inCompound || compound >= 2) break;
      compound++;
    } else if (!t.poss) {
      inCompound = false;
    }
    start = j;
    extra++;
    boundary = undefined;
  }
  // `told reporters union leader X`: a compound after a verb loses its first word.
  if (boundary && compound > 0 && boundary.kind === 'word' && !FUNCTION_WORDS.has(boundary.norm) && !DETERMINERS.has(boundary.norm)) {
    const first = tokens[start]!;
    if (!first.cap && !TITLE_MODIFIERS.has(first.norm) && !isTitleToken(first) && start < k) start++;
  }
  const strong = honorific !== null || descriptor === 'strong' || (isTitleNorm(head.norm) && !ORG_AGENT_NOUNS.has(head.norm) && !/maker$/u.test(head.norm));
  return { role: text.slice(tokens[start]!.start, headEnd), honorific, strong, company: COMPANY_NOUNS.has(head.norm) || /maker$/u.test(head.norm) };
}

/** `Secretary of State`: the title before `of`, with its own modifiers, up to the last title word. */
export function longTitle(tokens: readonly Token[], head: number, end: number, text: string): TitleFound {
  const before = titleBefore(tokens, head + 1, text);
  const start = before.role !== null ? text.lastIndexOf(before.role, tokens[head]!.end) : tokens[head]!.start;
  return { role: text.slice(start >= 0 ? start : tokens[head]!.start, tokens[end]!.end), honorific: null, strong: true, company: false };
}

function mayModifyTitle(t: Token): boolean {
  const n = t.norm;
  if (TITLE_MODIFIERS.has(n) || TITLE_NOUNS.has(n)) return true;
  if (DETERMINERS.has(n) || FUNCTION_WORDS.has(n)) return false;
  if (CLAIM_VERBS.has(n) || CLAIM_PARTICIPLES.has(n)) return false;
  if (/(ed|ing)$/u.test(n) && !ROLE_PARTICIPLES.has(n)) return false;
  if (/ly$/u.test(n) && !NOT_ADVERBS.has(n)) return false;
  return true;
}

/** Rule 5, apposition after: `X, the director of …,` / `X, who chairs …,` / `X, 45, a nurse,`. */
export function appositionAfter(tokens: readonly Token[], last: number, text: string): Apposition | null {
  const lastTok = tokens[last]!;
  const comma = tokens[last + 1];
  if (lastTok.poss || !comma || comma.text !== ',') return null;
  // `"… for Eastport," Mayor Lind said`: a quotation closing after the comma ends the clause.
  const next = tokens[last + 2];
  if (!next || next.kind === 'punct' || next.quoted !== lastTok.quoted) return null;
  const rest = text.slice(comma.end).trimStart().replace(/^\d{1,3},\s*/u, '');
  const segment = (/^[^,;:()\u2014\u2013]*/u.exec(rest)?.[0] ?? '').replace(/[\s.!?"\u201D]+$/u, '').trim();
  if (!segment) return null;
  let m = /^who\s+(?:is|was|has been|had been|is now|was then|serves as|served as|works as|worked as|acts as)\s+(.+)$/iu.exec(segment);
  if (m) return roleNounPhrase(m[1]!, true);
  m = /^who\s+(\S+)\s+(.+)$/iu.exec(segment);
  if (m) return ROLE_VERBS.has(fold(m[1]!)) ? { text: `${m[1]} ${m[2]}`, relative: true } : null;
  return roleNounPhrase(segment, false);
}

interface Apposition {
  text: string;
  /** A `who …` clause: joined to a title as `Professor who chairs …`. */
  relative: boolean;
}

/** A noun phrase that names a role: it opens with a determiner, a title word or a possessive and holds a title noun. */
function roleNounPhrase(phrase: string, afterWho: boolean): Apposition | null {
  const words = phrase.split(/\s+/u);
  if (words.length > 16) return null;
  const tokens = phraseNorms(phrase);
  const opener = tokens[0] ?? '';
  const opensWell =
    afterWho ||
    /^(the|a|an|his|her|their|its)$/u.test(opener) ||
    TITLE_MODIFIERS.has(opener) ||
    isTitleNorm(opener) ||
    /^\p{Lu}[\p{L}\p{M}.\-]*(\s+\p{Lu}[\p{L}\p{M}.\-]*)*['\u2019]s\s/u.test(phrase);
  if (!opensWell) return null;
  // A role holds a title noun early and no reporting verb: `the board, which voted …` and
  // `Mayor Lind told reporters` are not roles.
  if (tokens.some((n) => CLAIM_VERBS.has(n) && /(ed|^said|^says|^told|^tells|^wrote|^writes)$/u.test(n))) return null;
  let hasTitle = false;
  for (const n of tokens.slice(0, 8)) {
    if (isTitleNorm(n) || isAgentNoun(n)) {
      hasTitle = true;
      break;
    }
    if (/^(is|are|was|were|has|have|had|will|would)$/u.test(n)) return null;
  }
  if (!hasTitle) return null;
  return { text: phrase.replace(/^(?:the|a|an)\s+/iu, ''), relative: false };
}

/**
 * Rule 5, apposition before: a noun phrase naming a role, then a comma, then the name
 * (`The water board's director, Ola Lind, said`, `the chair of the residents'
 * association, Piotr Byrne, said`). The phrase opens with a determiner or a possessive and
 * holds a title noun within its first words.
 */
export function appositionBefore(tokens: readonly Token[], nameStart: number, last: number, text: string): Apposition | null {
  // A courtesy title before the name belongs to it: `Its chief executive, Dr. Samuel Whitfield,`.
  let first = nameStart;
  for (;;) {
    const prev = tokens[first - 1];
    if (prev?.text === '.' && HONORIFICS.has(tokens[first - 2]?.norm ?? '')) first -= 2;
    else if (prev?.kind === 'word' && HONORIFICS.has(prev.norm)) first -= 1;
    else break;
  }
  const comma = tokens[first - 1];
  if (!comma || comma.text !== ',' || first < 2) return null;
  const after = tokens[last + 1];
  if (after && after.kind !== 'punct' && !CLAIM_VERBS.has(after.norm)) return null;
  let start = first - 1;
  for (let j = first - 2; j >= 0 && first - 2 - j < 14; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || t.quoted !== tokens[nameStart]!.quoted) break;
    if (CLAIM_VERBS.has(t.norm) && !t.cap) return null;
    start = j;
  }
  if (start > first - 2) return null;
  const opener = tokens[start]!;
  const determiner = /^(the|a|an|its|their|his|her|our)$/u.test(opener.norm);
  if (!determiner && !opener.cap && !isTitleToken(opener)) return null;
  // The title noun comes early, before any function word other than `of`/`for`.
  let hasTitle = false;
  for (let j = determiner ? start + 1 : start; j <= first - 2 && j <= start + 5; j++) {
    const t = tokens[j]!;
    if (isTitleToken(t) && !t.poss) {
      hasTitle = true;
      break;
    }
    if (t.kind === 'word' && FUNCTION_WORDS.has(t.norm)) break;
  }
  if (!hasTitle) return null;
  const phrase = text.slice(opener.start, tokens[first - 2]!.end + possessiveLength(tokens[first - 2]!, text)).replace(/^(?:the|a|an|their|his|her|its|our)\s+/iu, '');
  return phrase ? { text: phrase, relative: false } : null;
}

function possessiveLength(t: Token, text: string): number {
  if (!t.poss) return 0;
  return /^['\u2019]s/u.test(text.slice(t.end)) ? 2 : 1;
}

/** Rule 5: how a title before the name and an apposition combine. */
export function combineRoles(title: string | null, apposition: Apposition | null): string | null {
  if (!apposition) return title;
  if (!title) return apposition.text;
  if (fold(apposition.text).includes(fold(title))) return apposition.text;
  return apposition.relative ? `${title} who ${apposition.text}` : `${title}, ${apposition.text}`;
}
