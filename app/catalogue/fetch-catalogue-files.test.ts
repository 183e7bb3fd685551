import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCatalogueFetch, takeCatalogueFiles } from './fetch-catalogue-files';

const BASE = 'https://atlas.example/sub/';

/** Serves every catalogue file as `[]` and lists what was requested. */
function serve() {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (url: URL) => {
    requested.push(String(url));
    return Promise.resolve(new Response('[]', { status: 200 }));
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startCatalogueFetch() and takeCatalogueFiles()', () => {
  it('fetches once when started ahead, and again on any later take', async () => {
    const requested = serve();
    startCatalogueFetch(BASE);
    expect(requested).toHaveLength(3);
    const files = await takeCatalogueFiles(BASE);
    expect(requested).toHaveLength(3);
    expect(files.methods).toEqual({ data: [] });
    expect(files.digest).toMatch(/^[0-9a-f]{64}$/);
    await takeCatalogueFiles(BASE);
    expect(requested).toHaveLength(6);
  });

  it('does not hand a fetch started for one page to another', async () => {
    const requested = serve();
    startCatalogueFetch(BASE);
    await takeCatalogueFiles('https://atlas.example/other/');
    expect(requested.slice(3).every((url) => url.startsWith('https://atlas.example/other/'))).toBe(
      true,
    );
    expect(requested).toHaveLength(6);
  });

  it('names the file that is not JSON', async () => {
    vi.stubGlobal('fetch', (url: URL) =>
      Promise.resolve(new Response(String(url).endsWith('methods.json') ? '[' : '[]')),
    );
    const files = await takeCatalogueFiles(BASE);
    expect(files.methods).toMatchObject({ problem: { file: 'data/methods.json' } });
    expect(files.taxonomy).toEqual({ data: [] });
  });
});
