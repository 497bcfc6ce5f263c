import { render } from 'preact';
import { openConnectUI } from '../sdk';
import { App } from './components/App';
import { createConsole } from './models/console-model';
import { followSystemTheme } from './theme';
import './console.css';

// The console is served by the API under `/console/`: the API is the parent path, same origin.
const apiUrl = new URL('..', window.location.href).href.replace(/\/+$/, '');

followSystemTheme(window);
const model = createConsole({ apiUrl, openWidget: (options) => openConnectUI(options) });
const root = document.getElementById('console');
if (root) render(<App model={model} />, root);
