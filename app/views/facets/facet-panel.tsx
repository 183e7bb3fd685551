import type { CSSProperties } from 'react';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';
import { getDimensionKeys } from '../../catalogue/catalogue-vocabulary';
import { getFacetKeys, isUnfiltered, type FacetKey } from '../../query/filter-state';
import { FacetGroup } from './facet-group';
import { NewSince } from './new-since';
import { YearRange } from './year-range';
import './facets.css';

/**
 * "Clear all", disabled while nothing is filtered. Its own component: the first filter set
 * and the last one cleared change it, and the whole panel (every facet, both year ranges)
 * need not render again for that.
 */
function ClearAllButton() {
  const unfiltered = useAtlasState((state) => isUnfiltered(state.filters));
  const dispatch = useAtlasDispatch();
  return (
    <button
      type="button"
      className="button"
      disabled={unfiltered}
      onClick={() => dispatch({ type: 'clearFilters' })}
    >
      Clear all
    </button>
  );
}

/**
 * Every facet of the catalogue (`getFacetKeys`: the needs only where the catalogue has
 * them) in sidebar order: paradigm and the taxonomy's dimensions, modality, the needs,
 * code, publication and first-posted years, venue, scope, label fit and new since.
 */
export function FacetPanel() {
  const catalogue = useCatalogue();
  const facets = getFacetKeys(catalogue);
  const group = (facet: FacetKey, foldable = false) =>
    facets.includes(facet) && <FacetGroup facet={facet} foldable={foldable} />;
  // No count can pass the number of methods: its digits size the room kept for the counts.
  const countDigits = String(catalogue.methods.length).length;
  return (
    <div className="facet-panel" style={{ '--count-digits': countDigits } as CSSProperties}>
      <div className="facet-panel-head">
        <h2>Filter</h2>
        <ClearAllButton />
      </div>
      {group('paradigm')}
      {getDimensionKeys(catalogue).map((key) => (
        <FacetGroup key={key} facet={key} />
      ))}
      {group('modality')}
      {group('access')}
      {group('data')}
      {group('code')}
      <YearRange field="years" />
      <YearRange field="posted" />
      {group('venue', true)}
      {group('scope')}
      {group('fit')}
      <NewSince />
    </div>
  );
}
