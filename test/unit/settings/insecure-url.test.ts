import { describe, expect, it } from 'vitest';
import { sendsTokenInClear } from '@/lib/settings/team';

describe('sendsTokenInClear', () => {
  it('is true for plain http:// to another machine', () => {
    for (const url of ['http://tal.corp.example', 'http://10.0.0.5:8787', 'http://[2001:db8::1]:8787/', ' http://team.local ']) {
      expect(sendsTokenInClear(url), url).toBe(true);
    }
  });
  it('is false for https://, this machine, and text that is no address', () => {
    for (const url of [
      'https://tal.corp.example',
      'http://127.0.0.1:8787',
      'http://127.9.9.9',
      'http://localhost:8787',
      'http://tal.localhost',
      'http://[::1]:8787',
      'not a url',
    ]) {
      expect(sendsTokenInClear(url), url).toBe(false);
    }
  });
});
