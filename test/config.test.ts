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
