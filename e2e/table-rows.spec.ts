import type { Page } from '@playwright/test';
import { expect, openAtlas, test } from './support/atlas-test';

const SIZES = [
  { name: 'a laptop', width: 1366, height: 860 },
  { name: 'a phone', width: 390, height: 844 },
];

/** The two virtualised tables: the methods and the profile grid. */
const GRIDS = [
  { name: 'the method table', search: '', scroller: '.table-scroll' },
  { name: 'the profile grid', search: '?view=profile', scroller: '.profile-scroll' },
];

/**
 * Where the rendered rows lie against the part of the table the reader sees (below the
 * sticky header, above the scroller's bottom edge), read from the page's geometry.
 */
function readRows(page: Page, scroller: string) {
  return page.evaluate((selector) => {
    const scroll = document.querySelector(selector)!;
    const bottom = scroll.getBoundingClientRect().bottom;
    // The header cells are sticky, not the header row group, which scrolls away.
    const headerCells = [...scroll.querySelectorAll('thead th')].map((th) =>
      th.getBoundingClientRect(),
    );
    const top = Math.max(...headerCells.map((cell) => cell.bottom));
    const headerHeight = top - Math.min(...headerCells.map((cell) => cell.top));
    const rows = [...scroll.querySelectorAll('tbody tr:not(.spacer)')].map((row) => {
      const { top: rowTop, bottom: rowBottom } = row.getBoundingClientRect();
      return { index: Number(row.getAttribute('aria-rowindex')), top: rowTop, bottom: rowBottom };
    });
    const seen = rows.filter((row) => row.bottom > top + 0.5 && row.top < bottom - 0.5);
    const rowHeight = rows.length > 0 ? rows[0]!.bottom - rows[0]!.top : 1;
    return {
      rendered: rows.length,
      above: rows.filter((row) => row.bottom <= top + 0.5).length,
      below: rows.filter((row) => row.top >= bottom - 0.5).length,
      // The virtualiser measures rows from the top of the body, under the sticky header, so
      // at rest it counts as in view the rows that would fit under the header.
      underHeader: Math.ceil(headerHeight / rowHeight),
      seen: seen.map((row) => row.index),
      // The rows seen leave no empty band at either edge of the view.
      coversTop: seen.length > 0 && seen[0]!.top <= top + 0.5,
      coversBottom: seen.length > 0 && seen.at(-1)!.bottom >= bottom - 0.5,
    };
  }, scroller);
}

/** Rows rendered two frames after a scroll of `by` pixels starts, while it still counts as scrolling. */
function countRowsWhileScrolling(page: Page, scroller: string, by: number) {
  return page.evaluate(
    ([selector, delta]) =>
      new Promise<{ rendered: number; below: number }>((done) => {
        const scroll = document.querySelector(selector)!;
        scroll.addEventListener(
          'scroll',
          () =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const bottom = scroll.getBoundingClientRect().bottom;
                const rows = [...scroll.querySelectorAll('tbody tr:not(.spacer)')];
                done({
                  rendered: rows.length,
                  below: rows.filter((row) => row.getBoundingClientRect().top >= bottom - 0.5)
                    .length,
                });
              }),
            ),
          { once: true },
        );
        scroll.scrollTop += delta;
      }),
    [scroller, by] as const,
  );
}

for (const grid of GRIDS) {
  for (const size of SIZES) {
    test(`on ${size.name}, ${grid.name} at rest holds the rows in view, and rows beyond it only while it scrolls`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openAtlas(page, grid.search);
      await expect(page.locator(`${grid.scroller} tbody tr[data-id]`).first()).toBeVisible();

      // At rest: the rows in view, with no gap, and beyond the bottom edge no more rows than
      // the virtualiser counts under the sticky header.
      const first = await readRows(page, grid.scroller);
      expect(first.coversTop && first.coversBottom).toBe(true);
      expect(first.seen).toEqual(first.seen.map((_, i) => first.seen[0]! + i));
      expect(first.above).toBe(0);
      expect(first.below).toBeLessThanOrEqual(first.underHeader);

      // While a scroll lasts, rows beyond the bottom edge are written ahead of it.
      const scrolling = await countRowsWhileScrolling(page, grid.scroller, 400);
      expect(scrolling.below).toBeGreaterThanOrEqual(first.underHeader + 2);
      expect(scrolling.rendered).toBeGreaterThan(first.rendered);

      // Once it stops, the table is back to the rows in view.
      await expect
        .poll(async () => (await readRows(page, grid.scroller)).rendered)
        .toBeLessThan(scrolling.rendered);
      const rested = await readRows(page, grid.scroller);
      expect(rested.coversTop && rested.coversBottom).toBe(true);
      expect(rested.seen[0]).toBeGreaterThan(first.seen[0]!);
      expect(rested.above + rested.below).toBeLessThanOrEqual(rested.underHeader);
    });
  }
}

test('Tab walks on through the rows past those in view, each coming into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 860 });
  await openAtlas(page);
  const atRest = (await readRows(page, '.table-scroll')).rendered;
  await page.locator('tbody tr[data-id]').first().getByRole('checkbox').focus();

  // Three stops a row: the tick, the compare button and the name.
  const rowIndexOfFocus = () =>
    page.evaluate(() =>
      Number(document.activeElement?.closest('tr[data-id]')?.getAttribute('aria-rowindex') ?? 0),
    );
  for (let stop = 0; stop < 3 * (atRest + 3); stop++) await page.keyboard.press('Tab');

  // The header row is aria-rowindex 1, so the first method is 2.
  expect(await rowIndexOfFocus()).toBeGreaterThan(atRest + 3);
});
