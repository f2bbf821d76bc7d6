"""Writing files so that nothing is lost: whole or not at all, and one run per folder.

Hand-written, like `_compat.py` and `_docs.py`; not part of the API, and kept out of the chapters so that they teach
the model rather than the file system. Chapter 00 tests `_atomic_write` and `_deferred_interrupt`, chapter 06 the
run-folder lock (`_FolderLock`), each in hidden cells.
"""

from __future__ import annotations
import contextlib, errno, io, os, signal, socket, tempfile, threading, time, weakref
from pathlib import Path

try:
    import fcntl  # POSIX file locks; on Windows folders are not locked
except ImportError:
    fcntl = None


@contextlib.contextmanager
def _deferred_interrupt():
    """Hold back Ctrl-C (SIGINT) until the block ends, then raise `KeyboardInterrupt`:
    a write it interrupts is finished first. Elsewhere than the main thread: no change."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught = []
    previous = signal.signal(signal.SIGINT, lambda *a: caught.append(a))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def _atomic_write(
    path: str | Path,  # the file to write
    data: bytes | str,  # its whole content (str: UTF-8)
) -> Path:
    """Write `data` to a temporary file beside `path`, then rename it to `path`: the file
    holds the old content or the new one, never a part. A full disk is an `OSError`
    naming the folder; Ctrl-C waits for the end of the write."""
    path = Path(path)
    data = data.encode() if isinstance(data, str) else data
    with _deferred_interrupt():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp's files are private (0600)
            os.replace(tmp, path)
        except BaseException as e:
            if os.path.exists(tmp):
                os.unlink(tmp)
            if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
                raise OSError(e.errno, f"no space left on the device holding "
                              f"{str(path.parent)!r}; {str(path)!r} was not written") from None
            raise
    return path


def _save_figure(fig, path: str | Path, **kwargs) -> Path:
    "`fig.savefig` to `path` atomically, in the format its suffix names (none: PNG)."
    path, buffer = Path(path), io.BytesIO()
    fig.savefig(buffer, format=path.suffix.lstrip(".").lower() or "png", **kwargs)
    return _atomic_write(path, buffer.getvalue())


class _FolderInUse(OSError):
    "Another process holds the lock; `holder` says which, as it wrote it."

    def __init__(self, holder: str):
        super().__init__(errno.EWOULDBLOCK, holder)
        self.holder = holder


class _FolderLock:
    """An exclusive lock (`fcntl.flock`) on the file `name` in `folder`, held while this
    object lives and released by the system when the process ends, however it ends.
    The file names the holder (process, machine, since when); it stays behind."""

    def __init__(self, folder: Path, name: str):
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / name, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # another process holds it
            holder = os.read(fd, 500).decode(errors="replace").strip()
            os.close(fd)
            raise _FolderInUse(holder or "a process that is starting") from None
        since = time.strftime("%Y-%m-%d %H:%M:%S")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"process {os.getpid()} on {socket.gethostname()}, since {since}\n".encode(), 0)
        self._close = weakref.finalize(self, os.close, fd)

    @property
    def held(self) -> bool:
        return self._close.alive

    def release(self):
        "Let another process take the folder (also done when this object is collected)."
        self._close()
