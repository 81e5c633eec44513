// @ts-check
// The mirror's file tree. The staging tree starts as hard links of the served files: a file is only ever
// replaced (a new inode under the old name), never written into, so the served mirror cannot change while a
// run works, and a file the run leaves alone keeps its bytes and its mtime (what CDN uploads compare).
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, link, lstat, mkdir, opendir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** How many links the tree copy makes at once (the file system, not the network, is the limit). */
const LINKS_AT_ONCE = 32;

/** A short, stable digest of a text (object contents, page and feed signatures). @param {string} text */
export function digest(text) {
  return createHash('sha1').update(text).digest('base64url').slice(0, 16);
}

/**
 * Hard-links every file below `from` into `to`, reading the folders entry by entry (folders of 50,000 objects
 * are never listed into memory at once).
 * @param {string} from @param {string} to
 */
export async function linkTree(from, to) {
  await mkdir(to, { recursive: true });
  /** @type {Promise<void>[]} */
  let pending = [];
  for await (const entry of await opendir(from)) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      await linkTree(source, target);
      continue;
    }
    pending.push(link(source, target).catch(() => copyFile(source, target)));
    if (pending.length >= LINKS_AT_ONCE) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
}

/**
 * Removes a folder and everything in it, entry by entry and a few at a time. (fs.rm with `recursive` starts a
 * removal for every entry of a folder at once: for a mirror folder of 50,000 objects that alone took more than
 * the 96 MB heap the bench allows.)
 * @param {string} path
 */
export async function removeTree(path) {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return;
  }
  if (!info.isDirectory()) {
    await rm(path, { force: true });
    return;
  }
  for (;;) {
    /** @type {Promise<void>[]} */
    let pending = [];
    for await (const entry of await opendir(path)) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) {
        await removeTree(child);
        continue;
      }
      pending.push(unlink(child).catch(() => rm(child, { force: true })));
      if (pending.length >= LINKS_AT_ONCE) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);
    try {
      await rmdir(path);
      return;
    } catch (error) {
      // Entries that the listing did not show yet (removed while it ran): go round once more.
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOTEMPTY') throw error;
    }
  }
}

/** @param {string} root the staging folder */
export function createTree(root) {
  const madeDirectories = new Set();
  const counts = { written: 0, kept: 0 };

  /** @param {string} relative */
  async function prepare(relative) {
    const file = join(root, relative);
    const directory = dirname(file);
    if (!madeDirectories.has(directory)) {
      await mkdir(directory, { recursive: true });
      madeDirectories.add(directory);
    }
    return file;
  }

  /** Replaces a file (never writes into it: it may be a link to the served one). @param {string} relative @param {string} text */
  async function put(relative, text) {
    const file = await prepare(relative);
    await rm(file, { force: true });
    await writeFile(file, text);
    counts.written += 1;
  }

  /** Writes a file only when its content differs; returns whether it did. @param {string} relative @param {string} text */
  async function putIfChanged(relative, text) {
    const old = await read(relative);
    if (old === text) {
      counts.kept += 1;
      return false;
    }
    await put(relative, text);
    return true;
  }

  /**
   * Writes a file from pieces as they are made (an index of thousands of meetings is never one string), to a
   * temporary name first, then renamed over the old one.
   * @param {string} relative @param {AsyncIterable<string>} pieces
   */
  async function putStream(relative, pieces) {
    const file = await prepare(relative);
    const temporary = `${file}.writing`;
    await pipeline(Readable.from(pieces), createWriteStream(temporary));
    await rename(temporary, file);
    counts.written += 1;
  }

  /** @param {string} relative @returns {Promise<string | undefined>} */
  async function read(relative) {
    try {
      return await readFile(join(root, relative), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** @param {string} relative */
  const exists = (relative) => existsSync(join(root, relative));

  /** @param {string} relative */
  const remove = (relative) => rm(join(root, relative), { force: true });

  return { root, put, putIfChanged, putStream, read, exists, remove, counts };
}

/** @typedef {ReturnType<typeof createTree>} Tree */
