import { i18n } from '#i18n';
import type { ComponentType } from 'preact';
import { DataTab } from './data/DataTab';
import { LibraryTab } from './library/LibraryTab';
import { RulesTab } from './rules/RulesTab';
import { SettingsTab } from './SettingsTab';

export interface OptionTab {
  id: string;
  label(): string;
  component: ComponentType;
}

/** Tabs of the options page, in order. Each concern adds its own tab here. */
export const OPTION_TABS: OptionTab[] = [
  { id: 'library', label: () => i18n.t('tabLibrary'), component: LibraryTab },
  { id: 'rules', label: () => i18n.t('rulesTab'), component: RulesTab },
  { id: 'settings', label: () => i18n.t('tabSettings'), component: SettingsTab },
  { id: 'data', label: () => i18n.t('dataTab'), component: DataTab },
];
