import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerConfigs } from './eslint.layers.js';

// Strings never become DOM here (ARCHITECTURE.md, "The page is read-only"): these selectors forbid every HTML sink and eval-like call.
const NO_HTML_SINKS = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No HTML strings into the DOM: use Preact or textContent.',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML strings into the DOM.' },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No HTML strings into the DOM.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML strings into the DOM.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        navigator: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        Blob: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        requestAnimationFrame: 'readonly',
        Buffer: 'readonly',
        KeyboardEvent: 'readonly',
        HTMLInputElement: 'readonly',
        HTMLElement: 'readonly',
        Document: 'readonly',
        Node: 'readonly',
        NodeJS: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      'no-restricted-syntax': ['error', ...NO_HTML_SINKS],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerConfigs(),
);
