import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { countMatrix, type MatrixCounts } from '../app/query/count-matrix';
import { getFacetValues } from '../app/query/facet-values';
import { getAxisKeys, type AxisKey, type MatrixCell } from '../app/query/filter-state';
import { makeFullBitset } from '../app/query/bitset';
import { loadBundledCatalogue } from './support/bundled-catalogue';
import {
  filterRaw,
  listRawVisible,
  readRawFacetValues,
  readRawMethods,
  readRawTaxonomy,
  type RawFacets,
  type RawMethod,
} from './support/raw-catalogue';
import {
  expect,
  expectVisibleCount,
  facetCheckbox,
  openAtlas,
  readTableIds,
  test,
} from './support/atlas-test';

const catalogue = loadBundledCatalogue();
/** The matrix's rows and columns (values and labels) for a pair of axes; its counts are not used as expectations. */
const makeMatrixShape = (rows: AxisKey, cols: AxisKey) =>
  countMatrix(catalogue, makeFullBitset(catalogue.methods.length), rows, cols);

// An independent recount straight from data/methods.json, never through the query module.
const rawMethods = readRawMethods();
const rawPassing = (facets: RawFacets = {}) => filterRaw(rawMethods, facets);
/** Raw methods of `methods` holding `rowValue` on `rows` and `colValue` on `cols`. */
const rawCell = (
  methods: RawMethod[],
  rows: string,
  rowValue: string,
  cols: string,
  colValue: string,
) =>
  methods.filter(
    (method) =>
      readRawFacetValues(method, rows).includes(rowValue) &&
      readRawFacetValues(method, cols).includes(colValue),
  );

/** An axis as the matrix names it: the taxonomy's dimension name, or a plain word. */
function axisName(axis: AxisKey): string {
  const dimension = catalogue.taxonomy.dimensions.find((d) => d.key === axis);
  if (dimension) return dimension.name;
  return { paradigm: 'Paradigm', modality: 'Modality', year: 'Year' }[axis as string]!;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matrixGrid(page: Page, rows: AxisKey, cols: AxisKey) {
  return page.getByRole('grid', { name: `Methods by ${axisName(rows)} and ${axisName(cols)}` });
}

/** A cell, found by its accessible name: "Location Input, Operator Additive: ...". */
function cellButton(
  page: Page,
  counts: MatrixCounts,
  rows: AxisKey,
  cols: AxisKey,
  r: number,
  c: number,
) {
  const name = `${axisName(rows)} ${counts.rows[r]!.label}, ${axisName(cols)} ${counts.cols[c]!.label}:`;
  return matrixGrid(page, rows, cols).getByRole('button', { name: new RegExp(`^${escape(name)}`) });
}

const methodsText = (count: number) => `${count} method${count === 1 ? '' : 's'}`;

/** Checks every cell of a pivot against a recount of the raw records: count, words and state. */
async function expectPivot(
  page: Page,
  rows: AxisKey,
  cols: AxisKey,
  filters: { facets?: Record<string, string[]>; cell?: MatrixCell } = {},
) {
  const counts = makeMatrixShape(rows, cols);
  // The matrix leaves its own cell out: only the facets narrow the pivot.
  const passing = rawPassing(filters.facets);
  await expect(matrixGrid(page, rows, cols)).toBeVisible();
  for (const [r, cells] of counts.cells.entries()) {
    for (const [c, { rowValue, colValue }] of cells.entries()) {
      const cell = {
        count: rawCell(passing, rows, rowValue, cols, colValue).length,
        catalogueCount: rawCell(rawMethods, rows, rowValue, cols, colValue).length,
      };
      const button = cellButton(page, counts, rows, cols, r, c);
      if (cell.catalogueCount === 0) {
        await expect(button).toHaveAccessibleName(/: none in this catalogue$/);
        await expect(button).toHaveText('none');
        await expect(button).toHaveAttribute('aria-disabled', 'true');
      } else if (cell.count === 0) {
        await expect(button).toHaveAccessibleName(
          new RegExp(`: emptied by the current filters, 0 of ${cell.catalogueCount} in catalogue$`),
        );
      } else if (cell.count === cell.catalogueCount) {
        await expect(button).toHaveAccessibleName(new RegExp(`: ${methodsText(cell.count)}$`));
        await expect(button).toHaveText(String(cell.count));
      } else {
        await expect(button).toHaveAccessibleName(
          new RegExp(
            `: ${methodsText(cell.count)}, ${cell.count} of ${cell.catalogueCount} in catalogue$`,
          ),
        );
      }
    }
  }
  return { counts };
}

/** The margin cell at the end of a row, found by the row's heading. */
function rowTotal(page: Page, rows: AxisKey, cols: AxisKey, heading: string) {
  return matrixGrid(page, rows, cols)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: heading, exact: true }) })
    .getByRole('gridcell')
    .last();
}

test('location × operator counts each cell and its totals as a recount of the raw catalogue does', async ({
  page,
}) => {
  await openAtlas(page, '?view=matrix');
  const { counts } = await expectPivot(page, 'location', 'operator');

  // Margins: the methods holding a value (once each, however many values they hold).
  const holding = (axis: string, value: string) =>
    rawMethods.filter((method) => readRawFacetValues(method, axis).includes(value)).length;
  for (const row of counts.rows) {
    await expect(rowTotal(page, 'location', 'operator', row.label)).toHaveText(
      String(holding('location', row.value)),
    );
  }
  const totalRow = matrixGrid(page, 'location', 'operator')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) });
  for (const [c, col] of counts.cols.entries()) {
    await expect(totalRow.getByRole('gridcell').nth(c)).toHaveText(
      String(holding('operator', col.value)),
    );
  }
  // The grand total is what the table shows.
  await expect(totalRow.getByRole('gridcell').last()).toHaveText(String(rawMethods.length));
  await expectVisibleCount(page, rawMethods.length);

  // Under a facet filter the pivot and the table still agree.
  const filtered = rawPassing({ paradigm: ['PT'] }).length;
  await facetCheckbox(page, /Paradigm/, 'Prompt tuning').check();
  await expectPivot(page, 'location', 'operator', { facets: { paradigm: ['PT'] } });
  await expect(totalRow.getByRole('gridcell').last()).toHaveText(String(filtered));
  await expectVisibleCount(page, filtered);
});

test('clicking a cell filters the table to exactly its methods; clicking again restores it', async ({
  page,
}) => {
  await openAtlas(page, '?view=matrix');
  const counts = makeMatrixShape('location', 'operator');
  const inCell = (cell: { rowValue: string; colValue: string }) =>
    rawCell(rawMethods, 'location', cell.rowValue, 'operator', cell.colValue).length;
  // The smallest non-empty cell, so the table is read in a few scrolls.
  const candidates = counts.cells
    .flatMap((cells, r) => cells.map((cell, c) => ({ cell, r, c })))
    .filter(({ cell }) => inCell(cell) > 0)
    .sort((a, b) => inCell(a.cell) - inCell(b.cell));
  const { cell, r, c } = candidates[0]!;
  const filter: MatrixCell = {
    rowAxis: 'location',
    rowValue: cell.rowValue,
    colAxis: 'operator',
    colValue: cell.colValue,
  };
  // A cell's methods in the table's default order: the cell's two values as facets.
  const expected = listRawVisible({ location: [cell.rowValue], operator: [cell.colValue] }).map(
    (method) => method.id,
  );
  const rawIds = rawCell(rawMethods, 'location', cell.rowValue, 'operator', cell.colValue)
    .map((method) => method.id)
    .sort();
  expect(rawIds.length).toBeGreaterThan(0);

  const button = cellButton(page, counts, 'location', 'operator', r, c);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expectVisibleCount(page, rawIds.length);
  await expect(page).toHaveURL(
    new RegExp(`cell=location%3A${cell.rowValue}%2Coperator%3A${cell.colValue}`),
  );
  // The pivot keeps its counts: the matrix leaves its own cell out.
  await expectPivot(page, 'location', 'operator', { cell: filter });

  await page.getByRole('tab', { name: 'Table' }).click();
  const rows = page.getByRole('table', { name: 'Methods' }).locator('tbody tr[data-id]');
  const shown = await readTableIds(page);
  expect([...shown].sort()).toEqual(rawIds);
  // In the table's default order.
  expect(shown).toEqual(expected);

  await page.getByRole('tab', { name: 'Matrix' }).click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expectVisibleCount(page, rawMethods.length);
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(rows.first()).toHaveAttribute('data-id', listRawVisible()[0]!.id);
});

test('changing the axes redraws the counts; absent and filtered-out cells say so', async ({
  page,
}) => {
  await openAtlas(page, '?view=matrix');
  await page.getByLabel('Rows').selectOption('format');
  await page.getByLabel('Columns').selectOption('alignment');
  await expect(page).toHaveURL(/rows=format&cols=alignment/);
  await expectPivot(page, 'format', 'alignment');

  // A pair of axes with a combination the catalogue lacks: format × alignment if it has one.
  const pairs = [
    ['format', 'alignment'] as const,
    ...getAxisKeys(catalogue).flatMap((rows) =>
      getAxisKeys(catalogue)
        .filter((cols) => cols !== rows)
        .map((cols) => [rows, cols] as const),
    ),
  ];
  const absentPair = pairs.find(([rows, cols]) =>
    makeMatrixShape(rows, cols)
      .cells.flat()
      .some((x) => rawCell(rawMethods, rows, x.rowValue, cols, x.colValue).length === 0),
  );
  expect(absentPair, 'some pair of axes has an empty combination').toBeDefined();
  const [rows, cols] = absentPair!;
  await page.getByLabel('Rows').selectOption(rows);
  await page.getByLabel('Columns').selectOption(cols);
  const { counts } = await expectPivot(page, rows, cols);
  const absent = counts.cells
    .flatMap((cells, r) => cells.map((cell, c) => ({ cell, r, c })))
    .find(
      ({ cell }) => rawCell(rawMethods, rows, cell.rowValue, cols, cell.colValue).length === 0,
    )!;
  const absentButton = cellButton(page, counts, rows, cols, absent.r, absent.c);
  // aria-disabled: Playwright would wait for it to be enabled, a reader can still click it.
  await absentButton.click({ force: true });
  await expect(absentButton).toHaveAttribute('aria-pressed', 'false');
  await expectVisibleCount(page, rawMethods.length);

  // A facet that empties a cell the catalogue does fill: marked "0 of N", not "none".
  const back = await page.getByLabel('Rows').selectOption('location');
  expect(back).toEqual(['location']);
  await page.getByLabel('Columns').selectOption('operator');
  const paradigm = getFacetValues(catalogue, 'paradigm').find((value) =>
    makeMatrixShape('location', 'operator')
      .cells.flat()
      .some(
        (x) =>
          rawCell(
            rawPassing({ paradigm: [value.value] }),
            'location',
            x.rowValue,
            'operator',
            x.colValue,
          ).length === 0 &&
          rawCell(rawMethods, 'location', x.rowValue, 'operator', x.colValue).length > 0,
      ),
  );
  expect(paradigm, 'some paradigm empties a location × operator cell').toBeDefined();
  await facetCheckbox(page, /Paradigm/, paradigm!.label).check();
  await expectPivot(page, 'location', 'operator', { facets: { paradigm: [paradigm!.value] } });
});

test('keyboard alone reaches a cell, moves with the arrows and applies it', async ({ page }) => {
  await openAtlas(page, '?view=matrix');
  const counts = makeMatrixShape('location', 'operator');
  let inGrid = false;
  for (let presses = 0; presses < 200 && !inGrid; presses++) {
    await page.keyboard.press('Tab');
    inGrid = await page.evaluate(() => Boolean(document.activeElement?.closest('[role="grid"]')));
  }
  expect(inGrid, 'Tab reaches the matrix').toBe(true);
  await expect(cellButton(page, counts, 'location', 'operator', 0, 0)).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const target = cellButton(page, counts, 'location', 'operator', 1, 1);
  await expect(target).toBeFocused();
  await page.keyboard.press('End');
  await expect(
    cellButton(page, counts, 'location', 'operator', 1, counts.cols.length - 1),
  ).toBeFocused();
  await page.keyboard.press('Home');
  await expect(cellButton(page, counts, 'location', 'operator', 1, 0)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(target).toBeFocused();

  const cell = counts.cells[1]![1]!;
  await page.keyboard.press('Enter');
  await expect(target).toHaveAttribute('aria-pressed', 'true');
  await expectVisibleCount(
    page,
    rawCell(rawMethods, 'location', cell.rowValue, 'operator', cell.colValue).length,
  );
  // Only one tab stop in the grid: Tab leaves it for the methods listed beside it.
  await page.keyboard.press('Space');
  await expect(target).toHaveAttribute('aria-pressed', 'false');
  await expectVisibleCount(page, rawMethods.length);
});

test('hovering a cell lists its methods, and clicking a name focuses that method', async ({
  page,
}) => {
  await openAtlas(page, '?view=matrix');
  const counts = makeMatrixShape('location', 'operator');
  const r = 0;
  const c = counts.cells[0]!.findIndex(
    (cell) => rawCell(rawMethods, 'location', cell.rowValue, 'operator', cell.colValue).length > 12,
  );
  const cell = counts.cells[r]![c]!;
  await cellButton(page, counts, 'location', 'operator', r, c).hover();
  const panel = page.getByRole('complementary', { name: 'Cell methods' });
  await expect(panel.getByRole('heading')).toHaveText(
    `${counts.rows[r]!.label} × ${counts.cols[c]!.label}`,
  );
  await expect(panel.getByRole('listitem')).toHaveCount(12);
  const holding = rawCell(rawMethods, 'location', cell.rowValue, 'operator', cell.colValue);
  await expect(panel).toContainText(`+${holding.length - 12} more`);
  const first = panel.getByRole('listitem').first().getByRole('button');
  const name = await first.textContent();
  const id = catalogue.methods.find((method) => method.name === name)!.id;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`method=${escape(encodeURIComponent(id))}`));
});

test('the profile grid shows one row per visible method and follows the facets', async ({
  page,
}) => {
  await openAtlas(page, '?view=profile');
  const grid = page.getByRole('table', { name: 'Method profiles' });
  const summary = (count: number, groups: number) =>
    `${count} method${count === 1 ? '' : 's'} in ${groups} group${groups === 1 ? '' : 's'}`;

  // Grouped by paradigm: one group per paradigm held, in the taxonomy's order, each keeping
  // the table's order (newest first); counted from the records.
  const paradigms = readRawTaxonomy().paradigms.map((paradigm) => paradigm.code);
  const byParadigm = <T extends { paradigm: string }>(methods: readonly T[]) =>
    paradigms
      .map((code) => methods.filter((method) => method.paradigm === code))
      .filter((group) => group.length > 0);
  const allGroups = byParadigm(rawMethods);
  await expect(page.getByText(summary(rawMethods.length, allGroups.length))).toBeVisible();
  await expect(grid).toHaveAttribute(
    'aria-rowcount',
    String(rawMethods.length + allGroups.length + 2),
  );

  const hidden = catalogue.taxonomy.dimensions
    .find((d) => d.key === 'location')!
    .values.find((v) => v.value === 'hidden')!;
  await facetCheckbox(page, /Location/, hidden.name).check();
  const filtered = listRawVisible({ location: ['hidden'] });
  const groups = byParadigm(filtered);
  await expect(page.getByText(summary(filtered.length, groups.length))).toBeVisible();
  await expect(grid).toHaveAttribute('aria-rowcount', String(filtered.length + groups.length + 2));
  // Scrolled to the end, the last row is the last method of the last group.
  const lastGroup = groups.at(-1)!;
  await page.locator('.profile-scroll').evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(grid.locator('tbody tr[data-id]').last()).toHaveAttribute(
    'data-id',
    lastGroup.at(-1)!.id,
  );

  await page.getByLabel('Order by').selectOption('year');
  // Grouped by year, oldest first.
  const years = [...new Set(filtered.map((method) => method.year))].sort((a, b) => a - b);
  const oldest = filtered.filter((method) => method.year === years[0]);
  await expect(page.getByText(summary(filtered.length, years.length))).toBeVisible();
  await expect(page).toHaveURL(/order=year/);
  await page.locator('.profile-scroll').evaluate((element) => {
    element.scrollTop = 0;
  });
  await expect(grid.getByRole('rowheader').first()).toHaveText(
    `${years[0]} ${methodsText(oldest.length)}`,
  );
});

test('the profile grid marks a value exactly where the method holds it', async ({ page }) => {
  const step = Math.max(1, Math.floor(catalogue.methods.length / 6));
  const sample = catalogue.methods.filter((_, index) => index % step === 0).slice(0, 6);
  for (const method of sample) {
    await openAtlas(page, `?view=profile&method=${encodeURIComponent(method.id)}`);
    const row = page
      .getByRole('table', { name: 'Method profiles' })
      .locator(`tr[data-id="${method.id}"]`);
    await expect(row).toHaveAttribute('aria-current', 'true');
    for (const dimension of catalogue.taxonomy.dimensions) {
      for (const value of dimension.values) {
        const mark = row.getByRole('img', {
          name: `${dimension.name}: ${value.name}`,
          exact: true,
        });
        await expect(mark, `${method.id} ${dimension.key}=${value.value}`).toHaveCount(
          method.dimensions[dimension.key]!.includes(value.value) ? 1 : 0,
        );
      }
    }
  }
});

test('clicking a name in the profile grid focuses the method as the table does', async ({
  page,
}) => {
  await openAtlas(page, '?view=profile');
  const grid = page.getByRole('table', { name: 'Method profiles' });
  const first = grid.locator('tbody tr[data-id]').first();
  const id = (await first.getAttribute('data-id'))!;
  await first.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`method=${escape(encodeURIComponent(id))}`));
  await expect(first).toHaveAttribute('aria-current', 'true');
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.locator(`tbody tr[data-id="${id}"]`)).toHaveClass(/is-focused/);
});

test('the matrix and the profile grid pass axe, filtered, with a cell applied and a method focused', async ({
  page,
}) => {
  const focused = encodeURIComponent(catalogue.methods[0]!.id);
  for (const [search, hover] of [
    [
      '?view=matrix&paradigm=PI&cell=location:input,operator:additive',
      /^Location Input, Operator Concatenative:/,
    ],
    [`?view=matrix&rows=modality&cols=year&method=${focused}`, null],
    [`?view=profile&location=hidden&order=year&method=${focused}`, null],
  ] as const) {
    await openAtlas(page, search);
    // Hovering fills the list of a cell's methods, so axe checks it too.
    if (hover) await page.getByRole('button', { name: hover }).hover();
    const result = await new AxeBuilder({ page }).include('#atlas-view').analyze();
    expect(result.violations, search).toEqual([]);
  }
});
