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
      ],
    },
  },
  {
    files: ['app/catalogue/**'],
    rules: {
      'no-restricted-imports': restrict([
        ...noReact,
        layer('query', 'catalogue/ is the bottom layer: it imports nothing above it.'),
        layer('state', 'catalogue/ is the bottom layer: it imports nothing above it.'),
        layer('views', 'catalogue/ is the bottom layer: it imports nothing above it.'),
        layer('export', 'catalogue/ is the bottom layer: it imports nothing above it.'),
        layer('shell', 'catalogue/ is the bottom layer: it imports nothing above it.'),
        layer('ui', 'catalogue/ is the bottom layer: it imports nothing above it.'),
      ]),
    },
  },
  {
    files: ['app/query/**', 'app/export/**'],
    rules: {
      'no-restricted-imports': restrict([
        ...noReact,
        {
          group: ['d3-selection', 'd3-zoom', 'd3-drag', 'd3-brush'],
          message: 'Pure modules do not touch the DOM.',
        },
        layer('state', 'query/ and export/ are pure: they do not know the store.'),
        layer('views', 'query/ and export/ are pure: they do not know the views.'),
        layer('shell', 'query/ and export/ are pure: they do not know the shell.'),
        layer('ui', 'query/ and export/ are pure: they do not know the UI.'),
      ]),
    },
  },
  {
    files: ['app/state/**'],
    rules: {
      'no-restricted-imports': restrict([
        layer('views', 'state/ sits below the views.'),
        layer('shell', 'state/ sits below the shell.'),
      ]),
    },
  },
  {
    files: ['app/views/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          // From app/views/<a>/x.tsx, "../b/..." reaches another view; "../../state" does not.
          regex: '^\\.\\./(?!\\.)',
          message: 'A view never imports another view: share through state/, query/ or ui/.',
        },
        layer('shell', 'Views do not import the shell.'),
      ]),
    },
  },
  {
    files: ['app/ui/**'],
    rules: {
      'no-restricted-imports': restrict([
        layer('views', 'ui/ holds shared pieces; it does not import views.'),
        layer('state', 'ui/ pieces take props; they do not read the store.'),
        layer('shell', 'ui/ does not import the shell.'),
      ]),
    },
  },
);
