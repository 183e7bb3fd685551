// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { INITIAL_STATE } from './atlas-state';
import { AtlasProvider, useAtlasSelector } from './atlas-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const catalogue = makeTestCatalogue([makeMethod({ id: 'a' }), makeMethod({ id: 'b' })]);

/** Says whether the method `id` is selected, read through a selector that closes over the prop. */
function SelectedMark({ id }: { id: string }) {
  const selected = useAtlasSelector((snapshot) => snapshot.state.selection.includes(id));
  return <span>{`${id}:${selected ? 'selected' : 'not selected'}`}</span>;
}

const host = document.createElement('div');
const root = createRoot(host);
const renderMark = (id: string) =>
  act(() =>
    root.render(
      <AtlasProvider
        catalogue={catalogue}
        initialState={{ ...INITIAL_STATE, selection: ['a'] }}
        initialNotices={[]}
      >
        <SelectedMark id={id} />
      </AtlasProvider>,
    ),
  );

afterEach(() => act(() => root.render(null)));

describe('useAtlasSelector()', () => {
  it('reads again when the selector changes with a prop, though the store did not change', () => {
    renderMark('a');
    expect(host.textContent).toBe('a:selected');
    renderMark('b');
    expect(host.textContent).toBe('b:not selected');
  });
});
