/** The accounts feature's public face: what other features and the app may use. */
export { Login } from "./accounts.inputs";
export { SETUP_LINK_TTL_MS, createAccount } from "./accounts.service";
