#!/usr/bin/env node
// Turn on Node's on-disk compile cache where it exists (Node 22.1+); Node 20 lacks it.
import * as mod from 'node:module';

mod.enableCompileCache?.();
const { run } = await import('../dist/main.js');
process.exitCode = await run(process.argv.slice(2));
