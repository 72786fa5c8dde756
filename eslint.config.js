import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core layers never print or prompt: they must not reach the terminal layer or the commands.
const coreLayers = [
  'src/content/**',
  'src/library/**',
  'src/quiz/**',
  'src/progress/**',
  'src/explain/**',
  'src/labs/**',
];
// The pure layers do no file I/O either: files go through content/ loading (load.ts and load-labs.ts only: a note's
// body is read by load.ts when the Library is asked for it), cache/ or progress/, the engine through engine/.
const pureLayers = ['src/content/**', 'src/library/**', 'src/quiz/**', 'src/explain/**', 'src/labs/**'];
const fileSystemLayer = ['src/content/load.ts', 'src/content/load-labs.ts'];
const terminalPatterns = [
  {
    group: ['**/ui/**', '**/commands/**', '**/cli.js', '**/main.js'],
    message: 'core layers must not import the terminal layer or commands',
  },
  {
    group: ['chalk', '@inquirer/*', 'marked-terminal', 'commander'],
    message: 'core layers must not touch the terminal',
  },
];
const ioPatterns = [
  {
    group: [
      'node:fs',
      'node:fs/*',
      'fs',
      'fs/*',
      'node:child_process',
      'child_process',
      'node:net',
      'node:http',
    ],
    message: 'pure layers do no I/O: read files through content/load.ts, cache/ or progress/',
  },
];

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
      'no-restricted-imports': ['error', { patterns: terminalPatterns }],
      'no-console': 'error',
    },
  },
  {
    files: pureLayers,
    ignores: fileSystemLayer,
    rules: {
      'no-restricted-imports': ['error', { patterns: [...terminalPatterns, ...ioPatterns] }],
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
