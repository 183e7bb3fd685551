import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { formatProblem } from '../../app/catalogue/catalogue-problem';
import type { Catalogue } from '../../app/catalogue/catalogue-types';
import { getDimension } from '../../app/catalogue/catalogue-vocabulary';
import { getFacetValues } from '../../app/query/facet-values';
import type { FacetKey } from '../../app/query/filter-state';
import { runQuery } from '../../app/query/run-query';
import { formatOutput } from './format-output';
import { runImport } from './run-import';
import { readCatalogueDir, type CatalogueDirResult } from './read-catalogue-dir';
import {
  listFacetOptions,
  OUTPUT_FORMATS,
  toQueryState,
  type OutputFormat,
  type RawQueryOptions,
} from './query-options';

/** Where the command line writes; tests pass their own. */
export interface AtlasIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

/** Exit codes: 0 done, 1 a catalogue or input file has problems, 2 the command was misused. */
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** The --data folder named on the command line (so --help can list its facets), or the default. */
function findDataDir(argv: readonly string[], io: AtlasIo): string {
  const at = argv.findIndex((arg) => arg === '--data' || arg.startsWith('--data='));
  const named = at === -1 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice(7) : argv[at + 1];
  return resolve(io.cwd, named ?? process.env.ATLAS_DATA_DIR ?? 'data');
}

function describeFacet(key: FacetKey, catalogue: Catalogue | null): string {
  const dimension = catalogue ? getDimension(catalogue, key) : undefined;
  const label = dimension ? `${dimension.name} (${key})` : key;
  if (!catalogue) return `${label}: comma-separated values, OR within, AND across options`;
  const values = getFacetValues(catalogue, key).map((value) => value.value);
  const shown = values.length > 12 ? [...values.slice(0, 12), '...'] : values;
  return `${label}: ${shown.join(', ')}`;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function addQueryCommand(program: Command, io: AtlasIo, loaded: CatalogueDirResult) {
  const catalogue = loaded.catalogue;
  const query = program
    .command('query')
    .description(
      'print the catalogue methods matching the filters, in the order the app lists them',
    )
    .option('--data <dir>', 'folder holding taxonomy.json and methods.json', 'data')
    .addOption(
      new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'),
    );
  const facetOptions = listFacetOptions(catalogue);
  for (const key of facetOptions) {
    query.option(`--${key} <values>`, describeFacet(key, catalogue), collect);
  }
  query
    .option(
      '--where <key=values>',
      'any facet as KEY=VALUES, e.g. --where format=learnable (repeatable)',
      collect,
    )
    .option('--years <range>', 'one year (2022) or an inclusive range (2021-2023)')
    .option('--search <text>', 'fuzzy search over names, titles, authors, venues and summaries')
    .option('--sort <column>', 'order as COLUMN or COLUMN:asc|desc (default year:desc)')
    .addHelpText(
      'after',
      [
        '',
        'Values combine with OR inside an option and AND across options, as in the app.',
        "A facet named like an option of the command (the survey's format dimension, say) is filtered with --where KEY=VALUES, since --format picks the output.",
        '',
        'Example:',
        '  npm run atlas -- query --location embedding --operator concatenative --format bibtex',
      ].join('\n'),
    )
    .action((options: Record<string, unknown>) => {
      if (!catalogue) {
        io.err(`atlas: the catalogue cannot be used (${loaded.problems.length} problems):\n`);
        for (const problem of loaded.problems) io.err(`  ${formatProblem(problem)}\n`);
        throw new CommanderError(EXIT_PROBLEMS, 'atlas.catalogue', 'catalogue has problems');
      }
      const raw: RawQueryOptions = {
        facets: Object.fromEntries(
          facetOptions.flatMap((key) => (options[key] ? [[key, options[key] as string[]]] : [])),
        ),
        where: (options.where as string[] | undefined) ?? [],
        years: options.years as string | undefined,
        search: options.search as string | undefined,
        sort: options.sort as string | undefined,
      };
      const { filters, sort, errors } = toQueryState(raw, catalogue);
      if (errors.length > 0) query.error(errors.map((error) => `error: ${error}`).join('\n'));
      const result = runQuery(catalogue, filters, sort);
      const methods = result.positions.map((position) => catalogue.methods[position]!);
      io.out(formatOutput(options.format as OutputFormat, methods, catalogue));
    });
}

/**
 * The `atlas` command line: `query` prints the methods a filter selects, with the very
 * catalogue, query and export modules the app runs; `import` turns a keyworded BibTeX
 * file into a catalogue pair. Returns the exit code instead of exiting, so tests can
 * run it in-process.
 */
export async function runAtlas(argv: readonly string[], io: AtlasIo): Promise<number> {
  const loaded = readCatalogueDir(findDataDir(argv, io), io.cwd);
  const program = new Command('atlas')
    .description('Query a Reprogrammability Atlas catalogue, or make one from BibTeX.')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for every option)')
    .exitOverride();
  addQueryCommand(program, io, loaded);
  program
    .command('import')
    .description(
      'convert a BibTeX file whose keywords carry the labels (location:embedding, paradigm:PT) into taxonomy.json and methods.json',
    )
    .argument('<file>', 'the .bib file')
    .option(
      '--taxonomy <file>',
      'check the labels against this taxonomy.json instead of inferring one from the keywords',
    )
    .option('--out <dir>', 'folder to write taxonomy.json and methods.json into', 'catalogue')
    .option('--force', 'overwrite files already in the --out folder')
    .addHelpText(
      'after',
      [
        '',
        'Keywords written "prefix:value" set the labels: paradigm:, modality:, scope:, venue:,',
        'cites:<key of another entry>, and one prefix per dimension (location:, operator:, ...).',
        'Everything that could not be mapped is listed; nothing is written if the result fails',
        'the catalogue validator.',
      ].join('\n'),
    )
    .action((file: string, options: { taxonomy?: string; out: string; force?: boolean }) => {
      const code = runImport(file, options, io);
      if (code !== 0) throw new CommanderError(code, 'atlas.import', 'import failed');
    });
  for (const command of program.commands) {
    command.configureOutput({ writeOut: io.out, writeErr: io.err }).exitOverride();
    command.showHelpAfterError('(run with --help for every option)');
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') return 0;
    if (error.code === 'commander.version') return 0;
    if (error.code === 'atlas.catalogue' || error.code === 'atlas.import') return error.exitCode;
    return EXIT_USAGE;
  }
}
