import type { ReactNode } from 'react';

export interface MethodButtonItem {
  id: string;
  name: string;
  /** Short text after the name: a year, a citation basis, a similarity. */
  meta?: ReactNode;
  /** Extra controls at the end of the line (a remove button). */
  trailing?: ReactNode;
}

interface MethodButtonListProps {
  items: readonly MethodButtonItem[];
  onOpen: (id: string) => void;
  /** The focused method, marked as current. */
  focus?: string | null | undefined;
  className?: string | undefined;
  metaClassName?: string | undefined;
}

/** A list of methods, each a button that focuses it, with optional text and controls after the name. */
export function MethodButtonList({
  items,
  onOpen,
  focus,
  className,
  metaClassName,
}: MethodButtonListProps) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className={`button-link${focus === item.id ? ' is-focused' : ''}`}
            aria-current={focus === item.id || undefined}
            onClick={() => onOpen(item.id)}
          >
            {item.name}
          </button>
          {item.meta !== undefined && (
            <>
              {' '}
              <span className={metaClassName}>{item.meta}</span>
            </>
          )}
          {item.trailing}
        </li>
      ))}
    </ul>
  );
}
