import { GROUP_MOTTO, type Group } from "../../../domain";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Card, Empty, LinkButton } from "../../../ui/components";
import { PageTitle } from "../../../ui/layout";
import type { MyCriteria } from "../criteria.service";
import { EffectiveGroups, FocusIssueList, YearPicker, docLine } from "./parts";

const OTHER: Record<Group, Group> = { exemplar: "follower", follower: "exemplar" };

/** A member's criteria for their group: clear on a phone, printable on one or two pages. */
export const MyCriteriaPage: FC<{ ctx: Ctx; data: MyCriteria; group: Group; print: boolean }> = ({
  ctx,
  data,
  group,
  print,
}) => {
  const { effective: e, theme, focusIssues } = data;
  const here = `/t/${ctx.tenant.slug}/criteria`;
  const docs = e.levels.filter((l) => l.version);
  return (
    <>
      <PageTitle title={`Tiêu chí ${GROUP_MOTTO[group]}`} subtitle={`${e.unit.name} · năm ${e.year}`}>
        {!print && (
          <>
            <LinkButton href={`${here}?group=${OTHER[group]}&year=${e.year}`}>
              Xem {GROUP_MOTTO[OTHER[group]].split(" – ")[0]}
            </LinkButton>
            <LinkButton href={`${here}?group=${group}&year=${e.year}&print=1`}>Bản in</LinkButton>
          </>
        )}
      </PageTitle>
      {!print && (
        <>
          <YearPicker action={here} year={e.year} keep={{ group }} />
          <p class="hint no-print">
            Nhóm 1 gồm bí thư, phó bí thư, cấp ủy viên, chi ủy viên và người đứng đầu, cấp phó của đơn vị,
            phòng, khoa; nhóm 2 gồm các đảng viên khác. Chọn đúng nhóm của đồng chí để xem tiêu chí đăng ký.
          </p>
        </>
      )}
      {docs.length === 0 ? (
        <Alert kind="warning">Chưa có khung tiêu chí nào được ban hành cho năm {e.year}.</Alert>
      ) : (
        <Card title="Căn cứ">
          <ul class="list">
            {docs.map((l) => (
              <li>
                <span>
                  {l.version!.title}
                  <br />
                  <span class="meta">
                    {l.version!.issuer}
                    {docLine(l.version!) ? ` · ${docLine(l.version!)}` : ""}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {theme && (
        <Card title={`Chuyên đề năm ${e.year}`}>
          <dl class="kv">
            <dt>Chuyên đề toàn khóa</dt>
            <dd>{theme.termTheme}</dd>
            <dt>Chuyên đề năm</dt>
            <dd>{theme.yearTheme}</dd>
          </dl>
        </Card>
      )}
      <EffectiveGroups criteria={e.criteria} hidden={e.hidden} groups={[group]} />
      <Card title="Nội dung trọng tâm, đột phá và vấn đề bức xúc, nổi cộm">
        {focusIssues.length === 0 ? (
          <Empty>Chưa có nội dung trọng tâm nào cho năm {e.year}.</Empty>
        ) : (
          <FocusIssueList issues={focusIssues} />
        )}
      </Card>
    </>
  );
};
