// A second, small entry of the page: the build adds it as an async module script, so it runs as
// soon as it has loaded, while the browser still downloads and compiles the app. It starts
// fetching and parsing the bundled catalogue then, instead of once the app has mounted;
// loadCatalogue takes the result. A reader who keeps a catalogue of their own does not need
// the bundled one, so nothing starts for them.
import { startCatalogueFetch } from './catalogue/fetch-catalogue-files';
import { hasStoredCatalogue } from './state/user-catalogue-store';

if (!hasStoredCatalogue()) startCatalogueFetch(document.baseURI);
