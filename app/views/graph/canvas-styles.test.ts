import { describe, expect, it } from 'vitest';
import { addToBitset, makeBitset, makeFullBitset } from '../../query/bitset';
import { computeGraphLayout, toGraphLayoutInput } from '../../layout/graph-layout';
import { makeFixtureCatalogue } from '../../testing/fixture-catalogue';
import { loadBundledMethods, makeTestCatalogue } from '../../testing/make-method';
import { toCanvasStyles } from './canvas-styles';
import { makeGraphScene, toEdgeState, type GraphPaint } from './graph-scene';

const catalogue = makeFixtureCatalogue();
const scene = makeGraphScene(catalogue, computeGraphLayout(toGraphLayoutInput(catalogue), 'force'));
const at = (id: string) => catalogue.indexOf.get(id)!;
const order = catalogue.methods.map((_, position) => position);
const named = (edges: Int32Array) =>
  Array.from(edges, (edge) => {
    const source = catalogue.methods[scene.edges.source[edge]!]!.id;
    return `${source}>${catalogue.methods[scene.edges.target[edge]!]!.id}`;
  }).sort();

function makePaint(overrides: Partial<GraphPaint> = {}): GraphPaint {
  return {
    colours: catalogue.methods.map(() => '#0072b2'),
    visible: makeFullBitset(catalogue.methods.length),
    filtered: 'fade',
    confirmedOnly: false,
    focus: -1,
    lineage: new Map(),
    ...overrides,
  };
}

/** Every method but gamma passes the filters. */
function withoutGamma() {
  const visible = makeBitset(catalogue.methods.length);
  for (const position of order) if (position !== at('gamma')) addToBitset(visible, position);
  return visible;
}

describe('toCanvasStyles()', () => {
  it('groups edges by look: confirmed, recalled, and faded where an end is filtered out', () => {
    const styles = toCanvasStyles(scene, makePaint({ visible: withoutGamma() }), order);
    expect(named(styles.confirmed)).toEqual(['beta>alpha', 'epsilon>alpha']);
    expect(named(styles.recalled)).toEqual(['beta>delta', 'delta>beta']);
    expect(named(styles.faded)).toEqual(['epsilon>gamma', 'gamma>beta']);
    expect(styles.strong).toHaveLength(0);
    const faint = styles.fills.find((batch) => batch.alpha < 1)!;
    expect(Array.from(faint.nodes)).toEqual([at('gamma')]);
  });

  it("leaves out what 'hide' and 'confirmed only' take away", () => {
    const styles = toCanvasStyles(
      scene,
      makePaint({ visible: withoutGamma(), filtered: 'hide', confirmedOnly: true }),
      order,
    );
    expect(named(styles.confirmed)).toEqual(['beta>alpha', 'epsilon>alpha']);
    expect(styles.recalled.length + styles.faded.length).toBe(0);
    const drawn = styles.fills.flatMap((batch) => Array.from(batch.nodes));
    expect(drawn).not.toContain(at('gamma'));
    expect(drawn).toHaveLength(catalogue.methods.length - 1);
  });

  it('draws a focused lineage strong and ringed, and steps the rest back', () => {
    const lineage = new Map([[at('alpha'), 'ancestor' as const]]);
    const styles = toCanvasStyles(scene, makePaint({ focus: at('beta'), lineage }), order);
    expect(named(styles.strong)).toEqual(['beta>alpha']);
    expect(styles.dimmed).toBe(true);
    expect(styles.focus).toBe(at('beta'));
    expect(Array.from(styles.rings)).toEqual([at('alpha')]);
    const lit = styles.fills.find((batch) => batch.alpha === 1)!;
    expect(Array.from(lit.nodes).sort()).toEqual([at('alpha'), at('beta')].sort());
  });

  it('batches circles by opacity, faint first, then by fill in the order fills first appear, each in drawing order', () => {
    const fills = ['#d55e00', '#0072b2', '#009e73'];
    const colours = catalogue.methods.map((_, position) => fills[position % 3]!);
    const lineage = new Map([[at('alpha'), 'ancestor' as const]]);
    const paint = makePaint({ colours, visible: withoutGamma(), focus: at('beta'), lineage });
    const drawing = [...order].reverse();
    const styles = toCanvasStyles(scene, paint, drawing);
    // The same grouping worked out the plain way: each circle's opacity and fill, in drawing order.
    const looks = drawing.map((p) => ({
      p,
      alpha: p === at('gamma') ? 0.15 : p === at('alpha') || p === at('beta') ? 1 : 0.3,
      colour: colours[p]!,
    }));
    const keys: string[] = [];
    for (const look of looks) {
      const key = `${look.alpha} ${look.colour}`;
      if (!keys.includes(key)) keys.push(key);
    }
    const expected = keys
      .map((key) => {
        const [alpha, colour] = key.split(' ');
        const nodes = looks
          .filter((look) => `${look.alpha} ${look.colour}` === key)
          .map((look) => look.p);
        return { alpha: Number(alpha), colour: colour!, nodes };
      })
      .sort((a, b) => a.alpha - b.alpha);
    expect(styles.fills.map((batch) => ({ ...batch, nodes: Array.from(batch.nodes) }))).toEqual(
      expected,
    );
  });

  // How gamma is drawn in each state: its opacity (null: not drawn), ringed, the focus kept.
  it.each([
    ['visible, nothing focused', {}, 1, false, -1],
    ['filtered out, fade', { visible: withoutGamma() }, 0.15, false, -1],
    ['filtered out, hide', { visible: withoutGamma(), filtered: 'hide' as const }, null, false, -1],
    ['off the focused lineage', { focus: at('alpha') }, 0.3, false, at('alpha')],
    [
      'on the focused lineage',
      { focus: at('epsilon'), lineage: new Map([[at('gamma'), 'ancestor' as const]]) },
      1,
      true,
      at('epsilon'),
    ],
    ['focused', { focus: at('gamma') }, 1, false, at('gamma')],
    [
      'focused and filtered out, fade',
      { visible: withoutGamma(), focus: at('gamma') },
      0.15,
      false,
      at('gamma'),
    ],
    [
      'focused and filtered out, hide',
      { visible: withoutGamma(), filtered: 'hide' as const, focus: at('gamma') },
      null,
      false,
      -1,
    ],
    [
      'filtered out, fade, off the focused lineage',
      { visible: withoutGamma(), focus: at('alpha') },
      0.15,
      false,
      at('alpha'),
    ],
  ])('draws a node that is %s', (_name, overrides, alpha, ringed, focus) => {
    const styles = toCanvasStyles(scene, makePaint(overrides), order);
    const batch = styles.fills.find((fill) => Array.from(fill.nodes).includes(at('gamma')));
    expect(batch?.alpha ?? null).toBe(alpha);
    expect(Array.from(styles.rings).includes(at('gamma'))).toBe(ringed);
    expect(styles.focus).toBe(focus);
  });
});

describe('toCanvasStyles() on the bundled catalogue', () => {
  const bundled = makeTestCatalogue(loadBundledMethods());
  const size = bundled.methods.length;
  const bundledScene = makeGraphScene(
    bundled,
    computeGraphLayout(toGraphLayoutInput(bundled), 'force'),
  );
  // Every third method passes the filters: many edges have one end out, some both.
  const visible = makeBitset(size);
  for (let position = 0; position < size; position += 3) addToBitset(visible, position);

  it.each([
    ['fade', false],
    ['fade', true],
    ['hide', false],
    ['hide', true],
  ] as const)(
    "puts each edge where the scene's own rule says, in '%s' mode, confirmed only %s",
    (filtered, confirmedOnly) => {
      const paint: GraphPaint = {
        colours: bundled.methods.map(() => '#0072b2'),
        visible,
        filtered,
        confirmedOnly,
        focus: -1,
        lineage: new Map(),
      };
      const styles = toCanvasStyles(
        bundledScene,
        paint,
        bundled.methods.map((_, p) => p),
      );
      const edges = bundledScene.edges;
      const expected = {
        faded: [] as number[],
        confirmed: [] as number[],
        recalled: [] as number[],
      };
      for (let edge = 0; edge < edges.source.length; edge++) {
        const state = toEdgeState(bundledScene, paint, edge);
        if (state === 'faded') expected.faded.push(edge);
        else if (state === 'shown')
          (edges.confirmed[edge] ? expected.confirmed : expected.recalled).push(edge);
      }
      expect(expected.faded.length + expected.confirmed.length).toBeGreaterThan(0);
      expect(Array.from(styles.faded)).toEqual(expected.faded);
      expect(Array.from(styles.confirmed)).toEqual(expected.confirmed);
      expect(Array.from(styles.recalled)).toEqual(expected.recalled);
    },
  );
});
