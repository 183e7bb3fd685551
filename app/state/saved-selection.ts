/** Where the selection is kept in localStorage. */
export const SELECTION_STORAGE_KEY = 'reprogrammability-atlas.selection';
const STORAGE_KEY = SELECTION_STORAGE_KEY;

/** Keeps the selection in localStorage so it survives closing the tab. */
export function saveSelection(selection: readonly string[]): void {
  try {
    if (selection.length === 0) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, JSON.stringify(selection));
  } catch {
    // Storage can be full or disabled (private windows); the URL still holds the selection.
  }
}

/** The saved selection, or [] when there is none or it cannot be read. */
export function readSavedSelection(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
