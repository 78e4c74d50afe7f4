#!/usr/bin/env node
// The installed command. It runs the TypeScript CLI (scripts/score.ts) through tsx's loader API, so the
// package needs no build step; `job-lure-alert --help` says how to use it.
import { tsImport } from 'tsx/esm/api';

const cli = await tsImport('../scripts/score.ts', import.meta.url);
cli.exitWhenPipeCloses();
process.exitCode = await cli.main(process.argv.slice(2));
