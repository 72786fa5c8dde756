import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core layers never print or prompt: they must not reach the terminal layer or the commands.
const coreLayers = ['src/content/**', 'src/library/**', 'src/quiz/**', 'src/progress/**'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bin/**',
      'bench/**',
      'scripts/**',
      '*.config.*',
      'esbuild.*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-control-regex': 'off',
    },
  },
  {
    files: coreLayers,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/commands/**', '**/cli.js', '**/main.js'],
              message: 'core layers must not import the terminal layer or commands',
            },
            {
              group: ['chalk', '@inquirer/*', 'marked-terminal', 'commander'],
              message: 'core layers must not touch the terminal',
            },
          ],
        },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
