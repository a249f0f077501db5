// GraphiQL from the project's own node_modules: the hub must work offline, and Apollo's
// landing page loads from a CDN.
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';

// The UMD builds are not in the packages' `exports`, so locate them from package.json.
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const ASSETS: Record<string, string> = {
  'graphiql.min.js': join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': join(packageDir('graphiql'), 'graphiql.min.css'),
  'react.production.min.js': join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.production.min.js': join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
};

const DEFAULT_QUERY = `# Incheon Plan Hub: try a cross-year view
query ProgramsByYear {
  years {
    year
    documents { id title kind }
  }
  programs(filter: { search: "스마트GIS" }) {
    totalCount
    nodes { year title organisation { name } totalBudgetMillionKrw }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="ko">
<head>
  <meta charset="utf-8" />
  <title>Incheon Plan Hub · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql-assets/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql-assets/react.production.min.js"></script>
  <script src="/graphiql-assets/react-dom.production.min.js"></script>
  <script src="/graphiql-assets/graphiql.min.js"></script>
  <script src="/graphiql-assets/start.js"></script>
</body>
</html>
`;

// A file, not an inline script: the Content-Security-Policy allows scripts from the hub only.
const START = `const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} }),
);
`;

export function graphiqlAssets(): Router {
  const router = express.Router();
  router.get('/start.js', (_req, res) => res.type('application/javascript').send(START));
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  return router;
}

/** A browser asking for /graphql (Accept: text/html) gets the IDE; API clients go on to Apollo. */
export const serveGraphiql: express.RequestHandler = (req, res, next) => {
  if (req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
    res.type('html').send(PAGE);
    return;
  }
  next();
};
