/**
 * /who, /claims and /next: Answers over what extraction found in each article when it
 * was loaded. A request looks a name up in the name index (or scans one article's people),
 * a topic against each claim's own sentences, never the articles' other text.
 */
import { editDistance, scope } from './answers.ts';
import type { Corpus, Extracted, Named } from './corpus.ts';
import { quoteSentences } from './quote.ts';
import { queryTerms, termSpans } from './search.ts';
import { fold } from './text.ts';
import type { Answer, AnswerItem, Article, Quote } from './types.ts';

/** Lists longer than this are cut, with a note saying how to narrow them. */
const MAX_ITEMS = 60;
/** Organisations are a short second list under the people, most mentioned first. */
const MAX_ORGANISATIONS = 12;

type Options = { article?: string | undefined };

function each(corpus: Corpus, articles: Article[] | null): Array<[Article, Extracted]> {
  return (articles ?? corpus.articles).map((a) => [a, corpus.extracted.get(a.id)!]);
}

function paragraph(article: Article, index: number) {
  return article.paragraphs[index - 1]!;
}

/** The people named, most mentioned first; or, with `name`, every passage that mentions them. */
export function who(corpus: Corpus, options: Options & { name?: string | undefined } = {}, input = ''): Answer {
  const base = { input, command: 'who' };
  const scoped = scope(corpus, 'who', input, options.article);
  if (!scoped.ok) return scoped.answer;
  const all = scoped.articles ? scoped.articles.flatMap((a) => corpus.lists.peopleOf.get(a.id) ?? []) : corpus.lists.people;
  const name = options.name?.trim();

  if (!name) {
    const organisations = organisationsItem(corpus, scoped.articles);
    if (all.length === 0) return { ...base, items: organisations, note: 'No named people found in this article.' };
    // Already most mentioned first; quotes are made only for what is shown.
    const people = cut(base, all, ({ article, person }) => ({
      heading: person.name,
      detail: person.role,
      quotes: [quoteSentences(article, paragraph(article, person.intro.paragraph), [person.intro.sentence])],
    }));
    return { ...people, items: [...people.items, ...organisations] };
  }

  const wanted = fold(name).split(/\s+/).filter(Boolean);
  const matches = scoped.articles ? all.filter(({ forms }) => wanted.every((w) => forms.includes(w))) : corpus.lists.peopleByName.find(wanted);
  if (matches.length === 0) {
    const closest = closestNames(corpus.lists.personNames, name);
    return { ...base, items: [], note: `No one called "${name}" in ${scoped.articles ? 'this article' : 'the articles'}.${closest.length ? ` Closest: ${closest.join(', ')}.` : ''}` };
  }
  // In article order, as the article tells it.
  const ordered = [...matches].sort((a, b) => (a.article === b.article ? a.order - b.order : a.article.id < b.article.id ? -1 : 1));
  // Many namesakes: the reader must first pick one, so each is shown as introduced, not every mention.
  const brief = ordered.length > MANY_NAMESAKES;
  const answer = cut(base, ordered, ({ article, person }) => {
    const forms = [person.name, ...person.aliases].map(fold);
    const names = new Set(forms.flatMap((f) => termSpans(f).map((t) => t.term)));
    if (brief) {
      // Where first mentioned is known from extraction, so no sentence needs searching for the
      // name, unless that sentence does not name them (a moderator's hint found nowhere).
      const p = paragraph(article, person.intro.paragraph);
      const intro = p.sentences[person.intro.sentence];
      const named = intro && forms.some((f) => containsWord(fold(intro.text), f));
      return { heading: person.name, detail: person.role, quotes: [named ? quoteSentences(article, p, [person.intro.sentence], names) : mentionQuote(article, person.intro.paragraph, forms, names)] };
    }
    return { heading: person.name, detail: person.role, quotes: person.paragraphs.map((p) => mentionQuote(article, p, forms, names)) };
  });
  if (!brief) return answer;
  const lead = `${ordered.length} people match "${name}": each is shown where first mentioned. Add article: or more of the name to see every mention.`;
  return { ...answer, note: answer.note ? `${lead} ${answer.note}` : lead };
}

/** Above this many people matching a name, each is quoted once (see `who`). */
const MANY_NAMESAKES = 5;

const corpusOrganisations = new WeakMap<Corpus, string[]>();

/** Members ask "who" about companies, parties and clubs too: one line naming them, apart from the people. */
function organisationsItem(corpus: Corpus, articles: Article[] | null): AnswerItem[] {
  let names = articles ? null : corpusOrganisations.get(corpus);
  if (!names) {
    const counts = new Map<string, { name: string; mentions: number }>();
    for (const [, x] of each(corpus, articles)) {
      // A cache written before organisations were extracted has none.
      for (const o of x.organisations ?? []) {
        const key = fold(o.name);
        const entry = counts.get(key) ?? { name: o.name, mentions: 0 };
        entry.mentions += o.mentions;
        counts.set(key, entry);
      }
    }
    names = [...counts.values()].sort((a, b) => b.mentions - a.mentions).map((o) => o.name);
    if (!articles) corpusOrganisations.set(corpus, names);
  }
  if (names.length === 0) return [];
  const shown = names.slice(0, MAX_ORGANISATIONS).join(', ');
  return [{ heading: 'Organisations', detail: names.length > MAX_ORGANISATIONS ? `${shown} and ${names.length - MAX_ORGANISATIONS} more` : shown, quotes: [] }];
}

/** The sentences of a paragraph that name the person (or the first one, for a pronoun-only mention). */
function mentionQuote(article: Article, index: number, forms: string[], names: ReadonlySet<string>): Quote {
  const p = paragraph(article, index);
  const hits: number[] = [];
  for (let i = 0; i < p.sentences.length && hits.length < 3; i++) {
    const text = fold(p.sentences[i]!.text);
    if (forms.some((f) => containsWord(text, f))) hits.push(i);
  }
  return quoteSentences(article, p, hits.length ? hits : [0], names);
}

function containsWord(text: string, word: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  const before = text[at - 1];
  const after = text[at + word.length];
  return (!before || !/\p{L}/u.test(before)) && (!after || !/\p{L}/u.test(after));
}

/** Claims, allegations and arguments with who made them, in article order. */
export function claims(corpus: Corpus, options: Options & { about?: string | undefined; by?: string | undefined } = {}, input = ''): Answer {
  const base = { input, command: 'claims' };
  const scoped = scope(corpus, 'claims', input, options.article);
  if (!scoped.ok) return scoped.answer;
  const about = options.about?.trim() ? queryTerms(options.about) : null;
  const by = options.by?.trim() ? fold(options.by.trim()) : null;
  const found: Array<{ article: Article; claim: Extracted['claims'][number]; highlight?: Set<string> }> = [];
  for (const [article, x] of each(corpus, scoped.articles)) {
    for (const claim of x.claims) {
      if (by && !fold(claim.by ?? '').includes(by)) continue;
      if (!about) {
        found.push({ article, claim });
        continue;
      }
      const p = paragraph(article, claim.paragraph);
      const hits = claim.sentences.flatMap((i) => termSpans(p.sentences[i]?.text ?? '').map((t) => t.term)).filter((t) => about.get(t) === 1);
      if (hits.length) found.push({ article, claim, highlight: new Set(hits) });
    }
  }
  if (found.length === 0) {
    const narrowed = [options.about ? `about "${options.about}"` : null, options.by ? `by "${options.by}"` : null].filter(Boolean).join(' ');
    return { ...base, items: [], note: `No claims found${narrowed ? ` ${narrowed}` : ''}.` };
  }
  return cut(base, found, ({ article, claim, highlight }) => ({
    heading: KIND_LABEL[claim.kind],
    detail: claim.by ?? 'unattributed',
    quotes: [quoteSentences(article, paragraph(article, claim.paragraph), claim.sentences, highlight)],
  }));
}

const KIND_LABEL = { accusation: 'Accusation', argument: 'Argument', statement: 'Statement' } as const;

/** What the article says will or may happen, in article order. */
export function next(corpus: Corpus, options: Options = {}, input = ''): Answer {
  const base = { input, command: 'next' };
  const scoped = scope(corpus, 'next', input, options.article);
  if (!scoped.ok) return scoped.answer;
  const found = each(corpus, scoped.articles).filter(([, x]) => x.outlook.length > 0);
  if (found.length === 0) return { ...base, items: [], note: 'The article does not say what happens next.' };
  return cut(base, found, ([article, x]) => ({
    heading: scoped.articles ? null : article.title,
    detail: null,
    quotes: x.outlook.map((o) => quoteSentences(article, paragraph(article, o.paragraph), o.sentences)),
  }));
}

/** Show at most MAX_ITEMS, making items (and their quotes) only for those. */
function cut<T>(base: { input: string; command: string }, all: readonly T[], item: (t: T) => AnswerItem): Answer {
  const items = all.slice(0, MAX_ITEMS).map(item);
  if (all.length <= MAX_ITEMS) return { ...base, items };
  return { ...base, items, note: `Showing the first ${MAX_ITEMS} of ${all.length}; narrow with article: or another option.` };
}

/**
 * Up to three names nearest to `typed` by edit distance over folded text. Every name is
 * compared (a mistyped name shares no piece with the right one to look it up by), but with
 * folded forms made once and a distance that gives up past the limit, so a miss stays cheap.
 */
function closestNames(names: readonly Named[], typed: string): string[] {
  const t = fold(typed);
  const limit = Math.max(3, Math.floor(t.length / 2));
  const found: Array<{ n: string; d: number }> = [];
  for (const { name, folded } of names) {
    let d = editDistance(folded, t, limit);
    for (const part of folded.split(' ')) if (d > 0) d = Math.min(d, editDistance(part, t, limit));
    if (d <= limit) found.push({ n: name, d });
  }
  return found
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.n);
}
