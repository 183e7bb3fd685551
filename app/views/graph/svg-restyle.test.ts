// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { addToBitset, makeBitset } from '../../query/bitset';
import { computeGraphLayout, toGraphLayoutInput } from '../../layout/graph-layout';
import { makeFixtureCatalogue } from '../../testing/fixture-catalogue';
import { makeGraphScene, type GraphPaint, type LineageSide } from './graph-scene';
import { applyEdgeFlags, applyNodeFlags, toEdgeFlags, toNodeFlags } from './svg-restyle';

const catalogue = makeFixtureCatalogue();
const scene = makeGraphScene(catalogue, computeGraphLayout(toGraphLayoutInput(catalogue), 'force'));
const at = (id: string) => catalogue.indexOf.get(id)!;
const edgeOf = (source: string, target: string) => {
  const index = scene.edges.source.findIndex(
    (s, i) => s === at(source) && scene.edges.target[i] === at(target),
  );
  if (index < 0) throw new Error(`no edge ${source}>${target} in the fixture`);
  return index;
};

interface PaintCase {
  /** Methods the filters let through; every method when left out. */
  visible?: string[];
  filtered?: 'hide' | 'fade';
  confirmedOnly?: boolean;
  focus?: string;
  lineage?: Record<string, LineageSide>;
}

function makePaint(paint: PaintCase): GraphPaint {
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

/** What a reader's browser sees of an element: classes, shown or not, and its attributes. */
function toSeen(el: SVGElement): string {
  const classes = [...el.classList].sort().join(' ') || '-';
  const shown = el.style.display === 'none' ? 'none' : 'shown';
  const attributes = ['data-visible', 'aria-current', 'marker-end']
    .filter((name) => el.hasAttribute(name))
    .map((name) => `${name}=${el.getAttribute(name)}`);
  return [classes, shown, ...attributes].join(' | ');
}

const svg = (name: string) => document.createElementNS('http://www.w3.org/2000/svg', name);

// How a node looks in each state: gamma is the node looked at.
const NODE_CASES: [string, PaintCase, string][] = [
  ['visible', {}, '- | shown | data-visible=true'],
  ['filtered out, fade', { visible: ['alpha'] }, 'is-faded | shown | data-visible=false'],
  ['filtered out, hide', { visible: ['alpha'], filtered: 'hide' }, '- | none | data-visible=false'],
  ['focused', { focus: 'gamma' }, 'is-focused | shown | data-visible=true | aria-current=true'],
  [
    'an ancestor of the focus',
    { focus: 'epsilon', lineage: { gamma: 'ancestor' } },
    'is-ancestor | shown | data-visible=true',
  ],
  [
    'a descendant of the focus',
    { focus: 'beta', lineage: { gamma: 'descendant' } },
    'is-descendant | shown | data-visible=true',
  ],
  [
    'a filtered-out ancestor, fade',
    { visible: ['alpha'], focus: 'epsilon', lineage: { gamma: 'ancestor' } },
    'is-ancestor is-faded | shown | data-visible=false',
  ],
  [
    'focused and filtered out, hide',
    { visible: ['alpha'], filtered: 'hide', focus: 'gamma' },
    'is-focused | none | data-visible=false | aria-current=true',
  ],
];

// How the edge epsilon>gamma (a recalled cite) looks in each state.
const EDGE_CASES: [string, PaintCase, string][] = [
  ['both ends visible', {}, '- | shown | data-visible=true | marker-end=url(#atlas-arrow)'],
  [
    'an end filtered out, fade',
    { visible: ['epsilon'] },
    'is-faded | shown | data-visible=false | marker-end=url(#atlas-arrow)',
  ],
  [
    'an end filtered out, hide',
    { visible: ['epsilon'], filtered: 'hide' },
    '- | none | data-visible=false | marker-end=url(#atlas-arrow)',
  ],
  [
    'recalled, confirmed only',
    { confirmedOnly: true },
    '- | none | data-visible=false | marker-end=url(#atlas-arrow)',
  ],
  [
    'on the focused lineage',
    { focus: 'epsilon', lineage: { gamma: 'ancestor' } },
    'is-lineage | shown | data-visible=true | marker-end=url(#atlas-arrow-strong)',
  ],
  [
    'from the focus to a method off its lineage',
    { focus: 'epsilon' },
    '- | shown | data-visible=true | marker-end=url(#atlas-arrow)',
  ],
];

describe('applyNodeFlags()', () => {
  it.each(NODE_CASES)('styles a node that is %s', (_name, paint, seen) => {
    const el = svg('g');
    applyNodeFlags(el as SVGGElement, toNodeFlags(makePaint(paint), at('gamma')), -1);
    expect(toSeen(el)).toBe(seen);
  });

  it.each(
    NODE_CASES.flatMap(([from, fromPaint]) =>
      NODE_CASES.map(([to, toPaint, seen]) => [from, to, fromPaint, toPaint, seen] as const),
    ),
  )('restyles a node from %s to %s as if styled afresh', (_from, _to, fromPaint, toPaint, seen) => {
    const el = svg('g');
    const was = toNodeFlags(makePaint(fromPaint), at('gamma'));
    applyNodeFlags(el as SVGGElement, was, -1);
    applyNodeFlags(el as SVGGElement, toNodeFlags(makePaint(toPaint), at('gamma')), was);
    expect(toSeen(el)).toBe(seen);
  });
});

describe('applyEdgeFlags()', () => {
  const edge = edgeOf('epsilon', 'gamma');

  it.each(EDGE_CASES)('styles an edge with %s', (_name, paint, seen) => {
    const el = svg('line');
    applyEdgeFlags(el as SVGLineElement, toEdgeFlags(scene, makePaint(paint), edge), -1);
    expect(toSeen(el)).toBe(seen);
  });

  it.each(
    EDGE_CASES.flatMap(([from, fromPaint]) =>
      EDGE_CASES.map(([to, toPaint, seen]) => [from, to, fromPaint, toPaint, seen] as const),
    ),
  )(
    'restyles an edge from %s to %s as if styled afresh',
    (_from, _to, fromPaint, toPaint, seen) => {
      const el = svg('line');
      const was = toEdgeFlags(scene, makePaint(fromPaint), edge);
      applyEdgeFlags(el as SVGLineElement, was, -1);
      applyEdgeFlags(el as SVGLineElement, toEdgeFlags(scene, makePaint(toPaint), edge), was);
      expect(toSeen(el)).toBe(seen);
    },
  );

  it('keeps a confirmed cite under "confirmed only"', () => {
    const el = svg('line');
    const paint = makePaint({ confirmedOnly: true });
    applyEdgeFlags(el as SVGLineElement, toEdgeFlags(scene, paint, edgeOf('epsilon', 'alpha')), -1);
    expect(toSeen(el)).toBe('- | shown | data-visible=true | marker-end=url(#atlas-arrow)');
  });
});
