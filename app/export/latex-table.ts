import type { Catalogue, Dimension, Method } from '../catalogue/catalogue-types';
import { getBibtexKeys } from './bibtex-key';
import { escapeLatex, toLatexText } from './latex-escape';

/** Greek letters (and the script ℓ) as math-mode commands, so the header needs no Unicode font. */
const GREEK: Readonly<Record<string, string>> = {
  α: '\\alpha',
  β: '\\beta',
  γ: '\\gamma',
  δ: '\\delta',
  ε: '\\epsilon',
  ζ: '\\zeta',
  η: '\\eta',
  θ: '\\theta',
  ι: '\\iota',
  κ: '\\kappa',
  λ: '\\lambda',
  μ: '\\mu',
  ν: '\\nu',
  ξ: '\\xi',
  π: '\\pi',
  ρ: '\\rho',
  σ: '\\sigma',
  τ: '\\tau',
  υ: '\\upsilon',
  φ: '\\phi',
  χ: '\\chi',
  ψ: '\\psi',
  ω: '\\omega',
  Γ: '\\Gamma',
  Δ: '\\Delta',
  Θ: '\\Theta',
  Λ: '\\Lambda',
  Π: '\\Pi',
  Σ: '\\Sigma',
  Φ: '\\Phi',
  Ψ: '\\Psi',
  Ω: '\\Omega',
  ℓ: '\\ell',
};

/**
 * A dimension's symbol as LaTeX: a Greek letter (or ℓ) in math mode ("λ" -> "$\lambda$"),
 * anything else as escaped text.
 */
export function toLatexSymbol(symbol: string): string {
  const command = GREEK[symbol.trim()];
  return command ? `$${command}$` : toLatexText(symbol);
}

/** The short code of each value of a dimension ("learnable" -> "LN"), the value itself when it has none. */
function toCode(dimension: Dimension, value: string): string {
  return dimension.values.find((known) => known.value === value)?.code ?? value;
}

/** "$\lambda$: FX fixed, LN learnable" for the values of a dimension that occur in the rows. */
function toLegend(dimension: Dimension, used: ReadonlySet<string>): string | null {
  const values = dimension.values.filter((value) => used.has(value.value));
  if (values.length === 0) return null;
  const items = values.map(
    (value) => `${escapeLatex(value.code)} ${toLatexText(value.name.toLowerCase())}`,
  );
  return `${toLatexSymbol(dimension.symbol)} ${toLatexText(dimension.name.toLowerCase())}: ${items.join(', ')}`;
}

/**
 * A LaTeX table of some methods of a catalogue in the survey's layout, in the order given:
 * one row per method with its name and \cite{key}, its paradigm and its value codes on each
 * dimension of the taxonomy (several values joined by commas), under the dimensions'
 * symbols. The keys are those of the BibTeX export (getBibtexKeys), so the table compiles
 * against the .bib downloaded with it. Text is LaTeX-escaped; the caption explains the
 * codes that occur. Needs the booktabs package. Throws if a method is not in the
 * catalogue, since it would have no key.
 */
export function formatLatexTable(methods: readonly Method[], catalogue: Catalogue): string {
  const keys = getBibtexKeys(catalogue);
  const { dimensions, paradigms } = catalogue.taxonomy;
  const usedParadigms = new Set(methods.map((method) => method.paradigm));
  const usedValues = new Map(
    dimensions.map((dimension) => [
      dimension.key,
      new Set(methods.flatMap((method) => method.dimensions[dimension.key] ?? [])),
    ]),
  );
  const rows = methods.map((method) => {
    const key = keys.get(method.id);
    if (key === undefined) {
      throw new RangeError(`formatLatexTable: method "${method.id}" is not in the catalogue`);
    }
    const cells = [
      `${toLatexText(method.name)}~\\cite{${key}}`,
      toLatexText(method.paradigm),
      ...dimensions.map((dimension) =>
        (method.dimensions[dimension.key] ?? [])
          .map((value) => toLatexText(toCode(dimension, value)))
          .join(', '),
      ),
    ];
    return `    ${cells.join(' & ')} \\\\`;
  });
  const header = ['Method', 'Paradigm', ...dimensions.map((d) => toLatexSymbol(d.symbol))];
  const paradigmLegend = paradigms
    .filter((paradigm) => usedParadigms.has(paradigm.code))
    .map((paradigm) => `${escapeLatex(paradigm.code)} ${toLatexText(paradigm.name.toLowerCase())}`);
  const legends = [
    paradigmLegend.length > 0 ? `Paradigm: ${paradigmLegend.join(', ')}` : null,
    ...dimensions.map((dimension) => toLegend(dimension, usedValues.get(dimension.key)!)),
  ].filter((legend): legend is string => legend !== null);
  const caption = [
    `Methods on the dimensions of the taxonomy (${methods.length} ${methods.length === 1 ? 'method' : 'methods'})`,
    ...legends,
  ].join('. ');
  return [
    '% Made by Reprogrammability Atlas. Needs \\usepackage{booktabs};',
    '% the \\cite keys are those of the .bib export.',
    '\\begin{table}[t]',
    '  \\centering',
    `  \\caption{${caption}.}`,
    '  \\label{tab:reprogrammability-methods}',
    `  \\begin{tabular}{${'l'.repeat(header.length)}}`,
    '    \\toprule',
    `    ${header.join(' & ')} \\\\`,
    '    \\midrule',
    ...rows,
    '    \\bottomrule',
    '  \\end{tabular}',
    '\\end{table}',
    '',
  ].join('\n');
}
