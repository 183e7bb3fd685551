import { MethodButtonList } from '../../ui/method-button-list';
import { useCatalogue, useAtlasDispatch } from '../../state/atlas-store';

function CitationList({
  title,
  positions,
  basisOf,
}: {
  title: string;
  positions: readonly number[];
  basisOf: (position: number) => string | undefined;
}) {
  const catalogue = useCatalogue();
  const dispatch = useAtlasDispatch();
  const id = `detail-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="detail-count">({positions.length})</span>
      </h3>
      {positions.length === 0 ? (
        <p className="detail-none">None in this catalogue.</p>
      ) : (
        <MethodButtonList
          className="detail-citations"
          metaClassName="detail-cite-meta"
          onOpen={(id) => dispatch({ type: 'focusMethod', id })}
          items={positions.map((position) => {
            const method = catalogue.methods[position]!;
            const basis = basisOf(position);
            const basisText = basis
              ? ` · ${basis === 'confirmed' ? 'confirmed: seen in the citing paper' : 'recalled: not yet checked in the citing paper'}`
              : '';
            return { id: method.id, name: method.name, meta: `${method.year}${basisText}` };
          })}
        />
      )}
    </section>
  );
}

/** What the method cites and what cites it, within the catalogue; each entry focuses that method. */
export function DetailCitations({ position }: { position: number }) {
  const catalogue = useCatalogue();
  const method = catalogue.methods[position]!;
  const cites = catalogue.citesOf[position] ?? [];
  const citedBy = catalogue.citedByOf[position] ?? [];
  const basisOfOutgoing = (cited: number) =>
    method.cites.find((c) => c.id === catalogue.methods[cited]?.id)?.basis;
  const basisOfIncoming = (citing: number) =>
    catalogue.methods[citing]?.cites.find((c) => c.id === method.id)?.basis;
  return (
    <div className="detail-citation-lists">
      <CitationList title="Cites (in this catalogue)" positions={cites} basisOf={basisOfOutgoing} />
      <CitationList
        title="Cited by (in this catalogue)"
        positions={citedBy}
        basisOf={basisOfIncoming}
      />
      <p className="detail-note">
        Only citations between methods of this catalogue are listed and counted; papers outside it
        that cite this one are not.
      </p>
    </div>
  );
}
