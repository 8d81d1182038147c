import express from 'express';
import request from 'supertest';
import { microCache } from './micro-cache';

function app(ttlMs = 60_000) {
  let calls = 0;
  const server = express();
  server.use(microCache({ paths: ['/api/board'], ttlMs, maxEntries: 2, maxBodyBytes: 1_000 }));
  server.get('/api/board', (req, res) => {
    calls += 1;
    if (req.query['fail']) return res.status(400).json({ code: 'VALIDATION_FAILED' });
    if (req.query['big']) return res.json({ text: 'x'.repeat(2_000), calls });
    return res.json({ q: req.query['q'] ?? null, calls });
  });
  server.get('/api/other', (_req, res) => {
    calls += 1;
    res.json({ calls });
  });
  return { server, calls: () => calls };
}

describe('microCache', () => {
  it('answers a repeated address from memory, with an ETag and 304 for a matching If-None-Match', async () => {
    const { server, calls } = app();
    const first = await request(server).get('/api/board?q=koch').expect(200);
    expect(first.headers['x-passgenau-cache']).toBe('miss');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const second = await request(server).get('/api/board?q=koch').expect(200);
    expect(second.headers['x-passgenau-cache']).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(calls()).toBe(1);
    await request(server).get('/api/board?q=koch').set('If-None-Match', second.headers['etag']!).expect(304);
    // Another query string is another address.
    expect((await request(server).get('/api/board?q=maler').expect(200)).body).toEqual({
      q: 'maler',
      calls: 2,
    });
  });

  it('keeps neither refusals, nor large answers, nor other paths, nor anything without a lifetime', async () => {
    const { server, calls } = app();
    await request(server).get('/api/board?fail=1').expect(400);
    await request(server).get('/api/board?fail=1').expect(400);
    await request(server).get('/api/board?big=1').expect(200);
    const big = await request(server).get('/api/board?big=1').expect(200);
    expect(big.headers['x-passgenau-cache']).toBe('miss');
    await request(server).get('/api/other').expect(200);
    const other = await request(server).get('/api/other').expect(200);
    expect(other.headers['x-passgenau-cache']).toBeUndefined();
    expect(calls()).toBe(6);
    const off = app(0);
    await request(off.server).get('/api/board').expect(200);
    await request(off.server).get('/api/board').expect(200);
    expect(off.calls()).toBe(2);
  });

  it('forgets an answer when its lifetime is over', async () => {
    const { server, calls } = app(30);
    await request(server).get('/api/board?q=a').expect(200);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const again = await request(server).get('/api/board?q=a').expect(200);
    expect(again.headers['x-passgenau-cache']).toBe('miss');
    expect(calls()).toBe(2);
  });
});
