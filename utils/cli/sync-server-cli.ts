/**
 * `npm run sync-server [-- --port 5984 --user NAME --password SECRET]`: a throwaway CouchDB-protocol
 * server (PouchDB Server, in memory, 127.0.0.1) to try sync between two browser profiles. Data is
 * lost when it stops; for real use, run CouchDB (see the README's "Sync" section).
 */
import { startSyncServer } from './sync-server';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const server = await startSyncServer({
  port: Number(arg('port') ?? 0),
  username: arg('user'),
  password: arg('password'),
});
console.log(`Sync server on ${server.url} — use ${server.url}/liseuse as the server URL. Ctrl-C to stop.`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
