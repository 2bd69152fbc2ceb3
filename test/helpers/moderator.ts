import type { Answer } from '../../src/core/types.ts';
import type { KnowledgeAdmin } from '../../src/knowledge/admin.ts';
import type { KnowledgeStore } from '../../src/knowledge/store.ts';
import { contextFor, loadRegistry, runCommand, type Invoker, type OptionValue, type UploadedFile } from '../../src/registry/registry.ts';

/**
 * The moderator operations as a moderator sees them: each call runs the real /reload or
 * /knowledge command (preconditions, then the knowledge's facts put into words) and returns
 * the Answer it shows.
 */
export async function moderatorAnswers(admin: KnowledgeAdmin, store: KnowledgeStore) {
  const registry = await loadRegistry();
  const run = async (command: string, subcommand: string | null, options: Record<string, OptionValue>, text: string, by: Invoker): Promise<Answer> =>
    runCommand(registry.commands.get(command)!, { text, subcommand, options }, await contextFor({ read: () => ({ corpus: store.corpus() }), admin: () => admin }, by, registry));
  const replacing = (replace: boolean) => (replace ? ' replace:true' : '');
  return {
    reload: (by: Invoker) => run('reload', null, {}, '/reload', by),
    add: (file: UploadedFile, replace: boolean, by: Invoker) =>
      run('knowledge', 'add', { file, replace }, `/knowledge add file:${file.name}${replacing(replace)}`, by),
    addUrl: (url: string, replace: boolean, by: Invoker) => run('knowledge', 'add', { url, replace }, `/knowledge add url:${url}${replacing(replace)}`, by),
    remove: (id: string, by: Invoker) => run('knowledge', 'remove', { article: id }, `/knowledge remove article:${id}`, by),
    list: (by: Invoker) => run('knowledge', 'list', {}, '/knowledge list', by),
  };
}
