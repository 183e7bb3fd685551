import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/atlas.css';
import { App } from './shell/app';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
