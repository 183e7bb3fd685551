/** "Jia, Menglin" -> "Jia". */
export function toFamilyName(author: string): string {
  return author.split(',')[0]?.trim() ?? author;
}

/** "Jia et al.", "Jia and Tang", or "Jia": how a table cites a paper's authors. */
export function formatAuthorsShort(authors: readonly string[]): string {
  const [first, second] = authors;
  if (!first) return '';
  if (authors.length === 1) return toFamilyName(first);
  if (authors.length === 2 && second) return `${toFamilyName(first)} and ${toFamilyName(second)}`;
  return `${toFamilyName(first)} et al.`;
}

/** "Menglin Jia": a "Family, Given" name in reading order. */
export function toReadingName(author: string): string {
  const [family, given] = author.split(',').map((part) => part.trim());
  return given ? `${given} ${family}` : (family ?? author);
}
