import { ROLE_LABEL } from "../domain/roles";
import type { Child, FC } from "hono/jsx";
import type { Actor, TenantInfo } from "../platform/context";

import { type RoleMenu, menuFor } from "./nav";

export interface LayoutProps {
  title: string;
  tenant?: TenantInfo | undefined;
  actor?: Actor | undefined;
  /** Path under /t/{slug} of the current page, to mark the active nav entry. */
  active?: string;
  children?: Child;
  /** Print-first pages (notebook, reports) drop the chrome. */
  bare?: boolean;
  /** Reload every n seconds (progress pages that work without JavaScript). */
  refresh?: number;
}

export const Layout: FC<LayoutProps> = ({ title, tenant, actor, active, children, bare, refresh }) => {
  const base = tenant ? `/t/${tenant.slug}` : "";
  const menu = actor ? menuFor(actor.role) : null;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{`${title} · Gương mẫu`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <script src="/static/forms.js" defer></script>
        {refresh ? <meta http-equiv="refresh" content={String(refresh)} /> : null}
      </head>
      <body class={bare ? "bare" : ""}>
        <a class="skip" href="#main">
          Chuyển đến nội dung
        </a>
        {!bare && (
          <header class="topbar">
            <div class="topbar-inner">
              <a class="brand" href={tenant ? `${base}/` : "/"}>
                <span class="brand-mark" aria-hidden="true">
                  ★
                </span>
                <span class="brand-text">
                  <strong>Gương mẫu</strong>
                  {tenant && <small>{tenant.name}</small>}
                </span>
              </a>
              {actor && (
                <details class="usermenu">
                  <summary>
                    <span class="avatar" aria-hidden="true">
                      {initials(actor.displayName)}
                    </span>
                    <span class="usermenu-name">{actor.displayName}</span>
                  </summary>
                  <div class="usermenu-panel">
                    <p class="muted">
                      {actor.login} · {ROLE_LABEL[actor.role]}
                    </p>
                    <a href={`${base}/password`}>Đổi mật khẩu</a>
                    <form method="post" action={`${base}/logout`}>
                      <button type="submit" class="linklike">
                        Đăng xuất
                      </button>
                    </form>
                  </div>
                </details>
              )}
            </div>
            {menu && menu.bar.length + menu.more.length > 1 && (
              <MainNav menu={menu} base={base} active={active} />
            )}
          </header>
        )}
        <main id="main" class="container">
          {tenant?.readOnly && (
            <div class="alert alert-warning" role="status">
              Đơn vị đang bảo trì dữ liệu: trong ít phút, mọi người vẫn xem được nhưng chưa thể lưu thay đổi.
            </div>
          )}
          {children}
        </main>
        {!bare && (
          <footer class="footer">
            <p>Gương mẫu · “Trên làm gương mẫu mực, dưới tích cực làm theo”</p>
          </footer>
        )}
      </body>
    </html>
  );
};

/**
 * The menu bar and its "Thêm" panel (a <details>, so it opens without JavaScript). Entries marked
 * wide sit on the bar of a wide screen and in the panel of a narrow one (CSS shows one of the two).
 */
const MainNav: FC<{ menu: RoleMenu; base: string; active: string | undefined }> = ({
  menu,
  base,
  active,
}) => {
  const link = (path: string, label: string) => (
    <a href={`${base}${path}`} aria-current={isActive(active, path) ? "page" : undefined}>
      {label}
    </a>
  );
  const inMore = menu.more.flatMap((s) => s.items).filter((e) => isActive(active, e.item.path));
  const moreMark =
    inMore.length === 0 ? "" : inMore.every((e) => e.narrow) ? " nav-current-narrow" : " nav-current";
  return (
    <nav class="mainnav" aria-label="Điều hướng chính">
      <ul class="nav-bar">
        {menu.bar.map(({ item, wide }) => (
          <li class={wide ? "nav-wide" : undefined}>{link(item.path, item.label)}</li>
        ))}
        {menu.more.length > 0 && (
          <li class="nav-more-item">
            <details class="nav-more">
              <summary class={`nav-more-toggle${moreMark}`}>Thêm</summary>
              <div class="nav-panel">
                {menu.more.map((s) => (
                  <div class={s.items.every((e) => e.narrow) ? "nav-section nav-narrow" : "nav-section"}>
                    <p class="nav-section-title" id={`nav-${s.section}`}>
                      {s.label}
                    </p>
                    <ul aria-labelledby={`nav-${s.section}`}>
                      {s.items.map(({ item, narrow }) => (
                        <li class={narrow ? "nav-narrow" : undefined}>{link(item.path, item.label)}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            </details>
          </li>
        )}
      </ul>
    </nav>
  );
};

function isActive(active: string | undefined, path: string): boolean {
  if (!active) return false;
  return path === "/" ? active === "/" : active.startsWith(path);
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1]?.[0] ?? "?").toUpperCase();
}

export const PageTitle: FC<{ title: string; subtitle?: string | undefined; children?: Child }> = ({
  title,
  subtitle,
  children,
}) => (
  <div class="page-title">
    <div>
      <h1>{title}</h1>
      {subtitle && <p class="muted">{subtitle}</p>}
    </div>
    {children && <div class="page-actions">{children}</div>}
  </div>
);
