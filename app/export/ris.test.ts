import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { getBibtexKeys } from './bibtex-key';
import { formatRis } from './ris';

const long = makeMethod({
  id: 'long',
  title: 'A Title Long Enough That citation-js Would Break It Somewhere In The Middle Of A Word',
  authors: ['Van Gool, Luc', 'Doe, Jane'],
  year: 2021,
  venue: 'ICLR',
  doi: '10.5555/long',
  location: ['embedding', 'hidden'],
});
const preprint = makeMethod({ id: 'pre', venue: 'arXiv', doi: undefined, arxiv: '2101.00001' });
const catalogue = makeTestCatalogue([long, preprint]);

interface CslBack {
  id: string;
  type: string;
  title: string;
  author: { family: string; given: string }[];
  DOI?: string;
  keyword?: string;
}

describe('formatRis()', () => {
  it('writes one record per method, each value on its own tag line', () => {
    const text = formatRis([long, preprint], catalogue);
    expect(text.match(/^TY {2}- /gm)).toEqual(['TY  - ', 'TY  - ']);
    expect(text).toContain(`TI  - ${long.title}\n`);
    expect(text.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-/.test(line))).toBe(
      true,
    );
    expect(text).toContain('KW  - location:hidden\n');
    expect(text.endsWith('\n')).toBe(true);
    expect(formatRis([], catalogue)).toBe('');
  });

  it('reads back through citation-js with the BibTeX keys, titles, authors and DOI', () => {
    const back = new Cite(formatRis([long, preprint], catalogue)).format('data', {
      format: 'object',
    }) as CslBack[];
    const keys = getBibtexKeys(catalogue);
    expect(back.map((item) => item.id)).toEqual([keys.get('long'), keys.get('pre')]);
    expect(back[0]!.title).toBe(long.title);
    expect(back[0]!.type).toBe('paper-conference');
    expect(back[1]!.type).not.toBe('paper-conference');
    expect(back[0]!.author.map((a) => `${a.family}, ${a.given}`)).toEqual(long.authors);
    expect(back[0]!.DOI).toBe('10.5555/long');
  });
});

describe('formatRis() on one short record', () => {
  it('writes the tags citation-js gives a journal paper, in its order, ending with ER and a newline', () => {
    const paper = makeMethod({
      id: 'short',
      title: 'Short',
      authors: ['Doe, Jane', 'OpenAI'],
      year: 2022,
      venue: 'TMLR',
      doi: '10.5555/short',
      url: 'https://example.org/short',
      pages: '1--9',
      location: ['input'],
      operator: ['additive'],
      summary: 'Adds a frame.',
    });
    expect(formatRis([paper], makeTestCatalogue([paper]))).toBe(
      [
        'TY  - JOUR',
        'AB  - Adds a frame.',
        'AU  - Doe, Jane',
        'AU  - OpenAI',
        'DA  - 2022///',
        'PY  - 2022',
        'DO  - 10.5555/short',
        'ID  - doe2022short',
        'KW  - paradigm:PT',
        'KW  - format:learnable',
        'KW  - location:input',
        'KW  - operator:additive',
        'KW  - alignment:identity',
        'KW  - modality:language',
        'SP  - 1--9',
        'T2  - Transactions on Machine Learning Research',
        'TI  - Short',
        'UR  - https://example.org/short',
        'ER  - ',
        '',
      ].join('\n'),
    );
  });
});

describe('formatRis() values with line breaks', () => {
  const valueOf = (text: string, tag: string) =>
    text
      .split('\n')
      .filter((line) => line.startsWith(`${tag}  - `))
      .map((line) => line.slice(6));
  const isTagLine = (line: string) => /^[A-Z][A-Z0-9] {2}- /.test(line) || line === 'ER  - ';

  it('turns a line break inside a title or summary into a space', () => {
    const method = makeMethod({
      id: 'broken',
      title: 'Two\nLines',
      summary: 'First paragraph.\n\nSecond\r\nparagraph.',
    });
    const text = formatRis([method], makeTestCatalogue([method]));
    expect(valueOf(text, 'TI')).toEqual(['Two Lines']);
    expect(valueOf(text, 'AB')).toEqual(['First paragraph. Second paragraph.']);
    expect(text.split('\n').slice(0, -1).every(isTagLine)).toBe(true);
  });

  it.each([70, 140])(
    'joins a %i-character value, which citation-js wraps exactly, without a blank line',
    (length) => {
      const method = makeMethod({ id: 'full', summary: 'x'.repeat(length) });
      const text = formatRis([method], makeTestCatalogue([method]));
      expect(valueOf(text, 'AB')).toEqual(['x'.repeat(length)]);
      expect(text).not.toContain('\n\n');
      expect(text.split('\n').slice(0, -1).every(isTagLine)).toBe(true);
    },
  );
});
