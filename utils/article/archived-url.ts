/** The address a web archive's copy stands for: "web.archive.org/web/20160330101229/http://site.example/a". */

const ARCHIVED = /^\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/;

/** The address of the archived page when `url` is a web archive's copy of it, else `url`. */
export function archivedUrl(url: URL): URL {
  const match = ARCHIVED.exec(url.pathname);
  if (url.hostname !== 'web.archive.org' || !match?.[1]) return url;
  try {
    return new URL(match[1] + url.search);
  } catch {
    return url;
  }
}
