import type {
  Catalogue,
  DimensionKey,
  LabelDeparture,
  Method,
} from '../../catalogue/catalogue-types';
import type { FacetValue } from '../../query/facet-values';
import { formatDepartureNote, formatDepartureTitle } from '../../ui/departure-marker';
import { toParadigmTone } from '../../ui/group-colours';

interface ProfileMarkProps {
  catalogue: Catalogue;
  method: Method;
  /** The dimension's name for people: "Location". */
  dimension: string;
  field: DimensionKey;
  value: FacetValue;
  /** Set when the survey's labels are shown and Atlas departs on this dimension. */
  departure: LabelDeparture | undefined;
}

/**
 * The mark of one grid cell: a dot where the method holds the value; where the
 * survey's labels are shown and Atlas departs, the survey's values get a dashed
 * ring and Atlas's own, no longer held, an empty ring, each named for screen readers.
 */
export function ProfileMark({
  catalogue,
  method,
  dimension,
  field,
  value,
  departure,
}: ProfileMarkProps) {
  const tone = toParadigmTone(catalogue, method.paradigm);
  if ((method.dimensions[field] ?? []).includes(value.value)) {
    return (
      <span
        className={`profile-mark profile-mark-${tone}${departure ? ' is-departed' : ''}`}
        role="img"
        aria-label={`${dimension}: ${value.label}${departure ? ` (${formatDepartureNote(catalogue, departure)})` : ''}`}
        title={departure && formatDepartureTitle(catalogue, departure)}
      />
    );
  }
  if (!departure?.atlas.includes(value.value)) return null;
  return (
    <span
      className="profile-mark is-atlas-only"
      role="img"
      aria-label={`${dimension}: ${value.label}, Atlas's label, not the survey's`}
      title={formatDepartureTitle(catalogue, departure)}
    />
  );
}
