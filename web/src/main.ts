// The app: the frame (layout.ts) and the table of pages. Pages are loaded on
// demand, each its own chunk, so the library page does not wait for charts.
import { layout } from './layout.js';
import { reload, type Route, startRouter } from './router.js';

const ROUTES: Route[] = [
  { path: /^\/$/, load: () => import('./pages/library.js') },
  { path: /^\/reports\/\d+$/, load: () => import('./pages/reader.js') },
  { path: /^\/search$/, load: () => import('./pages/search.js') },
  { path: /^\/compare$/, load: () => import('./pages/compare.js') },
  { path: /^\/issuers\/[^/]+$/, load: () => import('./pages/issuer.js') },
  { path: /^\/commitments$/, load: () => import('./pages/commitments.js') },
  { path: /^\/trends$/, load: () => import('./pages/trends.js') },
];

const app = document.getElementById('app');
if (app !== null) {
  const frame = layout(app, () => void reload());
  startRouter(ROUTES, frame.outlet, frame.update);
}
