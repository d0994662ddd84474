import { importApi } from "../../platform/imports/api";
import { membersImport } from "./members-import.service";
import { ImportJobOut } from "./members.outputs";
import { templateFile } from "./members-sheets.rules";

/** Roster import under /members: template, upload → preview, commit, progress, rejected rows (admins). */
export const membersImportApi = importApi({
  spec: membersImport,
  tag: "members",
  schema: ImportJobOut,
  errors: (job) =>
    job.preview.map((e) => ({
      row: e.row,
      cardNumber: e.key,
      fullName: e.name,
      errors: e.errors.map((x) => x.message),
    })),
  template: (_ctx, format) => templateFile(format),
  what: "a roster",
  idempotent: "upsert by card number",
});
