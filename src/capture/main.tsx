import { render } from 'preact';
import '../ui/base.css';
import '../ui/page.css';
import './capture.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
