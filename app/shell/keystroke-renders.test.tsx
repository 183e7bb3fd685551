// @vitest-environment jsdom
import { act, Profiler, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { INITIAL_STATE } from '../state/atlas-state';
import { useAtlasQuery } from '../state/atlas-store';
import { renderInStore } from '../state/render-in-store';
import { NewSince } from '../views/facets/new-since';
import { SearchNotice } from '../views/search/search-notice';
import { SelectionBar } from '../views/selection/selection-bar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Three methods, two of them about "prompt": typing "prom", "promp" and "prompt" keeps the
// same two visible, while "visual" leaves one.
const catalogue = makeTestCatalogue([
  makeMethod({ id: 'vp', title: 'Visual prompting of frozen encoders', added: '2026-11-29' }),
  makeMethod({ id: 'pt', title: 'Prompt tuning at scale', added: '2026-12-01' }),
  makeMethod({ id: 'lora', title: 'Low-rank adapters', added: '2026-12-01' }),
]);

const host = document.createElement('div');
const root = createRoot(host);
afterEach(() => act(() => root.render(null)));

/** Renders the parts under test, each in a Profiler that counts its commits. */
function renderParts() {
  const commits: Record<string, number> = {};
  const counted = (id: string, node: ReactNode) => (
    <Profiler id={id} onRender={() => (commits[id] = (commits[id] ?? 0) + 1)}>
      {node}
    </Profiler>
  );
  function QueryReader() {
    return <span data-testid="shown">{useAtlasQuery().positions.length}</span>;
  }
  const dispatch = renderInStore(
    root,
    catalogue,
    <>
      {counted('query', <QueryReader />)}
      {counted('new-since', <NewSince />)}
      {counted('search-notice', <SearchNotice />)}
      {counted('selection-bar', <SelectionBar />)}
    </>,
    { ...INITIAL_STATE, selection: ['lora'] },
  );
  for (const id of Object.keys(commits)) commits[id] = 0;
  const type = (text: string) => dispatch({ type: 'setSearch', text });
  return { commits, type };
}

const visibleOption = () =>
  [...host.querySelectorAll('option')].find((option) => option.value === 'visible')!.textContent;

describe('a keystroke renders only what reads the query it changes', () => {
  it('leaves the New since filter, the search notice and the selection bar alone while what they show stays the same', () => {
    const { commits, type } = renderParts();
    type('prom');
    type('promp');
    type('prompt');
    // The query changed with every keystroke: a component reading it rendered each time.
    expect(commits.query).toBe(3);
    expect(host.querySelector('[data-testid="shown"]')!.textContent).toBe('2');
    // The selected method (lora) was hidden by the first keystroke, then stayed hidden.
    expect(commits['selection-bar']).toBe(1);
    expect(commits['new-since']).toBe(0);
    expect(commits['search-notice']).toBe(0);
  });

  it('still updates the count of visible methods offered for export', () => {
    const { type } = renderParts();
    expect(visibleOption()).toBe('visible (3)');
    type('prompt');
    expect(visibleOption()).toBe('visible (2)');
    type('visual');
    expect(visibleOption()).toBe('visible (1)');
    expect(host.textContent).toContain('(1 hidden by filters)');
  });
});
