import type { Catalogue } from '../catalogue/catalogue-types';
import { getFacetValues } from '../query/facet-values';
import type { AxisKey } from '../query/filter-state';
import './badges.css';

interface DimensionBadgesProps {
  catalogue: Catalogue;
  dimension: AxisKey;
  values: readonly string[];
  /** Dimension name for screen readers: "Location". */
  label: string;
}

/** Compact codes (AD, CO, E, H…) with each value's name and definition on hover and for screen readers. */
export function DimensionBadges({ catalogue, dimension, values, label }: DimensionBadgesProps) {
  const known = getFacetValues(catalogue, dimension);
  const shown = values.map(
    (value) => known.find((v) => v.value === value) ?? { value, label: value, code: value },
  );
  return (
    <span
      className="badges"
      aria-label={`${label}: ${shown.map((v) => v.label).join(', ')}`}
      role="img"
    >
      {shown.map((value) => (
        <span
          key={value.value}
          className={`badge badge-${dimension} badge-${dimension}-${value.value}`}
          title={
            'definition' in value && value.definition
              ? `${value.label}: ${value.definition}`
              : value.label
          }
        >
          {value.code}
        </span>
      ))}
    </span>
  );
}

/** A paradigm as a coloured badge: MR, PT or PI. */
export function ParadigmBadge({ catalogue, paradigm }: { catalogue: Catalogue; paradigm: string }) {
  const name = catalogue.taxonomy.paradigms.find((p) => p.code === paradigm)?.name ?? paradigm;
  return (
    <span
      className={`badge badge-paradigm badge-paradigm-${paradigm.toLowerCase()}`}
      title={name}
      aria-label={`Paradigm: ${name}`}
      role="img"
    >
      {paradigm}
    </span>
  );
}
