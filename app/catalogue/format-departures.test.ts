import { describe, expect, it } from 'vitest';
import { format, resolveConfig } from 'prettier';
import methodsJson from '../../data/methods.json';
import taxonomyJson from '../../data/taxonomy.json';
import { makeMethod } from '../testing/make-method';
import type { Method } from './catalogue-types';
import { formatDepartureTable, formatMarkdownTable, listDepartureRows } from './format-departures';
import { validateCatalogue } from './validate-catalogue';

const fromAuthors = (id: string, name: string, departures: Method['labels']) =>
  makeMethod({ id, name, labels: departures });

const coop = fromAuthors('coop', 'CoOp', {
  source: 'authors',
  fit: 'exact',
  departures: [
    { field: 'alignment', authors: ['linear'], atlas: ['identity'], reason: 'Frozen text head.' },
    { field: 'location', authors: ['input'], atlas: ['embedding'], reason: 'Soft tokens.' },
  ],
});
const bar = fromAuthors('bar', 'BAR', {
  source: 'authors',
  fit: 'exact',
  departures: [
    {
      field: 'operator',
      authors: ['statistical', 'linear'],
      atlas: ['additive'],
      reason: 'Alignment words | in the operator cell.',
    },
  ],
});

async function formatWithPrettier(markdown: string): Promise<string> {
  const config = (await resolveConfig('data/README.md')) ?? {};
  return format(markdown, { ...config, parser: 'markdown' });
}

describe('listDepartureRows()', () => {
  it('lists one row per departure, by method name and then in taxonomy field order', () => {
    const rows = listDepartureRows([coop, bar]);
    expect(rows.map((row) => [row.method, row.field])).toEqual([
      ['BAR', 'operator'],
      ['CoOp', 'location'],
      ['CoOp', 'alignment'],
    ]);
    expect(rows[0]).toMatchObject({ authors: 'statistical, linear', atlas: 'additive' });
  });

  it("ignores Atlas's own labels and authors' labels kept as they are", () => {
    const atlas = makeMethod({
      id: 'tpt',
      labels: { source: 'atlas', fit: 'exact', note: 'A close call.' },
    });
    const kept = makeMethod({ id: 'ppt', labels: { source: 'authors', fit: 'exact' } });
    expect(listDepartureRows([atlas, kept])).toEqual([]);
  });

  it('adds the id when two departing methods share a name', () => {
    const one = { ...bar, id: 'evp-pixel', name: 'EVP' };
    const two = { ...bar, id: 'evp-segmentation', name: 'EVP' };
    expect(listDepartureRows([two, one]).map((row) => row.method)).toEqual([
      'EVP (evp-pixel)',
      'EVP (evp-segmentation)',
    ]);
  });
});

describe('formatDepartureTable()', () => {
  it('counts the departures and escapes pipes inside cells', () => {
    const text = formatDepartureTable([
      coop,
      bar,
      makeMethod({ id: 'ppt', labels: { source: 'authors', fit: 'exact' } }),
    ]);
    expect(text.split('\n')[0]).toBe("3 departures on 2 of the 3 papers from the authors' list.");
    expect(text).toContain('Alignment words \\| in the operator cell.');
  });

  it('says so when nothing departs', () => {
    expect(
      formatDepartureTable([
        makeMethod({ id: 'ppt', labels: { source: 'authors', fit: 'exact' } }),
      ]),
    ).toBe(
      "No departures: every one of the 1 papers from the authors' list keeps the authors' normalised labels.",
    );
  });

  it('prints a table that prettier leaves unchanged', async () => {
    const text = formatDepartureTable([coop, bar]);
    expect(await formatWithPrettier(`${text}\n`)).toBe(`${text}\n`);
  });

  it('prints the bundled catalogue table so that prettier leaves it unchanged', async () => {
    const { methods } = validateCatalogue(taxonomyJson, methodsJson);
    const text = formatDepartureTable(methods);
    expect(await formatWithPrettier(`${text}\n`)).toBe(`${text}\n`);
  });
});

describe('formatMarkdownTable()', () => {
  it('pads every column to its widest cell, at least three wide', () => {
    expect(formatMarkdownTable(['A', 'Long header'], [['S²IP-LLM', 'x']])).toBe(
      [
        '| A        | Long header |',
        '| -------- | ----------- |',
        '| S²IP-LLM | x           |',
      ].join('\n'),
    );
  });
});

describe('listDepartureRows() names and order', () => {
  it("adds no id when a method's namesake has no departures", () => {
    const plain = makeMethod({ id: 'bar-plain', name: 'BAR' });
    expect(listDepartureRows([bar, plain]).map((row) => row.method)).toEqual(['BAR']);
  });

  it('orders names without regard to case, then by id', () => {
    const lower = { ...bar, id: 'z-lower', name: 'evp' };
    const upper = { ...bar, id: 'a-upper', name: 'EVP' };
    expect(listDepartureRows([lower, upper]).map((row) => row.id)).toEqual(['a-upper', 'z-lower']);
  });
});

describe('formatDepartureTable() count line', () => {
  it('says "departure" for one', () => {
    const one = fromAuthors('one', 'One', {
      source: 'authors',
      fit: 'exact',
      departures: [{ field: 'paradigm', authors: ['PT'], atlas: ['PI'], reason: 'Fixed.' }],
    });
    expect(formatDepartureTable([one]).split('\n')[0]).toBe(
      "1 departure on 1 of the 1 papers from the authors' list.",
    );
  });
});

describe('formatMarkdownTable() cells', () => {
  it('puts a cell on one line, trimmed, and gives a short row empty cells', () => {
    expect(formatMarkdownTable(['Name', 'Note'], [['  two\n  lines  '], ['x', 'y']])).toBe(
      [
        '| Name      | Note |',
        '| --------- | ---- |',
        '| two lines |      |',
        '| x         | y    |',
      ].join('\n'),
    );
  });

  it('counts a combining accent as no width and a wide character as two', () => {
    expect(formatMarkdownTable(['Cafe\u0301', '漢'], [['a', 'b']])).toBe(
      ['| Cafe\u0301 | 漢  |', '| ---- | --- |', '| a    | b   |'].join('\n'),
    );
  });
});
