import { useId, useRef, useState } from 'react';
import { useDismiss } from '../../ui/use-dismiss';

const EXAMPLES: readonly [string, string][] = [
  ['jia 2022', 'every word must match: a family name and a publication year'],
  ['ICLR 2023', 'venue acronyms and full venue names match the venue'],
  ['author:jia', 'only in the authors'],
  ['title:"visual prompt"', 'a phrase, word for word, in the title'],
  ['venue:eccv', 'only in the venue'],
  ['year:2021-2023', 'a range of publication years (2021- or -2020 leave one end open)'],
  ['name:coop', 'only in the method’s short name'],
];

/** A "?" button opening the search syntax; Escape or a click elsewhere closes it. */
export function SearchHelp() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(open, root, (byKey) => {
    setOpen(false);
    if (byKey) button.current?.focus();
  });
  return (
    <div className="search-help" ref={root}>
      <button
        ref={button}
        type="button"
        className="button search-help-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label="How to search"
        onClick={() => setOpen((was) => !was)}
      >
        ?
      </button>
      {open && (
        <div id={panelId} className="search-help-panel" role="region" aria-label="How to search">
          <p>
            Every word must match somewhere. Exact words and words they start come first; a word
            that nothing starts with is matched allowing a few typos.
          </p>
          <dl>
            {EXAMPLES.map(([example, meaning]) => (
              <div key={example}>
                <dt>
                  <code>{example}</code>
                </dt>
                <dd>{meaning}</dd>
              </div>
            ))}
          </dl>
          <p>Each result says which fields it matched in.</p>
        </div>
      )}
    </div>
  );
}
