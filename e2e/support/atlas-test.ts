import { test as base, expect, type Download, type Page } from '@playwright/test';

/**
 * Playwright's `test`, failing any test in which the page logs a console
 * error, throws, violates the Content-Security-Policy, or asks any host
 * other than 127.0.0.1. A test that provokes an error on purpose names it
 * with `test.use({ expectedConsoleErrors: [/pattern/] })`.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; pageErrors: string[] }>({
  expectedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      const expected = (text: string) =>
        expectedConsoleErrors.some((pattern) => pattern.test(text));
      page.on('console', (message) => {
        if (message.type() === 'error' && !expected(message.text()))
          errors.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        const local = url.hostname === '127.0.0.1' || ['data:', 'blob:'].includes(url.protocol);
        if (!local) errors.push(`request left 127.0.0.1: ${request.url()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(errors);
      expect(errors, 'console errors, page errors, CSP violations and outside requests').toEqual(
        [],
      );
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens Atlas at a query string and waits until the catalogue is shown and live: at a bare
 * address the page first shows the build's copy of the opening view (#root marked
 * data-first-screen, inert), which the app then takes over.
 */
export async function openAtlas(page: Page, search = ''): Promise<void> {
  await page.goto(`./${search}`);
  await expect(page.getByTestId('result-count')).toBeVisible();
  await expect(page.locator('#root')).not.toHaveAttribute('data-first-screen');
}

/** Waits until the header shows this many visible methods. */
export async function expectVisibleCount(page: Page, count: number): Promise<void> {
  await expect(page.getByTestId('result-count').locator('strong')).toHaveText(String(count));
}

/**
 * Every method the table lists, in its order, read as a reader would: by scrolling it from
 * top to bottom, half a view at a time (the table renders only the rows in view). Leaves
 * the table scrolled back to the top.
 */
export async function readTableIds(page: Page): Promise<string[]> {
  const scroller = page.locator('.table-scroll');
  await expect(scroller.locator('tbody tr[data-id]').first()).toBeVisible();
  await scroller.evaluate((element) => (element.scrollTop = 0));
  const byRow = new Map<number, string>();
  for (;;) {
    const { rows, atEnd } = await scroller.evaluate(async (element) => {
      // Two frames: the rows for the new scroll position are rendered (some beyond the view
      // too, while the table still counts as scrolling; each is read once, by its index).
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return {
        rows: [...element.querySelectorAll('tbody tr[data-id]')].map(
          (row) =>
            [Number(row.getAttribute('aria-rowindex')), row.getAttribute('data-id')!] as const,
        ),
        atEnd: element.scrollTop + element.clientHeight >= element.scrollHeight - 1,
      };
    });
    for (const [index, id] of rows) byRow.set(index, id);
    if (atEnd) break;
    await scroller.evaluate((element) => (element.scrollTop += element.clientHeight / 2));
  }
  await scroller.evaluate((element) => (element.scrollTop = 0));
  return [...byRow].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/** A facet's checkbox, found as a user would: by the group's name and the value's label. */
export function facetCheckbox(page: Page, group: RegExp | string, value: string) {
  return page
    .getByRole('group', { name: group })
    .getByRole('checkbox', { name: new RegExp(`^${value}\\b`) });
}

/**
 * Downloads an export as a reader does, from the selection bar: "Download .bib" directly,
 * any other format (CSV, JSON, RIS, CSL-JSON, LaTeX table) from its "More formats" menu.
 */
export async function downloadExport(page: Page, format: string): Promise<Download> {
  const bar = page.getByRole('region', { name: 'Selection and export' });
  if (format !== 'Download .bib') await bar.getByRole('button', { name: 'More formats' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    bar.getByRole('button', { name: format, exact: true }).click(),
  ]);
  return download;
}
