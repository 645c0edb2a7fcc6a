"""The local channel between the browser bridge and the desktop app (no Qt, no pyscard).

One AF_UNIX socket in a folder only this user can enter, the peer's user checked with
SO_PEERCRED, and an HMAC handshake over a per-user secret kept in the OS keyring.
"""
