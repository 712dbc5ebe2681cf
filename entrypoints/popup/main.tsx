import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { mountApp } from '../../components/mount';
import '../../components/ui.css';

mountApp((root) => render(<PopupApp fixedTabId={mountApp.tabIdFromUrl()} />, root));
