import { useSyncExternalStore } from 'react';

/** The width below which Atlas lays itself out for a phone (as in the CSS). */
export const PHONE_QUERY = '(max-width: 760px)';

/** Whether a CSS media query matches now; re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    // The build's first screen (app/shell/render-first-screen.tsx) is the laptop layout: no query matches there.
    () => false,
  );
}
