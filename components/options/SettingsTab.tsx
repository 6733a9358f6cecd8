import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

/** Shop and agent names fill {店铺} and {客服} in replies. Saved as typed. */
export function SettingsTab() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((got) => setSettings(readSettings(got[SETTINGS_KEY])));
  }, []);
  if (!settings) return null;
  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{i18n.t('settingsShopName')}</span>
        <input
          data-testid="kefu-setting-shop"
          value={settings.shopName}
          maxLength={40}
          onInput={(e) => update({ shopName: (e.target as HTMLInputElement).value })}
        />
        <small>{i18n.t('settingsShopNameHint')}</small>
      </label>
      <label>
        <span>{i18n.t('settingsAgentName')}</span>
        <input
          data-testid="kefu-setting-agent"
          value={settings.agentName}
          maxLength={20}
          onInput={(e) => update({ agentName: (e.target as HTMLInputElement).value })}
        />
        <small>{i18n.t('settingsAgentNameHint')}</small>
      </label>
    </form>
  );
}
