import { useMemo } from 'react';
import { traceLineage } from '../../graph-model/lineage';
import { MAX_LINEAGE_DEPTH } from '../../state/atlas-state';
import {
  useAtlasDispatch,
  useAtlasQuery,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';
import { LineagePanel } from '../../ui/lineage-panel';
import { PHONE_QUERY, useMediaQuery } from '../../ui/use-media-query';

/**
 * The method's lineage inside its detail, for a phone, where the open detail
 * covers the graph and its lineage panel. Rendered only over the graph view on
 * a phone, so a laptop never holds two lineage panels.
 */
export function DetailLineage({ position }: { position: number }) {
  const catalogue = useCatalogue();
  const view = useAtlasState((state) => state.view);
  const options = useAtlasState((state) => state.graph);
  const query = useAtlasQuery();
  const dispatch = useAtlasDispatch();
  const phone = useMediaQuery(PHONE_QUERY);
  const lineage = useMemo(
    () =>
      traceLineage(catalogue, position, options.depth, { confirmedOnly: options.confirmedOnly }),
    [catalogue, position, options.depth, options.confirmedOnly],
  );
  if (view !== 'graph' || !phone) return null;
  const focusMethod = (id: string) => dispatch({ type: 'focusMethod', id });
  return (
    <div className="detail-lineage">
      <LineagePanel
        catalogue={catalogue}
        root={position}
        lineage={lineage}
        depth={options.depth}
        maxDepth={MAX_LINEAGE_DEPTH}
        confirmedOnly={options.confirmedOnly}
        visible={query.visible}
        onDepth={(depth) => dispatch({ type: 'setGraphOptions', options: { depth } })}
        onFocus={focusMethod}
        onTrace={focusMethod}
        onSelect={(ids) => dispatch({ type: 'selectMany', ids })}
      />
    </div>
  );
}
