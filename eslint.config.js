import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The folders of src/ and what each may import (DESIGN §1). Features (every folder not named here: filters,
 * projects, districts, imagery, kiosk, curation, map…) import from store, data, ui, lib and i18n, never from
 * each other; app/ is the only place they meet. State lives in store/ (every slice, and the filter
 * evaluation its selectors derive), so features share it without importing each other. lib/ and i18n/ use
 * the data contract's types only; i18n/ formats with lib/.
 */
const SHARED = ['store', 'data', 'ui', 'lib', 'i18n'];
const layer = (type, pattern = `src/${type}`) => ({ type, pattern, partialMatch: false });
const may = (from, to, extra = {}) => ({
  from: { element: { type: from } },
  allow: { to: { element: { type: to } }, ...extra },
});
const folderRules = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/vite-env.d.ts'],
  plugins: { boundaries },
  settings: {
    // Lazy chunks (`import()`) and re-exports cross folders as much as imports do.
    'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
    'boundaries/elements': [
      ...['app', 'store', 'data', 'ui', 'lib', 'i18n'].map((type) => layer(type)),
      { ...layer('feature', 'src/*'), capture: ['feature'] },
    ],
  },
  rules: {
    'boundaries/no-unknown-files': 'error',
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message:
          '{{from.element.path}} may not import {{to.element.path}}: see the folder rules in eslint.config.js (features meet only in app/)',
        policies: [
          may('app', ['app', 'feature', ...SHARED]),
          may('feature', SHARED),
          may('store', ['data', 'lib']),
          may('ui', ['data', 'lib']),
          may('data', ['lib']),
          may('lib', ['data'], { dependency: { kind: 'type' } }),
          may('i18n', ['data'], { dependency: { kind: 'type' } }),
          // i18next formats the numbers in translations with lib/numbers.ts.
          may('i18n', ['lib']),
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'data', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Curator text is never rendered as HTML.',
        },
      ],
    },
  },
  folderRules,
  {
    // Only the e2e helper may import Playwright: specs go through the driver.
    files: ['tests/e2e/**/*.spec.ts', 'tests/e2e/driver.ts', 'tests/e2e-nginx/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', message: 'Import through tests/e2e/helper.ts.' }] },
      ],
    },
  },
);
