import { afterEach, describe, expect, it, vi } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import { makeRawMethod } from '../testing/make-method';
import { formatProblem } from './catalogue-problem';
import { checkCatalogueData } from './check-catalogue-data';
import { computeCatalogueDigest, loadCatalogue, type LoadOptions } from './load-catalogue';
import { CHECKED_DIGEST_META, toDigestInput } from './catalogue-files';
import { createHash } from 'node:crypto';

const BASE = 'https://atlas.example/sub/';

/** Loads as the page does, with the full check run in this thread instead of a worker. */
const load = (options: LoadOptions = {}) =>
  loadCatalogue(BASE, {
    checkedDigest: null,
    check: (raw) => Promise.resolve(checkCatalogueData(raw)),
    ...options,
  });

/** Serves the two catalogue files from `files` (by address), like the static host would. */
function serve(files: Record<string, () => Response | Promise<Response>>) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (url: URL) => {
    requested.push(String(url));
    const answer = files[String(url)];
    return answer ? Promise.resolve(answer()) : Promise.resolve(new Response('', { status: 404 }));
  });
  return requested;
}
const json = (value: unknown) => () => new Response(JSON.stringify(value), { status: 200 });

/** The three files' texts, as the build writes them. */
type CatalogueTextFiles = { taxonomy: string; methods: string; overrides: string };

/** Serves the three files' texts next to the page; the overrides may be left out (a 404). */
function serveTexts(texts: CatalogueTextFiles, withOverrides = true) {
  return serve({
    [`${BASE}data/taxonomy.json`]: () => new Response(texts.taxonomy),
    [`${BASE}data/methods.json`]: () => new Response(texts.methods),
    ...(withOverrides
      ? { [`${BASE}data/needs-overrides.json`]: () => new Response(texts.overrides) }
      : {}),
  });
}

/** The page's digest over the texts' bytes, as fetched. */
function digestOfTexts(texts: CatalogueTextFiles) {
  const encode = (text: string) => new TextEncoder().encode(text);
  return computeCatalogueDigest({
    taxonomy: encode(texts.taxonomy),
    methods: encode(texts.methods),
    overrides: encode(texts.overrides),
  });
}

/** The full check, run in this thread, counting its calls. */
function countingCheck() {
  const calls: unknown[] = [];
  const check = (raw: Parameters<typeof checkCatalogueData>[0]) => {
    calls.push(raw);
    return Promise.resolve(checkCatalogueData(raw));
  };
  return { calls, check };
}

/** What JSON.parse itself says about `text`. */
function parserReason(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadCatalogue()', () => {
  it('fetches the three files next to the page and builds the catalogue from them', async () => {
    const requested = serve({
      [`${BASE}data/taxonomy.json`]: json(taxonomyJson),
      [`${BASE}data/methods.json`]: json([
        makeRawMethod({ id: 'a' }),
        makeRawMethod({ id: 'b', cites: [{ id: 'a', basis: 'confirmed' }] }),
      ]),
      [`${BASE}data/needs-overrides.json`]: json([{ id: 'b', data: 'few', note: '16 shots' }]),
    });
    const loaded = await load();
    expect(requested.sort()).toEqual([
      `${BASE}data/methods.json`,
      `${BASE}data/needs-overrides.json`,
      `${BASE}data/taxonomy.json`,
    ]);
    expect(loaded.catalogue?.needsOf?.map((needs) => needs.data)).toEqual(['full', 'few']);
    expect(loaded.problems).toEqual([]);
    expect(loaded.entryCount).toBe(2);
    expect(loaded.catalogue?.methods.map((method) => method.id)).toEqual(['a', 'b']);
    expect(loaded.catalogue?.citedByOf).toEqual([[1], []]);
  });

  it('keeps the valid entries and lists the problems of the others', async () => {
    serve({
      [`${BASE}data/taxonomy.json`]: json(taxonomyJson),
      [`${BASE}data/methods.json`]: json([
        makeRawMethod({ id: 'a' }),
        makeRawMethod({ id: 'b', year: 1900 }),
      ]),
      [`${BASE}data/needs-overrides.json`]: json([]),
    });
    const loaded = await load();
    expect(loaded.problems.map(formatProblem)).toEqual([
      'data/methods.json, entry "b", field "year": must be 1950 or later',
    ]);
    expect(loaded.entryCount).toBe(2);
    expect(loaded.catalogue?.methods.map((method) => method.id)).toEqual(['a']);
  });

  it('gives no catalogue when the taxonomy is invalid', async () => {
    serve({
      [`${BASE}data/taxonomy.json`]: json({ ...taxonomyJson, paradigms: [] }),
      [`${BASE}data/methods.json`]: json([makeRawMethod({ id: 'a' })]),
      [`${BASE}data/needs-overrides.json`]: json([]),
    });
    const loaded = await load();
    expect(loaded.catalogue).toBeNull();
    expect(loaded.problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['data/taxonomy.json', 'paradigms'],
    ]);
  });

  it('opens the catalogue on the rule alone when the overrides file is missing, and says so', async () => {
    serve({
      [`${BASE}data/taxonomy.json`]: json(taxonomyJson),
      [`${BASE}data/methods.json`]: json([makeRawMethod({ id: 'a' })]),
    });
    const loaded = await load();
    expect(loaded.catalogue?.needsOf?.map((needs) => needs.access)).toEqual(['internals']);
    expect(loaded.problems.map(formatProblem)).toEqual([
      'data/needs-overrides.json: could not be loaded (HTTP 404)',
    ]);
  });

  it('reports a file the server does not have, with its HTTP status', async () => {
    serve({ [`${BASE}data/taxonomy.json`]: json(taxonomyJson) });
    expect(await load()).toEqual({
      catalogue: null,
      entryCount: 0,
      problems: [
        {
          file: 'data/methods.json',
          entry: '',
          field: '',
          message: 'could not be loaded (HTTP 404)',
        },
      ],
    });
  });

  it('reports a file that is not JSON, with the parser’s reason', async () => {
    serve({
      [`${BASE}data/taxonomy.json`]: () => new Response('{"paradigms": [', { status: 200 }),
      [`${BASE}data/methods.json`]: json([]),
    });
    const { catalogue, problems } = await load();
    expect(catalogue).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/taxonomy.json', entry: '', field: '' });
    expect(problems[0]!.message).toBe(`is not valid JSON (${parserReason('{"paradigms": [')})`);
  });

  it('reports both files when the network fails, with its reason', async () => {
    serve({
      [`${BASE}data/taxonomy.json`]: () => Promise.reject(new TypeError('Failed to fetch')),
      [`${BASE}data/methods.json`]: () => Promise.reject('offline'),
    });
    const { catalogue, problems } = await load();
    expect(catalogue).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'data/taxonomy.json: could not be loaded (Failed to fetch)',
      'data/methods.json: could not be loaded (offline)',
    ]);
  });

  it('only parses files whose digest is the one the build checked, and checks any other files', async () => {
    const texts = {
      taxonomy: JSON.stringify(taxonomyJson),
      // An entry the validator refuses: only the full check can notice it.
      methods: JSON.stringify([
        makeRawMethod({ id: 'a' }),
        { ...makeRawMethod({ id: 'b' }), year: 'soon' },
      ]),
      overrides: '[]',
    };
    serveTexts(texts);
    const { calls: checked, check } = countingCheck();
    const digest = await digestOfTexts(texts);
    // The page's digest over the fetched bytes is the build's over the joined texts.
    expect(digest).toBe(createHash('sha256').update(toDigestInput(texts), 'utf8').digest('hex'));

    const trusted = await load({ checkedDigest: digest, check });
    expect(checked).toHaveLength(0);
    expect(trusted.catalogue?.methods.map((m) => m.id)).toEqual(['a', 'b']);
    // Only the build's own files may be adopted over the page's first screen.
    expect(trusted.checkedByBuild).toBe(true);
    expect(trusted.problems).toEqual([]);

    const stale = await load({ checkedDigest: 'f'.repeat(64), check });
    expect(checked).toHaveLength(1);
    expect(stale.catalogue?.methods.map((m) => m.id)).toEqual(['a']);
    expect(stale.checkedByBuild).toBeUndefined();
    expect(stale.problems.map((p) => `${p.file} ${p.entry} ${p.field}`)).toEqual([
      'data/methods.json b year',
    ]);
  });

  describe('files the build checked', () => {
    const override = { id: 'a', data: 'few', note: 'Uses a handful of labels.' };
    const texts = {
      taxonomy: JSON.stringify(taxonomyJson),
      methods: JSON.stringify([makeRawMethod({ id: 'a' })]),
      overrides: JSON.stringify([override]),
    };
    const digestOf = () => digestOfTexts(texts);
    const serveAll = (withOverrides = true) => serveTexts(texts, withOverrides);

    it('applies the needs overrides when it only parses', async () => {
      serveAll();
      const { calls, check } = countingCheck();
      const trusted = await load({ checkedDigest: await digestOf(), check });
      expect(calls).toHaveLength(0);
      expect(trusted.catalogue?.needsOf?.[0]).toMatchObject({ data: 'few', override });
    });

    it('reads the digest the build wrote into the page when none is given', async () => {
      serveAll();
      const digest = await digestOf();
      vi.stubGlobal('document', {
        querySelector: (selector: string) =>
          selector === `meta[name="${CHECKED_DIGEST_META}"]` ? { content: digest } : null,
      });
      const { calls, check } = countingCheck();
      const trusted = await loadCatalogue(BASE, { check });
      expect(calls).toHaveLength(0);
      expect(trusted.checkedByBuild).toBe(true);
    });

    it('checks the files in full when one of them is missing, whatever the digest', async () => {
      serveAll(false);
      const { calls, check } = countingCheck();
      const loaded = await load({ checkedDigest: await digestOf(), check });
      expect(calls).toHaveLength(1);
      expect(loaded.checkedByBuild).toBeUndefined();
      expect(loaded.problems.map((problem) => problem.file)).toEqual(['data/needs-overrides.json']);
    });

    it('checks the files in full on plain http, where the page cannot take a digest', async () => {
      serveAll();
      const digest = await digestOf();
      vi.stubGlobal('crypto', {});
      expect(await digestOf()).toBeNull();
      const { calls, check } = countingCheck();
      const loaded = await load({ checkedDigest: digest, check });
      expect(calls).toHaveLength(1);
      expect(loaded.checkedByBuild).toBeUndefined();
    });
  });
});
