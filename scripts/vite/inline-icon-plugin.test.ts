import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineIcon } from './inline-icon-plugin';

const PAGE =
  '<head><meta charset="UTF-8" /><link rel="icon" type="image/png" href="./icon.png" /><title>t</title></head>';

describe('inlineIcon', () => {
  it('writes the icon file into the link as a data: URL and keeps the rest of the page', () => {
    const read: string[] = [];
    const html = inlineIcon(PAGE, (href) => {
      read.push(href);
      return Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    });
    expect(read).toEqual(['./icon.png']);
    expect(html).toBe(
      '<head><meta charset="UTF-8" /><link rel="icon" type="image/png" href="data:image/png;base64,iVBORw==" /><title>t</title></head>',
    );
  });

  it('refuses a page without a PNG icon link rather than drop the icon', () => {
    expect(() => inlineIcon('<head><title>t</title></head>', () => Buffer.alloc(0))).toThrow(
      /no <link rel="icon"/,
    );
  });

  it("finds the project's own page and icon", () => {
    const page = readFileSync('index.html', 'utf8');
    const html = inlineIcon(page, (href) => readFileSync(href));
    expect(html).toMatch(
      /<link rel="icon" type="image\/png" href="data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/=]+" \/>/,
    );
    expect(html).not.toMatch(/favicon\.png/);
  });
});
