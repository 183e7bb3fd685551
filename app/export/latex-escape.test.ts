import { describe, expect, it } from 'vitest';
import { escapeLatex, toLatexText, toSingleLine } from './latex-escape';

describe('escapeLatex()', () => {
  it.each([
    ['\\', '\\textbackslash{}'],
    ['{', '\\textbraceleft{}'],
    ['}', '\\textbraceright{}'],
    ['$', '\\$'],
    ['&', '\\&'],
    ['%', '\\%'],
    ['#', '\\#'],
    ['_', '\\_'],
    ['^', '\\textasciicircum{}'],
    ['~', '\\textasciitilde{}'],
    ['<', '\\textless{}'],
    ['>', '\\textgreater{}'],
  ])('escapes %s as %s', (special, escaped) => {
    expect(escapeLatex(`a${special}b`)).toBe(`a${escaped}b`);
  });

  it('escapes a backslash before the braces it adds, so they are not escaped twice', () => {
    expect(escapeLatex('\\{}')).toBe('\\textbackslash{}\\textbraceleft{}\\textbraceright{}');
  });

  it('keeps non-ASCII letters as UTF-8', () => {
    expect(escapeLatex('Surís Akyürek Schütze Øster Straße ²')).toBe(
      'Surís Akyürek Schütze Øster Straße ²',
    );
  });

  it('never leaves a raw brace that BibTeX would count unbalanced', () => {
    expect(escapeLatex('}{{')).not.toMatch(/\\[{}]/);
  });
});

describe('toSingleLine()', () => {
  it('collapses line breaks, tabs and no-break spaces to one space and trims', () => {
    expect(toSingleLine('  a\r\n\r\nb\t\tc\u00a0 d  ')).toBe('a b c d');
  });

  it('drops control characters, which TeX rejects', () => {
    expect(toSingleLine('a\u0000b\u0007c\u007fd')).toBe('abcd');
  });
});

describe('toLatexText()', () => {
  it('puts a field on one line and escapes it', () => {
    expect(toLatexText('100%\nof R&D')).toBe('100\\% of R\\&D');
  });
});
