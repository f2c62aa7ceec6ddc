// Loaded into the real cli with `node --import` by the incremental test: writes to MASAR_READ_LOG, at
// exit, the name of every file the run read whole, one a line (which of the ingest cache's shards it read).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const logFile = process.env.MASAR_READ_LOG;
const original = { ...fs };
const read: string[] = [];
const fsAny = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
fsAny.readFileSync = (...args: unknown[]) => {
  if (typeof args[0] === 'string') read.push(args[0]);
  return (original.readFileSync as (...a: unknown[]) => unknown)(...args);
};
syncBuiltinESMExports();

if (logFile) process.on('exit', () => original.writeFileSync(logFile, read.map((f) => `${f}\n`).join('')));
