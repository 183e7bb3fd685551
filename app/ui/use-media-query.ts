import { useCallback, useSyncExternalStore } from 'react';

/** The width below which Atlas lays itself out for a phone (as in the CSS). */
export const PHONE_QUERY = '(max-width: 760px)';

/** One MediaQueryList per query for the page's life: asking the browser again costs a style lookup. */
const mediaLists = new Map<string, MediaQueryList>();

function toMediaList(query: string): MediaQueryList {
  let list = mediaLists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    mediaLists.set(query, list);
  }
  return list;
}

/** Whether a CSS media query matches now; re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  // Stable while the query is: a new function each render would unsubscribe and subscribe
  // again on every render of the component (the table renders on every filter change).
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = toMediaList(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => toMediaList(query).matches,
    // The build's first screen (app/shell/render-first-screen.tsx) is the laptop layout: no query matches there.
    () => false,
  );
}
