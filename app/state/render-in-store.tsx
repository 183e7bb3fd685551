import { act, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import type { Catalogue } from '../catalogue/catalogue-types';
import type { AtlasAction } from './atlas-actions';
import { INITIAL_STATE, type AtlasState } from './atlas-state';
import { AtlasProvider, useAtlasDispatch } from './atlas-store';

/**
 * For unit tests of components that read the store: renders `node` in a store holding
 * `catalogue` and returns a dispatch that lets React finish each action before it returns.
 */
export function renderInStore(
  root: Root,
  catalogue: Catalogue,
  node: ReactNode,
  initialState: AtlasState = INITIAL_STATE,
): (action: AtlasAction) => void {
  let dispatch: ((action: AtlasAction) => void) | null = null;
  function Dispatcher() {
    dispatch = useAtlasDispatch();
    return null;
  }
  act(() =>
    root.render(
      <AtlasProvider catalogue={catalogue} initialState={initialState} initialNotices={[]}>
        <Dispatcher />
        {node}
      </AtlasProvider>,
    ),
  );
  return (action) => act(() => dispatch!(action));
}
