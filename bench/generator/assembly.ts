/** How a generated story becomes an article: sections, paragraphs, front matter, Markdown or plain text. */
import type { GeneratedArticle } from '../generate.ts';
import * as V from '../vocab.ts';
import { KINDS } from './kinds.ts';
import { dateParts, isoDate } from './numbers.ts';
import { Rng, mixSeed } from './random.ts';
import { ATTRIBUTIONS, GENERIC, QUOTE_FORMS } from './shared-templates.ts';
import { type Kind, type Person, Story, capitalise } from './story.ts';


export type SectionType = 'details' | 'background' | 'reaction' | 'next';

export const HEADINGS: Record<SectionType, string[]> = {
  details: ['Key Details', 'Key Details', 'Key Details', 'Key details', 'What Happened', 'The Details', 'Details', 'Key Facts', 'What We Know'],
  background: ['Background', 'Background', 'Background', 'Context', 'How We Got Here', 'The Background', 'History', 'A Long Story'],
  reaction: ['Reaction', 'Reaction', 'Reactions', 'What People Are Saying', 'Response', 'Mixed Reaction', 'Local Reaction'],
  next: ["What's Next", "What's Next", "What's Next", 'Next Steps', 'Next steps', 'What Comes Next', 'Looking Ahead', 'What Happens Now'],
};

export const LAYOUTS: SectionType[][] = [
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
export const QUOTE_CHANCE: Record<SectionType | 'lead', number> = { lead: 0.3, details: 0.35, background: 0.12, reaction: 0.6, next: 0.2 };

export interface Section {
  heading: string | null;
  paragraphs: string[][]; // sentences per paragraph
}

export function kindPool(kind: Kind, section: SectionType | 'lead'): string[] {
  return section === 'lead' ? kind.more : kind[section];
}

export const genericCache = new Map<Kind, Record<SectionType | 'lead', string[]>>();

/** Shared narration for a kind: templates marked `~` only suit stories about a plan or decision. */
export function genericPool(kind: Kind, section: SectionType | 'lead'): string[] {
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

export function writeParagraph(s: Story, section: SectionType | 'lead', first: boolean): string[] {
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

export function buildSections(s: Story): Section[] {
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

export function slugify(s: string, maxWords = 3): string {
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
export function yamlScalar(s: string): string {
  return /^[\p{L}\p{N}][^:#"\n]*$/u.test(s) && !/\s$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s)
    ? s
    : JSON.stringify(s);
}

/** Mirror of the parser's plain-text heading test: a title line must look like a heading. */
export function headingLike(line: string): boolean {
  return (
    line.split(/\s+/).length <= 10 &&
    line.length <= 80 &&
    !/[.!?,;:]$/.test(line) &&
    /^[\p{Lu}\p{N}]/u.test(line) &&
    !/\b(a|an|the|of|on|in|at|to|for|and|or|but|with|by|from|as|that|is|was|are|were)$/i.test(line)
  );
}

export function wrap(text: string, width: number): string {
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
export function curlyQuotes(p: string): string {
  let open = false;
  return p.replace(/"/g, () => ((open = !open) ? '\u201C' : '\u201D')).replace(/'/g, '\u2019');
}

export function frontMatter(s: Story, title: string, slug: string, opts: { source: boolean; language: boolean; people: boolean }): string {
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

export function pickKind(r: Rng): Kind {
  const total = KINDS.reduce((a, k) => a + k.weight, 0);
  let x = r.next() * total;
  for (const k of KINDS) {
    x -= k.weight;
    if (x < 0) return k;
  }
  return KINDS[KINDS.length - 1]!;
}

export function generateArticle(index: number, seed: number): GeneratedArticle {
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

export function renderMarkdown(s: Story, title: string, sections: Section[], slug: string): string {
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

export function renderText(s: Story, title: string, sections: Section[], slug: string): string {
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
