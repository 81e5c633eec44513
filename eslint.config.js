import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', '.test-results/', 'sample/files/', 'scripts/.*.tmp.mjs'] },
  js.configs.recommended,
  {
    // Source is for people; the minifier compresses (issue 12). These forms were hand-golfed to fit budgets.
    rules: {
      eqeqeq: ['error', 'always'],
      'no-cond-assign': ['error', 'always'],
      'no-sequences': ['error', { allowInParentheses: false }],
      'no-void': ['error', { allowAsStatement: true }],
      'no-nested-ternary': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // Aborts reject with the signal's reason, which is `unknown`, exactly as fetch() does.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true, allowThrowingAny: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Tests assert with chai's property chains (`expect(x).to.be.true`).
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // Lit's own `html` loses text when a translator or read-aloud tool rewrites text nodes (issue 8).
    files: ['src/**/*.ts'],
    ignores: ['src/core/template.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'lit', importNames: ['html'], message: "Use `html` from src/core/template.ts: it keeps bindings working after Google Translate or read-aloud rewrite text nodes." }] }],
    },
  },
  {
    // The build's literal minifier trims the spaces at a template's start and end, so html` · ${x}` lost its
    // space ("12 Uhr· jetzt geöffnet", issue 11). Such a space belongs in a value: html`${' · '}${x}`.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "TaggedTemplateExpression[tag.name='html'] > TemplateLiteral > TemplateElement:first-child[value.raw=/^[ \\t]+([^\\s<]|$)/]",
          message: "The minifier trims a template's leading space: put it in a value (html`${' '}…`).",
        },
        {
          selector: "TaggedTemplateExpression[tag.name='html'] > TemplateLiteral > TemplateElement:last-child[value.raw=/(^|[^\\s>])[ \\t]+$/]",
          message: "The minifier trims a template's trailing space: put it in a value (html`…${' '}`).",
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // chai's assertion chains are typed as thenables by the a11y plugin; they are synchronous.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  { files: ['vite.config.ts'], rules: { '@typescript-eslint/no-unsafe-call': 'off' } },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      // Page tests and benches also run functions inside the browser (page.evaluate).
      globals: { document: 'readonly', window: 'readonly', customElements: 'readonly', process: 'readonly', console: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', module: 'writable', performance: 'readonly', fetch: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' },
    },
  },
);
