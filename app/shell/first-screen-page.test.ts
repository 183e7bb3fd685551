import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_OFF, listInlineStyles, writeFirstScreenScript } from './first-screen-page';

const RULES = {
  userCatalogueFlag: 'own-catalogue',
  selectionKey: 'saved-selection',
  phoneQuery: '(max-width: 760px)',
};

interface Page {
  search?: string;
  phone?: boolean;
  storage?: Record<string, string>;
  storageThrows?: boolean;
}

/** Runs the opening script against a stand-in page and returns the classes it put on <html>. */
function runOpeningScript(page: Page): string[] {
  const classes: string[] = [];
  const localStorage = {
    getItem: (key: string) => {
      if (page.storageThrows) throw new Error('storage is off');
      return page.storage?.[key] ?? null;
    },
  };
  const window = {
    matchMedia: (query: string) => ({ matches: query === RULES.phoneQuery && !!page.phone }),
  };
  const document = {
    documentElement: { classList: { add: (name: string) => classes.push(name) } },
  };
  const location = { search: page.search ?? '' };
  // The script is plain ES5 for the page's head; run it as the page would, with these globals.
  new Function('window', 'document', 'location', 'localStorage', writeFirstScreenScript(RULES))(
    window,
    document,
    location,
    localStorage,
  );
  return classes;
}

describe('writeFirstScreenScript()', () => {
  it('leaves the first screen to a bare address with nothing stored', () => {
    expect(runOpeningScript({})).toEqual([]);
    expect(runOpeningScript({ search: '?' })).toEqual([]);
    expect(runOpeningScript({ storage: { [RULES.selectionKey]: '[]' } })).toEqual([]);
  });

  it("sets it aside for a link's state, a phone, a stored catalogue or a saved selection", () => {
    expect(runOpeningScript({ search: '?q=jia' })).toEqual([FIRST_SCREEN_OFF]);
    expect(runOpeningScript({ phone: true })).toEqual([FIRST_SCREEN_OFF]);
    expect(runOpeningScript({ storage: { [RULES.userCatalogueFlag]: 'mine' } })).toEqual([
      FIRST_SCREEN_OFF,
    ]);
    expect(runOpeningScript({ storage: { [RULES.selectionKey]: '["vp"]' } })).toEqual([
      FIRST_SCREEN_OFF,
    ]);
  });

  it('keeps it when storage cannot be read (the app then opens the bundled catalogue too)', () => {
    expect(runOpeningScript({ storageThrows: true })).toEqual([]);
  });
});

describe('listInlineStyles()', () => {
  it('lists each distinct style attribute once, decoded as the browser reads it', () => {
    const html =
      '<tr style="height:40px"></tr><tr style="height:40px"></tr>' +
      '<table style="--note:&quot;a&quot;"></table><th style="width:96px"></th>';
    expect(listInlineStyles(html)).toEqual(['--note:"a"', 'height:40px', 'width:96px']);
  });

  it('finds none in markup without styles', () => {
    expect(listInlineStyles('<p data-style="x">style="y"</p>')).toEqual([]);
  });
});
