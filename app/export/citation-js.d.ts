// citation-js ships no type declarations; these cover the little Atlas calls.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string | object[];
  }
}
declare module '@citation-js/plugin-ris';
