import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import request from 'supertest';
import { loadConfig } from '../config/app-config';
import { formatLogEntry, httpLoggerOptions, textLogStream, type LogFormat } from './logging';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

function server(format: LogFormat, level: 'info' | 'debug', stream: Writable): Server {
  const log = pinoHttp(httpLoggerOptions({ level, format }), stream);
  return createServer((req, res) => {
    log(req, res);
    res.statusCode = req.url === '/api/broken' ? 500 : 200;
    res.setHeader('Set-Cookie', 'passgenau_refresh=secret');
    res.end('{}');
  });
}

describe('request logs', () => {
  it('are one compact JSON entry at info in the JSON format: no headers, cookies or tokens', async () => {
    const out = capture();
    await request(server('json', 'info', out.stream))
      .get('/api/towns?q=Waib')
      .set('Authorization', 'Bearer secret-token')
      .set('Cookie', 'passgenau_access=secret')
      .set('User-Agent', 'test-agent');

    const [entry] = out.lines();
    expect(entry).toMatchObject({
      level: 30,
      msg: expect.stringMatching(/^GET \/api\/towns\?q=Waib 200 \d+ ms$/),
      req: { method: 'GET', url: '/api/towns?q=Waib', id: expect.any(String) },
      res: { statusCode: 200 },
    });
    const text = JSON.stringify(entry);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('test-agent');
    expect(Object.keys(entry!['req'] as object).sort()).toEqual(['id', 'method', 'url']);
  });

  it('are at debug in the human format, so a development start stays quiet at info', async () => {
    const quiet = capture();
    await request(server('text', 'info', quiet.stream)).get('/api/towns');
    expect(quiet.lines()).toEqual([]);

    const chatty = capture();
    await request(server('text', 'debug', chatty.stream)).get('/api/towns');
    expect(chatty.lines()).toEqual([expect.objectContaining({ level: 20 })]);
  });

  it('report a failed request (5xx) at error in either format', async () => {
    for (const format of ['text', 'json'] as const) {
      const out = capture();
      await request(server(format, 'info', out.stream)).get('/api/broken');
      expect(out.lines()).toEqual([expect.objectContaining({ level: 50, res: { statusCode: 500 } })]);
    }
  });

  it('leave /api/health out', async () => {
    const out = capture();
    await request(server('json', 'debug', out.stream)).get('/api/health');
    expect(out.lines()).toEqual([]);
  });
});

describe("Nest's start-up lines", () => {
  it("move from info to debug; the app's own info lines stay", () => {
    for (const level of ['info', 'debug'] as const) {
      const out = capture();
      const { logger } = pinoHttp(httpLoggerOptions({ level, format: 'json' }), out.stream);
      logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/towns, GET} route');
      logger.info({ context: 'InstanceLoader' }, 'AuthModule dependencies initialized');
      logger.info({ context: 'TaxonomySearchIndexer' }, 'taxonomy index rebuilt');
      const lines = out.lines().map((entry) => [entry['level'], entry['context']]);
      expect(lines).toEqual(
        level === 'info'
          ? [[30, 'TaxonomySearchIndexer']]
          : [
              [20, 'RouterExplorer'],
              [20, 'InstanceLoader'],
              [30, 'TaxonomySearchIndexer'],
            ],
      );
    }
  });
});

describe('the human log format', () => {
  it('writes time, level, context, message and request id on one line, a stack below', () => {
    const time = Date.parse('2026-12-01T09:05:03Z');
    expect(
      formatLogEntry(JSON.stringify({ level: 40, time, context: 'MailService', msg: 'SMTP refused' })),
    ).toBe('09:05:03 WARN  MailService: SMTP refused');
    expect(
      formatLogEntry(JSON.stringify({ level: 20, time, req: { id: 'r-1' }, msg: 'GET /api/towns 200 4 ms' })),
    ).toBe('09:05:03 DEBUG GET /api/towns 200 4 ms [r-1]');
    expect(
      formatLogEntry(
        JSON.stringify({
          level: 50,
          time,
          msg: 'boom',
          err: { message: 'boom', stack: 'Error: boom\n    at x' },
        }),
      ),
    ).toBe('09:05:03 ERROR boom\nError: boom\n    at x');
    expect(formatLogEntry('not json')).toBe('not json');
  });

  it('turns each pino line into one line, also when lines arrive split or together', async () => {
    const written: string[] = [];
    const out = new Writable({
      write(chunk, _encoding, done) {
        written.push(chunk.toString());
        done();
      },
    });
    const stream = textLogStream(out);
    const time = Date.parse('2026-12-01T09:05:03Z');
    const a = JSON.stringify({ level: 30, time, msg: 'one' });
    const b = JSON.stringify({ level: 30, time, msg: 'two' });
    await new Promise<void>((resolve) => stream.write(`${a}\n${b.slice(0, 10)}`, () => resolve()));
    await new Promise<void>((resolve) => stream.write(`${b.slice(10)}\n`, () => resolve()));
    expect(written.join('')).toBe('09:05:03 INFO  one\n09:05:03 INFO  two\n');
  });
});

describe('LOG_FORMAT', () => {
  const secret = { JWT_SECRET: 'x'.repeat(40) };

  it('is the human format outside production and JSON in production, unless set', () => {
    expect(loadConfig({}).logFormat).toBe('text');
    expect(loadConfig({ NODE_ENV: 'production', PASSGENAU_SEED_DEMO: 'false', ...secret }).logFormat).toBe(
      'json',
    );
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(
      loadConfig({ NODE_ENV: 'production', PASSGENAU_SEED_DEMO: 'false', LOG_FORMAT: 'text', ...secret })
        .logFormat,
    ).toBe('text');
  });

  it('names the variable when the value is wrong', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'pretty' })).toThrow(/LOG_FORMAT/);
  });
});
