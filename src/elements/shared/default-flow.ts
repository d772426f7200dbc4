import { AuthFlow } from '../../core/flow.js';
import { withOverrides, type ServiceOverrides } from '../../core/services.js';
import type { AuthFlowApi, FlowOptions } from '../../core/types.js';

/**
 * The flow an element creates when nobody gave it one: Amplify v5 `Auth` as the service, the
 * Amplify CLI config as defaults, `options` on top. Amplify loads lazily, so a page that always
 * passes a `flow` never loads it.
 */
export async function createDefaultFlow(
  options: Partial<FlowOptions>,
  services?: ServiceOverrides,
): Promise<AuthFlowApi> {
  const amplify = await import('../../amplify/index.js');
  const service = withOverrides(amplify.createAmplifyAuthService(), services);
  return new AuthFlow(service, { ...amplify.currentAmplifyOptions(), ...options });
}
