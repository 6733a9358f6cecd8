// Debian's Chromium for the demo and the browser tests (playwright-core cannot download a browser here), with its
// zh-CN UI (chromium-l10n: without it chrome.i18n falls back to English) and, for readable screenshots, CJK fonts.
// Installs what is missing when running as root; otherwise says what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = [
  { name: 'chromium', file: '/usr/bin/chromium', required: true },
  { name: 'chromium-l10n', file: '/usr/lib/chromium/locales/zh-CN.pak', required: false },
  { name: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', required: false },
];

/** @param {{ fonts?: boolean }} [opts] */
export function ensureChromium(opts = {}) {
  const wanted = PACKAGES.filter((p) => opts.fonts || p.name !== 'fonts-noto-cjk');
  const missing = wanted.filter((p) => !existsSync(p.file));
  if (!missing.length) return;
  const names = missing.map((p) => p.name);
  const root = process.getuid?.() === 0;
  // Not root: a password-less sudo (CI images) will do; never prompt.
  const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (root || sudo) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...names]]) {
      const [cmd, argv] = sudo ? ['sudo', ['-n', '-E', 'apt-get', ...args]] : ['apt-get', args];
      const r = spawnSync(cmd, argv, { stdio: 'inherit', env });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed / 安装失败`);
    }
    return;
  }
  if (missing.some((p) => p.required)) {
    throw new Error(`需要 Chromium / Chromium is needed: sudo apt-get install -y ${names.join(' ')}`);
  }
  console.warn(`提示 / note: for a Chinese UI and fonts: sudo apt-get install -y ${names.join(' ')}`);
}
