/**
 * HEALTH_PORT: the real bot's health endpoint over loopback. Discord is reached through a
 * gate in front of the fake Discord that holds every request until opened, so the test sees
 * the bot before it has logged in, then after.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { freePort, knowledgeCopy, spawnBot, type RunningBot } from './harness.ts';

let fake: FakeDiscord;
let bot: RunningBot;
let gate: { server: Server; url: string; open(): void };
let health: string;

/** An HTTP proxy to the fake Discord's REST API that answers nothing until `open()`. */
async function gateTo(target: string): Promise<typeof gate> {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const body = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const server = createServer(async (request, response) => {
    const payload = await body(request);
    await opened;
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([k, v]) => typeof v === 'string' && k !== 'host' && k !== 'content-length')) as Record<string, string>;
    const path = (request.url ?? '/').replace(/^\/api/, '');
    const upstream = await fetch(`${target}${path}`, { method: request.method, headers, ...(payload.length ? { body: payload } : {}) });
    const type = upstream.headers.get('content-type');
    response.writeHead(upstream.status, type ? { 'content-type': type } : {});
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, open };
}

const get = async (path: string) => {
  const response = await fetch(`${health}${path}`);
  return { status: response.status, text: await response.text() };
};

/** The value of one sample of the Prometheus text, or undefined when it is absent. */
function sample(metrics: string, line: RegExp): number | undefined {
  const match = metrics.split('\n').find((l) => line.test(l));
  return match === undefined ? undefined : Number(match.split(' ').pop());
}

/**
 * The metrics once `settled` holds: the bot counts a command after Discord accepted its
 * reply, a moment after the fake recorded it.
 */
async function metricsOnce(settled: (metrics: string) => boolean): Promise<string> {
  for (let tries = 0; ; tries++) {
    const metrics = (await get('/metrics')).text;
    if (settled(metrics) || tries === 100) return metrics;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  gate = await gateTo(fake.apiBase);
  const port = await freePort();
  health = `http://127.0.0.1:${port}`;
  bot = spawnBot('src/main.ts', fake, { KNOWLEDGE_DIR: knowledgeCopy(), DISCORD_API_BASE: gate.url, HEALTH_PORT: String(port) });
  await bot.waitForOutput(/"msg":"health endpoint listening"/);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  gate?.server.close();
  await fake?.close();
});

describe('the health endpoint', () => {
  test('before login the process is up but not ready', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, text: 'ok\n' });
    expect(await get('/readyz')).toEqual({ status: 503, text: 'not ready: not connected to Discord\n' });
    const metrics = (await get('/metrics')).text;
    expect(sample(metrics, /^newsquote_gateway_connected /)).toBe(0);
    expect(sample(metrics, /^newsquote_knowledge_articles /)).toBe(1);
  });

  test('after login it is ready', async () => {
    gate.open();
    await bot.waitForOutput(/"msg":"commands deployed"/);
    expect(await get('/readyz')).toEqual({ status: 200, text: 'ready\n' });
    const metrics = (await get('/metrics')).text;
    expect(sample(metrics, /^newsquote_gateway_connected /)).toBe(1);
    expect(metrics).toMatch(/^newsquote_knowledge_info\{version="[0-9a-f]{12}"\} 1$/m);
    expect(sample(metrics, /^newsquote_knowledge_passages /)).toBeGreaterThan(0);
    expect(metrics).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
  });

  test('answered commands, their latency and reloads are counted', async () => {
    const before = (await get('/metrics')).text;
    expect(sample(before, /^newsquote_commands_total\{command="ask",outcome="answered"\}/)).toBeUndefined();
    for (const question of ['When was NATO founded?', 'Who criticized the U.S.?', '   ']) {
      const sent = fake.sendChatInput({ name: 'ask', options: { question }, user: fake.addUser() });
      await fake.waitForCallback(sent.id, { timeoutMs: 10_000 });
    }
    const reload = fake.sendChatInput({ name: 'reload', guildId: fake.guild.id, permissions: String(PermissionFlagsBits.ManageGuild), user: fake.addUser() });
    await fake.waitForOriginalEdit(reload.id, { timeoutMs: 20_000 });
    const after = await metricsOnce((m) => sample(m, /^newsquote_answer_seconds_count\{command="reload"\}/) === 1 && sample(m, /^newsquote_answer_seconds_count\{command="ask"\}/) === 3);
    expect(sample(after, /^newsquote_commands_total\{command="ask",outcome="answered"\}/)).toBe(2);
    expect(sample(after, /^newsquote_commands_total\{command="ask",outcome="error"\}/)).toBe(1);
    expect(sample(after, /^newsquote_answer_seconds_count\{command="ask"\}/)).toBe(3);
    expect(sample(after, /^newsquote_reloads_total\{outcome="ok"\}/)).toBe(1);
    expect(sample(after, /^newsquote_commands_total\{command="reload",outcome="answered"\}/)).toBe(1);
  });

  test('a port already taken stops the bot with a clear line', async () => {
    const taken = gate.url.replace(/^http:\/\/127\.0\.0\.1:(\d+)\/api$/, '$1');
    const other = spawnBot('src/main.ts', fake, { KNOWLEDGE_DIR: knowledgeCopy(), HEALTH_PORT: taken, KNOWLEDGE_WATCH: 'true' });
    expect(await other.exited).toBe(1);
    expect(other.stderr()).toContain(`Could not open the health endpoint on 127.0.0.1:${taken}: listen EADDRINUSE`);
  });

  test('anything else is not found, and only GET is served', async () => {
    expect((await get('/')).status).toBe(404);
    expect((await fetch(`${health}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
