// The decision of a set of commendations in the API (mounted by commendations.api.ts before
// `/{id}`): what it would be generated from, and its three files.
import { apiOps } from "../../platform/api-routes";
import { CONTENT_TYPES, download } from "../../platform/downloads";
import { binaryContent } from "../../platform/openapi";
import { DecisionInput, DecisionPreview, DecisionQuery } from "./commendations-decision.inputs";
import { generateDecisionFile, prepareDecision } from "./commendations-decision.service";

const api = apiOps("commendations");
const FILES = [
  [
    "/decision/document",
    "decision",
    "The decision as DOCX: party format (Hướng dẫn 36-HD/VPTW), the recipients in an annexed table",
    CONTENT_TYPES.docx,
  ],
  [
    "/decision/certificates",
    "certificates",
    "The certificates (giấy khen) as DOCX: one A4 landscape page per recipient",
    CONTENT_TYPES.docx,
  ],
  ["/decision/recipients", "recipients", "The recipient list as XLSX", CONTENT_TYPES.xlsx],
] as const;
const ONE_DECISION =
  "The commendations are picked by `ids`, or by `decisionNumber` (and `decisionDate` when one number was used on two dates); they must all carry the same decision number and date. An id the caller may not see answers 404, as a missing one does.";

export const commendationDecisionApi = api.router(
  api.get("/decision", {
    who: "managers",
    summary: "A decision's commendations and the fields its documents would be generated with",
    description: `${ONE_DECISION} The fields are the caller's unit's remembered defaults, else defaults from the data.`,
    query: DecisionQuery,
    out: DecisionPreview,
    call: prepareDecision,
  }),
  ...FILES.map(([path, document, summary, type]) =>
    api.post(path, {
      who: "managers",
      summary,
      description: `${ONE_DECISION} Fields left out take the defaults that GET /commendations/decision shows; a field that is still empty or wrong answers 400 naming it. \`remember: true\` keeps the fields (all but the issuer, the deciding body and the achievement) as the caller's unit's defaults.`,
      body: DecisionInput,
      out: binaryContent(summary, type),
      problems: [400, 401, 403, 404, 415],
      run: async (ctx, { json }, c) => download(c, await generateDecisionFile(ctx, document, json)),
    }),
  ),
);
