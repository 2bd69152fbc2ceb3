/**
 * Structured logs to stderr, so stdout carries only answers in the console. Token-shaped
 * fields are redacted wherever they appear.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'config.discordToken', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
