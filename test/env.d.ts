declare namespace Cloudflare {
  interface Env {
    DB_CONTROL: D1Database;
    DB_POOL_1: D1Database;
    DB_DEDICATED_1: D1Database;
    APP_VERSION: string;
    SIGNUP_POOL_BINDING: string;
    FILES: R2Bucket;
  }
}
