import { expect, openAtlas, test } from './support/atlas-test';
import { readRawMethods } from './support/raw-catalogue';

const methods = readRawMethods();
const byId = new Map(methods.map((method) => [method.id, method]));
const byName = new Map(methods.map((method) => [method.name, method]));

const up = (id: string) =>
  byId
    .get(id)!
    .cites.map((cite) => cite.id)
    .filter((cited) => byId.has(cited));
const down = (id: string) =>
  methods.filter((m) => m.cites.some((cite) => cite.id === id)).map((m) => m.id);

/** Ids reachable from `start` in at most `depth` steps of `next`, counted from the raw cites. */
function reach(start: string, depth: number, next: (id: string) => string[]): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step++) {
    frontier = frontier.flatMap(next).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  seen.delete(start);
  return seen;
}

/** The method and everything within `depth` citation steps of it, both ways. */
const lineageIds = (start: string, depth: number) =>
  new Set([start, ...reach(start, depth, up), ...reach(start, depth, down)]);

const vpt = byId.get('vpt')!;
const coop = byName.get('CoOp')!;

test('the lineage stays listed after the detail closes, can trace any method and joins the selection', async ({
  page,
}) => {
  await openAtlas(page, `?view=graph&method=${vpt.id}`);
  const lineage = (name: string) => page.getByRole('region', { name: `Lineage of ${name}` });
  await expect(lineage(vpt.name)).toBeVisible();

  // Closing the detail keeps the lineage, in the URL too, so a reload keeps it.
  await page.getByRole('button', { name: 'Close method detail' }).click();
  await expect(page.getByRole('complementary', { name: vpt.name })).toHaveCount(0);
  await expect(lineage(vpt.name)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`lineage=${vpt.id}`));
  await page.reload();
  await expect(lineage(vpt.name)).toBeVisible();

  // The find box traces another method without opening its detail.
  await page.getByRole('searchbox', { name: 'Find a method' }).fill(coop.name);
  await page.getByRole('button', { name: `Trace ${coop.name}`, exact: true }).click();
  const panel = lineage(coop.name);
  await expect(panel).toBeVisible();
  await expect(page.getByRole('complementary', { name: coop.name })).toHaveCount(0);

  // Selecting the lineage selects the method and everything within the depth (2), both ways.
  const expected = lineageIds(coop.id, 2);
  await panel.getByRole('button', { name: `Select this lineage (${expected.size})` }).click();
  await expect(
    page.getByRole('region', { name: 'Selection and export' }).locator('strong').first(),
  ).toHaveText(String(expected.size));

  await panel.getByRole('button', { name: 'Clear lineage' }).click();
  await expect(page.getByRole('region', { name: 'Lineage' })).toContainText('Find a method above');
  await expect(page).not.toHaveURL(/lineage=/);
});

test('the graph defines confirmed and recalled, and counts say they count this catalogue only', async ({
  page,
}) => {
  await openAtlas(page, `?view=graph&method=${vpt.id}`);
  const legend = page.getByRole('group', { name: /^Legend:/ });
  await expect(legend).toContainText('confirmed: seen in the citing paper');
  await expect(legend).toContainText('recalled: listed by the editors, not yet checked');
  await expect(legend).toContainText('citations from outside it are not counted');
  const citedBy = methods.filter((m) => m.cites.some((cite) => cite.id === vpt.id)).length;
  const detail = page.getByRole('complementary', { name: vpt.name });
  await expect(detail.getByRole('heading', { name: 'Cited by (in this catalogue)' })).toContainText(
    `(${citedBy})`,
  );
  await expect(detail).toContainText('papers outside it that cite this one are not');
});

test('on a phone the open detail lists the lineage, as the graph under it is covered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page, `?view=graph&method=${vpt.id}`);
  const detail = page.getByRole('complementary', { name: vpt.name });
  const inDetail = detail.getByRole('region', { name: `Lineage of ${vpt.name}` });
  await expect(inDetail).toBeVisible();
  await expect(inDetail.getByRole('heading', { name: /^Builds on/ })).toContainText(
    `(${reach(vpt.id, 2, up).size})`,
  );
  await expect(inDetail.getByRole('heading', { name: /^Built upon by/ })).toContainText(
    `(${reach(vpt.id, 2, down).size})`,
  );
  await expect(page.getByRole('region', { name: `Lineage of ${vpt.name}` })).toHaveCount(1);
});
