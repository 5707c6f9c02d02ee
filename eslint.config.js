// Lint: the recommended JavaScript and TypeScript rules, on the sources (not on built output).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', '.corroborate/', '.build/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Tests read parsed JSON responses whose shape they then assert; `any` there is the honest type.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring to drop a field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Control characters in regexes are how binary sniffing and debris detection are written.
      'no-control-regex': 'off',
    },
  },
);
