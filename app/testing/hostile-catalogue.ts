import type { Method } from '../catalogue/catalogue-types';
import { toRawMethod, type RawMethod } from '../catalogue/method-record';

/** Markup and script payloads that must only ever appear as text; each would set window.__pwned if run. */
export const HOSTILE_PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '"><iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\\input{/etc/passwd} } @comment{ %',
] as const;

/** A string of exactly `length` characters built from the payloads, with non-ASCII text mixed in. */
export function makeHostileText(length: number, seed = 0): string {
  const pieces = [...HOSTILE_PAYLOADS, 'Ünïcødé 漢字 ε→∞ ', '\u202eright-to-left\u202c '];
  let text = '';
  for (let i = seed; text.length < length; i++) text += pieces[i % pieces.length];
  return text.slice(0, length);
}

/**
 * Hostile entries for the validator and the app: every text field carries
 * markup payloads and 10,000-character strings. The first `safeCount`
 * entries are otherwise valid, so the app renders them; the rest carry
 * `javascript:` links, which the validator must reject. They come as data/methods.json
 * stores them, each dimension a field.
 */
export function makeHostileMethods(base: Method, safeCount = 3, unsafeCount = 2): RawMethod[] {
  const make = (index: number, unsafe: boolean): Method => {
    const long = (n: number) => makeHostileText(10_000, index + n);
    return {
      ...base,
      id: `hostile-${index}`,
      name: `${HOSTILE_PAYLOADS[index % HOSTILE_PAYLOADS.length]} ${index}`,
      title: `${long(1)} ${index}`.slice(-10_000),
      authors: [
        `${HOSTILE_PAYLOADS[1]}, ${HOSTILE_PAYLOADS[0]}`,
        `${long(2).replace(/,/g, ';').slice(0, 290)}, Given`,
      ],
      summary: long(3),
      arxiv: undefined,
      doi: `10.1234/hostile-${index}`,
      url: unsafe
        ? 'javascript:window.__pwned="url"'
        : `https://example.org/${encodeURIComponent(HOSTILE_PAYLOADS[0])}`,
      code: unsafe ? 'JaVaScRiPt:window.__pwned="code"' : undefined,
      labels: { source: 'atlas', fit: 'exact', note: long(4) },
      tasks: [long(5), HOSTILE_PAYLOADS[2]],
      pages: HOSTILE_PAYLOADS[5],
      publisher: long(6),
      cites: [{ id: base.id, basis: 'recalled' }],
      year: Math.max(base.year, 2024),
    };
  };
  return [
    ...Array.from({ length: safeCount }, (_, i) => make(i, false)),
    ...Array.from({ length: unsafeCount }, (_, i) => make(safeCount + i, true)),
  ].map(toRawMethod);
}
