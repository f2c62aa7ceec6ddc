// Loaded into the real cli with `node --import` by the crash test: counts the calls that change the file
// system and kills the process with SIGKILL (no clean-up, as a power cut or the OOM killer would) just
// before call number MASAR_KILL_AT. With MASAR_KILL_COUNT set, the number of calls is written there at exit.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const killAt = Number(process.env.MASAR_KILL_AT ?? 0);
const countFile = process.env.MASAR_KILL_COUNT;
const original = { ...fs };
let calls = 0;

function step(): void {
  calls++;
  if (calls === killAt) process.kill(process.pid, 'SIGKILL');
}

// An open for reading changes nothing; one that creates or truncates does.
const writes = (flags: unknown) => (typeof flags === 'number' ? (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT)) !== 0 : typeof flags === 'string' && /[wa+]/.test(flags));

const fsAny = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of ['writeFileSync', 'renameSync', 'rmSync', 'unlinkSync', 'linkSync', 'mkdirSync', 'writeSync', 'appendFileSync', 'copyFileSync', 'rmdirSync'] as const) {
  const fn = fsAny[name]!;
  fsAny[name] = (...args: unknown[]) => {
    step();
    return fn(...args);
  };
}
fsAny.openSync = (...args: unknown[]) => {
  if (writes(args[1])) step();
  return (original.openSync as (...a: unknown[]) => unknown)(...args);
};
syncBuiltinESMExports();

if (countFile) process.on('exit', () => original.writeFileSync(countFile, String(calls)));
