import { useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  getDimension,
  getDimensionKeys,
  toKeyShortName,
  toKeyTitle,
} from '../../catalogue/catalogue-vocabulary';
import { groupMethods } from '../../graph-model/group-methods';
import { getFacetValues } from '../../query/facet-values';
import { listProfileOrderKeys } from '../../state/atlas-state';
import {
  useAtlasDispatch,
  useAtlasQuery,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';
import { ParadigmBadge } from '../../ui/dimension-badges';
import { findShownDeparture } from '../../catalogue/survey-labels';
import { ProfileMark } from './profile-mark';
import { toProfileRows } from './profile-rows';
import './profile-grid.css';
import { SpacerRow } from '../../ui/spacer-row';
import { toRowsToRender } from '../../ui/rows-to-render';

/** Fixed row height in pixels; rows are virtualised, so only the ones in view are in the DOM. */
const ROW_HEIGHT = 32;
/** Header rows above the body, counted in aria-rowcount and aria-rowindex. */
const HEAD_ROWS = 2;

/**
 * The survey's profile table made interactive: every visible method as a row,
 * every value of each of the taxonomy's dimensions as a column, a mark where the method
 * holds the value. Rows are grouped by the chosen key and keep the table's
 * order within a group.
 */
export function ProfileGrid() {
  const catalogue = useCatalogue();
  const query = useAtlasQuery();
  const orderBy = useAtlasState((state) => state.profile.orderBy);
  const focus = useAtlasState((state) => state.focus);
  const dispatch = useAtlasDispatch();
  const scrollRef = useRef<HTMLDivElement>(null);

  const orderKeys = listProfileOrderKeys(catalogue);
  const dimensions = getDimensionKeys(catalogue).map((key) => ({
    key,
    dimension: getDimension(catalogue, key),
    values: getFacetValues(catalogue, key),
  }));
  const valueCount = dimensions.reduce((sum, d) => sum + d.values.length, 0);
  const columnCount = 3 + valueCount;

  const groups = useMemo(
    () => groupMethods(catalogue, query.positions, orderBy),
    [catalogue, query.positions, orderBy],
  );
  const rows = useMemo(() => toProfileRows(groups), [groups]);

  // TanStack Virtual returns fresh functions each render by design; the React Compiler lint says so.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows beyond each edge while the grid scrolls; at rest only the rows in view are rendered.
    overscan: 12,
  });

  // Bring the focused method into view when the focus changes, not on every filter change.
  const focusIndex = rows.findIndex(
    (row) => row.kind === 'method' && catalogue.methods[row.position]!.id === focus,
  );
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (focus === scrolledTo.current || focusIndex < 0) return;
    scrolledTo.current = focus;
    virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focus, focusIndex, virtualizer]);

  const items = toRowsToRender(
    virtualizer.getVirtualItems(),
    virtualizer.range,
    virtualizer.isScrolling,
  );
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const visibleCount = query.positions.length;

  return (
    <div className="profile-grid">
      <div className="profile-toolbar">
        <label className="profile-order">
          <span>Order by</span>
          <select
            autoComplete="off"
            value={orderBy}
            onChange={(event) => {
              const value = event.target.value;
              if (orderKeys.includes(value)) dispatch({ type: 'setProfileOrder', orderBy: value });
            }}
          >
            {orderKeys.map((key) => (
              <option key={key} value={key}>
                {toKeyTitle(catalogue, key)}
              </option>
            ))}
          </select>
        </label>
        <p className="profile-summary" aria-live="polite">
          {visibleCount} method{visibleCount === 1 ? '' : 's'} in {groups.length} group
          {groups.length === 1 ? '' : 's'}; within a group, the table&rsquo;s order
        </p>
        {catalogue.surveyLabels && (
          <p className="profile-key">
            <span className="profile-mark is-departed" aria-hidden="true" /> the survey&rsquo;s
            label where Atlas departs from it,{' '}
            <span className="profile-mark is-atlas-only" aria-hidden="true" /> Atlas&rsquo;s label
            there
          </p>
        )}
      </div>
      <div className="profile-scroll" ref={scrollRef} tabIndex={-1}>
        <table
          aria-label="Method profiles"
          aria-rowcount={rows.length + HEAD_ROWS}
          aria-colcount={columnCount}
          style={{
            width: `calc(var(--profile-name-width) + var(--profile-meta-width) + ${valueCount} * var(--profile-value-width))`,
          }}
        >
          <colgroup>
            <col className="profile-width-name" />
            <col className="profile-width-paradigm" />
            <col className="profile-width-year" />
            {dimensions.map(({ key, values }) =>
              values.map((value) => (
                <col key={`${key}:${value.value}`} className="profile-width-value" />
              )),
            )}
          </colgroup>
          <thead>
            <tr className="profile-head-dimensions" aria-rowindex={1}>
              <th scope="colgroup" colSpan={3} className="profile-col-method">
                Method
              </th>
              {dimensions.map(({ key, dimension, values }) => (
                <th
                  key={key}
                  scope="colgroup"
                  colSpan={values.length}
                  className="profile-dimension"
                  title={`${dimension?.name ?? key}: ${dimension?.question ?? ''}`}
                >
                  {toKeyShortName(catalogue, key)}{' '}
                  <span className="profile-symbol">{dimension?.symbol}</span>
                </th>
              ))}
            </tr>
            <tr className="profile-head-values" aria-rowindex={2}>
              <th scope="col" className="profile-col-name">
                Name
              </th>
              <th scope="col" className="profile-col-paradigm profile-vertical">
                <span>Paradigm</span>
              </th>
              <th scope="col" className="profile-col-year profile-vertical">
                <span>Year</span>
              </th>
              {dimensions.map(({ key, values }) =>
                values.map((value, index) => (
                  <th
                    key={`${key}:${value.value}`}
                    scope="col"
                    className={`profile-value profile-vertical${index === 0 ? ' is-first' : ''}`}
                    title={value.definition}
                  >
                    <span>{value.label}</span>
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            <SpacerRow height={padTop} columns={columnCount} />
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              if (row.kind === 'group') {
                return (
                  <tr
                    key={`group:${row.key}`}
                    className="profile-group"
                    aria-rowindex={item.index + HEAD_ROWS + 1}
                    style={{ height: ROW_HEIGHT }}
                  >
                    <th scope="rowgroup" colSpan={columnCount}>
                      <span className="profile-group-inner">
                        <span className="profile-group-label">{row.label}</span>{' '}
                        <span className="profile-group-count">
                          {row.count} method{row.count === 1 ? '' : 's'}
                        </span>
                      </span>
                    </th>
                  </tr>
                );
              }
              const method = catalogue.methods[row.position]!;
              const isFocused = focus === method.id;
              return (
                <tr
                  key={method.id}
                  data-id={method.id}
                  aria-rowindex={item.index + HEAD_ROWS + 1}
                  aria-current={isFocused || undefined}
                  className={isFocused ? 'is-focused' : undefined}
                  style={{ height: ROW_HEIGHT }}
                >
                  <th scope="row" className="profile-col-name">
                    <a
                      className="method-link"
                      title={method.name}
                      href={`?method=${encodeURIComponent(method.id)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        dispatch({ type: 'focusMethod', id: method.id });
                      }}
                    >
                      {method.name}
                    </a>
                  </th>
                  <td className="profile-col-paradigm">
                    <ParadigmBadge
                      catalogue={catalogue}
                      paradigm={method.paradigm}
                      departure={findShownDeparture(catalogue, method, 'paradigm')}
                    />
                  </td>
                  <td className="profile-col-year">{method.year}</td>
                  {dimensions.map(({ key, dimension, values }) => {
                    const departure = findShownDeparture(catalogue, method, key);
                    return values.map((value, index) => (
                      <td
                        key={`${key}:${value.value}`}
                        className={`profile-value${index === 0 ? ' is-first' : ''}`}
                      >
                        <ProfileMark
                          catalogue={catalogue}
                          method={method}
                          dimension={dimension?.name ?? key}
                          field={key}
                          value={value}
                          departure={departure}
                        />
                      </td>
                    ));
                  })}
                </tr>
              );
            })}
            <SpacerRow height={padBottom} columns={columnCount} />
          </tbody>
        </table>
        {rows.length === 0 && <p className="profile-empty">No method matches these filters.</p>}
      </div>
    </div>
  );
}
