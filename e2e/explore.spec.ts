import { getFacetValues } from '../app/query/facet-values';
import { loadBundledCatalogue } from './support/bundled-catalogue';
import {
  filterRaw,
  listRawVisible,
  readRawFacetValues,
  readRawMethods,
  readRawTaxonomy,
  type RawFacets,
} from './support/raw-catalogue';
import { expect, expectVisibleCount, facetCheckbox, openAtlas, test } from './support/atlas-test';

const catalogue = loadBundledCatalogue();
// An independent recount straight from data/methods.json, never through the query module.
const rawMethods = readRawMethods();
const rawPassing = (facets: RawFacets) => filterRaw(rawMethods, facets);
// Every facet the sidebar should list, from the raw taxonomy: its dimensions, then the fixed ones.
const FACETS = [
  ...readRawTaxonomy().dimensions.map((dimension) => dimension.key),
  ...['paradigm', 'modality', 'venue', 'scope', 'access', 'data', 'code', 'fit'],
];
const labelOf = (facet: string, value: string) =>
  getFacetValues(catalogue, facet).find((v) => v.value === value)!.label;

test('facet journey: two locations and one operator give the count of the file, and every other count agrees', async ({
  page,
}) => {
  await openAtlas(page);
  await facetCheckbox(page, /Location/, labelOf('location', 'embedding')).check();
  await facetCheckbox(page, /Location/, labelOf('location', 'hidden')).check();
  await facetCheckbox(page, /Operator/, labelOf('operator', 'concatenative')).check();

  const selection = { location: ['embedding', 'hidden'], operator: ['concatenative'] };
  await expectVisibleCount(page, rawPassing(selection).length);
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    listRawVisible(selection)[0]!.id,
  );

  await page
    .getByRole('group', { name: /Venue/ })
    .getByRole('button', { name: /Show all/ })
    .click();
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('.facet-group')].flatMap((group) =>
      [...group.querySelectorAll('li label')].map((label) => ({
        group: group.querySelector('legend span')?.textContent ?? '',
        value: label.querySelector('.facet-name')?.textContent ?? '',
        count: Number(label.querySelector('.facet-count')?.textContent),
        disabled: (label.querySelector('input') as HTMLInputElement).disabled,
      })),
    ),
  );
  let compared = 0;
  for (const facet of FACETS) {
    for (const value of getFacetValues(catalogue, facet)) {
      const row = shown.find(
        (entry) =>
          entry.value === value.label &&
          entry.group.toLowerCase().includes(facet === 'modality' ? 'modality' : facet),
      );
      expect(row, `${facet}=${value.value} is listed`).toBeDefined();
      // What choosing this value would give: every other facet's selection, this facet's left out.
      const others = Object.fromEntries(Object.entries(selection).filter(([key]) => key !== facet));
      const count = rawPassing(others).filter((method) =>
        readRawFacetValues(method, facet).includes(value.value),
      ).length;
      expect(row!.count, `${facet}=${value.value}`).toBe(count);
      const selected =
        (facet === 'location' && ['embedding', 'hidden'].includes(value.value)) ||
        (facet === 'operator' && value.value === 'concatenative');
      expect(row!.disabled, `${facet}=${value.value} disabled`).toBe(count === 0 && !selected);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(30);
});

test('a removable chip is shown per active filter and "Clear all" empties them', async ({
  page,
}) => {
  await openAtlas(page, '?paradigm=PT&alignment=linear');
  const chips = page.getByRole('group', { name: 'Active filters' });
  await expect(chips.getByRole('button', { name: /^Remove filter/ })).toHaveCount(2);
  await chips.getByRole('button', { name: /Remove filter Paradigm/ }).click();
  await expectVisibleCount(page, rawPassing({ alignment: ['linear'] }).length);
  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expectVisibleCount(page, rawMethods.length);
});

test('rows a filter brings into view each show their own method, tick and comparison', async ({
  page,
}) => {
  await openAtlas(page);
  const [ticked, compared] = listRawVisible();
  // A paradigm neither of the two methods the reader marks holds: other methods take their rows.
  const paradigm = readRawTaxonomy()
    .paradigms.map((entry) => entry.code)
    .find((code) =>
      [ticked!, compared!].every(
        (method) => !readRawFacetValues(method, 'paradigm').includes(code),
      ),
    )!;
  const filter = { paradigm: [paradigm] };
  const filtered = listRawVisible(filter).slice(0, 5);
  expect(filtered).toHaveLength(5);
  const rows = page.locator('tbody tr[data-id]');
  await page.getByRole('checkbox', { name: `Select ${ticked!.name}`, exact: true }).check();
  await page.getByRole('button', { name: `Compare ${compared!.name}`, exact: true }).click();

  await facetCheckbox(page, /Paradigm/, labelOf('paradigm', paradigm)).check();
  await expectVisibleCount(page, rawPassing(filter).length);
  for (const [index, method] of filtered.entries()) {
    const row = rows.nth(index);
    await expect(row).toHaveAttribute('data-id', method.id);
    await expect(row.locator('.method-link')).toContainText(method.name);
    await expect(
      row.getByRole('checkbox', { name: `Select ${method.name}`, exact: true }),
    ).not.toBeChecked();
    await expect(
      row.getByRole('button', { name: `Compare ${method.name}`, exact: true }),
    ).toHaveAttribute('aria-pressed', 'false');
  }

  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expect(rows.first()).toHaveAttribute('data-id', ticked!.id);
  await expect(rows.first().getByRole('checkbox')).toBeChecked();
  await expect(rows.nth(1).getByRole('button', { name: /^Compare/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('search journey: a misspelled method name puts that method first, highlighted', async ({
  page,
}) => {
  await openAtlas(page);
  const target = rawMethods.find((method) => method.id === 'prompt-tuning')!;
  expect(target.name).toBe('Prompt Tuning');
  const misspelled = 'promt tunning';

  await page.getByRole('searchbox', { name: 'Search methods' }).fill(misspelled);
  // How many near matches a fuzzy search keeps is the search module's unit tests' to pin;
  // here the reader's point: the page narrows, and the method they meant comes first.
  const count = page.getByTestId('result-count').locator('strong');
  await expect(count).not.toHaveText(String(rawMethods.length));
  const firstRow = page.locator('tbody tr[data-id]').first();
  await expect(firstRow).toHaveAttribute('data-id', target.id);
  await expect(firstRow.locator('mark').first()).toBeVisible();
  await expect(page.getByText('Sorted by search relevance')).toBeVisible();
});

test('typing on refines the highlights of a row that stays in view', async ({ page }) => {
  await openAtlas(page);
  const target = rawMethods.find((method) => method.id === 'prompt-tuning')!;
  // Its title, from the file, holds both words the reader types.
  expect(target.title).toMatch(/\bPrompt\b.*\bTuning\b/);
  const row = page.locator('tbody tr[data-id="prompt-tuning"]');
  const titleMarks = row.locator('td.col-title mark');
  const box = page.getByRole('searchbox', { name: 'Search methods' });

  await box.fill('prompt');
  await expect(titleMarks).toHaveText(['Prompt']);
  await box.pressSequentially(' tuning');
  await expect(row).toBeVisible();
  await expect(titleMarks).toHaveText(['Prompt', 'Tuning']);
  // Back to one word: the second highlight goes again.
  for (let i = 0; i < ' tuning'.length; i++) await box.press('Backspace');
  await expect(titleMarks).toHaveText(['Prompt']);
});

test('search combines with facets and partial names', async ({ page }) => {
  await openAtlas(page, '?paradigm=PT');
  await page.getByRole('searchbox', { name: 'Search methods' }).fill('cocoo');
  // "cocoo" begins CoCoOp's name; the facet keeps only prompt-tuning methods (from the file).
  const cocoop = rawMethods.find((method) => method.id === 'cocoop')!;
  expect([cocoop.name.toLowerCase().startsWith('cocoo'), cocoop.paradigm]).toEqual([true, 'PT']);
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute('data-id', 'cocoop');
  const count = Number(await page.getByTestId('result-count').locator('strong').textContent());
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(rawPassing({ paradigm: ['PT'] }).length);
  const ids = await page
    .locator('tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids)
    expect(rawMethods.find((method) => method.id === id)!.paradigm, id!).toBe('PT');
});

test('sorting by name orders rows as the file sorts by name, both directions', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    listRawVisible({}, 'name-asc')[0]!.id,
  );
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await page.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
  await expect(page.locator('tbody tr[data-id]').first()).toHaveAttribute(
    'data-id',
    listRawVisible({}, 'name-desc')[0]!.id,
  );
});

test('hiding a column removes it from the table and the URL keeps it hidden', async ({ page }) => {
  await openAtlas(page);
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Venue' }).uncheck();
  await expect(page.getByRole('columnheader', { name: /Venue/ })).toHaveCount(0);
  await expect(page).toHaveURL(/hide=venue/);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Venue/ })).toHaveCount(0);
});

for (const size of [
  { name: 'a laptop', width: 1366, height: 860 },
  { name: 'a phone', width: 390, height: 844 },
]) {
  test(`on ${size.name}, each facet count sits at the right of its label, level with the value's name and clear of it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    // A filter, so the counts differ from the catalogue's and one value is ticked.
    await openAtlas(page, '?operator=additive');
    const filters = page.getByRole('button', { name: /^Filters/ });
    if (await filters.isVisible()) await filters.click();
    await expect(page.locator('.facet-group li label').first()).toBeVisible();
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('.facet-group li label')].map((label) => {
        // A text's own box, for its height; the name's element, for the room the name may fill.
        const textBox = (selector: string) => {
          const range = document.createRange();
          range.selectNodeContents(label.querySelector(selector)!);
          return range.getBoundingClientRect();
        };
        const nameRoom = label.querySelector('.facet-name')!.getBoundingClientRect();
        const [name, count] = [textBox('.facet-name'), textBox('.facet-count')];
        return {
          value: label.querySelector('.facet-name')!.textContent,
          gap: count.left - nameRoom.right,
          past: count.right - label.getBoundingClientRect().right,
          level: Math.abs((count.top + count.bottom) / 2 - (name.top + name.bottom) / 2),
        };
      }),
    );
    // More labels than facets: the checks below ran over the lists, not an empty sidebar.
    expect(boxes.length).toBeGreaterThan(FACETS.length);
    for (const { value, gap, past, level } of boxes) {
      expect(gap, `${value}: the count clear of the name's room`).toBeGreaterThanOrEqual(0);
      expect(past, `${value}: the count inside its label`).toBeLessThanOrEqual(0);
      expect(level, `${value}: the count level with the name`).toBeLessThanOrEqual(1);
    }
  });
}

test('on a phone, with the filters open, what the search and filters show scrolls above the selection bar, never over it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page);
  await page.getByRole('button', { name: /^Filters/ }).click();
  await facetCheckbox(page, /Location/, labelOf('location', 'input')).check();
  // A search that the filter narrows: the chips and the notice saying how many it hides need room.
  await page.getByRole('searchbox', { name: 'Search methods' }).fill('visual prompt');
  const notice = page.getByText(/hidden by the filters/);
  await expect(notice).toBeAttached();

  // Every point of the selection bar shows the bar itself.
  const bar = page.locator('.selection-bar');
  const covered = await bar.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const points: string[] = [];
    for (let x = box.left + 8; x < box.right; x += (box.width - 16) / 6)
      for (let y = box.top + 4; y < box.bottom; y += (box.height - 8) / 4) {
        const top = document.elementFromPoint(x, y);
        if (top && !element.contains(top))
          points.push(`${Math.round(x)},${Math.round(y)}: ${top.textContent?.slice(0, 40)}`);
      }
    return points;
  });
  expect(covered).toEqual([]);

  // Nothing is lost: the notice scrolls into view above the bar.
  await notice.scrollIntoViewIfNeeded();
  await expect(notice).toBeInViewport();
  const [noticeBox, barBox] = [await notice.boundingBox(), await bar.boundingBox()];
  expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(barBox!.y + 1);
});
