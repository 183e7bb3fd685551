import { useMemo } from 'react';
import { compareMethods } from '../../graph-model/compare-methods';
import { listPositions } from '../../query/list-positions';
import { MAX_COMPARED } from '../../state/atlas-state';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';
import { CompareCitations } from './compare-citations';
import { CompareExport } from './compare-export';
import { CompareTable } from './compare-table';
import './compare.css';

/**
 * Two to four methods side by side: every field, with the four dimensions and
 * the needs first and the rows that differ marked; the citations they share,
 * the citation path between two of them, and their BibTeX.
 */
export function CompareView() {
  const catalogue = useCatalogue();
  const compared = useAtlasState((state) => state.compare);
  const dispatch = useAtlasDispatch();
  const positions = useMemo(() => listPositions(catalogue, compared), [catalogue, compared]);
  const rows = useMemo(() => compareMethods(catalogue, positions), [catalogue, positions]);
  const methods = positions.map((position) => catalogue.methods[position]!);

  if (positions.length < 2) {
    return (
      <section className="compare" aria-labelledby="compare-title">
        <h2 id="compare-title">Compare methods</h2>
        <p>
          Choose 2 to {MAX_COMPARED} methods: press the ⇆ button of their rows in the table, tick
          them and use “Compare” in the selection bar, or use “Add to comparison” in a method’s
          detail.
        </p>
        {methods.length === 1 && (
          <p>
            So far: {methods[0]!.name}.{' '}
            <button
              type="button"
              className="button-link"
              onClick={() => dispatch({ type: 'toggleCompared', id: methods[0]!.id })}
            >
              Remove it
            </button>
          </p>
        )}
      </section>
    );
  }

  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="compare-head">
        <h2 id="compare-title">Comparing {methods.length} methods</h2>
        <CompareExport methods={methods} />
      </div>
      <CompareTable methods={methods} rows={rows} />
      <CompareCitations positions={positions} />
    </section>
  );
}
