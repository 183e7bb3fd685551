import type { Page } from '@playwright/test';
import { expect, openAtlas, test } from './support/atlas-test';

const SIZES = [
  { name: 'a laptop', width: 1366, height: 860 },
  { name: 'a phone', width: 390, height: 844 },
];

/**
 * Where the rendered rows lie against the part of the table the reader sees (below the
 * sticky header, above the scroller's bottom edge), read from the page's geometry.
 */
function readRows(page: Page) {
  return page.evaluate(() => {
    const scroller = document.querySelector('.table-scroll')!.getBoundingClientRect();
    // The header cells are sticky, not the header row group, which scrolls away.
    const header = document.querySelector('.method-table thead th')!.getBoundingClientRect();
    const top = header.bottom;
    const bottom = scroller.bottom;
    const rows = [...document.querySelectorAll('tbody tr[data-id]')].map((row) => ({
      index: Number(row.getAttribute('aria-rowindex')),
      ...JSON.parse(JSON.stringify(row.getBoundingClientRect())),
    })) as { index: number; top: number; bottom: number }[];
    const seen = rows.filter((row) => row.bottom > top + 0.5 && row.top < bottom - 0.5);
    return {
      rendered: rows.length,
      above: rows.filter((row) => row.bottom <= top + 0.5).length,
      below: rows.filter((row) => row.top >= bottom - 0.5).length,
      seen: seen.map((row) => row.index),
      // The rows seen leave no empty band at either edge of the view.
      coversTop: seen.length > 0 && seen[0]!.top <= top + 0.5,
      coversBottom: seen.length > 0 && seen.at(-1)!.bottom >= bottom - 0.5,
    };
  });
}

/** Rows rendered two frames after a scroll of `by` pixels starts, while it still counts as scrolling. */
function countRowsWhileScrolling(page: Page, by: number) {
  return page.evaluate(
    (delta) =>
      new Promise<{ rendered: number; below: number }>((done) => {
        const scroller = document.querySelector('.table-scroll')!;
        scroller.addEventListener(
          'scroll',
          () =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const bottom = scroller.getBoundingClientRect().bottom;
                const rows = [...document.querySelectorAll('tbody tr[data-id]')];
                done({
                  rendered: rows.length,
                  below: rows.filter((row) => row.getBoundingClientRect().top >= bottom - 0.5)
                    .length,
                });
              }),
            ),
          { once: true },
        );
        scroller.scrollTop += delta;
      }),
    by,
  );
}

for (const size of SIZES) {
  test(`on ${size.name}, the table at rest holds the rows in view, and rows beyond it only while it scrolls`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openAtlas(page);

    // At rest: the rows in view, with no gap, and at most the one row that the virtualiser
    // counts in view because it measures from under the sticky header.
    const first = await readRows(page);
    expect(first.coversTop && first.coversBottom).toBe(true);
    expect(first.seen).toEqual(first.seen.map((_, i) => first.seen[0]! + i));
    expect(first.above).toBe(0);
    expect(first.below).toBeLessThanOrEqual(1);

    // While a scroll lasts, rows beyond the bottom edge are written ahead of it.
    const scrolling = await countRowsWhileScrolling(page, 400);
    expect(scrolling.below).toBeGreaterThanOrEqual(3);
    expect(scrolling.rendered).toBeGreaterThan(first.rendered);

    // Once it stops, the table is back to the rows in view.
    await expect.poll(async () => (await readRows(page)).rendered).toBeLessThan(scrolling.rendered);
    const rested = await readRows(page);
    expect(rested.coversTop && rested.coversBottom).toBe(true);
    expect(rested.seen[0]).toBeGreaterThan(first.seen[0]!);
    expect(rested.above + rested.below).toBeLessThanOrEqual(1);
  });
}

test('Tab walks on through the rows past those in view, each coming into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 860 });
  await openAtlas(page);
  const atRest = (await readRows(page)).rendered;
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
