// Flat ESLint config: typescript-eslint, react-hooks, and the one-way import rules
// of the architecture (views -> state -> query -> catalogue; no view imports another).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (patterns) => ['error', { patterns }];
const noReact = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'This layer must stay free of React.',
  },
];
const layer = (name, message) => ({ group: [`**/${name}/**`, `**/${name}`], message });
const above = (message, names) => names.map((name) => layer(name, message));
const noDom = [
  {
    group: ['d3-selection', 'd3-zoom', 'd3-drag', 'd3-brush'],
    message: 'Pure modules do not touch the DOM.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/out/**',
      'bench/dist-*/**',
      'dist-*/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Catalogue strings are only ever rendered as text.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Catalogue strings are only ever rendered as text.',
        },
        {
          selector: "CallExpression[callee.property.name='html']",
          message: "d3's .html() parses markup; use .text().",
        },
        {
          selector:
            "JSXOpeningElement[name.name=/^(input|select|textarea)$/]:not(:has(JSXAttribute[name.name='autoComplete']))",
          message:
            'Form controls take autoComplete="off": the state is in the URL, and Chromium otherwise saves every control\'s state on each history change.',
        },
      ],
    },
  },
  {
    files: ['app/catalogue/**'],
    rules: {
      'no-restricted-imports': restrict([
        ...noReact,
        ...above('catalogue/ is the bottom layer: it imports nothing above it.', [
          'query',
          'graph-model',
          'layout',
          'export',
          'state',
          'views',
          'shell',
          'ui',
        ]),
      ]),
    },
  },
  {
    files: ['app/query/**'],
    rules: {
      'no-restricted-imports': restrict([
        ...noReact,
        ...noDom,
        ...above('query/ is pure and sits just above catalogue/.', [
          'graph-model',
          'layout',
          'export',
          'state',
          'views',
          'shell',
          'ui',
        ]),
      ]),
    },
  },
  {
    files: ['app/graph-model/**'],
    rules: {
      'no-restricted-imports': restrict([
        ...noReact,
        ...noDom,
        ...above('graph-model/ is pure: it reads catalogue/ and query/ only.', [
          'layout',
          'export',
          'state',
          'views',
          'shell',
          'ui',
        ]),
      ]),
    },
  },
  {
    files: ['app/layout/**'],
    rules: {
      'no-restricted-imports': restrict([
        ...noReact,
        ...noDom,
        ...above('layout/ is pure geometry: it reads catalogue/ types only.', [
          'query',
          'graph-model',
          'export',
          'state',
          'views',
          'shell',
          'ui',
        ]),
      ]),
    },
  },
  {
    files: ['app/export/**'],
    rules: {
      'no-restricted-imports': restrict([
        ...noReact,
        ...noDom,
        ...above('export/ is pure: it formats catalogue methods.', [
          'graph-model',
          'layout',
          'state',
          'views',
          'shell',
          'ui',
        ]),
      ]),
    },
  },
  {
    files: ['app/state/**'],
    rules: {
      'no-restricted-imports': restrict(
        above('state/ sits below the views and the shell.', ['views', 'shell', 'ui']),
      ),
    },
  },
  {
    files: ['app/views/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          // From app/views/<a>/x.tsx, "../b/..." reaches another view directly and
          // "../../views/b/..." by the long way round; "../../state" is fine.
          regex: '^\\.\\./(?!\\.)|(^|/)views/',
          message: 'A view never imports another view: share through state/, query/ or ui/.',
        },
        layer('shell', 'Views do not import the shell.'),
      ]),
    },
  },
  {
    files: ['app/testing/**'],
    rules: {
      'no-restricted-imports': restrict([
        ...noReact,
        ...above('testing/ builds fixtures from catalogue/ only.', [
          'query',
          'graph-model',
          'layout',
          'export',
          'state',
          'views',
          'shell',
          'ui',
        ]),
      ]),
    },
  },
  {
    files: ['app/ui/**'],
    rules: {
      'no-restricted-imports': restrict(
        above('ui/ holds shared pieces that take props: no store, views or shell.', [
          'views',
          'state',
          'shell',
        ]),
      ),
    },
  },
);
