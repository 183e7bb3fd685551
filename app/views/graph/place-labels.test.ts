import { describe, expect, it } from 'vitest';
import { placeLabels } from './place-labels';

const label = (x: number, y: number, extra = {}) => ({
  x,
  y,
  r: 5,
  width: 40,
  height: 12,
  ...extra,
});

describe('placeLabels()', () => {
  it('puts a lone label to the right of its node', () => {
    expect(placeLabels([label(100, 100)])).toEqual([{ x: 108, y: 100, anchor: 'start' }]);
  });

  it('moves a label that would cover an earlier one to the next free side', () => {
    const [first, second] = placeLabels([label(100, 100), label(110, 100)]);
    expect(first?.anchor).toBe('start');
    expect(second?.anchor).not.toBe('start');
  });

  it('leaves out a label with no free spot, unless it must always show', () => {
    const crowd = [label(100, 100), label(100, 100), label(100, 100), label(100, 100)];
    expect(placeLabels([...crowd, label(100, 100)]).at(-1)).toBeNull();
    expect(placeLabels([...crowd, label(100, 100, { always: true })]).at(-1)).not.toBeNull();
  });
});
