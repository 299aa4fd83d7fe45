/**
 * A zip holding a real Pocket CSV and an entry no parser reads that inflates to more than a gigabyte
 * (about a megabyte on disk), built without ever holding the gigabyte.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

const CHUNK = 16 * 1024 * 1024;

interface Entry {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

/**
 * Zeros deflated chunk by chunk: each chunk is compressed alone and sync-flushed (non-final blocks with no
 * reference outside the chunk), so the same bytes repeat, and one final empty block ends the stream.
 */
function deflatedZeros(chunks: number): Entry {
  const zero = Buffer.alloc(CHUNK);
  const block = deflateRawSync(zero, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  let crc = 0;
  for (let i = 0; i < chunks; i++) crc = crc32(zero, crc);
  const data = Buffer.concat([...Array.from({ length: chunks }, () => block), Buffer.from([0x03, 0x00])]);
  return { name: 'Pocket/cover-art.bin', data, crc, size: chunks * CHUNK };
}

function textEntry(name: string, text: string): Entry {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
}

/** Local header + data, and the central-directory record pointing at it (deflate, no data descriptor). */
function records(e: Entry, offset: number): { local: Buffer; central: Buffer } {
  const name = Buffer.from(e.name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(e.crc >>> 0, 14);
  local.writeUInt32LE(e.data.length, 18);
  local.writeUInt32LE(e.size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(e.crc >>> 0, 16);
  central.writeUInt32LE(e.data.length, 20);
  central.writeUInt32LE(e.size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(offset, 42);
  return { local: Buffer.concat([local, name, e.data]), central: Buffer.concat([central, name]) };
}

/** The archive: `csv` as `Pocket/part_000000.csv`, then 1.1 GiB of zeros under a name no parser reads. */
export function bombZip(csv: string): Buffer {
  // 70 × 16 MiB = 1.1 GiB, past the 1 GiB any import may inflate.
  const entries = [textEntry('Pocket/part_000000.csv', csv), deflatedZeros(70)];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { local, central } = records(e, offset);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
