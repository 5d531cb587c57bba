import { onScopeDispose, ref, type Ref } from 'vue';

export type UploadPhase = 'idle' | 'uploading' | 'processing' | 'done' | 'failed';

export interface UploadResult {
  /** HTTP status; 0 when the network failed or the upload was cancelled. */
  status: number;
  /** The parsed JSON answer, when the server sent JSON. */
  body: unknown;
  aborted?: boolean;
}

export interface UseUpload {
  phase: Ref<UploadPhase>;
  /** Share of the request body sent so far, 0–1 (fetch cannot report this; XHR can). */
  progress: Ref<number>;
  send: (url: string, body: FormData, headers?: Record<string, string>) => Promise<UploadResult>;
  abort: () => void;
}

/**
 * Uploads a file with XMLHttpRequest so the page can show how much has been sent: `progress`
 * follows the upload, then `phase` turns to `processing` while the server reads the file.
 * Never throws: network failures answer status 0, and HTTP errors are for the caller to read.
 */
export function useUpload(): UseUpload {
  const phase = ref<UploadPhase>('idle');
  const progress = ref(0);
  let current: XMLHttpRequest | undefined;

  function send(url: string, body: FormData, headers: Record<string, string> = {}): Promise<UploadResult> {
    abort();
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      current = xhr;
      xhr.open('POST', url);
      xhr.withCredentials = true;
      xhr.setRequestHeader('accept', 'application/json');
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);

      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable && event.total > 0) progress.value = Math.min(1, event.loaded / event.total);
      });
      xhr.upload.addEventListener('load', () => {
        progress.value = 1;
        if (current === xhr) phase.value = 'processing';
      });
      xhr.addEventListener('load', () => {
        if (current !== xhr) return;
        current = undefined;
        let parsed: unknown;
        if (xhr.getResponseHeader('content-type')?.includes('json')) {
          try {
            parsed = JSON.parse(xhr.responseText);
          } catch {
            parsed = undefined;
          }
        }
        phase.value = xhr.status >= 200 && xhr.status < 300 ? 'done' : 'failed';
        resolve({ status: xhr.status, body: parsed });
      });
      xhr.addEventListener('error', () => {
        if (current === xhr) current = undefined;
        phase.value = 'failed';
        resolve({ status: 0, body: undefined });
      });
      xhr.addEventListener('abort', () => {
        phase.value = 'idle';
        resolve({ status: 0, body: undefined, aborted: true });
      });

      progress.value = 0;
      phase.value = 'uploading';
      xhr.send(body);
    });
  }

  function abort(): void {
    const xhr = current;
    current = undefined;
    xhr?.abort();
  }

  onScopeDispose(abort);
  return { phase, progress, send, abort };
}
