#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts a CommonJS entry sooner than an ES module. src/start.ts says why.
'use strict';
require('../dist/start.cjs').start(process.argv.slice(2));
