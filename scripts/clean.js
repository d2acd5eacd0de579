// Removes build output folders (cross-platform `rm -rf`).
import { rm } from 'node:fs/promises';

await Promise.all(process.argv.slice(2).map((dir) => rm(dir, { recursive: true, force: true })));
