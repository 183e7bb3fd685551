import { expect, expectVisibleCount, openAtlas, test } from './support/atlas-test';
import { toRawNeeds } from './support/raw-needs';
import { readRawMethods, type RawMethod } from './support/raw-catalogue';

// The needs, recounted from the raw JSON with the rule data/README.md states, so
// a bug in app/catalogue/method-needs.ts cannot pass on both sides.
const methods = readRawMethods();
const ACCESS = ['text', 'scores', 'gradients', 'internals'];
const DATA = ['none', 'few', 'full'];
const needsOf = toRawNeeds;
function fits(access: string, data: string, modality: string): RawMethod[] {
  return methods.filter((m) => {
    const needs = needsOf(m);
    const modal = m.modalities.some((v) => v === modality || v.split('-').includes(modality));
    return (
      modal &&
      ACCESS.indexOf(needs.access) <= ACCESS.indexOf(access) &&
      DATA.indexOf(needs.data) <= DATA.indexOf(data)
    );
  });
}
const nameOf = (id: string) => methods.find((m) => m.id === id)!.name;

test('text only, language, no labels: fixed prompts fit, trained prompts do not; the choice is a filter kept in the URL', async ({
  page,
}) => {
  await openAtlas(page);
  await page.getByRole('tab', { name: 'What can I run?' }).click();
  await page
    .getByLabel('Access to the model')
    .selectOption({ label: 'Generated text only (a chat API)' });
  await page.getByLabel('Labelled data').selectOption({ label: 'No labels' });
  await page.getByLabel('Modality').selectOption({ label: 'Language' });
  await expect(page).toHaveURL(/run=text%2Cnone%2Clanguage|run=text,none,language/);

  const expected = fits('text', 'none', 'language');
  const list = page.getByRole('region', { name: /^Fits what you have/ });
  await expect(list.getByRole('heading')).toHaveText(`Fits what you have (${expected.length})`);
  await expectVisibleCount(page, expected.length);
  await list.getByRole('button', { name: /^Show all/ }).click();
  for (const id of ['chain-of-thought', 'gpt3-icl']) {
    const item = list.getByRole('listitem').filter({
      has: page.getByRole('button', { name: nameOf(id), exact: true }),
    });
    await expect(item).toContainText('needs only generated text and no labels');
  }
  for (const id of ['prefix-tuning', 'prompt-tuning', 'autoprompt', 'p-tuning'])
    await expect(list.getByRole('button', { name: nameOf(id), exact: true })).toHaveCount(0);
  await expect(list.getByRole('listitem')).toHaveCount(expected.length);
  const misses = page.getByRole('region', { name: /^Near misses/ });
  await expect(misses.getByRole('listitem').first()).toContainText(
    /; you have (text only|no labels)/,
  );

  // The choice survives a reload from its URL, and the other views show the same methods.
  await page.reload();
  await expect(page.getByLabel('Access to the model')).toHaveValue('text');
  await expect(page.getByLabel('Modality')).toHaveValue('language');
  await expectVisibleCount(page, expected.length);
  for (const tab of ['Matrix', 'Citation graph', 'Timeline']) {
    await page.getByRole('tab', { name: tab }).click();
    await expectVisibleCount(page, expected.length);
    await expect(
      page.getByRole('group', { name: 'Active filters' }).getByText(/^Can run with:/),
    ).toBeVisible();
  }
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).not.toHaveURL(/run=/);
  await expectVisibleCount(page, methods.length);
});

test('output scores, vision: black-box reprogramming fits, VPT does not', async ({ page }) => {
  await openAtlas(page, '?view=finder&run=scores,full,vision');
  const expected = fits('scores', 'full', 'vision');
  const list = page.getByRole('region', { name: /^Fits what you have/ });
  await expect(list.getByRole('heading')).toHaveText(`Fits what you have (${expected.length})`);
  if (expected.length > 25) await list.getByRole('button', { name: /^Show all/ }).click();
  for (const id of ['bar', 'blackvip']) {
    const item = list.getByRole('listitem').filter({
      has: page.getByRole('button', { name: nameOf(id), exact: true }),
    });
    await expect(item).toContainText('needs output scores and a labelled training set');
  }
  await expect(list.getByRole('button', { name: nameOf('vpt'), exact: true })).toHaveCount(0);
  const nearMisses = page.getByRole('region', { name: /^Near misses/ });
  // The grown catalogue lists more near misses than the first page shows.
  const showAllMisses = nearMisses.getByRole('button', { name: /^Show all/ });
  if ((await showAllMisses.count()) > 0) await showAllMisses.click();
  const missing = nearMisses.getByRole('listitem').filter({
    has: page.getByRole('button', { name: nameOf('vpt'), exact: true }),
  });
  await expect(missing).toContainText("needs the model's embeddings or hidden states");
});
