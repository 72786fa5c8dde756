// CommonJS dependencies call require() for Node's built-ins and some read __filename (write-file-atomic does); ESM
// output has none of these. The banner provides them under names no module declares; `define` points free uses of
// __filename and __dirname there. Tests that bundle code for child processes use the same shims.
export const nodeEsmShims = {
  banner: {
    js: [
      "import { createRequire as __dlCreateRequire } from 'node:module';",
      "import { fileURLToPath as __dlFileURLToPath } from 'node:url';",
      "import { dirname as __dlDirnameOf } from 'node:path';",
      'const require = __dlCreateRequire(import.meta.url);',
      'const __dlFilename = __dlFileURLToPath(import.meta.url);',
      'const __dlDirname = __dlDirnameOf(__dlFilename);',
    ].join(' '),
  },
  define: { __filename: '__dlFilename', __dirname: '__dlDirname' },
};
