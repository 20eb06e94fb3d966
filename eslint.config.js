import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import checkFile from 'eslint-plugin-check-file'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Every folder under src/features is a feature, found when the linter starts, so a feature added or
// renamed is covered without editing this file.
const features = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'public/mockServiceWorker.js', 'data/source-text.ts'] },
  { ignores: ['reports', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // A scrolling region must take the focus so that keyboard users can scroll it.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // src/ never reaches into the tests, and reaches mocks/ only through the guarded start-up.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/**', '**/mocks/**', '**/scripts/**'],
              message: 'src/ must not import tests/, mocks/ or scripts/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The layers: shared code (lib, components) → features → app, never back, and no feature
    // reaching into another; the page composes them.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature does not import another feature; compose them in src/app.',
            })),
            {
              target: ['./src/lib', './src/components'],
              from: ['./src/app', './src/features'],
              message:
                'Shared code (src/lib, src/components) does not import the app or a feature.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'A feature does not import the app; the app imports features.',
            },
            // The rooms hold for dynamic `import()` too, which no-restricted-imports does not see;
            // only src/main.tsx starts the mock API.
            {
              target: ['./data', './src/lib', './src/components', './src/features', './src/app'],
              from: ['./mocks', './tests', './scripts'],
              message:
                'The product and its data do not import the mock API, the tests or the scripts; mocks/ only serves.',
            },
            {
              target: './data',
              from: ['./src/app', './src/features', './src/components'],
              message: "The product's data imports only shared code (src/lib), never the app.",
            },
            {
              target: ['./mocks', './hosting'],
              from: './scripts',
              message: 'The mock API and the hosting rules do not import the scripts.',
            },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{src,mocks,data,hosting,tests,scripts}/**/': 'KEBAB_CASE' },
      ],
    },
  },
  {
    // A test that finds no record should fail loudly, which a non-null assertion does.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['**/*.{js,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
)
