import { effectScope } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUpload } from './use-upload.ts';

/** A stand-in for XMLHttpRequest that the test drives step by step. */
class FakeXhr {
  static last: FakeXhr | undefined;
  readonly headers: Record<string, string> = {};
  readonly upload = new EventTarget();
  private readonly events = new EventTarget();
  method = '';
  url = '';
  withCredentials = false;
  status = 0;
  responseText = '';
  contentType = 'application/json';
  sent: unknown;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  addEventListener(type: string, listener: EventListener) {
    this.events.addEventListener(type, listener);
  }
  getResponseHeader(name: string) {
    return name === 'content-type' ? this.contentType : null;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.events.dispatchEvent(new Event('abort'));
  }
  // Test controls
  progress(loaded: number, total: number) {
    const event = Object.assign(new Event('progress'), { lengthComputable: true, loaded, total });
    this.upload.dispatchEvent(event);
  }
  uploaded() {
    this.upload.dispatchEvent(new Event('load'));
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.events.dispatchEvent(new Event('load'));
  }
  fail() {
    this.events.dispatchEvent(new Event('error'));
  }
}

function inScope<T>(run: () => T): T {
  return effectScope().run(run)!;
}

describe('useUpload', () => {
  afterEach(() => {
    FakeXhr.last = undefined;
  });

  it('posts the form with the headers given, reports progress, then the JSON answer', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const upload = inScope(() => useUpload());
    const form = new FormData();
    const pending = upload.send('/api/v1/companies/c1/assessments/import?mode=dry-run', form, { 'x-requested-with': 'fetch' });
    const xhr = FakeXhr.last!;

    expect(xhr.method).toBe('POST');
    expect(xhr.headers['x-requested-with']).toBe('fetch');
    expect(xhr.sent).toBe(form);
    expect(upload.phase.value).toBe('uploading');

    xhr.progress(25, 100);
    expect(upload.progress.value).toBe(0.25);
    xhr.uploaded();
    expect(upload.phase.value).toBe('processing');
    xhr.respond(200, { ok: true });

    await expect(pending).resolves.toEqual({ status: 200, body: { ok: true } });
    expect(upload.phase.value).toBe('done');
    expect(upload.progress.value).toBe(1);
  });

  it('answers status 0 instead of throwing when the network fails', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const upload = inScope(() => useUpload());
    const pending = upload.send('/x', new FormData());
    FakeXhr.last!.fail();
    await expect(pending).resolves.toEqual({ status: 0, body: undefined });
    expect(upload.phase.value).toBe('failed');
  });

  it('marks HTTP errors as failed and still passes their body on', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const upload = inScope(() => useUpload());
    const pending = upload.send('/x', new FormData());
    FakeXhr.last!.respond(413, { code: 'PAYLOAD_TOO_LARGE' });
    await expect(pending).resolves.toEqual({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(upload.phase.value).toBe('failed');
  });

  it('cancels the upload when asked, or when its component goes away', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const scope = effectScope();
    const upload = scope.run(() => useUpload())!;
    const first = upload.send('/x', new FormData());
    upload.abort();
    await expect(first).resolves.toMatchObject({ aborted: true });
    expect(upload.phase.value).toBe('idle');

    const second = upload.send('/x', new FormData());
    scope.stop();
    await expect(second).resolves.toMatchObject({ aborted: true });
  });
});
