import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import methodsJson from '../../data/methods.json';
import taxonomyJson from '../../data/taxonomy.json';
import { listBacktickedIds, readReadmeBlock, replaceReadmeBlock } from './data-readme';
import { formatDepartureTable } from './format-departures';
import { validateCatalogue } from './validate-catalogue';

const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');

describe('data/README.md', () => {
  it('lists exactly the departures that data/methods.json records (regenerate with scripts/data/list-departures.ts --write)', () => {
    const { methods } = validateCatalogue(taxonomyJson, methodsJson);
    expect(readReadmeBlock(readme, 'departures')).toBe(formatDepartureTable(methods));
  });

  it('has a block naming the isolated methods', () => {
    expect(readReadmeBlock(readme, 'isolated')).not.toBeNull();
  });
});

describe('readReadmeBlock()', () => {
  const text = 'intro\n<!-- table:start -->\n\n| a |\n\n<!-- table:end -->\noutro\n';

  it('returns the trimmed text between the markers', () => {
    expect(readReadmeBlock(text, 'table')).toBe('| a |');
  });

  it('returns null when a marker is missing', () => {
    expect(readReadmeBlock('<!-- table:start --> only', 'table')).toBeNull();
    expect(readReadmeBlock(text, 'other')).toBeNull();
  });
});

describe('replaceReadmeBlock()', () => {
  it('replaces only the block, keeping blank lines around the new content', () => {
    const text = 'intro\n<!-- table:start -->\nold\n<!-- table:end -->\noutro\n';
    expect(replaceReadmeBlock(text, 'table', 'new\n')).toBe(
      'intro\n<!-- table:start -->\n\nnew\n\n<!-- table:end -->\noutro\n',
    );
  });

  it('throws when the markers are missing', () => {
    expect(() => replaceReadmeBlock('no markers', 'table', 'x')).toThrow(/no "table" block/);
  });
});

describe('listBacktickedIds()', () => {
  it('returns the method ids written in backticks, once each', () => {
    expect(
      listBacktickedIds('- `textual-inversion`: none\n- `pet` and `textual-inversion`'),
    ).toEqual(['textual-inversion', 'pet']);
  });

  it('returns nothing for a block that names no method', () => {
    expect(listBacktickedIds('None: every method has a cite.')).toEqual([]);
  });
});

describe('readReadmeBlock() and replaceReadmeBlock() marker positions', () => {
  it('read a block that opens the text', () => {
    const text = '<!-- t:start -->body<!-- t:end -->';
    expect(readReadmeBlock(text, 't')).toBe('body');
    expect(replaceReadmeBlock(text, 't', 'new')).toBe('<!-- t:start -->\n\nnew\n\n<!-- t:end -->');
  });

  it('need the start marker, not only the end marker', () => {
    const text = 'before <!-- t:end --> after';
    expect(readReadmeBlock(text, 't')).toBeNull();
    expect(() => replaceReadmeBlock(text, 't', 'x')).toThrow(
      'data/README.md has no "t" block markers',
    );
  });

  it('take no end marker that comes before the start marker', () => {
    const text = '<!-- t:end -->\n<!-- t:start -->\nbody\n';
    expect(readReadmeBlock(text, 't')).toBeNull();
    expect(() => replaceReadmeBlock(text, 't', 'x')).toThrow(/no "t" block/);
  });
});
