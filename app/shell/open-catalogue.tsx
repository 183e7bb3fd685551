import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { ReadCatalogueResult } from '../catalogue/read-catalogue-files';
import { readPickedFiles } from '../state/read-picked-files';
import type { StoredCatalogue } from '../state/user-catalogue-store';

import type { Opened, Refused } from './open-catalogue-panels';

// The panels are needed only once a file is picked: keep them out of the first bundle.
const OpenCataloguePanels = lazy(() =>
  import('./open-catalogue-panels').then((module) => ({ default: module.OpenCataloguePanels })),
);

interface OpenCatalogueProps {
  /** Called once the reader confirmed a valid catalogue. */
  onApply: (catalogue: StoredCatalogue) => void;
}

/**
 * "Open a catalogue": a file picker and drag-and-drop for a JSON pair or one keyworded
 * BibTeX file. Files are read in the browser and checked in a worker; a catalogue with
 * any problem is refused with the list, and a valid one is shown for the reader to
 * confirm (its dimensions and values, inferred or given) before it replaces the open one.
 */
export function OpenCatalogue({ onApply }: OpenCatalogueProps) {
  const [status, setStatus] = useState('');
  const [refused, setRefused] = useState<Refused | null>(null);
  const [pending, setPending] = useState<Opened | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const open = async (files: File[]) => {
    if (files.length === 0) return;
    const names = files.map((file) => file.name).join(', ');
    setStatus(`Reading ${names}…`);
    setRefused(null);
    setPending(null);
    const result = await readPickedFiles(files).catch((error: unknown): ReadCatalogueResult => ({
      ok: false,
      problems: [{ file: names, entry: '', field: '', message: String(error) }],
    }));
    setStatus('');
    if (result.ok) setPending(result);
    else setRefused({ names, result });
  };

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      void open([...event.dataTransfer.files]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
    // open only sets state, so subscribing once is enough.
  }, []);

  return (
    <div className="open-catalogue">
      <label className="button">
        Open a catalogue…
        <input
          autoComplete="off"
          ref={input}
          type="file"
          className="visually-hidden"
          multiple
          accept=".bib,.bibtex,.json"
          aria-label="Open a catalogue (a .bib file, or taxonomy and methods .json)"
          onChange={(event) => {
            void open([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </label>
      <span className="open-catalogue-hint">
        A keyworded .bib file or a taxonomy + methods .json pair; you can also drop it on the page.
        It is read in this browser and never uploaded.
      </span>
      <span role="status" className="open-catalogue-status">
        {status}
      </span>
      {(refused || pending) && (
        <Suspense fallback={null}>
          <OpenCataloguePanels
            refused={refused}
            pending={pending}
            onApply={(catalogue) => {
              onApply(catalogue);
              setPending(null);
            }}
            onClose={() => {
              setRefused(null);
              setPending(null);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
