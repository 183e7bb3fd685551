import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTestTaxonomy } from '../testing/make-method';
import { toCatalogueJsonSchemas } from './catalogue-json-schema';

const readData = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

describe('toCatalogueJsonSchemas()', () => {
  const schemas = toCatalogueJsonSchemas(loadTestTaxonomy());

  it('is what data/ publishes, so `npm run schema` has been run since the schemas last changed', () => {
    expect(readData('methods.schema.json')).toEqual(schemas.methods);
    expect(readData('taxonomy.schema.json')).toEqual(schemas.taxonomy);
  });

  it('names and describes each document for the editors that load it', () => {
    expect(schemas.methods).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'methods.schema.json',
      title: 'Reprogrammability Atlas: data/methods.json',
      type: 'array',
    });
    expect(schemas.taxonomy).toMatchObject({
      $id: 'taxonomy.schema.json',
      title: 'Reprogrammability Atlas: data/taxonomy.json',
      type: 'object',
    });
    for (const schema of [schemas.methods, schemas.taxonomy]) {
      expect((schema as { description: string }).description).toMatch(/npm run schema.*by hand/);
    }
  });

  it('spells out the vocabulary of the taxonomy it was made from', () => {
    const methods = schemas.methods as {
      items: { required: string[]; properties: Record<string, { items?: { enum?: string[] } }> };
    };
    expect(methods.items.required).toContain('location');
    expect(methods.items.properties.location?.items?.enum).toEqual([
      'input',
      'embedding',
      'hidden',
    ]);
  });
});
