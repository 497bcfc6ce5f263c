// `npx tsx scripts/load-and-kill.ts [connections] [killAfterMs]`: loads the reference API with
// concurrent sessions and connections, kills it with SIGKILL mid-run, restarts it on the same data
// directory and prints what was acknowledged and what persisted. Exits 1 if anything was lost.
import { runLoadAndKill } from '../src/server/api/load/load-and-kill';

const [connections, killAfterMs] = process.argv.slice(2).map(Number);
const figures = await runLoadAndKill({
  connections: Number.isInteger(connections) && connections > 0 ? connections : undefined,
  killAfterMs: Number.isInteger(killAfterMs) && killAfterMs > 0 ? killAfterMs : undefined,
});
console.log(
  [
    `requests/s (avg)          ${figures.requestsPerSecond}`,
    `requests sent             ${figures.requestsSent}`,
    `sessions acknowledged     ${figures.sessionsAcknowledged}, persisted ${figures.sessionsPersisted}`,
    `connections acknowledged  ${figures.connectionsAcknowledged}, persisted ${figures.connectionsPersisted}`,
    `errors after the kill     ${figures.errorsAfterKill} (refused or reset, never acknowledged)`,
    `restart                   ${figures.restartMs} ms, serving: ${figures.isServingAfterRestart}`,
    `lost                      ${figures.lost}`,
  ].join('\n'),
);
process.exit(figures.lost === 0 && figures.connectionsAcknowledged > 0 && figures.isServingAfterRestart ? 0 : 1);
