import { describe, expect, it } from 'vitest';
import { makeSurveyFixture } from '../testing/survey-fixture-catalogue';
import {
  countSurveyLabels,
  findShownDeparture,
  getSurveyLabelledCatalogue,
  listShownDepartures,
  toLabelledCatalogue,
  toSurveyLabelledMethod,
} from './survey-labels';

describe('toSurveyLabelledMethod()', () => {
  const [prompted, twofold, misfiled, agreed, own] = makeSurveyFixture().methods;

  it("gives each departed field the authors' values and leaves every other field as it was", () => {
    const labelled = toSurveyLabelledMethod(prompted!);
    expect(labelled.paradigm).toBe('PI');
    expect(labelled.dimensions['format']).toEqual(['fixed']);
    expect({
      ...labelled,
      paradigm: 'PT',
      dimensions: { ...labelled.dimensions, format: ['learnable'] },
    }).toEqual(prompted);
    // The catalogue's own method is not touched.
    expect(prompted!.paradigm).toBe('PT');
    expect(prompted!.dimensions['format']).toEqual(['learnable']);
  });

  it('takes the first of two paradigms the authors give, since a method holds one', () => {
    expect(toSurveyLabelledMethod(twofold!).paradigm).toBe('PT');
  });

  it("keeps the authors' words verbatim, once each, even from another dimension", () => {
    expect(toSurveyLabelledMethod(misfiled!).dimensions['operator']).toEqual([
      'statistical',
      'linear',
    ]);
  });

  it("returns methods without departures, and those outside the authors' list, as they are", () => {
    expect(toSurveyLabelledMethod(agreed!)).toBe(agreed);
    expect(toSurveyLabelledMethod(own!)).toBe(own);
  });
});

describe('getSurveyLabelledCatalogue()', () => {
  it('builds the catalogue once, keeps positions and shares what labels do not change', () => {
    const catalogue = makeSurveyFixture();
    const survey = getSurveyLabelledCatalogue(catalogue);
    expect(getSurveyLabelledCatalogue(catalogue)).toBe(survey);
    expect(getSurveyLabelledCatalogue(survey)).toBe(survey);
    expect(survey).not.toBe(catalogue);
    expect(survey.surveyLabels).toBe(true);
    expect(catalogue.surveyLabels).toBeUndefined();
    expect(survey.methods.map((method) => method.id)).toEqual(
      catalogue.methods.map((method) => method.id),
    );
    expect(survey.methods[3]).toBe(catalogue.methods[3]);
    expect(survey.indexOf).toBe(catalogue.indexOf);
    expect(survey.citesOf).toBe(catalogue.citesOf);
    expect(survey.needsOf).toBe(catalogue.needsOf);
    expect(toLabelledCatalogue(catalogue, 'authors')).toBe(survey);
    expect(toLabelledCatalogue(catalogue, 'atlas')).toBe(catalogue);
  });
});

describe('listShownDepartures() and findShownDeparture()', () => {
  it("mark departures only where the catalogue shows the survey's labels", () => {
    const catalogue = makeSurveyFixture();
    const survey = getSurveyLabelledCatalogue(catalogue);
    const prompted = survey.methods[0]!;
    expect(listShownDepartures(catalogue, catalogue.methods[0]!)).toEqual([]);
    expect(findShownDeparture(catalogue, catalogue.methods[0]!, 'format')).toBeUndefined();
    expect(listShownDepartures(survey, prompted).map((d) => d.field)).toEqual([
      'paradigm',
      'format',
    ]);
    expect(findShownDeparture(survey, prompted, 'format')?.atlas).toEqual(['learnable']);
    expect(findShownDeparture(survey, prompted, 'location')).toBeUndefined();
    expect(listShownDepartures(survey, survey.methods[4]!)).toEqual([]);
  });
});

describe('countSurveyLabels()', () => {
  it("counts the authors' methods, those with departures, and Atlas's own", () => {
    expect(countSurveyLabels(makeSurveyFixture())).toEqual({
      fromAuthors: 4,
      departing: 3,
      atlasOnly: 1,
    });
  });
});
