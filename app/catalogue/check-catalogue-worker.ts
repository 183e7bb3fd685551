// Checks catalogue files off the main thread, so the page never loads the validator
// itself: the bundled catalogue when its digest is not the one the build checked, and a
// catalogue the reader stored in an earlier visit.
import { checkCatalogueData, type RawCatalogueData } from './check-catalogue-data';

self.onmessage = (event: MessageEvent<RawCatalogueData>) => {
  self.postMessage(checkCatalogueData(event.data));
};
