import { memoisePerCatalogueAndKey } from '../catalogue/catalogue-cache';
import { LABEL_FITS, type Catalogue } from '../catalogue/catalogue-types';
import { getDimension } from '../catalogue/catalogue-vocabulary';
import {
  ACCESS_DEFINITIONS,
  ACCESS_LEVELS,
  ACCESS_NAMES,
  DATA_DEFINITIONS,
  DATA_LEVELS,
  DATA_NAMES,
} from '../catalogue/method-needs';
import type { AxisKey, FacetKey } from './filter-state';

/** One value a facet or axis can take, with what to show for it. */
export interface FacetValue {
  value: string;
  label: string;
  /** Short badge code: "AD", "MR", "X". */
  code: string;
  definition?: string | undefined;
}

/** How the two label fits read in a facet, a badge and the detail. */
const FIT_VALUES = {
  exact: {
    label: 'Exact',
    code: '=',
    definition: 'The labels name the mechanism as the taxonomy defines it.',
  },
  nearest: {
    label: 'Nearest fit',
    code: '≈',
    definition:
      'The mechanism has no exact value in the taxonomy; the labels are its closest values, and the note says why.',
  },
} as const;

/**
 * The values of a facet or axis in taxonomy order (venues by name, years
 * ascending). Venues and years list only what the catalogue holds; the
 * taxonomy's own vocabularies are listed whole, so an unused value shows as
 * empty rather than missing.
 */
export const getFacetValues: (catalogue: Catalogue, key: FacetKey | AxisKey) => FacetValue[] =
  memoisePerCatalogueAndKey(toFacetValues);

function toFacetValues(catalogue: Catalogue, key: FacetKey | AxisKey): FacetValue[] {
  const { taxonomy, methods } = catalogue;
  switch (key) {
    case 'paradigm':
      return taxonomy.paradigms.map((p) => ({
        value: p.code,
        label: p.name,
        code: p.code,
        definition: p.definition,
      }));
    case 'modality':
      return taxonomy.modalities.map((m) => ({
        value: m.value,
        label: m.name,
        code: m.name,
        definition: m.definition,
      }));
    case 'scope':
      return taxonomy.scopes.map((s) => ({
        value: s.value,
        label: s.name,
        code: s.name,
        definition: s.definition,
      }));
    case 'fit':
      return LABEL_FITS.map((fit) => ({ value: fit, ...FIT_VALUES[fit] }));
    case 'venue': {
      const used = new Set(methods.map((method) => method.venue));
      return taxonomy.venues
        .filter((venue) => used.has(venue.code))
        .map((venue) => ({
          value: venue.code,
          label: venue.code,
          code: venue.code,
          definition: venue.name,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en'));
    }
    case 'access':
      return ACCESS_LEVELS.map((level) => ({
        value: level,
        label: ACCESS_NAMES[level],
        code: ACCESS_NAMES[level],
        definition: ACCESS_DEFINITIONS[level],
      }));
    case 'data':
      return DATA_LEVELS.map((level) => ({
        value: level,
        label: DATA_NAMES[level],
        code: DATA_NAMES[level],
        definition: DATA_DEFINITIONS[level],
      }));
    case 'code':
      return [
        {
          value: 'yes',
          label: 'Has code',
          code: 'code',
          definition: 'A code repository is listed.',
        },
        { value: 'no', label: 'No code listed', code: 'no code' },
      ];
    case 'year': {
      const [first, last] = catalogue.yearExtent;
      const years: FacetValue[] = [];
      for (let year = first; methods.length > 0 && year <= last; year++) {
        years.push({ value: String(year), label: String(year), code: String(year) });
      }
      return years;
    }
    default: {
      const dimension = getDimension(catalogue, key);
      return (dimension?.values ?? []).map((v) => ({
        value: v.value,
        label: v.name,
        code: v.code,
        definition: v.definition,
      }));
    }
  }
}
