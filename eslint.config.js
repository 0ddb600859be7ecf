import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { featureBoundaries } from './scripts/lint/feature-boundaries.mjs';

// Exact module names, so a local file such as ./events is not mistaken for Node's `events`.
const nodeBuiltins = (message) => builtinModules.map((name) => ({ name, message }));

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'release',
      'coverage',
      'test-results',
      'playwright-report',
      '.bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '../main', '../../main'],
              message: 'The renderer is untrusted: reach main only through renderer/api.ts.',
            },
            {
              group: ['electron', 'better-sqlite3', 'node:*'],
              message: 'The renderer runs sandboxed without Node or Electron.',
            },
          ],
          paths: nodeBuiltins('The renderer runs sandboxed without Node.'),
        },
      ],
    },
  },
  {
    // Only api.ts talks to the bridge, so every call is typed from the contract.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='stance']",
          message: 'Call main through renderer/api.ts, not window.stance.',
        },
      ],
    },
  },
  {
    // One folder per feature: others use it only through its index.ts, and the kit uses none.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { stance: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'stance/feature-boundaries': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'better-sqlite3', 'node:*'],
              message: 'shared/ is pure: no Electron, no Node built-ins, no I/O.',
            },
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'shared/ must not depend on either process.',
            },
          ],
          paths: nodeBuiltins('shared/ is pure: no Node built-ins.'),
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ must not import renderer code.' },
          ],
        },
      ],
    },
  },
  {
    // SQL lives in main/db only: repositories and the file-reference registry are the one place a
    // table's shape is known, so a query elsewhere is a second copy that drifts.
    files: ['main/**/*.ts'],
    ignores: ['main/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(prepare|exec|pragma)$/]',
          message:
            'SQL belongs in main/db/: add a repository function and call it. (For a RegExp, use string.match.)',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ must not import renderer code.' },
            {
              group: ['better-sqlite3'],
              message: 'Only main/db/ opens SQLite; use a function from main/db/.',
            },
          ],
        },
      ],
    },
  },
);
