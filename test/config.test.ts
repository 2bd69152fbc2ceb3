import { describe, expect, test } from 'vitest';
import { loadConfig } from '../src/config.ts';

const none = '/nonexistent/.env';

describe('loadConfig', () => {
  test('defaults: offline, ./knowledge, info logs', () => {
    const r = loadConfig({}, none);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toMatchObject({ discordToken: undefined, apiBase: 'https://discord.com/api', logLevel: 'info', cooldownMs: 2000, cooldownBurst: 8 });
    expect(r.config.knowledgeDir).toMatch(/knowledge$/);
  });

  test('empty values count as unset, so a copied .env.example works', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', LOG_LEVEL: '' }, none).ok).toBe(true);
  });

  test('every bad value is listed, and no value is echoed back', () => {
    const r = loadConfig({ DISCORD_GUILD_ID: 'abc', LOG_LEVEL: 'loud', DISCORD_API_BASE: 'ftp://x', DISCORD_TOKEN: 'short' }, none);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(4);
    expect(r.problems.join('\n')).toMatch(/DISCORD_GUILD_ID/);
    expect(r.problems.join('\n')).not.toContain('short');
  });

  test('knowledge admin servers default to the development server', () => {
    const r = loadConfig({ DISCORD_GUILD_ID: '123456789012345678', MODERATOR_ROLE_IDS: '111111111111111111, 222222222222222222' }, none);
    expect(r.ok && r.config.adminGuildIds).toEqual(['123456789012345678']);
    expect(r.ok && r.config.moderatorRoleIds).toEqual(['111111111111111111', '222222222222222222']);
  });
});

describe('configuration messages', () => {
  const problems = (env: Record<string, string>) => {
    const r = loadConfig(env, none);
    return r.ok ? [] : r.problems;
  };

  test.each([
    ['COOLDOWN_SECONDS', '-1', 'COOLDOWN_SECONDS: must be from 0 to 600'],
    ['COOLDOWN_SECONDS', '601', 'COOLDOWN_SECONDS: must be from 0 to 600'],
    ['COOLDOWN_SECONDS', '1e2', 'COOLDOWN_SECONDS: must be a number of seconds, like 3 or 1.5'],
    ['COOLDOWN_SECONDS', '0x10', 'COOLDOWN_SECONDS: must be a number of seconds, like 3 or 1.5'],
    ['COOLDOWN_BURST', '0', 'COOLDOWN_BURST: must be from 1 to 100'],
    ['COOLDOWN_BURST', '2.5', 'COOLDOWN_BURST: must be a whole number from 1 to 100'],
    ['FETCH_TIMEOUT_SECONDS', '1e2', 'FETCH_TIMEOUT_SECONDS: must be a number of seconds, like 3 or 1.5'],
    ['SHARD_COUNT', '0', 'SHARD_COUNT: must be from 1 to 1000'],
    ['SHARD_COUNT', '1e2', 'SHARD_COUNT: must be auto or a whole number from 1 to 1000'],
    ['HEALTH_PORT', '0x10', 'HEALTH_PORT: must be a whole number from 1 to 65535'],
    ['HEALTH_PORT', '70000', 'HEALTH_PORT: must be from 1 to 65535'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent'],
    ['LOG_PRETTY', 'maybe', 'LOG_PRETTY: must be true or false'],
  ])('%s=%s says "%s"', (key, value, message) => {
    expect(problems({ [key]: value })).toEqual([message]);
  });

  test('numbers written plainly are taken', () => {
    const r = loadConfig({ COOLDOWN_SECONDS: '1.5', SHARD_COUNT: '4', HEALTH_PORT: '9464' }, none);
    expect(r.ok && [r.config.cooldownMs, r.config.shardCount, r.config.healthPort, r.config.healthHost]).toEqual([1500, 4, 9464, '127.0.0.1']);
  });

  test('SHARD_LIST names the shards of this process, sorted and once each, out of a numeric SHARD_COUNT', () => {
    const r = loadConfig({ SHARD_LIST: '3, 1,3', SHARD_COUNT: '4', SHARDS_PER_PROCESS: '2' }, none);
    expect(r.ok && [r.config.shardList, r.config.shardCount, r.config.shardsPerProcess, r.config.shardManaged]).toEqual([[1, 3], 4, 2, false]);
    const unset = loadConfig({}, none);
    expect(unset.ok && [unset.config.shardList, unset.config.shardsPerProcess]).toEqual([undefined, 'all']);
  });

  test.each([
    [{ SHARD_LIST: '0,1' }, 'SHARD_LIST: needs SHARD_COUNT as a number (the total every process agrees on)'],
    [{ SHARD_LIST: '1,4,5', SHARD_COUNT: '4' }, 'SHARD_LIST: shard ids run from 0 to 3 with SHARD_COUNT=4 (got 4, 5)'],
    [{ SHARD_LIST: 'one' }, 'SHARD_LIST.0: must be a whole number from 0 to 999'],
    [{ SHARDS_PER_PROCESS: '0' }, 'SHARDS_PER_PROCESS: must be from 1 to 1000'],
  ])('%o is refused: "%s"', (env, message) => {
    expect(problems(env)).toEqual([message]);
  });

  test('LOG_LEVEL in any case; LOG_PRETTY unset leaves the choice to the terminal', () => {
    const r = loadConfig({ LOG_LEVEL: 'INFO' }, none);
    expect(r.ok && [r.config.logLevel, r.config.logPretty, r.config.healthPort]).toEqual(['info', undefined, undefined]);
    const debug = loadConfig({ LOG_LEVEL: 'Debug', LOG_PRETTY: 'true' }, none);
    expect(debug.ok && [debug.config.logLevel, debug.config.logPretty]).toEqual(['debug', true]);
  });
});
