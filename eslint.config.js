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
  {
    // The inline warning is loaded into every page that shows one: it takes what it shows from the signals (labels
    // from lib/engine/reasons.ts), never the rule table, which would bloat the content script.
    files: ['components/warning/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)lib/engine(/(?!(types|reasons)$).*)?$',
              message: 'The warning imports only lib/engine/types and lib/engine/reasons: the rules stay out of the content script.',
            },
          ],
        },
      ],
    },
  },
  {
    // What the warning imports from the engine stays free of the rule table too.
    files: ['lib/engine/reasons.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./types$)', message: 'lib/engine/reasons.ts is loaded by the inline warning: it imports only ./types.' }] },
      ],
    },
  },
);
