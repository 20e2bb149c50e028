// Loads one API answer for a view and reloads it when its inputs change or on request; an answer
// that arrives after the inputs changed again is dropped.
import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from './api-client';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ok'; value: T }
  | { state: 'failed'; result: Extract<ApiResult<T>, { ok: false }> };

export function useApiCall<T>(
  call: () => Promise<ApiResult<T>>,
  inputs: readonly unknown[],
): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    setLoaded({ state: 'loading' });
    void call().then((result) => {
      if (!isCurrent) return;
      setLoaded(result.ok ? { state: 'ok', value: result.value } : { state: 'failed', result });
    });
    return () => {
      isCurrent = false;
    };
    // The caller names the inputs; `call` is a new closure on every render.
  }, [...inputs, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return [loaded, reload];
}
