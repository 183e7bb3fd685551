// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useMediaQuery } from './use-media-query';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A stand-in for the browser's media lists (jsdom has none) that counts what is asked of it. */
function installMediaLists() {
  const counts = { lists: 0, subscriptions: 0 };
  const listeners = new Set<() => void>();
  let matches = false;
  window.matchMedia = (query: string) => {
    counts.lists += 1;
    return {
      media: query,
      get matches() {
        return matches;
      },
      addEventListener: (_type: string, listener: () => void) => {
        counts.subscriptions += 1;
        listeners.add(listener);
      },
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    } as unknown as MediaQueryList;
  };
  const change = (next: boolean) => {
    matches = next;
    for (const listener of listeners) listener();
  };
  return { counts, listeners, change };
}

function Layout({ label }: { label: string }) {
  const narrow = useMediaQuery('(max-width: 123px)');
  return <span>{`${label}:${narrow ? 'narrow' : 'wide'}`}</span>;
}

describe('useMediaQuery()', () => {
  it('asks the browser once and subscribes once, however often its component renders', () => {
    const media = installMediaLists();
    const host = document.createElement('div');
    const root = createRoot(host);
    for (const label of ['a', 'b', 'c', 'd', 'e']) act(() => root.render(<Layout label={label} />));
    expect(host.textContent).toBe('e:wide');
    expect(media.counts).toEqual({ lists: 1, subscriptions: 1 });
    expect(media.listeners.size).toBe(1);

    act(() => media.change(true));
    expect(host.textContent).toBe('e:narrow');
    act(() => root.render(null));
    expect(media.listeners.size).toBe(0);
  });
});
