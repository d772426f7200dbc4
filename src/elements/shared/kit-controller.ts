import type { ReactiveControllerHost } from 'lit';
import { onTranslationsChange } from '../../i18n/index.js';
import { adoptBaseStyles } from '../../styles/base.js';

/** Every element: adopts the base styles into its root and re-renders when translations change. */
export function addKitController(host: ReactiveControllerHost & HTMLElement): void {
  let stop: (() => void) | undefined;
  host.addController({
    hostConnected() {
      adoptBaseStyles(host.getRootNode());
      stop = onTranslationsChange(() => host.requestUpdate());
    },
    hostDisconnected() {
      stop?.();
      stop = undefined;
    },
  });
}
