"""Postgres storage: connection, embedded server, migrations, and the batched catalogue writer."""
import os

# pgserver locks under $XDG_RUNTIME_DIR and warns on every import when it is unset; use the same
# directory its fallback would, so every process shares one lock either way.
if not os.environ.get("XDG_RUNTIME_DIR") and hasattr(os, "getuid"):
    _runtime = f"/tmp/runtime-{os.getuid()}"
    os.makedirs(_runtime, mode=0o700, exist_ok=True)
    if os.stat(_runtime).st_uid == os.getuid():
        os.chmod(_runtime, 0o700)  # platformdirs rejects (and warns about) a wider one
    os.environ["XDG_RUNTIME_DIR"] = _runtime
