import { useEffect, useRef, type RefObject } from 'react';

/**
 * Where focus goes once the detail of method `id` closes and its opener is gone: the
 * method's row in the current view, at its link (the name that opens the detail), else
 * its first control.
 */
function findRowControl(id: string): HTMLElement | null {
  const row = document.querySelector(`[data-id="${CSS.escape(id)}"]`);
  return (
    row?.querySelector<HTMLElement>('a[href]') ??
    row?.querySelector<HTMLElement>('button, input') ??
    null
  );
}

/**
 * Gives focus back when the detail closes: to the element that opened it (a row's name,
 * a matrix list, a citation link) when it is still on the page, else to the first
 * control of the method's row in the current view; left alone when neither exists.
 * Moving from one method to another inside the detail keeps the first opener.
 */
export function useFocusReturn(id: string | null, detail: RefObject<HTMLElement | null>): void {
  const opener = useRef<HTMLElement | null>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (id !== null) {
      if (shown.current === null) {
        const active = document.activeElement;
        opener.current =
          active instanceof HTMLElement &&
          active !== document.body &&
          !detail.current?.contains(active)
            ? active
            : null;
      }
      shown.current = id;
      return;
    }
    const closed = shown.current;
    if (closed === null) return;
    shown.current = null;
    const target = opener.current?.isConnected ? opener.current : findRowControl(closed);
    opener.current = null;
    target?.focus();
  }, [id, detail]);
}
