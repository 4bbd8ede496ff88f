/** The login form; on first run the server printed the admin's one-time password. */
import { useState } from "preact/hooks";
import { ApiError } from "../api";
import { logIn, type SessionInfo } from "../session";

export function LoginPage(props: { onLoggedIn: (info: SessionInfo) => void }) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      props.onLoggedIn(await logIn(name, password));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <main class="login">
      <h1>Log in to r2p-watch</h1>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          User name{" "}
          <input
            name="name"
            autoComplete="username"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            required
          />
        </label>
        <label>
          Password{" "}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            required
          />
        </label>
        <button type="submit">Log in</button>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
      <p class="muted">
        First run? <code>npm start</code> printed the <code>admin</code> password once. Lost it? Run{" "}
        <code>r2p users passwd admin</code>.
      </p>
    </main>
  );
}
