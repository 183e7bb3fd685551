/** package.json's "repository", put in at build time by vite.config.ts; null when it has none. */
declare const __ATLAS_REPOSITORY__: string | { url?: string | undefined } | null;
