// Lint, including the layer boundaries of DESIGN.md: dependencies point inwards.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// A layer is a folder (`src/db/…`) or, for the configuration, one file (`src/config.ts`):
// both spellings are forbidden, so `../config.ts` is caught as surely as `../db/x.ts`.
// `allowed` names files of a forbidden folder that stay open (`db/migrate.ts`).
const layer = (files, forbidden, message, allowed = []) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              // A folder with files left open is forbidden by its files: gitignore's rule keeps
              // a file of an excluded folder excluded, whatever `!` says.
              ...forbidden.flatMap((f) =>
                allowed.some((a) => a.startsWith(`${f}/`))
                  ? [`**/${f}/**`, `**/${f}.ts`]
                  : [`**/${f}/**`, `**/${f}.ts`, `**/${f}`],
              ),
              ...allowed.map((a) => `!**/${a}`),
            ],
            message,
          },
        ],
        // SQL stays in src/db: elsewhere Kysely is named in types only (Kysely<Database>).
        paths: files.some((f) => f.startsWith('src/db'))
          ? []
          : [
              {
                name: 'kysely',
                message: 'SQL stays in src/db: import Kysely types only (import type).',
                allowTypeImports: true,
              },
            ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  layer(
    ['src/domain/**'],
    ['io', 'db', 'services', 'server', 'web', 'cli', 'config'],
    'src/domain is pure: it imports nothing from the outer layers.',
  ),
  layer(
    ['src/io/**'],
    ['db', 'services', 'server', 'web', 'cli'],
    'src/io may import only src/domain.',
  ),
  layer(
    ['src/db/**'],
    ['io', 'services', 'server', 'web', 'cli'],
    'src/db may import only src/domain.',
  ),
  layer(
    ['src/services/**'],
    ['server', 'web', 'cli'],
    'src/services may not import server, web or cli.',
  ),
  layer(['src/server/**'], ['web', 'cli'], 'src/server may not import web or cli.'),
  // The CLI, like the server, reads and writes through services; of src/db it opens, migrates
  // and backs up the database, and masks a database URL in its errors.
  layer(
    ['src/cli/**'],
    ['db', 'web'],
    'src/cli goes through services: of src/db it opens, migrates and backs up the database only.',
    ['db/database.ts', 'db/migrate.ts', 'db/snapshot.ts', 'db/masked-credentials.ts'],
  ),
  layer(
    ['src/web/**'],
    ['db', 'services', 'server', 'cli', 'io'],
    'src/web imports only domain types and formatting.',
  ),
  // One clock (services/clock.ts): the server's context and the CLI's give it, and services and
  // repositories take the moment they are given. A duration may use performance.now().
  {
    files: ['src/services/**', 'src/db/**', 'src/server/**', 'src/cli/**', 'src/io/**'],
    ignores: ['src/services/clock.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the clock given by the composition root (services/clock.ts).',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Read the clock given by the composition root (services/clock.ts).',
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'src/domain has no I/O.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock in src/domain.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'No clock in src/domain.',
        },
      ],
    },
  },
);
