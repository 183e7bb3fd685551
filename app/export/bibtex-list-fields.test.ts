import { describe, expect, it } from 'vitest';
import { toCatalogueName, readBibtex } from '../testing/read-bibtex';
import { toBibtexAuthor, toBibtexAuthors, toBibtexListItem } from './bibtex-list-fields';

const readAuthors = (authors: readonly string[]) =>
  (
    readBibtex(`@misc{k,\n  author = {${toBibtexAuthors(authors)}}\n}\n`)[0]?.fields.author ?? []
  ).map(toCatalogueName);

describe('toBibtexAuthors()', () => {
  it('joins the catalogue\'s "Family, Given" names with " and "', () => {
    expect(toBibtexAuthors(['Jia, Menglin', 'Tang, Luming'])).toBe('Jia, Menglin and Tang, Luming');
  });

  it('keeps non-ASCII names as UTF-8 and they read back unchanged', () => {
    const authors = ['Surís, Dídac', 'Akyürek, Ekin', 'Schütze, Hinrich', 'Bińkowski, Mikołaj'];
    expect(toBibtexAuthors(authors)).toBe(authors.join(' and '));
    expect(readAuthors(authors)).toEqual([
      { family: 'Surís', given: 'Dídac' },
      { family: 'Akyürek', given: 'Ekin' },
      { family: 'Schütze', given: 'Hinrich' },
      { family: 'Bińkowski', given: 'Mikołaj' },
    ]);
  });

  it('reads family names with particles and suffixes back whole', () => {
    const authors = ['Le Bras, Ronan', 'Logan IV, Robert L.', 'van der Maaten, Laurens'];
    expect(readAuthors(authors)).toEqual([
      { family: 'Le Bras', given: 'Ronan' },
      { family: 'Logan IV', given: 'Robert L.' },
      { family: 'van der Maaten', given: 'Laurens' },
    ]);
  });

  it('braces a word "and" and a second comma so a name is not split', () => {
    expect(toBibtexAuthor('Smith AND Wesson, Jo, Jr')).toBe('Smith {AND} Wesson, Jo{,} Jr');
    expect(readAuthors(['Smith and Wesson, Jo, Jr'])).toEqual([
      { family: 'Smith and Wesson', given: 'Jo, Jr' },
    ]);
  });

  it('braces only the whole word "and", not names that contain it', () => {
    expect(toBibtexAuthor('Anderson, Brand')).toBe('Anderson, Brand');
    expect(toBibtexAuthor('Sandand, And')).toBe('Sandand, {And}');
  });

  it('braces a name with an empty family or given part whole, as one family name', () => {
    expect(toBibtexAuthor(', Plato')).toBe('{Plato}');
    expect(toBibtexAuthor('Plato, ')).toBe('{Plato}');
  });

  it('braces a name without a comma whole, and leaves out empty names', () => {
    expect(toBibtexAuthors(['OpenAI Team', ' , ', 'Doe, Jane'])).toBe(
      '{OpenAI Team} and Doe, Jane',
    );
    expect(readAuthors(['OpenAI Team'])).toEqual([{ family: 'OpenAI Team', given: '' }]);
  });

  it('escapes LaTeX specials in names', () => {
    expect(toBibtexAuthor('O_Brien & Co, J{o}')).toBe(
      'O\\_Brien \\& Co, J\\textbraceleft{}o\\textbraceright{}',
    );
  });
});

describe('toBibtexListItem()', () => {
  it('braces "and" and a lone "others" so biblatex keeps one publisher', () => {
    expect(toBibtexListItem('Ben and Jerry & Sons')).toBe('Ben {and} Jerry \\& Sons');
    expect(toBibtexListItem('others')).toBe('{others}');
    const publisher = readBibtex(
      `@misc{k,\n  publisher = {${toBibtexListItem('Ben and Jerry')}}\n}\n`,
    )[0]?.fields.publisher;
    expect(publisher).toEqual(['Ben and Jerry']);
  });
});
