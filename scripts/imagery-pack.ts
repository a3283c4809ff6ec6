/**
 * Offline imagery packs for the exhibition kiosk: fetches one catalogue layer's tiles over a box and writes
 * a PMTiles archive (see scripts/imagery-pack/ and `--help`).
 *
 *   npx tsx scripts/imagery-pack.ts --layer s2-2016 --bbox 46.5,39.3,47.5,39.9 --zoom 8-14 \
 *     --out public/tiles/s2-2016.pmtiles --add-to-catalog
 *
 * Exit codes: 0 done, 1 error, 2 bad arguments, 3 incomplete (failed tiles or interrupted: run it again to
 * resume from the cache).
 */
import { parseCli, USAGE } from './imagery-pack/cli.ts';
import { PackIncompleteError, runPack } from './imagery-pack/pack.ts';

async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCli(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const interrupt = new AbortController();
  const onSignal = () => {
    if (interrupt.signal.aborted) process.exit(130);
    process.stderr.write('\nstopping (Ctrl+C again to quit at once)…\n');
    interrupt.abort(new Error('interrupted'));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const result = await runPack({ ...command.options, signal: interrupt.signal, log: process.stderr });
    process.stderr.write(
      `done: ${result.archive.addressedTiles} tiles (${result.fetched} downloaded, ${result.cached} from the ` +
        `cache, ${result.missing} missing) in ${result.fetchSeconds.toFixed(1)} s, ` +
        `${result.tilesPerSecond.toFixed(1)} tiles/s, ${result.requests} requests, ${result.retries} retries\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`\nimagery-pack: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof PackIncompleteError ? 3 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

process.exitCode = await main(process.argv.slice(2));
