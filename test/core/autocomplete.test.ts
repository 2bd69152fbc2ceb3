/**
 * Autocomplete looks typed words up through an index of each part's choices, and goes part by
 * part for a reader who sees several: the choices offered are exactly those a pass over the
 * reader's whole list gives (every typed word contained, those starting with the first word
 * first, in the list's order, at most 25), for one part, segments, and a server's own shelf
 * hiding a shared article with its id.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildPart, corpusOf, type Corpus, type Named } from '../../src/core/corpus.ts';
import { fold } from '../../src/core/text.ts';
import type { Article } from '../../src/core/types.ts';
import { articleChoices, matchChoices, MAX_CHOICES } from '../../src/registry/command-kit.ts';
import { article } from '../helpers/articles.ts';

const root = new URL('../fixtures/extraction/', import.meta.url);
const articles: Article[] = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(md|txt)$/.test(f))
  .map((f) => article(f.split('/').pop()!.replace(/\.(md|txt)$/, ''), readFileSync(new URL(f, root), 'utf8'), f.endsWith('.md') ? 'md' : 'txt'));
const segment = (a: Article) => createHash('md5').update(a.id).digest().readUInt32BE(0) % 4;

/** What autocomplete promises, by a pass over the whole list. */
function expected(list: readonly (Named & { id?: string })[], typed: string) {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const found = list.filter((c) => words.every((w) => c.folded.includes(w)));
  const first = words.length ? found.filter((c) => c.folded.startsWith(words[0]!)) : [];
  const rest = found.filter((c) => !first.includes(c));
  return [...first, ...rest].slice(0, MAX_CHOICES).map((c) => c.id ?? c.name);
}

/** Typed inputs cut from the choices themselves: starts, middles, two words, and misses. */
function typings(list: readonly Named[]): string[] {
  const out = ['', 'zzq', 'e', 'an', 'the', 'court ruling'];
  list.forEach((c, i) => {
    if (i % 3) return;
    const words = c.folded.split(/\s+/);
    const w = words[i % words.length]!;
    out.push(w.slice(0, 3), w.slice(1, 5), w.slice(0, 2), `${words[0]!.slice(0, 3)} ${words.at(-1)!.slice(-3)}`, c.name.toUpperCase().slice(0, 6));
  });
  return out;
}

const own = article('court-ruling', '---\ntitle: Appeal court sides with the port workers\n---\nJudge Ines Varga said the port must rehire the workers.');
const views: Array<[string, Corpus]> = [
  ['one part', corpusOf([buildPart(articles)])],
  ['four segments', corpusOf([0, 1, 2, 3].map((s) => buildPart(articles.filter((a) => segment(a) === s))))],
  ['a server shelf beside segments', corpusOf([buildPart([own])], [0, 1, 2, 3].map((s) => buildPart(articles.filter((a) => segment(a) === s))))],
];

describe.each(views)('%s', (_, corpus) => {
  test('article choices are those of a pass over the whole list', () => {
    const list = corpus.lists.articleChoices;
    for (const typed of typings(list)) expect(articleChoices(corpus, typed).map((c) => c.value), typed).toEqual(expected(list, typed));
  });

  test('name and claimant choices are those of a pass over the whole list', () => {
    for (const list of [corpus.lists.personNames, corpus.lists.claimants]) {
      for (const typed of typings(list)) expect(matchChoices(list, typed).map((c) => c.value), typed).toEqual(expected(list, typed));
    }
  });
});

test("a server's own article is offered, never the shared one it hides", () => {
  const [, corpus] = views[2]!;
  expect(articleChoices(corpus, 'court').map((c) => c.name)).toContain('Appeal court sides with the port workers (court-ruling)');
  expect(articleChoices(corpus, 'court-ruling')).toHaveLength(1);
});

test('over a long list, common and rare typed text alike give what a pass gives', () => {
  // Names combined from the fixtures' people: many share a first name, a surname or a piece of one.
  const people = corpusOf([buildPart(articles)]).lists.personNames.map((n) => n.name.split(' '));
  const seen = new Set<string>();
  const list: Named[] = [];
  for (const a of people) {
    for (const b of people) {
      const name = `${a[0]} ${b.at(-1)}`;
      if (!seen.has(name)) list.push({ name, folded: fold(name) }), seen.add(name);
    }
  }
  expect(list.length).toBeGreaterThan(5000);
  for (const typed of [...typings(list.slice(0, 600)), 'a', 'er', 'an', 'jo', 'son', 'ma ri']) {
    expect(matchChoices(list, typed).map((c) => c.value), typed).toEqual(expected(list, typed));
  }
});
