import { Feed } from 'feed';
import type { Method } from '../catalogue/catalogue-types';
import type { ChangelogEntry } from '../catalogue/changelog';

/** Where the feed says it lives and what it is called. */
export interface AtomFeedOptions {
  /** Absolute address of the explorer (ending in "/"), when it is known; entries then link to it. */
  siteUrl?: string | undefined;
  title?: string;
}

/** One change the feed announces: a method added, or one of its fields relabelled. */
export interface FeedEvent {
  kind: 'added' | 'relabelled';
  method: Method;
  date: string;
  change?: ChangelogEntry;
}

const FEED_ID = 'urn:reprogrammability-atlas:feed';

/** Escapes text for an Atom element of type "html" (the feed library's choice). */
function toHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Additions and relabels, newest first; on one date additions come before relabels, then by id. */
export function listFeedEvents(
  methods: readonly Method[],
  changelog: readonly ChangelogEntry[],
): FeedEvent[] {
  const byId = new Map(methods.map((method) => [method.id, method]));
  const events: FeedEvent[] = [
    ...methods.map((method) => ({ kind: 'added' as const, method, date: method.added })),
    ...changelog.flatMap((change) => {
      const method = byId.get(change.method);
      return method ? [{ kind: 'relabelled' as const, method, date: change.date, change }] : [];
    }),
  ];
  const rank = (event: FeedEvent) => (event.kind === 'added' ? 0 : 1);
  return events.sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      rank(a) - rank(b) ||
      (a.method.id < b.method.id ? -1 : a.method.id > b.method.id ? 1 : 0),
  );
}

/** The Atom entry id of an event: stable, so feed readers never show one twice. */
export function toFeedEntryId(event: FeedEvent): string {
  return event.kind === 'added'
    ? `urn:reprogrammability-atlas:added:${event.method.id}`
    : `urn:reprogrammability-atlas:relabelled:${event.method.id}:${event.change!.field}:${event.date}`;
}

function toEntryTitle(event: FeedEvent): string {
  if (event.kind === 'added') return `Added: ${event.method.name}, ${event.method.title}`;
  const { field, old, new: now } = event.change!;
  return `Relabelled: ${event.method.name}, ${field} ${old.join(' + ')} → ${now.join(' + ')}`;
}

function toEntryContent(event: FeedEvent): string {
  const { method } = event;
  if (event.kind === 'relabelled') return event.change!.reason;
  const labels = Object.values(method.dimensions)
    .map((values) => values.join(' + '))
    .join(' · ');
  return `${method.authors.join('; ')} (${method.venue} ${method.year}). ${method.paradigm}: ${labels}. ${method.summary}`;
}

/**
 * The catalogue's additions and relabels as an Atom 1.0 document, newest first. Pure:
 * the build writes it next to the app as feed.xml. Entries link to the method in the
 * explorer when `siteUrl` is given, else to the paper itself.
 */
export function toAtomFeed(
  methods: readonly Method[],
  changelog: readonly ChangelogEntry[],
  options: AtomFeedOptions = {},
): string {
  const events = listFeedEvents(methods, changelog);
  const latest = events[0]?.date ?? '1970-01-01';
  const feed = new Feed({
    id: FEED_ID,
    title: options.title ?? 'Reprogrammability Atlas: additions and relabels',
    description: 'Methods added to the catalogue and labels changed, newest first.',
    updated: new Date(`${latest}T00:00:00Z`),
    generator: false,
    ...(options.siteUrl
      ? { link: options.siteUrl, feedLinks: { atom: new URL('feed.xml', options.siteUrl).href } }
      : {}),
    author: { name: 'Reprogrammability Atlas' },
  });
  for (const event of events) {
    const link = options.siteUrl
      ? new URL(`?method=${encodeURIComponent(event.method.id)}`, options.siteUrl).href
      : event.method.url;
    feed.addItem({
      id: toFeedEntryId(event),
      title: toHtmlText(toEntryTitle(event)),
      link,
      date: new Date(`${event.date}T00:00:00Z`),
      content: toHtmlText(toEntryContent(event)),
    });
  }
  return feed.atom1();
}
