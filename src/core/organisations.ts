/**
 * The organisations an article names, shown apart from its people by /who: companies, parties,
 * clubs, newspapers, institutions. A capitalised run is one when it ends in an organisation
 * word (`Harlow Controls Inc`, `Eastport United`), continues as `X of/for Y` from one
 * (`Institute of Surveyors`, `Union for Reform and Social Justice`), or follows a noun
 * that classifies it (`the news magazine Die Abendpost`). General rules only, like people.ts.
 */
import { DETERMINERS, FUNCTION_WORDS } from './nlp-lexicon.ts';
import { ORG_CLASSIFIERS, ORG_NAME_WORDS } from './nlp-lexicon-orgs.ts';
import { TITLE_NOUNS } from './nlp-lexicon-people.ts';
import { PLACE_PHRASES, PLACES } from './nlp-lexicon-places.ts';
import { sentenceTokens, type Token } from './nlp-tokens.ts';
import type { Person } from './people.ts';
import { capitalisedRuns } from './people-candidates.ts';
import { fold } from './text.ts';
import type { Article } from './types.ts';

export interface Organisation {
  /** The name as the article first writes it in full: `Harlow Controls Inc`. */
  name: string;
  /** How many times that name appears. */
  mentions: number;
}

/** Organisations named in the article, most mentioned first; ties keep the order of first mention. */
export function extractOrganisations(article: Article, people: readonly Person[]): Organisation[] {
  const personForms = new Set(people.flatMap((p) => [p.name, ...p.aliases].map(fold)));
  const headings = new Set(article.sections.map(fold));
  const found = new Map<string, { name: string; mentions: number; order: number }>();
  let order = 0;
  for (const paragraph of article.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const tokens = sentenceTokens(sentence);
      for (const [start, end] of joinedRuns(tokens)) {
        let first = start;
        while (first < end && (FUNCTION_WORDS.has(tokens[first]!.norm) || DETERMINERS.has(tokens[first]!.norm))) first++;
        const name = sentence.text.slice(tokens[first]!.start, tokens[end]!.end);
        const key = fold(name);
        if (!isOrganisation(tokens, first, end) || personForms.has(key) || headings.has(key) || isPlace(key)) continue;
        const entry = found.get(key) ?? { name, mentions: 0, order: order++ };
        entry.mentions++;
        found.set(key, entry);
      }
    }
  }
  return [...found.values()].sort((a, b) => b.mentions - a.mentions || a.order - b.order).map(({ name, mentions }) => ({ name, mentions }));
}

/** Capitalised runs, joined across `of`/`for` (and then `and`) and across `&`: `Barrow & Lind Co`. */
function joinedRuns(tokens: readonly Token[]): Array<[number, number]> {
  const runs = capitalisedRuns(tokens);
  const out: Array<[number, number]> = [];
  for (let r = 0; r < runs.length; r++) {
    let [start, end] = runs[r]!;
    let inner = false;
    while (r + 1 < runs.length) {
      const [nextStart, nextEnd] = runs[r + 1]!;
      const gap = tokens.slice(end + 1, nextStart).map((t) => t.norm);
      const joins =
        (gap.length === 1 && gap[0] === '&') ||
        ((inner || ORG_NAME_WORDS.has(tokens[end]!.norm)) && /^(?:of|for)(?: the)?$/u.test(gap.join(' '))) ||
        (inner && gap.length === 1 && gap[0] === 'and');
      if (!joins || tokens[end]!.poss) break;
      inner ||= gap[0] === 'of' || gap[0] === 'for';
      end = nextEnd;
      r++;
    }
    out.push([start, end]);
  }
  return out;
}

function isOrganisation(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === 'word');
  if (words.length === 0) return false;
  // `Institute of Surveyors`: the head word comes before `of`/`for`.
  const headAt = words.findIndex((t, i) => i > 0 && (t.norm === 'of' || t.norm === 'for'));
  const head = words[(headAt > 0 ? headAt : words.length) - 1]!;
  // A lone `Parliament` or `Police` is a generic noun more often than a name.
  if (words.length > 1 && ORG_NAME_WORDS.has(head.norm) && !TITLE_NOUNS.has(head.norm)) return true;
  const prev = tokens[first - 1];
  return prev !== undefined && prev.kind === 'word' && !prev.cap && ORG_CLASSIFIERS.has(prev.norm) && tokens[first]!.cap;
}

function isPlace(folded: string): boolean {
  return PLACES.has(folded) || PLACE_PHRASES.includes(folded);
}
