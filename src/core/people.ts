/**
 * Who an article is about: the people it names, with the role it gives them, how often and
 * where it mentions them. Pure and general: rules and word lists of English news prose, no
 * knowledge of any particular article.
 *
 * Rules, in order:
 * 1. Candidates are runs of capitalised words (accents, hyphens, initials and particles such as
 *    `de`/`van`/`al-` allowed). A possessive ends a run (`Moreau's`).
 * 2. Leading function words and dates are dropped (`Yesterday`, `On January`); a title inside
 *    the run splits it (`Deputy Mayor Ines Varga` -> `Ines Varga`).
 * 3. A run of two or more words is a person unless it holds an organisation, place or event
 *    word (`Foundation`, `City`, `Stadium`, `War`), a country, region or nationality
 *    (`United States`, `French`), equals a heading, or the article writes it after `the`
 *    (`the Orwin Foundation`), only after place prepositions (`in South America`), only
 *    after `Organisation-word of` (`Union of Dock Workers`), or only before a title noun
 *    (`Red Party leader X`, `Vila Nova coach X`), or opens with a place prefix (`Fort`, `Little`).
 *    A title before the name overrides the place test (`striker Michael Jordan`).
 * 4. A single capitalised word is a person only as the surname or first name of a person
 *    found by 3, or right after a title or honorific (`Mayor Smith`, `Dr. Fernández`).
 * 5. Role: the title words right before the name (`Chief engineer`, `former Governor`),
 *    and an apposition after it (`, the First Vice-President of …,` or `, who chairs …,`)
 *    or before it (`The port authority's director, X,`). When both exist the apposition is
 *    kept and the title is put in front of it unless the apposition already contains it
 *    (`Professor who chairs the city's budget committee`); courtesy titles (`Dr.`) are
 *    aliases, not roles. The first mention that carries a role gives the person's role.
 * 6. Front-matter hints always appear, with their role, and their aliases merge.
 */
import { ORG_WORDS } from './nlp-lexicon-orgs.ts';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIX } from './nlp-lexicon-people.ts';
import { CALENDAR, FUNCTION_WORDS } from './nlp-lexicon.ts';
import { MentionMatcher } from './nlp-mentions.ts';
import { phraseNorms } from './nlp-tokens.ts';
import { articleSentences, buildContext, type Candidate, candidatesIn, type Context, demoteSentenceOpeners, type SentenceRef } from './people-candidates.ts';
import { isPersonGroup, singleIsNotName } from './people-evidence.ts';
import { isTitleNorm } from './people-roles.ts';
import { fold } from './text.ts';
import type { Article } from './types.ts';

export interface Person {
  /** Full name as the article writes it, title stripped: `Hélène Moreau`. */
  name: string;
  /** Role as the article states it (`former Governor`, `Chief engineer`), or null. */
  role: string | null;
  /** Other surface forms seen: `Moreau`, `Dr. Moreau`. */
  aliases: string[];
  /** Mentions by full name, surname, first name or alias (pronouns are not counted). */
  mentions: number;
  /** The sentence that first mentions the person (paragraph = Paragraph.index). */
  intro: { paragraph: number; sentence: number };
  /** Every paragraph index that mentions the person, ascending. */
  paragraphs: number[];
}

/** People named in the article, most mentioned first; ties keep the order of first mention. */
export function extractPeople(article: Article): Person[] {
  const sentences = articleSentences(article.paragraphs);
  const context = buildContext(article, sentences);
  const candidates = sentences.flatMap((s, i) => candidatesIn(s, context, sentences[i + 1]));

  demoteSentenceOpeners(candidates, context.lower);
  for (const c of candidates) if (c.norms.length === 1 && !c.ref.tokens[c.first]!.poss) context.singles.add(c.norms[0]!);

  // Rule 3: multi-word candidates grouped by first and last word.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.norms.length < 2) continue;
    const key = `${c.norms[0]}|${c.norms[c.norms.length - 1]}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  // A shorter form that ends a longer name is the same person: `Van der Berg`, `Peter van der Berg`.
  const keys = [...groups.keys()];
  for (const key of keys) {
    const list = groups.get(key)!;
    const norms = list[0]!.norms;
    const longer = [...groups.values()].find((other) => other !== list && endsWith(other[0]!.norms, norms));
    if (longer) {
      longer.push(...list);
      groups.delete(key);
    }
  }
  const drafts: Draft[] = [];
  for (const list of groups.values()) {
    if (!isPersonGroup(list, context)) continue;
    drafts.push(newDraft(list[0]!, list));
  }

  // Rule 4: single words as surnames or first names of those people, or after a title.
  const titledSingles = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.norms.length !== 1) continue;
    const norm = c.norms[0]!;
    const owner = drafts.filter((d) => d.last === norm).concat(drafts.filter((d) => d.first === norm && d.last !== norm));
    if (owner.length > 0) {
      owner[0]!.occurrences.push(c);
      continue;
    }
    // `"Both sides need calm," said Ortega. He …`: speech and a pronoun make a lone word a person.
    // `Varga, 65, …`: so does an age.
    if (!(c.strongTitle || c.aged || (c.speaks && c.personal && !context.lower.has(norm))) || singleIsNotName(norm, c, context)) continue;
    const list = titledSingles.get(norm) ?? [];
    list.push(c);
    titledSingles.set(norm, list);
  }
  for (const list of titledSingles.values()) {
    if (!isPersonGroup(list, context)) continue;
    drafts.push(newDraft(list[0]!, list));
  }

  // Rule 6: hints.
  for (const hint of article.hints.people) {
    const forms = [hint.name, ...hint.aliases].map((f) => phraseNorms(f).filter((n) => !HONORIFICS.has(n)).join(' '));
    const draft = drafts.find((d) => forms.includes(d.norms.join(' ')) || d.forms.some((f) => forms.includes(fold(f))));
    if (draft) {
      draft.name = hint.name;
      draft.hinted = true;
      if (hint.role) draft.hintRole = hint.role;
      draft.forms.push(hint.name, ...hint.aliases);
      draft.extraAliases.push(...hint.aliases);
    } else {
      const norms = phraseNorms(hint.name);
      drafts.push({
        name: hint.name,
        norms,
        first: norms[0] ?? '',
        last: norms[norms.length - 1] ?? '',
        forms: [hint.name, ...hint.aliases],
        occurrences: [],
        extraAliases: [...hint.aliases],
        hinted: true,
        hintRole: hint.role ?? null,
      });
    }
  }

  return finish(drafts, sentences, context);
}

interface Draft {
  name: string;
  norms: string[];
  first: string;
  last: string;
  /** Surface forms to match mentions with. */
  forms: string[];
  occurrences: Candidate[];
  extraAliases: string[];
  hinted: boolean;
  hintRole: string | null;
}

function newDraft(first: Candidate, occurrences: Candidate[]): Draft {
  return {
    name: first.surface,
    norms: first.norms,
    first: first.norms[0]!,
    last: fold(lastWord(first.surface)),
    forms: [...new Set(occurrences.map((o) => o.surface))],
    occurrences: [...occurrences],
    extraAliases: [],
    hinted: false,
    hintRole: null,
  };
}

/** Count mentions with one matcher pass, pick roles and aliases, sort. */
function finish(drafts: Draft[], sentences: readonly SentenceRef[], context: Context): Person[] {
  // One-word forms: every surname, and a first name nobody else shares.
  const firstCount = new Map<string, number>();
  for (const d of drafts) {
    if (d.norms.length > 1) firstCount.set(d.first, (firstCount.get(d.first) ?? 0) + 1);
  }
  const surnames = new Set(drafts.map((d) => d.last));
  const targets = drafts.map((d, id) => {
    const forms = [...d.forms];
    if (d.norms.length > 1) {
      forms.push(lastWord(d.name));
      const particled = particleSurname(d.name);
      if (particled) forms.push(particled);
      const firstName = d.first;
      const usable =
        firstCount.get(firstName) === 1 &&
        !surnames.has(firstName) &&
        firstName.length > 1 &&
        !FUNCTION_WORDS.has(firstName) &&
        !CALENDAR.has(firstName) &&
        !ORG_WORDS.has(firstName) &&
        !isTitleNorm(firstName) &&
        !context.lower.has(firstName);
      if (usable) forms.push(firstWord(d.name));
    }
    return { id, forms };
  });
  const matcher = new MentionMatcher(targets, (norm) => context.lower.has(norm) || FUNCTION_WORDS.has(norm));
  const stats = drafts.map(() => ({
    mentions: 0,
    paragraphs: new Set<number>(),
    intro: null as { paragraph: number; sentence: number; order: number } | null,
    surfaces: new Set<string>(),
  }));
  let order = 0;
  for (const s of sentences) {
    for (const m of matcher.find(s.tokens)) {
      const st = stats[m.id]!;
      st.mentions++;
      st.paragraphs.add(s.paragraph);
      st.intro ??= { paragraph: s.paragraph, sentence: s.sentence, order: order + m.first / 1000 };
      st.surfaces.add(s.text.slice(s.tokens[m.first]!.start, s.tokens[m.last]!.end));
    }
    order++;
  }

  const people = drafts.map((d, id) => {
    const st = stats[id]!;
    const occurrences = [...d.occurrences].sort((a, b) => a.ref.paragraph - b.ref.paragraph || a.ref.sentence - b.ref.sentence || a.first - b.first);
    const role = d.hintRole ?? occurrences.find((o) => o.role !== null)?.role ?? null;
    const aliases = new Set<string>();
    for (const surface of st.surfaces) aliases.add(surface);
    for (const o of occurrences) if (o.honorific) aliases.add(`${o.honorific} ${o.surface}`);
    for (const a of d.extraAliases) aliases.add(a);
    const person: Person = {
      name: d.name,
      role,
      aliases: [...aliases].filter((a) => a !== d.name),
      mentions: st.mentions,
      intro: st.intro ? { paragraph: st.intro.paragraph, sentence: st.intro.sentence } : { paragraph: sentences[0]?.paragraph ?? 1, sentence: 0 },
      paragraphs: [...st.paragraphs].sort((a, b) => a - b),
    };
    return { person, keep: st.mentions > 0 || d.hinted, order: st.intro?.order ?? Number.MAX_SAFE_INTEGER };
  });
  return people
    .filter((p) => p.keep)
    .sort((a, b) => b.person.mentions - a.person.mentions || a.order - b.order)
    .map((p) => p.person);
}

function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  if (shorter.length >= longer.length) return false;
  const offset = longer.length - shorter.length;
  return shorter.every((n, i) => longer[offset + i] === n);
}

/** The surname with its particles, when it has any: `van der Berg`. */
function particleSurname(name: string): string | null {
  const words = name.split(/\s+/u);
  let i = words.length - 1;
  while (i > 1 && NAME_PARTICLES.has(fold(words[i - 1]!))) i--;
  return i < words.length - 1 ? words.slice(i).join(' ') : null;
}

/** The surname: the last word, before a numeral or generational suffix (`Henry VIII`, `Tom King Jr`). */
function lastWord(name: string): string {
  const words = name.split(/\s+/u);
  if (words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!)) return words[words.length - 2]!;
  return words[words.length - 1]!;
}

function firstWord(name: string): string {
  return name.split(/\s+/u)[0]!;
}
