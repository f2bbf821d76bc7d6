"""Files and streams handled so that nothing is lost: writes whole or not at all, one run per folder, image files
opened within a bound on their pixels, output to a reader that may leave early, errors in one line.

Hand-written, like `_compat.py` and `_docs.py`; not part of the API, and kept out of the chapters so that they teach
the model rather than the file system. Each piece is tested in a hidden cell of the chapter that uses it first:
`_atomic_write` and `_deferred_interrupt` in 00, the image bound in 05, the run-folder lock (`_FolderLock`) in 06,
the streams and messages of the command in 11, and its outputs (`_check_out`: a figure or an evaluation's JSON
replaces only an earlier one of its kind), also in 11.
"""

from __future__ import annotations
import contextlib, errno, io, json, os, re, signal, socket, tempfile, threading, time, weakref
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


# --- image files: decode no more pixels than allowed (chapter 05) ---

_MAX_PIXELS_VAR = "VIT_NBDEV_MAX_IMAGE_PIXELS"
_MAX_IMAGE_PIXELS = 50_000_000  # the default: a 48-50 megapixel photo still reads


def _max_image_pixels() -> int:
    """The most pixels `read_image` decodes in one image:
    `$VIT_NBDEV_MAX_IMAGE_PIXELS` if set, else `_MAX_IMAGE_PIXELS`."""
    value = os.environ.get(_MAX_PIXELS_VAR, "").strip()
    if not value:
        return _MAX_IMAGE_PIXELS
    try:
        limit = int(value)
    except ValueError:
        limit = 0
    if limit <= 0:
        raise ValueError(
            f"{_MAX_PIXELS_VAR} must be a positive whole number of pixels, "
            f"got {value!r}"
        )
    return limit


_PIL_OPEN = threading.Lock()  # Pillow's limit is a global: set aside by one at a time


def _open_image(path: str | Path):
    """`Image.open(path)` (the header read, no pixel decoded) without Pillow's own
    size check, which warns or refuses by its own limit: `read_image` checks its
    own."""
    from PIL import Image

    with _PIL_OPEN:
        saved, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
        try:
            return Image.open(path)
        finally:
            Image.MAX_IMAGE_PIXELS = saved


# --- the command's streams and messages (chapter 11) ---

class _Quiet:
    """An output stream (stdout, stderr) as a command sees it: once its reader has
    gone (`vit-nbdev evaluate ... | head`), what is written is dropped, quietly, and
    the command finishes its work."""

    def __init__(self, stream):
        self._stream, self.gone = stream, False

    def _reader_gone(self):
        self.gone = True
        try:  # what is still buffered goes nowhere, at exit too
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self._stream.fileno())
            os.close(null)
        except (AttributeError, OSError, ValueError):  # not a file (a notebook's)
            pass

    def write(self, text):
        if not self.gone:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self):
        if not self.gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def __getattr__(self, name):  # fileno, isatty, encoding, ...
        return getattr(self._stream, name)


def _one_line(message: str) -> str:
    "`message` on one line."
    return " ".join(line.strip() for line in message.splitlines() if line.strip())


def _os_message(e: OSError) -> str:
    """What the file system said, and about which files, without the '[Errno N]' of
    `str(e)`: a message of our own (a full disk) and the system's read the same."""
    what = e.strerror or str(e)
    if e.filename is not None:
        what += f": {e.filename!r}"
    if e.filename2 is not None:
        what += f" -> {e.filename2!r}"
    return _one_line(what)


def _written_by_torch(path: Path) -> bool:
    """Whether `path` starts as a `torch.save` file does: a zip archive, or a pickle of
    the legacy format."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError:
        return False
    return head == b"PK\x03\x04" or head[:1] == b"\x80"


_FIGURE_MARK = "vit-nbdev attention"  # in the metadata of every figure the command writes
# the types --out takes, and the metadata key that carries the mark in each; a JPEG
# (written by Pillow, which matplotlib needs anyway) carries it as its comment
_FIGURE_TYPES = {".png": "Software", ".pdf": "Creator", ".svg": "Creator", ".jpg": None,
                 ".jpeg": None}


def _figure_mark(suffix: str) -> dict:
    """What `savefig` needs to mark a figure of type `suffix` (a key of `_FIGURE_TYPES`)
    as ours: its metadata, or a JPEG's comment."""
    key = _FIGURE_TYPES[suffix]
    return ({"metadata": {key: _FIGURE_MARK}} if key
            else {"pil_kwargs": {"comment": _FIGURE_MARK}})


def _package_folder() -> Path:
    import vit_nbdev

    return Path(vit_nbdev.__file__).resolve().parent


def _default_out(checkpoint: Path, name: str) -> Path:
    """`name` beside `checkpoint`, unless that lies in the installed package: then in
    the current folder."""
    inside = checkpoint.resolve().parent.is_relative_to(_package_folder())
    return (Path.cwd() if inside else checkpoint.parent) / name


# the top-level keys of an evaluation's JSON, in the order they are written
_EVALUATION_KEYS = ("loss", "accuracy", "per_class_accuracy", "mean_class_accuracy",
                    "absent_classes", "confusion", "n", "checkpoint", "data", "split",
                    "flip")


def _cut_short(text: str) -> bool:
    """Whether `text` is an evaluation's JSON cut short by a full disk or a crash (as
    the command wrote before it wrote atomically): empty, or the beginning of a JSON
    text laid out as ours, whose top-level keys are ours, in our order."""
    text = text.rstrip("\x00")  # a crash may leave zeros where the data did not land
    if not text.strip():
        return True
    opening = '{\n  "loss": '  # json.dumps(result, indent=2) of evaluate's dict
    if not (text.startswith(opening) or opening.startswith(text)):
        return False
    keys = iter(_EVALUATION_KEYS)
    return all(k in keys for k in re.findall(r'^  "([^"\n]*)": ', text, flags=re.M))


def _is_earlier_output(path: Path, kind: str) -> bool:
    """Whether the file at `path` is one this command wrote before: an evaluation's
    JSON, or a figure; or one cut short, which holds nothing to keep."""
    if path.stat().st_size > 50_000_000:
        return False  # larger than any output of ours
    content = path.read_bytes()
    if not content.rstrip(b"\x00").strip():
        return True  # empty: a write that a full disk stopped before its first byte
    if kind == "figure":  # the mark comes early in a PNG, an SVG or a JPEG
        return _FIGURE_MARK.encode() in content
    try:
        text = content.decode()
    except UnicodeDecodeError:
        return False
    try:
        previous = json.loads(text)
    except ValueError:
        return _cut_short(text)
    ours = {"accuracy", "loss", "confusion", "n"}  # keys every evaluation has
    return isinstance(previous, dict) and ours <= set(previous)


def _check_out(path: Path, kind: str) -> Path:
    """Refuse an output path before any work: a folder, a path under a file or in an
    unwritable folder, the installed package's folder, or an existing file that is not
    an earlier output of the same kind."""
    if path.is_dir():
        raise ValueError(f"--out {str(path)!r} is a directory; give a file name inside it")
    folder = path.parent
    # the nearest folder that exists (the rest is created)
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir():
        raise ValueError(f"--out {str(path)!r}: {str(folder)!r} is a file, not a folder")
    if not os.access(folder, os.W_OK):
        raise ValueError(f"--out {str(path)!r}: folder {str(folder)!r} is not writable")
    if path.resolve().is_relative_to(_package_folder()):
        raise ValueError(f"--out {str(path)!r} is inside the installed package; write "
                         "somewhere of yours")
    if path.exists() and not _is_earlier_output(path, kind):
        what = "evaluation JSON" if kind == "evaluation" else "attention figure"
        raise ValueError(f"--out {str(path)!r} exists and is not an earlier {what}; not "
                         "overwriting it")
    return path
