import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onTranslationsChange } from '../../i18n/index.js';
import { adoptBaseStyles } from '../../styles/base.js';

/** Every element: adopts the base styles into its root and re-renders when translations change. */
export class KitController implements ReactiveController {
  #stop: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    adoptBaseStyles(this.host.getRootNode());
    this.#stop = onTranslationsChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
