// Reading a view's data: fetch a path, keep showing the last answer while fetching again, and
// fetch again when a live notice says the data may have changed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, asApiError } from './api';
import { onLive } from './live';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/** Notices arriving within this many milliseconds cause one fetch, not one each. */
const SETTLE_MS = 150;

/**
 * @param path what to GET; null waits (for a choice the path depends on).
 * @param topics the live topics that may change this view; leave out to refetch on any notice.
 */
export function useApi<T>(path: string | null, topics?: readonly string[]): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(path !== null);
  const latest = useRef(0);

  const load = useCallback(() => {
    if (path === null) return;
    const seq = ++latest.current;
    setLoading(true);
    api
      .get<T>(path)
      .then((d) => {
        if (seq !== latest.current) return;
        setData(d);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (seq !== latest.current) return;
        setError(asApiError(e));
      })
      .finally(() => {
        if (seq === latest.current) setLoading(false);
      });
  }, [path]);

  useEffect(() => {
    setData(undefined);
    setError(undefined);
    load();
  }, [load]);

  const topicKey = topics?.join(',');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wanted = topicKey === undefined ? null : new Set(topicKey.split(','));
    const off = onLive((notice) => {
      if (notice !== 'reconnected' && wanted && !wanted.has(notice.topic)) return;
      clearTimeout(timer);
      timer = setTimeout(load, SETTLE_MS);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [load, topicKey]);

  return { data, error, loading, reload: load };
}
