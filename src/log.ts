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
      // A failed Discord request's error carries its URL, which for interactions holds a token
      // good for 15 minutes, and its request body: neither belongs in a log.
      redact: {
        paths: ['token', '*.token', 'config.discordToken', 'headers.authorization', '*.headers.authorization', 'err.url', 'err.requestBody', 'err.rawError'],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
