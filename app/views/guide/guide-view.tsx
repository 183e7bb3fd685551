import { useMemo } from 'react';
import { getDimensionKeys } from '../../catalogue/catalogue-vocabulary';
import { getFacetValues } from '../../query/facet-values';
import type { FacetKey } from '../../query/filter-state';
import { pickExampleMethods } from '../../query/pick-example-methods';
import {
  useAtlasDispatch,
  useAtlasQuery,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';
import {
  ACCESS_NOTE,
  DIMENSION_NOTES,
  GUIDE_INTRO,
  PARADIGM_INTRO,
  PARADIGM_NOTES,
  formatCount,
  formatGenericIntro,
  isSurveyTaxonomy,
} from './guide-prose';
import { PipelineDiagram } from './pipeline-diagram';
import { ValueCard } from './value-card';
import './guide.css';

/**
 * The taxonomy explained: the pipeline (for the survey's taxonomy), the paradigms
 * and the dimensions, each value with its definition, its count under the current
 * filters, its most cited methods and a button that filters by it.
 */
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function GuideView() {
  const catalogue = useCatalogue();
  const query = useAtlasQuery();
  const facets = useAtlasState((state) => state.filters.facets);
  const dispatch = useAtlasDispatch();
  // Examples come from the whole catalogue, so they are picked once, not on every filter change.
  const examples = useMemo(() => {
    const byValue = new Map<string, number[]>();
    for (const facet of ['paradigm', ...getDimensionKeys(catalogue)])
      for (const { value } of getFacetValues(catalogue, facet))
        byValue.set(`${facet}:${value}`, pickExampleMethods(catalogue, facet, value, 3));
    return byValue;
  }, [catalogue]);

  const survey = isSurveyTaxonomy(catalogue.taxonomy);
  const paradigmCount = catalogue.taxonomy.paradigms.length;
  const renderValues = (facet: FacetKey, facetName: string) => {
    const selected = facets[facet] ?? [];
    const symbols = catalogue.taxonomy.dimensions
      .find((d) => d.key === facet)
      ?.values.reduce<Record<string, string | undefined>>(
        (all, v) => ({ ...all, [v.value]: v.symbol }),
        {},
      );
    return (
      <div className="guide-values">
        {getFacetValues(catalogue, facet).map((value) => (
          <ValueCard
            key={value.value}
            catalogue={catalogue}
            facetName={facetName}
            value={value}
            symbol={symbols?.[value.value]}
            count={query.facetCounts[facet]?.get(value.value) ?? 0}
            examples={examples.get(`${facet}:${value.value}`) ?? []}
            isFiltered={selected.includes(value.value)}
            note={survey && facet === 'paradigm' ? PARADIGM_NOTES[value.value] : undefined}
            onFocusMethod={(id) => dispatch({ type: 'focusMethod', id })}
            onFilter={() => {
              if (!selected.includes(value.value))
                dispatch({ type: 'toggleFacet', facet, value: value.value });
              dispatch({ type: 'setView', view: 'table' });
            }}
          />
        ))}
      </div>
    );
  };

  return (
    <article className="guide">
      <h2>How the taxonomy reads a method</h2>
      {(survey ? GUIDE_INTRO : [formatGenericIntro(catalogue.taxonomy.dimensions.length)]).map(
        (paragraph) => (
          <p key={paragraph.slice(0, 24)} className="guide-lead">
            {paragraph}
          </p>
        ),
      )}
      {survey && <PipelineDiagram />}
      <p className="guide-counts-note">
        The counts below follow your current filters and search: each says how many methods choosing
        that value would show. The examples are the methods other catalogued methods cite most.
      </p>

      <section aria-labelledby="guide-paradigms">
        <h3 id="guide-paradigms">
          {paradigmCount === 1
            ? 'One paradigm'
            : `${capitalise(formatCount(paradigmCount))} paradigms`}
        </h3>
        {survey && <p>{PARADIGM_INTRO}</p>}
        {renderValues('paradigm', 'Paradigm')}
      </section>

      {catalogue.taxonomy.dimensions.map((dimension) => (
        <section key={dimension.key} aria-labelledby={`guide-${dimension.key}`}>
          <h3 id={`guide-${dimension.key}`}>
            {dimension.name} <span className="guide-symbol">{dimension.symbol}</span>
          </h3>
          <p className="guide-question">{dimension.question}</p>
          {survey && <p>{DIMENSION_NOTES[dimension.key]}</p>}
          {renderValues(dimension.key, dimension.name)}
        </section>
      ))}

      {survey && catalogue.needsOf && (
        <section aria-labelledby="guide-access">
          <h3 id="guide-access">What a method asks of the model</h3>
          <p>{ACCESS_NOTE}</p>
        </section>
      )}
    </article>
  );
}
