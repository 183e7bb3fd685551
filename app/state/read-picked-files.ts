import type { PickedFile } from '../catalogue/read-catalogue-files';
import type { ReadCatalogueResult } from '../catalogue/read-catalogue-files';

/**
 * Reads the chosen files as text in the browser and hands them to the catalogue worker,
 * which parses and validates them off the main thread. Nothing leaves the machine.
 */
export async function readPickedFiles(files: readonly File[]): Promise<ReadCatalogueResult> {
  const picked: PickedFile[] = await Promise.all(
    files.map(async (file) => ({ name: file.name, text: await file.text() })),
  );
  const worker = new Worker(new URL('../catalogue/catalogue-worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    return await new Promise<ReadCatalogueResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ReadCatalogueResult>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(picked);
    });
  } finally {
    worker.terminate();
  }
}
