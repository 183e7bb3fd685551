import { describe, expect, it } from 'vitest';
import { makeFixtureCatalogue } from '../testing/fixture-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { loadExampleCatalogue } from '../testing/example-catalogue';
import {
  getTableColumns,
  isColumnId,
  isHideableColumn,
  isOptionalColumn,
  toTableColumn,
  type ColumnId,
  type TableColumn,
} from './table-columns';

const catalogue = makeFixtureCatalogue();
const position = (id: string) => catalogue.indexOf.get(id)!;

/** The text a text column orders a method by. */
const textOf = (column: ColumnId, method: Parameters<typeof makeMethod>[0]) => {
  const order = toTableColumn(catalogue, column)!.order;
  if (order.by !== 'text') throw new Error(`${column} is not ordered by text`);
  return order.text(makeMethod(method));
};
/** The number a number column orders a method of `within` by. */
const numberOf = (column: ColumnId, within: typeof catalogue, at: number) => {
  const order = toTableColumn(catalogue, column)!.order;
  if (order.by !== 'number') throw new Error(`${column} is not ordered by a number`);
  return order.number(within, at);
};

const TABLE_COLUMNS = getTableColumns(catalogue);

describe('getTableColumns()', () => {
  it("puts another taxonomy's dimensions in the middle, and no needs column it cannot fill", () => {
    expect(getTableColumns(loadExampleCatalogue()).map((column) => column.id)).toEqual([
      'name',
      'title',
      'authors',
      'year',
      'venue',
      'paradigm',
      'search',
      'form',
      'citedBy',
      'summary',
      'tasks',
      'code',
    ]);
  });

  it('lists the columns in display order, each id once', () => {
    expect(TABLE_COLUMNS.map((column) => column.id)).toEqual([
      'name',
      'title',
      'authors',
      'year',
      'venue',
      'paradigm',
      'format',
      'location',
      'operator',
      'alignment',
      'citedBy',
      'summary',
      'tasks',
      'code',
      'needs',
    ]);
  });

  it('orders the dimension columns by their vocabulary, ascending first, and lets them be hidden', () => {
    const location: TableColumn | undefined = toTableColumn(catalogue, 'location');
    expect(location).toEqual({
      id: 'location',
      noun: 'location',
      hideable: true,
      optional: false,
      descFirst: false,
      order: { by: 'vocabulary', key: 'location' },
    });
  });
});

describe('the text columns', () => {
  it('read the name, title, first author, venue and summary', () => {
    const method = {
      id: 'm',
      name: 'Name M',
      title: 'Title M',
      authors: ['Second, B', 'Third, C'],
      venue: 'CVPR',
      summary: 'Summary M.',
    };
    expect(textOf('name', method)).toBe('Name M');
    expect(textOf('title', method)).toBe('Title M');
    expect(textOf('authors', method)).toBe('Second, B');
    expect(textOf('venue', method)).toBe('CVPR');
    expect(textOf('summary', method)).toBe('Summary M.');
  });

  it('read no author as empty text', () => {
    expect(textOf('authors', { id: 'anonymous', authors: [] })).toBe('');
  });

  it('join the tasks with a comma, and read none as empty text', () => {
    expect(textOf('tasks', { id: 't', tasks: ['classification', 'retrieval'] })).toBe(
      'classification, retrieval',
    );
    expect(textOf('tasks', { id: 'no-tasks' })).toBe('');
  });
});

describe('the number columns', () => {
  it('read the year and the citations within the catalogue', () => {
    expect(numberOf('year', catalogue, position('gamma'))).toBe(2022);
    // alpha is cited by beta and epsilon; zeta by no one.
    expect(numberOf('citedBy', catalogue, position('alpha'))).toBe(2);
    expect(numberOf('citedBy', catalogue, position('zeta'))).toBe(0);
  });

  it('count no citations for a position the catalogue has no citation list for', () => {
    expect(numberOf('citedBy', { ...catalogue, citedByOf: [] }, 0)).toBe(0);
  });

  it('read listed code as 1 and none as 0', () => {
    const withCode = makeTestCatalogue([
      makeMethod({ id: 'with', code: 'https://example.org/code' }),
      makeMethod({ id: 'without' }),
    ]);
    expect(numberOf('code', withCode, 0)).toBe(1);
    expect(numberOf('code', withCode, 1)).toBe(0);
  });

  it('read needs as ten per access level plus one per data level', () => {
    // gamma: fixed prompt at the input -> text (0), no labels (0);
    // alpha: learnable input -> gradients (2), a training set (2);
    // beta: embedding and hidden -> internals (3), a training set (2).
    expect(numberOf('needs', catalogue, position('gamma'))).toBe(0);
    expect(numberOf('needs', catalogue, position('alpha'))).toBe(22);
    expect(numberOf('needs', catalogue, position('beta'))).toBe(32);
    const linear = makeTestCatalogue([
      makeMethod({ id: 'linear', location: ['input'], format: ['fixed'], alignment: ['linear'] }),
    ]);
    // A fixed prompt read through a linear map: output scores (1), a few labels (1).
    expect(numberOf('needs', linear, 0)).toBe(11);
  });
});

describe('isColumnId(), isHideableColumn() and isOptionalColumn()', () => {
  it('know the column ids and nothing else', () => {
    expect(isColumnId(catalogue, 'citedBy')).toBe(true);
    expect(isColumnId(catalogue, 'needs')).toBe(true);
    expect(isColumnId(catalogue, 'cited')).toBe(false);
    expect(isColumnId(catalogue, '')).toBe(false);
  });

  it('let every column but the name, summary, tasks, code and needs be hidden', () => {
    const hideable = TABLE_COLUMNS.map((column) => column.id).filter((id) =>
      isHideableColumn(catalogue, id),
    );
    expect(hideable).toEqual([
      'title',
      'authors',
      'year',
      'venue',
      'paradigm',
      'format',
      'location',
      'operator',
      'alignment',
      'citedBy',
    ]);
    expect(isHideableColumn(catalogue, 'unknown')).toBe(false);
  });

  it('leave out only the summary, tasks, code and needs until shown', () => {
    const optional = TABLE_COLUMNS.map((column) => column.id).filter((id) =>
      isOptionalColumn(catalogue, id),
    );
    expect(optional).toEqual(['summary', 'tasks', 'code', 'needs']);
    expect(isOptionalColumn(catalogue, 'unknown')).toBe(false);
  });

  it('sort numbers descending first, and code too, everything else ascending', () => {
    expect(TABLE_COLUMNS.filter((column) => column.descFirst).map((column) => column.id)).toEqual([
      'year',
      'citedBy',
      'code',
    ]);
  });
});
