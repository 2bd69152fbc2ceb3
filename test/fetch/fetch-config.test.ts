import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.ts';

const NO_FILE = '/nonexistent/.env';

describe('fetch settings', () => {
  test('by default no host is exempt and a fetch may take 20 s', () => {
    const r = loadConfig({}, NO_FILE);
    expect(r.ok && r.config).toMatchObject({ fetchAllowHosts: [], fetchTimeoutMs: 20_000 });
  });

  test('FETCH_ALLOW_HOSTS is a comma list, compared in lower case, IPv6 without brackets', () => {
    const r = loadConfig({ FETCH_ALLOW_HOSTS: '127.0.0.1, Intranet.Example ,[::1]', FETCH_TIMEOUT_SECONDS: '5' }, NO_FILE);
    expect(r.ok && r.config).toMatchObject({ fetchAllowHosts: ['127.0.0.1', 'intranet.example', '::1'], fetchTimeoutMs: 5000 });
  });

  test('a time limit out of range is a configuration problem', () => {
    const r = loadConfig({ FETCH_TIMEOUT_SECONDS: '0' }, NO_FILE);
    expect(!r.ok && r.problems.join('\n')).toMatch(/FETCH_TIMEOUT_SECONDS/);
  });
});
