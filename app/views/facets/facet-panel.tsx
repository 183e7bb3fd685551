import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';
import { getDimensionKeys } from '../../catalogue/catalogue-vocabulary';
import { isUnfiltered } from '../../query/filter-state';
import { FacetGroup } from './facet-group';
import { NewSince } from './new-since';
import { YearRange } from './year-range';
import './facets.css';

/**
 * Every facet: paradigm and the taxonomy's dimensions, modality, the needs (where the
 * catalogue has them), code, publication and first-posted years, venue and scope.
 */
export function FacetPanel() {
  const catalogue = useCatalogue();
  const unfiltered = useAtlasState((state) => isUnfiltered(state.filters));
  const dispatch = useAtlasDispatch();
  return (
    <div className="facet-panel">
      <div className="facet-panel-head">
        <h2>Filter</h2>
        <button
          type="button"
          className="button"
          disabled={unfiltered}
          onClick={() => dispatch({ type: 'clearFilters' })}
        >
          Clear all
        </button>
      </div>
      <FacetGroup facet="paradigm" />
      {getDimensionKeys(catalogue).map((key) => (
        <FacetGroup key={key} facet={key} />
      ))}
      <FacetGroup facet="modality" />
      {catalogue.needsOf && (
        <>
          <FacetGroup facet="access" />
          <FacetGroup facet="data" />
        </>
      )}
      <FacetGroup facet="code" />
      <YearRange field="years" />
      <YearRange field="posted" />
      <FacetGroup facet="venue" foldable />
      <FacetGroup facet="scope" />
      <FacetGroup facet="fit" />
      <NewSince />
    </div>
  );
}
