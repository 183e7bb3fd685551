/** The table's columns, in display order; ids double as URL values for hidden columns. */
export const TABLE_COLUMNS = [
  { id: 'name', label: 'Name', hideable: false },
  { id: 'title', label: 'Title', hideable: true },
  { id: 'authors', label: 'Authors', hideable: true },
  { id: 'year', label: 'Year', hideable: true },
  { id: 'venue', label: 'Venue', hideable: true },
  { id: 'paradigm', label: 'Paradigm', hideable: true },
  { id: 'format', label: 'λ Format', hideable: true },
  { id: 'location', label: 'ℓ Location', hideable: true },
  { id: 'operator', label: 'τ Operator', hideable: true },
  { id: 'alignment', label: 'ω Alignment', hideable: true },
  { id: 'citedBy', label: 'Cited by', hideable: true },
] as const;

export type TableColumnId = (typeof TABLE_COLUMNS)[number]['id'];

export function isHideableColumn(id: string): boolean {
  return TABLE_COLUMNS.some((column) => column.id === id && column.hideable);
}
