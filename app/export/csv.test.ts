import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { formatCsv, listCsvColumns, toCsvCell } from './csv';

/** A small RFC 4180 reader for checking what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      index += 1;
    } else cell += character;
  }
  return rows;
}

describe('toCsvCell()', () => {
  it('leaves plain text alone', () => {
    expect(toCsvCell('Visual Prompt Tuning')).toBe('Visual Prompt Tuning');
  });

  it('quotes a cell holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(toCsvCell('Jia, Menglin')).toBe('"Jia, Menglin"');
    expect(toCsvCell('the "soft" prompt')).toBe('"the ""soft"" prompt"');
    expect(toCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(toCsvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises the formula %j with a leading apostrophe',
    (value) => {
      expect(readCsv(`${toCsvCell(value)}\r\n`)[0]?.[0]).toBe(`'${value}`);
    },
  );

  it('does not touch a formula character that is not first', () => {
    expect(toCsvCell('a=b')).toBe('a=b');
  });
});

describe('formatCsv()', () => {
  const cited = makeMethod({
    id: 'coop',
    name: 'CoOp',
    title: 'Learning to Prompt for Vision-Language Models',
    authors: ['Zhou, Kaiyang', 'Yang, Jingkang'],
    year: 2022,
    venue: 'IJCV',
    arxiv: '2109.01134',
    doi: '10.1007/s11263-022-01653-1',
    url: 'https://arxiv.org/abs/2109.01134',
    code: 'https://github.com/KaiyangZhou/CoOp',
    location: ['embedding', 'hidden'],
    modalities: ['vision', 'language'],
    summary: 'Learns "context" vectors,\nthen classifies.',
  });
  const citing = makeMethod({
    id: 'cocoop',
    summary: '=cmd|calc',
    cites: [{ id: 'coop', basis: 'confirmed' }],
  });
  const catalogue = makeTestCatalogue([cited, citing]);
  const columns = listCsvColumns(catalogue);

  it('writes a header row and one CRLF-ended record per method', () => {
    const text = formatCsv(catalogue.methods, catalogue);
    expect(text.startsWith(`${columns.join(',')}\r\n`)).toBe(true);
    expect(columns.join(',')).toBe(
      'id,name,title,authors,year,venue,paradigm,format,location,operator,alignment,modalities,scope,arxiv,doi,url,code,cited_by,summary',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').match(/\n/g)).toHaveLength(3);
    expect(text.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
  });

  it('reads back to the catalogue values, lists joined, citations counted', () => {
    const [header, coop, cocoop] = readCsv(formatCsv(catalogue.methods, catalogue));
    const record = Object.fromEntries(header!.map((column, index) => [column, coop![index]]));
    expect(record).toEqual({
      id: 'coop',
      name: 'CoOp',
      title: 'Learning to Prompt for Vision-Language Models',
      authors: 'Zhou, Kaiyang; Yang, Jingkang',
      year: '2022',
      venue: 'IJCV',
      paradigm: 'PT',
      format: 'learnable',
      location: 'embedding|hidden',
      operator: 'concatenative',
      alignment: 'identity',
      modalities: 'vision|language',
      scope: 'core',
      arxiv: '2109.01134',
      doi: '10.1007/s11263-022-01653-1',
      url: 'https://arxiv.org/abs/2109.01134',
      code: 'https://github.com/KaiyangZhou/CoOp',
      cited_by: '1',
      summary: 'Learns "context" vectors,\nthen classifies.',
    });
    expect(cocoop?.[columns.indexOf('cited_by')]).toBe('0');
    expect(cocoop?.[columns.indexOf('summary')]).toBe("'=cmd|calc");
    expect(cocoop?.[columns.indexOf('arxiv')]).toBe('');
  });

  it('leaves the cells of absent optional fields empty', () => {
    const bare = makeMethod({ id: 'bare', arxiv: undefined, doi: undefined, code: undefined });
    const [header, record] = readCsv(formatCsv([bare], makeTestCatalogue([bare])));
    const cells = Object.fromEntries(header!.map((column, index) => [column, record![index]]));
    expect([cells.arxiv, cells.doi, cells.code]).toEqual(['', '', '']);
  });

  it('counts citations within the whole catalogue even when exporting a subset', () => {
    const [, coop] = readCsv(formatCsv([cited], catalogue));
    expect(coop?.[columns.indexOf('cited_by')]).toBe('1');
  });

  it('refuses a method that is not in the catalogue', () => {
    expect(() => formatCsv([makeMethod({ id: 'stranger' })], catalogue)).toThrow(/stranger/);
  });
});
