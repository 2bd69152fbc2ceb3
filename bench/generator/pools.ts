/** Vocabulary pools for the benchmark generator. */
import * as V from '../vocab.ts';
import { cap } from './template.ts';
import { Rng } from './random.ts';

// Vocabulary pools, built once from a fixed seed so they never depend on the caller's seed.

export interface Pools {
  female: string[];
  male: string[];
  surnames: string[];
  places: string[];
  surnameTail: string[];
  cities: string[];
  brands: string[];
}

let pools: Pools | null = null;

export function getPools(): Pools {
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
