import type { Catalogue } from './catalogue-types';

/**
 * The one cache of everything derived from a catalogue (indexes, orders, layouts,
 * keys). Entries live exactly as long as their catalogue object, so a catalogue
 * swapped in at run time never reads another catalogue's indexes, and a dropped
 * catalogue takes its derived data with it.
 */
const derivedByCatalogue = new WeakMap<Catalogue, Map<object, unknown>>();

function slotsOf(catalogue: Catalogue): Map<object, unknown> {
  let slots = derivedByCatalogue.get(catalogue);
  if (!slots) {
    slots = new Map();
    derivedByCatalogue.set(catalogue, slots);
  }
  return slots;
}

/**
 * Wraps `build` so that it runs once per catalogue; later calls with the same
 * catalogue return the first result. Each wrapped function has its own slot.
 */
export function memoisePerCatalogue<T>(
  build: (catalogue: Catalogue) => T,
): (catalogue: Catalogue) => T {
  const slot = {};
  return (catalogue) => {
    const slots = slotsOf(catalogue);
    if (slots.has(slot)) return slots.get(slot) as T;
    const value = build(catalogue);
    slots.set(slot, value);
    return value;
  };
}

/**
 * Like memoisePerCatalogue, for a result that also depends on a key (a facet, a
 * sort column, a layout kind): `build` runs once per catalogue and key.
 */
export function memoisePerCatalogueAndKey<K, T>(
  build: (catalogue: Catalogue, key: K) => T,
): (catalogue: Catalogue, key: K) => T {
  const getByKey = memoisePerCatalogue(() => new Map<K, T>());
  return (catalogue, key) => {
    const byKey = getByKey(catalogue);
    if (byKey.has(key)) return byKey.get(key) as T;
    const value = build(catalogue, key);
    byKey.set(key, value);
    return value;
  };
}
