// The cross-year dashboard at /dashboard: one HTML shell, plain ES modules and ECharts from the
// project's own node_modules (no CDN, no build step: nothing to produce at install, nothing to
// go stale). The page reads the API through POST /graphql like any other client.
import { dirname, join } from 'node:path';
import express from 'express';

const ASSETS_DIR = join(__dirname, '../../src/web/dashboard');
const echartsDir = join(dirname(require.resolve('echarts/package.json')), 'dist');

export function dashboardRoutes(): express.Router {
  const router = express.Router();
  router.get('/', (_req, res) => res.redirect(302, '/dashboard'));
  router.get('/favicon.ico', (_req, res) => res.status(204).end());
  // the common build: line, bar and the SVG renderer (labels stay text a test can read)
  router.get('/dashboard-assets/echarts.min.js', (_req, res) => res.sendFile(join(echartsDir, 'echarts.common.min.js'), { maxAge: '1h' }));
  router.use('/dashboard-assets', express.static(ASSETS_DIR, { index: false, maxAge: '5m' }));
  // every dashboard URL is the one page; app.js routes on the path (deep links)
  router.get(['/dashboard', '/dashboard/*rest'], (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(ASSETS_DIR, 'index.html'));
  });
  return router;
}
