import { describe, expect, it } from 'vitest';
import { getSurveyLabelledCatalogue } from '../catalogue/survey-labels';
import { makeSurveyFixture } from '../testing/survey-fixture-catalogue';
import { EMPTY_FILTERS } from './filter-state';
import { runQuery } from './run-query';

describe('runQuery() on the survey-labelled catalogue', () => {
  it("makes the query count and filter by the survey's labels", () => {
    const catalogue = makeSurveyFixture();
    const atlas = runQuery(catalogue, EMPTY_FILTERS, null);
    const survey = runQuery(getSurveyLabelledCatalogue(catalogue), EMPTY_FILTERS, null);
    expect(atlas.facetCounts.paradigm?.get('PI')).toBe(1);
    expect(survey.facetCounts.paradigm?.get('PI')).toBe(2);
    expect(atlas.facetCounts.format?.get('fixed')).toBe(0);
    expect(survey.facetCounts.format?.get('fixed')).toBe(1);
    expect(survey.facetCounts.operator?.get('additive')).toBe(0);
    const fixed = runQuery(
      getSurveyLabelledCatalogue(catalogue),
      { ...EMPTY_FILTERS, facets: { format: ['fixed'] } },
      null,
    );
    expect(fixed.positions).toEqual([0]);
  });
});
