/** The boxes of the pipeline, placed for a wide or a narrow screen. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface PipelineLayout {
  width: number;
  height: number;
  input: Box;
  manipulation: Box;
  model: Box;
  /** The three locations inside the model: input space, embedding, hidden layers. */
  zones: [Box, Box, Box];
  alignment: Box;
  output: Box;
  /** Which way data flows: left to right, or top to bottom. */
  across: boolean;
}

const WIDE: PipelineLayout = {
  width: 1088,
  height: 250,
  across: true,
  input: { x: 8, y: 115, w: 112, h: 56 },
  manipulation: { x: 160, y: 88, w: 230, h: 110 },
  model: { x: 440, y: 50, w: 320, h: 186 },
  zones: [
    { x: 456, y: 78, w: 86, h: 104 },
    { x: 554, y: 78, w: 86, h: 104 },
    { x: 652, y: 78, w: 92, h: 104 },
  ],
  alignment: { x: 798, y: 103, w: 172, h: 80 },
  output: { x: 1000, y: 115, w: 84, h: 56 },
};

const NARROW: PipelineLayout = {
  width: 340,
  height: 640,
  across: false,
  input: { x: 90, y: 6, w: 160, h: 46 },
  manipulation: { x: 30, y: 84, w: 280, h: 104 },
  model: { x: 8, y: 240, w: 324, h: 180 },
  zones: [
    { x: 20, y: 262, w: 96, h: 104 },
    { x: 122, y: 262, w: 96, h: 104 },
    { x: 224, y: 262, w: 96, h: 104 },
  ],
  alignment: { x: 50, y: 462, w: 240, h: 80 },
  output: { x: 90, y: 584, w: 160, h: 46 },
};

const ZONES = [
  { symbol: '𝒳', name: 'input' },
  { symbol: 'ℰ', name: 'embedding' },
  { symbol: 'ℋ', name: 'hidden' },
] as const;

const DESCRIPTION =
  'The pipeline: a target input goes through an input manipulation, described by its format λ, its operator τ and its location ℓ, which is the input space, the embedding or the hidden layers of a frozen pre-trained model; the model’s output then goes through an output alignment ω to give the target output.';

const toRect = (box: Box) => ({ x: box.x, y: box.y, width: box.w, height: box.h });

/** Straight arrow between two points. */
function Arrow({ from, to, id }: { from: [number, number]; to: [number, number]; id: string }) {
  return (
    <line
      className="pipeline-arrow"
      x1={from[0]}
      y1={from[1]}
      x2={to[0]}
      y2={to[1]}
      markerEnd={`url(#${id})`}
    />
  );
}

function Label({
  anchor = 'middle',
  x,
  y,
  text,
  className,
}: {
  anchor?: 'start' | 'middle' | 'end';
  x: number;
  y: number;
  text: string;
  className?: string;
}) {
  return (
    <text x={x} y={y} className={className} textAnchor={anchor}>
      {text}
    </text>
  );
}

function Lock({ x, y }: { x: number; y: number }) {
  return (
    <g className="pipeline-lock" transform={`translate(${x} ${y})`}>
      <path d="M3 7 V4 a5 5 0 0 1 10 0 V7" />
      <rect x="0" y="7" width="16" height="11" rx="2" />
    </g>
  );
}

function PipelineSvg({ layout, className }: { layout: PipelineLayout; className: string }) {
  const { input, manipulation: m, model, zones, alignment: a, output } = layout;
  const arrowId = `pipeline-arrow-${layout.across ? 'wide' : 'narrow'}`;
  const midY = (box: Box) => box.y + box.h / 2;
  const midX = (box: Box) => box.x + box.w / 2;
  // Where each arrow leaves one box and reaches the next, along the flow.
  const exit = (box: Box): [number, number] =>
    layout.across ? [box.x + box.w, midY(box)] : [midX(box), box.y + box.h];
  const entry = (box: Box): [number, number] =>
    layout.across ? [box.x - 2, midY(box)] : [midX(box), box.y - 2];
  const modelExit: [number, number] = layout.across
    ? [model.x + model.w, midY(a)]
    : [midX(model), model.y + model.h];
  // The three location arrows fan out from the manipulation box to the top of each zone.
  const start: [number, number] = layout.across ? [midX(m), m.y] : [midX(m), m.y + m.h];
  const lift = layout.across ? 12 : m.y + m.h + 26;
  return (
    <svg
      className={`pipeline ${className}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={DESCRIPTION}
    >
      <defs>
        <marker
          id={arrowId}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 z" className="pipeline-arrowhead" />
        </marker>
      </defs>

      <rect className="pipeline-box pipeline-io" {...toRect(input)} rx="8" />
      <Label x={midX(input)} y={midY(input) - 3} text="Target" />
      <Label x={midX(input)} y={midY(input) + 15} text="input" />

      <Arrow from={exit(input)} to={entry(m)} id={arrowId} />

      <rect className="pipeline-box pipeline-manipulation" {...toRect(m)} rx="8" />
      <Label x={midX(m)} y={m.y + 24} text="Input manipulation" className="pipeline-title" />
      <Label x={midX(m)} y={m.y + 50} text="λ format: fixed or learnable" />
      <Label x={midX(m)} y={m.y + 72} text="τ operator: add, concatenate," />
      <Label x={midX(m)} y={m.y + 92} text="or compute from the input" />

      <rect className="pipeline-box pipeline-model" {...toRect(model)} rx="10" />
      <Lock x={model.x + 14} y={model.y + model.h - 30} />
      <Label
        x={midX(model) + 10}
        y={model.y + model.h - 16}
        text="Frozen pre-trained model"
        className="pipeline-title"
      />
      {zones.map((zone, index) => (
        <g key={ZONES[index]!.name}>
          <rect className="pipeline-zone" {...toRect(zone)} rx="6" />
          <Label
            x={midX(zone)}
            y={zone.y + 44}
            text={ZONES[index]!.symbol}
            className="pipeline-symbol"
          />
          <Label x={midX(zone)} y={zone.y + 72} text={ZONES[index]!.name} />
          {index < 2 &&
            (layout.across ? (
              <Arrow
                from={[zone.x + zone.w, midY(zone) + 30]}
                to={[zones[index + 1]!.x - 1, midY(zone) + 30]}
                id={arrowId}
              />
            ) : (
              <Arrow
                from={[zone.x + zone.w, zone.y + zone.h - 16]}
                to={[zones[index + 1]!.x - 1, zone.y + zone.h - 16]}
                id={arrowId}
              />
            ))}
          <path
            className="pipeline-arrow pipeline-location"
            d={
              layout.across
                ? `M${start[0]} ${start[1]} C ${start[0]} ${lift}, ${midX(zone)} ${lift}, ${midX(zone)} ${zone.y - 3}`
                : `M${start[0]} ${start[1]} C ${start[0]} ${lift}, ${midX(zone)} ${lift}, ${midX(zone)} ${zone.y - 3}`
            }
            markerEnd={`url(#${arrowId})`}
          />
        </g>
      ))}
      <Label
        x={layout.across ? m.x + 8 : m.x + m.w}
        y={layout.across ? m.y - 12 : m.y + m.h + 18}
        text="ℓ location"
        className="pipeline-location-label"
        anchor={layout.across ? 'start' : 'end'}
      />

      <Arrow from={modelExit} to={entry(a)} id={arrowId} />

      <rect className="pipeline-box pipeline-alignment" {...toRect(a)} rx="8" />
      <Label x={midX(a)} y={a.y + 26} text="Output alignment ω" className="pipeline-title" />
      <Label
        x={midX(a)}
        y={a.y + 48}
        text={layout.across ? 'identity, rule,' : 'identity, rule, statistics'}
      />
      <Label
        x={midX(a)}
        y={a.y + 68}
        text={layout.across ? 'statistics, linear' : 'or a linear layer'}
      />

      <Arrow from={exit(a)} to={entry(output)} id={arrowId} />

      <rect className="pipeline-box pipeline-io" {...toRect(output)} rx="8" />
      <Label x={midX(output)} y={midY(output) - 3} text="Target" />
      <Label x={midX(output)} y={midY(output) + 15} text="output" />
    </svg>
  );
}

/** The reprogramming pipeline, drawn across on wide screens and down on narrow ones. */
export function PipelineDiagram() {
  return (
    <figure className="guide-pipeline">
      <PipelineSvg layout={WIDE} className="pipeline-wide" />
      <PipelineSvg layout={NARROW} className="pipeline-narrow" />
      <figcaption>
        Only the manipulation and, sometimes, the alignment are designed or trained; the model in
        the middle never changes.
      </figcaption>
    </figure>
  );
}
