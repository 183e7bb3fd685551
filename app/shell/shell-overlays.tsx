/** Detail drawer and selection bar: they float over whichever view is active. */
export function ShellOverlays() {
  return null;
}
