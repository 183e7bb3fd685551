// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../../testing/make-method';
import { renderInStore } from '../../state/render-in-store';
import { FacetGroup } from './facet-group';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Choosing the additive operator leaves one method at each location: input from 2 to 1,
// hidden from 2 to 1, and embedding (no additive method) from 1 to 0.
const catalogue = makeTestCatalogue([
  makeMethod({ id: 'a', location: ['input'], operator: ['additive'] }),
  makeMethod({ id: 'b', location: ['input'], operator: ['concatenative'] }),
  makeMethod({ id: 'c', location: ['hidden'], operator: ['additive'] }),
  makeMethod({ id: 'd', location: ['hidden'], operator: ['parametric'] }),
  makeMethod({ id: 'e', location: ['embedding'], operator: ['concatenative'] }),
]);

const host = document.createElement('div');
const root = createRoot(host);
afterEach(() => act(() => root.render(null)));

function renderLocationFacet() {
  return renderInStore(root, catalogue, <FacetGroup facet="location" />);
}

const countOf = (value: string) =>
  [...host.querySelectorAll('label')]
    .find((label) => label.querySelector('.facet-name')!.textContent === value)!
    .querySelector('.facet-count')!.textContent;

describe('a facet whose counts change', () => {
  it('writes the new counts and leaves alone the checkboxes whose state stays the same', () => {
    const dispatch = renderLocationFacet();
    expect([countOf('Input'), countOf('Hidden'), countOf('Embedding')]).toEqual(['2', '2', '1']);
    const observer = new MutationObserver(() => undefined);
    for (const input of host.querySelectorAll('input'))
      observer.observe(input, { attributes: true });

    dispatch({ type: 'toggleFacet', facet: 'operator', value: 'additive' });
    const written = observer.takeRecords().map((record) => {
      const name = (record.target as Element).closest('label')!.querySelector('.facet-name')!;
      return `${name.textContent} ${record.attributeName}`;
    });
    observer.disconnect();

    expect([countOf('Input'), countOf('Hidden'), countOf('Embedding')]).toEqual(['1', '1', '0']);
    // Only Embedding's checkbox changed (it is now disabled); the other two were not written.
    expect(written.filter((entry) => !entry.startsWith('Embedding '))).toEqual([]);
    expect(written).toContain('Embedding disabled');
  });
});
