import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { mountApp } from '../../components/mount';
import '../../components/ui.css';

mountApp((root) => render(<SidePanelApp fixedTabId={mountApp.tabIdFromUrl()} />, root));
