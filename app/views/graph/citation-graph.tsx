import { useCallback, useMemo, useRef } from 'react';
import { canDrawAsSvg, toGraphDrawing } from '../../graph-model/graph-drawing';
import { countVisibleEdges } from '../../graph-model/graph-edges';
import { toGroupCategory } from '../../graph-model/group-categories';
import { traceLineage } from '../../graph-model/lineage';
import { MAX_LINEAGE_DEPTH, type GraphOptions } from '../../state/atlas-state';
import {
  useAtlasDispatch,
  useAtlasQuery,
  useAtlasState,
  useCatalogue,
  useLoadedCatalogue,
} from '../../state/atlas-store';
import { listColouredCategories } from '../../ui/group-colours';
import { GroupLegend } from '../../ui/group-legend';
import { LineagePanel } from '../../ui/lineage-panel';
import { toKeyName } from '../../catalogue/catalogue-vocabulary';
import type { GraphRenderer } from './graph-renderer';
import { makeGraphScene, type GraphPaint, type LineageSide } from './graph-scene';
import { GRAPH_LOOK, toGraphLookStyle } from './graph-look';
import { GraphStage } from './graph-stage';
import { GraphToolbar } from './graph-toolbar';
import { GraphZoom } from './graph-zoom';
import { useGraphLayout } from './use-graph-layout';
import './citation-graph.css';

const LOOK_STYLE = toGraphLookStyle();

/**
 * The citation graph: catalogue methods as nodes, cites as edges, laid out
 * once over the whole catalogue. Filters fade or hide nodes, focus shows a
 * lineage; nothing here filters.
 */
export function CitationGraph() {
  const catalogue = useCatalogue();
  const query = useAtlasQuery();
  const options = useAtlasState((state) => state.graph);
  const focusId = useAtlasState((state) => state.focus);
  const dispatch = useAtlasDispatch();
  const controls = useRef<GraphRenderer | null>(null);
  const drawing = toGraphDrawing(catalogue, options.drawing);
  // The canvas draws intermediate positions while the layout runs; the SVG waits for the
  // final layout (its nodes are counted and placed by tests, and restyling them costs more).
  const progressive = drawing === 'canvas';
  // Laid out on the loaded catalogue, so switching to the survey's labels moves no node.
  const layoutState = useGraphLayout(useLoadedCatalogue(), options.layout, progressive);
  const layout = layoutState?.layout ?? null;
  const scene = useMemo(() => layout && makeGraphScene(catalogue, layout), [catalogue, layout]);

  const focus = focusId === null ? -1 : (catalogue.indexOf.get(focusId) ?? -1);
  // An open detail decides whose lineage shows; without one, the lineage kept in the state.
  const kept = options.lineage === null ? -1 : (catalogue.indexOf.get(options.lineage) ?? -1);
  const root = focus >= 0 ? focus : kept;
  const lineage = useMemo(
    () =>
      root < 0
        ? null
        : traceLineage(catalogue, root, options.depth, { confirmedOnly: options.confirmedOnly }),
    [catalogue, root, options.depth, options.confirmedOnly],
  );
  const categories = useMemo(
    () => listColouredCategories(catalogue, options.colourBy),
    [catalogue, options.colourBy],
  );
  const colours = useMemo(() => {
    const byValue = new Map(categories.map((category) => [category.value, category.colour]));
    return catalogue.methods.map(
      (method) =>
        byValue.get(toGroupCategory(method, options.colourBy)) ?? GRAPH_LOOK.colour.unknownNode,
    );
  }, [catalogue, categories, options.colourBy]);
  const paint = useMemo<GraphPaint>(() => {
    const sides = new Map<number, LineageSide>();
    for (const entry of lineage?.descendants ?? []) sides.set(entry.position, 'descendant');
    for (const entry of lineage?.ancestors ?? []) sides.set(entry.position, 'ancestor');
    return {
      colours,
      visible: query.visible,
      filtered: options.filtered,
      confirmedOnly: options.confirmedOnly,
      focus: root,
      lineage: sides,
    };
  }, [colours, query.visible, options.filtered, options.confirmedOnly, root, lineage]);
  const counts = useMemo(
    () => countVisibleEdges(catalogue, query.visible),
    [catalogue, query.visible],
  );

  const onFocus = useCallback((id: string) => dispatch({ type: 'focusMethod', id }), [dispatch]);
  const setOptions = (next: Partial<GraphOptions>) =>
    dispatch({ type: 'setGraphOptions', options: next });
  const shownEdges = options.confirmedOnly ? counts.confirmed : counts.total;
  const label =
    `Citation graph: ${query.positions.length} of ${catalogue.methods.length} methods, ` +
    `${shownEdges} citations between them. Arrow keys move between methods, Enter focuses one.`;

  return (
    <div className={`citation-graph${focus >= 0 ? ' has-focus' : ''}`} style={LOOK_STYLE}>
      <GraphToolbar
        catalogue={catalogue}
        options={options}
        drawing={drawing}
        canDrawSvg={canDrawAsSvg(catalogue)}
        counts={counts}
        onChange={setOptions}
      />
      <div className="graph-body">
        <div
          className="graph-stage"
          data-renderer={scene ? drawing : 'pending'}
          data-layout={layoutState ? (layoutState.final ? 'final' : 'partial') : 'pending'}
          data-visible-nodes={query.positions.length}
          data-visible-edges={shownEdges}
          aria-busy={scene && layoutState?.final ? undefined : true}
        >
          {scene && <GraphZoom controlsRef={controls} />}
          {layoutState?.final === false && (
            <p className="graph-refining" role="status">
              Refining the layout…
            </p>
          )}
          {scene ? (
            <GraphStage
              drawing={drawing}
              scene={scene}
              paint={paint}
              onFocus={onFocus}
              controlsRef={controls}
              label={label}
            />
          ) : (
            <p className="graph-status" role="status">
              Laying out {catalogue.methods.length} methods…
            </p>
          )}
        </div>
        <LineagePanel
          catalogue={catalogue}
          root={root}
          lineage={lineage}
          depth={options.depth}
          maxDepth={MAX_LINEAGE_DEPTH}
          confirmedOnly={options.confirmedOnly}
          visible={query.visible}
          onDepth={(depth) => setOptions({ depth })}
          onFocus={onFocus}
          onTrace={(id) => (focus >= 0 ? onFocus(id) : setOptions({ lineage: id }))}
          onSelect={(ids) => dispatch({ type: 'selectMany', ids })}
          onClear={focus < 0 && kept >= 0 ? () => setOptions({ lineage: null }) : undefined}
        />
      </div>
      <GroupLegend title={toKeyName(catalogue, options.colourBy)} categories={categories}>
        <span className="graph-key">
          <svg width="26" height="8" aria-hidden="true">
            <line x1="1" y1="4" x2="25" y2="4" className="graph-key-line" />
          </svg>
          <span>
            <strong>confirmed</strong>: seen in the citing paper&rsquo;s text
          </span>
        </span>
        <span className="graph-key">
          <svg width="26" height="8" aria-hidden="true">
            <line x1="1" y1="4" x2="25" y2="4" className="graph-key-line is-recalled" />
          </svg>
          <span>
            <strong>recalled</strong>: listed by the editors, not yet checked in the text
          </span>
        </span>
        <span className="graph-key">
          size: times cited by methods in this catalogue (citations from outside it are not counted)
        </span>
        {catalogue.surveyLabels && (
          <span className="graph-key">≠: a survey label shown that Atlas reads otherwise</span>
        )}
      </GroupLegend>
    </div>
  );
}
