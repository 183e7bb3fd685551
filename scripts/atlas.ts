// `npm run atlas -- <command>`: the Atlas command line (see scripts/atlas/run-atlas.ts).
import { runAtlas } from './atlas/run-atlas';

process.exitCode = await runAtlas(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
