import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { readBibtex } from '../app/testing/read-bibtex';
import { expect, openAtlas, test } from './support/atlas-test';
import { readRawMethods, type RawMethod } from './support/raw-catalogue';

const methods = readRawMethods();
const byId = new Map(methods.map((method) => [method.id, method]));
const taxonomy = JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as {
  dimensions: { key: string; name: string }[];
};
const nameOf = (key: string) => taxonomy.dimensions.find((d) => d.key === key)!.name;
const vpt = byId.get('vpt')!;
const vp = byId.get('visual-prompting')!;
const citesOf = (method: RawMethod) =>
  new Set(method.cites.map((cite) => cite.id).filter((id) => byId.has(id)));
const sameSet = (a: string[], b: string[]) =>
  a.length === new Set(b).size && a.every((value) => b.includes(value));

/** Whether a chain of catalogue citations leads from one method to the other. */
function isReachable(from: string, to: string): boolean {
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0) {
    frontier = frontier.flatMap((id) =>
      [...citesOf(byId.get(id)!)].filter((next) => !seen.has(next)),
    );
    for (const id of frontier) seen.add(id);
    if (seen.has(to)) return true;
  }
  return false;
}

test('comparing VPT with visual prompting marks where they differ, lists their shared citations and exports both as BibTeX', async ({
  page,
}) => {
  // Counted from the raw JSON: which dimensions differ, what both cite, what cites both.
  const differing = (['format', 'location', 'operator'] as const).filter(
    (key) => !sameSet(vpt[key], vp[key]),
  );
  expect(differing).toEqual(expect.arrayContaining(['location', 'operator']));
  const bothCite = [...citesOf(vpt)].filter((id) => citesOf(vp).has(id));
  const citeBoth = methods.filter((m) => citesOf(m).has(vpt.id) && citesOf(m).has(vp.id));
  const shared = [...bothCite.map((id) => byId.get(id)!.name), ...citeBoth.map((m) => m.name)];
  const linked = isReachable(vpt.id, vp.id) || isReachable(vp.id, vpt.id);

  await openAtlas(page, `?sel=${vpt.id},${vp.id}`);
  await page
    .getByRole('region', { name: 'Selection and export' })
    .getByRole('button', { name: 'Compare', exact: true })
    .click();
  await expect(page).toHaveURL(/view=compare/);
  await expect(page).toHaveURL(new RegExp(`compare=${vpt.id}(%2C|,)${vp.id}`));

  const table = page.getByRole('table', { name: /compared methods field by field/ });
  for (const key of ['location', 'operator', 'format'] as const) {
    const field = nameOf(key);
    await expect(table.getByRole('rowheader', { name: new RegExp(`^${field}`) })).toHaveText(
      differing.includes(key)
        ? new RegExp(`^${field}.*\\(differs\\)$`)
        : new RegExp(`^${field} \\S+$`),
    );
  }
  const sharing = page.getByRole('region', { name: 'Shared citations' });
  await expect(sharing.getByRole('button')).toHaveCount(shared.length);
  for (const name of shared)
    await expect(sharing.getByRole('button', { name, exact: true }).first()).toBeVisible();
  const path = page.getByRole('region', { name: 'Citation path' });
  if (linked) await expect(path.getByRole('listitem').first()).toBeVisible();
  else await expect(path).toContainText('Neither method reaches the other');

  // Its own URL opens it again after a reload.
  await page.reload();
  await expect(
    table.getByRole('columnheader', { name: new RegExp(`^${vpt.name}\\b`) }),
  ).toBeVisible();
  await expect(
    table.getByRole('columnheader', { name: new RegExp(`^${vp.name}\\b`) }),
  ).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download these as BibTeX' }).click();
  const entries = readBibtex(readFileSync(await (await download).path(), 'utf8'));
  expect(entries).toHaveLength(2);
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved 2 BibTeX entries' }),
  ).toBeVisible();

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});

test('methods join the comparison from their detail, and an unknown id in compare= is reported as ignored', async ({
  page,
}) => {
  await openAtlas(page, `?compare=${vpt.id},no-such-method&method=${vp.id}`);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'compare: "no-such-method" is not a method in this catalogue',
  );
  const detail = page.getByRole('complementary', { name: vp.name });
  await detail.getByRole('button', { name: 'Add to comparison' }).click();
  await expect(detail.getByRole('button', { name: 'In the comparison' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await detail.getByRole('button', { name: 'Open the comparison (2)' }).click();
  await expect(page).toHaveURL(new RegExp(`compare=${vpt.id}(%2C|,)${vp.id}`));
  const table = page.getByRole('table', { name: /compared methods field by field/ });
  await table.getByRole('button', { name: `Take ${vpt.name} out of the comparison` }).click();
  await expect(page.getByRole('heading', { name: 'Compare methods' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`compare=${vp.id}(&|$)`));
});

test('methods join the comparison from their table rows, at most four, with a message for a fifth', async ({
  page,
}) => {
  const picked = ['vpt', 'coop', 'visual-prompting', 'prompt-tuning', 'bar'].map((id) =>
    byId.get(id)!,
  );
  const [first, ...rest] = picked;
  const fifth = rest.at(-1)!;
  await openAtlas(page);
  const search = page.getByRole('searchbox', { name: 'Search methods' });
  const toggle = (method: RawMethod) =>
    page.getByRole('table', { name: 'Methods' }).getByRole('button', {
      name: `Compare ${method.name}`,
      exact: true,
    });
  for (const method of picked.slice(0, 4)) {
    await search.fill(method.name);
    await toggle(method).click();
    await expect(toggle(method)).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByText('4 of at most 4 to compare')).toBeVisible();

  // A fifth is refused with a message, and nothing the reader picked is pushed out.
  await search.fill(fifth.name);
  await toggle(fifth).click();
  await expect(toggle(fifth)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'at most 4 methods' })).toHaveText(
    `The comparison holds at most 4 methods: take one out before adding ${fifth.name}.`,
  );
  await expect(page).toHaveURL(
    new RegExp(
      `compare=${picked
        .slice(0, 4)
        .map((m) => m.id)
        .join('(%2C|,)')}(&|$)`,
    ),
  );

  // Taking one out makes room; the message goes.
  await search.fill(first!.name);
  await toggle(first!).click();
  await expect(toggle(first!)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('at most 4 methods: take one out')).toHaveCount(0);
  await search.fill(fifth.name);
  await toggle(fifth).click();
  await expect(toggle(fifth)).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Open the comparison' }).click();
  await expect(page).toHaveURL(/view=compare/);
  const table = page.getByRole('table', { name: /compared methods field by field/ });
  for (const method of rest)
    await expect(
      table.getByRole('columnheader', { name: new RegExp(`^${method.name}\\b`) }),
    ).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveCount(rest.length + 1);
});
