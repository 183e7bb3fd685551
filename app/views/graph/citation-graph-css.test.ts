import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAPH_LOOK } from './graph-look';

const { colour, edge, node } = GRAPH_LOOK;
const CSS = readFileSync('app/views/graph/citation-graph.css', 'utf8');

/** Selectors of a comma-separated list, split only at commas outside parentheses. */
function splitSelectors(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      selectors.push(current.trim());
      current = '';
    } else current += char;
  }
  return [...selectors, current.trim()];
}

/** Every rule of the stylesheet as selector → its declarations, property → value. */
function readRules(css: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, list, body] of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const selector of splitSelectors(list!).map((s) => s.replace(/\s+/g, ' '))) {
      const declarations = rules.get(selector) ?? new Map<string, string>();
      for (const declaration of body!.split(';')) {
        const colon = declaration.indexOf(':');
        if (colon > 0)
          declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
      }
      rules.set(selector, declarations);
    }
  }
  return rules;
}

const RULES = readRules(CSS);
const OFF_LINEAGE = ':not(.is-focused, .is-ancestor, .is-descendant)';

/** What the SVG's nodes and edges must show, straight from GRAPH_LOOK. */
const EXPECTED: [selector: string, property: string, value: string | number][] = [
  ['.graph-edge', 'stroke', colour.edge],
  ['.graph-edge', 'stroke-width', edge.width],
  ['.graph-edge', 'opacity', edge.opacity],
  ['.graph-edge.is-recalled', 'stroke-dasharray', edge.recalledDash.join(' ')],
  ['.graph-edge.is-faded', 'opacity', edge.fadedOpacity],
  ['.graph-arrow path', 'fill', colour.edge],
  ['.graph-arrow.is-strong path', 'fill', colour.ink],
  ['.graph-node circle', 'stroke', colour.paper],
  ['.graph-node circle', 'stroke-width', node.outlineWidth],
  ['.graph-node.is-faded circle', 'opacity', node.fadedOpacity],
  ['.graph-node.is-ancestor circle', 'stroke', colour.ink],
  ['.graph-node.is-ancestor circle', 'stroke-width', node.lineageRingWidth],
  ['.graph-node.is-descendant circle', 'stroke', colour.ink],
  ['.graph-node.is-descendant circle', 'stroke-width', node.lineageRingWidth],
  ['.graph-node.is-focused circle', 'stroke', colour.focus],
  ['.graph-node.is-focused circle', 'stroke-width', node.focusRingWidth],
  ['.graph-node:focus-visible circle', 'stroke', colour.focus],
  ['.graph-node:focus-visible circle', 'stroke-width', node.keyboardRingWidth],
  ['.graph-node:focus-visible circle', 'stroke-dasharray', node.keyboardRingDash.join(' ')],
  [`.graph-root.has-focus .graph-node${OFF_LINEAGE} circle`, 'opacity', node.offLineageOpacity],
  [
    `.graph-root.has-focus .graph-node.is-faded${OFF_LINEAGE} circle`,
    'opacity',
    node.fadedOffLineageOpacity,
  ],
  ['.graph-root.has-focus .graph-edge:not(.is-lineage)', 'opacity', edge.offLineageOpacity],
  ['.graph-edge.is-lineage', 'stroke', colour.ink],
  ['.graph-edge.is-lineage', 'opacity', edge.lineageOpacity],
  ['.graph-edge.is-lineage', 'stroke-width', edge.lineageWidth],
  [
    '.graph-root.is-hovering .graph-node:not(.is-hovered, .is-neighbour) circle',
    'opacity',
    node.hoverOthersOpacity,
  ],
  ['.graph-root.is-hovering .graph-node.is-hovered circle', 'stroke', colour.ink],
  ['.graph-root.is-hovering .graph-node.is-hovered circle', 'stroke-width', node.hoverRingWidth],
  ['.graph-root.is-hovering .graph-edge:not(.is-adjacent)', 'opacity', edge.hoverOthersOpacity],
  ['.graph-root.is-hovering .graph-edge.is-adjacent', 'stroke', colour.ink],
  ['.graph-root.is-hovering .graph-edge.is-adjacent', 'opacity', edge.hoverAdjacentOpacity],
];

describe('citation-graph.css, nodes and edges', () => {
  it.each(EXPECTED)('%s has %s from GRAPH_LOOK (%s)', (selector, property, value) => {
    expect(RULES.get(selector)?.get(property)).toBe(String(value));
  });

  it('references no custom property in a rule for nodes or edges', () => {
    const withVar = [...RULES]
      .filter(([selector]) => /\.graph-(edge|node|arrow)\b/.test(selector))
      .filter(([, declarations]) => [...declarations.values()].some((v) => v.includes('var(')))
      .map(([selector]) => selector);
    expect(withVar).toEqual([]);
  });
});
