import { describe, expect, test } from 'vitest';
import { generateArticles } from '../../bench/generate.ts';
import { buildCorpus } from '../../src/core/corpus.ts';
import { fold } from '../../src/core/text.ts';
import { who } from '../../src/core/who-claims-next.ts';
import { article, textArticle } from '../helpers/articles.ts';

describe('/who name: through the name index', () => {
  const corpus = buildCorpus([
    textArticle('Anaïs Lefèvre, the mayor, opened the bridge. Lefèvre said the works were finished.\n\nJean-Pierre Okafor, an engineer, praised the crews.', 'txt', 'bridge'),
    textArticle('Mark Lefebvre, a councillor, opposed the budget. Lefebvre called it reckless.', 'txt', 'budget'),
  ]);
  const names = (name: string) => who(corpus, { name }).items.map((i) => i.heading);

  test('any part of any word of a name finds the person, accents optional', () => {
    expect(names('lefevre')).toEqual(['Anaïs Lefèvre']);
    expect(names('LEFÈV')).toEqual(['Anaïs Lefèvre']);
    expect(names('efeb')).toEqual(['Mark Lefebvre']);
    expect(names('anais lefevre')).toEqual(['Anaïs Lefèvre']);
    expect(names('pierre')).toEqual(['Jean-Pierre Okafor']);
  });

  test('a fragment shared by several people lists them all in article order; every word must match', () => {
    expect(names('lef')).toEqual(['Anaïs Lefèvre', 'Mark Lefebvre']);
    expect(names('le')).toEqual(expect.arrayContaining(['Anaïs Lefèvre', 'Mark Lefebvre']));
    expect(names('mark lefevre')).toEqual([]);
    expect(who(corpus, { name: 'zzqx' }).note).toMatch(/No one called "zzqx"/);
  });

  test('finds exactly the people a scan of every name finds, in the same order', () => {
    const generated = generateArticles(80, 11).map((g) => article(g.id, g.text, g.file.endsWith('.md') ? 'md' : 'txt'));
    const big = buildCorpus(generated);
    const scan = (name: string) => {
      const wanted = fold(name).split(/\s+/).filter(Boolean);
      return big.lists.people.filter(({ forms }) => wanted.every((w) => forms.includes(w)));
    };
    const words = [...new Set(big.lists.people.flatMap((p) => p.forms.split(' ')))];
    expect(words.length).toBeGreaterThan(20);
    const asked = words.flatMap((w, i) => [w, w.slice(1, 4), w.slice(0, 2), w.slice(-1), `${w} ${words[(i * 7) % words.length]!.slice(0, 3)}`, `${w}x`]);
    for (const name of asked) {
      const wanted = fold(name).split(/\s+/).filter(Boolean);
      expect(big.lists.peopleByName.find(wanted), name).toEqual(scan(name));
    }
    // And the answer is made from them, in that order.
    const some = asked.find((name) => scan(name).length > 1)!;
    expect(who(big, { name: some }).items.map((i) => i.heading)).toEqual([...scan(some)].sort((a, b) => a.order - b.order).slice(0, 60).map((e) => e.person.name));
  });
});
