/**
 * Command-line flags of every entry point, through node:util's parseArgs: `--help` (or `-h`)
 * prints the usage and exits 0, an unknown flag or a missing value is refused with the usage
 * and exit code 2, so a mistyped flag never starts the bot by surprise.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T & { strict: true }>>;

/** The parsed flags, or the exit code when the process should stop here. */
export function readArgs<T extends ParseArgsConfig>(usage: string, config: T, args = process.argv.slice(2)): Parsed<T> | number {
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
  return parsed;
}
