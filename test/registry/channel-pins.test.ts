import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PinStore } from '../../src/knowledge/pins.ts';
import { tempDir } from '../helpers/temp.ts';

const SERVER = '111111111111111111';
const OTHER = '222222222222222222';
const CHANNEL = '333333333333333333';

function warnings() {
  const seen: string[] = [];
  return { seen, log: { warn: (_: unknown, message: string) => void seen.push(message) } as never };
}

describe('channel pins', () => {
  test('survive a restart: a new store over the same folder reads what the last one wrote', async () => {
    const state = tempDir('state-');
    const dir = join(state, 'pins');
    const first = PinStore.inState(state);
    await first.set(SERVER, CHANNEL, 'local-news');
    await first.set(OTHER, CHANNEL, 'other-news');
    const second = new PinStore(dir);
    expect(await second.get(SERVER, CHANNEL)).toBe('local-news');
    expect(await second.get(OTHER, CHANNEL)).toBe('other-news');
    expect(readdirSync(dir).sort()).toEqual([`${SERVER}.json`, `${OTHER}.json`]);
  });

  test('are kept per server: clearing one server leaves the other', async () => {
    const pins = new PinStore(join(tempDir('pins-'), 'pins'));
    await pins.set(SERVER, CHANNEL, 'a');
    await pins.set(OTHER, CHANNEL, 'b');
    expect(await pins.clear(SERVER, CHANNEL)).toBe(true);
    expect(await pins.clear(SERVER, CHANNEL)).toBe(false);
    expect(await pins.get(SERVER, CHANNEL)).toBeUndefined();
    expect(await pins.get(OTHER, CHANNEL)).toBe('b');
  });

  test('many changes at once end with the last one on disk, and no temporary file left', async () => {
    const dir = join(tempDir('pins-'), 'pins');
    const pins = new PinStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => pins.set(SERVER, String(1000 + i), `article-${i}`)));
    const saved = JSON.parse(readFileSync(join(dir, `${SERVER}.json`), 'utf8'));
    expect(Object.keys(saved)).toHaveLength(20);
    expect(readdirSync(dir)).toEqual([`${SERVER}.json`]);
  });

  test.each([
    ['not JSON', '{"333": "a",'],
    ['not an object', '["a"]'],
    ['empty', ''],
  ])('a damaged file (%s) means no pins and a warning, never a crash; the next change repairs it', async (_, text) => {
    const dir = tempDir('pins-');
    writeFileSync(join(dir, `${SERVER}.json`), text);
    const { seen, log } = warnings();
    const pins = new PinStore(dir, log);
    expect(await pins.get(SERVER, CHANNEL)).toBeUndefined();
    expect(seen).toEqual(['channel articles file is damaged; this server starts with none']);
    await pins.set(SERVER, CHANNEL, 'a');
    expect(await new PinStore(dir).get(SERVER, CHANNEL)).toBe('a');
  });

  test('a change that cannot be written is not served either, and the next one that can be is', async () => {
    const state = tempDir('state-');
    const pins = PinStore.inState(state);
    await pins.set(SERVER, CHANNEL, 'a');
    // A file where the pins folder should be: no write can succeed there.
    rmSync(join(state, 'pins'), { recursive: true });
    writeFileSync(join(state, 'pins'), '');
    await expect(pins.set(SERVER, CHANNEL, 'b')).rejects.toThrow();
    await expect(pins.clear(SERVER, CHANNEL)).rejects.toThrow();
    expect(await pins.get(SERVER, CHANNEL)).toBe('a');
    rmSync(join(state, 'pins'));
    await pins.set(SERVER, '444444444444444444', 'c');
    expect(await new PinStore(join(state, 'pins')).get(SERVER, CHANNEL)).toBe('a');
  });

  test('a server id that is not a Discord id never names a file', async () => {
    const pins = new PinStore(tempDir('pins-'));
    await expect(pins.set('../x', CHANNEL, 'a')).rejects.toThrow(/server id must be a Discord id/);
  });
});
