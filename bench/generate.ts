/**
 * Deterministic generator of realistic news articles for benchmarks.
 *
 * Each article is one of a dozen story kinds (council vote, transport strike, factory closure,
 * court ruling, sports transfer, civic opening, storm, election, health service, technology launch,
 * housing plan, research study), written as a lead plus two to four headed sections from hundreds
 * of sentence templates. Templates are filled from vocabularies of real and synthesised names, so
 * people, places and organisations follow a skewed, realistic distribution. Output is a pure
 * function of (count, seed): no clock, no Math.random, and article i does not depend on how many
 * articles are generated, so a smaller corpus is a prefix of a larger one with the same seed.
 *
 * Usage: `npx tsx src/bench/generate.ts OUT_DIR [COUNT] [SEED]`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as V from './vocab.ts';

export interface GeneratedArticle {
  /** File name without extension, e.g. `a00042-council-vote-harbor`. */
  id: string;
  /** File name, e.g. `a00042-council-vote-harbor.md`. */
  file: string;
  /** Full file content. */
  text: string;
}

export const DEFAULT_SEED = 20260109;

/** Generate `count` articles. The same count and seed always give byte-identical output. */
export function generateArticles(count: number, seed: number = DEFAULT_SEED): GeneratedArticle[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) out.push(generateArticle(i, seed));
  return out;
}

/** Generate and write `count` articles into `dir` (created if missing). Returns the bytes written. */
export async function writeArticles(dir: string, count: number, seed: number = DEFAULT_SEED): Promise<number> {
  await mkdir(dir, { recursive: true });
  const articles = generateArticles(count, seed);
  let bytes = 0;
  const BATCH = 64;
  for (let i = 0; i < articles.length; i += BATCH) {
    await Promise.all(
      articles.slice(i, i + BATCH).map((a) => {
        const data = Buffer.from(a.text, 'utf8');
        bytes += data.length;
        return writeFile(join(dir, a.file), data);
      }),
    );
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mix a seed and an index into a well-spread 32-bit seed (murmur3 finaliser). */
function mixSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** Skewed pick: low indexes are much more likely (power-law), like real name and place frequencies. */
  skewed<T>(xs: readonly T[], power: number): T {
    return xs[Math.floor(xs.length * this.next() ** power)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary pools, built once from a fixed seed so they never depend on the caller's seed.

interface Pools {
  female: string[];
  male: string[];
  surnames: string[];
  places: string[];
  surnameTail: string[];
  cities: string[];
  brands: string[];
}

let pools: Pools | null = null;

function getPools(): Pools {
  if (pools) return pools;
  const r = new Rng(0x5eed1e55);
  const unique = (xs: string[]) => [...new Set(xs)];
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const surnameTail = new Set<string>();
  const places = new Set<string>();
  const realCities = new Set(V.REAL_CITIES);
  const make = (style: number): string => {
    switch (style) {
      case 0:
        return r.pick(V.ANGLO_ROOTS) + r.pick(V.ANGLO_SUFFIXES);
      case 1:
        return r.pick(V.LATIN_ONSETS) + (r.chance(0.6) ? r.pick(V.LATIN_MIDDLES) : '') + r.pick(V.LATIN_ENDINGS);
      case 2:
        return r.pick(V.SLAVIC_ROOTS) + r.pick(V.SLAVIC_ENDINGS);
      default:
        return r.pick(V.NORDIC_ROOTS) + r.pick(V.NORDIC_ENDINGS);
    }
  };
  // Synthetic surnames in several styles: the long tail behind the real ones.
  const SURNAME_ENDINGS = [
    V.words('son, ton, ley, wood, field, er, well, by, ford, man, worth, ridge, more, ham, ington'),
    V.words('ez, elli, ini, etti, ano, ari, esco, ado, eira, one, ucci, ès'),
    V.words('ski, ová, ović, enko, ek, iak, czyk, ov, in, ovski, ar'),
    V.words('sen, son, berg, ström, lund, gren, qvist, dahl, vik, strand'),
  ];
  const ROOTS = [V.ANGLO_ROOTS, V.LATIN_ONSETS, V.SLAVIC_ROOTS, V.NORDIC_ROOTS];
  while (surnameTail.size < 10000) {
    const style = r.int(0, 3);
    const root = style === 1 ? r.pick(V.LATIN_ONSETS) + (r.chance(0.5) ? r.pick(V.LATIN_MIDDLES) : '') : r.pick(ROOTS[style]!);
    surnameTail.add(r.chance(0.3) ? cap(make(0)) : cap((root + r.pick(SURNAME_ENDINGS[style]!)).toLowerCase()));
  }
  while (places.size < 25000) {
    const roll = r.next();
    let name = cap(make(roll < 0.45 ? 0 : roll < 0.65 ? 1 : roll < 0.82 ? 2 : 3));
    if (r.chance(0.1)) name = `${r.pick(V.PLACE_PREFIXES)} ${name}`;
    if (!realCities.has(name)) places.add(name);
  }
  const brands = new Set<string>();
  while (brands.size < 8000) {
    const b = r.pick(V.BRAND_ONSETS) + (r.chance(0.25) ? r.pick(['a', 'e', 'o', 'i']) : '') + r.pick(V.BRAND_ENDINGS);
    brands.add(cap(b.toLowerCase()));
  }
  const placeList = r.shuffle([...places]);
  pools = {
    female: r.shuffle(unique(V.FEMALE_FIRST)),
    male: r.shuffle(unique(V.MALE_FIRST)),
    surnames: r.shuffle(unique(V.SURNAMES)),
    places: placeList,
    surnameTail: r.shuffle([...surnameTail]),
    // Story locations: real cities and synthesised towns, interleaved so both are common.
    cities: r.shuffle([...unique(V.REAL_CITIES), ...placeList.slice(0, 4000)]),
    brands: r.shuffle([...brands]),
  };
  return pools;
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates

function commas(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return (n < 0 ? '-' : '') + out;
}

function dec1(x: number): string {
  return x >= 100 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, '');
}

function logUniform(r: Rng, min: number, max: number): number {
  return Math.exp(Math.log(min) + r.next() * (Math.log(max) - Math.log(min)));
}

function moneyText(v: number, cur: string): string {
  if (v >= 1e9) return `${cur}${dec1(v / 1e9)} billion`;
  if (v >= 1e6) return `${cur}${dec1(v / 1e6)} million`;
  if (v >= 1e5) return `${cur}${commas(Math.round(v / 1000) * 1000)}`;
  if (v >= 1000) return `${cur}${commas(Math.round(v / 50) * 50)}`;
  return `${cur}${commas(Math.round(v))}`;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2023, 0, 1);

function dateParts(ms: number): { y: number; m: number; d: number; wd: number } {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth(), d: dt.getUTCDate(), wd: dt.getUTCDay() };
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Templates: `{slot}`, `{A}`, `{A.field}`, and inline alternatives `[one|two|]` (nestable).

type Node = string | { alt: Node[][] } | { key: string; field: string | undefined };

const compiled = new Map<string, Node[]>();

function compile(tpl: string): Node[] {
  let nodes = compiled.get(tpl);
  if (!nodes) {
    const [parsed] = parseNodes(tpl, 0, false);
    nodes = parsed;
    compiled.set(tpl, nodes);
  }
  return nodes;
}

/** Parse from `i` until the end, or until `|`/`]` when inside alternatives. */
function parseNodes(tpl: string, i: number, inAlt: boolean): [Node[], number] {
  const nodes: Node[] = [];
  let lit = '';
  while (i < tpl.length) {
    const ch = tpl[i]!;
    if (inAlt && (ch === '|' || ch === ']')) break;
    if (ch === '[') {
      if (lit) nodes.push(lit);
      lit = '';
      const options: Node[][] = [];
      i++;
      for (;;) {
        const [opt, j] = parseNodes(tpl, i, true);
        options.push(opt);
        if (tpl[j] === '|') {
          i = j + 1;
          continue;
        }
        if (tpl[j] !== ']') throw new Error(`unclosed [ in template: ${tpl}`);
        i = j + 1;
        break;
      }
      nodes.push({ alt: options });
      continue;
    }
    if (ch === '{') {
      const end = tpl.indexOf('}', i);
      if (end < 0) throw new Error(`unclosed { in template: ${tpl}`);
      if (lit) nodes.push(lit);
      lit = '';
      const [key, field] = tpl.slice(i + 1, end).split('.');
      nodes.push({ key: key!, field });
      i = end + 1;
      continue;
    }
    lit += ch;
    i++;
  }
  if (lit) nodes.push(lit);
  return [nodes, i];
}

// ---------------------------------------------------------------------------------------------
// People

type PersonKey = 'A' | 'B' | 'C' | 'D';

interface RoleSpec {
  /** Title used before the name: `Mayor`, `Dr.`, `Transport Minister`. */
  prefix?: string;
  /** Whether later mentions often keep the title (`Dr. Okafor`, `Judge Weber`). */
  titled?: boolean;
  /** Appositives: `the director of the port authority`, `who runs a bakery on Elm Street`. */
  desc: string[];
  /** Leading forms: `the union's leader` -> `The union's leader, X, said`. */
  lead?: string[];
  /** Short role noun for some later mentions: `the mayor`. */
  short?: string;
}

interface Person {
  first: string;
  last: string;
  female: boolean;
  prefix: string | null;
  titled: boolean;
  desc: string;
  lead: string | null;
  short: string | null;
  introduced: boolean;
}

function possessive(s: string): string {
  return s.endsWith('s') ? `${s}'` : `${s}'s`;
}

// ---------------------------------------------------------------------------------------------
// Story kinds

type QuotePool = 'pro' | 'con' | 'voice' | 'expert' | 'pnp' | 'cnp' | 'accuse' | 'claim';
const QUOTE_POOLS = new Set<string>(['pro', 'con', 'voice', 'expert', 'pnp', 'cnp', 'accuse', 'claim']);

interface Kind {
  slug: string;
  weight: number;
  /** The story is about a plan or decision, so the shared policy narration fits it. */
  policy: boolean;
  setup(s: Story): void;
  titles: string[];
  lead: string[];
  more: string[];
  details: string[];
  background: string[];
  reaction: string[];
  next: string[];
  pro: string[];
  con: string[];
  voice: string[];
  expert: string[];
  pnp: string[];
  cnp: string[];
  accuse: string[];
  claim: string[];
}

class Story {
  readonly slots: Record<string, string> = Object.create(null) as Record<string, string>;
  readonly people: Partial<Record<PersonKey, Person>> = {};
  readonly used = new Set<string>();
  private readonly surnamesUsed = new Set<string>();
  readonly cur: string;
  private readonly percentWord: string;
  readonly eventMs: number;
  readonly publishedMs: number;

  constructor(
    readonly r: Rng,
    readonly kind: Kind,
  ) {
    const p = getPools();
    const roll = r.next();
    this.cur = roll < 0.6 ? '$' : roll < 0.85 ? '€' : '£';
    this.percentWord = r.chance(0.8) ? ' percent' : '%';
    this.publishedMs = EPOCH + r.int(0, 4 * 365) * DAY_MS;
    this.eventMs = this.publishedMs - r.int(0, 2) * DAY_MS;
    const ev = dateParts(this.eventMs);
    const city = r.skewed(p.cities, 1.8);
    const place2 = this.place();
    const sl = this.slots;
    sl.city = city;
    sl.place2 = place2 === city ? this.place() : place2;
    sl.place3 = this.place();
    sl.country = r.pick(V.COUNTRIES);
    sl.country2 = r.pick(V.COUNTRIES);
    sl.date = `${V.MONTHS[ev.m]} ${ev.d}, ${ev.y}`;
    sl.weekday = V.WEEKDAYS[ev.wd]!;
    sl.prevWeekday = V.WEEKDAYS[(ev.wd + 7 - r.int(1, 3)) % 7]!;
    sl.month = V.MONTHS[ev.m]!;
    sl.year = String(ev.y);
    sl.lastYear = String(ev.y - 1);
    sl.pastYear = String(ev.y - r.int(2, 9));
    sl.pastYear2 = String(ev.y - r.int(10, 19));
    sl.pastYear3 = String(ev.y - r.int(3, 14));
    sl.oldYear = String(ev.y - r.int(25, 90));
    sl.decade = `the ${Math.floor((ev.y - r.int(20, 60)) / 10) * 10}s`;
    const fm = dateParts(this.eventMs + r.int(20, 200) * DAY_MS);
    sl.futureMonth = fm.y === ev.y ? V.MONTHS[fm.m]! : `${V.MONTHS[fm.m]} ${fm.y}`;
    const fd = dateParts(this.eventMs + r.int(5, 90) * DAY_MS);
    sl.futureDate = fd.y === ev.y ? `${V.MONTHS[fd.m]} ${fd.d}` : `${V.MONTHS[fd.m]} ${fd.d}, ${fd.y}`;
    sl.futureWeekday = V.WEEKDAYS[(ev.wd + r.int(1, 6)) % 7]!;
    sl.nextYear = String(ev.y + 1);
    sl.finishYear = String(ev.y + r.int(1, 5));
    sl.street = this.street();
    sl.street2 = this.street();
    sl.districtName = this.place();
    sl.district = r.chance(0.5) ? `the ${sl.districtName} district` : sl.districtName;
    sl.river = r.chance(0.5) ? `the River ${this.place().replace(/^\w+ /u, '')}` : `the ${this.place()} River`;
    sl.outlet = this.outlet();
    sl.university = r.chance(0.6) ? `the University of ${r.chance(0.5) ? city : this.place()}` : `${this.place()} University`;
    sl.foundation = `the ${this.surname()} Foundation`;
    sl.consultancy = `${this.brand()} ${r.pick(['Research', 'Analytics', 'Consulting', 'Economics', 'Advisory', 'Insight'])}`;
    sl.venue = r.pick([`the town hall`, `{city} City Hall`, `the {place3} community centre`, `the public library on {street}`, `the old {place3} school hall`]);
    sl.venue = this.render(sl.venue);
    sl.pop = commas(Math.round(logUniform(r, 8000, 2_500_000) / 1000) * 1000);
    sl.distance = String(r.int(12, 240));
    sl.thing = 'the plan';
    sl.surname1 = this.surname();
    sl.deputy = this.fullName();
    sl.pollPct = this.pct(30, 75, 0);
    sl.bgMoney = this.money(500_000, 400_000_000);
    sl.pages = String(r.int(3, 40) * 10);
  }

  // --- vocabulary helpers used by the kinds' setup

  place(): string {
    return this.r.skewed(getPools().places, 1.45);
  }
  brand(): string {
    return this.r.skewed(getPools().brands, 1.5);
  }
  surname(): string {
    const p = getPools();
    return this.r.chance(0.4) ? this.r.skewed(p.surnameTail, 1.25) : this.r.skewed(p.surnames, 1.4);
  }
  street(): string {
    const root = this.r.chance(0.6) ? this.place() : this.surname();
    return `${root.replace(/^(North|East|West|South|New|Port|Saint|Upper|Lower|Great|Little|Old|Fort|Mount|Lake) /u, '')} ${this.r.pick(V.STREET_TYPES)}`;
  }
  outlet(): string {
    const r = this.r;
    const roll = r.next();
    if (roll < 0.5) return `the ${r.chance(0.6) ? this.slots.city ?? this.place() : this.place()} ${r.pick(V.OUTLET_TYPES)}`;
    if (roll < 0.7) return `Radio ${this.place()}`;
    if (roll < 0.85) return r.pick(['local radio', 'regional television', 'a local newspaper', 'public broadcaster', 'the regional news agency']);
    return `${this.brand()} News`;
  }
  company(sectors: readonly string[]): string {
    const r = this.r;
    const base = r.chance(0.8) ? this.brand() : this.place();
    const name = `${base} ${r.pick(sectors)}`;
    return r.chance(0.15) ? `${name} ${r.pick(V.CORPORATE_SUFFIXES)}` : name;
  }
  money(min: number, max: number): string {
    return moneyText(logUniform(this.r, min, max), this.cur);
  }
  pct(min: number, max: number, decimals = 1): string {
    const v = min + this.r.next() * (max - min);
    const s = decimals === 0 || this.r.chance(0.3) ? String(Math.round(v)) : v.toFixed(decimals).replace(/\.0+$/, '');
    return s + this.percentWord;
  }
  count(min: number, max: number): string {
    const v = logUniform(this.r, min, max);
    if (v >= 1000 && this.r.chance(0.6)) {
      const mag = 10 ** (Math.floor(Math.log10(v)) - 1);
      return commas(Math.round(v / mag) * mag);
    }
    return commas(Math.round(v));
  }
  /** Small integer, written as a word up to twelve most of the time. */
  num(min: number, max: number, wordChance = 0.7): string {
    const n = this.r.int(min, max);
    return n <= 12 && this.r.chance(wordChance) ? V.NUMBER_WORDS[n]! : String(n);
  }
  word(min: number, max: number): string {
    return V.NUMBER_WORDS[this.r.int(min, max)]!;
  }
  future(minDays: number, maxDays: number): string {
    const r = this.r;
    const ev = dateParts(this.eventMs);
    const f = dateParts(this.eventMs + r.int(minDays, maxDays) * DAY_MS);
    const yr = f.y === ev.y ? '' : ` ${f.y}`;
    const month = V.MONTHS[f.m]!;
    switch (r.int(0, 5)) {
      case 0:
        return `on ${month} ${f.d}${yr ? `, ${f.y}` : ''}`;
      case 1:
        return `in ${month}${yr}`;
      case 2:
        return `by the end of ${month}${yr}`;
      case 3:
        return `in early ${month}${yr}`;
      case 4:
        return `in late ${month}${yr}`;
      default:
        return r.pick(['in the coming weeks', 'later this month', 'next month', 'before the end of the year', 'in the coming months']);
    }
  }
  fullName(): string {
    const p = getPools();
    return `${this.r.skewed(this.r.chance(0.5) ? p.female : p.male, 1.3)} ${this.surname()}`;
  }
  /** Set slots: arrays pick one entry; templates render in order, after the plain values. */
  set(values: Record<string, string | readonly string[]>): void {
    const chosen = Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : this.r.pick(v)] as const);
    // Plain values first, so templated ones may use any plain value of the same call.
    for (const [k, v] of chosen) if (!/[{[]/.test(v)) this.slots[k] = v;
    for (const [k, v] of chosen) if (/[{[]/.test(v)) this.slots[k] = this.render(v);
  }
  person(key: PersonKey, role: RoleSpec): void {
    const r = this.r;
    const p = getPools();
    const female = r.chance(0.5);
    const first = r.skewed(female ? p.female : p.male, 1.5);
    let last = this.surname();
    for (let i = 0; i < 10 && this.surnamesUsed.has(last); i++) last = this.surname();
    this.surnamesUsed.add(last);
    this.people[key] = {
      first,
      last,
      female,
      prefix: role.prefix ?? null,
      titled: role.titled ?? false,
      desc: this.render(r.pick(role.desc)),
      lead: role.lead ? this.render(r.pick(role.lead)) : null,
      short: role.short ? this.render(role.short) : null,
      introduced: false,
    };
  }

  // --- rendering

  render(tpl: string): string {
    return this.renderNodes(compile(tpl));
  }

  private renderNodes(nodes: Node[]): string {
    let out = '';
    for (const n of nodes) {
      if (typeof n === 'string') out += n;
      else if ('alt' in n) out += this.renderNodes(this.r.pick(n.alt));
      else out += this.resolve(n.key, n.field);
    }
    return out;
  }

  private resolve(key: string, field: string | undefined): string {
    if (key.length === 1 && key >= 'A' && key <= 'D') {
      const p = this.people[key as PersonKey];
      if (!p) throw new Error(`story kind ${this.kind.slug} has no person ${key}`);
      return this.mention(p, field);
    }
    // Forward-looking time phrases vary with each use, like a reporter's would.
    if (key === 'future') return this.future(7, 150);
    if (key === 'future2') return this.future(30, 300);
    // A minor named figure (spokesperson, deputy, witness), new at each use.
    if (key === 'newName') return this.fullName();
    if (QUOTE_POOLS.has(key)) return this.render(this.take(this.kind[key as QuotePool], GENERIC_QUOTES[key as QuotePool]));
    const v = this.slots[key];
    if (v === undefined) throw new Error(`story kind ${this.kind.slug} has no slot {${key}}`);
    return v;
  }

  /** An unused entry of `primary` (else of `fallback`); reuse only when both are exhausted. */
  take(primary: readonly string[], fallback: readonly string[] = []): string {
    return this.takeFresh(primary, fallback) ?? this.r.pick(primary.length ? primary : fallback);
  }

  /** An unused entry of `primary` (else of `fallback`), or null when both are used up. */
  takeFresh(primary: readonly string[], fallback: readonly string[] = []): string | null {
    const r = this.r;
    for (const pool of [primary, fallback]) {
      if (pool.length === 0) continue;
      for (let tries = 0; tries < 6; tries++) {
        const t = r.pick(pool);
        if (!this.used.has(t)) {
          this.used.add(t);
          return t;
        }
      }
      const start = r.int(0, pool.length - 1);
      for (let i = 0; i < pool.length; i++) {
        const t = pool[(start + i) % pool.length]!;
        if (!this.used.has(t)) {
          this.used.add(t);
          return t;
        }
      }
    }
    return null;
  }

  private mention(p: Person, field: string | undefined): string {
    const r = this.r;
    const full = `${p.first} ${p.last}`;
    const named = () => (p.prefix && r.chance(0.7) ? `${p.prefix} ${full}` : full);
    const later = () => {
      const roll = r.next();
      if (p.short && roll < 0.12) return p.short;
      if (p.prefix && (p.titled ? roll < 0.6 : roll < 0.2)) return `${p.prefix} ${p.last}`;
      return p.last;
    };
    const introduce = (s: string) => {
      p.introduced = true;
      return s;
    };
    switch (field) {
      case undefined: {
        // Subject position: the first mention carries the role, with a trailing comma if appositive.
        if (p.introduced) return later();
        if (p.prefix && r.chance(0.6)) return introduce(`${p.prefix} ${full}`);
        if (p.lead && r.chance(0.4)) return introduce(`${p.lead}, ${full},`);
        return introduce(`${full}, ${p.desc},`);
      }
      case 'np': {
        // Before a comma or a full stop.
        if (p.introduced) return later();
        if (p.prefix && r.chance(0.6)) return introduce(`${p.prefix} ${full}`);
        return introduce(`${full}, ${p.desc}`);
      }
      case 'name':
        return p.introduced ? later() : introduce(named());
      case 'full':
        return full;
      case 'last':
        return p.last;
      case 'role':
        return p.desc;
      case 'short':
        return p.short ?? p.desc;
      case 'he':
      case 'He':
      case 'him':
      case 'his':
      case 'His': {
        if (!p.introduced) {
          const n = introduce(named());
          return field === 'his' || field === 'His' ? possessive(n) : n;
        }
        const word = { he: p.female ? 'she' : 'he', him: p.female ? 'her' : 'him', his: p.female ? 'her' : 'his' }[
          field.toLowerCase() as 'he' | 'him' | 'his'
        ];
        return field === 'He' || field === 'His' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
      }
      case 'poss':
        return possessive(p.introduced ? later() : introduce(named()));
      default:
        throw new Error(`unknown person field ${field}`);
    }
  }

  /** One sentence from a template: rendered, tidied and capitalised. */
  sentence(tpl: string): string {
    const s = this.render(tpl)
      .replace(/,\s*([.,;:!?])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .replace(/ ([.,;:])/g, '$1')
      .replace(/(\p{L}s)'s\b/gu, "$1'")
      .replace(/([\p{L}\p{N}])\.\.(?!\.)/gu, '$1.')
      // A full date inside a sentence takes a comma after the year: `on May 3, 2026, after`.
      .replace(/( \d{1,2}, \d{4}) (?=\p{Ll})/gu, '$1, ')
      .trim();
    return capitalise(s);
  }
}

function capitalise(s: string): string {
  const i = s.search(/[\p{L}\p{N}]/u);
  if (i < 0 || !/\p{L}/u.test(s.charAt(i))) return s;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}

// ---------------------------------------------------------------------------------------------
// Article assembly

type SectionType = 'details' | 'background' | 'reaction' | 'next';

const HEADINGS: Record<SectionType, string[]> = {
  details: ['Key Details', 'Key Details', 'Key Details', 'Key details', 'What Happened', 'The Details', 'Details', 'Key Facts', 'What We Know'],
  background: ['Background', 'Background', 'Background', 'Context', 'How We Got Here', 'The Background', 'History', 'A Long Story'],
  reaction: ['Reaction', 'Reaction', 'Reactions', 'What People Are Saying', 'Response', 'Mixed Reaction', 'Local Reaction'],
  next: ["What's Next", "What's Next", "What's Next", 'Next Steps', 'Next steps', 'What Comes Next', 'Looking Ahead', 'What Happens Now'],
};

const LAYOUTS: SectionType[][] = [
  ['details', 'background', 'next'],
  ['details', 'background', 'next'],
  ['details', 'background', 'next'],
  ['details', 'next'],
  ['details', 'next'],
  ['details', 'reaction', 'next'],
  ['details', 'reaction', 'next'],
  ['details', 'background', 'reaction', 'next'],
  ['details', 'background', 'reaction', 'next'],
  ['background', 'details', 'next'],
  ['details', 'reaction'],
  ['details', 'background'],
];

/** Chance a sentence in a section is a quotation or attributed claim rather than narration. */
const QUOTE_CHANCE: Record<SectionType | 'lead', number> = { lead: 0.3, details: 0.35, background: 0.12, reaction: 0.6, next: 0.2 };

interface Section {
  heading: string | null;
  paragraphs: string[][]; // sentences per paragraph
}

function kindPool(kind: Kind, section: SectionType | 'lead'): string[] {
  return section === 'lead' ? kind.more : kind[section];
}

const genericCache = new Map<Kind, Record<SectionType | 'lead', string[]>>();

/** Shared narration for a kind: templates marked `~` only suit stories about a plan or decision. */
function genericPool(kind: Kind, section: SectionType | 'lead'): string[] {
  let pools = genericCache.get(kind);
  if (!pools) {
    const strip = (xs: string[]) => xs.filter((t) => kind.policy || !t.startsWith('~')).map((t) => t.replace(/^~/, ''));
    pools = {
      // A long lead borrows from the details once its own follow-ups are used.
      lead: [...strip(GENERIC.lead), ...kind.details],
      details: strip(GENERIC.details),
      background: strip(GENERIC.background),
      reaction: strip(GENERIC.reaction),
      next: strip(GENERIC.next),
    };
    genericCache.set(kind, pools);
  }
  return pools[section];
}

function writeParagraph(s: Story, section: SectionType | 'lead', first: boolean): string[] {
  const r = s.r;
  const n = section === 'lead' ? r.int(2, 4) : r.pick([3, 3, 4, 4, 4, 5]);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let tpl: string | null;
    if (first && i === 0) tpl = s.take(s.kind.lead);
    else if (r.chance(QUOTE_CHANCE[section])) {
      tpl = s.takeFresh(QUOTE_FORMS[section], QUOTE_FORMS.details);
      if (tpl === null) break;
    } else {
      const own = kindPool(s.kind, section);
      const shared = genericPool(s.kind, section);
      tpl = r.chance(0.72) ? s.takeFresh(own, shared) : s.takeFresh(shared, own);
      // Narration for this section is used up: a quotation, or end the paragraph here.
      tpl ??= s.takeFresh(QUOTE_FORMS[section], QUOTE_FORMS.details);
      if (tpl === null) break;
      // Now and then, attribute a plain statement of fact, as reporters do.
      if (section !== 'background' && r.chance(0.12) && /[^."]\.$/.test(tpl) && !/"|\bsaid\b|according/.test(tpl)) {
        tpl = tpl.slice(0, -1) + r.pick(ATTRIBUTIONS);
      }
    }
    out.push(s.sentence(tpl));
  }
  return out;
}

function buildSections(s: Story): Section[] {
  const r = s.r;
  const layout = r.pick(LAYOUTS);
  const counts = layout.map((t) => (t === 'details' ? r.int(3, 5) : t === 'background' ? r.int(2, 3) : t === 'reaction' ? r.int(1, 3) : r.int(2, 3)));
  const leadCount = r.chance(0.35) ? 2 : 1;
  const total = () => leadCount + counts.reduce((a, b) => a + b, 0);
  const di = layout.indexOf('details');
  while (total() < 7) counts[di] = counts[di]! + 1;
  while (total() > 12) {
    const i = counts.findIndex((c) => c > 1);
    counts[i] = counts[i]! - 1;
  }
  const sections: Section[] = [];
  const lead: Section = { heading: null, paragraphs: [] };
  for (let i = 0; i < leadCount; i++) lead.paragraphs.push(writeParagraph(s, 'lead', i === 0));
  sections.push(lead);
  layout.forEach((type, k) => {
    const sec: Section = { heading: r.pick(HEADINGS[type]), paragraphs: [] };
    for (let i = 0; i < counts[k]!; i++) {
      const p = writeParagraph(s, type, false);
      if (p.length) sec.paragraphs.push(p);
    }
    if (sec.paragraphs.length) sections.push(sec);
  });
  return sections;
}

function slugify(s: string, maxWords = 3): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, maxWords)
    .join('-');
}

/** YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function yamlScalar(s: string): string {
  return /^[\p{L}\p{N}][^:#"\n]*$/u.test(s) && !/\s$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s)
    ? s
    : JSON.stringify(s);
}

/** Mirror of the parser's plain-text heading test: a title line must look like a heading. */
function headingLike(line: string): boolean {
  return (
    line.split(/\s+/).length <= 10 &&
    line.length <= 80 &&
    !/[.!?,;:]$/.test(line) &&
    /^[\p{Lu}\p{N}]/u.test(line) &&
    !/\b(a|an|the|of|on|in|at|to|for|and|or|but|with|by|from|as|that|is|was|are|were)$/i.test(line)
  );
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Typographic quotes: balanced straight double quotes become “ ”, apostrophes ’. */
function curlyQuotes(p: string): string {
  let open = false;
  return p.replace(/"/g, () => ((open = !open) ? '\u201C' : '\u201D')).replace(/'/g, '\u2019');
}

function frontMatter(s: Story, title: string, slug: string, opts: { source: boolean; language: boolean; people: boolean }): string {
  const lines = ['---', `title: ${yamlScalar(title)}`, `published: ${isoDate(s.publishedMs)}`];
  if (opts.source) {
    const d = dateParts(s.publishedMs);
    const domain = s.r.pick(V.NEWS_DOMAINS);
    const path = s.r.chance(0.5) ? `${d.y}/${String(d.m + 1).padStart(2, '0')}/${slug}` : `news/${slug}`;
    lines.push(`source: https://${domain}/${path}`);
  }
  if (opts.language) lines.push(`language: ${s.r.pick(['en', 'en', 'en-GB', 'en-US'])}`);
  if (opts.people) {
    const named = (['A', 'B'] as const).map((k) => s.people[k]).filter((p): p is Person => p !== undefined && p.introduced);
    if (named.length) {
      lines.push('people:');
      for (const p of named) {
        lines.push(`  - name: ${yamlScalar(`${p.first} ${p.last}`)}`);
        lines.push(`    role: ${yamlScalar(p.prefix ?? p.short ?? p.desc.replace(/,/g, ''))}`);
        lines.push('    aliases:');
        lines.push(`      - ${yamlScalar(p.last)}`);
      }
    }
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}

function pickKind(r: Rng): Kind {
  const total = KINDS.reduce((a, k) => a + k.weight, 0);
  let x = r.next() * total;
  for (const k of KINDS) {
    x -= k.weight;
    if (x < 0) return k;
  }
  return KINDS[KINDS.length - 1]!;
}

function generateArticle(index: number, seed: number): GeneratedArticle {
  const r = new Rng(mixSeed(seed >>> 0, index));
  const kind = pickKind(r);
  const s = new Story(r, kind);
  kind.setup(s);
  s.slots.pnpTarget ??= s.slots.thing!;
  s.slots.cnpTarget ??= s.slots.thing!;
  const title = capitalise(s.render(r.pick(kind.titles)).replace(/\s{2,}/g, ' ').trim());
  const sections = buildSections(s);
  const slug = `${s.slots.slugName ?? kind.slug}-${slugify(s.slots.city ?? 'city')}`;
  const id = `a${String(index + 1).padStart(5, '0')}-${slug}`;
  const md = r.chance(0.5);
  const text = md ? renderMarkdown(s, title, sections, slug) : renderText(s, title, sections, slug);
  return { id, file: `${id}.${md ? 'md' : 'txt'}`, text };
}

function renderMarkdown(s: Story, title: string, sections: Section[], slug: string): string {
  const r = s.r;
  const wrapped = r.chance(0.2);
  const subLevel = r.chance(0.1) ? '###' : '##';
  const bulletSection = r.chance(0.12) ? 1 : -1;
  const linkOrg = r.chance(0.2) ? s.slots.org : undefined;
  let out = frontMatter(s, title, slug, { source: r.chance(0.65), language: r.chance(0.15), people: r.chance(0.08) });
  out += '\n';
  if (r.chance(0.7)) out += `# ${title}\n\n`;
  let linked = false;
  sections.forEach((sec, si) => {
    if (sec.heading) out += `${subLevel} ${sec.heading}\n\n`;
    sec.paragraphs.forEach((sentences, pi) => {
      if (si === bulletSection && pi === 0) {
        out += sentences.map((x) => `- ${x}`).join('\n') + '\n\n';
        return;
      }
      let p = sentences.join(' ');
      if (linkOrg && !linked && si > 0 && p.includes(linkOrg)) {
        const bare = linkOrg.replace(/^the /, '');
        p = p.replace(bare, `[${bare}](https://${r.pick(V.NEWS_DOMAINS)}/topics/${slugify(bare, 5)})`);
        linked = true;
      }
      out += (wrapped ? wrap(p, 80) : p) + '\n\n';
    });
  });
  return out.replace(/\n+$/, '\n');
}

function renderText(s: Story, title: string, sections: Section[], slug: string): string {
  const r = s.r;
  const style = r.pick(['front', 'front', 'titled', 'titled', 'bare', 'wrapped'] as const);
  const curly = r.chance(0.1);
  const para = (sentences: string[]) => {
    const p = sentences.join(' ');
    return curly ? curlyQuotes(p) : p;
  };
  let out = '';
  if (style === 'front' || (style === 'wrapped' && r.chance(0.5))) {
    out += frontMatter(s, title, slug, { source: r.chance(0.4), language: r.chance(0.1), people: false });
  } else if (style !== 'bare' && headingLike(title)) {
    out += `${title}\n${style === 'wrapped' ? '\n' : ''}`;
  }
  if (style === 'wrapped') {
    const blocks: string[] = [];
    for (const sec of sections) {
      if (sec.heading) blocks.push(sec.heading);
      for (const p of sec.paragraphs) blocks.push(wrap(para(p), r.pick([68, 72, 76])));
    }
    out += blocks.join('\n\n') + '\n';
  } else {
    const lines: string[] = [];
    for (const sec of sections) {
      if (sec.heading) lines.push(sec.heading);
      for (const p of sec.paragraphs) lines.push(para(p));
    }
    out += lines.join('\n') + '\n';
  }
  return r.chance(0.05) ? out.replace(/\n/g, '\r\n') : out;
}

// ---------------------------------------------------------------------------------------------
// Shared templates: narration any story can use, and the forms quotations and claims take.

const GENERIC: Record<SectionType | 'lead', string[]> = {
  lead: [
    '~The [announcement|news] came [after weeks of|following months of] [speculation|negotiations|uncertainty] in {city}.',
    '~[Officials|Local leaders] [described|called] it [one of the most significant decisions|the biggest development] in {city} [in years|for a generation].',
  ],
  details: [
    '~A spokesperson for {org} [said|confirmed] that {thing} had been [discussed|under discussion] [for several months|since {pastYear}|for more than a year].',
    '~Officials [did not say|declined to say|would not confirm] [how many people would be affected|how much the delay would cost|when a final decision would be made].',
    '~[Figures|Documents] [seen by|obtained by] {outlet} [suggest|show] that the [cost|impact] [could be|may be] [higher|much higher] than [first thought|officials have admitted].',
    '{A} [said|told reporters] that {A.he} had [spoken to|met] [representatives of|officials from] {org} [on {prevWeekday}|earlier in the week].',
    '[In a statement|In a written statement], {org} said it [remained|was] [committed to|focused on] [working with the community|finding a solution that works for everyone].',
    '~[Several|Two|Three] [local|regional] [officials|business leaders] [attended|were present at] the announcement in {city}.',
    'The details were [first reported|first published] by {outlet} on {prevWeekday}.',
    '~[Asked|Pressed] by reporters, {A} [declined|refused] to [give a precise figure|comment on the cost|speculate about the timing].',
    'The [figures|numbers] [given by {org}|cited by {A.name}|in the report|published on {weekday}] have not been [independently verified|confirmed by an independent body|checked by {outlet}].',
    '~[Officials|A spokesperson] [said|stressed] that [no final decision had been taken|the plans could still change|the figures were provisional].',
    '~{city} is [one of several|among a handful of] [cities|towns] in {country} [facing|dealing with] [similar|the same] [pressures|questions].',
    '~The issue has been [discussed|debated] at [three|several|a series of] [meetings|public sessions] since the start of the year.',
    '[Residents|People] in {district} are [expected to be|likely to be] [most affected|hit hardest].',
    '~{A} has [faced|come under] [growing|mounting] pressure [over the issue|in recent weeks].',
    '~The [total|overall] figure does not include [staff costs|maintenance|inflation], {org} said.',
    '~[Local media|{outlet}] [first reported|reported] the [plans|figures] [last week|earlier this month].',
    '~A [copy|draft] of the [plan|report] [seen by|shared with] {outlet} runs to more than {pages} pages.',
    '"[We are aware of the concerns|We will respond in due course|We have nothing further to add at this stage|We are looking at all the options]," said {newName}, a spokesperson for {org}.',
    '~Deputy Mayor {newName} [said|told {outlet}] that the city [had been kept informed|would follow the situation closely].',
    '{newName}, [who|a resident who] [lives|has lived] [nearby|on {street2}] [for years|since {pastYear2}], said [nobody had told residents anything|the news had come as a surprise|the neighbours had talked of little else].',
  ],
  background: [
    '{city} has a population of about {pop} and [lies|sits] [on {river}|near the border with {country2}|about {distance} kilometres from {place2}].',
    '~In {pastYear}, a similar [dispute|proposal|case] in {place2} [ended|was settled] after [several|many] months of [talks|argument].',
    '~The issue [first drew|drew] [national|wide] attention in {pastYear2}, when {outlet} [published|ran] a series of reports on it.',
    '[For decades, {city} was|Since {decade}, {city} has been] known for its [port|textile mills|university|old town|markets|shipyards|vineyards].',
    '~[Critics|Observers] [noted|pointed out] that similar [promises|plans] had been made in {pastYear} and [were never carried out|were quietly dropped].',
    '~Local [officials|leaders] [first raised|raised] concerns about the issue [more than a decade ago|in {pastYear3}].',
    '~The last time {city} [faced|went through] something [similar|comparable] was in {pastYear2}.',
    '{city}, [a former industrial town|a university city|a port city|a market town|a regional capital], has [grown|shrunk] [steadily|rapidly] since {decade}.',
    '[Unemployment|Average rents|Property prices] in {city} [rose|fell] [sharply|steadily] between {pastYear2} and {pastYear}.',
    '~The [region|city] [received|secured] {bgMoney} in [national|European|state] funding in {pastYear}.',
    '~In {pastYear3}, [a report|an audit] by {consultancy} [warned|concluded] that the [city|region] was [unprepared|falling behind].',
    'Many [older|long-time] residents still remember the [floods|strikes|closures|protests] of {decade}.',
    '~{A.name} has spoken publicly about the issue [many times|several times] since {pastYear3}.',
  ],
  reaction: [
    'Reaction on social media was [mixed|divided|largely positive|sharply critical], with [many|some] residents [welcoming|questioning] {thing}.',
    '~{outlet} reported that [dozens|hundreds] of people had [signed a petition|written to local representatives] about {thing}.',
    '~[Opposition|Local] politicians were quick to [criticise|question] {thing}, while [supporters|allies] [defended|praised] it.',
    '[Not everyone|Not all residents] [agreed|shared that view].',
    'A [poll|survey] by {outlet} [found|suggested] that {pollPct} of [residents|respondents] [supported|backed] {thing}.',
    '[On local radio|In letters to {outlet}], [listeners|readers] were [divided|split] over {thing}.',
    '~[Some|A few] [shop owners|residents] [put up|displayed] [posters|signs] about {thing} in their windows.',
    '[Community groups|Student groups|Church leaders] in {city} [called for|urged] [calm|dialogue|patience].',
    '"[It is a big day for us|I did not expect this|We have been waiting a long time|I am still trying to take it in]," said {newName}, [who lives in {district}|a resident of {district}|a shop owner on {street2}].',
  ],
  next: [
    '{A} is expected to [give an update|speak to reporters|publish more details] {future}.',
    '~A [public meeting|public hearing|consultation] on {thing} will be held {future} at {venue}.',
    '{org} said it would [publish|release] a [full report|detailed timetable|formal response] {future}.',
    '~It [is not yet clear|remains unclear] whether {thing} will [face a legal challenge|go ahead as planned|be delayed further].',
    '~Observers say the outcome may [shape|influence] [similar decisions|debates] in [other cities|neighbouring towns|{place2}].',
    '[More details|Further details] are expected {future}.',
    'The next [update|meeting] is [scheduled|planned] for {futureDate}.',
    '[Officials|Officials in {city}|{org}] [said|promised] [they|it] would [keep residents informed|update the public] [through the city website|at regular meetings|on social media|at a meeting on {futureDate}].',
    '~A [final|formal] decision [could|may] take [several months|until {nextYear}].',
    '~{org} [is expected to|will] present [its|a] [budget|plan|report] for {nextYear} {future2}.',
  ],
};

const ATTRIBUTIONS = [
  ', according to {outlet}.',
  ', officials said.',
  ', {org} said.',
  ', a spokesperson said.',
  ', [people familiar with the matter|sources close to the talks] said.',
  ', {outlet} reported.',
  ', according to [official figures|documents seen by {outlet}].',
];

const PRO_FORMS = [
  '"{pro}," {A} said.',
  '"{pro}," {A} [told reporters|said in a statement|told {outlet}|said at a news conference|said on {weekday}].',
  '"{pro}," said {A.np}.',
  '{A} said: "{pro}."',
  '"{pro}. {pro}," {A} [added|said].',
  '{A} [called {pnpTarget}|described {pnpTarget} as] "{pnp}."',
  '"{pro}," {A} said, adding that {A.he} [expected|hoped for] [broad support|a quick decision|more clarity soon].',
  '{A} [defended|stood by] {thing}. "{pro}," {A.he} said.',
  '"{pro}," {A} [wrote on social media|said in a video message|told a crowd of supporters].',
];
const CON_FORMS = [
  '"{con}," {B} said.',
  '"{con}," said {B.np}.',
  '{B} [called {cnpTarget}|described {cnpTarget} as] "{cnp}."',
  '{B} accused {A.name} of {accuse}.',
  '{B} [argued|insisted|said] that {claim}.',
  '{B} claimed that {claim}, [a claim|an allegation|a charge] that {A.name} [denied|rejected|disputed].',
  '[In a statement|Speaking to {outlet}|In an interview], {B} argued that {claim}.',
  '{B} accused {A.name} of {accuse} and [claimed|argued] that {claim}.',
  '"{con}. {con}," {B} said.',
  '{B} [criticised|attacked] {thing}. "{con}," {B.he} said.',
  '"{con}," {B} [wrote on social media|said in a statement|told {outlet}].',
];
const VOICE_FORMS = [
  '"{voice}," said {C.np}.',
  '"{voice}," {C} said.',
  '{C} [said|told {outlet}] that {C.he} had [mixed feelings|been following the story closely|not been surprised]. "{voice}," {C.he} said.',
  '"{voice}," {C} told {outlet}.',
  '"{voice}," added {C.np}.',
];
const EXPERT_FORMS = [
  '"{expert}," said {D.np}.',
  '{D} [said|noted] that the situation was [not unusual|unusual|more complicated than it looked]. "{expert}," {D.he} added.',
  'According to {D.np}, the [picture|situation] is [more complicated|less clear] than it [looks|seems]. "{expert}," {D.he} said.',
  '"{expert}," {D} told {outlet}.',
];

const QUOTE_FORMS: Record<SectionType | 'lead', string[]> = {
  lead: [...PRO_FORMS.slice(0, 4), PRO_FORMS[5]!, CON_FORMS[0]!, CON_FORMS[2]!],
  details: [...PRO_FORMS, ...CON_FORMS, VOICE_FORMS[0]!, VOICE_FORMS[1]!],
  background: [...EXPERT_FORMS, CON_FORMS[4]!],
  reaction: [...CON_FORMS, ...VOICE_FORMS, PRO_FORMS[0]!, PRO_FORMS[2]!, EXPERT_FORMS[0]!],
  next: [PRO_FORMS[0]!, PRO_FORMS[2]!, EXPERT_FORMS[0]!, EXPERT_FORMS[3]!, CON_FORMS[0]!],
};

const GENERIC_QUOTES: Record<QuotePool, string[]> = {
  pro: [
    'We have listened carefully, and we believe this is the right decision',
    'This is not the end of the conversation, it is the beginning',
    'I understand the concerns, but doing nothing was not an option',
    'People in {city} deserve better, and that is what we are trying to deliver',
    'We knew from the start that not everyone would be happy',
    'I am proud of the work that has gone into this',
    'We will be judged on results, and that is how it should be',
  ],
  con: [
    'Nobody has been able to explain to me how this is supposed to work',
    'The people who will pay for this were never asked',
    'We will keep fighting this, whatever it takes',
    'Every warning we gave has been ignored',
    'This is not over, not by a long way',
    "Ordinary people are being asked to pay for other people's mistakes",
  ],
  voice: [
    'We just want someone to tell us what is going on',
    'It is the only thing anyone around here has been talking about',
    'I hope they know what they are doing',
    'My family has been here for three generations, and I have never seen anything like it',
    'Nobody from the city has knocked on my door',
    'Some of my neighbours are angry, some are excited',
  ],
  expert: [
    'It is too early to say whether this will work',
    'The details will matter far more than the headlines',
    'We have seen this pattern before, in many places',
    'The numbers are real, but they need context',
    'Much depends on decisions that have not yet been taken',
  ],
  pnp: ['the right thing to do', 'a new beginning', 'an important step forward'],
  cnp: ['a serious mistake', 'a missed opportunity', 'deeply worrying'],
  accuse: ['ignoring the people most affected', 'failing to answer basic questions', 'putting politics ahead of the public interest'],
  claim: ['the public had been kept in the dark', 'the real figures had not been published', 'there had been no proper consultation'],
};

// ---------------------------------------------------------------------------------------------
// The story kinds. A is the protagonist or proponent, B the critic or opponent, C an affected
// person, D an outside expert. Quote pools: pro (A), con (B), voice (C), expert (D), pnp/cnp
// (noun phrases A and B use to describe {pnpTarget}/{cnpTarget}), accuse (-ing phrases B
// accuses A of), claim (clauses B claims or argues).

const COUNCIL: Kind = {
  slug: 'council-vote',
  weight: 10,
  policy: true,
  setup(s) {
    const r = s.r;
    const size = r.pick([7, 9, 11, 13, 15, 21, 31, 45, 51]);
    const yes = r.int(Math.floor(size / 2) + 1, size - 1);
    const project = r.pick([
      ['a plan to turn {street} into a car-free zone', 'car-free plan'],
      ['a proposal to rebuild the old {place3} bridge', 'bridge project'],
      ['a plan to close two branch libraries and build one larger library', 'library plan'],
      ['a new tax on short-term holiday rentals', 'rental tax'],
      ['a ban on new fast-food outlets near schools', 'fast-food ban'],
      ['a plan to install {lights} new street lights', 'lighting plan'],
      ['a proposal to raise parking fees in the city centre', 'parking increase'],
      ['a plan to build a tram line to {place2}', 'tram plan'],
      ['a scheme to plant {trees} trees over the next decade', 'tree-planting scheme'],
      ['a plan to sell the old town hall to a private developer', 'town hall sale'],
      ['a rule limiting the opening hours of bars in the old town', 'opening-hours rule'],
      ['a proposal to cut bus fares for residents under 25', 'fare cut'],
      ['a plan to expand the municipal recycling centre', 'recycling plan'],
      ['a budget that raises property taxes by {taxRise}', 'budget'],
      ['a plan to convert the {street2} depot into social housing', 'depot conversion'],
      ['a proposal to build a new swimming pool in {district}', 'pool project'],
      ['a plan to put solar panels on every school roof', 'solar plan'],
      ['a ban on gas boilers in new buildings', 'boiler ban'],
      ['a proposal to rename {street} after a local activist', 'street renaming'],
      ['a plan to pedestrianise the market square', 'market square plan'],
      ['a new cycle lane network across the city centre', 'cycle lane plan'],
      ['a proposal to merge the city and county fire services', 'fire service merger'],
    ] as const);
    s.set({
      lights: String(r.int(2, 40) * 50),
      trees: s.count(2000, 60000),
      taxRise: s.pct(1, 9),
      council: ['the {city} City Council', "{city}'s city council", 'the {city} council'],
      project: project[0],
      short: project[1],
      thing: 'the {short}',
      org: 'the {city} City Council',
      yes: String(yes),
      size: String(size),
      no: String(size - yes),
      cost: s.money(200_000, 90_000_000),
      savings: s.money(50_000, 4_000_000),
      years: s.num(2, 10),
      hours: s.num(3, 9),
      households: s.count(300, 60_000),
      sigs: s.count(800, 40_000),
      protesters: s.count(20, 2000),
      amendments: s.num(2, 7),
      alternatives: s.num(2, 6),
      yearsLived: s.num(8, 45, 0.3),
      pollPct: s.pct(30, 75, 0),
    });
    s.person('A', { prefix: 'Mayor', titled: true, desc: ['the mayor of {city}', "{city}'s mayor"], short: 'the mayor' });
    s.person('B', {
      prefix: 'Councillor',
      desc: ['a councillor who voted against the plan', 'who leads the opposition group on the council', "a member of the council's finance committee"],
      lead: ["the leader of the council's opposition group", "the council's opposition leader"],
      short: 'the councillor',
    });
    s.person('C', {
      desc: ['who has lived on {street} for {yearsLived} years', 'a shop owner on {street}', 'who runs a café near the town hall', "a member of a residents' group in {district}"],
      lead: ["the chair of the {street} residents' association"],
    });
    s.person('D', { prefix: 'Professor', titled: true, desc: ['an urban planning expert at {university}', 'who studies local government at {university}'] });
  },
  titles: [
    '{city} council [approves|backs|passes] {short} [after heated debate|in narrow vote|despite protests]',
    'Councillors vote {yes} to {no} for {short} in {city}',
    '{city} [approves|narrowly approves] {short} [worth|costing] {cost}',
    '[Split|Divided] council [backs|approves] {short} in {city}',
    '{city} goes ahead with {short}',
  ],
  lead: [
    'On {date}, {council} voted {yes} to {no} to approve {project}, ending [months|more than a year] of [debate|argument|delay].',
    '{council} [narrowly|] approved {project} on {weekday}, with {yes} members voting in favour and {no} against.',
    'Councillors in {city} [backed|approved|passed] {project} on {date}, [despite objections from|over the objections of] [residents|local businesses|opposition members].',
    'After a [late-night|marathon|stormy] session on {date}, {council} [gave the go-ahead to|approved] {project}.',
  ],
  more: [
    'The [measure|decision] will cost the city about {cost} over {years} years.',
    'Opposition to {thing} came from {no} of the {size} members [of the council|present].',
    '[Supporters|Backers] say {thing} will [save the city money|make the centre safer|ease traffic], while opponents [call it|say it is] [too expensive|poorly thought out].',
  ],
  details: [
    'Under the plan, work will begin in {futureMonth} and is due to finish by {finishYear}.',
    'The city will pay {cost} for the project, with [the rest|part of the money] coming from a grant from {foundation}.',
    'According to figures presented at the meeting, {thing} [would|could] affect about {households} households.',
    'The debate lasted more than {hours} hours, and [several|dozens of] residents spoke during the public comment period.',
    '{A} said the city had [studied|considered] {alternatives} alternatives before settling on {thing}.',
    'Council staff estimated that {thing} would [save|bring in] about {savings} a year.',
    'Members of the opposition proposed {amendments} amendments to [delay|reduce the cost of] {thing}, but all of them were rejected.',
    'The final vote was {yes} to {no}, [with no abstentions|with one member absent|after two members changed sides].',
    '[Several|Two] councillors from the governing group [broke ranks|voted against their own party] [on the issue|during the vote].',
  ],
  background: [
    'The idea was first [raised|proposed] in {pastYear}, when {city} [faced|was dealing with] [a budget shortfall|rising traffic|a housing shortage|complaints from residents].',
    '{A.name} was elected mayor in {pastYear3} on a promise to [modernise|revive|clean up] the city centre.',
    'A similar proposal was rejected in {pastYear2} after a petition against it gathered {sigs} signatures.',
    'The council last [raised property taxes|changed parking rules|approved a project of this size] in {pastYear}.',
    '{city} [spent {bgMoney} on|invested {bgMoney} in] [road repairs|new schools|flood defences] over the past decade, according to council records.',
  ],
  reaction: [
    'Outside the council chamber, about {protesters} [protesters|residents] [held signs|chanted] [against|in favour of] {thing}.',
    'Local business groups [welcomed|criticised] the vote, saying it would [bring more visitors to|drive customers away from] the city centre.',
    'A petition calling for a referendum on {thing} had gathered {sigs} signatures by {weekday} evening.',
  ],
  next: [
    'The plan will now go to a [second reading|final vote] {future}.',
    'Work on {thing} is expected to begin {future}, [if no legal challenge is filed|subject to final approval].',
    '{B} said {B.he} would [ask for a review|call for a referendum|take the matter to court] [before the end of the year|{future}].',
    'The council is expected to publish a detailed timetable {future}.',
    'Residents [will be able to|may] [submit comments|lodge objections] until {futureDate}.',
    'If costs rise above {cost}, the council will have to vote on {thing} again.',
  ],
  pro: [
    'This is a good day for {city}',
    'We listened to residents for two years and this plan reflects what they told us',
    'Nobody said this would be easy, but it is the right thing to do',
    'The city cannot afford to wait another decade',
    'This is how a city plans for the next fifty years',
  ],
  con: [
    'This plan was rushed through without proper scrutiny',
    'Residents in {district} will pay the price for this decision',
    'The numbers simply do not add up',
    'We asked for more time and we were ignored',
  ],
  voice: [
    'I have lived here for years and nobody asked us what we wanted',
    'It is about time something changed',
    'We will have to wait and see how it works in practice',
    'My worry is what this will do to the small shops on {street}',
  ],
  expert: [
    'Cities that have tried similar schemes have had mixed results',
    'The real test will be whether the council can deliver on time and on budget',
    'Projects like this usually cost more than the first estimate',
  ],
  pnp: ['a turning point for the city', 'long overdue', 'the best use of public money this year'],
  cnp: ['a costly mistake', 'a gift to developers', 'reckless'],
  accuse: ['ignoring the concerns of residents', 'rushing the vote through before the summer break', 'hiding the true cost of the project'],
  claim: ['the real cost would be at least twice the official estimate', 'most residents opposed {thing}', 'the council had ignored its own experts'],
};

const STRIKE: Kind = {
  slug: 'transport-strike',
  weight: 9,
  policy: true,
  setup(s) {
    const r = s.r;
    const mode = r.pick([
      { mode: 'bus', workers: 'bus drivers', service: 'bus services', network: 'the bus network', vehicles: 'buses', sector: 'Buses' },
      { mode: 'tram', workers: 'tram drivers', service: 'tram services', network: 'the tram network', vehicles: 'trams', sector: 'Transit' },
      { mode: 'metro', workers: 'metro staff', service: 'metro services', network: 'the metro', vehicles: 'trains', sector: 'Metro' },
      { mode: 'rail', workers: 'train drivers', service: 'rail services', network: 'the regional rail network', vehicles: 'trains', sector: 'Rail' },
      { mode: 'ferry', workers: 'ferry crews', service: 'ferry crossings', network: 'the ferry network', vehicles: 'ferries', sector: 'Ferries' },
      { mode: 'airport', workers: 'baggage handlers and ground staff', service: 'flights', network: 'the airport', vehicles: 'flights', sector: 'Airport Services' },
    ]);
    s.set({
      mode: mode.mode,
      Mode: cap(mode.mode),
      workers: mode.workers,
      service: mode.service,
      network: mode.network,
      vehicles: mode.vehicles,
      operator: s.company([mode.sector, 'Mobility', 'Transport']),
      union: [
        "the {city} Transport Workers' Union",
        "the National Union of Transport Workers",
        "the {place3} Transit Union",
        "the General Transport and Logistics Union",
        'the Federation of {Mode} Workers',
      ],
      thing: 'the strike',
      org: '{operator}',
      strikers: s.count(250, 25_000),
      staff: s.count(400, 30_000),
      days: s.word(1, 7),
      demand: s.pct(6, 15),
      offer: s.pct(1.5, 5),
      realCut: s.pct(5, 18),
      inflation: s.pct(3, 11),
      passengers: s.count(15_000, 2_000_000),
      lost: s.money(150_000, 9_000_000),
      turnout: s.pct(55, 92, 0),
      yesVote: s.pct(70, 98, 0),
      pastDeal: s.pct(2, 7),
      station: ['the central station', '{place3} station', 'the main terminal'],
      talkHours: s.num(6, 20),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', {
      desc: ['the general secretary of {union}', 'who leads {union}', 'the head of {union}'],
      lead: ["the union's leader", "the union's general secretary"],
      short: 'the union leader',
    });
    if (r.chance(0.5)) {
      s.person('B', { prefix: 'Transport Minister', desc: ['the minister responsible for transport', 'the regional transport minister'], short: 'the minister' });
    } else {
      s.person('B', { desc: ['the chief executive of {operator}', 'who runs {operator}'], lead: ["{operator}'s chief executive"], short: 'the chief executive' });
    }
    s.person('C', {
      desc: ['a nurse who commutes from {place2} every day', 'who travels to work in {city} by {mode}', 'a student at {university}', 'who runs a shop near {station}'],
    });
    s.person('D', { prefix: r.chance(0.5) ? 'Professor' : undefined, titled: true, desc: ['a labour economist at {university}', 'an analyst at {consultancy}'] });
  },
  titles: [
    '{mode} strike [brings|leaves] {city} [to a standstill|without {service}]',
    '{workers} in {city} walk out over pay',
    '{city} {mode} workers begin {days}-day strike',
    'Strike by {mode} workers [disrupts|halts] travel in {city}',
    'Commuters stranded as {mode} strike hits {city}',
  ],
  lead: [
    'On {date}, {strikers} {workers} in {city} [walked out|began a {days}-day strike] over pay, [halting|disrupting] {service} across the [city|region].',
    '{service} in {city} [were suspended|came to a halt] on {weekday} as {workers} began a {days}-day strike called by {union}.',
    'A strike by {workers} [shut down|crippled] {network} in {city} on {date}, leaving about {passengers} passengers [without a way to get to work|looking for other ways to travel].',
    'Thousands of commuters in {city} [struggled|scrambled] to get to work on {date} after {union} called a strike [over pay|over pay and working hours].',
  ],
  more: [
    'The union is demanding a pay rise of {demand}, while {operator} has offered {offer}.',
    '[Only|Just] a handful of {vehicles} ran during the morning rush hour, and roads were [unusually busy|jammed for hours].',
    'It is the [first|biggest] strike of its kind in {city} [in a decade|since {pastYear}].',
  ],
  details: [
    '{union} says its members have suffered a real-terms pay cut of about {realCut} since {pastYear}.',
    '{operator} [said|estimated] the strike would cost it about {lost} a day in lost [fares|revenue].',
    'Talks between the two sides [broke down|collapsed] on {prevWeekday} after {talkHours} hours of negotiations.',
    'According to the union, {turnout} of members took part in the strike ballot and {yesVote} voted in favour.',
    'Schools [in {city}|across the region] [told parents|warned families] that [some classes|after-school clubs] might be cancelled during the strike.',
    'The city [laid on|organised] [replacement coaches|extra shuttle buses] from {station}, but queues [formed|stretched] [for hundreds of metres|around the block].',
    '{operator} employs about {staff} people and carries about {passengers} passengers a day.',
    '[Taxi firms|Bike-sharing schemes] reported [record demand|their busiest day of the year] [as commuters looked for alternatives|during the morning rush].',
    'Management staff were [drafted in|brought in] to run a [reduced|skeleton] service on [some|the busiest] routes.',
  ],
  background: [
    'It is the [first|second|third] strike on {network} since {pastYear}, when a [week-long|two-week] walkout ended with a {pastDeal} pay deal.',
    '{workers} in {city} last received a pay rise in {pastYear3}, according to {union}.',
    'Inflation in {country} reached {inflation} last year, [eroding|squeezing] wages across the [public sector|economy].',
    '{operator} [took over|won the contract to run] {network} in {pastYear2} after [a tender|the city privatised the service].',
    'Transport unions across {country} have [staged|held] a series of strikes [over the past year|since {pastYear}] over pay and working hours.',
  ],
  reaction: [
    'Business groups warned the strike would [hurt|cost] [shops and restaurants|the city economy] [at a busy time of year|millions].',
    "Many commuters [said|told reporters] they [supported|understood] the workers' demands, even as they struggled to get to work.",
    'Some passengers [shared|posted] photos of [crowded platforms|empty stations|long queues for taxis] on social media.',
  ],
  next: [
    'The union said it would [call further strikes|escalate its action] [in {futureMonth}|{future}] if no agreement was reached.',
    'Talks are [expected|due] to resume {future}, [with a mediator|under the supervision of a government mediator].',
    '{B} is expected to [meet|hold talks with] union representatives {future}.',
    'Services are [expected|due] to return to normal by {futureWeekday}, {operator} said.',
    'If the dispute is not resolved, the strike may spread to other transport workers [in {place2}|across the region].',
    'A second ballot on [further action|a longer strike] will close on {futureDate}.',
  ],
  pro: [
    'Our members did not want to strike, but they have been left with no choice',
    'The people who keep this city moving deserve to be paid fairly',
    'Every month that passes, our members are poorer than they were the month before',
    'We remain ready to talk at any time, day or night',
    'This is about safety as much as it is about pay',
  ],
  con: [
    'This strike is unnecessary and will only hurt the passengers we serve',
    'Our offer is fair, and it is the most we can afford',
    'We urge the union to return to the negotiating table',
    'The public has been let down by this decision',
  ],
  voice: [
    'I had to leave home at five this morning to get to work on time',
    'I support the drivers, but it makes life very difficult',
    'I have no idea how I am going to get home tonight',
    'Nobody told us anything until the last minute',
  ],
  expert: [
    'Strikes like this rarely last long, because both sides lose money every day',
    'Pay in the transport sector has fallen behind for years, so this was predictable',
    'The gap between the two offers is smaller than it looks',
  ],
  pnp: ['a reasonable request', 'long overdue', 'a fight for every worker in {city}'],
  cnp: ['irresponsible', 'a political stunt', 'deeply disappointing'],
  accuse: ['holding the city to ransom', 'refusing to negotiate in good faith', 'misleading the public about pay'],
  claim: ["the union's demands were unaffordable", 'most staff had wanted to accept the offer', 'the strike had been planned for months'],
};

const FACTORY: Kind = {
  slug: 'factory-closure',
  weight: 8,
  policy: true,
  setup(s) {
    const r = s.r;
    const [product, sectors] = r.pick([
      ['car parts', ['Automotive', 'Components', 'Engineering']],
      ['frozen meals', ['Foods']],
      ['steel pipes', ['Steel', 'Metals']],
      ['solar panels', ['Energy', 'Electronics']],
      ['glass bottles', ['Glassworks', 'Packaging']],
      ['washing machines', ['Appliances', 'Manufacturing']],
      ['paper towels', ['Paper']],
      ['tyres', ['Automotive', 'Industries']],
      ['bicycles', ['Cycles', 'Manufacturing']],
      ['chocolate', ['Foods', 'Confectionery']],
      ['batteries', ['Electronics', 'Energy']],
      ['office furniture', ['Furniture']],
      ['medical gloves', ['Plastics', 'Medical']],
      ['bricks', ['Ceramics', 'Building Materials']],
      ['wind turbine blades', ['Energy', 'Engineering']],
      ['kitchen appliances', ['Appliances']],
      ['pet food', ['Foods']],
      ['cardboard packaging', ['Packaging', 'Paper']],
      ['railway sleepers', ['Castings', 'Engineering']],
      ['fertiliser', ['Chemicals']],
      ['ceramic tiles', ['Ceramics']],
      ['textiles', ['Textiles']],
      ['aluminium window frames', ['Metals', 'Industries']],
      ['plastic toys', ['Plastics', 'Toys']],
    ] as const);
    const openYear = Number(s.slots.year) - r.int(12, 95);
    const peakYear = Math.min(openYear + r.int(8, 40), Number(s.slots.year) - 3);
    s.set({
      company: s.company(sectors),
      parent: s.company(['Holdings', 'Group', 'Industries', 'Capital']),
      product,
      peakDecade: `the ${Math.floor(peakYear / 10) * 10}s`,
      moveTo: r.pick(V.COUNTRIES),
      thing: 'the closure',
      org: '{company}',
      jobs: s.count(80, 4500),
      peak: s.count(2000, 12_000),
      firstWave: s.count(40, 600),
      openYear: String(openYear),
      closeMonth: s.slots.futureMonth!,
      loss: s.money(800_000, 120_000_000),
      energyRise: s.pct(20, 160, 0),
      severance: s.money(9_000, 80_000),
      oneIn: s.word(3, 9),
      units: s.count(5000, 4_000_000),
      acq: s.money(20_000_000, 3_000_000_000),
      grant: s.money(500_000, 40_000_000),
      mfgFall: s.pct(8, 30),
      union: ["the metalworkers' union", 'the General Union of {country2}', "the factory workers' union", 'the {city} branch of the industrial union'],
      yearsWorked: s.num(8, 38, 0.3),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { desc: ['the chief executive of {company}', "{company}'s managing director"], lead: ["{company}'s chief executive"], short: 'the chief executive' });
    if (r.chance(0.6)) {
      s.person('B', { desc: ['a representative of {union} at the plant', 'who represents workers at the plant for {union}'], lead: ["the union's representative at the plant"], short: 'the union representative' });
    } else {
      s.person('B', { desc: ['the member of parliament for {city}', 'who represents {city} in parliament'], short: 'the local MP' });
    }
    s.person('C', { desc: ['who has worked at the plant for {yearsWorked} years', 'a machine operator at the plant', 'whose father also worked at the factory', 'a forklift driver at the site'] });
    s.person('D', { desc: ['an industry analyst at {consultancy}', 'an economist at {university}'] });
  },
  titles: [
    '{company} to close {city} [plant|factory] with loss of {jobs} jobs',
    '{jobs} jobs [at risk|to go] as {company} shuts {city} factory',
    '{city} factory closure: what it means for the town',
    'End of an era as {company} [quits|leaves] {city}',
    '{company} confirms closure of {product} plant',
  ],
  lead: [
    'On {date}, {company} announced it would close its {product} factory in {city} by {closeMonth}, [putting {jobs} jobs at risk|cutting {jobs} jobs].',
    '{company} [said on {weekday}|confirmed on {date}] that it would shut its plant in {city}, where {jobs} people make {product}.',
    'Workers at the {company} plant in {city} learned on {date} that the factory, which has made {product} since {openYear}, will close [next year|by the end of {nextYear}].',
  ],
  more: [
    'The company [blamed|cited] [rising energy costs|falling demand|competition from cheaper imports] [for the decision|].',
    'Production will move to [a newer plant|an existing site] in {moveTo}, the company said.',
    'The news was [delivered|announced] to staff at a meeting [on the factory floor|in the canteen] [early on {weekday}|on {weekday} morning].',
  ],
  details: [
    '{company} said the plant had lost {loss} last year and could not be made profitable [again|without major investment].',
    'Energy costs at the site [rose|have risen] by {energyRise} [since {pastYear}|over the past two years], according to the company.',
    'The closure will be carried out in stages, with the first {firstWave} workers leaving in {futureMonth}.',
    'Workers will be offered [severance|redundancy] packages [worth|averaging] about {severance}, the company said.',
    'The factory is the largest private employer in {city}, [accounting for|providing] about one in {oneIn} local jobs.',
    'Suppliers [in the area|across the region] [may also be affected|could lose contracts], with [dozens of|several] small firms depending on the plant.',
    '{company} [produces|makes] about {units} units of {product} a year at the {city} site.',
    'The company [declined to say|did not say] whether the site would be sold.',
    '{company} is owned by {parent}, which [reported|posted] [record profits|higher profits] last year.',
  ],
  background: [
    'The factory opened in {openYear} and at its peak in {peakDecade} employed more than {peak} people.',
    '{company} was [bought|acquired] by {parent} in {pastYear} for {acq}.',
    'In {pastYear3}, the company received {grant} in public subsidies to [modernise|upgrade] the plant.',
    'Manufacturing employment in {country} has [fallen|declined] by {mfgFall} over the past decade.',
    'The government [promised|pledged] in {pastYear} to [protect|support] industrial jobs in the region.',
  ],
  reaction: [
    '[Hundreds of|Dozens of] workers [gathered|protested] outside the factory gates [on {weekday} evening|after the announcement].',
    `The town's mayor said it was "[a devastating blow|a terrible day]" for {city}.`,
    'Local shops [fear|worry] that [fewer customers|falling spending] will follow the closure.',
  ],
  next: [
    'The union will [meet|hold talks with] management {future} to discuss [redundancy terms|alternatives to closure].',
    'Regional officials said they would [set up|launch] a task force to help workers find new jobs.',
    '{company} is expected to begin formal consultations with staff {future}.',
    'The plant is scheduled to [stop production|close for good] by {closeMonth}, although the date may change.',
    'A buyer may still be found for the site, {A} said.',
    'Retraining courses for workers will [start|be offered] {future2}, [funded by the region|paid for by the company].',
  ],
  pro: [
    'This was the hardest decision I have had to make',
    'We explored every option to keep the plant open',
    'The market for {product} has changed, and we have to change with it',
    'We will do everything we can to support our employees',
  ],
  con: [
    'This factory was profitable until the company stopped investing in it',
    'The workers of {city} have been betrayed',
    'Public money was used to keep this plant open, and now the jobs are going abroad',
  ],
  voice: [
    'I have given most of my working life to this place',
    'Nobody expected it to happen this fast',
    'There are no other jobs like this in {city}',
    'We found out from the news before we heard it from the managers',
  ],
  expert: [
    'Plants like this one are very hard to save once the owner has decided to leave',
    'Energy prices have made heavy industry in {country} much harder to run',
  ],
  pnp: ['a painful but necessary step', 'the only responsible option'],
  cnp: ['a betrayal', 'corporate vandalism', 'a disgrace'],
  accuse: ['taking public money and then walking away', 'running down the plant on purpose', 'keeping workers in the dark for months'],
  claim: ['the company had planned the closure for years', 'the plant was still profitable', 'the move was about cutting wages rather than saving the business'],
};

const COURT: Kind = {
  slug: 'court-ruling',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const issue = r.pick([
      ['polluting {river}', 'pollution'],
      ['misleading customers about fees', 'hidden fees'],
      ['failing to protect customer data', 'data breach'],
      ['underpaying warehouse staff', 'pay'],
      ['breaking competition rules', 'competition'],
      ['selling unsafe electric heaters', 'product safety'],
      ['ignoring safety warnings before a fatal accident', 'workplace safety'],
      ['dumping waste near {place2}', 'illegal dumping'],
      ['discriminating against older job applicants', 'discrimination'],
      ['overcharging the city for road repairs', 'overcharging'],
      ['treating its delivery riders as self-employed', 'gig work'],
      ['cutting down protected trees on {street}', 'protected trees'],
    ] as const);
    s.set({
      defendant: s.company(r.chance(0.5) ? V.INDUSTRY_SECTORS : [...V.TECH_SECTORS, 'Logistics', 'Energy', 'Construction', 'Delivery']),
      issue: issue[0],
      issueShort: issue[1],
      court: ['the High Court in {city}', 'a federal court in {city}', 'the {city} District Court', 'the Court of Appeal in {city}', 'a regional court in {city}'],
      claimants: ['residents living near {river}', 'former employees', 'a group of customers', 'a coalition of environmental groups', 'the city of {city}', 'a consumer association'],
      thing: 'the ruling',
      pnpTarget: "the company's conduct",
      cnpTarget: 'the ruling',
      org: '{defendant}',
      fine: s.money(60_000, 600_000_000),
      costs: s.money(40_000, 8_000_000),
      caseYears: s.word(2, 9),
      trialWeeks: s.num(2, 16),
      witnesses: s.num(8, 60, 0.2),
      employees: s.count(150, 90_000),
      foundedYear: String(Number(s.slots.year) - r.int(8, 120)),
      shareFall: s.pct(2, 19),
      appealDays: s.num(14, 60, 0),
      pollPct: s.pct(30, 80, 0),
    });
    s.person('A', { prefix: 'Judge', titled: true, desc: ['who presided over the case', 'the presiding judge'], short: 'the judge' });
    s.person('B', { desc: ['a lawyer representing {defendant}', 'who represents {defendant}'], lead: ["{defendant}'s lawyer", 'the lead lawyer for the company'], short: 'the lawyer' });
    s.person('C', { desc: ['who brought the case on behalf of {claimants}', 'a spokesperson for {claimants}', 'one of the claimants'] });
    s.person('D', { prefix: 'Professor', titled: true, desc: ['who teaches law at {university}', 'a legal scholar at {university}'] });
  },
  titles: [
    'Court fines {defendant} {fine} over {issueShort}',
    '{defendant} [loses|found liable in] landmark {issueShort} case',
    'Judge rules against {defendant} [over|in] {issueShort} case',
    '{defendant} [to appeal|vows to appeal] {fine} fine',
    '{city} court orders {defendant} to pay {fine}',
  ],
  lead: [
    'On {date}, {court} [fined {defendant} {fine}|ordered {defendant} to pay {fine}] for {issue}.',
    '{court} ruled on {weekday} that {defendant} was responsible for {issue}, [in a case brought by {claimants}|ending a {caseYears}-year legal battle].',
    '{defendant} has been [found liable|held responsible] for {issue}, {court} ruled on {date}.',
  ],
  more: [
    'The ruling [could|may] open the way for [similar claims|thousands of similar claims] [across {country}|against other companies].',
    '{defendant} [said it would appeal|is considering an appeal], according to [its lawyers|a statement].',
    'The case was brought by {claimants} in {pastYear}.',
  ],
  details: [
    'In the written ruling, {A} said the evidence showed that {defendant} had "[known about the problem for years|repeatedly ignored warnings]."',
    'The trial lasted {trialWeeks} weeks and [heard from|included testimony from] {witnesses} witnesses.',
    'The court [also ordered|ordered] {defendant} to pay [legal costs|compensation] of {costs} to {claimants}.',
    'Lawyers for {defendant} had argued that [the company had followed all the rules|the claims were exaggerated|the case should have been heard elsewhere].',
    'The judge rejected those arguments, saying the company had "[failed in its most basic duty|put profit ahead of safety]."',
    'The fine is the [largest|second-largest] of its kind [ever imposed|handed down] in {country}, according to {outlet}.',
    '[Internal emails|Company documents] shown in court [revealed|suggested] that managers had [discussed|been warned about] the problem in {pastYear}.',
    'The company [denied|has denied] any wrongdoing throughout the case.',
  ],
  background: [
    'The case began in {pastYear}, when {claimants} [filed a complaint|went to court] [after|following] an investigation by {outlet}.',
    '{defendant} was founded in {foundedYear} and employs about {employees} people.',
    'A regulator [had warned|warned] {defendant} about similar issues in {pastYear2}, according to evidence presented at trial.',
    'Similar cases were brought against other companies in {country} in recent years, with mixed results.',
    '{A.name} [was appointed|joined the bench] in {pastYear2} and [has handled|has presided over] several [major|high-profile] [commercial|environmental] cases.',
  ],
  reaction: [
    'Campaigners [celebrated|cheered] outside the courthouse [after the verdict was read|when the ruling was announced].',
    'Shares in {defendant} [fell|dropped] {shareFall} [in early trading|after the ruling].',
    'Consumer groups [welcomed|praised] the decision, calling it [a warning to|a lesson for] the whole industry.',
  ],
  next: [
    '{defendant} has {appealDays} days to [file|lodge] an appeal.',
    '{B} said {B.he} would [study the ruling carefully before deciding whether to appeal|file an appeal within the deadline].',
    'A hearing on [compensation|damages] is [scheduled|expected] for {futureMonth}.',
    'Legal experts said the case may [set a precedent|influence similar cases] [across {country}|for years to come].',
    'If the ruling stands, {defendant} will have to [pay the fine|change how it operates] by {futureDate}.',
  ],
  pro: [
    'The company was warned, and it chose not to act',
    'No business is above the law',
    'The evidence in this case was overwhelming',
    'The harm caused was serious and it was foreseeable',
  ],
  con: [
    'We strongly disagree with this decision and will appeal',
    'The court has ignored important evidence',
    'This ruling will have consequences for businesses across {country}',
  ],
  voice: [
    'We have waited {caseYears} years for this day',
    'Today the court listened to us',
    'No amount of money will give us back what we lost',
  ],
  expert: [
    'This ruling sends a clear signal to every company operating in {country}',
    'The appeal court may see things differently',
    'Judges are increasingly willing to look at what managers knew and when',
  ],
  pnp: ['reckless', 'a serious and sustained failure'],
  cnp: ['deeply flawed', 'a mistake that will not survive an appeal'],
  accuse: ['misunderstanding how the industry works', 'ignoring key evidence', 'relying on flawed expert testimony'],
  claim: ['the ruling misread the law', 'the company had followed every regulation in force at the time', 'the fine was out of proportion to any harm caused'],
};

const TRANSFER: Kind = {
  slug: 'sports-transfer',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const club = (city?: string) => {
      const base = city ?? (r.chance(0.7) ? s.place() : r.pick(V.REAL_CITIES));
      return r.chance(0.75) ? `${base} ${r.pick(V.CLUB_SUFFIXES)}` : `${r.pick(V.CLUB_PREFIXES)} ${base}`;
    };
    const to = club(s.slots.city);
    let from = club();
    if (from === to) from = club();
    s.set({
      toClub: to,
      fromClub: from,
      rivalClub: club(),
      position: ['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'full-back', 'centre-back', 'playmaker'],
      position2: ['striker', 'defender', 'goalkeeper', 'midfielder'],
      thing: 'the transfer',
      pnpTarget: 'the move',
      cnpTarget: 'the fee',
      org: '{toClub}',
      fee: s.money(400_000, 150_000_000),
      feeMax: s.money(1_000_000, 180_000_000),
      prevFee: s.money(100_000, 20_000_000),
      sellOn: s.pct(10, 25, 0),
      wage: s.money(4_000, 350_000),
      contractYears: s.word(2, 5),
      goals: s.num(4, 38, 0.2),
      apps: s.num(20, 52, 0),
      academyAge: s.num(8, 15, 0.5),
      age: String(r.int(18, 31)),
      finishPos: ['fourth', 'sixth', 'ninth', 'second', 'twelfth', 'third', 'seventh'],
      stadium: ['{place3} Park', 'the {place3} Stadium', '{place3} Road', 'the {toClub} Arena'],
      foundedYear: String(r.int(1870, 1965)),
      leagueSpend: s.money(50_000_000, 2_500_000_000),
      yearsFan: s.num(5, 50, 0.2),
      pollPct: s.pct(30, 80, 0),
    });
    s.person('A', { desc: ['the {age}-year-old {position}', 'a {position} who scored {goals} goals last season', "{fromClub}'s top scorer last season"], short: 'the {position}' });
    s.person('B', { desc: ['the {fromClub} manager', 'who manages {fromClub}'], lead: ["{fromClub}'s manager", "{fromClub}'s head coach"], short: 'the manager' });
    s.person('C', { desc: ['a season-ticket holder at {toClub} for {yearsFan} years', "who runs a {toClub} supporters' podcast"], lead: ["the chair of the {toClub} supporters' trust"] });
    s.person('D', { desc: ['a former {country} international who now works as a pundit', 'a football finance expert at {university}', 'a transfer analyst at {consultancy}'] });
  },
  titles: [
    '{toClub} sign {A.full} from {fromClub} for {fee}',
    '{A.full} completes {fee} move to {toClub}',
    '{fromClub} agree to sell {A.last} to {toClub}',
    'Record signing: {A.full} joins {toClub}',
    '{toClub} land {position} {A.full}',
  ],
  lead: [
    'On {date}, {toClub} [completed|confirmed] the signing of {A.np} from {fromClub} for a fee reported to be {fee}.',
    '{A.name} has [joined|signed for] {toClub} on a {contractYears}-year contract, the club announced on {weekday}.',
    '{toClub} broke their transfer record on {date} to sign {A.name} from {fromClub} for {fee}.',
  ],
  more: [
    'The fee could rise to {feeMax} [with add-ons|if certain targets are met].',
    '{A.He} [passed|completed] a medical [on {prevWeekday}|earlier in the week] before signing.',
    'The deal had been [in the works|under discussion] for [weeks|most of the summer].',
  ],
  details: [
    '{A.name} scored {goals} goals in {apps} appearances for {fromClub} last season.',
    '{A.He} will earn about {wage} a week, according to {outlet}.',
    '{toClub} [beat|saw off] competition from [several clubs|{rivalClub}] to sign {A.him}.',
    'The deal includes a sell-on clause of {sellOn} for {fromClub}.',
    '{A.name} came through the {fromClub} academy, which {A.he} joined at the age of {academyAge}.',
    '{toClub} finished {finishPos} in the league last season and have been looking to strengthen their [attack|defence|midfield].',
    'The deal makes {A.name} the most expensive {position} in the history of {toClub}.',
    '{A.He} will wear the number [9|10|7|4|23|11|8] shirt, the club said.',
  ],
  background: [
    '{fromClub} signed {A.name} for {prevFee} in {pastYear}.',
    '{toClub} last won the league title in {pastYear2}.',
    '{fromClub} were founded in {foundedYear} and play at {stadium}.',
    '{A.name} made {A.his} international debut for {country} in {pastYear3}.',
    'Transfer spending in the league reached a record {leagueSpend} last season.',
  ],
  reaction: [
    'Supporters gathered outside {stadium} to [greet|catch a glimpse of] the new signing.',
    'Fans of {fromClub} were divided on social media, with some [accusing the board of a lack of ambition|saying the fee was too good to turn down].',
    'Replica shirts with {A.last} on the back [sold out|went on sale] within hours of the announcement.',
  ],
  next: [
    '{A.name} could make {A.his} debut against {rivalClub} {future}.',
    '{toClub} are expected to [make further signings|sign another {position2}] before the transfer window closes {future}.',
    '{fromClub} will [use|reinvest] the money to [rebuild the squad|pay down debts], the club said.',
    '{A.He} will be presented to supporters at {stadium} {future}.',
    "The league's spending rules may limit how much more {toClub} can spend this season.",
  ],
  pro: [
    'This is a dream come true for me and my family',
    'I have wanted to play for this club since I was a child',
    'I am here to win trophies',
    "The manager's plans convinced me straight away",
  ],
  con: [
    'We did not want to sell, but the offer was too big to refuse',
    'It is a loss for us, there is no doubt about that',
    'Every player has a price, and this was the price',
  ],
  voice: [
    'We have been waiting for a signing like this for years',
    'It is a lot of money for one player, but the club needed it',
    'I will believe it when I see the new signing on the pitch',
  ],
  expert: [
    'The fee reflects how few proven goalscorers are on the market',
    'Clubs are paying more than ever for young players',
    'It is a gamble, but it is a calculated one',
  ],
  pnp: ['a dream come true', 'the right step at the right time'],
  cnp: ['far too low', 'not what we wanted'],
  accuse: ['forcing the move by refusing to train', "going behind the club's back", 'breaking a promise to the supporters'],
  claim: ['the player had agreed terms before the clubs spoke', 'the fee undervalued the player', '{toClub} had approached the player without permission'],
};

const OPENING: Kind = {
  slug: 'opening',
  weight: 8,
  policy: true,
  setup(s) {
    const r = s.r;
    const kind = r.pick([
      { type: 'library', slug: 'library-opening', head: ['the chief librarian', 'the head of the city library service'], short: 'the librarian', features: ['reading rooms that stay open until midnight', "a children's floor", 'a makerspace with 3D printers', 'a rooftop café', 'a local history archive', 'quiet study booths', 'a recording studio', 'a language-learning centre'] },
      { type: 'primary school', slug: 'school-opening', head: ['the head teacher', "the school's principal"], short: 'the head teacher', features: ['classrooms for {capacity} pupils', 'a sports hall', 'a rooftop garden', 'a science lab', 'a small theatre', 'a kitchen that cooks meals on site', 'a sensory room'] },
      { type: 'secondary school', slug: 'school-opening', head: ['the head teacher', "the school's principal"], short: 'the head teacher', features: ['science labs', 'a sports hall', 'a music wing', 'a robotics workshop', 'a 400-seat auditorium', 'a library open to the public in the evening'] },
      { type: 'community centre', slug: 'centre-opening', head: ['the director of the centre', 'the manager of the centre'], short: 'the director', features: ['a food bank', 'a youth club', 'meeting rooms for local groups', 'a health clinic', 'a community kitchen', 'a dance studio'] },
      { type: 'swimming pool', slug: 'pool-opening', head: ['the manager of the pool', "the city's head of sport"], short: 'the manager', features: ['a 50-metre pool', 'a learner pool', 'a sauna', 'a gym', 'changing rooms designed for families', 'a climbing wall'] },
      { type: 'museum', slug: 'museum-opening', head: ['the director of the museum', 'the chief curator'], short: 'the director', features: ['a gallery of local history', 'a hall for touring exhibitions', 'a conservation lab', "a children's discovery zone", 'a sculpture garden', 'a 200-seat lecture hall'] },
    ]);
    const feats = r.shuffle([...kind.features]);
    s.set({
      capacity: s.count(200, 1600),
      type: kind.type,
      slugName: kind.slug,
      name: [`the new {city} ${cap(kind.type)}`, `the {place3} ${cap(kind.type)}`, `the ${s.surname()} ${cap(kind.type)}`],
      feature1: feats[0]!,
      feature2: feats[1]!,
      feature3: feats[2]!,
      thing: 'the new {type}',
      org: 'the city',
      cost: s.money(2_000_000, 140_000_000),
      grant: s.money(300_000, 20_000_000),
      firm: `${s.brand()} Architects`,
      firstDay: s.count(150, 5000),
      visitors: s.count(20_000, 900_000),
      buildYears: s.word(2, 6),
      staff: s.num(8, 90, 0.2),
      hours: s.word(8, 12),
      energy: s.pct(30, 80, 0),
      securityCost: s.money(80_000, 2_000_000),
      overrun: s.money(500_000, 25_000_000),
      pollPct: s.pct(40, 85, 0),
    });
    s.person('A', { prefix: r.chance(0.35) ? 'Dr.' : undefined, titled: true, desc: kind.head, short: kind.short });
    s.person('B', { prefix: 'Councillor', desc: ["who chairs the city's budget committee", 'a member of the finance committee'], lead: ["the chair of the city's budget committee"], short: 'the councillor' });
    s.person('C', { desc: ['a parent who lives nearby', 'a student who visited on the first day', 'a retired teacher from {district}', 'who runs a reading group in {district}'] });
    s.person('D', { desc: ['an architect at {firm}, which designed the building', 'who led the design team at {firm}'], lead: ["the building's architect"] });
  },
  titles: [
    '{name} opens its doors',
    '{city} opens {cost} {type}',
    'First visitors arrive at {name}',
    '{name} opens after {buildYears} years of work',
    'New {type} for {city} opens with {feature1}',
  ],
  lead: [
    'On {date}, {name} opened its doors [in {district}|on {street}], [after {buildYears} years of construction|replacing a building that had stood since {oldYear}].',
    '{city} opened {name} on {weekday}, a {cost} building that includes {feature1} and {feature2}.',
    'The doors of {name} opened to the public on {date}, drawing more than {firstDay} visitors on the first day.',
  ],
  more: [
    '{A} said the building was designed for "[everyone in {city}, whatever their age|people who have nowhere quiet to go|the next hundred years]."',
    'The building [was designed by|is the work of] {firm}.',
    'Officials expect about {visitors} visits in the first year.',
  ],
  details: [
    'The city spent {cost} on the project, funded partly by a grant of {grant} from {foundation}.',
    'The building includes {feature1}, {feature2} and {feature3}.',
    '{name} will be open {hours} hours a day, [seven days a week|six days a week|including weekends].',
    'The {type} will employ {staff} staff, [most of them|many of them] hired locally.',
    'Solar panels and a heat pump will cut energy use by about {energy} compared with the old building, according to {firm}.',
    'The project went over budget by about {overrun}, mainly because of [rising material costs|delays in construction|problems with the foundations].',
    'Deputy Mayor {deputy} [described|called] it "[the best use of public money this year|a gift to the next generation]."',
    'Entry is free for residents, [although some activities will carry a small charge|with a fee for some courses].',
  ],
  background: [
    'The old building on {street2} closed in {pastYear} after [an inspection found structural problems|years of complaints about damp|a fire damaged the roof].',
    'Plans for a new {type} were first drawn up in {pastYear2}, but were delayed [by a change of government|by a dispute over the site|by the pandemic].',
    'The site was previously used [as a car park|by a supermarket|as a bus depot|for council offices].',
    '{city} [has not built|had not built] a new public {type} since {oldYear}.',
  ],
  reaction: [
    'Families queued [outside the entrance|along {street}] [before the doors opened|from early morning].',
    'Not everyone is happy: neighbours [have complained|complained] about [traffic|noise|the height of the building] during construction.',
    'Early visitors praised {feature1}, although some said [signs inside were confusing|there was not enough seating].',
  ],
  next: [
    'The {type} will publish visitor numbers after six months.',
    'If fewer people than expected use the new {type}, the board may [reduce opening hours|change how it is run].',
    'A second phase, including {feature3}, is expected to open {future2}.',
    'An official opening ceremony will be held {future}.',
    '{A} said the team would [review|look again at] the opening hours {future}.',
  ],
  pro: [
    'This building belongs to everyone in {city}',
    'We built it for students and night-shift workers who have nowhere quiet to go',
    'We wanted a place where people would want to spend a whole afternoon',
    'Seeing the queue outside this morning made every difficult day worth it',
  ],
  con: [
    'It is a beautiful building, but we cannot afford to run it',
    'The late hours alone will double the security costs',
    'Nobody has told us where the money for next year will come from',
  ],
  voice: [
    'My children have been asking about it for months',
    'It is the first time I have felt this part of the city has been looked after',
    'I came for the café and stayed for three hours',
  ],
  expert: [
    'We wanted the building to feel open from the street, not like a fortress',
    'Most of the budget went into things visitors will never see, like insulation and ventilation',
  ],
  pnp: ['a new living room for the city', 'a dream that took ten years'],
  cnp: ['a vanity project', 'a beautiful building with no plan to pay for it'],
  accuse: ["ignoring her committee's warnings", 'hiding the running costs', 'rushing the opening before the elections'],
  claim: ['the late hours would double security costs, adding about {securityCost} a year', 'the running costs had been underestimated', 'the board had ignored cheaper options'],
};

function cap(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const STORM: Kind = {
  slug: 'storm-flood',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const p = getPools();
    s.set({
      storm: `Storm ${r.pick(r.chance(0.5) ? p.female : p.male)}`,
      thing: 'the response',
      pnpTarget: 'the response',
      cnpTarget: 'the flood defences',
      org: 'the regional emergency services',
      rain: String(r.int(40, 260)),
      wind: String(r.int(90, 190)),
      evacuated: s.count(60, 30_000),
      homes: s.count(40, 12_000),
      power: s.count(800, 400_000),
      damage: s.money(2_000_000, 900_000_000),
      defences: s.money(5_000_000, 300_000_000),
      injured: s.word(2, 9),
      riverLevel: (r.int(18, 75) / 10).toFixed(1),
      rescues: s.num(12, 400, 0.1),
      roads: s.num(6, 80, 0.2),
      shelters: s.word(2, 9),
      waterDays: s.word(2, 7),
      emergencyFund: s.money(2_000_000, 200_000_000),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { prefix: r.chance(0.4) ? 'Fire Chief' : undefined, desc: ['the head of the regional emergency services', 'who leads the emergency response in {city}', 'the regional civil protection chief'], short: 'the emergency chief' });
    s.person('B', { desc: ['an opposition member of the regional council', 'who has campaigned for stronger flood defences'], lead: ["the opposition's spokesperson on the environment"] });
    s.person('C', { desc: ['whose house on {street} was flooded', 'who was evacuated from {district} on {weekday}', 'a café owner on {street}', 'a farmer near {place2}'] });
    s.person('D', { prefix: 'Dr.', titled: true, desc: ['a meteorologist at {university}', 'a climate scientist at {university}', 'a hydrologist at the national weather service'] });
  },
  titles: [
    '{storm} [floods|batters] {city}, forcing {evacuated} from homes',
    'Thousands evacuated as {river} bursts its banks',
    '{storm}: {city} counts the cost',
    'Floods [cut off|swamp] parts of {city} after record rain',
    'Clean-up begins in {city} after {storm}',
  ],
  lead: [
    'On {date}, {storm} brought {rain} millimetres of rain to {city} in [24|36|48] hours, flooding {homes} homes and forcing about {evacuated} people to leave.',
    '{river} burst its banks in {city} on {weekday} after {storm} dumped [record|torrential] rain on the region.',
    'Winds of up to {wind} kilometres per hour [tore through|battered] {city} on {date}, [cutting power to|leaving without electricity] {power} homes.',
  ],
  more: [
    '{injured} people were taken to hospital with [minor|non-life-threatening] injuries.',
    'Emergency crews carried out {rescues} rescues [overnight|during the night], many of them by boat.',
    'Schools across the area were closed and {roads} roads remained shut on {weekday} evening.',
  ],
  details: [
    'The river reached {riverLevel} metres above its normal level, [the highest reading|one of the highest readings] on record.',
    'Insurers [estimate|said early estimates put] the damage at about {damage}.',
    '{shelters} emergency shelters were opened in [schools|sports halls] across {city}.',
    'About {power} households were still without power on {weekday} night, according to the grid operator.',
    'Rail services between {city} and {place2} were suspended after [a landslide|flooding] blocked the line.',
    'Soldiers were [sent in|deployed] to help [fill sandbags|evacuate care homes] in {district}.',
    'Officials warned residents [in {district}|in parts of {city}|near {river}] not to drink tap water [until further notice|for at least {waterDays} days].',
    'Firefighters [pumped water out of|worked through the night in] [cellars|basements] along {street}.',
  ],
  background: [
    '{city} was last hit by serious flooding in {pastYear2}, when [two people died|hundreds of homes were damaged].',
    'The regional government [promised|pledged] {defences} for new flood defences in {pastYear}, but [much of the work|the main wall] has not been finished.',
    'Scientists say warmer air holds more moisture, making [extreme rainfall|storms like this] more likely.',
    'Parts of {district} were built on the old floodplain of {river} in {decade}.',
  ],
  reaction: [
    'Residents in {district} said warnings came too late.',
    'Volunteers [handed out|delivered] food and dry clothes to people who had left their homes.',
    'Local businesses [began|started] clearing mud and damaged stock as the water went down.',
  ],
  next: [
    'More rain is expected {future}, and forecasters [have issued|issued] an amber warning for the region.',
    'The government is expected to declare a state of emergency [for the region|in {city}|in {city} and {place2}], which would release [money|{emergencyFund}] for repairs.',
    'Insurers will send assessors to the worst-hit streets [this week|in the coming days].',
    'An inquiry into the flood defences will [begin|report] {future2}.',
    'Residents may not be able to return to their homes for [several weeks|months], {A} said.',
  ],
  pro: [
    'Our crews worked through the night and saved many lives',
    'Please stay away from the river until we say it is safe',
    'We were prepared, but nobody could have stopped this amount of water',
    'The next forty-eight hours will be critical',
  ],
  con: [
    'We were promised flood defences years ago and they were never finished',
    'People in {district} were left to fend for themselves',
    'This was a disaster that everyone could see coming',
  ],
  voice: [
    'The water came up through the floor in about ten minutes',
    'We have lost everything on the ground floor',
    'The neighbours came with a boat to get us out',
    'I have lived here all my life and never seen the river like this',
  ],
  expert: [
    'Rain like this used to happen once in a century, and now we see it every few years',
    'The ground was already saturated, so the water had nowhere to go',
  ],
  pnp: ['the largest rescue operation in the region in decades', 'a remarkable effort'],
  cnp: ['a scandal', 'a decade of broken promises'],
  accuse: ['ignoring years of warnings', 'cutting the flood defence budget', 'sending warnings far too late'],
  claim: ['the evacuation order had come hours too late', 'money for flood defences had been spent elsewhere', 'the warning sirens in {district} had not worked'],
};

const ELECTION: Kind = {
  slug: 'election',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const parties = r.shuffle([...V.PARTIES]);
    const winPct = 38 + r.next() * 22;
    const losePct = 20 + r.next() * (winPct - 22);
    s.set({
      office: ['mayor of {city}', 'governor of the {place3} region', 'president of the {place3} regional council', 'mayor of {city}'],
      party1: `the ${parties[0]}`,
      party2: `the ${parties[1]}`,
      party3: `the ${parties[2]}`,
      thing: 'the result',
      pnpTarget: 'the result',
      cnpTarget: 'the campaign',
      org: 'the electoral commission',
      winPct: `${winPct.toFixed(1)}${r.chance(0.8) ? ' percent' : '%'}`,
      losePct: `${losePct.toFixed(1)}${r.chance(0.8) ? ' percent' : '%'}`,
      turnout: s.pct(31, 78),
      prevTurnout: s.pct(28, 75),
      votes: s.count(4_000, 900_000),
      margin: s.count(120, 60_000),
      seats: String(r.int(12, 60)),
      seatsTotal: String(r.int(61, 101)),
      issue1: ['housing costs', 'public transport', 'crime', 'the cost of living', 'local taxes', 'hospital waiting times', 'traffic', 'jobs', 'immigration', 'climate policy'],
      issue2: ['childcare', 'road repairs', 'pensions', 'water prices', 'schools', 'rents', 'energy bills', 'farm subsidies'],
      recounts: s.word(2, 6),
      budget: s.money(200_000, 20_000_000),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { desc: ['the candidate of {party1}', 'a former teacher who ran for {party1}', 'who led {party1} into the election'], lead: ['the winner, {party1} candidate'], short: 'the winner' });
    s.person('B', { desc: ['the outgoing office holder from {party2}', 'the candidate of {party2}', 'who came second for {party2}'], lead: ['the runner-up'], short: 'the runner-up' });
    s.person('C', { desc: ['who voted at a school in {district}', 'a first-time voter from {district}', 'a pensioner who has voted in every election since {decade}'] });
    s.person('D', { prefix: 'Professor', titled: true, desc: ['a political scientist at {university}', 'who studies elections at {university}'] });
  },
  titles: [
    '{A.full} wins race for {office}',
    '{party1} [takes|wins] {city} with {winPct} of the vote',
    '[Upset|Landslide|Narrow win] as {A.full} becomes {office}',
    '{city} election: {A.last} beats {B.last}',
    'Voters in {city} choose {A.full}',
  ],
  lead: [
    'On {date}, {A.np} was elected {office}, winning {winPct} of the vote against {losePct} for {B.name}.',
    '{A.name} of {party1} won the election for {office} on {weekday}, [ending|breaking] [years|decades] of control by {party2}.',
    'Voters in {city} [chose|elected] {A.name} as {office} on {date}, [in one of the closest races in years|by a wide margin].',
  ],
  more: [
    'Turnout was {turnout}, compared with {prevTurnout} at the last election.',
    '{A.name} won by {margin} votes, according to [official results|the electoral commission].',
    'The result [surprised|stunned] [many observers|pollsters], who had predicted a [close race|win for {party2}].',
  ],
  details: [
    '{party1} also won {seats} of the {seatsTotal} seats on the council, [giving it|enough for] a majority.',
    'The campaign was dominated by {issue1} and {issue2}.',
    '{A.name} [promised|has promised] to [freeze local taxes|build more affordable homes|make buses free for under-18s|cut waiting times] within {A.his} first year.',
    'Counting [went on|continued] late into the night, and {recounts} districts asked for recounts.',
    '{party3} [finished third|came a distant third], with [about a tenth|less than a fifth] of the vote.',
    'In total, {votes} people cast a ballot, according to {org}.',
    'Support for {party2} [collapsed|fell sharply] in [the suburbs|{district}|the city centre].',
    'Campaign spending [reached|topped] {budget}, [a record for the city|more than double the last election].',
  ],
  background: [
    '{party2} had [governed|run] {city} since {pastYear2}.',
    'At the last election, in {pastYear}, turnout was {prevTurnout}.',
    '{A.name} entered politics in {pastYear3} after a career in [teaching|medicine|law|business|journalism].',
    '{B.name} [had served|served] [two terms|one term] before the election.',
  ],
  reaction: [
    'Supporters of {A.last} [celebrated|cheered] [in the main square|outside the party headquarters] [until the early hours|late into the night].',
    'Leaders of {party2} said they would [reflect on|study] the result [before choosing a new direction|carefully].',
    'Turnout was [especially low|higher than expected] among young voters, according to early analysis.',
  ],
  next: [
    '{A.name} will take office {future}.',
    'The new council is expected to meet for the first time {future}.',
    '{B.name} may [challenge|contest] the result in court, [{B.his} lawyers said|according to {B.his} campaign].',
    '{A.name} is expected to name {A.his} [team|deputies] {future}.',
    'The official results will be certified by {org} on {futureDate}.',
  ],
  pro: [
    'Tonight {city} voted for change',
    'I will be the mayor of everyone, including those who did not vote for me',
    'The hard work starts tomorrow',
    'People told us they were tired of waiting, and we listened',
  ],
  con: [
    'This is not the result we wanted, but we respect the voters',
    'We will hold the new administration to every promise it made',
    'The campaign against us was full of half-truths',
  ],
  voice: [
    'I just want someone who will fix the buses',
    'I voted for the first time today, and it felt important',
    'Rents are the only thing anyone talks about',
  ],
  expert: [
    'The result says more about anger at the incumbents than enthusiasm for the winner',
    'Turnout decided this election',
    'Local issues mattered much more than national politics this time',
  ],
  pnp: ['a victory for the whole city', 'a new chapter'],
  cnp: ['the dirtiest campaign in memory', 'a campaign of empty promises'],
  accuse: ['making promises the city cannot afford', 'spreading misleading claims about the budget', 'refusing to take part in debates'],
  claim: ['the winning campaign had broken spending rules', 'hundreds of postal votes had not been counted', 'the result would not have been the same without the late boundary changes'],
};

const HEALTH: Kind = {
  slug: 'health-service',
  weight: 8,
  policy: true,
  setup(s) {
    const r = s.r;
    const svc = r.pick([
      ['a new maternity ward', 'maternity unit'],
      ['an expanded emergency department', 'emergency department'],
      ['a cancer screening programme', 'screening programme'],
      ['a mental health clinic for young people', 'mental health clinic'],
      ['a night-time GP service', 'night-time service'],
      ['a stroke unit', 'stroke unit'],
      ['a mobile dental clinic', 'dental clinic'],
      ['a dementia care centre', 'dementia centre'],
      ["a children's intensive care unit", 'intensive care unit'],
      ['a walk-in vaccination centre', 'vaccination centre'],
    ] as const);
    const closing = r.chance(0.4);
    s.set({
      hospital: ['{place3} General Hospital', "St. {surname1}'s Hospital", '{city} University Hospital', 'the {city} Royal Infirmary', '{place3} Regional Medical Centre'],
      service: svc[0],
      unit: svc[1],
      action: closing ? ['will close', 'is to be cut back', 'will be suspended'] : ['opened', 'was launched', 'opened its doors'],
      thing: closing ? 'the cuts' : 'the new {unit}',
      org: 'the health ministry',
      cost: s.money(800_000, 220_000_000),
      patients: s.count(800, 120_000),
      waitWeeks: s.num(6, 60, 0.3),
      waitTarget: s.num(2, 18, 0.3),
      nurses: s.count(20, 1200),
      vacancies: s.pct(6, 22),
      beds: s.num(12, 160, 0.1),
      deficit: s.money(2_000_000, 300_000_000),
      budgetRise: s.pct(1, 8),
      pollPct: s.pct(30, 80, 0),
    });
    s.slots.closing = closing ? 'yes' : 'no';
    if (r.chance(0.5)) s.person('A', { prefix: 'Health Minister', desc: ['the regional health minister', 'the minister responsible for health'], short: 'the minister' });
    else s.person('A', { prefix: r.chance(0.4) ? 'Dr.' : undefined, titled: true, desc: ['the chief executive of {hospital}', 'who runs {hospital}'], lead: ["the hospital's chief executive"], short: 'the chief executive' });
    s.person('B', { desc: ["the regional secretary of the nurses' union", "who chairs a patients' association in {city}"], lead: ["the nurses' union leader", "the head of the local patients' group"] });
    s.person('C', { desc: ['a patient who waited {waitWeeks} weeks for treatment', 'whose mother is treated at {hospital}', 'a nurse at {hospital}', 'a mother of two from {district}'] });
    s.person('D', { prefix: 'Dr.', titled: true, desc: ['a consultant at {hospital}', 'a public health researcher at {university}', 'a family doctor in {district}'] });
  },
  titles: [
    '{hospital} [gets|to get] {service}',
    '[Waiting times|Patients] in focus as {city} [opens|plans] {unit}',
    '{cost} {unit} for {city}',
    "Nurses warn over staffing at {hospital}",
    '{city} health services: what changes for patients',
  ],
  lead: [
    'On {date}, {hospital} in {city} announced {service}, [meant to|intended to] cut waiting times that have reached {waitWeeks} weeks.',
    '{service} {action} at {hospital} on {weekday}, the regional health authority said.',
    'Health officials in {city} [unveiled|presented] {service} on {date}, [costing|worth] {cost}.',
  ],
  more: [
    'The {unit} is expected to [treat|see] about {patients} patients a year.',
    'The announcement comes as hospitals across {country} [struggle with|face] [staff shortages|record demand].',
    '[Patient groups|Doctors] had [called for|demanded] [the service|changes] for years.',
  ],
  details: [
    'The project will cost {cost}, paid for [from the regional health budget|partly by a national fund].',
    'Patients in the area currently wait an average of {waitWeeks} weeks, against a target of {waitTarget}.',
    'The hospital needs to hire {nurses} nurses to run the {unit}, [at a time when|while] {vacancies} of nursing posts in the region are empty.',
    'The {unit} will have {beds} beds and [operate around the clock|open from 8 a.m. to 10 p.m. every day|open from 7 a.m. to midnight].',
    "The region's health service ran a deficit of {deficit} last year.",
    '{A} said the {unit} would [free up|relieve pressure on] [beds elsewhere in the hospital|the emergency department].',
    'Managers [plan to|hope to] [recruit staff from abroad|train local staff] to fill the gaps.',
    'The health budget for the region [rose|will rise] by {budgetRise} this year.',
  ],
  background: [
    'A [report|review] in {pastYear} [found|concluded] that patients in {city} waited [longer than anywhere else in the region|far longer than the national average].',
    '{hospital} was built in {oldYear} and [was last expanded|last expanded] in {decade}.',
    'The previous {unit} in the area closed in {pastYear3} [because of|after] staff shortages.',
    'Nursing unions [staged|held] [strikes|protests] across {country} in {pastYear} over pay and staffing.',
  ],
  reaction: [
    'Patient groups [welcomed|cautiously welcomed] the plan but [said|warned] it did not go far enough.',
    'Staff at the hospital [said|told {outlet}] they had not been consulted.',
    'Doctors [in {district}|across the region] [said|warned] that GP surgeries were also under strain.',
  ],
  next: [
    'The {unit} is expected to [open|start treating patients] {future}.',
    'Recruitment for the new posts will begin {future}.',
    'The health authority will [publish|review] waiting time figures {future2}.',
    '{B} said [the union|campaigners] would [monitor|watch] staffing levels [and may take action if they fell|closely].',
    'A second phase, [adding more beds|extending opening hours], may follow in {nextYear} if funding allows.',
  ],
  pro: [
    'Patients in {city} have waited too long, and this is our answer',
    'Every bed we add is a patient who does not have to travel for hours',
    'We are hiring, and we want staff to know this is a good place to work',
    'This will change the way care is delivered in the region',
  ],
  con: [
    'You cannot open a new unit without the nurses to staff it',
    'Our members are exhausted, and nobody is listening',
    'This is a press release, not a plan',
  ],
  voice: [
    'I waited months for an appointment and was in pain the whole time',
    'The staff are wonderful, but they are clearly stretched',
    'It is a long way to travel when you are ill',
  ],
  expert: [
    'Buildings are the easy part; finding staff is the hard part',
    'Waiting times will only fall if the whole system changes, not one unit',
    'Early diagnosis saves lives and, in the long run, money',
  ],
  pnp: ['a major step for patients', 'the biggest investment in the hospital in a generation'],
  cnp: ['a sticking plaster', 'an empty promise'],
  accuse: ["ignoring nurses' warnings about safety", 'moving money from other services to pay for the announcement', 'hiding the true waiting times'],
  claim: ['the new unit would take staff from other wards', 'waiting times had been understated', 'the funding only covered the first two years'],
};

const TECH: Kind = {
  slug: 'tech-launch',
  weight: 8,
  policy: false,
  setup(s) {
    const r = s.r;
    const brand = s.brand();
    const device = r.pick([
      ['smartphone', 'phone'], ['tablet', 'tablet'], ['smartwatch', 'watch'], ['electric scooter', 'scooter'], ['home battery', 'battery'],
      ['pair of augmented reality glasses', 'glasses'], ['laptop', 'laptop'], ['home robot', 'robot'], ['e-reader', 'e-reader'],
      ['electric bike', 'bike'], ['smart thermostat', 'thermostat'], ['drone', 'drone'], ['hearing aid', 'hearing aid'],
    ] as const);
    const model = r.chance(0.5) ? `${r.pick(V.PRODUCT_WORDS)} ${r.pick(['2', '3', '5', 'X', 'Pro', 'Mini', 'Max', 'S', 'One', 'Air', 'Neo'])}` : `${r.pick(V.PRODUCT_WORDS)}${r.pick(['', ' ', '-'])}${r.pick(['X', 'Q', 'Z', 'V', 'R'])}${r.int(1, 12)}`;
    s.set({
      company: `${brand} ${r.pick(V.TECH_SECTORS)}`,
      product: `the ${brand} ${model}`,
      productShort: `the ${model}`,
      device: device[0],
      deviceShort: device[1],
      rival: `${s.brand()} ${r.pick(V.TECH_SECTORS)}`,
      feature1: ['a battery that lasts {battery} days', 'a built-in AI assistant that works offline', 'a screen made from recycled glass', 'repairable parts that owners can replace themselves', 'satellite messaging', 'a camera that can film in near darkness', 'a price below that of most rivals', 'a folding design'],
      feature2: ['facial recognition', 'a subscription service for extra features', 'support for {languages} languages', 'health tracking', 'automatic software updates for {updateYears} years', 'wireless charging'],
      thing: 'the launch',
      pnpTarget: '{productShort}',
      cnpTarget: "the product's data practices",
      org: '{company}',
      price: s.money(99, 2500),
      battery: s.num(2, 14, 0.5),
      languages: String(r.int(12, 90)),
      updateYears: s.word(3, 8),
      preorders: s.count(5_000, 2_000_000),
      rnd: s.money(5_000_000, 900_000_000),
      employees: s.count(40, 60_000),
      share: s.pct(1, 30),
      fine: s.money(200_000, 40_000_000),
      revenue: s.money(10_000_000, 20_000_000_000),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { desc: ['the chief executive of {company}', "{company}'s co-founder", 'who founded {company} in {pastYear2}'], lead: ["{company}'s chief executive"], short: 'the chief executive' });
    s.person('B', { desc: ['a privacy researcher at {university}', 'who leads a digital rights group in {city}', 'a consumer rights campaigner'], short: 'the campaigner' });
    s.person('C', { desc: ['a software developer who tested the device', 'who queued outside the store in {city} overnight', 'a teacher who pre-ordered the device'] });
    s.person('D', { desc: ['a technology analyst at {consultancy}', 'who covers the industry for {consultancy}'] });
  },
  titles: [
    '{company} launches {productShort}, a {price} {device}',
    '{company} unveils {deviceShort} with {feature1}',
    'First look: {product}',
    '{company} bets on {product} to take on {rival}',
    '{productShort} goes on sale at {price}',
  ],
  lead: [
    'On {date}, {company} unveiled {product}, a {device} with {feature1}, priced at {price}.',
    '{company} [launched|presented] {product} at an event in {city} on {weekday}, [betting|hoping] that {feature1} will [win over|attract] buyers.',
    '{product}, a new {device} from {company}, [went on sale|became available] on {date} for {price}.',
  ],
  more: [
    'The company said it had received {preorders} pre-orders [in the first week|before the launch].',
    'The {deviceShort} will compete directly with products from {rival}.',
    'It also [offers|includes] {feature2}.',
  ],
  details: [
    '{company} said it had spent {rnd} developing {productShort} over [three|four|five] years.',
    'The {deviceShort} [offers|comes with] {feature2}, [which|a feature that] some reviewers [praised|questioned].',
    'In early tests by {outlet}, the battery lasted [longer|less time] than the company claimed.',
    '{company} employs about {employees} people and [reported|had] revenue of {revenue} last year.',
    'The device will first go on sale in {country} and {country2} before [a wider launch|reaching other markets] {future2}.',
    'Some features will require a monthly subscription, [a decision|a move] that [drew criticism|surprised analysts].',
    '{company} [holds|has] about {share} of the market, according to {consultancy}.',
    'The {deviceShort} is [assembled|made] in {country2} [from parts sourced in|with components from] [a dozen|several] countries.',
  ],
  background: [
    '{company} was founded in {pastYear2} [in a garage in {city}|by two university friends|as a spin-off from {university}].',
    "The company's last {deviceShort}, launched in {pastYear}, [sold poorly|was a surprise hit].",
    'Regulators fined {company} {fine} in {pastYear3} over [how it handled user data|misleading advertising].',
    'Sales of {device}s [fell|rose] [sharply|slightly] last year as [prices rose|consumers held on to their old devices].',
  ],
  reaction: [
    'Early reviews were [mixed|mostly positive|lukewarm], with [praise for|complaints about] {feature1}.',
    'Shares in {company} [rose|fell] after the [event|launch].',
    'Privacy groups [raised concerns about|questioned] {feature2}.',
  ],
  next: [
    'Deliveries are expected to begin {future}.',
    '{company} will release a software update {future} [to fix|addressing] [early bugs|battery problems].',
    'Regulators in {country} may [examine|look into] the data the {deviceShort} collects.',
    'A cheaper version of the {deviceShort} is expected {future2}.',
    '{A} said the company planned to [open|expand into] [new markets|physical stores] [next year|in {nextYear}].',
  ],
  pro: [
    'We built the device we always wanted to use ourselves',
    'Our customers told us they were tired of replacing their devices every two years',
    'This is the most important product in the history of the company',
    'We think people will be surprised by what it can do',
  ],
  con: [
    'People deserve to know exactly what data this device collects',
    'A subscription for basic features is not innovation, it is a tax',
    'The marketing promises far more than the product delivers',
  ],
  voice: [
    'I have been waiting for a device like this for years',
    'It is fast, but I am not sure it is worth the price',
    'Setting it up took me less than five minutes',
  ],
  expert: [
    'The hardware is impressive, but the real test is the software',
    'This is a crowded market, and price will matter more than features',
    'The company needs a hit, and it knows it',
  ],
  pnp: ['the best thing we have ever made', 'a new kind of device'],
  cnp: ['a privacy nightmare', 'deeply worrying'],
  accuse: ['collecting far more data than it needs', 'hiding the cost of subscriptions', 'making repairs deliberately difficult'],
  claim: ['the device sends voice recordings to company servers', 'the battery claims could not be reproduced', 'the subscription would soon become mandatory'],
};

const HOUSING: Kind = {
  slug: 'housing-plan',
  weight: 7,
  policy: true,
  setup(s) {
    const r = s.r;
    s.set({
      developer: s.company(['Homes', 'Developments', 'Properties', 'Living', 'Estates', 'Construction']),
      site: ['the former {place3} rail yard', 'the old {place3} hospital site', 'farmland north of {city}', 'the disused docks on {street}', 'a former army barracks in {district}', 'the old bus depot on {street}'],
      thing: 'the development',
      org: '{developer}',
      homes: s.count(80, 9000),
      affordable: s.pct(10, 45, 0),
      affordableTarget: s.pct(25, 50, 0),
      cost: s.money(20_000_000, 2_000_000_000),
      price: s.money(150_000, 900_000),
      rentRise: s.pct(4, 25),
      storeys: s.num(4, 40, 0.3),
      objections: s.count(40, 6000),
      waiting: s.count(800, 90_000),
      hectares: String(r.int(2, 120)),
      jobs: s.count(150, 6000),
      pollPct: s.pct(30, 70, 0),
    });
    if (r.chance(0.5)) s.person('A', { desc: ['the chief executive of {developer}', "{developer}'s managing director"], lead: ["{developer}'s chief executive"], short: 'the developer' });
    else s.person('A', { prefix: 'Housing Minister', desc: ['the regional housing minister'], short: 'the minister' });
    s.person('B', { desc: ["the chair of the {districtName} residents' association", 'a local campaigner against the plans'], lead: ["the chair of the local residents' association"] });
    s.slots.waitYears = s.word(2, 9);
    s.person('C', { desc: ['a nurse who has been on the housing waiting list for {waitYears} years', 'who rents a flat in {district}', 'a young teacher who cannot afford to rent in {city}', 'who has lived next to the site for decades'] });
    s.person('D', { prefix: r.chance(0.5) ? 'Professor' : undefined, titled: true, desc: ['a housing economist at {university}', 'a planning expert at {consultancy}'] });
  },
  titles: [
    '{homes} new homes planned for {site}',
    '{developer} [wins approval|seeks approval] for {city} housing scheme',
    'Plans for {homes} homes in {city} [divide|split] residents',
    '{city} housing plan: who gets the {homes} homes',
    '[Approval|Green light] for {storeys}-storey towers on {site}',
  ],
  lead: [
    'On {date}, {developer} [unveiled|submitted] plans to build {homes} homes on {site}, [including|with] {affordable} set aside as affordable housing.',
    'Plans for {homes} new homes on {site} were [approved|backed] by planners in {city} on {weekday}, [despite|in spite of] {objections} objections.',
    '{developer} [won approval|received permission] on {date} to turn {site} into a neighbourhood of {homes} homes.',
  ],
  more: [
    'The project is expected to cost about {cost}.',
    'The tallest building will have {storeys} storeys.',
    'The city says it needs the homes [urgently|badly], with {waiting} households on its waiting list.',
  ],
  details: [
    'Homes will sell from about {price}, [according to the developer|the company said].',
    'The site covers {hectares} hectares and will also include [a school|a park|shops and a health centre].',
    'Only {affordable} of the homes will be affordable, below the city target of {affordableTarget}.',
    'Rents in {city} have risen by {rentRise} over the past two years, according to {outlet}.',
    'The construction phase is expected to create about {jobs} jobs.',
    'Planners received {objections} objections, most of them about [traffic|the height of the towers|the loss of green space].',
    '{developer} agreed to [pay for|fund] [a new bus route|road improvements|a primary school] as part of the deal.',
    'Parking will be limited to one space for every [two|three|four] homes.',
  ],
  background: [
    'The site [has stood empty|was left empty] since {pastYear}, when [the rail yard|the hospital|the depot] closed.',
    '{city} has built [fewer than half|only a fraction] of the homes it [promised|planned] in {pastYear2}.',
    'An earlier plan for the site was [withdrawn|rejected] in {pastYear3} after [a public inquiry|the developer went bankrupt].',
    'House prices in {country} [rose|climbed] [sharply|steadily] over the past decade, [pushing|driving] many young families out of city centres.',
  ],
  reaction: [
    'Residents living near the site [said|complained] they had not been [properly|] consulted.',
    'Housing charities welcomed the homes but [said|argued] the affordable share was too low.',
    'Local schools [warned|said] they [would not have|did not have] enough places for new families.',
  ],
  next: [
    'Construction is expected to start {future2} and [take|last] about [five|seven|ten] years.',
    'The first homes will go on sale {future2}, the developer said.',
    'Campaigners said they would [seek a judicial review|appeal the decision] {future}.',
    'The plan still needs final approval from [the regional government|the national planning authority].',
    'A public exhibition of the designs will be held at {venue} {future}.',
  ],
  pro: [
    'People who work in {city} should be able to afford to live in {city}',
    'This will bring a derelict site back to life',
    'We have changed the plans many times to answer local concerns',
    'Every year we delay, rents go up again',
  ],
  con: [
    'Nobody is against new homes, but these are the wrong homes in the wrong place',
    'The roads here are already full',
    'These towers will tower over everything around them',
  ],
  voice: [
    'I have been on the waiting list for years',
    'My rent went up again this spring and I do not know how long I can stay',
    'We need homes, but we also need doctors and schools',
  ],
  expert: [
    'The number of affordable homes will decide whether this helps the people who need it most',
    'Large sites like this usually take far longer to build than planned',
  ],
  pnp: ['exactly what the city needs', 'a once-in-a-generation opportunity'],
  cnp: ["a developer's dream and a neighbourhood's nightmare", 'overdevelopment'],
  accuse: ['ignoring local objections', 'cutting the number of affordable homes after winning approval', 'putting profits before people'],
  claim: ['the traffic studies were out of date', 'the affordable homes would be built last, if at all', 'the site should have been kept as a park'],
};

const RESEARCH: Kind = {
  slug: 'research-study',
  weight: 7,
  policy: false,
  setup(s) {
    const r = s.r;
    const topic = r.pick([
      ['people who walked at least {steps} steps a day', 'were less likely to develop heart disease', 'daily walking'],
      ['children who slept less than nine hours', 'did worse on memory tests', "children's sleep"],
      ['a common blood pressure drug', 'may slow the progress of dementia', 'dementia'],
      ['bees exposed to a widely used pesticide', 'collected less pollen', 'bees and pesticides'],
      ['microplastics in river water', 'were found in every sample tested', 'microplastics'],
      ['workers on a four-day week', 'reported less stress and took fewer sick days', 'the four-day week'],
      ['a new soil treatment', 'increased wheat yields', 'crop yields'],
      ['air pollution near schools', 'was linked to more asthma attacks', 'air pollution'],
      ['a cheap eye test', 'could detect early signs of diabetes', 'diabetes screening'],
      ['urban trees', 'lowered summer temperatures in nearby streets', 'urban heat'],
      ['older adults who learned a new language', 'showed better memory a year later', 'language learning'],
      ['a vaccine candidate', 'produced a strong immune response in early trials', 'vaccine trials'],
    ] as const);
    s.slots.fieldTitle = r.pick(['Public Health', 'Environmental Science', 'Medicine', 'Applied Ecology', 'Epidemiology', 'Agriculture']);
    s.set({
      steps: s.count(6000, 10000),
      subject: topic[0],
      finding: topic[1],
      field: topic[2],
      journal: [`the journal ${r.pick(['Nature', 'Science', 'The Lancet', 'PLOS One', 'Cell Reports', 'BMJ Open'])}`, 'the {place3} Journal of {fieldTitle}', 'a peer-reviewed journal'],
      thing: 'the study',
      org: '{university}',
      participants: s.count(120, 400_000),
      effect: s.pct(8, 45),
      years: s.word(2, 12),
      grant: s.money(150_000, 25_000_000),
      countries: s.word(2, 12),
      pollPct: s.pct(30, 70, 0),
    });
    s.person('A', { prefix: r.chance(0.5) ? 'Dr.' : 'Professor', titled: true, desc: ['who led the study at {university}', 'the lead author of the study'], lead: ["the study's lead author"], short: 'the lead author' });
    s.person('B', { prefix: 'Professor', titled: true, desc: ['who was not involved in the research', 'a statistician at {university}'], short: 'the statistician' });
    s.person('C', { desc: ['who took part in the study', 'one of the volunteers in the trial', 'a participant from {district}'] });
    s.person('D', { prefix: 'Dr.', titled: true, desc: ['an independent researcher at {consultancy}', 'who reviewed the paper for {foundation}'] });
  },
  titles: [
    'Study finds {subject} {finding}',
    'Researchers at {university} publish {field} study',
    'What a {participants}-person study says about {field}',
    'New research on {field} draws [praise|scepticism]',
  ],
  lead: [
    'On {date}, researchers at {university} reported that {subject} {finding}, in a study of {participants} people published in {journal}.',
    'A study published on {weekday} in {journal} found that {subject} {finding}.',
    '{subject} {finding}, according to research from {university} published on {date}.',
  ],
  more: [
    'The researchers followed participants for {years} years.',
    'The effect was about {effect}, [larger|smaller] than [expected|earlier studies had suggested].',
    'The study was funded by {foundation} with a grant of {grant}.',
  ],
  details: [
    'The team [analysed|studied] data from {participants} [people|participants|samples] in {countries} countries.',
    'The difference between the groups was about {effect} after [accounting for|adjusting for] age and income.',
    'The study was funded by {foundation}, which [gave|provided] {grant}.',
    'The authors [cautioned|noted] that the study [showed a link, not a cause|was observational].',
    'Participants were [recruited|selected] through [hospitals|schools|employers] in {city} and {place2}.',
    'The findings [have been|were] reviewed by independent scientists before publication.',
    'The data will be [made public|shared with other researchers] [so others can check the results|later this year].',
  ],
  background: [
    'Earlier studies in {pastYear} [suggested|hinted at] a similar effect but [were much smaller|could not rule out other explanations].',
    '{A.name} [has studied|has worked on] {field} since {pastYear2}.',
    'Research on {field} [grew|expanded] rapidly after {pastYear3}, when [new funding became available|a major report raised concerns].',
    '{university} was founded in {oldYear} and is one of the largest research universities in {country}.',
  ],
  reaction: [
    'Other scientists [welcomed|were cautious about] the findings.',
    'Patient and advocacy groups said the study [should|must] lead to changes in policy.',
    'Some researchers [pointed out|noted] that the participants were not [representative|typical] of the wider population.',
  ],
  next: [
    'The team will [begin|launch] a larger trial {future2}.',
    'Regulators are expected to review the evidence {future}.',
    'The researchers [plan to|will] follow the participants for another {years} years.',
    'Further results [are expected|will be published] in {nextYear}.',
    'If the results hold up, the findings may [change|shape] advice on {field}.',
  ],
  pro: [
    'The size of the effect surprised us',
    'This is one of the largest studies of its kind',
    'We hope this will give doctors and policymakers better evidence',
    'We were careful to rule out the obvious explanations',
  ],
  con: [
    'The study is interesting, but it cannot prove cause and effect',
    'The headlines will go much further than the data',
    'I would want to see the results repeated before changing any advice',
  ],
  voice: [
    'I signed up because I wanted to help, and I learned a lot about myself',
    'The researchers were very clear about what they were asking us to do',
    'It was strange to see my own data turn into a scientific paper',
  ],
  expert: [
    'This is careful work, but it is one study',
    'The methods look sound, and the sample is large',
    'The next step has to be a randomised trial',
  ],
  pnp: ['an important step', 'the strongest evidence yet'],
  cnp: ['overstated', 'premature'],
  accuse: ['overstating the findings', 'leaving out inconvenient data', 'promoting the results before peer review'],
  claim: ['the sample was not representative', 'other factors could explain the results', 'the effect size was within the margin of error'],
};

const KINDS: Kind[] = [COUNCIL, STRIKE, FACTORY, COURT, TRANSFER, OPENING, STORM, ELECTION, HEALTH, TECH, HOUSING, RESEARCH];

// ---------------------------------------------------------------------------------------------
// CLI

if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  const [dir, countArg = '1000', seedArg] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx src/bench/generate.ts OUT_DIR [COUNT] [SEED]');
    process.exit(2);
  }
  const t0 = performance.now();
  writeArticles(dir, Number(countArg), seedArg === undefined ? DEFAULT_SEED : Number(seedArg)).then(
    (bytes) => console.log(`wrote ${countArg} articles, ${bytes} bytes, to ${dir} in ${Math.round(performance.now() - t0)} ms`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
