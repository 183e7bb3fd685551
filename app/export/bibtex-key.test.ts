import { describe, expect, it } from 'vitest';
import { makeMethod, makeTestCatalogue } from '../testing/make-method';
import { getBibtexKeys, makeBibtexKeys, toBibtexKeyBase } from './bibtex-key';

const keyOf = (authors: string[], year: number, title: string) =>
  toBibtexKeyBase({ authors, year, title });

describe('toBibtexKeyBase()', () => {
  it('joins the first family name, the year and the first significant title word', () => {
    expect(keyOf(['Jia, Menglin', 'Tang, Luming'], 2022, 'Visual Prompt Tuning')).toBe(
      'jia2022visual',
    );
  });

  it('uses "anon" for a method without authors', () => {
    expect(keyOf([], 2020, 'Prompts')).toBe('anon2020prompts');
  });

  it.each([
    ['Surís, Dídac', 'suris'],
    ['Al-Rfou, Rami', 'alrfou'],
    ['Akyürek, Ekin', 'akyurek'],
    ['Le Bras, Ronan', 'lebras'],
    ['Logan IV, Robert L.', 'logan'],
    ['Logan IV , Robert L.', 'logan'],
    ['Bińkowski, Mikołaj', 'binkowski'],
    ['Łukasiewicz, Jan', 'lukasiewicz'],
    ['Østergaard, Emil', 'ostergaard'],
    ['Weiß, Anna', 'weiss'],
    ['王, 小明', 'anon'],
  ])('folds %s to %s', (author, name) => {
    expect(keyOf([author], 2020, 'Prompts')).toBe(`${name}2020prompts`);
  });

  it.each([
    ['On the Power of Scale', 'power'],
    ['A Simple Baseline', 'simple'],
    ['What Makes Good In-Context Examples for GPT-3?', 'makes'],
    ['CLIP-Adapter: Better Vision-Language Models', 'clip'],
    ['S-Prompts Learning with Pre-trained Transformers', 'sprompts'],
    ['E^2VPT: Visual Prompt Tuning', 'e2vpt'],
    ['S²IP-LLM: Semantic Space', 's2ip'],
    ["It's Not Just Size That Matters", 'not'],
    ['TCP:Textual-based Class-aware Prompt', 'tcp'],
    ['Über Prompts', 'uber'],
    ['On the Of', 'on'],
    ['Point-E: Prompts for 3D', 'point'],
    ['?!', 'untitled'],
  ])('takes from "%s" the word %s', (title, word) => {
    expect(keyOf(['Doe, Jane'], 2021, title)).toBe(`doe2021${word}`);
  });
});

describe('makeBibtexKeys()', () => {
  const twin = (id: string) =>
    makeMethod({ id, authors: ['Zhou, Kaiyang'], year: 2022, title: `Learning ${id}` });

  it('gives colliding methods suffixes a, b in the order of their ids, not the catalogue', () => {
    const keys = makeBibtexKeys([twin('maple'), twin('cocoop'), twin('coop')]);
    expect(keys).toEqual(
      new Map([
        ['maple', 'zhou2022learningc'],
        ['cocoop', 'zhou2022learninga'],
        ['coop', 'zhou2022learningb'],
      ]),
    );
  });

  it('gives a method alone under its base key no suffix', () => {
    const vpt = makeMethod({
      id: 'vpt',
      authors: ['Jia, Menglin'],
      year: 2022,
      title: 'Visual Prompt Tuning',
    });
    const keys = makeBibtexKeys([twin('coop'), vpt, twin('cocoop')]);
    expect(keys.get('vpt')).toBe('jia2022visual');
    expect(keys.get('cocoop')).toBe('zhou2022learninga');
  });

  it('gives the same keys whatever the order of the catalogue', () => {
    const methods = [twin('maple'), twin('cocoop'), twin('coop'), makeMethod({ id: 'other' })];
    expect(makeBibtexKeys([...methods].reverse())).toEqual(makeBibtexKeys(methods));
  });

  it('keeps keys unique when a suffixed key would spell another base key', () => {
    const plain = makeMethod({ id: 'p', authors: ['Li, X'], year: 2021, title: 'Prompt' });
    const twins = ['q', 'r'].map((id) =>
      makeMethod({ id, authors: ['Li, X'], year: 2021, title: 'Promp' }),
    );
    const spelled = makeMethod({ id: 's', authors: ['Li, X'], year: 2021, title: 'Prompa' });
    const keys = makeBibtexKeys([plain, ...twins, spelled]);
    expect(keys.get('q')).toBe('li2021prompb');
    expect(keys.get('r')).toBe('li2021prompc');
    expect(new Set(keys.values()).size).toBe(4);
  });

  it('continues after z with aa, ab', () => {
    const many = Array.from({ length: 28 }, (_, index) =>
      twin(`m${String(index).padStart(2, '0')}`),
    );
    const keys = makeBibtexKeys(many);
    expect(keys.get('m25')).toBe('zhou2022learningz');
    expect(keys.get('m26')).toBe('zhou2022learningaa');
    expect(keys.get('m27')).toBe('zhou2022learningab');
  });
});

describe('getBibtexKeys()', () => {
  it('computes the keys of a catalogue once', () => {
    const catalogue = makeTestCatalogue([makeMethod({ id: 'one' }), makeMethod({ id: 'two' })]);
    expect(getBibtexKeys(catalogue)).toBe(getBibtexKeys(catalogue));
    expect([...getBibtexKeys(catalogue).keys()]).toEqual(['one', 'two']);
  });
});
