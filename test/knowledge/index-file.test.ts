import { describe, expect, test } from 'vitest';
import { passageDocs, sortArticles } from '../../src/core/corpus.ts';
import { createIndex } from '../../src/core/search.ts';
import { packIndex, unpackIndex } from '../../src/knowledge/index-file.ts';
import { practiceCorpus } from '../helpers/articles.ts';

function practiceIndex() {
  const index = createIndex();
  index.addAll(passageDocs(sortArticles([...practiceCorpus().articles])));
  return index;
}

describe('the packed index of a segment file', () => {
  test.each([false, true])('reads back as the same index (background: %s)', async (background) => {
    const index = practiceIndex();
    const loaded = await unpackIndex(packIndex(index), background);
    // The same terms and postings; the term tree may list them in another order.
    const sorted = (json: ReturnType<typeof index.toJSON>) => ({ ...json, index: [...json.index].sort((a, b) => (a[0] < b[0] ? -1 : 1)) });
    expect(sorted(loaded.toJSON())).toEqual(sorted(index.toJSON()));
    for (const q of ['alliance founded 1949', 'marathon runners heat', 'library late-night reading']) {
      expect(loaded.search(q, { prefix: true })).toEqual(index.search(q, { prefix: true }));
    }
  });

  test.each([
    ['truncated postings', (p: { postings: string }) => ({ ...p, postings: Buffer.from(p.postings, 'base64').subarray(0, -3).toString('base64') })],
    ['postings with bytes to spare', (p: { postings: string }) => ({ ...p, postings: Buffer.concat([Buffer.from(p.postings, 'base64'), Buffer.from([1])]).toString('base64') })],
    ['no postings', (p: { postings: string }) => ({ ...p, postings: undefined })],
    ['postings in the old form', (p: { postings: string }) => ({ ...p, postings: [1, 0, 1, 0, 1] })],
    ['a field count far past the end', (p: { postings: string }) => ({ ...p, postings: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]).toString('base64') })],
    // One term, one field, 2^32 + 1 documents, frequency 2^32 + 7: wrapped to 32 bits it would read as one posting.
    ['a number of 2^32 or more', (p: { postings: string }) => ({ ...p, terms: ['x'], postings: Buffer.from([1, 0, 0x81, 0x80, 0x80, 0x80, 0x10, 0, 0x87, 0x80, 0x80, 0x80, 0x10]).toString('base64') })],
  ])('%s are refused, so the segment is rebuilt', async (_, spoil) => {
    const packed = JSON.parse(packIndex(practiceIndex()));
    await expect(unpackIndex(JSON.stringify(spoil(packed)), false)).rejects.toThrow(/knowledge:/);
  });
});
