import { readFileSync } from 'node:fs';
import { expect, openAtlas, test } from './support/atlas-test';
import { toRawNeeds } from './support/raw-needs';
import { readRawMethods } from './support/raw-catalogue';

const methods = readRawMethods();
const overrides = JSON.parse(readFileSync('data/needs-overrides.json', 'utf8')) as {
  id: string;
  access?: string;
  note: string;
}[];
const ACCESS = {
  text: 'Generated text',
  scores: 'Output scores',
  gradients: 'Gradients',
  internals: 'Internals',
};
const DATA = { none: 'No labels', few: 'A few labels', full: 'Training set' };

test("the detail shows a method's needs with the reason, and an override's note as the reason", async ({
  page,
}) => {
  const overridden = overrides.find((o) => o.access)!;
  const method = methods.find((m) => m.id === overridden.id)!;
  const needs = toRawNeeds(method);
  await openAtlas(page, `?method=${method.id}`);
  const section = page
    .getByRole('complementary', { name: method.name })
    .getByRole('region', { name: 'What it needs' });
  const access = section.locator('[data-need="access"]');
  await expect(access).toContainText(ACCESS[needs.access as keyof typeof ACCESS]);
  await expect(access).toContainText(`Set from the paper: ${overridden.note.replace(/\.$/, '')}`);
  await expect(section.locator('[data-need="data"]')).toContainText(
    DATA[needs.data as keyof typeof DATA],
  );
});

test('previous and next walk the visible order, here model reprogramming by name', async ({
  page,
}) => {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const order = methods
    .filter((m) => m.paradigm === 'MR')
    .sort((a, b) => collator.compare(a.name, b.name));
  const [first, second, third] = order;
  await openAtlas(page, `?paradigm=MR&sort=name:asc&method=${second!.id}`);
  const steps = page.getByRole('navigation', { name: 'Step through the shown methods' });
  await expect(steps).toContainText(`2 of ${order.length}`);
  await steps.getByRole('button', { name: `Next: ${third!.name}` }).click();
  await expect(page.getByRole('complementary', { name: third!.name })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`method=${third!.id}`));
  await steps.getByRole('button', { name: `Previous: ${second!.name}` }).click();
  await steps.getByRole('button', { name: `Previous: ${first!.name}` }).click();
  await expect(steps).toContainText(`1 of ${order.length}`);
  await expect(
    steps.getByRole('button', { name: 'Previous: none, this is the first' }),
  ).toBeDisabled();
});

test('without a repository in package.json, the detail offers no "Suggest a correction" link', async ({
  page,
}) => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository?: unknown };
  expect(pkg.repository).toBeUndefined();
  const method = methods.find((m) => m.id === 'vpt')!;
  await openAtlas(page, `?method=${method.id}`);
  const detail = page.getByRole('complementary', { name: method.name });
  await expect(detail.getByRole('region', { name: 'What it needs' })).toBeVisible();
  await expect(detail.getByRole('link', { name: /Suggest a correction/ })).toHaveCount(0);
  await expect(detail.locator('a[href*="/issues/new"]')).toHaveCount(0);
});
