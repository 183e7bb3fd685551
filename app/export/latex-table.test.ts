import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCatalogue } from '../catalogue/build-catalogue';
import type { Taxonomy } from '../catalogue/catalogue-types';
import { validateCatalogue } from '../catalogue/validate-catalogue';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { hasBalancedBraces, readBibtex } from '../testing/read-bibtex';
import { formatBibtex } from './bibtex';
import { formatLatexTable, toLatexSymbol } from './latex-table';

/** The body rows: the lines between \midrule and \bottomrule. */
function toBodyRows(table: string): string[] {
  const lines = table.split('\n').map((line) => line.trim());
  return lines.slice(lines.indexOf('\\midrule') + 1, lines.indexOf('\\bottomrule'));
}

/** Column separators: every & that is not escaped as \&. */
function countColumns(row: string): number {
  return row.split(/(?<!\\)&/).length;
}

function loadDataCatalogue() {
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
  const result = validateCatalogue(read('taxonomy.json'), read('methods.json'));
  return buildCatalogue(result.taxonomy as Taxonomy, result.methods);
}

const citeKeys = (table: string) => [...table.matchAll(/\\cite\{([^}]*)\}/g)].map((m) => m[1]);

describe('formatLatexTable()', () => {
  const vptFields = {
    id: 'vpt',
    name: 'VPT',
    title: 'Visual Prompt Tuning',
    authors: ['Jia, Menglin'],
    year: 2022,
    paradigm: 'PT',
    format: ['learnable'],
    location: ['input', 'embedding'],
    operator: ['concatenative'],
    alignment: ['linear'],
  };
  const vpt = makeMethod(vptFields);
  const tricky = makeMethod({
    id: 'tricky',
    name: 'E^2 & Co_1 {50%} #$~\\',
    paradigm: 'PI',
    format: ['fixed'],
    location: ['hidden'],
    operator: ['additive'],
    alignment: ['identity', 'statistical'],
  });
  const catalogue = makeTestCatalogue([vpt, tricky]);
  // Made inside each test, so Stryker's per-test coverage sees which tests reach the code.
  const makeTable = () => formatLatexTable([vpt, tricky], catalogue);

  it('writes a header and one row per method, each with six columns ending in \\\\', () => {
    const table = makeTable();
    const rows = toBodyRows(table);
    expect(rows).toHaveLength(2);
    const header = table.split('\n').find((line) => line.includes('Method &'))!;
    expect(header.trim()).toBe(
      'Method & Paradigm & $\\lambda$ & $\\ell$ & $\\tau$ & $\\omega$ \\\\',
    );
    for (const row of [header, ...rows]) {
      expect(countColumns(row), row).toBe(6);
      expect(row.endsWith(' \\\\'), row).toBe(true);
    }
    expect(table).toContain('\\begin{tabular}{llllll}');
  });

  it('gives the name with its \\cite, the paradigm and the value codes', () => {
    const table = makeTable();
    const [first] = toBodyRows(table);
    expect(first).toBe('VPT~\\cite{jia2022visual} & PT & LN & X, E & CO & LA \\\\');
  });

  it('escapes LaTeX specials in names so the row keeps its columns and braces', () => {
    const table = makeTable();
    const [, second] = toBodyRows(table);
    expect(second).toBe(
      'E\\textasciicircum{}2 \\& Co\\_1 \\textbraceleft{}50\\%\\textbraceright{} \\#\\$\\textasciitilde{}\\textbackslash{}~\\cite{doe2022study} & PI & FX & H & AD & ID, SA \\\\',
    );
    expect(countColumns(second!)).toBe(6);
    expect(hasBalancedBraces(table)).toBe(true);
  });

  it('explains in the caption only the codes that occur', () => {
    const table = makeTable();
    const caption = table.split('\n').find((line) => line.includes('\\caption'))!;
    expect(caption).toContain('Paradigm: PT prompt tuning, PI prompt instruction');
    expect(caption).not.toContain('MR model reprogramming');
    expect(caption).toContain('$\\ell$ location: X input, E embedding, H hidden');
    expect(caption).toContain('$\\omega$ output alignment: ID identity, SA statistical, LA linear');
    expect(caption).not.toContain('RA');
    expect(hasBalancedBraces(caption)).toBe(true);
  });

  it('writes the whole booktabs table for one method, leaving a dimension it does not hold empty', () => {
    const only = makeMethod({ ...vptFields, location: ['input'], operator: [] });
    expect(formatLatexTable([only], makeTestCatalogue([only]))).toBe(
      [
        '% Made by Reprogrammability Atlas. Needs \\usepackage{booktabs};',
        '% the \\cite keys are those of the .bib export.',
        '\\begin{table}[t]',
        '  \\centering',
        // One method, in the singular; the operator's legend is left out, since no row uses it.
        '  \\caption{Methods on the dimensions of the taxonomy (1 method). Paradigm: PT prompt tuning. $\\lambda$ manipulation format: LN learnable. $\\ell$ location: X input. $\\omega$ output alignment: LA linear.}',
        '  \\label{tab:reprogrammability-methods}',
        '  \\begin{tabular}{llllll}',
        '    \\toprule',
        '    Method & Paradigm & $\\lambda$ & $\\ell$ & $\\tau$ & $\\omega$ \\\\',
        '    \\midrule',
        '    VPT~\\cite{jia2022visual} & PT & LN & X &  & LA \\\\',
        '    \\bottomrule',
        '  \\end{tabular}',
        '\\end{table}',
        '',
      ].join('\n'),
    );
  });

  it('gives an empty selection its header and a caption that counts no method and explains no code', () => {
    const table = formatLatexTable([], catalogue);
    expect(toBodyRows(table)).toEqual([]);
    expect(table).toContain(
      '  \\caption{Methods on the dimensions of the taxonomy (0 methods).}\n',
    );
  });

  it('throws for a method outside the catalogue rather than citing a made-up key', () => {
    expect(() => formatLatexTable([makeMethod({ id: 'stranger' })], catalogue)).toThrow(/stranger/);
  });

  it('cites exactly the keys of the BibTeX export, in the same order, on the whole catalogue', () => {
    const bundled = loadDataCatalogue();
    const picked = bundled.methods.filter((_, index) => index % 7 === 3);
    const whole = formatLatexTable(picked, bundled);
    const bibKeys = readBibtex(formatBibtex(picked, bundled)).map((entry) => entry.key);
    expect(citeKeys(whole)).toEqual(bibKeys);
    expect(new Set(bibKeys).size).toBe(picked.length);
    expect(hasBalancedBraces(whole)).toBe(true);
    const columns = 2 + bundled.taxonomy.dimensions.length;
    for (const row of toBodyRows(whole)) expect(countColumns(row), row).toBe(columns);
  });
});

describe('toLatexSymbol()', () => {
  it('writes Greek letters and ℓ in math mode and escapes anything else', () => {
    expect(toLatexSymbol('λ')).toBe('$\\lambda$');
    expect(toLatexSymbol(' λ ')).toBe('$\\lambda$');
    expect(toLatexSymbol('ℓ')).toBe('$\\ell$');
    expect(toLatexSymbol('Ω')).toBe('$\\Omega$');
    expect(toLatexSymbol('a_b')).toBe('a\\_b');
  });
});
