/**
 * Command-line flags of every entry point, through node:util's parseArgs: `--help` (or `-h`)
 * prints the usage and exits 0, an unknown flag or a missing value is refused with the usage
 * and exit code 2, so a mistyped flag never starts the bot by surprise.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T & { strict: true }>>;

/** A flag's value check: why the value is wrong, or null. */
export type FlagCheck = (value: string) => string | null;

/** `--guild ID`: a Discord server id, a number of up to 20 digits. */
export const discordId: FlagCheck = (value) => (/^\d{1,20}$/.test(value) ? null : `"${value}" is not a Discord server id (digits only; Developer Mode → right-click the server → Copy Server ID)`);

/**
 * The parsed flags, or the exit code when the process should stop here. `checks` judges
 * string values by flag name; a wrong one is refused like an unknown flag.
 */
export function readArgs<T extends ParseArgsConfig>(usage: string, config: T, args = process.argv.slice(2), checks: Record<string, FlagCheck> = {}): Parsed<T> | number {
  const options = { ...config.options, help: { type: 'boolean', short: 'h' } } as const;
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({ ...config, options, args, strict: true }) as Parsed<T>;
  } catch (error) {
    // parseArgs explains at length how to pass a positional starting with '-'; the first
    // sentence ("Unknown option '--x'") is what the reader needs.
    const reason = (error as Error).message.split(/\.\s/)[0]!.replace(/\.$/, '');
    process.stderr.write(`${reason}.\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(usage);
    return 0;
  }
  for (const [flag, check] of Object.entries(checks)) {
    const value = (parsed.values as Record<string, unknown>)[flag];
    const problem = typeof value === 'string' ? check(value) : null;
    if (problem) {
      process.stderr.write(`--${flag}: ${problem}.\n\n${usage}`);
      return 2;
    }
  }
  return parsed;
}
