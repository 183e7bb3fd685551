import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import { makeRawMethod } from '../testing/make-method';
import { formatProblem } from './catalogue-problem';
import { RESERVED_KEYS, STORED_FIELDS } from './catalogue-types';
import { isIsoDate } from './iso-date';
import { makeMethodSchema } from './method-schema';
import { taxonomySchema } from './taxonomy-schema';
import { validateCatalogue } from './validate-catalogue';

/** The problems of one entry, as the validator prints them, without the file and entry. */
const problemsOf = (entry: unknown) =>
  validateCatalogue(taxonomyJson, [entry]).problems.map((problem) =>
    formatProblem({ ...problem, file: '', entry: '' }).replace(/^, /, ''),
  );

describe('makeMethodSchema() messages', () => {
  it('says what an id, a year, an arXiv id and a DOI must look like', () => {
    expect(problemsOf(makeRawMethod({ id: 'Bad_Id', doi: '10.5555/x' }))).toEqual([
      'field "id": must be a lowercase slug like "vpt" or "p-tuning-v2"; got "Bad_Id"',
    ]);
    expect(problemsOf(makeRawMethod({ id: 'a', year: 2022.5 }))).toEqual([
      'field "year": must be a whole year; got 2022.5',
    ]);
    expect(problemsOf(makeRawMethod({ id: 'a', year: 2101 }))).toEqual([
      'field "year": must be 2100 or earlier',
    ]);
    expect(problemsOf(makeRawMethod({ id: 'a', arxiv: '22.1', doi: 'x/1' }))).toEqual([
      'field "arxiv": must be an arXiv identifier like "2203.12119"; got "22.1"',
      'field "doi": must be a DOI like "10.1007/s11263-022-01653-1"; got "x/1"',
    ]);
  });

  it('asks for at least one author', () => {
    expect(problemsOf(makeRawMethod({ id: 'a', authors: [] }))).toEqual([
      'field "authors": must list at least one author',
    ]);
  });

  it('lists the allowed values of each vocabulary and says where they come from', () => {
    expect(
      problemsOf(
        makeRawMethod({
          id: 'a',
          venue: 'Nowhere',
          paradigm: 'XX',
          modalities: ['smell'],
          format: ['x'],
          operator: ['y'],
          alignment: ['z'],
          scope: 'w',
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^field "venue": must be one of "NeurIPS", .* \(venues in data\/taxonomy\.json\); got "Nowhere"$/,
      ),
      'field "paradigm": must be one of "MR", "PT", "PI" (paradigms in data/taxonomy.json); got "XX"',
      expect.stringMatching(
        /^field "modalities\[0\]": must be one of "vision", .* \(modalities in data\/taxonomy\.json\); got "smell"$/,
      ),
      'field "format[0]": must be one of "fixed", "learnable" (format values); got "x"',
      'field "operator[0]": must be one of "additive", "concatenative", "parametric" (operator values); got "y"',
      'field "alignment[0]": must be one of "identity", "rule-based", "statistical", "linear" (alignment values); got "z"',
      'field "scope": must be one of "core", "boundary" (scopes in data/taxonomy.json); got "w"',
    ]);
  });

  it('wants each value list to hold a value, and no value twice', () => {
    expect(
      problemsOf(makeRawMethod({ id: 'a', location: [], modalities: ['vision', 'vision'] })),
    ).toEqual([
      'field "modalities": must not repeat a value',
      'field "location": must hold at least one value',
    ]);
  });

  it('asks where the labels come from', () => {
    expect(problemsOf({ ...makeRawMethod({ id: 'a' }), labels: { fit: 'exact' } })).toEqual([
      'field "labels.source": must say where the labels come from: source "authors" or "atlas"; got {"fit":"exact"}',
    ]);
  });

  it('says what a cite needs', () => {
    expect(
      problemsOf(
        makeRawMethod({ id: 'a', cites: [{ id: 'Not Id', basis: 'maybe' as 'recalled' }] }),
      ),
    ).toEqual([
      'field "cites[0].id": must be the id of a catalogue method; got "Not Id"',
      'field "cites[0].basis": must be "confirmed" (seen in the citing paper) or "recalled"; got "maybe"',
    ]);
  });
});

describe('STORED_FIELDS', () => {
  it('names every field the method schema accepts besides the dimensions, once', () => {
    const taxonomy = taxonomySchema.parse(taxonomyJson);
    const dimensionKeys = taxonomy.dimensions.map((dimension) => dimension.key);
    const accepted = Object.keys(makeMethodSchema(taxonomy).shape).filter(
      (field) => !dimensionKeys.includes(field),
    );
    expect([...STORED_FIELDS].sort()).toEqual(accepted.sort());
    expect(new Set(STORED_FIELDS).size).toBe(STORED_FIELDS.length);
  });

  it('are all reserved, so no dimension key can be a method field', () => {
    const reserved: readonly string[] = RESERVED_KEYS;
    expect(STORED_FIELDS.filter((field) => !reserved.includes(field))).toEqual([]);
  });
});

describe('isIsoDate()', () => {
  it('accepts a real calendar date written YYYY-MM-DD, and nothing else', () => {
    expect(isIsoDate('2026-12-04')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate('2026-12-04T00:00')).toBe(false);
  });
});
