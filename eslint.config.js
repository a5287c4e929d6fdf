// ESLint (typescript-eslint, recommended + type-checked rules) over the
// library, tests, benchmarks and scripts; `npm test` runs it (`npm run lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = { performance: 'readonly', process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly' };

export default tseslint.config(
  { ignores: ['dist/**', 'docs/api/**', 'node_modules/**', 'notebooks/**', 'coverage/**', 'build-typecheck/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_`-prefixed parameters are the documented way to say "unused on purpose".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Backends, evaluators and test doubles implement Promise-returning
      // interfaces; an `async` method without `await` is how they conform.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Published coefficients (AS 241, W. J. Cody's erf, Lanczos) are kept with
    // the digits their source prints, more than float64 holds: the literal is
    // the citation, the rounding is the compiler's.
    files: ['src/distributions/normal-ppf.ts', 'src/distributions/normal-cdf.ts', 'src/distributions/log-gamma.ts', 'test/mc/backends/reference-program.ts', 'test/distributions/helpers.ts', 'test/mc/large-products.test.ts', 'bench/backends-xeon.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    // These files compile code that ailca itself generated (Monte Carlo
    // kernels, the bootstrap runner, a sensitivity model from a graph) with
    // `new Function`: the generated source is the design, not an injection.
    files: ['src/mc/backends/js-backend.ts', 'src/mc/backends/js-reduce-source.ts', 'src/sensitivity/bootstrap-kernel.ts', 'src/sensitivity/problem-from-expression.ts', 'bench/backends.ts', 'test/**'],
    rules: { '@typescript-eslint/no-implied-eval': 'off', '@typescript-eslint/no-unsafe-call': 'off' },
  },
  {
    // Tests, benchmarks and scripts read JSON (CLI output, result files) whose
    // shape the assertions check; typing every parse would hide nothing.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: NODE_GLOBALS,
    },
  },
);
