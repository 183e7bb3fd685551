import { describe, expect, it } from 'vitest';
import { readBibtexRecords } from './read-bibtex-records';

describe('readBibtexRecords()', () => {
  it('gives each entry its key, lowercase type and line, a repeated entry included', () => {
    const text = '@misc{a, title={A}}\n\n@INPROCEEDINGS{b, title={B}}\n@misc{a, title={A}}\n';
    const { records, problems } = readBibtexRecords(text, 'refs.bib');
    expect(problems).toEqual([]);
    expect(records.map((record) => [record.key, record.type, record.line])).toEqual([
      ['a', 'misc', 1],
      ['b', 'inproceedings', 3],
      ['a', 'misc', 4],
    ]);
    expect(records[1]!.fields).toEqual({ title: 'B' });
  });

  it('gives two identical entries in a row a line each', () => {
    const { records } = readBibtexRecords('@misc{a, title={A}}\n@misc{a, title={A}}\n', 'refs.bib');
    expect(records.map((record) => record.line)).toEqual([1, 2]);
  });

  it('reports an entry the parser could not close, on one line, and keeps the others', () => {
    const text = '@misc{good, title={A}}\n\n@misc{broken, title = {B\n@misc{later, title={C}}\n';
    const { records, problems } = readBibtexRecords(text, 'refs.bib');
    expect(records.map((record) => record.key)).toEqual(['good', 'later']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'refs.bib', entry: 'broken', field: '' });
    // The parser quotes the value it gave up on, its line break written as \n.
    expect(problems[0]!.message).toMatch(/^Unterminated brace-value "B\\n@misc\{later/);
    expect(problems[0]!.message).not.toMatch(/\n|\s{2}|^\s|\s$/);
  });
});
