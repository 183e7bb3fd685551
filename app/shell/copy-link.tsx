import { useEffect, useState } from 'react';
import { copyText } from '../ui/copy-text';

/** How long "Link copied" stays before the button reads "Copy link" again. */
const CONFIRM_MS = 4000;

/**
 * Copies the address of what is on screen (filters, search, sort, selection, view and
 * the open method all live in it), and says so where a screen reader hears it too.
 */
export function CopyLink() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  return (
    <span className="copy-link">
      <button
        type="button"
        className="button"
        onClick={() =>
          void copyText(window.location.href).then((ok) => setStatus(ok ? 'copied' : 'failed'))
        }
      >
        Copy link
      </button>
      <span role="status" className="copy-link-status">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Copy failed' : ''}
      </span>
    </span>
  );
}
