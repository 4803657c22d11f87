"""Seal what the cache stores with a key only this user's runs know, so a cache made elsewhere is never trusted.

A cache folder can arrive from outside: committed to the newsroom's repository, restored by CI from
another job, copied from a colleague. Its stored findings decide what a re-run reports, so an edited
blob could print "0 errors" or point a report at any file. Every blob is stored with a keyed hash
(BLAKE2b; HMAC-SHA-256 for a blob of a megabyte or more) of the blob and of the row it belongs to; one
that does not verify is foreign, and the cache is rebuilt from the copy.

The key is `FACTCHECK_CACHE_KEY` if set (a CI secret, so a cache restored between CI runs is trusted by
the next run), else 32 random bytes in a file of the user's own cache folder (`$XDG_CACHE_HOME/factcheck`
or `~/.cache/factcheck`), readable by the user alone, and never inside the project.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .serial import DecodeError

KEY_ENV = "FACTCHECK_CACHE_KEY"
KEY_FILE = "cache-key"
TAG = 16
"""Bytes of keyed hash before each stored blob."""
LARGE = 1 << 20
"""Blobs of this many bytes or more are tagged with HMAC-SHA-256, smaller ones with keyed BLAKE2b (quicker to
start: the cache tags tens of thousands of small rows)."""


class Foreign(DecodeError):
    """A stored blob not sealed with this user's key: made elsewhere, or edited."""


@dataclass(frozen=True, slots=True)
class Seal:
    key: bytes = field(repr=False)
    where: str = ""
    """Where the key came from, for notices ('FACTCHECK_CACHE_KEY', a file, or 'this run only')."""

    def tag(self, context: str, blob: bytes | memoryview = b"") -> bytes:
        ctx = context.encode("utf-8", "surrogatepass")
        if len(blob) >= LARGE:
            # HMAC-SHA-256: three times BLAKE2b's speed on a CPU with SHA instructions (the merged relations'
            # 45 MB in 0.03 s against 0.09 s). Which of the two a blob has is told by its length.
            h = hmac.new(self.key, b"factcheck-seal-large", "sha256")
        else:
            h = hashlib.blake2b(key=self.key, digest_size=TAG, person=b"factcheck-seal")
        h.update(len(ctx).to_bytes(8, "big"))
        h.update(ctx)
        h.update(blob)
        return h.digest()[:TAG]

    def close(self, context: str, blob: bytes) -> bytes:
        """The blob as stored for the row `context` names."""
        return self.tag(context, blob) + blob

    def open(self, context: str, sealed: bytes) -> bytes:
        """The blob stored for `context`; Foreign if this user's runs did not store it there."""
        return bytes(self.view(context, sealed))

    def view(self, context: str, sealed: bytes) -> memoryview:
        """`open`, without copying the blob: for the largest (tens of MB, checker/run/relations.py)."""
        if not isinstance(sealed, bytes) or len(sealed) < TAG:
            raise Foreign("a stored entry is not sealed")
        blob = memoryview(sealed)[TAG:]
        if not hmac.compare_digest(sealed[:TAG], self.tag(context, blob)):
            raise Foreign(f"a stored entry is not signed with this user's key ({self.where})")
        return blob


def key_path(env: Mapping[str, str] = os.environ) -> Path:
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcheck" / KEY_FILE


def user_seal(env: Mapping[str, str] = os.environ) -> tuple[Seal, str | None]:
    """This user's seal, and a notice if the key could not be kept (then it lasts this run only, and the
    cache is rebuilt by the next run: safe, not quick)."""
    secret = env.get(KEY_ENV)
    if secret:
        return Seal(hashlib.sha256(secret.encode("utf-8", "surrogatepass")).digest(), KEY_ENV), None
    path = key_path(env)
    try:
        return Seal(_read_or_create(path), str(path)), None
    except OSError as e:
        return (Seal(secrets.token_bytes(32), "this run only"),
                f"factcheck: cannot keep the cache key in {path} ({e.strerror or e}); the cache is trusted for this "
                f"run only (set {KEY_ENV} to keep it)")


def _read_or_create(path: Path) -> bytes:
    """The key in `path`, made if there is none: written whole to a temporary file and linked into place,
    so two first runs at once never read half a key, and the second uses the first's."""
    for _ in range(3):
        try:
            key = path.read_bytes()
            if len(key) == 32:
                return key
            path.unlink()  # damaged: a new key makes every cache foreign, which is safe
        except FileNotFoundError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        key = secrets.token_bytes(32)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(key)
            os.link(tmp, path)
            return key
        except FileExistsError:
            continue  # another run made it first: read theirs
        finally:
            tmp.unlink(missing_ok=True)
    raise OSError(f"{path} keeps changing")
