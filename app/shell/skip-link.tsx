/** The id of the active view's panel, where the skip link lands. */
export const RESULTS_ID = 'atlas-view';

/**
 * The page's first focusable element: hidden until focused, it moves the focus past the
 * header and the filters to the results. The focus is moved by hand, so the address
 * (which is the shareable state) gets no #fragment.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href={`#${RESULTS_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(RESULTS_ID)?.focus();
      }}
    >
      Skip to results
    </a>
  );
}
