import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreshCopies, servePrecompressed } from './precompressed-preview-plugin';

const root = mkdtempSync(join(tmpdir(), 'atlas-precompressed-'));
const methods = JSON.stringify([{ id: 'vpt', title: 'Visual prompt tuning' }]);

/** Writes a file and its build-time copies, the copies `copyAge` seconds older than the file (0: as new). */
function writeWithCopies(name: string, text: string, copyAge = 0, folder = root) {
  const path = join(folder, name);
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(text));
  writeFileSync(`${path}.gz`, gzipSync(text));
  const now = Date.now() / 1000;
  utimesSync(path, now, now);
  for (const copy of [`${path}.br`, `${path}.gz`]) utimesSync(copy, now, now - copyAge);
}

mkdirSync(join(root, 'data'));
writeWithCopies('index.html', '<!doctype html><title>Atlas</title>');
writeWithCopies('data/methods.json', methods);
writeWithCopies('data/taxonomy.json', '{"edited": true}', 60);
writeFileSync(join(root, 'data', 'no-copies.json'), '{}');
// A neighbour of the served folder, with fresh copies: never reachable through it.
const outside = `${root}-outside`;
mkdirSync(outside);
writeWithCopies('secret.txt', 'not to be served', 0, outside);

describe('findFreshCopies()', () => {
  it('names the file when both copies are at least as new, index.html for a folder', () => {
    expect(findFreshCopies(root, '/data/methods.json?v=1')).toBe('/data/methods.json');
    expect(findFreshCopies(root, '/')).toBe('/index.html');
  });

  it('is null for a file edited after its copies, one without copies, or outside the folder', () => {
    expect(findFreshCopies(root, '/data/taxonomy.json')).toBeNull();
    expect(findFreshCopies(root, '/data/no-copies.json')).toBeNull();
    expect(findFreshCopies(root, '/data/missing.json')).toBeNull();
    expect(findFreshCopies(root, `/%2e%2e/${basename(outside)}/secret.txt`)).toBeNull();
    expect(findFreshCopies(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('servePrecompressed()', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    const serve = servePrecompressed(root);
    server = createServer((req, res) =>
      serve(req, res, () => {
        res.statusCode = 404;
        res.end('passed on');
      }),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  /** One GET, the body left compressed, as a browser receives it. */
  const get = (path: string, acceptEncoding: string) =>
    new Promise<{ status: number; encoding: string; type: string; body: Buffer }>((done) => {
      request({ port, path, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({
            status: res.statusCode!,
            encoding: String(res.headers['content-encoding'] ?? ''),
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks),
          }),
        );
      }).end();
    });

  it('answers with the brotli copy, else the gzip one, else the file, typed as the file', async () => {
    const br = await get('/data/methods.json', 'gzip, deflate, br');
    expect([br.status, br.encoding, br.type]).toEqual([200, 'br', 'application/json']);
    expect(br.body).toEqual(brotliCompressSync(methods));
    const gz = await get('/data/methods.json', 'gzip');
    expect(gz.encoding).toBe('gzip');
    const plain = await get('/data/methods.json', 'identity');
    expect([plain.encoding, plain.body.toString()]).toEqual(['', methods]);
    expect((await get('/', 'br')).type).toMatch(/^text\/html/);
  });

  it('passes on a file edited after the build, so it is served as edited', async () => {
    const edited = await get('/data/taxonomy.json', 'br');
    expect([edited.status, edited.body.toString()]).toEqual([404, 'passed on']);
  });
});
