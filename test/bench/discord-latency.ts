/**
 * `npm run bench:discord`: time from an interaction sent by the fake Discord to the bot's
 * callback, through the real bot process and discord.js, over loopback. Prints medians.
 */
import { startFakeDiscord } from '../fake-discord/server.ts';
import { knowledgeCopy, startBot } from '../discord/harness.ts';

const ROUNDS = Number(process.argv[2] ?? 200);
const questions = ['When was NATO founded?', 'What about Greenland?', 'Who criticized the U.S.?', 'What happens next?'];

const fake = await startFakeDiscord();
const bot = await startBot(fake, { KNOWLEDGE_DIR: knowledgeCopy(), LOG_LEVEL: 'warn' });
const times: Record<string, number[]> = { ask: [], who: [], autocomplete: [] };
const user = fake.addUser();
for (let i = 0; i < ROUNDS; i++) {
  for (const [kind, send] of [
    ['ask', () => fake.sendChatInput({ name: 'ask', options: { question: questions[i % questions.length]! }, user })],
    ['who', () => fake.sendChatInput({ name: 'who', options: {}, user })],
    ['autocomplete', () => fake.sendAutocomplete({ name: 'who', focused: 'name', options: { name: 'gu' }, user })],
  ] as const) {
    const started = Date.now();
    const sent = send();
    const callback = await fake.waitForCallback(sent.id, { timeoutMs: 10_000 });
    times[kind]!.push(callback.at - started);
  }
}
await bot.stop();
await fake.close();
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
for (const [kind, xs] of Object.entries(times)) {
  console.log(`${kind.padEnd(12)} n=${xs.length} median ${pct(xs, 50)} ms · p95 ${pct(xs, 95)} ms · max ${Math.max(...xs)} ms`);
}
