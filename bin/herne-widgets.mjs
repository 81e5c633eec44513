#!/usr/bin/env node
// @ts-check
// The herne-widgets command (Node 20+). `herne-widgets mirror --from <OParl URL> --out <folder> --base <URL>`.
import { Command, InvalidArgumentError } from 'commander';
// @ts-ignore -- cli-progress ships no type declarations
import cliProgress from 'cli-progress';
import { mirror, MirrorError } from '../mirror/mirror.mjs';

/** @param {string} value */
function positiveInteger(value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('eine ganze Zahl ab 1');
  return number;
}
/** @param {string} value */
function httpUrl(value) {
  if (!/^https?:\/\/\S+$/.test(value)) throw new InvalidArgumentError('eine http(s)-URL');
  return value;
}

const program = new Command('herne-widgets');
program.description('Werkzeuge zu herne-widgets');
program
  .command('mirror')
  .description('Spiegelt die OParl-Daten einer Körperschaft als statische Dateien (für einen Webserver oder ein CDN)')
  .requiredOption('--from <url>', 'OParl-System- oder Körperschafts-URL des Ratsinformationssystems', httpUrl)
  .requiredOption('--out <folder>', 'Ausgabeordner (wird erst am Ende eines vollständigen Laufs ersetzt)')
  .requiredOption('--base <url>', 'öffentliche URL des Ausgabeordners', httpUrl)
  .option('--concurrency <n>', 'höchstens so viele Anfragen gleichzeitig', positiveInteger, 4)
  .option('--timeout <seconds>', 'Zeitlimit je Anfrage in Sekunden', positiveInteger, 30)
  .option('--retries <n>', 'Wiederholungen je Anfrage (429, 5xx, Netzfehler)', (value) => Number(value), 4)
  .option('--persons', 'auch Personen und Mitgliedschaften spiegeln', false)
  .option('--no-progress', 'keinen Fortschrittsbalken zeigen')
  .action(async (options) => {
    const tty = Boolean(process.stderr.isTTY) && !process.env.CI && options.progress;
    const bar = tty ? new cliProgress.SingleBar({
      format: 'Spiegeln |{bar}| {value}/{total} Seiten | {objects} Objekte | {fetched} nachgeladen | {requests} Anfragen | {errors} Fehler | noch {eta_formatted}',
      etaBuffer: 50,
      hideCursor: true,
    }, cliProgress.Presets.shades_classic) : undefined;
    bar?.start(1, 0, { objects: 0, fetched: 0, requests: 0, errors: 0 });
    let lastLine = 0;
    const controller = new AbortController();
    process.once('SIGINT', () => controller.abort(new Error('abgebrochen (SIGINT)')));
    process.once('SIGTERM', () => controller.abort(new Error('abgebrochen (SIGTERM)')));
    try {
      const summary = await mirror({
        from: options.from, out: options.out, base: options.base, concurrency: options.concurrency, timeoutMs: options.timeout * 1000,
        retries: options.retries, persons: options.persons, signal: controller.signal,
        // Over the bar: clear its line, print, and let the next update draw it again.
        log: (line) => (bar ? process.stderr.write(`\r\x1b[K${line}\n`) : console.error(line)),
        onProgress: (progress) => {
          if (bar) {
            bar.setTotal(Math.max(progress.pagesTotal, progress.pagesDone, 1));
            bar.update(progress.pagesDone, progress);
          } else if (Date.now() - lastLine > 5000) {
            lastLine = Date.now();
            console.error(`${progress.pagesDone}/${progress.pagesTotal} Seiten, ${progress.objects} Objekte, ${progress.fetched} nachgeladen, ${progress.requests} Anfragen, ${progress.errors} Fehler`);
          }
        },
      });
      bar?.stop();
      console.log(`Fertig: ${summary.objects} Objekte (${summary.changed} neu oder geändert, ${summary.embedded} eingebettete geschrieben, ${summary.fetched} einzeln nachgeladen), `
        + `${summary.requests} Anfragen, ${summary.errors} Fehler, ${(summary.timeMs / 1000).toFixed(1)} s; `
        + `Listenseiten und Indexe ${summary.pagesWritten} geschrieben, ${summary.pagesKept} unverändert; Kalender ${summary.feedsWritten} geschrieben, ${summary.feedsKept} unverändert`);
      for (const line of summary.problems) console.log(`  ${line}`);
      if (summary.errors > summary.problems.length) console.log(`  … und ${summary.errors - summary.problems.length} weitere (siehe oben)`);
    } catch (error) {
      bar?.stop();
      console.error(`Spiegeln fehlgeschlagen: ${/** @type {Error} */ (error).message}`);
      console.error('Der bisherige Spiegel bleibt unverändert; der nächste Lauf mit denselben --from, --out und --base setzt fort, wo dieser aufgehört hat.');
      process.exitCode = error instanceof MirrorError ? error.exitCode : 1;
    }
  });

await program.parseAsync();
