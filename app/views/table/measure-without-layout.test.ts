import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Virtualizer } from '@tanstack/react-virtual';
import { makeScrollAfterMount, observeRectAfterLayout } from './measure-without-layout';

type TableVirtualizer = Virtualizer<HTMLDivElement, Element>;

/** A scroll element that counts how often its size is read (each read lays out the page). */
function makeElement() {
  const element = {
    reads: 0,
    scrolledTo: [] as unknown[],
    get clientWidth() {
      element.reads++;
      return 800;
    },
    get clientHeight() {
      element.reads++;
      return 600;
    },
    scrollTo(options: unknown) {
      element.scrolledTo.push(options);
    },
  };
  return element;
}

const toInstance = (element: ReturnType<typeof makeElement>) =>
  ({ scrollElement: element, options: {} }) as unknown as TableVirtualizer;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('observeRectAfterLayout()', () => {
  it('reads nothing as the table mounts, and reports the size once the observer fires', () => {
    let fire = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          fire = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const element = makeElement();
    const rects: unknown[] = [];
    const stop = observeRectAfterLayout(toInstance(element), (rect) => rects.push(rect));
    expect(element.reads).toBe(0);
    expect(rects).toEqual([]);
    fire();
    expect(rects).toEqual([{ width: 800, height: 600 }]);
    stop?.();
    expect(disconnect).toHaveBeenCalledOnce();
  });
});

describe('makeScrollAfterMount()', () => {
  it('skips only the first write, and only when it is to the top', () => {
    const element = makeElement();
    const instance = toInstance(element);
    const scroll = makeScrollAfterMount()!;
    scroll(0, {}, instance);
    expect(element.scrolledTo).toEqual([]);
    scroll(0, {}, instance);
    scroll(120, {}, instance);
    expect(element.scrolledTo).toHaveLength(2);

    const elsewhere = makeElement();
    makeScrollAfterMount()!(80, {}, toInstance(elsewhere));
    expect(elsewhere.scrolledTo).toHaveLength(1);
  });
});
