import type { Taxonomy } from '../catalogue/catalogue-types';
import type { RawMethod } from '../catalogue/method-record';

/** A catalogue the reader opened, as kept in this browser's IndexedDB (never sent anywhere). */
export interface StoredCatalogue {
  name: string;
  savedAt: string;
  taxonomy: Taxonomy;
  /** As a methods.json file stores them, so a stored copy is checked again like any file. */
  methods: RawMethod[];
}

const KEY = 'atlas-user-catalogue';
/**
 * A word in localStorage says whether IndexedDB holds a catalogue, so a reader of the
 * bundled catalogue never waits for IndexedDB, nor downloads the code that reads it
 * (and the build's first screen, which shows the bundled one, knows to stand aside).
 */
export const USER_CATALOGUE_FLAG = 'atlas-user-catalogue';
const FLAG = USER_CATALOGUE_FLAG;

const loadIdb = () => import('idb-keyval');

function hasFlag(): boolean {
  try {
    return window.localStorage.getItem(FLAG) !== null;
  } catch {
    return false;
  }
}

function setFlag(name: string | null): void {
  try {
    if (name === null) window.localStorage.removeItem(FLAG);
    else window.localStorage.setItem(FLAG, name);
  } catch {
    // Storage refused: the bundled catalogue opens next time, which is safe.
  }
}

/** The reader's own catalogue, or null when the bundled one is in use or storage is unavailable. */
export async function readStoredCatalogue(): Promise<StoredCatalogue | null> {
  if (!hasFlag()) return null;
  try {
    const { get } = await loadIdb();
    return (await get<StoredCatalogue>(KEY)) ?? null;
  } catch {
    return null;
  }
}

/** Keeps the reader's catalogue for the next visit; false when the browser refused. */
export async function storeCatalogue(catalogue: StoredCatalogue): Promise<boolean> {
  try {
    const { set } = await loadIdb();
    await set(KEY, catalogue);
    setFlag(catalogue.name);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the reader's catalogue, so the bundled one opens again. */
export async function forgetStoredCatalogue(): Promise<void> {
  setFlag(null);
  try {
    const { del } = await loadIdb();
    await del(KEY);
  } catch {
    // Nothing stored, or storage unavailable: the bundled catalogue opens either way.
  }
}
