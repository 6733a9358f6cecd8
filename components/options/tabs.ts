import { i18n } from '#i18n';
import type { ComponentType } from 'preact';
import { SettingsTab } from './SettingsTab';

export interface OptionTab {
  id: string;
  label(): string;
  component: ComponentType;
}

/** Tabs of the options page, in order. Each concern adds its own tab here. */
export const OPTION_TABS: OptionTab[] = [
  { id: 'settings', label: () => i18n.t('tabSettings'), component: SettingsTab },
];
