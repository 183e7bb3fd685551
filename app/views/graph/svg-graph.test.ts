// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addToBitset, makeBitset } from '../../query/bitset';
import { computeGraphLayout, toGraphLayoutInput } from '../../layout/graph-layout';
import { makeFixtureCatalogue } from '../../testing/fixture-catalogue';
import { makeGraphScene, type GraphPaint, type LineageSide } from './graph-scene';
import { SvgGraph } from './svg-graph';

const catalogue = makeFixtureCatalogue();
const scene = makeGraphScene(catalogue, computeGraphLayout(toGraphLayoutInput(catalogue), 'force'));
const at = (id: string) => catalogue.indexOf.get(id)!;

beforeAll(() => {
  // What jsdom lacks and the SVG graph asks for: a resize observer and a canvas to measure text.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () =>
      ({
        font: '',
        measureText: (text: string) => ({ width: text.length * 7 }),
      }) as unknown as CanvasRenderingContext2D,
  );
});

let graph: SvgGraph | null = null;
afterEach(() => {
  graph?.destroy();
  graph = null;
  document.body.replaceChildren();
});

function makePaint(
  paint: {
    visible?: string[];
    filtered?: 'hide' | 'fade';
    confirmedOnly?: boolean;
    focus?: string;
    lineage?: Record<string, LineageSide>;
  } = {},
): GraphPaint {
  const visible = makeBitset(catalogue.methods.length);
  for (const method of catalogue.methods)
    if (!paint.visible || paint.visible.includes(method.id)) addToBitset(visible, at(method.id));
  return {
    colours: catalogue.methods.map(() => '#0072b2'),
    visible,
    filtered: paint.filtered ?? 'fade',
    confirmedOnly: paint.confirmedOnly ?? false,
    focus: paint.focus ? at(paint.focus) : -1,
    lineage: new Map(Object.entries(paint.lineage ?? {}).map(([id, side]) => [at(id), side])),
  };
}

/** Mounts the graph in a fresh <svg>, as the SVG stage does, and paints it. */
function render(...paints: GraphPaint[]): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const root = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.append(root);
  // d3-zoom reads the <svg>'s size from these, which jsdom does not implement.
  for (const [name, value] of [
    ['width', 800],
    ['height', 600],
  ] as const)
    Object.defineProperty(svg, name, { value: { baseVal: { value } } });
  document.body.append(svg);
  graph = new SvgGraph(svg, root, scene, { onFocus: () => {} });
  for (const paint of paints) graph.paint(paint);
  return svg;
}

/** Each node as "id: classes, shown|none, tab stop", in catalogue order. */
function listNodes(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll<SVGGElement>('g.graph-node')]
    .map((node) => {
      const classes = [...node.classList].filter((name) => name !== 'graph-node').sort();
      const shown = node.style.display === 'none' ? 'none' : 'shown';
      const stop = node.getAttribute('tabindex') === '0' ? ', tab stop' : '';
      return `${node.dataset.id}: ${classes.join(' ') || '-'}, ${shown}${stop}`;
    })
    .sort((a, b) => at(a.split(':')[0]!) - at(b.split(':')[0]!));
}

/** Each edge as "source>target: classes, shown|none". */
function listEdges(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll<SVGLineElement>('line.graph-edge')]
    .map((line) => {
      const classes = [...line.classList].filter((name) => name !== 'graph-edge').sort();
      const shown = line.style.display === 'none' ? 'none' : 'shown';
      return `${line.dataset.source}>${line.dataset.target}: ${classes.join(' ') || '-'}, ${shown}`;
    })
    .sort();
}

describe('SvgGraph, rendered over the fixture', () => {
  it('draws one named node per method and one line per cite, all shown', () => {
    const svg = render(makePaint());
    expect(listNodes(svg)).toEqual([
      'alpha: -, shown, tab stop',
      'beta: -, shown',
      'gamma: -, shown',
      'delta: -, shown',
      'epsilon: -, shown',
      'zeta: -, shown',
    ]);
    expect(listEdges(svg)).toEqual([
      'beta>alpha: -, shown',
      'beta>delta: is-recalled, shown',
      'delta>beta: is-recalled, shown',
      'epsilon>alpha: -, shown',
      'epsilon>gamma: is-recalled, shown',
      'gamma>beta: is-recalled, shown',
    ]);
    expect(svg.querySelector('[data-id="gamma"]')?.getAttribute('aria-label')).toBe('Gamma');
  });

  it("fades what the filters leave out in 'fade' mode", () => {
    const svg = render(makePaint({ visible: ['beta', 'gamma', 'delta'] }));
    expect(listNodes(svg)).toEqual([
      'alpha: is-faded, shown',
      'beta: -, shown, tab stop',
      'gamma: -, shown',
      'delta: -, shown',
      'epsilon: is-faded, shown',
      'zeta: is-faded, shown',
    ]);
    expect(listEdges(svg)).toEqual([
      'beta>alpha: is-faded, shown',
      'beta>delta: is-recalled, shown',
      'delta>beta: is-recalled, shown',
      'epsilon>alpha: is-faded, shown',
      'epsilon>gamma: is-faded is-recalled, shown',
      'gamma>beta: is-recalled, shown',
    ]);
  });

  it("hides them in 'hide' mode, and shows them again in 'fade' mode", () => {
    const hidden = makePaint({ visible: ['beta', 'gamma', 'delta'], filtered: 'hide' });
    const svg = render(makePaint(), hidden);
    expect(listNodes(svg)).toEqual([
      'alpha: -, none',
      'beta: -, shown, tab stop',
      'gamma: -, shown',
      'delta: -, shown',
      'epsilon: -, none',
      'zeta: -, none',
    ]);
    expect(listEdges(svg)).toEqual([
      'beta>alpha: -, none',
      'beta>delta: is-recalled, shown',
      'delta>beta: is-recalled, shown',
      'epsilon>alpha: -, none',
      'epsilon>gamma: is-recalled, none',
      'gamma>beta: is-recalled, shown',
    ]);
    graph!.paint(makePaint());
    expect(listNodes(svg).filter((line) => line.includes('none'))).toEqual([]);
    expect(listEdges(svg).filter((line) => line.includes('none'))).toEqual([]);
  });

  it('marks the focused method and its lineage, and makes the focus the tab stop', () => {
    const focus = makePaint({
      focus: 'beta',
      lineage: { alpha: 'ancestor', delta: 'ancestor', gamma: 'descendant', epsilon: 'descendant' },
    });
    const svg = render(makePaint(), focus);
    expect(listNodes(svg)).toEqual([
      'alpha: is-ancestor, shown',
      'beta: is-focused, shown, tab stop',
      'gamma: is-descendant, shown',
      'delta: is-ancestor, shown',
      'epsilon: is-descendant, shown',
      'zeta: -, shown',
    ]);
    expect(listEdges(svg)).toEqual([
      'beta>alpha: is-lineage, shown',
      'beta>delta: is-lineage is-recalled, shown',
      'delta>beta: is-recalled, shown',
      'epsilon>alpha: -, shown',
      'epsilon>gamma: is-lineage is-recalled, shown',
      'gamma>beta: is-lineage is-recalled, shown',
    ]);
    expect(svg.firstElementChild?.classList.contains('has-focus')).toBe(true);
    expect(svg.querySelector('[aria-current="true"]')?.getAttribute('data-id')).toBe('beta');
  });

  it('takes recalled cites away under "confirmed only", and nothing else', () => {
    const svg = render(makePaint({ confirmedOnly: true }));
    expect(listEdges(svg)).toEqual([
      'beta>alpha: -, shown',
      'beta>delta: is-recalled, none',
      'delta>beta: is-recalled, none',
      'epsilon>alpha: -, shown',
      'epsilon>gamma: is-recalled, none',
      'gamma>beta: is-recalled, none',
    ]);
    expect(listNodes(svg).filter((line) => line.includes('none'))).toEqual([]);
  });
});
