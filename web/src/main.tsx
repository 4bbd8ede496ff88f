/**
 * The analyst's web app: a session check, then the routes (map, incident, report, situation, alerts,
 * ingest, search, analyst queue). Every report-derived string is rendered as text; nothing uses innerHTML.
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import "./styles.css";
import { loadSession, logOut, type SessionInfo } from "./session";
import { navigate, onLinkClick, useLocation } from "./router";
import { LoginPage } from "./pages/login-page";
import { MapPage } from "./pages/map-page";
import { IncidentPage } from "./pages/incident-page";
import { ReportPage } from "./pages/report-page";
import { SearchPage } from "./pages/search-page";
import { IngestPage } from "./pages/ingest-page";
import { AlertsPage } from "./pages/alerts-page";
import { SituationPage } from "./pages/situation-page";
import { AnalystQueuePage } from "./pages/analyst-queue-page";

function Page(props: { session: SessionInfo }) {
  const { path } = useLocation();
  const user = props.session.user;
  const [, section, rawId] = path.split("/");
  const id = rawId ? decodeURIComponent(rawId) : "";
  if (section === "incidents" && id) return <IncidentPage id={id} user={user} />;
  if (section === "reports" && id) return <ReportPage id={id} />;
  if (section === "situations") return <SituationPage id={id || "syria"} />;
  if (section === "alerts") return <AlertsPage />;
  if (section === "search") return <SearchPage />;
  if (section === "ingest") return <IngestPage />;
  if (section === "analyst-queue") return <AnalystQueuePage />;
  return <MapPage />;
}

function App() {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadSession().then(setSession, (e: Error) => setError(e.message));
  }, []);
  if (error)
    return (
      <main>
        <p class="error" role="alert">
          Cannot reach the server: {error}
        </p>
      </main>
    );
  if (!session)
    return (
      <main>
        <p>Loading…</p>
      </main>
    );
  if (!session.user && !session.publicReads) return <LoginPage onLoggedIn={setSession} />;
  const links: [string, string][] = [
    ["/", "Map"],
    ["/situations/syria", "Situation"],
    ["/alerts", "Alerts"],
    ["/search", "Search"],
    ...(session.user && session.user.role !== "viewer"
      ? ([
          ["/ingest", "Add report"],
          ["/analyst-queue", "Analyst queue"],
        ] as [string, string][])
      : []),
  ];
  return (
    <>
      <header class="top">
        <a class="brand" href="/" onClick={onLinkClick}>
          r2p-watch
        </a>
        <nav aria-label="Main">
          {links.map(([href, text]) => (
            <a key={href} href={href} onClick={onLinkClick}>
              {text}
            </a>
          ))}
        </nav>
        <span class="who">
          {session.user ? (
            <>
              {session.user.name} ({session.user.role}){" "}
              <button
                type="button"
                onClick={() =>
                  void logOut().then(() => {
                    setSession({ ...session, user: null, csrfToken: null });
                    navigate("/");
                  })
                }
              >
                Log out
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setSession({ ...session, publicReads: false })}>
              Log in
            </button>
          )}
        </span>
      </header>
      <Page session={session} />
    </>
  );
}

render(<App />, document.getElementById("app")!);
