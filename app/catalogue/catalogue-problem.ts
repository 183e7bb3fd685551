/** One thing wrong with a catalogue file: where it is and what was expected. */
export interface CatalogueProblem {
  /** The file, as a user would open it: "data/methods.json". */
  file: string;
  /** The entry's id, or "#index" when it has none; "" for the file as a whole. */
  entry: string;
  /** Dotted path of the field inside the entry: "location[1]", "cites[0].id". */
  field: string;
  message: string;
}

/** Formats a problem as one line: `data/methods.json: entry "vpt", field "location[1]": ...`. */
export function formatProblem(problem: CatalogueProblem): string {
  const where = [
    problem.file,
    problem.entry ? `entry "${problem.entry}"` : '',
    problem.field ? `field "${problem.field}"` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}

/** Turns a path like [3, "cites", 0, "id"] (after the entry index) into "cites[0].id". */
export function toFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}
