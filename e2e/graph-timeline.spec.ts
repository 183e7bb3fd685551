import { expect, openAtlas, test } from './support/atlas-test';
import { readRawMethods, type RawMethod } from './support/raw-catalogue';

// Expected values come from the raw catalogue, read here with plain lines.
const raw = readRawMethods();

/** The year a method was first posted: its arXiv id's YY, unless its venue year is earlier. */
function postedYear(method: RawMethod): number {
  const yy = /^(\d{2})\d{2}\./.exec(method.arxiv ?? '')?.[1];
  return yy === undefined ? method.year : Math.min(method.year, 2000 + Number(yy));
}

test('the graph timeline puts every method in the column of the year it was first posted, so no cite points back in time', async ({
  page,
}) => {
  // The SVG drawing, whose year bands and nodes can be measured one by one.
  await openAtlas(page, '?view=graph&layout=timeline&draw=svg');
  const nodes = page.locator('.graph-svg g.graph-node[data-id]');
  await expect(nodes).toHaveCount(raw.length, { timeout: 30_000 });
  const firstYear = Math.min(...raw.map(postedYear));
  const lastYear = Math.max(...raw.map(postedYear));
  const bands = page.locator('.graph-svg rect.graph-year-band');
  await expect(bands).toHaveCount(lastYear - firstYear + 1);

  // Screen positions of the year columns (oldest first) and of each node's centre.
  const { columns, centres } = await page.evaluate(() => {
    const svg = document.querySelector('.graph-svg')!;
    const columns = [...svg.querySelectorAll('rect.graph-year-band')].map((rect) => {
      const box = rect.getBoundingClientRect();
      return [box.left, box.right];
    });
    const centres = Object.fromEntries(
      [...svg.querySelectorAll('g.graph-node[data-id]')].map((node) => {
        const box = node.querySelector('circle')!.getBoundingClientRect();
        return [node.getAttribute('data-id')!, box.left + box.width / 2];
      }),
    );
    return { columns, centres };
  });
  const yearAt = (x: number) =>
    firstYear + columns.findIndex(([left, right]) => x >= left! && x <= right!);
  const placed = new Map(raw.map((method) => [method.id, yearAt(centres[method.id]!)]));

  const misplaced = raw.filter((method) => placed.get(method.id) !== postedYear(method));
  expect(misplaced.map((method) => `${method.id}: ${placed.get(method.id)}`)).toEqual([]);
  const backward = raw.flatMap((method) =>
    method.cites
      .filter((cite) => !cite.note && placed.get(method.id)! < placed.get(cite.id)!)
      .map((cite) => `${method.id} -> ${cite.id}`),
  );
  expect(backward).toEqual([]);
  // CLIP-Adapter (2021 on arXiv) builds on CoOp (2021 on arXiv, 2022 in its journal).
  expect(placed.get('coop')).toBe(2021);
  expect(placed.get('clip-adapter')).toBeGreaterThanOrEqual(placed.get('coop')!);
});

test('the open detail, the layout picker and the lineage list say when a paper was on arXiv before its venue year', async ({
  page,
}) => {
  const coop = raw.find((method) => method.id === 'coop')!;
  const postedMonth = `20${coop.arxiv!.slice(0, 2)}-${coop.arxiv!.slice(2, 4)}`;
  expect(postedYear(coop)).toBeLessThan(coop.year);

  await openAtlas(page, '?view=graph&layout=timeline&method=coop');
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('timeline');
  await expect(page.getByRole('combobox', { name: 'Layout' }).locator('option:checked')).toHaveText(
    'Timeline (first posted)',
  );
  const detail = page.locator('.method-detail');
  await expect(detail.locator('.detail-venue')).toContainText(`${coop.year}, arXiv ${postedMonth}`);
  // CLIP-Adapter cites CoOp, so it is in CoOp's lineage; posted and published in one year.
  const adapter = raw.find((method) => method.id === 'clip-adapter')!;
  expect(postedYear(adapter)).toBe(adapter.year);
  const lineage = page.locator('.lineage-panel');
  const adapterRow = lineage.locator('li', { has: page.locator('[data-id="clip-adapter"]') });
  await expect(adapterRow.locator('.lineage-meta')).toHaveText(new RegExp(`^${adapter.year} ·`));
});
