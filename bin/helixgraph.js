#!/usr/bin/env node
// The `helixgraph` command (npx helixgraph …): runs the built CLI (npm run build first).
require('../dist/src/cli/main.js');
