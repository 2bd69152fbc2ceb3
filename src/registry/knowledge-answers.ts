/**
 * The moderator commands' words: the knowledge layer reports facts (what a reload changed,
 * why a change was refused), and this turns them into the Answer a moderator reads.
 */
import type { Added, Listing, Outcome, Refusal } from '../knowledge/admin.ts';
import { describeFailure } from '../knowledge/load.ts';
import type { EverywhereReport } from '../knowledge/store.ts';
import { count } from '../core/count.ts';
import { failed, type Answer, type AnswerItem } from '../core/types.ts';
import type { ShelfRef } from './registry.ts';

function refusalText(r: Refusal): string {
  switch (r.kind) {
    case 'rate-limited':
      return `Reloads are limited to ${r.perMinute} a minute; try again in ${r.retryS} s.`;
    case 'folder-missing':
      return 'The knowledge folder is missing, so nothing was changed; the current knowledge keeps serving. Ask the operator to restore it.';
    case 'bad-name':
      return `Refused "${r.name}": ${r.reason}.`;
    case 'too-large':
      return `Refused: the file is larger than ${r.maxBytes / 1024} KiB.`;
    case 'unreadable-upload':
      return 'The file could not be downloaded; try again.';
    case 'invalid':
      return `Refused: ${r.line ? `line ${r.line}: ` : ''}${r.reason}. Nothing was changed.`;
    case 'exists':
      return `An article with the id "${r.id}" exists already (${r.files.join(', ')}). Add replace:true to replace it.`;
    case 'write-failed':
      return `The file could not be written to the knowledge folder (${r.code}). Nothing was changed.`;
    case 'link-refused':
      return `Refused ${r.url}: ${r.reason}. Nothing was changed.`;
    case 'no-such-article':
      return `No article file has the id "${r.id}". /knowledge list shows them.`;
    case 'shelf-full':
      return r.limit === 'articles'
        ? `This server's shelf holds its limit of ${count(r.max, 'article')}; remove one first. Nothing was changed.`
        : `This server's shelf would pass its limit of ${r.max >= 2 ** 20 ? `${Math.round(r.max / 2 ** 20)} MiB` : `${Math.round(r.max / 1024)} KiB`}; remove an article first. Nothing was changed.`;
  }
}

/** A reload's report: counts before → after, what changed, how far it reached, and each failure. */
export function reloadAnswer(input: string, command: string, outcome: Outcome<{ report: EverywhereReport }>): Answer {
  if (!outcome.ok) return failed(input, command, refusalText(outcome.refusal));
  const r = outcome.report;
  const items: AnswerItem[] = [
    {
      heading: r.ok ? `Reloaded in ${Math.round(r.ms)} ms` : 'Reload failed: the current knowledge stays',
      detail: `articles ${r.before.articles} → ${r.after.articles} · passages ${r.before.passages} → ${r.after.passages} · people ${r.before.people} → ${r.after.people} · version ${r.version}`,
      quotes: [],
    },
  ];
  const list = (label: string, ids: string[]) => ids.length && items.push({ heading: label, detail: ids.join(', '), quotes: [] });
  list('Added', r.added);
  list('Changed', r.changed);
  list('Removed', r.removed);
  if (r.shards) {
    const { count: shards, reached, failures } = r.shards;
    items.push({
      heading: reached === shards ? `Reached ${shards === 1 ? 'the only shard' : `all ${shards} shards`}` : `Reached ${reached} of ${count(shards, 'shard')}`,
      detail: failures.length ? failures.join(' · ') : `every shard serves version ${r.version}`,
      quotes: [],
    });
  }
  for (const f of r.failures) {
    items.push({ heading: `Failed: ${f.file}${f.line ? ` line ${f.line}` : ''}`, detail: `${f.reason}${f.keptLastGood ? ' — the last good version keeps serving' : ' — not loaded'}`, quotes: [] });
  }
  return { input, command, items, ...(r.error ? { error: r.error } : {}), ...(r.warning ? { note: `Warning: ${r.warning}.` } : {}) };
}

/** An added article first (what /who, /claims and /next now find in it), then the reload's report. */
export function addAnswer(input: string, outcome: Outcome<Added>): Answer {
  if (!outcome.ok) return failed(input, 'knowledge', refusalText(outcome.refusal));
  const { found, page } = outcome;
  const detail = [
    `id ${outcome.id}`,
    found ? `/who finds ${count(found.people, 'person', 'people')}${found.firstPerson ? ` (first: ${found.firstPerson})` : ''}` : null,
    found ? `/claims ${count(found.claims, 'claim')}` : null,
    found ? `/next ${count(found.outlook, 'passage')}` : null,
    page ? `${count(page.words, 'word')} in ${count(page.paragraphs, 'paragraph')} from ${page.source}` : null,
  ].filter(Boolean).join(' · ');
  const report = reloadAnswer(input, 'knowledge', { ok: true, report: outcome.report });
  return { ...report, items: [{ heading: `${outcome.replaced ? 'Replaced' : 'Added'}: ${outcome.title}`, detail, quotes: [] }, ...report.items] };
}

export function listAnswer(input: string, listing: Listing): Answer {
  const failures = listing.failures.length ? ` ${count(listing.failures.length, 'file')} failed to load: ${listing.failures.map(describeFailure).join('; ')}` : '';
  return {
    input,
    command: 'knowledge',
    items: listing.articles.map((a) => ({
      heading: a.title,
      detail: [`${a.file} · ${formatBytes(a.bytes)}`, a.published ? `published ${a.published}` : null, count(a.passages, 'passage')].filter(Boolean).join(' · '),
      quotes: [],
    })),
    note: `Knowledge version ${listing.version}, loaded ${listing.loadedAt.toISOString()}.${failures}`,
  };
}

/** Says which shelf a moderator's change or listing was about, so a home server's moderator never confuses the two. */
export function onShelf(answer: Answer, shelf: ShelfRef): Answer {
  if (answer.error && !answer.items.length) return answer;
  const which = shelf.kind === 'shared' ? 'Shelf: the shared articles, seen in every server.' : "Shelf: this server's own articles, seen only here.";
  return { ...answer, note: [which, answer.note].filter(Boolean).join(' ') };
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`;
}
