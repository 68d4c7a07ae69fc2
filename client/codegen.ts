import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the checked-in schema, never from a running server.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Fixtures must carry __typename like the server's answers, so tests see what the app sees.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true, // urql adds __typename to selections, not to the operation's root
        scalars: { DateTimeISO: 'string', LocalDate: 'string', Money: 'string' },
      },
    },
  },
};

export default config;
