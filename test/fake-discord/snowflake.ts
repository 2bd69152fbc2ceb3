// Snowflake helpers. Ids are real-looking snowflakes (timestamp in the high
// bits) because discord.js derives `createdAt` from them and, more importantly,
// Discord routes a guild to a shard by the *timestamp bits* of its id. Using
// fake strings like "guild-1" would break that routing rule.

const DISCORD_EPOCH = 1420070400000n;

let lastMs = 0n;
let sequence = 0n;

/** A fresh, strictly increasing snowflake. */
export function snowflake(): string {
  let ms = BigInt(Date.now()) - DISCORD_EPOCH;
  // Keep ids strictly increasing even if the clock stands still or goes back,
  // so "newer message has bigger id" holds like on real Discord.
  if (ms <= lastMs) {
    ms = lastMs;
    sequence = (sequence + 1n) & 0xfffn;
    if (sequence === 0n) ms = lastMs + 1n;
  } else {
    sequence = 0n;
  }
  lastMs = ms;
  return ((ms << 22n) | sequence).toString();
}

/** The shard Discord delivers a guild's events to: `(guild_id >> 22) % shard_count`. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * A fresh guild id that lands on `shardId` out of `shardCount`, so tests can
 * place guilds on specific shards without hand-crafting ids.
 */
export function guildIdForShard(shardId: number, shardCount: number): string {
  const base = BigInt(snowflake()) >> 22n;
  const count = BigInt(shardCount);
  // Bump the timestamp part to the next value with the wanted remainder, then
  // make it unique with a random worker/sequence part.
  const ms = base + ((BigInt(shardId) - (base % count) + count) % count);
  const low = BigInt(Math.floor(Math.random() * 0x3fffff));
  return ((ms << 22n) | low).toString();
}
