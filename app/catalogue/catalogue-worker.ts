// Reads and validates a catalogue the reader opened, off the main thread: the BibTeX
// parser and the validator run here, and only a whole, valid catalogue comes back.
import { readCatalogueFiles, type PickedFile } from './read-catalogue-files';

self.onmessage = (event: MessageEvent<PickedFile[]>) => {
  try {
    self.postMessage(readCatalogueFiles(event.data));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({
      ok: false,
      problems: [{ file: '', entry: '', field: '', message: `could not be read (${message})` }],
    });
  }
};
