/**
 * Who a pronoun or a bare role can refer to while claims are read in article order: recent
 * subjects and mentions, genders learnt along the way, the last group that made a claim, and
 * each person's title nouns (rules 3 and 7 of `claims.ts`).
 */
import { TITLE_NOUNS } from './nlp-lexicon-people.ts';
import type { Person } from './people.ts';
import { fold } from './text.ts';

export interface Referents {
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

/** Nothing seen yet; genders and role titles known from the people's aliases and roles. */
export function newReferents(people: readonly Person[]): Referents {
  return {
    subjects: [],
    mentioned: [],
    gender: initialGenders(people),
    roleHeads: people.map((p) => roleHeads(p.role)),
    lastGroup: null,
    sentence: 0,
  };
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

export function remember(list: number[], id: number): void {
  const i = list.lastIndexOf(id);
  if (i >= 0) list.splice(i, 1);
  list.push(id);
  if (list.length > 8) list.shift();
}

/** `she`/`he`: the sentence's own subject, then recent subjects, then recent mentions, skipping a known other gender. */
export function resolvePronoun(pronoun: string, sentenceSubject: number | null, state: Referents): number | null {
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

/** `the mayor`, `the judge`: the one person whose role has that title. */
export function personByRole(phrase: string, state: Referents): number | null {
  const words = fold(phrase).split(/\s+/u);
  if (words.length > 3) return null;
  const head = words[words.length - 1]!;
  if (!TITLE_NOUNS.has(head)) return null;
  const owners = state.roleHeads.flatMap((heads, id) => (heads.has(head) ? [id] : []));
  return owners.length === 1 ? owners[0]! : null;
}
