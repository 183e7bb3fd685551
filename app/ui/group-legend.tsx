import type { ReactNode } from 'react';
import type { ColouredCategory } from './group-colours';
import './group-legend.css';

interface GroupLegendProps {
  /** What the colours stand for: "Paradigm". */
  title: string;
  categories: readonly ColouredCategory[];
  /** Dots for nodes, squares for bars. */
  shape?: 'dot' | 'square';
  /** Extra keys after the colours (edge styles, sizes). */
  children?: ReactNode;
}

/** A colour key: one swatch and label per category, then any extra keys. */
export function GroupLegend({ title, categories, shape = 'dot', children }: GroupLegendProps) {
  return (
    <div className="group-legend" role="group" aria-label={`Legend: ${title}`}>
      <span className="group-legend-title">{title}</span>
      <ul>
        {categories.map((category) => (
          <li key={category.value}>
            <span
              className={`group-legend-swatch is-${shape}`}
              aria-hidden="true"
              style={{ background: category.colour }}
            />
            {category.label}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
