/**
 * Every shelf the bot serves: the shared shelf (KNOWLEDGE_DIR), which every server and DM sees,
 * and one shelf per server under SHELVES_DIR (a folder named by the server's id), which only
 * that server sees, beside the shared one. A server's shelf is an ordinary knowledge folder:
 * the same files, checks, atomic writes, last good copies and cache as the shared one.
 *
 * A server's shelf is opened the first time that server reads or changes it, and then kept in
 * memory; a server without a folder costs nothing. What a server sees (its shelf's parts over
 * the shared shelf's) is put together once per pair of versions, not per question.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusOf, type Corpus } from '../core/corpus.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { createAdmin, type AdminOptions, type KnowledgeAdmin, type ShelfLimits } from './admin.ts';
import { isFolder } from './load.ts';
import { counts, KnowledgeStore, type EverywhereReport, type ReloadReport, type Snapshot, type StoreOptions } from './store.ts';

/** Whose articles: the shelf every server sees, or one server's own. */
export type Shelf = { kind: 'shared' } | { kind: 'server'; guildId: string };

/** What one reader sees, and the version of it (equal on every process serving the same articles). */
export interface ShelfView {
  corpus: Corpus;
  version: string;
}

/** A Discord id: the only names a shelf's folder may have, so no id can reach outside SHELVES_DIR. */
const GUILD_ID = /^\d{15,21}$/;

export interface LibraryOptions {
  /** The shared shelf, opened by the caller (its failures decide whether the bot starts at all). */
  shared: KnowledgeStore;
  /** Where the servers' shelves live, one folder per server id. */
  shelvesDir: string;
  stateDir: string;
  limits: ShelfLimits;
  log: Logger;
  /** Everything else each shelf's moderator operations need (audit, fetch limits…). */
  admin?: Omit<AdminOptions, 'store' | 'log' | 'limits' | 'reloadEverywhere'>;
  /** Reloads the shared shelf everywhere it is served (every shard); defaults to this process. */
  reloadSharedEverywhere?: () => Promise<EverywhereReport>;
  /** Build reloads in a worker thread (default); off, on this thread (tests). */
  worker?: boolean;
  onLockWait?: StoreOptions['onLockWait'];
}

interface View {
  own: Snapshot;
  shared: Snapshot;
  view: ShelfView;
}

export class Library {
  readonly shared: KnowledgeStore;
  readonly #options: LibraryOptions;
  /** Servers with a shelf folder, as found at start and as created since. */
  readonly #known: Set<string>;
  readonly #opening = new Map<string, Promise<KnowledgeStore>>();
  readonly #open = new Map<string, KnowledgeStore>();
  readonly #views = new Map<string, View>();
  readonly #admins = new Map<string, KnowledgeAdmin>();
  #sharedAdmin: KnowledgeAdmin | null = null;

  private constructor(options: LibraryOptions, known: Set<string>) {
    this.shared = options.shared;
    this.#options = options;
    this.#known = known;
  }

  /** The library the configuration describes, over the shared shelf opened by the caller. */
  static fromConfig(
    config: Pick<Config, 'shelvesDir' | 'stateDir' | 'shelfLimits' | 'fetchAllowHosts' | 'fetchTimeoutMs'>,
    shared: KnowledgeStore,
    log: Logger,
    extra: Pick<LibraryOptions, 'reloadSharedEverywhere'> & { audit?: AdminOptions['audit'] } = {},
  ): Promise<Library> {
    const { audit, ...rest } = extra;
    return Library.open({
      shared,
      shelvesDir: config.shelvesDir,
      stateDir: config.stateDir,
      limits: config.shelfLimits,
      log,
      admin: { ...(audit ? { audit } : {}), fetch: { allowHosts: config.fetchAllowHosts, timeoutMs: config.fetchTimeoutMs } },
      ...rest,
    });
  }

  /** Lists the servers that have a shelf; opens none of them. */
  static async open(options: LibraryOptions): Promise<Library> {
    const names = await readdir(options.shelvesDir, { withFileTypes: true }).catch(() => []);
    return new Library(options, new Set(names.filter((e) => e.isDirectory() && GUILD_ID.test(e.name)).map((e) => e.name)));
  }

  /** Servers that have a shelf folder. */
  get servers(): string[] {
    return [...this.#known].sort();
  }

  /**
   * What a reader in `guildId` may see: that server's shelf over the shared shelf; `null` (a DM,
   * the console) sees the shared shelf only. Synchronous unless the server's shelf is opened now.
   */
  read(guildId: string | null): ShelfView | Promise<ShelfView> {
    const shared = this.shared.snapshot;
    if (guildId === null || !this.#known.has(guildId)) return { corpus: shared.corpus, version: shared.version };
    const store = this.#open.get(guildId);
    if (store) return this.#view(guildId, store.snapshot, shared);
    return this.#store(guildId, false).then(
      (opened) => (opened ? this.#view(guildId, opened.snapshot, this.shared.snapshot) : this.read(null)),
      (error: unknown) => {
        // A shelf that cannot be opened (an unreadable folder) leaves its server the shared shelf, and says so in the log.
        this.#options.log.error({ err: error, shelf: guildId }, 'could not open a server\'s shelf');
        return this.read(null);
      },
    );
  }

  /** The moderator operations on one shelf; a server's acts on that server's folder only. */
  admin(shelf: Shelf): KnowledgeAdmin | undefined {
    const { log, limits, admin } = this.#options;
    if (shelf.kind === 'shared') {
      this.#sharedAdmin ??= createAdmin({ ...admin, store: this.shared, log, ...(this.#options.reloadSharedEverywhere ? { reloadEverywhere: this.#options.reloadSharedEverywhere } : {}) });
      return this.#sharedAdmin;
    }
    const { guildId } = shelf;
    if (!GUILD_ID.test(guildId)) return undefined;
    let made = this.#admins.get(guildId);
    if (!made) {
      // A server's shelf lives on the one shard that holds the server: its reload is this process's.
      made = createAdmin({ ...admin, log: log.child({ shelf: guildId }), limits, store: async () => (await this.#store(guildId, true))! });
      this.#admins.set(guildId, made);
    }
    return made;
  }

  /**
   * Reload the shared shelf, or one server's shelf: a server's reload reads that server's folder
   * only, and never rebuilds the shared index or another server's.
   */
  async reload(scope?: { guildId: string }): Promise<ReloadReport> {
    if (!scope) return this.shared.reload();
    const started = performance.now();
    const wasOpen = this.#open.has(scope.guildId);
    const store = GUILD_ID.test(scope.guildId) ? await this.#store(scope.guildId, false) : null;
    if (!store) return noShelf();
    if (wasOpen) return store.reload();
    // Opened just now, by this reload: everything it serves is what the reload added.
    const { snapshot } = store;
    const none = { articles: 0, passages: 0, people: 0 };
    return { ok: true, before: none, after: counts(snapshot.corpus), added: [...snapshot.files.keys()], changed: [], removed: [], failures: snapshot.failures, ms: performance.now() - started, version: snapshot.version };
  }

  /** The server's shelf store, opened once; `create` makes its folder, else a server without one has none. */
  async #store(guildId: string, create: boolean): Promise<KnowledgeStore | null> {
    const open = this.#open.get(guildId);
    if (open) return open;
    const dir = join(this.#options.shelvesDir, guildId);
    if (create) await mkdir(dir, { recursive: true });
    else if (!(await isFolder(dir))) {
      this.#known.delete(guildId);
      return null;
    }
    this.#known.add(guildId);
    let opening = this.#opening.get(guildId);
    if (!opening) {
      const { stateDir, worker, onLockWait } = this.#options;
      opening = KnowledgeStore.open({ dir, stateDir, allowEmpty: true, ...(worker === false ? { worker } : {}), ...(onLockWait ? { onLockWait } : {}) });
      this.#opening.set(guildId, opening);
      opening.then(
        (store) => {
          this.#open.set(guildId, store);
          this.#opening.delete(guildId);
          for (const failure of store.snapshot.failures) this.#options.log.warn({ shelf: guildId, file: failure.file, line: failure.line }, `skipped article: ${failure.reason}`);
        },
        () => this.#opening.delete(guildId),
      );
    }
    return opening;
  }

  /** A server's view, made again only when its shelf or the shared shelf has changed. */
  #view(guildId: string, own: Snapshot, shared: Snapshot): ShelfView {
    const made = this.#views.get(guildId);
    if (made && made.own === own && made.shared === shared) return made.view;
    const view: ShelfView = own.parts.length
      ? { corpus: corpusOf(own.parts, shared.parts), version: `${own.version}+${shared.version}` }
      : { corpus: shared.corpus, version: shared.version };
    this.#views.set(guildId, { own, shared, view });
    return view;
  }
}

function noShelf(): ReloadReport {
  const none = { articles: 0, passages: 0, people: 0 };
  return { ok: true, before: none, after: none, added: [], changed: [], removed: [], failures: [], ms: 0, version: '' };
}
