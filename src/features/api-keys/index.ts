/** The API keys feature's public face: what other features and the app may use. */
export { MAX_ACTIVE_KEYS, createApiKey, listApiKeys, revokeApiKey } from "./api-keys.service";
export type { ApiKeyOut, CreatedApiKeyOut } from "./api-keys.inputs";
