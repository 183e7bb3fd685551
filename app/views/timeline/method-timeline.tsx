import { useEffect, useMemo, useRef } from 'react';
import { scaleBand, scaleLinear } from 'd3';
import { formatFirstPosted } from '../../catalogue/catalogue-rules';
import { getFirstPosted } from '../../catalogue/first-posted';
import { makeFullBitset } from '../../query/bitset';
import { countByPostedYearAndGroup, toCumulativeCounts } from '../../graph-model/group-categories';
import {
  useAtlasDispatch,
  useAtlasQuery,
  useAtlasState,
  useCatalogue,
} from '../../state/atlas-store';
import { listColouredCategories } from '../../ui/group-colours';
import { GroupLegend } from '../../ui/group-legend';
import { toKeyName } from '../../catalogue/catalogue-vocabulary';
import { TimelineCoverage } from './timeline-coverage';
import { TimelineTable } from './timeline-table';
import { TimelineToolbar } from './timeline-toolbar';
import { useElementSize } from './use-element-size';
import { attachYearBrush, type YearBrush } from './year-brush';
import './method-timeline.css';

const MARGIN = { top: 22, right: 12, bottom: 40, left: 40 };

/**
 * Methods per year first posted (arXiv month, else venue year), or the running
 * total up to each year, stacked by paradigm, a dimension or the modality. The
 * bars count what every filter but the first-posted range lets through, so
 * brushing a range (which filters every view by the same years the bars show)
 * never empties the bars outside it. Axes are fixed by the whole catalogue.
 */
export function MethodTimeline() {
  const catalogue = useCatalogue();
  const query = useAtlasQuery();
  const focus = useAtlasState((state) => state.focus);
  const dispatch = useAtlasDispatch();
  const { stackBy, cumulative } = useAtlasState((state) => state.timeline);
  const posted = useAtlasState((state) => state.filters.posted);
  const chartRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const brush = useRef<YearBrush | null>(null);
  const { width, height } = useElementSize(chartRef);

  const categories = useMemo(
    () => listColouredCategories(catalogue, stackBy),
    [catalogue, stackBy],
  );
  const rows = useMemo(() => {
    const perYear = countByPostedYearAndGroup(catalogue, query.withoutPosted, stackBy);
    return cumulative ? toCumulativeCounts(perYear) : perYear;
  }, [catalogue, query.withoutPosted, stackBy, cumulative]);
  const wholeRows = useMemo(
    () =>
      countByPostedYearAndGroup(catalogue, makeFullBitset(catalogue.methods.length), 'paradigm'),
    [catalogue],
  );
  const totals = useMemo(
    () => (cumulative ? toCumulativeCounts(wholeRows) : wholeRows),
    [wholeRows, cumulative],
  );
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const x = useMemo(
    () =>
      scaleBand<string>()
        .domain(totals.map((row) => String(row.year)))
        .range([0, innerWidth])
        .paddingInner(0.2)
        .paddingOuter(0.1),
    [totals, innerWidth],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, ...totals.map((row) => row.total))])
        .nice()
        .range([innerHeight, 0]),
    [totals, innerHeight],
  );

  const postedRef = useRef(posted);
  useEffect(() => {
    postedRef.current = posted;
  });
  useEffect(() => {
    if (!brushRef.current || innerWidth <= 0 || innerHeight <= 0) return;
    const [first, last] = getFirstPosted(catalogue).yearExtent;
    const attached = attachYearBrush(brushRef.current, {
      x,
      width: innerWidth,
      height: innerHeight,
      onBrush: (range) =>
        dispatch({
          type: 'setPosted',
          // The whole extent is no filter at all, as in the facet panel's year selects.
          posted: range && (range[0] > first || range[1] < last) ? range : null,
        }),
    });
    attached.show(postedRef.current);
    brush.current = attached;
    return () => {
      attached.destroy();
      brush.current = null;
    };
  }, [catalogue, x, innerWidth, innerHeight, dispatch]);
  useEffect(() => {
    brush.current?.show(posted);
  }, [posted]);

  const focused = focus === null ? undefined : catalogue.indexOf.get(focus);
  const focusMethod = focused === undefined ? undefined : catalogue.methods[focused];
  const focusPosted =
    focused === undefined ? undefined : getFirstPosted(catalogue).byPosition[focused];
  const inRange = (year: number) => !posted || (year >= posted[0] && year <= posted[1]);
  const brushedCount = query.positions.length;
  const ticks = y.ticks(Math.max(2, Math.floor(innerHeight / 50)));

  return (
    <div className={`method-timeline${focusMethod ? ' has-focus' : ''}`}>
      <TimelineToolbar brushedCount={brushedCount} />
      <TimelineCoverage wholeRows={wholeRows} />
      <div className="timeline-chart" ref={chartRef}>
        {width > 0 && height > 0 && (
          <svg
            width={width}
            height={height}
            role="img"
            aria-label={`${cumulative ? 'Methods first posted up to each year' : 'Methods per year first posted'}, stacked by ${toKeyName(catalogue, stackBy).toLowerCase()}: ${rows.map((row) => `${row.year}: ${row.total}`).join(', ')}. The table below lists the counts; the First posted selects in the filters set the range by keyboard.`}
          >
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <text className="timeline-axis-title" x={0} y={-9} aria-hidden="true">
                {cumulative
                  ? 'Methods first posted up to each year'
                  : 'Methods per year first posted'}
              </text>
              <g className="timeline-grid" aria-hidden="true">
                {ticks.map((tick) => (
                  <g key={tick} transform={`translate(0,${y(tick)})`}>
                    <line x2={innerWidth} />
                    <text x={-8} dy="0.32em">
                      {tick}
                    </text>
                  </g>
                ))}
              </g>
              {rows.map((row, index) => {
                const left = x(String(row.year)) ?? 0;
                const whole = totals[index]?.total ?? 0;
                let base = 0;
                return (
                  <g
                    key={row.year}
                    className={`timeline-year${inRange(row.year) ? '' : ' is-outside'}`}
                    data-year={row.year}
                    data-count={row.total}
                  >
                    <rect
                      className="timeline-whole"
                      x={left}
                      width={x.bandwidth()}
                      y={y(whole)}
                      height={innerHeight - y(whole)}
                    />
                    {row.counts.map((count, k) => {
                      if (count === 0) return null;
                      const top = y(base + count);
                      const segment = (
                        <rect
                          key={categories[k]!.value}
                          data-category={categories[k]!.value}
                          x={left}
                          width={x.bandwidth()}
                          y={top}
                          height={y(base) - top}
                          fill={categories[k]!.colour}
                        />
                      );
                      base += count;
                      return segment;
                    })}
                    <text
                      className="timeline-count"
                      x={left + x.bandwidth() / 2}
                      y={y(Math.max(row.total, whole)) - 5}
                    >
                      {row.total === whole ? row.total : `${row.total} / ${whole}`}
                    </text>
                    <text
                      className="timeline-year-label"
                      x={left + x.bandwidth() / 2}
                      y={innerHeight + 18}
                    >
                      {row.year}
                    </text>
                  </g>
                );
              })}
              {focusPosted && x(String(focusPosted.year)) !== undefined && (
                <g
                  className="timeline-focus"
                  transform={`translate(${(x(String(focusPosted.year)) ?? 0) + x.bandwidth() / 2},${innerHeight + 25})`}
                  aria-hidden="true"
                >
                  <path d="M0,0l5,9h-10z" />
                </g>
              )}
              <g ref={brushRef} className="timeline-brush" />
            </g>
          </svg>
        )}
      </div>
      <GroupLegend title={toKeyName(catalogue, stackBy)} categories={categories} shape="square">
        <span className="timeline-key">
          <span className="timeline-key-whole" aria-hidden="true" /> whole catalogue
        </span>
        {focusMethod && focusPosted && (
          <span className="timeline-key">
            <span className="timeline-key-focus" aria-hidden="true">
              ▲
            </span>{' '}
            {focusMethod.name} (first posted {formatFirstPosted(focusPosted)})
          </span>
        )}
      </GroupLegend>
      <TimelineTable
        rows={rows}
        categories={categories}
        title={toKeyName(catalogue, stackBy)}
        cumulative={cumulative}
      />
    </div>
  );
}
