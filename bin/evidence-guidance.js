#!/usr/bin/env node
// The evidence-guidance command line: `npx evidence-guidance snippet early-years-integration`.
// Runs the compiled CLI from dist/ (built by `npm run build`).
import { main } from '../dist/snippet/cli.js';

process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr);
