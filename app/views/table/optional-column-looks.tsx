import type { Catalogue } from '../../catalogue/catalogue-types';
import { ACCESS_NAMES, DATA_NAMES } from '../../catalogue/method-needs';
import { toSafeHref } from '../../ui/safe-href';
import type { ColumnLook } from './table-column-defs';

/** How the optional Summary, Tasks, Code and Needs columns look once shown. */
export function makeOptionalLooks(
  catalogue: Catalogue,
): Record<'summary' | 'tasks' | 'code' | 'needs', ColumnLook> {
  return {
    summary: {
      header: 'Summary',
      size: 280,
      renderCell: ({ method }) => (
        <span className="cell-summary" title={method.summary}>
          {method.summary}
        </span>
      ),
    },
    tasks: {
      header: 'Tasks',
      size: 140,
      renderCell: ({ method }) => (
        <span className="cell-clip">{(method.tasks ?? []).join(', ') || '—'}</span>
      ),
    },
    code: {
      header: 'Code',
      size: 64,
      renderCell: ({ method }) => {
        const href = method.code ? toSafeHref(method.code) : null;
        return href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            code<span className="visually-hidden"> for {method.name}</span>
          </a>
        ) : (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">no code listed</span>
          </>
        );
      },
    },
    needs: {
      header: 'Needs',
      size: 160,
      renderCell: ({ position }) => {
        const needs = catalogue.needsOf?.[position];
        if (!needs) return null;
        return (
          <span className="cell-clip">
            {ACCESS_NAMES[needs.access]}; {DATA_NAMES[needs.data]}
          </span>
        );
      },
    },
  };
}
