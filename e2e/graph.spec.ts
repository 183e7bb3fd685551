import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { validateCatalogue } from '../app/catalogue/validate-catalogue';
import { listRawVisible, readRawCatalogue } from './support/raw-catalogue';
import { expect, expectVisibleCount, facetCheckbox, openAtlas, test } from './support/atlas-test';

// Countable selectors (see the report): a node or edge the filters let through carries
// data-visible="true"; in "Hide" mode the others are display:none, in "Fade" mode drawn faded.
// They are the SVG drawing's, which a reader asks for (draw=svg): the canvas is the default.
const NODES = '.graph-svg g.graph-node[data-id]';
const EDGES = '.graph-svg line[data-source]';

// Every expectation below is counted from data/methods.json and data/taxonomy.json alone.
const catalogue = readRawCatalogue();

/**
 * Cites between the visible methods (ids), counted straight from the records' `cites`: the
 * bundled catalogue's unless other served records are given.
 */
function countCitesBetween(
  visible: ReadonlySet<string>,
  confirmedOnly = false,
  methods: readonly {
    id: string;
    cites?: readonly { id: string; basis: string }[];
  }[] = catalogue.methods,
): number {
  let count = 0;
  for (const method of methods) {
    if (!visible.has(method.id)) continue;
    for (const cite of method.cites ?? []) {
      if (confirmedOnly && cite.basis !== 'confirmed') continue;
      if (visible.has(cite.id)) count++;
    }
  }
  return count;
}

const idsOf = (methods: readonly { id: string }[]) => new Set(methods.map((method) => method.id));

/** Ids reachable from `start` in at most `depth` steps of `next`, the start left out. */
function reach(start: number, depth: number, next: readonly (readonly number[])[]): string[] {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step++) {
    frontier = frontier.flatMap((from) => next[from]!.filter((to) => !seen.has(to)));
    frontier = [...new Set(frontier)];
    frontier.forEach((position) => seen.add(position));
  }
  seen.delete(start);
  return [...seen].map((position) => catalogue.methods[position]!.id).sort();
}

/** The graph drawn as SVG, an element per method and cite, as the tests below count them. */
async function openGraph(page: Page, search = '') {
  await openAtlas(page, `?view=graph&draw=svg${search}`);
  await expect(page.locator(NODES)).toHaveCount(catalogue.methods.length);
}

async function listedIds(page: Page, list: string): Promise<string[]> {
  const buttons = page
    .getByRole('region', { name: /^Lineage of / })
    .getByRole('list', { name: new RegExp(`^${list}`) })
    .getByRole('button');
  const ids = await buttons.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-id') ?? ''),
  );
  return ids.sort();
}

test('the graph shows one node per visible method and one edge per cite between them, after a facet change too', async ({
  page,
}) => {
  await openGraph(page);
  const all = idsOf(catalogue.methods);
  await expect(page.locator(`${NODES}[data-visible="true"]`)).toHaveCount(all.size);
  await expect(page.locator(`${EDGES}[data-visible="true"]`)).toHaveCount(countCitesBetween(all));
  const confirmed = countCitesBetween(all, true);
  const total = countCitesBetween(all);
  await expect(page.getByTestId('graph-completeness')).toHaveText(
    `${total} citations between catalogue methods: ${confirmed} confirmed (seen in the citing paper), ${total - confirmed} recalled (not yet checked in its text)`,
  );

  const hidden = catalogue.taxonomy.dimensions
    .find((d) => d.key === 'location')!
    .values.find((v) => v.value === 'hidden')!;
  const placed = () =>
    page.locator(NODES).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('transform')));
  const before = await placed();
  await facetCheckbox(page, /Location/, hidden.name).check();
  const narrowed = idsOf(listRawVisible({ location: ['hidden'] }));
  await expectVisibleCount(page, narrowed.size);
  const shownIds = await page
    .locator(`${NODES}[data-visible="true"]`)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id')));
  expect(shownIds.sort()).toEqual([...narrowed].sort());
  await expect(page.locator(`${EDGES}[data-visible="true"]`)).toHaveCount(
    countCitesBetween(narrowed),
  );
  // Filtering restyles; it never moves a node.
  expect(await placed()).toEqual(before);
  // Fade (the default) keeps filtered-out methods on screen; Hide takes them away.
  await expect(page.locator(`${NODES}:visible`)).toHaveCount(catalogue.methods.length);
  await page.getByLabel('Filtered methods').selectOption('hide');
  await expect(page).toHaveURL(/filtered=hide/);
  await expect(page.locator(`${NODES}:visible`)).toHaveCount(narrowed.size);
  await expect(page.locator(`${EDGES}:visible`)).toHaveCount(countCitesBetween(narrowed));

  await page.getByLabel('Confirmed only').check();
  await expect(page).toHaveURL(/confirmed=1/);
  await expect(page.locator(`${EDGES}:visible`)).toHaveCount(countCitesBetween(narrowed, true));
  await expect(page.locator(`${EDGES}[data-basis="recalled"]:visible`)).toHaveCount(0);
});

test('clicking a node opens its detail and table row, and its lineage lists exactly its ancestors and descendants', async ({
  page,
}) => {
  // A method among the table's first rows (so its row is rendered) with the longest ancestry.
  const firstRows = listRawVisible()
    .slice(0, 8)
    .map((listed) => listed.id);
  const ancestry = (id: string) => reach(catalogue.indexOf.get(id)!, 6, catalogue.citesOf).length;
  const id = [...firstRows].sort((a, b) => ancestry(b) - ancestry(a))[0]!;
  const position = catalogue.indexOf.get(id)!;
  const method = catalogue.methods[position]!;
  expect(ancestry(id)).toBeGreaterThan(1);

  await openGraph(page);
  await page.locator(`${NODES}[data-id="${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`[?&]method=${id}(&|$)`));
  await expect(page.getByRole('complementary', { name: method.name })).toBeVisible();
  await expect(page.locator(`${NODES}[data-id="${id}"]`)).toHaveClass(/is-focused/);
  await expect(page.getByRole('region', { name: `Lineage of ${method.name}` })).toBeVisible();

  // Depth 2 is the default; then every depth up to the deepest.
  expect(await listedIds(page, 'Builds on')).toEqual(reach(position, 2, catalogue.citesOf));
  expect(await listedIds(page, 'Built upon by')).toEqual(reach(position, 2, catalogue.citedByOf));
  await page.getByLabel('Depth').selectOption('6');
  await expect(page).toHaveURL(/depth=6/);
  expect(await listedIds(page, 'Builds on')).toEqual(reach(position, 6, catalogue.citesOf));
  expect(await listedIds(page, 'Built upon by')).toEqual(reach(position, 6, catalogue.citedByOf));
  const lineageNodes = await page
    .locator(`${NODES}.is-ancestor`)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id')));
  expect(lineageNodes.sort()).toEqual(reach(position, 6, catalogue.citesOf));

  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.locator(`tbody tr[data-id="${id}"]`)).toHaveClass(/is-focused/);
  await expectVisibleCount(page, catalogue.methods.length);
});

test('zooming with the wheel keeps the method under the pointer, larger, and it can then be clicked', async ({
  page,
}) => {
  // The most cited method has the largest circle.
  const position = catalogue.citedByOf.reduce(
    (best, citers, p) => (citers.length > catalogue.citedByOf[best]!.length ? p : best),
    0,
  );
  const method = catalogue.methods[position]!;
  await openGraph(page);
  const circle = page.locator(`${NODES}[data-id="${method.id}"] circle`);
  const before = (await circle.boundingBox())!;
  const pointer = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
  await page.mouse.move(pointer.x, pointer.y);
  for (let step = 0; step < 3; step++) await page.mouse.wheel(0, -240);

  const box = (await circle.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - pointer.x)).toBeLessThan(3);
  expect(Math.abs(box.y + box.height / 2 - pointer.y)).toBeLessThan(3);
  expect(box.width).toBeGreaterThan(before.width * 1.5);

  await page.mouse.click(pointer.x, pointer.y);
  await expect(page.getByRole('complementary', { name: method.name })).toBeVisible();
});

test('the lineage list and the nodes work by keyboard', async ({ page }) => {
  const position = catalogue.citedByOf.reduce(
    (best, citing, index) => (citing.length > catalogue.citedByOf[best]!.length ? index : best),
    0,
  );
  const method = catalogue.methods[position]!;
  await openGraph(page, `&method=${method.id}`);
  const region = page.getByRole('region', { name: `Lineage of ${method.name}` });
  const first = catalogue.methods[catalogue.citedByOf[position]![0]!]!;
  const entry = region
    .getByRole('list', { name: /^Built upon by/ })
    .getByRole('button', { name: first.name, exact: true });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]method=${first.id}(&|$)`));
  await expect(page.getByRole('region', { name: `Lineage of ${first.name}` })).toBeVisible();

  // One node is in the tab order; arrow keys move along, Enter focuses.
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/method=/);
  const stop = page.locator(`${NODES}[tabindex="0"]`);
  await expect(stop).toHaveCount(1);
  const stopId = (await stop.getAttribute('data-id'))!;
  // The shown nodes left to right as placed on screen (then top to bottom, then catalogue order).
  const placed = await page.locator(`${NODES}[data-visible="true"]`).evaluateAll((nodes) =>
    nodes.map((node) => {
      const [, x, y] = /translate\(([^,]+),([^)]+)\)/.exec(node.getAttribute('transform')!)!;
      return { id: node.getAttribute('data-id')!, x: Number(x), y: Number(y) };
    }),
  );
  const order = placed
    .sort(
      (a, b) =>
        a.x - b.x || a.y - b.y || catalogue.indexOf.get(a.id)! - catalogue.indexOf.get(b.id)!,
    )
    .map((node) => node.id);
  const at = order.indexOf(stopId);
  const next = order[(at + 1) % order.length]!;
  const afterNext = order[(at + 2) % order.length]!;
  const node = (id: string) => page.locator(`${NODES}[data-id="${id}"]`);
  await stop.focus();
  await page.keyboard.press('ArrowRight');
  await expect(node(next)).toBeFocused();
  await expect(node(next)).toHaveAttribute('tabindex', '0');
  await expect(node(stopId)).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowDown');
  await expect(node(afterNext)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect(node(stopId)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]method=${next}(&|$)`));
});

test('hovering a node highlights its neighbours; colour follows the chosen dimension', async ({
  page,
}) => {
  await openGraph(page);
  const position = catalogue.citedByOf.reduce(
    (best, citing, index) => (citing.length > catalogue.citedByOf[best]!.length ? index : best),
    0,
  );
  const neighbours = new Set([...catalogue.citesOf[position]!, ...catalogue.citedByOf[position]!]);
  await page.locator(`${NODES}[data-id="${catalogue.methods[position]!.id}"]`).hover();
  await expect(page.locator(`${NODES}.is-neighbour`)).toHaveCount(neighbours.size);
  await expect(page.locator(`${EDGES}.is-adjacent`)).toHaveCount(
    catalogue.citesOf[position]!.length + catalogue.citedByOf[position]!.length,
  );

  await page.getByLabel('Colour by').selectOption('location');
  await expect(page).toHaveURL(/color=location/);
  const legend = page.getByRole('group', { name: 'Legend: Location' });
  for (const value of catalogue.taxonomy.dimensions.find((d) => d.key === 'location')!.values) {
    await expect(legend).toContainText(value.name);
  }
  // One fill per category: every single-location method of a value shares its colour.
  const fills = await page
    .locator(`${NODES} circle`)
    .evaluateAll((circles) =>
      circles.map(
        (circle) =>
          [
            circle.parentElement!.getAttribute('data-id') ?? '',
            circle.getAttribute('fill') ?? '',
          ] as const,
      ),
    );
  const byValue = new Map<string, Set<string>>();
  for (const [id, fill] of fills) {
    const method = catalogue.methods[catalogue.indexOf.get(id)!]!;
    const location = method.location;
    const key = location.length === 1 ? location[0]! : 'several';
    byValue.set(key, (byValue.get(key) ?? new Set()).add(fill));
  }
  expect([...byValue.values()].every((set) => set.size === 1)).toBe(true);
  expect(new Set([...byValue.values()].map((set) => [...set][0])).size).toBe(byValue.size);
});

test('the timeline layout puts years left to right and keeps every node', async ({ page }) => {
  await openGraph(page, '&layout=timeline');
  const [first, last] = catalogue.yearExtent;
  const meanX = async (year: number) => {
    const ids = catalogue.methods.filter((m) => m.year === year).map((m) => m.id);
    const boxes = await Promise.all(
      ids.map((id) => page.locator(`${NODES}[data-id="${id}"]`).boundingBox()),
    );
    return boxes.reduce((sum, box) => sum + box!.x + box!.width / 2, 0) / boxes.length;
  };
  const years = [first, Math.round((first + last) / 2), last].filter((year) =>
    catalogue.methods.some((m) => m.year === year),
  );
  const xs = await Promise.all(years.map(meanX));
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  await page.getByLabel('Layout').selectOption('force');
  await expect(page).not.toHaveURL(/layout=/);
  await expect(page.locator(NODES)).toHaveCount(catalogue.methods.length);
});

test('on a phone every label the graph shows lies wholly inside the drawing', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openGraph(page);
  const svg = page.locator('.graph-svg');
  const labels = page.locator('.graph-svg text.graph-label');
  // The most cited methods carry labels; some at the edge of a phone's drawing must move.
  await expect
    .poll(() => labels.evaluateAll((all) => all.filter((el) => el.textContent).length))
    .toBeGreaterThan(0);
  const placed = await labels.evaluateAll((all) =>
    all
      .filter((el) => el.textContent && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const box = el.getBoundingClientRect();
        return {
          text: el.textContent,
          left: box.left,
          right: box.right,
          top: box.top,
          bottom: box.bottom,
        };
      }),
  );
  const frame = (await svg.boundingBox())!;
  expect(placed.length).toBeGreaterThan(5);
  for (const label of placed) {
    // One pixel of slack: the width is measured on a canvas, the text drawn in SVG.
    expect(label.left, label.text!).toBeGreaterThanOrEqual(frame.x - 1);
    expect(label.right, label.text!).toBeLessThanOrEqual(frame.x + frame.width + 1);
    expect(label.top, label.text!).toBeGreaterThanOrEqual(frame.y - 1);
    expect(label.bottom, label.text!).toBeLessThanOrEqual(frame.y + frame.height + 1);
  }
});

test('the graph view, with a lineage open, has no accessibility violations axe can find', async ({
  page,
}) => {
  // axe checks every element of the SVG drawing (a circle per method, a line per citation:
  // about 3,200 at 857 methods), which took 24 s of the default 30 on this machine.
  test.slow();
  const position = catalogue.citedByOf.reduce(
    (best, citing, index) => (citing.length > catalogue.citedByOf[best]!.length ? index : best),
    0,
  );
  await openGraph(page, `&method=${catalogue.methods[position]!.id}`);
  const result = await new AxeBuilder({ page }).include('#atlas-view').analyze();
  expect(result.violations).toEqual([]);
});

test('the graph opens on a canvas, and a reader who wants a named element per method asks for SVG', async ({
  page,
}) => {
  const count = catalogue.methods.length;
  await openAtlas(page, '?view=graph');
  const stage = page.locator('.graph-stage');
  await expect(stage).toHaveAttribute('data-renderer', 'canvas');
  await expect(page.getByRole('application', { name: /^Citation graph:/ })).toHaveAccessibleName(
    new RegExp(
      `^Citation graph: ${count} of ${count} methods, ${countCitesBetween(idsOf(catalogue.methods))} citations`,
    ),
  );
  await expect(page.locator(NODES)).toHaveCount(0);

  const drawing = page.getByRole('combobox', { name: 'Drawing' });
  await drawing.selectOption('svg');
  await expect(page).toHaveURL(/[?&]draw=svg(&|$)/);
  await expect(stage).toHaveAttribute('data-renderer', 'svg');
  await expect(page.locator(NODES)).toHaveCount(count);
  await expect(page.locator('.graph-canvas')).toHaveCount(0);
  // Every method is a button named by its name, so a screen reader can list them.
  const newest = listRawVisible()[0]!;
  const node = page.locator(`${NODES}[data-id="${newest.id}"]`);
  await expect(node).toHaveRole('button');
  await expect(node).toHaveAccessibleName(newest.name);

  // Back and forward step between the two, as with any option in the link.
  await page.goBack();
  await expect(stage).toHaveAttribute('data-renderer', 'canvas');
  await expect(drawing).toHaveValue('canvas');
  await page.goForward();
  await expect(page.locator(NODES)).toHaveCount(count);
  await drawing.selectOption('canvas');
  await expect(page).not.toHaveURL(/draw=/);
  await expect(stage).toHaveAttribute('data-renderer', 'canvas');
});

/** Moves the mouse to (x, y) and tells whether the canvas's cursor shows a method there to click. */
async function showsMethodAt(page: Page, x: number, y: number): Promise<boolean> {
  await page.mouse.move(x, y);
  return page
    .locator('.graph-canvas')
    .evaluate((element: HTMLElement) => element.style.cursor === 'pointer');
}

test('on a canvas, a press where the pointer shows a method opens it, even at the edge of its circle', async ({
  page,
}) => {
  await openAtlas(page, '?view=graph');
  const stage = page.locator('.graph-stage');
  const canvas = page.locator('.graph-canvas');
  await expect(stage).toHaveAttribute('data-renderer', 'canvas');
  await expect(stage).toHaveAttribute('data-layout', 'final');
  const box = (await canvas.boundingBox())!;
  const showsMethod = (x: number, y: number) => showsMethodAt(page, x, y);
  // A pointer position a quarter pixel or more below a whole pixel, on a method's circle, whose
  // whole pixel above lies off it: the pointer shows the method there, while a click event's
  // whole-pixel coordinates would miss it.
  const STEP = 0.125;
  let edge: { x: number; y: number } | null = null;
  for (let row = 1; row < 24 && !edge; row++) {
    for (let col = 1; col < 32 && !edge; col++) {
      const x = Math.floor(box.x + (box.width * col) / 32);
      let y = Math.floor(box.y + (box.height * row) / 24) + 0.5;
      if (!(await showsMethod(x, y))) continue;
      while (await showsMethod(x, y - STEP)) y -= STEP;
      if (y - Math.floor(y) >= 0.25 && !(await showsMethod(x, Math.floor(y)))) edge = { x, y };
    }
  }
  expect(edge).not.toBeNull();
  expect(await showsMethod(edge!.x, edge!.y)).toBe(true);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page).toHaveURL(/[?&]method=/);
  await expect(page.getByRole('region', { name: /^Lineage of / })).toBeVisible();
});

test('a canvas left without height for a moment, as while views switch, draws nothing and raises no error, then draws again', async ({
  page,
}) => {
  await openAtlas(page, '?view=graph');
  const canvas = page.locator('.graph-canvas');
  await expect(page.locator('.graph-stage')).toHaveAttribute('data-layout', 'final');
  const painted = () =>
    canvas.evaluate((element: HTMLCanvasElement) => {
      if (element.width === 0 || element.height === 0) return 0;
      const data = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
      let count = 0;
      for (let i = 3; i < data.data.length; i += 4) if (data.data[i]! > 0) count++;
      return count;
    });
  await expect.poll(painted).toBeGreaterThan(0);

  // The stage collapses to no height while the reader changes a filter: nothing to draw on.
  await canvas.evaluate((element) => (element.style.height = '0px'));
  await expect.poll(() => canvas.evaluate((element: HTMLCanvasElement) => element.height)).toBe(0);
  await facetCheckbox(page, /Location/, 'Input').check();
  await expectVisibleCount(page, listRawVisible({ location: ['input'] }).length);
  // Two frames: the graph has had its turn to draw the filter change.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

  // Given its height back, it draws the graph again (the fixture fails on any page error).
  await canvas.evaluate((element) => (element.style.height = ''));
  await expect.poll(painted).toBeGreaterThan(0);
});

test('a link asking SVG of a catalogue too large for it opens on the canvas and says why', async ({
  page,
}) => {
  const methods = await serveSevenCopies(page);
  const cites = countCitesBetween(idsOf(methods), false, methods);
  await openAtlas(page, '?view=graph&draw=svg&color=location');
  const stage = page.locator('.graph-stage');
  await expect(stage).toHaveAttribute('data-renderer', 'canvas');
  const format = (n: number) => n.toLocaleString('en-GB');
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    `draw: "svg" does not apply: this catalogue's ${format(methods.length)} methods and ${format(cites)} cites are more than SVG draws`,
  );
  // The rest of the link holds, and the SVG choice is there but cannot be taken.
  await expect(page.getByLabel('Colour by')).toHaveValue('location');
  await expect(page.getByRole('combobox', { name: 'Drawing' })).toHaveValue('canvas');
  await expect(
    page.getByRole('combobox', { name: 'Drawing' }).locator('option[value="svg"]'),
  ).toBeDisabled();
});

type CopiedEntry = { id: string; name: string; title: string; arxiv?: string; doi?: string };
type CopiedRaw = CopiedEntry & { cites: { id: string; basis: string }[] };

/**
 * The bundled catalogue and six renamed copies of it (each citing within itself), served in
 * place of the bundled one: well above the sizes the SVG takes. Returns the served records.
 */
async function serveSevenCopies(page: Page): Promise<CopiedRaw[]> {
  const bundled = JSON.parse(readFileSync('data/methods.json', 'utf8')) as CopiedRaw[];
  const methods = [0, 1, 2, 3, 4, 5, 6].flatMap((copy) =>
    bundled.map((method, index) => {
      if (copy === 0) return method;
      const rename = (id: string) => `${id}-copy-${copy}`;
      // A new arXiv id from the same month, so first-version years (and cite rules) hold.
      const month = /^(\d{4})\./.exec(method.arxiv ?? '')?.[1];
      return {
        ...method,
        id: rename(method.id),
        name: `${method.name} ${copy}`,
        title: `${method.title} (copy ${copy})`,
        arxiv: month ? `${month}.${90000 + copy * 1000 + index}` : undefined,
        doi: method.doi ?? `10.5555/${rename(method.id)}`,
        cites: method.cites.map((cite) => ({ ...cite, id: rename(cite.id) })),
      };
    }),
  );
  const taxonomy: unknown = JSON.parse(readFileSync('data/taxonomy.json', 'utf8'));
  const result = validateCatalogue(taxonomy, methods);
  expect(result.problems).toEqual([]);

  await page.route('**/data/methods.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(methods) }),
  );
  return methods;
}

test('a large catalogue is drawn on the canvas while its layout runs and after, through filters and zoom', async ({
  page,
}) => {
  const methods = await serveSevenCopies(page);
  await openAtlas(page, '?view=graph');
  const stage = page.locator('.graph-stage');
  const canvas = page.locator('.graph-canvas');
  await expect(stage).toHaveAttribute('data-renderer', 'canvas');
  const count = methods.length;
  await expect(canvas).toHaveAccessibleName(
    new RegExp(`^Citation graph: ${count} of ${count} methods`),
  );
  await expect(stage).toHaveAttribute('data-layout', 'final', { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Refining the layout' })).toHaveCount(0);
  /**
   * How many canvas pixels show an edge and how many a node, the fewer of the two: edges are
   * drawn in one grey (#8a94a1) at partial opacity, nodes in saturated category colours. The
   * labels (dark text on a white halo) count as neither, so labels alone give 0.
   */
  const inked = () =>
    canvas.evaluate((element: HTMLCanvasElement) => {
      const data = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
      let edges = 0;
      let nodes = 0;
      for (let i = 0; i < data.data.length; i += 4) {
        const [r, g, b, a] = [
          data.data[i]!,
          data.data[i + 1]!,
          data.data[i + 2]!,
          data.data[i + 3]!,
        ];
        if (a === 0) continue;
        if (Math.abs(r - 138) <= 6 && Math.abs(g - 148) <= 6 && Math.abs(b - 161) <= 6) edges++;
        else if (Math.max(r, g, b) - Math.min(r, g, b) > 80) nodes++;
      }
      return Math.min(edges, nodes);
    });
  await expect.poll(inked).toBeGreaterThan(2000);

  // Each copy holds the bundled labels, so seven times the bundled catalogue's count.
  const narrowed = 7 * listRawVisible({ location: ['hidden'] }).length;
  const hidden = catalogue.taxonomy.dimensions
    .find((d) => d.key === 'location')!
    .values.find((v) => v.value === 'hidden')!;
  await facetCheckbox(page, /Location/, hidden.name).check();
  await expectVisibleCount(page, narrowed);
  await expect(stage).toHaveAttribute('data-visible-nodes', String(narrowed));
  await expect.poll(inked).toBeGreaterThan(2000);

  // Zooming in with the wheel, then settling: still a drawing, and a method can be clicked.
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 8; step++) await page.mouse.wheel(0, -120);
  // Off the canvas, so no hovered method veils the rest.
  await page.mouse.move(box.x + box.width / 2, box.y - 8);
  await expect.poll(inked).toBeGreaterThan(2000);
  let focused = false;
  for (let row = 1; row < 12 && !focused; row++) {
    for (let col = 1; col < 16 && !focused; col++) {
      focused = await showsMethodAt(
        page,
        box.x + (box.width * col) / 16,
        box.y + (box.height * row) / 12,
      );
    }
  }
  expect(focused).toBe(true);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page).toHaveURL(/[?&]method=/);
  await expect(page.getByRole('region', { name: /^Lineage of / })).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(inked).toBeGreaterThan(2000);
});

test('on a canvas the arrow keys walk the methods shown, a status names each, and Enter opens it', async ({
  page,
}) => {
  const methods = await serveSevenCopies(page);
  // Location "hidden" with filtered methods hidden: the walk must never reach any other.
  const shownIds = new Set(listRawVisible({ location: ['hidden'] }).map((method) => method.id));
  const shown = methods.filter((method) => shownIds.has(method.id.replace(/-copy-\d$/, '')));
  const shownNames = new Set(shown.map((method) => method.name));
  await openAtlas(page, '?view=graph&location=hidden&filtered=hide');
  const stage = page.locator('.graph-stage');
  await expect(stage).toHaveAttribute('data-renderer', 'canvas');
  await expect(stage).toHaveAttribute('data-layout', 'final', { timeout: 20_000 });
  await expect(stage).toHaveAttribute('data-visible-nodes', String(shown.length));

  // The canvas is the next stop after the zoom buttons.
  await page.getByRole('button', { name: 'Fit', exact: true }).focus();
  await page.keyboard.press('Tab');
  const canvas = page.getByRole('application', { name: /^Citation graph/ });
  await expect(canvas).toBeFocused();
  const reached = page.getByRole('status', { name: 'Method reached in the graph' });
  const names: string[] = [];
  for (let step = 0; step < 5; step++) {
    const before = (await reached.textContent()) ?? '';
    await page.keyboard.press('ArrowRight');
    await expect(reached).not.toHaveText(before);
    names.push((await reached.textContent()) ?? '');
  }
  for (const name of names) expect(shownNames).toContain(name);
  expect(new Set(names).size).toBe(5);
  await page.keyboard.press('ArrowLeft');
  await expect(reached).toHaveText(names[3]!);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]method=/);
  const opened = new URL(page.url()).searchParams.get('method');
  expect(shown.find((method) => method.id === opened)?.name).toBe(names[3]);
  await expect(page.getByRole('region', { name: `Lineage of ${names[3]}` })).toBeVisible();
});
