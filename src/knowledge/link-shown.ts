/**
 * A pasted link as logs, the audit channel and replies show it: without user name and
 * password, query string or fragment. Those are where links carry secrets (`user:pass@`,
 * `?token=…`, gift codes), and what remains still says which page was meant.
 */
const MAX_SHOWN = 300;

export function linkShown(link: string): string {
  const text = link.trim().replace(/^<(.*)>$/s, '$1');
  let shown: string;
  try {
    const url = new URL(text);
    // `user:pass@host/…` parses as an opaque link of scheme `user:`, its password in the path.
    if (!url.host) throw new Error('no host');
    const dropped = url.search !== '' || url.hash !== '';
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    shown = `${url.href}${dropped ? '?…' : ''}`;
  } catch {
    // Not a link the parser takes, yet it may still hold the same secrets.
    shown = text.replace(/[?#][\s\S]*$/, '?…').replace(/^([^/]*\/\/)?[^/@]*@/, '$1');
  }
  return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 1)}…` : shown;
}
