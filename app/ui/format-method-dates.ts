import { formatFirstPosted, toFirstPosted } from '../catalogue/catalogue-rules';
import type { Method } from '../catalogue/catalogue-types';

/**
 * The publication year, and the arXiv month when the paper was posted there in
 * an earlier year ("2022, arXiv 2021-10"): the timelines place a method by the
 * second, so the reader sees why a 2022 paper sits in 2021.
 */
export function formatMethodDates(method: Pick<Method, 'arxiv' | 'year'>): string {
  const posted = toFirstPosted(method);
  return posted.year < method.year
    ? `${method.year}, arXiv ${formatFirstPosted(posted)}`
    : String(method.year);
}
