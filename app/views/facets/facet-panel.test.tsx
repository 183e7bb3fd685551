// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../../testing/make-method';
import { renderInStore } from '../../state/render-in-store';
import { FacetPanel } from './facet-panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The year ranges and "New since" stand in as counters of their own renders.
const renders = vi.hoisted(() => ({ years: 0, posted: 0, since: 0 }));
vi.mock('./year-range', () => ({
  YearRange: ({ field }: { field: 'years' | 'posted' }) => {
    renders[field] += 1;
    return null;
  },
}));
vi.mock('./new-since', () => ({
  NewSince: () => {
    renders.since += 1;
    return null;
  },
}));

const catalogue = makeTestCatalogue([
  makeMethod({ id: 'a', location: ['input'] }),
  makeMethod({ id: 'b', location: ['hidden'] }),
]);

const host = document.createElement('div');
const root = createRoot(host);
afterEach(() => act(() => root.render(null)));

function renderPanel() {
  return renderInStore(root, catalogue, <FacetPanel />);
}

const clearAll = () =>
  [...host.querySelectorAll('button')].find((button) => button.textContent === 'Clear all')!;

describe('the filter panel', () => {
  it('enables "Clear all" with the first filter and disables it with the last, without rendering the other filters again', () => {
    const dispatch = renderPanel();
    expect(clearAll().disabled).toBe(true);
    const before = { ...renders };
    expect(before).toEqual({ years: 1, posted: 1, since: 1 });

    dispatch({ type: 'toggleFacet', facet: 'location', value: 'input' });
    expect(clearAll().disabled).toBe(false);
    dispatch({ type: 'toggleFacet', facet: 'location', value: 'input' });
    expect(clearAll().disabled).toBe(true);

    // Neither year range nor "New since" reads a facet: they did not render again.
    expect(renders).toEqual(before);
  });
});
