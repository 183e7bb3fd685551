import type { MethodGroup } from '../../graph-model/group-methods';

/** One line of the virtualised grid: a group heading or a method. */
export type ProfileRow =
  | { kind: 'group'; key: string; label: string; count: number }
  | { kind: 'method'; position: number };

/** Flattens groups into the rows the grid draws: each heading followed by its methods. */
export function toProfileRows(groups: readonly MethodGroup[]): ProfileRow[] {
  return groups.flatMap((group): ProfileRow[] => [
    { kind: 'group', key: group.key, label: group.label, count: group.positions.length },
    ...group.positions.map((position) => ({ kind: 'method' as const, position })),
  ]);
}
