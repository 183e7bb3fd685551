import { z } from 'zod';

// zod's compiled fast path calls `new Function`, which the site's Content-Security-Policy
// forbids; every schema module imports `z` from here so the switch is set before any
// schema is built.
z.config({ jitless: true });

export { z };
