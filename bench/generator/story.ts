/** One generated story: its people, slots and the template rendering that fills them. */
import * as V from '../vocab.ts';
import { DAY_MS, EPOCH, commas, dateParts, logUniform, moneyText } from './numbers.ts';
import { getPools } from './pools.ts';
import { Rng } from './random.ts';
import { GENERIC_QUOTES } from './shared-templates.ts';
import { type Node, compile } from './template.ts';


export type PersonKey = 'A' | 'B' | 'C' | 'D';

export interface RoleSpec {
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

export interface Person {
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

export function possessive(s: string): string {
  return s.endsWith('s') ? `${s}'` : `${s}'s`;
}

// ---------------------------------------------------------------------------------------------

export type QuotePool = 'pro' | 'con' | 'voice' | 'expert' | 'pnp' | 'cnp' | 'accuse' | 'claim';
export const QUOTE_POOLS = new Set<string>(['pro', 'con', 'voice', 'expert', 'pnp', 'cnp', 'accuse', 'claim']);

export interface Kind {
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

export class Story {
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

export function capitalise(s: string): string {
  const i = s.search(/[\p{L}\p{N}]/u);
  if (i < 0 || !/\p{L}/u.test(s.charAt(i))) return s;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}
