import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'demo-output/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    // Layers that cannot tangle: lib/ never reaches into entrypoints/ or components/.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**', '**/components/**', '@/entrypoints/**', '@/components/**'], message: 'lib/ must not import from entrypoints/ or components/.' }] },
      ],
    },
  },
  {
    // The engine runs in Node and in the browser: no DOM, no extension API, no other lib module.
    files: ['lib/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*', '../*', '!./*'], message: 'lib/engine is pure: it imports only from lib/engine.' }] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location'],
    },
  },
);
