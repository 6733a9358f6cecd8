import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/popup/popup.css';
import { getDb } from '@/lib/db';

render(<PopupApp db={getDb()} />, document.getElementById('app')!);
