import { Writable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';
import { requestId } from './request-id';

export type LogFormat = 'text' | 'json';
export type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/**
 * Nest's start-up chatter: one line per module and per route (about 170 at info). Logged at debug,
 * so `LOG_LEVEL=debug` still shows which routes were mapped.
 */
const FRAMEWORK_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

const PINO_INFO = 30;

/**
 * The pino-http options of the app. Requests are one short entry each (method, path, status, time,
 * request id; no headers, no cookies): at debug in the human format of a development start, at info
 * in JSON (production, log collectors); a failed request (5xx) always at error.
 */
export function httpLoggerOptions(settings: { level: LogLevelName; format: LogFormat }): Options {
  const requestLevel = settings.format === 'text' ? 'debug' : 'info';
  return {
    level: settings.level,
    genReqId: requestId,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    autoLogging: { ignore: (req) => req.url === '/api/health' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : requestLevel),
    customSuccessMessage: (req, res, responseTime) =>
      `${req.method} ${req.url} ${res.statusCode} ${Math.round(responseTime)} ms`,
    customErrorMessage: (req, res) => `${req.method} ${req.url} ${res.statusCode} failed`,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    hooks: {
      // Nest's per-module and per-route lines move from info to debug.
      logMethod(args, method, level) {
        const [first] = args as unknown[];
        const context =
          first && typeof first === 'object' ? (first as { context?: unknown }).context : undefined;
        if (level === PINO_INFO && typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context)) {
          if (this.isLevelEnabled('debug')) return this.debug(...(args as [object, string]));
          return;
        }
        return method.apply(this, args);
      },
    },
  };
}

/** A pino entry as written to its stream (one JSON object per line). */
interface Entry {
  level?: number;
  time?: number;
  context?: string;
  msg?: string;
  req?: { id?: string };
  err?: { stack?: string; message?: string };
  [key: string]: unknown;
}

function clock(time: number | undefined): string {
  const date = time === undefined ? new Date() : new Date(time);
  return date.toISOString().slice(11, 19);
}

/** One pino entry as a line for people: `12:03:04 WARN  Context: message [request id]`, a stack below. */
export function formatLogEntry(line: string): string {
  let entry: Entry;
  try {
    entry = JSON.parse(line) as Entry;
  } catch {
    return line;
  }
  const level = (LEVEL_NAMES[entry.level ?? PINO_INFO] ?? 'INFO').padEnd(5);
  const context = entry.context ? `${entry.context}: ` : '';
  const id = entry.req?.id ? ` [${entry.req.id}]` : '';
  const stack = entry.err?.stack ? `\n${entry.err.stack}` : '';
  const message = entry.msg ?? entry.err?.message ?? '';
  return `${clock(entry.time)} ${level} ${context}${message}${id}${stack}`;
}

/** A stream for pino that writes the human format to `out` (stdout by default). */
export function textLogStream(out: NodeJS.WritableStream = process.stdout): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const text = lines
        .filter((line) => line.trim() !== '')
        .map((line) => `${formatLogEntry(line)}\n`)
        .join('');
      if (text) out.write(text);
      done();
    },
  });
}
