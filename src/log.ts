/**
 * Structured logs to stderr, so stdout carries only answers in the console. Token-shaped
 * fields are redacted wherever they appear. JSON lines for log collectors; readable lines
 * through pino-pretty when a person is watching (stderr is a terminal, or LOG_PRETTY=true).
 */
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LogOptions {
  /** Readable lines instead of JSON; unset, readable when stderr is a terminal. */
  pretty?: boolean | undefined;
}

export function createLogger(level: string, options: LogOptions = {}): Logger {
  const readable = options.pretty ?? Boolean(process.stderr.isTTY);
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
    // Synchronous either way: the last lines before an exit are the ones that matter.
    readable ? pretty({ destination: 2, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true }) : pino.destination({ fd: 2, sync: true }),
  );
}
