/** The server URL the reader types: https (http only on this machine), a database name, no credentials. */
import { expect, it } from 'vitest';
import { syncPermissions } from '@/utils/sync/permissions';
import { databaseUrl, originPermission } from '@/utils/sync/server-url';

it('accepts database URLs and defaults the database name', () => {
  expect(databaseUrl('https://couch.example.org/my-library/')).toBe('https://couch.example.org/my-library');
  expect(databaseUrl(' https://couch.example.org ')).toBe('https://couch.example.org/liseuse');
  expect(databaseUrl('http://127.0.0.1:5984/liseuse')).toBe('http://127.0.0.1:5984/liseuse');
  expect(originPermission('https://couch.example.org:6984/x')).toBe('https://couch.example.org/*');
});

it('refuses plain HTTP over a network, credentials in the URL and bad database names', () => {
  expect(databaseUrl('http://couch.example.org/liseuse')).toBe(null);
  expect(databaseUrl('https://me:pw@couch.example.org/liseuse')).toBe(null);
  expect(databaseUrl('https://couch.example.org/Bad_Name')).toBe(null);
  expect(databaseUrl('ftp://couch.example.org/x')).toBe(null);
  expect(databaseUrl('not a url')).toBe(null);
});

it("asks the server's origin, and on Firefox consent to send the library", () => {
  const url = 'https://couch.example.org:6984/x';
  expect(syncPermissions(url, false)).toEqual({ origins: ['https://couch.example.org/*'] });
  expect(syncPermissions(url, true)).toEqual({
    origins: ['https://couch.example.org/*'],
    data_collection: ['browsingActivity', 'websiteContent'],
  });
});
