import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { apiOps } from "../../platform/api-routes";
import { writeSessionCookie } from "../../platform/session";
import { makeChallenge } from "./signup-challenge.rules";
import { ChallengeOut, MEMBER_CAP_UNVERIFIED, SignupInput, SignupOut } from "./signup.inputs";
import { signupEnv } from "./signup.pages";
import { signup } from "./signup.service";

/** Sign-up has no tenant yet: the verbs take the request. */
const api = apiOps("signup", { ctx: (c: Context<AppEnv>) => c });

/** Mounted at /api/v1/signup. */
export const signupApi = api.router(
  api.get("/challenge", {
    who: "public",
    summary: "A fresh challenge question for the sign-up form (valid 30 minutes, usable once)",
    out: ChallengeOut,
    problems: [],
    run: (c) => {
      const s = signupEnv(c);
      return makeChallenge(s.secret, s.now);
    },
  }),
  api.post("/", {
    who: "public",
    summary: "Register a committee as a new (unverified) tenant and sign its first admin in",
    description:
      "Creates the tenant in the shared pool with its root unit and first admin, status unverified with a member cap, and sets the admin's session cookie. Rate-limited per client address (429).",
    body: SignupInput,
    out: SignupOut,
    status: 201,
    says: "Created; Set-Cookie carries the admin's session",
    problems: [400, 415, 429],
    run: async (c, { json: input }) => {
      const done = await signup(signupEnv(c), input);
      writeSessionCookie(c, done.tenantId, done.sessionToken);
      return {
        tenant: {
          id: done.tenantId,
          slug: done.slug,
          name: done.name,
          status: "unverified" as const,
          memberCap: MEMBER_CAP_UNVERIFIED,
        },
        admin: { login: input.adminLogin },
        home: `/t/${done.slug}/`,
      };
    },
  }),
);
