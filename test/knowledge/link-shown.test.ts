import { describe, expect, test } from 'vitest';
import { linkShown } from '../../src/knowledge/link-shown.ts';

describe('linkShown', () => {
  test.each([
    ['https://user:pass@news.example.com/a/story?token=abc#x', 'https://news.example.com/a/story?…'],
    ['<https://news.example.com/a/story?gift=abc>', 'https://news.example.com/a/story?…'],
    ['https://news.example.com/a/story', 'https://news.example.com/a/story'],
    ['user:pass@news.example.com/a?token=abc', 'news.example.com/a?…'],
    ['ftp://user:pass@files.example.com/x', 'ftp://files.example.com/x'],
  ])('%s is shown as %s', (link, shown) => {
    expect(linkShown(link)).toBe(shown);
  });
});
