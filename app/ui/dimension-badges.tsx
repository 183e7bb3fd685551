import type { Catalogue, LabelDeparture } from '../catalogue/catalogue-types';
import { getFacetValues } from '../query/facet-values';
import type { AxisKey } from '../query/filter-state';
import {
  DEPARTURE_MARK,
  formatDepartureNote,
  formatDepartureTitle,
  toValueNames,
} from './departure-marker';
import { toParadigmTone } from './group-colours';
import './badges.css';

interface DimensionBadgesProps {
  catalogue: Catalogue;
  dimension: AxisKey;
  values: readonly string[];
  /** Dimension name for screen readers: "Location". */
  label: string;
  /** Set when the values are the survey's and Atlas departs from them: marked ≠. */
  departure?: LabelDeparture | undefined;
}

/** A badge's hover text: the value's name and, where the taxonomy gives one, its definition. */
function toBadgeTitle(value: { label: string; definition?: string | undefined }): string {
  return value.definition ? `${value.label}: ${value.definition}` : value.label;
}

/** Compact codes (AD, CO, E, H…) with each value's name and definition on hover and for screen readers. */
export function DimensionBadges({
  catalogue,
  dimension,
  values,
  label,
  departure,
}: DimensionBadgesProps) {
  const known = getFacetValues(catalogue, dimension);
  const shown = values.map((value) => {
    const found = known.find((v) => v.value === value);
    if (found || !departure) return found ?? { value, label: value, code: value };
    // A word of another dimension, as one authors' cell holds: shown as the word itself.
    const name = toValueNames(catalogue, departure.field, [value])[0] ?? value;
    return { value, label: name, code: name };
  });
  const names = shown.map((v) => v.label).join(', ');
  const badgeClass = (value: string) => `badge badge-${dimension} badge-${dimension}-${value}`;
  const only = shown.length === 1 && !departure ? shown[0]! : null;
  // One value and nothing to mark: the badge is the image itself, an element fewer per cell
  // (a table row holds four such cells).
  if (only)
    return (
      <span
        className={badgeClass(only.value)}
        title={toBadgeTitle(only)}
        aria-label={`${label}: ${names}`}
        role="img"
      >
        {only.code}
      </span>
    );
  return (
    <span
      className={`badges${departure ? ' is-departed' : ''}`}
      aria-label={`${label}: ${names}${departure ? ` (${formatDepartureNote(catalogue, departure)})` : ''}`}
      role="img"
    >
      {shown.map((value) => (
        <span key={value.value} className={badgeClass(value.value)} title={toBadgeTitle(value)}>
          {value.code}
        </span>
      ))}
      {departure && (
        <span className="departure-marker" title={formatDepartureTitle(catalogue, departure)}>
          {DEPARTURE_MARK}
        </span>
      )}
    </span>
  );
}

/** A paradigm as a badge in its colour ("PT"); marked ≠ when it is the survey's and Atlas departs. */
export function ParadigmBadge({
  catalogue,
  paradigm,
  departure,
}: {
  catalogue: Catalogue;
  paradigm: string;
  departure?: LabelDeparture | undefined;
}) {
  const name = catalogue.taxonomy.paradigms.find((p) => p.code === paradigm)?.name ?? paradigm;
  const className = `badge badge-paradigm badge-paradigm-${toParadigmTone(catalogue, paradigm)}`;
  if (!departure) {
    return (
      <span className={className} title={name} aria-label={`Paradigm: ${name}`} role="img">
        {paradigm}
      </span>
    );
  }
  return (
    <span
      className="badges is-departed"
      role="img"
      aria-label={`Paradigm: ${name} (${formatDepartureNote(catalogue, departure)})`}
    >
      <span className={className} title={name}>
        {paradigm}
      </span>
      <span className="departure-marker" title={formatDepartureTitle(catalogue, departure)}>
        {DEPARTURE_MARK}
      </span>
    </span>
  );
}
