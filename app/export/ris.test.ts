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
