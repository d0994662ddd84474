/** The auth feature's public face: what other features and the app may use. */
