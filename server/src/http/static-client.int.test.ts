import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { preferredEncoding } from './static-client';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request with exactly these headers, the body as sent (fetch would add Accept-Encoding and decompress). */
function get(url: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * The built client is sent compressed from the twins the build wrote (client/vite/precompress.ts)
 * by the browser's Accept-Encoding, hashed assets are cached for a year, index.html revalidated.
 */
describe('serving the built client', () => {
  let t: TestApp;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-client-'));
  const script = `export const pages = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `page ${i}`))};`;
  const html = `<!doctype html><div id="root"></div><script type="module" src="/assets/index-AbC123.js"></script>${' '.repeat(2000)}`;
  const file = (name: string) => fs.readFileSync(path.join(dist, name));

  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    const write = (name: string, content: string) => {
      fs.writeFileSync(path.join(dist, name), content);
      fs.writeFileSync(path.join(dist, `${name}.br`), zlib.brotliCompressSync(content));
      fs.writeFileSync(path.join(dist, `${name}.gz`), zlib.gzipSync(content));
    };
    write('index.html', html);
    write('assets/index-AbC123.js', script);
    fs.writeFileSync(path.join(dist, 'assets', 'tiny-XyZ789.js'), 'export {};'); // too small to have twins
    fs.writeFileSync(path.join(dist, 'favicon.ico'), 'icon');
    t = await startTestApp({ config: { clientDist: dist } });
  });
  afterAll(async () => {
    await t.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['gzip, deflate, br, zstd', 'br'], // Chrome's header: brotli although gzip comes first
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.8', 'br'],
    ['*', 'br'],
  ])('sends a hashed script with Accept-Encoding "%s" as %s, cached for a year', async (accept, encoding) => {
    const response = await get(`${t.url}/assets/index-AbC123.js`, { 'accept-encoding': accept });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.body).toEqual(file(`assets/index-AbC123.js.${encoding === 'br' ? 'br' : 'gz'}`));
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['content-length']).toBe(String(response.body.length));
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each<Record<string, string>>([{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }])(
    'sends the script itself to a client that accepts no compression (%j)',
    async (headers) => {
      const response = await get(`${t.url}/assets/index-AbC123.js`, headers);
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.toString()).toBe(script);
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    },
  );

  it('sends a hashed file without twins as it is, also immutable', async () => {
    const response = await get(`${t.url}/assets/tiny-XyZ789.js`, { 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('export {};');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/', '/requests/123', '/index.html'])(
    'sends index.html at %s compressed, revalidated every time',
    async (page) => {
      const response = await get(`${t.url}${page}`, { accept: 'text/html', 'accept-encoding': 'gzip, br' });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(response.body).toString()).toBe(html);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    },
  );

  it('answers a revalidation of index.html with 304', async () => {
    const first = await get(`${t.url}/requests`, { accept: 'text/html', 'accept-encoding': 'gzip' });
    const again = await get(`${t.url}/requests`, {
      accept: 'text/html',
      'accept-encoding': 'gzip',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('keeps files with fixed names short-lived', async () => {
    const response = await get(`${t.url}/favicon.ico`, {});
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('sends nothing outside the build for a crafted path', async () => {
    const response = await get(`${t.url}/assets/..%2f..%2f..%2fetc%2fpasswd`, { 'accept-encoding': 'br' });
    expect(response.body.toString()).not.toContain('root:');
  });

  it('does not compress GraphQL answers', async () => {
    const response = await get(
      `${t.url}/graphql`,
      { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' },
      'POST',
      JSON.stringify({ query: '{ __typename }' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('preferredEncoding', () => {
  const both = [
    { name: 'br', extension: '.br' },
    { name: 'gzip', extension: '.gz' },
  ] as const;
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['deflate', undefined],
    ['GZIP', 'gzip'],
    ['gzip;q=1, br;q=0.9', 'gzip'],
    ['br;q=0', undefined],
    ['*;q=0.1, br;q=0', 'gzip'],
  ])('%s → %s', (header, expected) => {
    expect(preferredEncoding(header, both)?.name).toBe(expected);
  });
});
