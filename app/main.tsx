import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './ui/atlas.css';
import { loadCatalogue } from './catalogue/load-catalogue';
import { App } from './shell/app';
import { canAdoptFirstScreen, endFirstScreen } from './shell/first-screen-page';

const root = document.getElementById('root');
if (root && canAdoptFirstScreen(root)) {
  // The build wrote the opening view into the page: load the bundled catalogue, then let
  // React adopt that markup. A catalogue with problems (files edited after the build)
  // does not match it, so the page is rendered afresh.
  void loadCatalogue().then((loaded) => {
    const app = (
      <StrictMode>
        <App preloaded={loaded} onShown={() => endFirstScreen(root, true)} />
      </StrictMode>
    );
    if (loaded.catalogue && loaded.problems.length === 0) hydrateRoot(root, app);
    else {
      endFirstScreen(root, false);
      createRoot(root).render(app);
    }
  });
} else if (root) {
  endFirstScreen(root, false);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
