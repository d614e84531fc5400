// GraphiQL for developers, served offline by the API under /ide/. Plain JavaScript (no JSX) so the bundler needs no plugin.
// What this file adds to GraphiQL: the endpoint, the Spanish examples as a sidebar plugin, the visual query builder,
// and an address that follows the query (?query=&variables=) so any state can be shared as a link.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './ide.css';
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { ToolbarButton, useGraphiQL, useGraphiQLActions } from '@graphiql/react';

const endpoint = '/graphql';

async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(options && options.headers),
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text || response.statusText}` }] };
  }
}

// The address carries the query so that reloading or sharing it opens the same state.
const params = new URLSearchParams(location.search);
const sharedQuery = params.get('query');
const sharedVariables = params.get('variables');

const shared = { query: sharedQuery ?? '', variables: sharedVariables ?? '' };
let pending = 0;
function followAddress(query, variables) {
  clearTimeout(pending);
  pending = setTimeout(() => {
    const next = new URLSearchParams();
    if (query) next.set('query', query);
    if (variables && variables.trim()) next.set('variables', variables);
    const search = next.toString();
    history.replaceState(null, '', search ? `${location.pathname}?${search}` : location.pathname);
  }, 250);
}

function journalistLink() {
  const here = new URLSearchParams(location.search);
  return here.toString() ? `/?${here}` : '/';
}

const exampleIcon = () =>
  h('svg', { viewBox: '0 0 24 24', width: 20, height: 20, 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', strokeWidth: 1.6 },
    h('path', { d: 'M5 4h14v16H5z M8 8h8 M8 12h8 M8 16h5' }));

function ExamplesPane() {
  const [examples, setExamples] = useState(null);
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const { run } = useGraphiQLActions();
  useEffect(() => {
    fetch('/explorer/examples.json').then((r) => r.json()).then(setExamples, () => setExamples([]));
  }, []);
  if (!examples) return h('p', null, 'Cargando ejemplos…');
  return h('div', { className: 'iem-examples' },
    h('div', { className: 'graphiql-doc-explorer-title' }, 'Ejemplos'),
    h('p', null, 'Consultas listas para usar. Al elegir una se copia al editor y se ejecuta.'),
    h('ol', null, examples.map((example) =>
      h('li', { key: example.name },
        h('button', {
          type: 'button',
          'data-example': example.name,
          onClick: () => {
            queryEditor && queryEditor.setValue(example.query);
            variableEditor && variableEditor.setValue(example.variables ? JSON.stringify(example.variables, null, 2) : '');
            run();
          },
        }, example.label)))));
}

const examplesPlugin = { title: 'Ejemplos', icon: exampleIcon, content: ExamplesPane };

function CopyLinkButton() {
  const [copied, setCopied] = useState(false);
  return h(ToolbarButton, {
    label: copied ? 'Enlace copiado' : 'Copiar enlace a esta consulta',
    id: 'ide-copy-link',
    onClick: async () => {
      try { await navigator.clipboard.writeText(location.href); } catch { /* the address bar still has it */ }
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    },
  }, h('svg', { viewBox: '0 0 24 24', width: 20, height: 20, className: 'graphiql-toolbar-icon', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', strokeWidth: 1.6 },
    h('path', { d: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1 M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1' })));
}

const defaultQuery = `# IDE GraphQL de los datos abiertos del Instituto Estatal de las Mujeres de Durango.
# Escribe una consulta (Ctrl+Espacio sugiere campos), ejecútala con Ctrl+Enter y
# abre "Docs" para ver cada tipo y campo descrito en español. Hay ejemplos en el panel lateral.
{
  dataset {
    version
    citation
  }
}
`;

function App() {
  const [explorer] = useState(() => explorerPlugin({ showAttribution: false }));
  return h(GraphiQL, {
    fetcher,
    // The API answers graphql-js's full introspection: deprecated arguments and the schema's description too.
    inputValueDeprecation: true,
    schemaDescription: true,
    defaultQuery,
    initialQuery: sharedQuery ?? undefined,
    initialVariables: sharedVariables ?? undefined,
    plugins: [examplesPlugin, HISTORY_PLUGIN, explorer],
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: sharedVariables ? 'variables' : undefined,
    onEditQuery: (query) => { shared.query = query; followAddress(shared.query, shared.variables); },
    onEditVariables: (variables) => { shared.variables = variables; followAddress(shared.query, shared.variables); },
  },
  h(GraphiQL.Logo, null,
    h('a', { href: '/', className: 'iem-logo', title: 'Vista para periodistas: búsqueda, tablas y descargas' }, 'IEM Durango'),
    ' · ',
    h('a', { href: journalistLink(), id: 'ide-to-explorer', onClick: (e) => { e.currentTarget.href = journalistLink(); } }, 'vista sencilla')),
  h(GraphiQL.Toolbar, null, ({ prettify, merge, copy }) => h('span', { className: 'iem-toolbar' }, prettify, merge, copy, h(CopyLinkButton))));
}

createRoot(document.getElementById('ide')).render(h(App));
