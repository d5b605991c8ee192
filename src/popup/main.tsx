import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import { t } from '../ui/i18n';
import { App } from './App';

// index.html can't hold a translated title (no __MSG_ in pages): set it here.
document.title = t('extName');

const root = document.getElementById('app');
if (root) render(<App />, root);
