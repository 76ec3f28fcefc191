interface SparklineProps {
  /** Oldest first. Null points (no value that day) are skipped: the line breaks there. */
  values: readonly (number | null)[];
  /** What the line shows, with its numbers, for screen readers. */
  label: string;
  width?: number;
  height?: number;
  className?: string;
}

/**
 * A small trend line in plain SVG, drawn in currentColor. Time runs left to right on every
 * page: SVG coordinates do not follow the text direction, and nothing here may mirror them.
 */
export function Sparkline({ values, label, width = 60, height = 20, className = '' }: SparklineProps) {
  const pad = 2;
  const known = values.filter((value): value is number => value !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  const x = (index: number) => pad + (values.length > 1 ? (index / (values.length - 1)) * (width - 2 * pad) : (width - 2 * pad) / 2);
  // A flat series sits in the middle rather than on the floor.
  const y = (value: number) => (max === min ? height / 2 : height - pad - ((value - min) / (max - min)) * (height - 2 * pad));

  const segments: { x: number; y: number }[][] = [];
  let segment: { x: number; y: number }[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (segment.length) segments.push(segment);
      segment = [];
    } else {
      segment.push({ x: x(index), y: y(value) });
    }
  });
  if (segment.length) segments.push(segment);

  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={`shrink-0 overflow-visible ${className}`}
    >
      {segments.map(([first, ...rest]) =>
        !first ? null : rest.length === 0 ? (
          <circle key={first.x} cx={first.x} cy={first.y} r={1.5} fill="currentColor" />
        ) : (
          <polyline
            key={first.x}
            points={[first, ...rest].map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
            fill="none"
            stroke="currentColor"
            strokeWidth={1.5}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        ),
      )}
    </svg>
  );
}
