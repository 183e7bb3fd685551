import { formatProblem } from '../catalogue/catalogue-problem';
import type { LoadedCatalogue } from '../catalogue/load-catalogue';
import { toUrlNotices, type Notice } from '../state/atlas-store';
import type { OpenedState } from '../state/read-opening-state';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** What Atlas tells the reader as it opens: catalogue problems and ignored URL values. */
export function toStartNotices(loaded: LoadedCatalogue, opened: OpenedState): Notice[] {
  const notices: Notice[] = [];
  const { problems } = loaded;
  if (problems.length > 0) {
    const left = loaded.entryCount - (loaded.catalogue?.methods.length ?? 0);
    notices.push({
      text:
        `The catalogue has ${problems.length} ${plural(problems.length, 'problem', 'problems')}` +
        (left > 0 ? `; ${left} ${plural(left, 'entry was', 'entries were')} left out` : '') +
        `. First: ${formatProblem(problems[0]!)}`,
    });
  }
  notices.push(...toUrlNotices(opened.ignored));
  return notices;
}

/**
 * Says when a link was made on another catalogue than the one shown here: a link naming
 * a catalogue of someone's own that this browser does not show, or a link made on the
 * bundled catalogue opened while the reader's own is shown. Its filters may match nothing.
 */
export function toCatalogueNotices(
  search: string,
  linked: string | null,
  shown: string | null,
): Notice[] {
  if (linked === shown) return [];
  const here = shown === null ? 'the bundled survey catalogue' : `your own catalogue “${shown}”`;
  if (linked !== null) {
    return [
      {
        text: `This link was made on a catalogue called “${linked}”, which is not open in this browser. You are looking at ${here}, so some of the link's filters may not apply; open “${linked}” to see what the sender saw.`,
      },
    ];
  }
  // A bare address is just a visit; only a link carrying a state was made somewhere.
  if (new URLSearchParams(search).size === 0) return [];
  return [
    {
      text: `This link was made on the bundled survey catalogue, but you are looking at ${here}, so some of its filters may not apply. “Back to the bundled catalogue” shows what the sender saw.`,
    },
  ];
}
