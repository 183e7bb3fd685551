import { readFileSync } from 'node:fs';

// The needs of a method, recounted from the raw JSON with the rule data/README.md states,
// so a bug in app/catalogue/method-needs.ts cannot pass on both sides.
interface RawLabels {
  id: string;
  format: string[];
  location: string[];
  alignment: string[];
}
const overrides = JSON.parse(readFileSync('data/needs-overrides.json', 'utf8')) as {
  id: string;
  access?: string;
  data?: string;
}[];

/** The least access and the labelled data a raw record needs. */
export function toRawNeeds(m: RawLabels): { access: string; data: string } {
  const inside = m.location.some((l) => l !== 'input');
  const learnable = m.format.includes('learnable');
  const linear = m.alignment.includes('linear');
  const override = overrides.find((o) => o.id === m.id);
  const access = inside ? 'internals' : learnable ? 'gradients' : linear ? 'scores' : 'text';
  const data = learnable ? 'full' : linear ? 'few' : 'none';
  return { access: override?.access ?? access, data: override?.data ?? data };
}
