import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './ui/atlas.css';
import { loadCatalogue } from './catalogue/load-catalogue';
import { App } from './shell/app';
import { canAdoptFirstScreen, endFirstScreen } from './shell/first-screen-page';

const root = document.getElementById('root');
if (root && canAdoptFirstScreen(root)) {
  // The build wrote the opening view into the page: load the bundled catalogue, then let
  // React adopt that markup. Files changed since the build (their digest is not the page's)
  // would not match it, so the page is then rendered afresh from what was loaded.
  void loadCatalogue().then((loaded) => {
    const app = (
      <StrictMode>
        <App preloaded={loaded} onShown={() => endFirstScreen(root, true)} />
      </StrictMode>
    );
    if (loaded.checkedByBuild) hydrateRoot(root, app);
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
