import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCatalogueFiles } from './read-catalogue-files';

/** Loads the worker script against a stand-in for the worker's global scope. */
async function startWorker() {
  const posted: unknown[] = [];
  const scope: { onmessage?: (event: { data: unknown }) => void; postMessage: typeof post } = {
    postMessage: post,
  };
  function post(message: unknown) {
    posted.push(message);
  }
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./catalogue-worker');
  const send = (data: unknown) => scope.onmessage!({ data });
  return { posted, send };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('catalogue worker', () => {
  it('answers a list of files with what readCatalogueFiles makes of them', async () => {
    const { posted, send } = await startWorker();
    const files = [{ name: 'notes.txt', text: 'hello' }];
    send(files);
    expect(posted).toEqual([readCatalogueFiles(files)]);
  });

  it('answers a message it cannot read with a problem instead of failing silently', async () => {
    const { posted, send } = await startWorker();
    send(null);
    expect(posted).toEqual([
      {
        ok: false,
        problems: [
          {
            file: '',
            entry: '',
            field: '',
            message: expect.stringMatching(/^could not be read \(.*null.*\)$/) as string,
          },
        ],
      },
    ]);
  });
});
