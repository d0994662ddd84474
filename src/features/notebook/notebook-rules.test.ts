import { describe, expect, it } from "vitest";
import {
  complianceOf,
  earlierReviews,
  entryFacts,
  reviewKindsOf,
  submitErrors,
  timingOf,
  windowOf,
} from "./notebook.rules";

const cycle = {
  year: 2026,
  status: "open",
  checkpointMode: "quarterly",
  midyearFrom: "2026-07-01",
  midyearTo: "2026-07-15",
  annualFrom: "2026-12-01",
  annualTo: "2026-12-20",
};

describe("notebook rules", () => {
  it("three entries a year by default, plan + four quarterly reviews when the cycle says so", () => {
    expect(reviewKindsOf("three")).toEqual(["midyear", "annual"]);
    expect(reviewKindsOf("quarterly")).toEqual(["q1", "midyear", "q3", "annual"]);
    expect(earlierReviews("quarterly", "annual")).toEqual(["q1", "midyear", "q3"]);
    expect(earlierReviews("three", "free")).toEqual([]);
    expect(complianceOf("quarterly", true, new Set(["q1", "midyear", "q3"]))).toMatchObject({
      compliant: false,
      missing: ["annual"],
    });
    expect(complianceOf("three", false, new Set(["midyear", "annual"]))).toMatchObject({
      compliant: false,
      missing: ["plan"],
    });
  });

  it("marks a submission against its window; quarterly windows follow the quarter", () => {
    expect(windowOf(cycle, "q3")).toEqual({ from: "2026-10-01", to: "2026-10-15" });
    expect(timingOf(cycle, "midyear", "2026-06-30")).toBe("early");
    expect(timingOf(cycle, "midyear", "2026-07-15")).toBe("on_time");
    expect(timingOf(cycle, "annual", "2026-12-21")).toBe("late");
    expect(timingOf(cycle, "free", "2026-12-21")).toBeNull();
  });

  it("a review needs its three parts and a status for every plan item; only submitted entries count", () => {
    const e = {
      kind: "midyear",
      title: "",
      body: "",
      strengths: "",
      shortcomings: "  ",
      remedies: "Sửa lỗi",
      progress: [],
    };
    expect(Object.keys(submitErrors(e, ["i1", "i2"]))).toEqual([
      "strengths",
      "shortcomings",
      "progress.0.status",
      "progress.1.status",
    ]);
    const row = {
      status: "submitted",
      kind: "annual",
      unitPath: "/a/b/",
      year: 2026,
      grp: "exemplar",
      timing: "late",
    };
    expect(entryFacts(row).map((f) => f.metric)).toEqual([
      "notebook.annual",
      "notebook.late",
      "notebook.compliant",
    ]);
    expect(entryFacts({ ...row, status: "draft" })).toEqual([]);
  });
});
