/**
 * Helpers for the generated parts of data/README.md. A generated part sits between
 * two HTML comments, `<!-- name:start -->` and `<!-- name:end -->`, so that a script
 * can rewrite it and a test can check that it still matches the data.
 */

function toMarkers(name: string): [string, string] {
  return [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
}

/** The text between the markers of block `name`, trimmed; null when the markers are missing. */
export function readReadmeBlock(text: string, name: string): string | null {
  const [start, end] = toMarkers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) return null;
  return text.slice(from + start.length, to).trim();
}

/** The README with block `name` replaced by `content` (blank lines around it); throws without markers. */
export function replaceReadmeBlock(text: string, name: string, content: string): string {
  const [start, end] = toMarkers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`data/README.md has no "${name}" block markers`);
  return `${text.slice(0, from + start.length)}\n\n${content.trim()}\n\n${text.slice(to)}`;
}

/** The method ids a block names in backticks (`` `textual-inversion` ``), in order, without repeats. */
export function listBacktickedIds(block: string): string[] {
  const ids = [...block.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)*)`/g)].map((match) => match[1] ?? '');
  return [...new Set(ids)];
}
