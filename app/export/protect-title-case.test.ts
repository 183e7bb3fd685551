import { describe, expect, it } from 'vitest';
import { isCaseSensitiveWord, toBibtexTitle } from './protect-title-case';

describe('isCaseSensitiveWord()', () => {
  it.each(['CoOp', 'GPT-3', 'CLIP', 'LLMs', 'ViT', 'BERT', 'T5', 'x86', 'In-Context', 'S²IP'])(
    'protects %s',
    (word) => expect(isCaseSensitiveWord(word)).toBe(true),
  );

  it.each(['Visual', 'prompt', 'A', 'I', '2022', 'Black-box', "It's", 'Über'])(
    'leaves %s to the style',
    (word) => expect(isCaseSensitiveWord(word)).toBe(false),
  );
});

describe('isCaseSensitiveWord() with punctuation around the word', () => {
  it('judges the letters and digits, not the quotes or brackets around them', () => {
    expect(isCaseSensitiveWord('"Visual')).toBe(false);
    expect(isCaseSensitiveWord('(Prompt),')).toBe(false);
    expect(isCaseSensitiveWord('"CLIP"')).toBe(true);
  });
});

describe('toBibtexTitle()', () => {
  it('braces acronyms and mixed-case names, and nothing else', () => {
    expect(toBibtexTitle('CoOp: Learning to Prompt for Vision-Language Models')).toBe(
      '{CoOp}: Learning to Prompt for {Vision-Language} Models',
    );
    expect(toBibtexTitle('What Makes Good In-Context Examples for GPT-3?')).toBe(
      'What Makes Good {In-Context} Examples for {GPT-3}?',
    );
    expect(toBibtexTitle('ViT and CLIP Meet LLMs')).toBe('{ViT} and {CLIP} Meet {LLMs}');
  });

  it('braces only the letters and digits, leaving punctuation around them outside', () => {
    expect(toBibtexTitle('Prompting (CLIP), "BERT" and LLMs.')).toBe(
      'Prompting ({CLIP}), "{BERT}" and {LLMs}.',
    );
  });

  it('never doubles braces, even for a title that already holds braces', () => {
    const title = toBibtexTitle('{CoOp} and {{GPT-3}}');
    expect(title).toBe(
      '\\textbraceleft{}{CoOp}\\textbraceright{} and \\textbraceleft{}\\textbraceleft{}{GPT-3}\\textbraceright{}\\textbraceright{}',
    );
    expect(title).not.toContain('{{');
  });

  it('escapes inside a braced word without starting the group with a backslash', () => {
    expect(toBibtexTitle('E^2VPT: $x$')).toBe('{E\\textasciicircum{}2VPT}: \\$x\\$');
  });

  it('keeps non-ASCII letters and protects non-ASCII capitals', () => {
    expect(toBibtexTitle('Über ÉCOLE für Schütze')).toBe('Über {ÉCOLE} für Schütze');
  });

  it('puts the title on one line', () => {
    expect(toBibtexTitle('  Visual\n\nPrompt   Tuning ')).toBe('Visual Prompt Tuning');
  });
});
