/**
 * The bot runs from its TypeScript sources through tsx (`npm start`, the tests) or as the
 * JavaScript that `npm run build` emits into dist/ (production, no dev dependency). A module
 * that hands a sibling module to another thread or process names it with its own extension,
 * so both ways find it.
 */

/** `name` (without extension) beside the module at `base`, with that module's extension. */
export function siblingModule(name: string, base: string): URL {
  return new URL(`${name}${runsFromSources(base) ? '.ts' : '.js'}`, base);
}

/** True under tsx: a new thread or process must then load tsx to read the sibling. */
export function runsFromSources(base: string | URL): boolean {
  return String(base).endsWith('.ts');
}
