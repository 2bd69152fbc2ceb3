/**
 * The direction of the code, checked: the core is pure (itself and its text and search
 * libraries), and the knowledge layer returns facts without reaching up into the layer that
 * speaks to members (the registry, the commands, Discord, the console).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(new URL('../', import.meta.url).pathname);

/** The libraries the core may use: none of them touches the disk, the network or Discord. */
const CORE_LIBRARIES = ['minisearch', 'zod', 'yaml', 'stemmer', '@mozilla/readability', 'linkedom'];
const COMMAND_LAYER = ['src/registry/', 'commands/', 'src/discord/', 'src/console/'];

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(folder, f));
}

/** Every module a file imports or re-exports, statically or dynamically, as written. */
function importsOf(source: string): string[] {
  const found = source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm);
  return [...found].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** `file`'s imports: relative ones as paths from the repository root, packages as named. */
function dependencies(file: string): string[] {
  return importsOf(readFileSync(join(ROOT, file), 'utf8')).map((spec) => (spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec));
}

const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

describe('the direction of imports', () => {
  test('the scanner sees static, type-only, re-exported and dynamic imports', () => {
    const source = "import { a } from './a.ts';\nimport type { B } from \"../b.ts\";\nexport { c } from './c.ts';\nconst d = await import('./d.ts');\nimport 'side-effect';";
    expect(importsOf(source)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', 'side-effect']);
    expect(dependencies('src/knowledge/admin.ts')).toContain('src/core/article.ts');
  });

  test('src/core imports only itself and its libraries', () => {
    const outside = sources('src/core').flatMap((file) =>
      dependencies(file)
        .filter((dep) => (dep.startsWith('src/') ? !dep.startsWith('src/core/') : !CORE_LIBRARIES.includes(packageOf(dep))))
        .map((dep) => `${file} imports ${dep}`),
    );
    expect(outside).toEqual([]);
  });

  test('src/knowledge imports nothing from the registry, the commands, Discord or the console', () => {
    const upward = sources('src/knowledge').flatMap((file) =>
      dependencies(file)
        .filter((dep) => COMMAND_LAYER.some((layer) => dep.startsWith(layer)) || packageOf(dep) === 'discord.js')
        .map((dep) => `${file} imports ${dep}`),
    );
    expect(upward).toEqual([]);
  });
});
