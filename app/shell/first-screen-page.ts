/**
 * The build's first screen: the page's opening view (the bundled catalogue, no
 * filter, the table) rendered into index.html by `render-first-screen.tsx`, so the
 * first rows show before the app's code has loaded. The app then hydrates it:
 * React adopts that markup instead of building the page again.
 */

/** Attribute the build sets on #root when it holds the first screen. */
export const FIRST_SCREEN_MARK = 'data-first-screen';
/** Class the opening script puts on <html> when the first screen is not this page's. */
export const FIRST_SCREEN_OFF = 'first-screen-off';

const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The distinct inline styles of rendered markup, as the browser reads them. The page's
 * content security policy lists each by its hash ('unsafe-hashes'), so the first screen
 * keeps its sizes while no other inline style is allowed.
 */
export function listInlineStyles(html: string): string[] {
  const styles = new Set<string>();
  for (const match of html.matchAll(/ style="([^"]*)"/g)) styles.add(decodeEntities(match[1]!));
  return [...styles].sort();
}

export interface FirstScreenRules {
  /** localStorage key whose presence means the reader's own catalogue is stored. */
  userCatalogueFlag: string;
  /** localStorage key of the saved selection. */
  selectionKey: string;
  /** Media query of the phone layout, which the first screen (a laptop's) does not show. */
  phoneQuery: string;
}

/**
 * The small script the page runs in its head. The first screen shows the bundled
 * catalogue at a bare address with no selection, in a laptop's layout; with a link's
 * state, a stored catalogue or selection, or a phone's width, it marks <html> so the
 * stylesheet hides the first screen, and the app renders the page afresh.
 */
export function writeFirstScreenScript(rules: FirstScreenRules): string {
  const text = (value: string) => JSON.stringify(value);
  return `// Written by the build (app/shell/first-screen-page.ts): hides the first screen when it is not this page's.
(function () {
  var off = location.search.length > 1 || window.matchMedia(${text(rules.phoneQuery)}).matches;
  try {
    var selection = localStorage.getItem(${text(rules.selectionKey)});
    off = off || localStorage.getItem(${text(rules.userCatalogueFlag)}) !== null || (selection !== null && selection !== '[]');
  } catch (error) {
    // No storage: the app opens the bundled catalogue with nothing selected, as the first screen shows.
  }
  if (off) document.documentElement.classList.add(${text(FIRST_SCREEN_OFF)});
})();
`;
}

/** Whether #root holds a first screen this page may adopt. */
export function canAdoptFirstScreen(root: HTMLElement): boolean {
  return (
    root.hasAttribute(FIRST_SCREEN_MARK) &&
    !document.documentElement.classList.contains(FIRST_SCREEN_OFF)
  );
}

/** The first screen is done with: adopted by the live page, or set aside for a fresh render. */
export function endFirstScreen(root: HTMLElement, adopted: boolean): void {
  if (!root.hasAttribute(FIRST_SCREEN_MARK)) return;
  if (!adopted) root.replaceChildren();
  root.removeAttribute(FIRST_SCREEN_MARK);
  root.removeAttribute('inert');
}
