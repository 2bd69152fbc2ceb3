/**
 * Each channel's current article, kept per server: one small JSON file per server under
 * `dir` (`<server id>.json`, channel id → article id), read once and then served from memory.
 * Every change is written atomically, so a crash leaves the old file or the new one; a file
 * that cannot be read or parsed counts as no pins, with a warning, never as a reason to stop.
 * A server lives on one shard, so only one process ever writes its file.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log.ts';
import { writeAtomically } from './write-atomically.ts';

/** Discord ids are decimal snowflakes; nothing else may name a file here. */
const ID = /^\d{1,20}$/;

export class PinStore {
  readonly #servers = new Map<string, Promise<Map<string, string>>>();
  /** Writes of one server, one after the other, so the last change is the one on disk. */
  readonly #writes = new Map<string, Promise<void>>();

  constructor(
    readonly dir: string,
    private readonly log?: Pick<Logger, 'warn'>,
  ) {}

  /** The pins of a bot whose state lives in `stateDir`: its `pins/` folder. */
  static inState(stateDir: string, log?: Pick<Logger, 'warn'>): PinStore {
    return new PinStore(join(stateDir, 'pins'), log);
  }

  async get(guildId: string, channelId: string): Promise<string | undefined> {
    return (await this.#pins(guildId)).get(channelId);
  }

  async set(guildId: string, channelId: string, articleId: string): Promise<void> {
    await this.#change(guildId, (pins) => {
      pins.set(channelId, articleId);
      return true;
    });
  }

  clear(guildId: string, channelId: string): Promise<boolean> {
    return this.#change(guildId, (pins) => pins.delete(channelId));
  }

  #file(guildId: string): string {
    if (!ID.test(guildId)) throw new Error(`pins: a server id must be a Discord id, not ${JSON.stringify(guildId)}`);
    return join(this.dir, `${guildId}.json`);
  }

  #pins(guildId: string): Promise<Map<string, string>> {
    let pins = this.#servers.get(guildId);
    if (!pins) {
      pins = this.#load(guildId);
      this.#servers.set(guildId, pins);
    }
    return pins;
  }

  async #load(guildId: string): Promise<Map<string, string>> {
    const file = this.#file(guildId);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.log?.warn({ err: error, file }, 'channel articles could not be read; this server starts with none');
      return new Map();
    }
    try {
      const data: unknown = JSON.parse(text);
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object of channel ids');
      return new Map(Object.entries(data).filter((e): e is [string, string] => ID.test(e[0]) && typeof e[1] === 'string' && e[1] !== ''));
    } catch (error) {
      this.log?.warn({ err: error, file }, 'channel articles file is damaged; this server starts with none');
      return new Map();
    }
  }

  /**
   * Apply `edit` to a copy of the server's pins (false: nothing changed), write the copy, and
   * serve it only once it is on disk: a failed write leaves memory as the file is. Changes of
   * one server run one after the other, each on the pins the last one left.
   */
  #change(guildId: string, edit: (pins: Map<string, string>) => boolean): Promise<boolean> {
    const file = this.#file(guildId);
    const previous = this.#writes.get(guildId) ?? Promise.resolve();
    const change = previous.then(async () => {
      const pins = new Map(await this.#pins(guildId));
      if (!edit(pins)) return false;
      await mkdir(this.dir, { recursive: true });
      await writeAtomically(file, `${JSON.stringify(Object.fromEntries(pins), null, 2)}\n`);
      this.#servers.set(guildId, Promise.resolve(pins));
      return true;
    });
    // The caller hears of a failure; the next change runs all the same.
    this.#writes.set(
      guildId,
      change.then(
        () => undefined,
        () => undefined,
      ),
    );
    return change;
  }
}
