import { useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useDismiss } from './use-dismiss';

/**
 * A button that shows content floating over the page (a menu, a list of checkboxes):
 * the disclosure pattern, so the button says whether it is expanded and Tab moves from
 * it into the content. Escape or a click outside shuts it, as does choosing a button
 * inside when `closeOnChoose` (a menu); after Escape or a choice the button has the
 * focus again.
 */
export function Popover({
  className,
  label,
  buttonLabel,
  buttonClassName = 'popover-button',
  panelClassName = 'popover-panel',
  panelLabel,
  panelRole = 'group',
  closeOnChoose = false,
  children,
}: {
  className: string;
  label: ReactNode;
  /** The button's accessible name, when its visible label is a symbol ("?"). */
  buttonLabel?: string;
  buttonClassName?: string;
  panelClassName?: string;
  /** Names the content, when nothing inside names it already. */
  panelLabel?: string;
  /** What the named content is: a group of controls, or a region to read. */
  panelRole?: 'group' | 'region';
  closeOnChoose?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(open, root, (byKey) => {
    setOpen(false);
    if (byKey) button.current?.focus();
  });
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!closeOnChoose || !(event.target as Element).closest('button')) return;
    // The chosen item disappears with the menu, so the button takes the focus.
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className={className} ref={root}>
      <button
        ref={button}
        type="button"
        className={`button ${buttonClassName}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={buttonLabel}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
      </button>
      {open && (
        // A choice bubbles up here as a click (Enter and Space on a button click it too).
        <div
          id={panelId}
          className={panelClassName}
          role={panelLabel ? panelRole : undefined}
          aria-label={panelLabel}
          onClick={onClick}
        >
          {children}
        </div>
      )}
    </div>
  );
}
