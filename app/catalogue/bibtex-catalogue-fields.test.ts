import { describe, expect, it } from 'vitest';
import { loadTestTaxonomy } from '../testing/make-method';
import { toCatalogueDraft } from './bibtex-catalogue';
import { ID_PATTERN } from './method-schema';
import { readBibtexRecords } from './read-bibtex-records';

/** The draft of a BibTeX text, dated 2027-01-02, with or without the bundled taxonomy. */
function draftOf(text: string, withTaxonomy = false) {
  const { records, problems } = readBibtexRecords(text, 'mine.bib');
  expect(problems).toEqual([]);
  const draft = toCatalogueDraft(
    records,
    'mine.bib',
    withTaxonomy ? loadTestTaxonomy() : undefined,
    '2027-01-02',
  );
  return { ...draft, methods: draft.methods as Record<string, unknown>[] };
}

const notesOf = (draft: ReturnType<typeof draftOf>) =>
  draft.notes.map((note) => `${note.entry} ${note.field}: ${note.message}`);

const labelled = 'keywords = {paradigm:PT, location:input, operator:additive}';

describe('toCatalogueDraft() method fields', () => {
  it('takes every field a method needs from a full entry', () => {
    const draft = draftOf(`@article{vinod2025,
  title = {Reprogramming Language Models for Molecules},
  author = {van der Maaten, Laurens and Logan, IV, Robert},
  journal = {Digital Discovery},
  year = {2025},
  volume = {4}, number = {6}, pages = {1591--1601}, publisher = {Royal Society},
  doi = {https://doi.org/10.1039/d5dd00001a},
  abstract = {  Reprograms a language model.  },
  keywords = {paradigm:MR, modality:language, location:input, operator:additive, fit:nearest, scope:boundary}
}`);
    expect(draft.methods).toEqual([
      {
        id: 'vinod2025',
        name: 'vinod2025',
        title: 'Reprogramming Language Models for Molecules',
        authors: ['van der Maaten, Laurens', 'Logan, Robert, IV'],
        year: 2025,
        venue: 'Digital Discovery',
        doi: '10.1039/d5dd00001a',
        url: 'https://doi.org/10.1039/d5dd00001a',
        // The parser reads "--" as the en dash it stands for.
        pages: '1591\u20131601',
        volume: '4',
        number: '6',
        publisher: 'Royal Society',
        paradigm: 'MR',
        modalities: ['language'],
        location: ['input'],
        operator: ['additive'],
        labels: { source: 'authors', fit: 'nearest' },
        added: '2027-01-02',
        summary: 'Reprograms a language model.',
        cites: [],
        scope: 'boundary',
      },
    ]);
    expect(draft.notes).toEqual([]);
  });

  it('names a method by its short title, else the part of the title before a colon, else its key', () => {
    const draft =
      draftOf(`@misc{a, title = {Long Title}, shorttitle = {LT}, year = {2021}, ${labelled}}
@misc{b, title = {CoOp: Learning to Prompt}, year = {2021}, ${labelled}}
@misc{c, title = {A Title Whose Part Before The Colon Runs Long: Yes}, year = {2021}, ${labelled}}
@misc{d, title = {No Colon Here}, year = {2021}, ${labelled}}`);
    expect(draft.methods.map((method) => method.name)).toEqual(['LT', 'CoOp', 'c', 'd']);
  });

  it('reads the year from the date when there is no year, and keeps a malformed year as written', () => {
    const draft = draftOf(`@misc{a, title = {A}, date = {2021-05-01}, ${labelled}}
@misc{b, title = {B}, year = {21}, ${labelled}}`);
    expect(draft.methods.map((method) => method.year)).toEqual([2021, '21']);
  });

  it('keeps a year with more than four digits as written, and leaves out a year never given', () => {
    const draft = draftOf(`@misc{a, title = {A}, year = {c2021}, ${labelled}}
@misc{b, title = {B}, year = {2021a}, ${labelled}}
@misc{c, title = {C}, ${labelled}}`);
    expect(draft.methods.map((method) => method.year)).toEqual(['c2021', '2021a', undefined]);
  });

  it('drops a version of two digits from an arXiv id', () => {
    const draft = draftOf(
      `@misc{a, title = {A}, year = {2021}, eprint = {2101.00001v12}, archivePrefix = {arXiv}, ${labelled}}`,
    );
    expect(draft.methods[0]!.arxiv).toBe('2101.00001');
  });

  it('cleans arXiv ids and DOIs and links to the DOI, else the arXiv page', () => {
    const draft =
      draftOf(`@misc{a, title = {A}, year = {2021}, eprint = {arXiv:2101.00001v3}, archivePrefix = {arXiv}, ${labelled}}
@misc{b, title = {B}, year = {2021}, eprint = {2101.00002}, doi = {http://dx.doi.org/10.1/b}, ${labelled}}
@misc{c, title = {C}, year = {2021}, eprint = {hal-01234}, archivePrefix = {HAL}, url = {https://hal.example/c}, ${labelled}}`);
    expect(
      draft.methods.map((method) => [method.arxiv, method.doi, method.url, method.venue]),
    ).toEqual([
      ['2101.00001', undefined, 'https://arxiv.org/abs/2101.00001', 'arXiv'],
      ['2101.00002', '10.1/b', 'https://doi.org/10.1/b', undefined],
      [undefined, undefined, 'https://hal.example/c', undefined],
    ]);
  });

  it('leaves out the fields an entry does not give, rather than writing them empty', () => {
    const draft = draftOf(
      `@misc{a, title = {A}, abstract = {S.}, year = {2021}, keywords = {paradigm:PT, location:input}}`,
      true,
    );
    expect(Object.keys(draft.methods[0]!).sort()).toEqual([
      'added',
      'authors',
      'cites',
      'id',
      'labels',
      'location',
      'name',
      'paradigm',
      'scope',
      'summary',
      'title',
      'year',
    ]);
  });

  it('keeps the first of several paradigms and says so', () => {
    const draft = draftOf(
      `@misc{a, title = {A}, year = {2021}, keywords = {paradigm:PT, paradigm:MR, location:input}}`,
    );
    expect(draft.methods[0]!.paradigm).toBe('MR');
    expect(notesOf(draft)).toContain('a (line 1) keywords: paradigm: only "MR" kept');
  });

  it('falls back to the annotation, then the title, for the summary', () => {
    const draft = draftOf(`@misc{a, title = {A}, year = {2021}, annotation = {Noted.}, ${labelled}}
@misc{b, title = {B}, year = {2021}, ${labelled}}`);
    expect(draft.methods.map((method) => method.summary)).toEqual(['Noted.', 'B']);
    expect(notesOf(draft)).toEqual([
      'b (line 2) abstract: missing: the title stands in as the summary',
    ]);
  });

  it('resolves cites: to the cited entry id and reports a cite of an entry the file lacks', () => {
    const draft = draftOf(`@misc{Old-One, title = {Old}, year = {2020}, ${labelled}}
@misc{new, title = {New}, year = {2021}, abstract = {N.}, keywords = {paradigm:PT, location:input, cites:Old-One, cites:ghost}}`);
    expect(draft.methods[1]!.cites).toEqual([{ id: 'old-one', basis: 'confirmed' }]);
    expect(notesOf(draft)).toContain(
      'new (line 2) keywords: cites:ghost names no entry of this file',
    );
  });

  it('reports authors without a given name by name', () => {
    const draft = draftOf(
      `@misc{a, title = {A}, abstract = {S.}, year = {2021}, author = {Plato and {OpenAI} and Doe, Jane}, ${labelled}}`,
    );
    expect(draft.methods[0]!.authors).toEqual(['Doe, Jane']);
    expect(notesOf(draft)).toEqual([
      'a (line 1) author: "Plato" left out: no given name',
      'a (line 1) author: "OpenAI" left out: no given name',
    ]);
  });
});

describe('toCatalogueDraft() ids', () => {
  it('turns citation keys into unique lowercase slugs and says which it changed', () => {
    const draft =
      draftOf(`@misc{Müller:2021, title = {A}, abstract = {S.}, year = {2021}, ${labelled}}
@misc{muller-2021, title = {B}, abstract = {S.}, year = {2021}, ${labelled}}
@misc{MULLER_2021, title = {C}, abstract = {S.}, year = {2021}, ${labelled}}
@misc{__, title = {D}, abstract = {S.}, year = {2021}, ${labelled}}`);
    expect(draft.methods.map((method) => method.id)).toEqual([
      'muller-2021',
      'muller-2021-2',
      'muller-2021-3',
      'entry',
    ]);
    expect(notesOf(draft)).toEqual([
      'Müller:2021 (line 1) key: used as id "muller-2021"',
      'muller-2021 (line 2) key: used as id "muller-2021-2"',
      'MULLER_2021 (line 3) key: used as id "muller-2021-3"',
      '__ (line 4) key: used as id "entry"',
    ]);
    expect(draft.entryOf.get('muller-2021-2')).toBe('muller-2021 (line 2)');
  });

  it('numbers keys with no letter or digit of their own after the first "entry"', () => {
    const draft = draftOf(`@misc{日本, title = {A}, abstract = {S.}, year = {2021}, ${labelled}}
@misc{中国, title = {B}, abstract = {S.}, year = {2021}, ${labelled}}
@misc{2021, title = {C}, abstract = {S.}, year = {2021}, ${labelled}}`);
    expect(draft.methods.map((method) => method.id)).toEqual(['entry', 'entry-2', '2021']);
    for (const method of draft.methods) expect(method.id).toMatch(ID_PATTERN);
  });
});

describe('toCatalogueDraft() keywords', () => {
  it('reads prefixes in any case and spacing, once per value, and reports plain keywords', () => {
    const draft = draftOf(
      `@misc{a, title = {A}, abstract = {S.}, year = {2021}, keywords = {Paradigm : PT, LOCATION:input, location:input, vision, tuning}}`,
    );
    expect(draft.methods[0]).toMatchObject({ paradigm: 'PT', location: ['input'] });
    expect(notesOf(draft)).toEqual([
      'a (line 1) keywords: "tuning", "vision" ignored: not written as dimension:value',
    ]);
  });

  it('asks for slug values when it infers the taxonomy', () => {
    const draft = draftOf(
      `@misc{a, title = {A}, abstract = {S.}, year = {2021}, keywords = {paradigm:PT, location:Input Layer}}`,
    );
    expect(notesOf(draft)).toEqual([
      'a (line 1) keywords: location: values must be lowercase slugs like "rule-based"',
    ]);
  });

  it('asks for slug values when only one of several is not a slug', () => {
    const draft = draftOf(
      `@misc{a, title = {A}, abstract = {S.}, year = {2021}, keywords = {paradigm:PT, location:input, location:Input Layer}}`,
    );
    expect(notesOf(draft)).toEqual([
      'a (line 1) keywords: location: values must be lowercase slugs like "rule-based"',
    ]);
  });

  it('splits keywords given as one text at commas and semicolons', () => {
    const record = {
      key: 'a',
      type: 'misc',
      line: undefined,
      fields: {
        title: 'A',
        year: '2021',
        keywords: 'paradigm:PT; location:input,operator:additive; tuning',
      },
    };
    const draft = toCatalogueDraft([record], 'mine.bib', undefined, '2027-01-02');
    expect(draft.methods[0]).toMatchObject({
      paradigm: 'PT',
      location: ['input'],
      operator: ['additive'],
    });
    // A record whose line is not known is named by its key alone.
    expect(draft.notes.map((note) => `${note.entry} ${note.field}`)).toContain('a keywords');
  });

  it('checks labels and venues against a given taxonomy, keeping its scope as the default', () => {
    const draft = draftOf(
      `@inproceedings{a, title = {A}, abstract = {S.}, year = {2021}, booktitle = {International Conference on Learning Representations}, keywords = {paradigm:PT, location:input, shape:round}}
@inproceedings{b, title = {B}, abstract = {S.}, year = {2021}, booktitle = {Nowhere Symposium}, keywords = {paradigm:PT, location:input, venue:ECCV}}
@inproceedings{c, title = {C}, abstract = {S.}, year = {2021}, booktitle = {Nowhere Symposium}, keywords = {paradigm:PT, location:input}}`,
      true,
    );
    expect(draft.methods.map((method) => [method.venue, method.scope])).toEqual([
      ['ICLR', 'core'],
      ['ECCV', 'core'],
      [undefined, 'core'],
    ]);
    expect(notesOf(draft)).toEqual([
      'a (line 1) keywords: "shape:round" names no dimension of the taxonomy',
      'c (line 3) venue: "Nowhere Symposium" is not a venue of the taxonomy',
    ]);
    expect(draft.inferred).toBe(false);
  });
});

/** The parts of an inferred taxonomy these tests read. */
interface InferredTaxonomy {
  paradigms: { code: string; name: string; definition: string }[];
  dimensions: {
    key: string;
    name: string;
    symbol: string;
    question: string;
    values: { value: string; name: string; code: string; definition: string }[];
  }[];
  modalities: { value: string; name: string; definition: string }[];
  scopes: { value: string; name: string }[];
  venues: { code: string; name: string; kind: string }[];
}

describe('toCatalogueDraft() inferred taxonomy', () => {
  // Built inside each test (never once for the block), so Stryker's per-test coverage ties
  // the taxonomy's code to the tests that check it.
  const inferTaxonomy = () =>
    draftOf(`@inproceedings{a, title = {A}, abstract = {S.}, year = {2021},
  booktitle = {International Workshop on Prompting Large Language Models at Scale},
  keywords = {paradigm:PT, modality:vision, scope:core, input-site:in, input-site:inner-layer, input-site:i-n}}
@article{b, title = {B}, abstract = {S.}, year = {2022}, journal = {arXiv preprint arXiv:2201.00001},
  keywords = {paradigm:MR, modality:graph, input-site:in}}
@inproceedings{c, title = {C}, abstract = {S.}, year = {2022},
  booktitle = {the proceedings of a very long workshop with no capital letters in it},
  keywords = {paradigm:PT, scope:boundary, input-site:in}}`).taxonomy as InferredTaxonomy;

  it('makes each non-reserved prefix a dimension, with short unique codes', () => {
    const taxonomy = inferTaxonomy();
    expect(taxonomy.dimensions).toEqual([
      {
        key: 'input-site',
        name: 'Input site',
        symbol: 'I',
        question: 'Which input site does the method use? (Inferred from the keywords of mine.bib.)',
        // One entry's keywords come from the parser sorted, so "i-n" is seen first.
        values: [
          {
            value: 'i-n',
            name: 'I n',
            code: 'IN',
            definition: 'Inferred from the keywords of mine.bib. Tagged input-site:i-n.',
          },
          {
            value: 'in',
            name: 'In',
            code: 'IN2',
            definition: 'Inferred from the keywords of mine.bib. Tagged input-site:in.',
          },
          {
            value: 'inner-layer',
            name: 'Inner layer',
            code: 'INN',
            definition: 'Inferred from the keywords of mine.bib. Tagged input-site:inner-layer.',
          },
        ],
      },
    ]);
  });

  it('lists paradigms, modalities and scopes in the order first seen', () => {
    const taxonomy = inferTaxonomy();
    expect(taxonomy.paradigms).toEqual([
      {
        code: 'PT',
        name: 'PT',
        definition: 'Inferred from the keywords of mine.bib. Tagged paradigm:PT.',
      },
      {
        code: 'MR',
        name: 'MR',
        definition: 'Inferred from the keywords of mine.bib. Tagged paradigm:MR.',
      },
    ]);
    expect(taxonomy.modalities.map((modality) => [modality.value, modality.name])).toEqual([
      ['vision', 'Vision'],
      ['graph', 'Graph'],
    ]);
    expect(taxonomy.scopes.map((scope) => scope.value)).toEqual(['core', 'boundary']);
  });

  it('names venues: initials for a long capitalised name, the start of a long plain one, arXiv as a preprint', () => {
    const taxonomy = inferTaxonomy();
    expect(taxonomy.venues).toEqual([
      {
        code: 'IWPLLMS',
        name: 'International Workshop on Prompting Large Language Models at Scale',
        kind: 'conference',
      },
      {
        code: 'arXiv preprint arXiv:2201.00001',
        name: 'arXiv preprint arXiv:2201.00001',
        kind: 'preprint',
      },
      {
        code: 'the proceedings of a very long workshop ',
        name: 'the proceedings of a very long workshop with no capital letters in it',
        kind: 'conference',
      },
    ]);
  });

  it('tells journals from conferences by entry type, and keeps the first name given for a venue code', () => {
    const venuesOf = (text: string) =>
      (draftOf(text).taxonomy as InferredTaxonomy).venues.map((venue) => [
        venue.code,
        venue.name,
        venue.kind,
      ]);
    expect(
      venuesOf(`@article{a, title = {A}, abstract = {S.}, year = {2021}, journal = {Nature}, ${labelled}}
@conference{b, title = {B}, abstract = {S.}, year = {2021}, booktitle = {ICLR}, ${labelled}}
@misc{c, title = {C}, abstract = {S.}, year = {2021}, booktitle = {A Talk}, ${labelled}}
@inproceedings{d, title = {D}, abstract = {S.}, year = {2021}, booktitle = {The Second Name}, keywords = {paradigm:PT, location:input, venue:ICLR}}
@inproceedings{e, title = {E}, abstract = {S.}, year = {2021}, booktitle = {Neural Information Processing Systems}, keywords = {paradigm:PT, location:input, venue:NeurIPS}}
@inproceedings{f, title = {F}, abstract = {S.}, year = {2021}, booktitle = {A Workshop Name Of Exactly Forty Letters}, ${labelled}}`),
    ).toEqual([
      ['Nature', 'Nature', 'journal'],
      ['ICLR', 'ICLR', 'conference'],
      ['A Talk', 'A Talk', 'preprint'],
      // A code given as a keyword keeps the booktitle as the venue's name.
      ['NeurIPS', 'Neural Information Processing Systems', 'conference'],
      // Forty characters are still short enough to serve as the code.
      [
        'A Workshop Name Of Exactly Forty Letters',
        'A Workshop Name Of Exactly Forty Letters',
        'conference',
      ],
    ]);
  });

  it('gives an inferred taxonomy without scope keywords the one scope "core"', () => {
    const bare = draftOf(
      `@misc{a, title = {A}, abstract = {S.}, year = {2021}, keywords = {paradigm:PT, location:input}}`,
    );
    expect((bare.taxonomy as { scopes: unknown[] }).scopes).toEqual([
      { value: 'core', name: 'Core', definition: 'Inferred from the keywords of mine.bib.' },
    ]);
    expect(bare.methods[0]!.scope).toBe('core');
  });
});
