/** Numbers, money and dates as news prose writes them, for the benchmark generator. */
import { Rng } from './random.ts';


export function commas(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return (n < 0 ? '-' : '') + out;
}

export function dec1(x: number): string {
  return x >= 100 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, '');
}

export function logUniform(r: Rng, min: number, max: number): number {
  return Math.exp(Math.log(min) + r.next() * (Math.log(max) - Math.log(min)));
}

export function moneyText(v: number, cur: string): string {
  if (v >= 1e9) return `${cur}${dec1(v / 1e9)} billion`;
  if (v >= 1e6) return `${cur}${dec1(v / 1e6)} million`;
  if (v >= 1e5) return `${cur}${commas(Math.round(v / 1000) * 1000)}`;
  if (v >= 1000) return `${cur}${commas(Math.round(v / 50) * 50)}`;
  return `${cur}${commas(Math.round(v))}`;
}

export const DAY_MS = 86_400_000;
export const EPOCH = Date.UTC(2023, 0, 1);

export function dateParts(ms: number): { y: number; m: number; d: number; wd: number } {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth(), d: dt.getUTCDate(), wd: dt.getUTCDay() };
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
