import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import changelogJson from '../../data/changelog.json';
import type { Method } from '../catalogue/catalogue-types';
import { validateChangelog, type ChangelogEntry } from '../catalogue/changelog';
import { loadBundledMethods, makeMethod } from '../testing/make-method';
import { listFeedEvents, toAtomFeed } from './atom-feed';

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
    const bundled = loadBundledMethods();
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
    // Most of the catalogue was added on one day: there, entries follow the method ids.
    for (const date of new Set(dates)) {
      const ids = added.filter((entry) => entry.updated === date).map((entry) => entry.id);
      expect(ids).toEqual([...ids].sort());
    }
  });
});

describe('listFeedEvents()', () => {
  const on = (id: string, added: string) => makeMethod({ id, added });
  const relabel = (method: string, date: string): ChangelogEntry => ({
    method,
    field: 'operator',
    old: ['additive'],
    new: ['parametric'],
    date,
    reason: 'Checked against the paper.',
  });
  const summarise = (events: ReturnType<typeof listFeedEvents>) =>
    events.map((event) => `${event.date} ${event.kind} ${event.method.id}`);

  it('puts the newest date first, whatever the order it is given', () => {
    // Ids run against the dates, so only the dates can give this order.
    const dated = [on('b', '2026-01-02'), on('c', '2026-03-01'), on('a', '2025-12-31')];
    const expected = ['2026-03-01 added c', '2026-01-02 added b', '2025-12-31 added a'];
    expect(summarise(listFeedEvents(dated, []))).toEqual(expected);
    expect(summarise(listFeedEvents([...dated].reverse(), []))).toEqual(expected);
  });

  it('on one date lists additions before relabels, each by id', () => {
    const sameDay = [on('zeta', '2026-02-02'), on('alpha', '2026-02-02'), on('mu', '2026-02-02')];
    const log = [relabel('mu', '2026-02-02'), relabel('alpha', '2026-02-02')];
    const expected = [
      '2026-02-02 added alpha',
      '2026-02-02 added mu',
      '2026-02-02 added zeta',
      '2026-02-02 relabelled alpha',
      '2026-02-02 relabelled mu',
    ];
    expect(summarise(listFeedEvents(sameDay, log))).toEqual(expected);
    expect(summarise(listFeedEvents([...sameDay].reverse(), [...log].reverse()))).toEqual(expected);
  });

  it('keeps the changelog order of two relabels of one method on one date', () => {
    const twice = [
      { ...relabel('a', '2026-02-02'), field: 'paradigm' as const },
      { ...relabel('a', '2026-02-02'), field: 'location' as const },
    ];
    const fields = (log: ChangelogEntry[]) =>
      listFeedEvents([on('a', '2026-01-01')], log).map((event) => event.change?.field);
    expect(fields(twice)).toEqual(['paradigm', 'location', undefined]);
    expect(fields([...twice].reverse())).toEqual(['location', 'paradigm', undefined]);
  });

  it('leaves out a relabel of a method the list does not hold', () => {
    const events = listFeedEvents([on('a', '2026-01-01')], [relabel('gone', '2026-05-05')]);
    expect(summarise(events)).toEqual(['2026-01-01 added a']);
  });
});

describe('toAtomFeed() entries and feed metadata', () => {
  it('sums up an added method: authors, venue and year, paradigm, the four labels, the summary', () => {
    const method = makeMethod({
      id: 'vp',
      name: 'VP',
      title: 'Visual Prompting',
      authors: ['Bahng, Hyojin', 'Jahanian, Ali'],
      venue: 'arXiv',
      year: 2022,
      paradigm: 'MR',
      format: ['learnable'],
      location: ['input'],
      operator: ['additive', 'parametric'],
      alignment: ['identity', 'linear'],
      summary: 'Pads the image with a learned frame.',
    });
    const [entry] = readFeed(toAtomFeed([method], [])).entries;
    expect(entry!.title).toBe('Added: VP, Visual Prompting');
    expect(entry!.content).toBe(
      'Bahng, Hyojin; Jahanian, Ali (arXiv 2022). MR: learnable · input · additive + parametric · identity + linear. Pads the image with a learned frame.',
    );
  });

  it('names every old and new value of a relabel', () => {
    const change: ChangelogEntry = {
      method: 'vpt',
      field: 'location',
      old: ['embedding', 'hidden'],
      new: ['hidden', 'embedding', 'input'],
      date: '2026-12-02',
      reason: 'Deep prompts reach the hidden layers too.',
    };
    const { entries } = readFeed(toAtomFeed(methods, [change]));
    const relabelled = entries.find((entry) => entry.id.includes(':relabelled:'));
    expect(relabelled!.title).toBe(
      'Relabelled: VPT, location embedding + hidden → hidden + embedding + input',
    );
  });

  it('is dated by its newest event, and by 1970-01-01 when it has none', () => {
    expect(readFeed(toAtomFeed(methods, changelog)).feed.updated).toBe('2026-12-04T00:00:00.000Z');
    const { feed, entries } = readFeed(toAtomFeed([], []));
    expect(entries).toEqual([]);
    expect(feed.updated).toBe('1970-01-01T00:00:00.000Z');
  });

  it('describes itself, and links to the explorer and to itself only when the address is known', () => {
    const links = (xml: string) => {
      const { feed } = readFeed(xml);
      expect(String(feed.subtitle)).toMatch(/added.*labels/i);
      const link = feed.link as { '@_rel': string; '@_href': string }[] | undefined;
      return (link ?? []).map((item) => `${item['@_rel']} ${item['@_href']}`);
    };
    expect(links(toAtomFeed(methods, []))).toEqual([]);
    expect(links(toAtomFeed(methods, [], { siteUrl: 'https://atlas.example/survey/' }))).toEqual([
      'alternate https://atlas.example/survey/',
      'self https://atlas.example/survey/feed.xml',
    ]);
  });

  it("takes a title of the caller's choosing", () => {
    expect(readFeed(toAtomFeed(methods, [], { title: 'Atlas: my copy' })).feed.title).toBe(
      'Atlas: my copy',
    );
  });
});
