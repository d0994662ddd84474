import { createRoute } from "@hono/zod-openapi";
import { apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { writeSessionCookie } from "../../platform/session";
import { makeChallenge } from "./signup-challenge.rules";
import { ChallengeOut, MEMBER_CAP_UNVERIFIED, SignupInput, SignupOut } from "./signup.inputs";
import { signupEnv } from "./signup.pages";
import { signup } from "./signup.service";

const tags = ["signup"];

/** Mounted at /api/v1/signup. */
export const signupApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/challenge",
      tags,
      summary: "A fresh challenge question for the sign-up form (valid 30 minutes, usable once)",
      responses: { 200: jsonContent(ChallengeOut) },
    }),
    async (c) => {
      const s = signupEnv(c);
      return c.json(await makeChallenge(s.secret, s.now), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: "Register a committee as a new (unverified) tenant and sign its first admin in",
      description:
        "Creates the tenant in the shared pool with its root unit and first admin, status unverified with a member cap, and sets the admin's session cookie. Rate-limited per client address (429).",
      request: jsonBody(SignupInput),
      responses: {
        201: jsonContent(SignupOut, "Created; Set-Cookie carries the admin's session"),
        ...problemResponses(400, 415, 429),
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const done = await signup(signupEnv(c), input);
      writeSessionCookie(c, done.tenantId, done.sessionToken);
      return c.json(
        {
          tenant: {
            id: done.tenantId,
            slug: done.slug,
            name: done.name,
            status: "unverified" as const,
            memberCap: MEMBER_CAP_UNVERIFIED,
          },
          admin: { login: input.adminLogin },
          home: `/t/${done.slug}/`,
        },
        201,
      );
    },
  );
