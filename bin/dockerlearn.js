#!/usr/bin/env node
// Turn on Node's on-disk compile cache where it exists (Node 22.1+); Node 20 lacks it.
import * as mod from 'node:module';

mod.enableCompileCache?.();
const { main } = await import('../dist/main.js');
await main(process.argv.slice(2));
