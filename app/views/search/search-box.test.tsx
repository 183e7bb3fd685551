// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../../testing/make-method';
import { renderInStore } from '../../state/render-in-store';
import { SearchBox } from './search-box';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The popover under the search syntax's "?" stands in as a counter: it renders whenever the
// syntax does, since the syntax gives it new children each time.
const renders = vi.hoisted(() => ({ help: 0 }));
vi.mock('../../ui/popover', () => ({
  Popover: () => {
    renders.help += 1;
    return null;
  },
}));

const catalogue = makeTestCatalogue([makeMethod({ id: 'vp', title: 'Visual prompting' })]);
const host = document.createElement('div');
const root = createRoot(host);
afterEach(() => act(() => root.render(null)));

function renderSearchBox() {
  const dispatch = renderInStore(root, catalogue, <SearchBox />);
  return (text: string) => dispatch({ type: 'setSearch', text });
}

describe('the search box', () => {
  it('shows each keystroke without rendering the search syntax again', () => {
    const type = renderSearchBox();
    expect(renders.help).toBe(1);
    type('v');
    type('vi');
    type('vis');
    expect(host.querySelector('input')!.value).toBe('vis');
    expect(renders.help).toBe(1);
  });
});
