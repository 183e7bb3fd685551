import { memo } from 'react';
import { Popover } from '../../ui/popover';

const EXAMPLES: readonly [string, string][] = [
  ['jia 2022', 'every word must match: a family name and a publication year'],
  ['ICLR 2023', 'venue acronyms and full venue names match the venue'],
  ['author:jia', 'only in the authors'],
  ['title:"visual prompt"', 'a phrase, word for word, in the title'],
  ['venue:eccv', 'only in the venue'],
  ['year:2021-2023', 'a range of publication years (2021- or -2020 leave one end open)'],
  ['name:coop', 'only in the method’s short name'],
];

/**
 * A "?" button opening the search syntax; Escape or a click elsewhere closes it. Memoised: it
 * takes nothing from the search box around it, which renders with every keystroke.
 */
export const SearchHelp = memo(function SearchHelp() {
  return (
    <Popover
      className="search-help"
      label="?"
      buttonLabel="How to search"
      buttonClassName="search-help-button"
      panelClassName="search-help-panel"
      panelLabel="How to search"
      panelRole="region"
    >
      <p>
        Every word must match somewhere. Exact words and words they start come first; a word that
        nothing starts with is matched allowing a few typos.
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
    </Popover>
  );
});
