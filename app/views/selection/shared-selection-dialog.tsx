import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useAtlasDispatch, useAtlasState, useCatalogue } from '../../state/atlas-store';
import type { SharedSelectionChoice } from '../../state/atlas-state';
import './shared-selection.css';

const methods = (count: number) => `${count} ${count === 1 ? 'method' : 'methods'}`;

/** "VPT, CoOp and 3 more": the first few names of a selection. */
function formatNames(names: readonly string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/**
 * Asks once, as the page opens, what to do when a link brings its own selection and
 * the reader has one saved: view the link's (the saved one untouched), add it to
 * theirs, or replace theirs. Escape or closing the dialog counts as viewing, the
 * choice that changes nothing saved.
 */
export function SharedSelectionDialog() {
  const catalogue = useCatalogue();
  const shared = useAtlasState((state) => state.sharedSelection);
  const selection = useAtlasState((state) => state.selection);
  const dispatch = useAtlasDispatch();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const asking = shared?.asking ?? false;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (asking && !element.open) element.showModal();
    if (!asking && element.open) element.close();
  }, [asking]);

  if (!shared) return null;
  const own = new Set(shared.own);
  const added = selection.filter((methodId) => !own.has(methodId)).length;
  const both = selection.length - added;
  const nameOf = (methodId: string) =>
    catalogue.methods[catalogue.indexOf.get(methodId) ?? -1]?.name ?? methodId;
  const choose = (choice: SharedSelectionChoice) =>
    dispatch({ type: 'settleSharedSelection', choice });
  // The method detail closes on Escape too; here Escape answers this dialog alone.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') event.stopPropagation();
  };
  const choices: { choice: SharedSelectionChoice; label: string; effect: string }[] = [
    {
      choice: 'view',
      label: 'View it',
      effect: `Show the link's ${methods(selection.length)} now. Your ${methods(shared.own.length)} stay saved as they are.`,
    },
    {
      choice: 'add',
      label: 'Add to mine',
      effect: `Keep your ${methods(shared.own.length)} and add the link's ${added} other${added === 1 ? '' : 's'}: ${methods(shared.own.length + added)} selected and saved.`,
    },
    {
      choice: 'replace',
      label: 'Replace mine',
      effect: `Your saved selection becomes the link's ${methods(selection.length)}; your ${methods(shared.own.length)} are dropped.`,
    },
  ];
  return (
    <dialog
      ref={dialog}
      className="shared-selection-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => choose('view')}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-title`}>This link comes with its own selection</h2>
      <p id={`${id}-text`}>
        The link selects {methods(selection.length)} ({formatNames(selection.map(nameOf))}). You
        have {methods(shared.own.length)} selected in this browser (
        {formatNames(shared.own.map(nameOf))})
        {both > 0 ? `; ${both} ${both === 1 ? 'is' : 'are'} in both` : ''}.
      </p>
      <ul className="shared-selection-choices">
        {choices.map(({ choice, label, effect }) => (
          <li key={choice}>
            <button
              type="button"
              className={`button${choice === 'view' ? ' button-primary' : ''}`}
              aria-describedby={`${id}-${choice}`}
              onClick={() => choose(choice)}
            >
              {label}
            </button>
            <span id={`${id}-${choice}`}>{effect}</span>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
