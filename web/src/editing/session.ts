import { askWithKey, gql } from '../api';
import { apiKey, onKeyChange, setApiKey } from '../key';

/** Who the session's key is (Query.viewer): its role and the name the history records. */
export interface Viewer {
  role: 'ANONYMOUS' | 'READER' | 'EDITOR' | 'ADMIN';
  name: string | null;
}

const VIEWER_QUERY = 'query Viewer { viewer { role name } }';

let viewer: Viewer | null = null;
let pending: Promise<Viewer | null> | null = null;
/** The viewer of a key just checked, taken as the new key's viewer when it is set. */
let checked: Viewer | null = null;
onKeyChange(() => {
  viewer = checked;
  checked = null;
  pending = null;
});

/** The session key's viewer, asked once per key (null without a key, or when the server cannot say). */
export function ensureViewer(): Promise<Viewer | null> {
  if (!apiKey()) return Promise.resolve(null);
  if (viewer) return Promise.resolve(viewer);
  pending ??= gql<{ viewer: Viewer }>(VIEWER_QUERY).then(
    (data) => (viewer = data.viewer),
    () => null,
  );
  return pending;
}

/** The viewer already known (no request). */
export function knownViewer(): Viewer | null {
  return viewer;
}

/** Whether the known viewer may write (editor or admin). */
export function canEdit(v: Viewer | null = viewer): boolean {
  return v?.role === 'EDITOR' || v?.role === 'ADMIN';
}

/**
 * Tries a key: asks the server whose it is (with that key, before keeping it) and keeps it when
 * the server knows it (any role); an unknown key (ANONYMOUS) is not kept. Returns what the server said.
 */
export async function tryKey(key: string): Promise<Viewer> {
  const data = await askWithKey<{ viewer: Viewer }>(VIEWER_QUERY, key);
  if (data.viewer.role === 'ANONYMOUS') return data.viewer;
  checked = data.viewer;
  setApiKey(key);
  return data.viewer;
}
