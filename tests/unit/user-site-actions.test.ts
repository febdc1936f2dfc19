import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { turnOnUserSite } from '@/lib/ext/user-site-actions';

// The popup's "turn on" as the person meets it when the browser does not set the site up: the
// reason reaches them, it is not left in the console (a site "on" with nothing happening).
describe('turning on a site the browser will not set up', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
  });

  it('says why when registering its script failed', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'Error: Invalid url' } as never);
    const r = await turnOnUserSite('zaxid.net');
    expect(r).toMatchObject({ ok: false, reason: 'failed', error: 'Error: Invalid url' });
  });

  it('fails when the browser answered but kept no script for the site', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, registered: [] } as never);
    expect(await turnOnUserSite('zaxid.net')).toMatchObject({ ok: false, reason: 'failed', error: 'the browser did not keep the site’s script' });
  });

  it('succeeds when the site’s script is registered', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, registered: ['user-site:zaxid.net'] } as never);
    const r = await turnOnUserSite('zaxid.net');
    expect(r.ok).toBe(true);
    expect(r.settings?.userSites).toEqual(['zaxid.net']);
  });
});
