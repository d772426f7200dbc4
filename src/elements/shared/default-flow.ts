import { createAmplifyAuthService, currentAmplifyOptions } from '../../amplify/index.js';
import { AuthFlow, mergeFlowOptions } from '../../core/flow.js';
import { withOverrides, type ServiceOverrides } from '../../core/services.js';
import type { AuthFlowApi, FlowOptions } from '../../core/types.js';

/**
 * The flow an element creates when nobody gave it one: Amplify v5 `Auth` as the service, the
 * Amplify CLI config as defaults, `options` on top. This module (with the Amplify adapter) loads
 * lazily, so a page that always passes a `flow` never loads it.
 */
export function createDefaultFlow(options: Partial<FlowOptions>, services?: ServiceOverrides): AuthFlowApi {
  const service = withOverrides(createAmplifyAuthService(), services);
  // What the element sets wins over what Amplify's configuration implies.
  return new AuthFlow(service, mergeFlowOptions(currentAmplifyOptions(), options));
}
