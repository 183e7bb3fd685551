import {
  elementScroll,
  observeElementRect,
  type Rect,
  type Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';

type TableVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * The window's size when the page loaded: how much a table shows before it has been
 * measured. Never less than the table's own height, so no row in view is missing.
 */
const LOAD_RECT: Rect =
  typeof window === 'undefined'
    ? { width: 0, height: 0 }
    : { width: window.innerWidth, height: window.innerHeight };

/**
 * Reports the scroll element's size from a ResizeObserver only. TanStack Virtual's default
 * also reads it at once, as the table mounts, which makes the browser lay out the whole page
 * in the middle of React's commit, before the rows exist; the observer reports it once the
 * frame's own layout is done. Where there is no ResizeObserver, the default is used.
 */
export function observeRectAfterLayout(
  instance: TableVirtualizer,
  onRect: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined')
    return observeElementRect(instance, onRect);
  const observer = new ResizeObserver(() =>
    onRect({ width: element.clientWidth, height: element.clientHeight }),
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Scrolls as TanStack Virtual does, except the first write when it is to the top: the table
 * has just mounted, so it is there already, and writing would lay out the page mid-commit.
 */
export function makeScrollAfterMount(): VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] {
  let mounted = false;
  return (offset, options, instance) => {
    const first = !mounted;
    mounted = true;
    if (first && offset === 0) return;
    elementScroll(offset, options, instance);
  };
}

/** The options that let the table's first render hold its rows without laying out the page. */
export function makeLayoutFreeOptions() {
  return {
    initialRect: LOAD_RECT,
    observeElementRect: observeRectAfterLayout,
    scrollToFn: makeScrollAfterMount(),
  };
}
