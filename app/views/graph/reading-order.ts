/** The arrow keys that move between methods, and which way. */
export const ARROW_STEPS: Readonly<Record<string, 1 | -1>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/**
 * The method an arrow key moves to: the shown methods in reading order (left to right, then
 * top to bottom, then by position in the catalogue), `step` places on from `from`, wrapping
 * at either end. `from` keeps its place even when it is not shown, so a move starts where the
 * reader is; from -1 the first step lands on the first shown method, or backwards on the last.
 * -1 when nothing is shown.
 */
export function stepReadingOrder(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  isShown: (position: number) => boolean,
  from: number,
  step: 1 | -1,
): number {
  const order: number[] = [];
  for (let p = 0; p < x.length; p++) if (p === from || isShown(p)) order.push(p);
  if (order.length === 0) return -1;
  order.sort((a, b) => x[a]! - x[b]! || y[a]! - y[b]! || a - b);
  const at = order.indexOf(from);
  if (at < 0) return step === 1 ? order[0]! : order.at(-1)!;
  return order[(at + step + order.length) % order.length]!;
}
