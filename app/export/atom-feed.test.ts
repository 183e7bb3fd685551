import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import changelogJson from '../../data/changelog.json';
import methodsJson from '../../data/methods.json';
import type { Method } from '../catalogue/catalogue-types';
import { validateChangelog, type ChangelogEntry } from '../catalogue/changelog';
import { makeMethod } from '../testing/make-method';
import { toAtomFeed } from './atom-feed';

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: { '@_href': string } | { '@_href': string }[];
  content: string;
}

/** Parses an Atom document back; html-typed text comes back unescaped. */
function readFeed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry',
  }).parse(xml) as { feed: Record<string, unknown> & { entry?: AtomEntry[] } };
  // Elements of type "html" hold escaped text; reading it back must give the plain text.
  const unescape = (element: unknown) => {
    const text =
      typeof element === 'object' && element ? (element as { '#text': string })['#text'] : element;
    if (typeof element === 'object' && element) expect(element).toHaveProperty('@_type', 'html');
    // As html, a raw "<" would be read as markup by a feed reader.
    expect(String(text)).not.toMatch(/[<>]/);
    return String(text).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  };
  const entries = (parsed.feed.entry ?? []).map((entry) => ({
    ...entry,
    title: unescape(entry.title),
    content: unescape(entry.content),
    href: (Array.isArray(entry.link) ? entry.link[0]! : entry.link)['@_href'],
  }));
  return { feed: parsed.feed, entries };
}

const methods: Method[] = [
  makeMethod({
    id: 'vpt',
    name: 'VPT',
    added: '2026-11-29',
    url: 'https://arxiv.org/abs/2203.12119',
  }),
  makeMethod({
    id: 'odd',
    name: 'Odd <b>',
    title: 'Breaking ]]> out & <script>alert(1)</script>',
    added: '2026-12-04',
    paradigm: 'MR',
  }),
];
const changelog: ChangelogEntry[] = [
  {
    method: 'vpt',
    field: 'paradigm',
    old: ['PI'],
    new: ['PT'],
    date: '2026-12-01',
    reason: 'Prompts are trained, so PT.',
  },
];

describe('toAtomFeed()', () => {
  it('is well-formed Atom with the elements RFC 4287 requires of a feed and its entries', () => {
    const { feed, entries } = readFeed(toAtomFeed(methods, changelog));
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('urn:reprogrammability-atlas:feed');
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toBe('2026-12-04T00:00:00.000Z');
    expect(feed.author).toEqual({ name: 'Reprogrammability Atlas' });
    for (const entry of entries) {
      expect(entry.id).toMatch(/^urn:reprogrammability-atlas:/);
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      expect(entry.href).toMatch(/^https?:\/\//);
    }
  });

  it('lists each addition and each relabel once, newest first', () => {
    const { entries } = readFeed(toAtomFeed(methods, changelog));
    expect(entries.map((entry) => [entry.id, entry.updated.slice(0, 10)])).toEqual([
      ['urn:reprogrammability-atlas:added:odd', '2026-12-04'],
      ['urn:reprogrammability-atlas:relabelled:vpt:paradigm:2026-12-01', '2026-12-01'],
      ['urn:reprogrammability-atlas:added:vpt', '2026-11-29'],
    ]);
    expect(entries[1]!.title).toBe('Relabelled: VPT, paradigm PI → PT');
    expect(entries[1]!.content).toBe('Prompts are trained, so PT.');
  });

  it('carries markup-like catalogue text as text, not markup', () => {
    const { entries } = readFeed(toAtomFeed(methods, []));
    expect(entries[0]!.title).toBe('Added: Odd <b>, Breaking ]]> out & <script>alert(1)</script>');
  });

  it('links entries to the explorer when its address is known, else to the paper', () => {
    expect(readFeed(toAtomFeed(methods, [])).entries[1]!.href).toBe(
      'https://arxiv.org/abs/2203.12119',
    );
    const hosted = readFeed(toAtomFeed(methods, [], { siteUrl: 'https://atlas.example/survey/' }));
    expect(hosted.entries[1]!.href).toBe('https://atlas.example/survey/?method=vpt');
  });

  it('announces every method of the bundled catalogue and every relabel of its changelog', () => {
    const bundled = methodsJson as Method[];
    const log = validateChangelog(changelogJson, bundled).entries;
    const { entries } = readFeed(toAtomFeed(bundled, log));
    const added = entries.filter((entry) => entry.id.includes(':added:'));
    expect(added.map((entry) => entry.id.split(':').at(-1)).sort()).toEqual(
      bundled.map((method) => method.id).sort(),
    );
    for (const entry of added) {
      const method = bundled.find((m) => entry.id.endsWith(`:added:${m.id}`))!;
      expect(entry.updated.slice(0, 10)).toBe(method.added);
      expect(entry.title).toBe(`Added: ${method.name}, ${method.title}`);
    }
    expect(entries.length - added.length).toBe((changelogJson as unknown[]).length);
    const dates = entries.map((entry) => entry.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
