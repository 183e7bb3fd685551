import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, facetCheckbox, openAtlas, test } from './support/atlas-test';
import { readRawMethods, type RawMethod } from './support/raw-catalogue';

// Expectations recounted straight from the raw JSON, never through the app's modules.
interface RawTaxonomy {
  paradigms: { code: string; name: string }[];
  dimensions: {
    key: string;
    name: string;
    symbol: string;
    values: { value: string; name: string }[];
  }[];
}
const methods = readRawMethods();
const taxonomy = JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as RawTaxonomy;

const departuresOf = (method: RawMethod) =>
  method.labels.source === 'authors' ? (method.labels.departures ?? []) : [];
const departureOf = (method: RawMethod, field: string) =>
  departuresOf(method).find((departure) => departure.field === field);
/** The survey's paradigm: the authors' first where Atlas departs, else Atlas's. */
const surveyParadigm = (method: RawMethod) =>
  departureOf(method, 'paradigm')?.authors[0] ?? method.paradigm;
const surveyFormat = (method: RawMethod) => departureOf(method, 'format')?.authors ?? method.format;
const paradigmName = (code: string) => taxonomy.paradigms.find((p) => p.code === code)!.name;
const format = taxonomy.dimensions.find((d) => d.key === 'format')!;
const formatName = (value: string) => format.values.find((v) => v.value === value)!.name;

const fromAuthors = methods.filter((method) => method.labels.source === 'authors');
const departing = fromAuthors.filter((method) => departuresOf(method).length > 0);
const vpt = methods.find((method) => method.id === 'vpt')!;
const vptParadigm = departureOf(vpt, 'paradigm')!;
const vptFormat = departureOf(vpt, 'format')!;
const fixedCount = {
  atlas: methods.filter((method) => method.format.includes('fixed')).length,
  survey: methods.filter((method) => surveyFormat(method).includes('fixed')).length,
};
const piCount = {
  atlas: methods.filter((method) => method.paradigm === 'PI').length,
  survey: methods.filter((method) => surveyParadigm(method) === 'PI').length,
};

test("the survey-labels toggle shows the authors' labels of a departed method, marked, and survives a reload", async ({
  page,
}) => {
  // The journey needs VPT to depart on paradigm and format, and the counts to move.
  expect([vptParadigm.authors[0], vptFormat.authors[0]]).toEqual(['PI', 'fixed']);
  expect(fixedCount.survey).not.toBe(fixedCount.atlas);

  await openAtlas(page, `?q=${encodeURIComponent('visual prompt tuning')}`);
  const atlasRadio = page.getByRole('radio', { name: "Atlas's" });
  const surveyRadio = page.getByRole('radio', { name: "Survey's (Ye et al.)" });
  await expect(atlasRadio).toBeChecked();
  const row = page
    .getByRole('table', { name: 'Methods' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: vpt.name, exact: true }) });
  await expect(row.getByRole('img', { name: `Paradigm: ${paradigmName('PT')}` })).toBeVisible();

  await surveyRadio.check();
  await expect(page).toHaveURL(/labels=authors/);
  const notice = page.getByRole('status', { name: 'Labels shown' });
  await expect(notice).toContainText(
    `shown for the ${fromAuthors.length} methods of its authors' list, and Atlas's for the other ${methods.length - fromAuthors.length}`,
  );
  await expect(notice).toContainText(`on ${departing.length} methods`);

  // The table row: the survey's paradigm and format, each marked with Atlas's reading.
  const paradigmBadge = row.getByRole('img', {
    name: `Paradigm: ${paradigmName(vptParadigm.authors[0]!)} (the survey's paradigm label; Atlas's: ${paradigmName(vptParadigm.atlas[0]!)})`,
  });
  await expect(paradigmBadge).toBeVisible();
  await expect(paradigmBadge).toContainText(`${vptParadigm.authors[0]}≠`);
  await expect(
    row.getByRole('img', {
      name: `${format.name}: ${formatName('fixed')} (the survey's format label; Atlas's: ${formatName(vptFormat.atlas[0]!)})`,
    }),
  ).toBeVisible();

  // Facet counts follow the survey's labels.
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(facetCheckbox(page, /Manipulation format/, 'Fixed')).toHaveAccessibleName(
    `Fixed ${fixedCount.survey}`,
  );
  await expect(facetCheckbox(page, /Paradigm/, 'Prompt instruction')).toHaveAccessibleName(
    `Prompt instruction ${piCount.survey}`,
  );

  // The detail: both labels side by side with Atlas's reason.
  await page.getByRole('searchbox', { name: 'Search methods' }).fill(vpt.name);
  await row.getByRole('link', { name: vpt.name, exact: true }).click();
  const detail = page.getByRole('complementary', { name: vpt.name });
  await expect(
    detail.getByRole('img', {
      name: `Paradigm: ${paradigmName(vptParadigm.authors[0]!)} (the survey's paradigm label; Atlas's: ${paradigmName(vptParadigm.atlas[0]!)})`,
    }),
  ).toBeVisible();
  await expect(detail).toContainText(`Atlas reads: ${formatName(vptFormat.atlas[0]!)}`);
  const sideBySide = detail.getByRole('table', { name: /Where Atlas departs/ });
  await expect(sideBySide.getByRole('columnheader')).toHaveText([
    'Field',
    "Survey's label (shown)",
    "Atlas's label",
  ]);
  for (const [field, departure, name] of [
    ['Paradigm', vptParadigm, paradigmName],
    [`${format.name} ${format.symbol}`, vptFormat, formatName],
  ] as const) {
    const fieldRow = sideBySide
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: field }) });
    await expect(fieldRow.getByRole('cell')).toHaveText([
      departure.authors.map(name).join(', '),
      departure.atlas.map(name).join(', '),
    ]);
    await expect(sideBySide).toContainText(departure.reason);
  }

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);

  // Its URL opens it again after a reload.
  await page.reload();
  await expect(page.getByRole('radio', { name: "Survey's (Ye et al.)" })).toBeChecked();
  await expect(paradigmBadge).toBeVisible();
  await expect(page.getByRole('complementary', { name: vpt.name })).toContainText(
    `Atlas reads: ${formatName(vptFormat.atlas[0]!)}`,
  );

  // Back to Atlas's labels: the row, the detail, the counts and the URL are Atlas's again.
  await page.getByRole('radio', { name: "Atlas's" }).check();
  await expect(page).not.toHaveURL(/labels=/);
  await expect(notice).toBeEmpty();
  await expect(row.getByRole('img', { name: `Paradigm: ${paradigmName('PT')}` })).toBeVisible();
  await expect(
    row.getByRole('img', { name: `${format.name}: ${formatName('learnable')}` }),
  ).toBeVisible();
  const atlasDetail = page.getByRole('complementary', { name: vpt.name });
  await expect(
    atlasDetail.getByRole('img', { name: `Paradigm: ${paradigmName('PT')}` }),
  ).toBeVisible();
  await expect(atlasDetail).not.toContainText('Atlas reads:');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(facetCheckbox(page, /Manipulation format/, 'Fixed')).toHaveAccessibleName(
    `Fixed ${fixedCount.atlas}`,
  );
  await expect(facetCheckbox(page, /Paradigm/, 'Prompt instruction')).toHaveAccessibleName(
    `Prompt instruction ${piCount.atlas}`,
  );
});

test("an unknown labels= value opens with Atlas's labels and says what it ignored", async ({
  page,
}) => {
  await openAtlas(page, '?labels=survey');
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'labels: "survey" is not a known value',
  );
  await expect(page.getByRole('radio', { name: "Atlas's" })).toBeChecked();
  await expect(facetCheckbox(page, /Manipulation format/, 'Fixed')).toHaveAccessibleName(
    `Fixed ${fixedCount.atlas}`,
  );
});
