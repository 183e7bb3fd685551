import type { Page } from '@playwright/test';
import { expect, openAtlas, test } from './support/atlas-test';
import { readRawMethods } from './support/raw-catalogue';

const methods = readRawMethods();

test('optional Summary, Tasks, Code and Needs columns stay hidden until shown from the column menu, and survive a reload', async ({
  page,
}) => {
  const withCode = methods.find((m) => m.code && m.tasks && m.tasks.length > 0)!;
  await openAtlas(page, `?q=${encodeURIComponent(withCode.name)}`);
  const table = page.getByRole('table').first();
  for (const name of ['Summary', 'Tasks', 'Code', 'Needs'])
    await expect(table.getByRole('columnheader', { name, exact: true })).toHaveCount(0);

  await page.getByText('Columns', { exact: true }).click();
  const menu = page.getByRole('group', { name: 'Shown columns' });
  for (const name of ['Summary', 'Tasks', 'Code', 'Needs']) {
    const box = menu.getByRole('checkbox', { name, exact: true });
    await expect(box).not.toBeChecked();
    await box.check();
  }
  await expect(page).toHaveURL(/show=summary(%2C|,)tasks(%2C|,)code(%2C|,)needs/);
  for (const name of ['Summary', 'Tasks', 'Code', 'Needs'])
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${name}`) })).toBeVisible();

  await page.reload();
  for (const name of ['Summary', 'Tasks', 'Code', 'Needs'])
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${name}`) })).toBeVisible();
  const row = page.locator(`tr[data-id="${withCode.id}"]`);
  await expect(row).toContainText(withCode.summary.slice(0, 30));
  await expect(row).toContainText(withCode.tasks!.join(', '));
  await expect(row.getByRole('link', { name: `code for ${withCode.name}` })).toHaveAttribute(
    'href',
    withCode.code!,
  );
});

test('a method holding the most values on each dimension shows every badge inside its cell', async ({
  page,
}) => {
  for (const key of ['format', 'location', 'operator', 'alignment'] as const) {
    const most = Math.max(...methods.map((m) => m[key].length));
    const widest = methods.find((m) => m[key].length === most)!;
    await openAtlas(page, `?q=${encodeURIComponent(`"${widest.name}"`)}`);
    const row = page.locator(`tr[data-id="${widest.id}"]`);
    const cell = row.locator('td').nth(await columnIndex(page, key));
    const badges = cell.locator('.badge');
    await expect(badges).toHaveCount(most);
    // Every badge inside the cell's content box, with nothing overflowing it: an overflow,
    // however small, draws an ellipsis that reads as a value left out. More than two values
    // wrap to a second line, which must fit the row's set height: a taller row would put
    // the rows below out of step with the virtualised scroll.
    const fit = await cell.evaluate((td) => {
      const box = td.getBoundingClientRect();
      const right = box.right - parseFloat(getComputedStyle(td).paddingRight);
      const last = Math.max(
        ...[...td.querySelectorAll('.badge')].map((badge) => badge.getBoundingClientRect().right),
      );
      const table = td.closest('table')!;
      const rowHeight = parseFloat(getComputedStyle(table).getPropertyValue('--row-height'));
      return {
        past: last - right,
        overflow: td.scrollWidth - td.clientWidth,
        taller: td.parentElement!.getBoundingClientRect().height - rowHeight,
      };
    });
    const label = `${key} of ${widest.id}`;
    expect(fit.past, label).toBeLessThanOrEqual(0);
    expect(fit.overflow, label).toBeLessThanOrEqual(0);
    expect(fit.taller, label).toBeLessThanOrEqual(0);
  }
});

test('at a laptop width the title column keeps room for its text beside every dimension column', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 860 });
  await openAtlas(page);
  const title = page.getByRole('columnheader', { name: /^Title/ });
  // About 25 characters of a title at the table's size; sizing every dimension column for
  // the most values on one line left about 110px.
  expect((await title.boundingBox())!.width).toBeGreaterThanOrEqual(160);
});

/** Where the column of a dimension sits, counted over the header cells (its class names the key). */
async function columnIndex(page: Page, key: string): Promise<number> {
  const classes = await page
    .getByRole('table')
    .first()
    .locator('thead th')
    .evaluateAll((cells) => cells.map((cell) => cell.className));
  return classes.findIndex((name) => name.split(' ').includes(`col-${key}`));
}
