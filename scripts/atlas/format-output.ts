import type { Catalogue, Method } from '../../app/catalogue/catalogue-types';
import { formatBibtex } from '../../app/export/bibtex';
import { formatCslJson } from '../../app/export/csl-json';
import { formatCsv } from '../../app/export/csv';
import { formatJson } from '../../app/export/json';
import { formatRis } from '../../app/export/ris';
import type { OutputFormat } from './query-options';
import { formatTable } from './format-table';

/** The methods in an output format, each written by the app's own export formatter. */
export function formatOutput(
  format: OutputFormat,
  methods: readonly Method[],
  catalogue: Catalogue,
): string {
  switch (format) {
    case 'bibtex':
      return formatBibtex(methods, catalogue);
    case 'csv':
      return formatCsv(methods, catalogue);
    case 'json':
      return formatJson(methods);
    case 'csl-json':
      return formatCslJson(methods, catalogue);
    case 'ris':
      return formatRis(methods, catalogue);
    case 'table':
      return formatTable(methods, catalogue);
  }
}
