// One lint configuration for every workspace: `npm run lint` (ESLint, then Prettier's check).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import n from 'eslint-plugin-n';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.astro/**',
      '**/.strapi/**',
      '**/.cache/**',
      '**/.tmp/**',
      'site/.builds/**',
      // The site's build folders while a build runs or after one crashed (gitignored, as below).
      'site/dist-next/**',
      'site/dist-old/**',
      'site/dist-cache/**',
      'tests/artifacts/**',
      'site/snapshot/**',
      'cms/types/generated/**',
      'data/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { n },
    rules: {
      // Every workspace declares what it imports: nothing resolves only because npm hoisted it.
      'n/no-extraneous-import': 'error',
      // `_` marks a parameter a signature requires but the body does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // An `any` needs a reason: write it in an eslint-disable comment next to it.
      '@typescript-eslint/no-explicit-any': 'error',
      // `import type` keeps type-only imports out of the CommonJS plugins' output.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // CommonJS files (a preload given to `node --require`) load their modules with require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read JSON answers field by field and each assertion states the shape it expects.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The plugins' admin panels and the admin kit run in the browser, inside Strapi's React admin.
    files: ['plugins/*/admin/**/*.{ts,tsx}', 'packages/admin-kit/**/*.{ts,tsx}', 'cms/src/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The site's client scripts run in the browser.
    files: ['site/src/scripts/**/*.ts', 'site/src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
