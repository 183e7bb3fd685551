import { readBibtex, toCatalogueName, toTypesetText } from '../app/testing/read-bibtex';
import { readRawCatalogue } from './support/raw-catalogue';
import { expect, openAtlas, test } from './support/atlas-test';

// Read from data/*.json alone: the detail is checked against the records, not the app's model.
const catalogue = readRawCatalogue();
// The most cited method: it has citations in both directions to click through.
const position = catalogue.citedByOf.reduce(
  (best, citing, index) => (citing.length > catalogue.citedByOf[best]!.length ? index : best),
  0,
);
const method = catalogue.methods[position]!;

test('detail journey: a method opens with its facts, labels, links and citations, by click and by URL', async ({
  page,
}) => {
  await openAtlas(page, `?q=${encodeURIComponent(method.name)}`);
  await page.getByRole('link', { name: method.name, exact: true }).first().click();
  const detail = page.getByRole('complementary', { name: method.name });
  await expect(detail).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`method=${method.id}`));
  await expect(page.locator(`tr[data-id="${method.id}"]`)).toHaveClass(/is-focused/);
  await expect(detail).toContainText(method.title);
  await expect(detail).toContainText(method.summary);
  for (const key of ['format', 'location', 'operator', 'alignment'] as const) {
    const dimension = catalogue.taxonomy.dimensions.find((d) => d.key === key)!;
    for (const value of method[key]) {
      await expect(detail).toContainText(
        dimension.values.find((v) => v.value === value)!.definition,
      );
    }
  }
  if (method.arxiv)
    await expect(detail.getByRole('link', { name: `arXiv ${method.arxiv}` })).toHaveAttribute(
      'href',
      `https://arxiv.org/abs/${method.arxiv}`,
    );
  const citedBy = catalogue.citedByOf[position]!;
  await expect(detail.getByRole('heading', { name: /Cited by/ })).toContainText(
    `(${citedBy.length})`,
  );
  // The BibTeX shown reads back, with a parser, as this method: its whole title, year and authors.
  const bibtex = detail.getByLabel(`BibTeX entry of ${method.name}`);
  const [entry, ...others] = readBibtex((await bibtex.textContent()) ?? '');
  expect(others).toHaveLength(0);
  expect(toTypesetText(entry!.fields.title ?? '')).toBe(toTypesetText(method.title));
  expect(entry!.fields.year).toBe(String(method.year));
  const authors = (entry!.fields.author ?? []).map((creator) => toCatalogueName(creator));
  expect(authors.map((author) => `${author.family}, ${author.given}`)).toEqual(method.authors);

  // Following a citation focuses that method; Back returns to this one.
  const citing = catalogue.methods[citedBy[0]!]!;
  await detail.getByRole('button', { name: citing.name, exact: true }).first().click();
  await expect(page.getByRole('complementary', { name: citing.name })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('complementary', { name: method.name })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: method.name })).toHaveCount(0);
  await expect(page).not.toHaveURL(/method=/);
});

test('a detail URL opens the method directly', async ({ page }) => {
  await openAtlas(page, `?method=${method.id}`);
  await expect(page.getByRole('complementary', { name: method.name })).toBeVisible();
});
