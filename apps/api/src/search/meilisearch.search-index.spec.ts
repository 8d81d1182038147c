import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeilisearchSearchIndex } from './meilisearch.search-index';

/** A stand-in HTTP server that records each request's headers and answers an empty search page. */
function recordingServer(): Promise<{ server: Server; url: string; headers: IncomingHttpHeaders[] }> {
  const headers: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    headers.push(request.headers);
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          hits: [],
          estimatedTotalHits: 0,
          processingTimeMs: 0,
          query: '',
          facetDistribution: {},
        }),
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, headers }),
    ),
  );
}

describe('MeilisearchSearchIndex requests', () => {
  it('ask for uncompressed answers (gzip made Meilisearch answer ~45 ms late) and carry the key', async () => {
    const { server, url, headers } = await recordingServer();
    try {
      const index = new MeilisearchSearchIndex(url, 'a-master-key-of-16-bytes', 'test');
      await index.query('candidates', 'Schweißen', { limit: 20 });
      expect(headers).toHaveLength(1);
      expect(headers[0]!['accept-encoding']).toBe('identity');
      expect(headers[0]!['authorization']).toBe('Bearer a-master-key-of-16-bytes');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
