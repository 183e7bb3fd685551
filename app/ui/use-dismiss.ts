import { useEffect, useRef, type RefObject } from 'react';

/**
 * While `open`, closes a popover when Escape is pressed anywhere or the pointer goes
 * down outside `root`. The Escape is marked handled (preventDefault), so whatever lies
 * behind the popover (an open method detail) stays open, and a second popover waits
 * for the next Escape. `close` is told whether a key closed it, so the popover can give
 * focus back to the control that opened it.
 */
export function useDismiss(
  open: boolean,
  root: RefObject<HTMLElement | null>,
  close: (byKey: boolean) => void,
): void {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      latest.current(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) latest.current(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, root]);
}
