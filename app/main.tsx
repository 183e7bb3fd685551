import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/atlas.css';
import { App, loadStart } from './shell/app';

const root = document.getElementById('root');
if (root) {
  // Loading starts now rather than in an effect after the first render.
  const start = loadStart();
  createRoot(root).render(
    <StrictMode>
      <App start={start} />
    </StrictMode>,
  );
}
