/** The signup feature's public face: what other features and the app may use. */
export { MEMBER_CAP_UNVERIFIED } from "./signup.inputs";
